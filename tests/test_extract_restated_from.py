"""Round 9b (issue 9, audit6 P4): "grew from N to M, Y said", where N is another source's
figure restated, is Y's M only: a revision needs one source giving both figures. Every
sentence is invented; the long forms keep the shape of real news sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Claim, extract

PUBLISHED = dt.date(2024, 3, 7)


def _named(claims: list[Claim], name: str) -> list[Claim]:
    return [c for c in claims if any(name in r.mention for r in c.claimants)]


@pytest.mark.parametrize(
    "text",
    [
        "Police first counted 3,000 marchers in Valparaíso on Sunday, a number they later "
        "raised to 8,000. The crowd then grew from 8,000 to more than 30,000 people, the "
        "organisers said.",
        "Police officers posted along the seafront first counted 3,000 marchers in "
        "Valparaíso on Sunday morning, a number they later raised to 8,000. Yet the crowd "
        "kept swelling as families arrived from the hills and grew from 8,000 to more than "
        "30,000 people by the time the speeches began, the organisers of the march told "
        "reporters.",
    ],
)
def test_a_restated_from_figure_founds_no_revision(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    organisers = _named(claims, "organisers")
    assert [c.quantity.surface for c in organisers] == ["more than 30,000"]
    by_id = {c.id: c for c in claims}
    revisions = [(by_id[c.supersedes], c) for c in claims if c.supersedes is not None]
    # the police raised their own count; the organisers revised nothing
    assert [(o.quantity.surface, n.quantity.surface) for o, n in revisions] == [("3,000", "8,000")]
    assert all("Police" in n.claimants[0].mention for _, n in revisions)
    # the restated 8,000 is the police's figure, and the two counts of one march meet
    police_8000 = [c for c in claims if c.quantity.surface == "8,000"]
    assert len(police_8000) == 2
    assert all(c.claimants and "Police" in c.claimants[0].mention for c in police_8000)
    assert {c.as_of for c in police_8000} == {organisers[0].as_of}


def test_a_restated_figure_in_spanish() -> None:
    text = (
        "Carabineros cifró al principio en 2.000 los manifestantes en Concepción este domingo, "
        "número que la policía más tarde actualizó a 9.000. Luego los asistentes pasaron "
        "de 9.000 a más de 40.000 personas, según los organizadores de la marcha."
    )
    claims = extract(text, published=PUBLISHED)
    organisers = _named(claims, "organizadores")
    assert [c.quantity.surface for c in organisers] == ["más de 40.000"]
    assert all(c.supersedes is None for c in organisers)


def test_the_same_source_going_from_its_own_figure_is_a_revision() -> None:
    text = (
        "The ministry said on Monday that 400 people had died in the floods. On Tuesday the "
        "ministry said the toll had risen from 400 to 520."
    )
    claims = extract(text, published=PUBLISHED)
    by_id = {c.id: c for c in claims}
    pairs = [
        (by_id[c.supersedes].quantity.surface, c.quantity.surface) for c in claims if c.supersedes
    ]
    assert ("400", "520") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "La Oficina de Atención Rural dijo que en Valdoria los desplazados del año pasado "
        "fueron 18.000 personas. El observatorio Raíces estimó que la cifra del año pasado es "
        "de 41.000 personas.",
        "La Oficina de Atención Rural, que lleva el registro oficial desde hace una década, "
        "dijo en su balance anual que en Valdoria los desplazados del año pasado fueron 18.000 "
        "personas. En cambio, el observatorio Raíces, que cruza datos de parroquias y "
        "alcaldías, estimó en su propio informe que la cifra del año pasado es de 41.000 "
        "personas.",
    ],
)
def test_last_year_is_no_revising_verb(text: str) -> None:
    """ "el año pasado es de 120.000": "pasado" says which year, it revises nothing."""
    claims = extract(text, published=PUBLISHED)
    assert len(claims) == 2
    assert all(c.supersedes is None for c in claims)


def test_a_past_participle_after_a_figure_noun_still_revises() -> None:
    text = (
        "Según el ministerio, 300 personas murieron el lunes. Según el ministerio, la cifra "
        "de muertos ha pasado este martes a 420."
    )
    claims = extract(text, published=PUBLISHED)
    by_id = {c.id: c for c in claims}
    pairs = [
        (by_id[c.supersedes].quantity.surface, c.quantity.surface) for c in claims if c.supersedes
    ]
    assert pairs == [("300", "420")]
