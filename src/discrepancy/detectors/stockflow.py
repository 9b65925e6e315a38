"""``stock_flow_mismatch``: two counts of a stock and the recorded flows between don't add up.

Rule: for a stock metric with inflow/outflow metrics (political prisoners: in = arrests,
out = releases), take each claimant's counts in date order; at each date the narrowest
count stands for that date. For consecutive dates t1 < t2 at most ``flow_horizon_days``
apart, collect the flow claims whose explicit period lies within [t1, t2] — those of the
same claimant when there are any (``same_claimant``), otherwise anyone's. Of several counts
of one event the widest period is used, and overlapping periods are never added twice.
With at least one flow, flag the link when the interval S1 − outflows + inflows (never
below 0) shares no point with S2 by a material gap; ``residual`` = S2 − expected, the
people the recorded flows do not explain.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence

from discrepancy.compare import Node
from discrepancy.conflicts import gap_between
from discrepancy.detectors._comparisons import Comparisons
from discrepancy.discrepancies import Discrepancy, Kind, StockFlowMismatch, discrepancy_id
from discrepancy.metrics import MetricKind
from discrepancy.quantity import Interval
from discrepancy.wording import summaries

__all__ = ["detect"]


class _Flows:
    """Flow claims of one metric, sorted by period start, for range queries."""

    def __init__(self, nodes: Sequence[Node]) -> None:
        dated = [
            n
            for n in nodes
            if n.explicit_period and n.period is not None and n.period.start is not None
        ]
        dated.sort(key=lambda n: (_start(n), n.id))
        self.nodes = dated
        self.starts = [_start(n) for n in dated]

    def within(self, t1: int, t2: int) -> list[Node]:
        lo = bisect.bisect_left(self.starts, t1)
        hi = bisect.bisect_right(self.starts, t2)
        return [n for n in self.nodes[lo:hi] if (n.end or 0) <= t2]


def _start(n: Node) -> int:
    assert n.period is not None
    assert n.period.start is not None
    return n.period.start.toordinal()


def _pick(flows: list[Node]) -> list[Node]:
    """One count per event (the widest period), then no two overlapping periods."""
    best: dict[str, Node] = {}
    for n in flows:
        key = n.claim.event or f"id:{n.id}"
        cur = best.get(key)
        if cur is None or _wider(n, cur):
            best[key] = n
    chosen: list[Node] = []
    last_end = -1
    for n in sorted(best.values(), key=lambda n: (_start(n), n.end or 0, n.id)):
        if _start(n) > last_end:
            chosen.append(n)
            last_end = n.end or 0
    return chosen


def _wider(a: Node, b: Node) -> bool:
    return ((a.end or 0) - _start(a), a.interval.low, b.id) > (
        (b.end or 0) - _start(b),
        b.interval.low,
        a.id,
    )


def _total(nodes: Sequence[Node]) -> Interval:
    total = Interval.point(0.0)
    for n in nodes:
        total = total + n.interval
    return total


def detect(ctx: Comparisons) -> list[Discrepancy]:
    found: dict[str, Discrepancy] = {}
    metrics = ctx.index.metrics
    for (metric_id, unit), members in ctx.index.groups.items():
        metric = metrics.get(metric_id)
        if metric is None or metric.kind is not MetricKind.STOCK or unit != "people":
            continue
        out_flows = _Flows(ctx.index.groups.get((metric.outflow or "", unit), []))
        in_flows = _Flows(ctx.index.groups.get((metric.inflow or "", unit), []))
        if not out_flows.nodes and not in_flows.nodes:
            continue
        chains: dict[str, list[Node]] = defaultdict(list)
        for node in members:
            if node.end is not None:
                for key in node.claimants:
                    chains[key].append(node)
        for key in sorted(chains):
            for d in _links(ctx, key, chains[key], out_flows, in_flows):
                found.setdefault(d.id, d)
    return [found[k] for k in sorted(found)]


def _links(
    ctx: Comparisons, key: str, chain: list[Node], out_flows: _Flows, in_flows: _Flows
) -> list[Discrepancy]:
    by_date: dict[int, Node] = {}
    for n in chain:
        end = n.end or 0
        cur = by_date.get(end)
        if cur is None or (_width(n), n.id) < (_width(cur), cur.id):
            by_date[end] = n
    dates = sorted(by_date)
    found = []
    for t1, t2 in itertools.pairwise(dates):
        if t2 - t1 > ctx.policy.flow_horizon_days:
            continue
        s1, s2 = by_date[t1], by_date[t2]
        if s1.scope and s2.scope and s1.scope != s2.scope:
            continue
        d = _check_link(ctx, key, s1, s2, out_flows.within(t1, t2), in_flows.within(t1, t2))
        if d is not None:
            found.append(d)
    return found


def _width(n: Node) -> float:
    return n.interval.high - n.interval.low


def _fits(n: Node, s1: Node, s2: Node) -> bool:
    scope = s1.scope or s2.scope
    return n.scope is None or scope is None or n.scope == scope


def _check_link(
    ctx: Comparisons, key: str, s1: Node, s2: Node, outs: list[Node], ins: list[Node]
) -> Discrepancy | None:
    outs = [n for n in outs if _fits(n, s1, s2)]
    ins = [n for n in ins if _fits(n, s1, s2)]
    own_out = [n for n in outs if key in n.claimants]
    own_in = [n for n in ins if key in n.claimants]
    same = bool(own_out or own_in)
    outs, ins = _pick(own_out if same else outs), _pick(own_in if same else ins)
    if not outs and not ins:
        return None
    expected = (s1.interval - _total(outs) + _total(ins)).clamp_low(0.0)
    if expected.overlaps(s2.interval):
        return None
    residual = s2.interval - expected
    low, high = (
        (expected, s2.interval) if expected.high <= s2.interval.low else (s2.interval, expected)
    )
    gap = gap_between(low, high)
    slack = max(ctx.policy.slack(s1.claim.quantity), ctx.policy.slack(s2.claim.quantity))
    if not ctx.policy.material(gap.absolute.low, high.low, slack):
        return None
    ids = (s1.id, s2.id, *(n.id for n in outs), *(n.id for n in ins))
    return StockFlowMismatch(
        id=discrepancy_id(Kind.STOCK_FLOW_MISMATCH, ids),
        severity=ctx.policy.severity(gap.relative.low),
        claims=ids,
        metric=s1.claim.metric,
        gap=gap,
        summary=summaries.stock_flow(ctx.index.metrics, s1, s2, outs, ins, residual, same),
        opening=s1.id,
        closing=s2.id,
        outflows=tuple(n.id for n in outs),
        inflows=tuple(n.id for n in ins),
        expected=expected,
        residual=residual,
        same_claimant=same,
    )
