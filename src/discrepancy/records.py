"""Claim records in: JSON list, JSON Lines or CSV, each record checked field by field.

Every invalid record becomes a [`RecordError`][discrepancy.errors.RecordError] naming the source,
the line (or record number) and the field; valid records are never lost because another
was invalid. [`read_claims()`][discrepancy.records.read_claims] returns both, and the caller decides
what to do.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from discrepancy._csvrows import is_text_row, text_row
from discrepancy._escape import clean
from discrepancy._formats import RECORD_FIELDS, Raw, has_bad_bytes, parse_bytes, suggest
from discrepancy._numbers import NotANumber, parse_digits
from discrepancy.claim import Claim, Evidence, Period, Status
from discrepancy.errors import BadField as _Bad
from discrepancy.errors import InputError, QuantityError, RecordError, UsageError, shorten
from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.orgs import OrgRef
from discrepancy.quantity import DEFAULT_POLICY, Qualifier, Quantity, VaguenessPolicy

__all__ = ["RECORD_FIELDS", "read_claims", "record_to_claim"]

MAX_TEXT = 10_000
"""The longest text a field may hold; anything longer is a broken record, not a claim."""

_UNITS = frozenset({"people", "percent", "ratio"})


@attrs.frozen
class _SourceReader:
    """What reading one source needs, and what it has already worked out.

    Sources repeat themselves (the same hedged figure, outlet, claimant, date), so the
    answers for each distinct text are kept for the length of one read.
    """

    policy: VaguenessPolicy
    metrics: MetricRegistry
    from_text: bool  # CSV: numbers arrive as strings
    quantities: dict[str, Quantity] = attrs.field(factory=dict)
    refs: dict[str, OrgRef] = attrs.field(factory=dict)
    metric_ids: dict[str, str] = attrs.field(factory=dict)
    periods: dict[tuple[str, bool], Period] = attrs.field(factory=dict)
    dates: dict[str, dt.date] = attrs.field(factory=dict)

    def period(self, value: object, field: str, *, cumulative: bool) -> Period:
        """``_period``, each distinct date text read once (its error is raised anew)."""
        if type(value) is not str:
            return _period(value, field, cumulative=cumulative)
        found = self.periods.get((value, cumulative))
        if found is None:
            found = self.periods[(value, cumulative)] = _period(value, field, cumulative=cumulative)
        return found

    def date(self, value: object, field: str) -> dt.date:
        if type(value) is not str:
            return _date(value, field)
        found = self.dates.get(value)
        if found is None:
            found = self.dates[value] = _date(value, field)
        return found

    hedges: dict[str, Qualifier] = attrs.field(factory=dict)
    lists: dict[str, tuple[OrgRef, ...]] = attrs.field(factory=dict)

    def parse(self, text: str) -> Quantity:
        found = self.quantities.get(text)
        if found is None:
            found = self.quantities[text] = self._parse(text)
        return found

    def _parse(self, text: str) -> Quantity:
        """``Quantity.parse``, with a shortcut for a hedge already read before a new number.

        Feeds repeat one wording with many figures ("about 12,345", "about 12,410"): the
        first is read in full, and the hedge it gave stands for the same words before any
        other plain figure (digits in groups of three). Only hedges that do not depend on
        the figure (never an exact or round one) are remembered.
        """
        head, _, tail = text.rpartition(" ")
        number = _grouped(tail) if head else None
        if number is not None:
            qualifier = self.hedges.get(head)
            if qualifier is not None:
                return Quantity.of(number, qualifier, surface=text, policy=self.policy)
        quantity = Quantity.parse(text, policy=self.policy)
        if (
            number is not None
            and quantity.value == number
            and quantity.unit == "people"
            and quantity.surface == text
            and quantity.qualifier not in (Qualifier.EXACT, Qualifier.ROUND, Qualifier.VAGUE)
            and quantity.qualifier is not Qualifier.RANGE
        ):
            self.hedges[head] = quantity.qualifier
        return quantity

    def ref(self, mention: str) -> OrgRef:
        found = self.refs.get(mention)
        if found is None:
            found = self.refs[mention] = OrgRef(mention=mention)
        return found

    def metric(self, text: str) -> str:
        found = self.metric_ids.get(text)
        if found is None:
            found = self.metric_ids[text] = self.metrics.normalize(text)
        return found


def _text(value: object, field: str, *, required: bool = False) -> str | None:
    if type(value) is str and 0 < len(value) <= MAX_TEXT and value.isascii():
        stripped = value.strip()
        if stripped:
            return stripped  # the common case, checked at C speed
    if value is None:
        if required:
            raise _Bad(field, "is required")
        return None
    if not isinstance(value, str):
        raise _Bad(field, f"must be a string, not {type(value).__name__} {shorten(value)}")
    if len(value) > MAX_TEXT:
        raise _Bad(field, f"is {len(value):,} characters long (at most {MAX_TEXT:,})")
    stripped = value.strip()
    if not stripped:
        raise _Bad(field, "is empty")
    if "\ufffd" in stripped or has_bad_bytes(stripped):
        raise _Bad(field, "is not valid UTF-8 text")
    return stripped


def _number(value: object, field: str, ctx: _SourceReader) -> float:
    if ctx.from_text and isinstance(value, str):
        try:  # the digits as Quantity.parse reads them: "1,085" and "1.085" are 1085
            value = parse_digits(value.strip().lstrip("-")) * (
                -1 if value.strip()[:1] == "-" else 1
            )
        except (NotANumber, ValueError):
            raise _Bad(field, f"{shorten(value)} is not a number") from None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(field, f"must be a number, not {type(value).__name__} {shorten(value)}")
    try:
        number = float(value)
    except OverflowError:  # an integer of hundreds of digits
        raise _Bad(field, f"{shorten(value)} is too large to be a count") from None
    if not math.isfinite(number):
        raise _Bad(field, f"{shorten(value)} is not a finite number")
    if number < 0:
        raise _Bad(field, f"{shorten(value)} is negative; counts are ≥ 0")
    return number


def _grouped(text: str) -> int | None:
    """A plain figure: digits, in groups of three after the first when commas are used
    ("12,345", "980", "1200"), no leading zero; ``None`` for anything else."""
    if not text or text[0] == "0" or len(text) > 15:
        return None
    digits = text.replace(",", "")
    if not (digits.isdigit() and digits.isascii()):
        return None
    if "," in text:
        first, *groups = text.split(",")
        if not 1 <= len(first) <= 3 or any(len(g) != 3 for g in groups):
            return None
    return int(digits)


_STATUSES: dict[str | None, Status] = {None: Status.REPORTED, **{s.value: s for s in Status}}


def _optional(rec: Mapping[str, Any], field: str) -> str | None:
    """An optional text field; absent (the common case) without a call to ``_text``."""
    value = rec.get(field)
    return None if value is None else _text(value, field)


def _date(value: object, field: str) -> dt.date:
    text = _text(value, field, required=True)
    assert text is not None
    try:
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError(text)  # fromisoformat also takes 20260119 and 2026-W03-1
        return dt.date.fromisoformat(text)
    except ValueError:
        raise _Bad(field, f"{shorten(text)} is not a date: {date_hint(text)}") from None


def date_hint(text: str) -> str:
    """What a date should look like, with ``text`` rewritten when it is plainly D/M/Y."""
    parts = text.replace(".", "/").replace("-", "/").split("/")
    if len(parts) == 3 and all(p.isdigit() and p.isascii() for p in parts):
        day, month, year = (int(p) for p in parts)
        if len(parts[2]) == 4 and 12 < day <= 31 and 1 <= month <= 12:
            return f"expected YYYY-MM-DD, such as {year:04d}-{month:02d}-{day:02d}"
    return "expected YYYY-MM-DD, such as 2026-01-19"


def _is_interval(text: str) -> bool:
    """An ISO 8601 interval ("2026-01-08/2026-01-19", "../2026-01-19"), not "27/11/2026"."""
    head, _, tail = text.partition("/")
    return "/" not in tail and (head.strip() in ("", "..") or "-" in head) and "-" in tail


def _quantity(rec: Mapping[str, Any], ctx: _SourceReader) -> Quantity:
    value = rec.get("value")
    qualifier_text = _text(rec.get("qualifier"), "qualifier")
    unit = _text(rec.get("unit"), "unit") or "people"
    if unit not in _UNITS:
        raise _Bad("unit", f"{shorten(unit)} is not one of {', '.join(sorted(_UNITS))}")
    qualifier: Qualifier | None = None
    if qualifier_text is not None:
        try:
            qualifier = Qualifier(qualifier_text)
        except ValueError:
            known = ", ".join(q.value for q in Qualifier)
            raise _Bad("qualifier", f"{shorten(qualifier_text)} is not one of {known}") from None
    if value is None:
        raise _Bad("value", "is required")
    try:
        if isinstance(value, Mapping):
            return _range(value, unit, ctx)
        if isinstance(value, str) and not (
            ctx.from_text and qualifier is not None and _is_number(value, ctx)
        ):
            text = _text(value, "value", required=True)
            assert text is not None
            quantity = ctx.parse(text)
            if quantity.unit != unit and unit != "people":
                quantity = attrs.evolve(quantity, unit=unit)
            if qualifier is not None and qualifier is not quantity.qualifier:
                raise _Bad(
                    "qualifier",
                    f"{qualifier.value!r} contradicts the hedge of value {shorten(value)}"
                    f" ({quantity.qualifier.value})",
                )
            return quantity
        number = _number(value, "value", ctx)
        if qualifier is None:
            qualifier = (
                Qualifier.ROUND
                if unit == "people" and ctx.policy.is_round(number)
                else (Qualifier.EXACT)
            )
        if qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
            raise _Bad(
                "qualifier", f"{qualifier.value!r} needs a value like {{'low': 800, 'high': 1200}}"
            )
        return Quantity.of(number, qualifier, unit=unit, policy=ctx.policy)
    except QuantityError as exc:
        raise _Bad("value", str(exc)) from None


def _is_number(text: str, ctx: _SourceReader) -> bool:
    """Whether a text cell is a plain number (a CSV ``value`` with a ``qualifier``)."""
    try:
        _number(text, "value", ctx)
    except _Bad:
        return False
    return True


def _range(value: Mapping[str, Any], unit: str, ctx: _SourceReader) -> Quantity:
    extra = set(value) - {"low", "high"}
    if extra:
        raise _Bad("value", f"unknown key {sorted(extra)[0]!r} (a range has low and high)")
    low = _number(value.get("low"), "value.low", ctx) if "low" in value else None
    if low is None:
        raise _Bad("value.low", "is required")
    high_raw = value.get("high")
    high = None if high_raw is None else _number(high_raw, "value.high", ctx)
    if high is not None and high < low:
        raise _Bad("value", f"low ({low:g}) is greater than high ({high:g})")
    return Quantity.between(low, high, unit=unit)


def _period(value: object, field: str, *, cumulative: bool = False) -> Period:
    """A date, ``{start, end}`` or an ISO interval; a bare date of a flow is cumulative."""
    if isinstance(value, Mapping):
        extra = set(value) - {"start", "end"}
        if extra:
            raise _Bad(field, f"unknown key {sorted(extra)[0]!r} (a period has start and end)")
        start = None if value.get("start") is None else _date(value["start"], f"{field}.start")
        end = _date(value.get("end"), f"{field}.end")
    elif isinstance(value, str) and "/" in value and _is_interval(value):
        # ISO 8601 interval: "2026-01-08/2026-01-19"; "../2026-01-19" is an open start.
        head, _, tail = value.partition("/")
        start = None if head.strip() in ("", "..") else _date(head, f"{field}.start")
        end = _date(tail, f"{field}.end")
    else:
        end = _date(value, field)
        start = None if cumulative else end
    if start is not None and start > end:
        raise _Bad(field, f"starts ({start}) after it ends ({end})")
    return Period(start=start, end=end)


def _claimants(value: object, ctx: _SourceReader) -> tuple[OrgRef, ...]:
    if value is None:
        return ()
    if type(value) is str:  # one claimant, the common case: one tuple per distinct text
        found = ctx.lists.get(value)
        if found is None:
            mention = _text(value, "claimant", required=True)
            assert mention is not None
            found = ctx.lists[value] = (ctx.ref(mention),)
        return found
    items: list[object]
    if isinstance(value, str):
        items = [value]
    elif isinstance(value, list):
        items = value
    else:
        raise _Bad("claimant", f"must be a string or a list of strings, not {shorten(value)}")
    refs = []
    for k, item in enumerate(items):
        mention = _text(
            item, "claimant" if isinstance(value, str) else f"claimant[{k}]", required=True
        )
        assert mention is not None
        refs.append(ctx.ref(mention))
    return tuple(refs)


def _evidence(value: object, ctx: _SourceReader) -> Evidence | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise _Bad("evidence", f"must be an object with doc, start and end, not {shorten(value)}")
    extra = set(value) - {"doc", "start", "end", "sha256"}
    if extra:
        raise _Bad("evidence", f"unknown key {sorted(extra)[0]!r}")
    doc = _text(value.get("doc"), "evidence.doc", required=True)
    assert doc is not None
    bounds = []
    for key in ("start", "end"):
        raw = value.get(key)
        number = _number(raw, f"evidence.{key}", ctx)
        if number != int(number):
            raise _Bad(f"evidence.{key}", f"{shorten(raw)} is not a character offset")
        bounds.append(int(number))
    start, end = bounds
    if end < start:
        raise _Bad("evidence", f"end ({end}) is before start ({start})")
    return Evidence(
        doc=doc, start=start, end=end, sha256=_text(value.get("sha256"), "evidence.sha256")
    )


def record_to_claim(
    rec: object,
    *,
    policy: VaguenessPolicy = DEFAULT_POLICY,
    metrics: MetricRegistry | None = None,
    from_text: bool = False,
) -> Claim:
    """One record → one [`Claim`][discrepancy.claim.Claim].

    Raises:
        RecordError: the record is invalid (source ``<records>``, the field named), as
            [`read_claims()`][discrepancy.records.read_claims] reports it.
    """
    ctx = _SourceReader(policy, metrics or MetricRegistry.builtin(), from_text)
    try:
        return _to_claim(rec, ctx)
    except _Bad as bad:
        raise RecordError(
            source="<records>", field=bad.field, message=bad.message, record_id=_readable_id(rec)
        ) from None


def _to_claim(rec: object, ctx: _SourceReader) -> Claim:
    if not isinstance(rec, Mapping):
        raise _Bad("", f"a claim record must be an object, not {type(rec).__name__}")
    unknown = [] if RECORD_FIELDS.issuperset(rec) else [k for k in rec if k not in RECORD_FIELDS]
    if unknown:
        name = clean(str(unknown[0]))
        raise _Bad(name[:40], "is not a claim field" + suggest(name, RECORD_FIELDS))
    metric_text = _text(rec.get("metric"), "metric", required=True)
    assert metric_text is not None
    status_text = _text(rec.get("status"), "status")
    try:
        status = _STATUSES.get(status_text) or Status(status_text)  # type: ignore[arg-type]
    except ValueError:
        known = ", ".join(s.value for s in Status)
        raise _Bad("status", f"{shorten(status_text)} is not one of {known}") from None
    outlet = _text(rec.get("outlet"), "outlet")
    metric = ctx.metric(metric_text)
    # a bare date of a flow is cumulative up to it; an event count (a crowd) is of that day
    is_flow = ctx.metrics.kind(metric) is MetricKind.FLOW
    as_of = rec.get("as_of")
    published = rec.get("published")
    fields = (
        _text(rec.get("id"), "id") or "",
        _quantity(rec, ctx),
        metric,
        _optional(rec, "metric_text") or metric_text,
        _text(rec.get("scope"), "scope"),
        _claimants(rec.get("claimant"), ctx),
        False,
        ctx.ref(outlet) if outlet is not None else None,
        status,
        ctx.period(as_of, "as_of", cumulative=is_flow) if as_of is not None else None,
        False,
        ctx.date(published, "published") if published is not None else None,
        _optional(rec, "event"),
        _optional(rec, "part_of"),
        _optional(rec, "supersedes"),
        _evidence(rec.get("evidence"), ctx),
        _optional(rec, "note"),
    )
    if not fields[0] or not _FAST:
        named: dict[str, Any] = dict(zip(_CLAIM_FIELDS, fields, strict=True))
        return Claim(**named)  # no id: the constructor makes it a hash of the content
    claim = object.__new__(Claim)
    for name, value in zip(_CLAIM_FIELDS, fields, strict=True):
        _set(claim, name, value)
    return claim


_CLAIM_FIELDS = (
    "id", "quantity", "metric", "metric_text", "scope", "claimants", "claimant_is_outlet",
    "outlet", "status", "as_of", "as_of_inferred", "published", "event", "part_of",
    "supersedes", "evidence", "note",
)  # fmt: skip
_FAST = tuple(f.name for f in attrs.fields(Claim)) == _CLAIM_FIELDS
"""A record with an id is built field by field: every value has passed the checks above,
and ``Claim`` has no converter or validator left to run on them (its fields listed here,
else the constructor is used)."""
_set = object.__setattr__


def read_claims(
    source: str | Path | bytes | Iterable[Mapping[str, Any]],
    *,
    name: str | None = None,
    policy: VaguenessPolicy = DEFAULT_POLICY,
    metrics: MetricRegistry | None = None,
) -> tuple[list[Claim], list[RecordError]]:
    """Read claim records from a file, raw bytes, Python mappings, or a DataFrame.

    A pandas or polars DataFrame has one record per row, its columns named as in CSV
    (see [`discrepancy.frames`][discrepancy.frames]).

    Returns the valid claims and one [`RecordError`][discrepancy.errors.RecordError] per invalid
    record, in input order. A duplicate ``id`` is an error on the later record.

    Files and bytes may be a JSON list, JSON Lines or CSV (by the name's suffix, else by the
    first bytes). Python records may be JSON-style mappings, or rows of text cells as
    ``csv.DictReader`` yields them (every value a string): those are read as the same CSV
    row would be (dotted columns nest, empty cells are absent, ``;`` separates claimants).

    Raises:
        InputError: the source cannot be read at all (missing file, not JSON/CSV, a CSV
            header that names no claim field or one field twice).
        UsageError: ``source`` is none of these (a number, a single mapping).
    """
    ctx = _SourceReader(policy, metrics or MetricRegistry.builtin(), from_text=False)
    raws: Iterable[Raw]
    if isinstance(source, str | Path):
        path = Path(source)
        label = clean(name or str(source))
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", source=label) from None
        raws = parse_bytes(data, label)
    elif isinstance(source, bytes):
        label = clean(name or "<stdin>")
        raws = parse_bytes(source, label)
    elif (rows := _frame_rows(source)) is not None:
        label = clean(name or "<dataframe>")
        raws = (Raw(None, k, item) for k, item in enumerate(rows, start=1))
    elif _records_like(source):
        label = clean(name or "<records>")
        raws = (
            text_row(item, k) if is_text_row(item) else Raw(None, k, item)
            for k, item in enumerate(source, start=1)
        )
    else:
        raise UsageError(
            "read_claims reads a path, bytes, or an iterable of records (mappings),"
            f" not {type(source).__name__}"
        )
    return _check_all(raws, label, ctx)


def _frame_rows(source: object) -> Iterator[dict[str, Any]] | None:
    """The rows of a pandas or polars DataFrame; ``None`` for anything else."""
    from discrepancy.frames import frame_records  # pandas/polars, never imported here

    return frame_records(source)


def _records_like(source: object) -> bool:
    """An iterable of records, not one record (a mapping) nor a number (the caller's slip)."""
    return isinstance(source, Iterable) and not isinstance(source, Mapping)


def _check_all(
    raws: Iterable[Raw], label: str, ctx: _SourceReader
) -> tuple[list[Claim], list[RecordError]]:
    claims: list[Claim] = []
    errors: list[RecordError] = []
    seen: set[str] = set()
    cells = attrs.evolve(ctx, from_text=True)  # shares the caches of ctx
    for raw in raws:
        field, problem = raw.field, raw.problem
        if problem is None:
            try:
                claim = _to_claim(raw.data, cells if raw.text_cells else ctx)
            except _Bad as bad:
                field, problem = bad.field, bad.message
            else:
                if claim.id not in seen:
                    seen.add(claim.id)
                    claims.append(claim)
                    continue
                field, problem = (
                    "id",
                    (
                        f"{claim.id!r} is used by an earlier record"
                        if _readable_id(raw.data) is not None
                        else "repeats an earlier record (same content, so the same id)"
                    ),
                )
        errors.append(
            RecordError(
                source=label,
                line=raw.line,
                record=raw.record,
                field=field,
                message=problem,
                record_id=_readable_id(raw.data),
            )
        )
    return claims, errors


def _readable_id(data: object) -> str | None:
    if isinstance(data, Mapping):
        value = data.get("id")
        if isinstance(value, str) and 0 < len(value) <= 200:
            return clean(value)
    return None


def claim_to_record(claim: Claim) -> dict[str, Any]:
    """A claim as an input record, the contract ``check`` reads; ``read_claims`` reads it back.

    Resolution results are not part of a record: claimants and outlet are their mentions.
    """
    q = claim.quantity
    rec: dict[str, Any] = {"id": claim.id, "value": q.surface or q.format()}
    if _reads_back(rec["value"], q.unit) != q:
        if q.value is not None:
            rec["value"] = int(q.value) if q.value == int(q.value) else q.value
            rec["qualifier"] = q.qualifier.value
        else:  # a range or vague amount: its bounds
            rec["value"] = {
                "low": _plain(q.low),
                "high": None if q.high is None else _plain(q.high),
            }
    if q.unit != "people":
        rec["unit"] = q.unit
    rec["metric"] = claim.metric
    rec["metric_text"] = claim.metric_text or None
    rec["scope"] = claim.scope
    rec["claimant"] = [ref.mention for ref in claim.claimants] or None
    rec["outlet"] = claim.outlet.mention if claim.outlet is not None else None
    rec["status"] = claim.status.value
    if claim.as_of is not None and not claim.as_of_inferred:
        start = claim.as_of.start.isoformat() if claim.as_of.start else None
        rec["as_of"] = {"start": start, "end": claim.as_of.end.isoformat()}
    rec["published"] = claim.published.isoformat() if claim.published else None
    rec["event"] = claim.event
    rec["part_of"] = claim.part_of
    rec["supersedes"] = claim.supersedes
    if claim.evidence is not None:
        ev = claim.evidence
        rec["evidence"] = {"doc": ev.doc, "start": ev.start, "end": ev.end}
        if ev.sha256 is not None:
            rec["evidence"]["sha256"] = ev.sha256
    rec["note"] = claim.note
    return {k: v for k, v in rec.items() if v is not None}


def _plain(x: float) -> int | float:
    return int(x) if x == int(x) else x


def _reads_back(text: str, unit: str) -> Quantity | None:
    """What ``read_claims`` makes of a value text written with a ``unit`` field."""
    try:
        quantity = Quantity.parse(text)
    except QuantityError:
        return None
    return quantity if unit == "people" else attrs.evolve(quantity, unit=unit)
