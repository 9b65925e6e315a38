"""The conflicts of a window set, found by sorting instead of pairing every claim.

A window set (`discrepancy._windows`) holds plain claims of one quantity over time: two
of them are comparable when their dates lie at most ``window_days`` apart. Every span of
``window_days + 1`` days is a clique, and every comparable pair lies in one (the span that
starts on the earlier claim's day), so the argument of the large cliques
(`discrepancy.detectors._cliques`) holds span by span: within a span, a claim in conflict
with another claimant's claim conflicts with one of the span's representatives (the
first claims of three claimants in each of four orders: lowest and highest ends and
starts), and the representatives meet each other. Comparing each claim with the
representatives of every span that holds it therefore keeps, span by span, a set of
conflicts that links every conflicting claim to its group; the union over the spans links
what the union of their conflicts links: every group of pairing every claim.

The representatives of a span are found among those of its days (a span's first three
claimants in an order are among the first three of the day each lies on), so the work per
span is bounded by its days, and a claim meets the union of the representatives of the
spans that hold it: O(n log n) in all, and a bounded number of measurements per claim.
A claimant's own figures are paired as before (`discrepancy._windows.window_pairs`).

Of the conflicts a claim meets this way, one is measured and kept only when it joins two
groups (union-find) or may widen its group's closest, farthest or relative readings
(`discrepancy.detectors._forest.Widest`): a group keeps a spanning forest of real conflicts
and the conflicts that set its gap and headline (`discrepancy.detectors._groups.group_gap`,
``headline``), which are therefore those of all its conflicts met; about one conflict per
claim is kept.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Sequence

from discrepancy.compare import Node
from discrepancy.conflicts import Conflict
from discrepancy.detectors._cliques import (
    REPRESENTATIVES,
    _extremes,
    _key,
    _Measure,
    _measure,
)
from discrepancy.detectors._fans import _ORDERS
from discrepancy.detectors._forest import Widest

__all__ = ["window_conflicts"]


def _span_reps(days: Sequence[list[tuple[Node, ...]]]) -> list[Node]:
    """The representatives of a span, from those of its days (four orders each)."""
    found: dict[str, Node] = {}
    for k, order in enumerate(_ORDERS):
        candidates = sorted((n for reps in days for n in reps[k]), key=order)
        claimants: set[str] = set()
        for node in candidates:
            key = _key(node)
            if key in claimants:
                continue
            claimants.add(key)
            found[node.id] = node
            if len(claimants) == REPRESENTATIVES:
                break
    return list(found.values())


def window_conflicts(
    nodes: Sequence[Node],
    days: int,
    measure: _Measure,
    slack: Callable[[Node], float] | None = None,
) -> list[Conflict]:
    """The conflicts between claimants that link every conflicting claim of a window set
    to its group (``measure``: `Comparisons._clique_conflict()`; ``slack``: a claim's
    precision slack, `Comparisons._slack_of()`).

    A representative's slack can make its gap with a claim immaterial where a claim
    nearer the middle still conflicts with it (1,150 against a representative 1,200, whose
    slack is 50, while 1,195 lies 45 above it): a claim that meets such a representative
    is set against every claim of its spans instead.
    """
    by_day: dict[int, list[Node]] = defaultdict(list)
    for node in nodes:
        by_day[node.end or 0].append(node)
    order = sorted(by_day)
    day_reps = [_extremes(by_day[day]) for day in order]
    targets: list[dict[str, Node]] = [{} for _ in order]
    hi = 0
    for lo, start in enumerate(order):  # the span of days [start, start + days]
        while hi < len(order) and order[hi] <= start + days:
            hi += 1
        reps = _span_reps(day_reps[lo:hi])
        for k in range(lo, hi):
            seen = targets[k]
            for rep in reps:
                seen[rep.id] = rep
    return _Linker(nodes, measure, slack or _no_slack).linked(order, by_day, targets, days)


def _no_slack(node: Node) -> float:
    return 0.0


class _Linker:
    """Each claim against the representatives of its spans; a conflict is measured only
    when it joins two groups or may widen its group's gaps (`Widest`)."""

    def __init__(
        self, nodes: Sequence[Node], measure: _Measure, slack: Callable[[Node], float]
    ) -> None:
        self.parent = {n.id: n.id for n in nodes}
        self.widest: dict[str, Widest] = {}
        self.links: list[Conflict] = []
        self.measure = measure
        self.slack = slack

    def find(self, x: str) -> str:
        parent = self.parent
        root = parent[x]
        if root == x:
            return x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def linked(
        self,
        order: list[int],
        by_day: dict[int, list[Node]],
        targets: list[dict[str, Node]],
        days: int,
    ) -> list[Conflict]:
        for day, near in zip(order, targets, strict=True):
            reps = [(r.interval.low, r.interval.high, _key(r), r) for r in near.values()]
            everyone: list[tuple[float, float, str, Node]] | None = None
            for node in by_day[day]:
                if self.meet(node, reps):
                    if everyone is None:
                        lo = bisect.bisect_left(order, day - days)
                        hi = bisect.bisect_right(order, day + days)
                        everyone = [
                            (n.interval.low, n.interval.high, _key(n), n)
                            for d in order[lo:hi]
                            for n in by_day[d]
                        ]
                    self.meet(node, everyone)
        kept = {c.ids: c for c in self.links}
        for best in self.widest.values():
            for c in best.conflicts():
                kept.setdefault(c.ids, c)
        return [kept[k] for k in sorted(kept)]

    def meet(self, node: Node, others: list[tuple[float, float, str, Node]]) -> bool:
        """Set ``node`` against ``others``; whether one of them was kept apart from it by
        its own slack alone (see `window_conflicts()`)."""
        own = _key(node)
        low, high = node.interval.low, node.interval.high
        find, widest = self.find, self.widest
        wider = False
        for other_low, other_high, key, other in others:
            if (high < other_low or other_high < low) and key != own:
                ra, rb = find(node.id), find(other.id)
                if ra == rb and not widest[ra].may_widen(node.interval, other.interval):
                    continue
                found = _measure(node, other, self.measure)
                if found is None:
                    closest = other_low - high if high < other_low else low - other_high
                    wider = wider or self.slack(other) >= closest
                    continue
                if ra != rb:
                    self.links.append(found)
                    ra, rb = (ra, rb) if ra < rb else (rb, ra)
                    self.parent[rb] = ra
                    widest[ra] = Widest.joined(widest.pop(ra, None), widest.pop(rb, None))
                widest[ra].add(found)
        return wider
