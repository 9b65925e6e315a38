"""Status binds to its own clause; a target is not a count (round 4, audit pattern P8):
invented sentences, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _status(text: str) -> list[str]:
    return [claim.status.value for claim in extract(text, published=PUBLISHED)]


def test_an_estimated_before_one_number_does_not_reach_the_other_clause() -> None:
    text = "Some 11,200 people are reported injured and an estimated 60,000 have lost their homes."
    assert _status(text) == ["reported", "estimated"]


@pytest.mark.parametrize(
    "text",
    [
        "Organizers had hoped to draw 50,000 people.",
        "Organizers expect 50,000 marchers on Saturday.",
        "Los convocantes esperaban 50.000 asistentes.",
        "Se espera la llegada de 20.000 manifestantes.",
    ],
)
def test_a_crowd_target_is_pledged_not_counted(text: str) -> None:
    assert _status(text) == ["pledged"]


def test_the_target_and_the_count_of_a_contrast_keep_their_own_status_and_source() -> None:
    text = "Los convocantes esperaban 50.000 asistentes, pero la policía contó 20.000."
    claims = extract(text, published=PUBLISHED)
    assert [c.status.value for c in claims] == ["pledged", "reported"]
    assert [[r.mention for r in c.claimants] for c in claims] == [["convocantes"], ["policía"]]


def test_a_count_after_the_target_clause_is_reported() -> None:
    text = "Organizers had hoped for a big turnout; police counted 12,000 marchers."
    assert _status(text) == ["reported"]


def test_a_release_the_government_will_make_stays_announced() -> None:
    assert _status("The government will free 300 prisoners.") == ["announced"]
