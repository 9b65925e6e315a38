"""Which claims describe the same quantity: grouping and sorted sweeps, never all pairs.

Two claims are comparable when they have the same metric and unit, compatible scopes (equal,
or one unknown) and compatible time:

* stocks (and unknown metrics): dates at most ``window_days`` apart;
* flows and event counts with an ``event`` label: the same label. Their periods still
  matter: two explicit periods that differ must be nested, and then the count over the
  longer period may not be smaller (``NESTED``); partly overlapping periods are not compared;
* flows without a label: equal periods (``SAME``) or nested ones (``NESTED``), ending at most
  ``flow_horizon_days`` apart. A flow dated by a single day reads as cumulative up to it.
  A cumulative count with an open start ("so far") is nested only with another such count:
  it does not say since when, so it need not cover a closed period.

Claims with no date at all are compared only with each other. A claim that is part of a
whole (``part_of``) counts a sub-quantity and is compared only with its whole, by the
``parts_exceed_whole`` detector.
"""

from __future__ import annotations

import enum
from collections import defaultdict, deque
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from discrepancy._numbers import fold
from discrepancy.claim import Claim, Period, StatusClass
from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.orgs import OrgRef
from discrepancy.policy import Policy
from discrepancy.quantity import Interval

__all__ = ["ClaimIndex", "Node", "Pair", "Relation"]


class Relation(enum.Enum):
    SAME = "same"  # the same quantity: the intervals must share a point
    NESTED = "nested"  # ``a`` covers a longer period than ``b``: a ≥ b


class Node(NamedTuple):
    """A claim with what the sweeps need precomputed (``end``: the period's last day).

    A named tuple, not an attrs class: one is built per claim on every check, and a tuple
    is built several times faster than a frozen attrs instance.
    """

    claim: Claim
    id: str
    interval: Interval
    claimants: frozenset[str]
    scope: str | None
    period: Period | None
    start: int | None
    end: int | None
    explicit_period: bool
    status_class: StatusClass


class Pair(NamedTuple):
    a: Node
    b: Node
    relation: Relation


def _key(ref: OrgRef, memo: dict[str, str]) -> str:
    if ref.id is not None:
        return ref.id
    found = memo.get(ref.mention)
    if found is None:
        found = memo[ref.mention] = ref.key
    return found


def claimant_keys(claim: Claim, memo: dict[str, str] | None = None) -> frozenset[str]:
    """Who stands behind a claim, for "same claimant?" questions.

    The outlet when the claim is the outlet's own voice; an anonymous claimant of its own
    (distinct from every named one) when there is neither. ``memo`` caches the keys of
    unresolved mentions (a slug each).
    """
    memo = {} if memo is None else memo
    if claim.claimants:
        return frozenset([_key(ref, memo) for ref in claim.claimants])
    if claim.claimant_is_outlet and claim.outlet is not None:
        return frozenset((_key(claim.outlet, memo),))
    return frozenset((f"anonymous:{claim.id}",))


def _node(claim: Claim, scopes: dict[str, str], keys: dict[str, str]) -> Node:
    scope = None
    if claim.scope:
        scope = scopes.get(claim.scope)
        if scope is None:
            scope = scopes[claim.scope] = fold(claim.scope)
    period = claim.period
    return Node(
        claim=claim,
        id=claim.id,
        interval=claim.quantity.interval,
        claimants=claimant_keys(claim, keys),
        scope=scope,
        period=period,
        start=period.start.toordinal() if period is not None and period.start else None,
        end=period.end.toordinal() if period is not None else None,
        explicit_period=claim.as_of is not None and not claim.as_of_inferred,
        status_class=claim.status.status_class,
    )


def _scopes_fit(a: Node, b: Node) -> bool:
    return a.scope is None or b.scope is None or a.scope == b.scope


@attrs.define
class ClaimIndex:
    """Claims grouped by metric and unit, each group sorted by date then id."""

    nodes: dict[str, Node]
    groups: dict[tuple[str, str], list[Node]]
    metrics: MetricRegistry
    policy: Policy

    @classmethod
    def build(cls, claims: Sequence[Claim], metrics: MetricRegistry, policy: Policy) -> ClaimIndex:
        scopes: dict[str, str] = {}
        keys: dict[str, str] = {}
        nodes = {claim.id: _node(claim, scopes, keys) for claim in claims}
        groups: dict[tuple[str, str], list[Node]] = defaultdict(list)
        for node in nodes.values():
            if node.claim.part_of is None:  # parts are sub-quantities: see parts_exceed_whole
                groups[(node.claim.metric, node.claim.quantity.unit)].append(node)
        for members in groups.values():
            members.sort(key=lambda n: (n.end is None, n.end or 0, n.id))
        return cls(nodes=nodes, groups=dict(sorted(groups.items())), metrics=metrics, policy=policy)

    def kind(self, metric: str) -> MetricKind:
        return self.metrics.kind(metric)

    def pairs(self) -> Iterator[Pair]:
        """Every comparable pair once, in a deterministic order."""
        for (metric, _unit), members in self.groups.items():
            kind = self.kind(metric)
            if kind in (MetricKind.FLOW, MetricKind.EVENT_COUNT):
                yield from self._flow_pairs(members)
            else:
                yield from self._stock_pairs(members)

    # -- stocks ---------------------------------------------------------------------------

    def _stock_pairs(self, members: list[Node]) -> Iterator[Pair]:
        dated = [n for n in members if n.end is not None]
        for a, b in _sweep(dated, self.policy.window_days):
            yield Pair(a, b, Relation.SAME)
        yield from _all_pairs([n for n in members if n.end is None])

    # -- flows ----------------------------------------------------------------------------

    def _flow_pairs(self, members: list[Node]) -> Iterator[Pair]:
        by_event: dict[str, list[Node]] = defaultdict(list)
        unlabeled: list[Node] = []
        for node in members:
            if node.claim.event is not None:
                by_event[node.claim.event].append(node)
            else:
                unlabeled.append(node)
        for event in sorted(by_event):
            bucket = by_event[event]
            for i, b in enumerate(bucket):
                for a in bucket[:i]:
                    pair = _labeled_pair(a, b)
                    if pair is not None:
                        yield pair
        dated = [n for n in unlabeled if n.period is not None]
        for a, b in _sweep(dated, self.policy.flow_horizon_days):
            pair = _period_pair(a, b)
            if pair is not None:
                yield pair
        yield from _all_pairs([n for n in unlabeled if n.period is None])


def _sweep(nodes: list[Node], days: int) -> Iterator[tuple[Node, Node]]:
    """Pairs of nodes (sorted by end date) ending at most ``days`` apart, with fitting scopes.

    One pass: a node with a scope meets the recent nodes of its own scope and the recent
    unscoped ones; an unscoped node meets every recent node. Work is proportional to the
    pairs produced, never to all pairs of the group.
    """
    recent_all: deque[Node] = deque()
    recent_unscoped: deque[Node] = deque()
    recent_by_scope: dict[str, deque[Node]] = defaultdict(deque)
    for node in nodes:
        horizon = (node.end or 0) - days
        _expire(recent_all, horizon)
        _expire(recent_unscoped, horizon)
        if node.scope is None:
            for other in recent_all:
                yield other, node
            recent_unscoped.append(node)
        else:
            own = recent_by_scope[node.scope]
            _expire(own, horizon)
            for other in own:
                yield other, node
            for other in recent_unscoped:
                yield other, node
            own.append(node)
        recent_all.append(node)


def _expire(recent: deque[Node], horizon: int) -> None:
    while recent and (recent[0].end or 0) < horizon:
        recent.popleft()


def _all_pairs(nodes: list[Node]) -> Iterator[Pair]:
    for i, b in enumerate(nodes):
        for a in nodes[:i]:
            if _scopes_fit(a, b):
                yield Pair(a, b, Relation.SAME)


def _period_pair(a: Node, b: Node) -> Pair | None:
    """Equal periods: the same quantity; nested: monotone; otherwise not comparable.

    Works on day numbers (``start`` is ``None`` for an open start, ``end`` the last day).
    """
    if a.end is None or b.end is None or not _scopes_fit(a, b):
        return None
    if a.start == b.start and a.end == b.end:
        return Pair(a, b, Relation.SAME)
    if (a.start is None) != (b.start is None):
        # "1,200 so far" does not say since when: it need not cover a closed period
        return None
    a_from = -1 if a.start is None else a.start
    b_from = -1 if b.start is None else b.start
    if a_from <= b_from and b.end <= a.end:
        return Pair(a, b, Relation.NESTED)
    if b_from <= a_from and a.end <= b.end:
        return Pair(b, a, Relation.NESTED)
    return None


def _labeled_pair(a: Node, b: Node) -> Pair | None:
    """Same event label: one quantity, unless both give different explicit periods."""
    if not _scopes_fit(a, b):
        return None
    if a.explicit_period and b.explicit_period and (a.start, a.end) != (b.start, b.end):
        return _period_pair(a, b)
    return Pair(a, b, Relation.SAME)


def announced_confirmed(pair: Pair) -> tuple[Node, Node] | None:
    """(announced, confirmed) when the pair is one announced-class and one confirmed-class claim."""
    classes = (pair.a.status_class, pair.b.status_class)
    if classes == (StatusClass.ANNOUNCED, StatusClass.CONFIRMED):
        return pair.a, pair.b
    if classes == (StatusClass.CONFIRMED, StatusClass.ANNOUNCED):
        return pair.b, pair.a
    return None
