"""The lead's session-13 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

_DAY = dt.date(2025, 3, 4)


def _read(text: str) -> dict[str, tuple[str, str]]:
    """surface → (metric, first claimant mention or "")."""
    found = {}
    for c in extract(text, published=_DAY):
        who = c.claimants[0].mention if c.claimants else ""
        found[c.quantity.surface] = (c.metric, who)
    return found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Doce pasajeros se ahogaron cuando la lancha volcó frente a Puerto Sal.", "Doce"),
        ("Once de los migrantes se ahogaron al cruzar el río, dijo la policía.", "Once"),
        ("Según la Cruz Roja, 140 personas se habían ahogado en la costa desde marzo.", "140"),
    ],
)
def test_drowning_is_dying_in_spanish_as_in_english(text: str, surface: str) -> None:
    """ "se ahogaron" counts deaths, whatever noun the number has ("drowned" already did)."""
    assert _read(text)[surface][0] == "deaths"


def test_an_age_between_commas_is_passed_over_to_the_speaker() -> None:
    """ "Name, 50, said": the name speaks; the age is neither a count nor a wall."""
    got = _read("Karim Osei, 61, said he counted 14 bodies on the shore.")
    assert got == {"14": ("deaths", "Karim Osei")}
    got = _read("Osei, 61, told reporters that 14 bodies lay on the shore.")
    assert got == {"14": ("deaths", "Osei")}


def test_a_lone_name_opening_a_sentence_takes_an_age_before_a_verb_of_saying() -> None:
    """ "Osei, 61, said he held on for a day": 61 is his age, no count of people."""
    assert _read("Osei, 61, said he held on to a plank for a whole night.") == {}
    # a list of places with their figures opens the same way and stays counts
    got = _read("Kano, 45 dead; Lagos, 39 dead, officials said.")
    assert {"45", "39"} <= set(got)
