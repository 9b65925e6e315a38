"""What every detector receives: the index, the comparable pairs, and shared measurements."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import attrs

from discrepancy._pairing import event_days
from discrepancy._quantities import Partners, add_partner
from discrepancy._rows import builder
from discrepancy.claim import Claim, StatusClass
from discrepancy.compare import ClaimIndex, Node, Pair, Relation
from discrepancy.conflicts import (
    Conflict,
    announced_confirmed,
    bound_conflict,
    gap_between,
    link,
    nested_conflict,
    states_bound,
)
from discrepancy.policy import Policy
from discrepancy.quantity import Qualifier, Quantity
from discrepancy.revisions import Revision
from discrepancy.wording import summaries

if TYPE_CHECKING:
    from discrepancy.detectors._keep import Facts

__all__ = ["Comparisons"]

_CONFLICT = builder(Conflict, ("low", "high", "gap", "bound", "nested", "days"))
"""A clique's conflicts are many: built straight into their slots (`discrepancy._rows`)."""


def _revises(a: Claim, b: Claim) -> bool:
    return a.supersedes == b.id or b.supersedes == a.id


def _siblings(a: Claim, b: Claim) -> bool:
    """A part and its own whole, or two parts of one whole: a breakdown, not two counts."""
    return (
        a.part_of == b.id or b.part_of == a.id or (a.part_of is not None and a.part_of == b.part_of)
    )


def _newer(a: Node, b: Node) -> tuple[Node, Node] | None:
    """(newer, older) when two claims of one quantity were made at different times."""
    if a.end != b.end:
        return (a, b) if (a.end or 0) > (b.end or 0) else (b, a)
    pa, pb = a.claim.published, b.claim.published
    if pa is not None and pb is not None and pa != pb:
        return (a, b) if pa > pb else (b, a)
    return None


@attrs.define
class Comparisons:
    """The shared input of the detectors; conflicts are measured once, on first use."""

    index: ClaimIndex
    pairs: list[Pair]
    comparable: Callable[[Claim, Claim], bool] | None = None  # also for a clique's pairs
    _conflicts: list[Conflict] | None = None
    _revisions: dict[str, Revision] = attrs.field(factory=dict)
    _slack: dict[str, float] = attrs.field(factory=dict)
    _by_quantity: dict[int, tuple[Quantity, Facts]] = attrs.field(factory=dict)
    _measured: list[Conflict] | None = None  # the conflicts of ``pairs`` (`measure()`)
    paired: set[str] = attrs.field(factory=set)
    """The metrics of which two claims were set against each other (`measure()`)."""
    withheld: set[str] = attrs.field(factory=set)
    """The metrics with a pair the ``comparable`` hook withheld (`measure()`)."""
    partners: Partners = attrs.field(factory=dict)
    """With ``same``, each claim's partners in the ``SAME`` pairs `measure()` met, for the
    estimates (`discrepancy._quantities.quantities()`)."""
    shown: bool = False
    """With ``same``, whether one of those pairs has an announced claim."""

    def measure(self, grouped: Iterable[tuple[str, Iterable[Pair]]], *, same: bool) -> None:
        """Measure the comparable pairs as they come, keeping in ``pairs`` only those a
        detector reads again: a pledge and a count, or two claims of different status
        classes (``announced_vs_confirmed``). With ``same``, each ``SAME`` pair's claims are
        put in each other's ``partners`` (the estimates' quantities) as the pair is met, so
        the estimates do not walk the pairs again. The others (most, at scale: the nested
        periods of one event) are let go as soon as they are measured, instead of living to
        the end of ``check``.

        ``grouped`` gives each group's metric and pairs (`ClaimIndex.grouped_pairs()`); the
        conflicts, revisions and kept pairs are those of measuring the list of all pairs
        the ``comparable`` hook lets through, in the same order.
        """
        found: list[Conflict] = []
        kept: list[Pair] = []
        comparable, conflict = self.comparable, self._conflict
        pledge, same_relation, nested = Relation.PLEDGE, Relation.SAME, Relation.NESTED
        at_most = Qualifier.AT_MOST
        announced, node_type = StatusClass.ANNOUNCED, Node
        partners = self.partners
        get = partners.get
        shown = False
        for metric, pairs in grouped:
            met = False
            for pair in pairs:
                a, b, relation = pair
                if comparable is not None and not comparable(a.claim, b.claim):
                    self.withheld.add(metric)
                    continue
                met = True
                # most pairs at scale are the counts of one event on different days
                # (NESTED): for two claims of one status class, neither a part nor a
                # revision, whose intervals share a point, `_conflict()` would reach
                # `nested_conflict()` (no sibling, revision or announced pair; ``same and
                # not overlap`` is false), where the inner count is not above the outer
                # (they overlap) and a bound is tested only if the inner says "at most";
                # and such a pair is not kept (one status class, not a pledge, not SAME)
                if relation is nested and a.status_class is b.status_class:
                    ca, cb = a.claim, b.claim
                    if (
                        ca.part_of is None
                        and cb.part_of is None
                        and ca.supersedes is None
                        and cb.supersedes is None
                        and cb.quantity.qualifier is not at_most
                        and a.interval.overlaps(b.interval)
                    ):
                        continue  # nothing to measure, nothing to keep
                found_one = conflict(pair)
                if found_one is not None:
                    found.append(found_one)
                sa, sb = a.status_class, b.status_class
                if sa is not sb or relation is pledge:
                    kept.append(pair)
                if same and relation is same_relation:
                    # each the other's partner (`discrepancy._quantities.pair_up()`
                    # inline: half a million pairs at a million claims): most claims
                    # have one, many a second
                    x, y = id(a), id(b)
                    had = get(x)
                    if had is None:
                        partners[x] = b
                    elif type(had) is node_type:
                        partners[x] = (had, b)
                    else:
                        add_partner(partners, x, had, b)
                    had = get(y)
                    if had is None:
                        partners[y] = a
                    elif type(had) is node_type:
                        partners[y] = (had, a)
                    else:
                        add_partner(partners, y, had, a)
                    shown = shown or sa is announced or sb is announced
            if met:
                self.paired.add(metric)
        self.pairs = kept
        self._measured = found
        self.shown = self.shown or shown

    @property
    def policy(self) -> Policy:
        return self.index.policy

    def conflicts(self) -> list[Conflict]:
        if self._conflicts is None:
            from discrepancy.detectors._fans import fan_conflicts
            from discrepancy.detectors._windowed import window_conflicts

            if self._measured is None:
                found = [c for c in map(self._conflict, self.pairs) if c is not None]
            else:
                found, self._measured = self._measured, None
            test = self._clique_test if self.comparable is None else None
            for clique in self.index.cliques:
                found += fan_conflicts(
                    clique, self._clique_conflict, self._facts, test, self._clique_build
                )
            self._by_quantity.clear()  # the searches are over: their facts are let go
            for window in self.index.windows:
                found += window_conflicts(
                    window, self.policy.window_days, self._clique_conflict, self._slack_of
                )
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

    def _facts(self, node: Node) -> Facts:
        """What the sorted searches of a clique read of a claim, worked out once
        (`discrepancy.detectors._forest.Facts`): its interval's ends and openness, its
        precision slack, its absolute bar and relative bar (`Policy.material` with it as
        the larger count), and its ``(up, down, loose)``: ``node`` conflicts with a claim
        starting at ``low`` above it only if ``low > up``, with one ending at ``high``
        below it only if ``high < down`` (when the other's own bound holds too);
        ``loose``: its slack exceeds the absolute and relative bars at its own figure, and
        may decide a gap (`discrepancy.detectors._cliques`). They depend on the claim's
        quantity alone, which claims share (reading keeps one per distinct wording): worked
        out once per quantity."""
        quantity = node.claim.quantity
        known = self._by_quantity.get(id(quantity))
        if known is not None and known[0] is quantity:
            return known[1]
        found = self._facts_of(node)
        self._by_quantity[id(quantity)] = (quantity, found)  # kept alive: its id stays its own
        return found

    def _facts_of(self, node: Node) -> Facts:
        policy, slack = self.policy, self._slack_of(node)
        absolute = (
            policy.material_points
            if node.claim.quantity.unit == "percent"
            else policy.material_absolute
        )
        interval = node.interval
        low, high = interval.low, interval.high
        relative = policy.material_relative * low
        return (
            low,
            high,
            interval.low_open,
            interval.high_open,
            slack,
            absolute,
            relative,
            high + max(absolute, slack),
            min(low - relative, low - slack),
            slack > max(absolute, relative),
        )

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
            return nested_conflict(
                a, b, same, material=self.material, tolerance=self.policy.bound_tolerance
            )
        if not overlap:
            low, high = (a, b) if a.interval.high <= b.interval.low else (b, a)
            if not self.material(low, high, max(high.interval.low - low.interval.high, 0.0)):
                return None  # the closest reading of the gap, as gap_between measures it
            gap = gap_between(low.interval, high.interval)
            days = abs((a.end or 0) - (b.end or 0)) if relation is Relation.RUNNING else 0
            return Conflict(low, high, gap, days=days)
        if same or not (states_bound(ca) or states_bound(cb)):
            return None
        tolerance = self.policy.bound_tolerance
        return bound_conflict(a, b, material=self.material, tolerance=tolerance) or bound_conflict(
            b, a, material=self.material, tolerance=tolerance
        )

    def _clique_conflict(self, pair: Pair) -> Conflict | None:
        """`_conflict()` for two claims of one large clique (`compare._cliques()`), or of
        two claimants of one window set (`discrepancy._windows`).

        Both are specific figures of one named claimant each, of one status class,
        publication date and end day, with no part, revision, bound, pledge or event: of
        `_conflict()`'s tests only the ``comparable`` hook, the overlap and materiality can
        decide a ``SAME`` pair (a claimant's two figures of one day and publication are
        never a revision: `_newer()` orders neither). ``NESTED`` pairs take the full way.
        """
        a, b, relation = pair
        if relation is not Relation.SAME:
            return self._conflict(pair)
        if self.comparable is not None and not self.comparable(a.claim, b.claim):
            return None
        ia, ib = a.interval, b.interval
        if ia.overlaps(ib):
            return None
        low, high = (a, b) if ia.high <= ib.low else (b, a)
        if not self.material(low, high, max(high.interval.low - low.interval.high, 0.0)):
            return None
        gap = gap_between(low.interval, high.interval)
        if _CONFLICT is None:
            return Conflict(low, high, gap)
        return _CONFLICT(low, high, gap, False, False, 0)

    def _clique_build(self, low: Node, high: Node, nested: bool) -> Conflict:
        """`_clique_conflict()` of two claims of a large clique already found to conflict,
        ``low`` below ``high`` (`discrepancy.detectors._keep.Keeper.meet()` and
        ``nested()`` test them as `_clique_test()` does). A ``NESTED`` pair of a fan (two
        plain claims of one status class over periods with different starts: never a
        bound, a revision or a part) is then `nested_conflict()`'s conflict. Its gap is
        measured when first read (`discrepancy.conflicts.Link`): most are never read."""
        return link(low, high, nested)

    def _clique_test(self, pair: Pair) -> bool:
        """Whether `_clique_conflict()` finds a conflict, without measuring it: two claims
        of one large clique with no ``comparable`` hook (a ``NESTED`` pair of a clique is
        one status class, with no bound, revision or part: `_conflict()` then reads only
        the order of the intervals and materiality)."""
        a, b, relation = pair
        ia, ib = a.interval, b.interval
        if relation is Relation.SAME:
            if ia.overlaps(ib):
                return False
            low, high = (a, b) if ia.high <= ib.low else (b, a)
        elif relation is Relation.NESTED:
            if not ib.above(ia):
                return False
            low, high = a, b
        else:
            return self._conflict(pair) is not None
        return self.material(low, high, max(high.interval.low - low.interval.high, 0.0))

    def _replaces(self, pair: Pair) -> bool:
        """A claimant's later count of the same quantity: a revision, not a contradiction."""
        if pair.relation is Relation.NESTED:  # one running total, since one day: updated
            if event_days(pair.a, pair.b):
                return True  # session 10: one event's toll given on two days
            return pair.a.start == pair.b.start and pair.a.end != pair.b.end
        return _newer(pair.a, pair.b) is not None

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
