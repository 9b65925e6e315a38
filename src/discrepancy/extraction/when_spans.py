"""Spans inside a year or a month that news counts over: halves of a month ("la primera
quincena de agosto", "the second half of March"), quarters ("el último trimestre de este año",
"the first quarter of 2020"), and counts so far in a named span ("en lo que va de diciembre",
"en lo que va del año", "so far this year"). Each is read by :class:`.when.Reader`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from discrepancy.claim import Period

if TYPE_CHECKING:
    from discrepancy.extraction.when import Reader

__all__ = ["month_part", "quarter", "so_far_in"]

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


def _year_after(r: Reader, k: int) -> tuple[int | None, int]:
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
    year, after = _year_after(r, k + 1)
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
    year, after = _year_after(r, j + 2)
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
    if word in _MONTH_WORDS:
        return ref.replace(day=1), j + 1
    if word in _WEEK_WORDS:
        return ref - dt.timedelta(days=ref.weekday()), j + 1
    return None
