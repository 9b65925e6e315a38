"""A generic head ("personas", "people", "ciudadanos") takes the metric of the event word of
its own clause (audit 2, P2): what happened to the people says what their figure counts, and
the figure is then an ordinary count that scan compares. Every sentence here is invented for
the test."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.discrepancies import Kind
from discrepancy.extraction.partial_day import day_metric
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd: came, attended, gathered, took to the streets
        ("Según la Delegación, 30.000 personas acudieron a la marcha.", "protesters"),
        ("A la plaza han acudido unas 8.000 personas esta tarde.", "protesters"),
        ("Unas 6.000 personas se han congregado frente al ayuntamiento.", "protesters"),
        ("Más de 9.000 ciudadanos han salido a la calle en Cuenca.", "protesters"),
        ("La entidad cifró la asistencia en apenas 2.000 personas.", "protesters"),
        ("Some 5,000 people showed up outside the town hall.", "protesters"),
        # an abduction
        ("Hombres armados secuestraron a 12 personas en la sierra.", "hostages"),
        ("La Fiscalía investiga el secuestro de 15 personas en un rancho.", "hostages"),
        ("Un comando secuestró el martes a 9 trabajadores de una mina.", "hostages"),
        ("Gunmen took away 40 people from the market on Sunday.", "hostages"),
        # arrivals
        ("Desde enero han llegado por mar a las islas 7.300 personas.", "migrants"),
        ("About 900 people arrived on the island last week.", "migrants"),
        # deaths, injured, evacuated, arrests, displaced, affected
        ("La aviación ha matado a 120 personas en dos días.", "deaths"),
        ("De ellas, 40 personas han perecido en la travesía.", "deaths"),
        ("Unas 3.000 personas fueron evacuadas de la costa.", "evacuated"),
        ("Some 3,000 residents were evacuated from the valley.", "evacuated"),
        ("The authorities ordered the evacuation of 2,500 people from the coast.", "evacuated"),
        ("Al menos 70 personas fueron arrestadas tras los disturbios.", "arrests"),
        ("Unas 8.000 personas quedaron sin techo tras el sismo.", "homeless"),
        ("Around 600,000 people would be affected by the heatwave.", "affected"),
        ("La tormenta ha afectado a 28.000 personas en 90 municipios.", "affected"),
        ("Soria tuvo en sus calles a más de 9.000 ciudadanos.", "protesters"),
        ("Some 40,000 people were in the streets of Leeds by noon.", "protesters"),
        ("Unas 5.000 personas se habían concentrado frente al juzgado.", "protesters"),
    ],
)
def test_the_event_of_the_clause_lifts_a_generic_head(text: str, expected: str) -> None:
    [(_, metric)] = _read(text)
    assert day_metric(metric) == expected  # session 10: "by noon" may add its hour


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named head keeps its own metric: migrants who arrived are migrants
        ("Unos 500 migrantes llegaron a la isla el lunes.", "migrants"),
        ("Some 900 migrants arrived on the island last week.", "migrants"),
        # nothing in the sentence says what happened: "people" stays generic
        ("Unas 300 personas viven en el barrio.", "personas"),
        ("Some 4,000 people live in the valley.", "people"),
        # a vote, not a crowd
        ("La votación empezó a las 9 y acudieron 400 vecinos.", "voters"),
    ],
)
def test_a_named_head_or_a_sentence_without_an_event_keeps_its_metric(
    text: str, expected: str
) -> None:
    [(_, metric)] = _read(text)
    assert metric == expected


def test_a_level_verb_is_not_an_arrival() -> None:
    """ "llegó a 300" gives the level a count reached, not people who arrived."""
    claims = _read("El número de heridos llegó a 300 personas.")
    assert [m for _, m in claims] == ["injured"]


def test_the_second_figure_of_a_contrast_counts_what_the_first_counts() -> None:
    """ "lo estima en N ciudadanos": the clause has no event of its own, the sentence's
    gathering says what is counted."""
    claims = _read(
        "Mientras los organizadores cifran en 55.000 las personas que se han concentrado en el"
        " paseo, la Delegación lo estima en 14.000 ciudadanos."
    )
    assert claims == [("55.000", "protesters"), ("14.000", "protesters")]


@pytest.mark.parametrize(
    "text",
    [
        "La Defensoría alertó de un aumento de 147% en la cantidad de hogares evacuados.",
        "Officials reported a 30% rise in the number of damaged homes.",
    ],
)
def test_a_change_in_a_count_of_things_is_not_a_count_of_people(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "Según la Delegación del Gobierno, 30.000 personas acudieron a la marcha. Los"
        " organizadores aseguraron que acudieron a la marcha 120.000 personas.",
        "Hombres armados secuestraron a 12 personas en la sierra, según la Fiscalía. La"
        " policía habla de 30 personas secuestradas en la sierra.",
        "Police said 2,000 people turned up for the vigil. Organizers said 9,000 people"
        " turned up for the vigil.",
    ],
)
def test_a_lifted_figure_is_an_ordinary_count_that_scan_compares(text: str) -> None:
    claims = extract(text, published=PUBLISHED, doc_id="a")
    report = check_extracted(claims)
    assert [d.kind for d in report.discrepancies] == [Kind.SOURCE_DISAGREEMENT]


_EVENTS = {
    "acudieron a la concentración": "protesters",
    "fueron evacuadas": "evacuated",
    "resultaron heridas": "injured",
    "murieron": "deaths",
    "fueron detenidas": "arrests",
    "han llegado a la isla": "migrants",
}


@settings(max_examples=60, deadline=None)
@given(
    value=st.integers(min_value=2, max_value=90_000),
    head=st.sampled_from(["personas", "ciudadanos", "individuos"]),
    event=st.sampled_from(sorted(_EVENTS)),
    inverted=st.booleans(),
)
def test_any_generic_head_takes_its_clause_event(
    value: int, head: str, event: str, inverted: bool
) -> None:
    """Subject before or after its verb ("acudieron a la concentración 300 personas"), the
    figure counts what the verb says."""
    number = f"{value:,}".replace(",", ".")
    text = f"Ayer {event} {number} {head}." if inverted else f"Ayer {number} {head} {event}."
    [(_, metric)] = _read(text)
    assert metric == _EVENTS[event]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Official data showed that 41.7 million people had voted.", "voters"),
        ("About 38 million people cast ballots.", "voters"),
        ("El consejo electoral aseguró que votaron más de 6 millones de ciudadanos.", "voters"),
    ],
)
def test_people_who_voted_are_voters(text: str, expected: str) -> None:
    [(_, metric)] = _read(text)
    assert metric == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure with no noun takes what the headline counts, when a source gives it
        (
            "Masiva manifestación contra la reforma en Cáceres\n\nLa jornada transcurrió sin"
            " incidentes. Los organizadores hablaron de 100.000 y la Delegación del Gobierno"
            " de 25.000.",
            ["protesters", "protesters"],
        ),
        (
            "Thousands protest pension cuts in Lille\n\nThe day passed without incident."
            " Organizers said 200,000, while police counted 40,000.",
            ["protesters", "protesters"],
        ),
        # a generic head a source gives takes the sentence before's gathering
        (
            "Decenas de miles marchan en Tunja\n\nLa movilización fue pacífica. La alcaldía"
            " habló de 30.000 personas.",
            ["protesters"],
        ),
    ],
)
def test_a_figure_that_names_nothing_takes_what_the_article_counts(
    text: str, expected: list[str]
) -> None:
    assert [m for _, m in _read(text)] == expected


def test_the_number_of_something_else_never_takes_the_headline() -> None:
    """ "El número de denuncias … había subido a nueve" counts complaints: not the hostages of
    the headline."""
    claims = _read(
        "Secuestran a 14 personas en un rancho de Zacatecas\n\nLa Fiscalía indaga lo ocurrido."
        " El fiscal precisó que el número de denuncias recibidas había subido a nueve."
    )
    assert claims == [("14", "hostages")]


def test_background_people_are_not_lifted_by_the_headline() -> None:
    """Only a figure a source gives ("habló de", "said") takes the article's topic: people
    who live somewhere are not a rival count of the crowd."""
    claims = _read(
        "Masiva manifestación contra la reforma en Cáceres\n\nLa jornada transcurrió sin"
        " incidentes. En el barrio viven unas 4.000 personas."
    )
    assert [m for _, m in claims] == ["personas"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the votes of a chamber are seats, not people; election votes stay counts
        ("El Congreso aprobó la ley con 176 votos a favor y 170 en contra.", []),
        ("El Senado rechazó la moción por 120 votos contra 100.", []),
        ("Parliament approved the reform by 250 votes to 180, with 12 abstentions.", []),
        ("The bill passed with 234 votes in favor and 190 against.", []),
        ("La oposición obtuvo 2,2 millones de votos en las elecciones.", ["votos"]),
        # roads, magnitudes, categories, degrees, sentences, money: only the people count
        ("Road 66 was closed after 7 people died.", ["deaths"]),
        ("La carretera 40 quedó cortada y 15 personas murieron.", ["deaths"]),
        ("Un sismo de magnitud 6,8 dejó 12 muertos.", ["deaths"]),
        ("The Category 4 hurricane killed 20 people.", ["deaths"]),
        ("La temperatura llegó a 44 grados y murieron 9 personas.", ["deaths"]),
        ("Fue condenado a 30 años de cárcel.", []),
        ("La multa fue de 600 euros y 30 personas fueron detenidas.", ["arrests"]),
        ("Según el artículo 21 de la ley, 40 personas fueron detenidas.", ["arrests"]),
    ],
)
def test_numbers_that_are_not_counts_of_people(text: str, expected: list[str]) -> None:
    assert [m for _, m in _read(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers put the number of people abducted at only seven.", "hostages"),
        ("La Fiscalía cifró el número de personas secuestradas en 12.", "hostages"),
        ("The number of people displaced stood at 12,000.", "displaced"),
        ("El número de personas que viven allí es de 300.", "personas"),
    ],
)
def test_the_number_of_people_takes_their_participle(text: str, expected: str) -> None:
    """ "The number of people kidnapped": the participle after the generic head says what
    the number counts."""
    [(_, metric)] = _read(text)
    assert metric == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("En la última semana han arribado 2.400 personas a las islas.", "migrants"),
        ("Cada verano desembarcan en la costa unas 900 personas.", "migrants"),
        ("Esta tarde se concentran en la plaza unas 3.000 personas.", "protesters"),
        ("Unas 600 personas protestan frente al ministerio.", "protesters"),
        (
            "La crecida obligó a evacuar a 1.200 personas; el ayuntamiento desalojó a otras 300.",
            "evacuated",
        ),
        ("Some 2,000 people attend the service every year.", "protesters"),
        ("More than 700 people arrive at the port each week.", "migrants"),
    ],
)
def test_every_tense_of_a_clause_event_lifts_the_head(text: str, expected: str) -> None:
    """Present, preterite and participle forms of one verb say the same thing."""
    assert {m for _, m in _read(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 64,000 enrolled voters were joined at the polls by noon.", "voters"),
        ("En el referéndum participaron 2,1 millones de ciudadanos.", "voters"),
        # protesting a vote is still a crowd
        (
            "Cerca de 1.800 personas se manifestaron contra el resultado de los comicios.",
            "protesters",
        ),
        ("Police said 5,000 people marched against the election result.", "protesters"),
    ],
)
def test_people_who_came_to_a_vote_are_voters(text: str, expected: str) -> None:
    [(_, metric)] = _read(text)
    assert day_metric(metric) == expected  # session 10: "by noon" may add its hour


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los sindicatos hablan de 340.000 trabajadores que siguieron el paro del jueves.",
            "strikers",
        ),
        (
            "En la construcción, la huelga fue secundada por apenas un 9% de los trabajadores.",
            "strikers",
        ),
        ("The union said 8,000 teachers followed the strike call on Monday.", "strikers"),
    ],
)
def test_workers_who_joined_a_strike_are_strikers(text: str, expected: str) -> None:
    assert {m for _, m in _read(text)} == {expected}
