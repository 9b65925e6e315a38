"""How sure, session 10 (g-metric): the status a figure's own words give it, and Spanish
perfects with "tener" / "llevar". Every sentence is our own invention."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _status(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.status.value) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The health office confirmed six cases and is investigating nine suspected cases.",
            [("six", "confirmed"), ("nine", "reported")],
        ),
        ("There were five Marburg cases, all confirmed or suspected.", [("five", "reported")]),
        (
            "The ministry said suspected and confirmed cases together numbered 52.",
            [("52", "reported")],
        ),
        (
            "The ministry confirmed that 20 cases were suspected and 12 were positive.",
            [("20", "reported"), ("12", "reported")],
        ),
        (
            "Hasta el jueves se habían confirmado 48 casos de sarampión y 15 sospechosos.",
            [("48", "confirmed"), ("15", "reported")],
        ),
    ],
)
def test_a_suspected_count_is_never_confirmed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _status(text) == expected


def test_a_figure_reported_in_its_own_words_is_not_confirmed_by_another_clause() -> None:
    text = (
        "The agency confirmed a new toll of 83, far more than the 31 people reported dead by "
        "the mayor on Monday."
    )
    assert _status(text) == [("83", "confirmed"), ("31", "reported")]


def test_people_confirmed_dead_are_confirmed_by_their_own_words() -> None:
    text = "Alarm grows as 38 cases are logged, 17 people already confirmed dead."
    assert _status(text) == [("38", "reported"), ("17", "confirmed")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("El observatorio lleva registrados 61 asesinatos en lo que va de año.", "registered"),
        ("La Fiscalía tiene contabilizadas 140 muertes.", "registered"),
        ("La comisión ha logrado corroborar 72 de los casos.", "confirmed"),
    ],
)
def test_spanish_perfects_and_periphrases_keep_the_check(text: str, status: str) -> None:
    assert _status(text)[0][1] == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("La Defensoría del Pueblo registró 52 asesinatos de líderes sociales.", "registered"),
        ("Hospitals across the region recorded 310 deaths.", "registered"),
        ("El archipiélago registra 9.400 llegadas.", "reported"),  # a place sees them
    ],
)
def test_a_place_after_de_or_of_is_no_subject(text: str, status: str) -> None:
    assert _status(text)[0][1] == status
