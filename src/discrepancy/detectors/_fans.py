"""The conflicts of a fan: a large clique of flows over several periods that end on one
day (`discrepancy.compare._cliques()`), found by sorting instead of pairing every claim.

Claims of one period are a clique of their own (`discrepancy.detectors._cliques`); claims
of two periods are ``NESTED``: the count over the longer period may not be smaller. Each
claim meets the extremes of the longer periods, then of the shorter ones (`_nested()`), a
bucket (one period) at a time: a bucket's claims all meet the same extremes, the first of
an order or the first of another claimant (`_Best`). The groups that only the lowest
claims of the longer periods join are kept connected by `_linked()`. The keeper is
`discrepancy.detectors._cliques.Keeper`, read when a fan is searched (tests replace it).
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from discrepancy.compare import Node, Pair, Relation
from discrepancy.conflicts import Conflict
from discrepancy.detectors import _cliques
from discrepancy.detectors._cliques import (
    _ID,
    _SORTS,
    _Build,
    _clique_search,
    _Facts,
    _key,
    _Measure,
    _own_conflicts,
    _own_search,
    _same,
    _table,
    _Test,
    clique_conflicts,
)
from discrepancy.detectors._keep import Keeper

__all__ = ["fan_conflicts"]


_ORDERS: tuple[Callable[[Node], tuple[float, str]], ...] = (
    lambda n: (n.interval.high, n.id),
    lambda n: (-n.interval.low, n.id),
    lambda n: (n.interval.low, n.id),
    lambda n: (-n.interval.high, n.id),
)


class _Best:
    """The first claim under one order, and the first of another claimant than it."""

    __slots__ = ("first", "first_at", "order", "other", "other_at")

    def __init__(self, order: Callable[[Node], tuple[float, str]]) -> None:
        self.order = order
        self.first: Node | None = None
        self.other: Node | None = None
        self.first_at: tuple[float, str] = (math.inf, "")  # their places in the order
        self.other_at: tuple[float, str] = (math.inf, "")

    def add(self, node: Node) -> None:
        first, at = self.first, self.order(node)
        if first is None or at < self.first_at:
            if first is not None and _key(first) != _key(node):
                self.other, self.other_at = first, self.first_at
            self.first, self.first_at = node, at
        elif _key(node) != _key(first) and (self.other is None or at < self.other_at):
            self.other, self.other_at = node, at

    def target(self, node: Node, own: bool) -> Node | None:
        if own or self.first is None or _key(self.first) != _key(node):
            return self.first
        return self.other


def _nested(buckets: Sequence[Sequence[Node]], keep: Keeper, own: bool) -> None:
    """Each claim against the extremes of the longer periods, then of the shorter ones.

    ``buckets`` hold the claims of one period each, longest period (earliest start) first.
    A bucket's claims all meet the same extremes (`_Best.target()`: the first of an order,
    or the first of another claimant), so they are worked out once per bucket, and the
    bucket's own extremes join them from its two first claims in each order.
    """
    for outer_first in (True, False):
        # an inner claim conflicts with an outer one below it: the lowest outer readings
        # matter to a claim over a shorter period, the highest inner ones to a longer one
        k1, k2 = (0, 2) if outer_first else (1, 3)
        one, two = _Best(_ORDERS[k1]), _Best(_ORDERS[k2])
        for bucket in buckets if outer_first else reversed(buckets):
            pairs: list[tuple[Node, Node]] = []
            add = pairs.append
            first1, other1, first2, other2 = one.first, one.other, two.first, two.other
            key1 = None if first1 is None else _key(first1)
            key2 = None if first2 is None else _key(first2)
            for node in bucket:
                if own:
                    t1, t2 = first1, first2
                else:
                    key = _key(node)
                    t1 = first1 if key1 != key else other1
                    t2 = first2 if key2 != key else other2
                for target in (t1, t2) if t1 is not t2 else (t1,):
                    if target is None:
                        continue
                    add((target, node) if outer_first else (node, target))
            keep.nested_all(pairs)
            if len(bucket) <= _FEW:
                for node in bucket:
                    one.add(node)
                    two.add(node)
                continue
            by_id = sorted(bucket, key=_ID)
            for best, k in ((one, k1), (two, k2)):
                order, reverse = _SORTS[k]  # `_ORDERS[k]`, read in C
                for node in _two_firsts(sorted(by_id, key=order, reverse=reverse)):
                    best.add(node)


_FEW = 4
"""A bucket this small joins the extremes claim by claim (sorting it costs more)."""


def _two_firsts(ordered: Sequence[Node]) -> tuple[Node, ...]:
    """The first claim, and the first of another claimant: all that `_Best` keeps of them
    (its first is the first of all it was given, its other the first of another claimant
    than that), whatever else it holds."""
    if not ordered:
        return ()
    first = ordered[0]
    mine = _key(first)
    for node in ordered:
        if _key(node) != mine:
            return (first, node)
    return (first,)


def _linked(buckets: Sequence[Sequence[Node]], keep: Keeper, own: bool) -> None:
    """Conflicts that keep every group of a fan connected, longest period first.

    The claims seen so far (longer periods) are kept in components, in a heap by their
    lowest reading. A claim over a shorter period conflicts with a component if it does
    with the component's lowest claim (of another claimant, unless ``own``); the components
    it conflicts with become one. Each claim meets the components from the lowest up and
    stops at the first it does not conflict with: O(log n) per conflict kept and per claim.
    """
    order = _ORDERS[0]
    heap: list[tuple[tuple[float, str], int, _Best]] = []
    serial = itertools.count()

    def push(comp: _Best) -> None:
        assert comp.first is not None
        heapq.heappush(heap, (order(comp.first), next(serial), comp))

    for bucket in buckets:
        arrived: list[tuple[Node, _Best | None]] = []
        for node in bucket:
            joined: list[_Best] = []
            skipped: list[_Best] = []
            while heap:
                comp = heap[0][2]
                target = comp.target(node, own)
                if target is None:
                    skipped.append(heapq.heappop(heap)[2])
                    continue
                if not keep.nested(target, node):
                    break
                joined.append(heapq.heappop(heap)[2])
            merged: _Best | None = None
            if joined:
                merged = _Best(order)
                for comp in joined:
                    for member in (comp.first, comp.other):
                        if member is not None:
                            merged.add(member)
                push(merged)
            for comp in skipped:
                push(comp)
            arrived.append((node, merged))
        for node, merged in arrived:
            if merged is None:
                merged = _Best(order)
                merged.add(node)
                push(merged)
            else:
                merged.add(node)  # above its lowest reading: the heap order holds


def _by_start(nodes: Iterable[Node]) -> list[list[Node]]:
    buckets: dict[int, list[Node]] = defaultdict(list)
    for node in nodes:
        buckets[node.start or 0].append(node)
    return [buckets[start] for start in sorted(buckets)]


def fan_conflicts(
    fan: Sequence[Node],
    measure: _Measure,
    facts: _Facts | None = None,
    test: _Test | None = None,
    build: _Build | None = None,
) -> list[Conflict]:
    """The conflicts that link every conflicting claim of a clique to its group.

    Claims of one period meet as in `clique_conflicts()`; claims of different periods
    are ``NESTED``: each meets the extremes of the longer and of the shorter periods
    (another claimant's, and its own claimant's).
    """
    buckets = _by_start(fan)
    if len(buckets) == 1:
        return clique_conflicts(fan, measure, facts, test, build)
    keeper = _cliques.Keeper(measure, test, _key, _table(fan, facts), build)
    for bucket in buckets:
        _clique_search(bucket, keeper, keeper.table)
        _own_conflicts(
            bucket, keeper, _same, lambda nodes: _own_search(nodes, keeper, keeper.table)
        )
    _across(buckets, keeper, own=False)
    _own_conflicts(fan, keeper, _pair, lambda nodes: _across(_by_start(nodes), keeper, own=True))
    return keeper.kept()


def _across(buckets: Sequence[Sequence[Node]], keep: Keeper, *, own: bool) -> None:
    """The ``NESTED`` conflicts of `_nested()` and `_linked()`.

    Open (issue 10): a slack can still hide a conflict across periods (the lowest claim of
    the longer periods stands for them all). The window path's fallback (every claim of the
    other periods for a claim a slack kept apart from an extreme) was tried and measured
    quadratic on fans of round figures (2,000 claims: 0.86 s CPU on main, 16.4 s with it;
    10,000: over 200 s), so it is not used.
    """
    _nested(buckets, keep, own)
    _linked(buckets, keep, own)


def _pair(a: Node, b: Node, keeper: Keeper) -> None:
    if a.start == b.start:
        keeper.same(a, b)
        return
    outer, inner = (a, b) if (a.start or 0) < (b.start or 0) else (b, a)
    keeper.offer(Pair(outer, inner, Relation.NESTED))
