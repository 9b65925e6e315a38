"""A count "in the province" / "en la provincia" (h-where): the state or province the text
named last before it. The phrase is written in lower case with no name after it ("en la
provincia de Salta" is read where it stands), in the figure's own clause; the place is the
last region named before the figure, or a city named as its region is ("Salta", the city,
stands for the province of Salta), never the country by default.

The test reads a bounded window around the figure (no regular expression): linear in the
text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.where_marks import Place

__all__ = ["REGION_BACK_CHARS", "region_back", "region_phrase"]

_PHRASES = tables_en.REGION_BACK + tables_es.REGION_BACK
_NAME_LINKS = (" of ", " de ", " del ")
_CLAUSE = 160
"""How far before or after the number the phrase may stand in its clause."""
REGION_BACK_CHARS = 1500
"""How far before the figure the region it refers back to may be named."""


def region_phrase(text: str, lo: int, first: int, last: int, hi: int) -> bool:
    """Whether a phrase of `REGION_BACK` stands in the clause of the number at ``[first,
    last)`` (the sentence starts at ``lo``, the clause ends at ``hi``), in lower case, with
    no name after it ("de la provincia de Salta" names its own)."""
    before = text[max(lo, first - _CLAUSE) : first]
    before = before[max(before.rfind(","), before.rfind(";")) + 1 :]
    after = text[last : min(hi, last + _CLAUSE)]
    for chunk in (before, after):
        for phrase in _PHRASES:
            k = chunk.find(phrase)
            while k >= 0:
                end = k + len(phrase)
                rest = chunk[end : end + 6]
                if (end == len(chunk) or not chunk[end].isalpha()) and not (
                    any(rest.startswith(link) for link in _NAME_LINKS) or rest[1:2].isupper()
                ):
                    return True
                k = chunk.find(phrase, k + 1)
    return False


def region_back(
    places: Sequence[tuple[int, int, Place]],
    get: Callable[[str], Place | None],
    country: str | None,
) -> Place | None:
    """The region named last among ``places`` (in text order) of the text's ``country``
    (a code; any country without one): a region, or a city whose region has its name
    ("Salta"); ``None`` without one."""
    for _, _, place in reversed(places):
        if country is not None and place.country != country:
            continue  # "Orán", a department of Salta, is no region of Algeria here
        kind = str(place.kind)
        if kind == "region":
            return place
        parent = getattr(place, "parent", None)
        if kind == "city" and isinstance(parent, str):
            holder = get(parent)
            if holder is not None and fold(holder.name) == fold(place.name):
                return holder
    return None
