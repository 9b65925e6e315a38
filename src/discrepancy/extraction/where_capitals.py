"""A city named by what it is the capital of: "la capital catalana" is Barcelona, "the
Spanish capital" is Madrid (audit3 P4). News writes these to avoid repeating a city's name,
so a figure for "la capital catalana" must not take the next sentence's Madrid.

Only the feminine Spanish adjective after "la capital" ("el capital español" is money) and
an English adjective between "the" and "capital" ("the French capital", not "French capital
flows") are read; one pass over the text per call.
"""

from __future__ import annotations

from collections.abc import Callable

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = ["CAPITALS_EN", "CAPITALS_ES", "capital_mentions"]

CAPITALS_ES = tables_es.CAPITAL_ADJECTIVES
"""Spanish: the adjective after "la capital" → the id of the city in the built-in gazetteer."""

CAPITALS_EN = tables_en.CAPITAL_ADJECTIVES
"""English: the adjective between "the" and "capital" → the city's id."""

_WORD = "capital"


def capital_mentions(text: str, city: Callable[[str], object | None]) -> list[tuple[int, int, str]]:
    """Every "la capital catalana" / "the Catalan capital" in ``text`` as (start, end, city
    id), in text order; ``city(id)`` says whether the gazetteer holds that city (a mention of
    a city it lacks is left out)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would drift
        return []
    out: list[tuple[int, int, str]] = []
    k = low.find(_WORD)
    while k >= 0:
        end = k + len(_WORD)
        if (k == 0 or not low[k - 1].isalpha()) and (end == len(low) or not low[end].isalpha()):
            hit = _spanish(low, k, end) or _english(low, k, end)
            if hit is not None and city(hit[2]) is not None:
                out.append(hit)
        k = low.find(_WORD, end)
    return out


def _spanish(low: str, k: int, end: int) -> tuple[int, int, str] | None:
    """ "la capital catalana": the article before, the feminine adjective after."""
    if low[max(0, k - 3) : k] != "la " or (k > 3 and low[k - 4].isalpha()):
        return None
    after = end + 1
    if low[end:after] != " ":
        return None
    stop = after
    while stop < len(low) and low[stop].isalpha():
        stop += 1
    place = CAPITALS_ES.get(fold(low[after:stop]))
    return (k - 3, stop, place) if place is not None else None


def _english(low: str, k: int, end: int) -> tuple[int, int, str] | None:
    """ "the Catalan capital": "the", one adjective, then "capital"."""
    if k < 2 or low[k - 1] != " ":
        return None
    first = k - 1
    while first > 0 and low[first - 1].isalpha():
        first -= 1
    place = CAPITALS_EN.get(low[first : k - 1])
    if (
        place is None
        or low[max(0, first - 4) : first] != "the "
        or (first > 4 and low[first - 5].isalpha())
    ):
        return None
    return first - 4, end, place
