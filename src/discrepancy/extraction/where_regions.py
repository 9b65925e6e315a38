"""Areas wider than one country named in a sentence ("in central Europe", "in the
Mediterranean", "América Latina y el Caribe registra…"): round 8, audit4 P5.

The gazetteer knows countries, regions and cities; a figure counted across several countries
or at sea has no place there, and fell to the dateline's or the text's country ("BERLIN —
storms across central Europe killed 14": not Germany). `world_regions` finds such areas by name
(the classes ``WORLD_REGIONS`` of `tables_en` / `tables_es`), written with a capital letter
and not as the origin of the people counted ("migrants from West Africa"). One pass of a
regular expression of literal names over one sentence: linear in the text.
"""

from __future__ import annotations

import re

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = ["world_regions"]

_UNIONS = frozenset(tables_en.UNION_NAMES + tables_es.UNION_NAMES)
"""Round 12: a union of states ("the EU", "la Unión Europea") is an area like the others,
shown by one name (`tables_en.UNION_SHOWN`) whichever way it is written."""
_NAMES = sorted(
    set(tables_en.WORLD_REGIONS + tables_es.WORLD_REGIONS) | _UNIONS, key=len, reverse=True
)
_PATTERN = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in _NAMES) + r")(?![\w-])")
"""The names as one alternation of literals, the longest first (no nested repetition: one
pass over the sentence, no backtracking beyond a name's length)."""
_ORIGINS = tables_en.REGION_ORIGINS + tables_es.REGION_ORIGINS
_ARTICLES = ("the ", "el ", "la ", "los ", "las ")
_JOINS = frozenset({"y", "y el", "y la", "and", "and the", "e"})
"""What joins two areas into one ("América Latina y el Caribe")."""
_ORIGIN_SPAN = 20
"""How many characters before an area are read for an origin's words."""


def world_regions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The areas wider than a country named in ``text[start:end]``: (start, end, name as
    written without a leading article), offsets into ``text``, in order."""
    raw = text[start:end]
    low = fold(raw)
    if len(low) != len(raw):  # a character that folds to several: offsets would drift
        return []
    found: list[tuple[int, int, str]] = []
    for m in _PATTERN.finditer(low):  # the longest name first at each place
        k, e = m.span()
        if any(ch.isupper() for ch in raw[k:e]):
            shown = raw[k:e]
            if low[k:e] in _UNIONS:
                found.append((k, e, tables_en.UNION_SHOWN))
                continue
            for article in _ARTICLES:
                if low[k:e].startswith(article):
                    shown = shown[len(article) :]
                    break
            found.append((k, e, shown))
    found.sort()
    out: list[tuple[int, int, str]] = []
    for s, t, name in found:
        union = tables_en.UNION_SHOWN in (name, out[-1][2]) if out else False
        if out and not union and low[out[-1][1] : s].strip() in _JOINS:
            # "América Latina y el Caribe", "Europe and North Africa": one area
            s0, t0, name0 = out.pop()
            s, name = s0, name0 + raw[t0:t]
        out.append((s, t, name))
    return [
        (start + s, start + t, name)
        for s, t, name in out
        if not low[max(0, s - _ORIGIN_SPAN) : s].endswith(_ORIGINS)
    ]
