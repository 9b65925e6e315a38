"""CSV claim records: a header of field names, then one record per row, on its own lines.

The csv module reads the cells; this module decides what a row means and keeps one broken
row from costing the others. Its rules:

* the header names claim fields (``value.low`` for nested ones); a column named twice, or a
  header that names no field at all (a file of prose), refuses the file; an unknown column
  is reported once, on the header's line, with the nearest field name, and ignored;
* empty cells are absent; ``;`` separates claimants; a row gives ``value`` or
  ``value.low``/``value.high``, never both;
* a row of blank cells is not a record; a row with undecodable bytes, a cell beyond the csv
  module's size limit (read, never set: it is process-wide) or broken quoting is an error
  on its first line, and reading goes on (after a quote that never closes, on the next line).
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from discrepancy._escape import clean
from discrepancy._formats import (
    BLANK,
    NESTED_FIELDS,
    RECORD_FIELDS,
    Raw,
    has_bad_bytes,
    suggest,
)
from discrepancy.errors import InputError, shorten

__all__ = ["csv_rows", "is_text_row", "text_row"]

_CSV_COLUMNS = sorted(
    [*RECORD_FIELDS, *(f"{k}.{sub}" for k, subs in NESTED_FIELDS.items() for sub in subs)]
)
_MAX_QUOTE_RESTARTS = 100_000


@attrs.frozen
class _Column:
    name: str  # as written, stripped
    key: str  # the record field
    sub: str  # the nested key ("low" of value.low), or ""


def _blank(row: Sequence[str]) -> bool:
    return all(not cell.strip(BLANK) for cell in row)


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
        if not cell or not cell.strip(BLANK):
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


def csv_rows(text: str, name: str) -> Iterator[Raw]:
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
