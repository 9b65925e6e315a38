"""When two comparable counts conflict: materiality of a gap, bounds and restatements
(conflicts.py, Policy).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Policy

from .checking import flagged_together, run

# --- 1. materiality ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "bound"),
    [("300,000", "more than 300,000"), ("300.000", "más de 300.000")],
)
def test_a_bound_that_touches_a_figure_is_not_a_gap(stated: str, bound: str) -> None:
    report = run(
        {"id": "org", "value": stated, "metric": "protesters", "claimant": "Organizers",
         "event": "march"},
        {"id": "paper", "value": bound, "metric": "manifestantes", "claimant": "Diario",
         "event": "march"},
    )  # fmt: skip
    assert report.discrepancies == ()


def test_a_gap_below_the_precision_of_round_figures_is_not_one() -> None:
    base = {"metric": "protesters", "event": "rally"}
    close = run(
        {"id": "a", "value": "300,000", "claimant": "Union", **base},
        {"id": "b", "value": "310,000", "claimant": "Police", **base},
    )
    assert close.discrepancies == ()
    far = run(
        {"id": "a", "value": "300,000", "claimant": "Union", **base},
        {"id": "b", "value": "250,000", "claimant": "Police", **base},
    )
    assert flagged_together(far, "a", "b")


def test_the_relative_tolerance_is_a_policy_setting() -> None:
    records = [
        {"id": "a", "value": 1000, "qualifier": "exact", "metric": "muertos",
         "claimant": "Ministerio", "as_of": "2025-03-01"},
        {"id": "b", "value": 1020, "qualifier": "exact", "metric": "muertos",
         "claimant": "ONG", "as_of": "2025-03-01"},
    ]  # fmt: skip
    assert run(*records).discrepancies == ()
    strict = run(*records, policy=Policy(material_relative=0.0, precision_share=0.0))
    assert flagged_together(strict, "a", "b")


def test_no_summary_says_zero_apart() -> None:
    report = run(
        {"id": "a", "value": "fewer than 10", "metric": "injured", "claimant": "A",
         "as_of": "2025-01-01"},
        {"id": "b", "value": 10, "qualifier": "exact", "metric": "injured", "claimant": "B",
         "as_of": "2025-01-01"},
    )  # fmt: skip
    assert all(not re.search(r"(?<![\d,.])0 apart", d.summary) for d in report.discrepancies)
    assert report.discrepancies == ()


def _sig(n: int, digits: int) -> int:
    return int(float(f"{n:.{digits - 1}e}"))


@given(st.integers(100, 10_000_000), st.integers(2, 4), st.sampled_from(["", "about "]))
def test_a_restatement_at_another_precision_never_conflicts(
    n: int, digits: int, hedge: str
) -> None:
    rounded = _sig(n, digits)
    report = run(
        {"id": "a", "value": n, "qualifier": "exact", "metric": "displaced", "claimant": "UN",
         "as_of": "2025-05-01"},
        {"id": "b", "value": f"{hedge}{rounded:,}", "metric": "desplazados",
         "claimant": "Gobierno", "as_of": "2025-05-02"},
    )  # fmt: skip
    assert report.discrepancies == (), report.discrepancies[0].summary
