"""The JSON contract: exact round trips for every type, determinism, the shipped JSON Schemas."""

from __future__ import annotations

import datetime as dt
import json
import math
from importlib import resources
from typing import Any

import attrs
import pytest
from cattrs.errors import BaseValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from discrepancy import (
    Claim,
    Discrepancy,
    Evidence,
    Interval,
    OrgRef,
    Period,
    Quantity,
    RecordError,
    Report,
    check,
    read_claims,
)
from discrepancy.serialize import converter, dumps, from_json_data, to_json_data

from . import strategies as S


def _schema(name: str) -> dict[str, Any]:
    text = resources.files("discrepancy").joinpath(f"data/{name}").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def _validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(_schema(name), format_checker=FormatChecker())


def _seed_bytes() -> bytes:
    return resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()


def _through_json(obj: Any, cls: Any) -> Any:
    """Unstructure, write as JSON text, read the text, structure again."""
    text = dumps(converter.unstructure(obj, cls))
    return converter.structure(json.loads(text), cls)


@pytest.fixture(scope="module")
def seed_report(resolver: Any) -> Report:
    claims, errors = read_claims(_seed_bytes(), name="seed_claims.json")
    assert claims
    assert not errors
    return check(claims, resolver=resolver)


# --- round trips --------------------------------------------------------------------------

ROUND_TRIPS = [
    pytest.param(S.quantities(), Quantity, id="Quantity"),
    pytest.param(S.any_intervals(), Interval, id="Interval"),
    pytest.param(S.intervals(), Interval, id="Interval-integer"),
    pytest.param(S.periods(), Period, id="Period"),
    pytest.param(S.evidence(st.text(max_size=20)), Evidence, id="Evidence"),
    pytest.param(S.org_refs(), OrgRef, id="OrgRef"),
    pytest.param(S.claims(), Claim, id="Claim"),
    pytest.param(S.reports(errors=False), Report, id="Report"),
]


@pytest.mark.parametrize(("strategy", "cls"), ROUND_TRIPS)
@settings(suppress_health_check=[HealthCheck.too_slow])  # slow generation on a shared machine
@given(data=st.data())
def test_round_trip(strategy: st.SearchStrategy[Any], cls: type, data: st.DataObject) -> None:
    obj = data.draw(strategy)
    assert converter.structure(converter.unstructure(obj, cls), cls) == obj
    assert _through_json(obj, cls) == obj


@pytest.mark.parametrize("kind", sorted(S.DISCREPANCY_STRATEGIES))
@given(data=st.data())
def test_discrepancy_tagged_union_round_trip(kind: str, data: st.DataObject) -> None:
    d = data.draw(S.DISCREPANCY_STRATEGIES[kind])
    raw = converter.unstructure(d, Discrepancy)
    assert next(iter(raw)) == "kind"
    assert raw["kind"] == kind == d.kind.value
    assert next(iter(converter.unstructure(d))) == "kind"  # without naming the union too
    assert converter.structure(raw, Discrepancy) == d
    assert _through_json(d, Discrepancy) == d


def test_unknown_discrepancy_kind_is_rejected() -> None:
    with pytest.raises((KeyError, BaseValidationError)):
        converter.structure({"kind": "some_kind", "id": "d-000000000000"}, Discrepancy)


def test_infinite_and_open_intervals() -> None:
    iv = Interval(low=1345, high=math.inf, low_open=True)
    raw = to_json_data(iv)
    assert raw == {"low": 1345, "high": None, "low_open": True}
    assert from_json_data(raw, Interval) == iv
    closed = Interval(low=0.5, high=2)
    assert to_json_data(closed) == {"low": 0.5, "high": 2}
    unbounded_below = Interval(low=-math.inf, high=3, high_open=True)
    assert from_json_data(to_json_data(unbounded_below), Interval) == unbounded_below


def test_quantity_json_shape() -> None:
    raw = to_json_data(Quantity.parse("más de 1.345"))
    assert raw == {
        "low": 1345,
        "high": None,
        "qualifier": "more_than",
        "unit": "people",
        "surface": "más de 1.345",
        "value": 1345,
    }


def test_extra_keys_are_rejected() -> None:
    raw = to_json_data(Period(start=None, end=dt.date(2026, 1, 19)))
    assert raw == {"start": None, "end": "2026-01-19"}
    raw["typo"] = 1
    with pytest.raises(BaseValidationError):
        from_json_data(raw, Period)


@given(S.record_errors)
def test_record_error_round_trip_fields(error: RecordError) -> None:
    back = converter.structure(converter.unstructure(error), RecordError)
    assert attrs.asdict(back) == attrs.asdict(error)
    assert str(back) == str(error)


def test_record_error_equality() -> None:
    error = RecordError(source="claims.jsonl", line=17, field="value", message="is negative")
    assert converter.structure(converter.unstructure(error), RecordError) == error


def test_report_with_errors_round_trip() -> None:
    error = RecordError(source="claims.jsonl", line=17, field="value", message="is negative")
    report = Report(claims=[], discrepancies=[], errors=[error])
    assert Report.from_json(report.to_json()) == report


# --- Report.to_json -----------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(S.reports(errors=False))
def test_report_from_json_to_json(report: Report) -> None:
    text = report.to_json()
    assert Report.from_json(text) == report
    assert text.endswith("\n")
    doc = json.loads(text)
    assert list(doc) == [
        "schema_version",
        "generator",
        "claims",
        "discrepancies",
        "errors",
        "notes",
        "revisions",
    ]
    assert all(next(iter(d)) == "kind" for d in doc["discrepancies"])


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(S.reports())
def test_to_json_is_deterministic(report: Report) -> None:
    copy = attrs.evolve(report, claims=list(report.claims))
    text = report.to_json()
    assert copy.to_json() == text
    assert Report.from_json(text).to_json() == text  # equal content, equal bytes
    # one claim, discrepancy or error per line
    doc = json.loads(text)
    lines = text.rstrip("\n").split("\n")
    lists = [doc[k] for k in ("claims", "discrepancies", "errors", "notes", "revisions")]
    assert len(lines) == 4 + sum(len(v) + 2 if v else 1 for v in lists)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(S.reports())
def test_generated_reports_validate_against_the_schema(report: Report) -> None:
    doc = json.loads(report.to_json())
    errors = sorted(_validator("report.schema.json").iter_errors(doc), key=str)
    assert not errors, errors[0]


def test_seed_report_round_trip(seed_report: Report) -> None:
    assert seed_report.discrepancies
    assert Report.from_json(seed_report.to_json()) == seed_report


def test_seed_report_is_byte_identical_whatever_the_order(
    seed_report: Report, resolver: Any
) -> None:
    claims, _ = read_claims(_seed_bytes(), name="seed_claims.json")
    again = check(list(reversed(claims)), resolver=resolver)
    assert again.to_json() == seed_report.to_json()


# --- the JSON Schemas ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["report.schema.json", "record.schema.json"])
def test_schemas_are_valid_draft_2020_12(name: str) -> None:
    schema = _schema(name)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_seed_report_validates(seed_report: Report) -> None:
    doc = json.loads(seed_report.to_json())
    errors = sorted(_validator("report.schema.json").iter_errors(doc), key=str)
    assert not errors, errors[0]
    assert doc["schema_version"] == 3


def test_seed_records_validate() -> None:
    validator = _validator("record.schema.json")
    records = json.loads(_seed_bytes())
    assert records
    for record in records:
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, (record.get("id"), errors[0].message)


def test_report_schema_rejects_what_is_not_a_report(seed_report: Report) -> None:
    validator = _validator("report.schema.json")
    doc = json.loads(seed_report.to_json())
    doc["discrepancies"][0]["kind"] = "nonsense"
    assert not validator.is_valid(doc)
    doc = json.loads(seed_report.to_json())
    doc["claims"][0]["published"] = "2026-02-30"
    assert not validator.is_valid(doc)


def test_dumps_refuses_nan() -> None:
    with pytest.raises(ValueError, match="JSON"):
        dumps({"x": math.nan})
