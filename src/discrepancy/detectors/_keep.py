"""Which of a large clique's or window set's conflicts are kept: few, and enough.

The sorted searches (`discrepancy.detectors._cliques`, `._windowed`) meet about a dozen
conflicting pairs per claim. The report needs far fewer: the groups (connected
components), and in each group the conflicts that set its gap and headline
(`discrepancy.detectors._groups.group_gap`, ``headline``) and its flags (``nested``: all
its conflicts are over nested periods). A conflict is therefore measured in full (a
`Conflict` with its `Gap`) and kept only when it joins two groups (union-find: a spanning
forest of real conflicts), may widen its group's closest, farthest or relative readings
(`Widest`), or is the first of its group that is not ``NESTED``; every other pair met is
only tested (a few comparisons of floats). About one conflict per claim is kept.

`Keeper.meet()` and `Keeper.nested()` write that decision and the test out on each
claim's `Facts` (`Comparisons._facts()`), in the order the searches meet the pairs: the
same pairs are measured and kept as by `Keeper.offer()` one pair at a time, which the
window sets and a ``comparable`` hook (no test: every pair is measured) still use.
"""

from __future__ import annotations

import math
import operator
from collections import deque
from collections.abc import Callable, Iterable
from itertools import repeat

from discrepancy._rows import new_tuple
from discrepancy.compare import Node, Pair, Relation
from discrepancy.conflicts import Conflict
from discrepancy.detectors._forest import _MARGIN, Facts, Targets, Widest, _Forest

__all__ = ["Facts", "Keeper", "Targets", "Widest"]

_Measure = Callable[[Pair], Conflict | None]


class Keeper:
    """Called with each pair the sorted search meets: whether the two claims conflict
    (``test``, or ``measure`` where there is no test), keeping the conflicts the report
    needs (module docstring). Claims of one claimant (``key``) and of two are kept in
    separate groups, as the two detectors read them."""

    def __init__(
        self,
        measure: _Measure,
        test: Callable[[Pair], bool] | None,
        key: Callable[[Node], str],
        facts: dict[str, Facts] | None = None,
        build: Callable[[Node, Node, bool], Conflict] | None = None,
    ) -> None:
        self.measure = measure
        self.test = test
        self.key = key
        self.table = facts  # each claim's Facts, for the sorted searches
        # the test written out in `meet()`, and the conflict it finds built straight away
        self.facts = facts if test is not None and build is not None else None
        self.build = build
        self.between = _Forest()  # the conflicts between claimants
        self.own = _Forest()  # and each claimant's own
        self.links: list[Conflict] = []

    def __call__(self, pair: Pair) -> bool:
        """Whether the two claims conflict; the conflict kept if the report needs it."""
        a, b, relation = pair
        found: Conflict | None = None
        if self.test is None:
            found = self.measure(pair)
            if found is None:
                return False
        elif not self.test(pair):
            return False
        forest = self.own if self.key(a) == self.key(b) else self.between
        ra, rb = forest.root(a.id), forest.root(b.id)
        nested = relation is Relation.NESTED
        if ra == rb and forest.settled(a, b, ra, nested):
            return True
        if found is None:
            found = self.measure(pair)
        if found is not None and forest.add(found, ra, rb, nested):
            self.links.append(found)
        return True

    def offer(self, pair: Pair) -> bool:
        """`__call__()` for a caller that does not read the answer: a pair of one group
        that would change nothing is not even tested (the answer is then ``True``)."""
        return self._offer(pair.a, pair.b, pair.relation is Relation.NESTED, pair)

    def same(self, a: Node, b: Node) -> None:
        """`offer()` two claims of one period (a ``SAME`` pair, the smaller id first)."""
        if b.id < a.id:
            a, b = b, a
        self._offer(a, b, False, None)

    def _offer(self, a: Node, b: Node, nested: bool, pair: Pair | None) -> bool:
        """`offer()`, written out in one function: this runs about a dozen times per claim
        of a large clique. The claims of a clique have one claimant each, so "one
        claimant" is their claimant sets being equal."""
        if pair is None:
            pair = new_tuple(Pair, (a, b, Relation.SAME))
        if self.test is None:
            return self(pair)
        forest = self.own if a.claimants == b.claimants else self.between
        parent = forest.parent
        ra, rb = parent.get(a.id), parent.get(b.id)
        if ra is not None and rb is not None:
            if parent[ra] != ra:
                ra = forest.root(ra)
            if parent[rb] != rb:
                rb = forest.root(rb)
            if ra == rb and (nested or ra in forest.plain):
                w = forest.widest[ra]
                one, other = a.interval, b.interval
                low, high = (one, other) if one.high <= other.low else (other, one)
                closest, farthest = high.low - low.high, high.high - low.low
                if (
                    closest < w.low
                    and farthest < w.farthest
                    and (closest / high.low if high.low > 0 else 0.0) < w.rlow - 1e-4
                    and (
                        1.0
                        if math.isinf(high.high)
                        else farthest / high.high
                        if high.high > 0
                        else 0.0
                    )
                    < w.rhigh - 1e-4
                ):
                    return True  # what Widest.may_widen says, inline
        if not self.test(pair):
            return False
        ra, rb = forest.root(a.id), forest.root(b.id)
        found = self.measure(pair)  # None only if the test and the measure disagree
        if found is not None and forest.add(found, ra, rb, nested):
            self.links.append(found)
        return True

    def common(self, nodes: Iterable[Node]) -> Targets | None:
        """`Targets` of ``nodes`` for `meet()`, where the test is written out."""
        return None if self.facts is None else Targets(nodes, self.facts)

    def meet(
        self, node: Node, targets: Iterable[Node], own: bool, common: Targets | None = None
    ) -> None:
        """`same()` of ``node`` and each of ``targets`` in turn, claims of one claimant
        (``own``) or of two, with `_offer()` and the test (`Comparisons._clique_test()`,
        from each claim's `Facts`) written out in one loop: the same pairs are measured
        and kept, in the same order, without a call per pair met. ``common``: claims that
        hold ``targets``; once the pairs left are all settled (`Targets`), they are
        passed over."""
        facts = self.facts
        if facts is None:
            for target in targets:
                self.same(node, target)
            return
        build = self.build
        assert build is not None
        forest = self.own if own else self.between
        parent, plain, widest, root = forest.parent, forest.plain, forest.widest, forest.root
        mine = node.id
        fn = facts[mine]
        if common is not None and mine in parent and self._settled(fn, mine, forest, common):
            return
        for target in targets:
            theirs = target.id
            if theirs < mine:
                a, b, fa, fb = target, node, facts[theirs], fn
            else:
                a, b, fa, fb = node, target, fn, facts[theirs]
            alow, ahigh, alo, aho = fa[0], fa[1], fa[2], fa[3]
            blow, bhigh, blo, bho = fb[0], fb[1], fb[2], fb[3]
            # Interval.overlaps, and which lies below
            if ahigh < blow or bhigh < alow:
                pass
            elif ahigh == blow:
                if not (aho or blo):
                    continue
            elif bhigh == alow:
                if not (bho or alo):
                    continue
            else:
                continue
            if ahigh <= blow:
                fl, fh, low, high = fa, fb, a, b
            else:
                fl, fh, low, high = fb, fa, b, a
            ra, rb = parent.get(a.id), parent.get(b.id)
            if ra is not None and rb is not None:
                if parent[ra] != ra:
                    ra = root(ra)
                if parent[rb] != rb:
                    rb = root(rb)
                if ra == rb and ra in plain:
                    w = widest[ra]
                    hlow, hhigh = fh[0], fh[1]
                    closest, farthest = hlow - fl[1], hhigh - fl[0]
                    if (
                        closest < w.low
                        and farthest < w.farthest
                        and (closest / hlow if hlow > 0 else 0.0) < w.rlow - 1e-4
                        and (1.0 if math.isinf(hhigh) else farthest / hhigh if hhigh > 0 else 0.0)
                        < w.rhigh - 1e-4
                    ):
                        continue  # Widest.may_widen, as in _offer()
            # Policy.material(closest, larger, slack) of Comparisons.material()
            closest = max(fh[0] - fl[1], 0.0)
            if math.isinf(fh[0]):  # Policy.material's own case: the test itself decides
                if not self.test(new_tuple(Pair, (a, b, Relation.SAME))):  # type: ignore[misc]
                    continue
            elif not (closest > fl[5] and closest > fh[6] and closest > fl[4] and closest > fh[4]):
                continue
            found = build(low, high, False)
            ra, rb = root(a.id), root(b.id)
            if forest.add(found, ra, rb, False):
                self.links.append(found)
            if common is not None and self._settled(fn, mine, forest, common):
                return

    @staticmethod
    def _settled(fn: Facts, mine: str, forest: _Forest, common: Targets) -> bool:
        """Whether every pair of a claim (its `Facts` ``fn``, its id ``mine``, in
        ``forest``) with the claims of ``common`` is settled: they all lie in the claim's
        group, which has a conflict that is not ``NESTED``, and no reading of the claim
        against the extremes of theirs reaches the group's widest (`Widest.may_widen`,
        bounded: a reading grows with the other claim's extreme, so its bound at the
        extreme holds for every one of them; where the bound is worked out another way
        than the reading, with room for rounding)."""
        group = common.joined(forest)
        if group is None or forest.root(mine) != group or group not in forest.plain:
            return False
        assert common.bounds is not None
        min_low, min_high, max_low, max_high = common.bounds
        xl, xh = fn[0], fn[1]
        if xl < 0 or min_low < 0:
            return False
        w = forest.widest[group]
        rlow, rhigh = w.rlow - 1e-4, w.rhigh - 1e-4
        # another claim above this one (this one the lower): closest, farthest, relative
        if not (max_low - xh < w.low and max_high - xl < w.farthest):
            return False
        up_low = (max_low - xh) / max_low + _MARGIN if max_low > 0 else 0.0
        up_high = (
            1.0
            if math.isinf(max_high)
            else (max_high - xl) / max_high + _MARGIN
            if max_high > 0
            else 0.0
        )
        if not (up_low < rlow and up_high < rhigh):
            return False
        # another claim below this one (this one the higher)
        if not (xl - min_high < w.low and xh - min_low < w.farthest):
            return False
        down_low = (xl - min_high) / xl if xl > 0 else 0.0
        down_high = 1.0 if math.isinf(xh) else (xh - min_low) / xh if xh > 0 else 0.0
        return down_low < rlow and down_high < rhigh

    def nested(self, outer: Node, inner: Node) -> bool:
        """`__call__()` of a ``NESTED`` pair, ``outer`` over the longer period, with the
        test (`Comparisons._clique_test()`) written out on the claims' `Facts`."""
        facts, build = self.facts, self.build
        if facts is None or build is None:
            return self(Pair(outer, inner, Relation.NESTED))
        fa, fb = facts[outer.id], facts[inner.id]
        alow, ahigh, alo, aho = fa[0], fa[1], fa[2], fa[3]
        blow, bhigh, blo, bho = fb[0], fb[1], fb[2], fb[3]
        # Interval.above(inner, outer): apart, and inner at or above outer's end
        if bhigh < alow or ahigh < blow:
            pass
        elif bhigh == alow:
            if not (bho or alo):
                return False
        elif ahigh == blow:
            if not (aho or blo):
                return False
        else:
            return False
        if not blow >= ahigh:
            return False
        closest = max(blow - ahigh, 0.0)
        if math.isinf(blow):  # Policy.material's own case: the test itself decides
            if not self.test(Pair(outer, inner, Relation.NESTED)):  # type: ignore[misc]
                return False
        elif not (closest > fa[5] and closest > fb[6] and closest > fa[4] and closest > fb[4]):
            return False
        forest = self.own if outer.claimants == inner.claimants else self.between
        ra, rb = forest.root(outer.id), forest.root(inner.id)
        if ra == rb and forest.settled(outer, inner, ra, True):
            return True
        found = build(outer, inner, True)
        if forest.add(found, ra, rb, True):
            self.links.append(found)
        return True

    def nested_all(self, pairs: Iterable[tuple[Node, Node]]) -> None:
        """`nested()` of each ``(outer, inner)`` pair in turn, written out in one loop (a
        fan's claims meet the extremes of the other periods a bucket at a time,
        `discrepancy.detectors._fans._nested()`): the same pairs are measured and kept,
        in the same order, without a call per pair met; the answers are not read."""
        facts, build = self.facts, self.build
        if facts is None or build is None:
            for outer, inner in pairs:
                self.nested(outer, inner)
            return
        isinf, links = math.isinf, self.links
        for outer, inner in pairs:
            fa, fb = facts[outer.id], facts[inner.id]
            alow, ahigh = fa[0], fa[1]
            blow, bhigh = fb[0], fb[1]
            # Interval.above(inner, outer): apart, and inner at or above outer's end
            if blow < ahigh:
                continue  # overlapping, or inner below: no conflict either way
            if blow == ahigh and not (fa[3] or fb[2]):
                continue  # they share their common end
            closest = blow - ahigh
            if isinf(blow):  # Policy.material's own case: the test itself decides
                if not self.test(Pair(outer, inner, Relation.NESTED)):  # type: ignore[misc]
                    continue
            elif not (closest > fa[5] and closest > fb[6] and closest > fa[4] and closest > fb[4]):
                continue
            forest = self.own if outer.claimants == inner.claimants else self.between
            ra, rb = forest.root(outer.id), forest.root(inner.id)
            if ra == rb:
                # Widest.may_widen (outer below inner), as _Forest.settled() reads it
                w = forest.widest[ra]
                farthest = bhigh - alow
                if (
                    closest < w.low
                    and farthest < w.farthest
                    and (closest / blow if blow > 0 else 0.0) < w.rlow - 1e-4
                    and (1.0 if isinf(bhigh) else farthest / bhigh if bhigh > 0 else 0.0)
                    < w.rhigh - 1e-4
                ):
                    continue
            found = build(outer, inner, True)
            if forest.add(found, ra, rb, True):
                links.append(found)

    def kept(self) -> list[Conflict]:
        """The conflicts kept, by ids (the links, and the widest of each group that are
        not links: a few per group), once the search is over (its `Facts` let go)."""
        self.facts = self.table = None
        widest = {
            c.ids: c
            for forest in (self.between, self.own)
            for best in forest.widest.values()
            for c in best.conflicts()
        }
        found, self.links = self.links, []  # no two links join the same pair
        if widest:  # those already a link (measured alike) are not added twice
            deque(map(widest.pop, map(_IDS, found), repeat(None)), maxlen=0)  # in C
            found += widest.values()
        found.sort(key=_HIGH_ID)  # by ids: two stable sorts on one string each (no
        found.sort(key=_LOW_ID)  # tuple built per conflict)
        return found


_IDS = operator.attrgetter("low.id", "high.id")
_LOW_ID = operator.attrgetter("low.id")
_HIGH_ID = operator.attrgetter("high.id")
"""``Conflict.ids``, read in C."""
