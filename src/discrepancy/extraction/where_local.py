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


# Words that announce the name after them (folded): "the town of Kagara", "el municipio de
# Juchitán". The gazetteer's own descriptors ("state of", "provincia de") are read there.
_BEFORE: frozenset[tuple[str, str]] = frozenset(
    {
        ("town", "of"),
        ("village", "of"),
        ("city", "of"),
        ("municipality", "of"),
        ("district", "of"),
        ("county", "of"),
        ("province", "of"),
        ("township", "of"),
        ("hamlet", "of"),
        ("community", "of"),
        ("municipio", "de"),
        ("localidad", "de"),
        ("pueblo", "de"),
        ("poblado", "de"),
        ("aldea", "de"),
        ("ciudad", "de"),
        ("distrito", "de"),
        ("comuna", "de"),
        ("parroquia", "de"),
        ("provincia", "de"),
        ("departamento", "de"),
        ("caserio", "de"),
        ("corregimiento", "de"),
        ("canton", "de"),
        ("barrio", "de"),
        ("vereda", "de"),
    }
)
# Words that say the capitalised name before them is a place: "Vubwi district".
_AFTER = frozenset(
    {"district", "county", "province", "municipality", "governorate", "prefecture", "township"}
)
# Lower-case words that may stand inside a Spanish place name ("San José del Cabo").
_INSIDE = frozenset({"de", "del", "la", "las", "los", "el"})
# Capitalised words that never start a place name before "district" ("School District",
# "Federal District", "Police District", "Electoral District").
_NOT_NAMES = frozenset(
    {
        "school",
        "police",
        "electoral",
        "congressional",
        "judicial",
        "military",
        "health",
        "business",
        "financial",
        "historic",
        "central",
        "federal",
        "capital",
        "water",
        "fire",
        "unified",
        "independent",
        "the",
        "a",
        "an",
        "this",
        "that",
        "its",
        "their",
        "his",
        "her",
        "every",
        "each",
    }
)
_MAX_WORDS = 4
_QUALIFIER_GAP = 24
"""How far after a local name a known place may qualify it ("Kagara in Niger state")."""


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def local_places(
    text: str, known: Sequence[tuple[int, int, object]]
) -> list[tuple[int, int, LocalPlace]]:
    """The towns and districts of ``text`` (offsets into it) that overlap no ``known`` place
    (the gazetteer's finds, as (start, end, place) in text order)."""
    spans = pn.tokens(text)
    keys = [pn.word_key(text[s:e]) for s, e in spans]
    found: list[tuple[int, int]] = []
    n = len(spans)
    for i in range(n):
        key = keys[i]
        if i + 2 < n and (key, keys[i + 1]) in _BEFORE:
            first = i + 2
            if not _capitalised(text[spans[first][0] : spans[first][1]]):
                continue
            last = first
            k = first + 1
            while k < n and k - first < _MAX_WORDS:
                if not pn.gap_ok(text, spans[k - 1][1], spans[k][0]):
                    break
                word = text[spans[k][0] : spans[k][1]]
                if _capitalised(word):
                    last = k
                elif keys[k] not in _INSIDE:
                    break
                k += 1
            found.append((first, last))
        elif key in _AFTER and i > 0:
            last = i - 1
            if not pn.gap_ok(text, spans[last][1], spans[i][0]):
                continue
            first = last
            while (
                first >= 0
                and last - first < _MAX_WORDS
                and _capitalised(text[spans[first][0] : spans[first][1]])
                and keys[first] not in _NOT_NAMES
                and keys[first] not in pn.OPENERS
                and keys[first] not in pn.COMMON_WORDS
            ):
                first -= 1
            first += 1
            if first <= last:
                found.append((first, last))
    out: list[tuple[int, int, LocalPlace]] = []
    spots = [(s, e) for s, e, _ in known]
    for first, last in found:
        start, end = spans[first][0], spans[last][1]
        if any(s < end and start < e for s, e in spots):
            continue
        name = text[start:end]
        if pn.name_key(name) in pn.COMMON_WORDS:
            continue
        out.append((start, end, LocalPlace(name=name, country=_qualified(text, end, known))))
        spots.append((start, end))
    out.sort(key=lambda p: p[0])
    return out


def _qualified(text: str, end: int, known: Sequence[tuple[int, int, object]]) -> str | None:
    """The country of a known place written right after ``end`` ("in Niger state", ", Peru")."""
    for s, _, place in known:
        if end <= s <= end + _QUALIFIER_GAP:
            gap = text[end:s].lower().replace(",", " ").split()
            if all(w in _JOINS for w in gap):
                code = getattr(place, "country", None)
                return code if isinstance(code, str) else None
    return None


_JOINS = frozenset(
    {
        "in",
        "en",
        "of",
        "de",
        "del",
        "the",
        "el",
        "la",
        "state",
        "province",
        "estado",
        "provincia",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "norte",
        "sur",
        "(",
    }
)
