"""Where the source stands, read from the phrase that governs a place (round 8, audit4 P5).

A place is the speaker's, not where a figure counts, when the words before it make it the
complement of a speaker or of an act of speaking: a speech verb or a spokesperson's noun, then
"in"/"en"/"from"/"desde" ("said on Monday in Geneva", "a spokesman in Rome", "agency spokesman
Tom Reyes in Vienna", "dijo este lunes en Temuco"); a visit ("de visita en la ciudad de Temuco",
"during a visit to Lyon"); or a place naming an office it holds ("the agency's Lisbon office", "the
agency's Geneva headquarters"). The words are classes in `tables_en` / `tables_es`
(``SPEAKER_PLACE_HEADS``, ``VISIT_OPENERS``, ``SPEAKER_SKIPPED``, ``SEAT_NOUNS``); a comma, a
digit or another content word between them ends the phrase, so "said 40 died in Jalisco" keeps
Jalisco. Each call reads a fixed window of characters: linear in the text.
"""

from __future__ import annotations

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = ["speakers_phrase"]

_HEADS = tables_en.SPEAKER_PLACE_HEADS | tables_es.SPEAKER_PLACE_HEADS
_NAMED_HEADS = tables_en.SPEAKER_PLACE_NOUNS | tables_es.SPEAKER_PLACE_NOUNS
_SKIPPED = tables_en.SPEAKER_SKIPPED | tables_es.SPEAKER_SKIPPED
_VISITS = tables_en.VISIT_OPENERS + tables_es.VISIT_OPENERS
_SEATS = tables_en.SEAT_NOUNS | tables_es.SEAT_NOUNS
_PREPOSITIONS = frozenset({"in", "en", "from", "desde"})
_CITY_OF = (("the", "city", "of"), ("la", "ciudad", "de"), ("city", "of"), ("ciudad", "de"))
_LAST_WORDS = _PREPOSITIONS | frozenset(v[-1] for v in _VISITS) | frozenset(c[-1] for c in _CITY_OF)
"""The words a phrase of `speakers_phrase` may end on, right before the place."""
_WINDOW = 80
_CHAIN_WINDOW = 140
"""How far before a place a visit's opener may stand, through an apposition."""
_APPOSITIVE = tables_en.APPOSITION_WORDS | tables_es.APPOSITION_WORDS
"""How many characters before a place are read."""
_GAP = 3
"""How many skipped words (a day, "on", "este lunes") may stand between the head and "in"."""
_NAME = 3
"""How many capitalised words (a spokesperson's name) may stand between the noun and "in"."""


def speakers_phrase(text: str, start: int, end: int) -> bool:
    """Whether the place at ``text[start:end]`` is where a source speaks or sits, by the
    phrase that governs it (see the module docstring)."""
    after = text[end : end + 16].split(None, 1)
    if after and fold(after[0]).strip(".,;:") in _SEATS:
        return True  # "the agency's Lisbon office said": where the body sits
    # the place may stand in apposition to a visit's ("de visita en Temuco, a 670 kilómetros
    # al sur de la capital, en la región de La Araucanía")
    return _governed(text, start) or _visit_chain(text, start) or _outlet(text, start)


_MEDIA = tables_en.MEDIA_NOUNS | tables_es.MEDIA_NOUNS


def _outlet(text: str, start: int) -> bool:
    """Round 12: whether the place at ``start`` follows "in"/"en" right after an outlet's
    noun ("The Daily Mail in England reported …", "un diario en Londres"): where the
    outlet is, not where what it reports happened."""
    words = text[max(0, start - 24) : start].split()
    return (
        len(words) >= 2
        and fold(words[-1]) in ("in", "en")
        and fold(words[-2]).strip("'’") in _MEDIA
    )


def _governed(text: str, start: int) -> bool:
    """Whether a speaker's phrase or a visit's opener ends right before ``start``."""
    last = text[max(0, start - 16) : start].rsplit(None, 1)
    if not last or fold(last[-1]) not in _LAST_WORDS:
        return False  # no phrase of a speaker, a visit or "the city of" ends on that word
    shown = text[max(0, start - _WINDOW) : start].split()
    words = [fold(w) for w in shown]
    # "la ciudad de Temuco", "the city of Lyon": read the words before that
    for tail in _CITY_OF:
        if tuple(words[-len(tail) :]) == tail:
            del words[-len(tail) :], shown[-len(tail) :]
            break
    if _visit(words):
        return True
    if not words or words[-1] not in _PREPOSITIONS:
        return False
    k = len(words) - 2
    # a day or a time word ("said on Monday in", "dijo hoy en") or a spokesperson's name
    # ("spokesman Tom Reyes in Vienna") between the head and "in"
    names = gap = 0
    while k >= 0 and (shown[k][-1:] not in ",;:." or _initial(shown[k])):
        if words[k] in _SKIPPED and gap < _GAP:
            gap += 1
        elif shown[k][:1].isupper() and words[k] not in _HEADS and names < _NAME:
            names += 1
        else:
            break
        k -= 1
    if k < 0 or shown[k][-1:] in ",;:.":
        return False
    return words[k] in (_NAMED_HEADS if names else _HEADS)


def _visit_chain(text: str, start: int) -> bool:
    """Whether the words before ``start`` run back, through words of an apposition only
    (capitalised names, numbers, `_APPOSITIVE`: "a 200 kilómetros al sur de", "en la región
    del"), to a visit's opener and its place: the place is where the visit is too."""
    raw = text[max(0, start - _CHAIN_WINDOW) : start]
    if "visit" not in raw.lower() and "gira" not in raw.lower():
        return False
    shown = raw.split()
    words = [fold(w).strip(",") for w in shown]
    j = len(words)
    while j > 0:
        w, s = words[j - 1], shown[j - 1]
        if s.endswith(".") and not (len(s) <= 4 or w[:1].isdecimal()):
            return False  # a sentence ends
        if not (s[:1].isupper() or w in _APPOSITIVE or w.replace(".", "").isdecimal()):
            return False
        j -= 1
        if shown[j][:1].isupper() and j < len(words) - 1 and _visit(_no_city_of(words[:j])):
            return True
    return False


def _no_city_of(words: list[str]) -> list[str]:
    """The words without a closing "la ciudad de" / "the city of"."""
    for tail in _CITY_OF:
        if tuple(words[-len(tail) :]) == tail:
            return words[: -len(tail)]
    return words


def _initial(word: str) -> bool:
    """Whether a word is a name's initial ("A." in "Ana B. Ruiz")."""
    return len(word) == 2 and word[0].isupper() and word[1] == "."


def _visit(words: list[str]) -> bool:
    """Whether the words end with a visit's opener ("de visita en", "during a visit to",
    "visiting")."""
    return any(len(words) >= len(v) and tuple(words[-len(v) :]) == v for v in _VISITS)
