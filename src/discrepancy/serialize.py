"""The one cattrs converter: every type of the package to JSON-ready data and back.

Dates are ISO 8601; an unbounded interval end is ``null``; enums are their string values;
discrepancies are a tagged union on ``kind``. Output is deterministic: the same objects give
byte-identical JSON.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import math
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

import attrs
import cattrs
from cattrs.strategies import configure_tagged_union

from discrepancy.claim import Claim, Evidence, Period
from discrepancy.discrepancies import DISCREPANCY_TYPES, ClaimPair, Discrepancy, Gap
from discrepancy.orgs import OrgRef
from discrepancy.quantity import Interval, Quantity

if TYPE_CHECKING:
    from discrepancy._estimate_rows import Row

__all__ = ["converter", "dumps", "from_json_data", "to_json_data", "write_document"]


def _number(x: float) -> int | float:
    """Integral floats as ints, so 777.0 is written 777."""
    return int(x) if x == int(x) else x


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    # enums as their plain string values, not StrEnum members (StrEnum comes before str in
    # every member's MRO, so this wins over str's pass-through)
    conv.register_unstructure_hook(enum.StrEnum, lambda e: e.value)
    conv.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))

    def unstructure_interval(iv: Interval) -> dict[str, Any]:
        out: dict[str, Any] = {
            "low": _number(iv.low) if math.isfinite(iv.low) else None,
            "high": _number(iv.high) if math.isfinite(iv.high) else None,
        }
        if iv.low_open:
            out["low_open"] = True
        if iv.high_open:
            out["high_open"] = True
        return out

    def structure_interval(data: dict[str, Any], _: type) -> Interval:
        extra = set(data) - {"low", "high", "low_open", "high_open"}
        if extra:
            raise ValueError(f"unknown interval keys: {sorted(extra)}")
        return Interval(
            low=-math.inf if data["low"] is None else float(data["low"]),
            high=math.inf if data["high"] is None else float(data["high"]),
            low_open=bool(data.get("low_open", False)),
            high_open=bool(data.get("high_open", False)),
        )

    conv.register_unstructure_hook(Interval, unstructure_interval)
    conv.register_structure_hook(Interval, structure_interval)
    # floats: integral values written as ints; read back as floats
    conv.register_unstructure_hook(float, _number)
    conv.register_structure_hook(float, lambda v, _: float(v))

    # A conflicting pair: {"low", "high", "gap"}; a version-1 report wrote [low, high].
    def unstructure_pair(pair: ClaimPair) -> dict[str, Any]:
        out: dict[str, Any] = {"low": pair.low, "high": pair.high}
        if pair.gap is not None:
            out["gap"] = conv.unstructure(pair.gap, Gap)
        return out

    def structure_pair(data: Any, _: type) -> ClaimPair:
        if isinstance(data, list | tuple):
            low, high = data
            return ClaimPair(low=str(low), high=str(high))
        extra = set(data) - {"low", "high", "gap"}
        if extra:
            raise ValueError(f"unknown pair keys: {sorted(extra)}")
        gap = conv.structure(data["gap"], Gap) if data.get("gap") is not None else None
        return ClaimPair(low=str(data["low"]), high=str(data["high"]), gap=gap)

    conv.register_unstructure_hook(ClaimPair, unstructure_pair)
    conv.register_structure_hook(ClaimPair, structure_pair)

    # Discrepancies: a tagged union on "kind", written as the first key of each object.
    kinds: dict[type, str] = {cls: cls.kind.value for cls in DISCREPANCY_TYPES}
    configure_tagged_union(
        Discrepancy,
        conv,
        tag_generator=lambda cls: kinds[cls],
        tag_name="kind",
    )
    hooks = {}
    for cls in DISCREPANCY_TYPES:
        base = conv.get_unstructure_hook(cls)

        def kind_first(obj: Any, _base: Any = base, _kind: str = cls.kind.value) -> Any:
            return {"kind": _kind, **_base(obj)}

        conv.register_unstructure_hook(cls, kind_first)
        hooks[cls] = kind_first
    conv.register_unstructure_hook_func(
        lambda t: t == Discrepancy, lambda obj: hooks[type(obj)](obj)
    )
    return conv


converter = _make_converter()


def to_json_data(obj: Any) -> Any:
    """Any package object (or list of them) as JSON-ready data."""
    return converter.unstructure(obj)


def from_json_data(data: Any, cls: Any) -> Any:
    """The inverse of `to_json_data()` for type ``cls``."""
    return converter.structure(data, cls)


_CLAIM_FIELDS = (
    "id", "quantity", "metric", "metric_text", "scope", "claimants", "claimant_is_outlet",
    "outlet", "status", "as_of", "as_of_inferred", "published", "event", "part_of",
    "supersedes", "evidence", "note",
)  # fmt: skip


def claim_writer() -> Callable[[Claim], dict[str, Any]]:
    """``converter``'s hook for ``Claim``, for one report's claims at a time.

    Claims share their quantities, claimants and periods (reading and ``check`` keep one
    object per distinct text), so each shared object is unstructured once and its data
    reused for as long as the returned function lives (the report keeps the objects alive,
    so their ids stay theirs). Falls back to the converter's own hook if ``Claim``'s fields
    ever differ from the ones written here.
    """
    if tuple(f.name for f in attrs.fields(Claim)) != _CLAIM_FIELDS:
        hook: Callable[[Claim], dict[str, Any]] = converter.get_unstructure_hook(Claim)
        return hook
    quantity = converter.get_unstructure_hook(Quantity)
    org = converter.get_unstructure_hook(OrgRef)
    period = converter.get_unstructure_hook(Period)
    evidence = converter.get_unstructure_hook(Evidence)
    memo: dict[int, Any] = {}
    alive: list[object] = []  # what the memo's ids stand for, kept alive with it

    def once(hook: Callable[[Any], Any], obj: object) -> Any:
        found = memo.get(id(obj))
        if found is None:
            found = memo[id(obj)] = hook(obj)
            alive.append(obj)
        return found

    def write(c: Claim) -> dict[str, Any]:
        outlet, as_of, published, ev = c.outlet, c.as_of, c.published, c.evidence
        return {
            "id": c.id,
            "quantity": once(quantity, c.quantity),
            "metric": c.metric,
            "metric_text": c.metric_text,
            "scope": c.scope,
            "claimants": [once(org, ref) for ref in c.claimants],
            "claimant_is_outlet": c.claimant_is_outlet,
            "outlet": None if outlet is None else once(org, outlet),
            "status": c.status.value,
            "as_of": None if as_of is None else once(period, as_of),
            "as_of_inferred": c.as_of_inferred,
            "published": None if published is None else published.isoformat(),
            "event": c.event,
            "part_of": c.part_of,
            "supersedes": c.supersedes,
            "evidence": None if ev is None else evidence(ev),
            "note": c.note,
        }

    return write


_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False)
_text = json.encoder.encode_basestring  # what _LINE_ENCODER writes for a str (C when built)


def claim_line_writer() -> Callable[[Claim], str]:
    """A claim as the JSON line ``_LINE_ENCODER.encode(claim_writer()(claim))``, the same
    characters, assembled from text: the encoded quantity, claimants, outlet and period of
    each shared object are kept for as long as the returned function lives (claims share
    them), so a line costs one format and a call per plain string. Falls back to encoding
    `claim_writer()`'s dict if ``Claim``'s fields ever differ from the ones written here.
    """
    data = claim_writer()
    if tuple(f.name for f in attrs.fields(Claim)) != _CLAIM_FIELDS:
        return lambda c: _LINE_ENCODER.encode(data(c))
    encode = _LINE_ENCODER.encode
    quantity = converter.get_unstructure_hook(Quantity)
    org = converter.get_unstructure_hook(OrgRef)
    period = converter.get_unstructure_hook(Period)
    memo: dict[int, str] = {}
    alive: list[object] = []  # what the memo's ids stand for, kept alive with it

    def once(hook: Callable[[Any], Any], obj: object) -> str:
        found = memo.get(id(obj))
        if found is None:
            found = memo[id(obj)] = encode(hook(obj))
            alive.append(obj)
        return found

    def claimants(refs: tuple[OrgRef, ...]) -> str:
        found = memo.get(id(refs))
        if found is None:
            found = memo[id(refs)] = "[" + ", ".join(once(org, ref) for ref in refs) + "]"
            alive.append(refs)
        return found

    def opt(text: str | None) -> str:
        return "null" if text is None else _text(text)

    def line(c: Claim) -> str:
        outlet, as_of, published, ev = c.outlet, c.as_of, c.published, c.evidence
        return _CLAIM_LINE % (
            _text(c.id),
            once(quantity, c.quantity),
            _text(c.metric),
            _text(c.metric_text),
            opt(c.scope),
            claimants(c.claimants),
            "true" if c.claimant_is_outlet else "false",
            "null" if outlet is None else once(org, outlet),
            _text(c.status.value),
            "null" if as_of is None else once(period, as_of),
            "true" if c.as_of_inferred else "false",
            "null" if published is None else f'"{published.isoformat()}"',
            opt(c.event),
            opt(c.part_of),
            opt(c.supersedes),
            "null" if ev is None else encode(converter.unstructure(ev, Evidence)),
            opt(c.note),
        )

    return line


_ESTIMATE_SHAPE = {
    "Estimate": (
        "id", "metric", "unit", "scope", "event", "period", "claims", "floor", "consistent",
        "agree", "independent", "central", "votes", "left_out", "summary",
    ),
    "Vote": ("claimants", "claims", "interval", "weight", "agrees"),
    "Floor": ("value", "open", "claim"),
    "LeftOut": ("claim", "reason", "by"),
    "Interval": ("low", "high", "low_open", "high_open"),
    "Period": ("start", "end"),
}  # fmt: skip


def estimate_line_writer() -> Callable[[Any], str]:
    """An estimate as the JSON line ``_LINE_ENCODER.encode(to_json_data(estimate))``, the
    same characters, written straight from its fields (`estimate_row_writer()` of its row).
    Falls back to that encoding if the fields of ``Estimate`` or of a value it holds ever
    differ from the ones written here.
    """
    from discrepancy._estimate_rows import row_of
    from discrepancy.estimate import Estimate

    row = estimate_row_writer()
    if row is None:
        return _line_writer(Estimate)

    def line(e: Any) -> str:
        return row(row_of(e))

    return line


def estimate_row_writer() -> Callable[[Row], str] | None:
    """An estimate's row (`discrepancy._estimate_rows.Row`: its fields in order, its votes
    as tuples of theirs) as the JSON line of the estimate (no dict per estimate, vote and
    interval); ``None`` if the fields of ``Estimate`` or of a value it holds ever differ from
    the ones written here."""
    from discrepancy.estimate import Estimate, Floor, LeftOut, Vote

    kinds = (Estimate, Vote, Floor, LeftOut, Interval, Period)
    if any(tuple(f.name for f in attrs.fields(k)) != _ESTIMATE_SHAPE[k.__name__] for k in kinds):
        return None
    text, number = _text, _number
    finite = math.isfinite
    periods: dict[int, str] = {}
    alive: list[object] = []  # the periods the memo's ids stand for (claims share them)

    def opt(value: str | None) -> str:
        return "null" if value is None else text(value)

    def strings(values: tuple[str, ...]) -> str:
        return "[" + ", ".join([text(v) for v in values]) + "]"

    def interval(iv: Interval) -> str:
        low, high = iv.low, iv.high
        out = (
            f'{{"low": {repr(number(low)) if finite(low) else "null"}, '
            f'"high": {repr(number(high)) if finite(high) else "null"}'
        )
        if iv.low_open:
            out += ', "low_open": true'
        if iv.high_open:
            out += ', "high_open": true'
        return out + "}"

    def period(p: Period | None) -> str:
        if p is None:
            return "null"
        found = periods.get(id(p))
        if found is None:
            start = "null" if p.start is None else f'"{p.start.isoformat()}"'
            found = periods[id(p)] = f'{{"start": {start}, "end": "{p.end.isoformat()}"}}'
            alive.append(p)
        return found

    def vote(v: tuple[tuple[str, ...], tuple[str, ...], Interval, float, bool]) -> str:
        claimants, claims, iv, weight, agrees = v
        return (
            f'{{"claimants": {strings(claimants)}, "claims": {strings(claims)}, '
            f'"interval": {interval(iv)}, "weight": {number(weight)!r}, '
            f'"agrees": {"true" if agrees else "false"}}}'
        )

    def floor(f: Floor | None) -> str:
        if f is None:
            return "null"
        return (
            f'{{"value": {number(f.value)!r}, "open": {"true" if f.open else "false"}, '
            f'"claim": {text(f.claim)}}}'
        )

    def left(x: LeftOut) -> str:
        return f'{{"claim": {text(x.claim)}, "reason": {text(x.reason.value)}, "by": {opt(x.by)}}}'

    def line(r: Row) -> str:
        (
            eid, metric, unit, scope, event, span, claims, low, consistent,
            agree, independent, central, votes, left_out, summary,
        ) = r  # fmt: skip
        return _ESTIMATE_LINE % (
            text(eid),
            text(metric),
            text(unit),
            opt(scope),
            opt(event),
            period(span),
            strings(claims),
            floor(low),
            "null" if consistent is None else interval(consistent),
            agree,
            independent,
            "null" if central is None else repr(number(central)),
            "[" + ", ".join([vote(v) for v in votes]) + "]",
            "[" + ", ".join([left(x) for x in left_out]) + "]" if left_out else "[]",
            text(summary),
        )

    return line


_ESTIMATE_LINE = "{" + ", ".join(f'"{name}": %s' for name in _ESTIMATE_SHAPE["Estimate"]) + "}"


def _line_writer(kind: Any) -> Callable[[Any], str]:
    unstructure = converter.get_unstructure_hook(kind)
    encode = _LINE_ENCODER.encode

    def line(item: Any) -> str:
        return encode(unstructure(item))

    return line


_CLAIM_LINE = "{" + ", ".join(f'"{name}": %s' for name in _CLAIM_FIELDS) + "}"


def dumps(data: Any, *, indent: int | None = 2) -> str:
    """JSON text, deterministic: keys in field order, no ASCII escaping, no NaN."""
    return json.dumps(data, ensure_ascii=False, indent=indent, allow_nan=False)


def write_document(
    out: TextIO,
    fields: Iterable[tuple[str, Any]],
    lists: Iterable[tuple[str, Iterable[Any], Any]],
) -> None:
    """Write a document object as JSON, one list item per line, as the items come.

    ``fields`` are plain key-value pairs written first; ``lists`` are (key, items, type)
    triples whose items are unstructured as ``type`` and written one compact line each, so
    a report of a million claims never exists as one string or one list of dicts. The C
    JSON encoder writes every line (``indent`` would switch ``json`` to its pure-Python
    encoder).
    """
    from discrepancy._estimate_lazy import LazyEstimates
    from discrepancy._estimate_values import Estimate

    out.write("{")
    sep = "\n"
    for key, value in fields:
        out.write(f"{sep}  {dumps(key, indent=None)}: {dumps(value, indent=None)}")
        sep = ",\n"
    for key, items, kind in lists:
        out.write(f"{sep}  {dumps(key, indent=None)}: [")
        line: Callable[[Any], str]
        if kind is Claim:
            line = claim_line_writer()
        elif kind is Estimate:
            rows = estimate_row_writer()
            if rows is not None and isinstance(items, LazyEstimates):
                # ``check``'s estimates: written from their rows (no objects made)
                items, line = items.rows(), rows
            else:
                line = estimate_line_writer()
        else:
            line = _line_writer(kind)
        item_sep = "\n    "
        for item in items:
            out.write(item_sep + line(item))
            item_sep = ",\n    "
        out.write("\n  ]" if item_sep != "\n    " else "]")
        sep = ",\n"
    out.write("\n}\n")
