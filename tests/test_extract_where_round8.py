"""Round 8 (audit4 P5): the scope is the place the figure counts, read in its own clause; where
a speaker is (the complement of a speech verb or a spokesperson's noun, a visit, a body's
office) never scopes a count. Invented sentences, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.extraction.where_speaker import speakers_phrase

PUBLISHED = dt.date(2026, 3, 14)


def _scopes(text: str) -> dict[str, str | None]:
    return {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "number", "speaker"),
    [
        (
            "The ferry sank in the night. Rescuers recovered 31 bodies, according to agency "
            "spokesman Tom Reyes in Vienna.",
            "31",
            "Vienna",
        ),
        (
            "Storms killed 40 people across the islands, the minister said on Monday in Paris.",
            "40",
            "Paris",
        ),
        (
            "El presidente, de visita en la ciudad de Temuco, elev\u00f3 a 320 los muertos por el "
            "temporal.",
            "320",
            "Temuco",
        ),
        (
            "La agencia dijo ayer en Lima que las lluvias dejaron 40 muertos en las islas.",
            "40",
            "Lima",
        ),
        (
            "The agency's Lisbon office said 200 people were pulled from the sea.",
            "200",
            "Lisbon",
        ),
        (
            "Durante una visita a Quito, la ministra cifr\u00f3 en 75 los desaparecidos.",
            "75",
            "Quito",
        ),
    ],
)
def test_the_speakers_place_never_scopes_a_count(text: str, number: str, speaker: str) -> None:
    assert _scopes(text)[number] != speaker


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        # the verb governs the number, and the place is in the number's own clause
        ("Officials said 40 died in Jalisco.", "40", "Jalisco"),
        ("El ministro dijo que 40 personas murieron en Lima.", "40", "Lima"),
        # a bare "visiting": the people counted are there
        ("More than 4,000 tourists visiting Paris were stranded.", "More than 4,000", "Paris"),
        # a counted office is still a place of the count after "in"
        ("The storm left 300 homeless in Vienna, aid workers said.", "300", "Vienna"),
    ],
)
def test_a_place_in_the_figures_own_clause_stays(text: str, number: str, place: str) -> None:
    assert _scopes(text)[number] == place


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("a spokesman in Rome", "Rome", True),
        ("spokeswoman Ana Ruiz in Rome", "Rome", True),
        ("they said, in Rome", "Rome", False),  # a comma ends the phrase
        ("the militants in Rome", "Rome", False),  # not a speaker's noun
        ("told Reuters in Rome", "Rome", False),  # a name after a verb is not a speaker's
        ("dijo este lunes en Roma", "Roma", True),
        ("la oficina de Roma", "Roma", False),
        ("the Rome bureau", "Rome", True),
    ],
)
def test_speakers_phrase(text: str, place: str, expected: bool) -> None:
    start = text.index(place)
    assert speakers_phrase(text, start, start + len(place)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Freedonia (1.250 muertos) y Sylvania (870) son los pa\u00edses m\u00e1s afectados, "
            "seguidos de Per\u00fa (415), Chile (302) y Bolivia (96).",
            {"1.250": None, "870": None, "415": "Peru", "302": "Chile", "96": "Bolivia"},
        ),
        (
            "Peru (415 deaths) and Chile (302) lead the count, followed by Bolivia (96).",
            {"415": "Peru", "302": "Chile", "96": "Bolivia"},
        ),
    ],
)
def test_a_country_heads_its_own_list_entry(text: str, expected: dict[str, str | None]) -> None:
    got = _scopes(text)
    for number, place in expected.items():
        if place is not None:
            assert got[number] == place, number


def test_a_bare_country_before_a_number_is_still_a_speaker() -> None:
    got = _scopes("Floods swept Bolivia on Friday. Peru said 116 people died there.")
    assert got["116"] == "Bolivia"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "ROME (AP) \u2014 Rescuers pulled 64 people from the water off Tunisia on Sunday, "
            "Italian officials said.",
            "64",
            "Tunisia",
        ),
        (
            "A boat sank off the coast of Tunisia and 64 people drowned, the Italian coast "
            "guard said.",
            "64",
            "Tunisia",
        ),
        (
            "Una embarcaci\u00f3n naufrag\u00f3 frente a las costas de T\u00fanez y 64 personas "
            "murieron.",
            "64",
            "Tunisia",
        ),
    ],
)
def test_a_place_at_sea_is_tied_to_the_count(text: str, number: str, place: str) -> None:
    assert _scopes(text)[number] == place


def test_a_country_naming_a_coast_guard_is_not_where_the_count_is() -> None:
    got = _scopes(
        "A migrant boat capsized at sea on Sunday. The Cyprus coast guard recovered 24 bodies."
    )
    assert got["24"] != "Cyprus"


def test_a_spokespersons_initial_stays_in_the_name() -> None:
    got = _scopes(
        "The ferry sank in the night. Rescuers found 31 bodies, said agency spokesman Tom "
        "B. Reyes in Vienna."
    )
    assert got["31"] != "Vienna"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "BERLIN (AP) \u2014 Storms across central Europe have killed at least 14 people, "
            "officials said.",
            "at least 14",
            "central Europe",
        ),
        (
            "LIMA (EFE) \u2014 Am\u00e9rica Latina y el Caribe registra m\u00e1s de 9.000 "
            "muertos por el dengue.",
            "m\u00e1s de 9.000",
            "Am\u00e9rica Latina y el Caribe",
        ),
        (
            "ROME (AP) \u2014 A fishing boat carrying 90 people sank in the Mediterranean.",
            "90",
            "Mediterranean",
        ),
    ],
)
def test_an_area_wider_than_a_country_scopes_its_clause(text: str, number: str, place: str) -> None:
    assert _scopes(text)[number] == place


@pytest.mark.parametrize(
    ("text", "number", "not_place"),
    [
        # where the people counted come from is not where they are counted
        (
            "PANAMA CITY (AP) \u2014 Some 4,200 people crossed the jungle this month. Most "
            "of the 4,200 migrants are from South America and the Caribbean.",
            "4,200",
            "South America and the Caribbean",
        ),
        (
            "La mayor\u00eda de los 3.100 viajeros son de Sudam\u00e9rica y el Caribe.",
            "3.100",
            "Caribe",
        ),
        # a country inside the area's name is the gazetteer's
        ("Floods in South Africa killed 31 people.", "31", "Africa"),
    ],
)
def test_an_origin_or_a_country_is_not_read_as_an_area(
    text: str, number: str, not_place: str
) -> None:
    got = _scopes(text)
    assert got[number] != not_place
    assert got[number] != "Sudam\u00e9rica y el Caribe"


@pytest.mark.parametrize(
    ("text", "number", "street"),
    [
        (
            "La marcha comenz\u00f3 en Bol\u00edvar y General Roca y reuni\u00f3 a unas 9.000 "
            "personas, seg\u00fan los organizadores.",
            "unas 9.000",
            "Bol\u00edvar",
        ),
        (
            "Unas 3.000 personas marcharon por la avenida Bol\u00edvar hasta la plaza San "
            "Mart\u00edn.",
            "Unas 3.000",
            "Bol\u00edvar",
        ),
        ("Some 2,000 people gathered on Lima Street, organisers said.", "Some 2,000", "Lima"),
    ],
)
def test_a_street_named_after_a_place_is_not_a_scope(text: str, number: str, street: str) -> None:
    assert _scopes(text)[number] != street


def test_a_list_of_two_places_is_not_a_corner() -> None:
    got = _scopes("Las lluvias dejaron 45 muertos en Oaxaca y 12 en Chiapas.")
    assert got == {"45": "Oaxaca", "12": "Chiapas"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A quake struck Kerman province on Sunday. In total, around 1,000 people were "
            "injured, officials said.",
            {"around 1,000": "Iran"},
        ),
        (
            "The quake caused 140 deaths in Kerman province and nine in Yazd, and around 900 "
            "injured in total.",
            {"140": "Kerm", "nine": "Yazd", "around 900": "Iran"},
        ),
        (
            "Un sismo sacudi\u00f3 la regi\u00f3n de Atacama. En total, 300 personas resultaron "
            "heridas.",
            {"300": "Chile"},
        ),
    ],
)
def test_a_total_is_the_countrys_not_a_town_named_elsewhere(
    text: str, expected: dict[str, str]
) -> None:
    got = _scopes(text)
    for number, place in expected.items():
        assert got[number] is not None
        assert got[number].startswith(place), number


def test_two_sources_counting_one_place_keep_it() -> None:
    got = _scopes("Police said 300 people marched in Lima, and organisers counted 5,000.")
    assert got == {"300": "Lima", "5,000": "Lima"}


def test_a_total_in_a_sentence_that_is_not_one_keeps_its_place() -> None:
    got = _scopes(
        "La marcha en Lima reuni\u00f3 a 3.000 personas y transcurri\u00f3 en total normalidad."
    )
    assert got["3.000"] == "Lima"


@pytest.mark.parametrize(
    ("text", "number", "not_place"),
    [
        (
            "El presidente, durante una visita a la ciudad de Temuco, a 670 kil\u00f3metros "
            "al sur de Santiago, en la regi\u00f3n de La Araucan\u00eda, elev\u00f3 a 320 los "
            "muertos.",
            "320",
            "La Araucan\u00eda",
        ),
        (
            "Floods destroyed Kavar, a village 90 miles east of Shiraz, and killed 227 people.",
            "227",
            "Shiraz",
        ),
    ],
)
def test_an_apposition_to_a_visit_or_a_distances_landmark_is_not_a_scope(
    text: str, number: str, not_place: str
) -> None:
    assert _scopes(text)[number] != not_place


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        # the figure's own clause names its place after the visit
        (
            "Durante una visita a Rancagua, la ministra dijo que 40 personas murieron en la "
            "regi\u00f3n de Atacama.",
            "40",
            "Atacama",
        ),
        # a country at a distance is where a count at sea is
        ("The boat sank some 60 km north of Tunisia with 91 people on board.", "91", "Tunisia"),
    ],
)
def test_a_place_of_the_figures_own_clause_after_a_visit_or_at_sea_stays(
    text: str, number: str, place: str
) -> None:
    assert _scopes(text)[number] == place
