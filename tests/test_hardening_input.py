"""Issue 11, reading claim records: each failure a hostile user found, pinned.

Each test names the item of the issue it pins. The contract: a file that cannot be read at
all is one :class:`InputError` naming it; a record that cannot be read is one
:class:`RecordError` naming the file, the line (or record) and the field; every valid record
is kept.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from discrepancy import InputError, Quantity, QuantityError, read_claims
from discrepancy.errors import RecordError

GOOD_CSV = "value,metric,claimant\n5,releases,Foro Penal\n"


def _read(tmp_path: Path, name: str, data: bytes) -> tuple[list, list[RecordError]]:
    path = tmp_path / name
    path.write_bytes(data)
    return read_claims(path)


def _where(errors: list[RecordError]) -> list[tuple[int | None, str]]:
    return [(e.line if e.line is not None else e.record, e.field) for e in errors]


# --- 1. integers beyond float range ---------------------------------------------------------


@pytest.mark.parametrize("name", ["huge.jsonl", "huge.json"])
def test_integer_beyond_float_range_is_a_record_error(tmp_path: Path, name: str) -> None:
    big = "1" + "0" * 400
    good = '{"value": 3, "metric": "x"}'
    bad = f'{{"value": {big}, "metric": "x"}}'
    data = f"[{good},\n{bad}]" if name.endswith(".json") else f"{good}\n{bad}\n"
    claims, errors = _read(tmp_path, name, data.encode())
    assert [c.quantity.low for c in claims] == [3]
    assert _where(errors) == [(2, "value")]
    assert "too large" in errors[0].message


# --- 2. JSON nested 100,000 deep --------------------------------------------------------------


@pytest.mark.parametrize("name", ["deep.json", "deep"])
def test_deep_nesting_whole_document(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match="nested too deeply") as info:
        _read(tmp_path, name, b"[" * 100_000 + b"\n")
    assert str(info.value).startswith(str(tmp_path / name))


def test_deep_nesting_json_lines(tmp_path: Path) -> None:
    claims, errors = _read(tmp_path, "d.jsonl", b"[" * 100_000 + b'\n{"value":1,"metric":"x"}\n')
    assert len(claims) == 1
    assert _where(errors) == [(1, "")]
    assert "nested too deeply" in errors[0].message


def test_deep_but_parseable_value_is_shown_briefly() -> None:
    deep: object = 1
    for _ in range(900):
        deep = [deep]
    claims, errors = read_claims([{"value": 1, "metric": "x", "note": deep}])
    assert not claims
    assert errors[0].field == "note"
    assert len(str(errors[0])) < 200


# --- 3. a CSV cell beyond the csv module's field limit ----------------------------------------


def test_huge_csv_cell_costs_one_row(tmp_path: Path) -> None:
    data = GOOD_CSV + '"' + "x" * 140_000 + '",releases,A\n' + "7,releases,B\n"
    claims, errors = _read(tmp_path, "big.csv", data.encode())
    assert [c.quantity.low for c in claims] == [5, 7]
    assert _where(errors) == [(3, "")]
    assert csv.field_size_limit() == 131_072  # never changed: it is process-wide


# --- 4, 14. value and value.low, column order, repeated columns ---------------------------


@pytest.mark.parametrize(
    "header", ["value,value.low,metric", "value.low,value,metric", "value.high,metric,value"]
)
def test_value_and_value_low_in_one_row(tmp_path: Path, header: str) -> None:
    columns = header.split(",")
    row = {"value": "5", "value.low": "3", "value.high": "9", "metric": "x"}
    data = header + "\n" + ",".join(row[c] for c in columns) + "\n"
    claims, errors = _read(tmp_path, "both.csv", data.encode())
    assert not claims
    assert _where(errors) == [(2, "value")]
    assert "both" in errors[0].message


def test_value_or_range_per_row(tmp_path: Path) -> None:
    """A sheet may give a text value in some rows and a range in others."""
    data = "value,value.low,value.high,metric\nnearly 800,,,x\n,800,1200,y\n"
    claims, errors = _read(tmp_path, "mixed.csv", data.encode())
    assert not errors
    assert [(c.quantity.low, c.quantity.high) for c in claims] == [(720, 800), (800, 1200)]


def test_range_columns_in_any_order(tmp_path: Path) -> None:
    data = "value.high,metric,value.low\n1200,x,800\n"
    [claim], errors = _read(tmp_path, "order.csv", data.encode())
    assert not errors
    assert (claim.quantity.low, claim.quantity.high) == (800, 1200)


def test_repeated_column_refuses_the_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"'metric' appears twice \(columns 2 and 3\)"):
        _read(tmp_path, "rep.csv", b"value,metric,metric\n3,x,y\n")


# --- 5. "fewer than 0" --------------------------------------------------------------------


def test_fewer_than_zero_is_refused_when_read() -> None:
    claims, errors = read_claims(
        [
            {"value": "fewer than 0", "metric": "releases", "status": "announced"},
            {"value": 0, "qualifier": "fewer_than", "metric": "releases"},
            {"value": "at most 0", "metric": "releases"},
        ]
    )
    assert [c.quantity.high for c in claims] == [0]
    assert _where(errors) == [(1, "value"), (2, "value")]
    with pytest.raises(QuantityError):
        Quantity.parse("menos de 0")


# --- 9. numbers no count reaches -------------------------------------------------------------


def test_numbers_beyond_any_count_are_located() -> None:
    records = [
        {"id": "w", "value": 1, "metric": "x"},
        {"id": "p1", "value": 1.7e308, "metric": "x", "part_of": "w"},
        {"id": "p2", "value": {"low": 1, "high": 1e300}, "metric": "x", "part_of": "w"},
    ]
    claims, errors = read_claims(records)
    assert [c.id for c in claims] == ["w"]
    assert _where(errors) == [(2, "value"), (3, "value")]
    assert all("larger than any count" in e.message for e in errors)


# --- 11. line numbers -----------------------------------------------------------------------


def test_csv_rows_are_on_their_own_lines(tmp_path: Path) -> None:
    data = 'value,metric\n-1,x\n\nnearly 800,x\n"many\nlines",x\n-2,x\n'
    _, errors = _read(tmp_path, "lines.csv", data.encode())
    assert _where(errors) == [(2, "value"), (5, "value"), (7, "value")]


# --- 12. one undecodable byte in a JSON list ---------------------------------------------


def test_undecodable_byte_costs_one_record(tmp_path: Path) -> None:
    data = b'[{"value": 1, "metric": "x"}, {"value": 2, "metric": "caf\xe9"},'
    data += b' {"value": 3, "metric": "x"}]'
    claims, errors = _read(tmp_path, "bytes.json", data)
    assert [c.quantity.low for c in claims] == [1, 3]
    assert _where(errors) == [(2, "")]
    assert "UTF-8" in errors[0].message


# --- 13. an unterminated quote ------------------------------------------------------------


def test_unterminated_quote_costs_one_row(tmp_path: Path) -> None:
    data = 'value,metric\n5,x\n"6,x\n7,y\n8,z\n'
    claims, errors = _read(tmp_path, "quote.csv", data.encode())
    assert [c.quantity.low for c in claims] == [5, 7, 8]
    assert _where(errors) == [(3, "")]
    assert "never closed" in errors[0].message


def test_quoted_newlines_still_read(tmp_path: Path) -> None:
    data = 'value,metric,note\n5,x,"one\ntwo"\n6,x,\n'
    claims, errors = _read(tmp_path, "notes.csv", data.encode())
    assert not errors
    assert [c.note for c in claims] == ["one\ntwo", None]


def test_malformed_quoting_is_located(tmp_path: Path) -> None:
    data = 'value,metric\n"5"x,x\n6,y\n'
    claims, errors = _read(tmp_path, "odd.csv", data.encode())
    assert [c.quantity.low for c in claims] == [6]
    assert _where(errors) == [(2, "")]


# --- 15. blank CSV lines ----------------------------------------------------------------------


def test_csv_lines_of_blanks_are_skipped(tmp_path: Path) -> None:
    data = "value,metric\n5,x\n   \n , \n\t\n6,y\n"
    claims, errors = _read(tmp_path, "blank.csv", data.encode())
    assert not errors
    assert len(claims) == 2


# --- 16. prose ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["notes", "notes.txt", "notes.csv"])
def test_prose_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(InputError, match="names no claim field"):
        _read(tmp_path, name, b"This is some prose, not a table.\nAnother line.\n")


def test_utf16_is_refused_with_a_reason(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="UTF-16"):
        _read(tmp_path, "c.csv", GOOD_CSV.encode("utf-16"))


# --- 19. a non-UTF-8 header -------------------------------------------------------------


def test_undecodable_header_name(tmp_path: Path) -> None:
    claims, errors = _read(tmp_path, "h.csv", b"value,metric,n\xffote\n5,x,a\n")
    assert len(claims) == 1
    assert _where(errors) == [(1, "")]
    for error in errors:
        str(error).encode("utf-8")  # never a lone surrogate in an error


def test_undecodable_bytes_never_reach_errors(tmp_path: Path) -> None:
    _, errors = _read(
        tmp_path, "k.jsonl", b'{"value": 1, "metric": "x", "\\udcff": 1, "id": "\\ud800"}\n'
    )
    assert errors
    for error in errors:
        str(error).encode("utf-8")
        (error.record_id or "").encode("utf-8")


# --- 20. empty files: see test_records.py::test_empty_file -----------------------------------

# --- 27. dates --------------------------------------------------------------------------------


def test_day_month_year_dates_say_what_is_expected(tmp_path: Path) -> None:
    _, errors = _read(tmp_path, "d.csv", b"value,metric,as_of\n3,x,27/11/2026\n")
    assert _where(errors) == [(2, "as_of")]
    assert "2026-11-27" in errors[0].message
    assert "'27'" not in errors[0].message


def test_iso_intervals_still_read() -> None:
    claims, errors = read_claims(
        [{"value": 3, "metric": "releases", "as_of": "2026-01-08/2026-01-19"}]
    )
    assert not errors
    assert claims[0].as_of is not None
    assert claims[0].as_of.start is not None


# --- 28. unknown columns ------------------------------------------------------------------


def test_unknown_column_reported_once(tmp_path: Path) -> None:
    data = "value,metric,claimnt\n" + "".join(f"{k},x,A\n" for k in range(1, 6))
    claims, errors = _read(tmp_path, "typo.csv", data.encode())
    assert len(claims) == 5
    assert _where(errors) == [(1, "claimnt")]
    assert "did you mean 'claimant'" in errors[0].message


def test_unknown_json_field_suggests() -> None:
    _, [error] = read_claims([{"value": 3, "metrc": "x", "metric": "x"}])
    assert error.field == "metrc"
    assert "did you mean 'metric'" in error.message


# --- 29. csv.DictReader rows --------------------------------------------------------------


def test_dictreader_rows_read_as_the_cli_reads_the_file(tmp_path: Path) -> None:
    text = (
        "id,value,value.low,value.high,qualifier,metric,claimant,as_of,evidence.doc,"
        "evidence.start,evidence.end\n"
        "a,800,,,nearly,political prisoners,Foro Penal; JEyP,2026-01-19,a.txt,0,10\n"
        "b,,800,1200,,political prisoners,,,,,\n"
        "c,more than 1.345,,,,political prisoners,Clippve,,,,\n"
    )
    rows = list(csv.DictReader(io.StringIO(text)))
    from_rows = read_claims(rows)
    from_file = _read(tmp_path, "rows.csv", text.encode())
    assert not from_rows[1]
    assert from_rows[0] == from_file[0]
    assert [len(c.claimants) for c in from_rows[0]] == [2, 0, 1]


def test_dictreader_extra_cells() -> None:
    rows = list(csv.DictReader(io.StringIO("value,metric\n3,x,surprise\n4,y\n")))
    claims, errors = read_claims(rows)
    assert len(claims) == 1
    assert _where(errors) == [(1, "")]


def test_deep_orgs_file(tmp_path: Path) -> None:
    from discrepancy.orgs import OrgRegistry

    path = tmp_path / "orgs.json"
    path.write_bytes(b"[" * 100_000)
    with pytest.raises(InputError, match="nested too deeply"):
        OrgRegistry.load(path)


def test_two_stray_quotes_cost_two_rows(tmp_path: Path) -> None:
    rows = [f"{k},x" for k in range(1, 9)]
    rows[1] = '"2,x'
    rows[5] = '"6,x'
    data = "value,metric\n" + "\n".join(rows) + "\n"
    claims, errors = _read(tmp_path, "quotes.csv", data.encode())
    assert [c.quantity.low for c in claims] == [1, 3, 4, 5, 7, 8]
    assert _where(errors) == [(3, ""), (7, "")]


def test_deep_report_json() -> None:
    from discrepancy import Report

    with pytest.raises(InputError, match="nested too deeply"):
        Report.from_json("[" * 100_000)


@pytest.mark.parametrize("value", [1e15, 1e15 + 2, 1.7e308, {"low": 1, "high": 2e15}])
def test_record_schema_and_reader_agree_on_large_values(value: object) -> None:
    import json
    from importlib import resources

    from jsonschema import Draft202012Validator

    schema = json.loads(
        resources.files("discrepancy").joinpath("data/record.schema.json").read_text("utf-8")
    )
    record = {"value": value, "metric": "x"}
    reader_ok = not read_claims([record])[1]
    assert Draft202012Validator(schema).is_valid(record) == reader_ok


@pytest.mark.parametrize("source", [5, None, {"value": 1, "metric": "x"}])
def test_read_claims_of_the_wrong_type_is_a_usage_error(source: object) -> None:
    from discrepancy import UsageError

    with pytest.raises(UsageError, match="read_claims reads"):
        read_claims(source)  # type: ignore[arg-type]
