"""The source named in the figure's own sentence (issue 9, audit 3 pattern 1), round 6.

Every sentence here is invented for the test; each shows one general pattern of English or
Spanish news writing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _who(text: str) -> list[list[str]]:
    return [[c.mention for c in claim.claimants] for claim in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen seized 48 passengers on Sunday, district officials said. A spokesman for "
            "the army, however, told reporters that 21 of them had escaped.",
            [["district officials"], ["army"]],
        ),
        (
            "Gunmen seized 48 passengers on Sunday, district officials said. Omar Sadiq, a "
            "spokesman for the army, however, told reporters that 21 of them had escaped.",
            [["district officials"], ["army"]],
        ),
        (
            "Gunmen seized 48 passengers on Sunday, district officials said. The army, "
            "however, said 21 of them had escaped.",
            [["district officials"], ["army"]],
        ),
        (
            "Un grupo armado secuestró a 40 trabajadores el domingo, según la policía. Ana "
            "Ruiz, portavoz del Ejército, sin embargo, dijo que 12 de ellos habían escapado.",
            [["policía"], ["Ejército"]],
        ),
        (
            "Un grupo armado secuestró a 40 trabajadores el domingo, según la policía. El "
            "Ejército, por su parte, dijo que 12 de ellos habían escapado.",
            [["policía"], ["Ejército"]],
        ),
    ],
)
def test_an_aside_between_subject_and_verb_keeps_the_subject(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels abducted 40 workers on Sunday, the police said. Omar Sadiq, a spokeswoman "
            "for the Interior Ministry, said 12 of them had escaped.",
            [["police"], ["Interior Ministry"]],
        ),
        (
            "Rebels abducted 40 workers on Sunday, the police said. Army spokesman Omar Sadiq "
            "said 12 of them had escaped.",
            [["police"], ["Army"]],
        ),
        (
            "Un grupo armado secuestró a 40 trabajadores el domingo, según la policía. Ana "
            "Ruiz, portavoz del Ejército, dijo que 12 de ellos habían escapado.",
            [["policía"], ["Ejército"]],
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body(text: str, expected: list[list[str]]) -> None:
    assert _who(text) == expected


def test_a_run_of_asides_stays_cheap_and_names_nobody() -> None:
    text = "Police" + ", too" * 5000 + ", said 300 people marched."
    assert _who(text) == [[]]
