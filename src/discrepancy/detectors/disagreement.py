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

from discrepancy.detectors._context import Context
from discrepancy.detectors._groups import Group, components
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
    for group in map(Group.of, components(conflicts)):
        severity = ctx.policy.severity(group.gap.relative.low)
        if group.bound and severity is Severity.HIGH:
            severity = Severity.MEDIUM
        found.append(
            SourceDisagreement(
                id=discrepancy_id(Kind.SOURCE_DISAGREEMENT, group.ids),
                severity=severity,
                claims=group.ids,
                metric=group.claims[0].metric,
                gap=group.gap,
                summary=group.summary(ctx),
                pairs=group.pairs,
                claimants=sorted({c.who for c in group.claims}),
                spread=group.spread,
                bound_consistent=group.bound,
                nested_periods=group.nested,
            )
        )
    return found
