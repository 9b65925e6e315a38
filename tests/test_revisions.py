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


# --- a correction of a figure given long before (session 10, g-when) ------------------------


@pytest.mark.parametrize("metric", ["deaths", "muertes"])
def test_a_correction_more_than_a_year_later_is_a_revision(metric: str) -> None:
    # "the statistics office now puts the deaths of the 2022 outbreak at 170,000; it had
    # given 120,000 in its report of May 2022": the two are linked by the text, and a year
    # and a half apart (beyond ``flow_horizon_days``) they still meet, as a revision
    report = run(
        {"id": "old", "value": 120_000, "metric": metric, "claimant": "Statistics Office",
         "as_of": "2022-05-01", "scope": "Peru"},
        {"id": "new", "value": 170_000, "metric": metric, "claimant": "Statistics Office",
         "as_of": "2023-11-01", "scope": "Peru", "supersedes": "old"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises, r.explicit) == ("new", "old", True)


def test_an_unlinked_figure_a_year_and_a_half_later_is_still_no_revision() -> None:
    report = run(
        {"id": "old", "value": 120_000, "metric": "deaths", "claimant": "Statistics Office",
         "as_of": "2022-05-01", "scope": "Peru"},
        {"id": "new", "value": 170_000, "metric": "deaths", "claimant": "Statistics Office",
         "as_of": "2023-11-01", "scope": "Peru"},
    )  # fmt: skip
    assert report.discrepancies == ()
    assert report.revisions == ()


def test_a_linked_correction_of_another_place_is_not_met() -> None:
    report = run(
        {"id": "old", "value": 120_000, "metric": "deaths", "claimant": "Statistics Office",
         "as_of": "2022-05-01", "scope": "Peru"},
        {"id": "new", "value": 170_000, "metric": "deaths", "claimant": "Statistics Office",
         "as_of": "2023-11-01", "scope": "Chile", "supersedes": "old"},
    )  # fmt: skip
    assert report.revisions == ()
