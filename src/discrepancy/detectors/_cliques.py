"""The conflicts of a large clique, found by sorting instead of pairing every claim.

A clique (`discrepancy.compare._cliques()`) holds claims that are pairwise the same
quantity: n claims, n(n-1)/2 comparable pairs, most of which may conflict when the counts
spread widely. Listing them all is quadratic in time, memory and output. Intervals on a
line make that needless: a claim conflicts with some other claim only if it lies apart
from the extremes — the claims whose intervals end lowest, or start highest. Each claim is
compared with the first claims of three different claimants in each of four orders (the
lowest and highest ends and starts; a claimant's own figures are never a disagreement), and
those representatives with each other. That links every conflict to its group: if x lies
below y, x meets a representative of the highest starts that starts at or above y and is
not x's claimant (y's own, when y's claimant is among the first three; else one of three
claimants), y likewise one of the lowest ends at or below x that is not y's claimant, and
those two lie apart and can always be picked with different claimants. O(n log n) in all.

The conflicts kept are real conflicts, measured exactly as for any pair; they are a
subset of all the conflicting pairs that still holds every conflicting claim of the group,
its headline (the widest gap) and its sides. Of the dozen or so pairs a claim meets, only
those the report reads are measured and kept (a `Keeper`: the ones that join two groups or
may widen a group's gaps; `discrepancy.detectors._keep`); the others are tested, or
skipped unseen where they lie inside one group and cannot widen it. A claimant's own
figures are compared pair by pair when it has at most `OWN_LIMIT` of them in the clique, by
the same extremes otherwise. What the searches read of each claim (its `Facts`: interval,
slack, bars) is worked out once per clique, and a claim meets its dozen pairs in one loop
(`Keeper.meet()`, `Keeper.nested()`), not through a call per pair.

A figure's precision slack (`Policy.slack`) breaks the extremes' argument: 1,150 and a
representative 1,200 (slack 50) are one figure, yet 1,195 (slack 0.5) lies 45 above 1,150.
`_slack_links()` mends it exactly, in O(n log n): x conflicts with a claim y above it iff
``y.low > up(x)`` and ``down(y) > x.high``, where ``up(x) = x.high + max(absolute, slack)``
and ``down(y) = min(y.low * (1 - relative), y.low - slack)`` (`Comparisons._facts`). So
each claim meets the claims of three claimants with the highest ``down`` among those
starting above its ``up`` (U), and the three with the lowest ``up`` among those ending
below its ``down`` (D); and the claims ever among those (few: ``down`` rises with the
figure but where a slack falls) meet each other. If x conflicts with y, x meets some u in
U with ``down(u) >= down(y)`` and ``u.low > up(x)``, y some d in D with ``up(d) <= up(x)``
and ``d.high < down(y)``, of claimants that can be told apart as above: u and d conflict.
Fans (flows over several periods that end on one day) are `discrepancy.detectors._fans`.
"""

from __future__ import annotations

import itertools
import operator
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TypeVar

from discrepancy._rows import new_tuple
from discrepancy.compare import Node, Pair, Relation
from discrepancy.conflicts import Conflict
from discrepancy.detectors._keep import Facts, Keeper

__all__ = ["OWN_LIMIT", "REPRESENTATIVES", "Keeper", "clique_conflicts"]

OWN_LIMIT = 8

REPRESENTATIVES = 3
"""Claimants kept at each extreme: with three, every conflict of two claims is linked
through them to its group (module docstring); with one or two, ties and claimants with
figures on both sides could split one group in two."""

_Measure = Callable[[Pair], Conflict | None]
_Test = Callable[[Pair], bool]
_Build = Callable[[Node, Node, bool], Conflict]
_Facts = Callable[[Node], Facts]
"""A claim's `Facts` (`Comparisons._facts`), with its ``(up, down, loose)`` (module
docstring)."""
_Table = dict[str, Facts]


def _key(node: Node) -> str:
    for key in node.claimants:  # a clique's claims have one claimant each
        return key
    return ""


_ID = operator.itemgetter(Node._fields.index("id"))
_LOW = operator.attrgetter("interval.low")
_HIGH = operator.attrgetter("interval.high")
_SORTS = ((_HIGH, False), (_LOW, True), (_LOW, False), (_HIGH, True))
"""The four orders of the extremes: ends lowest, starts highest, starts lowest, ends
highest; ties by id. Each is a sort of the claims in id order on one key read in C (a
stable sort, reversed too, keeps equals in id order)."""


def _extremes(nodes: Sequence[Node]) -> list[tuple[Node, ...]]:
    """For each of four orders, its first claims of `REPRESENTATIVES` different claimants."""
    found = []
    by_id = sorted(nodes, key=_ID)
    for order, reverse in _SORTS:
        reps: dict[str, Node] = {}
        for node in sorted(by_id, key=order, reverse=reverse):
            reps.setdefault(_key(node), node)
            if len(reps) == REPRESENTATIVES:
                break
        found.append(tuple(reps.values()))
    return found


T = TypeVar("T")


def _measure(a: Node, b: Node, measure: Callable[[Pair], T]) -> T:
    if b.id < a.id:
        a, b = b, a
    return measure(new_tuple(Pair, (a, b, Relation.SAME)))


def _against(
    nodes: Sequence[Node],
    extremes: list[tuple[Node, ...]],
    keeper: Keeper,
    *,
    own: bool,
) -> None:
    targets: dict[str, tuple[Node, str]] = {}  # the same for every claim: keyed once
    for reps in extremes:
        for target in reps[:1] if own else reps:
            targets.setdefault(target.id, (target, _key(target)))
    meet = keeper.meet
    found = list(targets.values())
    common = keeper.common(t for t, _ in found)
    if own:
        for node in nodes:
            mine = node.id
            meet(node, [t for t, _ in found if t.id != mine], True, common)
        return
    for node in nodes:
        mine, key = node.id, _key(node)
        meet(node, [t for t, theirs in found if theirs != key and t.id != mine], False, common)


def _best(
    order: Sequence[int],
    side: Sequence[float],
    value: Sequence[float],
    bar: Sequence[float],
    keys: Sequence[str],
    count: int,
) -> tuple[list[tuple[int, ...]], dict[int, None]]:
    """For each claim x (by its place in the clique, in id order), the claims of
    ``count`` claimants with the highest ``value`` among those whose ``side`` exceeds
    ``bar[x]`` (``order``: the claims by ``side``, highest first, so those are a prefix;
    ties by id); and every claim ever among them, in the order they first were.

    The claims are numbered in id order, so "by value, then id" is "by value, then
    number"; every list is read by number, in C where it can be (no call per claim)."""
    n = len(order)
    queries = sorted(range(n), key=bar.__getitem__, reverse=True)  # ties stay by number
    top: list[tuple[float, int]] = []  # (-value, number): best per claimant, highest first
    ever: dict[int, None] = {}
    found: list[tuple[int, ...]] = [()] * n
    snapshot: tuple[int, ...] = ()
    kept: set[str] = set()  # the claimants in top
    i = 0
    for q in queries:
        limit = bar[q]
        while i < n and side[order[i]] > limit:
            new = order[i]
            i += 1
            v, k = value[new], keys[new]
            if len(top) == count and v < -top[-1][0] and k not in kept:
                continue  # below every claimant kept, and not one of theirs: stays out
            if k in kept:
                old = next(j for j, t in enumerate(top) if keys[t[1]] == k)
                if -top[old][0] >= v:
                    continue
                del top[old]
            top.append((-v, new))
            top.sort()
            del top[count:]
            kept = {keys[t[1]] for t in top}
            if any(t[1] == new for t in top):
                ever[new] = None
                snapshot = tuple(t[1] for t in top)
        found[q] = snapshot
    return found, ever


def _slack_links(nodes: Sequence[Node], keeper: Keeper, reached: _Table, *, own: bool) -> None:
    """The conflicts that precision slack hides from the extremes (module docstring).

    None where no claim is ``loose`` (its slack above the absolute and relative bars at
    its own figure): slack then never decides a gap and the extremes suffice. A
    claimant's own figures need one claim each side, not three claimants.
    """
    facts = [reached[n.id] for n in nodes]
    if not any(f[9] for f in facts):
        return
    ordered = sorted(nodes, key=_ID)  # numbered in id order (the clique's own, as a rule)
    if ordered != nodes:
        facts = [reached[n.id] for n in ordered]
    keys = [n.id for n in ordered] if own else list(map(_key, ordered))
    count = 1 if own else REPRESENTATIVES
    lows = [f[0] for f in facts]
    highs = [f[1] for f in facts]
    ups = [f[7] for f in facts]
    downs = [f[8] for f in facts]
    n = len(ordered)
    # U: among the claims starting above up(x), the highest down
    by_low = sorted(range(n), key=lows.__getitem__, reverse=True)  # ties stay by id
    above, up_ever = _best(by_low, lows, downs, ups, keys, count)
    # D: among the claims ending below down(y), the lowest up (the same search, mirrored)
    by_high = sorted(range(n), key=highs.__getitem__)
    below, down_ever = _best(
        by_high, [-h for h in highs], [-u for u in ups], [-d for d in downs], keys, count
    )
    meet = keeper.meet
    place = {node.id: k for k, node in enumerate(ordered)}
    common = keeper.common(ordered[t] for t in (*up_ever, *down_ever))
    for node in nodes:
        x = place[node.id]
        k = keys[x]
        meet(node, [ordered[t] for t in above[x] + below[x] if keys[t] != k], own, common)
    downs_ever = list(down_ever)
    for a in up_ever:
        k = keys[a]
        meet(ordered[a], [ordered[b] for b in downs_ever if keys[b] != k], own, common)


def clique_conflicts(
    clique: Sequence[Node],
    measure: _Measure,
    facts: _Facts | None = None,
    test: _Test | None = None,
    build: _Build | None = None,
) -> list[Conflict]:
    """The conflicts that link every conflicting claim of ``clique`` to its group.

    ``measure`` is `Comparisons._clique_conflict()`: it decides, as for any pair, whether
    two claims conflict, and measures the conflict; ``test``, where given, decides the same
    without measuring (`Comparisons._clique_test()`), and only the conflicts the report
    needs are measured (`discrepancy.detectors._keep`); ``facts``
    (`Comparisons._facts()`) lets precision slack be accounted for (module docstring),
    and the test be written out (`Keeper.meet()`).
    """
    keeper = Keeper(measure, test, _key, _table(clique, facts), build)
    _clique_search(clique, keeper, keeper.table)
    _own_conflicts(clique, keeper, _same, lambda nodes: _own_search(nodes, keeper, keeper.table))
    return keeper.kept()


def _table(nodes: Sequence[Node], facts: _Facts | None) -> _Table | None:
    return None if facts is None else {n.id: facts(n) for n in nodes}


def _same(a: Node, b: Node, keeper: Keeper) -> None:
    keeper.same(a, b)


def _clique_search(clique: Sequence[Node], keeper: Keeper, table: _Table | None) -> None:
    extremes = _extremes(clique)
    _against(clique, extremes, keeper, own=False)
    # the representatives among themselves (at most twelve claims) join the groups that
    # meet only through them (module docstring)
    ends = {n.id: n for reps in extremes for n in reps}
    for a, b in itertools.combinations(sorted(ends.values(), key=lambda n: n.id), 2):
        if _key(a) != _key(b):
            keeper.same(a, b)
    if table is not None:
        _slack_links(clique, keeper, table, own=False)


def _own_search(nodes: list[Node], keeper: Keeper, table: _Table | None) -> None:
    # one claimant: `_extremes()` would be the first claim of each order, found by min
    by_id = sorted(nodes, key=_ID)
    first = [(max if reverse else min)(by_id, key=order) for order, reverse in _SORTS]
    _against(nodes, [(node,) for node in first], keeper, own=True)
    if table is not None:
        _slack_links(nodes, keeper, table, own=True)


def _own_conflicts(
    nodes: Sequence[Node],
    keeper: Keeper,
    pair: Callable[[Node, Node, Keeper], None],
    many: Callable[[list[Node]], None],
) -> None:
    """Each claimant's conflicts with itself: every pair of a few claims, ``many`` beyond
    ``OWN_LIMIT``."""
    by_claimant: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        by_claimant[_key(node)].append(node)
    for own in by_claimant.values():
        if len(own) < 2:
            continue
        if len(own) <= OWN_LIMIT:
            for i, b in enumerate(own):
                for a in own[:i]:
                    pair(a, b, keeper)
        else:
            many(own)
