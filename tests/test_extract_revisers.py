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
