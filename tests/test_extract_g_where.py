"""g-where (issue 9, scope on unseen text): figures broken down by place. Invented
sentences, EN and ES, short and in the shape of news."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.places import Gazetteer

PUBLISHED = dt.date(2026, 3, 14)


def _scopes(text: str) -> dict[str, str | None]:
    return {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}


def _id(scope: str | None) -> str | None:
    """The gazetteer's id of a scope (``None`` for no scope or an unknown place)."""
    place = Gazetteer.builtin().resolve(scope) if scope else None
    return place.id if place is not None else None


# --- the gazetteer knows a region by the name news gives it ------------------------------------


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Michoacán", "MX-MIC"),  # the ISO name adds "de Ocampo"
        ("Coahuila", "MX-COA"),
        ("Caraga", "PH-13"),  # the ISO name adds "(Region XIII)"
        ("Eastern Visayas", "PH-08"),
        ("Orissa", "IN-OD"),  # the former name of Odisha
    ],
)
def test_region_short_names(name: str, place_id: str) -> None:
    place = Gazetteer.builtin().resolve(name)
    assert place is not None
    assert place.id == place_id


def test_state_by_short_name_in_text() -> None:
    scopes = _scopes("La tormenta dejó 9 muertos en Michoacán, dijeron las autoridades.")
    assert _id(scopes["9"]) == "MX-MIC"


def test_former_state_name_in_text() -> None:
    scopes = _scopes("Floods in the Indian state of Orissa have killed 31 people, officials said.")
    assert _id(scopes["31"]) == "IN-OD"


# --- a region the gazetteer lacks, named the way news names one ---------------------------------


def test_unknown_regions_in_contrast() -> None:
    scopes = _scopes(
        "Police said 13 people died in the Kantoro region, while 5 were killed in the "
        "northern Velbay region."
    )
    assert scopes["13"] == "Kantoro"
    assert scopes["5"] == "Velbay"


# --- towns heading a bracketed list of figures ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 25,000 marched in Lyon. Crowds also grew in smaller towns, such as Arlo (450), "
        "Benn (300) or Cadey (120).",
        "Unas 5.000 personas marcharon en Sevilla. Hubo además concentraciones en localidades "
        "como Arlo (450), Benn (300) y Cadey (120).",
    ],
)
def test_bracketed_town_entries_keep_their_town(text: str) -> None:
    scopes = _scopes(text)
    assert (scopes["450"], scopes["300"], scopes["120"]) == ("Arlo", "Benn", "Cadey")


def test_bracketed_names_without_a_place_noun_are_no_towns() -> None:
    scopes = _scopes("In the vote in Lyon, Arlo (51%) beat Benn (44%).")
    assert "Arlo" not in scopes.values()
    assert "Benn" not in scopes.values()


# --- a place of an earlier figure's clause, and a part of the nation's figure ------------------


def test_place_of_an_earlier_clause_stays_there() -> None:
    scopes = _scopes(
        "Nearly 1.5 million Syrian refugees live in Lebanon, while Jordan hosts 650,000."
    )
    assert scopes["Nearly 1.5 million"] == "Lebanon"
    assert scopes["650,000"] == "Jordan"


def test_place_opening_the_sentence_scopes_both_clauses() -> None:
    scopes = _scopes("In Chiapas, 26 people died, while 3 remain missing.")
    assert scopes["26"] == "Chiapas"
    assert scopes["3"] == "Chiapas"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("The storm killed 30 people across the country, 18 of them in Bicol.", "PH-05"),
        ("La tormenta dejó 30 muertos en todo el país, 18 de ellos en Oaxaca.", "MX-OAX"),
    ],
)
def test_part_of_the_nations_figure_keeps_its_place(text: str, place_id: str) -> None:
    assert _id(_scopes(text)["18"]) == place_id


# --- a place bound to the number by a relative of place ------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Refugees keep arriving in Chad, where 600,000 have registered, and in South "
            "Sudan, which has taken in 300,000.",
            "Chad",
            "South Sudan",
        ),
        (
            "Los refugiados siguen llegando a Chad, donde más de 600.000 refugiados viven en "
            "campos, y a Sudán del Sur, que ha acogido a 300.000 refugiados.",
            "TD",
            "SS",
        ),
    ],
)
def test_place_before_where_heads_its_number(text: str, first: str, second: str) -> None:
    scopes = list(_scopes(text).values())
    assert len(scopes) == 2
    assert first in (scopes[0], _id(scopes[0]))
    assert second in (scopes[1], _id(scopes[1]))


# --- a dateline read as a namesake region of another country ------------------------------------


def test_dateline_namesake_region_of_another_country_gives_no_country() -> None:
    scopes = _scopes(
        "SANTANDER, 3 mar. (EUROPA PRESS) - CCOO cifró en 300 los huelguistas de la "
        "jornada de hoy en los institutos."
    )
    assert "Colombia" not in scopes.values()


# --- a part singled out: "in X alone", "solo en X" ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police said 170 people died across the central region. In Arlo alone, 94 deaths were "
        "recorded.",
        "Las lluvias dejaron 31 muertos en Chiapas. Solo en Arlo murieron 94 personas.",
    ],
)
def test_place_singled_out_is_the_parts(text: str) -> None:
    scopes = _scopes(text)
    assert scopes[next(k for k in scopes if "94" in k)] == "Arlo"


def test_month_singled_out_is_no_place() -> None:
    assert _scopes("In March alone, 94 deaths were recorded in Kenya.")["94"] == "Kenya"


# --- a town written with the state that holds it; a later event's place ---------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Three people died in Kolaro, in the state of Jalisco, officials said.", "Three"),
        ("Dos mineros murieron en San Telmo Arriba, en el estado de México.", "Dos"),
    ],
)
def test_town_written_with_its_state_is_the_place(text: str, surface: str) -> None:
    scope = _scopes(text)[surface]
    assert scope in ("Kolaro", "San Telmo Arriba")


def test_place_of_a_later_event_in_a_clause_of_time() -> None:
    scopes = _scopes(
        "Las lluvias dejan 30 muertos en México. Las víctimas se elevaron a siete cuando tres "
        "trabajadores murieron sepultados en San Telmo Arriba, en el estado de México."
    )
    assert scopes["tres"] == "San Telmo Arriba"
    assert scopes["siete"] != "San Telmo Arriba"


# --- a list entry whose place name holds a conjunction --------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "place_id"),
    [
        (
            "La participación fue del 68% en Galicia, el 71% en Castilla y León y el 59% en "
            "Canarias.",
            "71%",
            "ES-CL",
        ),
        (
            "Turnout was 40% in Bosnia and Herzegovina, 55% in Serbia and 60% in Croatia.",
            "40%",
            "BA",
        ),
    ],
)
def test_list_entry_name_with_a_conjunction(text: str, surface: str, place_id: str) -> None:
    assert _id(_scopes(text)[surface]) == place_id


# --- a gapped list entry: the verb left out ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Turkey hosts 3.6 million refugees, Lebanon 1.5 million and Jordan 650,000.",
            ["TR", "LB", "JO"],
        ),
        (
            "Colombia acoge a 2,8 millones de migrantes, Perú a 1,5 millones y Ecuador a 500.000.",
            ["CO", "PE", "EC"],
        ),
    ],
)
def test_gapped_entries_keep_their_country(text: str, places: list[str]) -> None:
    assert [_id(s) for s in _scopes(text).values()] == places
