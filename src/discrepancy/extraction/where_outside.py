"""A place the text leaves out of a figure (session 10, g-count): "15 deaths outside Kerr
County", "Beyond Pecos County, nine were killed across Texas", "14 muertos fuera de la
provincia de Huelva", "Fuera de Sevilla, las lluvias dejaron seis fallecidos en Andalucía".

Such a figure is never the left-out place's own toll, nor the toll of the wider place it
lies in (that holds the left-out place's dead too). Its scope names both: "<wider> outside
<place>" (the wider place its clause ties it to, else the text's own region or country), or
"outside <place>" when nothing wider is known. `discrepancy.compare` keys such a scope by the
left-out place alone, so two sources' counts outside one place meet whatever wider place each
names, and never meet that place's own toll.

Read from the words right before a place: a cue of `OUTSIDE_CUES` (both tables), then at most
`_FILLERS` words of `OUTSIDE_FILLERS` ("fuera de la provincia de"). Bounded windows: linear in
the text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.where_marks import Place
from discrepancy.places import OUTSIDE

__all__ = ["OUTSIDE", "left_out", "outside_place", "outside_scope", "wider_place"]

_CUES = frozenset(tables_en.OUTSIDE_CUES) | frozenset(tables_es.OUTSIDE_CUES)
_LONGEST = max(len(c) for c in _CUES)
_FILLERS_WORDS = tables_en.OUTSIDE_FILLERS | tables_es.OUTSIDE_FILLERS
_FILLERS = 4
"""At most this many filler words between a cue and its place."""
_BACK = 60
"""How many characters before a place are read for its cue."""
_BEFORE_SPAN = 120
"""How far before a figure an opening "Outside X," may stand in its clause."""

Span = tuple[int, int, Place]


def left_out(text: str, start: int, lo: int = 0) -> bool:
    """Whether the place at ``start`` follows a cue that leaves it out of a count ("outside
    Kerr County", "fuera de la provincia de Huelva"); ``lo``: where the reading may start."""
    words = fold(text[max(lo, start - _BACK) : start]).replace(",", " , ").split()
    for _ in range(_FILLERS + 1):
        for n in range(1, _LONGEST + 1):
            if len(words) >= n and tuple(words[-n:]) in _CUES:
                return True
        if not words or words[-1] not in _FILLERS_WORDS:
            return False
        words.pop()
    return False


def outside_place(
    text: str, here: Sequence[Span], first: int, last: int, hi: int, lo: int
) -> Span | None:
    """The place of ``here`` (the places of the figure's sentence, which starts at ``lo``)
    that the figure at ``[first, last)`` leaves out: one after it in its clause (before
    ``hi``, no other figure nor ";" between), or one that opens its clause before it
    ("Outside Kerr County, 15 died"); ``None`` without one."""
    for place in here:
        if last <= place[0] <= hi:
            between = text[last : place[0]]
            if ";" in between or any(ch.isdecimal() for ch in between):
                continue
        elif place[1] <= first and first - place[1] <= _BEFORE_SPAN:
            between = text[place[1] : first]
            if ";" in between or any(ch.isdecimal() for ch in between):
                continue
        else:
            continue
        if left_out(text, place[0], lo):
            return place
    return None


def outside_scope(wider: str | None, place: str) -> str:
    """The scope of a figure counted outside ``place`` in ``wider``."""
    return f"{wider}{OUTSIDE}{place}" if wider else f"{OUTSIDE.lstrip()}{place}"


def wider_place(
    text: str,
    here: Sequence[Span],
    out: Span,
    span: tuple[int, int, int, int],
    tied: Callable[[int], bool],
    inside: Callable[[Place, Place], bool],
) -> tuple[Span, bool] | None:
    """The place the figure's clause ties it to besides the left-out one ``out`` (``span``:
    the figure's first and last character, its clause's end and its sentence's start), and
    whether it holds ``out`` ("across Texas", "en Andalucía": the count is of the rest of
    it) or lies apart from it ("in Travis County": the count is that place's); ``None``
    without one."""
    first, last, hi, lo = span
    found: list[tuple[int, Span]] = []
    for place in here:
        if place is out or place[2] == out[2] or not tied(place[0]) or left_out(text, place[0], lo):
            continue
        if last <= place[0] <= hi:
            between = text[last : place[0]]
            gap = place[0] - last
        elif place[1] <= first:
            between = text[place[1] : first]
            gap = first - place[1]
        else:
            continue
        if ";" in between or any(ch.isdecimal() for ch in between):
            continue
        found.append((gap, place))
    if not found:
        return None
    place = min(found, key=lambda f: f[0])[1]
    return place, _holds(place[2], out[2], inside)


def _holds(outer: Place, inner: Place, inside: Callable[[Place, Place], bool]) -> bool:
    """Whether ``outer`` holds ``inner``: by the gazetteer, or, for a town it lacks, when
    ``outer`` is a country or a region that nothing says it lies outside."""
    if inner.id:
        return inside(inner, outer)
    return str(outer.kind) in ("country", "region") and inside(inner, outer)
