"""parts_exceed_whole, and parts that are still counts of their own (detectors/parts.py).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.checking import flagged_together, run

# --- 3. parts are still counts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "ngo"),
    [("homicides", "deaths", "homicides"), ("homicidios", "muertes", "homicidios")],
)
def test_a_part_of_another_metric_is_still_a_count(part: str, whole: str, ngo: str) -> None:
    report = run(
        {"id": "all", "value": "at least 31", "metric": whole, "claimant": "Prosecutors",
         "event": "unrest"},
        {"id": "part", "value": 14, "metric": part, "claimant": "Prosecutors",
         "event": "unrest", "part_of": "all"},
        {"id": "ngo", "value": 45, "metric": ngo, "claimant": "Rights Group",
         "event": "unrest"},
    )  # fmt: skip
    assert flagged_together(report, "part", "ngo")
    assert not flagged_together(report, "part", "all")


def test_slices_of_a_whole_are_not_totals() -> None:
    report = run(
        {"id": "wave", "value": 99, "metric": "releases", "claimant": "Gov", "event": "w"},
        {"id": "women", "value": 30, "metric": "releases", "claimant": "Gov", "event": "w",
         "part_of": "wave"},
        {"id": "ngo", "value": 97, "metric": "liberados", "claimant": "ONG", "event": "w"},
    )  # fmt: skip
    assert report.discrepancies == ()


@given(st.integers(1, 500), st.integers(1, 500), st.booleans())
def test_naming_a_whole_never_hides_a_conflict(ours: int, theirs: int, spanish: bool) -> None:
    metric = "homicidios" if spanish else "homicides"
    records: list[dict[str, Any]] = [
        {"id": "whole", "value": 1000, "metric": "deaths", "claimant": "P", "event": "e"},
        {"id": "part", "value": ours, "metric": metric, "claimant": "P", "event": "e"},
        {"id": "other", "value": theirs, "metric": metric, "claimant": "N", "event": "e"},
    ]
    plain = flagged_together(run(*records), "part", "other")
    records[1] = {**records[1], "part_of": "whole"}
    assert flagged_together(run(*records), "part", "other") == plain
