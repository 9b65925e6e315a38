"""Streets and corners named after places (round 8, audit4 P5): "Colón y General Paz", "por
la avenida Colón", "Bolivar Avenue", "the corner of Lima and Main" say where a march passed,
never the place a figure counts (the city does).

A place is a street's when a street's noun stands right before it ("avenida", "esquina de",
"calle"), after it ("Street", "Avenue"), or when "y"/"and" joins it to a name opened by a
title ("General Paz", "Presidente Perón"). Word classes: ``STREET_NOUNS_BEFORE``,
``STREET_NOUNS_AFTER``, ``STREET_TITLES`` in `tables_en` / `tables_es`. A fixed window of
characters around the place is read: linear in the text.
"""

from __future__ import annotations

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = ["street_name"]

_BEFORE = tables_en.STREET_NOUNS_BEFORE | tables_es.STREET_NOUNS_BEFORE
_AFTER = tables_en.STREET_NOUNS_AFTER | tables_es.STREET_NOUNS_AFTER
_TITLES = tables_en.STREET_TITLES | tables_es.STREET_TITLES
_SKIP = frozenset({"la", "el", "de", "del", "of", "the", "on"})
"""Words between a street's noun and the name ("la esquina de Colón", "the corner of")."""
_JOINS = frozenset({"y", "and", "e"})


def street_name(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` names a street or a corner (see above)."""
    after = text[end : end + 24].split()
    if after and fold(after[0]).strip(".,;:") in _AFTER and after[0][:1].isupper():
        return True  # "Lima Street", "Bolivar Ave."
    if (
        len(after) >= 2
        and after[0] in _JOINS
        and after[1][:1].isupper()
        and fold(after[1]).strip(".,;:") in _TITLES
    ):
        return True  # "Colón y General Paz": a corner
    before = text[max(0, start - 30) : start].split()
    k = len(before) - 1
    while k >= 0 and fold(before[k]) in _SKIP:
        k -= 1
    return k >= 0 and fold(before[k]).strip(".") in _BEFORE
