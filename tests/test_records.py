"""Claim records in: every bad record reported with its place, nothing valid dropped."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from discrepancy import (
    Claim,
    InputError,
    Period,
    Qualifier,
    Quantity,
    RecordError,
    claim_to_record,
    read_claims,
)
from discrepancy.cli import main

from .clirun import run_cli
from .strategies import record_claims

MB = "x" * 1_000_000

# --- the bad-input file: 1,000 valid records, 50 broken ones of 10 kinds --------------------


def _valid(k: int) -> dict[str, Any]:
    """A valid record, varied: several metrics, hedges, claimant and date forms."""
    day = dt.date(2024, 1, 1) + dt.timedelta(days=k % 700)
    rec: dict[str, Any] = {
        "id": f"v{k:04d}",
        "metric": ("political prisoners", "releases", "deaths", "presos políticos")[k % 4],
        "scope": f"Place {k % 50}",
        "claimant": ("Foro Penal", ["Provea", "JEyP"], "Ministry of Interior")[k % 3],
        "outlet": "Latin Times",
        "status": ("reported", "documented", "announced")[k % 3],
        "published": (day + dt.timedelta(days=1)).isoformat(),
    }
    match k % 5:
        case 0:
            rec["value"] = 100 + k
        case 1:
            rec["value"] = f"nearly {100 + k}"
        case 2:
            rec["value"] = {"low": k, "high": k + 50}
        case 3:
            rec["value"], rec["qualifier"] = 100 + k, "at_least"
        case _:
            rec["value"] = "más de 1.345"
    match k % 3:
        case 0:
            rec["as_of"] = day.isoformat()
        case 1:
            rec["as_of"] = {"start": None, "end": day.isoformat()}
        case _:
            rec["as_of"] = f"{(day - dt.timedelta(days=10)).isoformat()}/{day.isoformat()}"
    if k % 7 == 0:
        rec["evidence"] = {"doc": "001_2e853cb8263ce962.txt", "start": k, "end": k + 20}
    return rec


def _broken(kind: int, n: int, valid_ids: list[str]) -> tuple[bytes, str]:
    """The ``n``-th (0..4) broken record of a kind (0..9), and the field its error names."""
    base = {"id": f"bad-{kind}-{n}", "value": 5, "metric": "political prisoners"}

    def line(**changes: Any) -> bytes:
        return json.dumps({**base, **changes}, ensure_ascii=False).encode("utf-8")

    even = n % 2 == 0
    match kind:
        case 0:  # wrong types
            return (line(value=[1, 2]), "value") if even else (line(metric=42), "metric")
        case 1:  # negative counts
            return line(value=-(n + 1)), "value"
        case 2:  # NaN / infinity: Python's json writes and reads these literals
            return line(value=(math.nan, math.inf, -math.inf)[n % 3]), "value"
        case 3:  # low > high
            return line(value={"low": 9, "high": 3}), "value"
        case 4:  # unknown qualifier
            return line(qualifier="kinda"), "qualifier"
        case 5:  # impossible dates
            field = "as_of" if even else "published"
            return line(**{field: "2026-02-30"}), field
        case 6:  # empty strings
            return line(metric=("", "   ")[n % 2]), "metric"
        case 7:  # 1 MB strings
            return (line(value=MB), "value") if even else (line(metric=MB), "metric")
        case 8:  # duplicate ids: the id of an earlier valid record
            return line(id=valid_ids[-1]), "id"
        case _:  # bytes that are not UTF-8
            return b'{"id": "bad-utf8", "value": 5, "metric": "\xff\xfe"}', ""


BAD_LINES = [11 + 21 * k for k in range(50)]  # 11, 32, ..., 1040: spread through the file


def _bad_input() -> tuple[bytes, set[tuple[int, str]]]:
    lines: list[bytes] = []
    expected: set[tuple[int, str]] = set()
    valid_ids: list[str] = []
    k = 0
    bad = iter(BAD_LINES)
    next_bad = next(bad)
    for number in range(1, 1051):
        if number == next_bad:
            index = BAD_LINES.index(number)
            data, field = _broken(index % 10, index // 10, valid_ids)
            lines.append(data)
            expected.add((number, field))
            next_bad = next(bad, 0)
        else:
            rec = _valid(k)
            valid_ids.append(rec["id"])
            lines.append(json.dumps(rec, ensure_ascii=False).encode("utf-8"))
            k += 1
    assert k == 1000
    assert len(expected) == 50
    return b"\n".join(lines) + b"\n", expected


@pytest.fixture(scope="module")
def bad_input(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, set[tuple[int, str]]]:
    data, expected = _bad_input()
    path = tmp_path_factory.mktemp("bad") / "claims.jsonl"
    path.write_bytes(data)
    return path, expected


def _assert_one_line_error(error: RecordError, path: Path) -> None:
    text = str(error)
    assert "\n" not in text
    assert len(text) < 400, text[:100]
    assert text.startswith(f"{path}:{error.line}: ")
    if error.field:
        assert text.startswith(f"{path}:{error.line}: {error.field}: ")


def test_bad_records_are_reported_and_valid_ones_kept(
    bad_input: tuple[Path, set[tuple[int, str]]],
) -> None:
    path, expected = bad_input
    claims, errors = read_claims(path)
    assert len(claims) == 1000
    assert {c.id for c in claims} == {f"v{k:04d}" for k in range(1000)}
    assert len(errors) == 50
    assert {(e.line, e.field) for e in errors} == expected
    assert [e.line for e in errors] == BAD_LINES  # in input order
    for error in errors:
        assert isinstance(error, ValueError)
        assert error.source == str(path)
        assert error.record is None
        _assert_one_line_error(error, path)


def _json_report(out: str) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(out)
    return doc


def test_cli_skip_invalid(
    bad_input: tuple[Path, set[tuple[int, str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, expected = bad_input
    out = io.StringIO()
    code = main(["check", str(path), "--skip-invalid", "--format", "json"], out=out)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    doc = _json_report(out.getvalue())
    assert len(doc["claims"]) == 1000
    assert len(doc["errors"]) == 50
    assert {(e["line"], e["field"]) for e in doc["errors"]} == expected
    assert "Traceback" not in captured.out + captured.err


def test_cli_stops_at_the_first_bad_record(
    bad_input: tuple[Path, set[tuple[int, str]]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = bad_input
    out = io.StringIO()
    code = main(["check", str(path), "--format", "json"], out=out)
    captured = capsys.readouterr()
    assert code == 2
    assert out.getvalue() == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err[:500]
    assert lines[0].startswith(f"discrepancy: error: {path}:{BAD_LINES[0]}: value: ")
    assert "Traceback" not in captured.out + captured.err


def test_cli_subprocess(
    bad_input: tuple[Path, set[tuple[int, str]]], cli_env: dict[str, str]
) -> None:
    path, expected = bad_input
    done = run_cli(["check", str(path), "--skip-invalid", "--format", "json"], cli_env)
    assert done.returncode == 0, done.stderr[-2000:]
    doc = _json_report(done.stdout)
    assert (len(doc["claims"]), len(doc["errors"])) == (1000, 50)
    assert {(e["line"], e["field"]) for e in doc["errors"]} == expected
    assert "Traceback" not in done.stderr

    done = run_cli(["check", str(path), "--format", "json"], cli_env)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1, done.stderr[-2000:]
    assert done.stderr.startswith(f"discrepancy: error: {path}:{BAD_LINES[0]}: value: ")


# --- formats ------------------------------------------------------------------------------

GOOD = {"value": 777, "metric": "political prisoners", "claimant": "Foro Penal"}


def test_json_list_reports_record_numbers(tmp_path: Path) -> None:
    records = [GOOD, {**GOOD, "value": -1}, "not an object", {**GOOD, "metrc": "typo"}, GOOD]
    path = tmp_path / "claims.json"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    claims, errors = read_claims(path)
    assert len(claims) == 1  # the two GOOD records have one content id: the second is a duplicate
    assert [(e.record, e.line, e.field) for e in errors] == [
        (2, None, "value"),
        (3, None, ""),
        (4, None, "metrc"),
        (5, None, "id"),
    ]
    assert str(errors[0]).startswith(f"{path}: record 2: value: ")


def test_json_list_of_python_records() -> None:
    claims, errors = read_claims([GOOD, {"value": 1}])
    assert len(claims) == 1
    assert [(e.source, e.record, e.field) for e in errors] == [("<records>", 2, "metric")]
    assert str(errors[0]) == "<records>: record 2: metric: is required"


CSV_TEXT = """\
id,value,qualifier,metric,claimant,status,as_of.start,as_of.end,evidence.doc,evidence.start,evidence.end
jeyp-33,33,exact,releases,JEyP,carried_out,2025-12-31,2026-01-01,003.txt,10,40
gov-87,87,,releases,Gobierno; Ministerio,authorized,2025-12-31,2026-01-01,,,
fp-800,just over 800,,political prisoners,Foro Penal,,,2025-12-29,,,
bad-neg,-4,exact,releases,JEyP,,,2026-01-01,,,
"multi
line",5,exact,releases,,,,,,,
bad-date,5,exact,releases,,,,2026-02-30,,,
bad-doc,5,exact,releases,,,,,003.txt,ten,40
"""


def test_csv(tmp_path: Path) -> None:
    path = tmp_path / "claims.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    claims, errors = read_claims(path)
    by_id = {c.id: c for c in claims}
    assert set(by_id) == {"jeyp-33", "gov-87", "fp-800", "multi\nline"}
    jeyp = by_id["jeyp-33"]
    assert jeyp.quantity == Quantity.of(33)
    assert jeyp.as_of == Period(start=dt.date(2025, 12, 31), end=dt.date(2026, 1, 1))
    assert jeyp.evidence is not None
    assert (jeyp.evidence.doc, jeyp.evidence.start, jeyp.evidence.end) == ("003.txt", 10, 40)
    assert [r.mention for r in by_id["gov-87"].claimants] == ["Gobierno", "Ministerio"]
    assert by_id["fp-800"].quantity.qualifier is Qualifier.JUST_OVER
    assert by_id["fp-800"].metric == "political_prisoners"
    # line numbers count physical lines: the quoted id spans lines 6 and 7
    assert [(e.line, e.field) for e in errors] == [
        (5, "value"),
        (8, "as_of.end"),
        (9, "evidence.start"),
    ]
    for error in errors:
        _assert_one_line_error(error, path)


def test_csv_number_reads_like_quantity_parse() -> None:
    data = b"id,value,qualifier,metric\na,1.085,exact,x\nb,1.085,,x\n"
    claims, errors = read_claims(data, name="claims.csv")
    assert not errors
    assert [c.quantity.low for c in claims] == [1085, 1085]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = b"\n".join(json.dumps(r).encode() for r in (GOOD, {**GOOD, "value": -1})) + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = io.StringIO()
    code = main(["check", "-", "--skip-invalid", "--format", "jsonl"], out=out)
    assert code == 0, capsys.readouterr().err
    errors = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(e["kind"], e["source"], e["line"], e["field"]) for e in errors] == [
        ("error", "<stdin>", 2, "value")
    ]


def test_bytes_source_is_sniffed() -> None:
    jsonl = b'{"value": 1, "metric": "x"}\n{"value": 2, "metric": "x"}\n'
    assert len(read_claims(jsonl)[0]) == 2
    listed = b'[\n  {"value": 1, "metric": "x"}\n]\n'
    assert len(read_claims(listed)[0]) == 1
    report_like = json.dumps({"claims": [{"value": 1, "metric": "x"}]}, indent=2).encode()
    assert len(read_claims(report_like)[0]) == 1


# --- fields -------------------------------------------------------------------------------


def _one(rec: dict[str, Any]) -> Claim:
    claims, errors = read_claims([rec])
    assert not errors, str(errors[0])
    return claims[0]


def _error(rec: object) -> RecordError:
    claims, errors = read_claims([rec])
    assert not claims
    assert len(errors) == 1
    return errors[0]


@pytest.mark.parametrize(
    ("as_of", "start", "end"),
    [
        ("2026-01-19", dt.date(2026, 1, 19), dt.date(2026, 1, 19)),
        ("2026-01-08/2026-01-19", dt.date(2026, 1, 8), dt.date(2026, 1, 19)),
        ("../2026-01-19", None, dt.date(2026, 1, 19)),
        ("/2026-01-19", None, dt.date(2026, 1, 19)),
        ({"start": "2026-01-08", "end": "2026-01-19"}, dt.date(2026, 1, 8), dt.date(2026, 1, 19)),
        ({"start": None, "end": "2026-01-19"}, None, dt.date(2026, 1, 19)),
    ],
)
def test_as_of_forms(as_of: object, start: dt.date | None, end: dt.date) -> None:
    claim = _one({**GOOD, "as_of": as_of})
    assert claim.as_of == Period(start=start, end=end)
    assert not claim.as_of_inferred


def test_flow_bare_date_is_cumulative() -> None:
    releases = {"value": 143, "metric": "releases"}
    assert _one({**releases, "as_of": "2026-01-19"}).as_of == Period(
        start=None, end=dt.date(2026, 1, 19)
    )
    one_day = {"start": "2026-01-19", "end": "2026-01-19"}
    assert _one({**releases, "as_of": one_day}).as_of == Period.on(dt.date(2026, 1, 19))
    # a stock's bare date is that day
    assert _one({**GOOD, "as_of": "2026-01-19"}).as_of == Period.on(dt.date(2026, 1, 19))


@pytest.mark.parametrize(
    ("as_of", "field"),
    [
        ("2026-01-19/2026-01-08", "as_of"),
        ("2026-02-30/2026-03-01", "as_of.start"),
        ({"start": "2026-01-08"}, "as_of.end"),
        ({"start": "2026-01-08", "end": "2026-01-19", "until": "x"}, "as_of"),
        ("yesterday", "as_of"),
        (20260119, "as_of"),
    ],
)
def test_bad_as_of(as_of: object, field: str) -> None:
    assert _error({**GOOD, "as_of": as_of}).field == field


@pytest.mark.parametrize(
    ("value", "low", "high", "qualifier"),
    [
        ({"low": 800, "high": 1200}, 800, 1200, Qualifier.RANGE),
        ({"low": 800}, 800, None, Qualifier.AT_LEAST),
        ({"low": 800, "high": None}, 800, None, Qualifier.AT_LEAST),
        ("nearly 800", 720, 800, Qualifier.NEARLY),
        ("between 800 and 1,200", 800, 1200, Qualifier.RANGE),
        ("más de 1.345", 1345, None, Qualifier.MORE_THAN),
        ("2,000", 1900, 2100, Qualifier.ROUND),
        (2000, 1900, 2100, Qualifier.ROUND),
        (777, 777, 777, Qualifier.EXACT),
        (0, 0, 0, Qualifier.EXACT),
    ],
)
def test_value_forms(value: object, low: float, high: float | None, qualifier: Qualifier) -> None:
    q = _one({**GOOD, "value": value}).quantity
    assert (q.low, q.high, q.qualifier) == (low, high, qualifier)


def test_value_with_qualifier() -> None:
    q = _one({**GOOD, "value": 116, "qualifier": "at_least"}).quantity
    assert (q.low, q.high, q.qualifier) == (116, None, Qualifier.AT_LEAST)
    q = _one({**GOOD, "value": 2000, "qualifier": "exact"}).quantity
    assert (q.low, q.high) == (2000, 2000)
    q = _one({**GOOD, "value": "nearly 800", "qualifier": "nearly"}).quantity
    assert q.qualifier is Qualifier.NEARLY
    q = _one({**GOOD, "value": 120, "unit": "percent"}).quantity
    assert (q.unit, q.qualifier) == ("percent", Qualifier.EXACT)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"value": "nearly 800", "qualifier": "exact"}, "qualifier"),
        ({"value": 5, "qualifier": "range"}, "qualifier"),
        ({"value": "nearly eight hundred-ish"}, "value"),
        ({"value": {"low": 1, "hi": 2}}, "value"),
        ({"value": {"high": 2}}, "value.low"),
        ({"value": {"low": "a"}}, "value.low"),
        ({"value": True}, "value"),
        ({"value": None}, "value"),
        ({"unit": "kg"}, "unit"),
        ({"status": "rumoured"}, "status"),
        ({"claimant": ["Foro Penal", ""]}, "claimant[1]"),
        ({"claimant": {"name": "Foro Penal"}}, "claimant"),
        ({"evidence": {"doc": "a.txt", "start": 5, "end": 2}}, "evidence"),
        ({"evidence": {"doc": "a.txt", "start": -1, "end": 2}}, "evidence.start"),
        ({"evidence": {"doc": "a.txt", "start": 1.5, "end": 2}}, "evidence.start"),
        ({"evidence": {"start": 1, "end": 2}}, "evidence.doc"),
        ({"evidence": "a.txt"}, "evidence"),
        ({"note": 5}, "note"),
        ({"id": ""}, "id"),
    ],
)
def test_bad_fields(changes: dict[str, Any], field: str) -> None:
    error = _error({**GOOD, **changes})
    assert error.field == field
    assert "\n" not in str(error)


@pytest.mark.parametrize("typo", ["valeu", "claimants", "asof", "Metric", "qualifer"])
def test_unknown_field_names_are_rejected(typo: str) -> None:
    error = _error({**GOOD, typo: "x"})
    assert error.field == typo
    assert "not a claim field" in error.message


def test_long_unknown_field_name_is_cut() -> None:
    error = _error({**GOOD, MB: 1})
    assert len(str(error)) < 200


@pytest.mark.parametrize("rec", [[GOOD], "a string", 5, None, True])
def test_record_that_is_not_an_object(rec: object) -> None:
    error = _error(rec)
    assert error.field == ""
    assert "must be an object" in error.message


def test_bad_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_bytes(
        b'{"value": 1, "metric": "x"}\n\n{not json\n[1]\n' + b"[" * 100_000 + b"\n"
        b'{"value": 2, "metric": "x"}\n'
    )
    claims, errors = read_claims(path)
    assert [c.quantity.low for c in claims] == [1, 2]
    assert [(e.line, e.field) for e in errors] == [(3, ""), (4, ""), (5, "")]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".json", ""])
@pytest.mark.parametrize("data", [b"", b"\n", b"  \r\n\t\n"])
def test_empty_file(tmp_path: Path, suffix: str, data: bytes) -> None:
    """One rule for every format: an empty file holds no records."""
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(data)
    assert read_claims(path) == ([], [])


def test_empty_json_list_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.json"
    path.write_bytes(b"[]")
    assert read_claims(path) == ([], [])


def test_cli_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    out = io.StringIO()
    assert main(["check", str(path), "--format", "json"], out=out) == 0, capsys.readouterr().err
    doc = _json_report(out.getvalue())
    assert (doc["claims"], doc["discrepancies"], doc["errors"]) == ([], [], [])


@pytest.mark.parametrize(
    "data", [b"not json at all {", b"{}", b'{"claims": 5}', b"[1, 2", b"[\xff]"]
)
def test_unreadable_json(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "claims.json"
    path.write_bytes(data)
    try:
        claims, errors = read_claims(path)
    except InputError as exc:
        message = str(exc)
    else:  # read as records: then each is reported, none silently dropped
        assert not claims
        assert errors
        message = str(errors[0])
    assert message.startswith(f"{path}")
    assert "\n" not in message


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.jsonl"
    with pytest.raises(InputError) as info:
        read_claims(path)
    assert isinstance(info.value, ValueError)
    assert str(info.value).startswith(f"{path}: ")
    code = main(["check", str(path)], out=io.StringIO())
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"discrepancy: error: {path}: ")
    assert len(err.splitlines()) == 1


def test_directory_is_not_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path)], out=io.StringIO()) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_no_id_gets_a_stable_content_id() -> None:
    a, b = _one(GOOD), _one(dict(reversed(list(GOOD.items()))))
    assert a.id == b.id
    assert a.id.startswith("c-")
    assert _one({**GOOD, "value": 778}).id != a.id


# --- claim_to_record ----------------------------------------------------------------------


def _seed_records() -> list[dict[str, Any]]:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    records: list[dict[str, Any]] = json.loads(data)
    return records


def test_seed_claims_round_trip() -> None:
    claims, errors = read_claims(_seed_records())
    assert not errors
    assert len(claims) == len(_seed_records())
    again, errors = read_claims([claim_to_record(c) for c in claims])
    assert not errors
    assert again == claims


def test_bundled_seeds_are_the_seeds_folder() -> None:
    """The package ships a copy of seeds/claims.json (so `discrepancy check` works anywhere)."""
    folder = Path(__file__).resolve().parents[1] / "seeds" / "claims.json"
    if not folder.is_file():
        pytest.skip("seeds/claims.json is not in this checkout")
    assert json.loads(folder.read_bytes()) == _seed_records()


def test_seed_evidence_lies_in_the_articles(seeds_dir: Path) -> None:
    claims, _ = read_claims(_seed_records())
    for claim in claims:
        assert claim.evidence is not None, claim.id
        text = (seeds_dir / claim.evidence.doc).read_text("utf-8")
        assert claim.evidence.end <= len(text), claim.id
        assert text[claim.evidence.start : claim.evidence.end].strip(), claim.id


def _record_validator() -> Draft202012Validator:
    text = resources.files("discrepancy").joinpath("data/record.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text), format_checker=FormatChecker())


RECORD_VALIDATOR = _record_validator()


# generation is slow when the machine is shared: the health check is about speed, not results
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(record_claims(), max_size=5, unique_by=lambda c: c.id))
def test_claim_to_record_round_trip(claims: list[Claim]) -> None:
    records = [claim_to_record(c) for c in claims]
    again, errors = read_claims(records)
    assert not errors, str(errors[0])
    assert again == claims
    # and through JSON text, as a file would carry them (ASCII-escaped: see
    # test_json_lines_with_unicode_line_separators for raw U+2028)
    text = "\n".join(json.dumps(r) for r in records).encode("utf-8")
    assert read_claims(text, name="claims.jsonl") == (claims, [])
    for record in records:
        assert RECORD_VALIDATOR.is_valid(record), record


def test_claim_to_record_ratio_range() -> None:
    claim = Claim(
        id="r",
        quantity=Quantity.between(0.125, 0.5, unit="ratio"),
        metric="x-xy",
        metric_text="x-xy",
    )
    assert read_claims([claim_to_record(claim)]) == ([claim], [])


@pytest.mark.parametrize(
    "text",
    [
        "2026-01-19",
        "2026-1-19",
        "2026-02-30",
        "2026-019",
        "20260119",
        "2026-W03-1",
    ],
)
def test_reader_and_record_schema_agree_on_dates(text: str) -> None:
    record = {**GOOD, "published": text}
    reader_ok = not read_claims([record])[1]
    assert RECORD_VALIDATOR.is_valid(record) == reader_ok


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_json_lines_with_unicode_line_separators(char: str) -> None:
    rec = {**GOOD, "note": f"first{char}second"}
    data = (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")
    claims, errors = read_claims(data, name="claims.jsonl")
    assert not errors
    assert claims[0].note == rec["note"]


def test_record_errors_are_value_errors() -> None:
    error = _error({**GOOD, "value": -1})
    assert isinstance(error, RecordError)
    assert isinstance(error, ValueError)
    assert error.record == 1
    assert error.line is None


def test_csv_writer_output_is_read(tmp_path: Path) -> None:
    """A spreadsheet export: quoting, a BOM, CRLF line ends."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["value", "metric", "claimant", "note"])
    writer.writerow(["nearly 800", "political prisoners", "Foro Penal", 'said "nearly", twice'])
    writer.writerow(["99", "releases", "Gobierno", ""])
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeff".encode() + buffer.getvalue().encode("utf-8"))
    claims, errors = read_claims(path)
    assert not errors
    assert [c.quantity.low for c in claims] == [720, 99]
    assert claims[0].note == 'said "nearly", twice'
