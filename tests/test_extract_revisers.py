"""Who revises a figure gives it: the subject of "lowered", "revised", "downgrading" is the
source of the figures it revises, and the later one replaces the earlier."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy.extraction import extract

PUBLISHED = dt.date(2024, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        "The health agency lowered the death toll from 60 to 38 on Wednesday.",
        "The health agency revised the number of dead from 60 to 38 after a recount.",
        "Reports clashed on Wednesday, with the health agency downgrading the number of dead "
        "from 60 to 38.",
    ],
)
def test_the_reviser_is_the_source_and_the_later_figure_replaces_the_earlier(text: str) -> None:
    first, second = extract(text, published=PUBLISHED)
    assert (first.quantity.surface, second.quantity.surface) == ("60", "38")
    assert second.supersedes == first.id
    for claim in (first, second):
        assert [c.mention for c in claim.claimants] == ["health agency"]


def test_a_final_figure_a_calculation_produced_is_no_revision() -> None:
    text = (
        "Stewards of the tenants' league reckoned 5,100 people joined the walk, while "
        "officers put the largest crowd at 2,200.\n\nThe league explained how it got there. "
        "Its base mean was roughly 3,400, which the league multiplied by 1.5 for the lanes "
        "nearby. This yielded its final figure of roughly 5,100."
    )
    claims = extract(text, published=PUBLISHED)
    assert [c.quantity.surface for c in claims][-1] == "roughly 5,100"
    assert all(c.supersedes is None for c in claims)


def test_a_final_turnout_still_replaces_the_earlier_one() -> None:
    text = (
        "The election board said turnout was about 55 percent on Sunday evening. On Monday "
        "the election board said the final turnout was 58.3 percent."
    )
    first, second = extract(text, published=PUBLISHED)
    assert second.supersedes == first.id
