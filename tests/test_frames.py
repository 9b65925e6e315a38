"""Reports as DataFrames and DataFrames read as claims (pandas; polars where installed)."""

from __future__ import annotations

import math
import sys
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Claim, Report, check, claim_to_record, read_claims
from discrepancy.errors import UsageError
from discrepancy.frames import CLAIM_COLUMNS, DERIVED_CLAIM_COLUMNS, DISCREPANCY_COLUMNS

from .checking import resolver
from .strategies import record_claims

pd = pytest.importorskip("pandas", reason="the DataFrame tests need pandas (discrepancy[pandas])")


@pytest.fixture(scope="module")
def seed_report() -> Report:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, errors = read_claims(data, name="seed_claims.json")
    assert errors == []
    return check(claims, resolver=resolver())


def _records(claims: list[Claim] | tuple[Claim, ...]) -> list[dict[str, object]]:
    return [claim_to_record(c) for c in claims]


def test_claims_frame(seed_report: Report) -> None:
    frame = seed_report.to_frame()
    assert list(frame.columns) == [*CLAIM_COLUMNS, *DERIVED_CLAIM_COLUMNS]
    assert len(frame) == len(seed_report.claims) > 0
    row = frame.set_index("id").loc["001-clippve-1345"]
    assert row["value"] == "more than 1,345"
    assert row["low"] == 1345
    assert math.isinf(row["high"])
    assert row["claimant"] == ["Diego Casanova"]
    assert row["claimant_names"] == "Clippve"
    assert row["status_class"] == "neutral"
    assert row["period_end"] == pd.Timestamp("2026-01-19")
    assert str(frame["published"].dtype).startswith("datetime64")
    both = frame.set_index("id").loc["002-provea-jeyp-nearly-1000", "claimant"]
    assert both == ["Provea", "Justicia, Encuentro y Perdón"]


def test_discrepancies_frame(seed_report: Report) -> None:
    frame = seed_report.to_frame("discrepancies")
    assert list(frame.columns) == list(DISCREPANCY_COLUMNS)
    assert frame["kind"].value_counts().to_dict() == seed_report.counts()
    top = frame.iloc[0]
    assert top["claims"] == "003-fp-41; 003-gov-116"
    assert (top["gap_low"], top["gap_high"]) == (75, math.inf)


def test_seed_claims_read_back_from_their_frame(seed_report: Report) -> None:
    claims, errors = read_claims(seed_report.to_frame())
    assert errors == []
    assert _records(claims) == _records(seed_report.claims)


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(record_claims(), max_size=6, unique_by=lambda c: c.id))
def test_any_claims_read_back_from_their_frame(claims: list[Claim]) -> None:
    report = Report(claims=claims, discrepancies=[])
    back, errors = read_claims(report.to_frame())
    assert errors == []
    assert _records(back) == _records(claims)


def test_a_hand_made_frame() -> None:
    frame = pd.DataFrame(
        {
            "value": ["nearly 800", "777", None],
            "metric": ["political prisoners", "presos políticos", "releases"],
            "claimant": ["Foro Penal", ["Provea", "JEyP"], "Foro; Penal"],
            "as_of": ["2026-01-19", pd.NaT, "2026-01-19"],
        }
    )
    claims, errors = read_claims(frame)
    assert [c.quantity.interval.low for c in claims] == [720, 777]
    assert [r.mention for r in claims[1].claimants] == ["Provea", "JEyP"]
    assert [r.mention for r in claims[0].claimants] == ["Foro Penal"]
    assert claims[1].as_of is None
    assert [(e.source, e.record, e.field) for e in errors] == [("<dataframe>", 3, "value")]


def test_an_unknown_column_is_an_error_on_every_row(seed_report: Report) -> None:
    frame = seed_report.to_frame().head(3).assign(colour="red")
    claims, errors = read_claims(frame)
    assert claims == []
    assert [(e.record, e.field) for e in errors] == [(k, "colour") for k in (1, 2, 3)]
    assert all("not a claim field" in e.message for e in errors)


def test_numpy_numbers_are_numbers() -> None:
    frame = pd.DataFrame({"value": [41, 116], "qualifier": ["exact", "at_least"]}).assign(
        metric="releases"
    )
    claims, errors = read_claims(frame)
    assert errors == []
    assert [c.quantity.interval.low for c in claims] == [41, 116]
    assert math.isinf(claims[1].quantity.interval.high)


def test_unknown_kind(seed_report: Report) -> None:
    with pytest.raises(UsageError, match="kind"):
        seed_report.to_frame("sources")  # type: ignore[arg-type]


def test_without_pandas(seed_report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # import fails as if not installed
    with pytest.raises(UsageError, match=r"discrepancy\[pandas\]"):
        seed_report.to_frame()


def test_polars(seed_report: Report) -> None:
    pl = pytest.importorskip("polars", reason="polars is not installed")
    frame = seed_report.to_frame(library="polars")
    assert isinstance(frame, pl.DataFrame)
    assert frame.columns == [*CLAIM_COLUMNS, *DERIVED_CLAIM_COLUMNS]
    assert frame.schema["published"] == pl.Date
    claims, errors = read_claims(frame)
    assert errors == []
    assert _records(claims) == _records(seed_report.claims)
    discrepancies = seed_report.to_frame("discrepancies", library="polars")
    assert discrepancies.height == len(seed_report.discrepancies)
