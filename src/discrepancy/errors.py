"""The exceptions of discrepancy: one base, each error also the builtin it resembles.

Errors carry structured attributes (where, which field, what value) and render
themselves as one line a person can act on::

    claims.jsonl:17: value: 'nearly eight hundred-ish' is not a quantity

Each class says the command line's exit code for it (``exit_code``, as click's exceptions
do): every error here is bad input or bad usage, exit 2. Presentation beyond the one line
(making control characters visible, colour) belongs to the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

import attrs

__all__ = [
    "DiscrepancyError",
    "InputError",
    "QuantityError",
    "RecordError",
    "UsageError",
]

_MAX_SHOWN = 60


def shorten(value: object) -> str:
    """``repr`` of *value*, cut to a readable length (a 1 MB string stays one line)."""
    try:
        text = repr(value)
    except RecursionError:  # JSON nested a thousand levels deep
        return f"a {type(value).__name__} nested too deeply to show"
    if len(text) <= _MAX_SHOWN:
        return text
    return f"{text[: _MAX_SHOWN - 12]}…({len(text):,} chars)"


class DiscrepancyError(Exception):
    """Base of every error this package raises on purpose.

    Attributes:
        exit_code: what ``discrepancy`` exits with when this error stops it.
    """

    exit_code: ClassVar[int] = 2


class QuantityError(DiscrepancyError, ValueError):
    """A text or value could not be read as a quantity."""


class UsageError(DiscrepancyError, ValueError):
    """The library or the command line was called in a way that cannot work."""


class InputError(DiscrepancyError, ValueError):
    """An input file cannot be read at all (missing, unreadable, not JSON/CSV)."""

    def __init__(self, message: str, *, source: str = "<input>") -> None:
        super().__init__(message)
        self.source = source
        self.message = message

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


@attrs.frozen(kw_only=True, auto_exc=False)
class RecordError(DiscrepancyError, ValueError):
    """One claim record is invalid.

    Attributes:
        source: file name (``<stdin>``, ``<records>`` for Python lists, ``<check>`` for a
            claim that reads well alone but refers to a claim that is not there).
        line: 1-based line, for JSON Lines and CSV.
        record: 1-based record number, for a JSON list or Python records.
        field: the dotted path of the bad field, ``""`` when the record as a whole is bad.
        message: what is wrong, in words.
        record_id: the record's ``id`` when it had a readable one.

    Unlike most exceptions, two record errors with the same fields are equal (it is a value
    that reports carry), hence ``auto_exc=False``.
    """

    source: str
    line: int | None = None
    record: int | None = None
    field: str
    message: str
    record_id: str | None = None

    @property
    def where(self) -> str:
        """The place of the record: ``file:line``, ``file: record N`` or ``file: claim 'id'``."""
        if self.line is not None:
            return f"{self.source}:{self.line}"
        if self.record is not None:
            return f"{self.source}: record {self.record}"
        if self.record_id is not None:
            return f"{self.source}: claim {self.record_id!r}"
        return self.source

    def __str__(self) -> str:
        if self.field:
            return f"{self.where}: {self.field}: {self.message}"
        return f"{self.where}: {self.message}"


class BadField(DiscrepancyError, ValueError):
    """Internal: one field of one entry is invalid; the reader that raised it says where.

    Readers of records (``records.py``) and of org files (``orgs.py``) raise it deep in a
    field check and catch it one level up, where the source, the line and the record are
    known, to raise a [`RecordError`][discrepancy.errors.RecordError] or an
    [`InputError`][discrepancy.errors.InputError] naming all of them. It is a
    ``DiscrepancyError`` so that one that escapes by mistake is still one line, not a bug
    report.

    Attributes:
        field: the dotted path of the bad field, ``""`` when the entry as a whole is bad.
        message: what is wrong, in words.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def at_least(bound: float) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator: the value is ``bound`` or more, else a ``UsageError`` naming it.

    Used instead of ``attrs.validators.ge``, whose plain ``ValueError`` would escape the
    ``DiscrepancyError`` hierarchy.

    >>> import attrs
    >>> @attrs.frozen
    ... class Window:
    ...     days: int = attrs.field(validator=at_least(0))
    >>> Window(-1)
    Traceback (most recent call last):
    ...
    discrepancy.errors.UsageError: Window.days must be ≥ 0, not -1
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not value >= bound:
            name = f"{type(instance).__name__}.{attribute.name}"
            raise UsageError(f"{name} must be ≥ {bound:g}, not {shorten(value)}")

    return check


def greater_than(bound: float) -> Callable[[Any, attrs.Attribute[Any], Any], None]:
    """An attrs validator: the value is more than ``bound``, else a ``UsageError`` naming it."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not value > bound:
            name = f"{type(instance).__name__}.{attribute.name}"
            raise UsageError(f"{name} must be > {bound:g}, not {shorten(value)}")

    return check
