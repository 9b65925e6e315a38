"""Date expressions, resolved against the reference date (never today): what they are
(`DateMention`) and how each is read (`Reader`; finding them in a sentence is
`when_find`).

The reference date is the publication date, or a dateline that a paragraph states ("#19Ene").
Expressions: named days ("Christmas Day", "New Year's Eve", "Nochebuena"), weekdays ("on
Tuesday", "last Friday", "late Monday", "el martes"), calendar dates ("Jan. 8", "December 30",
"July 28, 2024", "el 30 de diciembre", "19Ene"), months ("in April", "December 2024"),
relative spans ("earlier this month", "over the past year", "the second half of last year"),
spans ("between Jan. 8 and late Monday", "since Saturday"), cumulative ends ("so far",
"as of December 30") and "today"/"yesterday". Each resolves to a
[`Period`][discrepancy.claim.Period].
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Sequence

import attrs

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.when_spans import (
    first_months,
    half_year,
    month_part,
    quarter,
    so_far_in,
    year_after,
)

__all__ = [
    "ANCHOR",
    "CUMULATIVE",
    "PRESENT",
    "RELATIVE",
    "DateMention",
    "Reader",
    "hashtag_date",
]

_WHEN_LINKS = frozenset({"when", "cuando"})
"""Words after a bare past year that make it a date ("in 2019, when 300 died")."""
_YEAR_OPENERS = frozenset({"in", "en", "since", "desde", "during", "durante", "throughout"})
"""Words before a bare year that make it a date ("in 2019", "en el 2019", "durante 2019");
h-when added "during", "durante", "throughout" and the article of "en el 2019"."""
_YEAR_TARGETS = tables_en.YEAR_TARGET_WORDS | tables_es.YEAR_TARGET_WORDS
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "ago"})
_MONTH_CUES = frozenset(
    {
        "in",
        "of",
        "since",
        "until",
        "by",
        "early",
        "late",
        "mid",
        "en",
        "de",
        "desde",
        "hasta",
        "last",
        "this",
        "next",
        "throughout",  # "around 20,000 throughout May": a month, not the verb
        "during",
        "durante",
    }
)

RELATIVE_HEADS = frozenset(
    {
        "past",
        "last",
        "pasado",
        "ultimo",
        "second",
        "first",
        "segundo",
        "primer",
        "this",
        "este",
        "esta",
        "earlier",
        "principios",  # round 11: "a principios de esta semana"
        "comienzos",
        "mes",
        "semana",
        "ano",
        "the",
        "el",
        "la",
        "los",  # g-when: "los últimos siete días"
    }
)

_SECOND_ES = ("segundo", "semestre", "de")
_FIRST_ES = ("primer", "semestre", "de")

ANCHOR = "anchor"  # a day, month, named day or explicit span
RELATIVE = "relative"  # a span relative to the reference ("over the past year")
CUMULATIVE = "cumulative"  # "so far", "as of D": counted up to an end, start open
PRESENT = "present"  # "today", "currently"


@attrs.frozen
class DateMention:
    """A date expression: token span ``[first, last)``, its period and what kind it is.

    ``opens``: it names where a span begins ("between Jan. 8 and …", "since Saturday");
    ``to_now``: it ends at the reference date because it says "so far" or "since", not
    because it names that day. ``reach``: the token span ``[lo, hi)`` of the numbers it may
    date (a parenthesis, a comparison; `when_reach`), ``None`` for the whole sentence.
    ``earlier``: round 10, an earlier occasion of a series named without its day ("the
    previous day of action"; `when_previous`): its period is only the reference date, which
    its figures take as inferred, never as stated. ``later``: round 12, a day named only as
    coming after the day named before ("the next day", "dos días después"; `when_same`): a
    day a count was made or told after an occasion, which a count of that occasion's
    victims does not take (`when_doc.by_event`). ``told``: session 10, the day a count of one
    event was told or set, when its date was moved to the event's day (`when_doc.by_event`):
    two such counts told on different days are one toll at two moments (`scan`).
    """

    first: int
    last: int
    period: Period
    kind: str = ANCHOR
    occasion: str | None = None
    opens: bool = False
    to_now: bool = False
    reach: tuple[int, int] | None = None
    earlier: bool = False
    later: bool = False
    told: dt.date | None = None


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _recent(ref: dt.date, month: int, day: int) -> dt.date | None:
    """The latest ``month``/``day`` on or before ``ref``."""
    d = _day(ref.year, month, day)
    if d is not None and d > ref:
        d = _day(ref.year - 1, month, day)
    return d


def _year(tok: Tok) -> int | None:
    if tok.kind == "n" and len(tok.norm) == 4 and tok.norm.isdecimal():
        y = int(tok.norm)
        if 1800 <= y <= 2100:
            return y
    return None


def hashtag_date(norm: str, ref: dt.date | None, lex: Lexicon) -> dt.date | None:
    """ "19ene" (a tweet's #19Ene) → 19 January of the reference year."""
    digits = ""
    for ch in norm:
        if not ch.isdecimal():
            break
        digits += ch
    month = lex.months.get(norm[len(digits) :])
    if not digits or month is None or ref is None or len(digits) > 2:
        return None
    return _recent(ref, month, int(digits))


class Reader:
    """Reads date expressions token by token; one instance per sentence."""

    __slots__ = ("at", "lex", "norms", "ref", "toks")

    at: Callable[[int], str]
    """The word at index ``i``, or ``""`` outside the sentence (before it or after it)."""

    def __init__(
        self, toks: Sequence[Tok], norms: Sequence[str], ref: dt.date | None, lex: Lexicon
    ) -> None:
        self.toks = toks
        self.norms = norms
        self.ref = ref
        self.lex = lex
        # the readers ask for words tens of times per candidate: a dict's own look-up (a
        # missing index gives "") costs less than a method that tests the bounds
        self.at = defaultdict(str, enumerate(norms)).__getitem__

    def phrase(self, i: int, words: tuple[str, ...]) -> bool:
        return tuple(self.norms[i : i + len(words)]) == words

    def point(self, i: int) -> tuple[Period, int, str | None] | None:
        """A single day or month at ``i``: (period, index after, occasion label)."""
        lex, ref = self.lex, self.ref
        j = i
        while self.at(j) in POINT_SKIP:
            j += 1
        last = j > i and ("last" in self.norms[i:j] or "pasado" in self.norms[i:j])
        n = self.at(j)
        if ref is not None and n in lex.occasions_by_first:
            for words, (label, month, day) in lex.occasions_by_first[n]:
                k = self._match_skipping_apostrophes(j, words)
                if k is not None and month:
                    d = _recent(ref, month, day)
                    if d is not None:
                        return Period.on(d), k, label
        if n in lex.weekdays and ref is not None:
            delta = (ref.weekday() - lex.weekdays[n]) % 7
            if last and delta == 0:
                delta = 7
            k = j + 1
            if self.at(k) == "pasado":
                k += 1
            return Period.on(ref - dt.timedelta(days=delta)), k, None
        if n in lex.months:
            return self._month_first(j)
        if self.toks[j].kind == "n" if j < len(self.toks) else False:
            return self._day_first(j)
        if self.toks[j].kind == "x" if j < len(self.toks) else False:
            d = hashtag_date(n, ref, lex)
            if d is not None:
                return Period.on(d), j + 1, None
        if ref is not None and (n in lex.today) and self.at(j + 1) != "-":
            return Period.on(ref), j + 1, None  # round 9: not "a now-shelved bill"
        if ref is not None and n in lex.yesterday:
            return Period.on(ref - dt.timedelta(days=1)), j + 1, None
        return None

    def _match_skipping_apostrophes(self, i: int, words: tuple[str, ...]) -> int | None:
        k = i
        for w in words:
            while self.at(k) in ("'", "’"):
                k += 1
            if self.at(k) != w:
                return None
            k += 1
        return k

    def month_end_of_span(self, j: int) -> tuple[Period, int, str | None] | None:
        """Round 11: the month that closes a span of months at ``j`` ("from January to May",
        "between January and May"): after a month and its join, "May" and "March" are the
        months, not the verbs."""
        if self.at(j) not in self.lex.months:
            return None
        return self._month_first(j, cued=True)

    def _month_first(self, j: int, cued: bool = False) -> tuple[Period, int, str | None] | None:
        month = self.lex.months[self.at(j)]
        k = j + 1
        if (
            not cued
            and self.at(j) in _AMBIGUOUS_MONTHS
            and not (
                self.at(j - 1) in _MONTH_CUES or (self.toks[j].cap and self.at(k)[:1].isdecimal())
            )
        ):
            return None
        if self.at(k) == ".":
            k += 1
        day = None
        if k < len(self.toks) and self.toks[k].kind == "n" and self.at(k).isdecimal():
            v = int(self.at(k))
            if 1 <= v <= 31:
                day, k = v, k + 1
        year = None
        y_at = k + 1 if self.at(k) in (",", "de", "of") else k
        if y_at < len(self.toks):
            year = _year(self.toks[y_at])
            if year is not None:
                k = y_at + 1
        if year is None:  # "March 3 last year", "in March of last year", "marzo de este año"
            year, k = self._named_year(k)
        return self._resolve(year, month, day, k)

    def _day_first(self, j: int) -> tuple[Period, int, str | None] | None:
        if not self.at(j).isdecimal() or not 1 <= int(self.at(j)) <= 31:
            return None
        k = j + 1
        if self.at(k) == "de":
            k += 1
        if self.at(k) not in self.lex.months:
            return None
        month = self.lex.months[self.at(k)]
        k += 1
        year = None
        y_at = k + 1 if self.at(k) in ("de", ",", "del") else k
        if y_at < len(self.toks):
            year = _year(self.toks[y_at])
            if year is not None:
                k = y_at + 1
        if year is None:  # session 10: "el 3 de marzo del año pasado" is last year's
            year, k = self._named_year(k)
        return self._resolve(year, month, int(self.at(j)), k)

    def _named_year(self, k: int) -> tuple[int | None, int]:
        """Session 10: the year a date's words give after it ("of last year", "last year",
        "del año pasado", "de este año"; `when_spans.year_after`), with the index after it;
        ``(None, k)`` without one. Before, "On March 3 last year" and "el 3 de marzo del año
        pasado" were read as the latest March 3, this year's in an article of June."""
        year, after = year_after(self, k)
        return (year, after) if year is not None else (None, k)

    def _resolve(
        self, year: int | None, month: int, day: int | None, k: int
    ) -> tuple[Period, int, str | None] | None:
        ref = self.ref
        if year is None:
            if ref is None:
                return None
            if day is not None:
                d = _recent(ref, month, day)
                return (Period.on(d), k, None) if d is not None else None
            year = ref.year if month <= ref.month else ref.year - 1
        if day is not None:
            d = _day(year, month, day)
            return (Period.on(d), k, None) if d is not None else None
        end = _month_end(year, month)
        if ref is not None and dt.date(year, month, 1) <= ref < end:
            end = ref  # "throughout May" in a May article: counted up to the reference date
        return Period(start=dt.date(year, month, 1), end=end), k, None

    def _rolling_week(self, j: int) -> int | None:
        """g-when: the seven days before the reference date, named with an article ("the
        past week", "the last seven days", "la última semana", "los últimos siete días"):
        the index after them, else ``None``. "Last week" and "la semana pasada" are the
        calendar week before (`relative`)."""
        if self.at(j) not in _ROLLING_ARTICLES or self.at(j + 1) not in _ROLLING_HEADS:
            return None
        if self.at(j + 2) in _WEEK_WORDS:
            return j + 3
        if self.at(j + 2) in _SEVEN and self.at(j + 3) in _DAY_WORDS:
            return j + 4
        return None

    def relative(self, i: int) -> tuple[Period, int, str] | None:
        """Spans relative to the reference date; (period, index after, kind)."""
        ref = self.ref
        if ref is None:
            return None
        for words, _ in self.lex.so_far_by_first.get(self.at(i), ()):
            if self.phrase(i, words):
                named = so_far_in(self, i + len(words))  # "en lo que va del año"
                if named is not None:
                    return Period(start=named[0], end=ref), named[1], RELATIVE
                return Period(start=None, end=ref), i + len(words), CUMULATIVE
        if self.at(i) in _YEAR_OPENERS and i + 1 < len(self.toks):
            k = i + 2 if self.at(i + 1) == "el" and i + 2 < len(self.toks) else i + 1
            year = _year(self.toks[k])
            if year is not None and year <= ref.year:
                start = dt.date(year, 1, 1)
                if self.at(i) in ("since", "desde"):  # "since 2014": from then up to now
                    return Period(start=start, end=ref), k + 1, CUMULATIVE
                # h-when: the reference date's own year is counted up to that date ("999
                # deaths in 2019" in May 2019), as a month is ("throughout May" in May),
                # unless the sentence sets a target for it ("plans to resettle 10,000 in 2019")
                end = dt.date(year, 12, 31)
                if year == ref.year and _YEAR_TARGETS.isdisjoint(self.norms):
                    end = ref
                return Period(start=start, end=end), k + 1, ANCHOR
        if self.at(i + 1) in _WHEN_LINKS or (
            self.at(i + 1) == "," and self.at(i + 2) in _WHEN_LINKS
        ):  # round 9: "frente a 2021, cuando hubo 1.140": a past year and what it held
            year = _year(self.toks[i])
            if year is not None and year < ref.year:
                return Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)), i + 1, ANCHOR
        j = i
        while self.at(j) in RELATIVE_SKIP:
            j += 1
        k = j
        while self.at(k) in ("the", "el", "la"):
            k += 1
        part = (
            month_part(self, k) or quarter(self, k) or first_months(self, k) or half_year(self, k)
        )
        if part is not None:  # "la primera quincena de agosto", "el último trimestre"
            # round 11: a named part of a month or year is read like days the text names, as
            # "en lo que va de diciembre" is: each dates the figure of its own clause
            return part[0], part[1], ANCHOR
        rolling = self._rolling_week(j - 1 if self.at(j - 1) in _ROLLING_ARTICLES else j)
        if rolling is not None:  # g-when: "during the past week", "en la última semana"
            week = Period(start=ref - dt.timedelta(days=7), end=ref - dt.timedelta(days=1))
            return week, rolling, RELATIVE
        if self.at(j) not in RELATIVE_HEADS:
            return None
        past = self.at(j) in ("past", "last", "pasado", "ultimo")
        if past and self.at(j + 1) in ("year", "ano") and j > i:
            # "over the past year": the 365 days before the reference date
            start = _day(ref.year - 1, ref.month, ref.day) or ref - dt.timedelta(days=365)
            return Period(start=start, end=ref - dt.timedelta(days=1)), j + 2, RELATIVE
        half = None
        if self.phrase(j, ("second", "half", "of")) or self.phrase(j, _SECOND_ES):
            half, j = 2, j + 3
        elif self.phrase(j, ("first", "half", "of")) or self.phrase(j, _FIRST_ES):
            half, j = 1, j + 3
        while self.at(j) in ("the", "el", "la"):
            j += 1
        if self.phrase(j, ("last", "year")) or self.phrase(j, ("ano", "pasado")):
            y = ref.year - 1
            lo, hi = {None: (1, 12), 1: (1, 6), 2: (7, 12)}[half]
            return Period(start=dt.date(y, lo, 1), end=_month_end(y, hi)), j + 2, RELATIVE
        if self.phrase(j, ("this", "year")) or self.phrase(j, ("este", "ano")):
            return Period(start=dt.date(ref.year, 1, 1), end=ref), j + 2, RELATIVE
        if self.phrase(j, ("earlier", "this", "month")):
            end = max(_month_start(ref), ref - dt.timedelta(days=1))
            return Period(start=_month_start(ref), end=end), j + 3, RELATIVE
        if self.phrase(j, ("this", "month")) or self.phrase(j, ("este", "mes")):
            return Period(start=_month_start(ref), end=ref), j + 2, RELATIVE
        if self.phrase(j, ("last", "month")) or self.phrase(j, ("mes", "pasado")):
            end = _month_start(ref) - dt.timedelta(days=1)
            return Period(start=_month_start(end), end=end), j + 2, RELATIVE
        early_week = _early_in_week(self, j)
        if early_week is not None:  # round 11: "earlier this week", "a principios de semana"
            start = ref - dt.timedelta(days=ref.weekday())
            return Period(start=start, end=ref), early_week, ANCHOR
        if self.phrase(j, ("this", "week")) or self.phrase(j, ("esta", "semana")):
            return Period(start=ref - dt.timedelta(days=ref.weekday()), end=ref), j + 2, RELATIVE
        if self.phrase(j, ("last", "week")) or self.phrase(j, ("semana", "pasada")):
            start = ref - dt.timedelta(days=ref.weekday() + 7)
            return Period(start=start, end=start + dt.timedelta(days=6)), j + 2, RELATIVE
        return None


_ROLLING_ARTICLES = frozenset({"the", "la", "los"})
_ROLLING_HEADS = frozenset({"past", "last", "ultima", "ultimos"})
_WEEK_WORDS = frozenset({"week", "semana"})
_SEVEN = frozenset({"seven", "7", "siete"})
_DAY_WORDS = frozenset({"days", "dias"})


_EARLY_WEEK = (
    ("earlier", "this", "week"),
    ("earlier", "in", "the", "week"),
    ("principios", "de", "esta", "semana"),
    ("principios", "de", "la", "semana"),
    ("principios", "de", "semana"),
    ("comienzos", "de", "esta", "semana"),
    ("comienzos", "de", "semana"),
)


def _early_in_week(r: Reader, j: int) -> int | None:
    """Round 11: the index after "earlier this week" / "a principios de semana" at ``j``: the
    days of this week up to the reference date (the text's own gold reads a release "earlier
    this week" as Monday to the publication day). Read as an anchor (days the text names), so
    a weekday elsewhere in the sentence ("killed 11 people Friday and … 34 died earlier this
    week") does not take its figure."""
    for words in _EARLY_WEEK:
        if r.phrase(j, words):
            return j + len(words)
    return None


POINT_SKIP = frozenset({"on", "late", "early", "el", "la", "the", "this", "pasado", "last"})
RELATIVE_SKIP = frozenset(
    {
        "over",
        "in",
        "during",
        "throughout",
        "the",
        "for",
        "durante",
        "en",
        "el",
        "a",
        "lo",
        "largo",
        "del",
    }
)
