"""The source named in the figure's own sentence (issue 9, audit 3 pattern 1), round 6.

Every sentence here is invented for the test; each shows one general pattern of English or
Spanish news writing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .claimants import mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen seized 48 passengers on Sunday, district officials said. A spokesman for "
            "the army, however, told reporters that 21 of them had escaped.",
            [["district officials"], ["army"]],
        ),
        (
            "Gunmen seized 48 passengers on Sunday, district officials said. Omar Sadiq, a "
            "spokesman for the army, however, told reporters that 21 of them had escaped.",
            [["district officials"], ["army"]],
        ),
        (
            "Gunmen seized 48 passengers on Sunday, district officials said. The army, "
            "however, said 21 of them had escaped.",
            [["district officials"], ["army"]],
        ),
        (
            "Un grupo armado secuestró a 40 trabajadores el domingo, según la policía. Ana "
            "Ruiz, portavoz del Ejército, sin embargo, dijo que 12 de ellos habían escapado.",
            [["policía"], ["Ejército"]],
        ),
        (
            "Un grupo armado secuestró a 40 trabajadores el domingo, según la policía. El "
            "Ejército, por su parte, dijo que 12 de ellos habían escapado.",
            [["policía"], ["Ejército"]],
        ),
    ],
)
def test_an_aside_between_subject_and_verb_keeps_the_subject(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels abducted 40 workers on Sunday, the police said. Omar Sadiq, a spokeswoman "
            "for the Interior Ministry, said 12 of them had escaped.",
            [["police"], ["Interior Ministry"]],
        ),
        (
            "Rebels abducted 40 workers on Sunday, the police said. Army spokesman Omar Sadiq "
            "said 12 of them had escaped.",
            [["police"], ["Army"]],
        ),
        (
            "Un grupo armado secuestró a 40 trabajadores el domingo, según la policía. Ana "
            "Ruiz, portavoz del Ejército, dijo que 12 de ellos habían escapado.",
            [["policía"], ["Ejército"]],
        ),
    ],
)
def test_a_spokesperson_speaks_for_the_body(text: str, expected: list[list[str]]) -> None:
    assert _who(text) == expected


def test_a_run_of_asides_stays_cheap_and_names_nobody() -> None:
    text = "Police" + ", too" * 5000 + ", said 300 people marched."
    assert _who(text) == [[]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 8,000 people marched. The organizers disputed the figure of 8,000 and "
            "said 30,000 people had marched.",
            [["Police"], ["Police"], ["organizers"]],
        ),
        (
            "Police said 8,000 people marched in Lyon. The CGT union disputed the police count "
            "of 8,000 marchers, saying that 30,000 had taken part.",
            [["Police"], ["Police"], ["CGT"]],
        ),
        (
            "La Policía Local cifró en 8.000 los manifestantes. CCOO rechazó la cifra de 8.000 "
            "manifestantes y habló de 30.000.",
            [["Policía Local"], ["Policía Local"], ["CCOO"]],
        ),
        # nobody gave the disputed figure before: the outlet reports it, not the disputer
        (
            "The Oregon Herald disputed the figure of 500,000 evacuated people, saying its own "
            "count found about 40,000.",
            [[], ["Oregon Herald"]],
        ),
        (
            "Amnistía Internacional cuestionó el balance de 40 muertos y habló de 90.",
            [[], ["Amnistía Internacional"]],
        ),
    ],
)
def test_a_disputed_figure_is_not_the_disputing_body_s(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


def test_the_disputer_s_own_figure_does_not_borrow_the_previous_source() -> None:
    text = (
        "El consejo electoral cifró la participación en el 42%. Ana Ruiz, dirigente del "
        "Partido Verde, también rechazó las cifras anunciadas, sugiriendo que la participación "
        "real fue del 12%."
    )
    who = _who(text)
    assert len(who) == 2
    assert who[1]
    assert who[1] != who[0]


def test_who_pronounces_on_a_figure_gives_it() -> None:
    text = (
        "El consejo electoral cifró la participación en el 42%. Ana Ruiz, dirigente del "
        "Partido Verde, se pronunció al respecto, considerando que más del 70% de los "
        "votantes no acudió a las urnas, frente a lo que dijo el consejo."
    )
    assert _who(text)[1] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rebels abducted 40 workers on Sunday, the police said. According to Omar Sadiq, a "
            "spokesman for the army, 12 of them had escaped.",
            [["police"], ["army"]],
        ),
        (
            "Unos 40 trabajadores fueron secuestrados el domingo, según la policía. Según Ana "
            "Ruiz, portavoz del Ejército, 12 de ellos escaparon.",
            [["policía"], ["Ejército"]],
        ),
        ("According to Ana Ruiz, 12 people died.", [["Ana Ruiz"]]),
    ],
)
def test_according_to_a_titled_person_is_the_body_she_speaks_for(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected
