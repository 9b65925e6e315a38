"""Reports as DataFrames (pandas or polars), and DataFrames of claim records read back.

Neither library is a dependency: each is imported when first asked for (``pip install
'discrepancy[pandas]'`` or ``'discrepancy[polars]'``).

The claims frame has one row per claim. Its first columns are the claim record, flattened
as in CSV (``as_of.start``, ``evidence.doc``), with ``claimant`` a list of mentions, so that
``read_claims(report.to_frame())`` reads the claims back. The columns after them are worked
out for analysis and are left out when a frame is read back: `DERIVED_CLAIM_COLUMNS`.
Any other column that is not a record field is an error on every row, as in CSV.

The discrepancies frame has one row per discrepancy: kind, severity, metric, the claim ids
joined by ``"; "``, the gap as intervals (``gap_low``/``gap_high``, ``gap_share_low``/
``gap_share_high``) and the summary sentence.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
from collections.abc import Iterator, Mapping
from typing import Any, Literal

from discrepancy.errors import UsageError
from discrepancy.records import claim_to_record
from discrepancy.report import Report

__all__ = [
    "CLAIM_COLUMNS",
    "DERIVED_CLAIM_COLUMNS",
    "DISCREPANCY_COLUMNS",
    "frame_records",
    "to_frame",
]

CLAIM_COLUMNS = (
    "id",
    "value",
    "value.low",
    "value.high",
    "qualifier",
    "unit",
    "metric",
    "metric_text",
    "scope",
    "claimant",
    "outlet",
    "status",
    "as_of.start",
    "as_of.end",
    "published",
    "event",
    "part_of",
    "supersedes",
    "evidence.doc",
    "evidence.start",
    "evidence.end",
    "evidence.sha256",
    "note",
)
"""The record columns of the claims frame, in order."""

DERIVED_CLAIM_COLUMNS = (
    "low",
    "high",
    "status_class",
    "claimant_ids",
    "claimant_names",
    "period_start",
    "period_end",
)
"""Columns of the claims frame worked out for analysis; skipped when a frame is read back.

``low``/``high``: the interval the claim allows (``high`` is infinite for "at least");
``claimant_ids``/``claimant_names``: the resolved organizations, ``"; "``-joined;
``period_start``/``period_end``: the period the count refers to, the publication date where
the record gave none.
"""

DISCREPANCY_COLUMNS = (
    "id",
    "kind",
    "severity",
    "metric",
    "claims",
    "gap_low",
    "gap_high",
    "gap_share_low",
    "gap_share_high",
    "summary",
)

_DATE_COLUMNS = ("as_of.start", "as_of.end", "published", "period_start", "period_end")
_LIBRARIES = ("pandas", "polars")


def _library(name: str) -> Any:
    if name not in _LIBRARIES:
        raise UsageError(f"library must be one of {', '.join(_LIBRARIES)}, not {name!r}")
    try:
        return importlib.import_module(name)
    except ImportError:
        raise UsageError(f"DataFrames need {name}: pip install 'discrepancy[{name}]'") from None


def _flat(record: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, Mapping):
            for sub, inner in value.items():
                out[f"{key}.{sub}"] = inner
        else:
            out[key] = value
    return out


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _claim_columns(report: Report) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in CLAIM_COLUMNS + DERIVED_CLAIM_COLUMNS}
    for claim in report.claims:
        row = _flat(claim_to_record(claim))
        if isinstance(row.get("value"), int | float):  # numbers and texts share one column
            row["value"] = str(row["value"])
        for name in CLAIM_COLUMNS:
            value = row.get(name)
            columns[name].append(_date(value) if name in _DATE_COLUMNS else value)
        iv = claim.quantity.interval
        period = claim.period
        columns["low"].append(iv.low)
        columns["high"].append(iv.high)
        columns["status_class"].append(claim.status.status_class.value)
        columns["claimant_ids"].append("; ".join(r.id for r in claim.claimants if r.id) or None)
        columns["claimant_names"].append("; ".join(r.display for r in claim.claimants) or None)
        columns["period_start"].append(period.start if period is not None else None)
        columns["period_end"].append(period.end if period is not None else None)
    return columns


def _discrepancy_columns(report: Report) -> dict[str, list[Any]]:
    columns: dict[str, list[Any]] = {name: [] for name in DISCREPANCY_COLUMNS}
    for d in report.discrepancies:
        values = (
            d.id,
            d.kind.value,
            d.severity.value,
            d.metric,
            "; ".join(d.claims),
            d.gap.absolute.low,
            d.gap.absolute.high,
            d.gap.relative.low,
            d.gap.relative.high,
            d.summary,
        )
        for name, value in zip(DISCREPANCY_COLUMNS, values, strict=True):
            columns[name].append(value)
    return columns


def to_frame(
    report: Report,
    kind: Literal["claims", "discrepancies"] = "claims",
    *,
    library: Literal["pandas", "polars"] = "pandas",
) -> Any:
    """The report's claims or discrepancies as a DataFrame (see the module's docs).

    Dates are date columns (``datetime64`` in pandas, ``Date`` in polars); missing values
    are missing (``NaN``/``NaT``/``null``).

    Raises:
        UsageError: ``kind`` or ``library`` is unknown, or the library is not installed.
    """
    if kind == "claims":
        columns = _claim_columns(report)
    elif kind == "discrepancies":
        columns = _discrepancy_columns(report)
    else:
        raise UsageError(f"kind must be 'claims' or 'discrepancies', not {kind!r}")
    lib = _library(library)
    if library == "polars":
        return lib.DataFrame(columns, strict=False)
    frame = lib.DataFrame(columns)
    for name in _DATE_COLUMNS:
        if name in frame.columns:
            frame[name] = lib.to_datetime(frame[name])
    return frame


def _is_frame(obj: object) -> bool:
    module = type(obj).__module__.split(".", 1)[0]
    return module in _LIBRARIES and hasattr(obj, "columns")


def _cell(value: Any) -> Any:
    """A DataFrame cell as a record value: missing → ``None``, NumPy scalars → Python ones."""
    if value is None:
        return None
    item = getattr(value, "item", None)
    if callable(item) and getattr(value, "ndim", None) == 0:  # a NumPy scalar
        value = item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ in ("NaTType", "NAType"):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A frame row → a claim record (see [`frame_records()`][discrepancy.frames.frame_records])."""
    out: dict[str, Any] = {}
    for column, raw in row.items():
        name = str(column)
        value = _cell(raw)
        if value is None or name in DERIVED_CLAIM_COLUMNS:
            continue
        if isinstance(value, str) and not value.strip():
            continue
        key, _, sub = name.partition(".")
        if sub:
            nested = out.setdefault(key, {})
            if isinstance(nested, dict):
                nested[sub] = value
        elif key == "claimant" and not isinstance(value, str) and hasattr(value, "__iter__"):
            out[key] = [str(part) for part in value]  # a list (or array) of claimants
        else:
            out[key] = value
    if isinstance(out.get("value"), str) and "qualifier" in out:
        out["value"] = _number_text(out["value"])
    return out


def _number_text(text: str) -> Any:
    """ "99" with a qualifier was a number in the record: give it back as one."""
    try:
        number = float(text)
    except ValueError:
        return text
    return int(number) if number.is_integer() else number


def frame_records(source: object) -> Iterator[dict[str, Any]] | None:
    """The rows of a pandas or polars DataFrame as claim records; ``None`` for anything else.

    Missing cells are absent fields, dotted columns nest (``as_of.end``), a ``claimant`` cell
    is one mention or a list of them, and the derived columns of a claims frame are skipped.
    """
    if not _is_frame(source):
        return None
    frame: Any = source
    if type(frame).__module__.startswith("polars"):
        rows: Iterator[Mapping[str, Any]] = iter(frame.iter_rows(named=True))
    else:
        names = [str(c) for c in frame.columns]
        rows = (dict(zip(names, values, strict=True)) for values in frame.itertuples(index=False))
    return (_record(row) for row in rows)
