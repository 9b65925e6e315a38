"""Counts of people whose counting noun is not right after the figure (issue 9, round 11,
audit 7 P2): the value of a toll or count noun followed by a reporting participle, and the
dead and wounded of a side ("bajas", "casualties"). Invented sentences, EN and ES, short and
in the shape of a news paragraph."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.discrepancies import Kind
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2025, 6, 12)  # a Thursday


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


def _sources(text: str) -> dict[str, list[str]]:
    return {
        c.quantity.surface: [r.mention for r in c.claimants]
        for c in extract(text, published=PUBLISHED)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Medics tallied 47 dead villagers, well above the toll of 21 announced by the "
            "provincial police.",
            [("47", "deaths"), ("21", "deaths")],
        ),
        (
            "After two days of digging through the collapsed market, volunteers from the "
            "valley said on Tuesday that they had pulled out 63 bodies, a number that nearly "
            "tripled the death toll of 22 confirmed by the mayor's office on Monday evening.",
            [("63", "deaths"), ("22", "deaths")],
        ),
        (
            "Los brigadistas hallaron 39 cadáveres, muy por encima de la cifra oficial de "
            "muertos de 17 anunciada por la gobernación.",
            [("39", "deaths"), ("17", "deaths")],
        ),
    ],
)
def test_the_value_of_a_toll_before_a_reporting_participle_is_a_count(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "the toll of N announced by X": the participle is no noun; the toll names what N
    counts (round 11)."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        (
            "Medics tallied 47 dead villagers, well above the toll of 21 announced by the "
            "provincial police.",
            "21",
            "provincial police",
        ),
        (
            "Los brigadistas hallaron 39 cadáveres, muy por encima de la cifra oficial de "
            "muertos de 17 anunciada por la gobernación.",
            "17",
            "gobernación",
        ),
    ],
)
def test_the_agent_of_the_participle_gives_the_figure(text: str, figure: str, source: str) -> None:
    """Who announced the toll is its source, not the subject of the sentence's other count."""
    assert _sources(text)[figure] == [source]


def test_a_toll_pair_from_a_participle_agent_is_reported() -> None:
    """The two tolls of two sources make a pair that `scan` reports."""
    text = (
        "Medics tallied 47 dead villagers on Monday, well above the toll of 21 announced by "
        "the provincial police."
    )
    found = check_extracted(extract(text, published=PUBLISHED)).discrepancies
    assert [d.kind for d in found] == [Kind.SOURCE_DISAGREEMENT]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The agency said 310 people had drowned, and there was a total of 2,400 reported "
            "across the coast by Friday.",
            "310",
        ),
        (
            "La agencia dijo que 310 personas murieron ahogadas y que hubo un total de 2.400 "
            "registrados en la costa hasta el viernes.",
            "310",
        ),
    ],
)
def test_a_total_that_names_nothing_takes_no_other_figures_metric(text: str, kept: str) -> None:
    """ "a total of N reported" with no noun of its own and no event in its own stretch is no
    count: the drownings of the other clause are not its metric (missing beats wrong)."""
    assert _read(text) == [(kept, "deaths")]


def test_a_total_with_its_noun_keeps_it() -> None:
    text = "The agency said 310 people had drowned and a total of 2,400 cases were reported."
    assert _read(text) == [("310", "deaths"), ("2,400", "cases")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El alcalde aseguró que la guerrilla tuvo 28 bajas en el combate del martes.",
            [("28", "casualties")],
        ),
        ("La jefa de la misión elevó a 41 las bajas del combate.", [("41", "casualties")]),
        (
            "Según el parte que el comando difundió el miércoles por la noche, la columna "
            "que cruzaba el páramo sufrió 112 bajas durante la emboscada, una cifra que los "
            "insurgentes rebajaron después.",
            [("112", "casualties")],
        ),
        (
            "The mayor said the militia suffered 28 casualties in Tuesday's clash.",
            [("28", "casualties")],
        ),
    ],
)
def test_the_dead_and_wounded_of_a_side_are_counted(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "bajas" after the figure, or past an article, counts people: one metric with the
    English "casualties" (round 11)."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Las temperaturas más bajas del invierno llegaron a 3 grados en la sierra.",
        "The board said the budget of 300 approved by parliament was too small.",
        "La tasa de 12 anunciada por el banco fue la más baja del año.",
    ],
)
def test_not_counts_stay_out(text: str) -> None:
    """A degree, a budget or a rate near "bajas" or a reporting participle is no count."""
    assert _read(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was the question on Sunday as the islands chose their 32-member assembly.",
        "After a week of counting, the commission had still not named the winners of the "
        "60-member senate, while the opposition, which stayed away, spoke of a quiet day.",
        "La Caminata del Millón salió del puerto a las diez, según los convocantes.",
        "Organisers said the Thousand Lanterns Vigil would be held again next year.",
    ],
)
def test_a_compound_measure_or_a_name_is_no_count(text: str) -> None:
    """ "the 32-member assembly" measures the assembly; "la Caminata del Millón" is a name:
    neither counts people (round 11)."""
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 3,000-strong crowd filled the square, police said.", [("3,000", "protesters")]),
        ("Police said 30-odd people were hurt in the clash.", [("30", "injured")]),
        (
            "Según los convocantes, un millón de personas asistieron a la marcha.",
            [("un millón", "protesters")],
        ),
    ],
)
def test_counts_beside_compounds_and_names_stay(text: str, expected: list[tuple[str, str]]) -> None:
    """A unit of people hyphened to the figure, a hedge before people, a lower-case number
    word: still counts."""
    assert _read(text) == expected


def test_a_title_case_headline_keeps_its_count() -> None:
    """A headline in title case capitalises its number word before a noun of people: a count."""
    text = "Mudslide Buries Twelve People In Mountain Village\n\nRescuers dug through the night."
    assert [surface for surface, _ in _read(text)] == ["Twelve"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("El número de bajas ascendió a 57, según el ejército.", [("57", "casualties")]),
        ("Las bajas de la columna llegaron a 23, según el comando.", [("23", "casualties")]),
        ("El comando cifró las bajas de la columna en 23.", [("23", "casualties")]),
        ("The militia said its casualties rose to 23 on Friday.", [("23", "casualties")]),
        ("La patrulla reportó 9 bajas mortales en el cruce del río.", [("9", "deaths")]),
        (
            "Cuando el humo se disipó sobre los diques del norte, donde los vigilantes "
            "habían pasado la noche, la oficina del gobernador dijo que el número de bajas "
            "entre ellos ascendía a 31.",
            [("31", "casualties")],
        ),
    ],
)
def test_a_casualty_noun_before_a_bare_figure_names_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "el número de bajas ascendió a 57": the casualty noun before a figure with no noun of
    its own says what it counts; "bajas mortales" are deaths (round 11)."""
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Las temperaturas más bajas llegaron a 3 grados en la sierra.",
        "Las tasas de interés, que eran bajas, subieron a 12 en marzo.",
    ],
)
def test_bajas_as_an_adjective_names_no_count(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By Sunday the health office listed 212 deaths in 3,480 cases of cholera.",
            [("212", "deaths"), ("3,480", "cases:cholera")],
        ),
        (
            "El boletín de la provincia sumaba 36 muertes en 410 casos de dengue.",
            [("36", "deaths"), ("410", "cases:dengue")],
        ),
    ],
)
def test_the_cases_of_an_outbreak_toll_are_patients(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "212 deaths in 3,480 cases": the cases after a toll are patients, not files (round 11;
    "pardoned in two cases" stays files)."""
    assert _read(text) == expected


def test_cases_of_a_court_stay_files() -> None:
    assert _read("The court pardoned the men in two cases on Monday.") == []


def test_a_bare_figure_in_parentheses_restates_the_figure_before() -> None:
    """ "40 lanchas …, el triple que el año pasado (13)": the figure in parentheses is last
    year's count of boats, not of people (round 11)."""
    text = "El puerto recibió 40 lanchas con viajeros, el triple que el año pasado (13)."
    assert _read(text) == []


def test_a_bare_figure_in_parentheses_after_a_count_stays_one() -> None:
    text = "Police counted 4,500 marchers in Lorient (4500) on Saturday."
    assert [m for _, m in _read(text)] == ["protesters", "protesters"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El vocero regional confirmó que 44 milicianos murieron en el asalto del lunes.",
            [("44", "deaths")],
        ),
        (
            "Según el balance que la comandancia leyó ante la prensa en la tarde del sábado, "
            "tras dos días de combates en las lomas del oeste, unos 44 milicianos murieron y "
            "otros tantos quedaron heridos.",
            [("unos 44", "deaths")],
        ),
        ("Las pequeñas y medianas empresas cerraron 12 locales.", []),
    ],
)
def test_an_unlisted_noun_in_ianos_counts_people_with_an_event(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "44 milicianos murieron": "-ianos" ends nouns of people as "-ians" does in English,
    read only with an event of people in its clause (round 11)."""
    assert _read(text) == expected
