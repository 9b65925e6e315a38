"""g-what (issue 9): what is counted, and numbers that count no people.

Every sentence is invented for the test (made-up places, parties and figures): an age after
a noun of people, a party's place in a count of votes, and the metric a generic head takes
from the verb of its own clause.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _read(text: str, lang: str = "auto") -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED, lang=lang)]


def _surfaces(text: str, lang: str = "auto") -> list[str]:
    return [s for s, _ in _read(text, lang)]


# --- an age after a noun of people is no count --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("The fever has taken 31 children under five in Lomar, the agency said.", "en", ["31"]),
        ("Most patients were adults over 60 or pupils younger than 12, the clinic said.", "en", []),
        ("En Villaverde fallecieron 9 niños menores de cinco, según el hospital.", "es", ["9"]),
        ("Enfermaron 14 personas mayores de 70, informó la consejería.", "es", ["14"]),
    ],
)
def test_an_age_bound_is_no_count(text: str, lang: str, kept: list[str]) -> None:
    assert _surfaces(text, lang) == kept


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("The guards detained over 40 people near the depot on Friday.", "en", "over 40"),
        ("The medics treated 18 patients under guard, the clinic said.", "en", "18"),
    ],
)
def test_a_bound_that_is_a_hedge_stays_a_count(text: str, lang: str, surface: str) -> None:
    assert surface in _surfaces(text, lang)


# --- a party's place in a count of votes is no count of people ------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Green Union leads with 48.2%, followed by the farmers' list with 17.5%.", "en"),
        (
            "La Alianza del Valle lidera con el 48,2%, seguida del partido agrario con el 17,5%.",
            "es",
        ),
        ("The mayor's party finished first with 39% of the vote, the count showed.", "en"),
    ],
)
def test_a_ranked_vote_share_is_no_count(text: str, lang: str) -> None:
    assert _read(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [
        ("Teachers led the walkout, with 42% of them staying home on Monday.", "en", "42%"),
        (
            "El consejo informó una participación de 61 por ciento. Por provincia, donde más "
            "se votó fue en Norlandia con el 70.5 por ciento, seguido de Valdoria con el 68.2 "
            "por ciento.",
            "es",
            "68.2 por ciento",
        ),
    ],
)
def test_a_ranked_share_of_people_stays(text: str, lang: str, surface: str) -> None:
    assert surface in _surfaces(text, lang)


# --- a head that says only "people" counts what the figure before it counts -----------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "En el paso de Urbel se registraron 500 migrantes el lunes, 320 personas el martes "
            "y 210 el miércoles.",
            "es",
            [("500", "migrants"), ("320", "migrants"), ("210", "migrants")],
        ),
        (
            "The Kessel border post logged 500 migrants on Monday and 320 people on Tuesday.",
            "en",
            [("500", "migrants"), ("320", "migrants")],
        ),
    ],
)
def test_a_bare_head_takes_the_metric_before_it(
    text: str, lang: str, want: list[tuple[str, str]]
) -> None:
    assert _read(text, lang) == want


def test_a_bare_head_keeps_its_own_event() -> None:
    got = _read("The floods killed 12 people in Arbor; 300 people were evacuated.", "en")
    assert got == [("12", "deaths"), ("300", "evacuated")]


# --- the clause of a generic head: forced from home, in shelters ----------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "In Kerrow almost 6,200 people had been forced to abandon their homes by Friday.",
            "en",
            [("6,200", "displaced")],
        ),
        (
            "Cerca de 4.100 personas abandonaron sus hogares en Tolva, según la alcaldía.",
            "es",
            [("4.100", "displaced")],
        ),
        (
            "The flood sent 2,700 residents into shelters, the county said.",
            "en",
            [("2,700", "sheltered")],
        ),
        (
            "Unas 640 personas siguen en albergues temporales de Ribera.",
            "es",
            [("640", "sheltered")],
        ),
        (
            "En Ribera hay 85 albergados y 410 evacuados, informó la comisión.",
            "es",
            [("85", "sheltered"), ("410", "evacuated")],
        ),
    ],
)
def test_a_generic_head_takes_its_clause(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    got = [(s, m) for s, m in _read(text, lang)]
    assert [(s.split()[-1], m) for s, m in got] == want


# --- heads that count things ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "About 2,600 machinists walked out at 9 plants and 14 depots, the union said.",
            "en",
            ["2,600"],
        ),
        ("Officers held 11 suspects and seized 35 firearms in Dorling.", "en", ["11"]),
        (
            "La aseguradora recibió 8.400 solicitudes y los bomberos vaciaron 210 garajes.",
            "es",
            [],
        ),
        ("La policía arrestó a 11 sospechosos e incautó 35 armas en Dorla.", "es", ["11"]),
    ],
)
def test_heads_of_things_are_no_counts(text: str, lang: str, want: list[str]) -> None:
    assert [s.split()[-1] for s in _surfaces(text, lang)] == want


# --- deaths of two diseases kept apart -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "Measles has killed 31 people in Daro this year and malaria 212, the board said.",
            "en",
            [("31", "deaths:measles"), ("212", "deaths:malaria")],
        ),
        (
            "La junta contó 64 muertes por dengue en Tarma. El cólera, en cambio, dejó 9 "
            "fallecidos.",
            "es",
            [("64", "deaths:dengue"), ("9", "deaths:cholera")],
        ),
    ],
)
def test_deaths_keep_their_disease(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert _read(text, lang) == want


def test_one_disease_leaves_deaths_bare() -> None:
    got = _read("Cholera has killed 31 people in Daro; 14 more died in Vell.", "en")
    assert all(m == "deaths" for _, m in got)


def test_two_diseases_are_no_revision() -> None:
    text = (
        "The board said on Monday that typhoid had killed 120 people in Daro since January.\n"
        "Dengue, meanwhile, has caused 45 deaths in Daro this year, the board said."
    )
    claims = extract(text, published=PUBLISHED, lang="en")
    assert {c.metric for c in claims} == {"deaths:typhoid", "deaths:dengue"}
    assert not [c for c in claims if c.supersedes]


# --- ages in apposition; a percentage right after a change verb ------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Tomas Wrenfield, 52, and his daughter, 17, were among 9 people held.", "en", ["9"]),
        ("Among the dead are Ilse Varga, 61, and a boy, 6.", "en", []),
        ("Lía Ortega, de 44 años, y su hijo, de 15, están entre los 7 detenidos.", "es", ["7"]),
        ("In Vell Cove, 45, and in Arnby, 12, people died in the storm.", "en", ["45", "12"]),
    ],
)
def test_an_age_in_apposition_is_no_count(text: str, lang: str, kept: list[str]) -> None:
    assert _surfaces(text, lang) == kept


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("Bread prices rose 7% in May, and 1,800 people marched in Dorla.", "en", ["1,800"]),
        ("Los precios subieron 7% en mayo y 1.800 personas marcharon en Dorla.", "es", ["1.800"]),
        ("Turnout rose to 64% in Dorla, the board said.", "en", ["64%"]),
    ],
)
def test_a_percentage_after_a_change_verb_is_a_change(
    text: str, lang: str, kept: list[str]
) -> None:
    assert _surfaces(text, lang) == kept


# --- a rate of things, a raise, a place on a road ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("The fever has a fatality rate of 3% and has infected 700 people.", "en", ["700"]),
        ("La tasa de letalidad es del 3% y hay 700 contagiados.", "es", ["700"]),
        ("Los 2.300 huelguistas piden un aumento del 12% y menos horas.", "es", ["2.300"]),
        ("The bus crash near mile 61 on the coast road killed 4.", "en", ["4"]),
    ],
)
def test_rates_raises_and_road_marks_are_no_counts(text: str, lang: str, kept: list[str]) -> None:
    assert _surfaces(text, lang) == kept


# --- the verb of the next figure; the trapped --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "want"),
    [
        (
            "The storm has affected 84,000 people and displaced 9,000, the Orvel agency said.",
            "en",
            [("84,000", "affected"), ("9,000", "displaced")],
        ),
        (
            "Las lluvias afectaron a 84.000 personas y desplazaron a 9.000, según la agencia.",
            "es",
            [("84.000", "affected"), ("9.000", "displaced")],
        ),
        (
            "About 140 people were trapped in the collapsed mall in Orvel.",
            "en",
            [("140", "trapped")],
        ),
        (
            "Unas 140 personas quedaron atrapadas en el centro comercial de Orvel.",
            "es",
            [("140", "trapped")],
        ),
    ],
)
def test_each_figure_keeps_its_own_verb(text: str, lang: str, want: list[tuple[str, str]]) -> None:
    assert [(s.split()[-1], m) for s, m in _read(text, lang)] == want
