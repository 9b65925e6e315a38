"""What the sources agree on: per quantity, a floor, a consistent interval and a central value.

For each quantity that comparable claims describe (the grouping ``check`` uses), an
:class:`Estimate` says:

* ``floor``: the highest lower bound among confirmed-class claims, and the claim that sets it;
* ``consistent``: the interval the most independent sources agree on (Marzullo's max-overlap
  algorithm), with how many of how many agree; ``None`` ("no majority") where fewer than half
  of them share a point, or where two separate intervals tie;
* ``central``: among the points the most source weight agrees on, the one nearest the
  sources' intervals, each weighted by how far its source can be trusted (the distance to
  an interval is zero inside it, so "at least 41" never pulls the estimate down); never
  below the floor; ``None`` where nothing bounds it from above.

Announced-class claims are shown but not counted: they are what the estimate is checked
against. Claims of one claimant (or of claimants that co-sign a claim) count once, as one
vote: the interval all of them share, or, where they contradict each other, the span from
the lowest to the highest. A claim that a later claim ``supersedes`` is out.

Per source, a :class:`SourceRecord`: how many claims it made, how often it agreed with the
consensus of quantities with at least ``min_sources`` independent sources, and its weight
(see :mod:`discrepancy._reliability`).
"""

from __future__ import annotations

import enum
import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import TYPE_CHECKING, NamedTuple

import attrs

from discrepancy import phrases
from discrepancy._reliability import Method, Tally, weights
from discrepancy.claim import Claim, Period, StatusClass
from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.policy import Policy
from discrepancy.quantity import Interval

if TYPE_CHECKING:
    from discrepancy.compare import ClaimIndex, Node, Pair

__all__ = [
    "Estimate",
    "EstimatePolicy",
    "Estimates",
    "Exclusion",
    "Floor",
    "LeftOut",
    "Method",
    "SourceRecord",
    "Vote",
    "central_value",
    "estimate",
    "least_distance",
    "max_overlap",
]


class Exclusion(enum.StrEnum):
    """Why a claim of a quantity does not feed its estimate."""

    ANNOUNCED = "announced"  # announced-class: the estimate is what it is checked against
    SUPERSEDED = "superseded"  # a later claim revises it


@attrs.frozen(kw_only=True)
class LeftOut:
    """A claim of the quantity that the estimate does not count, and why (``by``: the
    superseding claim)."""

    claim: str
    reason: Exclusion = attrs.field(converter=Exclusion)
    by: str | None = None


@attrs.frozen(kw_only=True)
class Floor:
    """The highest lower bound among confirmed-class claims (``open``: "more than")."""

    value: float
    open: bool = False
    claim: str


@attrs.frozen(kw_only=True)
class Vote:
    """One independent source's say in a quantity.

    Attributes:
        claimants: the source keys (org ids; more than one when claimants co-sign).
        claims: the claims it made about the quantity (counted once, together).
        interval: what they say together: the interval all of them share, or, where they
            contradict each other, the span from the lowest to the highest.
        weight: its weight in the central estimate.
        agrees: whether it shares a point with the consistent interval.
    """

    claimants: tuple[str, ...]
    claims: tuple[str, ...]
    interval: Interval
    weight: float
    agrees: bool


@attrs.frozen(kw_only=True)
class Estimate:
    """What the sources of one quantity agree on.

    Attributes:
        id: stable: a hash of the quantity and its claims.
        metric, unit, scope, event: the quantity.
        period: from the earliest to the latest date of its claims.
        claims: every claim of the quantity, counted or not.
        floor: the highest confirmed lower bound, if any confirmed claim gives one.
        consistent: the interval ``agree`` of ``independent`` sources share; ``None``: no
            majority.
        central: the weighted central estimate; ``None`` where nothing bounds it above.
        votes: each independent source's say.
        left_out: the claims shown but not counted, with the reason.
        summary: one sentence a fact-checker can paste.
    """

    id: str
    metric: str
    unit: str
    scope: str | None
    event: str | None
    period: Period | None
    claims: tuple[str, ...]
    floor: Floor | None
    consistent: Interval | None
    agree: int
    independent: int
    central: float | None
    votes: tuple[Vote, ...]
    left_out: tuple[LeftOut, ...]
    summary: str


@attrs.frozen(kw_only=True)
class SourceRecord:
    """How far one source (claimant) can be trusted, with the claims behind the figure.

    Attributes:
        claimant: the source key (org id, or the slug of an unresolved name).
        name: how it is named.
        claims: how many claims it made (all of them, in any quantity).
        judged: how many quantities it could be judged in (a consensus of at least
            ``min_sources`` independent sources).
        agreed: in how many of those it shared a point with the consensus.
        weight: its weight in central estimates (1: an unknown source).
        capped: the weight was cut to the cap.
    """

    claimant: str
    name: str
    claims: int
    judged: int
    agreed: int
    weight: float
    capped: bool


@attrs.frozen(kw_only=True)
class EstimatePolicy:
    """The settings of the estimates.

    Attributes:
        min_claims: a quantity gets an estimate when at least this many claims describe it.
        min_sources: a source is judged only on quantities with at least this many
            independent sources (and a consensus).
        method: the long-tail correction of source weights (``shrunk`` or ``chi2``).
        prior: ``shrunk``: how many judged claims the pooled agreement rate counts as.
        max_weight: the cap on a source's weight (an unknown source weighs 1), so that
            one prolific source cannot outweigh more than this many unknown ones.
        alpha: ``chi2``: the chi-square quantile is ``alpha / 2``.
        smoothing: ``chi2``: the squared relative error each claim counts at least.
    """

    min_claims: int = attrs.field(default=2, validator=attrs.validators.ge(1))
    min_sources: int = attrs.field(default=3, validator=attrs.validators.ge(2))
    method: Method = attrs.field(default=Method.SHRUNK, converter=Method)
    prior: float = attrs.field(default=5.0, validator=attrs.validators.gt(0))
    max_weight: float = attrs.field(default=3.0, validator=attrs.validators.ge(1))
    alpha: float = 0.05
    smoothing: float = 0.0025


@attrs.frozen(kw_only=True)
class Estimates:
    """Estimates per quantity and records per source."""

    quantities: tuple[Estimate, ...]
    sources: tuple[SourceRecord, ...]


# --- the quantities (the one place that reads compare.py) ------------------------------------


class _Member(NamedTuple):
    claim: Claim
    id: str
    interval: Interval
    keys: frozenset[str]
    status_class: StatusClass


class _Quantity(NamedTuple):
    metric: str
    flow: bool
    members: list[_Member]


def _quantities(
    claims: Sequence[Claim],
    metrics: MetricRegistry,
    policy: Policy,
    index: ClaimIndex | None = None,
    pairs: Iterable[Pair] | None = None,
    *,
    singles: bool = False,
) -> tuple[list[_Quantity], Counter[str], dict[str, Claim]]:
    """Comparable claims in quantities, and each source's claim count and first claim.

    The only function that reads :mod:`discrepancy.compare`: ``check`` passes its own index
    and pairs; otherwise they are built here. With ``singles``, a claim comparable with no
    other is a quantity of its own. A quantity starts at its earliest claim (the
    index orders each metric by date, then id) and takes the claims of the same quantity
    (``Relation.SAME``) as that claim, with one scope and, for flows, one period among
    the counted claims that state one: every two of its counted claims are comparable. An
    announced count of the same event joins even over another period: it is shown, not
    counted.
    """
    from discrepancy.compare import ClaimIndex, Relation

    if index is None or pairs is None:
        index = ClaimIndex.build(claims, metrics, policy)
        pairs = index.pairs()
    same: dict[str, list[str]] = defaultdict(list)
    for pair in pairs:
        if pair.relation is Relation.SAME or _pledge_of_event(pair.a, pair.b):
            same[pair.a.id].append(pair.b.id)
            same[pair.b.id].append(pair.a.id)
    nodes = list(index.nodes.values())
    counts: Counter[str] = Counter(chain.from_iterable(n.claimants for n in nodes))
    first = {key: n.claim for n in reversed(nodes) for key in n.claimants}  # the first wins
    found: list[_Quantity] = []
    taken: set[str] = set()
    for (metric, _unit), members in index.groups.items():
        flow = index.kind(metric) in (MetricKind.FLOW, MetricKind.EVENT_COUNT)
        for anchor in members:
            if anchor.id in taken or (anchor.id not in same and not singles):
                continue
            group = [anchor]
            scope = anchor.scope
            period = _counted_period(anchor)
            for other in sorted(map(index.nodes.__getitem__, same[anchor.id]), key=_in_order):
                if other.id in taken or (scope is not None and other.scope not in (None, scope)):
                    continue
                own = _counted_period(other)
                if flow and own is not None and period not in (None, own):
                    continue
                scope = scope if scope is not None else other.scope
                period = period if period is not None else own
                group.append(other)
            taken.update(n.id for n in group)
            found.append(
                _Quantity(
                    metric=metric,
                    flow=flow,
                    members=[
                        _Member(n.claim, n.id, n.interval, n.claimants, n.status_class)
                        for n in group
                    ],
                )
            )
    return found, counts, first


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


# --- one quantity ----------------------------------------------------------------------------


def _common(ivs: Sequence[Interval]) -> Interval | None:
    """The interval every one of ``ivs`` contains, if they share a point."""
    low = max(iv.low for iv in ivs)
    high = min(iv.high for iv in ivs)
    low_open = any(iv.low_open for iv in ivs if iv.low == low)
    high_open = any(iv.high_open for iv in ivs if iv.high == high)
    if low > high or (low == high and (low_open or high_open)):
        return None
    return Interval(low=low, high=high, low_open=low_open, high_open=high_open)


def _hull(ivs: Sequence[Interval]) -> Interval:
    low = min(iv.low for iv in ivs)
    high = max(iv.high for iv in ivs)
    return Interval(
        low=low,
        high=high,
        low_open=all(iv.low_open for iv in ivs if iv.low == low),
        high_open=all(iv.high_open for iv in ivs if iv.high == high),
    )


def _blocks(counted: Sequence[_Member]) -> list[tuple[tuple[str, ...], list[_Member]]]:
    """Claims grouped by source: claimants that co-sign a claim are one source."""
    if all(len(m.keys) == 1 for m in counted):  # the common case: nobody co-signs
        single: dict[str, list[_Member]] = defaultdict(list)
        for m in counted:
            single[next(iter(m.keys))].append(m)
        return [((key,), sorted(ms, key=lambda m: m.id)) for key, ms in sorted(single.items())]
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for m in counted:
        signers = sorted(m.keys)
        for k in signers[1:]:
            ra, rb = find(signers[0]), find(k)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    by_root: dict[str, list[_Member]] = defaultdict(list)
    for m in counted:
        by_root[find(min(m.keys))].append(m)
    out = []
    for members in by_root.values():
        keys = tuple(sorted({k for m in members for k in m.keys}))
        out.append((keys, sorted(members, key=lambda m: m.id)))
    return sorted(out)


def _best_runs(ivs: Sequence[Interval], weights: Sequence[float]) -> tuple[float, list[Interval]]:
    """The most weight of ``ivs`` that shares a point, and every interval where it does.

    The line is cut at every end point into points and the open pieces between them; the
    weight over each piece is swept once (Marzullo's algorithm, weighted). A run of pieces
    ends where one interval starts as another ends: a different set agrees there.
    """
    xs = sorted({iv.low for iv in ivs} | {iv.high for iv in ivs if iv.high != math.inf})
    at = {x: k for k, x in enumerate(xs)}
    last = 2 * len(xs) - 1  # piece 2k: the point xs[k]; 2k+1: the gap after it
    diff = [0.0] * (last + 2)
    starts = [0] * (last + 2)
    for iv, w in zip(ivs, weights, strict=True):
        start = 2 * at[iv.low] + (1 if iv.low_open else 0)
        end = last if iv.high == math.inf else 2 * at[iv.high] - (1 if iv.high_open else 0)
        if start <= end and w > 0:
            diff[start] += w
            diff[end + 1] -= w
            starts[start] += 1
    level, best = 0.0, 0.0
    runs: list[list[int]] = []
    for piece in range(last + 1):
        level += diff[piece]
        if level > best and not math.isclose(level, best, rel_tol=1e-9):
            best, runs = level, [[piece, piece]]
        elif best > 0 and math.isclose(level, best, rel_tol=1e-9):
            if runs[-1][1] == piece - 1 and not starts[piece]:  # the same intervals go on
                runs[-1][1] = piece
            else:
                runs.append([piece, piece])
    return best, [_run(first, final, xs, last) for first, final in runs]


def _run(first: int, final: int, xs: list[float], last: int) -> Interval:
    if final == last and final % 2 == 1:
        high, high_open = math.inf, False
    elif final % 2 == 0:
        high, high_open = xs[final // 2], False
    else:
        high, high_open = xs[final // 2 + 1], True
    return Interval(low=xs[first // 2], high=high, low_open=first % 2 == 1, high_open=high_open)


def max_overlap(ivs: Sequence[Interval]) -> tuple[Interval | None, int]:
    """Marzullo's algorithm: the interval most of ``ivs`` share, and how many share it.

    ``None`` with the count when two separate intervals (or two different sets of
    intervals) tie for the most.
    """
    if not ivs:
        return None, 0
    shared = _common(ivs)
    if shared is not None:  # the common case: every interval shares a point
        return shared, len(ivs)
    best, runs = _best_runs(ivs, [1.0] * len(ivs))
    return (runs[0] if len(runs) == 1 else None), round(best)


def least_distance(votes: Sequence[tuple[Interval, float]]) -> float | None:
    """The point whose weighted distance to the intervals is least (midpoint of a tie).

    The distance to [l, h] is half of |x−l| + |x−h| less a constant, so the answer is the
    weighted median of all end points, each interval's two ends carrying its weight. An
    unbounded end sits at infinity: where the median reaches it, nothing bounds the
    estimate above and there is none (``None``).
    """
    points = sorted((x, w) for iv, w in votes if w > 0 for x in (iv.low, iv.high))
    total = sum(w for _, w in points)
    if total <= 0:
        return None
    half, acc = total / 2, 0.0
    for k, (x, w) in enumerate(points):
        acc += w
        if math.isclose(acc, half, rel_tol=1e-9, abs_tol=1e-12):
            after = points[k + 1][0]
            return None if after == math.inf else (x + after) / 2
        if acc > half:
            return None if x == math.inf else x
    return None  # pragma: no cover - the loop always passes half


def central_value(votes: Sequence[tuple[Interval, float]]) -> float | None:
    """The central estimate: where the most weight agrees, the point nearest all intervals.

    First the points that the most source weight shares (weighted max-overlap); among
    them, the one whose weighted distance to every interval is least (:func:`least_distance`,
    moved into that region). Where separate regions tie, the one nearest that point (the
    lower on a tie). ``None`` where nothing bounds the answer above (only lower bounds).

    Distance alone puts the answer at the edge of the agreeing sources' intervals, pulled
    towards the outliers (inside an interval its claim does not mind where); agreement
    first keeps it where the trusted sources overlap.
    """
    kept = [(iv, w) for iv, w in votes if w > 0]
    if not kept:
        return None
    shared = _common([iv for iv, _ in kept])
    if shared is not None:  # all agree: every point of what they share is as near as any
        return (shared.low + shared.high) / 2 if shared.bounded else None
    _, regions = _best_runs([iv for iv, _ in kept], [w for _, w in kept])
    nearest = least_distance(kept)
    if nearest is None:
        bounded = [r for r in regions if r.bounded]
        return (bounded[0].low + bounded[0].high) / 2 if bounded else None
    region = min(regions, key=lambda r: (r.gap_to(Interval.point(nearest)).low, r.low))
    return min(max(nearest, region.low), region.high)


def _floor(counted: Sequence[_Member]) -> Floor | None:
    best: _Member | None = None
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

    quantity: _Quantity
    blocks: list[tuple[tuple[str, ...], list[_Member]]]
    intervals: list[Interval]
    consistent: Interval | None
    agree: int
    floor: Floor | None
    left_out: tuple[LeftOut, ...]


def _draft(q: _Quantity, superseded: dict[str, str]) -> _Draft:
    counted: list[_Member] = []
    left: list[LeftOut] = []
    for m in sorted(q.members, key=lambda m: m.id):
        if m.id in superseded:
            left.append(LeftOut(claim=m.id, reason=Exclusion.SUPERSEDED, by=superseded[m.id]))
        elif m.status_class is StatusClass.ANNOUNCED:
            left.append(LeftOut(claim=m.id, reason=Exclusion.ANNOUNCED))
        else:
            counted.append(m)
    blocks = _blocks(counted)
    intervals = []
    for _keys, members in blocks:
        ivs = [m.interval for m in members]
        intervals.append(_common(ivs) or _hull(ivs))
    consistent, agree = max_overlap(intervals)
    if consistent is not None and 2 * agree < len(intervals):
        consistent = None  # fewer than half share a point: no majority
    return _Draft(q, blocks, intervals, consistent, agree, _floor(counted), tuple(left))


def _relative_miss(iv: Interval, consensus: Interval) -> float:
    miss = iv.gap_to(consensus).low
    ref = consensus.low if not consensus.bounded else (consensus.low + consensus.high) / 2
    return miss / max(ref, 1.0)


def _tallies(
    drafts: Sequence[_Draft], counts: Counter[str], settings: EstimatePolicy
) -> dict[str, Tally]:
    tallies = {key: Tally(claims=n) for key, n in counts.items()}
    for d in drafts:
        if d.consistent is None or len(d.intervals) < settings.min_sources:
            continue
        for (keys, _members), iv in zip(d.blocks, d.intervals, strict=True):
            ok = iv.overlaps(d.consistent)
            miss = 0.0 if ok else _relative_miss(iv, d.consistent)
            for key in keys:
                t = tallies.setdefault(key, Tally(claims=1))
                t.judged += 1
                t.agreed += ok
                t.squared_error += miss * miss
    return tallies


def _round(x: float) -> float:
    r = round(x, 6)
    return float(int(r)) if r == int(r) else r


def _finish(
    d: _Draft, source_weight: dict[str, tuple[float, bool]], metrics: MetricRegistry
) -> Estimate:
    raw = [
        sum(source_weight.get(k, (1.0, False))[0] for k in keys) / len(keys) for keys, _ in d.blocks
    ]
    central = central_value(list(zip(d.intervals, raw, strict=True)))
    if central is not None and d.floor is not None:
        central = max(central, d.floor.value)
    votes = tuple(
        Vote(
            claimants=keys,
            claims=tuple(m.id for m in members),
            interval=iv,
            weight=round(w, 3),
            agrees=d.consistent is not None and iv.overlaps(d.consistent),
        )
        for (keys, members), iv, w in zip(d.blocks, d.intervals, raw, strict=True)
    )
    members = d.quantity.members
    claims = tuple(sorted(m.id for m in members))
    scopes = sorted({m.claim.scope for m in members if m.claim.scope})
    events = sorted({m.claim.event for m in members if m.claim.event})
    unit = members[0].claim.quantity.unit
    digest = hashlib.sha256("\x1f".join((d.quantity.metric, unit, *claims)).encode()).hexdigest()
    fields = _Fields(
        metric=d.quantity.metric,
        unit=unit,
        scope=scopes[0] if scopes else None,
        event=events[0] if events else None,
        period=_span([m.claim.period for m in members]),
        floor=d.floor,
        consistent=d.consistent,
        agree=d.agree if d.intervals else 0,
        independent=len(d.intervals),
        central=None if central is None else _round(central),
        votes=votes,
        left_out=d.left_out,
    )
    by_id = {m.id: m.claim for m in members}
    return Estimate(
        id=f"e-{digest[:12]}",
        claims=claims,
        summary=summary(fields, by_id, metrics, flow=d.quantity.flow),
        **fields._asdict(),
    )


class _Fields(NamedTuple):
    """What a summary says of an estimate (all of it but the id, claims and summary)."""

    metric: str
    unit: str
    scope: str | None
    event: str | None
    period: Period | None
    floor: Floor | None
    consistent: Interval | None
    agree: int
    independent: int
    central: float | None
    votes: tuple[Vote, ...]
    left_out: tuple[LeftOut, ...]


def _span(periods: Iterable[Period | None]) -> Period | None:
    known = [p for p in periods if p is not None]
    if not known:
        return None
    starts = [p.start for p in known]
    start = None if None in starts else min(s for s in starts if s is not None)
    return Period(start=start, end=max(p.end for p in known))


def _name(key: str, claim: Claim) -> str:
    for ref in claim.claimants:
        if (ref.id if ref.id is not None else ref.key) == key:
            return ref.display
    if claim.outlet is not None:
        return claim.outlet.display
    return key


def _estimate(
    claims: Sequence[Claim],
    metrics: MetricRegistry,
    policy: Policy,
    settings: EstimatePolicy,
    index: ClaimIndex | None = None,
    pairs: Iterable[Pair] | None = None,
) -> Estimates:
    quantities, counts, first = _quantities(
        claims, metrics, policy, index, pairs, singles=settings.min_claims <= 1
    )
    superseded: dict[str, str] = {}
    for c in claims:
        if c.supersedes is not None and c.id < superseded.get(c.supersedes, "\U0010ffff"):
            superseded[c.supersedes] = c.id  # revised twice: the smallest id, whatever the order
    drafts = [_draft(q, superseded) for q in quantities if len(q.members) >= settings.min_claims]
    tallies = _tallies(drafts, counts, settings)
    source_weight = weights(
        tallies,
        method=settings.method,
        prior=settings.prior,
        max_weight=settings.max_weight,
        alpha=settings.alpha,
        smoothing=settings.smoothing,
    )
    found = sorted((_finish(d, source_weight, metrics) for d in drafts), key=_order)
    sources = tuple(
        SourceRecord(
            claimant=key,
            name=_name(key, first[key]),
            claims=t.claims,
            judged=t.judged,
            agreed=t.agreed,
            weight=round(source_weight[key][0], 3),
            capped=source_weight[key][1],
        )
        for key, t in sorted(tallies.items())
        if key in first and not key.startswith("anonymous:")
    )
    return Estimates(quantities=tuple(found), sources=sources)


def _order(e: Estimate) -> tuple[str, str, str, str]:
    end = e.period.end.isoformat() if e.period is not None else ""
    return (e.metric, e.scope or "", end, e.id)


def estimate(
    claims: Iterable[Claim],
    *,
    policy: Policy | None = None,
    metrics: MetricRegistry | None = None,
    settings: EstimatePolicy | None = None,
) -> Estimates:
    """Estimates per quantity and a record per source, for normalized claims.

    ``claims`` should be normalized as ``check`` does it (a report's ``claims``): claimants
    resolved, metrics on their ids. ``check(claims, estimates=True)`` does both at once, at
    less cost. The result does not depend on the order of the claims.

    Args:
        claims: normalized claims.
        policy: the comparison settings (which claims describe the same quantity).
        metrics: the metric registry; the built-in one otherwise.
        settings: the estimate settings; the defaults of :class:`EstimatePolicy` otherwise.
    """
    unique = {c.id: c for c in claims}
    ordered = [unique[k] for k in sorted(unique)]
    return _estimate(
        ordered,
        metrics or MetricRegistry.builtin(),
        policy or Policy(),
        settings or EstimatePolicy(),
    )


def estimate_checked(
    claims: Sequence[Claim],
    index: ClaimIndex,
    pairs: Iterable[Pair],
    *,
    settings: EstimatePolicy | None = None,
) -> Estimates:
    """:func:`estimate` on the index and pairs ``check`` has already built (its claims)."""
    return _estimate(
        claims, index.metrics, index.policy, settings or EstimatePolicy(), index, pairs
    )


# --- wording ---------------------------------------------------------------------------------

_FIRMLY = {"carried_out": "carried out"}


def summary(
    est: Estimate | _Fields, claims: dict[str, Claim], metrics: MetricRegistry, *, flow: bool
) -> str:
    """ "Releases in Venezuela, event X: at least 41 confirmed by Foro Penal; 2 of 3 sources
    agree on 41 to 50; most likely about 45."."""
    label = metrics.label(est.metric)
    unit = " (percent)" if est.unit == "percent" else ""
    where = f" in {est.scope}" if est.scope else ""
    if flow and est.event:
        when = f", event {est.event!r}"
    elif flow:
        when = f", {phrases.when(est.period)}" if est.period is not None else ""
    else:
        ends = []
        if est.period is not None:
            ends = [Period.on(est.period.start or est.period.end), Period.on(est.period.end)]
        span = phrases.span(ends)
        when = f", {span}" if span else ""
    parts = []
    if est.floor is not None:
        c = claims[est.floor.claim]
        bound = "more than" if est.floor.open else "at least"
        firmly = _FIRMLY.get(c.status.value, c.status.value)
        parts.append(f"{bound} {phrases.count(est.floor.value)} {firmly} by {phrases.who(c)}")
    n = est.independent
    if n == 0:
        parts.append("no count but announced ones, so no estimate")
    elif n == 1:
        parts.append(f"one source counted {phrases.interval(est.votes[0].interval)}")
    elif est.consistent is None:
        parts.append(f"no majority among {n} sources")
    else:
        who = f"{est.agree} of {n}"
        if est.agree == n:
            who = "both" if n == 2 else f"all {n}"
        parts.append(f"{who} sources agree on {phrases.interval(est.consistent)}")
    if est.central is not None:
        parts.append(f"most likely about {phrases.count(_display(est.central, est.unit))}")
    elif n:
        parts.append("nothing bounds it from above")
    left = Counter(x.reason for x in est.left_out)
    if left:
        said = [f"{k} {r.value}" for r, k in sorted(left.items())]
        parts.append(f"not counted: {phrases.join(said)}")
    return phrases.sentence(f"{label.capitalize()}{unit}{where}{when}: {'; '.join(parts)}")


def _display(x: float, unit: str) -> float:
    return float(round(x)) if unit == "people" or abs(x) >= 100 else round(x, 1)
