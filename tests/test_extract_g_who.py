"""Who gives each number in disaster, toll, outbreak and migration news (helper g-who):
invented sentences, English and Spanish."""

from __future__ import annotations

import pytest

from .claimants import surfaces_and_mentions


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
