"""Building the [`Claim`][discrepancy.claim.Claim] objects of one document, fast.

A claim left without an id hashes the ``repr`` of all its fields (``Claim.content_id``);
on a page dense with numbers that is most of the cost of a claim. The claims of a document
share most field values (the outlet, the publication date, a sentence's claimants, evidence
span and period, the quantity of a repeated surface), so `ClaimFactory` computes the
same hash with each distinct value's ``repr`` taken once, and passes it as the id. The first
claim of each document is checked against ``Claim.content_id``; should the two ever differ
(a new field, a converter), the factory falls back to letting ``Claim`` hash itself.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import attrs

from discrepancy.claim import Claim, Evidence, Period

__all__ = ["ClaimFactory"]


class ClaimFactory:
    """Makes the claims of one document (one instance per document)."""

    __slots__ = (
        "_checked",
        "_defaults",
        "_evidence",
        "_fast",
        "_ids",
        "_kept",
        "_names",
        "_periods",
        "_reprs",
    )

    def __init__(self) -> None:
        fields = [f for f in attrs.fields(Claim) if f.name != "id"]
        self._names = tuple(f.name for f in fields)
        # the repr of each plain default (a field with a factory or no default has none)
        self._defaults = {
            f.name: repr(f.default)
            for f in fields
            if f.default is not attrs.NOTHING and not isinstance(f.default, attrs.Factory)  # type: ignore[arg-type]
        }
        self._reprs: dict[int, str] = {}  # by id(value); ``_kept`` keeps the values alive
        self._kept: list[object] = []
        self._periods: dict[tuple[dt.date | None, dt.date], Period] = {}
        self._evidence: dict[tuple[str, int, int, str | None], Evidence] = {}
        self._fast = True
        self._checked = False
        self._ids: dict[str, int] = {}  # content id → how many claims had it

    def period(self, period: Period | None) -> Period | None:
        """One object per distinct period (so its ``repr`` is taken once)."""
        if period is None:
            return None
        key = (period.start, period.end)
        return self._periods.setdefault(key, period)

    def evidence(self, doc: str, start: int, end: int, sha256: str | None) -> Evidence:
        key = (doc, start, end, sha256)
        found = self._evidence.get(key)
        if found is None:
            found = self._evidence[key] = Evidence(doc=doc, start=start, end=end, sha256=sha256)
        return found

    def claim(self, values: dict[str, Any]) -> Claim:
        """``Claim(**values)``, with its content id computed from the values' kept reprs; a
        claim equal in content to an earlier one of the document gets ``-2``, ``-3``... after
        the id, so that no two claims of one text share an id."""
        if not self._fast:
            return self._unique(Claim(**values))
        parts: list[str] = []
        append = parts.append
        reprs = self._reprs
        defaults = self._defaults
        get = values.get
        for name in self._names:
            value = get(name, self)  # ``self``: absent
            if value is self:
                if name not in defaults:
                    return Claim(**values)
                append(defaults[name])
                continue
            text = reprs.get(id(value))
            if text is None:
                text = reprs[id(value)] = repr(value)
                self._kept.append(value)
            append(text)
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
        content = f"c-{digest[:12]}"
        if not self._checked:
            self._checked = True
            claim = Claim(id=content, **values)
            if claim.id != claim.content_id():  # pragma: no cover - a guard against drift
                self._fast = False
                return self._unique(Claim(**values))
        seen = self._ids.get(content, 0) + 1
        self._ids[content] = seen
        return Claim(id=content if seen == 1 else f"{content}-{seen}", **values)

    def _unique(self, claim: Claim) -> Claim:  # pragma: no cover - the slow path
        seen = self._ids.get(claim.id, 0) + 1
        self._ids[claim.id] = seen
        return claim if seen == 1 else attrs.evolve(claim, id=f"{claim.id}-{seen}")
