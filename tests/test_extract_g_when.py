"""g-when: the period of a count that grows over days (issue 9, held-out text).

* A disaster whose toll grows for days (a quake, a flood, a hurricane): a casualty count
  dated by the disaster's day and told later counts from that day to the day it was told.
  A one-off accident (a stampede) keeps its day.

Invented sentences about invented places and bodies, EN and ES.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

THURSDAY = dt.date(2024, 3, 7)


def _periods(text: str, published: dt.date = THURSDAY) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=published)
    }


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Rescuers in Valdoria said 214 people died in Tuesday's earthquake.", "214"),
        (
            "The toll from the earthquake that hit Valdoria on Tuesday rose to 214 dead, "
            "the civil defence office said.",
            "214",
        ),
        (
            "Protección Civil informó que 214 personas murieron por el terremoto del martes "
            "en Valdoria.",
            "214",
        ),
    ],
)
def test_disaster_toll_runs_to_the_day_told(text: str, surface: str) -> None:
    got = _periods(text)
    assert got[surface] == "between 2024-03-05 and 2024-03-07"


def test_one_off_accident_keeps_its_day() -> None:
    got = _periods("Police said 31 people died in Tuesday's stampede at the Valdoria stadium.")
    assert got["31"] == "on 2024-03-05"


def test_old_disaster_keeps_its_day() -> None:
    got = _periods(
        "Rescuers said 214 people died in the earthquake of Feb. 20 in Valdoria.",
        published=THURSDAY,
    )
    assert "between 2024-02-20 and 2024-03-07" not in got.values()


def test_toll_ends_on_the_day_it_was_set() -> None:
    got = _periods("On Tuesday the county office put the toll of Sunday's floods at 17 dead.")
    assert got["17"] == "between 2024-03-03 and 2024-03-05"


def test_disaster_named_as_object_of_the_lead_sentence() -> None:
    text = (
        "Heavy rain set off a landslide above the hamlet of Corvo on Monday. "
        "A report by the regional office said 26 people died."
    )
    assert _periods(text)["26"] == "between 2024-03-04 and 2024-03-07"


def test_day_a_flood_toll_was_set_is_no_disaster_day() -> None:
    got = _periods("On Wednesday the county office put the flood toll at 17.")
    assert got["17"] == "on 2024-03-06"


@pytest.mark.parametrize(
    "text",
    [
        "La agencia informó que desde el 1 de enero y hasta el 10 de abril detuvo a 5.300 "
        "migrantes en la frontera.",
        "From January 1 and until April 10, the agency detained 5,300 migrants at the border.",
    ],
)
def test_span_whose_end_follows_and_until(text: str) -> None:
    got = _periods(text, published=dt.date(2024, 4, 14))
    assert "between 2024-01-01 and 2024-04-10" in got.values()


@pytest.mark.parametrize(
    "text",
    [
        "The clinic recorded 15 cases of measles during the past week.",
        "La clínica anotó 15 casos de rubéola en la última semana.",
        "In the last seven days, 15 people died of cholera in Varn.",
        "En los últimos siete días murieron 15 personas de cólera en Varn.",
    ],
)
def test_rolling_week_is_the_seven_days_before(text: str) -> None:
    assert _periods(text)["15"] == "between 2024-02-29 and 2024-03-06"


def test_last_week_stays_the_calendar_week() -> None:
    assert _periods("Last week, 40 migrants arrived in Varn.")["40"] == (
        "between 2024-02-26 and 2024-03-03"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The siege of Varn began on October 7, 2023. Relief groups say 3,000 people have died "
        "there since then.",
        "El asedio de Varn empezó el 7 de octubre de 2023. Desde entonces han muerto 3.000 "
        "personas, según las ONG.",
    ],
)
def test_since_then_starts_on_the_day_named_before(text: str) -> None:
    got = _periods(text)
    assert "between 2023-10-07 and 2024-03-07" in got.values()


def test_since_then_without_a_day_stays_open() -> None:
    got = _periods("Since then, 3,000 people have died in Varn.")
    assert got["3,000"] == "until 2024-03-07"


@pytest.mark.parametrize(
    "text",
    [
        "Hasta el martes, el registro de muertos por el sismo que sacudió Varn el domingo por "
        "la noche era de 71.",
        "As of Tuesday, the toll of the quake that struck Varn on Sunday night stood at 71.",
    ],
)
def test_toll_counted_up_to_a_day_ends_that_day(text: str) -> None:
    assert _periods(text)["71"] == "between 2024-03-03 and 2024-03-05"


@pytest.mark.parametrize(
    "text",
    [
        "From January 1 to April 10, the agency intercepted 5,300 migrants. By nationality, "
        "1,965 were from Honduras and 954 from Guatemala.",
        "Entre el 1 de enero y el 10 de abril la agencia interceptó a 5.300 migrantes. Por "
        "países, Honduras sumó 1.965 migrantes y Guatemala 954.",
    ],
)
def test_breakdown_keeps_the_span_of_its_total(text: str) -> None:
    got = _periods(text, published=dt.date(2024, 4, 14))
    assert got["1,965" if "1,965" in got else "1.965"] == "between 2024-01-01 and 2024-04-10"


def test_part_counted_in_its_last_hours_keeps_its_own_time() -> None:
    text = (
        "From January 1 to April 10, 5,300 migrants died crossing the desert. In the past 24 "
        "hours, 12 migrants died."
    )
    got = _periods(text, published=dt.date(2024, 4, 14))
    assert got["12"] != "between 2024-01-01 and 2024-04-10"


@pytest.mark.parametrize(
    "text",
    [
        "As of Feb. 13, 1,200 migrants had reached Varn this year.",
        "This year, through Feb. 13, 1,200 migrants reached Varn.",
        "En lo que va de año, hasta el 13 de febrero, llegaron 1.200 migrantes a Varn.",
    ],
)
def test_count_up_to_a_day_of_this_year_starts_on_january_1(text: str) -> None:
    got = _periods(text)
    assert "between 2024-01-01 and 2024-02-13" in got.values()


def test_the_year_of_the_date_itself_opens_no_year() -> None:
    got = _periods("Hasta el 13 de febrero de este año se registraron 33 muertes por el brote.")
    assert got["33"] == "until 2024-02-13"


def test_through_a_day_ends_there() -> None:
    got = _periods("Through Sunday, 1,200 migrants had reached Varn.")
    assert got["1,200"] == "until 2024-03-03"
