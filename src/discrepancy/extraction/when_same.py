"""A period that copies the one just named, in another year ("the same period of 2019").

News compares a count with the same days of another year ("1,181 arrivals up to 29 February,
against 84 in the same period of 2019"; "lo que supera el mismo periodo de 2013"). The phrase
takes the start and end of the period named before it in the sentence, moved to the year it
names ("of 2019", "del año 2019", "of last year", "del año pasado", "anterior"); a period
named without its start ("up to 29 February") starts on 1 January of its year. Without a
period before it, the phrase copies the year so far (1 January to the reference date). It
replaces the bare year the finder may have read in it ("en 2014" is not the whole year here).
Read once per sentence, a few tokens at each "same"/"mismo": linear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.when import ANCHOR, DateMention

__all__ = ["in_year", "same_periods", "that_period"]

_PHRASES = tables_en.SAME_PERIOD | tables_es.SAME_PERIOD
_FIRSTS = frozenset(p[0] for p in _PHRASES)
_LINKS = frozenset({"of", "in", "de", "del", "en", "el", "the", "ano", "year", "that", "ese"})
_LAST_YEAR = (("last", "year"), ("previous", "year"), ("ano", "pasado"), ("ano", "anterior"))
_PRIOR = frozenset({"anterior", "previo"})
_LINK_SPAN = 4


def in_year(d: dt.date, year: int) -> dt.date:
    """``d`` in ``year`` (28 February for a 29th in a year without it)."""
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February in a year without it
        return d.replace(year=year, day=28)


def _year_named(toks: Sequence[Tok], norms: Sequence[str], k: int) -> tuple[int | None, int]:
    """The year written after the phrase ending at ``k`` ("of 2019", "del año pasado"):
    (year, or ``None`` for "last year" / "anterior" read against the copied period; index
    after), or (``-1``, ``k``) without one."""
    j = k
    while j < len(norms) and j - k < _LINK_SPAN:
        for words in _LAST_YEAR:
            if tuple(norms[j : j + len(words)]) == words:
                return None, j + len(words)
        if norms[j] in _PRIOR:
            return None, j + 1
        t = toks[j]
        if t.kind == "n" and len(t.norm) == 4 and t.norm.isdecimal():
            year = int(t.norm)
            return (year, j + 1) if 1800 <= year <= 2100 else (-1, k)
        if norms[j] not in _LINKS:
            break
        j += 1
    return -1, k


def same_periods(
    toks: Sequence[Tok], norms: Sequence[str], found: list[DateMention], ref: dt.date | None
) -> list[DateMention]:
    """``found`` with each "same period of YEAR" read as the copy of the period before it."""
    if _FIRSTS.isdisjoint(norms):
        return found
    out = found
    for k, w in enumerate(norms):
        if w not in _FIRSTS or tuple(norms[k : k + 2]) not in _PHRASES:
            continue
        year, end_at = _year_named(toks, norms, k + 2)
        if year == -1:
            continue
        before = [d for d in out if d.last <= k]
        template: Period | None = before[-1].period if before else None
        if template is None and ref is not None:
            template = Period(start=dt.date(ref.year, 1, 1), end=ref)
        if template is None:
            continue
        end = template.end
        start = template.start or dt.date(end.year, 1, 1)
        target = year if year is not None else end.year - 1
        shift = target - end.year
        period = Period(start=in_year(start, start.year + shift), end=in_year(end, target))
        mention = DateMention(k, end_at, period, ANCHOR)
        out = sorted(
            [d for d in out if d.last <= k or d.first >= end_at] + [mention],
            key=lambda d: d.first,
        )
    return out


_THAT = tables_en.THAT_PERIOD | tables_es.THAT_PERIOD
_THAT_FIRSTS = frozenset(p[0] for p in _THAT)


def _span(d: DateMention) -> bool:
    return d.period.start is not None and d.period.start < d.period.end and not d.earlier


def that_period(
    norms: Sequence[str],
    found: list[DateMention],
    before: Callable[[], Sequence[DateMention]],
) -> list[DateMention]:
    """Round 11: ``found`` with each "in that period" / "en ese periodo" read as the span named
    last before it: in its sentence, else in ``before()`` (the sentence before). "Police
    recorded 4,100 arrests between January and April. Volunteers counted 6,300 arrests in
    that period": the 6,300 are of January to April, not of the day the police spoke. A
    phrase with no span before it dates nothing. Linear: one look per "that"/"ese"."""
    if _THAT_FIRSTS.isdisjoint(norms):
        return found
    out = found
    for k, w in enumerate(norms):
        if w not in _THAT_FIRSTS:
            continue
        words = next((p for p in _THAT if tuple(norms[k : k + len(p)]) == p), None)
        if words is None:
            continue
        end_at = k + len(words)
        if any(d.first < end_at and d.last > k for d in out):
            continue  # already read as a date
        spans = [d for d in out if d.last <= k and _span(d)]
        if not spans:
            spans = [d for d in before() if _span(d)]
        if not spans:
            continue
        mention = DateMention(k, end_at, spans[-1].period, ANCHOR, opens=spans[-1].opens)
        out = sorted([*out, mention], key=lambda d: d.first)
    return out
