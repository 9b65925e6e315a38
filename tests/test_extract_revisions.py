"""Revisions (issue 9, failure class 4): "rose from 9 to 12" is two figures, the later one
superseding the earlier, never a range."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Qualifier, extract

PUBLISHED = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        ("The death toll rose from 9 to 12, officials said.", 9, 12),
        ("El número de muertos pasó de nueve a doce, informó la Defensa Civil.", 9, 12),
        (
            "La cifra de desplazados subió de 2.310 a 4.875 personas, según la Defensoría.",
            2310,
            4875,
        ),
        ("Officials revised the toll down from 40 to 31 deaths.", 40, 31),
    ],
)
def test_a_revision_is_two_claims_the_later_superseding(
    text: str, earlier: int, later: int
) -> None:
    first, second = extract(text, published=PUBLISHED)
    assert (first.quantity.low, second.quantity.low) == (earlier, later)
    assert Qualifier.RANGE not in (first.quantity.qualifier, second.quantity.qualifier)
    assert second.supersedes == first.id
    assert first.supersedes is None
    assert first.metric == second.metric


@pytest.mark.parametrize(
    "text",
    [
        "From 800 to 1,200 people marched, police said.",
        "Entre 800 y 1.200 personas marcharon, según la policía.",
        "De 800 a 1.200 personas marcharon, según la policía.",
    ],
)
def test_without_a_change_verb_it_stays_a_range(text: str) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.quantity.qualifier is Qualifier.RANGE
    assert claim.supersedes is None
