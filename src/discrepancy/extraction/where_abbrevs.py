"""States written by their news-agency abbreviation after a town (session 12, h-what).

"at its factory in Fairfax, Kan.", "a plant in Wentzville, Mo.": the abbreviation after a
town's comma names the state ("Kan." is Kansas). Only a capitalised abbreviation with its
full stop, right after a comma that follows a capitalised word, is read: "Mo" or "Del"
elsewhere stay words.

One regular-expression pass with no nested quantifiers: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from discrepancy.extraction import tables_en, tables_es

__all__ = ["state_abbreviations"]

_STATES = {**tables_en.STATE_ABBREVIATIONS, **tables_es.STATE_ABBREVIATIONS}
_ABBREVIATION = re.compile(
    r"(?<=[a-z]), ("
    + "|".join(re.escape(a) for a in sorted(_STATES, key=len, reverse=True))
    + r")\.(?![A-Za-z])"
)


P = TypeVar("P")


def state_abbreviations(text: str, resolve: Callable[[str], P | None]) -> list[tuple[int, int, P]]:
    """The states ``text`` names by an abbreviation after a town's comma, as (start, end,
    place) with offsets into ``text`` (``resolve``: a state's name to the gazetteer's place)."""
    out: list[tuple[int, int, P]] = []
    if not _STATES:
        return out
    for found in _ABBREVIATION.finditer(text):
        place = resolve(_STATES[found.group(1)])
        if place is not None:
            out.append((found.start(1), found.end(1) + 1, place))
    return out
