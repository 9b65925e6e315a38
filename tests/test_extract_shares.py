"""Shares of people (issue 9, failure classes 2 and 3): percentages and fractions in words.

"El 67% de los votantes", "cerca del 25%", "about half of the students", "casi la mitad del
electorado", "three out of ten employees" are claims about people, with unit ``percent`` or
``ratio``; a percentage of change ("fell by 12%", "cayó un 50,9 %", "+34,8 %") is not. Every
sentence here is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Quantity, extract

PUBLISHED = dt.date(2026, 3, 4)


def _shares(text: str) -> list[tuple[str, float, float | None, str, str]]:
    return [
        (c.quantity.surface, c.quantity.low, c.quantity.high, c.quantity.unit, c.metric)
        for c in extract(text, published=PUBLISHED)
        if c.quantity.unit != "people"
    ]


@pytest.mark.parametrize(
    ("text", "surface", "low", "unit"),
    [
        # a percentage with its people after "of the" / "de los" / "del total de"
        ("The union said 65% of the teachers stayed home.", "65%", 65, "percent"),
        ("Según el sindicato, el 40% de los conductores paró.", "40%", 40, "percent"),
        ("El comité dijo que un 8% del total de empleados faltó.", "8%", 8, "percent"),
        ("El informe atribuye a la isla el 55% de todas las llegadas.", "55%", 55, "percent"),
        # a place or sector after the percentage: its noun is left out, the context counts
        ("La huelga fue secundada por un 80% en el transporte.", "80%", 80, "percent"),
        # fused prepositions and approach verbs as hedges
        ("Cerca del 30% de los votantes anuló su papeleta.", "Cerca del 30%", 28.5, "percent"),
        (
            "El seguimiento se acercó al 40% en las fábricas, según la patronal.",
            "se acercó al 40%",
            36,
            "percent",
        ),
        # a share noun names what the percentage counts
        ("La abstención fue superior al 70% en la capital.", "superior al 70%", 70, "percent"),
        ("Officials reported 61 percent voter turnout.", "61 percent", 61, "percent"),
        ("Los sindicatos cifraron en el 85% el seguimiento de la huelga.", "85%", 85, "percent"),
        # fractions in words are shares (unit ratio)
        ("About half of the pupils were sent home, a teacher said.", "About half", 0.475, "ratio"),
        ("Almost a third of civil servants joined the strike.", "Almost a third", 0.3, "ratio"),
        ("More than half of all arrests were of students.", "More than half", 0.5, "ratio"),
        ("Nearly two out of ten nurses are on strike.", "Nearly two out of ten", 0.18, "ratio"),
        ("Casi la mitad del electorado votó, según el consejo.", "Casi la mitad", 0.45, "ratio"),
        ("Nueve de cada diez vecinos huyeron del pueblo.", "Nueve de cada diez", 0.9, "ratio"),
        ("Un tercio de los detenidos eran menores, dijo la fiscalía.", "Un tercio", 1 / 3, "ratio"),
    ],
)
def test_a_share_of_people_is_a_claim(text: str, surface: str, low: float, unit: str) -> None:
    found = _shares(text)
    assert [(s, u) for s, _, _, u, _ in found] == [(surface, unit)]
    assert found[0][1] == pytest.approx(low)


@pytest.mark.parametrize(
    "text",
    [
        "La llegada de migrantes cayó un 50,9% en febrero.",
        "Arrivals fell by 12 percent in March.",
        "Las detenciones aumentaron en un 20% este año.",
        "Se contabilizaron 155 embarcaciones (+34,8 %).",
        "Half of the city was flooded.",
        "La mitad del pueblo quedó sin luz.",
        "Test scores of pupils rose last year.",
        "It took half an hour.",
    ],
)
def test_a_change_or_a_share_of_things_is_not_a_share_of_people(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


def test_a_level_after_a_change_verb_stays_a_share() -> None:
    """ "rose to 60%", "subió al 60%": the level reached, not the change."""
    assert [s for s, *_ in _shares("Turnout rose to 60% in the north.")] == ["60%"]
    assert [s for s, *_ in _shares("La participación subió al 60% en el norte.")] == ["60%"]


def test_a_percentage_of_a_strike_counts_strikers() -> None:
    [share] = _shares("Los sindicatos hablan del 94% de seguimiento de la huelga.")
    assert share[4] == "strikers"


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Scores of students were kidnapped from the school.", "Scores", 40, 99),
        ("Several people were hurt in the stampede.", "Several", 3, 9),
        ("Varias personas resultaron heridas en la estampida.", "Varias", 3, 9),
        (
            "The crowd at the rally seemed close to a half-million.",
            "close to a half-million",
            450_000,
            500_000,
        ),
        ("Reports said as high as 60 people had died.", "as high as 60", 0, 60),
        ("Hubo cifras por encima de las 3.000 llegadas.", "por encima de las 3.000", 3000, None),
    ],
)
def test_vague_amounts_and_hedges(text: str, surface: str, low: float, high: float | None) -> None:
    claims = [c for c in extract(text, published=PUBLISHED) if c.quantity.surface == surface]
    assert len(claims) == 1, [c.quantity.surface for c in extract(text, published=PUBLISHED)]
    assert (claims[0].quantity.low, claims[0].quantity.high) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Las lluvias en al menos cinco estados dejaron 7 muertos.",
        "There were over 200 demonstrations across the country.",
        "Support fell by five points among young voters.",
        "The party won 30 seats in the assembly.",
    ],
)
def test_places_events_and_points_are_not_people(text: str) -> None:
    lows = [c.quantity.low for c in extract(text, published=PUBLISHED)]
    assert lows in ([], [7.0])


@given(
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=2, max_value=10),
    st.sampled_from(["out of", "in", "de cada"]),
)
def test_n_in_d_reads_as_the_share(part: int, whole: int, per: str) -> None:
    text = f"{part} {per} {whole}"
    if part < whole:
        q = Quantity.parse(text)
        assert (q.unit, q.low) == ("ratio", pytest.approx(part / whole))
    else:
        with pytest.raises(ValueError, match="not a quantity"):
            Quantity.parse(text)
