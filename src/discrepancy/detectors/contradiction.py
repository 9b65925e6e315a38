"""``self_contradiction``: comparable claims of one claimant that share no point.

Rule: the same as ``source_disagreement`` (intervals that share no point, or a smaller
count over a longer period), for pairs whose claimant sets intersect — "nearly 1,000
(Provea and JEyP)" against "1,085 (JEyP)" is JEyP contradicting itself. A claim that
``supersedes`` the other is a revision, not a contradiction. One discrepancy per claimant
and group of conflicts that share a claim.
"""

from __future__ import annotations

from collections import defaultdict

from discrepancy import phrases
from discrepancy.claim import Claim
from discrepancy.detectors._context import Conflict, Context
from discrepancy.detectors._groups import (
    components,
    describe_group,
    gap_clause,
    group_claims,
    group_gap,
    spread,
)
from discrepancy.discrepancies import Discrepancy, Kind, SelfContradiction, discrepancy_id

__all__ = ["detect"]


def detect(ctx: Context) -> list[Discrepancy]:
    by_claimant: dict[str, list[Conflict]] = defaultdict(list)
    for c in ctx.conflicts():
        shared = c.low.claimants & c.high.claimants
        if shared:
            by_claimant[min(shared)].append(c)
    found: list[Discrepancy] = []
    for key in sorted(by_claimant):
        for group in components(by_claimant[key]):
            claims = group_claims(group)
            ids = tuple(c.id for c in claims)
            gap = group_gap(group)
            name = _claimant_name(key, claims)
            summary = f"{name}'s own {describe_group(ctx, claims, group)} {gap_clause(group, gap)}"
            found.append(
                SelfContradiction(
                    id=discrepancy_id(Kind.SELF_CONTRADICTION, ids),
                    severity=ctx.policy.severity(gap.relative.low),
                    claims=ids,
                    metric=claims[0].metric,
                    gap=gap,
                    summary=phrases.sentence(summary),
                    pairs=tuple(c.ids for c in group),
                    claimant=name,
                    spread=spread(claims),
                    nested_periods=all(c.nested for c in group),
                )
            )
    return found


def _claimant_name(key: str, claims: list[Claim]) -> str:
    for claim in claims:
        for ref in claim.claimants:
            if ref.key == key:
                return ref.display
        if claim.claimant_is_outlet and claim.outlet is not None and claim.outlet.key == key:
            return str(claim.outlet.display)
    return key
