"""``source_disagreement``: comparable claims of different claimants that share no point.

Rule: two comparable claims (see :mod:`discrepancy.compare`) whose claimant sets are
disjoint conflict when their intervals share no point; or, over nested periods, when the
count over the longer period lies wholly below the count over the shorter one; or when one
is a lower bound ("at least n") and the other's count lies above n by more than the policy's
``bound_tolerance`` (``bound_consistent``; severity at most medium). Pairs where one claim
revises the other (``supersedes``) and announced-above-confirmed pairs (reported by
``announced_vs_confirmed``) are left out. Conflicts that share a claim form one group: one
discrepancy per group, listing its claims, the conflicting pairs and the spread.
"""

from __future__ import annotations

from discrepancy import phrases
from discrepancy.detectors._context import Context
from discrepancy.detectors._groups import (
    components,
    describe_group,
    gap_clause,
    group_claims,
    group_gap,
    spread,
)
from discrepancy.discrepancies import (
    Discrepancy,
    Kind,
    Severity,
    SourceDisagreement,
    discrepancy_id,
)

__all__ = ["detect"]


def detect(ctx: Context) -> list[Discrepancy]:
    found: list[Discrepancy] = []
    conflicts = [c for c in ctx.conflicts() if not c.same_claimant]
    for group in components(conflicts):
        claims = group_claims(group)
        ids = tuple(c.id for c in claims)
        gap = group_gap(group)
        bound = all(c.bound for c in group)
        severity = ctx.policy.severity(gap.relative.low)
        if bound and severity is Severity.HIGH:
            severity = Severity.MEDIUM
        summary = f"{describe_group(ctx, claims, group)} {gap_clause(group, gap)}"
        claimants = sorted({c.who for c in claims})
        found.append(
            SourceDisagreement(
                id=discrepancy_id(Kind.SOURCE_DISAGREEMENT, ids),
                severity=severity,
                claims=ids,
                metric=claims[0].metric,
                gap=gap,
                summary=phrases.sentence(summary),
                pairs=tuple(c.ids for c in group),
                claimants=tuple(claimants),
                spread=spread(claims),
                bound_consistent=bound,
                nested_periods=all(c.nested for c in group),
            )
        )
    return found
