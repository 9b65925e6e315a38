"""What a figure counts, session 10 (g-metric): rules found on the dev split and on six new
articles (epidemics, evacuations, missing people, arrests, displacement), each written as
sentences of our own (other names, other numbers, other places).

* Cases of a disease keep the disease in the words they are counted under, a bare figure of
  a list of diseases takes its head and its own disease, and a figure set against another
  ("contra 15", "up from 95") counts what that one counts.
* Victims who did not die are the injured; a level of people held is read in every tense;
  "en su poder a N" holds people.
* A count that rose "hasta" a level reached it (no cap); a day named after the figure ("este
  jueves", "después de") leaves its noun out.
* A figure after a copula or a verb of standing counts the head of its subject ("the total
  registered voters were N", "rejected ballots standing at N").
* A part "among the N freed" counts the whole's event, past the whole's figure.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.metrics import MetricRegistry

PUBLISHED = dt.date(2026, 3, 4)


def _read(text: str) -> list[tuple[str, str, str]]:
    return [
        (c.quantity.surface, c.metric, c.metric_text) for c in extract(text, published=PUBLISHED)
    ]


def test_a_bulletin_of_several_diseases_keeps_each_disease() -> None:
    text = (
        "Según el boletín semanal del ministerio, se han detectado 210 casos de dengue contra "
        "480 del año anterior, 35 de paludismo contra 12 y 18 de leptospirosis contra 22, con "
        "tres defunciones por esta última."
    )
    assert _read(text) == [
        ("210", "cases:dengue", "casos de dengue"),
        ("480", "cases:dengue", "casos de dengue"),
        ("35", "cases:malaria", "casos de paludismo"),
        ("12", "cases:malaria", "casos de paludismo"),
        ("18", "cases:leptospirosis", "casos de leptospirosis"),
        ("22", "cases:leptospirosis", "casos de leptospirosis"),
        # g-what: a bulletin of several diseases keeps each death count's disease too
        ("tres", "deaths:leptospirosis", "defunciones"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Health officials said there were 120 cases of measles, up from 95 last week, "
            "and two deaths.",
            [
                ("120", "cases:measles", "cases of measles"),
                ("95", "cases:measles", "cases of measles"),
            ],
        ),
        (
            "El brote suma 80 casos de cólera y dos personas muertas.",
            [("80", "cases:cholera", "casos de cólera"), ("dos", "deaths", "personas muertas")],
        ),
        (
            "The province reported 64 infections of yellow fever this month.",
            [("64", "cases:yellow-fever", "infections of yellow fever")],
        ),
        (
            "El país contabiliza 3.500 contagios de sarampión.",
            [("3.500", "cases:measles", "contagios de sarampión")],
        ),
    ],
)
def test_case_figures_name_their_disease(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _read(text)[: len(expected)] == expected


def test_a_narrowed_count_of_cases_keeps_its_disease_apart() -> None:
    (suspected,) = _read("Officials are investigating 14 suspected cases of cholera.")
    assert suspected[1] == MetricRegistry.builtin().normalize("suspected cases of cholera")
    assert suspected[1] != MetricRegistry.builtin().normalize("suspected cases of measles")


def test_one_case_is_a_case_not_the_deaths_beside_it() -> None:
    assert _read("The island had one case and no deaths.") == [
        ("one", "cases", "case"),
        ("no", "deaths", "deaths"),
    ]


def test_infections_without_a_disease_stay_as_written() -> None:
    (figure,) = _read("The lab logged 300 infections last month.")
    assert figure[1] != "cases"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims who did not die are the injured
        (
            "Tras la semana de marchas, el colectivo cuenta ya 410 víctimas no mortales.",
            [("410", "injured")],
        ),
        (
            "Las autoridades confirmaron 90 víctimas mortales y 260 víctimas no mortales.",
            [("90", "deaths"), ("260", "injured")],
        ),
        # a level of people held, in any tense
        (
            "Más de 70 personas seguían detenidas, según la cancillería.",
            [("Más de 70", "political_prisoners")],
        ),
        (
            "Some 70 people remained in prison, the envoy said.",
            [("Some 70", "political_prisoners")],
        ),
        # "tener / mantener en su poder a N": people held, in a sentence about a kidnapping
        (
            "Los secuestradores mantienen en su poder a 130, según la fiscalía.",
            [("130", "hostages")],
        ),
    ],
)
def test_what_happened_to_the_people_counted(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(surface, metric) for surface, metric, _ in _read(text)]
    assert got[: len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # "hasta" after a verb of a count rising is the level reached, not a cap
        (
            "La ONG dijo que su recuento de detenidos ascendió hasta 3.180 tras las marchas.",
            "3.180",
            "arrests",
        ),
        ("La cifra de evacuados se elevó hasta 912, informó Protección Civil.", "912", "evacuated"),
        # a day named from today after the figure leaves its noun out
        ("El recuento de desaparecidos subió a 58 este jueves.", "58", "missing"),
        ("Los detenidos llegaron a 58 esta semana.", "58", "arrests"),
    ],
)
def test_a_level_reached_is_read_exactly(text: str, surface: str, metric: str) -> None:
    (claim,) = extract(text, published=PUBLISHED)
    assert (claim.quantity.surface, claim.metric) == (surface, metric)
    assert claim.quantity.qualifier.value == "exact"


def test_hasta_without_a_rise_is_still_a_cap() -> None:
    (claim,) = extract("Hasta 300 personas podrían haber muerto.", published=PUBLISHED)
    assert claim.quantity.qualifier.value == "at_most"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the 2019 election, the total registered voters were 9,712,400. Out of this "
            "number, those who voted were 6,880,100.",
            [("9,712,400", "registered_voters"), ("6,880,100", "voters")],
        ),
        (
            "According to the breakdown, the total valid votes were 6,719,400 and the "
            "rejected ballots stood at 160,700.",  # "stood at" and "were" alike
            [("6,719,400", "valid-votes"), ("160,700", "rejected-ballots")],
        ),
        ("Evacuees in the shelters were 3,200 by Sunday night.", [("3,200", "evacuated")]),
        (
            "La ONG dijo que su recuento de detenidos ascendió hasta 3.120 después de una "
            "noche de disturbios.",
            [("3.120", "arrests")],
        ),
    ],
)
def test_a_figure_after_a_copula_counts_the_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(s, m) for s, m, _ in _read(text)] == expected


def test_an_age_after_a_copula_is_no_count() -> None:
    assert _read("The driver was 42, police said.") == []


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "Some 85 political detainees were among the 3,100 convicts set free in the amnesty.",
            "Some 85",
            "releases",
        ),
        (
            "Unos 85 presos políticos estaban entre los 3.100 condenados liberados con el indulto.",
            "Unos 85",
            "releases",
        ),
    ],
)
def test_a_part_among_a_whole_counts_the_whole_s_event(
    text: str, surface: str, metric: str
) -> None:
    assert (surface, metric) in [(s, m) for s, m, _ in _read(text)]
