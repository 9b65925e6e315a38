"""``source_disagreement``: comparable claims of different claimants that share no point.

Rule: two comparable claims (see [`discrepancy.compare`][discrepancy.compare]) whose claimant sets
are disjoint conflict when their intervals share no point; or, over nested periods, when the
count over the longer period lies wholly below the count over the shorter one; or when one
is a lower bound ("at least n") and the other's count lies above n by more than the policy's
``bound_tolerance`` (``bound_consistent``; severity at most medium); or when two claimants'
running totals of one flow a few days apart share no point (``days_apart``; the severity
drops one level per ``running_total_step_days``). Every gap must be material (see
[`Policy`][discrepancy.policy.Policy]). Pairs where one claim revises the other
(``supersedes``) and announced-above-confirmed pairs (reported by
``announced_vs_confirmed``) are left out. Conflicts that share a claim form one group: one
discrepancy per group, listing its claims, the conflicting pairs (each with its own gap)
and the spread; its headline gap and severity come from the widest conflict between
specific counts of named sources.
"""

from __future__ import annotations

from discrepancy.detectors._comparisons import Comparisons
from discrepancy.detectors._groups import Group, components
from discrepancy.discrepancies import (
    Discrepancy,
    Kind,
    Severity,
    SourceDisagreement,
    discrepancy_id,
)

__all__ = ["detect"]


def detect(ctx: Comparisons) -> list[Discrepancy]:
    found: list[Discrepancy] = []
    conflicts = [c for c in ctx.conflicts() if c.low.claimants.isdisjoint(c.high.claimants)]
    for group in (Group.of(c, ctx.index.sampled) for c in components(conflicts)):
        severity = ctx.policy.severity(group.gap.relative.low)
        if group.bound and severity is Severity.HIGH:
            severity = Severity.MEDIUM
        if group.days:
            severity = ctx.policy.lowered(severity, group.days)
        positions = group.positions()
        found.append(
            SourceDisagreement(
                id=discrepancy_id(Kind.SOURCE_DISAGREEMENT, group.ids),
                severity=severity,
                claims=group.ids,
                metric=group.claims[0].metric,
                gap=group.gap,
                summary=group.summary(ctx, found=positions),
                pairs=group.pairs,
                claimants=sorted(set(group.speakers().values())),
                spread=group.spread,
                bound_consistent=group.bound,
                nested_periods=group.nested,
                days_apart=group.days,
                pairs_complete=group.pairs_complete,
                positions=positions,
            )
        )
    return found
