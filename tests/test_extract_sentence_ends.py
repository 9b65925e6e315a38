"""Sentence ends that lost their space: two paragraphs glued by a copy from the web.

Pages copied from the web often join two paragraphs with no space after the full stop
("… en la plaza.Sabiendo que …"). The second paragraph's first word must not become the
first paragraph's source, nor its figures take the first paragraph's metric.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy.extraction import extract
from discrepancy.extraction.sentences import split

PUBLISHED = dt.date(2024, 3, 7)


def _pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unos 3.000 vecinos marcharon el lunes.Sabiendo que el censo suma 9.000, es mucho.",
            [
                "Unos 3.000 vecinos marcharon el lunes.",
                "Sabiendo que el censo suma 9.000, es mucho.",
            ],
        ),
        (
            "Some 400 nurses walked out on Monday.Counting the night shift, the union says 650.",
            [
                "Some 400 nurses walked out on Monday.",
                "Counting the night shift, the union says 650.",
            ],
        ),
    ],
)
def test_a_glued_full_stop_ends_the_sentence(text: str, expected: list[str]) -> None:
    assert _pieces(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the U.S.Army left the base on Monday.",
        "She holds a Ph.D in statistics from the university.",
        "The figures were posted on kestrelnews.com by the agency.",
        "The count rose to 1.500 people.",
    ],
)
def test_no_end_inside_initials_degrees_and_web_addresses(text: str) -> None:
    assert _pieces(text) == [text]


def test_the_next_paragraphs_first_word_is_no_source_and_its_votes_no_crowd() -> None:
    text = (
        "Unas 8.000 personas, según la policía, protestaron ayer en Valencia.Teniendo en "
        "cuenta que el partido logró 95.000 votos en la ciudad, la cifra es pequeña."
    )
    claims = extract(text, published=PUBLISHED)
    by_value = {c.quantity.surface: c for c in claims}
    assert by_value["Unas 8.000"].metric == "protesters"
    assert [r.mention for r in by_value["Unas 8.000"].claimants] == ["policía"]
    votes = by_value.get("95.000")
    assert votes is None or votes.metric != "protesters"
