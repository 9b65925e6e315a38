"""g-when: a breakdown of a count over a stated period keeps that period.

"From January 1 to April 13 the agency intercepted 115,379 migrants. By nationality,
21,965 were from Honduras and 21,954 from Guatemala": the second sentence names no time,
and its figures are parts of the first one's, over the same span, not counts of the day the
text came out. A flow (not a level) whose sentence names no date at all, whose metric is
that of a count dated by an explicit span (a start and an end) at most `BACK` sentences
before it, with no date named in between, no source of its own but that count's, and
which is no larger than that count, takes its span. A sentence that counts
its last hours ("en las últimas horas") has a time of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.extraction import tables_en, tables_es

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft
    from discrepancy.extraction.context import Context

__all__ = ["BACK", "carry_span"]

BACK = 2
"""At most this many sentences between a dated total and its breakdown."""


def carry_span(drafts: Sequence[Draft], ctx: Context) -> None:
    """Give each undated part the explicit span of the total it breaks down."""
    published = ctx.published
    if published is None:
        return
    spans: list[Draft] = []  # the latest dated span count per metric, in reading order
    dateless: dict[int, bool] = {}
    for d in drafts:
        if d.dated and d.as_of is not None and d.as_of.start is not None and not d.as_of.is_point:
            spans.append(d)
            continue
        if d.dated or d.stock or d.as_of is None or d.as_of.start != published:
            continue
        if d.quantity.unit == "percent":
            continue
        if d.sentence not in dateless:
            norms = ctx.view(d.sentence).norms
            dateless[d.sentence] = not ctx.dates(d.sentence, published) and not _hours(norms)
        if not dateless[d.sentence]:
            continue
        total = _total(spans, d)
        if total is None or total.as_of is None or not _same_source(total, d):
            continue
        between = range(total.sentence + 1, d.sentence)
        if any(ctx.dates(k, published) for k in between):
            continue  # "En 2023, …": another period was named in between
        d.as_of = total.as_of


def _same_source(total: Draft, part: Draft) -> bool:
    """Whether a part has no source of its own or the total's."""
    keys = {c.key for c in part.claimants}
    return not keys or keys == {c.key for c in total.claimants}


def _hours(norms: Sequence[str]) -> bool:
    """Whether a sentence counts its last hours ("in the past 24 hours", "en las últimas
    horas"): a time of its own, though no date."""
    return any(w in _HOURS for w in norms)


_HOURS = tables_en.HOURS_COUNTED | tables_es.HOURS_COUNTED


def _total(spans: Sequence[Draft], d: Draft) -> Draft | None:
    for other in reversed(spans):
        if d.sentence - other.sentence > BACK:
            return None
        if other.sentence == d.sentence or other.metric != d.metric:
            continue
        high = other.quantity.high if other.quantity.high is not None else other.quantity.low
        return other if d.quantity.low <= high else None
    return None
