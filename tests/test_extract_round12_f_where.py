"""Round 12 (f-where): the place a count is about.

Invented sentences, short and in the shape of a real news story, English and Spanish, for each
rule: a union of states is a scope; nationals abroad have no place of residence; a region of a
later part's clause never scopes the whole; a place name never runs across a line break or a
sentence's dot; a body's name is no town; an outlet's place is not the count's; a country named
only on those who act for it gives no default scope.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from discrepancy import _placenames as pn
from discrepancy.extraction import extract


def _scopes(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.scope) for c in extract(text)]


# --- a union of states is where people arrived, crossed or were counted --------------------


def test_union_tied_to_the_figure_en() -> None:
    text = "About 90,000 asylum seekers entered the EU last year, the border agency said."
    assert _scopes(text) == [("About 90,000", "European Union")]


def test_union_in_spanish_and_as_receiver() -> None:
    assert _scopes(
        "Unos 300.000 migrantes llegaron a la Unión Europea por mar, indicó la agencia."
    ) == [("Unos 300.000", "European Union")]
    assert _scopes(
        "La UE recibió más de 900.000 solicitantes de asilo en 2019, según la Comisión."
    ) == [("más de 900.000", "European Union")]


def test_union_scopes_the_rest_of_its_paragraph_long() -> None:
    text = (
        "Roughly 500,000 people crossed into the European Union during the first half of the "
        "year, the agency reported. The UN refugee office counted fewer arrivals, some 410,000."
    )
    assert _scopes(text) == [
        ("Roughly 500,000", "European Union"),
        ("some 410,000", "European Union"),
    ]


def test_union_as_a_speaker_is_no_scope() -> None:
    assert _scopes("The EU said 40 people died in floods in Romania.") == [("40", "Romania")]
    assert _scopes("EU officials estimated that 2,000 were displaced.") == [("2,000", None)]


# --- nationals abroad: no place of residence, no default -----------------------------------


def test_nationals_abroad_have_no_place() -> None:
    text = "Some 3 million Filipinos now work abroad, the ministry said. Manila welcomed the news."
    assert _scopes(text) == [("Some 3 million", None)]
    text = "Unos 4 millones de peruanos viven fuera de su país, según el instituto de estadística."
    assert _scopes(text) == [("Unos 4 millones", None)]


def test_a_part_keeps_its_region_the_whole_does_not() -> None:
    text = (
        "Some 3 million Filipinos now work abroad, 900,000 of them in the Middle East, the "
        "ministry said."
    )
    assert _scopes(text) == [("Some 3 million", None), ("900,000", "Middle East")]


# --- a name never crosses a line break or a sentence's end ---------------------------------


def test_no_place_name_across_a_line_break() -> None:
    text = (
        "La Fiscalía del estado de Morelos informó que 20 de los 35 jornaleros buscados "
        "volvieron a sus casas, con lo que quedan 15 ausentes tras los disturbios del sábado "
        "en la localidad de Tepexco.\n"
        "Mientras la Fiscalía hablaba de 35 jornaleros, el gobierno de Morelos decía que eran 36.\n"
        "Según la policía, otras tres personas fallecieron en la refriega.\n"
    )
    scopes = dict(_scopes(text))
    assert scopes["tres"] == "Tepexco"
    assert all(s is None or "\n" not in s for _, s in _scopes(text))


def test_abbreviations_still_join_a_name() -> None:
    assert _scopes("Some 20,000 marched in St. Louis, police said.") == [
        ("Some 20,000", "St. Louis")
    ]
    assert pn.gap_ok("EE. UU.", 2, 4)
    assert not pn.gap_ok("Tepexco. Mientras", 7, 9)
    assert not pn.gap_ok("Tepexco.\nMientras", 7, 9)
    assert not pn.gap_ok("Tepexco\n\nMientras", 7, 9)
    # a hard-wrapped line ends in no dot: a name may run on across it ("New\nYork")
    assert pn.gap_ok("New\nYork", 3, 4)


@given(
    st.text(alphabet="abcdefgh", min_size=4, max_size=8),
    st.sampled_from([".\n", "\n\n", ". \n", ".\r\n", "\r\n\r"]),
)
def test_a_sentence_or_paragraph_end_never_joins_two_words(word: str, gap: str) -> None:
    text = word + gap + "Next"
    assert not pn.gap_ok(text, len(word), len(word) + len(gap))


# --- a body's name is no town -----------------------------------------------------------------


def test_a_body_name_is_no_town() -> None:
    text = "The chief of the District of Lakeview Fire Service reckoned that 40,000 people came."
    assert _scopes(text) == [("40,000", None)]
    text = "El Departamento de Estadísticas Vitales contó 5.300 fallecidos durante el invierno."
    assert _scopes(text) == [("5.300", None)]


def test_towns_after_their_nouns_are_still_read() -> None:
    assert _scopes("Some 300 people were evacuated in Vubwi district, officials said.") == [
        ("Some 300", "Vubwi")
    ]
    assert _scopes("Unos 40 heridos en el municipio de Juchitán, dijo Protección Civil.") == [
        ("Unos 40", "Juchitán")
    ]


# --- an outlet's place, and a country named only on who acts for it -------------------------


def test_an_outlet_place_is_not_the_count_place() -> None:
    text = (
        "WASHINGTON — Protesters filled the Mall on Saturday.\n\n"
        "The Morning Herald in Australia claimed that 900,000 people attended."
    )
    assert _scopes(text) == [("900,000", "United States")]


def test_a_country_named_only_on_its_agents_is_no_default() -> None:
    text = (
        "Officials put the toll at 12, while elders said it was closer to 30. The United States "
        "military said it had struck militants."
    )
    assert _scopes(text) == [("12", None), ("30", None)]
    # a country named as a place still is the text's
    text = "Officials in Mexico put the toll at 12, while elders said it was closer to 30."
    assert _scopes(text) == [("12", "Mexico"), ("30", "Mexico")]


# --- a distance's landmark named in apposition ---------------------------------------------


def test_a_landmark_in_apposition_is_not_the_place() -> None:
    text = (
        "Lying some 50 kilometres away from the capital, Nairobi, the Kiambu area holds about "
        "900,000 residents."
    )
    assert _scopes(text) == [("about 900,000", "Kiambu")]
    # session 10: "tiene 12.000 habitantes" is a population, no count: a toll instead
    text = "El pueblo, a 80 kilómetros de la capital, Lima, registró 12 muertos."
    assert _scopes(text) == [("12", None)]


def test_emigrants_have_no_default_place() -> None:
    text = (
        "Desde 2015 habían emigrado unos 3 millones de bolivianos, según una encuesta nacional. "
        "Argentina, que acogió a la mayoría, pidió ayuda internacional."
    )
    assert _scopes(text) == [("unos 3 millones", None)]


def test_a_count_after_a_ministry_name_is_kept() -> None:
    # the nouns of a body's name for places are not those that make a number name a body
    text = (
        "The unions said 80,000 teachers struck on Tuesday in Ohio, while the Education "
        "Ministry gave 20,000. Last month the unions had counted 70,000 and the Education "
        "Ministry 18,000."
    )
    assert [s for s, _ in _scopes(text)] == ["80,000", "20,000", "70,000", "18,000"]


# --- where people fled to ------------------------------------------------------------------


def test_the_country_fled_to_is_the_place() -> None:
    text = (
        "More than 25,000 villagers have fled to neighbouring Malawi as rebels advance in the "
        "Niassa province, the refugee agency said."
    )
    assert _scopes(text) == [("More than 25,000", "Malawi")]
    text = (
        "Unos 8.000 campesinos huyeron a la vecina Colombia mientras el ejército avanzaba en el "
        "estado Apure, dijo Acnur."
    )
    assert _scopes(text) == [("Unos 8.000", "Colombia")]
