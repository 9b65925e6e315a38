"""The input formats: JSON list, JSON Lines and CSV, read into raw records with their place.

Nothing here judges a record's fields (that is `discrepancy.records`); a record that
cannot even be parsed (bad JSON, bad UTF-8, broken CSV quoting) carries its problem instead
of its data, so that one broken record never costs the others. What makes a whole file
unreadable (a JSON list that is not JSON, a CSV header that names no claim field or names
one twice) is an [`InputError`][discrepancy.errors.InputError]. CSV is read in
`discrepancy._csvrows`.

The rules, one for every format:

* an empty file (or one of only white space) holds no records;
* blank lines (and CSV rows of blank cells) are not records;
* a record with undecodable bytes is reported as such; the others are read.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from discrepancy._rows import builder
from discrepancy.errors import InputError

__all__ = [
    "BLANK",
    "NESTED_FIELDS",
    "RECORD_FIELDS",
    "Raw",
    "has_bad_bytes",
    "load_json",
    "parse_bytes",
    "suggest",
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

BLANK = " \t\r\n"
"""What a blank line or cell holds (JSON's white space); a line of U+001E is not blank."""

_NON_BLANK = re.compile(r"[^ \t\r\n]")


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


_RAW = builder(Raw, ("line", "record", "data", "problem", "field", "text_cells"))
"""A parsed line's `Raw`, its fields stored without the frozen class's ``__init__``
(about 1 µs a record; `discrepancy._rows`)."""


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
    """``json.loads`` for a whole document, every failure an
    [`InputError`][discrepancy.errors.InputError] on ``source``.

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


def _lines(text: str) -> Iterator[str]:
    """``text.split("\n")``, one line at a time: a million-line file is not held twice
    (its text and a list of its lines: a fifth of the whole job's peak memory)."""
    find = text.find
    start = 0
    while (end := find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def _json_lines(text: str) -> Iterator[Raw]:
    # only "\n" ends a JSON Lines record: U+2028 and friends may sit raw inside strings
    clean = text.isascii()  # then no line holds undecodable bytes (one C scan, not one a line)
    loads, build = json.loads, _RAW or Raw
    for number, line in enumerate(_lines(text), start=1):
        line = line.removesuffix("\r")
        if not line.strip(BLANK):
            continue
        if not clean and has_bad_bytes(line):
            yield Raw(number, None, None, "is not valid UTF-8")
            continue
        try:
            yield build(number, None, loads(line), None, "", False)
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
    if _NON_BLANK.search(text) is None:  # (not ``text.strip()``: no copy of a large text)
        return ()
    fmt = _sniff(text, label)
    if fmt == "jsonl":
        return _json_lines(text)
    if fmt == "json":
        return _json_list(text, label)
    from discrepancy._csvrows import csv_rows

    return csv_rows(text, label)
