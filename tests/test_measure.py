"""Issue 10, item 4: pairs measured as they come give what the list of every pair gave.

``check`` measures each comparable pair as the index yields it and keeps only the pairs a
detector reads again (`Comparisons.measure`). The reference here is the way before it: the
list of every pair the ``comparable`` hook lets through, measured by ``conflicts()`` and read
by every detector. Both must give the same report on random, densely comparable claims.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Claim, OrgRef, Period, Quantity, Report, Status, check
from discrepancy._quantities import pair_up
from discrepancy.claim import StatusClass
from discrepancy.compare import ClaimIndex, Pair, Relation
from discrepancy.detectors import Comparisons
from discrepancy.metrics import MetricRegistry
from discrepancy.policy import Policy

_DAY = dt.date(2024, 3, 1)
_FIGURES = st.sampled_from(
    (
        *("100", "about 100", "120", "nearly 300", "at least 250", "up to 90", "40"),
        *("more than 1,000", "between 80 and 110", "some 5,000", "4,000", "at most 60"),
    )
)


@st.composite
def _dense_claims(draw: st.DrawFn) -> list[Claim]:
    """Few metrics, places, sources, events and days: most claims meet several others."""
    n = draw(st.integers(min_value=2, max_value=24))
    claims = []
    for k in range(n):
        start = draw(st.none() | st.integers(min_value=0, max_value=40))
        end = draw(st.integers(min_value=0, max_value=40))
        as_of = (
            None
            if draw(st.booleans()) and draw(st.booleans())
            else Period(
                start=None if start is None else _DAY + dt.timedelta(days=min(start, end)),
                end=_DAY + dt.timedelta(days=end),
            )
        )
        sources = draw(st.lists(st.sampled_from(["Source A", "Source B", "Source C"]), max_size=2))
        claims.append(
            Claim(
                id=f"c{k:02d}",
                quantity=Quantity.parse(draw(_FIGURES)),
                metric=draw(st.sampled_from(["displaced", "releases", "freed"])),
                scope=draw(st.sampled_from([None, "Region 1", "Region 2"])),
                claimants=tuple(OrgRef(mention=s) for s in dict.fromkeys(sources)),
                outlet=draw(st.none() | st.just(OrgRef(mention="Wire"))),
                status=draw(st.sampled_from(Status)),
                as_of=as_of,
                published=draw(st.none() | st.just(_DAY + dt.timedelta(days=41))),
                event=draw(st.sampled_from([None, None, "wave-1", "wave-2"])),
                part_of=draw(st.none() | st.sampled_from([f"c{j:02d}" for j in range(n)])),
                supersedes=draw(st.none() | st.sampled_from([f"c{j:02d}" for j in range(n)])),
            )
        )
    return claims


_CLOSE = st.sampled_from(
    (
        *("100", "about 100", "between 90 and 100", "between 100 and 120", "95", "120"),
        *("up to 100", "at most 120", "more than 90", "fewer than 100", "110"),
    )
)
"""Figures that mostly share a point, some only at an end: an event is often quiet."""


def _rarely(draw: st.DrawFn, value: object, default: object, one_in: int = 10) -> object:
    return value if draw(st.integers(min_value=1, max_value=one_in)) == 1 else default


@st.composite
def _event_claims(draw: st.DrawFn) -> list[Claim]:
    """Counts of one event (now and then two) over explicit closed periods, most of them
    of one scope and status, their figures sharing a point: the quiet events whose pairs
    `compare._same_start()` leaves out, and events that one claim keeps from being quiet
    (another status, a pledge, a part, a revision, an open start, no scope, "at most")."""
    n = draw(st.integers(min_value=2, max_value=12))
    ids = [f"c{k:02d}" for k in range(n)]
    claims = []
    for k in range(n):
        end = draw(st.integers(min_value=20, max_value=23))
        start = draw(st.integers(min_value=0, max_value=19))
        if draw(st.integers(min_value=1, max_value=5)) == 1:
            start = end  # session 10: a count of one day (two such days are running totals)
        status = draw(st.sampled_from([Status.CONFIRMED, Status.PLEDGED, Status.ANNOUNCED]))
        claims.append(
            Claim(
                id=ids[k],
                quantity=Quantity.parse(draw(_CLOSE)),
                metric="freed",
                scope=_rarely(draw, None, "Region 1"),  # type: ignore[arg-type]
                claimants=(OrgRef(mention=draw(st.sampled_from(["Source A", "Source B"]))),),
                status=_rarely(draw, status, Status.REPORTED),  # type: ignore[arg-type]
                as_of=Period(
                    start=_rarely(draw, None, _DAY + dt.timedelta(days=start)),  # type: ignore[arg-type]
                    end=_DAY + dt.timedelta(days=end),
                ),
                event=_rarely(draw, "wave-2", "wave-1", 6),  # type: ignore[arg-type]
                part_of=_rarely(draw, draw(st.sampled_from(ids)), None),  # type: ignore[arg-type]
                supersedes=_rarely(draw, draw(st.sampled_from(ids)), None),  # type: ignore[arg-type]
            )
        )
    return claims


def _listed(
    self: Comparisons, grouped: Iterable[tuple[str, Iterable[Pair]]], *, same: bool
) -> None:
    """The way before ``measure``: every pair listed, the hook's choice applied to the list,
    the conflicts measured later by ``conflicts()`` over it. The pairs are the index's
    full list, not ``grouped`` (``check`` asks for the lean one when there is no hook)."""
    del grouped
    every = [(metric, pair) for metric, pairs in self.index.grouped_pairs() for pair in pairs]
    hook = self.comparable
    kept = [(m, p) for m, p in every if hook is None or hook(p.a.claim, p.b.claim)]
    self.pairs = [p for _m, p in kept]
    self.paired = {m for m, _p in kept}
    self.withheld = {m for m, _p in every} if len(kept) < len(every) else set()
    if same:  # the estimates' partners, from the listed SAME pairs
        for p in self.pairs:
            if p.relation is Relation.SAME:
                pair_up(self.partners, p.a, p.b)
                self.shown = self.shown or StatusClass.ANNOUNCED in (
                    p.a.status_class,
                    p.b.status_class,
                )


def _both(
    claims: list[Claim], hook: Callable[[Claim, Claim], bool] | None, estimates: bool
) -> tuple[Report, Report]:
    streamed = check(claims, comparable=hook, estimates=estimates)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Comparisons, "measure", _listed)
        listed = check(claims, comparable=hook, estimates=estimates)
    return streamed, listed


def _apart(a: Claim, b: Claim) -> bool:
    return (a.scope is None) == (b.scope is None)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    claims=_dense_claims(),
    hook=st.sampled_from([None, _apart]),
    estimates=st.booleans(),
)
def test_pairs_measured_as_they_come_report_what_the_listed_pairs_report(
    claims: list[Claim], hook: Callable[[Claim, Claim], bool] | None, estimates: bool
) -> None:
    streamed, listed = _both(claims, hook, estimates)
    assert streamed == listed


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(claims=_event_claims(), estimates=st.booleans())
def test_the_lean_pairs_of_one_event_report_what_every_pair_reports(
    claims: list[Claim], estimates: bool
) -> None:
    """Without a hook ``check`` asks for the lean pairs (`ClaimIndex.grouped_pairs`): the
    nested counts of one event that cannot conflict are not even built."""
    streamed, listed = _both(claims, None, estimates)
    assert streamed == listed


def test_the_reference_is_not_the_path_under_test() -> None:
    """The monkeypatched reference does take the other way: it keeps every pair."""
    claims = [
        Claim(
            id=f"c{k}",
            quantity=Quantity.parse(str(100 + k)),
            metric="freed",
            event="wave-1",
            claimants=(OrgRef(mention="Source A"),),
            status=Status.REPORTED,
            as_of=Period(start=None, end=_DAY + dt.timedelta(days=k)),
        )
        for k in range(4)
    ]
    seen: list[int] = []

    def spy(self: Comparisons, grouped: Iterable[tuple[str, Iterable[Pair]]], *, same: bool):
        _listed(self, grouped, same=same)
        seen.append(len(self.pairs))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Comparisons, "measure", spy)
        check(claims)
    assert seen == [6]  # one event, four counts of it: every pair listed

    kept: list[int] = []
    original = Comparisons.measure

    def count(self: Comparisons, grouped: Iterable[tuple[str, Iterable[Pair]]], *, same: bool):
        original(self, grouped, same=same)
        kept.append(len(self.pairs))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(Comparisons, "measure", count)
        check(claims)
    assert kept == [0]  # one status class, no pledge: none is read again


def test_an_inner_at_most_against_a_smaller_outer_count_is_still_measured() -> None:
    """Nested periods of one event whose intervals share a point are skipped unmeasured,
    except where the inner count says "at most": "up to 1,400" over one week, 834 over the
    month that holds it, from another source, is a bound the other count sits far below."""
    month = Period(start=_DAY, end=_DAY + dt.timedelta(days=30))
    week = Period(start=_DAY + dt.timedelta(days=7), end=_DAY + dt.timedelta(days=14))
    claims = [
        Claim(
            id="outer",
            quantity=Quantity.parse("834"),
            metric="freed",
            event="wave-1",
            claimants=(OrgRef(mention="Source A"),),
            as_of=month,
        ),
        Claim(
            id="inner",
            quantity=Quantity.parse("up to 1,400"),
            metric="freed",
            event="wave-1",
            claimants=(OrgRef(mention="Source B"),),
            as_of=week,
        ),
    ]
    streamed, listed = _both(claims, None, estimates=False)
    assert streamed == listed
    assert [d.claims for d in streamed.discrepancies] == [("inner", "outer")]


def test_counts_of_one_event_on_two_single_days_are_measured_lean_or_not() -> None:
    """Session 10: one event's counts dated by two single days are its toll at two days
    (running totals): a lower bound and another source's count far above it, whose
    intervals share a point, are a disagreement the lean pairs must not leave out."""
    claims = [
        Claim(
            id=f"c{k}",
            quantity=Quantity.parse(figure),
            metric="freed",
            scope="Region 1",
            event="wave-1",
            claimants=(OrgRef(mention=source),),
            status=Status.REPORTED,
            as_of=Period.on(_DAY + dt.timedelta(days=k)),
        )
        for k, (figure, source) in enumerate(
            [("more than 90", "Source A"), ("about 120", "Source B")]
        )
    ]
    claims += [  # another event whose pairs are given: no fallback measures the quiet one's
        Claim(
            id=f"w{k}",
            quantity=Quantity.parse("50"),
            metric="freed",
            scope="Region 1",
            event="wave-2",
            claimants=(OrgRef(mention="Source C"),),
            status=status,
            as_of=Period.on(_DAY),
        )
        for k, status in enumerate([Status.ANNOUNCED, Status.CONFIRMED])
    ]
    streamed, listed = _both(claims, None, False)
    assert streamed == listed
    assert [d.kind.value for d in streamed.discrepancies] == ["source_disagreement"]


def test_a_daily_feed_of_one_event_gives_only_its_close_pairs() -> None:
    """Session 10: counts of single days of one event are compared as running totals, yet a
    quiet feed of them (one scope, status and reading) still gives only the pairs within the
    window, not every pair of its days (issue 10: check stays linear)."""
    days = 400
    claims = [
        Claim(
            id=f"d{k:03d}",
            quantity=Quantity.parse("about 100"),
            metric="freed",
            scope="Region 1",
            event="wave-1",
            claimants=(OrgRef(mention=f"Source {k % 3}"),),
            status=Status.REPORTED,
            as_of=Period.on(_DAY + dt.timedelta(days=k)),
        )
        for k in range(days)
    ]
    index = ClaimIndex.build(claims, MetricRegistry.builtin(), Policy())
    pairs = [p for _metric, found in index.grouped_pairs(lean=True) for p in found]
    assert 0 < len(pairs) <= days * (Policy().window_days + 1)
    streamed, listed = _both(claims[:40], None, False)
    assert streamed == listed


_SHARED = st.sampled_from(
    (
        *("about 100", "between 90 and 110", "between 80 and 130", "more than 90"),
        *("fewer than 110", "some 100", "almost 105", "around 98"),
    )
)
"""Figures that all share the interior point 100 (between 95 and 102.9): an event of
these, of one scope and status, with explicit periods, is quiet."""


@st.composite
def _nearly_quiet_events(draw: st.DrawFn) -> list[Claim]:
    """Counts of one event that would be quiet (`compare._quiet()`) but for one claim of
    another status class (an announcement: the estimates read its nested pairs) or one
    inner count saying "at most" far above the others (a bound the others sit below); or
    with neither. Each of `_quiet()`'s two conditions is needed for these."""
    n = draw(st.integers(min_value=2, max_value=10))
    odd = draw(st.sampled_from(["none", "status", "at most"]))
    status = draw(st.sampled_from([Status.REPORTED, Status.CONFIRMED]))
    which = draw(st.integers(min_value=0, max_value=n - 1))
    claims = []
    for k in range(n):
        start = draw(st.integers(min_value=0, max_value=19))
        figure = draw(_SHARED)
        claim_status = status
        if k == which and odd == "status":
            claim_status = draw(st.sampled_from([Status.ANNOUNCED, Status.CLAIMED]))
        if k == which and odd == "at most":
            figure = draw(st.sampled_from(["up to 400", "at most 1,400"]))
        claims.append(
            Claim(
                id=f"c{k:02d}",
                quantity=Quantity.parse(figure),
                metric="freed",
                scope="Region 1",
                claimants=(OrgRef(mention=draw(st.sampled_from(["Source A", "Source B"]))),),
                status=claim_status,
                as_of=Period(
                    start=_DAY + dt.timedelta(days=start),
                    end=_DAY + dt.timedelta(days=draw(st.integers(min_value=20, max_value=23))),
                ),
                event="wave-1",
            )
        )
    return claims


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(claims=_nearly_quiet_events(), estimates=st.booleans())
def test_an_event_quiet_but_for_one_claim_reports_what_every_pair_reports(
    claims: list[Claim], estimates: bool
) -> None:
    """The lean pairs (`ClaimIndex.grouped_pairs(lean=True)`) leave out an event's pairs
    only when it is quiet: one claim of another status class, or one "at most" count,
    keeps every pair. (Treating either as quiet fails this.)"""
    streamed, listed = _both(claims, None, estimates)
    assert streamed == listed
