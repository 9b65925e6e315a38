"""Status beyond the seeds (issue 9, failure class 7), round 3: checked counts and lists of
names. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _classes(text: str) -> list[str]:
    return [c.status.status_class.value for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Health officials reported 123 confirmed cases in the district.",
        "El ministerio reportó 1.327 casos confirmados de sarampión.",
        "Hay 45 muertos confirmados en la región.",
        "Se confirmaron 12 casos nuevos de dengue en la provincia.",
    ],
)
def test_a_confirmed_count_is_confirmed_even_where_the_participle_is_an_adjective(
    text: str,
) -> None:
    assert _classes(text) == ["confirmed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the impersonal "se registró" still says only that something happened
        ("Se registró una participación de 3 millones de votantes.", ["neutral"]),
        ("Officials said 17,000 registered voters turned out.", ["neutral"]),
    ],
)
def test_registered_as_an_adjective_or_impersonal_stays_neutral(
    text: str, expected: list[str]
) -> None:
    assert _classes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protección Civil ha identificado a 34 víctimas del derrumbe.", ["confirmed"]),
        (
            "The NGO published on its website the names of 67 people killed in the protests, "
            "adding that 300 people were injured.",
            ["confirmed", "neutral"],
        ),
        (
            "La fiscalía difundió una lista con los nombres de 412 personas fallecidas y "
            "añadió que faltan otros 58 cuerpos que aún no han sido identificados.",
            ["confirmed", "neutral"],
        ),
        (
            "Rescuers pulled 40 people from the river, said an official who asked not to be "
            "identified.",
            ["neutral"],
        ),
    ],
)
def test_names_and_identification_document_only_the_number_right_after(
    text: str, expected: list[str]
) -> None:
    assert _classes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health Minister Jonas Whitfield has announced that seven measles cases have been "
            "confirmed in the valley.",
            ["confirmed"],
        ),
        ("La ministra anunció que se han confirmado 12 casos de dengue.", ["confirmed"]),
        ("The ministry has identified 34 of the victims.", ["confirmed"]),
    ],
)
def test_the_verb_of_the_numbers_own_clause_wins_over_the_verb_that_reports_it(
    text: str, expected: list[str]
) -> None:
    assert _classes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The board said that of the 4,312,908 registered voters on its electoral "
            "roll, 2,876,115 turned out.",
            ["confirmed", "neutral"],
        ),
        (
            "El INE informó que la lista nominal quedó en 41 millones de personas inscritas.",
            ["confirmed"],
        ),
        ("Officials said 17,000 registered voters turned out.", ["neutral"]),
    ],
)
def test_the_count_of_a_roll_is_registered_and_only_that_number(
    text: str, expected: list[str]
) -> None:
    assert _classes(text) == expected
