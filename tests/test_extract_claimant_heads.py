"""Where a claimant's name ends, and what a generic head refers to (second audit, pattern P1,
rules 2 and 3): invented sentences, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _who(text: str) -> list[list[str]]:
    return [[c.mention for c in claim.claimants] for claim in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Según información de los bomberos, 14 personas murieron en el incendio.", "bomberos"),
        ("El recuento de la Cruz Roja eleva a 52 los fallecidos.", "Cruz Roja"),
        (
            "Según cifras oficiales del Ministerio de Salud, 310 personas murieron.",
            "Ministerio de Salud",
        ),
        ("According to the ministry another 640 had been injured in the clashes.", "ministry"),
    ],
)
def test_a_report_noun_or_a_determiner_is_not_part_of_the_name(text: str, name: str) -> None:
    assert _who(text) == [[name]]


def test_a_name_too_long_to_read_whole_is_named_by_its_acronym() -> None:
    text = (
        "La Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos"
        " (Acnudh) documentó 212 muertes."
    )
    assert _who(text) == [["Acnudh"]]


def test_a_hypothetical_you_is_nobody() -> None:
    assert _who("You'd expect 5,000 people on a march like that.") == [[]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La Delegación del Gobierno en Madrid autorizó la concentración. Según los"
            " organizadores, acudieron 35.000 personas, mientras que la entidad del Gobierno"
            " cifró la asistencia en 5.000 personas.",
            "Delegación del Gobierno",
        ),
        (
            "UNHCR opened two camps near the border last week. The agency said 4,000 people"
            " had arrived by Friday.",
            "UNHCR",
        ),
        (
            "Amnesty International sent observers to the trial. The rights group said 120"
            " people were detained.",
            "Amnesty International",
        ),
    ],
)
def test_a_generic_head_is_the_last_org_of_its_kind_named_before(text: str, name: str) -> None:
    assert _who(text)[-1] == [name]
