"""The lead's round-11 readings, each an invented sentence in our own words."""

from __future__ import annotations

import pytest

from discrepancy.extraction.figure_clause import clause_cuts, fronted_contrast
from discrepancy.extraction.sentences import tokenize

from .claimants import surfaces_and_mentions

_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Contrary to what the health minister said on Monday, the mayor alleged that more "
            "than 23 people had died of hunger.",
            [("more than 23", ["mayor"])],
        ),
        (
            "Contrary to what the regional police said at a crowded briefing on Friday "
            "evening, the Red Cross said on Saturday that at least 40 villagers were still "
            "unaccounted for.",
            [("at least 40", ["Red Cross"])],
        ),
        (
            "A diferencia de lo que afirmó el ministro, el alcalde aseguró que 31 personas "
            "murieron por el frío.",
            [("31", ["alcalde"])],
        ),
        (
            "Al contrario de lo que sostuvo el Gobierno en su último parte, la Cruz Roja contó "
            "el martes 58 desaparecidos en las aldeas de la sierra.",
            [("58", ["Cruz Roja"])],
        ),
    ],
)
def test_a_fronted_contrast_clause_does_not_lend_its_speaker(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_the_fronted_clause_ends_at_its_first_comma() -> None:
    text = "Unlike the ministry, the union counted 300 strikers, not 80."
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    assert fronted_contrast(norms)
    assert norms[clause_cuts(toks, norms)[0]] == ","
    text = "The union counted 300 strikers, not 80."
    plain = [t.norm for t in tokenize(text, 0, len(text))]
    assert not fronted_contrast(plain)
