"""Who says each figure: the ninth audit's attribution patterns made general (session 10, g-src).

Every sentence here is invented for the test (invented places, bodies and people), in English
and Spanish, short and in the longer shape of a report: a gapped second conjunct that names its
own source before a comma or an aside ("y la policía, en 50.000"); a source stated after the
figure or through the figure it gave ("la cifra aportada por X", "a spokesman for X said");
a figure a body denies, which is not that body's count; a title with a parenthesis inside
it, and a day before the subject of a verb of saying.
"""

from __future__ import annotations

import pytest

from .claimants import surfaces_and_mentions

_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los sindicatos cifraron la marcha de Valdemora en 300.000 personas y la "
            "Policía Municipal, en 50.000.",
            [("300.000", ["sindicatos"]), ("50.000", ["Policía Municipal"])],
        ),
        (
            "La patronal cifró el seguimiento del paro en el 12 % y los sindicatos, en el 70 %.",
            [("12 %", ["patronal"]), ("70 %", ["sindicatos"])],
        ),
        (
            "Organizers put the crowd in Harwick at 300,000 and the police, at 50,000.",
            [("300,000", ["Organizers"]), ("50,000", ["police"])],
        ),
        (
            "The transport union put the number of marchers at 30,000 and the city police, "
            "who gave their own count an hour later, at 8,000.",
            [("30,000", ["transport union"]), ("8,000", ["city police"])],
        ),
        (
            "Los convocantes cifraron la marcha en 90.000 personas y la Guardia Urbana, que "
            "difundió su recuento por la noche, en 20.000.",
            [("90.000", ["convocantes"]), ("20.000", ["Guardia Urbana"])],
        ),
        (
            "The organizers estimated the crowd at 12,000; the police at 4,000.",
            [("12,000", ["organizers"]), ("4,000", ["police"])],
        ),
        (
            "Los organizadores hablaron de 15.000 asistentes y la policía de 4.000.",
            [("15.000", ["organizadores"]), ("4.000", ["policía"])],
        ),
    ],
)
def test_a_gapped_conjunct_names_its_own_source(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zaragoza, 19.000; Huesca, 5.000.",
        "La CGT contó 19.000 huelguistas en Zaragoza; en Huesca, 5.000.",
    ],
)
def test_a_list_after_a_semicolon_is_no_gapped_source(text: str) -> None:
    assert all(mention in ([], ["CGT"]) for _, mention in _who(text)), (
        "a place after a semicolon never speaks"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Joint Director General (Rail Safety) Mohan Varadkar said 23 passengers were killed.",
            [("23", ["Mohan Varadkar"])],
        ),
        (
            "At least 23 passengers were killed, said Deputy Inspector General (Eastern Range) "
            "Mohan Varadkar on Sunday.",
            [("At least 23", ["Mohan Varadkar"])],
        ),
        (
            "According to Additional Commissioner (Traffic) Mohan Varadkar, 23 passengers died.",
            [("23", ["Mohan Varadkar"])],
        ),
        (
            "Murieron 23 pasajeros, dijo el comisario jefe (Policía Ferroviaria) Tomás Ibarreta.",
            [("23", ["Tomás Ibarreta"])],
        ),
        (
            "According to Harbour Authority spokeswoman Lise Danel, 23 passengers were missing.",
            [("23", ["Harbour Authority"])],
        ),
    ],
)
def test_a_title_with_a_parenthesis_keeps_its_holder(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ayer el sindicato minero aseguró que 3.000 trabajadores secundaron el paro.",
            [("3.000", ["sindicato minero"])],
        ),
        (
            "El martes la Cruz Roja de Valdemora aseguró que murieron 45 personas.",
            [("45", ["Cruz Roja de Valdemora"])],
        ),
        (
            "El lunes por la noche la asociación de vecinos cifró en 2.000 los desalojados.",
            [("2.000", ["asociación de vecinos"])],
        ),
        (
            "Late last night the regional health office said 45 people had died.",
            [("45", ["regional health office"])],
        ),
    ],
)
def test_a_day_before_the_subject_is_no_part_of_it(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La cifra aportada por la Cruz Roja de Almazán es de 45 muertos.",
            [("45", ["Cruz Roja de Almazán"])],
        ),
        (
            "Según la cifra facilitada ayer por el Ministerio de Sanidad, hay 45 muertos.",
            [("45", ["Ministerio de Sanidad"])],
        ),
        (
            "The death toll released on Monday by the health ministry rose to 45.",
            [("45", ["health ministry"])],
        ),
        (
            "The figure provided by the Red Cross stands at 45 dead.",
            [("45", ["Red Cross"])],
        ),
        (
            "Por la tarde, la Policía Municipal aportó la cifra de 25.000 manifestantes.",
            [("25.000", ["Policía Municipal"])],
        ),
        (
            "The city police gave a figure of 8,000 marchers.",
            [("8,000", ["city police"])],
        ),
        (
            "Lejos de las 80.000 personas que contaron los organizadores, la Policía Municipal "
            "aseguró que hubo 12.000.",
            [("80.000", ["organizadores"]), ("12.000", ["Policía Municipal"])],
        ),
        (
            "The agency put the number of displaced at 12,000, while a spokesman for the "
            "governor said 20,000.",
            [("12,000", ["agency"]), ("20,000", ["governor"])],
        ),
        (
            "La agencia cifró los desplazados en 12.000, mientras un vocero del alcalde habló "
            "de 20.000.",
            [("12.000", ["agencia"]), ("20.000", ["alcalde"])],
        ),
        (
            "About 20,000 people were displaced, the governor's spokeswoman told reporters.",
            [("About 20,000", ["governor"])],
        ),
    ],
)
def test_the_giver_of_a_figure_is_its_source(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La atleta dio positivo 3 veces en 2023.",
        "She gave birth to 2 children.",
    ],
)
def test_a_verb_of_giving_without_a_figure_noun_names_nobody(text: str) -> None:
    assert all(mention == [] for _, mention in _who(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Marcharon por Valdemora 8.000 personas (organizadores) y 3.000 (Delegación del "
            "Gobierno).",
            [("8.000", ["organizadores"]), ("3.000", ["Delegación del Gobierno"])],
        ),
        (
            "About 8,000 people marched (organizers) in Harwick, or 3,000 (police).",
            [("About 8,000", ["organizers"]), ("3,000", ["police"])],
        ),
    ],
)
def test_a_bare_source_in_a_parenthesis_is_its_figure_s(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hubo 300 heridos (policías) y 40 detenidos en Valdemora.",
        "About 200 were injured (protesters) in Harwick.",
        "Votaron 8.000 personas (Valdemora) y 3.000 (Almazán).",
    ],
)
def test_who_or_where_a_parenthesis_counts_is_no_source(text: str) -> None:
    assert all(mention == [] for _, mention in _who(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The blaze killed 12 workers, the mayor of Harwick said, and injured 30 others, "
            "according to the fire brigade.",
            [("12", ["Harwick city government"]), ("30", ["fire brigade"])],
        ),
        (
            "El incendio mató a 12 obreros, el alcalde dijo, e hirió a otros 30, según los "
            "bomberos de Almazán.",
            [("12", ["alcalde"]), ("30", ["bomberos de Almazán"])],
        ),
    ],
)
def test_a_parenthetical_speaker_marks_its_own_conjunct(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The military denied that its troops had shot 150 civilians near Harwick.",
            [("150", [])],
        ),
        (
            "A local rights group said soldiers shot 150 civilians near Harwick. The military "
            "denied that its troops had shot 150 civilians.",
            [("150", ["local rights group"]), ("150", ["local rights group"])],
        ),
        (
            "El Gobierno de Tuvalia negó que la policía hubiera detenido a 300 manifestantes.",
            [("300", [])],
        ),
        (
            "The police did not kill 150 people, the minister of Harwick said.",
            [("150", [])],
        ),
        (
            "No hubo 40 muertos en Almazán, aseguró el ministro.",
            [("40", [])],
        ),
        (
            "The government denied accusations on Sunday by opposition deputies and a rights "
            "group that soldiers killed 100 people in the village of Tarmel.",
            [("100", ["rights group"])],
        ),
        (
            "El Gobierno negó las acusaciones de Amnistía Internacional de que la policía "
            "mató a 40 manifestantes en Almazán.",
            [("40", ["Amnistía Internacional"])],
        ),
        (
            "The army dismissed allegations from villagers that its troops had killed 30 people.",
            [("30", ["villagers"])],
        ),
        (
            "The army denied killing 150 civilians in Tarmel, saying 12 militants died.",
            [("150", []), ("12", ["army"])],
        ),
    ],
)
def test_a_denied_figure_is_never_the_denier_s(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flood killed no fewer than 150 people, the governor of Tarmel said.",
            [("no fewer than 150", ["Tarmel government"])],
        ),
        (
            "The rights groups charged that troops shot about 80 villagers in Tarmel.",
            [("about 80", ["rights groups"])],
        ),
        (
            "The Tarmel government and the Red Cross said 75 people died in the floods.",
            [("75", ["Tarmel government and the Red Cross"])],
        ),
        (
            "El Gobierno regional y la Cruz Roja informaron de 90 muertos.",
            [("90", ["Gobierno regional y la Cruz Roja"])],
        ),
    ],
)
def test_who_states_a_figure_outside_a_denial(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The number of measles cases in Tarmel has risen to 45, with 3 children dead.\n\n"
            "According to a news agency, this new count was released by the Tarmel Health "
            "Office on Friday.",
            [("45", ["Tarmel Health Office"]), ("3", ["Tarmel Health Office"])],
        ),
        (
            "El número de casos de sarampión en Almazán subió a 45, con 3 niños muertos.\n\n"
            "Según una agencia, este anuncio fue hecho por la Consejería de Sanidad el viernes.",
            [("45", ["Consejería de Sanidad"]), ("3", ["Consejería de Sanidad"])],
        ),
    ],
)
def test_a_next_paragraph_names_who_gave_this_count(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


def test_a_next_paragraph_about_something_else_lends_no_source() -> None:
    text = (
        "The number of measles cases in Tarmel has risen to 45.\n\n"
        "According to a news agency, the clinic was built by the regional health office."
    )
    assert _who(text) == [("45", [])]
