"""Small readings the lead added after the seventh audit (issue 9, round 10): "till" is
"until", a phrase after a bare figure is not what it counts, and a verb of clarifying reports
a figure. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2024, 3, 7)  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "The relief agency put the flood's death toll at 312 till Monday evening.",
        "Officials said 312 people had died in the floods till Monday.",
    ],
)
def test_till_is_until(text: str) -> None:
    """ "till" is "until": the figure is read (never "312 till" as a noun counted) and is
    dated up to the day it names (lead, round 10)."""
    (claim,) = extract(text, published=PUBLISHED)
    assert claim.quantity.surface == "312"
    assert claim.metric == "deaths"
    assert claim.as_of is not None
    assert claim.as_of.start is None
    assert claim.as_of.end == dt.date(2024, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "A regional official put the death toll at 640 based on hospital records.",
        "The toll was 640 due to the floods, officials said.",
        "Officials said the toll stood at 640 owing to the landslides.",
    ],
)
def test_a_phrase_after_a_bare_figure_is_not_what_it_counts(text: str) -> None:
    """ "based on", "due to", "owing to" after a figure with no noun open a phrase, as
    "according to" does: the figure keeps the metric of its context (lead, round 10)."""
    assert [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)] == [
        ("640", "deaths")
    ]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "The interior minister clarified on Sunday that 640 people had died.",
            "interior minister",
        ),
        ("El ministro del Interior aclaró el sábado que los muertos eran 640.", "minist"),
    ],
)
def test_who_clarified_a_figure_gave_it(text: str, who: str) -> None:
    """A verb of clarifying reports a figure as "explained" does (lead, round 10)."""
    (claim,) = extract(text, published=PUBLISHED)
    assert next(r.mention for r in claim.claimants).lower().startswith(who)
