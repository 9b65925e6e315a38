"""Lists of figures in one sentence, as a structure: a head, a separator and entries, each
entry with its own span, the place it names and the source it names (round 9, audit5 P2).

"La policía local de Girona cifró la marcha en 20.000; la de Reus, 12.000; la Guardia
Urbana de Vic, 8.000": three entries, the first one the head's own figure. Each entry keeps
the place it names (Girona, Reus, Vic) and the source it names ("la de Reus" is the local
police of Reus, "la Guardia Urbana de Vic" its own body); it inherits from the head only
what it leaves out (the verb, the metric, the date, and the source when it names none).
The shapes read: "A, n" and "la (X) de A, (en) n" after a separator, "A (n)" and "A (con n
…)", and "n (…) en A" / "n in A" before the next separator.

The where stage (`claims.make_draft`, `where_places.PlaceScope.scope`) and the claimant
stage (`claimant_clauses.per_number`) read an entry's own span first. One left-to-right pass
over the tokens of the sentence, and a bounded look around each figure: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lists_wholes import shared_out
from discrepancy.extraction.sentences import Tok

__all__ = ["Entry", "Listing", "entry_of", "find_listing"]

_SEPARATORS = frozenset({";", ",", ":"})
_JOINS = frozenset({"y", "and", "e", "or", "o"})
_RANGE_JOINS = frozenset({"y", "and", "to", "a", "-", "o", "or"})
"""What joins the two ends of one figure ("entre 25.000 y 30.000", "22,000 to 55,000")."""
_RANGE_OPEN = frozenset({"entre", "between", "de", "from"})
_ARTICLES = frozenset({"la", "el", "los", "las", "that", "those", "the"})
_OF = frozenset({"de", "del", "of"})
_IN = frozenset({"en", "in"})
_NAME_INSIDE = frozenset({"de", "del", "y", "la", "el", "las", "los", "-", "of", "the", "and"})
"""Lower-case words a place's name may hold ("Castilla y León", "Saint-Étienne")."""
_NAME_MAX = 7
"""How many words an entry's name may have ("la Guardia Urbana de Sant Boi de Llobregat")."""
_HEDGE_MAX = 3
"""How many words may stand between an entry's comma and its figure ("Olot, entre …",
"la de Reus, en 12.000", "(con 40.000 …")."""
_HEDGES = frozenset(
    {"entre", "en", "con", "unos", "unas", "cerca", "de", "mas", "hasta", "casi", "otros"}
    | {"un", "una", "el", "la", "los", "las", "about", "some", "around", "over", "nearly"}
    | {"almost", "at", "the", "a", "up", "to", "more", "than", "between", "alrededor"}
)
"""Words between an entry's comma and its figure ("Olot, entre 9.000", "la de Reus, en
12.000"); a verb there ("Además, se registraron 70") makes it no entry."""
_BODY_NOUNS = tables_en.LIST_BODY_NOUNS | tables_es.LIST_BODY_NOUNS
_AFTER_MAX = 6
"""How far after a figure its entry's "en A" / "in A" may stand."""
_ACCORDING = (("according", "to"), ("segun",))
_AREA_NOUNS = (
    tables_en.PLACE_NOUNS
    | tables_es.PLACE_NOUNS
    | tables_en.PLACE_NOUNS_AFTER
    | frozenset({"state", "estado", "region", "departamento", "provincia"})
)
"""Nouns of an area written with its name ("el estado de México", "Kano state"): the usual
scope rules read such a place, not the entry's bare name."""


@attrs.frozen
class Entry:
    """One entry of a list: its figure's first token, the tokens of the place it names and
    of the source it names (``None``: the entry names none), and whether the source's noun
    is left out ("la de Reus": the head's body, of Reus)."""

    number: int
    place: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    elided: bool = False
    head: bool = False
    aside: bool = False  # the source is named in the entry's parenthesis: its own only

    def tied(self, norms: Sequence[str]) -> bool:
        """Whether the entry's place follows "en" / "in" / "de" / "of": a place, even one
        the gazetteer does not know ("la de Olot", "31.000 en Vic")."""
        return (
            self.place is not None and self.place[0] > 0 and norms[self.place[0] - 1] in (_IN | _OF)
        )


@attrs.frozen
class Listing:
    """The lists of one sentence, entries in text order (the first entry of each list is
    its head's own figure, ``head=True``)."""

    entries: tuple[Entry, ...] = ()
    parts: frozenset[int] = frozenset()
    """The first tokens of figures that share out a whole the head names and no entry
    places ("Police in the three towns counted 4,000, 2,500 and 1,200"): each is a part of
    the whole, none the whole itself."""

    def __bool__(self) -> bool:
        return bool(self.entries) or bool(self.parts)


def _figures(
    toks: Sequence[Tok], norms: Sequence[str], spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The figures of the sentence as token spans: the numbers stage's ``spans`` when given
    ("otros 1.000", "más de 200", "un centenar"), else its digit tokens with the two ends of
    a range joined ("entre 25.000 y 30.000" is one figure)."""
    if spans:
        return sorted(spans)
    out: list[tuple[int, int]] = []
    for k, t in enumerate(toks):
        if t.kind != "n":
            continue
        if out:
            a, b = out[-1]
            if (
                k == b + 1
                and norms[b] in _RANGE_JOINS
                and (norms[b] in ("to", "a", "-") or (a > 0 and norms[a - 1] in _RANGE_OPEN))
            ):
                out[-1] = (a, k + 1)
                continue
        out.append((k, k + 1))
    return out


_NOT_PLACES = frozenset(
    set(tables_en.MONTHS)
    | set(tables_es.MONTHS)
    | set(tables_en.WEEKDAYS)
    | set(tables_es.WEEKDAYS)
    | tables_en.LIST_NOT_PLACES
    | tables_es.LIST_NOT_PLACES
)
"""Capitalised words after "in" / "en" that name no place ("12 in March", "in Congress")."""


def _is_cap(t: Tok) -> bool:
    return t.cap and t.kind == "w" and t.norm not in _NOT_PLACES


def _place_in(toks: Sequence[Tok], norms: Sequence[str], a: int, b: int) -> tuple[int, int] | None:
    """The place a name ``[a, b)`` ends with: the whole name when it is only a place's words
    ("Barcelona", "Santiago de Cuba"), else its capitalised words after its first "de" /
    "of" that only a place's name follows ("la Guardia Urbana de Vic": Vic); of
    two places joined ("Málaga y Granada"), the one nearest the figure."""
    found: tuple[int, int] | None = None
    if _is_cap(toks[a]) and _only_name(toks, norms, a, b):
        found = (a, b)  # "Santiago de Cuba, con 12": the whole name
    for j in range(a, b - 1 if found is None else a):
        if norms[j] in _OF and _is_cap(toks[j + 1]) and _only_name(toks, norms, j + 1, b):
            found = (j + 1, b)
            break
    if found is None:
        if norms[a] in _ARTICLES or not _is_cap(toks[a]) or not _only_name(toks, norms, a, b):
            return None
        found = (a, b)
    s, e = found
    if s >= 2 and norms[s - 1] in _OF and norms[s - 2] in _AREA_NOUNS:
        return None  # "el estado de México": the scope stage reads the state
    for j in range(e - 1, s, -1):
        if norms[j] in _JOINS and j + 1 < e and _is_cap(toks[j + 1]):
            return j + 1, e
    return s, e


def _town_body(
    toks: Sequence[Tok], norms: Sequence[str], a: int, b: int
) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "(the) York police", "the Hull constabulary": a town's name before a body's noun
    (`LIST_BODY_NOUNS`): the town is the entry's place, the whole the entry's source."""
    s = a + 1 if norms[a] in _ARTICLES else a
    e = s
    while e < b and _is_cap(toks[e]):
        e += 1
    if e in (s, b) or not all(norms[k] in _BODY_NOUNS for k in range(e, b)):
        return None, None
    return (s, e), (s, b)


def _only_name(toks: Sequence[Tok], norms: Sequence[str], a: int, b: int) -> bool:
    return all(_is_cap(toks[k]) or norms[k] in _NAME_INSIDE for k in range(a, b)) and _is_cap(
        toks[b - 1]
    )


def _left_name(
    toks: Sequence[Tok], norms: Sequence[str], first: int, floor: int
) -> tuple[int, int, str] | None:
    """The name before a figure's comma or parenthesis: ``(start, end, mark)``, ``mark``
    the sign between the name and the figure."""
    k = first - 1
    skipped = 0
    while k > floor and skipped < _HEDGE_MAX and norms[k] in _HEDGES:
        k -= 1  # "Olot, entre 9.000", "la de Reus, en 12.000"
        skipped += 1
    if k <= floor or norms[k] not in (",", "(", ":"):
        return None
    mark = norms[k]
    end = k
    start = end
    while start - 1 > floor and end - start < _NAME_MAX:
        w = norms[start - 1]
        if w in _SEPARATORS or w in (")", "("):
            break
        if w in _JOINS and (start - 2 < floor or norms[start - 2] in _SEPARATORS):
            break  # ", y la de Olot": the join opens the entry
        if mark == "(" and w in _JOINS and not _is_cap(toks[start - 2]):
            break
        if mark == "(" and not (_is_cap(toks[start - 1]) or w in _NAME_INSIDE):
            break  # "… fueron las de Teruel y Huesca (": the names only
        start -= 1
    if start >= end:
        return None
    if mark != "(" and start > 0 and norms[start - 1] not in _SEPARATORS | _JOINS:
        return None  # the name must open its entry
    return start, end, mark


def _right_place(
    toks: Sequence[Tok], norms: Sequence[str], last: int, ceiling: int
) -> tuple[int, int] | None:
    """ "64.000 manifestantes en Reus", "2,500 in Vic": the place after the figure, before
    the next separator or figure."""
    end = min(ceiling, last + _AFTER_MAX)
    for k in range(last, end):
        w = norms[k]
        if w in _SEPARATORS or w in _JOINS or toks[k].kind == "n":
            return None
        if w in _IN and k + 1 < len(toks) and _is_cap(toks[k + 1]):
            j = k + 1
            while j < len(toks) and (
                _is_cap(toks[j]) or (norms[j] in ("de", "del", "-") and j + 1 < len(toks))
            ):
                j += 1
            while j > k + 1 and not _is_cap(toks[j - 1]):
                j -= 1
            if j < len(toks) and norms[j] in _AREA_NOUNS:
                return None  # "in Kano state": the scope stage reads the state
            return k + 1, j
    return None


def _according(norms: Sequence[str], a: int, b: int) -> tuple[int, int] | None:
    """ "(1,750 according to the police)": a source named inside the entry's own span."""
    for k in range(a, b):
        for phrase in _ACCORDING:
            if tuple(norms[k : k + len(phrase)]) == phrase:
                s = k + len(phrase)
                e = s
                while e < b and norms[e] not in _SEPARATORS and norms[e] not in (")", "("):
                    e += 1
                if norms[s : s + 1] and norms[s] in _ARTICLES:
                    s += 1
                return (s, e) if e > s else None
    return None


def find_listing(
    toks: Sequence[Tok], norms: Sequence[str], spans: Sequence[tuple[int, int]] = ()
) -> Listing:
    """The list entries of one sentence (``spans``: its figures' tokens, as the numbers
    stage found them; without them, its digits). A list is two or more figures in a row,
    each after a separator, each naming its place; the figure before the first such entry,
    in the same sentence with nothing but the head between, is the head's own entry."""
    figures = _figures(toks, norms, spans)
    if len(figures) < 2:
        return Listing()
    parts = shared_out(toks, norms, figures)
    found: list[Entry | None] = []
    floor = -1
    for idx, (a, b) in enumerate(figures):
        ceiling = figures[idx + 1][0] if idx + 1 < len(figures) else len(toks)
        entry: Entry | None = None
        name = _left_name(toks, norms, a, floor)
        # the entry's own span: up to the next separator before the next figure
        stop = b
        while stop < ceiling and not (norms[stop] in (";",) or norms[stop] == ")"):
            stop += 1
        if name is not None:
            start, end, mark = name
            place = _place_in(toks, norms, start, end)
            source: tuple[int, int] | None = None
            elided = False
            if norms[start] in _ARTICLES and end - start >= 2 and mark != "(":
                if norms[start + 1] in _OF:
                    elided = True  # "la de Reus"
                elif place is not None and place[0] > start + 1:
                    source = (start + 1, end)  # "la Guardia Urbana de Vic"
            if place is None and mark != "(":
                place, source = _town_body(toks, norms, start, end)  # "the York police"
            if place is not None:
                inside = mark == "(" and stop < ceiling and norms[stop] == ")"
                own = _according(norms, b, stop) if inside else None
                entry = Entry(
                    a, place, own or source, elided and own is None, aside=own is not None
                )
        if entry is None and idx > 0:
            place = _right_place(toks, norms, b, ceiling)
            if place is not None and _opens_entry(norms, floor, a):
                entry = Entry(a, place)
        found.append(entry)
        floor = b - 1
    out: list[Entry] = []
    for idx, entry in enumerate(found):
        if entry is None:
            continue
        opens = idx == 0 or found[idx - 1] is None
        alone = idx + 1 >= len(found) or found[idx + 1] is None
        if opens and alone and not (entry.elided or entry.source is not None):
            continue  # a lone entry is no list, unless it names its own source ("la de Reus")
        if opens and idx > 0:
            out.append(_head(toks, norms, figures, idx - 1, found))
        out.append(entry)
    return Listing(tuple(out), parts)


def _opens_entry(norms: Sequence[str], floor: int, a: int) -> bool:
    """Whether a separator stands between the previous figure and this one."""
    return any(norms[k] in _SEPARATORS or norms[k] in _JOINS for k in range(max(floor, 0), a))


def _head(
    toks: Sequence[Tok],
    norms: Sequence[str],
    figures: Sequence[tuple[int, int]],
    idx: int,
    found: Sequence[Entry | None],
) -> Entry:
    """The head's own entry: the figure before the first entry. Its place and source are
    the ones its clause names in the entries' shape: "la policía local de Girona cifró … en
    20.000; la de Reus, 12.000" (a body "de" a place, parallel to "la de Reus"), "En Motril se
    juntaron 700, otros 450 en Baza" (the place its clause opens with)."""
    a = figures[idx][0]
    lo = a
    while lo > 0 and norms[lo - 1] not in (";", ":") and a - lo < 40:
        lo -= 1
    nxt = next((e for e in found[idx + 1 :] if e is not None), None)
    if nxt is not None and (nxt.elided or nxt.source is not None):
        # the last "la X de A" of the head clause is the head's source and place
        for k in range(a - 1, lo - 1, -1):
            if norms[k] in _OF and k + 1 < a and _is_cap(toks[k + 1]):
                art = k - 1
                while art >= lo and norms[art] not in _ARTICLES and a - art < 40:
                    if norms[art] in _SEPARATORS:
                        art = lo - 1
                        break
                    art -= 1
                if art < lo or k - art < 2:
                    break
                end = k + 2
                while end < a and (_is_cap(toks[end]) or norms[end] in ("-",)):
                    end += 1
                return Entry(a, (k + 1, end), (art + 1, end), head=True)
    if nxt is not None and nxt.place is not None and nxt.place[0] > nxt.number:
        # "El sindicato contó 64.000 en Reus; 31.000 en Vic": the head's own "en A"
        b = figures[idx][1]
        own = _right_place(toks, norms, b, figures[idx + 1][0])
        if own is not None:
            return Entry(a, own, head=True)
        # "En Motril se juntaron 700, otros 450 en Baza": the "en A" of the head's
        # own segment (never an earlier entry's: "…, 27 en Toluca, 9 en el estado de …")
        seg = a
        while seg > lo and norms[seg - 1] != "," and toks[seg - 1].kind != "n":
            seg -= 1
        for k in range(seg, a):
            if norms[k] in _IN and k + 1 < a and _is_cap(toks[k + 1]):
                end = k + 2
                while end < a and _is_cap(toks[end]):
                    end += 1
                return Entry(a, (k + 1, end), head=True)
    return Entry(a, head=True)


def entry_of(listing: Listing, first: int) -> Entry | None:
    """The entry whose figure starts at token ``first`` (``None``: not a list entry)."""
    for e in listing.entries:
        if e.number == first:
            return e
    return None
