"""Round 7 (audit 3 P5): a count of one event is dated by the event, not by the day a source
spoke or set the toll; a date after a figure of comparison ("against 650,000 on January 19")
dates that figure alone. Invented sentences about invented places and bodies, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 20)  # a Friday


def _dates(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=published)
    }


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "A blaze on Monday gutted a depot in Orlenby, killing 27 people, a volunteer rescue "
            "team said. On Thursday the civil defence office put the death toll from the blaze "
            "at 11.",
            "11",
        ),
        (
            "Un choque armado el lunes dejó unos 27 muertos en Valdeluz, según la red Manos "
            "Unidas. El jueves, la Secretaría de Seguridad rebajó la cifra de muertos a 11.",
            "11",
        ),
    ],
)
def test_a_later_toll_statement_counts_the_event_of_the_lead(text: str, surface: str) -> None:
    got = _dates(text)
    # session 12: a blaze's toll grows as a quake's does (`when_toll`): told on Thursday, it
    # runs from the blaze's Monday to Thursday; an armed clash keeps its own day
    blaze = text.startswith("A blaze")
    assert got[surface] == ("between 2026-03-16 and 2026-03-19" if blaze else "on 2026-03-16")


@pytest.mark.parametrize(
    "text",
    [
        "Floods swept through Karvel on Tuesday. Officials said on Thursday that 19 people died.",
        "Una riada arrasó Karvel el martes. Las autoridades informaron el jueves de que "
        "murieron 19 personas.",
    ],
)
def test_the_day_a_source_spoke_is_not_the_day_of_the_deaths(text: str) -> None:
    assert (
        _dates(text)["19"] == "between 2026-03-17 and 2026-03-19"
    )  # g-when: a growing disaster's toll runs to the day told (`when_toll`)


def test_without_an_earlier_event_day_the_said_day_stays() -> None:
    got = _dates("Officials said on Thursday that 19 people died in Karvel.")
    assert got["19"] == "on 2026-03-19"


def test_a_stock_keeps_the_day_it_was_counted() -> None:
    text = (
        "Floods swept through Karvel on Tuesday. Officials said on Thursday that 40 people "
        "remain in hospital."
    )
    assert _dates(text)["40"] == "on 2026-03-19"


@pytest.mark.parametrize(
    ("text", "own", "compared"),
    [
        (
            "Police counted 73,000 marchers in Dravo, against 61,000 on March 3.",
            "73,000",
            "61,000",
        ),
        (
            "La policía contó 73.000 manifestantes en Dravo, contra 61.000 el 3 de marzo.",
            "73.000",
            "61.000",
        ),
    ],
)
def test_a_date_after_a_compared_figure_dates_it_alone(text: str, own: str, compared: str) -> None:
    got = _dates(text)
    assert got[compared] == "on 2026-03-03"
    assert got[own] == "on 2026-03-20"


def test_against_without_a_figure_compares_nothing() -> None:
    got = _dates("Thousands marched against the reform in Dravo on Tuesday, police said.")
    assert got["Thousands"] == "on 2026-03-17"


@settings(max_examples=25, deadline=None)
@given(
    event=st.sampled_from(["Monday", "Tuesday", "Wednesday"]),
    toll=st.integers(min_value=2, max_value=900),
)
def test_the_toll_takes_the_event_day_whatever_the_numbers(event: str, toll: int) -> None:
    days = {"Monday": 16, "Tuesday": 17, "Wednesday": 18}
    text = f"On Thursday the civil defence office put the death toll from {event}'s fire at {toll}."
    assert _dates(text)[str(toll)] == f"on 2026-03-{days[event]}"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Gunmen stormed a boarding school in Tasu late on Monday. They abducted 48 pupils, "
            "a district official said on Wednesday.",
            "48",
        ),
        (
            "Hombres armados asaltaron un internado en Tasu el lunes por la noche. Secuestraron "
            "a 48 alumnos, informó el miércoles un funcionario del distrito.",
            "48",
        ),
    ],
)
def test_a_count_of_the_abducted_is_dated_by_the_abduction(text: str, surface: str) -> None:
    assert _dates(text)[surface] == "on 2026-03-16"


def test_those_still_held_are_counted_on_the_day_told() -> None:
    text = (
        "Gunmen stormed a boarding school in Tasu late on Monday. A district official said on "
        "Wednesday that 30 pupils remain held."
    )
    assert _dates(text)["30"] == "on 2026-03-18"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "By 28 February, 1,420 migrants had reached the Velna islands, against 96 in the "
            "same period of 2019.",
            "96",
        ),
        (
            "Hasta el 28 de febrero llegaron a las islas Velna 1.420 migrantes, frente a 96 en el "
            "mismo periodo de 2019.",
            "96",
        ),
    ],
)
def test_the_same_period_copies_the_days_just_named(text: str, surface: str) -> None:
    assert _dates(text)[surface] == "between 2019-01-01 and 2019-02-28"


def test_the_same_period_of_last_year_without_a_named_period_is_the_year_so_far() -> None:
    got = _dates(
        "The Velna islands saw 212 migrant arrivals, against 75 in the same period last year."
    )
    assert got["75"] == "between 2025-01-01 and 2025-03-20"


@settings(max_examples=25, deadline=None)
@given(
    year=st.integers(min_value=1990, max_value=2025), month=st.integers(min_value=1, max_value=12)
)
def test_the_same_period_moves_only_the_year(year: int, month: int) -> None:
    months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto"]
    months += ["septiembre", "octubre", "noviembre", "diciembre"]
    text = (
        f"Durante {months[month - 1]} de 2024 se registraron 500 llegadas, frente a 120 en el "
        f"mismo periodo de {year}."
    )
    got = _dates(text, dt.date(2025, 1, 10))["120"]
    assert got.startswith(f"between {year}-{month:02d}-01 and {year}-{month:02d}-")


def test_a_later_day_after_the_toll_noun_may_be_another_events() -> None:
    text = (
        "The death toll from Monday's quake in Arvo rose to 61 after an aftershock on "
        "Wednesday killed 5 more."
    )
    assert _dates(text)["5"] == "on 2026-03-18"
