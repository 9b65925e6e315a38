"""Which claims describe one quantity, for the estimates: the one module that reads compare.py.

``check`` compares claims pair by pair (``discrepancy.compare``); an estimate needs them in
quantities. This module turns the index and the pairs ``check`` has made into quantities,
so that a change to the comparison needs a change here only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple, Protocol

from discrepancy.claim import Claim, StatusClass
from discrepancy.metrics import MetricRegistry
from discrepancy.policy import Policy
from discrepancy.quantity import Interval

if TYPE_CHECKING:
    from discrepancy.compare import ClaimIndex, Node, Pair, Places

__all__ = ["Member", "Quantity", "quantities"]


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


_claimants = attrgetter("claimants")


class Quantity(NamedTuple):
    metric: str
    flow: bool
    members: Sequence[Member]


def quantities(
    claims: Sequence[Claim],
    metrics: MetricRegistry,
    policy: Policy,
    index: ClaimIndex | None = None,
    pairs: Iterable[Pair] | None = None,
    *,
    singles: bool = False,
    places: Places | None = None,
) -> tuple[list[Quantity], Counter[str], dict[str, Claim]]:
    """Comparable claims in quantities, and each source's claim count and first claim.

    With the helpers below, the only code that reads [`discrepancy.compare`][discrepancy.compare]
    (``Node``, ``Pair``, ``Relation``, ``ClaimIndex``): ``check`` passes its own index and pairs;
    otherwise they are built here (scopes put on ``places``). With ``singles``, a claim
    comparable with no other is a quantity of its own. A quantity starts at its earliest
    claim (the index orders each metric by date, then id) and takes the claims of the same
    quantity
    (``Relation.SAME``) as that claim, with one scope and, for flows, one period among the
    counted claims that state one: every two of its counted claims are comparable. An
    announced count of the same event joins even over another period: it is shown, not
    counted.
    """
    from discrepancy.compare import ClaimIndex, Relation

    if index is None or pairs is None:
        index = ClaimIndex.build(claims, metrics, policy, places)
        pairs = chain(index.pairs(), index.clique_pairs())
    same: dict[str, list[str]] = defaultdict(list)
    one = Relation.SAME
    for a, b, relation in pairs:
        if relation is one or (a.status_class is not b.status_class and _pledge_of_event(a, b)):
            same[a.id].append(b.id)
            same[b.id].append(a.id)
    nodes = index.nodes.values()
    counts: Counter[str] = Counter(chain.from_iterable(map(_claimants, nodes)))
    first: dict[str, Claim] = {}  # each source's first claim: found long before the end
    for n in nodes:
        for key in n.claimants:
            if key not in first:
                first[key] = n.claim
        if len(first) == len(counts):
            break
    found: list[Quantity] = []
    taken: set[str] = set()
    for (metric, _unit), members in index.groups.items():
        flow = index.kind(metric).compares_as_flow
        for anchor in members:
            aid = anchor.id
            if (aid not in same and not singles) or aid in taken:  # most claims: no partner
                continue
            group = [anchor]
            scope = anchor.scope
            period = _counted_period(anchor)
            for other in _partners(same[aid], index.nodes):
                if other.id in taken or (scope is not None and other.scope not in (None, scope)):
                    continue
                own = _counted_period(other)
                if flow and own is not None and period not in (None, own):
                    continue
                scope = scope if scope is not None else other.scope
                period = period if period is not None else own
                group.append(other)
            taken.update(n.id for n in group)
            # an announced count set against any counted claim of the quantity is shown
            # with it, even where the anchor itself was not compared with it
            for member in group[1:] if len(group) > 1 else ():
                left = [k for k in same[member.id] if k not in taken]
                for other in _partners(left, index.nodes) if left else ():
                    if other.id in taken or other.status_class is not StatusClass.ANNOUNCED:
                        continue
                    if scope is None or other.scope in (None, scope):
                        group.append(other)
                        taken.add(other.id)
            found.append(Quantity(metric=metric, flow=flow, members=group))
    return found, counts, first


def _partners(ids: list[str], nodes: dict[str, Node]) -> list[Node]:
    """The claims of ``ids`` in the index's order (most claims have one partner)."""
    if len(ids) == 1:
        return [nodes[ids[0]]]
    return sorted(map(nodes.__getitem__, ids), key=_in_order)


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
