"""Revisions: a claimant's later count replaces its earlier one, never contradicts it
(revisions.py, detectors/_comparisons.py).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .checking import run

# --- 8. revisions -----------------------------------------------------------------------------


@pytest.mark.parametrize("metric", ["deaths", "fallecidos"])
def test_a_later_count_of_one_claimant_is_a_revision(metric: str) -> None:
    report = run(
        {"id": "first", "value": 9, "metric": metric, "claimant": "Civil Protection",
         "as_of": "2025-10-01", "event": "floods"},
        {"id": "then", "value": 12, "metric": metric, "claimant": "Civil Protection",
         "as_of": "2025-10-03", "event": "floods"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises, r.explicit) == ("then", "first", False)
    assert "from 9" in r.summary
    assert "to 12" in r.summary


def test_a_running_total_revised_down_by_its_claimant_is_a_revision() -> None:
    report = run(
        {"id": "mon", "value": 47, "metric": "muertes", "claimant": "Observatorio",
         "as_of": {"start": "2021-04-28", "end": "2021-05-10"}, "event": "paro"},
        {"id": "tue", "value": 42, "metric": "muertes", "claimant": "Observatorio",
         "as_of": {"start": "2021-04-28", "end": "2021-05-11"}, "event": "paro"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises) == ("tue", "mon")


def test_supersedes_names_the_revision() -> None:
    report = run(
        {"id": "old", "value": 45_000, "metric": "displaced", "claimant": "Agency",
         "as_of": "2025-04-01"},
        {"id": "new", "value": "42,000", "metric": "displaced", "claimant": "Agency",
         "as_of": "2025-04-01", "published": "2025-04-03", "supersedes": "old"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises, r.explicit) == ("new", "old", True)
    assert "Revisions" in report.to_text()


@given(st.integers(1, 10_000), st.integers(1, 10_000), st.integers(1, 6))
def test_a_claimant_at_two_dates_never_contradicts_itself(a: int, b: int, days: int) -> None:
    later = dt.date(2025, 1, 1) + dt.timedelta(days=days)
    report = run(
        {"id": "x", "value": a, "metric": "missing", "claimant": "Red Cross",
         "as_of": "2025-01-01"},
        {"id": "y", "value": b, "metric": "desaparecidos", "claimant": "Red Cross",
         "as_of": later.isoformat()},
    )  # fmt: skip
    assert report.discrepancies == ()
