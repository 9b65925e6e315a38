"""Who gives each number in disaster, toll, outbreak and migration news (helper g-who):
invented sentences, English and Spanish."""

from __future__ import annotations

import pytest

from discrepancy import extract

from .claimants import PUBLISHED, surfaces_and_mentions


def test_a_gerund_after_an_event_clause_takes_no_place_as_its_source() -> None:
    text = "Four more villagers drowned in Karsk raising the toll to 19 there."
    assert all(who == [] for _, who in surfaces_and_mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rescue officials are now reporting 19 deaths in the valley.",
        "With the coast guard reporting 19 deaths, the search went on.",
    ],
)
def test_a_gerund_with_its_own_subject_keeps_it(text: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who != []


def test_a_plural_pluperfect_auxiliary_is_not_part_of_the_source() -> None:
    text = "Las autoridades provinciales habían contado al principio 33 víctimas mortales."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["autoridades provinciales"]


@pytest.mark.parametrize(
    "text",
    [
        "The toll climbed to 58, the Prime Minister told parliament on Friday.",
        "Prime Minister Lena Ortiz's office said 58 people had died in the storm.",
    ],
)
def test_a_prime_minister_speaks_for_their_office_not_a_ministry(text: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Prime Minister's Office"]


def test_a_national_prime_minister_keeps_the_nationality_on_the_office() -> None:
    text = "Chilean Prime Minister Tomas Vera's office said 7 hostages would be freed."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Chilean Prime Minister's Office"]


def test_a_government_with_no_country_is_the_one_its_places_are_in() -> None:
    text = (
        "En Bilbao desfilaron 18.000 personas y en Zaragoza otras 9.000, según el "
        "balance del Gobierno."
    )
    claims = extract(text, published=PUBLISHED)
    assert [c.claimants[0].id for c in claims] == ["spain-government"] * 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Some 70 hikers were rescued on the ridge. The figure was provided by the "
            "mountain rescue service.",
            "mountain rescue service",
        ),
        (
            "Unas 70 personas quedaron atrapadas en el túnel. La cifra procede de la "
            "Guardia Civil.",
            "Guardia Civil",
        ),
        (
            "Unas 70 personas quedaron atrapadas en el túnel. La cifra fue facilitada por "
            "los Bomberos de Navarra.",
            "Bomberos de Navarra",
        ),
    ],
)
def test_a_figure_whose_source_the_next_sentence_names(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize("title", ["mayor", "governor"])
def test_a_title_holders_office_is_a_source(title: str) -> None:
    text = f"The {title}'s office said 640 residents had left their homes."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [f"{title}'s office"]


@pytest.mark.parametrize(
    "second",
    [
        "It added that 9 hikers were still missing.",
        "Another 9 hikers were still missing, it said.",
    ],
)
def test_it_refers_back_to_an_unnamed_body(second: str) -> None:
    text = "The mountain rescue agency said 31 hikers were brought down. " + second
    assert [who for _, who in surfaces_and_mentions(text)] == [["mountain rescue agency"]] * 2


@pytest.mark.parametrize(
    "medium", ["en rueda de prensa", "en un comunicado", "este martes en conferencia de prensa"]
)
def test_how_a_source_spoke_is_passed_over_to_find_it(medium: str) -> None:
    text = f"Hay 52 evacuados, detalló {medium} el Cuerpo de Bomberos."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Cuerpo de Bomberos"]


def test_a_passive_se_after_a_place_is_where_not_who() -> None:
    text = "En Oaxaca se reportan 11 muertos y 3 desaparecidos por el huracán."
    assert [who for _, who in surfaces_and_mentions(text)] == [[], []]


def test_a_place_that_reports_with_an_active_verb_keeps_its_government() -> None:
    text = "En Oaxaca reportaron 11 muertos por el huracán."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Gobierno de Oaxaca"]


def test_a_level_word_between_a_body_and_its_complement() -> None:
    text = "Murieron 14 pescadores, según la agencia regional de emergencias."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["agencia regional de emergencias"]


def test_the_civil_defence_is_a_source_and_can_be_named_after_its_figure() -> None:
    assert surfaces_and_mentions("The civil defence said 27 fishermen drowned.") == [
        ("27", ["civil defence"])
    ]
    text = "Some 27 fishermen drowned off the cape. The figure came from the civil defence."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["civil defence"]
