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
