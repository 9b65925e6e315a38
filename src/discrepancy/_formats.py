"""The input formats: JSON list, JSON Lines and CSV, read into raw records with their place.

Nothing here judges a record's fields (that is :mod:`discrepancy.records`); a record that
cannot even be parsed (bad JSON, bad UTF-8, broken CSV quoting) carries its problem instead
of its data, so that one broken record never costs the others. What makes a whole file
unreadable (a JSON list that is not JSON, a CSV header that names no claim field or names
one twice) is an :class:`~discrepancy.errors.InputError`.

The rules, one for every format:

* an empty file (or one of only white space) holds no records;
* blank lines (and CSV rows of blank cells) are not records;
* a record with undecodable bytes is reported as such; the others are read.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from discrepancy._escape import clean
from discrepancy.errors import InputError, shorten

__all__ = [
    "NESTED_FIELDS",
    "RECORD_FIELDS",
    "Raw",
    "has_bad_bytes",
    "is_text_row",
    "load_json",
    "parse_bytes",
    "suggest",
    "text_row",
]

RECORD_FIELDS = frozenset(
    (
        "id",
        "value",
        "qualifier",
        "unit",
        "metric",
        "metric_text",
        "scope",
        "claimant",
        "outlet",
        "status",
        "as_of",
        "published",
        "event",
        "part_of",
        "supersedes",
        "evidence",
        "note",
    )
)
"""The fields of a claim record (the JSON contract; CSV columns have the same names)."""

NESTED_FIELDS: Mapping[str, frozenset[str]] = {
    "value": frozenset(("low", "high")),
    "as_of": frozenset(("start", "end")),
    "evidence": frozenset(("doc", "start", "end", "sha256")),
}
"""The fields that hold an object, and its keys (``value.low`` as a CSV column)."""

_CSV_COLUMNS = sorted(
    [*RECORD_FIELDS, *(f"{k}.{sub}" for k, subs in NESTED_FIELDS.items() for sub in subs)]
)
_MAX_QUOTE_RESTARTS = 100_000
_BLANK = " \t\r\n"  # what a blank line or cell holds (JSON's white space); "\x1e" is not


@attrs.frozen
class Raw:
    """One record as read, before it is checked: where it came from and its content.

    ``problem`` says why the record could not even be parsed (then ``data`` is ``None``),
    ``field`` which field or column the problem is about. ``text_cells``: every value is
    text, as in a CSV row (numbers are read from their digits, empty cells are absent).
    """

    line: int | None
    record: int | None
    data: object
    problem: str | None = None
    field: str = ""
    text_cells: bool = False


def _decode(data: bytes, name: str) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError("is UTF-16 text; save it as UTF-8", source=name)
    text = data.decode("utf-8", errors="surrogateescape")
    return text[1:] if text.startswith("\ufeff") else text


def has_bad_bytes(text: str) -> bool:
    """Whether ``text`` holds lone surrogates (undecodable bytes, or JSON ``\\udcff``)."""
    if text.isascii():
        return False
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def suggest(name: str, known: Iterable[str]) -> str:
    """`` (did you mean 'claimant'?)`` when ``name`` looks like a known name, else ``""``."""
    import difflib  # only when a name is wrong: not at start-up

    close = difflib.get_close_matches(name.strip().lower(), sorted(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def load_json(text: str, source: str, *, what: str = "a JSON document") -> Any:
    """``json.loads`` for a whole document, every failure an :class:`InputError` on ``source``.

    Raises:
        InputError: not JSON, or nested too deeply for the parser.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        bad = " (nor valid UTF-8)" if has_bad_bytes(text) else ""
        raise InputError(
            f"is not valid JSON{bad}: {exc.msg} at line {exc.lineno}, column {exc.colno}",
            source=source,
        ) from None
    except RecursionError:
        raise InputError(f"is nested too deeply to be {what}", source=source) from None


# --- JSON Lines and JSON lists --------------------------------------------------------------


def _json_lines(text: str) -> Iterator[Raw]:
    # only "\n" ends a JSON Lines record: U+2028 and friends may sit raw inside strings
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip(_BLANK):
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


def _holds_bad_bytes(data: object) -> bool:
    """Whether any string (key or value) in JSON data holds undecodable bytes; no recursion."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if has_bad_bytes(item):
                return True
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def _json_list(text: str, name: str) -> Iterator[Raw]:
    data = load_json(text, name, what="a list of claim records")
    if isinstance(data, Mapping) and isinstance(data.get("claims"), list):
        data = data["claims"]  # a report: check its claims again
    if not isinstance(data, list):
        raise InputError(
            f"must hold a JSON list of claim records, not {type(data).__name__}", source=name
        )
    bad_bytes = has_bad_bytes(text)  # then find the records that hold them; read the rest
    for number, item in enumerate(data, start=1):
        if bad_bytes and _holds_bad_bytes(item):
            yield Raw(None, number, None, "is not valid UTF-8")
        else:
            yield Raw(None, number, item)


# --- CSV ------------------------------------------------------------------------------------


@attrs.frozen
class _Column:
    name: str  # as written, stripped
    key: str  # the record field
    sub: str  # the nested key ("low" of value.low), or ""


def _blank(row: Sequence[str]) -> bool:
    return all(not cell.strip(_BLANK) for cell in row)


def _header(row: list[str], line: int, name: str) -> tuple[list[_Column | None], list[Raw]]:
    """The columns a header names (``None``: ignored), and one problem per bad column."""
    columns: list[_Column | None] = []
    problems: list[Raw] = []
    seen: dict[str, int] = {}
    for number, cell in enumerate(row, start=1):
        text = cell.strip()
        if not text:
            columns.append(None)  # an unnamed column: its cells must stay empty
            continue
        if has_bad_bytes(text):
            problems.append(Raw(line, None, None, f"column {number}'s name is not valid UTF-8"))
            columns.append(None)
            continue
        if text in seen:
            raise InputError(
                f"column {clean(text)!r} appears twice (columns {seen[text]} and {number}):"
                " which one holds the data cannot be told",
                source=name,
            )
        seen[text] = number
        key, _, sub = text.partition(".")
        if key not in RECORD_FIELDS or (sub and sub not in NESTED_FIELDS.get(key, ())):
            problems.append(
                Raw(
                    line,
                    None,
                    None,
                    f"is not a claim field; column {number} is ignored"
                    + suggest(text, _CSV_COLUMNS),
                    field=clean(text)[:60],
                )
            )
            columns.append(None)
            continue
        columns.append(_Column(text, key, sub))
    if all(c is None for c in columns):
        raise InputError(
            f"its first line {shorten(','.join(row))} names no claim field"
            f" (such as value, metric, claimant): is it a claims file?",
            source=name,
        )
    return columns, problems


def _row(cells: list[str], line: int, columns: list[_Column | None]) -> Raw:
    """One CSV row as a record: empty cells are absent, dotted columns nest."""
    out: dict[str, Any] = {}
    for k, cell in enumerate(cells):
        if not cell or not cell.strip(_BLANK):
            continue
        column = columns[k] if k < len(columns) else None
        if column is None:
            if k >= len(columns):
                return Raw(line, None, None, "has more cells than the header has columns")
            continue  # a cell under an ignored column (reported once, with the header)
        if has_bad_bytes(cell):
            return Raw(line, None, None, "is not valid UTF-8", field=column.name)
        if column.sub:
            nested = out.setdefault(column.key, {})
            if not isinstance(nested, dict):
                return _both(line, column)
            nested[column.sub] = cell
        elif column.key in out:
            return _both(line, column)
        elif column.key == "claimant" and ";" in cell:
            out["claimant"] = [part for part in (p.strip() for p in cell.split(";")) if part]
        else:
            out[column.key] = cell
    return Raw(line, None, out, text_cells=True)


def _both(line: int, column: _Column) -> Raw:
    subs = "/".join(f"{column.key}.{s}" for s in sorted(NESTED_FIELDS[column.key]))
    return Raw(
        line,
        None,
        None,
        f"gives both {column.key} and {subs}: fill one or the other",
        field=column.key,
    )


def is_text_row(item: object) -> bool:
    """Whether a Python record is a row of text cells (a ``csv.DictReader`` row)."""
    if not isinstance(item, Mapping) or not item:
        return False
    return all(
        (isinstance(key, str) and (cell is None or isinstance(cell, str)))
        or (key is None and isinstance(cell, list))  # DictReader's cells beyond the header
        for key, cell in item.items()
    )


def text_row(row: Mapping[Any, Any], record: int) -> Raw:
    """A ``csv.DictReader`` row as a record, read as the same row of a CSV file would be."""
    columns: list[_Column | None] = []
    cells: list[str] = []
    for key, cell in row.items():
        if key is None:
            if any(isinstance(c, str) and c.strip() for c in cell):
                return Raw(None, record, None, "has more cells than the header has columns")
            continue
        name = key.strip()
        head, _, sub = name.partition(".")
        if head not in RECORD_FIELDS or (sub and sub not in NESTED_FIELDS.get(head, ())):
            shown = clean(name)[:60]
            return Raw(
                None, record, None, "is not a claim field" + suggest(shown, _CSV_COLUMNS), shown
            )
        columns.append(_Column(name, head, sub))
        cells.append(cell or "")
    return attrs.evolve(_row(cells, 0, columns), line=None, record=record)


def _csv_rows(text: str, name: str) -> Iterator[Raw]:
    lines = io.StringIO(text, newline="").readlines()
    # The csv module's own per-field size limit is process-wide state: it is read, never set.
    # A longer cell makes its row an error (no field may be that long anyway).
    reader = csv.reader(lines, strict=True)
    header: list[str] | None = None
    while header is None:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(
                f"line {reader.line_num}: the header is not CSV ({exc})", source=name
            ) from None
        if not _blank(row):
            header = row
    header_line = reader.line_num
    columns, problems = _header(header, header_line, name)
    yield from problems
    yield from _data_rows(lines, header_line, columns, name)


def _data_rows(
    lines: list[str], start: int, columns: list[_Column | None], name: str
) -> Iterator[Raw]:
    """Rows from ``lines[start:]``; a quote never closed spoils one row, not the rest.

    A row that fails after running over several lines was swallowing the lines after it
    (a stray opening quote): it is reported on its first line, and reading starts again
    on the next. A broken row of one line is reported, and reading goes on after it.
    """
    restarts = 0
    while start < len(lines):
        reader = csv.reader(itertools.islice(lines, start, None), strict=True)
        while True:
            first = start + reader.line_num + 1  # the 1-based line this row starts on
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                last = start + reader.line_num  # the 1-based line it failed on
                if last == first:
                    yield Raw(first, None, None, f"is not valid CSV ({exc})")
                    continue
                reason = (
                    "opens a quote that is never closed"
                    if last >= len(lines) and "end of data" in str(exc)
                    else f"opens a quote that runs on to line {last}, where it breaks ({exc})"
                )
                yield Raw(first, None, None, reason)
                restarts += 1
                if restarts > _MAX_QUOTE_RESTARTS:
                    raise InputError(
                        f"line {first}: more than {_MAX_QUOTE_RESTARTS:,} rows open quotes"
                        " that run on over later lines: is this CSV?",
                        source=name,
                    ) from None
                start = first
                break
            if not _blank(cells):
                yield _row(cells, first, columns)


# --- which format ---------------------------------------------------------------------------


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


def parse_bytes(data: bytes, label: str) -> Iterable[Raw]:
    """The raw records of a file's bytes, in the format its name or its first bytes tell.

    Raises:
        InputError: the file as a whole cannot be read (see the module's rules).
    """
    text = _decode(data, label)
    if not text.strip(_BLANK):
        return ()
    fmt = _sniff(text, label)
    if fmt == "jsonl":
        return _json_lines(text)
    if fmt == "json":
        return _json_list(text, label)
    return _csv_rows(text, label)
