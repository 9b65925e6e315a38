"""A figure spread over several of a country's parts (h-where): "storms killed 32 people in
at least 11 states", "hay 3.000 evacuados en cinco provincias", "in several states". The
count is the country's whole, not the one state or town the text names most: a figure whose
sentence names no place of its own, but a number (or a vague count) of states, provinces or
regions in its clause, takes the text's country.

One pass over the words of the figure's clause, table look-ups only: linear in the text.
"""

from __future__ import annotations

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = ["spread_over"]

_NOUNS = tables_en.SPREAD_NOUNS | tables_es.SPREAD_NOUNS
_VAGUE = tables_en.SPREAD_COUNT_WORDS | tables_es.SPREAD_COUNT_WORDS
_SPAN = 240
"""How far before or after the number its clause is read."""


def spread_over(
    text: str, lo: int, first: int, last: int, hi: int, numbers: frozenset[str]
) -> bool:
    """Whether the clause of the number at ``[first, last)`` (its sentence starts at ``lo``,
    its clause ends at ``hi``) names a number of a country's parts ("in at least 11 states",
    "en cinco provincias", "in several states"); ``numbers``: the number words."""
    before = text[max(lo, first - _SPAN) : first]
    before = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
    after = text[last : min(hi, last + _SPAN)]
    for chunk in (before, after):
        words = [w.strip(".,;:()\"'“”") for w in fold(chunk).split()]
        for k in range(1, len(words)):
            if words[k] not in _NOUNS:
                continue
            count = words[k - 1]
            if count[:1].isdecimal() or count in numbers or count in _VAGUE:
                return count not in ("1", "one", "uno", "una", "un")
    return False
