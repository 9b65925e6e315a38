"""Reading one field of a claim record: text, numbers, dates, periods, quantities, claimants.

Each reader raises `BadField` naming the field; [`records`][discrepancy.records] turns it into
a [`RecordError`][discrepancy.errors.RecordError] for the record. `_SourceReader` keeps what one
source has already read (sources repeat the same figures, names and dates).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

import attrs

from discrepancy._formats import has_bad_bytes
from discrepancy._numbers import NotANumber, parse_digits
from discrepancy.claim import Evidence, Period
from discrepancy.errors import BadField as _Bad
from discrepancy.errors import QuantityError, shorten
from discrepancy.metrics import MetricRegistry
from discrepancy.orgs import OrgRef
from discrepancy.quantity import Qualifier, Quantity, VaguenessPolicy

__all__ = [
    "_SourceReader",
    "_claimants",
    "_evidence",
    "_optional",
    "_quantity",
    "_text",
]

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
    if (
        type(value) is str
        and len(value) <= MAX_TEXT
        and value.isascii()
        and rec.get("qualifier") is None
        and rec.get("unit") is None
    ):  # the common case, a value text alone: what the general path below gives it
        stripped = value.strip()
        if stripped:
            found = ctx.quantities.get(stripped)
            if found is not None:
                return found
            try:
                return ctx.parse(stripped)
            except QuantityError as exc:
                raise _Bad("value", str(exc)) from None
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
