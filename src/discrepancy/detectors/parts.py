"""``parts_exceed_whole``: the parts of a whole add up to more than the whole.

Rule: the claims that name a whole in ``part_of`` are its parts. Their intervals are added
(an unbounded part makes the sum unbounded); when every reading of the sum lies above every
reading of the whole, the parts exceed it. ``excess`` = sum − whole. Parts in another unit
than the whole are not added (``check`` reports them as errors).
"""

from __future__ import annotations

from collections import defaultdict

from discrepancy import phrases
from discrepancy.compare import Node
from discrepancy.detectors._context import Context, gap_between
from discrepancy.discrepancies import Discrepancy, Kind, PartsExceedWhole, discrepancy_id
from discrepancy.quantity import Interval

__all__ = ["detect"]


def detect(ctx: Context) -> list[Discrepancy]:
    nodes = ctx.index.nodes
    parts_of: dict[str, list[Node]] = defaultdict(list)
    for node in nodes.values():
        whole_id = node.claim.part_of
        if (
            whole_id is not None
            and whole_id in nodes
            and node.claim.quantity.unit == nodes[whole_id].claim.quantity.unit
        ):
            parts_of[whole_id].append(node)
    found: list[Discrepancy] = []
    for whole_id in sorted(parts_of):
        whole = nodes[whole_id]
        parts = sorted(parts_of[whole_id], key=lambda n: n.id)
        total = Interval.point(0.0)
        for part in parts:
            total = total + part.interval
        if not total.above(whole.interval):
            continue
        excess = (total - whole.interval).clamp_low(0.0)
        ids = (whole_id, *(p.id for p in parts))
        w = whole.claim
        label = ctx.index.metrics.label(w.metric)
        listed = phrases.join([phrases.stated(p.claim.quantity) for p in parts])
        summary = (
            f"{w.who} gave {phrases.stated(w.quantity)} {label} {phrases.when_claim(w)}, "
            f"but its parts ({listed}) add up to {phrases.interval(total)}: "
            f"{phrases.interval(excess)} more than the whole"
        )
        gap = gap_between(whole.interval, total)
        found.append(
            PartsExceedWhole(
                id=discrepancy_id(Kind.PARTS_EXCEED_WHOLE, ids),
                severity=ctx.policy.severity(gap.relative.low),
                claims=ids,
                metric=w.metric,
                gap=gap,
                summary=phrases.sentence(summary),
                whole=whole_id,
                parts=tuple(p.id for p in parts),
                parts_sum=total,
                excess=excess,
            )
        )
    return found
