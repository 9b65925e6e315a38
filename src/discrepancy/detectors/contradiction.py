"""``self_contradiction``: comparable claims of one claimant that share no point.

Rule: the same as ``source_disagreement`` (intervals that share no point, or a smaller
count over a longer period), for pairs whose claimant sets intersect — "nearly 1,000
(Provea and JEyP)" against "1,085 (JEyP)" is JEyP contradicting itself. A claim that
``supersedes`` the other is a revision, not a contradiction. One discrepancy per claimant
and group of conflicts that share a claim.

Two figures one source gives in one text (both claims' evidence in the same document, and
the same claimants behind both) are not set against each other: a text that gives a
source's 97 hostages and, a line later, its 35 held by one group, or its 42% of primary and
34% of secondary teachers, is telling apart two quantities that a claim's fields cannot
(a total and its part, two groups, two towns). A source contradicts itself across texts
(the same claimant's figures in two documents), or within one when it gives a figure
jointly with others and another alone ("nearly 1,000", say Provea and JEyP; "1,085", says
JEyP).
"""

from __future__ import annotations

from collections import defaultdict

from discrepancy.claim import Claim
from discrepancy.conflicts import Conflict
from discrepancy.detectors._comparisons import Comparisons
from discrepancy.detectors._groups import Group, components
from discrepancy.discrepancies import Discrepancy, Kind, SelfContradiction, discrepancy_id

__all__ = ["detect"]


def detect(ctx: Comparisons) -> list[Discrepancy]:
    by_claimant: dict[str, list[Conflict]] = defaultdict(list)
    for c in ctx.conflicts():
        mine, theirs = c.low.claimants, c.high.claimants
        if mine.isdisjoint(theirs):
            continue  # most conflicts, at scale: two sources (no set built for them)
        shared = mine if mine is theirs else mine & theirs
        if not _one_text(c):
            by_claimant[min(shared)].append(c)
    found: list[Discrepancy] = []
    for key in sorted(by_claimant):
        for group in (Group.of(c, ctx.index.in_clique) for c in components(by_claimant[key])):
            name = _claimant_name(key, group.claims)
            found.append(
                SelfContradiction(
                    id=discrepancy_id(Kind.SELF_CONTRADICTION, group.ids),
                    severity=ctx.policy.severity(group.gap.relative.low),
                    claims=group.ids,
                    metric=group.claims[0].metric,
                    gap=group.gap,
                    summary=group.summary(ctx, subject=f"{name}'s own "),
                    pairs=group.pairs,
                    claimant=name,
                    spread=group.spread,
                    nested_periods=group.nested,
                    pairs_complete=group.pairs_complete,
                )
            )
    return found


def _one_text(c: Conflict) -> bool:
    """One voice, one document: the same claimants, evidence in one text (module docstring)."""
    a, b = c.low.claim.evidence, c.high.claim.evidence
    return (
        a is not None and b is not None and a.doc == b.doc and c.low.claimants == c.high.claimants
    )


def _claimant_name(key: str, claims: list[Claim]) -> str:
    for claim in claims:
        refs = [*claim.claimants, *([claim.outlet] if claim.claimant_is_outlet else [])]
        for ref in refs:
            if ref is not None and ref.key == key:
                return ref.display
    return key
