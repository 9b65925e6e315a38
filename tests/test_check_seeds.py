"""The engine on the curated seed claims: every real gap found, none of the false ones."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from discrepancy import Report, check, read_claims
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    Kind,
    SourceDisagreement,
    StockFlowMismatch,
)

from .checking import flagged_together, resolver


@pytest.fixture(scope="module")
def report() -> Report:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, errors = read_claims(data, name="seed_claims.json")
    assert errors == []
    return check(claims, resolver=resolver())


def _avc(report: Report, announced: str, confirmed: str) -> AnnouncedVsConfirmed:
    for d in report.discrepancies:
        if isinstance(d, AnnouncedVsConfirmed) and {announced, confirmed} <= set(d.claims):
            return d
    raise AssertionError(f"no announced_vs_confirmed for {announced} vs {confirmed}")


@pytest.mark.parametrize(
    ("announced", "confirmed", "unconfirmed_low", "unconfirmed_high"),
    [
        ("003-gov-116", "003-fp-41", 75, None),  # at least 116 vs 41
        ("004-gov-99", "004-fp-61", 38, 38),  # Christmas: 99 vs 61 by Dec 30
        ("002-gov-99", "004-fp-61", 38, 38),
        ("004-gov-87", "004-jeyp-33", 54, 54),  # New Year's Eve: 87 vs 33
    ],
)
def test_announced_vs_confirmed(
    report: Report,
    announced: str,
    confirmed: str,
    unconfirmed_low: float,
    unconfirmed_high: float | None,
) -> None:
    d = _avc(report, announced, confirmed)
    assert d.unconfirmed.low == unconfirmed_low
    assert (None if d.unconfirmed.high == float("inf") else d.unconfirmed.high) == unconfirmed_high
    assert d.severity.value == "high"


def test_the_116_summary_keeps_every_hedge(report: Report) -> None:
    d = _avc(report, "003-gov-116", "003-fp-41")
    assert "at least 116" in d.summary
    assert "41" in d.summary
    assert "at least 75 unconfirmed" in d.summary
    assert "at most 35% confirmed" in d.summary


@pytest.mark.parametrize(
    ("low", "high"),
    [
        ("002-fp-just-over-800", "002-jeyp-1085"),  # late December 2025
        ("001-fp-777", "001-clippve-1345"),  # January 19, 2026
        ("004-2000-taken-to-prison", "001-gov-2400"),  # after the July 2024 election
    ],
)
def test_source_disagreements(report: Report, low: str, high: str) -> None:
    assert any(
        isinstance(d, SourceDisagreement) and (low, high) in [p.ids for p in d.pairs]
        for d in report.discrepancies
    )


def test_jeyp_nearly_1000_against_its_own_1085(report: Report) -> None:
    assert flagged_together(report, "002-provea-jeyp-nearly-1000", "002-jeyp-1085")
    kinds = {
        d.kind
        for d in report.discrepancies
        if {"002-provea-jeyp-nearly-1000", "002-jeyp-1085"} <= set(d.claims)
    }
    assert Kind.SELF_CONTRADICTION in kinds


def test_foro_penal_stock_flow(report: Report) -> None:
    [d] = [
        d
        for d in report.discrepancies
        if isinstance(d, StockFlowMismatch) and d.closing == "001-fp-777"
    ]
    assert d.opening == "002-fp-just-over-800"
    assert d.outflows == ("001-fp-143",)
    assert (d.residual.low, d.residual.high) == (40, 120)
    assert d.same_claimant
    assert "40 to 120 more people" in d.summary


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("002-subtitle-nearly-100", "002-gov-99"),  # nearly 100 vs 99
        ("002-subtitle-nearly-100", "004-gov-99"),
        ("001-fp-nearly-800", "001-fp-777"),  # nearly 800 vs 777
        ("003-hr-800-1200", "002-jeyp-1085"),  # between 800 and 1,200 vs 1,085
        ("003-fp-41", "001-fp-143"),  # 41 by mid-January vs 143 by January 19
    ],
)
def test_consistent_claims_are_not_flagged(report: Report, a: str, b: str) -> None:
    assert not flagged_together(report, a, b)


def test_2018_never_meets_2025(report: Report) -> None:
    for d in report.discrepancies:
        years = {cid[:3] == "000" for cid in d.claims}
        assert years != {True, False}, d.summary


def test_every_seed_claimant_is_resolved(report: Report) -> None:
    pytest.importorskip("discrepancy.resolver")
    generic = {"NGOs", "human rights groups", "organizations supporting the inmates"}
    for claim in report.claims:
        for ref in claim.claimants:
            if ref.mention not in generic:
                assert ref.id is not None, (claim.id, ref.mention)
        if claim.outlet is not None:
            assert claim.outlet.id is not None or claim.id.startswith("003"), claim.outlet


def test_the_seed_report_keeps_its_gaps_and_no_more(report: Report) -> None:
    assert report.counts() == {
        "announced_vs_confirmed": 5,
        "source_disagreement": 4,
        "self_contradiction": 1,
        "stock_flow_mismatch": 1,
    }
    assert all(not re.search(r"(?<![\d,.])0 apart", d.summary) for d in report.discrepancies)
    # Foro Penal's running count of January releases went from 41 to 143: an update
    assert [(r.claim, r.revises) for r in report.revisions] == [("001-fp-143", "003-fp-41")]
