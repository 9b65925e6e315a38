"""Building one quantity's estimate: its votes, consensus and record.

[`discrepancy.estimate`][discrepancy.estimate] computes the quantities and the sources'
weights, and imports what is here; see it for what an estimate says.
`discrepancy._estimate_lazy` orders the estimates of a run and builds each one here when
it is read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from discrepancy._consensus import central_value, common, common2, hull, max_overlap
from discrepancy._estimate_values import Estimate, Exclusion, Floor, LeftOut, Vote
from discrepancy._quantities import Member
from discrepancy._rows import builder
from discrepancy.claim import Period, StatusClass
from discrepancy.metrics import MetricRegistry
from discrepancy.quantity import Interval
from discrepancy.wording.estimates import both, words

if TYPE_CHECKING:
    from discrepancy.compare import Node

__all__: list[str] = []


# --- one quantity ----------------------------------------------------------------------------


def _blocks(counted: Sequence[Member]) -> list[tuple[tuple[str, ...], list[Member]]]:
    """Claims grouped by source: claimants that co-sign a claim are one source."""
    if all(len(m.claimants) == 1 for m in counted):  # the common case: nobody co-signs
        single: dict[str, list[Member]] = defaultdict(list)
        for m in counted:
            single[next(iter(m.claimants))].append(m)
        return [((key,), sorted(ms, key=lambda m: m.id)) for key, ms in sorted(single.items())]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in counted:
        signers = sorted(m.claimants)
        for k in signers[1:]:
            ra, rb = find(signers[0]), find(k)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    by_root: dict[str, list[Member]] = defaultdict(list)
    for m in counted:
        by_root[find(min(m.claimants))].append(m)
    out = []
    for members in by_root.values():
        keys = tuple(sorted({k for m in members for k in m.claimants}))
        out.append((keys, sorted(members, key=lambda m: m.id)))
    return sorted(out)


def _floor(counted: Sequence[Member]) -> Floor | None:
    best: Member | None = None
    for m in counted:
        if m.status_class is not StatusClass.CONFIRMED or m.interval.low <= 0:
            continue
        if best is None or (m.interval.low, m.interval.low_open, best.id) > (
            best.interval.low,
            best.interval.low_open,
            m.id,
        ):
            best = m
    if best is None:
        return None
    return Floor(value=best.interval.low, open=best.interval.low_open, claim=best.id)


class _Draft(NamedTuple):
    """A quantity after the unweighted pass: its votes and consensus, before weights."""

    blocks: list[tuple[tuple[str, ...], list[Member]]]
    intervals: list[Interval]
    consistent: Interval | None
    agree: int
    floor: Floor | None
    left_out: tuple[LeftOut, ...]


def _agreeing(
    members: Sequence[Member], superseded: dict[str, str]
) -> tuple[list[str], list[Member], Interval] | None:
    """The common case: every claim counted, each from its own single source, and all of
    them sharing a point; then the sources in order, their claims, and what all share.
    ``None`` where it does not apply."""
    by_key: dict[str, Member] = {}
    announced = StatusClass.ANNOUNCED
    for m in members:
        if m.id in superseded or m.status_class is announced or len(m.claimants) != 1:
            return None
        (key,) = m.claimants
        if key in by_key:
            return None
        by_key[key] = m
    keys = sorted(by_key)
    ordered = [by_key[k] for k in keys]
    shared = common([m.interval for m in ordered])
    return None if shared is None else (keys, ordered, shared)


def _agreeing_keys(
    ids: Sequence[str], nodes: dict[str, Node], superseded: dict[str, str]
) -> tuple[str, ...] | None:
    """`_agreeing()`'s sources, in no particular order (what the sources' tallies need),
    without sorting them or keeping their claims: ``None`` where it does not apply."""
    return _agreeing_sources([nodes[k] for k in ids], superseded)


def _agreeing_sources(
    members: Sequence[Member], superseded: dict[str, str]
) -> tuple[str, ...] | None:
    """`_agreeing_keys()` of the claims ``members`` themselves (the grouping calls it where
    it has just read them); a tuple of strings, which the cycle collector does not track."""
    keys: list[str] = []
    shared: Interval | None = None
    announced = StatusClass.ANNOUNCED
    for m in members:
        if m.id in superseded or m.status_class is announced or len(m.claimants) != 1:
            return None
        (key,) = m.claimants
        keys.append(key)
        # what all share, in the order of ``ids``: a point shared by all, in any order
        shared = m.interval if shared is None else common2(shared, m.interval)
        if shared is None:
            return None
    return tuple(keys) if len(set(keys)) == len(keys) else None


def _small(members: Sequence[Member], superseded: dict[str, str]) -> _Draft | None:
    """The draft of `_agreeing()`'s common case, directly; ``None`` where it does not apply
    (`_draft()` then).

    Gives exactly what the general path gives: one vote per claim, in the order of their
    sources; the consistent interval is what they all share, agreed by all.
    """
    found = _agreeing(members, superseded)
    if found is None:
        return None
    keys, ordered, shared = found
    blocks: list[tuple[tuple[str, ...], list[Member]]] = [
        ((k,), [m]) for k, m in zip(keys, ordered, strict=True)
    ]
    intervals = [m.interval for m in ordered]
    return _Draft(blocks, intervals, shared, len(intervals), _floor(ordered), ())


def _draft(members: Sequence[Member], superseded: dict[str, str], *, fast: bool = True) -> _Draft:
    if fast:
        small = _small(members, superseded)
        if small is not None:
            return small
    counted: list[Member] = []
    left: list[LeftOut] = []
    for m in sorted(members, key=lambda m: m.id):
        if m.id in superseded:
            left.append(LeftOut(claim=m.id, reason=Exclusion.SUPERSEDED, by=superseded[m.id]))
        elif m.status_class is StatusClass.ANNOUNCED:
            left.append(LeftOut(claim=m.id, reason=Exclusion.ANNOUNCED))
        else:
            counted.append(m)
    blocks = _blocks(counted)
    intervals = []
    for _keys, block in blocks:
        ivs = [m.interval for m in block]
        intervals.append(common(ivs) or hull(ivs))
    consistent, agree = max_overlap(intervals)
    if consistent is not None and 2 * agree < len(intervals):
        consistent = None  # fewer than half share a point: no majority
    return _Draft(blocks, intervals, consistent, agree, _floor(counted), tuple(left))


def _round(x: float) -> float:
    r = round(x, 6)
    return float(int(r)) if r == int(r) else r


T = TypeVar("T")
_VOTE_FIELDS = ("claimants", "claims", "interval", "weight", "agrees")
_ESTIMATE_FIELDS = (
    "id", "metric", "unit", "scope", "event", "period", "claims", "floor", "consistent",
    "agree", "independent", "central", "votes", "left_out", "summary",
)  # fmt: skip
# Votes and estimates straight into their slots (`discrepancy._rows`): a million claims
# make some 200,000 estimates and half a million votes, of values computed here.


def _by_name(cls: Callable[..., T], names: tuple[str, ...]) -> Callable[..., T]:
    """The constructor, by field name (where `builder()` declines)."""

    def build(*values: Any) -> T:
        return cls(**dict(zip(names, values, strict=True)))

    return build


_vote = builder(Vote, _VOTE_FIELDS) or _by_name(Vote, _VOTE_FIELDS)
# a span of valid periods (from the earliest start to the latest end) is valid
_period = builder(Period, ("start", "end")) or _by_name(Period, ("start", "end"))
_estimate_of = builder(Estimate, _ESTIMATE_FIELDS) or _by_name(Estimate, _ESTIMATE_FIELDS)


class _Context:
    """What every estimate of one run reads: the sources' weights and the shared values."""

    __slots__ = ("keyed", "labels", "metrics", "per", "shown", "weight_of")

    def __init__(self, weight_of: dict[str, float], metrics: MetricRegistry) -> None:
        self.weight_of = weight_of
        self.metrics = metrics
        # a vote shows its weight to three decimals: each source's, rounded once
        self.shown = {key: round(w, 3) for key, w in weight_of.items()}
        # one ``(key,)`` per source, shared by its votes
        self.keyed: dict[str, tuple[str, ...]] = {key: (key,) for key in weight_of}
        # the three at once (one look-up per vote): ``(key,)``, the shown weight, the weight
        self.per: dict[str, tuple[tuple[str, ...], float, float]] = {
            key: (self.keyed[key], self.shown[key], w) for key, w in weight_of.items()
        }
        self.labels: dict[str, str] = {}  # each metric's label, looked up once

    def key(self, key: str) -> tuple[str, ...]:
        found = self.keyed.get(key)
        if found is None:
            found = self.keyed[key] = (key,)
        return found

    def label(self, metric: str) -> str:
        found = self.labels.get(metric)
        if found is None:
            found = self.labels[metric] = self.metrics.label(metric)
        return found


def _finish(
    d: _Draft,
    metric: str,
    flow: bool,
    members: Sequence[Member],
    ctx: _Context,
    eid: str,
) -> Estimate:
    get = ctx.weight_of.get
    raw = [
        get(keys[0], 1.0) if len(keys) == 1 else sum(get(k, 1.0) for k in keys) / len(keys)
        for keys, _ in d.blocks
    ]
    consistent = d.consistent
    independent = len(d.intervals)
    everyone = consistent is not None and d.agree == independent and all(raw)
    if everyone and consistent is not None:  # all share it: its middle is as near as any
        central = (consistent.low + consistent.high) / 2 if consistent.bounded else None
    else:
        central = central_value(list(zip(d.intervals, raw, strict=True)))
    if central is not None and d.floor is not None:
        central = max(central, d.floor.value)
    votes = tuple(
        [
            Vote(
                claimants=keys,
                claims=(block[0].id,) if len(block) == 1 else tuple(m.id for m in block),
                interval=iv,
                weight=round(w, 3),
                agrees=everyone or (consistent is not None and iv.overlaps(consistent)),
            )
            for (keys, block), iv, w in zip(d.blocks, d.intervals, raw, strict=True)
        ]
    )
    agree = d.agree if independent else 0
    return _record(
        metric, flow, members, d.floor, consistent, agree, independent, central, votes,
        d.left_out, ctx, eid,
    )  # fmt: skip


def _record(
    metric: str,
    flow: bool,
    members: Sequence[Member],
    floor: Floor | None,
    consistent: Interval | None,
    agree: int,
    independent: int,
    central: float | None,
    votes: tuple[Vote, ...],
    left_out: tuple[LeftOut, ...],
    ctx: _Context,
    eid: str,
) -> Estimate:
    """The estimate of a quantity from what its votes say: its description and sentence
    (``eid``: its id, worked out for the order of the estimates)."""
    scope = event = None  # the least of those stated (one pass: most quantities are small)
    floor_claim = None  # the sentence reads only the claim that sets the floor
    wanted = None if floor is None else floor.claim
    if len(members) == 2:  # most quantities: no lists
        a, b = members
        ca, cb, ia, ib = a.claim, b.claim, a.id, b.id
        sa, sb, ea, eb = ca.scope, cb.scope, ca.event, cb.event
        scope = min(sa, sb) if sa and sb else sa or sb or None
        event = min(ea, eb) if ea and eb else ea or eb or None
        floor_claim = ca if ia == wanted else cb if ib == wanted else None
        claims: tuple[str, ...] = (ia, ib) if ia < ib else (ib, ia)
        unit = ca.quantity.unit
        period = _span2(a.period, b.period)
    else:
        ids = []
        periods = []
        for m in members:
            said = m.claim
            if said.scope and (scope is None or said.scope < scope):
                scope = said.scope
            if said.event and (event is None or said.event < event):
                event = said.event
            if m.id == wanted:
                floor_claim = said
            ids.append(m.id)
            periods.append(m.period)
        ids.sort()
        claims = tuple(ids)
        unit = members[0].claim.quantity.unit
        period = _span(periods)
    shown = None if central is None else _round(central)
    if floor is None and not left_out and consistent is not None and agree == independent > 1:
        text = both(ctx.label(metric), unit, scope, event, period, consistent, shown, flow, agree)
    else:
        text = words(
            ctx.label(metric), unit, scope, event, period, floor, floor_claim, consistent,
            agree, independent, shown, votes, left_out, flow,
        )  # fmt: skip
    return _estimate_of(
        eid, metric, unit, scope, event, period, claims, floor, consistent,
        agree, independent, shown, votes, left_out, text,
    )  # fmt: skip


def _span(periods: Iterable[Period | None]) -> Period | None:
    """From the earliest start (none if one is open) to the latest end; one of ``periods``
    where one is that span, else a new one.

    Not kept for other quantities of those dates: read estimates are dropped, and periods
    kept would be objects the cycle collector tracks, counted towards its next collection
    (reading a million claims' estimates kept tens of thousands)."""
    known = [p for p in periods if p is not None]
    if not known:
        return None
    first = known[0]
    start, end = first.start, first.end
    for p in known:
        if p is first:
            continue
        if start is not None and (p.start is None or p.start < start):
            start = p.start
        if p.end > end:
            end = p.end
    for p in known:
        if p.start == start and p.end == end:
            return p  # one of the claims' own periods: no new object
    return _period(start, end)


def _span2(p: Period | None, q: Period | None) -> Period | None:
    """`_span()` of two periods, without the lists."""
    if p is None or q is None or p is q:
        return q if p is None else p
    start, end = p.start, p.end
    if start is not None and (q.start is None or q.start < start):
        start = q.start
    if q.end > end:
        end = q.end
    if p.start == start and p.end == end:
        return p
    if q.start == start and q.end == end:
        return q
    return _period(start, end)
