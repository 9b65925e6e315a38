"""g-when: "since then" / "desde entonces" counts from the day named just before it.

"The war began on October 7, 2023. Over 30,000 people have died since then": the count
runs from October 7, 2023 to the reference date, not from an open start. `when_find` reads
"since then" as a count up to now with its start open; here the start becomes the last day
the text names before the phrase, in its own sentence or up to `_BACK` sentences before (the
last day named, the nearest to the phrase).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.when import ANCHOR

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft
    from discrepancy.extraction.context import Context

__all__ = ["since_then"]

_SINCE = tables_en.SINCE_THEN | tables_es.SINCE_THEN


def since_then(drafts: Sequence[Draft], ctx: Context) -> None:
    """Give each count dated "since then" (open start, up to the reference date) the start
    named before the phrase."""
    published = ctx.published
    if published is None:
        return
    starts: dict[int, dt.date | None] = {}
    for d in drafts:
        if d.as_of is None or d.as_of.start is not None:
            continue
        i = d.sentence
        if i not in starts:
            starts[i] = _start(ctx, i)
        start = starts[i]
        if start is not None and start <= d.as_of.end:
            d.as_of = Period(start=start, end=d.as_of.end)


def _start(ctx: Context, i: int) -> dt.date | None:
    norms = ctx.view(i).norms
    at = _phrase_at(norms)
    if at is None:
        return None
    published = ctx.published
    own = [d for d in ctx.dates(i, published) if d.last <= at and d.kind == ANCHOR]
    if own:
        return own[-1].period.start
    for k in range(i - 1, max(i - 1 - _BACK, -1), -1):
        before = [d for d in ctx.dates(k, published) if d.kind == ANCHOR]
        if before:
            return before[-1].period.start
    return None


_BACK = 3
"""At most this many sentences back for the day "since then" points to."""


def _phrase_at(norms: Sequence[str]) -> int | None:
    for k in range(len(norms) - 1):
        if (norms[k], norms[k + 1]) in _SINCE:
            return k
    return None
