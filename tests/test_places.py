"""The gazetteer: the built-in data, resolving names (EN and ES), nesting, finding places in
text, and user files with errors that name the entry and the field."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from discrepancy._placenames import COMMON_WORDS, name_key
from discrepancy.errors import DiscrepancyError, InputError
from discrepancy.places import Gazetteer, GazetteerError, Place, PlaceKind
from tests.strategies_places import place_ids, places, texts_with_places


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.builtin()


def _id(gaz: Gazetteer, text: str, country: str | None = None) -> str | None:
    place = gaz.resolve(text, country=country)
    return None if place is None else place.id


# --- the built-in data ----------------------------------------------------------------------


def test_builtin_is_loaded_once_and_kept_on_the_class(gaz: Gazetteer) -> None:
    assert Gazetteer.builtin() is gaz
    assert Gazetteer._builtin is gaz


def test_builtin_data_file_passes_the_checks_user_files_get() -> None:
    text = resources.files("discrepancy").joinpath("data", "places.json").read_text("utf-8")
    data = json.loads(text)
    assert "GeoNames" in data["about"]["attribution"]
    assert "CC-BY 4.0" in data["about"]["attribution"]
    checked = Gazetteer.from_data(data["places"], source="places.json")
    assert checked.to_data() == Gazetteer.builtin().to_data()
    # the built-in file is read without folding its aliases again: they must be keys already
    for row in data["places"]:
        for alias in row.get("aliases", []):
            assert name_key(alias) == alias, (row["id"], alias)
    builtin = Gazetteer.builtin()
    assert checked._names == builtin._names
    assert checked._abbrevs == builtin._abbrevs


def test_builtin_covers_countries_regions_and_cities(gaz: Gazetteer) -> None:
    kinds = {kind: sum(1 for p in gaz if p.kind is kind) for kind in PlaceKind}
    assert kinds[PlaceKind.COUNTRY] >= 240
    assert kinds[PlaceKind.REGION] >= 3000
    assert kinds[PlaceKind.CITY] >= 1000
    for place in gaz:
        assert place.country is not None, place
        assert (place.parent is None) == (place.kind is PlaceKind.COUNTRY), place
        if place.parent is not None:
            assert place.parent in gaz, place
            assert gaz.get(place.country) is not None, place


def test_builtin_file_is_small() -> None:
    # its load time: benchmarks/pathological.py (budget 1 s) and docs/places.md
    path = Path(str(resources.files("discrepancy").joinpath("data", "places.json")))
    assert path.stat().st_size < 1_500_000


def test_get(gaz: Gazetteer) -> None:
    assert gaz.get("VE") == Place(id="VE", name="Venezuela", kind=PlaceKind.COUNTRY, country="VE")
    zulia = gaz.get("VE-V")
    assert zulia is not None
    assert (zulia.name, zulia.kind, zulia.parent, zulia.country) == (
        "Zulia",
        PlaceKind.REGION,
        "VE",
        "VE",
    )
    assert gaz.get("city:VE:caracas") is not None
    assert gaz.get("XX-nowhere") is None
    assert "VE" in gaz
    assert "nowhere" not in gaz


# --- resolving names -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela", "VE"),
        ("venezuela", "VE"),
        ("VENEZUELA", "VE"),
        ("República Bolivariana de Venezuela", "VE"),
        ("Bolivarian Republic of Venezuela", "VE"),
        ("Estados Unidos", "US"),
        ("EE.UU.", "US"),
        ("EE. UU.", "US"),
        ("EEUU", "US"),
        ("United States", "US"),
        ("the United States", "US"),
        ("U.S.", "US"),
        ("USA", "US"),
        ("UK", "GB"),
        ("Britain", "GB"),
        ("Reino Unido", "GB"),
        ("Turkey", "TR"),
        ("Turquía", "TR"),
        ("México", "MX"),
        ("Mexico", "MX"),
        ("Alemania", "DE"),
        ("Côte d'Ivoire", "CI"),
        ("Costa de Marfil", "CI"),
        ("Zulia", "VE-V"),
        ("estado Zulia", "VE-V"),
        ("el estado Zulia", "VE-V"),
        ("Zulia state", "VE-V"),
        ("the state of Zulia", "VE-V"),
        ("Texas", "US-TX"),
        ("provincia de Mendoza", "AR-M"),
        ("departamento de Antioquia", "CO-ANT"),
        ("the state of Mexico", "MX-MEX"),
        ("estado de México", "MX-MEX"),
        ("New York state", "US-NY"),
        ("Caracas", "city:VE:caracas"),
        ("the city of Caracas", "city:VE:caracas"),
        ("ciudad de Caracas", "city:VE:caracas"),
        ("Bogotá", "city:CO:bogota"),
        ("Bogota", "city:CO:bogota"),
        ("Ciudad de México", "city:MX:mexico-city"),
        ("Mexico City", "city:MX:mexico-city"),
        ("CDMX", "city:MX:mexico-city"),
        ("DF", "city:MX:mexico-city"),
        ("Los Angeles", "city:US:los-angeles"),
        ("Londres", "city:GB:london"),
        ("Nueva York", "city:US:new-york-city"),
    ],
)
def test_resolve_names_en_es(gaz: Gazetteer, text: str, expected: str) -> None:
    assert _id(gaz, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Atlantis",
        "Venezuelaa",  # no fuzzy forcing
        "us",  # an abbreviation counts only in capitals
        "IN",  # an English word, never a state
        "OR",
        "ME",
        "the",
        "estado",
        "Central",  # a region in many countries: only with a country
        "state of",
    ],
)
def test_resolve_unknown_or_unsafe_is_none(gaz: Gazetteer, text: str) -> None:
    assert gaz.resolve(text) is None


def test_resolve_ambiguous_prefers_the_given_country(gaz: Gazetteer) -> None:
    assert _id(gaz, "Georgia") == "GE"  # a country over a region
    assert _id(gaz, "Georgia", "US") == "US-GA"
    assert _id(gaz, "Central", "PY") == "PY-11"
    assert _id(gaz, "Valencia", "ES") == "city:ES:valencia"
    assert _id(gaz, "Valencia", "VE") == "city:VE:valencia"
    assert _id(gaz, "Barcelona", "VE") == "city:VE:barcelona"
    # a given country with no such place: the usual order still answers
    assert _id(gaz, "Zulia", "CO") == "VE-V"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Valencia, Spain", "city:ES:valencia"),
        ("Valencia, España", "city:ES:valencia"),
        ("Valencia, Venezuela", "city:VE:valencia"),
        ("Huila (Colombia)", "CO-HUI"),
        ("Huila, Angola", "AO-HUI"),
        ("Caracas, Venezuela", "city:VE:caracas"),
        ("Maracaibo, Zulia", "city:VE:maracaibo"),
        ("Los Angeles, California", "city:US:los-angeles"),
        ("Georgia, US", "US-GA"),
        ("Zulia, Colombia", None),  # not inside the place named
        ("Maracaibo, Miranda", None),
        ("Atlantis, Spain", None),
        ("Caracas, Atlantis", None),
        ("Washington, D.C.", "city:US:washington"),  # a name with a comma in it
    ],
)
def test_resolve_name_qualified_by_its_place(
    gaz: Gazetteer, text: str, expected: str | None
) -> None:
    assert _id(gaz, text) == expected


@given(st.text(max_size=40))
@example("a, " * 5000)
@example("(" * 5000)
@example("Caracas, " * 3000 + "Venezuela")
def test_resolve_never_raises(text: str) -> None:
    place = Gazetteer.builtin().resolve(text)
    assert place is None or isinstance(place, Place)


def test_resolve_kind_order_and_population(gaz: Gazetteer) -> None:
    # country over region over city: "Mexico" names the country, a state and a city alias
    assert _id(gaz, "Mexico") == "MX"
    # the most populous of two cities
    valencia = gaz.resolve("Valencia")
    assert valencia is not None
    assert valencia.kind is PlaceKind.CITY
    # a descriptor asks for a kind
    assert _id(gaz, "Mexico state") == "MX-MEX"
    # a city over the region of the same name that holds it
    assert _id(gaz, "Ciudad de México") == "city:MX:mexico-city"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a region over a city, unless most of the region's people live in the city
        ("Oaxaca", "MX-OAX"),
        ("Lagos", "city:NG:lagos"),
        ("Ciudad de México", "city:MX:mexico-city"),
        # regions rank by their people: Palestine's Gaza before Mozambique's
        ("Gaza", "PS-GZA"),
        # a region's other names leave a large city's name to the city
        ("Madrid", "city:ES:madrid"),
        ("Comunidad de Madrid", "ES-MD"),
        ("Navarra", "ES-NC"),
        ("Catalonia", "ES-CT"),
        ("Cataluña", "ES-CT"),
        ("Baleares", "ES-IB"),
    ],
)
def test_resolve_ranking_cases(gaz: Gazetteer, text: str, expected: str) -> None:
    assert _id(gaz, text) == expected


def test_every_builtin_name_resolves(gaz: Gazetteer) -> None:
    unique = 0
    for place in gaz:
        key = name_key(place.name)
        # inside its own country every place's own name finds a place of that country
        found = gaz.resolve(place.name, country=place.country)
        assert found is not None, place
        assert found.country == place.country, (place, found)
        if len(gaz._names[key]) == 1:
            unique += 1
            if key not in COMMON_WORDS:
                assert gaz.resolve(place.name) is place, place
    assert unique > 0.8 * len(gaz)


def test_resolve_is_deterministic(gaz: Gazetteer) -> None:
    fresh = Gazetteer.from_data(gaz.to_data())
    for text in ("Georgia", "Valencia", "Santa Cruz", "San José", "Córdoba", "Victoria"):
        assert _id(gaz, text) == _id(fresh, text)


@given(places)
def test_resolve_finds_every_unambiguous_name(place: Place) -> None:
    gaz = Gazetteer.builtin()
    if len(gaz._names.get(name_key(place.name), ())) != 1:
        return  # a shared name: covered by the ranking tests
    if name_key(place.name) in COMMON_WORDS:
        assert gaz.resolve(place.name, country=place.country) is gaz.get(place.id)
        return
    assert gaz.resolve(place.name) is gaz.get(place.id)
    found = gaz.resolve(place.name)
    assert found is not None
    assert gaz.resolve(found.name) is found  # idempotent


# --- nesting ----------------------------------------------------------------------------------


def test_contains_city_region_country(gaz: Gazetteer) -> None:
    assert gaz.ancestors("city:VE:caracas") == ("VE-A", "VE")
    assert gaz.ancestors("VE-V") == ("VE",)
    assert gaz.ancestors("VE") == ()
    assert gaz.ancestors("nowhere") == ()
    assert gaz.ancestors("city:US:los-angeles") == ("US-CA", "US")
    assert gaz.contains("VE", "VE-V")
    assert gaz.contains("VE", "city:VE:caracas")
    assert gaz.contains("VE-A", "city:VE:caracas")
    assert gaz.contains("US-CA", "city:US:los-angeles")
    assert gaz.contains("US", "city:US:los-angeles")
    assert not gaz.contains("VE", "VE")  # strict
    assert not gaz.contains("VE-V", "VE")
    assert not gaz.contains("VE-V", "city:VE:caracas")  # a sibling region
    assert not gaz.contains("CO", "city:VE:caracas")
    assert not gaz.contains("VE", "nowhere")


@pytest.mark.parametrize(
    ("city", "region"),
    [
        ("Maracaibo", "VE-V"),
        ("Valencia", "VE-G"),  # with country VE
        ("Guadalajara", "MX-JAL"),
        ("Monterrey", "MX-NLE"),
        ("Medellín", "CO-ANT"),
        ("Cali", "CO-VAC"),
        ("Rosario", "AR-S"),
        ("the city of Buenos Aires", "AR-C"),  # the capital district, not the province
        ("Los Angeles", "US-CA"),
        ("Houston", "US-TX"),
    ],
)
def test_cities_lie_in_their_region(gaz: Gazetteer, city: str, region: str) -> None:
    found = gaz.resolve(city, country=region[:2])
    assert found is not None
    assert found.kind is PlaceKind.CITY
    assert found.parent == region
    assert gaz.contains(region, found.id)
    assert gaz.contains(region[:2], region)


@given(place_ids, place_ids, place_ids)
def test_contains_is_a_strict_partial_order(a: str, b: str, c: str) -> None:
    gaz = Gazetteer.builtin()
    assert not gaz.contains(a, a)
    assert not (gaz.contains(a, b) and gaz.contains(b, a))
    if gaz.contains(a, b) and gaz.contains(b, c):
        assert gaz.contains(a, c)


@given(place_ids)
def test_ancestors_end_at_the_country(place_id: str) -> None:
    gaz = Gazetteer.builtin()
    place = gaz.get(place_id)
    assert place is not None
    chain = gaz.ancestors(place_id)
    if place.kind is PlaceKind.COUNTRY:
        assert chain == ()
    else:
        assert chain[-1] == place.country
        assert chain[0] == place.parent
        assert all(gaz.contains(outer, place_id) for outer in chain)


# --- finding places in text -------------------------------------------------------------------


def _found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(text[s:e], p.id) for s, e, p in gaz.find(text)]


def test_find_offsets_and_longest_match(gaz: Gazetteer) -> None:
    text = "Protests in Mexico City and in Caracas, Venezuela, spread to Zulia state."
    found = gaz.find(text)
    assert [(s, e) for s, e, _ in found] == [(12, 23), (31, 38), (40, 49), (61, 66)]
    assert [p.id for _, _, p in found] == ["city:MX:mexico-city", "city:VE:caracas", "VE", "VE-V"]


def test_find_abbreviations_only_in_capitals(gaz: Gazetteer) -> None:
    text = "The U.S. and EE. UU. and USA and US, but not us; CDMX is big. IN OR ME NY."
    assert _found(gaz, text) == [
        ("U.S", "US"),
        ("EE. UU", "US"),
        ("USA", "US"),
        ("US", "US"),
        ("CDMX", "city:MX:mexico-city"),
        ("NY", "US-NY"),
    ]


def test_find_only_capitalised_names(gaz: Gazetteer) -> None:
    text = "We ate turkey with chile in Turkey; Chile sent aid. In georgia: no."
    assert _found(gaz, text) == [("Turkey", "TR"), ("Chile", "CL")]


def test_find_spanish_text(gaz: Gazetteer) -> None:
    text = "En Ciudad de México y en el estado Zulia; Estados Unidos y Reino Unido no."
    assert _found(gaz, text) == [
        ("Ciudad de México", "city:MX:mexico-city"),
        ("Zulia", "VE-V"),
        ("Estados Unidos", "US"),
        ("Reino Unido", "GB"),
    ]


def test_find_skips_common_words_and_longer_names(gaz: Gazetteer) -> None:
    text = (
        "Para los organizadores, el Paro fue total. Central bankers met. "
        "Carlos Miranda said so in Miranda; Texas Governor Greg Abbott agreed."
    )
    assert _found(gaz, text) == [("Miranda", "VE-M"), ("Texas", "US-TX")]


def test_find_reads_namesakes_in_the_texts_country(gaz: Gazetteer) -> None:
    # "Huila" is a department of Colombia and a province of Angola
    alone = "Protests spread to Huila."
    assert _found(gaz, alone) == [("Huila", "AO-HUI")]
    assert _found(gaz, "Protests in Cauca, Tolima and Huila, Colombia.") == [
        ("Cauca", "CO-CAU"),
        ("Tolima", "CO-TOL"),
        ("Huila", "CO-HUI"),
        ("Colombia", "CO"),
    ]
    assert [p.id for _, _, p in gaz.find(alone, country="CO")] == ["CO-HUI"]
    assert _found(gaz, "Granada fue la provincia con más marchas de España.") == [
        ("Granada", "city:ES:granada"),
        ("España", "ES"),
    ]


def test_find_possessives_and_longer_names(gaz: Gazetteer) -> None:
    assert _found(gaz, "Venezuela's prisons and Mexico’s.") == [
        ("Venezuela", "VE"),
        ("Mexico", "MX"),
    ]
    assert _found(gaz, "A quake in Central America; aid from Latin America.") == []
    # a title-case headline keeps its country, loses a city followed by a capitalised word
    assert _found(gaz, "Venezuela Frees 20 Prisoners") == [("Venezuela", "VE")]
    assert _found(gaz, "Caracas Protest Draws Thousands") == []


def test_find_on_many_namesakes(gaz: Gazetteer) -> None:
    # 20,000 ambiguous mentions, every one found (benchmarks/pathological.py times it: a
    # scan that compared each with every other would take minutes, a linear one under a second)
    text = "Huila and Colombia. " * 20_000
    found = gaz.find(text)
    assert len(found) == 40_000
    assert {p.id for _, _, p in found} == {"CO-HUI", "CO"}


@given(texts_with_places)
@example("")
@example("U.S.")
@example("A" * 20)
@example("New York New York New York")
@example("ß-ﬁ İstanbul Ⅻ")
def test_find_never_raises_and_returns_ordered_disjoint_spans(text: str) -> None:
    gaz = Gazetteer.builtin()
    found = gaz.find(text)
    last_end = 0
    for start, end, place in found:
        assert 0 <= last_end <= start < end <= len(text)
        assert text[start].isupper()
        assert gaz.get(place.id) is place
        last_end = end


# --- user files -------------------------------------------------------------------------------


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "places.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_load_and_merge_user_places(gaz: Gazetteer, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        [
            {
                "id": "city:VE:villa-inventada",
                "name": "Villa Inventada",
                "kind": "city",
                "parent": "VE-V",
                "population": 260000,
            },
            {
                "id": "VE-V",
                "name": "Zulia",
                "kind": "region",
                "parent": "VE",
                "aliases": ["Estado Petrolero"],
            },
            {"id": "barrio-x", "name": "Barrio Invented", "parent": "city:VE:caracas"},
        ],
    )
    user = Gazetteer.load(path)
    assert len(user) == 3
    assert _id(user, "Villa Inventada") == "city:VE:villa-inventada"
    assert _id(gaz, "Villa Inventada") is None
    merged = gaz.merge(user)
    assert len(merged) == len(gaz) + 2
    assert _id(merged, "Villa Inventada") == "city:VE:villa-inventada"
    assert _id(merged, "Estado Petrolero") == "VE-V"  # the user's entry wins
    assert merged.ancestors("city:VE:villa-inventada") == ("VE-V", "VE")
    town = merged.get("city:VE:villa-inventada")
    assert town is not None
    assert town.country == "VE"  # from its parents
    assert merged.contains("VE", "city:VE:villa-inventada")
    barrio = merged.get("barrio-x")
    assert barrio is not None
    assert barrio.kind is PlaceKind.OTHER
    assert merged.ancestors("barrio-x") == ("city:VE:caracas", "VE-A", "VE")
    # the built-in gazetteer is not changed by merging
    assert _id(gaz, "Estado Petrolero") is None


def test_user_country_and_abbreviations(gaz: Gazetteer) -> None:
    user = Gazetteer.from_data(
        [
            {"id": "XK", "name": "Kosovo", "kind": "country", "abbrevs": ["KSV"]},
            {"id": "XK-PR", "name": "Prishtina", "kind": "city", "parent": "XK"},
        ]
    )
    kosovo = user.get("XK")
    assert kosovo is not None
    assert kosovo.country == "XK"  # a country lies in itself
    merged = gaz.merge(user)
    assert _id(merged, "KSV") == "XK"
    assert _id(merged, "K.S.V.") == "XK"
    assert _id(merged, "ksv") is None  # abbreviations only in capitals
    assert _id(merged, "KSV!") is None  # not an abbreviation as written
    assert merged.contains("XK", "XK-PR")


@pytest.mark.parametrize(
    ("entries", "entry", "field"),
    [
        ([{"id": "x", "name": "X", "kind": "planet"}], 1, "kind"),
        ([{"id": "x", "kind": "city"}], 1, "name"),
        ([{"id": "a", "name": "A"}, {"id": "b c", "name": "B"}], 2, "id"),
        ([{"id": "a", "name": "A"}, {"id": "a", "name": "A2"}], 2, "id"),
        ([{"id": "a", "name": "A", "aliases": "B"}], 1, "aliases"),
        ([{"id": "a", "name": "A", "aliases": ["B", 3]}], 1, "aliases[1]"),
        ([{"id": "a", "name": "A", "abbrevs": ["ab"]}], 1, "abbrevs[0]"),
        ([{"id": "a", "name": "A", "population": -1}], 1, "population"),
        ([{"id": "a", "name": "A", "population": True}], 1, "population"),
        ([{"id": "a", "name": "A", "parent": 7}], 1, "parent"),
        ([{"id": "a", "name": "A", "parent": "a"}], 1, "parent"),
        (
            [{"id": "a", "name": "A", "parent": "b"}, {"id": "b", "name": "B", "parent": "a"}],
            1,
            "parent",
        ),
        ([{"id": "a", "name": "A", "colour": "red"}], 1, "colour"),
        (["Caracas"], 1, ""),
    ],
)
def test_load_bad_entry_names_entry_and_field(
    tmp_path: Path, entries: list[object], entry: int, field: str
) -> None:
    path = _write(tmp_path, entries)
    with pytest.raises(GazetteerError) as info:
        Gazetteer.load(path)
    error = info.value
    assert isinstance(error, DiscrepancyError)
    assert isinstance(error, InputError)
    assert (error.entry, error.field) == (entry, field)
    assert str(path) in str(error)
    assert f"entry {entry}" in str(error)


def test_load_bad_files(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.load(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text("[{", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not valid JSON"):
        Gazetteer.load(bad)
    with pytest.raises(GazetteerError, match="JSON list"):
        Gazetteer.load(_write(tmp_path, {"id": "x"}))


@settings(max_examples=10)  # each merge re-indexes 5,000 places
@given(st.lists(st.sampled_from(["VE", "VE-V", "city:VE:caracas", "US", "GE"]), max_size=3))
def test_merge_keeps_every_builtin_id(ids: list[str]) -> None:
    gaz = Gazetteer.builtin()
    user = Gazetteer.from_data(
        [{"id": i, "name": f"Renamed {i}", "kind": "other"} for i in dict.fromkeys(ids)]
    )
    merged = gaz.merge(user)
    assert len(merged) == len(gaz)
    for i in ids:
        renamed = merged.get(i)
        assert renamed is not None
        assert renamed.name == f"Renamed {i}"
