"""source_disagreement: the headline of a group of conflicting counts (detectors/disagreement.py,
detectors/_groups.py).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.discrepancies import (
    SourceDisagreement,
)
from tests.checking import run

# --- 7. group headlines -----------------------------------------------------------------------


@pytest.mark.parametrize("vague", ["thousands", "miles"])
def test_a_vague_member_does_not_set_the_headline(vague: str) -> None:
    base = {"metric": "protesters", "event": "strike-march"}
    report = run(
        {"id": "org", "value": 300_000, "qualifier": "exact", "claimant": "Organizers", **base},
        {"id": "pol", "value": 50_000, "qualifier": "exact", "claimant": "Police", **base},
        {"id": "paper", "value": vague, "claimant": "Daily", **base},
    )
    [d] = report.discrepancies
    assert isinstance(d, SourceDisagreement)
    assert (d.gap.absolute.low, d.gap.absolute.high) == (250_000, 250_000)
    assert "83%" in d.summary
    gaps = {p.ids: p.gap for p in d.pairs}
    assert gaps[("pol", "org")] is not None
    assert gaps[("pol", "org")].absolute.low == 250_000
    assert gaps[("paper", "org")] is not None
    assert gaps[("paper", "org")].relative.low > 0.9  # each pair keeps its own gap


@given(st.sampled_from(["thousands", "dozens", "hundreds", "miles", "decenas"]))
def test_adding_a_vague_count_never_changes_a_headline(vague: str) -> None:
    base = {"metric": "protesters", "event": "e"}
    pair = [
        {"id": "a", "value": 300_000, "qualifier": "exact", "claimant": "A", **base},
        {"id": "b", "value": 50_000, "qualifier": "exact", "claimant": "B", **base},
    ]
    [before] = run(*pair).discrepancies
    after = run(*pair, {"id": "v", "value": vague, "claimant": "V", **base}).discrepancies
    [same] = [d for d in after if {"a", "b"} <= set(d.claims)]
    assert same.gap == before.gap
    assert same.severity == before.severity
