"""The year of a text's lead toll, for a later count of the same toll that gives no date.

A text that opens with a yearly toll ("at least 6,000 migrants died or went missing in 2025
on the routes to X, an NGO said") and later sets another source's figure against it ("the
UN agency, which relies on indirect testimony, counted more than 1,000 dead on those
routes") compares two counts of that year: the later sentence names no date because the
lead already did. Without the lead's year the later figure would be dated by the day of
publication and never meet the figure it is set against.

The rule is narrow, so that a figure is never dated by a guess: the lead is the text's first
count, a flow (deaths, arrivals), dated by one whole calendar year before the year of
publication; the later count is a flow of the same metric with no date of its own nor any
inherited from its sentence, paragraph or antecedent, and is no part, difference or
increment of another count. Its date stays marked as inferred.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft

__all__ = ["LEAD_SENTENCES", "lead_year"]

LEAD_SENTENCES = 2
"""The lead toll must be in the text's first sentences (a headline or teaser may come
first)."""


def _whole_year(draft: Draft, published: dt.date) -> bool:
    p = draft.as_of
    if p is None or p.start is None:
        return False
    y = p.start.year
    return p.start == dt.date(y, 1, 1) and p.end == dt.date(y, 12, 31) and y < published.year


_MONTHS_AT_LEAST = 28
"""Round 11: the shortest lead period of whole months (one month) that dates later counts."""


def _whole_months(draft: Draft, published: dt.date) -> bool:
    """Round 11: the lead is dated by whole calendar months that ended by publication ("entre
    enero y mayo", "from January to May"): 1st of a month to the last day of a month."""
    p = draft.as_of
    if p is None or p.start is None or p.start.day != 1 or p.end > published:
        return False
    month_end = (p.end + dt.timedelta(days=1)).day == 1
    return month_end and (p.end - p.start).days >= _MONTHS_AT_LEAST


def lead_year(drafts: Sequence[Draft], published: dt.date | None) -> None:
    """Date the undated later counts of the lead's yearly toll by its year (see module).

    Round 11: also a lead dated by whole past months ("5,000 migrants died between January
    and May"): its later undated counts of the metric are of those months, while no figure
    between dates itself by another period (a figure after "en 2023 desaparecieron 6.000"
    is not taken back to the lead's months)."""
    if published is None or not drafts:
        return
    lead = drafts[0]
    if not lead.dated or lead.stock or lead.sentence >= LEAD_SENTENCES:
        return
    year = _whole_year(lead, published)
    if lead.subset or lead.part_of_draft is not None:
        return
    if not year and not _whole_months(lead, published):
        return
    last = lead.as_of  # the period of the latest figure dated by its text
    for d in drafts[1:]:
        if d.dated:
            if not d.copied:
                last = d.as_of
            continue
        if d.stock or d.metric != lead.metric or d.sentence == lead.sentence:
            continue
        if not year and last != lead.as_of:
            continue  # round 11: a figure after another period's is not the lead's
        if d.subset or d.refers or d.increment or d.difference or d.part_of_draft is not None:
            continue
        if d.total or d.sector or d.destination or d.earlier or d.list_part or d.copied:
            continue
        d.as_of, d.dated = lead.as_of, True
