"""What every detector receives: the index, the comparable pairs, and shared measurements."""

from __future__ import annotations

import math
from collections.abc import Callable

import attrs

from discrepancy.claim import Claim
from discrepancy.compare import ClaimIndex, Node, Pair, Relation, announced_confirmed
from discrepancy.discrepancies import Gap
from discrepancy.policy import Policy
from discrepancy.quantity import Interval, Qualifier
from discrepancy.revisions import Revision
from discrepancy.wording import summaries

AT_MOST = Qualifier.AT_MOST

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
    rel_low = round(rel_low, 4)
    return Gap(
        absolute=_interval(closest, farthest, low.high_open or high.low_open),
        relative=_interval(rel_low, max(round(rel_high, 4), rel_low), False),
    )


_set = object.__setattr__


def _interval(low: float, high: float, low_open: bool) -> Interval:
    """``Interval(low=low, high=high, low_open=low_open)``, built without attrs' machinery
    once the numbers pass its check (a gap is measured for every conflict kept)."""
    if not low <= high or low == math.inf:  # NaN compares false: the constructor says why
        return Interval(low=low, high=high, low_open=low_open)
    new = object.__new__(Interval)
    _set(new, "low", low)
    _set(new, "high", high)
    _set(new, "low_open", low_open)
    _set(new, "high_open", False)
    return new


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


def _revises(a: Claim, b: Claim) -> bool:
    return a.supersedes == b.id or b.supersedes == a.id


def _siblings(a: Claim, b: Claim) -> bool:
    """A part and its own whole, or two parts of one whole: a breakdown, not two counts."""
    return (
        a.part_of == b.id or b.part_of == a.id or (a.part_of is not None and a.part_of == b.part_of)
    )


def _bounds(claim: Claim) -> bool:
    qualifier = claim.quantity.qualifier
    return qualifier.is_lower_bound or qualifier is AT_MOST


def _newer(a: Node, b: Node) -> tuple[Node, Node] | None:
    """(newer, older) when two claims of one quantity were made at different times."""
    if a.end != b.end:
        return (a, b) if (a.end or 0) > (b.end or 0) else (b, a)
    pa, pb = a.claim.published, b.claim.published
    if pa is not None and pb is not None and pa != pb:
        return (a, b) if pa > pb else (b, a)
    return None


@attrs.define
class Context:
    """The shared input of the detectors; conflicts are measured once, on first use."""

    index: ClaimIndex
    pairs: list[Pair]
    comparable: Callable[[Claim, Claim], bool] | None = None  # also for a clique's pairs
    _conflicts: list[Conflict] | None = None
    _revisions: dict[str, Revision] = attrs.field(factory=dict)
    _slack: dict[str, float] = attrs.field(factory=dict)

    @property
    def policy(self) -> Policy:
        return self.index.policy

    def conflicts(self) -> list[Conflict]:
        if self._conflicts is None:
            from discrepancy.detectors._cliques import fan_conflicts

            found = [c for c in map(self._conflict, self.pairs) if c is not None]
            for clique in self.index.cliques:
                found += fan_conflicts(clique, self._conflict)
            self._conflicts = found
        return self._conflicts

    def revisions(self) -> list[Revision]:
        """Each newer claim's revision of the latest older count it replaces."""
        self.conflicts()
        return [self._revisions[k] for k in sorted(self._revisions)]

    def material(self, low: Node, high: Node, closest: float) -> bool:
        """Whether a gap between two claims is worth reporting (see
        [`Policy`][discrepancy.policy.Policy])."""
        slack = max(self._slack_of(low), self._slack_of(high))
        percent = low.claim.quantity.unit == "percent"
        return self.policy.material(closest, high.interval.low, slack, percent=percent)

    def _slack_of(self, node: Node) -> float:
        found = self._slack.get(node.id)
        if found is None:
            found = self._slack[node.id] = self.policy.slack(node.claim.quantity)
        return found

    def _conflict(self, pair: Pair) -> Conflict | None:
        a, b, relation = pair
        if relation is Relation.PLEDGE or relation is Relation.COVERS:
            return None  # target and outcome: announced_vs_confirmed reads them
        ca, cb = a.claim, b.claim
        if self.comparable is not None and not self.comparable(ca, cb):
            return None
        if (ca.part_of is not None or cb.part_of is not None) and _siblings(ca, cb):
            return None
        if (ca.supersedes is not None or cb.supersedes is not None) and _revises(ca, cb):
            self._revision(a, b)
            return None
        if a.status_class is not b.status_class:
            ac = announced_confirmed(pair)
            if ac is not None and ac[0].interval.above(ac[1].interval):
                return None  # an announced count above a confirmed one: announced_vs_confirmed
        overlap = a.interval.overlaps(b.interval)
        same = not a.claimants.isdisjoint(b.claimants)
        if same and not overlap and self._replaces(pair):
            self._revision(a, b)  # "rose from 9 to 12", "revised down to 42,000"
            return None
        if relation is Relation.NESTED:
            return self._nested(a, b, same)
        if not overlap:
            low, high = (a, b) if a.interval.high <= b.interval.low else (b, a)
            if not self.material(low, high, max(high.interval.low - low.interval.high, 0.0)):
                return None  # the closest reading of the gap, as gap_between measures it
            gap = gap_between(low.interval, high.interval)
            days = abs((a.end or 0) - (b.end or 0)) if relation is Relation.RUNNING else 0
            return Conflict(low, high, gap, days=days)
        if same or not (_bounds(ca) or _bounds(cb)):
            return None
        return self._bound_conflict(a, b) or self._bound_conflict(b, a)

    def _replaces(self, pair: Pair) -> bool:
        """A claimant's later count of the same quantity: a revision, not a contradiction."""
        if pair.relation is Relation.NESTED:  # one running total, since one day: updated
            return pair.a.start == pair.b.start and pair.a.end != pair.b.end
        return _newer(pair.a, pair.b) is not None

    def _nested(self, a: Node, b: Node, same: bool) -> Conflict | None:
        """``a`` covers the longer period, so it may not be smaller than ``b``."""
        if b.interval.above(a.interval):
            if self.material(a, b, max(b.interval.low - a.interval.high, 0.0)):
                return Conflict(a, b, gap_between(a.interval, b.interval), nested=True)
            return None
        if not same and b.claim.quantity.qualifier is AT_MOST:
            found = self._bound_conflict(b, a)  # "up to 1,400" inside, 834 over longer
            if found is not None:
                return attrs.evolve(found, nested=True)
        return None

    def _bound_conflict(self, bound: Node, counted: Node) -> Conflict | None:
        """A bound is also a count: consistent as intervals, still a gap between sources.

        "At least 27" against another claimant's 37, "more than a million" against "more
        than 350,000", "as many as 1,400" against 834: the count (or the other bound's
        figure) lies beyond the stated figure by more than ``bound_tolerance`` of it.
        """
        q, other = bound.claim.quantity, counted.claim.quantity
        if q.value is None:
            return None
        tolerance = self.policy.bound_tolerance
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
            if not self.material(bound, counted, gap.absolute.low):
                return None
            return Conflict(bound, counted, gap, bound=True)
        if q.qualifier is Qualifier.AT_MOST and not (
            other.qualifier.is_lower_bound or other.qualifier is Qualifier.AT_MOST
        ):
            if counted.interval.high >= q.value * (1 - tolerance):
                return None
            gap = gap_between(counted.interval, Interval.point(q.value))
            if not self.material(counted, bound, gap.absolute.low):
                return None
            return Conflict(counted, bound, gap, bound=True)
        return None

    def _revision(self, a: Node, b: Node) -> None:
        explicit = _revises(a.claim, b.claim)
        if explicit:
            newer, older = (a, b) if a.claim.supersedes == b.id else (b, a)
        else:
            order = _newer(a, b)
            if order is None:
                return
            newer, older = order
        current = self._revisions.get(newer.id)
        if current is not None:
            kept = self.index.nodes[current.revises]
            if current.explicit and not explicit:
                return
            if current.explicit == explicit and (kept.end or 0, kept.id) >= (
                older.end or 0,
                older.id,
            ):
                return
        n, o = newer.claim, older.claim
        label = self.index.metrics.label(n.metric)
        self._revisions[newer.id] = Revision(
            claim=newer.id,
            revises=older.id,
            claimant=n.who,
            before=older.interval,
            after=newer.interval,
            explicit=explicit,
            summary=summaries.revision(n, o, label),
        )
