"""Conflicting pairs → groups (connected components) → one discrepancy per group."""

from __future__ import annotations

import operator
from collections import defaultdict
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import eq

import attrs

from discrepancy._rows import builder
from discrepancy.claim import Claim
from discrepancy.compare import Node
from discrepancy.conflicts import Conflict, gap_between
from discrepancy.detectors._comparisons import Comparisons
from discrepancy.discrepancies import ClaimPair, Gap, Position
from discrepancy.quantity import Interval, Qualifier
from discrepancy.wording import summaries

__all__ = ["LARGE_GROUP", "PAIRS_LIMIT", "Group", "components", "positions", "speakers"]

LARGE_GROUP = 64
"""A source disagreement of more than this many claims is described by its positions
(`positions()`) as well as its pairs."""

PAIRS_LIMIT = 1_000
"""At most this many conflicting pairs are listed per discrepancy (the widest first when
there are more): a group of thousands of mutually conflicting claims would otherwise list
millions."""


def components(conflicts: Iterable[Conflict]) -> list[list[Conflict]]:
    """Group conflicts that share a claim; deterministic order (by smallest claim id)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.setdefault(root, root) != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    items = sorted(conflicts, key=_HIGH_ID)  # by ids: two stable sorts on one string
    items.sort(key=_LOW_ID)  # each, so that every group comes out in that order
    lows = list(map(_LOW_ID, items))
    for low, high in zip(lows, map(_HIGH_ID, items), strict=True):
        ra, rb = find(low), find(high)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[Conflict]] = defaultdict(list)
    for c, low in zip(items, lows, strict=True):
        groups[find(low)].append(c)
    return [groups[root] for root in sorted(groups)]


_IDS = operator.attrgetter("low.id", "high.id")
"""``Conflict.ids`` read in C (a sort key for hundreds of thousands of conflicts)."""


def _specific(node: Node) -> bool:
    """A count a named source gives as a figure: not "thousands", not an unnamed voice."""
    if node.claim.quantity.qualifier is Qualifier.VAGUE:
        return False
    return not any(key.startswith("anonymous:") for key in node.claimants)


def specific(
    conflicts: Sequence[Conflict], nodes: dict[str, Node] | None = None
) -> Sequence[Conflict]:
    """The conflicts between specific counts of named sources (all, if there are none).

    A vague "thousands" or an unnamed voice in a group does not set its headline gap
    unless the group has nothing else. ``nodes``: the group's claims by id
    (`group_nodes()`), if known.
    """
    nodes = group_nodes(conflicts) if nodes is None else nodes
    unnamed: dict[int, bool] = {}  # by claimant set: claims share one per distinct list
    vague = Qualifier.VAGUE
    left_out = set()
    for key, node in nodes.items():
        if node.claim.quantity.qualifier is vague:
            left_out.add(key)
            continue
        claimants = node.claimants
        found = unnamed.get(id(claimants))
        if found is None:
            found = unnamed[id(claimants)] = any(k.startswith("anonymous:") for k in claimants)
        if found:
            left_out.add(key)
    if not left_out:
        return conflicts
    return [
        c for c in conflicts if c.low.id not in left_out and c.high.id not in left_out
    ] or conflicts


def group_nodes(conflicts: Iterable[Conflict]) -> dict[str, Node]:
    """The claims of ``conflicts`` by id (read in C: a large group has many)."""
    items = conflicts if isinstance(conflicts, list | tuple) else list(conflicts)
    found = dict(zip(map(_LOW_ID, items), map(_LOW_NODE, items), strict=True))
    found.update(zip(map(_HIGH_ID, items), map(_HIGH_NODE, items), strict=True))
    return found


_LOW_ID = operator.attrgetter("low.id")
_HIGH_ID = operator.attrgetter("high.id")
_LOW_NODE = operator.attrgetter("low")
_HIGH_NODE = operator.attrgetter("high")


def headline(conflicts: Sequence[Conflict], *, chosen: bool = False) -> Conflict:
    """The conflict a group's headline states: the widest between specific counts
    (``chosen``: ``conflicts`` are already `specific()`'s answer)."""
    return max(_widest_closest(conflicts if chosen else specific(conflicts)), key=headline_key)


def _widest_closest(conflicts: Sequence[Conflict]) -> Sequence[Conflict]:
    """The conflicts with the largest closest reading, in their order (found in C): those
    a `max()` whose key starts with that reading chooses among."""
    if len(conflicts) <= 8:
        return conflicts
    lows = list(map(_CLOSEST, conflicts))
    return list(compress(conflicts, map(eq, lows, repeat(max(lows)))))


def headline_key(c: Conflict) -> tuple[float, bool, float]:
    """The order `headline` takes the widest by: the closest reading, a closed one before
    an open one, then the relative reading (among equals, `max` keeps the first)."""
    a = c.gap.absolute
    return (a.low, not a.low_open, c.gap.relative.low)


def sides(
    conflicts: Sequence[Conflict], top: Conflict, nodes: dict[str, Node] | None = None
) -> tuple[int, int]:
    """How many sources stand on each side of the headline gap (specific counts only)."""
    cut = (top.low.interval.high + top.high.interval.low) / 2
    low: set[str] = set()
    high: set[str] = set()
    unnamed: dict[int, bool] = {}  # by claimant set, as in specific()
    vague = Qualifier.VAGUE
    for node in (group_nodes(conflicts) if nodes is None else nodes).values():
        claimants = node.claimants
        anonymous = unnamed.get(id(claimants))
        if anonymous is None:
            anonymous = unnamed[id(claimants)] = any(k.startswith("anonymous:") for k in claimants)
        if not anonymous and node.claim.quantity.qualifier is not vague:  # `_specific()`
            if node.interval.high <= cut:
                low |= node.claimants
            elif node.interval.low >= cut:
                high |= node.claimants
    return len(low) or 1, len(high) or 1


@attrs.frozen
class Group:
    """Conflicts that share claims, and what the two group detectors report of them."""

    conflicts: Sequence[Conflict]
    claims: list[Claim]
    gap: Gap
    top: Conflict
    sampled: bool = False
    nodes: dict[str, Node] = attrs.field(factory=dict, eq=False, repr=False)
    """The claims of ``conflicts`` by id (`group_nodes()`)."""
    _names: dict[str, str] = attrs.field(factory=dict, eq=False, repr=False, init=False)

    def speakers(self) -> dict[str, str]:
        """`speakers()` of the group's claims, worked out once."""
        if not self._names:
            self._names.update(speakers(self.claims))
        return self._names

    @classmethod
    def of(cls, conflicts: Sequence[Conflict], sampled: frozenset[str] = frozenset()) -> Group:
        """The group of ``conflicts``; ``sampled``: the claims whose conflicts were not
        all listed (large cliques, `discrepancy.detectors._cliques`)."""
        nodes = group_nodes(conflicts)
        chosen = specific(conflicts, nodes)
        widest = _widest_closest(chosen)  # read once for the headline and the gap
        top = max(widest, key=headline_key)  # headline(chosen)
        gap = group_gap(chosen, widest)
        touched = bool(sampled) and not sampled.isdisjoint(nodes)
        return cls(
            conflicts=conflicts,
            claims=group_claims(conflicts, nodes),
            gap=gap,
            top=top,
            sampled=touched,
            nodes=nodes,
        )

    @property
    def pairs_complete(self) -> bool:
        return not self.sampled and len(self.conflicts) <= PAIRS_LIMIT

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(map(_CLAIM_ID, self.claims))

    @property
    def pairs(self) -> tuple[ClaimPair, ...]:
        """The conflicting pairs; the ``PAIRS_LIMIT`` widest when there are more."""
        listed = self.conflicts
        if len(listed) > PAIRS_LIMIT:
            # by the closest reading, widest first, then ids: two stable sorts on keys read
            # in C (reversed, a stable sort keeps equals in their order)
            by_ids = sorted(listed, key=_IDS)
            widest = sorted(by_ids, key=_CLOSEST, reverse=True)[:PAIRS_LIMIT]
            listed = sorted(widest, key=_IDS)
        if _CLAIM_PAIR is None:
            return tuple(ClaimPair(low=c.low.id, high=c.high.id, gap=c.gap) for c in listed)
        return tuple(_CLAIM_PAIR(c.low.id, c.high.id, c.gap) for c in listed)

    @property
    def days(self) -> int:
        """Days between the headline's running totals (0: counts of one day or period)."""
        return self.top.days

    @property
    def bound(self) -> bool:
        return all(c.bound for c in self.conflicts)

    @property
    def nested(self) -> bool:
        return all(c.nested for c in self.conflicts)

    @property
    def spread(self) -> Interval:
        return spread(self.claims)

    def positions(self) -> tuple[Position, ...] | None:
        """The group's positions (`positions()`) when it holds more than `LARGE_GROUP`
        claims; ``None`` otherwise."""
        return positions(self.claims, self.speakers()) if len(self.claims) > LARGE_GROUP else None

    def summary(
        self, ctx: Comparisons, subject: str = "", found: Sequence[Position] | None = None
    ) -> str:
        """ "[subject] counts of … disagree — who: what; … — how far apart."; with
        ``found`` positions, "… disagree — 3 positions: 800–850 (4 sources), … — …"."""
        first = self.claims[0]
        return summaries.conflict_group(
            self.claims,
            self.conflicts,
            self.gap,
            label=ctx.index.metrics.label(first.metric),
            flow=ctx.index.kind(first.metric).compares_as_flow,
            top=self.top,
            sides=sides(self.conflicts, self.top, self.nodes or None),
            subject=subject,
            positions=found,
            names=self.speakers() if found is None else None,
        )


def group_claims(group: Sequence[Conflict], nodes: dict[str, Node] | None = None) -> list[Claim]:
    """The claims of a group, by their lowest reading, then id."""
    found = group_nodes(group) if nodes is None else nodes
    claims = sorted(map(_CLAIM, found.values()), key=_CLAIM_ID)
    claims.sort(key=_QUANTITY_LOW)  # stable: ids stay in order among equal readings
    return claims


_CLAIM = operator.attrgetter("claim")
_CLAIM_ID = operator.attrgetter("id")
_QUANTITY_LOW = operator.attrgetter("quantity.low")
_CLOSEST = operator.attrgetter("closest")
_RELATIVE = operator.attrgetter("relative")


def group_gap(group: Sequence[Conflict], closest: Sequence[Conflict] | None = None) -> Gap:
    """The widest conflict of these: the largest closest and farthest readings
    (``closest``: `_widest_closest()` of ``group``, if known)."""
    widest = max(
        _widest_closest(group) if closest is None else closest,
        key=lambda c: (c.gap.absolute.low, not c.gap.absolute.low_open),
    )
    relative = list(map(_RELATIVE, group))  # a large group's links: without their gaps
    return Gap(
        absolute=Interval(
            low=widest.gap.absolute.low,
            high=max(map(_FARTHEST, group)),
            low_open=widest.gap.absolute.low_open,
        ),
        relative=Interval(
            low=max(map(_FIRST, relative)),
            high=max(map(_SECOND, relative)),
        ),
    )


_FARTHEST = operator.attrgetter("farthest")
_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)


def spread(claims: Sequence[Claim]) -> Interval:
    """From the lowest reading of any claim to the highest."""
    return Interval(low=min(map(_READ_LOW, claims)), high=max(map(_READ_HIGH, claims)))


_READ_LOW = operator.attrgetter("quantity.interval.low")
_READ_HIGH = operator.attrgetter("quantity.interval.high")


def positions(claims: Sequence[Claim], names: dict[str, str] | None = None) -> tuple[Position, ...]:
    """The claims cut into positions: clusters whose intervals all share a point.

    Intervals on a line that pairwise overlap share a point, so one sweep finds them:
    sorted by their lowest reading, a claim joins the current position while it starts
    within the part all its claims share (up to their lowest high end), and opens the next
    one otherwise. This gives the fewest positions any such cut can (greedy on the
    sorted intervals) and does not depend on the order of ``claims``: O(n log n).
    """
    ordered = sorted(claims, key=_BY_INTERVAL)
    found: list[Position] = []
    members: list[Claim] = []
    names = speakers(claims) if names is None else names
    low = high = 0.0
    low_open = high_open = False

    def close() -> None:
        # low <= high: each claim joined starts within the part the others share
        common = (
            Interval(low=low, high=high, low_open=low_open, high_open=high_open)
            if _INTERVAL is None
            else _INTERVAL(low, high, low_open, high_open)
        )
        below = found[-1].interval if found else None
        if len(members) == 1:
            ids, count = [members[0].id], 1
        else:
            ids = sorted(c.id for c in members)
            count = len({names[c.id] for c in members})
        gap = None if below is None else gap_between(below, common)
        found.append(
            Position(interval=common, claims=ids, claimants=count, gap=gap)
            if _POSITION is None
            else _POSITION(common, tuple(ids), count, gap)
        )

    for claim in ordered:
        iv = claim.quantity.interval
        if members and (iv.low < high or (iv.low == high and not (iv.low_open or high_open))):
            members.append(claim)
            low, low_open = iv.low, iv.low_open  # sorted: the highest low end so far
            if iv.high < high or (iv.high == high and iv.high_open):
                high, high_open = iv.high, iv.high_open
            continue
        if members:
            close()
        members = [claim]
        low, high, low_open, high_open = iv.low, iv.high, iv.low_open, iv.high_open
    if members:
        close()
    return tuple(found)


_INTERVAL = builder(Interval, ("low", "high", "low_open", "high_open"))
_CLAIM_PAIR = builder(ClaimPair, ("low", "high", "gap"))
_POSITION = builder(Position, ("interval", "claims", "claimants", "gap"))
"""A large group has about as many positions as claims: they and their common parts are
built straight into their slots (``claims`` as the tuple `Position`'s converter makes)."""

_BY_INTERVAL = operator.attrgetter(
    "quantity.interval.low",
    "quantity.interval.low_open",
    "quantity.interval.high",
    "quantity.interval.high_open",
    "id",
)
"""Claims by their intervals, then ids (read in C: a large group has thousands)."""


def speakers(claims: Sequence[Claim]) -> dict[str, str]:
    """Each claim's ``who``, worked out once per distinct list of claimants (claims share
    their claimant tuples and outlets: reading and ``check`` keep one per distinct text)."""
    memo: dict[tuple[int, int], str] = {}
    found: dict[str, str] = {}
    for c in claims:
        key = (id(c.claimants), id(c.outlet))  # the claims keep both alive meanwhile
        name = memo.get(key)
        if name is None:
            name = memo[key] = c.who
        found[c.id] = name
    return found
