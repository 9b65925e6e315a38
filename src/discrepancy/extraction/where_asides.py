"""Places that a sentence names but that are no figure's place outside their own clause
(round 10): a place in a clause that comments on the figure just named ("…18%, a figure
that rose in Cádiz"; "…el 18%, un dato que subió en Jaén"), and the places of a breakdown
("By province, …"; "Por provincias, …"), which are parts of a whole.

The rule: the scope is the place that the figure's own clause ties to it; a place in a
clause about the figure, or an entry of a breakdown, scopes neither the figure before it nor
a figure of another sentence, nor is it the place a whole text is about.

Each test reads a bounded window of text before the place (table look-ups, no regular
expression): linear in the text.
"""

from __future__ import annotations

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = [
    "breakdown_after",
    "breakdown_end",
    "colon_list_after",
    "comment_after",
    "comment_before",
    "figure_in",
    "relative_after",
    "singled_out",
    "whole_list_after",
]

_OPENERS = tables_en.FIGURE_COMMENT_OPENERS + tables_es.FIGURE_COMMENT_OPENERS
_WHOLE_OPENERS = tables_en.PARTITIVE_WHOLE_OPENERS + tables_es.PARTITIVE_WHOLE_OPENERS
_SINGLED = tables_en.PART_SINGLED_OUT + tables_es.PART_SINGLED_OUT
_RELATIVES = tuple(f", {w} " for w in sorted(tables_en.PLACE_RELATIVES | tables_es.PLACE_RELATIVES))
_BREAKDOWNS = tables_en.BREAKDOWN_PHRASES + tables_es.BREAKDOWN_PHRASES
# every phrase holds "by" or "por": `breakdown_end` tests for them first (a test checks it)
_SPAN = 120
"""How many characters before a place the clause about the figure is looked for, and how
far after a number a breakdown's phrase may keep a place from it."""
_LIST_SPAN = 600
"""How far after a whole's number the places of the list of its parts are read (a bound:
each figure reads a window of its own, so the cost stays linear in the text)."""
_COMMENT_SPAN = 300
"""How far after a number a clause about it may run (it may hold a list: "…22%, a figure
that rose in A, stayed at 12% in B and at 5% in C")."""


def _opens_comment(clause: str) -> bool:
    """Whether a clause (the text after a comma, folded) opens with words about a figure."""
    words = tuple(clause.split()[:3])
    return any(words[k : k + len(p)] == p for p in _OPENERS for k in (0, 1) if len(p) + k <= 3)


def comment_after(text: str, last: int, start: int) -> bool:
    """Whether a place at ``start``, after a number ending at ``last``, stands in a clause
    that comments on that figure ("18%, a figure that rose in Cádiz"): a comma after the
    number opens the clause, with no ";" between."""
    between = text[last:start]
    if start - last > _COMMENT_SPAN or ";" in between or "," not in between:
        return False
    pieces = fold(between).split(",")
    return any(_opens_comment(p) for p in pieces[1:])


def comment_before(text: str, lo: int, start: int) -> bool:
    """Whether a place at ``start`` of a sentence starting at ``lo`` is in a clause about a
    figure ("…, un dato que subió en Cádiz"): the text since the last comma before it opens
    with words about a figure, with no ";" between."""
    before = fold(text[max(lo, start - _SPAN) : start])
    cut = before.rfind(",")
    return cut >= 0 and ";" not in before[cut:] and _opens_comment(before[cut + 1 :])


def breakdown_after(text: str, last: int, start: int) -> bool:
    """Whether a breakdown's phrase ("by province", "por provincias") stands between a
    number ending at ``last`` and a place at ``start``: the place is a part's, not the
    figure's."""
    if start - last > _SPAN:
        return False
    return breakdown_end(fold(text[last:start])) >= 0


def colon_list_after(text: str, last: int, start: int, number_words: frozenset[str]) -> bool:
    """Whether a place at ``start`` stands in a list of figures that a colon opens after the
    number ending at ``last`` ("son 11 los muertos: nueve en Córdoba, uno en San Luis";
    "11 died: 9 in Cordoba, 2 in San Luis"): the place is an entry's, a part of the whole
    the number before the colon gives (h-where). The colon is looked for at most `_SPAN`
    characters after the number; the list after it runs on to the place."""
    cut = text.find(":", last, min(start, last + _SPAN))
    return _opens_list(text, cut, last, start, number_words)


def whole_list_after(
    text: str, first: int, last: int, start: int, number_words: frozenset[str]
) -> bool:
    """Whether a place at ``start`` stands in the list of parts after a whole that opens
    with a partitive ("Of the 64 deaths, 29 were in Veracruz, 13 in Puebla"; "De los 64
    muertos, 29 fueron en Veracruz"): the comma after the whole opens the parts (h-where)."""
    before = fold(text[max(0, first - 16) : first]).rstrip()
    if not any(before == w or before.endswith(f" {w}") for w in _WHOLE_OPENERS):
        return False
    cut = text.find(",", last, min(start, last + _SPAN))
    return _opens_list(text, cut, last, start, number_words)


def _opens_list(text: str, cut: int, last: int, start: int, number_words: frozenset[str]) -> bool:
    """Whether the mark at ``cut`` (-1: none), after a number ending at ``last`` and before
    a place at ``start``, opens a list whose first word is a number."""
    if cut < 0 or start - last > _LIST_SPAN or ";" in text[last:start]:
        return False
    words = fold(text[cut + 1 : min(start, cut + 1 + _SPAN)]).split()
    if not words:
        return False
    first = words[0].strip(".,;()")
    return first[:1].isdecimal() or first in number_words


def singled_out(text: str, lo: int, start: int) -> bool:
    """Whether a place at ``start`` is a part that its clause singles out, after a comma at
    or after ``lo`` (a figure's end, or its sentence's start), of a wider place ("…murieron
    en el centro del país, en particular en Arlo"; "…, especially in Arlo"): it is not the
    figure's place, nor the default of another sentence (h-where)."""
    before = fold(text[max(lo, start - 30) : start]).rstrip()
    return any(before.endswith(f", {p}") for p in _SINGLED)


def relative_after(text: str, last: int, start: int) -> bool:
    """Whether a relative of place (", where", ", donde") stands between a number ending at
    ``last`` and a place at ``start``: the place is in a clause about the place before the
    relative ("11 died in Arlo, where a man fell into a canal in Benn"), not the figure's
    (h-where)."""
    if start - last > _COMMENT_SPAN:
        return False
    between = fold(text[last:start])
    return any(r in between for r in _RELATIVES)


def breakdown_end(folded: str) -> int:
    """Where the first breakdown's phrase of ``folded`` (a folded sentence or span) ends, as
    whole words; -1 without one."""
    best = -1
    if "by" not in folded and "por" not in folded:
        return best  # every phrase holds one of them: most sentences are done here
    for phrase in _BREAKDOWNS:
        k = folded.find(phrase)
        while k >= 0:
            end = k + len(phrase)
            if (k == 0 or not folded[k - 1].isalpha()) and (
                end == len(folded) or not folded[end].isalpha()
            ):
                best = end if best < 0 else min(best, end)
                break
            k = folded.find(phrase, k + 1)
    return best


_MONTHS = frozenset(tables_en.MONTHS) | frozenset(tables_es.MONTHS)
_DATE_LINKS = frozenset({"de", "of"})


def figure_in(text: str) -> bool:
    """Whether ``text`` holds a figure that is not part of a date: "lo elevan al 61%" does;
    "since the war began on Oct. 7", "el 7 de octubre" and "in 2023" do not (a number next
    to a month's name, or a year from 1800 to 2100, is a date's). One pass over the words."""
    words = [w.strip(".,;:()«»\"'“”¿?¡!") for w in fold(text).split()]
    for k, word in enumerate(words):
        if not any(ch.isdecimal() for ch in word):
            continue
        digits = "".join(ch for ch in word if ch.isdecimal())
        if len(digits) == 4 and word == digits and 1800 <= int(digits) <= 2100:
            continue  # a year
        before = words[k - 1] if k else ""
        after = words[k + 1 : k + 3]
        month_after = bool(after) and (
            after[0] in _MONTHS or (after[0] in _DATE_LINKS and after[1:2] and after[1] in _MONTHS)
        )
        if before in _MONTHS or month_after:
            continue  # "Oct. 7", "7 de octubre", "7 October"
        return True
    return False
