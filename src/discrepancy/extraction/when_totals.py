"""Running totals dated by the day they were given ("para el viernes pasado", "by Friday").

News often sets a total against an earlier one of the same count: "the toll stands at 42;
by last Friday the prosecutors had confirmed 27 deaths since the strike began". The earlier
total is counted up to that day, not up to the day of the report, and that day is no day of
the event (a total has no single event day). Two rules, one pass over a sentence's dates:

* a past day named right after a by-day word (tables ``BY_DAY_WORDS``: "para el viernes de la
  semana pasada"; English "by" is read by the date finder itself), a past word close after
  it (``BY_DAY_PAST``: "pasado", "de la semana pasada", "había"), is the end of a total
  with an open start (``CUMULATIVE``), never an anchor day;
* a total "since" a start up to now ("desde el inicio del paro", "since the unrest began")
  in a sentence that names such a by-day before it ends on that day, not on the reference
  date.

A later, larger total of the same count is then growth of a running total, which the
comparison reads as such, not a contradiction dated the wrong way round.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.when import ANCHOR, CUMULATIVE, RELATIVE, DateMention

__all__ = ["by_day_totals"]

_BY_DAY = tables_en.BY_DAY_WORDS | tables_es.BY_DAY_WORDS
_ARTICLES = frozenset({"el", "la", "the"})
_WEEKDAYS = frozenset(tables_en.WEEKDAYS) | frozenset(tables_es.WEEKDAYS)
_OF = frozenset({"de", "of"})
_WEEK_DAYS = 7
_PAST = tables_en.BY_DAY_PAST | tables_es.BY_DAY_PAST
_PAST_REACH = 8
"""How many words after a by-day its past word is looked for."""


def _by_day(norms: Sequence[str], d: DateMention, ref: dt.date | None) -> bool:
    """Whether ``d`` is a past single day named right after a by-day word."""
    if d.kind != ANCHOR or not d.period.is_point or d.period.start is None:
        return False
    if ref is None or d.period.end > ref:
        return False  # "prevista para el lunes": a day to come, no total
    k = d.first - 1
    if k >= 0 and norms[k] in _ARTICLES and norms[d.first] not in _ARTICLES:
        k -= 1
    if k < 0 or norms[k] not in _BY_DAY:
        return False
    # a day to come reads as past too ("prevista para el 20 de marzo"): a past word must say
    # the total stood then ("para el viernes pasado", "… de la semana pasada", "había")
    return not _PAST.isdisjoint(norms[d.first : d.last + _PAST_REACH])


def _in_week(norms: Sequence[str], found: list[DateMention]) -> list[DateMention]:
    """A weekday followed by the week it is in ("el martes de la semana pasada", "Tuesday of
    last week": a relative span of seven days, "de"/"of" between) is that weekday of that
    week, one date, not the last such weekday before the reference date."""
    out: list[DateMention] = []
    skip = False
    for d, e in zip(found, [*found[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if e is not None and _weekday_of_week(norms, d, e):
            week = e.period
            assert week.start is not None
            day = week.start + dt.timedelta(
                days=(d.period.end.weekday() - week.start.weekday()) % 7
            )
            d = attrs.evolve(d, last=e.last, period=Period.on(day))
            skip = True
        out.append(d)
    return out


def _weekday_of_week(norms: Sequence[str], d: DateMention, e: DateMention) -> bool:
    if d.kind != ANCHOR or not d.period.is_point or e.kind != RELATIVE:
        return False
    week = e.period
    if week.start is None or (week.end - week.start).days != _WEEK_DAYS - 1:
        return False
    if not (d.last == e.first or (d.last + 1 == e.first and norms[d.last] in _OF)):
        return False
    return not _WEEKDAYS.isdisjoint(norms[d.first : d.last])


def by_day_totals(
    norms: Sequence[str], found: list[DateMention], ref: dt.date | None
) -> list[DateMention]:
    """``found`` with a weekday of a named week read as that day (`_in_week`), by-days read
    as the ends of totals, and a "since … up to now" total after one ending on it (see the
    module)."""
    if len(found) > 1 and not _WEEKDAYS.isdisjoint(norms):
        found = _in_week(norms, found)
    if _BY_DAY.isdisjoint(norms) or not found:
        return found
    out: list[DateMention] = []
    by: dt.date | None = None
    for d in found:
        if _by_day(norms, d, ref):
            end = d.period.end
            d = attrs.evolve(d, period=Period(start=None, end=end), kind=CUMULATIVE)
            by = end
        elif by is not None and d.kind == CUMULATIVE and d.to_now:
            start = d.period.start
            if start is None or start <= by:
                d = attrs.evolve(d, period=Period(start=start, end=by), to_now=False)
        out.append(d)
    return out
