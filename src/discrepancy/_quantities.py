"""Which claims describe one quantity, for the estimates: the one module that reads compare.py.

``check`` compares claims pair by pair (``discrepancy.compare``); an estimate needs them in
quantities. This module turns the index and the pairs ``check`` has made into quantities,
so that a change to the comparison needs a change here only.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, compress, repeat
from operator import attrgetter, is_, is_not, itemgetter
from typing import TYPE_CHECKING, Protocol, TypeAlias

from discrepancy.claim import Claim, Period, StatusClass
from discrepancy.metrics import MetricRegistry
from discrepancy.policy import Policy
from discrepancy.quantity import Interval

if TYPE_CHECKING:
    from discrepancy.compare import ClaimIndex, Node, Pair, Places, Relation

__all__ = ["Member", "Partners", "Quantity", "add_partner", "pair_up", "quantities"]


class Member(Protocol):
    """One claim of a quantity: ``check``'s own comparison node (no copy is made)."""

    @property
    def claim(self) -> Claim: ...
    @property
    def id(self) -> str: ...
    @property
    def interval(self) -> Interval: ...
    @property
    def claimants(self) -> frozenset[str]: ...
    @property
    def status_class(self) -> StatusClass: ...
    @property
    def period(self) -> Period | None: ...


_claimants = attrgetter("claimants")


Quantity: TypeAlias = tuple[str, bool, tuple[str, ...]]
"""One quantity: its metric, whether the metric compares as a flow, and its claims' ids
(their nodes are in the index's ``nodes``).

A plain tuple of strings and a bool, not a named tuple or a list of nodes: it holds no
object that could make a cycle, so the cycle collector stops tracking it at its first pass
(a named tuple stays tracked for good). A million claims make some 200,000 quantities, kept
until every estimate is made; tracked, they would bring on full collections of the whole
heap ``check`` has built.
"""


# A claim's partners of the same quantity, by the ``id()`` of the claim's node: its one
# partner's node (most claims), a tuple of a few, or a list once there are many (the centre of
# a clique's star). By identity, not by claim id: the walk over every claim then reads no
# node (a million claims: each node and its id string are elsewhere in memory, and reading
# them was most of the walk), and a partner is at hand without looking its id up.
_Partners: TypeAlias = "Node | tuple[Node, ...] | list[Node]"
Partners: TypeAlias = "dict[int, _Partners]"
"""Each claim's partners of the same quantity by the ``id()`` of its node (`add_partner()`)."""
_FEW = 16


def _add(same: Partners, key: int, found: _Partners, other: Node) -> None:
    """Add ``other`` to ``key``'s ``found`` partners, a tuple or a list (the first one and
    the second are set by the caller)."""
    if type(found) is tuple:
        same[key] = (*found, other) if len(found) < _FEW else [*found, other]
    else:
        found.append(other)  # type: ignore[union-attr]


add_partner = _add
"""What a caller that fills the partners inline (`Comparisons.measure()`, as `pair_up()`
does) calls for a claim with two partners or more."""


def pair_up(same: Partners, a: Node, b: Node) -> None:
    """Put ``a`` and ``b`` (a ``SAME`` pair's nodes) in each other's partners."""
    from discrepancy.compare import Node

    for x, y in ((a, b), (b, a)):
        key = id(x)
        had = same.get(key)
        if had is None:  # most claims: one partner
            same[key] = y
        elif type(had) is Node:  # a second partner
            same[key] = (had, y)
        else:
            _add(same, key, had, y)


def _many(found: _Partners) -> Sequence[Node]:
    """The nodes of ``found``: a tuple or list as it is, one node as a tuple of one."""
    return found if type(found) is tuple or type(found) is list else (found,)  # type: ignore[return-value]


def quantities(
    claims: Sequence[Claim],
    metrics: MetricRegistry,
    policy: Policy,
    index: ClaimIndex | None = None,
    pairs: Iterable[Pair] | None = None,
    *,
    singles: bool = False,
    places: Places | None = None,
    keys: list[str] | None = None,
    judge: Callable[[Sequence[Node]], Sequence[str] | None] | None = None,
    judged: int = 2,
    verdicts: list[Sequence[str] | None] | None = None,
    placed: int = 1,
    measured: Partners | None = None,
    shown: bool = False,
) -> tuple[list[Quantity], Counter[str], dict[str, Claim], dict[str, Node]]:
    """Comparable claims in quantities; each source's claim count and first claim; the nodes.

    With ``keys``, each quantity's place among the estimates (`place()`) is added to it,
    in the order of the quantities: worked out here, where the quantity's claims have just
    been read, rather than when the estimates are first read (a million claims: 210,000
    quantities, whose claims, read again then, are no longer in the processor's caches).
    A quantity of fewer than ``placed`` claims has an empty place (the estimates drop
    it). With ``judge``, likewise, ``judge(claims)`` of each quantity of at least ``judged``
    claims (their nodes, in the order of its ids) is added to ``verdicts``, in the order of
    the quantities (the sources' tallies: which sources agree).

    With the helpers below, the only code that reads [`discrepancy.compare`][discrepancy.compare]
    (``Node``, ``Pair``, ``Relation``, ``ClaimIndex``): ``check`` passes its own index and pairs;
    otherwise they are built here (scopes put on ``places``). With ``singles``, a claim
    comparable with no other is a quantity of its own. A quantity starts at its earliest
    claim (the index orders each metric by date, then id) and takes the claims of the same
    quantity
    (``Relation.SAME``) as that claim, with one scope and, for flows, one period among the
    counted claims that state one: every two of its counted claims are comparable. An
    announced count of the same event joins even over another period: it is shown, not
    counted. The last value returned is the index's nodes by id, where a quantity's members
    are found.

    ``measured``: the partners of the ``SAME`` pairs ``check`` has measured, filled as it
    met them (`add_partner()`; a million claims: half a million pairs not kept in a list to
    be walked again here), then ``pairs`` holds only the others (a clique's stars, the
    pairs of other relations); the dict is filled further here. ``shown``: whether one of
    those measured pairs has an announced claim.
    """
    from discrepancy.compare import ClaimIndex, Node, Relation

    if index is None or pairs is None:
        index = ClaimIndex.build(claims, metrics, policy, places)
        pairs = chain(index.pairs(), index.clique_pairs())
    same: Partners = {} if measured is None else measured
    get = same.get
    one = Relation.SAME
    announced = StatusClass.ANNOUNCED
    listed = list(_same(pairs, one))
    # whether an announced claim has a partner (else none joins a quantity), found in C
    shown = (
        shown
        or any(map(is_, map(_status, map(_first, listed)), repeat(announced)))
        or any(map(is_, map(_status, map(_second, listed)), repeat(announced)))
    )
    for a, b, _relation in listed:  # the index's own nodes: every pair is made of them
        pair_up(same, a, b)
    nodes = index.nodes
    counts, first = _sources(nodes)
    found: list[Quantity] = []
    taken: set[str] = set()
    lone: tuple[Node, ...] = ()
    keyed = keys is not None
    put = keys.append if keys is not None else None
    verdict = verdicts.append if judge is not None and verdicts is not None else None
    for (metric, unit), members in index.groups.items():
        flow = index.kind(metric).compares_as_flow
        # each claim's partners looked up in C, by identity (no node is read); without
        # ``singles`` only the claims that have some reach Python code (about half, at a
        # million claims)
        looked = list(map(get, map(id, members)))
        paired = zip(members, looked, strict=True)
        for anchor, partners in paired if singles else compress(paired, looked):
            aid = anchor.id
            if partners is None:  # most claims: no partner
                if singles and aid not in taken:
                    taken.add(aid)
                    found.append((metric, flow, (aid,)))
                    if put is not None:
                        put(place(metric, (anchor,), (aid,)) if placed <= 1 else "")
                continue
            if aid in taken:
                continue
            if type(partners) is Node and get(id(partners)) is anchor:
                # most quantities at scale: two claims, each the other's only partner
                other = partners
                pid = other.id
                if _joins(anchor, other, flow) and pid not in taken:
                    taken.add(aid)
                    taken.add(pid)
                    found.append((metric, flow, (aid, pid)))
                    if verdict is not None and judged <= 2:
                        verdict(judge((anchor, other)))  # type: ignore[misc]
                    if keyed:  # `place()` of two claims, without its loop
                        sa, sb = anchor.claim.scope, other.claim.scope
                        ea, eb = anchor.end or 0, other.end or 0
                        put(  # type: ignore[misc]
                            flat(
                                metric,
                                (min(sa, sb) if sa and sb else sa or sb or ""),
                                ea if ea > eb else eb,
                                # the group's unit: every claim of it has that unit
                                estimate_id(metric, unit, (aid, pid) if aid < pid else (pid, aid)),
                            )
                        )
                    continue
            group = [anchor]
            scope = anchor.scope
            period = _counted_period(anchor) if flow else None  # only flows compare periods
            if type(partners) is Node:  # one partner, whose own are more (1M claims: 34,000)
                ordered: Sequence[Node] = (partners,)
            else:
                ordered = _ordered(partners)  # type: ignore[arg-type]
            for other in ordered:
                if other.id in taken or (scope is not None and other.scope not in (None, scope)):
                    continue
                if flow:
                    own = _counted_period(other)
                    if own is not None and period not in (None, own):
                        continue
                    period = period if period is not None else own
                scope = scope if scope is not None else other.scope
                group.append(other)
            if len(group) == 1:  # the anchor's partners all taken or not comparable
                ids = [aid]
                taken.add(aid)
            else:
                ids = [n.id for n in group]
                taken.update(ids)
            # an announced count set against any counted claim of the quantity is shown
            # with it, even where the anchor itself was not compared with it
            for member in group[1:] if shown and len(group) > 1 else ():
                theirs = get(id(member), lone)
                if type(theirs) is Node:
                    continue  # its one partner is the anchor, taken
                left = [n for n in _many(theirs) if n.id not in taken]
                for other in _ordered(left) if left else ():
                    if other.id in taken or other.status_class is not announced:
                        continue
                    if scope is None or other.scope in (None, scope):
                        ids.append(other.id)
                        taken.add(other.id)
                        group.append(other)  # for its place (the loop reads a copy)
            found.append((metric, flow, tuple(ids)))
            if put is None:
                pass
            elif len(ids) < placed:
                put("")  # a quantity the estimates drop (fewer claims than they need)
            elif len(group) == 2:  # `place()` of two claims, without its loop
                na, nb = group
                sa, sb = na.claim.scope, nb.claim.scope
                ea, eb = na.end or 0, nb.end or 0
                ia, ib = ids
                put(
                    flat(
                        metric,
                        (min(sa, sb) if sa and sb else sa or sb or ""),
                        ea if ea > eb else eb,
                        estimate_id(
                            metric, na.claim.quantity.unit, (ia, ib) if ia < ib else (ib, ia)
                        ),
                    )
                )
            else:
                put(place(metric, group, ids))
            if verdict is not None and len(ids) >= judged:
                verdict(judge(group))  # type: ignore[misc]
    return found, counts, first, nodes


_sha256 = hashlib.sha256


def estimate_id(metric: str, unit: str, claims: tuple[str, ...]) -> str:
    """An estimate's id: a hash of its quantity and its claims (sorted)."""
    return "e-" + _sha256("\x1f".join((metric, unit, *claims)).encode()).hexdigest()[:12]


def flat(metric: str, scope: str, day: int, eid: str) -> str:
    """``metric NUL scope NUL day id``, the day in seven digits (every day number has at
    most seven) and the id last (every id has one length): it sorts as the tuple of the
    four where neither metric nor scope holds a NUL."""
    return f"{metric}\x00{scope}\x00{day:07d}{eid}"


def order(metric: str, members: Sequence[Node], ids: Sequence[str]) -> tuple[str, str, int, str]:
    """A quantity's place among the estimates, before its estimate is built: by metric,
    scope (the least its claims state), last day (undated first) and id (the scope, period
    and id its estimate has); ``members``: the nodes of ``ids``, the first one first."""
    scope = None
    end = 0
    for m in members:
        said = m.claim.scope
        if said and (scope is None or said < scope):
            scope = said
        day = m.end
        if day is not None and day > end:
            end = day
    unit = members[0].claim.quantity.unit
    return (metric, scope or "", end, estimate_id(metric, unit, tuple(sorted(ids))))


def place(metric: str, members: Sequence[Node], ids: Sequence[str]) -> str:
    """`order()` as one string, `flat()`."""
    return flat(*order(metric, members, ids))


def _same(pairs: Iterable[Pair], one: Relation) -> Iterator[Pair]:
    """The pairs of one quantity: ``SAME``, then an announced count and another of the same
    event (`_pledge_of_event()`).

    The others (most, at scale: nested periods of one event) are set aside in C, without
    Python code per pair; the order does not matter (a claim's partners are sorted).
    """
    listed = pairs if isinstance(pairs, list) else list(pairs)
    relations = list(map(_relation, listed))
    yield from compress(listed, map(is_, relations, repeat(one)))
    others = list(compress(listed, map(is_not, relations, repeat(one))))
    # an announced count and another: their status classes differ
    mixed = map(is_not, map(_status, map(_first, others)), map(_status, map(_second, others)))
    for pair in compress(others, mixed):
        if _pledge_of_event(pair[0], pair[1]):
            yield pair


_relation = itemgetter(2)
_first = itemgetter(0)
_second = itemgetter(1)
_status = attrgetter("status_class")


def _sources(nodes: dict[str, Node]) -> tuple[Counter[str], dict[str, Claim]]:
    """Each source's claim count and first claim (in the order of ``nodes``).

    Counted by set of claimants in C, then per distinct set (claims that name the same
    claimants share one set, built once by the index): no Python code per claim.
    """
    listed = list(nodes.values())
    sets = list(map(_claimants, listed))
    counts: Counter[str] = Counter()
    for keys, n in Counter(sets).items():
        for key in keys:
            counts[key] += n
    first: dict[str, Claim] = {}
    at = 0
    for keys in dict.fromkeys(sets):  # each distinct set, in the order it first comes
        at = sets.index(keys, at)  # where it first comes: after the one before it
        for key in keys:
            if key not in first:
                first[key] = listed[at].claim
    return counts, first


def _joins(anchor: Node, other: Node, flow: bool) -> bool:
    """Whether ``other`` joins a quantity that has only ``anchor`` so far: a compatible
    scope and, for flows, the same counted period where both state one."""
    scope = anchor.scope
    if scope is not None and other.scope is not None and other.scope != scope:
        return False
    if flow:
        own = _counted_period(other)
        period = _counted_period(anchor)
        if own is not None and period is not None and period != own:
            return False
    return True


def _ordered(found: Sequence[Node]) -> list[Node]:
    """The claims ``found`` in the index's order (most claims have one partner, many two)."""
    if len(found) == 1:
        return [found[0]]
    if len(found) == 2:
        x, y = found
        ex, ey = x.end, y.end
        if ex is not None and ey is not None:  # dated, as most are: by date, then id
            first = ex < ey or (ex == ey and x.id < y.id)
        else:
            first = _in_order(x) < _in_order(y)
        return [x, y] if first else [y, x]
    return sorted(found, key=_in_order)


def _in_order(node: Node) -> tuple[bool, int, str]:
    """The index's order of a metric's claims: by date (undated last), then id."""
    return (node.end is None, node.end or 0, node.id)


def _counted_period(node: Node) -> tuple[int | None, int | None] | None:
    """The explicit period of a counted claim (announced ones are shown, whatever theirs)."""
    if node.status_class is StatusClass.ANNOUNCED or not node.explicit_period:
        return None
    return (node.start, node.end)


def _pledge_of_event(a: Node, b: Node) -> bool:
    """An announced count and another count of the same event, over nested periods.

    The announced one is shown with the quantity: it is what the estimate is checked against.
    """
    one_announced = (a.status_class is StatusClass.ANNOUNCED) != (
        b.status_class is StatusClass.ANNOUNCED
    )
    return one_announced and a.claim.event is not None and a.claim.event == b.claim.event
