"""Breakdowns are not rival figures (issue 9, audit pattern P1; our own sentences).

One source giving several figures of one metric in one sentence is breaking one quantity
down ("280 students and 11 staff, 291 in all"; "Cali (14), Valle del Cauca (9) and Bogotá
(8)"): scan never sets them against each other, nor reads one as a revision of another
without a revision cue, nor makes one sibling of a list the whole of another through the
place hierarchy. A part that names its whole (``part_of``) and a figure that replaces
another (``supersedes``) are still set against what they name.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from discrepancy import Claim, Evidence, OrgRef, Period, Quantity, check, extract
from discrepancy._scan_rules import SIZES_APART, dated_apart_only, one_collective, share_like
from discrepancy.discrepancies import Kind
from discrepancy.scan import check_extracted, one_breakdown, withheld

PUBLISHED = dt.date(2026, 3, 4)
FRIDAY = dt.date(2026, 2, 27)


def _claim(
    surface: str,
    who: str | None = "Regional Council",
    *,
    start: int = 0,
    end: int = 90,
    doc: str = "a.txt",
    day: dt.date | None = None,
    metric: str = "hostages",
    scope: str | None = None,
    part_of: str | None = None,
    supersedes: str | None = None,
) -> Claim:
    return Claim(
        quantity=Quantity.parse(surface),
        metric=metric,
        scope=scope,
        claimants=(OrgRef(mention=who),) if who else (),
        as_of=Period.on(day or PUBLISHED),
        published=PUBLISHED,
        part_of=part_of,
        supersedes=supersedes,
        evidence=Evidence(doc=doc, start=start, end=end),
    )


def test_parts_of_a_total_in_one_sentence_are_no_revision_of_it() -> None:
    # "The council's updated count is 280 students and 11 staff, for a total of 291
    # abducted on Friday": the total carries the day, its parts do not
    total = _claim("291", day=FRIDAY)
    parts = [_claim("280"), _claim("11")]
    assert check([total, *parts]).revisions  # check alone reads a later, other count
    report = check_extracted([total, *parts])
    assert report.revisions == ()
    assert report.discrepancies == ()


def test_siblings_of_one_list_are_not_a_place_and_its_part() -> None:
    # "El Ministerio de Salud contabilizó 31 muertos en la provincia: Cali (14), Valle del
    # Cauca (9) y Bogotá (8)": Valle del Cauca here is the rest of the department
    text = (
        "El Ministerio de Salud contabilizó 31 muertos en la provincia: Cali (14), "
        "Valle del Cauca (9) y Bogotá (8)."
    )
    claims = extract(text, published=PUBLISHED, doc_id="a.txt")
    assert {c.scope for c in claims} >= {"Cali", "Valle del Cauca"}
    assert Kind.PARTS_EXCEED_WHOLE in [d.kind for d in check(claims).discrepancies]
    assert check_extracted(claims).discrepancies == ()


def test_siblings_of_a_place_list_with_no_gazetteer_link_stay_quiet() -> None:
    claims = [
        _claim("14", "Ministerio de Salud", metric="deaths", scope="Cali"),
        _claim("9", "Ministerio de Salud", metric="deaths", scope="Valle del Cauca"),
    ]
    assert Kind.PARTS_EXCEED_WHOLE in [d.kind for d in check(claims).discrepancies]
    assert check_extracted(claims).discrepancies == ()


def test_a_revision_cue_still_makes_a_revision_in_one_sentence() -> None:
    # "The council revised its count from 280 to 291": the cue is ``supersedes``
    old = _claim("280")
    new = _claim("291", supersedes=old.id)
    assert not one_breakdown(old, new)
    assert [r.claim for r in check_extracted([old, new]).revisions] == [new.id]


def test_a_part_that_names_its_whole_is_still_checked_against_it() -> None:
    # "Of the 20 deaths, 15 were in Cali and 10 in Bogotá": the parts exceed their whole
    whole = _claim("20", metric="deaths")
    parts = [_claim(n, metric="deaths", part_of=whole.id) for n in ("15", "10")]
    kinds = [d.kind for d in check_extracted([whole, *parts]).discrepancies]
    assert kinds == [Kind.PARTS_EXCEED_WHOLE]


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ({"start": 0, "end": 90}, {"start": 100, "end": 150}, False),  # two sentences
        ({"doc": "a.txt"}, {"doc": "b.txt"}, False),  # two texts
        ({"who": "Regional Council"}, {"who": "Red Cross"}, False),  # two sources
        ({"metric": "hostages"}, {"metric": "deaths"}, False),  # two metrics
        ({"who": None}, {"who": None}, False),  # no source named: the unnamed rule
        ({}, {}, True),
    ],
)
def test_one_breakdown_needs_one_source_metric_and_sentence(
    first: dict[str, object], second: dict[str, object], same: bool
) -> None:
    a = _claim("280", **first)  # type: ignore[arg-type]
    b = _claim("11", **second)  # type: ignore[arg-type]
    assert one_breakdown(a, b) is same
    assert one_breakdown(b, a) is same
    if same:
        assert not withheld([a, b]).comparable(a, b)


@given(st.integers(min_value=1, max_value=10**6), st.integers(min_value=1, max_value=10**6))
def test_two_sources_in_one_sentence_are_still_compared(low: int, high: int) -> None:
    # "Police counted N while the organizers said M": one sentence, two sources (within one
    # order of magnitude: a figure ten times another in one text is a part, see sizes_apart)
    assume(low + high < SIZES_APART * low)
    police = _claim(str(low), "Police", metric="protesters")
    organizers = _claim(str(low + high), "Organizers", metric="protesters")
    assert not one_breakdown(police, organizers)
    assert withheld([police, organizers]).comparable(police, organizers)


@pytest.mark.parametrize("surface", ["94.8", "94,8", "0.5", "12.25"])
def test_a_count_with_a_fraction_under_100_is_a_share_not_a_rival(surface: str) -> None:
    # "el seguimiento llega al 96 % en el campo y al 94,8 en la industria", the 94,8 read as
    # 94.8 people, against the unions' 9.18 million workers on strike
    share = _claim(surface, "Unions", metric="strikers")
    count = _claim("9,180,000", "Employers", metric="strikers", start=100, end=150)
    assert share_like(share)
    assert [d.kind for d in check([share, count]).discrepancies] == [Kind.SOURCE_DISAGREEMENT]
    assert check_extracted([share, count]).discrepancies == ()
    assert "share" in withheld([share, count]).reasons[share.id]


@pytest.mark.parametrize("surface", ["94", "120.5", "2.5 million", "94 percent"])
def test_whole_counts_and_real_shares_are_not_share_like(surface: str) -> None:
    assert not share_like(_claim(surface))


@pytest.mark.parametrize(
    ("collective", "members"),
    [
        ("los sindicatos", ("Comisiones Obreras", "UGT")),
        ("las organizaciones sindicales", ("Unión General de Trabajadores",)),
        ("the unions", ("Transport Workers Union",)),
    ],
)
def test_a_collective_and_its_named_members_are_one_source(
    collective: str, members: tuple[str, ...]
) -> None:
    # "según los sindicatos, 77 %"; later "según CCOO y UGT, 70 %": the unions, twice
    whole = _claim("77 percent", collective, metric="strikers")
    named = Claim(
        quantity=Quantity.parse("70 percent"),
        metric="strikers",
        claimants=tuple(OrgRef(mention=m) for m in members),
        as_of=Period.on(PUBLISHED),
        evidence=Evidence(doc="a.txt", start=200, end=260),
    )
    assert one_collective(whole, named)
    assert one_collective(named, whole)
    assert [d.kind for d in check([whole, named]).discrepancies] == [Kind.SOURCE_DISAGREEMENT]
    assert check_extracted([whole, named]).discrepancies == ()
    elsewhere = attrs.evolve(named, evidence=Evidence(doc="b.txt", start=0, end=60))
    assert not one_collective(whole, elsewhere)  # another text: compared as ever


@pytest.mark.parametrize(
    ("collective", "other"),
    [("los sindicatos", "Gobierno"), ("the unions", "European Union"), ("the unions", "police")],
)
def test_a_collective_is_still_set_against_other_sources(collective: str, other: str) -> None:
    unions = _claim("77 percent", collective, metric="strikers")
    rival = _claim("15 percent", other, metric="strikers", start=100, end=150)
    expected = other == "European Union"  # a member word ("union") is all the rule reads
    assert one_collective(unions, rival) is expected


def test_shares_that_name_their_whole_are_not_added_up() -> None:
    # "the unions put turnout at 77 %; 96 % in farming and 94 % in industry": shares of
    # three populations, never a sum to set against the overall share
    whole = _claim("77 percent", metric="strikers")
    parts = [
        _claim(s, metric="strikers", part_of=whole.id, start=100 + k, end=150)
        for k, s in enumerate(("96 percent", "94 percent"))
    ]
    assert check([whole, *parts]).discrepancies == ()
    counts = [_claim("77", metric="strikers")]
    counts += [_claim(n, metric="strikers", part_of=counts[0].id) for n in ("60", "50")]
    kinds = [d.kind for d in check(counts).discrepancies]
    assert kinds == [Kind.PARTS_EXCEED_WHOLE]  # counts still add up


def test_a_part_of_a_whole_elsewhere_still_heads_its_own_breakdown() -> None:
    # "20 new releases, bringing the total to 297" and "the 20 were 15 nationals and 5
    # foreigners": the 20 is a part of the 297, and the whole of its own breakdown
    total = _claim("297", metric="releases", day=FRIDAY, start=0, end=90)
    new = _claim("20", metric="releases", part_of=total.id, start=100, end=190)
    parts = [_claim(n, metric="releases", start=100, end=190) for n in ("15", "5")]
    reasons = withheld([total, new, *parts]).reasons
    assert set(reasons) == {p.id for p in parts}
    assert all("breakdown" in reasons[p.id] for p in parts)


def _dated(surface: str, day: dt.date, *, inferred: bool, start: int) -> Claim:
    return Claim(
        quantity=Quantity.parse(surface),
        metric="hostages",
        claimants=(OrgRef(mention="Regional Council"),),
        as_of=Period.on(day),
        as_of_inferred=inferred,
        published=PUBLISHED,
        evidence=Evidence(doc="a.txt", start=start, end=start + 60),
    )


def test_a_date_on_one_figure_and_none_on_the_other_is_no_revision() -> None:
    # "The council counted 315 hostages on Friday." ... "The council gives 303 students."
    stated = _dated("315", FRIDAY, inferred=False, start=0)
    undated = _dated("303", PUBLISHED, inferred=True, start=100)
    assert dated_apart_only(stated, undated)
    assert check([stated, undated]).revisions  # check reads a later count of one source
    assert check_extracted([stated, undated]).revisions == ()


def test_two_stated_dates_still_make_a_revision() -> None:
    # "On Friday the council counted 280 hostages; on Wednesday it counted 315"
    earlier = _dated("280", FRIDAY, inferred=False, start=0)
    later = _dated("315", PUBLISHED, inferred=False, start=100)
    assert not dated_apart_only(earlier, later)
    assert [r.claim for r in check_extracted([earlier, later]).revisions] == [later.id]
