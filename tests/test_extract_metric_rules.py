"""The metric of a figure comes from the word that governs it in its own clause (audit P3 and
P6, round 4). Every sentence here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event verb of the figure's own clause names what is counted
        ("Some 270 pupils were rescued by soldiers.", [("Some 270", "rescued")]),
        ("Officials said 215 pupils had been taken from the school.", [("215", "hostages")]),
        ("Police said 40 protesters were taken into custody.", [("40", "arrests")]),
        (
            "Some 11,200 people are reported injured and an estimated 60,000 lost their homes.",
            [("Some 11,200", "injured"), ("an estimated 60,000", "homeless")],
        ),
        ("Flood: 300 homeless, 41 dead", [("300", "homeless"), ("41", "deaths")]),
        ("Unas 900 personas perdieron sus casas en el incendio.", [("Unas 900", "homeless")]),
        ("Al menos 35 civiles han fallecido en los ataques.", [("Al menos 35", "deaths")]),
        ("El balance deja 4 personas fallecidas.", [("4", "deaths")]),
        ("Los guardacostas dejaron 60 personas rescatadas.", [("60", "rescued")]),
        (
            "La ONG denunció la desaparición de 419 personas durante las protestas.",
            [("419", "missing")],
        ),
    ],
)
def test_the_governing_word_names_the_metric(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The number of displaced families rose to 1,300, from 900 a year before.",
        "El número de familias desplazadas creció, pasando de 1.200 en 2020 a 4.100 en 2021.",
    ],
)
def test_the_number_of_things_is_not_a_count_of_people(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic head takes the metric its sentence names
        ("The rally drew 12,000 people, police said.", [("12,000", "protesters")]),
        (
            "La marcha del domingo reunió a 30.000 personas, según la policía.",
            [("30.000", "protesters")],
        ),
        (
            "El número de asistentes fue de 18.000 personas, según la Policía Local.",
            [("18.000", "protesters")],
        ),
        (
            "Police counted 9,000 people at the march on the bridge.",
            [("9,000", "protesters")],
        ),
        # "esos/these N" refers back to the figure just named
        (
            "La Fiscalía confirmó 31 muertes en las protestas. Esos 31 casos se registraron en"
            " la capital.",
            [("31", "deaths"), ("31", "deaths")],
        ),
        (
            "Officials confirmed 14 deaths after the storm. These 14 people lived near the river.",
            [("14", "deaths"), ("14", "deaths")],
        ),
    ],
)
def test_a_generic_head_takes_the_sentence_metric(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == expected


def test_a_generic_head_with_nothing_named_stays_generic() -> None:
    """With no event, crowd or count noun in its sentence, "people" says only people (and
    scan does not compare it)."""
    assert _read("Some 4,000 people live in the valley.") == [("Some 4,000", "people")]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen seized the pupils, children between ages 11 and 16, at dawn.",
        "The victims were aged 10 to 18.",
        "Secuestraron a alumnos de entre 12 y 17 años.",
        "Among them were pupils of JSS 3.",
    ],
)
def test_ages_and_class_names_are_not_counts(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "cifrar en N los X": the counted noun follows the figure with its article
        ("La policía cifró en 150.000 los manifestantes.", [("150.000", "protesters")]),
        (
            "El ayuntamiento cifró en 20.000 el número de manifestantes.",
            [("20.000", "protesters")],
        ),
        ("Eran más de 400 las personas liberadas.", [("más de 400", "releases")]),
        ("Son 216 los que han perdido la vida.", [("216", "deaths")]),
        # "A dio N, por M de B": M is B's figure of the same thing
        (
            "Los convocantes contaron 90.000 manifestantes, por 60.000 de la Delegación.",
            [("90.000", "protesters"), ("60.000", "protesters")],
        ),
    ],
)
def test_figures_whose_noun_is_moved_or_left_out(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == expected


def test_others_repeats_the_noun_of_the_figure_before() -> None:
    """ "Others" counts what its parallel figure counts: homes are not people, injured
    people are."""
    assert (
        extract(
            "The quake destroyed 8,000 homes and damaged 20,000 others, the agency said.",
            published=PUBLISHED,
        )
        == []
    )
    assert _read("The blast killed 80 people and injured 200 others.") == [
        ("80", "deaths"),
        ("200", "injured"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 5,000 migrants arrive per day, the agency said.", "migrants_per_day"),
        ("Unos 1.200 migrantes llegan al día a la isla.", "migrants_per_day"),
        ("The storm killed 30 people in a day.", "deaths"),
        ("Some 40 people were injured in less than a day.", "injured"),
    ],
)
def test_a_rate_is_not_a_level(text: str, expected: str) -> None:
    assert [m for _, m in _read(text)] == [expected]


def test_a_list_of_nationalities_counts_what_the_sentence_before_counts() -> None:
    claims = _read(
        "Unos 9.000 migrantes cruzaron la frontera en marzo. De ellos, 700 son venezolanos,"
        " 410 colombianos y 95 cubanos."
    )
    assert claims[0] == ("Unos 9.000", "migrants")
    assert {m for _, m in claims[1:]} == {"migrants"}


def test_a_procession_is_a_gathering() -> None:
    assert _read("Officers counted 6,400 marchers in the procession.") == [("6,400", "protesters")]


def test_a_target_crowd_is_not_read_as_a_crowd() -> None:
    """ "Hoped to draw" names a target: the crowd verb rule reads only what a rally drew (the
    generic figure is then not compared by scan)."""
    assert _read("Organizers had hoped to draw 50,000 people.") == [("50,000", "people")]
