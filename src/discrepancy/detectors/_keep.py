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
"""

from __future__ import annotations

import math
from collections.abc import Callable

from discrepancy._rows import new_tuple
from discrepancy.compare import Node, Pair, Relation
from discrepancy.conflicts import Conflict
from discrepancy.detectors._groups import headline_key
from discrepancy.quantity import Interval

__all__ = ["Keeper", "Widest"]

_Measure = Callable[[Pair], Conflict | None]


class Widest:
    """A group's conflicts that set its gap (`discrepancy.detectors._groups.group_gap`)
    and headline (`headline`): the widest closest reading (the smallest ids among equals),
    the widest farthest one, the largest relative readings."""

    __slots__ = ("far", "farthest", "head", "low", "rel_high", "rel_low", "rhigh", "rlow")

    def __init__(self) -> None:
        self.head: Conflict | None = None
        self.far: Conflict | None = None
        self.rel_low: Conflict | None = None
        self.rel_high: Conflict | None = None
        # their readings, as floats (-inf: none yet)
        self.low = self.farthest = self.rlow = self.rhigh = -math.inf

    @classmethod
    def joined(cls, one: Widest | None, other: Widest | None) -> Widest:
        """Those of two groups that become one (either may have none yet)."""
        if one is None or other is None:
            found = one or other
            return cls() if found is None else found
        for c in other.conflicts():
            one.add(c)
        return one

    def conflicts(self) -> list[Conflict]:
        return [c for c in (self.head, self.far, self.rel_low, self.rel_high) if c is not None]

    def may_widen(self, one: Interval, other: Interval) -> bool:
        """Whether two disjoint intervals may give a conflict wider in some reading than
        those kept (closely computed, with room for `gap_between`'s rounding)."""
        low, high = (one, other) if one.high <= other.low else (other, one)
        closest = high.low - low.high
        farthest = high.high - low.low
        if closest >= self.low or farthest >= self.farthest:
            return True
        if (closest / high.low if high.low > 0 else 0.0) >= self.rlow - 1e-4:
            return True
        rel_high = 1.0 if math.isinf(high.high) else farthest / high.high if high.high > 0 else 0.0
        return rel_high >= self.rhigh - 1e-4

    def add(self, c: Conflict) -> None:
        absolute, relative = c.gap.absolute, c.gap.relative
        head = self.head
        if head is None:
            self.head = c
        else:
            key, best = headline_key(c), headline_key(head)
            if key > best or (key == best and c.ids < head.ids):
                self.head = c
        self.low = max(self.low, absolute.low)
        if absolute.high > self.farthest:
            self.far, self.farthest = c, absolute.high
        if relative.low > self.rlow:
            self.rel_low, self.rlow = c, relative.low
        if relative.high > self.rhigh:
            self.rel_high, self.rhigh = c, relative.high


class _Forest:
    """Union-find over claims, with each group's `Widest` and whether it has a conflict
    kept that is not ``NESTED`` (``plain``)."""

    __slots__ = ("parent", "plain", "widest")

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.widest: dict[str, Widest] = {}
        self.plain: set[str] = set()

    def root(self, x: str) -> str:
        parent = self.parent
        root = parent.setdefault(x, x)
        if root == x:
            return x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def settled(self, a: Node, b: Node, root: str, nested: bool) -> bool:
        """Whether a conflict of ``a`` and ``b``, already in one group, would change
        nothing the report reads of that group."""
        return (nested or root in self.plain) and not self.widest[root].may_widen(
            a.interval, b.interval
        )

    def add(self, found: Conflict, ra: str, rb: str, nested: bool) -> bool:
        """Add a conflict of the groups ``ra`` and ``rb``; whether it joined them."""
        joined = ra != rb
        if joined:
            ra, rb = (ra, rb) if ra < rb else (rb, ra)
            self.parent[rb] = ra
            widest = self.widest
            widest[ra] = Widest.joined(widest.pop(ra, None), widest.pop(rb, None))
            if rb in self.plain:
                self.plain.discard(rb)
                self.plain.add(ra)
        self.widest[ra].add(found)
        if not nested:
            self.plain.add(ra)
        return joined


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
    ) -> None:
        self.measure = measure
        self.test = test
        self.key = key
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

    def kept(self) -> list[Conflict]:
        """The conflicts kept, by ids."""
        kept = {c.ids: c for c in self.links}
        for forest in (self.between, self.own):
            for best in forest.widest.values():
                for c in best.conflicts():
                    kept.setdefault(c.ids, c)
        return [kept[k] for k in sorted(kept)]
