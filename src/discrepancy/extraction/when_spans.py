"""Spans inside a year or a month that news counts over: halves of a month ("la primera
quincena de agosto", "the second half of March"), quarters ("el último trimestre de este año",
"the first quarter of 2020"), and counts so far in a named span ("en lo que va de diciembre",
"en lo que va del año", "so far this year"). Each is read by `when.Reader`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from discrepancy._numbers import read_number
from discrepancy.claim import Period

if TYPE_CHECKING:
    from discrepancy.extraction.when import Reader

__all__ = ["month_part", "period_start", "quarter", "so_far_in", "year_after"]

_FIRST = frozenset({"first", "primera", "primer"})
_SECOND = frozenset({"second", "segunda", "segundo"})
_HALVES = frozenset({"half", "quincena"})
_ORDINALS = {
    "first": 1,
    "primer": 1,
    "primero": 1,
    "second": 2,
    "segundo": 2,
    "third": 3,
    "tercer": 3,
    "tercero": 3,
    "fourth": 4,
    "cuarto": 4,
    "last": 0,
    "ultimo": 0,
    "final": 0,
}
_QUARTERS = frozenset({"quarter", "trimestre"})
_OF = frozenset({"of", "de", "del"})
_THE = frozenset({"the", "el", "la", "this", "este", "esta"})
_YEAR_WORDS = frozenset({"year", "ano"})
_MONTH_WORDS = frozenset({"month", "mes"})
_WEEK_WORDS = frozenset({"week", "semana"})


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + month // 12, month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def year_after(r: Reader, k: int) -> tuple[int | None, int]:
    """A year written at ``k`` ("2020", "de 2020", "este año", "del año pasado", "of last
    year", "this year"): (year, index after), or (None, k) without one."""
    ref = r.ref
    j = k + 1 if r.at(k) in _OF else k
    tok = r.toks[j] if j < len(r.toks) else None
    if tok is not None and tok.kind == "n" and len(tok.norm) == 4 and tok.norm.isdecimal():
        year = int(tok.norm)
        if 1800 <= year <= 2100:
            return year, j + 1
    if ref is None:
        return None, k
    while r.at(j) in _THE:
        j += 1
    if r.phrase(j, ("last", "year")):
        return ref.year - 1, j + 2
    if r.phrase(j, ("ano", "pasado")):
        return ref.year - 1, j + 2
    if r.at(j) in _YEAR_WORDS and j > k:
        return ref.year, j + 1
    return None, k


def month_part(r: Reader, j: int) -> tuple[Period, int] | None:
    """ "la primera quincena de agosto", "the second half of March": days 1-15 or 16-end."""
    half = 1 if r.at(j) in _FIRST else 2 if r.at(j) in _SECOND else 0
    if not half or r.at(j + 1) not in _HALVES or r.at(j + 2) not in _OF:
        return None
    k = j + 3
    while r.at(k) in _THE:
        k += 1
    month = r.lex.months.get(r.at(k))
    if month is None or r.ref is None:
        return None
    year, after = year_after(r, k + 1)
    if year is None:
        year = r.ref.year if month <= r.ref.month else r.ref.year - 1
    if half == 1:
        return Period(start=dt.date(year, month, 1), end=dt.date(year, month, 15)), after
    return Period(start=dt.date(year, month, 16), end=_month_end(year, month)), after


def quarter(r: Reader, j: int) -> tuple[Period, int] | None:
    """ "el primer trimestre de 2020", "the last quarter of this year", "el último trimestre"
    (the last quarter that has ended)."""
    ref = r.ref
    which = _ORDINALS.get(r.at(j))
    if which is None or r.at(j + 1) not in _QUARTERS or ref is None:
        return None
    year, after = year_after(r, j + 2)
    if year is None:
        if which:
            return None  # "the first quarter" of which year
        # the last quarter that ended: the one before the reference date's
        q = (ref.month - 1) // 3  # quarters before the current one this year
        year, which = (ref.year, q) if q else (ref.year - 1, 4)
        after = j + 2
    elif which == 0:
        which = 4
    start = dt.date(year, 3 * which - 2, 1)
    end = _month_end(year, 3 * which)
    if start > ref:
        return None
    return Period(start=start, end=min(end, ref)), after


_FIRST_PLURAL = frozenset({"first", "primeros"})
_MONTHS_WORD = frozenset({"months", "meses"})


def first_months(r: Reader, j: int) -> tuple[Period, int] | None:
    """h-when: "the first nine months of the year", "los primeros seis meses de 2023": 1
    January to the last day of the N-th month of that year (the reference year when none is
    named), up to the reference date at most; (period, index after) or ``None``."""
    ref = r.ref
    if r.at(j) == "los":
        j += 1
    if ref is None or r.at(j) not in _FIRST_PLURAL or r.at(j + 2) not in _MONTHS_WORD:
        return None
    n = _count_at(r, j + 1)
    if n is None or not 1 < n <= 12:
        return None
    year, after = year_after(r, j + 3)
    if year is None:
        return None  # "the first three months of the war": no calendar year
    start = dt.date(year, 1, 1)
    if start > ref:
        return None
    return Period(start=start, end=min(_month_end(year, n), ref)), after


_HALF_YEAR = {
    ("first", "half"): 1,
    ("second", "half"): 2,
    ("primer", "semestre"): 1,
    ("segundo", "semestre"): 2,
    ("primera", "mitad"): 1,
    ("segunda", "mitad"): 2,
}


def half_year(r: Reader, j: int) -> tuple[Period, int] | None:
    """h-when: "the first half of the year", "el primer semestre del año", "the second half
    of 2023": January-June or July-December of that year (the reference year for "the year",
    "this year"), up to the reference date at most; (period, index after) or ``None``."""
    ref = r.ref
    half = _HALF_YEAR.get((r.at(j), r.at(j + 1)))
    if ref is None or half is None or r.at(j + 2) not in _OF:
        return None
    year, after = year_after(r, j + 2)
    if year is None:
        return None
    start = dt.date(year, 1 if half == 1 else 7, 1)
    if start > ref:
        return None
    return Period(start=start, end=min(_month_end(year, 6 if half == 1 else 12), ref)), after


def period_start(r: Reader, k: int) -> tuple[dt.date, int] | None:
    """Session 10: the first day of the month or year a start noun's complement names at
    ``k`` ("since the start *of the year*", "desde el inicio *del mes*", "desde principios *de
    año*"): (that day, index after) or ``None``. "Since the start of the war" names an
    event, not a span of the calendar."""
    ref = r.ref
    if ref is None or r.at(k) not in _OF:
        return None
    j = k + 1
    while r.at(j) in _THE:
        j += 1
    if r.at(j) in _YEAR_WORDS:
        return dt.date(ref.year, 1, 1), j + 1
    if r.at(j) in _MONTH_WORDS:
        return ref.replace(day=1), j + 1
    named = _named_year(r, j)
    if named is not None:  # h-when: "since the beginning of 2014", "desde principios de 2014"
        return dt.date(named, 1, 1), j + 1
    return None


def _named_year(r: Reader, j: int) -> int | None:
    """A bare year at ``j`` no later than the reference date's, else ``None``."""
    w = r.at(j)
    if len(w) != 4 or not w.isdecimal() or r.ref is None:
        return None
    year = int(w)
    return year if 1800 <= year <= r.ref.year else None


def so_far_in(r: Reader, k: int) -> tuple[dt.date, int] | None:
    """The start of a count so far in a named span, read after "en lo que va" / "so far"
    at ``k``: "de diciembre", "del año", "de mes", "this year", "this month"; (start, index
    after) or ``None``."""
    ref = r.ref
    if ref is None or r.at(k) not in _OF | {"this"}:
        return None
    j = k + 1
    while r.at(j) in _THE:
        j += 1
    word = r.at(j)
    month = r.lex.months.get(word)
    if month is not None and r.at(k) != "this":
        year = ref.year if month <= ref.month else ref.year - 1
        return dt.date(year, month, 1), j + 1
    if word in _YEAR_WORDS:
        return dt.date(ref.year, 1, 1), j + 1
    if _named_year(r, j) == ref.year:  # h-when: "en lo que va de 2024"
        return dt.date(ref.year, 1, 1), j + 1
    if word in _MONTH_WORDS:
        return ref.replace(day=1), j + 1
    if word in _WEEK_WORDS:
        return ref - dt.timedelta(days=ref.weekday()), j + 1
    return None


# --- days relative to the reference date -----------------------------------------------------

_TODAY_PARTS = frozenset({"morning", "afternoon", "evening", "manana", "madrugada", "tarde"})
_NIGHT = frozenset({"night", "noche"})
_DAYS = frozenset({"day", "days", "dia", "dias"})
_WEEKS = frozenset({"week", "weeks", "semana", "semanas"})
_WEEKEND = frozenset({"weekend", "finde"})
_MONTHS = frozenset({"month", "months", "mes", "meses"})
_YEARS = frozenset({"year", "years", "ano", "anos"})
_UNITS = _DAYS | _WEEKS | _MONTHS | _YEARS
_LAST = frozenset({"last", "past", "pasado"})
_PART_OF_MONTH = {
    "early": (1, 10),
    "start": (1, 10),  # session 10: "at the start of March"
    "beginning": (1, 10),
    "principios": (1, 10),
    "comienzos": (1, 10),
    "mid": (11, 20),
    "mediados": (11, 20),
    "late": (21, 31),
    "finales": (21, 31),
    "fines": (21, 31),
}
HEADS = frozenset(
    {
        "anoche",
        "anteayer",
        "antier",
        "madrugada",
        "manana",
        "tarde",
        "noche",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "finde",
        "ago",
        "hace",
        "principios",
        "comienzos",
        "mediados",
        "finales",
        "fines",
        "mid",
    }
)
"""Words that make a date expression of this module likely (the finder's hot words)."""
STARTS = frozenset(
    {"anoche", "anteayer", "antier", "hace", "mid", "over", "during", "a", "an"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
)
"""Words a date expression of this module may start with, besides those of `when.py`."""


def relative_day(r: Reader, i: int) -> tuple[Period, int] | None:
    """Days named from the reference date: "last night"/"anoche" (the day before),
    "this morning"/"esta madrugada" (the day itself), "the day before yesterday"/"anteayer",
    "two days ago"/"hace tres días", "two weeks ago", "over the weekend"/"el pasado fin de
    semana" (Saturday and Sunday), "early March"/"a mediados de febrero" (a third of the
    month). (period, index after) or ``None``."""
    ref = r.ref
    if ref is None:
        return None
    w = r.at(i)
    if w in ("anoche",) or (w in _LAST and r.at(i + 1) in _NIGHT):
        day = ref - dt.timedelta(days=1)
        return Period.on(day), i + (1 if w == "anoche" else 2)
    if w in ("this", "esta") and r.at(i + 1) in _TODAY_PARTS:
        return Period.on(ref), i + 2
    if w in ("anteayer", "antier"):
        return Period.on(ref - dt.timedelta(days=2)), i + 1
    j = i + 1 if w == "the" else i
    if r.phrase(j, ("day", "before", "yesterday")):
        return Period.on(ref - dt.timedelta(days=2)), j + 3
    ago = _ago(r, i)
    if ago is not None:
        return ago
    weekend = _weekend(r, i)
    if weekend is not None:
        return weekend
    return _month_third(r, i)


def _count_at(r: Reader, k: int) -> int | None:
    """A small count of days or weeks at ``k`` ("2", "two", "tres", "a"/"un": one)."""
    if k >= len(r.toks):
        return None
    word = r.at(k)
    if word in ("a", "an", "un", "una"):
        return 1
    found = read_number([word], 0)
    if found is None or found.end != 1 or not 0 < found.value < 1000:
        return None
    return int(found.value)


def _ago(r: Reader, i: int) -> tuple[Period, int] | None:
    """ "two days ago", "hace tres días", "three weeks ago", "hace dos semanas"; "hace ocho
    meses", "two years ago": the month or the year (a background figure's time)."""
    ref = r.ref
    assert ref is not None
    spanish = r.at(i) == "hace"
    k = i + 1 if spanish else i
    unit = r.at(k + 1)
    if unit not in _UNITS:  # looked at before the count: most words are followed by no unit
        return None
    n = _count_at(r, k)
    if n is None:
        return None
    if not spanish and r.at(k + 2) != "ago":
        return None
    after = k + (2 if spanish else 3)
    if unit in _MONTHS:  # "hace ocho meses": that month, a background figure's time
        month = ref.year * 12 + ref.month - 1 - n
        year, mon = divmod(month, 12)
        start = dt.date(year, mon + 1, 1)
        return Period(start=start, end=_month_end(year, mon + 1)), after
    if unit in _YEARS:  # "two years ago": that year
        year = ref.year - n
        return Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31)), after
    days = n * (7 if unit in _WEEKS else 1)
    return Period.on(ref - dt.timedelta(days=days)), k + (2 if spanish else 3)


def _weekend(r: Reader, i: int) -> tuple[Period, int] | None:
    """ "over the weekend", "last weekend", "el pasado fin de semana", "el fin de semana":
    the last Saturday and Sunday on or before the reference date ("last" or "pasado" when
    that is the reference date's own weekend: the one before)."""
    ref = r.ref
    assert ref is not None
    j = i
    last = False
    while r.at(j) in ("over", "during", "durante", "the", "el", "este", "this") or r.at(j) in _LAST:
        last = last or r.at(j) in _LAST
        j += 1
    if r.at(j) in _WEEKEND:
        k = j + 1
    elif r.phrase(j, ("fin", "de", "semana")):
        k = j + 3
    else:
        return None
    if r.at(k) in _LAST:
        last, k = True, k + 1
    sunday = ref - dt.timedelta(days=(ref.weekday() + 1) % 7)  # the last Sunday on or before
    if ref.weekday() == 5:  # a Saturday: its own weekend has begun
        sunday = ref + dt.timedelta(days=1)
    if last and ref.weekday() in (5, 6):
        sunday -= dt.timedelta(days=7)
    saturday = sunday - dt.timedelta(days=1)
    return Period(start=saturday, end=min(sunday, ref)), k


def _month_third(r: Reader, i: int) -> tuple[Period, int] | None:
    """ "early March", "mid-February", "late February", "a principios de marzo", "a mediados
    de febrero", "a finales de febrero": days 1-10, 11-20 or 21-end of the month. Session
    10: of "the month" itself ("a principios de mes", "a mediados de este mes"), the days of
    the reference date's month, up to it (none when the part has not begun)."""
    ref = r.ref
    assert ref is not None
    j = i + 1 if r.at(i) in ("a", "in", "en") else i
    while r.at(j) == "the":
        j += 1  # session 10: "at the start of the month"
    part = _PART_OF_MONTH.get(r.at(j))
    if part is None:
        return None
    k = j + 1
    while r.at(k) in ("-", "de", "del", "of", "the"):
        k += 1
    if r.at(k) in ("este", "this") and r.at(k + 1) in _MONTH_WORDS:
        k += 1  # "a principios de este mes"
    if r.at(k) in _MONTH_WORDS and k > j + 1:  # session 10: "a principios de mes"
        start = ref.replace(day=part[0])
        if start > ref:
            return None  # "a finales de mes" early in a month: not yet, or the month before
        last = _month_end(ref.year, ref.month).day
        return Period(start=start, end=min(ref.replace(day=min(part[1], last)), ref)), k + 1
    month = r.lex.months.get(r.at(k))
    if month is None:
        return None
    year, after = year_after(r, k + 1)
    if year is None:
        year = ref.year if month <= ref.month else ref.year - 1
    last = _month_end(year, month).day
    start = dt.date(year, month, part[0])
    end = dt.date(year, month, min(part[1], last))
    if start > ref:
        return None
    return Period(start=start, end=min(end, ref)), max(after, k + 1)
