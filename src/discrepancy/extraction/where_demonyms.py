"""The place a figure's people are named for (session 12, h-what).

"30% de los asturianos", "5,000 Texans were evacuated", "24 millones de españoles votaron":
a figure whose noun is a plural demonym counts people of that place. Where its clause ties
the figure to no place of its own, the scope is the demonym's place: a region's demonym
(`REGIONAL_DEMONYMS`) always, a nation's only where the text names no other country (822
Colombians counted in a text about Mexico are counted in Mexico, not in Colombia).

Only the few words after the number are read: linear in the text.
"""

from __future__ import annotations

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.where_nationals import nationality

__all__ = ["REGIONAL", "demonym_after"]

REGIONAL: dict[str, str] = {**tables_en.REGIONAL_DEMONYMS, **tables_es.REGIONAL_DEMONYMS}
"""Plural demonyms of regions (folded) and the region each names."""
_SKIP = tables_en.DEMONYM_SKIP | tables_es.DEMONYM_SKIP
_SPAN = 40
"""How many characters after the number the demonym may stand ("% de los asturianos")."""
_WORDS = 4


def demonym_after(text: str, last: int, hi: int) -> tuple[str, bool] | None:
    """(the place, whether it is a region) of the plural demonym that heads the noun of the
    figure ending at character ``last`` (read up to ``hi``), else None."""
    chunk = fold(text[last : min(hi, last + _SPAN)])
    for raw in chunk.split()[:_WORDS]:
        word = "".join(ch for ch in raw if ch.isalnum())
        if not word or word in _SKIP:
            if raw != word and word:
                return None  # punctuation after a skipped word ends the phrase
            continue
        region = REGIONAL.get(word)
        if region is not None:
            return region, True
        if len(word) > 4 and word.endswith("s"):
            country = nationality(word)
            if country is not None:
                return country, False
        return None
    return None
