"""The groups a large clique's searches grow: union-find over claims, each group's widest
conflicts (`Widest`), and the claims some claims meet (`Targets`): what
`discrepancy.detectors._keep.Keeper` reads to decide whether a conflict met changes
anything the report reads of its group.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from discrepancy.compare import Node
from discrepancy.conflicts import Conflict, Link
from discrepancy.detectors._groups import headline_key
from discrepancy.quantity import Interval

__all__ = ["Facts", "Targets", "Widest"]

Facts = tuple[float, float, bool, bool, float, float, float, float, float, bool]
"""What the sorted searches read of a claim (`Comparisons._facts()`): its interval's
``low``, ``high``, ``low_open``, ``high_open``; its precision ``slack``; the ``absolute``
bar of a gap below it and the ``relative`` bar of one with it as the larger count
(`Policy.material`); its ``up``, ``down`` and ``loose`` (`discrepancy.detectors._cliques`)."""


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
        if (
            type(c) is Link
            and self.head is not None
            and not self.may_widen(c.low.interval, c.high.interval)
        ):
            # its gap is that of its claims' intervals, and no reading of it reaches those
            # kept (the closest is below the headline's, a relative one below the largest
            # by more than its rounding): nothing changes, and its gap is not measured
            return
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

    __slots__ = ("merges", "parent", "plain", "widest")

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.widest: dict[str, Widest] = {}
        self.plain: set[str] = set()
        self.merges = 0  # how many times two groups became one

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
            self.merges += 1
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


class Targets:
    """Every claim some claims will meet (`Keeper.meet()`: each meets some of these), with
    the extremes of their readings; once they all lie in one group of a forest, one of
    them stands for that group (``anchor``).

    Groups only ever join and a group's widest readings only grow, so once a claim lies in
    that group, the group has a conflict that is not ``NESTED`` and no reading of the
    claim against the extremes could widen it (`Keeper._settled()`), every pair it has
    left with these claims is settled: meeting them changes nothing, and they are passed
    over unseen.
    """

    __slots__ = ("anchor", "bounds", "merges", "nodes")

    def __init__(self, nodes: Iterable[Node], facts: dict[str, Facts]) -> None:
        self.nodes = list({n.id: n for n in nodes}.values())
        lows = [facts[n.id][0] for n in self.nodes]
        highs = [facts[n.id][1] for n in self.nodes]
        self.bounds = (min(lows), min(highs), max(lows), max(highs)) if self.nodes else None
        self.anchor: str | None = None  # a claim's id: the group they all lie in
        self.merges = -1  # the forest's merges when last looked at

    def joined(self, forest: _Forest) -> str | None:
        """The root of the group all the claims lie in, if they do."""
        if self.anchor is None and self.merges != forest.merges and self.bounds is not None:
            self.merges = forest.merges
            parent, root = forest.parent, forest.root
            first = self.nodes[0].id
            if first not in parent:
                return None
            group = root(first)
            for node in self.nodes:
                if node.id not in parent or root(node.id) != group:
                    return None
            self.anchor = first
        return None if self.anchor is None else forest.root(self.anchor)


_MARGIN = 1e-9
"""Room for the rounding of a bound on a relative reading worked out another way than the
reading itself (`Keeper._settled()`)."""
