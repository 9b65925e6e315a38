"""Where a claimant's name ends, and what a generic head refers to (second audit, pattern P1,
rules 2 and 3): invented sentences, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from .claimants import mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = mentions


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Según información de los bomberos, 14 personas murieron en el incendio.", "bomberos"),
        ("El recuento de la Cruz Roja eleva a 52 los fallecidos.", "Cruz Roja"),
        (
            "Según cifras oficiales del Ministerio de Salud, 310 personas murieron.",
            "Ministerio de Salud",
        ),
        ("According to the ministry another 215 had been hurt in the fighting.", "ministry"),
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


def test_unnamed_organizing_bodies_are_a_plural_source() -> None:
    text = "Las entidades convocantes calcularon que acudieron a la plaza unas 60.000 personas."
    assert _who(text) == [["entidades convocantes"]]


def test_a_month_after_a_possessive_is_part_of_a_name() -> None:
    # "March" ends a subject as a month ("the Post on Sunday March 3 said"), not in a name
    text = "Organizers of the Farmers' March in Lyon estimated that 9,000 people took part."
    (who,) = _who(text)
    assert len(who) == 1
    assert who[0].endswith("March in Lyon")


def test_a_hypothetical_you_is_nobody() -> None:
    assert _who("You'd expect 5,000 people on a march like that.") == [[]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "La Delegación del Gobierno en Sevilla dio permiso para la marcha. Según los"
            " convocantes, asistieron 18.000 personas, pero la entidad del Gobierno"
            " cifró la participación en 3.000 personas.",
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


def test_a_report_summarized_over_paragraphs_keeps_its_author() -> None:
    text = (
        "The Coastal Rights Monitor released its annual report on Tuesday. The report says 340"
        " migrants drowned off the coast last year.\n\nIt also found that 1,200 people were"
        " detained at sea.\n\nAccording to the document, 85 children were among the dead."
    )
    assert _who(text) == [["Coastal Rights Monitor"]] * 3


def test_el_informe_goes_on_with_the_body_that_issued_it_not_an_earlier_one() -> None:
    text = (
        "La Fundación Mar Abierto presentó su balance en marzo.\n\nEl Observatorio de"
        " Fronteras Sur publicó su informe anual el martes. El informe señala que 210"
        " migrantes murieron en el mar.\n\nSegún el documento, 35 de los fallecidos eran"
        " menores."
    )
    assert _who(text) == [["Observatorio de Fronteras Sur"]] * 2


def test_a_report_stops_speaking_when_another_source_is_named() -> None:
    text = (
        "The Coastal Rights Monitor released its annual report on Tuesday. The report says 340"
        " migrants drowned last year.\n\nThe navy ministry said 90 people were rescued."
    )
    assert _who(text) == [["Coastal Rights Monitor"], ["navy ministry"]]
