"""h-when (session 12, issue 9 "Dates"): the time a count is about, not the day it is told.

* The reference date's own year is counted up to that date ("412 deaths in 2024" read in
  June 2024), unless the sentence sets a target for the year.
* "Since the beginning of 2014" / "desde principios de 2014" start on that year's 1 January.
* A date after a comparison phrase ("si se compara con mayo de 2019") dates the compared
  figure only, never the figure before it.
* "This year so far", "for the year so far" start on 1 January of the reference year.
* "As of the end of last month" ends on that month's last day; with "for the year" in the
  sentence it starts on 1 January.
* "Statistics released yesterday" names the day the figures came out, a day of saying.
* "The corresponding period last year", "en igual periodo de 2019" copy the period named
  before them into that year.

Invented sentences about invented places and bodies, EN and ES.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

JUNE = dt.date(2024, 6, 10)


def _periods(text: str, published: dt.date = JUNE) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=published)
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Orlen border agency said 412 migrants died in 2024, against 380 in 2023.",
        "En el 2024 han muerto 412 migrantes en la ruta de Orlen, según la agencia fronteriza.",
        "Durante 2024 murieron 412 migrantes en la ruta de Orlen, informó la agencia.",
    ],
)
def test_current_year_is_counted_up_to_the_reference_date(text: str) -> None:
    assert _periods(text)["412"] == "between 2024-01-01 and 2024-06-10"


def test_past_year_stays_whole() -> None:
    got = _periods("The Orlen border agency said 412 migrants died in 2024, against 380 in 2023.")
    assert got["380"] == "between 2023-01-01 and 2023-12-31"


def test_a_target_for_the_current_year_keeps_it_whole() -> None:
    got = _periods("The Velna government plans to resettle 10,000 refugees in 2024.")
    assert got["10,000"] != "on 2024-06-10"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Since the beginning of 2014, the monitoring group has recorded the deaths of "
            "8,210 migrants on the Orlen route.",
            "8,210",
        ),
        (
            "Desde principios de 2014, el grupo de vigilancia ha registrado la muerte de "
            "8.210 migrantes en la ruta de Orlen.",
            "8.210",
        ),
    ],
)
def test_since_the_beginning_of_a_year(text: str, surface: str) -> None:
    assert _periods(text)[surface] == "between 2014-01-01 and 2024-06-10"


def test_date_after_spanish_comparison_dates_only_the_compared_figure() -> None:
    text = (
        "En la provincia de Tarvo murieron 640 personas en mayo, según el registro. Eso es "
        "14 muertes más si se compara con mayo de 2023."
    )
    got = _periods(text)
    assert got["640"] == "between 2024-05-01 and 2024-05-31"
    assert got["14"] != "between 2023-05-01 and 2023-05-31"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Valdoria police counted 57 homicides for the year so far.", "57"),
        (
            "Deaths on the Orlen crossing this year so far stand at 57, the rescue group said.",
            "57",
        ),
        ("Este año hasta ahora han muerto 57 migrantes en el cruce de Orlen.", "57"),
    ],
)
def test_year_named_before_so_far(text: str, surface: str) -> None:
    assert _periods(text)[surface] == "between 2024-01-01 and 2024-06-10"


def test_as_of_the_end_of_last_month_for_the_year() -> None:
    got = _periods(
        "As of the end of last month, Valdoria police had recorded 57 murders for the year."
    )
    assert got["57"] == "between 2024-01-01 and 2024-05-31"


def test_by_the_end_of_a_month_is_a_total_up_to_its_last_day() -> None:
    got = _periods("By the end of April, the Orlen agency had counted 57 road deaths.")
    assert got["57"] == "until 2024-04-30"


def test_statistics_released_yesterday_is_a_day_of_saying() -> None:
    text = (
        "Valdoria police recorded 57 murders in May. According to police statistics "
        "released yesterday, 57 murders were recorded in May."
    )
    got = [c.as_of.describe() for c in extract(text, published=JUNE) if c.as_of is not None]
    assert "on 2024-06-09" not in got


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Through April, 300 people were killed on Valdoria's roads, compared to 210 in "
            "the corresponding period last year.",
            "210",
        ),
        (
            "Hasta el 30 de abril murieron 300 personas en las carreteras de Valdoria, frente "
            "a 210 en igual periodo de 2023.",
            "210",
        ),
    ],
)
def test_corresponding_period_copies_the_period_before(text: str, surface: str) -> None:
    assert _periods(text)[surface] == "between 2023-01-01 and 2023-04-30"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Survivors gathered on Monday to remember a 2010 quake that claimed 500 lives.", "500"),
        ("Los vecinos recordaron el terremoto de 2016, que dejó 600 muertos en Tarvo.", "600"),
        ("Some 600 people died in the 2016 blast at the Velna port.", "Some 600"),
    ],
)
def test_past_event_named_by_its_year_dates_its_own_clause(text: str, surface: str) -> None:
    year = "2010" if surface == "500" else "2016"
    assert _periods(text)[surface] == f"between {year}-01-01 and {year}-12-31"


def test_past_event_year_stays_out_of_the_next_clause() -> None:
    got = _periods("Eight years after the 2016 quake, 3,000 people still live in camps in Tarvo.")
    assert not got.get("3,000", "").startswith("between 2016")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In the first nine months of the year, 1,115 people were killed in Velna.", "1,115"),
        ("En los primeros nueve meses del año murieron 1.115 personas en Tarvo.", "1.115"),
    ],
)
def test_first_months_of_the_year(text: str, surface: str) -> None:
    got = _periods(text, published=dt.date(2024, 10, 13))
    assert got[surface] == "between 2024-01-01 and 2024-09-30"


def test_first_months_of_a_named_year() -> None:
    got = _periods("In the first six months of 2023, 500 migrants died on the Orlen route.")
    assert got["500"] == "between 2023-01-01 and 2023-06-30"


def test_so_far_in_a_named_year() -> None:
    got = _periods("En lo que va de 2024 han llegado 1.200 migrantes a Tarvo.")
    assert got["1.200"] == "between 2024-01-01 and 2024-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Hasta ese domingo habían muerto 665 personas en Tarvo por el virus.",
        "Until that Sunday, 665 people had died of the virus in Velna.",
    ],
)
def test_until_that_weekday_is_a_total_up_to_it(text: str) -> None:
    assert _periods(text, published=dt.date(2020, 6, 2))["665"] == "until 2020-05-31"


def test_a_lead_naming_the_period_of_its_figures_dates_them() -> None:
    text = (
        "El registro de Tarvo publicó este lunes las cifras de fallecidos durante mayo.\n\n"
        "En la capital se registraron 2.310 fallecimientos, 140 más que en 2023."
    )
    got = _periods(text)
    assert got["2.310"] == "between 2024-05-01 and 2024-05-31"


def test_lead_period_stops_after_another_period() -> None:
    text = (
        "The Velna registry released its death figures for May on Monday.\n\n"
        "In 2019, 2,100 deaths were registered in the capital. The capital registered 2,310 "
        "deaths, the registry said."
    )
    got = _periods(text)
    assert got["2,310"] != "between 2024-05-01 and 2024-05-31"


def test_comparison_reaches_its_when_clause() -> None:
    text = (
        "En mayo murieron 785 personas en Tarvo, un descenso frente al año pasado, cuando "
        "murieron 877."
    )
    got = _periods(text)
    assert got["785"] == "between 2024-05-01 and 2024-05-31"
    assert got["877"] == "between 2023-01-01 and 2023-12-31"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "El ministerio de Tarvo informó el lunes que en lo que va del año han muerto 500 "
            "personas por el brote.",
            "500",
        ),
        ("On Monday the Velna agency reported that 1,200 migrants had arrived this year.", "1,200"),
    ],
)
def test_so_far_told_on_an_earlier_day_ends_that_day(text: str, surface: str) -> None:
    got = _periods(text, published=dt.date(2024, 10, 16))
    assert got[surface] == "between 2024-01-01 and 2024-10-14"


def test_a_lead_period_replaces_the_release_day_a_figure_inherited() -> None:
    text = (
        "The Velna registry released its death figures for April on Monday. In the capital, "
        "2,310 deaths were registered, against 2,170 in April 2023."
    )
    got = _periods(text, published=dt.date(2024, 6, 11))
    assert got["2,310"] == "between 2024-04-01 and 2024-04-30"
    assert got["2,170"] == "between 2023-04-01 and 2023-04-30"


@pytest.mark.parametrize(
    ("text", "surface", "want"),
    [
        (
            "In the first half of the year, 800 migrants died in the Velna strait.",
            "800",
            "between 2024-01-01 and 2024-06-30",
        ),
        (
            "Durante el primer semestre del año murieron 800 migrantes en el estrecho de Tarvo.",
            "800",
            "between 2024-01-01 and 2024-06-30",
        ),
        (
            "En el segundo semestre de 2023 murieron 800 migrantes en el estrecho de Tarvo.",
            "800",
            "between 2023-07-01 and 2023-12-31",
        ),
    ],
)
def test_half_of_a_year(text: str, surface: str, want: str) -> None:
    assert _periods(text, published=dt.date(2024, 10, 16))[surface] == want
