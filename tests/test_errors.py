"""Errors like click's: every error a caller can cause is a DiscrepancyError with its exit code.

A bad value given to a public constructor or function raises a ``DiscrepancyError`` subclass
(still the builtin it resembles, so ``except ValueError`` keeps working), never a plain
``ValueError``; the command line exits with the error class's own code.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import (
    DiscrepancyError,
    EstimatePolicy,
    Evidence,
    InputError,
    OrgRegistry,
    Period,
    Policy,
    QuantityError,
    RecordError,
    UsageError,
)
from discrepancy.cli import main
from discrepancy.errors import BadField, at_least, greater_than
from discrepancy.orgs import Org
from discrepancy.records import record_to_claim

DAY = dt.date(2026, 1, 10)
NON_NEGATIVE = [f.name for f in attrs.fields(Policy) if f.validator is not None]


def test_every_error_class_has_its_exit_code() -> None:
    for cls in (DiscrepancyError, InputError, QuantityError, RecordError, UsageError, BadField):
        assert issubclass(cls, DiscrepancyError)
        assert cls.exit_code == 2
        assert issubclass(cls, ValueError) or cls is DiscrepancyError


@pytest.mark.parametrize("field", NON_NEGATIVE)
@given(value=st.integers(max_value=-1))
def test_a_negative_policy_setting_is_a_usage_error_naming_it(field: str, value: int) -> None:
    with pytest.raises(UsageError, match=rf"^Policy\.{field} must be ≥ "):
        Policy(**{field: value})


def test_policy_settings_are_validated_at_all() -> None:
    assert len(NON_NEGATIVE) >= 9


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"min_claims": 0}, "min_claims"),
        ({"min_sources": 1}, "min_sources"),
        ({"prior": 0.0}, "prior"),
        ({"max_weight": 0.5}, "max_weight"),
    ],
)
def test_estimate_settings_out_of_range_are_usage_errors(
    settings: dict[str, float], field: str
) -> None:
    with pytest.raises(UsageError, match=rf"EstimatePolicy\.{field}"):
        EstimatePolicy(**settings)  # type: ignore[arg-type]


def test_nan_is_out_of_every_range() -> None:
    @attrs.frozen
    class Knob:
        low: float = attrs.field(validator=at_least(0))
        high: float = attrs.field(default=1.0, validator=greater_than(0))

    with pytest.raises(UsageError, match=r"Knob\.low must be ≥ 0, not nan"):
        Knob(float("nan"))
    with pytest.raises(UsageError, match=r"Knob\.high must be > 0, not nan"):
        Knob(1.0, float("nan"))
    assert Knob(0.0, 1e-9).low == 0.0


def test_model_values_in_the_wrong_order_are_usage_errors() -> None:
    with pytest.raises(UsageError, match="starts"):
        Period(start=DAY, end=DAY - dt.timedelta(days=1))
    with pytest.raises(UsageError, match="before start"):
        Evidence(doc="d", start=5, end=4)
    with pytest.raises(UsageError, match=r"Evidence\.start"):
        Evidence(doc="d", start=-1, end=4)


def test_a_duplicate_org_id_is_a_usage_error() -> None:
    org = Org(id="x", name="X")
    with pytest.raises(UsageError, match="duplicate org id 'x'"):
        OrgRegistry([org, org])


def test_a_bad_org_file_entry_is_an_input_error_naming_the_field() -> None:
    with pytest.raises(InputError, match=r"entry 1 \(id 'x'\): aliases: must be a list"):
        OrgRegistry.from_data([{"id": "x", "name": "X", "aliases": "XX"}])


def test_record_to_claim_raises_a_record_error() -> None:
    with pytest.raises(RecordError) as info:
        record_to_claim({"id": "c1", "metric": "deaths", "value": "lots and lots"})
    assert info.value.field == "value"
    assert info.value.record_id == "c1"
    assert str(info.value).startswith("<records>: claim 'c1': value: ")


def test_a_bad_record_stops_the_cli_as_a_record_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "claims.json"
    records = [
        {"id": "a", "metric": "deaths", "value": "12", "as_of": "2026-01-10"},
        {"id": "b", "metric": "deaths", "value": "", "as_of": "2026-01-10"},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert code == RecordError.exit_code
    assert err.startswith("discrepancy: error: ")
    assert "record 2: value: " in err
    assert err.rstrip().endswith("(--skip-invalid reports it and goes on)")


def test_a_bad_date_argument_is_a_usage_error_in_the_cli(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract", "--published", "10/01/2026", "nothing.txt"])
    assert info.value.code == 2
    assert "is not a date" in capsys.readouterr().err
