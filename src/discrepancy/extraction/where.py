"""Where a count is about: a prison or state named after the number (a part of a whole), or
the whole country ("nationwide", "in Venezuela")."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.where_outside import left_out

__all__ = ["find_scope", "scope_cues"]

SPAN = 16
"""How many tokens after the number a place is looked for."""

_PLACES = frozenset(
    {
        "prison",
        "jail",
        "penitentiary",
        "detention",
        "carcel",
        "penal",
        "prision",
        "centro",
        "center",
        "centre",
        "camp",
        "facility",
    }
)
_STATES = frozenset({"state", "estado", "province", "provincia"})
_NATIONAL = (
    ("nationwide",),
    ("in", "the", "country"),
    ("across", "the", "country"),
    ("en", "el", "pais"),
    ("en", "todo", "el", "pais"),
    ("a", "nivel", "nacional"),
)
_IN = frozenset({"in", "en", "across"})
_ENTRY_JOINS = frozenset({",", ";", "and", "y", "e"})
"""What opens the next entry of a list before its number ("40 in Jalisco, 12 in Colima")."""
_CUES = _PLACES | _STATES | _IN | frozenset(p[0] for p in _NATIONAL)


def scope_cues(norms: Sequence[str]) -> list[int]:
    """The tokens of a sentence where a scope can be read (once per sentence)."""
    return [j for j, w in enumerate(norms) if w in _CUES]


def find_scope(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    cues: Sequence[int],
    k: int,
    hi: int,
    lex: Lexicon,
    country: Callable[[], str | None],
) -> tuple[str | None, bool]:
    """A place named in ``[k, min(hi, k + SPAN))``: (place, whether it is a part of the
    country) or (country, False) for a national count; ``cues`` from `scope_cues()`."""
    end = _next_entry(toks, norms, k, min(hi, k + SPAN, len(toks)), lex)
    for j in cues[bisect.bisect_left(cues, k) :]:
        if j >= end:
            break
        w = norms[j]
        if w in _PLACES and j > 0 and toks[j - 1].cap:
            first = j - 1
            while first > k and (toks[first - 1].cap or norms[first - 1] in ("de", "la")):
                first -= 1
            last = j + 1 if j + 1 < len(toks) and norms[j + 1] in ("center", "centre") else j
            if left_out(text, toks[first].start):
                continue  # session 10: "outside Lara prison" is no count of that prison
            return text[toks[first].start : toks[last].end], True
        if w in _STATES and j + 1 < end:
            nxt = j + 2 if norms[j + 1] in ("of", "de") else j + 1
            if nxt < len(toks) and toks[nxt].cap:
                # "el estado de México", "the state of Niger": the state, never the country
                # of that name (the whole phrase reads back as the state)
                first = j if norms[nxt] in lex.countries else nxt
                if left_out(text, toks[j].start):
                    continue  # "fuera de la provincia de Huelva": read by `where_outside`
                if _qualifies_town(toks, norms, j, k):
                    continue  # g-where: "in Kolaro, in the state of Jalisco": the town's
                return text[toks[first].start : toks[nxt].end], True
        for phrase in _NATIONAL:
            if tuple(norms[j : j + len(phrase)]) == phrase:
                return country(), False
        if w in _IN and j + 1 < end and toks[j + 1].cap:
            hit = lex.countries.get(norms[j + 1])
            if hit is not None:
                return hit[0], False
    return None, False


def _qualifies_town(toks: Sequence[Tok], norms: Sequence[str], j: int, k: int) -> bool:
    """Whether the state descriptor at ``j`` only qualifies a town written before it and a
    comma ("in Kolaro, in the state of Jalisco", "en San Telmo, en el estado de México"):
    the town is the place, read with the gazetteer's places (g-where)."""
    i = j - 1
    while i > k and norms[i] in _KIND_WORDS:
        i -= 1
    return i > k + 1 and norms[i] == "," and toks[i - 1].cap


_KIND_WORDS = tables_en.PLACE_KIND_WORDS | tables_es.PLACE_KIND_WORDS


def _next_entry(toks: Sequence[Tok], norms: Sequence[str], k: int, end: int, lex: Lexicon) -> int:
    """Where the next entry of a list starts, before ``end``: a number (digits or a number
    word) after a comma or "and"/"y" ("40 muertos en Jalisco, 12 en el estado de Colima"): the
    place after it is that entry's, never the first number's (audit2 P3)."""
    for j in range(k + 1, end):
        if norms[j - 1] in _ENTRY_JOINS and (toks[j].kind == "n" or norms[j] in lex.number_words):
            return j
    return end
