"""Where each number is about, beyond the gazetteer's cities (issue 9, class 5): towns and
districts named the way news names them, a place written with the place that holds it, the
place heading a list entry, and places the text leaves out of a count. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction.where_local import local_places
from discrepancy.places import Gazetteer

PUBLISHED = dt.date(2026, 3, 4)


def _scopes(text: str) -> list[str | None]:
    return [c.scope for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Gunmen kidnapped 35 students from a school in the town of Tamzor in Kebbi state.",
            ["Tamzor"],
        ),
        ("Officials said 4 cholera cases were confirmed in Lusolo district on Monday.", ["Lusolo"]),
        ("In Morvani District, about 120 students are still missing.", ["Morvani"]),
        (
            "Unas 300 personas fueron evacuadas en el municipio de San Pedro Tlalcoya, en Puebla.",
            ["San Pedro Tlalcoya"],
        ),
        ("La crecida dejó 14 heridos en la localidad de Villarroble.", ["Villarroble"]),
    ],
)
def test_towns_and_districts_the_gazetteer_lacks(text: str, scopes: list[str | None]) -> None:
    assert _scopes(text) == scopes


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("Floods killed 40 people in Derna, Libya, on Sunday.", ["Derna"]),
        ("En Pisco, Perú, murieron 12 personas tras el sismo.", ["Pisco"]),
        ("Police said 5 people died in Caracas, Venezuela.", ["Caracas"]),
    ],
)
def test_a_town_written_with_its_country(text: str, scopes: list[str | None]) -> None:
    assert _scopes(text) == scopes


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("El sismo dejó 30 muertos en la ciudad mexicana de Tecuala.", ["Tecuala"]),
        ("En el municipio oaxaqueño de Santa Ana Tlapa murieron 5 personas.", ["Santa Ana Tlapa"]),
    ],
)
def test_a_town_after_a_place_noun_and_its_adjective(text: str, scopes: list[str]) -> None:
    assert _scopes(text) == scopes


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Murieron 3 personas en la ciudad de México.", "city:MX:mexico-city"),
        ("Murieron 3 personas en el estado de México.", "MX-MEX"),
        ("Hubo 3 heridos en la ciudad de Buenos Aires.", "city:AR:buenos-aires"),
    ],
)
def test_a_descriptor_in_lower_case_before_a_name(text: str, place_id: str) -> None:
    assert [p.id for _, _, p in Gazetteer.builtin().find(text)] == [place_id]


def test_words_before_district_that_name_no_place() -> None:
    text = "The School District said 40 teachers were absent. The Federal District had 9."
    assert [p.name for _, _, p in local_places(text, [])] == []


def test_a_place_written_with_the_place_that_holds_it() -> None:
    # the country only says where the province is: the count is the province's
    text = "The earthquake that hit Cebu province, in the central Philippines, killed 23 people."
    assert _scopes(text) == ["Cebu City"]
    text = "El sismo que sacudió Oaxaca, en el sur de México, dejó 12 muertos."
    assert _scopes(text) == ["Oaxaca"]


def test_a_place_heading_a_list_entry_is_that_entrys() -> None:
    text = (
        "La huelga de docentes tuvo menos seguimiento en Aragón, con un 65%, y en Baleares, "
        "con un 67%, aparte de Melilla (48%)."
    )
    assert _scopes(text) == ["Aragón", "Illes Balears", "Melilla"]
    text = (
        "Police counted 40,000 protesters in Paris. "
        "Crowds were smaller in Lyon (12,000), Nantes (8,000) and Lille (6,500)."
    )
    assert _scopes(text) == ["Paris", "Lyon", "Nantes", "Lille"]


def test_a_place_that_heads_the_next_number_is_not_the_earlier_ones() -> None:
    text = (
        "Madrid, centro de las protestas, reunió a 136.000 personas, y le sigue Sevilla, "
        "donde más de 90.000 personas marcharon."
    )
    assert _scopes(text) == ["Madrid", "Sevilla"]


@pytest.mark.parametrize(
    "text",
    [
        "Some 600,000 people marched in Spain on Sunday (not including the rallies in Catalonia).",
        "Unas 600.000 personas marcharon el domingo en España, sin contar las de Cataluña.",
    ],
)
def test_a_place_left_out_of_the_count_is_not_its_scope(text: str) -> None:
    assert _scopes(text) == ["Spain"]


def test_a_region_left_out_is_not_the_texts_focus() -> None:
    text = (
        "Some 600,000 people marched on Sunday (not including the rallies in Catalonia), "
        "the Spanish government said."
    )
    assert _scopes(text) == ["Spain"]


def test_into_ties_a_place_to_the_number() -> None:
    text = "BERLIN - More than 20,000 people crossed into Syria from Lebanon, the agency said."
    assert _scopes(text) == ["Syria"]


def test_local_places_are_read_in_one_pass() -> None:
    text = "They fled the village of Okoro and the town of Ambe. " * 2000
    found = local_places(text, Gazetteer.builtin().find(text[:200]))
    assert len(found) == 4000


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Over 85 political prisoners were released on Friday, the AAPP said.",
            ["Myanmar"],
        ),
        (
            "Según el Indeci, la cifra de fallecidos se elevó a 514. "
            "Otras 1.090 personas resultaron heridas.",
            ["Peru", "Peru"],
        ),
    ],
)
def test_a_text_naming_no_place_is_about_its_national_bodys_country(
    text: str, scopes: list[str | None]
) -> None:
    assert _scopes(text) == scopes


def test_an_international_body_gives_no_country() -> None:
    assert _scopes("The UN refugee agency said 4,000 people fled.") == [None]


def test_a_model_number_is_no_place() -> None:
    found = Gazetteer.builtin().find("Gunmen armed with AK-47s stormed a school.")
    assert found == []


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Gunmen stormed a school in Katsina State.", "NG-KT"),
        ("Officials in the state of Niger said so.", "NG-NI"),
        ("Lluvias en el estado Zulia.", "VE-V"),
    ],
)
def test_a_descriptor_picks_the_region_among_namesakes(text: str, place_id: str) -> None:
    assert [p.id for _, _, p in Gazetteer.builtin().find(text)] == [place_id]


def test_the_scope_names_a_place_the_gazetteer_reads_back() -> None:
    # "Niger" alone is the country: Nigeria's state is written so that it resolves to it
    text = "Officials said 27 students were kidnapped in Niger state on Tuesday."
    (scope,) = _scopes(text)
    assert scope is not None
    place = Gazetteer.builtin().resolve(scope)
    assert place is not None
    assert place.id == "NG-NI"


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        (
            "Las lluvias dejaron 5 muertos en Valencia, informó el Gobierno de España.",
            "city:ES:valencia",
        ),
        ("La policía detuvo a 40 personas en Valencia, Carabobo.", "city:VE:valencia"),
        ("Floods left 300 people homeless in Granada, Spain's south.", "city:ES:granada"),
    ],
)
def test_a_namesake_is_written_so_that_it_reads_back(text: str, place_id: str) -> None:
    (scope,) = _scopes(text)
    assert scope is not None
    place = Gazetteer.builtin().resolve(scope)
    assert place is not None
    assert place.id == place_id


def test_the_one_town_of_the_texts_region_is_its_focus() -> None:
    text = (
        "Armed men seized pupils in northwestern Katsina State, officials said.\n\n"
        "They raided a boarding school in Kankara District late on Friday.\n\n"
        "A father said about 180 pupils were missing."
    )
    assert _scopes(text) == ["Kankara"]


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("The agency says 90 million people in the world have fled their homes.", ["world"]),
        ("Según la ONU, 90 millones de personas en todo el mundo han huido.", ["world"]),
    ],
)
def test_a_count_of_the_world(text: str, scopes: list[str | None]) -> None:
    assert _scopes(text) == scopes


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Floods hit Peru on Monday. A UN spokesman, who briefed reporters in Geneva, "
            "said 14 people died.",
            ["Peru"],
        ),
        (
            "Las lluvias azotaron Perú. Grupos que trabajan desde el exilio en Chile "
            "señalaron que 14 personas murieron.",
            ["Peru"],
        ),
        ("Floods hit Peru. A London-based monitor said 14 people died.", ["Peru"]),
    ],
)
def test_where_the_source_is_is_not_where_the_count_is(text: str, scopes: list[str | None]) -> None:
    assert _scopes(text) == scopes


def test_a_country_that_does_not_speak_is_the_scope() -> None:
    text = (
        "Guinea is the country with the most cases (10,200), while Mali has the most "
        "deaths (3,100)."
    )
    assert _scopes(text) == ["Guinea", "Mali"]
    # a country that modifies a noun ("the US capture of") is not the count's place
    text = "Peru began freeing prisoners after the US raid, with at least 40 people freed."
    assert _scopes(text) == ["Peru"]
    # a country that speaks is a source, as before
    text = "Peru's floods worsened. The United States said 116 people were evacuated in Piura."
    assert _scopes(text) == ["Piura"]


def test_a_text_naming_no_place_is_about_the_country_of_the_bodies_it_names() -> None:
    text = (
        "Los sindicatos CCOO y UGT cifraron en un 77% el seguimiento de la huelga de los "
        "trabajadores. Según la patronal, el 40% de los trabajadores secundó el paro."
    )
    # one or both shares are read (the second is a share of the workers); each is Spain's
    scopes = _scopes(text)
    assert scopes
    assert set(scopes) == {"Spain"}


_PIECES = [
    "the town of ",
    "El municipio de ",
    " district",
    " County",
    "Kagara",
    "San José",
    " in ",
    "Niger state",
    ", ",
    "(",
    ")",
    "-based ",
    "told reporters in ",
    "in the world",
    "Lara",
    " 40 people died",
    ".",
    "\n\n",
    "ÉÑ",
    "  ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=40))
@settings(max_examples=150, deadline=None)
def test_scope_never_raises_and_local_places_stay_in_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    known = Gazetteer.builtin().find(text)
    for start, end, place in local_places(text, known):
        assert 0 <= start < end <= len(text)
        assert text[start:end] == place.name
        assert not any(s < end and start < e for s, e, _ in known)
    for claim in extract(text, published=PUBLISHED):
        assert claim.scope is None or claim.scope.strip() == claim.scope


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "En la Comunitat Valenciana salieron a la calle unas 31.000 personas.",
            ["Comunidad Valenciana"],
        ),
        ("Israeli strikes on the Gaza Strip killed 40 people, the ministry said.", ["Gaza"]),
        (
            "Los ataques de Israel contra la Franja de Gaza causaron 57 muertos.",
            ["Gaza"],
        ),
    ],
)
def test_names_news_uses_for_regions(text: str, scopes: list[str | None]) -> None:
    assert _scopes(text) == scopes


@pytest.mark.parametrize(
    "text",
    [
        "Las lluvias golpearon Oaxaca, en México. Los ríos de Oaxaca se desbordaron.\n\n"
        "Protección Civil informó que en todo el país hay unos 614.000 damnificados.",
        "Floods hit Oaxaca in Mexico. Rivers in Oaxaca burst their banks.\n\n"
        "Officials said 614,000 people were affected nationwide.",
    ],
)
def test_a_nationwide_count_is_the_countrys_not_the_focus_regions(text: str) -> None:
    assert _scopes(text) == ["Mexico"]


def test_a_paragraphs_place_is_the_inner_one_of_a_qualified_pair() -> None:
    text = (
        "The ministry confirmed a cholera outbreak in Lusolo District of Eastern Province. "
        "Sadly, we have recorded one death from there."
    )
    assert _scopes(text) == ["Lusolo"]
