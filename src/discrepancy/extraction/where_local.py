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
from discrepancy._numbers import fold
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
    found.extend(_apposed_towns(text, low))
    found.extend(_bracketed_entries(text, low, known))
    found.extend(_focused_places(text, low))
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
        comma = _comma_before(text, start)
        if comma < 0:
            continue
        span = _name_before(text, comma)
        if span is None:
            continue
        before = text[max(0, span[0] - 12) : span[0]].lower()
        if before.endswith(_TOWN_TIES):
            out.append(span)
    return out


def _apposed_towns(text: str, low: str) -> list[tuple[int, int]]:
    """Towns described after a comma by an article and a place noun, after a word that
    places them ("in Ballybrack, a village in County Cork", "en Tlacotalpan, un pueblo de
    Veracruz", "in Arlo, a small farming town"; h-where): the name before the comma. The
    noun is one of the first `_APPOSED_WORDS` words after the article."""
    out: list[tuple[int, int]] = []
    for cue in _APPOSITION_ARTICLES:
        at = low.find(cue)
        while at >= 0:
            words = low[at + len(cue) : at + len(cue) + 40].split()[:_APPOSED_WORDS]
            if any(fold(w.strip(",.;:")) in _PLACE_NOUN_WORDS for w in words):
                span = _name_before(text, at)
                if span is not None and low[max(0, span[0] - 12) : span[0]].endswith(_TOWN_TIES):
                    out.append(span)
            at = low.find(cue, at + len(cue))
    return out


_APPOSITION_ARTICLES = (", a ", ", an ", ", un ", ", una ")
_PLACE_NOUN_WORDS = tables_en.PLACE_NOUNS | tables_es.PLACE_NOUNS
_APPOSED_WORDS = 3
"""How many words after the article the place noun may stand ("a small farming town")."""


def _bracketed_entries(
    text: str, low: str, known: Sequence[tuple[int, int, object]]
) -> list[tuple[int, int]]:
    """Towns heading the entries of a list of places, each with its figure in brackets
    ("smaller towns such as Arlo (450), Benn (300) or Cadey (120)", "localidades como Arlo
    (450) y Benn (300)"): the name before each bracket, where at least two entries stand
    in a row, joined by a comma or a conjunction, and the sentence names places by a plural
    noun before them ("towns", "localidades") or one entry is a place the gazetteer knows.
    Persons and parties head such lists too ("Arlo (51%) y Benn (44%)"): without either
    sign the names are left alone."""
    heads: list[tuple[int, int, int]] = []  # (name start, name end, bracket end)
    at = low.find(" (")
    while at >= 0:
        close = low.find(")", at + 2, at + _BRACKET)
        if close > 0 and low[at + 2 : at + 3].isdecimal():
            span = _name_before(text, at + 1)
            if span is not None and not _org_name(text, span):
                heads.append((span[0], span[1], close + 1))
        at = low.find(" (", at + 2)
    known_spans = {(s, e) for s, e, _ in known}
    out: list[tuple[int, int]] = []
    for k, (start, end, _) in enumerate(heads):
        runs = [
            heads[j]
            for j in (k - 1, k + 1)
            if 0 <= j < len(heads) and _list_gap(low, *sorted((heads[j], heads[k])))
        ]
        if not runs:
            continue
        lo = max(low.rfind(". ", 0, start), low.rfind("\n", 0, start), 0)
        plural = any(f" {w}" in low[lo:start] for w in _PLURAL_PLACES)
        if plural or any(r[:2] in known_spans for r in runs):
            out.append((start, end))
    return out


def _focused_places(text: str, low: str) -> list[tuple[int, int]]:
    """A part singled out ("In Arlo alone, 94 died", "Solo en Arlo, 4 murieron"; g-where):
    the capitalised name between "in" and "alone", or after "solo en" / "sólo en", is a
    place (never a month or a weekday: "In March alone")."""
    out: list[tuple[int, int]] = []
    for cue in _ALONE:
        at = low.find(cue)
        while at >= 0:
            span = _name_before(text, at)
            if span is not None and low[max(0, span[0] - 3) : span[0]] in ("in ", "en "):
                out.append(span)
            at = low.find(cue, at + len(cue))
    for cue in _ONLY_IN:
        at = low.find(cue)
        while at >= 0:
            if at == 0 or not low[at - 1].isalpha():
                span = _name_after(text, at + len(cue))
                if span is not None:
                    out.append(span)
            at = low.find(cue, at + len(cue))
    return [sp for sp in out if pn.name_key(text[sp[0] : sp[1]]) not in _CALENDAR]


def _list_gap(low: str, first: tuple[int, int, int], second: tuple[int, int, int]) -> bool:
    """Whether two bracketed entries follow each other in one list: only a comma or a
    conjunction between the first's bracket and the second's name."""
    gap = low[first[2] : second[0]].replace(",", " , ").split()
    return 0 < len(gap) <= 2 and all(w in _ENTRY_JOINS for w in gap)


def _org_name(text: str, span: tuple[int, int]) -> bool:
    """Whether a capitalised run holds a body's noun ("Interior Ministry"): no town."""
    return any(pn.word_key(w) in _ORG_NOUNS for w in text[span[0] : span[1]].split())


_ALONE = tuple(f" {w}" for w in sorted(tables_en.FOCUS_AFTER_PLACE | tables_es.FOCUS_AFTER_PLACE))
_ONLY_IN = tuple(
    f"{w} " for w in sorted(tables_en.FOCUS_BEFORE_PLACE | tables_es.FOCUS_BEFORE_PLACE)
)
_CALENDAR = frozenset(tables_en.MONTHS) | frozenset(tables_es.MONTHS)
_CALENDAR |= frozenset(tables_en.WEEKDAYS) | frozenset(tables_es.WEEKDAYS)
"""Capitalised words that are days and months, never places ("In March alone")."""
_BRACKET = 16
"""How long a bracket holding an entry's figure may be ("(4,500)", "(12.000 personas)")."""
_ENTRY_JOINS = tables_en.LIST_CONJUNCTIONS | tables_es.LIST_CONJUNCTIONS | frozenset({","})
_PLURAL_PLACES = tables_en.PLACE_NOUNS_PLURAL | tables_es.PLACE_NOUNS_PLURAL
"""Plural nouns that announce a list of places ("towns", "localidades")."""


def _comma_before(text: str, start: int) -> int:
    """Where the comma stands that writes a town with the place after it: right before the
    place ("in Derna, Libya") or before words that only say what kind of place it is ("en
    San Telmo, en el estado de México", "in Kolaro, in the state of Jalisco"; g-where);
    -1 without one. A bracket right before the place writes it too ("en Juchitán (Oaxaca)":
    h-where): the bracket's space stands for the comma."""
    if start >= 2 and text[start - 2 : start] == " (":
        return start - 2
    lo = max(0, start - _KIND_GAP)
    comma = text.rfind(", ", lo, start)
    if comma < 0:
        return -1
    words = text[comma + 2 : start].split()
    return comma if all(pn.word_key(w) in _KIND_WORDS for w in words) else -1


_KIND_GAP = 30
"""How far before a known place the comma may stand ("…, en el estado de México")."""
_KIND_WORDS = tables_en.PLACE_KIND_WORDS | tables_es.PLACE_KIND_WORDS


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
