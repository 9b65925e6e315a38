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


def lead_year(drafts: Sequence[Draft], published: dt.date | None) -> None:
    """Date the undated later counts of the lead's yearly toll by its year (see module)."""
    if published is None or not drafts:
        return
    lead = drafts[0]
    if not lead.dated or lead.stock or lead.sentence >= LEAD_SENTENCES:
        return
    if lead.subset or lead.part_of_draft is not None or not _whole_year(lead, published):
        return
    for d in drafts[1:]:
        if d.dated or d.stock or d.metric != lead.metric or d.sentence == lead.sentence:
            continue
        if d.subset or d.refers or d.increment or d.difference or d.part_of_draft is not None:
            continue
        if d.total or d.sector or d.destination or d.earlier or d.list_part or d.copied:
            continue
        d.as_of, d.dated = lead.as_of, True
