"""Finding the date expressions of a sentence, left to right (the reading is `when`).

Expressions: named days ("Christmas Day", "New Year's Eve", "Nochebuena"), weekdays ("on
Tuesday", "last Friday", "late Monday", "el martes"), calendar dates ("Jan. 8", "December 30",
"July 28, 2024", "el 30 de diciembre", "19Ene"), months ("in April", "December 2024"),
relative spans ("earlier this month", "over the past year", "the second half of last year"),
spans ("between Jan. 8 and late Monday", "since Saturday"), cumulative ends ("so far",
"hasta ahora", "as of December 30") and "today"/"yesterday". Each resolves to a ``Period``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from discrepancy.claim import Period
from discrepancy.extraction import (
    tables_en,
    tables_es,
    when_previous,
    when_reach,
    when_same,
    when_spans,
    when_totals,
)
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.when import (
    ANCHOR,
    CUMULATIVE,
    POINT_SKIP,
    PRESENT,
    RELATIVE,
    RELATIVE_HEADS,
    RELATIVE_SKIP,
    DateMention,
    Reader,
)
from discrepancy.extraction.when_spans import so_far_in
from discrepancy.extraction.when_year import end_of, year_before

__all__ = ["DateFinder", "date_starts"]

_SPAN_OPENERS = frozenset(
    {"between", "entre", "from", "del", "desde", "since", "as", "by"}
    | {"until", "till", "hasta", "al"}  # words that open a span's end ("till" is "until")
    | {"through"}  # g-when: "through Sunday"
)
_UNTIL_WORDS = frozenset({"by", "until", "till", "hasta", "al", "through"})
_YEAR_SO_FAR = (
    ("this", "year"),
    ("este", "ano"),
    ("va", "de", "ano"),
    ("va", "del", "ano"),
    ("for", "the", "year"),  # h-when: "as of the end of last month, 103 murders for the year"
)
"""A sentence that counts "this year" ("so far this year", "en lo que va del año", "de este
año"): a count up to a day of it starts on January 1 (`_year_start`)."""


def _year_start(r: Reader, end: dt.date, lo: int, hi: int) -> dt.date | None:
    """g-when: January 1 of ``end``'s year when the sentence says it counts this year ("As
    of Feb. 13, 1,200 had arrived this year", "en lo que va de año, hasta el 13 de
    febrero") and ``end`` is in the reference date's year; else ``None`` (the start stays
    open). "De este año" right after the date (``[lo, hi)``) only names the date's year
    ("hasta el 4 de marzo de este año" counts an outbreak begun the year before)."""
    if r.ref is None or end.year != r.ref.year:
        return None
    norms = r.norms
    for k in range(len(norms)):
        if lo <= k <= hi + 1:
            continue
        if any(r.phrase(k, words) for words in _YEAR_SO_FAR):
            return dt.date(end.year, 1, 1)
    return None


def date_starts(lex: Lexicon) -> frozenset[str]:
    """Every word a date expression can start with (besides digits and ids like "19ene")."""
    return (
        _SPAN_OPENERS
        | POINT_SKIP
        | RELATIVE_SKIP
        | RELATIVE_HEADS
        | {"in", "en", "since", "desde"}
        | frozenset(lex.so_far_by_first)
        | frozenset(lex.occasions_by_first)
        | frozenset(lex.weekdays)
        | frozenset(lex.months)
        | lex.today
        | lex.yesterday
    )


_DIGIT_KINDS = frozenset({"n", "x"})
"""The kinds of token that hold a digit (``Tok.kind``)."""


@attrs.frozen
class DateFinder:
    """Finds the date expressions of sentences; built once per document (it holds the
    set of words a date can start with, so most tokens are passed over with one look-up)."""

    lex: Lexicon
    starts: frozenset[str]

    heads: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lex: Lexicon) -> DateFinder:
        return cls(lex, date_starts(lex) | when_spans.STARTS, lex.date_heads | when_spans.HEADS)

    def find(
        self, toks: Sequence[Tok], ref: dt.date | None, norms: Sequence[str] | None = None
    ) -> list[DateMention]:
        """Every date expression of a sentence, left to right, non-overlapping."""
        norms = norms if norms is not None else [t.norm for t in toks]
        heads, starts = self.heads or self.lex.date_heads, self.starts
        numeric = [k for k, t in enumerate(toks) if t[3] in _DIGIT_KINDS]  # t.kind
        # a date holds a digit or a date word within its first five tokens
        hot = sorted(numeric + [k for k, w in enumerate(norms) if w in heads])
        candidates = sorted(numeric + [k for k, w in enumerate(norms) if w in starts])
        reader = Reader(toks, norms, ref, self.lex)
        out: list[DateMention] = []
        i = h = 0
        for c in candidates:
            if c < i:
                continue
            while h < len(hot) and hot[h] < c:
                h += 1
            if norms[c] in _SINCE:
                started = _since_start(reader, c)  # "since the protests began": no digit
                if started is not None:
                    out.append(started)
                    i = started.last
                    continue
            if h == len(hot) or hot[h] >= c + 5:
                continue
            if ref is not None and _event_year(norms, c, ref):  # round 9: "la Diada de 2016"
                year = int(norms[c])
                period = Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
                out.append(DateMention(c, c + 1, period, ANCHOR))
                i = c + 1
                continue
            if ref is not None and _event_year(norms, c, ref, _PAST_EVENTS):
                year = int(norms[c])  # h-when: "a 2010 quake that claimed 500 lives"
                period = Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
                out.append(DateMention(c, c + 1, period, ANCHOR, reach=_event_clause(norms, c)))
                i = c + 1
                continue
            if toks[c].kind == "n" and not (
                _may_be_day(norms, c, self.lex) or _year_then(norms, c)
            ):
                continue
            try:
                found = _span_at(reader, c)
            except (OverflowError, ValueError):
                # a date before year 1 or after 9999 ("last year" read in year 1): no date
                found = None
            if found is not None:
                out.append(found)
                i = found.last
        out = _named_days(out, norms, self.lex) if len(out) > 1 else out
        out = when_same.same_periods(toks, norms, out, ref)  # "the same period of 2019"
        out = when_totals.by_day_totals(norms, out, ref)  # "para el viernes pasado" (round 8)
        earlier = when_previous.earlier_occasions(norms, out, ref)  # round 10
        if earlier:
            out = sorted([*out, *earlier], key=lambda d: d.first)
        out = when_reach.bind(toks, norms, out, ref, self.lex)
        return [  # round 9: "2021, cuando hubo 1.140" dates its "when" clause alone
            attrs.evolve(d, reach=(d.first, _clause_end(norms, d.last + 2)))
            if _year_then(norms, d.first)
            else when_previous.earlier_reach(norms, d)
            for d in out
        ]


def _named_days(out: list[DateMention], norms: Sequence[str], lex: Lexicon) -> list[DateMention]:
    """A weekday or "yesterday" that the calendar date right after it names ("el domingo 8
    de marzo", "on Sunday, March 8", "ayer 29 de marzo") is one date: the calendar one."""
    days = lex.weekdays.keys() | lex.yesterday | lex.today
    merged: list[DateMention] = []
    for d in out:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and d.kind == ANCHOR
            and d.period.is_point
            and prev.kind in (ANCHOR, PRESENT)
            and prev.period.is_point
            and (d.first == prev.last or (d.first == prev.last + 1 and norms[prev.last] == ","))
            and any(norms[k] in days for k in range(prev.first, prev.last))
            and not any(norms[k] in days for k in range(d.first, d.last))
        ):
            merged[-1] = attrs.evolve(d, first=prev.first, occasion=d.occasion or prev.occasion)
        else:
            merged.append(d)
    return merged


_WHEN_LINKS = frozenset({"when", "cuando"})


def _year_then(norms: Sequence[str], i: int) -> bool:
    """Round 9: a bare year that a "when" clause follows ("frente a 2021, cuando hubo
    1.140", "in 2019, when 300 died") starts a date."""
    w = norms[i]
    if len(w) != 4 or not w.isdecimal():
        return False
    nxt = norms[i + 1] if i + 1 < len(norms) else ""
    if nxt == ",":
        nxt = norms[i + 2] if i + 2 < len(norms) else ""
    return nxt in _WHEN_LINKS


_YEAR_EVENTS = tables_en.YEAR_EVENT_NOUNS | tables_es.YEAR_EVENT_NOUNS
_PAST_EVENTS = (
    tables_en.PAST_EVENT_NOUNS
    | tables_es.PAST_EVENT_NOUNS
    | tables_en.GROWING_DISASTER_NOUNS
    | tables_es.GROWING_DISASTER_NOUNS
    | tables_en.DISASTER_NOUNS
    | tables_es.DISASTER_NOUNS
)
"""h-when: nouns of a past disaster, attack or war a bare year names ("a 2010 quake that
claimed 500 lives"): its year dates the figures of its own clause only (`_event_clause`)."""
_YEAR_OF = frozenset({"de", "of", "del"})
_YEAR_ADJECTIVES = frozenset({"humana", "general", "generales", "nacional"})
"""Adjectives between an event noun and "de <year>" ("la cadena humana de 2019")."""


def _event_year(
    norms: Sequence[str], i: int, ref: dt.date, nouns: frozenset[str] = _YEAR_EVENTS
) -> bool:
    """Round 9: whether the token at ``i`` is a past year that names an event ("la Diada de
    2016", "la cadena humana de 2019", "the 2014 rally", "the march of 2012")."""
    w = norms[i]
    if len(w) != 4 or not w.isdecimal() or not 1900 <= int(w) < ref.year:
        return False
    if i + 1 < len(norms) and norms[i + 1] in nouns:
        return i == 0 or norms[i - 1] in ("the", "a", "la", "el", "its", "their")
    if i < 2 or norms[i - 1] not in _YEAR_OF:
        return False
    k = i - 2
    while k > 0 and norms[k] in ("-", "—", ")"):
        k -= 1  # "el acto --una cadena humana-- de 2019"
    if norms[k] in _YEAR_ADJECTIVES and k > 0:
        k -= 1
    return norms[k] in nouns


_CLAUSE_MARKS = frozenset({",", ";", ":", "."})
_RELATIVES = frozenset({"que", "which", "who", "that", "cuando", "when", "donde", "where"})


def _event_clause(norms: Sequence[str], i: int) -> tuple[int, int]:
    """h-when: the clause around a past event's year at ``i`` (to the clause marks on each
    side; a comma before a relative pronoun does not end it: "el terremoto de 2016, que dejó
    600 muertos"): the figures its year dates. "Ten years after the 2014 quake, 3,000
    families still live in tents" keeps the 3,000 out."""
    lo = i
    while lo > 0 and norms[lo - 1] not in _CLAUSE_MARKS:
        lo -= 1
    hi = i + 1
    while hi < len(norms):
        if norms[hi] in _CLAUSE_MARKS and not (
            norms[hi] == "," and hi + 1 < len(norms) and norms[hi + 1] in _RELATIVES
        ):
            break
        hi += 1
    return lo, hi


def _clause_end(norms: Sequence[str], k: int) -> int:
    """The end of the clause from token ``k``: the next comma, semicolon or full stop."""
    while k < len(norms) and norms[k] not in (",", ";", ".", ":"):
        k += 1
    return k


def _may_be_day(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """A number starts a date only as a day before its month ("30 de diciembre", "8 Jan")."""
    nxt = norms[i + 1] if i + 1 < len(norms) else ""
    if nxt == "de":
        nxt = norms[i + 2] if i + 2 < len(norms) else ""
    return nxt in lex.months


_SUPERLATIVES = frozenset(
    {
        "highest",
        "lowest",
        "largest",
        "biggest",
        "smallest",
        "worst",
        "best",
        "deadliest",
        "most",
        "fewest",
        "record",
        "alto",
        "alta",
        "bajo",
        "baja",
        "mayor",
        "menor",
        "peor",
        "mejor",
    }
)
"""Words before "since" that make it a comparison ("the lowest since March")."""
_PAST_SPANS = (
    ("last", "year"),
    ("last", "month"),
    ("last", "week"),
    ("ano", "pasado"),
    ("mes", "pasado"),
    ("semana", "pasada"),
)


def _past_span(r: Reader, i: int) -> bool:
    """ "last year", "el año pasado", "la semana pasada" at ``i`` (after an article)."""
    while r.at(i) in ("the", "el", "la"):
        i += 1
    return any(r.phrase(i, words) for words in _PAST_SPANS)


_SINCE = frozenset({"since", "desde"})
_JOINS = frozenset({"and", "y", "to", "until", "till", "al", "hasta"})
_AND = frozenset({"and", "y"})
_THEN = frozenset({"then", "entonces"})
_UNTIL = frozenset({"until", "till", "through", "hasta"})
"""A span's end after "and" / "y" ("from Jan. 1 and until April 13", "desde el 2 de enero y
hasta el 9 de marzo"): one span, not a start and a separate "until"."""
_ASIDE = 15
"""At most this many words in an aside between the two ends of a span ("between March 4,
when the first dock strikes began, and April 9")."""
_START_NOUNS = tables_en.START_NOUNS | tables_es.START_NOUNS
_PERIOD_OPENINGS = tables_en.PERIOD_OPENING_NOUNS | tables_es.PERIOD_OPENING_NOUNS
_START_VERBS = tables_en.START_VERBS | tables_es.START_VERBS
_START_REACH = 5
"""At most this many words between "since" / "desde que" and its verb of starting."""


def _past_aside(r: Reader, k: int) -> int | None:
    """The index of the word joining a span's two ends at ``k`` ("and", "y", "to"), past an
    aside between commas ("March 4, when the strikes began, and April 9"), else
    ``None``. The aside holds no digit."""
    if r.at(k) in _JOINS:
        return k
    if r.at(k) != ",":
        return None
    for m in range(k + 1, min(k + 1 + _ASIDE, len(r.norms) - 1)):
        if r.toks[m].kind == "n":
            return None
        if r.at(m) == "," and r.at(m + 1) in _JOINS:
            return m + 1
    return None


def _since_start(r: Reader, i: int) -> DateMention | None:
    """ "since the protests began", "since the start of the war", "desde que comenzaron las
    protestas", "desde el inicio de la crisis": a count from a start the sentence names by its
    event, up to the reference date (`CUMULATIVE`, ``to_now``); the start is the date that
    follows when one does ("…, el 18 de abril"), else open."""
    if r.ref is None:
        return None
    k = i + 1
    while r.at(k) in ("the", "el", "la", "que", "se"):
        k += 1
    end: int | None = None
    if r.at(k) in _START_NOUNS or r.at(k) in _PERIOD_OPENINGS:
        begun = when_spans.period_start(r, k + 1)  # session 10: "since the start of the year"
        if begun is not None:
            period = Period(start=begun[0], end=r.ref)
            return DateMention(i, begun[1], period, CUMULATIVE, opens=True, to_now=True)
    if r.at(k) in _START_NOUNS and r.at(k + 1) in ("of", "de", "del"):
        end = k + 2  # the event's noun phrase follows: it is not part of the date
    else:
        for m in range(k, min(k + _START_REACH, len(r.norms))):
            if r.at(m) in _START_VERBS:
                end = m + 2 if r.at(m + 1) == "out" else m + 1
                break
            if r.toks[m].kind != "w":
                break
    if end is None:
        return None
    j = end
    while j < len(r.norms) and r.toks[j].kind == "w" and j - end < 4 and r.at(j) not in _JOINS:
        j += 1  # the event's words ("de las protestas")
    at = j + 1 if r.at(j) == "," else j
    named = r.point(at)
    if named is not None and named[0].start is not None and named[0].start <= r.ref:
        period = Period(start=named[0].start, end=r.ref)
        return DateMention(i, named[1], period, CUMULATIVE, opens=True, to_now=True)
    return DateMention(i, end, Period(start=None, end=r.ref), CUMULATIVE, to_now=True)


_YEAR_SPAN_OPENERS = frozenset({"between", "entre", "from", "desde"})
_YEAR_SPAN_JOINS = frozenset({"and", "y", "to", "a", "al", "until", "till", "hasta"})
_YEAR_SPAN_MAX = 50
"""At most this many years in a span of bare years (a longer one is more likely a count)."""
_AFTER_YEAR_SPAN = frozenset(
    {"in", "en", "on", "at", "for", "para", "por", "when", "cuando", "while", "mientras"}
    | {"and", "y", "but", "pero", "the", "el", "la", "los", "las", "that", "que"}
)
"""Words that may follow a span of bare years ("entre 2019 y 2024, un promedio"; "between 2019
and 2024 in the Channel"); any other word after it makes the two numbers a count's bounds
("between 1900 and 2000 people")."""


def _bare_year(norm: str) -> int | None:
    return int(norm) if len(norm) == 4 and norm.isdecimal() and 1800 <= int(norm) <= 2100 else None


def _year_span(r: Reader, i: int) -> DateMention | None:
    """Round 9: a span of two bare past years ("entre 2018 y 2022", "from 2015 to 2019"):
    1 January of the first to 31 December of the second; ``None`` when the second year is
    not later, is after the reference year, or a word of a count follows."""
    if r.ref is None or r.at(i) not in _YEAR_SPAN_OPENERS or r.at(i + 2) not in _YEAR_SPAN_JOINS:
        return None
    first, second = _bare_year(r.at(i + 1)), _bare_year(r.at(i + 3))
    if first is None or second is None or not first < second <= r.ref.year:
        return None
    if second - first > _YEAR_SPAN_MAX:
        return None
    after = r.at(i + 4)
    if i + 4 < len(r.toks) and r.toks[i + 4].kind == "w" and after not in _AFTER_YEAR_SPAN:
        return None
    period = Period(start=dt.date(first, 1, 1), end=dt.date(second, 12, 31))
    return DateMention(i, i + 4, period, opens=True)


_MONTH_JOINS = frozenset({"a", "al", "hasta", "to", "through", "till", "until"})
"""Round 11: words joining two months of one span with no opener before them ("de enero a
mayo", "January through May"); "and" / "y" join a span only after "between" / "entre"."""


def _names_month(r: Reader, lo: int, hi: int) -> bool:
    return any(r.at(k) in r.lex.months for k in range(lo, hi))


def _joined(
    r: Reader, lo: int, first: tuple[Period, int, str | None], second: Period
) -> Period | None:
    """Round 11: the span from the start of ``first`` (read at ``lo``) to the end of
    ``second``. A first end written without its year takes the year that puts it before the
    second ("de noviembre a febrero de 2024" starts in November 2023; "from January to May"
    read in March is last year's, as its May is); ``None`` when it still does not."""
    start, end = first[0].start, second.end
    if start is None:
        return None
    if start > end and not any(_bare_year(r.at(k)) for k in range(lo, first[1])):
        start = when_same.in_year(start, end.year)
        if start > end:
            start = when_same.in_year(start, end.year - 1)
    return Period(start=start, end=end) if start <= end else None


def _month_to_month(r: Reader, i: int, first: tuple[Period, int, str | None]) -> DateMention | None:
    """Round 11: a month (or a day of it) joined by "a" / "to" / "through" to a later month
    ("de enero a mayo de este año", "from January to May", "January through May") is one
    span: the first day of the first to the last of the second, never the first month alone.
    """
    join = first[1]
    if r.at(join) not in _MONTH_JOINS or not _names_month(r, i, join):
        return None
    at = join + 1
    second = r.point(at) if r.at(at) not in r.lex.months else r.month_end_of_span(at)
    if second is None or not _names_month(r, at, second[1]):
        return None
    period = _joined(r, i, first, second[0])
    if period is None:
        return None
    period, last = _this_year(r, period, second[1])
    return DateMention(i, last, period, opens=True)


_THIS_YEAR = (("de", "este", "ano"), ("del", "presente", "ano"), ("of", "this", "year"))


def _this_year(r: Reader, period: Period, k: int) -> tuple[Period, int]:
    """Round 11: a span of months followed by "de este año" / "of this year" is in the
    reference year (up to the reference date at most); (period, index after)."""
    words = next((w for w in _THIS_YEAR if r.phrase(k, w)), None)
    if words is None or r.ref is None or period.start is None:
        return period, k
    start = when_same.in_year(period.start, r.ref.year)
    end = min(
        when_same.in_year(period.end, r.ref.year + period.end.year - period.start.year), r.ref
    )
    return (Period(start=start, end=end), k + len(words)) if start <= end else (period, k)


def _span_at(r: Reader, i: int) -> DateMention | None:
    w = r.at(i)
    if r.ref is not None:  # "so far", "hasta ahora", "until now": before "until D", "hasta D"
        for words, _ in r.lex.so_far_by_first.get(w, ()):
            if r.phrase(i, words):
                named = so_far_in(r, i + len(words))  # "en lo que va de diciembre"
                if named is not None:
                    # round 11: "en lo que va del año" names its period from its start to
                    # today, like days the text names: a date of another clause ("hasta
                    # marzo") does not take the figure beside it
                    period = Period(start=named[0], end=r.ref)
                    return DateMention(i, named[1], period, ANCHOR)
                if year_before(r, i):  # h-when: "this year so far", "for the year to date"
                    period = Period(start=dt.date(r.ref.year, 1, 1), end=r.ref)
                    return DateMention(i, i + len(words), period, ANCHOR)
                period = Period(start=None, end=r.ref)
                return DateMention(i, i + len(words), period, CUMULATIVE, to_now=True)
    if w in ("between", "entre", "from", "del", "desde"):
        years = _year_span(r, i)  # round 9: "entre 2018 y 2022", "between 2018 and 2022"
        if years is not None:
            return years
        first = r.point(i + 1) or r.month_end_of_span(i + 1)  # round 11: "from March to May"
        join = _past_aside(r, first[1]) if first is not None else None
        if first is not None and join is not None:
            if r.at(join) in _AND and r.at(join + 1) in _UNTIL:
                join += 1  # g-when: "desde el 2 de enero y hasta el 9 de marzo"
            second = r.point(join + 1)  # "between March 4, when …, and April 9"
            if second is None and _names_month(r, i + 1, first[1]):
                second = r.month_end_of_span(join + 1)  # round 11: "between January and May"
            if second is not None and first[0].start is not None:
                joined = _joined(r, i + 1, first, second[0])
                if joined is not None:
                    joined, last = _this_year(r, joined, second[1])
                    return DateMention(i, last, joined, opens=True)
    if w in ("since", "desde") and r.ref is not None:
        if r.at(i - 1) in _SUPERLATIVES or r.at(i - 2) in _SUPERLATIVES:
            return None  # "the highest turnout since 1968": a comparison, not the count's time
        if r.at(i + 1) in _THEN:
            # g-when: "since then", "desde entonces": up to now from a day named before; the
            # start is the day of the figure before it of the same count (`claims`)
            return DateMention(i, i + 2, Period(start=None, end=r.ref), CUMULATIVE, to_now=True)
        first = r.point(i + 1)
        if first is not None and first[0].start is not None and first[0].start <= r.ref:
            period = Period(start=first[0].start, end=r.ref)
            return DateMention(i, first[1], period, CUMULATIVE, opens=True, to_now=True)
        back = r.relative(i + 1) if _past_span(r, i + 1) else None
        if back is not None and back[2] == RELATIVE and back[0].end <= r.ref:
            # "since last year", "desde el mes pasado": up to now, from a start not named
            period = Period(start=None, end=r.ref)
            return DateMention(i, back[1], period, CUMULATIVE, to_now=True)
    if (w == "as" and r.at(i + 1) in ("of", "at")) or w in _UNTIL_WORDS:
        k = i + 2 if w == "as" else i + 1
        if r.at(k) in ("el", "la", "ese", "esa", "that"):  # h-when: "hasta ese domingo"
            k += 1
        closed = end_of(r, k)  # h-when: "as of the end of last month"
        if closed is not None:
            start = _year_start(r, closed[0], i, closed[1])
            return DateMention(i, closed[1], Period(start=start, end=closed[0]), CUMULATIVE)
        first = r.point(k)
        if first is not None:
            period = first[0]
            if r.at(k) in r.lex.today:
                return DateMention(i, first[1], period, PRESENT)
            start = _year_start(r, period.end, i, first[1])  # g-when: "as of Feb. 13 … this year"
            if start is not None:
                return DateMention(i, first[1], Period(start=start, end=period.end), CUMULATIVE)
            return DateMention(i, first[1], Period(start=None, end=period.end), CUMULATIVE)
    day = when_spans.relative_day(r, i)  # "last night", "hace tres días", "the weekend"
    if day is not None:
        return DateMention(i, day[1], day[0])
    rel = r.relative(i)
    if rel is not None:
        return DateMention(i, rel[1], rel[0], rel[2], to_now=rel[2] == CUMULATIVE)
    point = r.point(i)
    if point is not None:
        months = _month_to_month(r, i, point)  # round 11: "de enero a mayo", "January to May"
        if months is not None:
            return months
        kind = PRESENT if r.at(point[1] - 1) in r.lex.today else ANCHOR
        return DateMention(i, point[1], point[0], kind, point[2])
    return None
