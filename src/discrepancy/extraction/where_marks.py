"""What the scope stage knows of a place and of a list of places: the gazetteer's protocol
(`Finds`), which place may hold another, the narrowest of the places tied to a number, and
where a dateline in capitals ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from discrepancy.extraction import where_cues as cue

__all__ = ["Finds", "Place", "capital_dateline", "holds", "is_area", "narrowest"]


class Place(Protocol):
    """What the scope stage reads of a gazetteer's place (``discrepancy.places.Place``) or of
    a town the text names that the gazetteer lacks (``where_local.LocalPlace``)."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> object: ...

    @property
    def country(self) -> str | None: ...


class Finds(Protocol):
    """What the scope stage needs of a gazetteer (``discrepancy.places.Gazetteer``)."""

    def find(self, text: str) -> Sequence[tuple[int, int, Place]]: ...

    def get(self, place_id: str) -> Place | None: ...

    def resolve(self, text: str) -> Place | None: ...

    def contains(self, outer_id: str, inner_id: str) -> bool: ...


def capital_dateline(head: str) -> int:
    """Where a dateline written in capitals ends: "MADRID (EFECOM).", "BOGOTÁ (Agencias).",
    "LIMA, 3 mar. (EFE)", "CARACAS, 14 de enero": the place in capitals, then a parenthesis
    (an agency) or a comma and a day; -1 without one. Only the characters before the cut are
    read, once per text."""
    k = 0
    while k < len(head) and (head[k].isupper() or head[k] in " .-'"):
        k += 1
    name = head[:k].strip(" .-'")
    if len(name) < 3 or k > cue.DATELINE_SPAN or not any(ch.isalpha() for ch in name):
        return -1
    rest = head[k:]
    if rest.startswith("("):
        close = rest.find(")")
        return k + close + 1 if 0 < close <= 30 else -1
    if rest.startswith(", ") and rest[2:3].isdecimal():
        stop = rest.find(" ", 2)
        return k + (stop if stop > 0 else 2)
    return -1


def holds(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` may hold ``inner``: the same country and a larger kind (a town the
    gazetteer does not know, of no known country, may lie in any)."""
    rank_out = cue.KIND_RANK.get(str(outer.kind), 3)
    rank_in = cue.KIND_RANK.get(str(inner.kind), 3)
    return rank_out < rank_in and (inner.country is None or inner.country == outer.country)


def narrowest(
    tied: list[tuple[int, int, Place]], last: int, hi: int
) -> list[tuple[int, int, Place]]:
    """The tied places without those before the number that hold one tied after it in its
    clause: "officials in Mexico said 40 died in Jalisco, 12 in Colima" puts 40 in Jalisco,
    never the sentence's wider place (audit2 P3: the first figure of a list)."""
    after = [p for p in tied if last <= p[0] <= hi]
    if not after:
        return tied
    return [p for p in tied if p[0] >= last or not any(holds(p[2], q) for _, _, q in after)]


def is_area(place: Place) -> bool:
    return str(place.kind) in ("country", "region", "city")
