"""g-what: in a document about several diseases, each death and case count keeps its disease.

"Cholera has killed 120 people this year … Dengue has caused 45 deaths": read as bare
`deaths`, the dengue toll was a revision of the cholera one. A document rule (after
`discrepancy.extraction.document.read_document`), only where the document names two
diseases or more (`DISEASE_NAMES`, one name per disease through `DISEASE_METRIC_KEYS`): a
figure counted as bare `deaths` or `cases` is narrowed to the disease its sentence names
for it ("deaths:cholera"):

* the disease right after it, its own phrase ("120 cholera deaths", "45 muertes por
  dengue", "45 people died of dengue": at most `_AFTER` words, no "and" / "y" / comma
  between);
* else the nearest disease named before it in its sentence ("Dengue, meanwhile, has caused
  45 deaths", "cholera had killed 120").

A figure whose sentence names no disease keeps its bare metric. A document that names one
disease only is left to `discrepancy.extraction.counted_cases.document_disease`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.metrics import qualified

__all__ = ["deaths_by_disease"]

_NAMES = tables_en.DISEASE_NAMES + tables_es.DISEASE_NAMES
_KEYS = tables_en.DISEASE_METRIC_KEYS | tables_es.DISEASE_METRIC_KEYS
_FIRSTS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _name in sorted(_NAMES, key=len, reverse=True):
    _FIRSTS[_name[0]] = (*_FIRSTS.get(_name[0], ()), _name)
_BARE = frozenset({"deaths", "cases"})
_AFTER = 4
"""At most this many words between a figure and the disease of its own phrase."""
_BREAKS = frozenset({"and", "y", "e", ",", ";", "while", "mientras", "but", "pero"})
_WORD = re.compile(r"\w+|[^\w\s]")


class _Quantity(Protocol):
    @property
    def surface(self) -> str: ...


class _Draft(Protocol):
    metric: str
    start: int  # the sentence's span
    end: int

    @property
    def quantity(self) -> _Quantity: ...


def _mentions(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of ``text[start:end]`` as (start, end, folded), and where diseases are."""
    return [
        (m.start() + start, m.end() + start, fold(m.group()))
        for m in _WORD.finditer(text[start:end])
    ]


def _diseases(words: Sequence[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(word index, disease key) of each disease the words name."""
    found = []
    norms = [w for _, _, w in words]
    for k, w in enumerate(norms):
        for name in _FIRSTS.get(w, ()):
            if tuple(norms[k : k + len(name)]) == name:
                words_ = " ".join(name)
                found.append((k, _KEYS.get(words_, words_)))
                break
    return found


def _disease_for(
    words: Sequence[tuple[int, int, str]], found: Sequence[tuple[int, str]], at: tuple[int, int]
) -> str | None:
    first = next((k for k, (s, _, _) in enumerate(words) if s >= at[0]), len(words))
    last = next((k for k, (s, _, _) in enumerate(words) if s >= at[1]), len(words))
    for k, key in found:
        if last <= k <= last + _AFTER and not any(w in _BREAKS for _, _, w in words[last:k]):
            return key
    before = [key for k, key in found if k < first]
    return before[-1] if before else None


def deaths_by_disease(text: str, drafts: Sequence[_Draft]) -> None:
    """Narrow each bare death or case count to the disease its sentence names for it, in
    place, where the document names two diseases or more."""
    if not any(d.metric in _BARE for d in drafts):
        return
    every = _diseases(_mentions(text, 0, len(text)))
    if len({key for _, key in every}) < 2:
        return
    cursor: dict[int, int] = {}  # per sentence start: where the next figure is looked for
    for d in drafts:
        surface = d.quantity.surface
        at = text.find(surface, cursor.get(d.start, d.start), d.end) if surface else -1
        if at < 0:
            continue
        cursor[d.start] = at + len(surface)
        if d.metric not in _BARE:
            continue
        words = _mentions(text, d.start, d.end)
        found = _diseases(words)
        key = _disease_for(words, found, (at, at + len(surface))) if found else None
        if key is not None:
            d.metric = qualified(d.metric, key)
