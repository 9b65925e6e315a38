"""What every detector receives: the index, the comparable pairs, and shared measurements."""

from __future__ import annotations

import math

import attrs

from discrepancy.claim import Claim
from discrepancy.compare import ClaimIndex, Node, Pair, Relation, announced_confirmed
from discrepancy.discrepancies import Gap
from discrepancy.policy import Policy
from discrepancy.quantity import Interval

__all__ = ["Conflict", "Context", "gap_between"]


def gap_between(low: Interval, high: Interval) -> Gap:
    """How far ``high`` lies above ``low`` (two disjoint intervals): absolute and relative.

    The relative gap is a share of the larger count: 800 vs 1,000 is 20%. Both are intervals
    [closest reading, farthest reading].
    """
    closest = max(high.low - low.high, 0.0)
    farthest = high.high - low.low
    rel_low = closest / high.low if high.low > 0 else 0.0
    rel_high = 1.0 if math.isinf(high.high) else (farthest / high.high if high.high > 0 else 0.0)
    return Gap(
        absolute=Interval(low=closest, high=farthest, low_open=low.high_open or high.low_open),
        relative=Interval(low=_r(rel_low), high=_r(max(rel_high, rel_low))),
    )


def _r(x: float) -> float:
    return round(x, 4)


@attrs.frozen(slots=True)
class Conflict:
    """Two comparable claims that cannot both be right: ``low`` is the smaller count.

    ``bound`` marks a lower bound with another claimant's count above it (consistent as
    intervals); ``nested`` a count over a longer period that is smaller than one inside it.
    """

    low: Node
    high: Node
    gap: Gap
    bound: bool = False
    nested: bool = False

    @property
    def ids(self) -> tuple[str, str]:
        return (self.low.id, self.high.id)

    @property
    def same_claimant(self) -> bool:
        return not self.low.claimants.isdisjoint(self.high.claimants)


def _revises(a: Claim, b: Claim) -> bool:
    return a.supersedes == b.id or b.supersedes == a.id


@attrs.define
class Context:
    """The shared input of the detectors; conflicts are measured once, on first use."""

    index: ClaimIndex
    pairs: list[Pair]
    _conflicts: list[Conflict] | None = None

    @property
    def policy(self) -> Policy:
        return self.index.policy

    def conflicts(self) -> list[Conflict]:
        if self._conflicts is None:
            self._conflicts = [c for c in map(self._conflict, self.pairs) if c is not None]
        return self._conflicts

    def _conflict(self, pair: Pair) -> Conflict | None:
        a, b = pair.a, pair.b
        if _revises(a.claim, b.claim):
            return None
        ac = announced_confirmed(pair)
        if ac is not None and ac[0].interval.above(ac[1].interval):
            return None  # an announced count above a confirmed one: announced_vs_confirmed
        if pair.relation is Relation.NESTED:
            # a covers the longer period, so it may not be smaller than b
            if b.interval.above(a.interval):
                return Conflict(a, b, gap_between(a.interval, b.interval), nested=True)
            return None
        if not a.interval.overlaps(b.interval):
            low, high = (a, b) if a.interval.high <= b.interval.low else (b, a)
            return Conflict(low, high, gap_between(low.interval, high.interval))
        if a.claimants.isdisjoint(b.claimants):
            return self._bound_conflict(a, b) or self._bound_conflict(b, a)
        return None

    def _bound_conflict(self, bound: Node, counted: Node) -> Conflict | None:
        """ "At least 27" vs another claimant's 37: consistent as intervals, still a gap."""
        q = bound.claim.quantity
        if not q.qualifier.is_lower_bound or q.value is None or not counted.interval.bounded:
            return None
        if counted.claim.quantity.qualifier.is_lower_bound:
            return None
        if counted.interval.low <= q.value * (1 + self.policy.bound_tolerance):
            return None
        point = Interval.point(q.value)
        return Conflict(bound, counted, gap_between(point, counted.interval), bound=True)
