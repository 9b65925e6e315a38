"""How two claims of one comparison group pair up: the nodes, the relations, the sweeps.

[`compare`][discrepancy.compare] groups claims by metric and unit; this module holds what it
builds per claim (`Node`) and the rules for one pair of a group: dates ending within a
window, scopes that fit (an unscoped claim may stand for the one place of the claims near
it), and how two periods or two event-labelled claims relate (`Relation`).
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from typing import NamedTuple, Protocol

from discrepancy._rows import new_tuple
from discrepancy.claim import Claim, Period, StatusClass
from discrepancy.quantity import Interval

__all__ = [
    "Node",
    "Pair",
    "Places",
    "Relation",
    "all_pairs",
    "event_days",
    "fits_scope",
    "labeled_pair",
    "period_pair",
    "scoped_pairs",
    "stands_for",
    "sweep",
]


class Places(Protocol):
    """What the comparison needs of a gazetteer (`discrepancy.places.Gazetteer`)."""

    def resolve(self, text: str, *, country: str | None = None) -> _Place | None: ...

    def ancestors(self, place_id: str) -> tuple[str, ...]: ...

    def get(self, place_id: str) -> _Place | None: ...


class _Place(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def kind(self) -> str: ...


class Relation(enum.Enum):
    SAME = "same"  # the same quantity: the intervals must share a point
    NESTED = "nested"  # ``a`` covers a longer period than ``b``: a ≥ b
    RUNNING = "running"  # two claimants' running totals a few days apart: one toll
    COVERS = "covers"  # an announced "so far" total ``a`` and a confirmed sub-period ``b``
    PLEDGE = "pledge"  # a pledge ``a`` and a count of what was carried out ``b``


class Node(NamedTuple):
    """A claim with what the sweeps need precomputed (``end``: the period's last day).

    ``scope`` is the comparison key of the place (a place id, or ``~`` and the folded
    text of a scope the gazetteer does not know); ``place`` the resolved place id.
    A named tuple, not an attrs class: one is built per claim on every check, and a tuple
    is built several times faster than a frozen attrs instance.
    """

    claim: Claim
    id: str
    interval: Interval
    claimants: frozenset[str]
    scope: str | None
    place: str | None
    period: Period | None
    start: int | None
    end: int | None
    explicit_period: bool
    status_class: StatusClass
    pledge: bool


class Pair(NamedTuple):
    a: Node
    b: Node
    relation: Relation


def fits_scope(a: Node, b: Node, stands: dict[str, str]) -> bool:
    """Same scope, or an unscoped claim that stands for the other's place (`stands_for`)."""
    if a.scope is None and b.scope is not None:
        return stands.get(a.id) == b.scope
    if b.scope is None and a.scope is not None:
        return stands.get(b.id) == a.scope
    return a.scope == b.scope


def stands_for(nodes: list[Node], places: Places | None) -> dict[str, str]:
    """The place each unscoped claim of one event (or of no date) may stand for.

    The outermost place of the others' when they all lie in it (a national count beside
    counts for its regions: the unscoped claim is read as national); none when they name
    several places that are not inside one another.
    """
    unscoped = [n for n in nodes if n.scope is None]
    scopes = {n.scope for n in nodes if n.scope is not None}
    if not unscoped or not scopes:
        return {}
    if len(scopes) > 1 and places is not None:
        inside = {n.scope for n in nodes if n.place is not None and n.scope in scopes}
        scopes = {
            s for s in scopes if not (s in inside and scopes.intersection(places.ancestors(s)))
        }
    if len(scopes) != 1:
        return {}
    (root,) = scopes
    return dict.fromkeys((n.id for n in unscoped), root)


def _placeable(nodes: list[Node], days: int) -> set[str]:
    """The unscoped nodes that may stand for a place: the scoped nodes near them in time
    (ends at most ``days`` apart) are all of one place.

    Two pointers over nodes sorted by end: linear.
    """
    unscoped = [n for n in nodes if n.scope is None]
    if not unscoped:
        return set()
    scoped = [n for n in nodes if n.scope is not None]
    found: set[str] = set()
    inside: Counter[str] = Counter()
    lo = hi = 0
    for node in unscoped:
        end = node.end or 0
        while hi < len(scoped) and (scoped[hi].end or 0) <= end + days:
            inside[scoped[hi].scope or ""] += 1
            hi += 1
        while lo < hi and (scoped[lo].end or 0) < end - days:
            key = scoped[lo].scope or ""
            inside[key] -= 1
            if not inside[key]:
                del inside[key]
            lo += 1
        if len(inside) <= 1:
            found.add(node.id)
    return found


def sweep(nodes: list[Node], days: int) -> Iterator[tuple[Node, Node]]:
    """Pairs of nodes (sorted by end date) ending at most ``days`` apart, with fitting scopes.

    One pass: a node with a scope meets the recent nodes of its own scope and the recent
    unscoped ones that may stand for a place (`_placeable()`); an unscoped node that may
    stand for a place meets every recent node that is scoped or may stand for a place too;
    an unscoped node that may not meets nothing. Work is proportional to the pairs
    produced, never to all pairs of the group.

    An unscoped claim among claims for several places could be a count for any of them,
    and so could every other such claim: two of them are not known to be one quantity (a
    feed of regional counts with the place column left blank would otherwise set every
    region against every other, and each blank claim against all the others of its days).
    """
    placeable = _placeable(nodes, days)
    recent_placed: deque[Node] = deque()  # scoped, or unscoped and placeable
    recent_placeable: deque[Node] = deque()
    recent_by_scope: dict[str, deque[Node]] = defaultdict(deque)
    for node in nodes:
        horizon = (node.end or 0) - days
        # the queues expire inline (a call per queue and node was a sixth of the sweep)
        while recent_placed and (recent_placed[0].end or 0) < horizon:
            recent_placed.popleft()
        while recent_placeable and (recent_placeable[0].end or 0) < horizon:
            recent_placeable.popleft()
        if node.scope is None:
            if node.id not in placeable:
                continue
            for other in recent_placed:
                yield other, node
            recent_placeable.append(node)
        else:
            own = recent_by_scope[node.scope]
            while own and (own[0].end or 0) < horizon:
                own.popleft()
            for other in own:
                yield other, node
            for other in recent_placeable:
                yield other, node
            own.append(node)
        recent_placed.append(node)


def scoped_pairs(nodes: list[Node], places: Places | None) -> Iterator[tuple[Node, Node]]:
    """The pairs of ``nodes`` with fitting scopes (`fits_scope()`), in the order of looking
    at every pair (by the later node, then the earlier), without looking at every pair.

    Nodes are bucketed by scope: a pair is two nodes of one bucket (both unscoped among
    them), or an unscoped node that stands for a place and a node of that place. Work is
    linear in the nodes plus the pairs (their order is restored by one sort of the pairs).
    """
    stands = stands_for(nodes, places)
    by_scope: dict[str | None, list[int]] = defaultdict(list)
    for k, node in enumerate(nodes):
        by_scope[node.scope].append(k)
    found: list[tuple[int, int]] = []
    for members in by_scope.values():
        found += [(j, i) for n, j in enumerate(members) for i in members[:n]]
    for u in by_scope.get(None, ()) if stands else ():
        root = stands.get(nodes[u].id)
        for k in by_scope.get(root, ()) if root is not None else ():
            found.append((u, k) if k < u else (k, u))
    found.sort()
    for j, i in found:
        yield nodes[i], nodes[j]


def all_pairs(nodes: list[Node], places: Places | None) -> Iterator[Pair]:
    for a, b in scoped_pairs(nodes, places):
        yield new_tuple(Pair, (a, b, Relation.SAME))


def period_pair(a: Node, b: Node, window: int) -> Pair | None:
    """Equal periods: the same quantity; nested: monotone; otherwise not comparable.

    Works on day numbers (``start`` is ``None`` for an open start, ``end`` the last day).
    Two claimants' running totals ending within ``window`` days are one toll
    (``RUNNING``); an announced "so far" total meets a confirmed count over a period
    ending within ``window`` days of it (``COVERS``).
    """
    if a.end is None or b.end is None:
        return None
    if a.start == b.start and a.end == b.end:
        return new_tuple(Pair, (a, b, Relation.SAME))
    close = abs(a.end - b.end) <= window
    if (a.start is None) != (b.start is None):
        # "1,200 so far" does not say since when: it need not cover a closed period
        total, part = (a, b) if a.start is None else (b, a)
        announced = total.status_class is StatusClass.ANNOUNCED
        if close and announced and part.status_class is StatusClass.CONFIRMED:
            return new_tuple(Pair, (total, part, Relation.COVERS))
        return None
    if _running(a, b) and close:
        return new_tuple(Pair, (a, b, Relation.RUNNING))  # two tolls since one day (or "so far")
    a_from = -1 if a.start is None else a.start
    b_from = -1 if b.start is None else b.start
    if a_from <= b_from and b.end <= a.end:
        return new_tuple(Pair, (a, b, Relation.NESTED))
    if b_from <= a_from and a.end <= b.end:
        return new_tuple(Pair, (b, a, Relation.NESTED))
    return None


def _running(a: Node, b: Node) -> bool:
    """Two claimants' running totals of one toll: "so far", or since one day (not a count
    of that day alone). An announcement is not a running total: announced_vs_confirmed
    reads it."""
    return (
        a.start == b.start
        and a.claimants.isdisjoint(b.claimants)
        and (a.start is None or (a.start != a.end and b.start != b.end))
        and StatusClass.ANNOUNCED not in (a.status_class, b.status_class)
    )


def labeled_pair(a: Node, b: Node, window: int) -> Pair | None:
    """Same event label: one quantity, unless both give different explicit periods.

    A pledge and a count of what was done for the event are target and outcome
    (``PLEDGE``), whatever their dates.
    """
    if a.pledge and b.pledge:
        return None  # two targets (10,000 by December, 25,000 by February): not rivals
    if a.pledge != b.pledge:
        pledge, other = (a, b) if a.pledge else (b, a)
        if other.status_class is not StatusClass.ANNOUNCED:
            return new_tuple(Pair, (pledge, other, Relation.PLEDGE))
        if pledge.claimants.isdisjoint(other.claimants):
            return None  # a target and another's announcement: neither is a count of it
        return new_tuple(Pair, (a, b, Relation.SAME))
    if a.explicit_period and b.explicit_period and (a.start, a.end) != (b.start, b.end):
        if a.start == a.end and b.start == b.end:
            return _event_days(a, b, window)
        return period_pair(a, b, window)
    return new_tuple(Pair, (a, b, Relation.SAME))


def _event_days(a: Node, b: Node, window: int) -> Pair:
    """Two counts of one event, each dated by a single day, different days ("the toll of
    the Orsk mudslide: 10 on Sunday, 15 on Tuesday"): a flow dated by one day reads as
    cumulative up to it, so they are the event's toll at two days. Two claimants' counts
    within ``window`` days are running totals (``RUNNING``: compared, the days between them
    stated); otherwise the later may not be smaller (``NESTED``), and one claimant's later
    count replaces its earlier one (a revision)."""
    later, earlier = (a, b) if (a.end or 0) > (b.end or 0) else (b, a)
    if (
        abs((a.end or 0) - (b.end or 0)) <= window
        and a.claimants.isdisjoint(b.claimants)
        and StatusClass.ANNOUNCED not in (a.status_class, b.status_class)
    ):
        return new_tuple(Pair, (a, b, Relation.RUNNING))
    return new_tuple(Pair, (later, earlier, Relation.NESTED))


def event_days(a: Node, b: Node) -> bool:
    """Whether two claims are counts of one event dated by two different single days
    (`_event_days`): a claimant's later one replaces its earlier one."""
    event = a.claim.event
    return (
        event is not None
        and event == b.claim.event
        and a.explicit_period
        and b.explicit_period
        and a.start == a.end
        and b.start == b.end
        and a.end != b.end
    )
