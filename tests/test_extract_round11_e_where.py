"""Round 11 (e-where, audit7 P5): a figure is where it happened. A crowd is where it
gathered (its route: "marched through X", "desfilaron por X"; "in the city": the city named
before, else no place), never the war its demand is about; a toll is where people died, never
the attacker's country, the victims' origin, nor where the hurt were taken. Invented
sentences, EN and ES, short and in the shape of news."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction.where_cause import (
    cause_object,
    origin_place,
    route_tie,
    transfer_place,
    whole_word_tie,
)
from discrepancy.extraction.where_places import SCOPE_DEFAULT_NOTE

PUBLISHED = dt.date(2026, 3, 14)


def _scopes(text: str) -> dict[str, str | None]:
    return {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}


# --- a crowd is where it gathered, never the war it asks about -------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Some 40,000 demonstrators walked along the boulevards of Lyon on Sunday, urging "
            "an end to the fighting in Sudan. The prefecture counted 38,000 while the unions "
            "claimed 70,000.",
            "Lyon",
        ),
        (
            "Unas 30.000 personas desfilaron el domingo por Valencia para exigir el fin de la "
            "ofensiva en Ucrania. La Delegación del Gobierno contó 25.000 asistentes y los "
            "convocantes, 90.000.",
            "Valencia",
        ),
        (
            "Marchers streamed through Berlin on Saturday in protest against the war in Yemen, "
            "and police said 12,000 took part.",
            "Berlin",
        ),
        (
            "Miles de manifestantes recorrieron las calles de Sevilla contra la guerra en "
            "Siria; la policía local habló de 15.000.",
            "Sevilla",
        ),
    ],
)
def test_a_crowd_is_where_it_marched(text: str, place: str) -> None:
    scopes = _scopes(text)
    assert scopes
    assert set(scopes.values()) == {place}


def test_a_march_about_a_war_between_two_countries_is_scoped_by_its_city() -> None:
    text = (
        "Well over 50,000 people poured through the streets of Vienna on a cold Saturday, "
        "many waving flags and chanting, to call for a truce in the war between Armenia and "
        "Azerbaijan.\n"
        "The city's police gave a figure of 52,000, but the coalition of peace groups that "
        "organised the day said at least 110,000 had come, some of them by train from "
        "Salzburg and Graz."
    )
    scopes = _scopes(text)
    assert scopes["52,000"] == "Vienna"
    assert scopes["at least 110,000"] == "Vienna"
    assert "Armenia" not in scopes.values()
    assert "Azerbaijan" not in scopes.values()


# --- a toll is where people died --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "Local officials said 27 civilians were killed when a U.S. airstrike hit a wedding "
            "party in the village of Deh Bala.",
            "27",
            "Deh Bala",
        ),
        (
            "La explosión dejó 14 muertos en Mubi y los 50 heridos fueron trasladados al "
            "hospital de Yola.",
            "50",
            "Mubi",
        ),
        (
            "Al menos 45 migrantes procedentes de Guinea murieron en el naufragio frente a "
            "Canarias.",
            "Al menos 45",
            "Canarias",
        ),
        (
            "At least 60 migrants from Eritrea, Sudan and Mali drowned when their dinghy sank "
            "in the Mediterranean.",
            "At least 60",
            "Mediterranean",
        ),
    ],
)
def test_a_toll_is_where_people_died(text: str, number: str, place: str) -> None:
    assert _scopes(text)[number] == place


def test_a_toll_is_never_the_attackers_country() -> None:
    text = (
        "KABUL (Reuters) - Elders from a district of Kunar province said 22 villagers died "
        "when U.S. warplanes bombed a house on Thursday night.\n"
        "The coalition said it had targeted militants, and a provincial spokesman put the "
        "dead at 9, all of them fighters."
    )
    scopes = _scopes(text)
    assert "United States" not in scopes.values()
    assert scopes["22"] is not None


def test_the_injured_are_counted_where_they_were_hurt() -> None:
    text = (
        "Dos bombas estallaron el martes en un mercado de Gombe. Un portavoz de la policía "
        "dijo que 31 personas murieron y que otras 60, heridas, fueron evacuadas a Abuja, a "
        "unos 300 kilómetros."
    )
    scopes = _scopes(text)
    assert "Abuja" not in scopes.values()


# --- "in the city": the city named before, or no place (never the country by default) -------


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "NEW YORK, United States (AFP) — Crowds filled the avenues of many US cities on "
            "Sunday. The Denver Post said that 90,000 rallied in the city, though police gave "
            "no count of their own.",
            "90,000",
            "Denver",
        ),
        (
            "MADRID, España (EFE).- Hubo marchas en muchas ciudades. El Heraldo de Aragón "
            "publicó que 40.000 personas marcharon en la ciudad, aunque la policía no confirmó "
            "el dato.",
            "40.000",
            None,
        ),
    ],
)
def test_a_crowd_in_the_city_is_in_the_city_named_before(
    text: str, number: str, place: str | None
) -> None:
    assert _scopes(text)[number] == place


# --- the readers, one by one -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "tied"),
    [
        ("killed in ", True),
        ("murieron en ", True),
        ("llegadas a ", True),
        ("the war between ", False),
        ("la guerra entre ", False),
        ("died earlier in a ", False),
    ],
)
def test_a_tie_is_a_whole_word(before: str, tied: bool) -> None:
    assert whole_word_tie(before) is tied


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12))
def test_no_word_that_merely_ends_in_a_tie_ties(stem: str) -> None:
    # "between", "Berlin", "within": the letters of a tie at a word's end are no tie
    assert not whole_word_tie(f"the {stem}en ")
    assert not whole_word_tie(f"the {stem}in ")


@pytest.mark.parametrize(
    ("before", "tied"),
    [
        ("Thousands marched through ", True),
        ("Miles de personas desfilaron el domingo por ", True),
        ("Crowds flooded the streets of ", True),
        ("The migrants passed through ", False),
        ("El Gobierno pagó por ", False),
    ],
)
def test_a_gathering_verbs_route_ties_its_place(before: str, tied: bool) -> None:
    assert route_tie(before) is tied


@pytest.mark.parametrize(
    ("before", "cause"),
    [
        ("to call for a ceasefire in the war between Chile and ", True),
        ("protesters against the invasion of ", True),
        ("para pedir el fin de la guerra en ", True),
        ("The war in ", False),  # "The war in Sudan has displaced 2 million"
        ("la ofensiva del ejército en ", False),
    ],
)
def test_the_object_of_a_cause_is_no_place(before: str, cause: bool) -> None:
    assert cause_object(before) is cause


@pytest.mark.parametrize(
    ("before", "taken"),
    [
        ("the wounded were airlifted to a hospital in ", True),
        ("los heridos fueron trasladados al hospital de ", True),
        ("measures taken in ", False),
        ("the wounded were treated in ", False),
    ],
)
def test_where_the_hurt_were_taken_is_no_toll(before: str, taken: bool) -> None:
    assert transfer_place(before) is taken


@pytest.mark.parametrize(
    ("before", "origin"),
    [
        ("dozens of refugees from ", True),
        ("migrants from Syria, Iraq and ", True),
        ("unos 80 migrantes procedentes de ", True),
        ("the boat sailed from ", False),
    ],
)
def test_where_victims_came_from_is_no_toll(before: str, origin: bool) -> None:
    assert origin_place(before) is origin


# --- a city's figure told again keeps the city ------------------------------------------------


def test_a_citys_figure_told_again_keeps_the_city() -> None:
    text = (
        "WASHINGTON, United States (AP) — Organisers said 640,000 people joined the rally in "
        "Denver on Saturday, far beyond what they had planned for.\n"
        "An online page for the event had listed only 40,000 who meant to come.\n"
        "A regional TV channel later repeated the organisers' figure of 640,000, citing "
        "the march's committee."
    )
    claims = [c for c in extract(text, published=PUBLISHED) if c.quantity.surface == "640,000"]
    assert len(claims) == 2
    assert {c.scope for c in claims} == {"Denver"}
    # the second is still only a default: the engine never sets it against another place
    assert claims[0].note is None
    assert claims[1].note == SCOPE_DEFAULT_NOTE


def test_a_figure_with_its_own_place_keeps_it() -> None:
    text = (
        "In Lyon alone 30,000 marched, the prefecture said.\n"
        "Nationwide, 250,000 people marched, the interior ministry said.\n"
        "The union gave a figure of 30,000 for the march in Marseille."
    )
    scopes = {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}
    assert scopes["250,000"] == "France"
    assert scopes["30,000"] == "Marseille"


# --- a body's seat is not where its figure counts ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "number", "seat"),
    [
        (
            "Figures gathered by the Maritime Rescue Coordination Centre in Rome show that at "
            "least 210 people went missing at sea off Lampedusa last month.",
            "at least 210",
            "Rome",
        ),
        (
            "Según el Centro de Coordinación de Salvamento en Madrid, al menos 95 personas "
            "desaparecieron en aguas del Atlántico durante enero.",
            "al menos 95",
            "Madrid",
        ),
    ],
)
def test_a_bodys_seat_is_no_scope(text: str, number: str, seat: str) -> None:
    assert _scopes(text)[number] != seat


# --- a toll at sea: the lead's sea, never the migrants' or the speaker's country --------------


@pytest.mark.parametrize(
    "text",
    [
        "Nearly 300 people are feared drowned in the Aegean Sea after a crowded fishing boat "
        "heading for Crete overturned in a storm.\n"
        "Eritrea's foreign ministry later said that 310 of its citizens were among the dead, "
        "while a survivor spoke of 350.",
        "Cerca de 300 personas habrían muerto ahogadas en el Mediterráneo tras volcar una barca "
        "que había zarpado de Argelia.\n"
        "El Gobierno de Mali aseguró después que 310 de los fallecidos eran malienses, y un "
        "superviviente habló de 350.",
    ],
)
def test_a_toll_at_sea_is_the_seas(text: str) -> None:
    scopes = [c.scope for c in extract(text, published=PUBLISHED)]
    assert len(scopes) >= 3
    assert len(set(scopes)) == 1
    assert scopes[0] in ("Aegean Sea", "Aegean", "Mediterranean", "Mediterráneo")


@pytest.mark.parametrize(
    ("before", "cause"),
    [
        ("marchers who want an end to the war in ", True),
        ("para poner fin a la guerra en ", True),
        ("by the end of the war in ", False),
        ("tras el fin de la guerra en ", False),
        ("los combates no cesan y la guerra en ", False),
    ],
)
def test_an_end_is_a_cause_only_when_asked_for(before: str, cause: bool) -> None:
    assert cause_object(before) is cause
