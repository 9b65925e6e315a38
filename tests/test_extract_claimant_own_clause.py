"""The source of a figure's own clause (issue 9, audit 3 pattern 1), round 7 (x-who).

Every sentence here is invented for the test (invented places, bodies and people); each shows
one general pattern of English or Spanish news writing: long names that list portfolios or
hold "para el / y el", a body's name with a lower-case head, report nouns and their owners,
the second half of a contrast or of an elliptical coordination, a relative clause that gives
a figure, and an office holder named by title alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from .claimants import surfaces_and_mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Consejería de Salud, Familias y Deportes ha cifrado en un 12% el seguimiento "
            "de la huelga.",
            [("12%", ["Consejería de Salud, Familias y Deportes"])],
        ),
        (
            "The Ministry of Health, Labour and Welfare said 40 people had died.",
            [("40", ["Ministry of Health, Labour and Welfare"])],
        ),
        (
            "Según el Instituto de Estudios para el Desarrollo y la Paz de Valdoria, 69 "
            "personas murieron.",
            [("69", ["Instituto de Estudios para el Desarrollo y la Paz de Valdoria"])],
        ),
        (
            "El ministerio de Salud informó que 40 personas murieron.",
            [("40", ["ministerio de Salud"])],
        ),
        (
            "Según la conselleria de Sanidad y Consumo de Valdoria, 40 personas murieron.",
            [("40", ["conselleria de Sanidad y Consumo de Valdoria"])],
        ),
    ],
)
def test_a_long_name_is_one_name(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _who(text) == expected


def test_a_list_of_bodies_is_not_one_portfolio_name() -> None:
    assert _who("The Ministry of Health, UNICEF and WHO said 40 people had died.") == [
        ("40", ["UNICEF", "WHO"])
    ]


def test_a_body_named_inside_a_lower_case_head_keeps_its_own_name() -> None:
    assert _who("Según la oficina de UNICEF, 69 personas murieron.") == [("69", ["UNICEF"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unas 3.000 personas marcharon en Villaverde según la Policía Local, y 10.000 "
            "según los convocantes.",
            [("Unas 3.000", ["Policía Local"]), ("10.000", ["convocantes"])],
        ),
        (
            "About 3,000 people marched according to police, and 12,000 according to the "
            "organizers.",
            [("About 3,000", ["police"]), ("12,000", ["organizers"])],
        ),
        (
            "La huelga fue seguida por el 9% de los funcionarios, según el Gobierno regional, "
            "y en torno al 70%, en opinión de los sindicatos.",
            [("9%", ["Gobierno regional"]), ("en torno al 70%", ["sindicatos"])],
        ),
        (
            "Police counted 8,000 marchers and the unions 30,000.",
            [("8,000", ["Police"]), ("30,000", ["unions"])],
        ),
        (
            "Police counted 8,000 marchers, and the unions, 30,000.",
            [("8,000", ["Police"]), ("30,000", ["unions"])],
        ),
        (
            "La Policía Local contabilizó 4.000 manifestantes y los sindicatos, más de 20.000.",
            [("4.000", ["Policía Local"]), ("más de 20.000", ["sindicatos"])],
        ),
    ],
)
def test_the_second_half_of_a_coordination_has_its_own_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said 3,000 people marched, according to local TV.",
            [("3,000", ["Police"])],
        ),
        (
            "Los sindicatos han cifrado el seguimiento de la huelga de talleres, museos y "
            "CEPAs 40%.",
            [("40%", ["sindicatos"])],
        ),
        (
            "The army said it killed 30 rebels and wounded 12.",
            [("30", ["army"]), ("12", ["army"])],
        ),
    ],
)
def test_no_new_source_where_the_clause_names_none(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Generalitat de Valdoria calcula que el paro lo secundó el 11% de los "
            "empleados públicos, un dato lejos de la cifra de cerca del 70% que dan "
            "los sindicatos convocantes.",
            [("11%", ["Generalitat de Valdoria"]), ("cerca del 70%", ["sindicatos"])],
        ),
        (
            "Police said 3,000 people marched, far below the 20,000 that the organizers gave.",
            [("3,000", ["Police"]), ("20,000", ["organizers"])],
        ),
    ],
)
def test_a_relative_clause_names_who_gave_the_figure(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reports from the Kestrel Prison Service cited around 116 releases.",
            [("around 116", ["Kestrel Prison Service"])],
        ),
        (
            "According to the initial reports of the Norland Election Board, 12,000 people "
            "voted in Kestrel.",
            [("12,000", ["Norland Election Board"])],
        ),
        (
            "The Norland Election Commission opened 300 centers. The network cited the "
            "commission's report that 4,000 people had voted in the district.",
            [("4,000", ["Norland Election Commission"])],
        ),
        (
            "The Norland Election Commission said 5,000 people voted. The second day report "
            "said that 7,000 voters went to the polls.",
            [
                ("5,000", ["Norland Election Commission"]),
                ("7,000", ["Norland Election Commission"]),
            ],
        ),
        (
            "Según los últimos informes de la Fiscalía de Valdoria, 80 personas fueron detenidas.",
            [("80", ["Fiscalía de Valdoria"])],
        ),
    ],
)
def test_a_report_names_its_author(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Norland Red Cross said 20 people died on Monday. On Tuesday, 12 more bodies "
            "were found, the mayor said.",
            [("20", ["Norland Red Cross"]), ("12", ["mayor"])],
        ),
        (
            "The mayor of Kestrel said 20 people died on Monday. The Red Cross said 25. On "
            "Tuesday, 12 more bodies were found, the mayor said.",
            [
                ("20", ["Kestrel city government"]),
                ("25", ["Red Cross"]),
                ("12", ["Kestrel city government"]),
            ],
        ),
        (
            "El alcalde de Villaverde dijo que 20 personas murieron. La Cruz Roja habló de 25. "
            "El martes se hallaron otros 12 cuerpos, dijo el alcalde.",
            [
                ("20", ["Alcaldía de Villaverde"]),
                ("25", ["Cruz Roja"]),
                ("12", ["Alcaldía de Villaverde"]),
            ],
        ),
    ],
)
def test_an_office_holder_named_by_title_speaks(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Frente a los 9.000 asistentes de la Policía Local, la plataforma Aire Limpio "
            "aseguró que fueron 30.000 personas.",
            [("9.000", ["Policía Local"]), ("30.000", ["Aire Limpio"])],
        ),
        (
            "La plataforma Aire Limpio habló de 30.000 manifestantes, frente a los 9.000 de la "
            "Policía Local.",
            [("30.000", ["Aire Limpio"]), ("9.000", ["Policía Local"])],
        ),
        (
            "Police tallied 412,000 marchers, against 388,000 on March 4.",
            [("412,000", ["Police"]), ("388,000", ["Police"])],
        ),
    ],
)
def test_a_figure_set_against_another_keeps_its_owner(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Policía Local estimó la marcha en 4.000 personas. Los convocantes, vecinos de la "
            "plataforma Aire Limpio, en 9.000 asistentes.",
            [("4.000", ["Policía Local"]), ("9.000", ["convocantes"])],
        ),
        (
            "La Policía Local habló de 4.000 manifestantes. Los organizadores, de 20.000.",
            [("4.000", ["Policía Local"]), ("20.000", ["organizadores"])],
        ),
        (
            "Police put the crowd at 4,000. The organizers, at 20,000.",
            [("4,000", ["Police"]), ("20,000", ["organizers"])],
        ),
        (
            "Police put the crowd at 4,000. The organizers, from the Clean Air group, at 20,000.",
            [("4,000", ["Police"]), ("20,000", ["organizers"])],
        ),
        (
            "The Red Cross counted 40 deaths. In Kestrel, 12.",
            [("40", ["Red Cross"]), ("12", ["Red Cross"])],
        ),
        (
            "The Red Cross counted 40 deaths. In Kestrel, the capital, 12.",
            [("40", ["Red Cross"]), ("12", ["Red Cross"])],
        ),
    ],
)
def test_a_sentence_without_a_verb_names_its_own_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Geneva-based rights group said on Monday that 300 people had been killed in Varno.",
            [("300", [])],
        ),
        (
            "The Paris-based group Reporters Watch said 300 people had been killed.",
            [("300", ["Reporters Watch"])],
        ),
    ],
)
def test_a_place_that_only_modifies_the_noun_is_not_the_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UN: Varno amnesty frees about 300 political prisoners", [("about 300", ["UN"])]),
        ("Police: 3 dead in Kestrel shooting", [("3", ["Police"])]),
        ("Kestrel Shooting: 3 dead", [("3", [])]),
        ("VIDEO: 300 freed in Varno", [("300", [])]),
        ("Nigeria: gunmen abduct 300 students", [("300", [])]),
        (
            "Figures tabulated Wednesday by the Varno Electoral Board showed that 1.2 million "
            "people had voted.",
            [("1.2 million", ["Varno Electoral Board"])],
        ),
        (
            "Data from the Varno Electoral Board shows that 1.2 million people voted.",
            [("1.2 million", ["Varno Electoral Board"])],
        ),
    ],
)
def test_a_headline_or_a_report_noun_names_its_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El seguimiento de la huelga de limpieza fue bajo para el Ayuntamiento de "
            "Villaverde, que lo ha cifrado en un 12%, y alto para CCOO y UGT, que lo han "
            "elevado al 70%.",
            [("12%", ["Ayuntamiento de Villaverde"]), ("70%", ["CCOO", "UGT"])],
        ),
        (
            "Ana Ruiz, who leads the Refugee Council, said 300 people had arrived.",
            [("300", ["Refugee Council"])],
        ),
        (
            "CCOO ha cifrado el seguimiento de la huelga en un 13%, frente al 3,5% de la "
            "Consejería de Educación.",
            [("13%", ["CCOO"]), ("3,5%", ["Consejería de Educación"])],
        ),
    ],
)
def test_a_relative_clause_after_a_comma_speaks_for_the_body_before_it(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_a_relative_clause_after_a_count_of_people_names_no_body() -> None:
    text = (
        "Los sindicatos STEC y ANPE, que agrupan a 30 de los 37 delegados de la Junta, "
        "que han cifrado el seguimiento de la huelga en un 40%, convocaron otra huelga."
    )
    assert all("delegados" not in " ".join(who) for _, who in _who(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The platform of the nine unions that called Monday's stoppage of nurses and porters "
            "in every hospital of the region estimates that the walkout has exceeded 80%.",
            [("exceeded 80%", ["platform of the nine unions"])],
        ),
        (
            "La plataforma de los nueve sindicatos que convocaron la huelga de profesores y "
            "educadores de todo el país este viernes estima que el seguimiento superó el 80%.",
            [("superó el 80%", ["plataforma de los nueve sindicatos"])],
        ),
    ],
)
def test_a_long_relative_clause_does_not_hide_the_subject(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected
