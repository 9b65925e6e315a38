"""The date of the event counted (issue 9, failure class 6)."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday


def _dates(text: str) -> list[str]:
    return [
        c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union said on Saturday that 8,000 workers joined Friday's strike.",
            ["on 2026-02-27"],
        ),
        (
            "El sindicato informó el sábado que 8.000 trabajadores se sumaron al paro del viernes.",
            ["on 2026-02-27"],
        ),
        (
            "Police said on Tuesday that 40 people were hurt in Monday's protest.",
            ["on 2026-03-02"],
        ),
        # the day the source spoke is all the sentence gives: it stays
        ("Police said on Tuesday that 40 people were hurt.", ["on 2026-03-03"]),
    ],
)
def test_the_event_date_not_the_day_the_source_spoke(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers found 5 bodies on Monday and 5 bodies on Tuesday.",
            ["on 2026-03-02", "on 2026-03-03"],
        ),
        (
            "El 2 de marzo murieron 12 personas y el 3 de marzo otras 5 personas.",
            ["on 2026-03-02", "on 2026-03-03"],
        ),
    ],
)
def test_each_number_its_own_date(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police said 300 people were arrested last year.",
        "La policía dijo que 300 personas fueron detenidas el año pasado.",
    ],
)
def test_last_year_is_the_year_before_publication(text: str) -> None:
    assert _dates(text) == ["between 2025-01-01 and 2025-12-31"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 4,000 people marched on Sunday, February 8, police said.", ["on 2026-02-08"]),
        ("Marcharon 4.000 personas el domingo 8 de febrero, según la policía.", ["on 2026-02-08"]),
        ("Marcharon 4.000 personas ayer 2 de marzo, según la policía.", ["on 2026-03-02"]),
    ],
)
def test_a_weekday_with_its_calendar_date_is_that_date(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected
