"""Figures paired with places by "respectively" / "respectivamente" (session 12, h-what).

"Police held 40 and 25 people in Lyon and Marseille, respectively", "en Soria y Teruel se
contaron 120 y 85 detenidos, respectivamente": the i-th figure of a run of coordinated
figures counts the i-th place of a run of coordinated places of as many names. Without the
word, or where the two runs differ in length, nothing is paired (the usual reading decides).

One pass over the sentence's characters and its places: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.where_marks import Place

__all__ = ["respective_place"]

_WORDS = tables_en.RESPECTIVE_WORDS | tables_es.RESPECTIVE_WORDS
_JOINS = tables_en.RESPECTIVE_JOINS | tables_es.RESPECTIVE_JOINS
_FIGURE = re.compile(r"\d[\d.,]*\d|\d")
_UNIT = re.compile(r"\s*(?:%|por ciento|per ?cent)")
_WORD = re.compile(r"[a-z]+")


def respective_place(
    text: str, start: int, end: int, first: int, places: Sequence[tuple[int, int, Place]]
) -> Place | None:
    """The place paired by "respectively" with the figure at character ``first`` of the
    sentence ``text[start:end]`` (``places``: the sentence's places, in order), else None."""
    sentence = fold(text[start:end])
    if _WORDS.isdisjoint(_WORD.findall(sentence)):
        return None
    figures = []
    for found in _FIGURE.finditer(sentence):
        unit = _UNIT.match(sentence, found.end())
        figures.append((found.start() + start, (unit.end() if unit else found.end()) + start))
    run = _run_holding(text, figures, first)
    if run is None:
        return None
    index, size = run
    own = [p for p in places if start <= p[0] and p[1] <= end]
    lo = 0
    while lo < len(own):
        hi = lo
        while hi + 1 < len(own) and _joined(text, own[hi][1], own[hi + 1][0]):
            hi += 1
        if hi - lo + 1 == size:
            return own[lo + index][2]
        lo = hi + 1
    return None


def _run_holding(text: str, spans: Sequence[tuple[int, int]], first: int) -> tuple[int, int] | None:
    """(the figure's place in its run of coordinated figures, the run's length), when the
    figure at ``first`` stands in a run of two or more."""
    at = next((k for k, (s, e) in enumerate(spans) if s <= first < e or first == s), None)
    if at is None:
        return None
    lo = at
    while lo > 0 and _joined(text, spans[lo - 1][1], spans[lo][0]):
        lo -= 1
    hi = at
    while hi + 1 < len(spans) and _joined(text, spans[hi][1], spans[hi + 1][0]):
        hi += 1
    return (at - lo, hi - lo + 1) if hi > lo else None


def _joined(text: str, end: int, start: int) -> bool:
    """Whether only a comma or a coordinator stands between two names or figures."""
    if start - end > 12:
        return False
    gap = fold(text[end:start]).replace(",", " , ").split()
    return bool(gap) and all(w in _JOINS for w in gap) and gap.count(",") <= 1
