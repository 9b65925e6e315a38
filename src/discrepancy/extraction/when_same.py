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

__all__ = ["contrast_time", "in_year", "same_periods", "that_day", "that_period"]

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


_SAME_DAY = tables_en.SAME_DAY | tables_es.SAME_DAY
_NEXT_DAY = tables_en.NEXT_DAY | tables_es.NEXT_DAY
_PREVIOUS_DAY = tables_en.PREVIOUS_DAY | tables_es.PREVIOUS_DAY
_NOT_AFTER_PREVIOUS = tables_en.NOT_PREVIOUS_DAY_AFTER | tables_es.NOT_PREVIOUS_DAY_AFTER
_DAYS_LATER = tables_en.DAYS_LATER | tables_es.DAYS_LATER
_DAY_COUNTS = {**tables_en.DAY_COUNTS, **tables_es.DAY_COUNTS}
_NOT_BEFORE = tables_en.NOT_THAT_DAY_BEFORE | tables_es.NOT_THAT_DAY_BEFORE
_NOT_AFTER = tables_en.NOT_NEXT_DAY_AFTER | tables_es.NOT_NEXT_DAY_AFTER
_DAY_FIRSTS = frozenset(p[0] for p in _SAME_DAY | _NEXT_DAY | _PREVIOUS_DAY)
_LATER_FIRSTS = frozenset(p[0] for p in _DAYS_LATER)
_DAY_NOUNS = tables_en.DAY_NOUNS | tables_es.DAY_NOUNS
_MAX_LATER = 7
"""At most this many days after the day named before ("a week later" is no longer that day's
aftermath but another occasion the text should date itself)."""


def _day_of(d: DateMention) -> bool:
    """Whether a date names one day: a single day, or a total up to a day ("hasta el 9 de
    julio"), and no earlier occasion named without its day."""
    p = d.period
    return not d.earlier and (p.start is None or p.start == p.end)


def _day_phrase(norms: Sequence[str], k: int) -> tuple[int, int] | None:
    """The phrase of a day named by reference that starts at ``k``, as (its end, the days
    after the day before it: 0 for "that same day"), or ``None``."""
    w = norms[k]
    if w in _DAY_FIRSTS:
        for phrases, shift in ((_SAME_DAY, 0), (_NEXT_DAY, 1), (_PREVIOUS_DAY, -1)):
            words = next((p for p in phrases if tuple(norms[k : k + len(p)]) == p), None)
            if words is None:
                continue
            if shift == 0 and any(norms[j] in _NOT_BEFORE for j in range(max(0, k - 2), k)):
                return None  # "until that day": a bound, not the day counted
            after = norms[k + len(words)] if k + len(words) < len(norms) else ""
            if shift > 0 and after in _NOT_AFTER:
                return None  # "the day after the vote": it follows that occasion
            if shift < 0 and (after in _NOT_AFTER or after in _NOT_AFTER_PREVIOUS):
                return None  # session 13: "the day before the vote", "el día anterior a"
            return k + len(words), shift
        return None
    days = _DAY_COUNTS.get(w) or (int(w) if w.isdigit() and len(w) == 1 else 0)
    if not days or days > _MAX_LATER or k + 1 >= len(norms) or norms[k + 1] not in _LATER_FIRSTS:
        return None
    words = next((p for p in _DAYS_LATER if tuple(norms[k + 1 : k + 1 + len(p)]) == p), None)
    if words is None:
        return None
    end_at = k + 1 + len(words)
    if end_at < len(norms) and norms[end_at] in _NOT_AFTER:
        return None  # "dos días después del ataque": after that occasion
    return end_at, days


def that_day(
    norms: Sequence[str],
    found: list[DateMention],
    before: Callable[[], Sequence[DateMention]],
    ref: dt.date | None,
) -> list[DateMention]:
    """Round 12: ``found`` with each day named by reference to the day named just before —
    "that same day", "ese mismo día", "the next day", "al día siguiente", "two days later",
    "tres días después", and (session 13) "a day earlier", "el día anterior" — read as that
    day (or as that many days after or before it). The day before is
    the last date of the sentence before the phrase, else the last date of ``before()`` (the
    sentence before, across a paragraph break: a text that gives a day and then goes on "on
    that same day" in its next paragraph still means it); when that date is no single day (a
    month, a span), or the day reached lies after ``ref``, the phrase dates nothing: no day is
    guessed. A day after the one named ("the next day") is a day a count was made or told
    (``later``): a toll of the text's event keeps the event's day. A day that ends a running
    total ("until 9 July") keeps its open start when named again: the same day's other total
    is a total up to it as well. Linear: one look per candidate word, and the sentence before
    is read at most once."""
    if _DAY_NOUNS.isdisjoint(norms):
        return found  # no "day" / "día": most sentences, at one look
    out = found
    earlier: Sequence[DateMention] | None = None
    for k in range(len(norms)):
        phrase = _day_phrase(norms, k)
        if phrase is None:
            continue
        end_at, shift = phrase
        if any(d.first < end_at and d.last > k for d in out):
            continue  # already read as a date
        prior = [d for d in out if d.last <= k]
        if not prior:
            earlier = before() if earlier is None else earlier
            prior = list(earlier)
        if not prior or not _day_of(prior[-1]):
            continue
        period = prior[-1].period
        if shift:  # session 13: -1 for "the day before", "un día antes"
            day = period.end + dt.timedelta(days=shift)
            if ref is not None and day > ref:
                continue
            period = Period.on(day)
        mention = DateMention(k, end_at, period, ANCHOR, later=shift > 0)
        out = sorted([*out, mention], key=lambda d: d.first)
    return out


_ASIDES = tables_en.CONTRAST_ASIDES | tables_es.CONTRAST_ASIDES
_OPENERS = tables_en.CONTRAST_OPENERS | tables_es.CONTRAST_OPENERS
_CONTRAST_FIRSTS = frozenset(p[0] for p in _ASIDES | _OPENERS)
_CONTRAST_SPAN = 8
"""How many words from the start of a sentence its contrast word may stand ("La Red de
Migrantes de Velna, en cambio, …"): after that it sets clauses of its own sentence apart."""


def contrast_time(
    norms: Sequence[str],
    found: list[DateMention],
    before: Callable[[], Sequence[DateMention]],
) -> list[DateMention]:
    """Round 12: ``found`` with the time of the sentence before given to a sentence that sets
    its figure against that sentence's and names no time of its own: a contrast word set
    between commas after its subject ("a migrants' network, in contrast, counted", "la red,
    en cambio, contó") or opening it ("por su parte", "for its part"), near its start and
    before its first figure, and no date at all. ``before()`` gives the dates of the sentence
    before when that sentence holds a figure (else none); its last date, unless an earlier
    occasion named without its day, is read at the contrast word. "Until August 2.1 million
    lived abroad, the agency said. A migrants' network, in contrast, counted 2.9 million":
    both are of August, so the two counts of one stock meet. A sentence with a date of its
    own keeps it; "However, 300 more arrived" is no rival's count and is not read. Linear: the
    first words are looked at once."""
    if found or _CONTRAST_FIRSTS.isdisjoint(norms[:_CONTRAST_SPAN]):
        return found
    for k in range(min(_CONTRAST_SPAN, len(norms))):
        if norms[k][:1].isdigit():
            return found  # a figure before the contrast word: not set against the one before
        if norms[k] not in _CONTRAST_FIRSTS:
            continue
        phrases = _OPENERS if k == 0 else _ASIDES if norms[k - 1] == "," else frozenset()
        words = next((p for p in phrases if tuple(norms[k : k + len(p)]) == p), None)
        if words is None:
            continue
        prior = [d for d in before() if not d.earlier]
        if not prior:
            return found
        last = prior[-1]
        return [DateMention(k, k + len(words), last.period, last.kind, opens=last.opens)]
    return found
