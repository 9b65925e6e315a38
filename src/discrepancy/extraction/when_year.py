"""h-when: spans of the reference year that a count runs over or up to.

* "as of the end of last month", "by the end of September": the last day of the month or
  span named after "the end of" (`end_of`);
* "this year so far", "for the year to date": "so far" after words naming the reference year
  counts from its 1 January (`year_before`).
"""

from __future__ import annotations

import datetime as dt

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.when import CUMULATIVE, Reader

__all__ = ["end_of", "year_before"]

_END_OF = (("the", "end", "of"), ("the", "close", "of"))


def end_of(r: Reader, k: int) -> tuple[dt.date, int] | None:
    """h-when: the last day of the month or span named after "the end of" at ``k`` ("as of
    the end of last month", "by the end of September"), with the index after it; ``None``
    without one. A count "as of" it is a total up to that day, not the month's own count."""
    words = next((w for w in _END_OF if r.phrase(k, w)), None)
    if words is None:
        return None
    j = k + len(words)
    rel = r.relative(j)
    if rel is not None and rel[2] != CUMULATIVE and rel[0].end <= (r.ref or rel[0].end):
        return rel[0].end, rel[1]
    point = r.point(j)
    if point is not None and r.at(j) in r.lex.months:
        return point[0].end, point[1]
    return None


_YEAR_BEFORE_SO_FAR = tables_en.YEAR_BEFORE_SO_FAR | tables_es.YEAR_BEFORE_SO_FAR


def year_before(r: Reader, i: int) -> bool:
    """h-when: whether the words right before ``i`` name the reference year ("this year",
    "for the year"; table ``YEAR_BEFORE_SO_FAR``), so that "so far" at ``i`` counts from its
    January 1 ("103 murders for the year so far"), not from a start the text does not give."""
    return any(
        i >= len(words) and tuple(r.norms[i - len(words) : i]) == words
        for words in _YEAR_BEFORE_SO_FAR
    )
