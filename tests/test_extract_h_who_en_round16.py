"""Who gives each number in English news never seen (helper h-who-en, session 13, round 16):
invented sentences, English and, where the phrasing has both, Spanish."""

from __future__ import annotations

import pytest

from .claimants import mentions, surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The ministry said 50 marchers were detained. Rights groups dispute this, putting "
            "the number at 300.",
            "Rights groups",
        ),
        (
            "Officials put the toll at 12. Village elders reject that figure, saying at least "
            "40 died.",
            "Village elders",
        ),
        (
            "The ministry says 20 were hurt. The opposition questions the count, estimating "
            "that 90 were injured.",
            "opposition",
        ),
    ],
)
def test_a_gerund_after_a_clause_of_disputing_takes_its_subject(text: str, second: str) -> None:
    assert mentions(text)[-1] == [second]


def test_a_gerund_with_only_an_article_after_it_names_no_source() -> None:
    text = "The ministry said 50 marchers were detained. Rights groups dispute this, putting "
    text += "the number at 300."
    assert "the" not in {w.lower() for who in mentions(text) for w in who}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Some 200 people are feared drowned, the Harbour Relief Agency said on Monday, "
            "citing survivors' accounts.",
            "Harbour Relief Agency",
        ),
        (
            "The Red Cross said 80 villagers were missing, citing witnesses.",
            "Red Cross",
        ),
        (
            "La Cruz Roja dijo que 80 vecinos seguían desaparecidos, citando testimonios de "
            "supervivientes.",
            "Cruz Roja",
        ),
    ],
)
def test_a_body_citing_witnesses_gives_the_figure_itself(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At least 40 people were killed, Reuters reported, citing witnesses.", "witnesses"),
        ("The Red Cross said 80 people were missing, citing local officials.", "local officials"),
    ],
)
def test_an_outlet_citing_witnesses_or_a_body_citing_officials_relays(
    text: str, source: str
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The authorities gave a lower figure of 87 deaths.", "authorities"),
        ("Medics said 128 died. The junta offered a much lower figure of 60 dead.", "junta"),
        ("Las autoridades dieron una cifra menor de 87 muertos.", "autoridades"),
    ],
)
def test_a_body_that_gives_a_lower_or_higher_figure_is_its_source(text: str, source: str) -> None:
    assert mentions(text)[-1] == [source]


def test_while_before_an_ing_form_is_no_contrast() -> None:
    text = (
        "Teachers first reported 200 pupils missing, but 40 more were seized while trying to "
        "flee, the head teacher, Ana Obi, told the BBC."
    )
    found = surfaces_and_mentions(text)
    assert found[-1] == ("40", ["Ana Obi"])


def test_while_before_a_subject_still_splits_two_sources() -> None:
    text = "Police counted 25,000 marchers while organizers said 100,000 took part."
    assert mentions(text) == [["Police"], ["organizers"]]


@pytest.mark.parametrize(
    "text",
    [
        "The toll stood at 40. That figure came from the health ministry, which also reported "
        "12 missing.",
        "At least 40 people died in the floods. This is according to the civil protection "
        "agency, which said 300 people were evacuated.",
        "Al menos 40 personas murieron. Así lo informó la Cruz Roja, que cifró en 300 los "
        "evacuados.",
    ],
)
def test_a_next_sentence_pointing_back_gives_its_source_to_both_figures(text: str) -> None:
    first, second = mentions(text)
    assert first == second != []
    assert "figure" not in first[0]


def test_a_next_sentence_opening_with_a_day_lends_nothing_back() -> None:
    text = "At least 40 people died in the floods. This week the Red Cross said 300 people were "
    text += "evacuated."
    assert mentions(text) == [[], ["Red Cross"]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "More than 2,000 people marched in the capital. The estimate came from organizers.",
            "organizers",
        ),
        (
            "Más de 2.000 personas marcharon. La estimación procede de los organizadores.",
            "organizadores",
        ),
    ],
)
def test_an_estimate_said_to_come_from_a_source_is_its(text: str, source: str) -> None:
    assert mentions(text) == [[source]]


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("Two army officers said 15 militants were killed in the raid.", ["15"]),
        ("Three witnesses told AFP that 20 villagers were killed.", ["20"]),
        (
            "Two police officers, who asked not to be named, said 15 militants were killed.",
            ["15"],
        ),
        ("Five doctors were injured in the attack, officials said.", ["Five"]),
    ],
)
def test_the_people_who_speak_are_no_count(text: str, counted: list[str]) -> None:
    assert [s for s, _ in surfaces_and_mentions(text)] == counted


def test_speakers_keep_their_own_words_as_the_source() -> None:
    [(surface, who)] = surfaces_and_mentions("Two army officers said 15 militants were killed.")
    assert (surface, who) == ("15", ["Two army officers"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police have made 20 arrests so far.", "Police"),
        ("From what we know, the riot police have made 20 arrests.", "riot police"),
        ("The coast guard carried out 30 rescues overnight.", "coast guard"),
        ("La policía realizó 20 detenciones durante la marcha.", "policía"),
    ],
)
def test_who_makes_arrests_gives_their_count(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_a_light_verb_with_no_act_of_people_names_nobody() -> None:
    assert surfaces_and_mentions("The team made 20 trips to the village.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Security and medical sources said 12 people were killed. The sources said 30 "
            "were wounded.",
            "Security and medical sources",
        ),
        (
            "Medical sources said 12 people were killed. The same sources said 30 were wounded.",
            "Medical sources",
        ),
        (
            "Fuentes médicas dijeron que 12 personas murieron. Las mismas fuentes dijeron que "
            "30 resultaron heridas.",
            "Fuentes médicas",
        ),
    ],
)
def test_the_sources_name_the_fuller_source_before(text: str, source: str) -> None:
    assert mentions(text) == [[source], [source]]


def test_the_sources_after_two_kinds_of_sources_stay_as_written() -> None:
    text = (
        "Medical sources said 12 people were killed, while security sources said 20 died. "
        "The sources said 30 were wounded."
    )
    assert mentions(text)[-1] == ["sources"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Two police officers, who spoke on condition of anonymity, said 15 gunmen died.",
            "Two police officers",
        ),
        (
            "Hospital officials, who asked not to be named, said 15 gunmen died.",
            "Hospital officials",
        ),
    ],
)
def test_a_relative_with_its_own_verb_of_saying_is_passed_over(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The union that organized the march said 5,000 people attended.", "union"),
        (
            "The alliance of four unions that called the stoppage estimates that 60% of "
            "workers stayed home.",
            "alliance of four unions",
        ),
    ],
)
def test_a_that_relative_on_the_subject_is_passed_over(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_said_that_opens_no_relative() -> None:
    [(_, who)] = surfaces_and_mentions("The mayor said that police arrested 40 people.")
    assert who == ["police"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Lakeland Police Service spokesman Tom Ade said 12 people died. Police said 40 "
            "more were injured.",
            "Lakeland Police Service",
        ),
        (
            "The Clean Air Alliance called the rally. Organizers said 200,000 people came.",
            "Clean Air Alliance",
        ),
    ],
)
def test_a_bare_generic_plural_is_the_body_named_before(text: str, source: str) -> None:
    assert mentions(text)[-1] == [source]


def test_a_bare_generic_plural_with_no_body_before_stays_as_written() -> None:
    assert mentions("Police said 40 people were injured.") == [["Police"]]


def test_the_outlet_after_said_on_is_the_medium_not_the_speaker() -> None:
    text = "Mayor of Kestrel Ana Ruiz Jr. said on NBC's morning show that 12 more people died."
    assert "NBC" not in [w for who in mentions(text) for w in who]


def test_said_on_a_weekday_still_reads_the_speaker_after_it() -> None:
    text = "At least 40 people died, said on Monday the regional governor."
    assert mentions(text) == [["regional governor"]]


@pytest.mark.parametrize(
    "text",
    [
        "The army said 12 soldiers were killed. State radio reported that 40 fighters died. "
        "In a second report, it said 300 were detained.",
        "Police said 12 officers were hurt. State television reported 40 marchers were "
        "injured. It said 300 were detained overnight.",
    ],
)
def test_it_after_an_outlet_spoke_is_that_outlet(text: str) -> None:
    found = mentions(text)
    assert found[-1] == found[-2] != found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor confirmed a toll of 60, well above the 26 people reported killed earlier "
        "by the Civil Protection Board.",
        "Quoting its director, the Kestrel Herald reported that the toll had doubled since the "
        "26 people reported dead on Tuesday by the Civil Protection Board.",
    ],
)
def test_the_agent_after_a_participle_of_saying_gives_its_figure(text: str) -> None:
    assert mentions(text)[-1] == ["Civil Protection Board"]


def test_a_participle_of_doing_names_no_source() -> None:
    assert mentions("The 30 people killed by the army were buried on Monday.") == [[]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Flood Risk Reduction and Management Council said 26 people died.",
            ["Flood Risk Reduction and Management Council"],
        ),
        ("UNHCR and IOM said 300 people had fled.", ["UNHCR", "IOM"]),
        (
            "Amnesty International and Human Rights Watch said 300 people were detained.",
            ["Amnesty International", "Human Rights Watch"],
        ),
    ],
)
def test_and_joins_one_name_when_only_the_part_after_it_has_a_head(
    text: str, source: list[str]
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("At least 40 people died in the floods. The Red Cross gave the figure.", "Red Cross"),
        (
            "At least 40 people died in the floods, and 300 were missing. The civil "
            "protection agency provided the numbers.",
            "civil protection agency",
        ),
        ("Al menos 40 personas murieron. La Cruz Roja facilitó las cifras.", "Cruz Roja"),
    ],
)
def test_a_next_sentence_that_gives_the_figures_is_their_source(text: str, source: str) -> None:
    assert all(who == [source] for who in mentions(text))


def test_a_next_sentence_that_gives_something_else_lends_nothing() -> None:
    text = "At least 40 people died in the floods. The Red Cross gave shelter to the survivors."
    assert mentions(text) == [[]]
