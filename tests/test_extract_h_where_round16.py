"""Session 13 (h-where): the place and the date of a count. A whole before a colon that
opens a list of its places is not the first entry's; a part the clause singles out
("especially in X", "en particular en X") and a place in a relative clause of place after
the figure (", where …", ", donde …") are not the figure's place. Invented sentences, EN
and ES, short and in the shape of news."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract
from discrepancy.extraction.lexicon import LEXICON
from discrepancy.extraction.where_asides import colon_list_after, relative_after, singled_out
from discrepancy.extraction.where_back import region_phrase
from discrepancy.extraction.where_spread import spread_over
from discrepancy.places import Gazetteer

PUBLISHED = dt.date(2026, 3, 14)


def _scopes(text: str) -> dict[str, str | None]:
    return {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}


# --- a whole before a colon and its list of places ------------------------------------------


def test_es_whole_before_colon_list_is_not_its_first_entry() -> None:
    text = (
        "Protección Civil informó que ya son 14 los fallecidos por las lluvias: ocho en "
        "Córdoba, cuatro en San Luis y dos en Santiago del Estero."
    )
    got = _scopes(text)
    assert got["14"] == "Argentina"
    assert got["ocho"] == "Córdoba, Argentina"
    assert got["cuatro"] == "San Luis"
    assert got["dos"] == "Santiago del Estero"


def test_en_whole_before_colon_list_is_not_its_last_entry() -> None:
    text = (
        "Officials said 23 people have now died in the storms: 15 in Córdoba, 5 in San Luis "
        "and 3 in Santiago del Estero."
    )
    got = _scopes(text)
    assert got["23"] not in ("Córdoba, Argentina", "San Luis", "Santiago del Estero")
    assert got["15"] == "Córdoba, Argentina"
    assert got["3"] == "Santiago del Estero"


def test_colon_list_after_reads_a_number_after_the_colon() -> None:
    text = "Son 14 los muertos: ocho en Córdoba. Hay 14 muertos: la mayoría en Córdoba."
    first = text.index("14") + 2
    assert colon_list_after(text, first, text.index("Córdoba"), LEXICON.number_words)
    second = text.index("14", first) + 2
    assert not colon_list_after(text, second, text.rindex("Córdoba"), LEXICON.number_words)


# --- a part singled out, a relative clause of place ------------------------------------------


def test_en_part_singled_out_after_a_comma_is_not_the_figure_place() -> None:
    text = (
        "At least 19 people were killed by the floods in the centre of the country, "
        "especially in Córdoba, Argentine officials said."
    )
    assert _scopes(text)["At least 19"] == "Argentina"


def test_es_part_singled_out_is_no_default_of_the_next_sentence() -> None:
    text = (
        "Al menos 16 personas murieron por el temporal en Argentina, en particular en "
        "Córdoba. Otras 3.000 personas fueron evacuadas."
    )
    got = _scopes(text)
    assert got["Al menos 16"] == "Argentina"
    assert got["3.000"] == "Argentina"


def test_singled_out_needs_its_comma() -> None:
    text = "murieron 16, en particular en Córdoba; murieron 16 sobre todo en Córdoba"
    assert singled_out(text, 0, text.index("Córdoba"))
    assert not singled_out(text, text.index(";"), text.rindex("Córdoba"))


def test_es_place_in_a_relative_of_place_is_not_the_figure_place() -> None:
    text = (
        "BUENOS AIRES.- Al menos 12 personas murieron por el temporal en el centro del país, "
        "en particular en Córdoba, donde buscaban a un hombre en la localidad de El Fortín."
    )
    assert _scopes(text)["Al menos 12"] == "Argentina"


def test_relative_after_reads_where_and_donde() -> None:
    text = "12 died in Arlo, where a man fell in Benn; 12 murieron en Arlo, donde cayó en Benn"
    assert relative_after(text, 2, text.index("Benn"))
    k = text.index("; ") + 4
    assert relative_after(text, k, text.rindex("Benn"))
    assert not relative_after(text, 2, text.index("Arlo"))


# --- "in the province" / "en la provincia": the one named before -----------------------------


def test_es_figure_in_the_province_is_the_province_named_before() -> None:
    text = (
        "Las lluvias castigan a la provincia de Salta desde hace una semana.\n\n"
        "La situación más crítica se vivía en los departamentos de Orán y Rivadavia. Unas 800 "
        "personas seguían evacuadas en distintos puntos de la provincia."
    )
    assert _scopes(text)["Unas 800"] == "Salta region"


def test_en_figure_in_the_state_is_the_state_named_before() -> None:
    text = (
        "Heavy rain has hit Kentucky since Friday, the United States weather service said.\n\n"
        "The storm moved on to the east coast on Monday. About 300 people remained evacuated "
        "across the state, officials said."
    )
    assert _scopes(text)["About 300"] == "Kentucky"


def test_region_phrase_wants_no_name_after_it() -> None:
    text = "Hay 800 evacuados en la provincia de Tucumán. Hay 800 evacuados en la provincia."
    first = text.index("800")
    assert not region_phrase(text, 0, first, first + 3, text.index("."))
    second = text.rindex("800")
    lo = text.index(".") + 2
    assert region_phrase(text, lo, second, second + 3, len(text))


# --- a revision keeps the place of the figure it revises -------------------------------------


def test_en_revised_figure_keeps_the_place_of_the_one_it_replaces() -> None:
    text = (
        "Tornadoes tore through several states over the weekend.\n\n"
        "After first saying that at least 70 Kentuckians had died, the governor revised "
        "that number to 58 on Monday."
    )
    claims = extract(text, published=PUBLISHED)
    by = {c.quantity.surface: c for c in claims}
    assert by["58"].supersedes == by["at least 70"].id
    assert by["at least 70"].scope == "Kentucky"
    assert by["58"].scope == "Kentucky"


# --- a figure spread over several states is the country's -------------------------------------


def test_en_toll_over_several_states_is_the_country_not_the_county_named_most() -> None:
    text = (
        "LITTLE ROCK, Ark. – The death toll climbed to 27 on Sunday after storms spawned "
        "tornadoes in at least nine states.\n\n"
        "Six of the deaths were in Hardin County, Tennessee, where a school was flattened. "
        "Four died in one home, Hardin County officials said."
    )
    got = _scopes(text)
    assert got["27"] == "United States"
    assert got["Six"] == "Hardin"


def test_en_evacuees_over_several_provinces_are_the_country_not_the_one_named() -> None:
    text = (
        "Heavy rains have lashed Tucumán for days.\n\n"
        "Some 4,000 people have been evacuated in five provinces, officials said."
    )
    assert _scopes(text)["Some 4,000"] == "Argentina"


def test_spread_over_wants_a_count_before_the_noun() -> None:
    text = "32 died in at least 11 states. 32 died in the states. 32 murieron en varios estados."
    end = text.index(".")
    assert spread_over(text, 0, 0, 2, end, LEXICON.number_words)
    second = text.index("32", end)
    assert not spread_over(text, second, second, second + 2, text.index(".", second), frozenset())
    third = text.rindex("32")
    assert spread_over(text, third, third, third + 2, len(text), frozenset())


# --- a place described by an apposition, a town named by "el puerto de" ----------------------


def test_es_state_described_by_its_region_of_the_country_heads_the_relative() -> None:
    text = (
        "Tres personas murieron en Michoacán, estado del occidente de México, donde además "
        "hubo 12 heridos."
    )
    got = _scopes(text)
    assert got["Tres"] == "Michoacán de Ocampo"
    assert got["12"] == "Michoacán de Ocampo"


def test_es_port_town_described_by_state_and_country_keeps_the_town() -> None:
    text = (
        "Tres personas murieron en el puerto de Lázaro Cárdenas, en Michoacán, estado del "
        "occidente de México, donde además hubo 12 heridos."
    )
    got = _scopes(text)
    assert got["Tres"] == "Lázaro Cárdenas"
    assert got["12"] == "Lázaro Cárdenas"


# --- a dateline's day is no count ---------------------------------------------------------------


def test_es_agency_dateline_day_is_no_count() -> None:
    text = "JUJUY, 7 (NA).- Unas 300 personas seguían evacuadas este martes por las lluvias."
    assert [c.quantity.surface for c in extract(text, published=PUBLISHED)] == ["Unas 300"]


def test_es_number_in_brackets_after_a_place_is_still_a_count() -> None:
    text = "En Jujuy, 7 (siete) personas murieron por las lluvias."
    assert "7" in [c.quantity.surface for c in extract(text, published=PUBLISHED)]


# --- a nation's part, a neighbour's own toll, the dateline's country ---------------------------


def test_en_part_after_including_keeps_its_own_place_not_the_nation() -> None:
    got = _scopes("The storm killed 30 people nationwide, including 12 in Ohio.")
    assert got["30"] == "United States"
    assert got["12"] == "Ohio"


def test_es_part_after_incluidos_keeps_its_own_place() -> None:
    got = _scopes("Las lluvias dejaron 30 muertos en todo el país, incluidos 12 en Oaxaca.")
    assert got["12"] == "Oaxaca"


def test_en_neighbouring_country_opening_a_sentence_holds_its_own_toll() -> None:
    text = (
        "Floods have killed 76 people in Kenya, officials said. Neighbouring Tanzania has "
        "reported 155 deaths."
    )
    got = _scopes(text)
    assert got["76"] == "Kenya"
    assert got["155"] == "Tanzania"


def test_en_dateline_country_is_not_lost_to_a_country_named_once_in_passing() -> None:
    text = (
        "NAIROBI, Kenya (AP) — Floods have killed 76 people since March, officials said.\n\n"
        "Tanzania has reported 155 deaths."
    )
    got = _scopes(text)
    assert got["76"] == "Kenya"
    assert got["155"] == "Tanzania"


# --- a town described after a comma ("X, a village in Y") ---------------------------------------


def test_en_town_described_as_a_village_of_a_county_is_the_town() -> None:
    got = _scopes("Twelve people were killed in Ballybrack, a village in County Cork, police said.")
    assert got["Twelve"] == "Ballybrack"


def test_es_town_described_as_un_pueblo_de_a_state_is_the_town() -> None:
    got = _scopes("Doce personas murieron en Tlacotalpan, un pueblo de Veracruz, según la policía.")
    assert got["Doce"] == "Tlacotalpan"


def test_en_city_official_after_a_comma_is_no_town_description() -> None:
    got = _scopes("Five people died in Kansas City, a city official said.")
    assert got["Five"] == "Kansas City"


# --- gapped entries and a partitive whole --------------------------------------------------------


def test_en_gapped_entry_after_a_comma_does_not_scope_the_figure_before_it() -> None:
    got = _scopes("Jalisco reported 31 deaths, Colima 12 and Nayarit 7, officials said.")
    assert got["31"] == "Jalisco"
    assert got["12"] == "Colima"
    assert got["7"] == "Nayarit"


def test_en_partitive_whole_is_not_its_first_part_place() -> None:
    got = _scopes("Of the 50 deaths, 31 were in Jalisco, 12 in Colima and 7 in Nayarit.")
    assert got["50"] not in ("Jalisco", "Colima", "Nayarit")
    assert got["31"] == "Jalisco"


def test_es_partitive_whole_with_its_own_place_keeps_it() -> None:
    got = _scopes("De los 50 muertos en Jalisco, 31 eran niños.")
    assert got["50"] == "Jalisco"


# --- a country's possessive before its province ---------------------------------------------------


def test_en_province_owned_by_a_country_is_the_province() -> None:
    got = _scopes("Floods in China's Hunan province have killed 14 people, state media said.")
    assert got["14"] == "Hunan Sheng"


def test_possessive_before_a_place_does_not_hide_it_as_a_longer_name() -> None:
    found = Gazetteer.builtin().find("Rains in Mexico's Sonora state killed 9 people.")
    assert [p.id for _, _, p in found] == ["MX", "MX-SON"]


# --- a town with its state in brackets, a community of a municipality ----------------------------


def test_es_town_with_its_state_in_brackets_is_the_town() -> None:
    got = _scopes("Cinco personas murieron en Tlacolula (Oaxaca) tras el sismo del martes.")
    assert got["Cinco"] == "Tlacolula"


def test_es_community_of_a_municipality_is_the_community() -> None:
    text = (
        "Siete personas murieron en la comunidad de San Pedro Tlalmimilulpan, en el "
        "municipio de Jilotzingo, tras el deslave."
    )
    assert _scopes(text)["Siete"] == "San Pedro Tlalmimilulpan"


# --- a relative of place after a day ------------------------------------------------------------


def test_en_relative_of_place_after_a_day_heads_the_figure() -> None:
    text = (
        "MANILA, Philippines — The typhoon killed 210 people, police said. It hit the island "
        "of Samal on Thursday, where 40 people died."
    )
    got = _scopes(text)
    assert got["210"] == "Philippines"
    assert got["40"] == "Samal"


def test_es_relative_of_place_after_a_weekday_heads_the_figure() -> None:
    got = _scopes("El huracán tocó tierra en Colima el lunes, donde murieron 9 personas.")
    assert got["9"] == "Colima"
