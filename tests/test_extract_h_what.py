"""Session 12 (h-what, issue 9): what a figure counts and where, from six unseen articles
(crime, search operations, elections, migration, labour) and the brief's open patterns.

* "respectively" / "respectivamente" pairs the i-th figure of a run with the i-th place of a
  run of as many places.
* "the one released" is a pronoun with its participle, no count of one.
* People who join or take part in a search or an operation are responders, not protesters
  nor the missing they look for.

Every sentence is invented for these tests (places, bodies and people are made up or used
only as names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.claim import Claim

PUBLISHED = dt.date(2026, 3, 4)


def _claims(text: str) -> list[Claim]:
    return extract(text, published=PUBLISHED)


def _by_surface(text: str) -> dict[str, Claim]:
    return {c.quantity.surface: c for c in _claims(text)}


# --- respectively ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers detained 40 and 25 people in Lyon and Marseille respectively on Sunday.",
            {"40": "Lyon", "25": "Marseille"},
        ),
        (
            "En Madrid y Barcelona se contaron 120 y 85 detenidos, respectivamente.",
            {"120": "Madrid", "85": "Barcelona"},
        ),
        (
            "Los hospitales de Sevilla, Córdoba y Jaén atendieron a 12, 30 y 8 heridos, "
            "respectivamente.",
            {"12": "Sevilla", "30": "Córdoba", "8": "Jaén"},
        ),
        (
            "Turnout was 61% and 58% in Ohio and Texas, respectively.",
            {"61%": "Ohio", "58%": "Texas"},
        ),
    ],
)
def test_respectively_pairs_figures_with_places(text: str, expected: dict[str, str]) -> None:
    got = _by_surface(text)
    for surface, place in expected.items():
        scope = got[surface].scope
        assert scope is not None, surface
        assert scope.startswith(place), (surface, scope)


def test_without_respectively_the_usual_reading_stays() -> None:
    got = _by_surface("Officers detained 40 people in Lyon and 25 in Marseille after the match.")
    assert got["40"].scope == "Lyon"
    assert got["25"].scope == "Marseille"


def test_respectively_with_runs_of_different_length_pairs_nothing() -> None:
    # two figures, three places: no pairing, the figure keeps its usual place
    got = _by_surface("In Lyon, Nice and Marseille police detained 40 and 25 people, respectively.")
    assert got["40"].scope is not None


# --- "the one" ----------------------------------------------------------------------------


def test_the_one_released_is_no_count() -> None:
    assert _claims("The one released on Monday was a teacher, the committee said.") == []


def test_a_released_count_of_one_stays() -> None:
    got = _by_surface("The rebels freed one hostage on Monday, the committee said.")
    assert got["one"].metric in ("releases", "hostages")


# --- responders who join a search --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 200 volunteers joined the search for the three missing divers off Florida.",
        "Unos 40 voluntarios se sumaron el martes a la búsqueda de los montañeros en Huesca.",
    ],
)
def test_volunteers_who_join_a_search_are_not_protesters(text: str) -> None:
    first = _claims(text)[0]
    assert first.metric not in ("protesters", "missing")


@pytest.mark.parametrize(
    "text",
    [
        "Más de 500 personas participan en el operativo para encontrar al niño en Málaga.",
        "Some 300 people were participating in the operation to find the boy in Oregon.",
    ],
)
def test_people_taking_part_in_an_operation_are_rescuers(text: str) -> None:
    assert _claims(text)[0].metric == "rescuers"


def test_people_killed_in_an_operation_stay_dead() -> None:
    assert _claims("Ten people were killed in the operation, officials said.")[0].metric == "deaths"


def test_volunteers_who_join_a_march_stay_protesters() -> None:
    assert _claims("Thousands of volunteers joined the march in Boston.")[0].metric == "protesters"
