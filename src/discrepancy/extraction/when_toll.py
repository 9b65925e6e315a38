"""A disaster's toll as it grows: the count from the disaster's day to the day it was told.

The dead of an earthquake, a flood or a hurricane are counted for days after it struck. A
report published on Sunday that "19,136 died in Saturday's quake", or that the toll of "the
quake that struck on Tuesday" has risen to 60, gives the toll found from Saturday (Tuesday)
until the day it was told, not a count of Saturday alone: a count told on Monday may be
larger without contradicting it. So a casualty count (`TOLL_METRICS`) dated by the day of
such a disaster (`GROWING_DISASTER_NOUNS`, the day the lead gives it: `when_doc.disaster_day`)
in a text published, or told, 1 to `when_doc.RECENT` days later becomes the period from the
disaster's day to the day it was counted up to ("hasta el domingo", "as of Wednesday"), else
the day it was told (the day of saying when known), else publication.

A one-off accident (a stampede, a shipwreck, a shooting) keeps its own day, and so does a
disaster over a week old (its later counts are read as before, `when_doc.event_day`). Since
session 12 a building's collapse, an explosion and a blaze count as growing disasters (their
dead are found in the rubble for days: nine told on Friday and 16 told on Saturday were a
false disagreement), and a toll told on the disaster's own day, by a day that opens its
clause ("On Friday, the city put the toll at nine"), is that day's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es, when_doc
from discrepancy.extraction.when import CUMULATIVE

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft
    from discrepancy.extraction.context import Context

__all__ = ["GROWING_NOUNS", "TOLL_METRICS", "grow"]

GROWING_NOUNS = tables_en.GROWING_DISASTER_NOUNS | tables_es.GROWING_DISASTER_NOUNS
TOLL_METRICS = frozenset(
    {"deaths", "injured", "missing", "affected", "displaced", "evacuated", "homeless"}
    | {"casualties", "victims", "bodies", "trapped"}
)
"""The metric ids of a disaster's toll: counts that grow as the search goes on."""


def growing_day(ctx: Context) -> dt.date | None:
    """The day of the disaster with a growing toll that the lead of ``ctx``'s text names
    (`when_doc.disaster_day`); else the text's event day (`when_doc.event_day`) when a lead
    sentence names it with such a disaster ("Heavy rain set off a landslide above the town
    on Monday")."""
    published = ctx.published
    day = when_doc.disaster_day(
        ctx.sentences,
        published,
        lambda i: ctx.dates(i, published),
        lambda i: ctx.view(i).norms,
        GROWING_NOUNS,
        ctx.lex,
        subject=True,
    )
    if day is not None:
        return day
    event = ctx.event_day()
    if event is None:
        return None
    for i, s in enumerate(ctx.sentences):
        if s.start > when_doc.LEAD_CHARS:
            break
        norms = ctx.view(i).norms
        if GROWING_NOUNS.isdisjoint(norms):
            continue
        toll = when_doc.toll_sentence(norms)
        for d in ctx.dates(i, published):
            if d.period.start == d.period.end == event:
                if when_doc.spoken(norms, d, ctx.lex) or when_doc.toll_statement(norms, d, toll):
                    return None  # the day a toll was told, not the disaster's
                return event
    return None


def grow(drafts: Sequence[Draft], ctx: Context) -> None:
    """Give each toll dated by the disaster's day the period up to the day it was told."""
    published = ctx.published
    if published is None or not any(_toll(d) for d in drafts):
        return
    day = growing_day(ctx)
    if day is None:
        return
    for d in drafts:
        if not _toll(d) or d.as_of is None or d.as_of.start != day or d.as_of.end != day:
            continue
        told = _until_day(ctx, d.sentence, day) or d.told or _statement_day(ctx, d.sentence, day)
        if told == day:
            continue  # session 12: "on Friday, the city had put the toll at nine": that day's
        end = told if told is not None and told > day else published
        if 0 < (end - day).days <= when_doc.RECENT:
            d.as_of = Period(start=day, end=end)


def _until_day(ctx: Context, i: int, day: dt.date) -> dt.date | None:
    """The day sentence ``i`` counts its toll up to ("Hasta el domingo, los muertos del
    sismo del jueves eran 71", "As of Wednesday, 71 had died in Monday's quake"), after
    the disaster's ``day``; ``None`` without one."""
    published = ctx.published
    for d in ctx.dates(i, published):
        end = d.period.end
        open_end = d.kind == CUMULATIVE and d.period.start is None and not d.to_now
        if open_end and day < end <= (published or end):
            return end
    return None


def _statement_day(ctx: Context, i: int, day: dt.date) -> dt.date | None:
    """The day sentence ``i`` says its toll was told or set ("On Thursday the office put the
    toll from Monday's flood at 23"), on or after the disaster's ``day``; ``None`` without
    one."""
    published = ctx.published
    norms = ctx.view(i).norms
    toll = when_doc.toll_sentence(norms)
    for d in ctx.dates(i, published):
        told = d.period.end
        if d.period.start != told or not day <= told <= (published or told):
            continue
        fronted = when_doc.fronted_saying(norms, d, ctx.lex) or (
            toll and when_doc.fronted(norms, d)
        )
        if told == day and not fronted:
            continue  # "the quake that hit on Tuesday rose to 214": the quake's day, not told
        if when_doc.spoken(norms, d, ctx.lex) or when_doc.toll_statement(norms, d, toll):
            return told
    return None


def _toll(d: Draft) -> bool:
    return d.metric.partition(":")[0] in TOLL_METRICS and d.quantity.unit != "percent"
