"""Places the gazetteer does not hold, read from how news names them: a capitalised name after
"the town of", "el municipio de", "la localidad de" or before "district", "county",
"province" ("Vubwi district", "Kankara District"). Towns and districts are far below the
gazetteer's cities, yet they are where many counts happen ("42 students were taken from a
school in the town of Kagara").

One pass over the words of a chunk of text, with table look-ups only: linear in the text.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from discrepancy import _placenames as pn
from discrepancy.extraction import tables_en, tables_es

__all__ = ["LocalPlace", "local_places"]


@attrs.frozen
class LocalPlace:
    """A town or district named in the text that the gazetteer does not know.

    ``country``: the ISO code of the known place written right after it ("Kagara in Niger
    state"), else ``None``.
    """

    name: str
    kind: str = "city"
    country: str | None = None
    id: str = ""


# The words of both languages' tables (folded): "the town of Kagara", "el municipio de
# Juchitán"; "Vubwi district"; "San José del Cabo"; "School District" is no place.
_BEFORE: frozenset[tuple[str, str]] = frozenset(
    {(noun, "of") for noun in tables_en.PLACE_NOUNS}
    | {(noun, "de") for noun in tables_es.PLACE_NOUNS}
)
_AFTER = tables_en.PLACE_NOUNS_AFTER | tables_es.PLACE_NOUNS_AFTER
_INSIDE = tables_en.PLACE_NAME_INSIDE | tables_es.PLACE_NAME_INSIDE
_NOT_NAMES = tables_en.NOT_PLACE_NAMES | tables_es.NOT_PLACE_NAMES
_SHARING = tables_en.DISTRIBUTIVE_WORDS | tables_es.DISTRIBUTIVE_WORDS
"""Words that share a figure out and never start a name ("By province", round 10)."""
_BEFORE_CUES = tuple(
    sorted({f"{a} {b} " for a, b in _BEFORE} | {"caserío de ", "cantón de ", "región de "})
)
_AFTER_CUES = tuple(f" {w}" for w in sorted(_AFTER))
_WINDOW = 60
"""How many characters around a cue the name is read from."""
_MAX_WORDS = 4
_QUALIFIER_GAP = 24
"""How far after a local name a known place may qualify it ("Kagara in Niger state")."""


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def local_places(
    text: str, known: Sequence[tuple[int, int, object]]
) -> list[tuple[int, int, LocalPlace]]:
    """The towns and districts of ``text`` (offsets into it) that overlap no ``known`` place
    (the gazetteer's finds, as (start, end, place) in text order).

    Each cue is looked for with ``str.find`` over the lower-cased text (a few passes in C),
    and only the words around a hit are read: linear in the text, and cheap where there is
    no cue."""
    low = text.lower()
    found: list[tuple[int, int]] = []
    for cue in _BEFORE_CUES:
        at = low.find(cue)
        while at >= 0:
            if (at == 0 or not low[at - 1].isalpha()) and not _body_title(text, at):
                span = _name_after(text, at + len(cue))
                if span is not None:
                    found.append(span)
            at = low.find(cue, at + len(cue))
    for cue in _NOUN_CUES:  # "la ciudad mexicana de Juchitán", "el municipio oaxaqueño de"
        at = low.find(cue)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha():
                span = _after_adjective(text, low, at + len(cue))
                if span is not None:
                    found.append(span)
            at = low.find(cue, at + len(cue))
    for cue in _AFTER_CUES:
        at = low.find(cue)
        while at >= 0:
            stop = at + len(cue)
            if (stop >= len(low) or not low[stop].isalpha()) and not _body_after(text, stop):
                span = _name_before(text, at)
                if span is not None:
                    found.append(span)
            at = low.find(cue, stop)
    found.extend(_qualified_towns(text, known))
    out: list[tuple[int, int, LocalPlace]] = []
    spots = [(s, e) for s, e, _ in known]
    for start, end in sorted(set(found)):
        if any(s < end and start < e for s, e in spots):
            continue
        name = text[start:end]
        if pn.name_key(name) in pn.COMMON_WORDS:
            continue
        out.append((start, end, LocalPlace(name=name, country=_qualified(text, end, known))))
        spots.append((start, end))
    return out


def _qualified_towns(text: str, known: Sequence[tuple[int, int, object]]) -> list[tuple[int, int]]:
    """Towns written with their country or region after a comma, after a word that places
    them ("in Derna, Libya", "en Pisco, Perú", "near Umm Qasr, Iraq"): the name before the
    comma."""
    out: list[tuple[int, int]] = []
    for start, _, place in known:
        if str(getattr(place, "kind", "")) not in ("country", "region"):
            continue
        if text[max(0, start - 2) : start] != ", ":
            continue
        span = _name_before(text, start - 2)
        if span is None:
            continue
        before = text[max(0, span[0] - 12) : span[0]].lower()
        if before.endswith(_TOWN_TIES):
            out.append(span)
    return out


_TOWN_TIES = ("in ", "en ", "near ", "at ", "cerca de ", "outside ", "from ", "desde ")
"""What stands before a town named with its country ("in Derna, Libya")."""


def _after_adjective(text: str, low: str, at: int) -> tuple[int, int] | None:
    """The name after a place noun, one lower-case adjective and "de" ("ciudad mexicana de
    Juchitán"): the adjective must be one lower-case word."""
    space = low.find(" ", at, at + _ADJECTIVE)
    if space <= at or not text[at:space].isalpha() or not text[at:space].islower():
        return None
    if not low.startswith("de ", space + 1):
        return None
    return _name_after(text, space + 4)


_NOUN_CUES = tuple(
    f"{noun} " for noun in ("municipio", "localidad", "ciudad", "pueblo", "poblado", "aldea")
)
_ADJECTIVE = 16
"""The longest adjective read between a place noun and "de"."""


_ORG_NOUNS = tables_en.BODY_NAME_NOUNS | tables_es.BODY_NAME_NOUNS
"""Round 12: nouns of a body's name ("Department", "Instituto"): a capitalised run holding
one, or a place noun written as one, names an organisation, never a town."""


def _body_title(text: str, at: int) -> bool:
    """Round 12: whether the place noun at ``at`` is capitalised in the middle of a sentence
    and is also a body's noun ("el Departamento de Estadísticas", "the Department of
    Health"): the title of an office, so the words after it are no town's name."""
    word = text[at : at + 16].split(" ", 1)[0]
    if not word[:1].isupper() or pn.word_key(word) not in _ORG_NOUNS:
        return False
    before = text[max(0, at - 3) : at].rstrip(" ")
    return bool(before) and before[-1].isalpha() and before[-1].islower()


def _body_after(text: str, stop: int) -> bool:
    """Round 12: whether a capitalised body's noun follows a place noun ("Kern County Fire
    Department", "Lagos State Police"): the name before it is a body's, not a town's."""
    spans = pn.tokens(text[stop : stop + _WINDOW])
    if not spans:
        return False
    word = text[stop + spans[0][0] : stop + spans[0][1]]
    return _capitalised(word) and pn.word_key(word) in _ORG_NOUNS


def _name_after(text: str, at: int) -> tuple[int, int] | None:
    """The capitalised name starting at ``at`` ("Kagara", "San José del Cabo")."""
    window = text[at : at + _WINDOW]
    spans = pn.tokens(window)
    if not spans or spans[0][0] != 0 or not _capitalised(window[: spans[0][1]]):
        return None
    last = 0
    for k in range(1, min(len(spans), _MAX_WORDS)):
        gap = window[spans[k - 1][1] : spans[k][0]]
        if "," in gap or not pn.gap_ok(window, spans[k - 1][1], spans[k][0]):
            break  # session 10: "la región de Ñuble Alto, Ramiro Quezada": a comma ends it
        word = window[spans[k][0] : spans[k][1]]
        if _capitalised(word):
            last = k
        elif pn.word_key(word) not in _INSIDE:
            break
    if any(pn.word_key(window[a:b]) in _ORG_NOUNS for a, b in spans[: last + 2]):
        return None  # round 12: "Lakeview Fire Service" names a body, not a town
    return at, at + spans[last][1]


def _name_before(text: str, at: int) -> tuple[int, int] | None:
    """The capitalised name ending at the space before ``at`` ("Vubwi" of "Vubwi district")."""
    lo = max(0, at - _WINDOW)
    window = text[lo:at]
    spans = pn.tokens(window)
    if not spans or not pn.gap_ok(window, spans[-1][1], len(window)):
        return None
    first = len(spans)
    while first > 0 and len(spans) - first < _MAX_WORDS:
        word = window[spans[first - 1][0] : spans[first - 1][1]]
        key = pn.word_key(word)
        if not _capitalised(word) or key in _NOT_NAMES or key in pn.OPENERS or key in _SHARING:
            break
        if key in pn.COMMON_WORDS:
            break
        if first < len(spans) and not pn.gap_ok(window, spans[first - 1][1], spans[first][0]):
            break
        first -= 1
    if first == len(spans):
        return None
    return lo + spans[first][0], lo + spans[-1][1]


def _qualified(text: str, end: int, known: Sequence[tuple[int, int, object]]) -> str | None:
    """The country of a known place written right after ``end`` ("in Niger state", ", Peru")."""
    for s, _, place in known:
        if end <= s <= end + _QUALIFIER_GAP:
            gap = text[end:s].lower().replace(",", " ").split()
            if all(w in _JOINS for w in gap):
                code = getattr(place, "country", None)
                return code if isinstance(code, str) else None
    return None


_JOINS = tables_en.LOCAL_QUALIFY_JOINS | tables_es.LOCAL_QUALIFY_JOINS | frozenset({"("})
"""Words between a town and the known place after it ("Kagara in Niger state")."""
