"""Claim records in: JSON list, JSON Lines or CSV, each record checked field by field.

Every invalid record becomes a [`RecordError`][discrepancy.errors.RecordError] naming the source,
the line (or record number) and the field; valid records are never lost because another
was invalid. [`read_claims()`][discrepancy.records.read_claims] returns both, and the caller decides
what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from discrepancy._csvrows import is_text_row, text_row
from discrepancy._escape import clean
from discrepancy._formats import RECORD_FIELDS, Raw, parse_bytes, suggest
from discrepancy._record_fields import (
    MAX_TEXT,
    _claimants,
    _evidence,
    _optional,
    _quantity,
    _SourceReader,
    _text,
)
from discrepancy._record_fields import date_hint as date_hint
from discrepancy._rows import builder
from discrepancy.claim import Claim, Status
from discrepancy.errors import BadField as _Bad
from discrepancy.errors import InputError, QuantityError, RecordError, UsageError, shorten
from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.quantity import DEFAULT_POLICY, Quantity, VaguenessPolicy

__all__ = ["RECORD_FIELDS", "read_claims", "record_to_claim"]


_STATUSES: dict[str | None, Status] = {None: Status.REPORTED, **{s.value: s for s in Status}}


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


def _plain_text(value: object) -> str | None:
    """``_text``'s common case, for inlining: a short ASCII string, stripped; ``None`` (or
    ``""``) when ``_text`` must look closer (absent, empty, not a string, not ASCII)."""
    return (
        value.strip() if type(value) is str and len(value) <= MAX_TEXT and value.isascii() else None
    )


def _to_claim(rec: object, ctx: _SourceReader) -> Claim:
    if type(rec) is not dict and not isinstance(rec, Mapping):
        raise _Bad("", f"a claim record must be an object, not {type(rec).__name__}")
    unknown = [] if RECORD_FIELDS.issuperset(rec) else [k for k in rec if k not in RECORD_FIELDS]
    if unknown:
        name = clean(str(unknown[0]))
        raise _Bad(name[:40], "is not a claim field" + suggest(name, RECORD_FIELDS))
    # the common case of each text field is read inline (a short ASCII string); anything
    # else goes through ``_text``, which checks it and names the field
    get = rec.get
    value = get("metric")
    metric_text = _plain_text(value) or _text(value, "metric", required=True)
    assert metric_text is not None
    value = get("status")
    status = _STATUSES.get(value) if type(value) is str else None
    if status is None:
        status_text = _text(value, "status")
        try:
            status = _STATUSES.get(status_text) or Status(status_text)  # type: ignore[arg-type]
        except ValueError:
            known = ", ".join(s.value for s in Status)
            raise _Bad("status", f"{shorten(status_text)} is not one of {known}") from None
    value = get("outlet")
    outlet = None if value is None else _plain_text(value) or _text(value, "outlet")
    metric = ctx.metric(metric_text)
    # a bare date of a flow is cumulative up to it; an event count (a crowd) is of that day
    is_flow = ctx.metrics.kind(metric) is MetricKind.FLOW
    as_of = get("as_of")
    published = get("published")
    value = get("id")
    claim_id = (None if value is None else _plain_text(value)) or _text(value, "id") or ""
    quantity = _quantity(rec, ctx)
    metric_text = _optional(rec, "metric_text") or metric_text
    value = get("scope")  # (each field checked in the order of the fields, as before)
    scope = None if value is None else _plain_text(value) or _text(value, "scope")
    fields = (
        claim_id,
        quantity,
        metric,
        metric_text,
        scope,
        _claimants(get("claimant"), ctx),
        False,
        ctx.ref(outlet) if outlet is not None else None,
        status,
        ctx.period(as_of, "as_of", cumulative=is_flow) if as_of is not None else None,
        False,
        ctx.date(published, "published") if published is not None else None,
        _optional(rec, "event"),
        _optional(rec, "part_of"),
        _optional(rec, "supersedes"),
        _evidence(get("evidence"), ctx),
        _optional(rec, "note"),
    )
    if not fields[0] or _BUILD is None:
        named: dict[str, Any] = dict(zip(_CLAIM_FIELDS, fields, strict=True))
        return Claim(**named)  # no id: the constructor makes it a hash of the content
    return _BUILD(*fields)


_CLAIM_FIELDS = (
    "id", "quantity", "metric", "metric_text", "scope", "claimants", "claimant_is_outlet",
    "outlet", "status", "as_of", "as_of_inferred", "published", "event", "part_of",
    "supersedes", "evidence", "note",
)  # fmt: skip
_BUILD = builder(Claim, _CLAIM_FIELDS)
"""A record with an id is built field by field: every value has passed the checks above,
and ``Claim`` has no converter or validator left to run on them (its fields listed here,
else the constructor is used)."""


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
        del data  # decoded: the bytes read are not held while the records are checked
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
