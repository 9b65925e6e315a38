"""Round 11 (audit7 P4, e-when): one period, one date, so rival figures of it meet.

* Two months joined by "to" / "through" / "a" / "hasta", or by "and" / "y" after
  "between" / "entre", are one span: from the first day of the first month to the last day
  of the second ("de enero a mayo", "from January to May"), never the first month alone. A
  year written after the span ("de este año", "of 2022") is the span's.

Invented sentences about invented places and bodies, EN and ES, short and long.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract

PUBLISHED = dt.date(2024, 6, 20)  # a Thursday

_MONTHS_EN = [calendar.month_name[m] for m in range(1, 13)]
_MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def _dates(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=published)
    }


def test_month_to_month_spanish_this_year() -> None:
    got = _dates("La guardia costera interceptó a 3.400 balseros de enero a mayo de este año.")
    assert got == {"3.400": "between 2024-01-01 and 2024-05-31"}


def test_month_to_month_english_may_is_a_month() -> None:
    got = _dates("Border agents arrested 8,200 migrants from January to May, the ministry said.")
    assert got == {"8,200": "between 2024-01-01 and 2024-05-31"}


def test_between_months_english_may_is_a_month() -> None:
    got = _dates("Between February and May the clinic in Orlen recorded 640 deaths from the fever.")
    assert got == {"640": "between 2024-02-01 and 2024-05-31"}


def test_span_read_before_its_end_month_is_last_years() -> None:
    # read in March, "January to May" has not ended this year: it is last year's span
    got = _dates("Wardens counted 1,050 arrests from January through May.", dt.date(2024, 3, 4))
    assert got == {"1,050": "between 2023-01-01 and 2023-05-31"}


def test_span_across_new_year_with_the_years_end() -> None:
    got = _dates("Se registraron 75 ahogados de noviembre a febrero de 2024 en la costa de Velna.")
    assert got == {"75": "between 2023-11-01 and 2024-02-29"}


def test_long_spanish_sentence_two_sources_share_the_span() -> None:
    text = (
        "La oficina de asilo de Marvena, que publicó su balance a mediados de junio, contó "
        "52.000 llegadas de migrantes por mar de enero a mayo de este año, mientras "
        "que la red de albergues, con datos propios y más prudentes, registró apenas 31.000 "
        "llegadas en ese periodo."
    )
    got = _dates(text)
    assert got["52.000"] == "between 2024-01-01 and 2024-05-31"
    assert got["apenas 31.000"] == "between 2024-01-01 and 2024-05-31"


def test_long_english_sentence_two_sources_share_the_span() -> None:
    text = (
        "In a bulletin issued in mid-June, the port authority of Dellin, which monitors the "
        "northern crossings, said 4,300 people had been turned back between January and May, "
        "while a volunteer network that runs the two reception camps put the figure at 6,100."
    )
    got = _dates(text)
    assert got["4,300"] == "between 2024-01-01 and 2024-05-31"


def test_to_march_is_still_a_verb_without_a_month_before() -> None:
    got = _dates("Nurses plan to march on Monday, and 300 of them have signed up.")
    assert "between" not in got.get("300", "-")


@given(
    a=st.integers(min_value=1, max_value=12),
    b=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=2005, max_value=2022),
    spanish=st.booleans(),
)
def test_any_span_of_two_months_of_a_past_year(a: int, b: int, year: int, spanish: bool) -> None:
    first, last = min(a, b), max(a, b)
    if spanish:
        a_es, b_es = _MONTHS_ES[first - 1], _MONTHS_ES[last - 1]
        text = f"Llegaron 1.234 migrantes de {a_es} a {b_es} de {year}."
    else:
        a_en, b_en = _MONTHS_EN[first - 1], _MONTHS_EN[last - 1]
        text = f"Some 1,234 migrants arrived from {a_en} to {b_en} {year}."
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    got = next(iter(_dates(text).values()))
    assert got == f"between {dt.date(year, first, 1)} and {end}"
