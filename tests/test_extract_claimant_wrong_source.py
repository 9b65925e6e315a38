"""Which attribution reaches a figure when the sentence offers the wrong one (round 10,
c-eswrong): the agent of a passive relative on another noun did the act, not the counting;
an adverb of time between a subject and its verb is no part of the subject. Invented
sentences, short and long, Spanish and English."""

from __future__ import annotations

import pytest

from .claimants import surfaces_and_mentions

_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Los médicos atendieron a 40 heridos tras una marcha que fue disuelta por agentes"
            " de la Guardia Civil.",
            "Guardia Civil",
        ),
        (
            "Más tarde, dos regidores de la oposición contaron a la radio local que en los"
            " ambulatorios del distrito habían curado a 73 vecinos con golpes leves tras una"
            " concentración vecinal frente al ayuntamiento que fue desalojada por efectivos"
            " de la policía autonómica.",
            "policía autonómica",
        ),
        (
            "Nurses treated 40 people after a rally that was broken up by riot police.",
            "riot police",
        ),
    ],
)
def test_the_agent_of_a_relative_on_another_noun_is_no_source(text: str, wrong: str) -> None:
    found = _who(text)
    assert found
    assert not any(wrong in m for _, who in found for m in who), found


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        (
            "La abogada criticó la cifra de 120 detenciones que fue publicada por el"
            " Ministerio del Interior de Tarvia.",
            "Ministerio del Interior",
        ),
        (
            "The lawyer doubted the 95 arrests that were announced by the Interior Ministry"
            " of Tarvia.",
            "Interior Ministry",
        ),
    ],
)
def test_the_agent_of_a_relative_on_the_figure_still_gives_it(text: str, agent: str) -> None:
    (claim,) = _who(text)
    assert any(agent in m for m in claim[1]), claim


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        ("La policía local luego elevó a 900 los asistentes.", "900", "policía local"),
        ("La policía local más tarde elevó a 900 los asistentes.", "900", "policía local"),
        ("La Guardia Civil posteriormente rebajó a 900 los heridos.", "900", "Guardia Civil"),
        (
            "Al comienzo de la tarde, el recuento de los bomberos cifró en 300 personas a las"
            " que se concentraron frente a la catedral, dato que la policía local más tarde"
            " elevó a 900.",
            "900",
            "policía local",
        ),
        ("Los bomberos después contaron 500 personas en la plaza.", "500", "bomberos"),
    ],
)
def test_a_later_time_adverb_before_the_verb_is_no_part_of_its_subject(
    text: str, number: str, source: str
) -> None:
    got = dict(_who(text))
    assert got[number] == [source], got


def test_a_short_name_in_mente_is_still_a_name() -> None:
    assert _who("Clemente dijo que hubo 900 heridos.") == [("900", ["Clemente"])]


def test_an_opening_adverb_is_never_the_source_of_a_later_clause() -> None:
    text = (
        "Inicialmente, el cálculo de los bomberos situó en 300 personas las que acudieron,"
        " cifra que la policía local más tarde elevó a 900."
    )
    got = dict(_who(text))
    assert got["900"] == ["policía local"], got


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La estimación de los bomberos cifró en 300 los asistentes.", "bomberos"),
        ("Unas 3.000 personas marcharon, según la estimación de los bomberos.", "bomberos"),
        (
            "Durante la primera hora de la protesta, el cálculo de la Guardia Urbana cifró en"
            " algo más de 4.000 personas las que habían llenado la avenida del puerto.",
            "Guardia Urbana",
        ),
        ("Según cálculos de la Guardia Urbana, acudieron 300 personas.", "Guardia Urbana"),
    ],
)
def test_an_estimate_before_its_author_is_the_author(text: str, source: str) -> None:
    (claim,) = _who(text)
    assert claim[1] == [source], claim


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Según contaron delegados de CCOO a la prensa, el paro llegó al 70%.", ["CCOO"]),
        (
            "Según detallaron fuentes de la Guardia Civil a EFE, hubo 120 detenidos.",
            ["Guardia Civil"],
        ),
        (
            "Tras varias horas de cortes en los accesos al polígono industrial, según"
            " explicaron portavoces de UGT a este diario, unos 2.000 operarios secundaron el"
            " paro en las fábricas de la zona.",
            ["UGT"],
        ),
    ],
)
def test_whom_a_figure_is_told_to_is_no_part_of_the_source(text: str, source: list[str]) -> None:
    (claim,) = _who(text)
    assert claim[1] == source, claim
