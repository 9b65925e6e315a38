"""announced_vs_confirmed: pledges are targets, set against what was done (detectors/announced.py).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.checking import kinds, run

# --- 5. pledges are targets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pledged", "done"), [("releases", "released"), ("excarcelaciones", "excarcelados")]
)
def test_a_pledge_is_set_against_what_was_done(pledged: str, done: str) -> None:
    report = run(
        {"id": "pledge", "value": 400, "metric": pledged, "claimant": "Government",
         "status": "pledged", "as_of": "2025-03-01"},
        {"id": "done", "value": 95, "metric": done, "claimant": "Red Cross",
         "status": "carried_out", "as_of": "2025-03-10"},
    )  # fmt: skip
    assert kinds(report) == ["announced_vs_confirmed"]
    [d] = report.discrepancies
    assert "longer period" not in d.summary
    assert d.unconfirmed.low == 305


@given(st.integers(1, 1000), st.integers(1, 1000), st.integers(0, 60))
def test_a_pledge_is_never_a_count_over_a_period(pledge: int, done: int, days: int) -> None:
    end = dt.date(2025, 3, 1) + dt.timedelta(days=days)
    report = run(
        {"id": "pledge", "value": pledge, "metric": "releases", "claimant": "Gov",
         "status": "pledged", "as_of": "2025-03-01"},
        {"id": "done", "value": done, "metric": "releases", "claimant": "NGO",
         "status": "carried_out", "as_of": end.isoformat()},
    )  # fmt: skip
    assert set(kinds(report)) <= {"announced_vs_confirmed"}
