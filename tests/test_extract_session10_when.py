"""Session 10 (g-when): when a figure counts — dates with their year after them, parts of
"the month", counts since the start of the year, a figure's own "last year".

Every sentence is our own invention (other names, places and numbers than any article).
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

JUNE = dt.date(2024, 6, 20)  # a Thursday


def _dates(text: str, published: dt.date = JUNE) -> list[tuple[str, str]]:
    return [
        (c.quantity.surface, c.as_of.describe() if c.as_of else "")
        for c in extract(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On March 3 last year the coast guard rescued 61 people off Tarvo.", "on 2023-03-03"),
        ("El 3 de marzo del año pasado Salvamento rescató a 61 personas en Tarvo.",
         "on 2023-03-03"),
        ("In March last year the coast guard rescued 61 people off Tarvo.",
         "between 2023-03-01 and 2023-03-31"),
        ("En marzo del año pasado Salvamento rescató a 61 personas en Tarvo.",
         "between 2023-03-01 and 2023-03-31"),
        ("El 3 de marzo de este año Salvamento rescató a 61 personas en Tarvo.", "on 2024-03-03"),
    ],
)  # fmt: skip
def test_a_date_followed_by_its_year_words_is_of_that_year(text: str, want: str) -> None:
    # before: the latest March 3 (this year's, in a June article) whatever "last year" said
    assert _dates(text) == [("61", want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A principios de mes la policía detuvo a 25 personas en Orvik.",
         "between 2024-06-01 and 2024-06-10"),
        ("A mediados de este mes la policía detuvo a 25 personas en Orvik.",
         "between 2024-06-11 and 2024-06-20"),
        ("At the start of the month police arrested 25 people in Orvik.",
         "between 2024-06-01 and 2024-06-10"),
    ],
)  # fmt: skip
def test_a_part_of_the_month_is_of_the_reference_month(text: str, want: str) -> None:
    assert _dates(text) == [("25", want)]


def test_the_end_of_the_month_before_it_comes_is_no_date() -> None:
    # "a finales de mes" in an article of the 5th: not yet, or the month before: no guess
    [(_, got)] = _dates("A finales de mes la policía detuvo a 25 personas.", dt.date(2024, 6, 5))
    assert got == "on 2024-06-05"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Since the beginning of the year 340 migrants have died on the Velna route.",
         "between 2024-01-01 and 2024-06-20"),
        ("Desde principios de año han muerto 340 migrantes en la ruta de Velna.",
         "between 2024-01-01 and 2024-06-20"),
        ("Desde el inicio del mes han muerto 40 migrantes en la ruta de Velna.",
         "between 2024-06-01 and 2024-06-20"),
    ],
)  # fmt: skip
def test_a_count_since_the_start_of_the_year_starts_on_its_first_day(text: str, want: str) -> None:
    # before: a count with no start ("until 2024-06-20"), or no date at all in Spanish
    assert _dates(text) == [("340" if "340" in text else "40", want)]


def test_since_the_start_of_an_event_still_has_no_start() -> None:
    [(_, got)] = _dates("Since the start of the war 340 civilians have died in Orvik.")
    assert got == "until 2024-06-20"


@pytest.mark.parametrize(
    "text",
    [
        "The agency counted 340 deaths last year and 120 so far this year.",
        "La agencia contó 340 muertes el año pasado y 120 en lo que va de año.",
    ],
)
def test_a_figure_keeps_its_own_last_year_beside_a_span_so_far(text: str) -> None:
    # before: "so far this year", read like a named day, took the first figure too
    assert _dates(text) == [
        ("340", "between 2023-01-01 and 2023-12-31"),
        ("120", "between 2024-01-01 and 2024-06-20"),
    ]
