"""A count that "surpassed" / "superó los" a figure is the count of its subject (session 10,
g-cases): the verb is read as the figure's hedge ("more than"), so the subject before it was
not looked for; the figure was dropped, or given the event of an earlier clause ("has killed
81, and cases surpassed 1,200" read as deaths). Every sentence here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 2)


def _metrics(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cases surpassed 2,300 on Friday.", [("surpassed 2,300", "cases")]),
        ("Los casos superaron los 2.300 el viernes.", [("superaron los 2.300", "cases")]),
        ("Injuries exceeded 640 by Thursday night.", [("exceeded 640", "injured")]),
        (
            "The fever has killed 57 children in the district, and cases surpassed 2,300.",
            [("57", "deaths"), ("surpassed 2,300", "cases")],
        ),
        (
            "El brote ha matado a 57 niños en el distrito y los casos superaron los 2.300.",
            [("57", "deaths"), ("superaron los 2.300", "cases")],
        ),
        (
            "The fever has killed 57 children in the district, and cases rose to 2,300.",
            [("57", "deaths"), ("2,300", "cases")],
        ),
    ],
)
def test_the_subject_of_surpassed_is_what_the_figure_counts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _metrics(text) == expected
