"""Which claims describe the same quantity: grouping and sorted sweeps, never all pairs.

Two claims are comparable when they have the same metric and unit, compatible scopes and
compatible time:

* scopes: a scope the gazetteer resolves compares by place id, an unresolved one by its
  folded text, and a count outside a place ("Texas outside Kerr", "outside Kerr") by the
  place it leaves out; a place inside another is a part of it, never the same quantity. A claim
  with no scope compares with scoped claims, and with other dated claims with no scope,
  only when the scoped claims near it in time are all of one place, or none (among the
  claims of one event: all inside one place, which it then stands for; two unscoped
  claims of one event, or of no date, always compare): a claim with no place against
  claims for many places is not one quantity;
* stocks (and unknown metrics): dates at most ``window_days`` apart;
* flows and event counts with an ``event`` label: the same label. Their periods still
  matter: two explicit periods that differ must be nested, and then the count over the
  longer period may not be smaller (``NESTED``); partly overlapping periods are not compared;
  two single days are the event's toll at two days (``RUNNING`` for two claimants within
  ``window_days``, else ``NESTED``: `_pairing._event_days`);
* flows without a label: equal periods (``SAME``) or nested ones (``NESTED``), ending at most
  ``flow_horizon_days`` apart. A flow dated by a single day reads as cumulative up to it.
  A cumulative count with an open start ("so far") is nested only with another such count:
  it does not say since when, so it need not cover a closed period — except that an
  announced "so far" total is set against a confirmed count over a period ending within
  ``window_days`` of it (``COVERS``: announced_vs_confirmed with a period mismatch);
* two claimants' running totals of one flow ("so far", or since the same day) ending
  within ``window_days`` of each other are one toll (``RUNNING``), compared with the days
  between them;
* pledges (``pledged``, ``authorized``) are targets: set against what was carried out or
  confirmed for the same event (``PLEDGE``), never as counts over a period.

Claims with no date at all are compared only with each other. A part (``part_of``) of a
whole of the same metric is a slice of it (men and women of one release wave), compared
only with its whole by ``parts_exceed_whole``; a part of another metric, place or event
(14 homicides within 31 deaths; 62 dead in one town of a province) is a count of its own,
compared as any other.

The rules for one pair (the nodes, the relations, the sweeps) are in `_pairing`; this module
builds the nodes, groups them and finds the cliques.
"""

from __future__ import annotations

import bisect
import math
import operator
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

import attrs

from discrepancy._numbers import fold
from discrepancy._pairing import (
    Node,
    Pair,
    Places,
    Relation,
    all_pairs,
    labeled_pair,
    period_pair,
    scoped_pairs,
    sweep,
)
from discrepancy._rows import new_tuple
from discrepancy._windows import WINDOW_LIMIT, find_windows, window_pairs, window_stars
from discrepancy.claim import Claim, Status, StatusClass
from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.orgs import OrgRef
from discrepancy.places import outside_of
from discrepancy.policy import Policy
from discrepancy.quantity import Qualifier

__all__ = ["CLIQUE_LIMIT", "ClaimIndex", "Node", "Pair", "Places", "Relation"]

CLIQUE_LIMIT = 64
"""Above this many claims, a clique (see `_cliques()`) is not paired claim by claim."""

_PLEDGES = frozenset((Status.PLEDGED, Status.AUTHORIZED))


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


@attrs.define
class _Scopes:
    """Scope text → (comparison key, place id), each distinct text resolved once."""

    places: Places | None
    memo: dict[str, tuple[str, str | None]] = attrs.field(factory=dict)

    def __call__(self, text: str | None) -> tuple[str | None, str | None]:
        if not text:
            return None, None
        found = self.memo.get(text)
        if found is None:
            rest = outside_of(text)
            place = self.places.resolve(text) if self.places is not None and not rest else None
            if rest:  # "Texas outside Kerr" and "outside Kerr" count the same people
                found = (f"~outside {fold(rest)}", None)
            else:
                found = (place.id, place.id) if place is not None else (f"~{fold(text)}", None)
            self.memo[text] = found
        return found


def _node(
    claim: Claim,
    scopes: _Scopes,
    keys: dict[str, str],
    lists: dict[int, tuple[tuple[OrgRef, ...], frozenset[str]]],
) -> Node:
    text = claim.scope
    found = scopes.memo.get(text) if text else _NO_SCOPE
    scope, place = found if found is not None else scopes(text)
    as_of = claim.as_of
    period = as_of if as_of is not None else claim.period
    refs = claim.claimants
    if refs:  # each distinct list of claimants is keyed once (normalizing shares the tuples)
        known = lists.get(id(refs))
        if known is not None and known[0] is refs:
            claimants = known[1]
        else:
            claimants = claimant_keys(claim, keys)
            lists[id(refs)] = (refs, claimants)  # refs kept alive: its id stays its own
    else:
        claimants = claimant_keys(claim, keys)
    if period is None:
        start = end = None
    else:
        end = period.end.toordinal()
        first = period.start
        start = None if first is None else end if first is period.end else first.toordinal()
    status = claim.status
    return new_tuple(
        Node,
        (
            claim,
            claim.id,
            claim.quantity.interval,
            claimants,
            scope,
            place,
            period,
            start,
            end,
            as_of is not None and not claim.as_of_inferred,  # explicit_period
            status.status_class,
            status in _PLEDGES,  # pledge
        ),
    )


_NO_SCOPE: tuple[str | None, str | None] = (None, None)


def _scopes_fit(a: Node, b: Node) -> bool:
    return a.scope is None or b.scope is None or a.scope == b.scope


def is_slice(node: Node, nodes: dict[str, Node]) -> bool:
    """A part of a whole of its own metric, place and event: a slice of it (the women of
    one release wave), not a count of the metric. A part for another place or event (the
    dead of one town within a province's toll) is a count for that place or event."""
    whole = nodes.get(node.claim.part_of) if node.claim.part_of is not None else None
    return (
        whole is not None
        and whole.claim.metric == node.claim.metric
        and node.scope in (None, whole.scope)
        and node.claim.event in (None, whole.claim.event)
    )


@attrs.define
class ClaimIndex:
    """Claims grouped by metric and unit, each group sorted by date then id."""

    nodes: dict[str, Node]
    groups: dict[tuple[str, str], list[Node]]
    metrics: MetricRegistry
    policy: Policy
    places: Places | None = None
    cliques: list[list[Node]] = attrs.field(factory=list)
    in_clique: frozenset[str] = frozenset()
    windows: list[list[Node]] = attrs.field(factory=list)
    in_window: frozenset[str] = frozenset()

    @classmethod
    def build(
        cls,
        claims: Sequence[Claim],
        metrics: MetricRegistry,
        policy: Policy,
        places: Places | None = None,
    ) -> ClaimIndex:
        scopes = _Scopes(places)
        keys: dict[str, str] = {}
        lists: dict[int, tuple[tuple[OrgRef, ...], frozenset[str]]] = {}
        nodes = {claim.id: _node(claim, scopes, keys, lists) for claim in claims}
        groups: dict[tuple[str, str], list[Node]] = defaultdict(list)
        for node in nodes.values():
            if node.claim.part_of is None or not is_slice(node, nodes):
                groups[(node.claim.metric, node.claim.quantity.unit)].append(node)
        for members in groups.values():
            _by_end(members)
        cliques: list[list[Node]] = []
        windows: list[list[Node]] = []
        for (metric, _unit), members in sorted(groups.items()):
            flow = metrics.kind(metric).compares_as_flow
            days = policy.flow_horizon_days if flow else policy.window_days
            found = _cliques(members, days, CLIQUE_LIMIT, flow=flow)
            cliques += found
            if not flow:
                taken = frozenset(n.id for clique in found for n in clique)
                windows += find_windows(members, days, _plain, taken, WINDOW_LIMIT)
        return cls(
            nodes=nodes,
            groups=dict(sorted(groups.items())),
            metrics=metrics,
            policy=policy,
            places=places,
            cliques=cliques,
            in_clique=frozenset(n.id for clique in cliques for n in clique),
            windows=windows,
            in_window=frozenset(n.id for window in windows for n in window),
        )

    def kind(self, metric: str) -> MetricKind:
        return self.metrics.kind(metric)

    @property
    def sampled(self) -> frozenset[str]:
        """The claims whose conflicts with other claimants are not all listed (large
        cliques and window sets)."""
        return self.in_clique | self.in_window if self.in_window else self.in_clique

    def clique_pairs(self) -> Iterator[Pair]:
        """What `pairs()` leaves out of the large cliques and window sets, for readers of
        ``SAME`` quantities (estimates): in each clique, the claims of one period are one
        quantity, given as a star from the one with the smallest id (linear, not every
        pair); a window set's as `window_stars()` gives them."""
        for window in self.windows:
            yield from window_stars(window, self.policy.window_days)
        for clique in self.cliques:
            periods: dict[int | None, list[Node]] = defaultdict(list)
            for node in clique:
                periods[node.start].append(node)
            for nodes in periods.values():
                first, *others = sorted(nodes, key=lambda n: n.id)
                for other in others:
                    yield new_tuple(Pair, (first, other, Relation.SAME))

    def pairs(self) -> Iterator[Pair]:
        """Every comparable pair once, in a deterministic order."""
        for _metric, pairs in self.grouped_pairs():
            yield from pairs

    def grouped_pairs(self, *, lean: bool = False) -> Iterator[tuple[str, Iterator[Pair]]]:
        """`pairs()` group by group: each group's metric and its pairs, in the same order.

        ``lean``: leave out the pairs of a quiet event (`_quiet()`) that cannot conflict
        and that no detector reads again, for a caller that measures the pairs and applies
        no ``comparable`` hook (`Comparisons.measure()`, which skips such pairs unmeasured).
        """
        for (metric, _unit), members in self.groups.items():
            if self.kind(metric).compares_as_flow:
                yield metric, self._flow_pairs(members, lean)
            else:
                yield metric, self._stock_pairs(members)

    # -- stocks ---------------------------------------------------------------------------

    def _stock_pairs(self, members: list[Node]) -> Iterator[Pair]:
        dated = [n for n in members if n.end is not None and n.id not in self.in_clique]
        if self.in_window and any(n.id in self.in_window for n in dated):
            yield from window_pairs(dated, self.in_window, self.policy.window_days)
        else:
            for a, b in sweep(dated, self.policy.window_days):
                yield new_tuple(Pair, (a, b, Relation.SAME))
        yield from _linked_apart(dated, self.policy.window_days)
        yield from all_pairs([n for n in members if n.end is None], self.places)

    # -- flows ----------------------------------------------------------------------------

    def _flow_pairs(self, members: list[Node], lean: bool = False) -> Iterator[Pair]:
        window = self.policy.window_days
        by_event: dict[str, list[Node]] = defaultdict(list)
        unlabeled: list[Node] = []
        pledges: list[Node] = []
        for node in members:
            if node.claim.event is not None:
                by_event[node.claim.event].append(node)
            elif node.pledge and node.period is not None:
                pledges.append(node)
            else:
                unlabeled.append(node)
        given = False
        quiet: list[list[Node]] = []
        for event in sorted(by_event):
            nodes = by_event[event]
            if lean and _quiet(nodes):
                quiet.append(nodes)
                found: Iterator[Pair | None] = _same_start(nodes, window)
            else:
                found = (labeled_pair(a, b, window) for a, b in scoped_pairs(nodes, self.places))
            for pair in found:
                if pair is not None:
                    given = True
                    yield pair
        dated = [n for n in unlabeled if n.period is not None and n.id not in self.in_clique]
        for a, b in sweep(dated, self.policy.flow_horizon_days):
            pair = period_pair(a, b, window)
            if pair is not None:
                given = True
                yield pair
        for pair in _linked_apart(dated, self.policy.flow_horizon_days):
            given = True
            yield pair
        for pair in self._pledge_pairs(pledges, dated):
            given = True
            yield pair
        for pair in all_pairs([n for n in unlabeled if n.period is None], self.places):
            given = True
            yield pair
        if not given:
            # a pair left out of a quiet event still means the metric's claims met
            # (`Comparisons.paired`): give the first one, which is measured as nothing
            for nodes in quiet:
                for a, b in scoped_pairs(nodes, self.places):
                    pair = labeled_pair(a, b, window)
                    if pair is not None:
                        yield pair
                        return

    def _pledge_pairs(self, pledges: list[Node], counts: list[Node]) -> Iterator[Pair]:
        """Each pledge against each source's latest count of what was done after it.

        Two pledges are two targets, not rival counts: they are not compared.
        """
        window = self.policy.window_days
        done = [n for n in counts if n.status_class is not StatusClass.ANNOUNCED]
        ends = [n.end or 0 for n in done]
        for pledge in pledges:
            day = pledge.end or 0
            lo = bisect.bisect_left(ends, day - window)
            hi = bisect.bisect_right(ends, day + self.policy.pledge_horizon_days)
            latest: dict[frozenset[str], Node] = {}
            for node in done[lo:hi]:
                if node.scope is not None and pledge.scope not in (None, node.scope):
                    continue
                latest[node.claimants] = node  # sorted by end: the last one stays
            for key in sorted(latest, key=sorted):
                yield new_tuple(Pair, (pledge, latest[key], Relation.PLEDGE))


def _linked_apart(dated: list[Node], days: int) -> Iterator[Pair]:
    """A claim and the one it ``supersedes`` whose dates end more than ``days`` apart, where
    the sweep does not reach ("corrects the figure it published the year before"): the
    input says the newer one replaces the older, so the two meet, as a revision (never a
    conflict), when their scopes fit (the same, or one unknown). Claims years apart are
    otherwise never one quantity. Linear: one look-up per claim that supersedes another."""
    linked = [n for n in dated if n.claim.supersedes is not None]
    if not linked:
        return
    by_id = {n.id: n for n in dated}
    for node in linked:
        older = by_id.get(node.claim.supersedes or "")
        if older is None or abs((node.end or 0) - (older.end or 0)) <= days:
            continue  # not among these claims, or already met in the sweep
        if _scopes_fit(node, older):
            yield new_tuple(Pair, (older, node, Relation.SAME))


def _quiet(nodes: list[Node]) -> bool:
    """Whether every pair of one event's claims with different starts is left alone by
    `Comparisons.measure()`: no pair, or a ``NESTED`` one of two claims of one status class,
    neither a part nor a revision, whose intervals share a point, the inner count not
    saying "at most" (no conflict can come of it, and no detector reads it again).

    So it is when the claims share one scope, status class and an interior point of their
    intervals (the lowest high end above the highest low end), and each gives an explicit
    period, no pledge, part, revision or "at most". Then a pair is given only when its
    periods start on one day (or both are open) and end at most ``window`` days apart
    (`_same_start()`): two open or closed periods with different starts are nested or not
    compared (a ``COVERS`` pair needs two status classes); two with one start and ends
    farther apart are nested (not one toll: ``RUNNING`` needs close ends). Counts of one
    release wave day after day are mostly so: their pairs are then the few close ones.
    """
    first = nodes[0]
    scope, status = first.scope, first.status_class
    lowest_high, highest_low = math.inf, -math.inf
    at_most = Qualifier.AT_MOST
    last = -1  # the claims come by end day (a group's order): `_same_start()` reads it
    for node in nodes:
        claim = node.claim
        if (
            node.scope != scope
            or node.status_class is not status
            or node.end is None
            or node.end < last
            or node.pledge
            or not node.explicit_period
            or claim.part_of is not None
            or claim.supersedes is not None
            or claim.quantity.qualifier is at_most
        ):
            return False
        last = node.end
        interval = node.interval
        lowest_high = min(lowest_high, interval.high)
        highest_low = max(highest_low, interval.low)
    return lowest_high > highest_low


def _same_start(nodes: list[Node], window: int) -> Iterator[Pair | None]:
    """`labeled_pair()` of the pairs of a quiet event (`_quiet()`: one scope, so all pairs
    fit; by end day) whose periods start on one day and end at most ``window`` days apart,
    in the order `scoped_pairs()` gives them (by the later claim, then the earlier).

    Session 10: counts of single days are the event's toll at two days
    (`_pairing._event_days`): those ending within ``window`` days of each other are given
    too (two claimants' running totals may still conflict by a bound). Farther apart they are
    ``NESTED`` pairs of one status class whose intervals share a point: nothing to measure,
    so a daily feed of one event still gives only its close pairs."""
    earlier: dict[int | str | None, tuple[list[Node], list[int]]] = {}
    for node in nodes:
        end = node.end or 0
        key: int | str | None = (
            _ONE_DAY if node.start is not None and node.start == node.end else node.start
        )
        found = earlier.get(key)
        if found is None:
            found = earlier[key] = ([], [])
        before, ends = found
        for other in before[bisect.bisect_left(ends, end - window) :]:
            yield labeled_pair(other, node, window)
        before.append(node)
        ends.append(end)


_ONE_DAY = "one day"
"""The key `_same_start()` gives every count of a single day (session 10)."""
_ID = operator.itemgetter(Node._fields.index("id"))
_END = operator.itemgetter(Node._fields.index("end"))


def _by_end(members: list[Node]) -> None:
    """Sort a group by end day, then id; the undated last, by id.

    Two sorts on one field each (keys read in C; the first is linear on claims given in
    id order, as ``check`` gives them) instead of a key tuple built in Python per claim:
    the sort is stable, so the second keeps the first's order among equal days.
    """
    members.sort(key=_ID)
    undated = [n for n in members if n.end is None]
    if undated:
        members[:] = [n for n in members if n.end is not None]
    members.sort(key=_END)
    members += undated


def _plain(node: Node) -> bool:
    """A claim a clique may hold: a specific figure of one named claimant, no bound, no
    part, no revision, no pledge, no event label (see `_cliques()`)."""
    claim = node.claim
    qualifier = claim.quantity.qualifier
    return (
        len(node.claimants) == 1
        and not next(iter(node.claimants)).startswith("anonymous:")
        and claim.part_of is None
        and claim.supersedes is None
        and claim.event is None
        and not node.pledge
        and not qualifier.is_lower_bound
        and qualifier not in (Qualifier.AT_MOST, Qualifier.VAGUE)
    )


_SCOPE_END = operator.itemgetter(Node._fields.index("scope"), Node._fields.index("end"))


def _cliques(members: list[Node], days: int, limit: int, *, flow: bool) -> list[list[Node]]:
    """The large cliques of a group: more than ``limit`` claims that are pairwise
    comparable and that nothing else is compared with.

    A clique shares scope (never none) and end day, status class and publication date,
    holds only plain claims (`_plain()`), and no other claim of the group with a
    fitting scope (the same, or none) ends within ``days`` of it. A clique of stocks shares
    its period too: every pair is ``SAME``. A clique of flows may hold several closed
    periods ending that day (a fan): claims with one period are ``SAME``, the others
    ``NESTED``. No pair is a revision. The detectors find a clique's conflicts by sorting
    (`discrepancy.detectors._cliques`) instead of pairing its claims. ``members`` are
    sorted by end day.
    """
    if len(members) <= limit:
        return []
    # a clique shares scope and end day: most groups have no such bucket above the limit,
    # which counting (in C, no Python code per claim) shows before anything is built
    if max(Counter(map(_SCOPE_END, members)).values()) <= limit:
        return []
    by_key: dict[tuple[object, ...], list[Node]] = defaultdict(list)
    for node in members:
        if node.end is None or node.scope is None or (flow and node.start is None):
            continue
        key: tuple[object, ...] = (
            (node.scope, node.end) if flow else (node.scope, node.start, node.end)
        )
        by_key[key].append(node)
    big = [(key, nodes) for key, nodes in by_key.items() if len(nodes) > limit]
    if not big:
        return []
    ends = [n.end if n.end is not None else math.inf for n in members]
    found = []
    for key, nodes in big:
        first = nodes[0]
        end = first.end or 0
        near = members[bisect.bisect_left(ends, end - days) : bisect.bisect_right(ends, end + days)]
        alone = all(
            n.scope is not None and n.scope != first.scope
            for n in near
            if ((n.scope, n.end) if flow and n.start is not None else (n.scope, n.start, n.end))
            != key
        )
        if (
            alone
            and len({(n.status_class, n.claim.published) for n in nodes}) == 1
            and all(map(_plain, nodes))
            and _texts_apart(nodes)
        ):
            found.append(nodes)
    return found


def _texts_apart(nodes: list[Node]) -> bool:
    """No claimant gives two of these figures in one text (self_contradiction leaves such
    pairs out, which sorting by readings could not know)."""
    seen: set[tuple[frozenset[str], str]] = set()
    for node in nodes:
        evidence = node.claim.evidence
        if evidence is None:
            continue
        key = (node.claimants, evidence.doc)
        if key in seen:
            return False
        seen.add(key)
    return True
