"""The input formats: JSON list, JSON Lines and CSV, read into raw records with their place.

Nothing here judges a record's fields (that is :mod:`discrepancy.records`); a record that
cannot even be parsed (bad JSON, bad UTF-8) carries its problem instead of its data.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from discrepancy.errors import InputError

__all__ = ["Raw", "has_bad_bytes", "parse_bytes"]


@attrs.frozen
class Raw:
    """One record as read, before it is checked: where it came from and its content."""

    line: int | None
    record: int | None
    data: object
    problem: str | None = None  # the record could not even be parsed


def _decode(data: bytes) -> str:
    text = data.decode("utf-8", errors="surrogateescape")
    return text[1:] if text.startswith("\ufeff") else text


def has_bad_bytes(text: str) -> bool:
    """Whether decoding with ``surrogateescape`` left undecodable bytes in ``text``."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_lines(text: str) -> Iterator[Raw]:
    # only "\n" ends a JSON Lines record: U+2028 and friends may sit raw inside strings
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        if has_bad_bytes(line):
            yield Raw(number, None, None, "is not valid UTF-8")
            continue
        try:
            yield Raw(number, None, json.loads(line))
        except json.JSONDecodeError as exc:
            yield Raw(number, None, None, f"is not valid JSON ({exc.msg} at column {exc.colno})")
        except RecursionError:
            yield Raw(number, None, None, "is nested too deeply to be a claim")


def _json_list(text: str, name: str) -> Iterator[Raw]:
    if has_bad_bytes(text):
        raise InputError("is not valid UTF-8 (a JSON list must be readable whole)", source=name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"is not valid JSON: {exc.msg} at line {exc.lineno}", source=name
        ) from None
    if isinstance(data, Mapping) and isinstance(data.get("claims"), list):
        data = data["claims"]  # a report: check its claims again
    if not isinstance(data, list):
        raise InputError("must hold a JSON list of claim records", source=name)
    for number, item in enumerate(data, start=1):
        yield Raw(None, number, item)


def _csv_rows(text: str) -> Iterator[Raw]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    line = reader.line_num + 1
    for row in reader:
        start, line = line, reader.line_num + 1
        if None in row:
            yield Raw(start, None, None, "has more cells than the header has columns")
            continue
        if any(v is not None and has_bad_bytes(v) for v in row.values()):
            yield Raw(start, None, None, "is not valid UTF-8")
            continue
        yield Raw(start, None, _unflatten(row))


def _unflatten(row: Mapping[str, str | None]) -> dict[str, Any]:
    """CSV cells → a record: empty cells are absent, dotted columns nest, ``;`` splits lists."""
    out: dict[str, Any] = {}
    for column, cell in row.items():
        if cell is None or not cell.strip():
            continue
        key, _, sub = column.strip().partition(".")
        if sub:
            out.setdefault(key, {})[sub] = cell
        elif key == "claimant" and ";" in cell:
            out[key] = [part for part in (p.strip() for p in cell.split(";")) if part]
        else:
            out[key] = cell
    return out


def _sniff(text: str, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".csv":
        return "csv"
    head = text.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{":
        stripped = text.strip()
        # one JSON object spread over many lines is a report or a single record, not JSON Lines
        first_line = stripped.split("\n", 1)[0].strip()
        if first_line == "{":
            return "json"
        return "jsonl"
    return "json" if suffix == ".json" else "csv"


def parse_bytes(data: bytes, label: str) -> tuple[Iterable[Raw], bool]:
    text = _decode(data)
    fmt = _sniff(text, label)
    parsers: dict[str, Callable[[], Iterable[Raw]]] = {
        "jsonl": lambda: _json_lines(text),
        "json": lambda: _json_list(text, label),
        "csv": lambda: _csv_rows(text),
    }
    return parsers[fmt](), fmt == "csv"
