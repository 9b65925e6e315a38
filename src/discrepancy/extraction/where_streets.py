"""Streets, corners and landmarks named after places (round 8, audit4 P5): "Bolívar y General
Roca", "por la avenida Bolívar", "Bolivar Avenue", "the corner of Lima and Main" say where a march
passed; "90 miles east of Shiraz", "a 150 kilómetros al norte de Lima" say where the place
counted lies. Neither is the place a figure counts.

A place is a street's when a street's noun stands right before it ("avenida", "esquina de",
"calle"), after it ("Street", "Avenue"), or when "y"/"and" joins it to a name opened by a
title ("General Roca", "Presidente Perón"). Word classes: ``STREET_NOUNS_BEFORE``,
``STREET_NOUNS_AFTER``, ``STREET_TITLES`` in `tables_en` / `tables_es`. A landmark follows a
distance's unit, then directions and "of"/"from"/"de" (``DISTANCE_UNITS``, ``COMPASS_WORDS``).
A fixed window of characters around the place is read: linear in the text.
"""

from __future__ import annotations

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = ["landmark", "street_name"]

_BEFORE = tables_en.STREET_NOUNS_BEFORE | tables_es.STREET_NOUNS_BEFORE
_AFTER = tables_en.STREET_NOUNS_AFTER | tables_es.STREET_NOUNS_AFTER
_TITLES = tables_en.STREET_TITLES | tables_es.STREET_TITLES
_SKIP = frozenset({"la", "el", "de", "del", "of", "the", "on"})
"""Words between a street's noun and the name ("la esquina de Bolívar", "the corner of")."""
_JOINS = frozenset({"y", "and", "e"})
_UNITS = tables_en.DISTANCE_UNITS | tables_es.DISTANCE_UNITS
_COMPASS = tables_en.COMPASS_WORDS | tables_es.COMPASS_WORDS
_OF = frozenset({"of", "from", "de", "del"})
_ARTICLES = frozenset({"the", "la"})
_AWAY = frozenset({"away"})
"""Round 12: a word that may stand, like a direction, between a distance and "from" ("60
miles away from")."""


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
        return True  # "Bolívar y General Roca": a corner
    before = text[max(0, start - 30) : start].split()
    k = len(before) - 1
    while k >= 0 and fold(before[k]) in _SKIP:
        k -= 1
    return k >= 0 and fold(before[k]).strip(".") in _BEFORE


def landmark(text: str, start: int) -> bool:
    """Whether the place at ``start`` is a distance's landmark: a unit of distance, then at
    most two directions, then "of"/"from"/"de" right before it ("90 miles east of Shiraz",
    "40 km from Lima", "a 150 kilómetros al norte de Lima")."""
    words = [fold(w) for w in text[max(0, start - 60) : start].split()]
    if len(words) >= 3 and words[-1] == "capital," and words[-2] in _ARTICLES:
        # round 12: the landmark named in apposition ("60 miles from the capital, Jakarta",
        # "a 80 kilómetros de la capital, Lima")
        del words[-2:]
    if not words or words[-1] not in _OF:
        return False
    k = len(words) - 2
    steps = 0
    while k >= 0 and steps < 2 and (words[k] in _COMPASS or words[k] in _AWAY):
        k -= 1
        steps += 1
    return k >= 0 and words[k].strip(".,") in _UNITS
