"""Who gives each number in conflict, labour, migration and justice news (helper h-who-en,
session 12): invented sentences, English and Spanish."""

from __future__ import annotations

import pytest

from .claimants import surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The electoral board declared 2,000 voters ineligible, AFP reported.",
            "electoral board",
        ),
        ("The police detained 15 marchers, reported ANI.", "police"),
        (
            "The electoral board declared 2,000 voters ineligible, the AFP news agency reported.",
            "electoral board",
        ),
        ("La policía detuvo a 15 manifestantes, informó AFP.", "policía"),
    ],
)
def test_a_news_agency_closing_the_sentence_relays_the_subject_before_it(
    text: str, source: str
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_an_agency_alone_in_its_sentence_stays_the_source() -> None:
    text = "Some 40 people were pulled from the rubble overnight, AFP reported."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["AFP"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "About 1,800 workers stayed home, according to the 10 port unions that called "
            "the stoppage.",
            "10 port unions",
        ),
        (
            "Unos 1.800 trabajadores no acudieron al puerto, según los 10 sindicatos convocantes.",
            "10 sindicatos convocantes",
        ),
    ],
)
def test_a_number_after_a_plural_article_belongs_to_the_source_it_counts(
    text: str, source: str
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("U.S.-led coalition said that at least 24 insurgents were killed.", "U.S.-led coalition"),
        ("The Saudi-led coalition said 40 fighters had been killed.", "Saudi-led coalition"),
    ],
)
def test_a_name_before_led_only_modifies_the_body_that_speaks(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_a_name_before_led_is_no_second_source() -> None:
    text = "The Kurdish-led Northern Front said 40 fighters had been killed."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Northern Front"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Twelve soldiers were hurt, a coalition statement said.", "coalition"),
        ("Twelve soldiers were hurt, an army statement said.", "army"),
    ],
)
def test_a_body_noun_before_statement_names_its_author(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_it_said_refers_to_the_body_a_statement_came_from() -> None:
    text = (
        "A patrol was ambushed on Sunday, a coalition statement said. The blast killed one "
        "driver and wounded three soldiers, it said."
    )
    assert surfaces_and_mentions(text) == [("one", ["coalition"]), ("three", ["coalition"])]


@pytest.mark.parametrize(
    "text",
    [
        "A bomb killed two guards in the capital, officials said. A march in the south, "
        "meanwhile, left seven dead and 31 injured.",
        "A bomb killed two guards in the capital, officials said. Separately, a march in the "
        "south left seven dead and 31 injured.",
    ],
)
def test_a_word_that_turns_to_another_event_takes_no_source_from_before(text: str) -> None:
    assert surfaces_and_mentions(text) == [
        ("two", ["officials"]),
        ("seven", []),
        ("31", []),
    ]


def test_without_the_turn_the_source_before_goes_on() -> None:
    text = (
        "A bomb killed two guards in the capital, officials said. A march in the south left "
        "seven dead and 31 injured."
    )
    assert [who for _, who in surfaces_and_mentions(text)] == [["officials"]] * 3


def test_spanish_turn_to_another_event_takes_no_source_from_before() -> None:
    text = (
        "Dos policías murieron en la capital, dijeron las autoridades. Por otra parte, una "
        "marcha en el sur dejó siete muertos."
    )
    assert surfaces_and_mentions(text)[-1] == ("siete", [])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The office responsible for the shelters said it had taken in 300 people.",
            "office responsible for the shelters",
        ),
        (
            "The agency in charge of the camps said 300 people arrived overnight.",
            "agency in charge of the camps",
        ),
        (
            "La agencia encargada de los albergues dijo que llegaron 300 personas.",
            "agencia encargada de los albergues",
        ),
    ],
)
def test_a_body_with_a_modifier_after_its_head_speaks_as_written(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The opposition protested, saying that 300 had been detained.", "opposition"),
        ("Relatives gathered outside the jail, insisting that 300 were held.", "Relatives"),
        ("The union staged a rally on Monday, saying 300 members had been sacked.", "union"),
    ],
)
def test_a_gerund_of_saying_after_a_comma_shares_the_opening_subject(
    text: str, source: str
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_a_gerund_after_an_event_still_gives_no_source() -> None:
    text = "Five more people died in the town, raising the toll to 30."
    assert [who for _, who in surfaces_and_mentions(text)] == [[], []]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Al-Nahda said 40 marchers were arrested.", "Al-Nahda"),
        ("The opposition bloc Al-Nahda said 40 marchers were arrested.", "Al-Nahda"),
    ],
)
def test_a_hyphen_between_two_capitals_keeps_the_whole_name(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Alfa, Brix and Corda said 4,000 members walked out.",
        "The unions Alfa, Brix and Corda said 4,000 members walked out.",
    ],
)
def test_a_list_of_one_word_names_is_split_at_its_commas(text: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Alfa", "Brix", "Corda"]


def test_an_opener_before_a_pair_of_names_is_no_name() -> None:
    text = "On Monday, Brix and Corda said 4,000 members walked out."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Brix", "Corda"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The court jailed 101 marchers, according to officials and defence lawyers. "
            "They said 79 of them were fined.",
            "officials and defence lawyers",
        ),
        ("The court jailed 101 marchers, residents said. They said 79 were fined.", "residents"),
    ],
)
def test_they_refers_to_the_group_that_spoke_before(text: str, source: str) -> None:
    assert [who for _, who in surfaces_and_mentions(text)] == [[source], [source]]


def test_they_after_a_named_source_goes_with_it() -> None:
    text = (
        "Residents said 101 marchers were jailed. The ministry said 20 died. They said 79 "
        "of them were fined."
    )
    assert [who for _, who in surfaces_and_mentions(text)][-1] == ["ministry"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Provincial officials have increased the region's death toll to 228.", "officials"),
        ("Las autoridades aumentaron el balance de muertos a 228.", "autoridades"),
    ],
)
def test_who_increases_a_toll_gives_it(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert source in who[0]


def test_a_verb_of_increase_without_a_toll_names_no_source() -> None:
    text = "The storm increased pressure on 40 hospitals."
    assert all(who == [] for _, who in surfaces_and_mentions(text))


@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "Officials raised the toll to 228, meaning that the total number of people killed "
            "in the floods now stands at 282, AP reported.",
            ["AP"],
        ),
        ("Officials raised the toll to 228, meaning that the total now stands at 282.", []),
    ],
)
def test_a_figure_the_outlet_infers_is_not_the_source_s(text: str, last: list[str]) -> None:
    found = surfaces_and_mentions(text)
    assert found[0] == ("228", ["Officials"])
    assert found[-1] == ("282", last)


def test_by_means_of_is_no_inference() -> None:
    text = "The unions said 4,000 workers travelled by means of 30 buses."
    assert surfaces_and_mentions(text)[0] == ("4,000", ["unions"])


def test_a_generic_head_refers_to_the_last_source_whose_name_ends_in_it() -> None:
    text = "The UN refugee agency said 300 people had crossed. The agency said 20 others drowned."
    assert [who for _, who in surfaces_and_mentions(text)] == [["UN refugee agency"]] * 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Five people were killed, the Syrian state news agency SANA reported.", ["SANA"]),
        ("Five people were killed, the French news agency AFP reported.", ["AFP"]),
        ("Italy and UNHCR said 40 migrants drowned.", ["Italy", "UNHCR"]),
    ],
)
def test_a_country_adjective_before_a_named_body_is_no_second_source(
    text: str, source: list[str]
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("State radio quoted the governor as saying 40 people died.", "governor"),
        ("The governor was quoted by Reuters as saying 40 people died.", "governor"),
        ("Forty people died, Xinhua quoted the governor as saying.", "governor"),
        ("The agency quoted Interior Minister Ana Ruiz as saying 40 died.", "Interior Ministry"),
    ],
)
def test_who_an_outlet_quotes_as_saying_gives_the_figure(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_according_to_an_agency_after_the_clause_relays_its_subject() -> None:
    text = "The army said 40 militants were killed, according to a statement carried by SANA."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["army"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police arrested the mayor along with 15 other marchers.", "Police"),
        ("La policía detuvo al alcalde junto a 15 manifestantes.", "policía"),
    ],
)
def test_the_agent_of_an_object_joined_with_a_number_gives_it(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_a_participle_joined_with_a_number_names_no_agent() -> None:
    text = "Marchers arrested along with 15 others were freed."
    assert all(who == [] for _, who in surfaces_and_mentions(text))


@pytest.mark.parametrize(
    "text",
    [
        "The West Bengal police said 15 people died.",
        "The West Bengal police detained the mayor along with 15 other marchers, reported ANI.",
    ],
)
def test_a_region_of_two_words_before_police_is_its_police(text: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["West Bengal police"]
