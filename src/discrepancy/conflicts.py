"""Conflicts and gaps: when two comparable counts cannot both be right, and how far apart.

A conflict is two claims of one quantity that cannot both be right: their intervals share no
point, a lower bound has another claimant's count well above it, or a count over a longer
period is smaller than one over a period inside it. An announced figure above a confirmed
count is not a conflict but an ``announced_vs_confirmed`` finding. The gap between two
intervals ([`Gap`][discrepancy.discrepancies.Gap], a value of the report) is measured here.
Which pairs are compared at all is `compare`; which conflicts are reported, the detectors.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import attrs

from discrepancy._rows import builder
from discrepancy.claim import Claim, StatusClass
from discrepancy.compare import Node, Pair, Relation
from discrepancy.discrepancies import Gap
from discrepancy.quantity import Interval, Qualifier

__all__ = [
    "Conflict",
    "Link",
    "Material",
    "announced_confirmed",
    "bound_conflict",
    "gap_between",
    "link",
    "nested_conflict",
    "states_bound",
]

AT_MOST = Qualifier.AT_MOST

Material = Callable[[Node, Node, float], bool]
"""Whether a gap between two claims (low, high, its closest reading) is worth reporting."""


def gap_between(low: Interval, high: Interval) -> Gap:
    """How far ``high`` lies above ``low`` (two disjoint intervals): absolute and relative.

    The relative gap is a share of the larger count: 800 vs 1,000 is 20%. Both are intervals
    [closest reading, farthest reading].
    """
    closest = max(high.low - low.high, 0.0)
    farthest = high.high - low.low
    rel_low = closest / high.low if high.low > 0 else 0.0
    rel_high = 1.0 if math.isinf(high.high) else (farthest / high.high if high.high > 0 else 0.0)
    rel_low = round(rel_low, 4)
    rel_high = round(rel_high, 4)
    if rel_high < rel_low:
        rel_high = rel_low
    absolute = _interval(closest, farthest, low.high_open or high.low_open)
    relative = _interval(rel_low, rel_high, False)
    if _GAP is None:
        return Gap(absolute=absolute, relative=relative)
    return _GAP(absolute, relative)


_GAP = builder(Gap, ("absolute", "relative"))
"""A gap is measured for every conflict kept: built straight into its slots."""

_INTERVAL = builder(Interval, ("low", "high", "low_open", "high_open"))


def _interval(low: float, high: float, low_open: bool) -> Interval:
    """``Interval(low=low, high=high, low_open=low_open)``, built straight into its slots
    once the numbers pass its check (a gap is measured for every conflict kept)."""
    if not low <= high or low == math.inf or _INTERVAL is None:
        return Interval(low=low, high=high, low_open=low_open)  # NaN: the constructor says why
    return _INTERVAL(low, high, low_open, False)


@attrs.frozen(slots=True)
class Conflict:
    """Two comparable claims that cannot both be right: ``low`` is the smaller count.

    ``bound`` marks a lower bound with another claimant's count above it (consistent as
    intervals); ``nested`` a count over a longer period that is smaller than one inside it;
    ``days`` the days between two claimants' running totals (0 otherwise).
    """

    low: Node
    high: Node
    gap: Gap
    bound: bool = False
    nested: bool = False
    days: int = 0

    @property
    def ids(self) -> tuple[str, str]:
        return (self.low.id, self.high.id)

    @property
    def same_claimant(self) -> bool:
        return not self.low.claimants.isdisjoint(self.high.claimants)

    @property
    def closest(self) -> float:
        """The gap's closest reading (``gap.absolute.low``)."""
        return self.gap.absolute.low

    @property
    def farthest(self) -> float:
        """The gap's farthest reading (``gap.absolute.high``)."""
        return self.gap.absolute.high

    @property
    def relative(self) -> tuple[float, float]:
        """The gap's relative readings (``gap.relative``'s low and high)."""
        relative = self.gap.relative
        return relative.low, relative.high


class Link(Conflict):
    """A conflict of a large clique or fan whose gap is measured when first read.

    A large group keeps a conflict per claim that links it to the group
    (`discrepancy.detectors._keep`), and its report lists at most `PAIRS_LIMIT` of them:
    the gap (three objects) of the others is never built. Its readings are those of
    `gap_between()` of the two claims' intervals, worked out from them without it. It is
    a `Conflict` in every other way (it compares equal only to another `Link`).
    """

    __slots__ = ()

    @property
    def gap(self) -> Gap:
        try:
            measured: Gap = _GAP_SLOT.__get__(self, Conflict)
            return measured
        except AttributeError:
            found = gap_between(self.low.interval, self.high.interval)
            _GAP_SLOT.__set__(self, found)
            return found

    @property
    def closest(self) -> float:
        return max(self.high.interval.low - self.low.interval.high, 0.0)  # as gap_between

    @property
    def farthest(self) -> float:
        return self.high.interval.high - self.low.interval.low  # as gap_between

    @property
    def relative(self) -> tuple[float, float]:
        low, high = self.low.interval, self.high.interval
        closest = max(high.low - low.high, 0.0)
        farthest = high.high - low.low
        rel_low = round(closest / high.low if high.low > 0 else 0.0, 4)
        rel_high = round(
            1.0 if math.isinf(high.high) else (farthest / high.high if high.high > 0 else 0.0), 4
        )
        return rel_low, rel_low if rel_high < rel_low else rel_high  # as gap_between


_GAP_SLOT = Conflict.__dict__["gap"]
_SET = {
    name: Conflict.__dict__[name].__set__ for name in ("low", "high", "bound", "nested", "days")
}
_SET_LOW, _SET_HIGH, _SET_BOUND = _SET["low"], _SET["high"], _SET["bound"]
_SET_NESTED, _SET_DAYS = _SET["nested"], _SET["days"]


def link(low: Node, high: Node, nested: bool) -> Conflict:
    """A conflict of two plain claims, ``low`` below ``high`` (``nested``: over nested
    periods), its gap measured when first read (`Link`), built straight into its slots."""
    new = object.__new__(Link)
    _SET_LOW(new, low)
    _SET_HIGH(new, high)
    _SET_BOUND(new, False)
    _SET_NESTED(new, nested)
    _SET_DAYS(new, 0)
    return new


def states_bound(claim: Claim) -> bool:
    """Whether the claim states a bound ("at least", "more than", "at most"), not a count."""
    qualifier = claim.quantity.qualifier
    return qualifier.is_lower_bound or qualifier is AT_MOST


def announced_confirmed(pair: Pair) -> tuple[Node, Node] | None:
    """(announced, confirmed) when the pair is one announced-class and one confirmed-class claim.

    A pledge also meets counts of what was carried out that have no status of their own.
    """
    if pair.relation is Relation.PLEDGE:
        return pair.a, pair.b
    classes = (pair.a.status_class, pair.b.status_class)
    if classes == (StatusClass.ANNOUNCED, StatusClass.CONFIRMED):
        return pair.a, pair.b
    if classes == (StatusClass.CONFIRMED, StatusClass.ANNOUNCED):
        return pair.b, pair.a
    return None


def nested_conflict(
    a: Node, b: Node, same: bool, *, material: Material, tolerance: float
) -> Conflict | None:
    """``a`` covers the longer period, so it may not be smaller than ``b``."""
    if b.interval.above(a.interval):
        if material(a, b, max(b.interval.low - a.interval.high, 0.0)):
            return Conflict(a, b, gap_between(a.interval, b.interval), nested=True)
        return None
    if not same and b.claim.quantity.qualifier is AT_MOST:
        # "up to 1,400" inside, 834 over the longer period
        found = bound_conflict(b, a, material=material, tolerance=tolerance)
        if found is not None:
            return attrs.evolve(found, nested=True)
    return None


def bound_conflict(
    bound: Node, counted: Node, *, material: Material, tolerance: float
) -> Conflict | None:
    """A bound is also a count: consistent as intervals, still a gap between sources.

    "At least 27" against another claimant's 37, "more than a million" against "more
    than 350,000", "as many as 1,400" against 834: the count (or the other bound's
    figure) lies beyond the stated figure by more than ``tolerance`` of it
    (`Policy.bound_tolerance`).
    """
    q, other = bound.claim.quantity, counted.claim.quantity
    if q.value is None:
        return None
    if q.qualifier.is_lower_bound:
        if other.qualifier.is_lower_bound:
            if other.value is None or other.value <= q.value * (1 + tolerance):
                return None
            gap = gap_between(Interval.point(q.value), Interval.point(other.value))
        elif counted.interval.bounded and other.qualifier is not Qualifier.AT_MOST:
            if counted.interval.low <= q.value * (1 + tolerance):
                return None
            gap = gap_between(Interval.point(q.value), counted.interval)
        else:
            return None
        if not material(bound, counted, gap.absolute.low):
            return None
        return Conflict(bound, counted, gap, bound=True)
    if q.qualifier is Qualifier.AT_MOST and not (
        other.qualifier.is_lower_bound or other.qualifier is Qualifier.AT_MOST
    ):
        if counted.interval.high >= q.value * (1 - tolerance):
            return None
        gap = gap_between(counted.interval, Interval.point(q.value))
        if not material(counted, bound, gap.absolute.low):
            return None
        return Conflict(counted, bound, gap, bound=True)
    return None
