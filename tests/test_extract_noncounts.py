"""Numbers that are not counts of people (emergency and phone numbers, file names, point
differences) and parts named by a figure opener ("De esa cifra, N"): the third audit's
pattern 3. Every sentence is our own invention."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.claim import Claim

PUBLISHED = dt.date(2026, 3, 4)


def _by_surface(text: str) -> dict[str, Claim]:
    return {c.quantity.surface: c for c in extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (
            "Las familias presentaron 800 avisos de desaparición al 112 tras la riada; el "
            "sábado quedaban 350 personas sin localizar.",
            "112",
            ["350"],
        ),
        (
            "Hasta el viernes, el servicio de emergencias 112 recibió avisos por 60 "
            "personas desaparecidas.",
            "112",
            ["60"],
        ),
        ("Decenas de vecinos llamaron al 112 para pedir ayuda.", "112", []),
        (
            "Police said 40 people were injured. Residents should call 911 if they see anything.",
            "911",
            ["40"],
        ),
        (
            "Residents made 2,000 calls to 911 after the flood, and 70 people were rescued.",
            "911",
            ["70"],
        ),
        ("Unas 300 personas marcharon. Más información en la línea 0800 123 456.", "123 456", []),
        ("Some 5,000 people marched downtown.\ntea party dc 1.jpg\nThe crowd cheered.", "1", []),
        (
            "Officials said this year's turnout ran two percentage points above the previous vote.",
            "two",
            [],
        ),
        ("The ruling party is up 5 points among 1,200 voters polled.", "5", []),
        ("El partido sacó 12 puntos más que en 2019, con 40.000 votantes.", "12", []),
    ],
)
def test_not_a_count(text: str, absent: str, kept: list[str]) -> None:
    found = _by_surface(text)
    assert absent not in found
    for surface in kept:
        assert surface in found


@pytest.mark.parametrize(
    "text",
    [
        "The death toll rose to 112 on Monday, officials said.",
        "Rescuers found 911 survivors in the rubble.",
        "La policía detuvo a 112 personas durante la protesta.",
    ],
)
def test_the_same_numbers_still_count(text: str) -> None:
    found = [c.quantity.surface for c in extract(text, published=PUBLISHED)]
    assert found == [next(n for n in ("112", "911") if n in text)]


@given(st.sampled_from(["112", "911", "999"]), st.sampled_from(["al", "el"]))
def test_an_emergency_number_after_an_article_is_never_a_count(number: str, article: str) -> None:
    text = f"Los vecinos avisaron {article} {number} a las 23.00 horas."
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "whole", "part", "source"),
    [
        (
            "El Instituto Paz Activa contabilizó 69 homicidios durante las protestas. De esa "
            "cifra, 41 se atribuyen a agentes de la policía.",
            "69",
            "41",
            "Instituto Paz Activa",
        ),
        (
            "El Instituto Paz Activa contabilizó 69 homicidios durante las protestas, mientras "
            "que el Ministerio de Defensa habló de 20. De esa cifra, 41 se atribuyen a agentes "
            "de la policía.",
            "69",
            "41",
            "Instituto Paz Activa",
        ),
        (
            "Amnesty International counted 300 deaths in the clashes. Of that number, 120 were "
            "killed by members of the security forces.",
            "300",
            "120",
            "Amnesty International",
        ),
        (
            "Amnesty International counted 300 deaths in the clashes. Of those, 120 were children.",
            "300",
            "120",
            "Amnesty International",
        ),
        (
            "La ONG Foro Cívico registró 300 detenidos. De ellos, 120 eran menores de edad.",
            "300",
            "120",
            "Foro Cívico",
        ),
    ],
)
def test_a_figure_opener_makes_a_part_of_the_same_source(
    text: str, whole: str, part: str, source: str
) -> None:
    found = _by_surface(text)
    assert found[part].part_of == found[whole].id
    assert [r.mention for r in found[part].claimants] == [r.mention for r in found[whole].claimants]
    assert any(source in r.mention for r in found[part].claimants)


def test_an_opener_without_its_comma_is_not_a_part() -> None:
    found = _by_surface(
        "Amnesty International counted 300 deaths. Del total de 500 heridos, 80 eran policías."
    )
    assert found["500"].part_of is None


@pytest.mark.parametrize(
    "text",
    [
        "La Fiscalía inició 204 investigaciones a agentes tras las marchas, que dejaron "
        "300 heridos. De esas investigaciones, 98 tratan de uso excesivo de la fuerza, 14 de "
        "muertes y 39 de lesiones.",
        "The inspector opened 204 investigations into officers after protests that left 300 "
        "injured. Of those investigations, 98 concern abuse of authority and 14 homicide.",
    ],
)
def test_a_breakdown_of_investigations_is_not_a_count_of_people(text: str) -> None:
    found = _by_surface(text)
    assert "300" in found
    assert not {"98", "14", "39"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "El informe daba inicialmente 2.500 personas desaparecidas; el jueves esa cifra "
        "se redujo en 600 personas, con lo que quedan 1.900 desaparecidas.",
        "El parte recogía inicialmente 2.500 personas desaparecidas, y esa cifra se redujo "
        "el jueves a 1.900 personas desaparecidas.",
        "El parte recogía inicialmente 2.500 personas desaparecidas y la cifra subió el "
        "jueves a 2.900 personas desaparecidas.",
        "The report initially listed 2,500 people as missing and the figure dropped to 1,900 "
        "people on Thursday.",
    ],
)
def test_a_change_verb_ends_an_earlier_cue(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    first, last = claims[0], claims[-1]
    assert first.quantity.low == 2500
    assert last.supersedes == first.id
    assert first.supersedes is None


@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("La cifra de 2.500 desaparecidos se redujo en 600 personas el jueves.", "600"),
        ("The tally of 2,500 missing people fell by 600 on Thursday.", "600"),
    ],
)
def test_the_size_of_a_change_is_not_a_count(text: str, change: str) -> None:
    found = _by_surface(text)
    assert change not in found
    assert len(found) == 1
