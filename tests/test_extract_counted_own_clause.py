"""Round 8 (audit4 P4 and P2's shares): what a figure counts is the verb or noun that governs it
in its own clause, never a noun of a neighbouring clause or sentence; a share is a count of
strikers or voters when its clause says of what. Every sentence here is invented for the test
(places, bodies and people are made up)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.discrepancies import Kind
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share noun is the subject of the verb that governs the percentage, across the
        # subject's complements
        ("La adhesión al paro de ayer fue del 40 por ciento, según el sindicato.", "strikers"),
        ("El acatamiento de los maestros a la huelga provincial de ayer fue del 42%.", "strikers"),
        ("Según el gremio, el acatamiento llegó al 85 por ciento en Tarvia.", "strikers"),
        ("La huelga alcanzó el 70 por ciento en su primer día, dijo el sindicato.", "strikers"),
        ("La huelga, según el gremio, alcanzó el 70 por ciento en Tarvia.", "strikers"),
        ("En Tarvia hubo un 60% de acatamiento a la medida, dijo el ministerio.", "strikers"),
        (
            "Compliance with the walkout at the Dunmore plant was 80 percent, the union said.",
            "strikers",
        ),
        ("Turnout in the northern districts of Velland was 48 percent.", "turnout"),
        ("La participación en las elecciones de Tarvia fue del 61%.", "turnout"),
        # joining a strike in the figure's own clause
        (
            "El paro de transportistas fue acatado por el 44 por ciento de los conductores, "
            "según la cámara.",
            "strikers",
        ),
        ("The ministry said 35 percent of teachers joined the strike in Velland.", "strikers"),
        ("The walkout in Dunmore was joined by 12,000 nurses, the union said.", "strikers"),
        ("La huelga fue secundada por unos 3.000 enfermeros de Tarvia.", "strikers"),
        ("Some 4,000 civil servants in Velland joined the national strike.", "strikers"),
        ("En Tarvia hubo unos 40.000 participantes en la huelga.", "strikers"),
    ],
)
def test_a_share_counts_what_its_clause_says(text: str, expected: str) -> None:
    [(_, metric)] = _read(text)
    assert metric == expected


@pytest.mark.parametrize(
    "text",
    [
        "La tasa de paro fue del 14% en octubre, según el instituto de Tarvia.",
        "In Dunmore the jobless rate for strike towns was 9 percent.",
    ],
)
def test_unemployment_is_no_share_of_strikers(text: str) -> None:
    assert all(metric != "strikers" for _, metric in _read(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rescued, whoever is rescued
        ("A spokesman for the agency said 140 migrants had been rescued off Velland.", "rescued"),
        ("The coast guard said it had rescued 90 migrants near Dunmore.", "rescued"),
        ("La Armada rescató a 75 migrantes frente a las costas de Tarvia.", "rescued"),
        # the vessel's load
        (
            "A fishing boat crammed with 300 migrants sank off Velland, the navy said.",
            "people_on_board",
        ),
        ("Up to 250 people were on the vessel, according to the charity.", "people_on_board"),
        ("Una lancha repleta de 60 migrantes naufragó frente a Tarvia.", "people_on_board"),
        ("These dinghies usually carry at least 120 migrants, the agency said.", "people_on_board"),
        # a crossing into a place is an arrival there
        ("The agency said 12,000 people had fled across the border into Velland.", "migrants"),
        ("Según la agencia, 4.000 personas huyeron por la frontera hacia Tarvia.", "migrants"),
        # attendance given as participation in people
        ("La policía de Tarvia cifró la participación en 900 personas.", "protesters"),
        # cases are cases, never the deaths of the next clause
        ("Health officials in Velland reported 45 cholera cases and 3 deaths.", "cases:cholera"),
        ("La prefectura de Tarvia informó de 45 casos de dengue y 3 muertes.", "cases:dengue"),
    ],
)
def test_the_figure_takes_its_own_clause_verb(text: str, expected: str) -> None:
    first = _read(text)[0]
    assert first[1] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The city said 600 drivers stayed on the job during the strike in Dunmore.",
        "The university said 202 members have remained on the job since the strike began.",
        "Según la empresa, 300 trabajadores siguieron trabajando durante la huelga en Tarvia.",
        "Según el ministerio, el 70% de los docentes de Tarvia dio clases durante la huelga.",
    ],
)
def test_workers_at_work_during_a_strike_are_not_strikers(text: str) -> None:
    [(_, metric)] = _read(text)
    assert metric == "non_strikers"


def test_working_outside_a_strike_is_no_count_of_non_strikers() -> None:
    [(_, metric)] = _read("Some 600 volunteers worked on the cleanup in Dunmore.")
    assert metric != "non_strikers"


@pytest.mark.parametrize(
    "text",
    [
        "The Velland labour ministry said compliance with the strike was 40 percent. The "
        "teachers' union said compliance with the strike was 85 percent.",
        "Según el Ministerio de Trabajo de Tarvia, la adhesión al paro fue del 40 por ciento. "
        "Según la Unión Docente de Tarvia, el acatamiento llegó al 85 por ciento.",
    ],
)
def test_two_sources_shares_of_one_strike_are_compared(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    assert [c.metric for c in claims] == ["strikers", "strikers"]
    found = check_extracted(claims).discrepancies
    assert [d.kind for d in found] == [Kind.SOURCE_DISAGREEMENT]


@settings(max_examples=25, deadline=None)
@given(
    share=st.integers(min_value=1, max_value=99),
    noun=st.sampled_from(["adhesión", "acatamiento", "seguimiento"]),
    filler=st.sampled_from(["", " de los docentes", " de los empleados al paro de ayer"]),
    verb=st.sampled_from(["fue del", "llegó al", "alcanzó el"]),
)
def test_any_adherence_share_is_of_strikers(share: int, noun: str, filler: str, verb: str) -> None:
    text = f"Según el sindicato de Tarvia, el {noun}{filler} {verb} {share}%."
    [(_, metric)] = _read(text)
    assert metric == "strikers"


def test_narrowed_cases_stay_apart_from_all_cases() -> None:
    [(_, metric)] = _read("Velland has had 5,831 laboratory-confirmed cases, officials said.")
    assert metric != "cases"


def test_a_march_joined_by_people_stays_a_crowd() -> None:
    [(_, metric)] = _read("The march in Dunmore was joined by 5,000 people, organisers said.")
    assert metric == "protesters"
