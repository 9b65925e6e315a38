"""Scan never sets a precise count against a figure ten times its size in one text (issue 9).

A counted figure ten times smaller or larger than another figure of the same article counts
another set: a whole against a part the extraction could not tell apart (a group within a
total, a town within its country, a few hours within a year). Two estimates that far apart (a
crowd) are still a dispute. Sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Claim, Evidence, OrgRef, Period, Quantity, check, extract
from discrepancy._scan_rules import SIZES_APART, sizes_apart
from discrepancy.discrepancies import Kind
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)
DAY = dt.date(2026, 3, 2)


def _claim(
    surface: str,
    who: str,
    *,
    doc: str = "a.txt",
    start: int = 0,
    metric: str = "deaths",
    supersedes: str | None = None,
) -> Claim:
    return Claim(
        quantity=Quantity.parse(surface),
        metric=metric,
        claimants=(OrgRef(mention=who),),
        as_of=Period.on(DAY),
        published=PUBLISHED,
        supersedes=supersedes,
        evidence=Evidence(doc=doc, start=start, end=start + 20),
    )


def _kinds(text: str) -> list[Kind]:
    claims = extract(text, published=PUBLISHED, doc_id="a.txt")
    return [d.kind for d in check_extracted(claims).discrepancies]


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Korvia said 12 people died in the storm on Monday. The Red Cross said "
        "more than 3,000 people died in the storm across the region on Monday.",
        "Las autoridades de Korvia dijeron que 12 personas murieron en la tormenta el lunes. "
        "La Cruz Roja dijo que más de 3.000 personas murieron en la tormenta en la región el "
        "lunes.",
        "The Interior Ministry said 240 pupils were abducted from a school in Varnel on "
        "Monday. The school's director said four teachers were also abducted on Monday.",
        "El Ministerio del Interior dijo que 240 alumnos fueron secuestrados en una escuela de "
        "Varnel el lunes. El director de la escuela dijo que cuatro maestros también fueron "
        "secuestrados el lunes.",
    ],
)
def test_a_figure_ten_times_another_in_one_text_is_no_rival(text: str) -> None:
    claims = extract(text, published=PUBLISHED, doc_id="a.txt")
    assert len(claims) == 2
    assert [d.kind for d in check(claims).discrepancies] == [Kind.SOURCE_DISAGREEMENT]
    assert _kinds(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Korvia said 12 people died in the storm on Monday. The Red Cross said 30 "
        "people died in the storm across the region on Monday.",
        "Las autoridades de Korvia dijeron que 12 personas murieron en la tormenta el lunes. "
        "La Cruz Roja dijo que 30 personas murieron en la tormenta en la región el lunes.",
        # two estimates of a crowd, an order of magnitude apart: the classic dispute
        "Police said 30,000 people marched in Varnel on Saturday. The organizers said about "
        "400,000 people marched in Varnel on Saturday.",
        "La policía dijo que 30.000 personas marcharon en Varnel el sábado. Los organizadores "
        "dijeron que unas 400.000 personas marcharon en Varnel el sábado.",
    ],
)
def test_rival_counts_and_rival_estimates_are_still_reported(text: str) -> None:
    assert _kinds(text) == [Kind.SOURCE_DISAGREEMENT]


def test_the_rule_is_one_of_one_text() -> None:
    small, large = _claim("12", "Officials"), _claim("3,017", "Red Cross", start=100)
    assert sizes_apart(small, large)
    assert sizes_apart(large, small)
    elsewhere = _claim("3,017", "Red Cross", doc="b.txt")
    assert not sizes_apart(small, elsewhere)
    assert check_extracted([small, elsewhere]).discrepancies


def test_a_revision_the_text_states_is_still_compared() -> None:
    first = _claim("12", "Officials")
    later = _claim("3,017", "Officials", start=100, supersedes=first.id)
    assert not sizes_apart(first, later)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("300", "3,017", True),
        ("302", "3,017", False),
        ("about 300", "3,017", False),  # the smaller may reach 315: not surely ten times
        ("more than 300", "5,017", False),  # no upper end: its size is not known
        ("up to 20,000", "3,252", False),  # "up to" may be as low as the other
        ("0", "3,017", False),
        ("30,000", "about 400,000", False),  # two estimates: no precise count of a part
        ("2,984", "about 400,000", True),
    ],
)
def test_surely_ten_times(a: str, b: str, apart: bool) -> None:
    assert sizes_apart(_claim(a, "X"), _claim(b, "Y", start=50)) is apart


@given(
    st.integers(min_value=1, max_value=10**6),
    st.integers(min_value=1, max_value=10**6),
)
def test_symmetric_and_only_at_ten_times(x: int, y: int) -> None:
    a = Claim(
        quantity=Quantity.of(x),
        metric="deaths",
        claimants=(OrgRef(mention="A"),),
        evidence=Evidence(doc="a.txt", start=0, end=5),
    )
    b = Claim(
        quantity=Quantity.of(y),
        metric="deaths",
        claimants=(OrgRef(mention="B"),),
        evidence=Evidence(doc="a.txt", start=10, end=15),
    )
    assert sizes_apart(a, b) is sizes_apart(b, a)
    assert sizes_apart(a, b) is (max(x, y) >= SIZES_APART * min(x, y))
