"""Session 10 (g-count, issue 9): what a figure counts and where, from the ninth audit's
patterns and an unseen flood article read by the lead.

* A place left out of a count ("outside Kerr County", "fuera de la provincia de Huelva",
  "Beyond X, …") is never the figure's scope: the scope is "<wider> outside <place>" (or
  "outside <place>"), and `check` keys it by the place left out, so two sources' counts
  outside one place meet and neither meets that place's own toll.
* A place's population ("a town of 25,000 residents", "una ciudad de 300.000 habitantes",
  "home to 40,000 people") is no count of people.
* A figure with no noun, its own verb right after it ("after the UN said 5,000 had arrived")
  is read by that verb when nothing before names it.
* A part named by a word of origin ("35 foreign hostages", "12 American hostages", "35 rehenes
  extranjeros") counts what its noun counts, as a part; "more than N of them" is a part too.
* The whole of a part placed after it ("Al menos 150 han muerto, 140 de ellas en la región de
  X") is never placed by a default below the country; "en la vecina X" ties X; the place of
  the fighting people fled ("escaped the clashes in neighbouring X") is not where they are.

Every sentence is invented for these tests (places, bodies and people are made up or used
only as names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import MetricRegistry, extract
from discrepancy.claim import Claim
from discrepancy.discrepancies import Kind
from discrepancy.extraction.populations import a_population
from discrepancy.extraction.sentences import tokenize
from discrepancy.extraction.where_outside import left_out
from discrepancy.places import outside_of
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2025, 7, 8)


def _claims(text: str) -> list[Claim]:
    return extract(text, published=PUBLISHED)


def _scopes(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.scope) for c in _claims(text)]


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.metric) for c in _claims(text)]


# --- a place left out of a count ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor said 11 people had died outside Pell County.",
            [("11", "outside Pell")],
        ),
        (
            "Pell County officials reported 61 deaths. Outside Pell County, 9 people died.",
            [("61", "Pell"), ("9", "outside Pell")],
        ),
        (
            "In Pell County, 61 people have died. There have been 9 more deaths outside of "
            "Pell County, the mayor said.",
            [("61", "Pell"), ("9", "outside Pell")],
        ),
        (
            "Beyond Lanner County, at least 7 people were killed by the storms across Oklahoma.",
            [("at least 7", "Oklahoma outside Lanner")],
        ),
        (
            "Apart from Lanner County, the floods killed 12 people across Oklahoma.",
            [("12", "Oklahoma outside Lanner")],
        ),
        (
            "Outside Pell County, 9 people died in Dunmore County.",
            [("9", "Dunmore")],
        ),
        (
            "Las autoridades contaron 13 muertos fuera de la provincia de Huelva.",
            [("13", "Spain outside Huelva")],
        ),
        (
            "Fuera de Sevilla, las tormentas dejaron 5 fallecidos en Andalucía.",
            [("5", "Andalucía outside Sevilla")],
        ),
        (
            "La riada dejó 17 muertos fuera de Murcia.",
            [("17", "Spain outside Murcia")],
        ),
    ],
)
def test_a_place_left_out_is_never_the_scope(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _scopes(text) == expected


def test_a_place_left_out_is_not_the_next_sentences_place() -> None:
    text = (
        "Some 40 people died in Pell County. The mayor said 9 more died outside Pell County. "
        "Another 6 are missing."
    )
    got = dict(_scopes(text))
    assert got["9"] == "outside Pell"
    assert got["6"] != "outside Pell"
    outside = _claims(text)[1]
    assert outside.part_of is None  # nine more outside the county are none of its 40
    text = "El alcalde dijo que 9 personas murieron fuera de Huelva. Hay 6 desaparecidos."
    assert dict(_scopes(text))["6"] != "Huelva"


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("15 deaths outside Kerr County", "Kerr", True),
        ("15 deaths outside of the city of Kerr", "Kerr", True),
        ("13 muertos fuera de la provincia de Huelva", "Huelva", True),
        ("9 muertos más allá de Huelva", "Huelva", True),
        ("15 deaths in Kerr County", "Kerr", False),
        ("the outside world sent aid to Kerr", "Kerr", False),
        ("15 de Huelva", "Huelva", False),
    ],
)
def test_left_out(text: str, place: str, expected: bool) -> None:
    assert left_out(text, text.index(place)) is expected


@pytest.mark.parametrize(
    ("scope", "expected"),
    [
        ("Texas outside Kerr", "Kerr"),
        ("outside Kerr", "Kerr"),
        ("Kerr", ""),
        ("Outsider Bay", ""),
    ],
)
def test_outside_of(scope: str, expected: str) -> None:
    assert outside_of(scope) == expected


def test_counts_outside_one_place_meet_each_other_and_not_its_toll() -> None:
    text = (
        "DUNMORE (AP) — At least 70 people died in Pell County after the river rose "
        "overnight, the sheriff said on Monday.\n\n"
        "The governor said 15 people had died outside Pell County. A state report counted "
        "22 deaths outside Pell County, elsewhere in Oklahoma."
    )
    claims = _claims(text)
    scopes = {c.quantity.surface: c.scope for c in claims}
    assert scopes["At least 70"] == "Pell"
    assert scopes["15"] != scopes["22"]  # each names the wider place it was given
    [found] = check_extracted(claims).discrepancies
    assert found.kind is Kind.SOURCE_DISAGREEMENT
    surfaces = {c.quantity.surface for c in claims if c.id in found.claims}
    assert surfaces == {"15", "22"}
    assert "outside Pell" in found.summary


# --- a place's population is no count -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The flood tore through Ardley, a town of 25,000 residents, killing 12 people.", ["12"]),
        ("Ardley, home to 40,000 people, lost 9 residents in the storm.", ["9"]),
        ("The storm hit Ardley, which has a population of about 90,000; 14 people died.", ["14"]),
        ("The quake struck a city of 300,000 in the north, killing 31 people.", ["31"]),
        ("The town has 25,000 residents. The flood left 200 residents trapped.", ["200"]),
        ("La riada arrasó Teruela, una ciudad de 300.000 habitantes, y dejó 8 muertos.", ["8"]),
        ("El pueblo, de unos 2.000 vecinos, perdió a 5 personas.", ["5"]),
        ("Olmeda, que cuenta con 38.000 habitantes, registró 3 fallecidos.", ["3"]),
    ],
)
def test_a_population_is_no_count(text: str, expected: list[str]) -> None:
    assert [surface for surface, _ in _read(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The camp, home to 20,000 refugees, was flooded.",
        "La evacuación de 2.000 vecinos comenzó ayer.",
        "The flood left the town with 200 residents trapped.",
    ],
)
def test_people_an_event_struck_stay_counts(text: str) -> None:
    assert len(_read(text)) == 1


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("a town of 25,000 residents", "25,000", True),
        ("a city of about 300,000", "about", True),
        ("home to 40,000 people", "40,000", True),
        ("its population of 9,000", "9,000", True),
        ("the refugee population of 9,000", "9,000", False),
        ("home to 20,000 refugees", "20,000", False),
        ("una ciudad de 300.000 habitantes", "300.000", True),
        ("con una población de 12.000 personas", "12.000", True),
        ("la evacuación de 2.000 vecinos", "2.000", False),
    ],
)
def test_a_population(text: str, number: str, expected: bool) -> None:
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    first = next(k for k, t in enumerate(toks) if text[t.start : t.end] == number)
    last = first + 1
    while last < len(toks) and toks[last].kind == "n":
        last += 1
    if toks[first].kind == "w":  # a hedge: the figure is the token after it
        last = first + 2
    assert a_population(toks, norms, first, last) is expected


# --- a figure with no noun, read by its own verb ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruvola closed its border after the UN said at least 5,000 had arrived in a week.",
            [("at least 5,000", "migrants")],
        ),
        ("The river burst its banks; 30 were evacuated.", [("30", "evacuated")]),
        (
            "The storm hit the coast. At least 800 were stranded at the airport.",
            [("At least 800", "stranded")],
        ),
        (
            "La frontera se cerró después de que la ONU informara de que al menos 4.000 "
            "habían cruzado.",
            [("al menos 4.000", "migrants")],
        ),
    ],
)
def test_a_figure_with_no_noun_takes_its_own_verb(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == expected


def test_a_figure_with_no_noun_keeps_the_group_named_before() -> None:
    text = "Some 9,000 refugees reached the camp. By Friday 3,000 had arrived in tents."
    assert _read(text)[1] == ("3,000", "displaced")


# --- a part named by a word of origin -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The militants still hold 120 hostages, including 35 foreign hostages.",
        "The militants still hold 120 hostages, including 12 American hostages.",
        "The gunmen seized 120 hostages. Officials said 35 foreign hostages were among them.",
        "Los secuestradores retienen a 120 rehenes. Entre ellos hay 35 rehenes extranjeros.",
    ],
)
def test_a_part_of_origin_is_a_part_of_its_group(text: str) -> None:
    whole, part = _claims(text)
    assert (whole.metric, part.metric) == ("hostages", "hostages")
    assert part.part_of == whole.id


def test_a_part_of_origin_alone_is_no_rival() -> None:
    text = (
        "The militants hold 35 foreign hostages, the army said on Monday.\n\n"
        "The Red Cross said on Monday that the militants hold 48 hostages."
    )
    claims = _claims(text)
    assert [c.metric for c in claims] == ["hostages", "hostages"]
    assert check_extracted(claims).discrepancies == ()


def test_the_registry_still_sets_a_modifier_apart() -> None:
    assert MetricRegistry.builtin().normalize("foreign hostages") != "hostages"


def test_more_than_some_of_them_is_a_part() -> None:
    text = (
        "There are now more than 26,000 refugees along the border. More than 12,000 of "
        "them are from Tavania."
    )
    whole, part = _claims(text)
    assert part.part_of == whole.id


# --- the whole of a placed part; ties and places fled --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al menos 150 personas han muerto, 140 de ellas solo en la región de Murcia.",
            [("Al menos 150", "Spain"), ("140", "Murcia")],
        ),
        (
            "At least 150 people died, 140 of them in the state of Oaxaca.",
            [("At least 150", "Mexico"), ("140", "Oaxaca")],
        ),
        (
            "Otras cuatro personas fallecieron en la vecina Extremadura y dos en Galicia.",
            [("cuatro", "Extremadura"), ("dos", "Galicia")],
        ),
        (
            "Across the border in Chad, a camp now shelters thousands who fled the clashes in "
            "neighbouring Sudan.",
            [("thousands", "Chad")],
        ),
        (
            "Across the border in Chad, a camp now shelters thousands who fled the clashes in "
            "Sudan.",
            [("thousands", "Chad")],
        ),
        (
            "En Chad, un campo da refugio a miles de personas que escaparon de los "
            "enfrentamientos en Sudán.",
            [("miles", "Chad")],
        ),
    ],
)
def test_where_a_whole_and_its_neighbours_are(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _scopes(text) == expected


# --- the attackers' dead, and parts of a figure of things -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 19 hostages died, and 27 kidnappers were killed in the raid, officials said.",
            [("At least 19", "deaths"), ("27", "attackers_killed")],
        ),
        (
            "Por lo menos 19 rehenes murieron. Según las autoridades, 27 secuestradores murieron "
            "en el asalto.",
            [("Por lo menos 19", "deaths"), ("27", "attackers_killed")],
        ),
        ("The kidnappers freed 12 hostages.", [("12", "releases")]),
    ],
)
def test_the_attackers_dead_are_no_victims(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El fondo rescató a 900 personas y ha recibido 52.000 solicitudes, de las cuales el "
            "70% son por coches y el 20% por casas.",
            ["900"],
        ),
        (
            "The fund rescued 900 people and has received 52,000 claims, of which 70% concern "
            "cars and 20% homes.",
            ["900"],
        ),
        (
            "La policía detuvo a 300 personas, de las cuales el 60% eran menores.",
            ["300", "60%"],
        ),
        ("Un total de 494 víctimas, de las cuales 18 murieron.", ["494", "18"]),
    ],
)
def test_a_part_of_a_figure_of_things_is_no_count(text: str, expected: list[str]) -> None:
    assert [surface for surface, _ in _read(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TALCA, CHILE (14/MAR/2021).- Por lo menos 19 mineros murieron.", ["Por lo menos 19"]),
        ("LAGOS, 14-Mar-2021 - Gunmen freed 30 students.", ["30"]),
        ("Some 20 - may be more - were hurt.", ["Some 20"]),
    ],
)
def test_a_datelines_day_is_no_count(text: str, expected: list[str]) -> None:
    assert [surface for surface, _ in _read(text)] == expected
