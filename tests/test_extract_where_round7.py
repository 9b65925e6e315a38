"""Round 7 (audit3 P4): a scope is the place the figure counts, in its own clause; the venue of
a briefing, with words between its noun and the place, is where the source spoke. Invented
sentences, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 14)


def _scopes(text: str) -> dict[str, str | None]:
    return {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "The floods in Mozambique have displaced thousands. \u201cWe have counted 318 "
            "deaths,\u201d a spokeswoman for the relief agency said at a regular news "
            "conference in Vienna.",
            "318",
        ),
        (
            "Las inundaciones en Mozambique han desplazado a miles de personas. \u00ab318 "
            "personas murieron\u00bb, dijo la portavoz de la agencia en una conferencia de "
            "prensa virtual en Viena.",
            "318",
        ),
        (
            "Las inundaciones en Mozambique han dejado 318 muertos, dijo el portavoz en una "
            "sesi\u00f3n informativa celebrada en Viena.",
            "318",
        ),
    ],
)
def test_a_briefing_venue_with_words_between_is_not_a_scope(text: str, number: str) -> None:
    got = _scopes(text)
    assert got[number] == "Mozambique"


def test_a_conference_that_is_counted_keeps_its_place() -> None:
    got = _scopes("More than 4,000 delegates attended the climate conference in Vienna.")
    assert got["More than 4,000"] == "Vienna"


def test_a_capitalised_word_ends_the_briefing_phrase() -> None:
    # "press" names the outlet here, and the figure is counted in Vienna
    got = _scopes("The Freedonia Press reported that 2,500 people marched in Vienna.")
    assert got["2,500"] == "Vienna"


@pytest.mark.parametrize(
    "text",
    [
        "The speaker of Freedonia's parliament said 300 detainees had been freed since U.S. "
        "envoys arrived. Independent monitors counted only 90 releases.",
        "Según los enviados de EE. UU., 300 presos fueron liberados en Freedonia.",
    ],
)
def test_a_country_named_on_its_envoys_scopes_nothing(text: str) -> None:
    assert "United States" not in _scopes(text).values()


def test_a_country_named_on_its_officials_leaves_the_clauses_place() -> None:
    got = _scopes("UK officials said 3,000 people marched in Leeds.")
    assert got["3,000"] == "Leeds"


def test_a_country_that_is_where_keeps_its_place() -> None:
    # "in Mozambique" is where the count is; officials of the country speak for it
    got = _scopes("Officials said 1,200 people were displaced in Mozambique.")
    assert got["1,200"] == "Mozambique"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "Thousands of nurses marched in Seattle on Sunday, in the largest health workers' "
            "protest of the year. Organizers said 40,000 took part, while police put the crowd "
            "at 12,000.\n\nA smaller rally in Portland drew a few hundred.",
            "40,000",
            "Seattle",
        ),
        (
            "Miles de enfermeras marcharon el domingo por las calles de Rosario en la mayor "
            "protesta del año. Los organizadores cifraron la asistencia en 40.000 personas y "
            "la policía, en 12.000.\n\nEn Mendoza hubo una marcha menor.",
            "40.000",
            "Rosario",
        ),
    ],
)
def test_the_leads_one_place_scopes_a_later_figure_naming_none(
    text: str, number: str, place: str
) -> None:
    assert _scopes(text)[number] == place


def test_a_lead_naming_two_places_of_the_country_gives_the_country() -> None:
    got = _scopes(
        "Nurses marched in Seattle and in Portland on Sunday. Organizers said 40,000 took part "
        "in all, a figure the police did not confirm."
    )
    assert got["40,000"] not in ("Seattle", "Portland")


def test_a_place_the_lead_leaves_out_is_no_focus() -> None:
    got = _scopes(
        "El domingo hubo 300 marchas con 500.000 asistentes (sin contar las de Cataluña). "
        "Madrid reunió a 100.000 personas y Sevilla, a 40.000."
    )
    assert got["500.000"] != "Catalunya"


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "A strong earthquake shook the border region of Peru and Ecuador on Monday. Peru "
            "said 40 people died. Ecuador reported 12 killed and 90 injured.",
            "12",
            "Ecuador",
        ),
        (
            "Un fuerte sismo sacudió la frontera entre Perú y Ecuador el lunes. Perú dijo que "
            "murieron 40 personas. Ecuador reportó 12 muertos y 90 heridos.",
            "12",
            "Ecuador",
        ),
    ],
)
def test_a_country_tallying_its_own_toll_is_where_the_count_is(
    text: str, number: str, place: str
) -> None:
    assert _scopes(text)[number] == place


def test_a_country_that_only_says_is_still_a_speaker() -> None:
    got = _scopes(
        "Floods hit the north of Mozambique this week. The United States said 1,500 homes "
        "were lost and 40 people died."
    )
    assert got["40"] != "United States"
