"""h-when: a lead that names the period of the figures a text reports.

Statistics news often opens with the release and its period, and gives the figures after it
with no date of their own: "The registry published on Monday its death figures for May. …
In the capital, 4,873 deaths were registered, 1,094 more than a year earlier." The 4,873
count May, not the day the text came out.

The rule is narrow: the lead is one of the text's first `LEAD` sentences, before its first
figure; it holds a noun of figures or of a report (`RELEASED_FIGURE_NOUNS`: "figures",
"data", "cifras", "datos") and exactly one date of whole past months or years (a month, a
span of months, a year) that stands in no comparison or parenthesis; what it counts is
named by one of its words ("death", "fallecidos") or by its topic. A later count of such
a metric whose sentence names no date of its own (a comparison's or a parenthesis's date
does not count), which is a flow dated by the publication day or by a day of the lead (the
release's, inherited), takes the lead's period, while the latest count of the metric that
the text dates is of that period (after another period is named, the figures may be that
one's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted import topic

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft
    from discrepancy.extraction.context import Context

__all__ = ["LEAD", "lead_period"]

LEAD = 3
"""The lead is among the text's first sentences (a headline may come first)."""

_FIGURE_NOUNS = tables_en.RELEASED_FIGURE_NOUNS | tables_es.RELEASED_FIGURE_NOUNS
_RELEASE_VERBS = tables_en.RELEASED_FIGURE_VERBS | tables_es.RELEASED_FIGURE_VERBS
"""The participles that put figures out: they name no metric ("released" is no release)."""
_MONTH_DAYS = 28
"""The shortest period of whole months (one month)."""


def _whole_past(p: Period, published: dt.date) -> bool:
    """Whether ``p`` runs from the first day of a month to the last day of a month, at
    least a month long, and ended before ``published``."""
    if p.start is None or p.start.day != 1 or p.end >= published:
        return False
    return (p.end + dt.timedelta(days=1)).day == 1 and (p.end - p.start).days >= _MONTH_DAYS


def _lead(
    drafts: Sequence[Draft], ctx: Context, published: dt.date
) -> tuple[Period, frozenset[str], frozenset[Period]] | None:
    """The lead's period, the metrics its words name and its single days (the release's: a
    later figure that only inherited one of them is undated too), or ``None`` (see module)."""
    first_figure = drafts[0].sentence
    for k in range(min(LEAD, first_figure, len(ctx.sentences))):
        view = ctx.view(k)
        if _FIGURE_NOUNS.isdisjoint(view.norms):
            continue
        dates = ctx.dates(k, published)
        whole = [d.period for d in dates if d.reach is None and _whole_past(d.period, published)]
        if len(whole) != 1:
            continue
        metrics = {
            found
            for w in view.norms
            if w not in _RELEASE_VERBS
            for form in (w, w + "s")  # "death figures": the metric of "deaths"
            if (found := ctx.table.lookup((form,))) is not None
        }
        reading = topic(view.toks, view.norms, ctx.lex, ctx.table, ctx.text)
        if (
            reading is not None
            and reading.metric is not None
            and reading.text.lower() not in (_RELEASE_VERBS)
        ):
            metrics.add(reading.metric)
        if metrics:
            days = frozenset(d.period for d in dates if d.period.is_point)
            return whole[0], frozenset(metrics), days
    return None


def lead_period(drafts: Sequence[Draft], ctx: Context) -> None:
    """Give the later undated counts of a lead's metric the lead's period (see module)."""
    published = ctx.published
    if published is None or not drafts:
        return
    found = _lead(drafts, ctx, published)
    if found is None:
        return
    period, metrics, days = found
    undated = days | {Period.on(published)}  # the publication's day, the release's
    last = period  # the period of the latest count of the metric dated by the text
    for d in drafts:
        if d.metric not in metrics:
            continue
        if d.dated and d.as_of not in undated:
            last = d.as_of if d.as_of is not None else last
            continue
        if last != period:
            continue  # another period was named for the metric: the figure may be its own
        if d.stock or d.quantity.unit == "percent" or d.as_of not in undated:
            continue
        dates = ctx.dates(d.sentence, published)
        if any(m.reach is None for m in dates):
            continue  # its sentence names a time of its own (a day told), not a comparison's
        at = _token_at(ctx, d)
        if any(m.reach[0] <= at < m.reach[1] for m in dates if m.reach is not None):
            continue  # the figure stands in a comparison ("versus 877 in May 2019")
        d.as_of, d.dated = period, True


def _token_at(ctx: Context, d: Draft) -> int:
    """The index of the first token of ``d``'s figure in its sentence."""
    toks = ctx.view(d.sentence).toks
    return next((k for k, t in enumerate(toks) if t.start >= d.start), len(toks))
