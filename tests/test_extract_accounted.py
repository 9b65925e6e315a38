"""People accounted for are people found, never the missing (session 10, g-cases): "accounted
for" read by the sentence's other event word ("unaccounted for", "missing") made the found a
rival of the missing. Every sentence here is invented: bodies and figures are made up."""

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
        (
            "Search teams have accounted for 212 people, while 17 remain unaccounted for.",
            [("212", "accounted_for"), ("17", "missing")],
        ),
        (
            "The mayor said 212 residents have been accounted for and 17 are still missing.",
            [("212", "accounted_for"), ("17", "missing")],
        ),
        (
            "All 64 workers are accounted for, the company said, but 5 visitors are missing.",
            [("64", "accounted_for"), ("5", "missing")],
        ),
        (
            "Los brigadistas han dado con 212 personas y buscan a otras 17 desaparecidas.",
            [("212", "accounted_for"), ("17", "missing")],
        ),
        (
            "Unas 212 personas fueron localizadas con vida y 17 siguen desaparecidas.",
            [("Unas 212", "accounted_for"), ("17", "missing")],
        ),
    ],
)
def test_people_accounted_for_are_found_not_missing(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Women accounted for 45% of the victims.",
        "Women accounted for 45 of the victims.",
    ],
)
def test_a_share_or_part_that_accounts_for_a_whole_is_no_one_found(text: str) -> None:
    assert all(metric != "accounted_for" for _, metric in _metrics(text))
