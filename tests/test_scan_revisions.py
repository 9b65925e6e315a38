"""Revisions read from text and printed by scan; running totals dated by their day (round 8,
audit4 P3). Every sentence here is invented: places, bodies and figures are made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.claim import Claim, Period
from discrepancy.extraction.revision import corrects, new_figure
from discrepancy.quantity import Quantity
from discrepancy.report import Report
from discrepancy.scan import check_extracted, scan_paths
from discrepancy.wording.english import when_claim

PUBLISHED = dt.date(2024, 3, 7)  # a Thursday


def _scan(tmp_path: Path, text: str, published: dt.date = PUBLISHED) -> Report:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    claims, errors = scan_paths([path], published=published)
    assert not errors
    return check_extracted(claims)


def _revised(report: Report, before: float, after: float) -> bool:
    """Whether the report's one revision goes from ``before`` to ``after`` (each inside the
    interval its hedge allows: "48,000" is a round figure)."""
    [r] = report.revisions
    return r.before.low <= before <= r.before.high and r.after.low <= after <= r.after.high


# --- the cues that make a figure a body's replacement of its last one --------------------


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (  # a correction on another day: two days' totals of one toll
            "The Tarnby health office said on Monday that 900 people had died in the outbreak. "
            "On Wednesday the health office corrected the toll to 640.",
            900,
            640,
        ),
        (  # "cut the toll to N"
            "The Dalmor civil defence agency said on Friday that 75 people had died in the "
            "landslide. On Sunday the Dalmor civil defence agency cut the toll to 61.",
            75,
            61,
        ),
        (  # "rebajó la cifra a N"
            "La Cruz Roja de Betania informó el sábado de 210 heridos en los disturbios. El "
            "lunes, la Cruz Roja de Betania rebajó la cifra a 160 heridos.",
            210,
            160,
        ),
        (  # "new figures showed N"
            "The Velm water board said on Saturday that 310 people had died in the floods. On "
            "Monday the Velm water board's new set of figures showed 260 deaths.",
            310,
            260,
        ),
        (  # "should have read N"
            "The Korvo housing ministry said 48,000 people had been displaced by the storm. "
            "Later the Korvo housing ministry said the number should have read 18,000.",
            48000,
            18000,
        ),
        (  # "corrigió y reportó N"
            "El ministerio de Salud de Ardena informó el lunes de 120 fallecidos por las "
            "lluvias. El miércoles, el ministerio de Salud de Ardena corrigió y reportó 95 "
            "fallecidos.",
            120,
            95,
        ),
        (  # "se ha pasado a N" after "de los M"
            "Según Protección Civil de Ormeña, de los 2.300 evacuados que se contaban ayer "
            "hoy se ha pasado a 1.900.",
            2300,
            1900,
        ),
        (  # "whereas in the updated release … N"
            "The Lusk electoral board said turnout stood at 58 percent at 6 PM on polling day. "
            "Whereas in the updated release, the Lusk electoral board said turnout was 63 "
            "percent.",
            58,
            63,
        ),
    ],
)
def test_a_cue_marked_revision_is_printed_even_when_both_figures_are_one_bodys(
    tmp_path: Path, text: str, before: float, after: float
) -> None:
    report = _scan(tmp_path, text)
    assert _revised(report, before, after)
    assert not report.discrepancies  # a revision, never a contradiction


@pytest.mark.parametrize(
    "text",
    [
        "The Tarnby health office said on Monday that 900 people had died in the outbreak. On "
        "Wednesday the Tarnby health office said 640 people had died in the outbreak.",
        "La oficina de emergencias de Ardena contó el lunes 120 fallecidos. El miércoles, la "
        "oficina de emergencias de Ardena contó 95 fallecidos.",
    ],
)
def test_one_bodys_successive_counts_without_a_cue_stay_silent(tmp_path: Path, text: str) -> None:
    report = _scan(tmp_path, text)
    assert not report.revisions
    assert not report.discrepancies


def test_a_figure_far_from_the_bodys_last_one_is_not_its_revision() -> None:
    # "about 1,000 wrongly added" is an amount corrected, not the toll the new data replace
    text = (
        "About 1,000 deaths were wrongly added to the count, the Dovrin agency said. The "
        "Dovrin agency's revised data show 6,100 deaths."
    )
    claims = extract(text, published=PUBLISHED)
    assert all(c.supersedes is None for c in claims)


def test_a_revision_is_never_a_part_of_what_it_revises() -> None:
    text = (
        "Según el Ministerio de Salud de Ormeña, de los 2.300 muertos que figuraban ayer en "
        "el registro hoy se ha pasado a 2.050, 250 menos."
    )
    claims = {c.quantity.low: c for c in extract(text, published=PUBLISHED)}
    assert claims[2050].supersedes == claims[2300].id
    assert claims[2050].part_of != claims[2300].id


def test_an_earlier_cue_closing_the_from_part_is_not_the_later_figures() -> None:
    first, second = extract(
        "La cifra de heridos pasó de 64 en el reporte anterior a 47 personas.",
        published=PUBLISHED,
    )
    assert second.supersedes == first.id


# --- the cue readers: bounded, and only in the figure's own clause -------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the agency 's new set of figures showed 3", True),
        ("los datos actualizados del ministerio registran 3", True),
        ("in the recent press release the board said 3", True),
        ("the new hospital treated 3", False),  # "new" next to no figure noun
        ("the new figures came out ; police counted 3", False),  # another clause
        ("new figures showed 12 cases and 3", False),  # another number between
    ],
)
def test_new_figure_reads_the_figures_own_clause(words: str, expected: bool) -> None:
    norms = words.split()
    assert new_figure(norms, len(norms) - 1) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the number should have read 3", True),
        ("la cifra correcta es 3", True),
        ("the number was 3", False),
    ],
)
def test_corrects_reads_the_words_right_before(words: str, expected: bool) -> None:
    norms = words.split()
    assert corrects(norms, len(norms) - 1) is expected


@given(st.lists(st.sampled_from(["new", "figures", "the", ";", "said", "3", "data"]), max_size=60))
def test_new_figure_never_fails_on_any_words(words: list[str]) -> None:
    for k in range(len(words) + 1):
        assert new_figure(words, k) in (True, False)


# --- running totals dated by the day they were given ---------------------------------------


def test_a_total_given_by_a_past_day_ends_that_day_and_a_later_larger_one_is_growth(
    tmp_path: Path,
) -> None:
    # published Wednesday 12 June 2024: "el viernes" is Friday 7 June
    text = (
        "La Defensoría de Vallorna ha recibido reportes de 42 fallecidos durante las "
        "protestas. Para el viernes pasado, el balance de la Fiscalía de Vallorna había "
        "confirmado 27 muertos desde el inicio del paro."
    )
    published = dt.date(2024, 6, 12)
    claims = {c.quantity.low: c for c in extract(text, published=published)}
    assert claims[27].as_of == Period(start=None, end=dt.date(2024, 6, 7))
    assert claims[42].as_of is None or claims[42].as_of.end == published  # not that Friday
    report = _scan(tmp_path, text, published)
    assert not report.discrepancies  # a toll that grew, not two sources disagreeing


def test_a_day_to_come_after_para_is_no_total() -> None:
    text = "La marcha de 3.000 docentes de Vallorna está prevista para el 20 de marzo."
    [claim] = extract(text, published=dt.date(2024, 3, 7))
    assert claim.as_of is None or claim.as_of.start is not None


def test_as_at_a_day_is_a_total_up_to_it() -> None:
    text = "The Velm water board put the death toll at 3,100 as at March 2."
    [claim] = extract(text, published=PUBLISHED)
    assert claim.as_of == Period(start=None, end=dt.date(2024, 3, 2))


def _claim(as_of: Period | None, inferred: bool) -> Claim:
    return Claim(
        id="c",
        quantity=Quantity(low=42, high=42, qualifier="exact", value=42),
        metric="deaths",
        as_of=as_of,
        as_of_inferred=inferred,
        published=dt.date(2021, 5, 12),
    )


@pytest.mark.parametrize(
    ("as_of", "inferred", "expected"),
    [
        (
            Period(start=None, end=dt.date(2021, 5, 12)),
            True,
            "until 2021-05-12 (the publication date)",
        ),
        (Period(start=None, end=dt.date(2021, 5, 7)), True, "until 2021-05-07 (inferred)"),
        (Period(start=None, end=dt.date(2021, 5, 7)), False, "until 2021-05-07"),
    ],
)
def test_the_publication_date_is_named_only_when_it_is_one(
    as_of: Period, inferred: bool, expected: str
) -> None:
    assert when_claim(_claim(as_of, inferred)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "El martes de la semana pasada, la Fiscalía de Vallorna contó 18 muertos.",
        "On Tuesday of last week, the Velm water board counted 18 deaths.",
    ],
)
def test_a_weekday_of_last_week_is_that_weeks_day(text: str) -> None:
    # published Thursday 7 March 2024: last week's Tuesday is 27 February, not 5 March
    [claim] = extract(text, published=PUBLISHED)
    assert claim.as_of is not None
    assert claim.as_of.end == dt.date(2024, 2, 27)


@pytest.mark.parametrize(
    "text",
    [
        "The quake killed 41 people in Orvan and two in Selt, and injured around 300 in total, "
        "the Orvan emergency office said.",
        "El sismo dejó 41 muertos en Orvan y dos en Selt, y unos 300 heridos en total, según la "
        "oficina de emergencias de Orvan.",
    ],
)
def test_the_dead_are_never_parts_of_a_total_of_the_injured(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    injured = [c for c in claims if c.metric == "injured"]
    assert injured
    assert all(c.part_of not in {i.id for i in injured} for c in claims if c.metric == "deaths")
