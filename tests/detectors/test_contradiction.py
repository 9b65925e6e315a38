"""self_contradiction: one voice, one text (detectors/contradiction.py).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.discrepancies import (
    SelfContradiction,
)
from tests.checking import flagged_together, run

# --- one voice, one text ---------------------------------------------------------------------


def _said(
    cid: str, value: object, who: str | list[str], doc: str, start: int, metric: str
) -> dict[str, Any]:
    return {
        "id": cid, "value": value, "metric": metric, "claimant": who, "scope": "Colombia",
        "as_of": "2026-02-01", "evidence": {"doc": doc, "start": start, "end": start + 40},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("whole", "part", "metric"),
    [
        # "The Defence Ministry counts 97 hostages; 35 of them are held by one rebel group."
        (97, 35, "hostages"),
        # "Según el ministerio, 42% de los maestros de primaria y 34% de los de secundaria
        # pararon."
        ("42%", "34%", "huelguistas"),
    ],
)
def test_two_figures_of_one_source_in_one_text_are_two_quantities(
    whole: object, part: object, metric: str
) -> None:
    report = run(
        _said("whole", whole, "Ministry", "story.txt", 0, metric),
        _said("part", part, "Ministry", "story.txt", 60, metric),
    )
    assert report.discrepancies == ()


def test_one_source_across_two_texts_still_contradicts_itself() -> None:
    report = run(
        _said("monday", 97, "Ministry", "monday.txt", 0, "hostages"),
        _said("tuesday", 35, "Ministry", "tuesday.txt", 0, "hostages"),
    )
    [d] = report.discrepancies
    assert isinstance(d, SelfContradiction)
    assert d.claimant == "Ministry"


def test_a_joint_figure_and_one_partners_own_in_one_text_still_contradict() -> None:
    # "Two monitors put the prisoners at nearly 1,000; one of them alone lists 1,085."
    report = run(
        _said("joint", "nearly 1,000", ["Monitor A", "Monitor B"], "story.txt", 0, "hostages"),
        _said("alone", 1085, "Monitor B", "story.txt", 60, "hostages"),
    )
    [d] = report.discrepancies
    assert isinstance(d, SelfContradiction)


@settings(max_examples=40)
@given(
    low=st.integers(min_value=1, max_value=10_000),
    factor=st.integers(min_value=2, max_value=50),
    same_doc=st.booleans(),
)
def test_one_voice_in_one_text_is_never_a_self_contradiction(
    low: int, factor: int, same_doc: bool
) -> None:
    report = run(
        _said("a", low, "Monitor", "one.txt", 0, "hostages"),
        _said("b", low * factor, "Monitor", "one.txt" if same_doc else "two.txt", 60, "hostages"),
    )
    flagged = any(isinstance(d, SelfContradiction) for d in report.discrepancies)
    assert flagged is not same_doc


def test_an_event_count_dated_by_publication_stays_on_its_day() -> None:
    """A crowd count is of one occasion: a count dated only by the article meets a count
    dated that day (it is not read as a running total "so far")."""
    report = run(
        {
            "id": "police",
            "value": 25_000,
            "metric": "protesters",
            "scope": "Leeds",
            "claimant": "West Yorkshire Police",
            "published": "2026-09-16",
        },
        {
            "id": "organizers",
            "value": "more than 100,000",
            "metric": "marchers",
            "scope": "Leeds",
            "claimant": "March Committee",
            "as_of": "2026-09-16",
            "published": "2026-09-16",
        },
    )
    assert flagged_together(report, "police", "organizers")
