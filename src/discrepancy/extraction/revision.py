"""Revisions stage: which figures a source gave first and later replaced.

A figure is a source's *earlier* one when a cue before it in its sentence says so ("she had
initially put it at 45", "the previous estimate of 212", "148, down from an earlier 176", "estimó
en un principio 500.000", "el primer dato … 76 fallecidos"), and no word that opens the
later figure's clause ("then", "later", "luego", "tras actualizarlo") stands between.
`link_earlier()`, one of the document rules that `discrepancy.extraction.claims` applies,
links each earlier figure to the later one of the same source and metric (``supersedes``): a
revision, never a range, a part or a whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.extraction import tables_en, tables_es

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft

__all__ = ["earlier_cue", "link_earlier"]

_CUES = tables_en.EARLIER_CUES | tables_es.EARLIER_CUES
_CUE_FIRSTS = frozenset(cue[0] for cue in _CUES)
_LATER = tables_en.LATER_MARKS | tables_es.LATER_MARKS
_NOT_LATER_BEFORE = frozenset({"de"})
"""Words after a later mark that make it a preposition: "luego de su visita" (after it)."""
_ARTICLES = frozenset({"el", "la", "lo", "los", "las"})
"""Before "primero" they make it a noun ("el primero de los 30"), not "at first"."""
_REACH = 40
_CHANGED = (
    tables_en.REVISE_WORDS
    | tables_es.REVISE_WORDS
    | tables_en.CHANGE_VERBS
    | tables_es.CHANGE_VERBS
)
"""Verbs of a change between a cue and a figure: the figure is the new one ("menciona
inicialmente 2.500 …, y esta cifra se redujo …, lo que deja 1.900")."""
_FELL_TO = frozenset({"a", "hasta"})
"""After "bajó" ("la cifra bajó a 1.900"): "bajo" alone is also "under"."""
"""How many words before a figure its cue is looked for."""


def earlier_cue(norms: Sequence[str], first: int) -> bool:
    """Whether an earlier-figure cue governs the figure starting at token ``first``: a cue
    before it in the sentence, with no later mark (nor ";") between. One backward pass over
    the words before the figure."""
    for k in range(first - 1, max(first - _REACH, 0) - 1, -1):
        w = norms[k]
        if w == ";" or (w in _LATER and (k + 1 >= first or norms[k + 1] not in _NOT_LATER_BEFORE)):
            return False
        if w in _CHANGED or (w == "bajo" and k + 1 < first and norms[k + 1] in _FELL_TO):
            return False  # "inicialmente 2.500 …, la cifra bajó a 1.900": 1.900 is the new one
        if w in _CUE_FIRSTS and not (w == "primero" and k > 0 and norms[k - 1] in _ARTICLES):
            for cue in _CUES:
                if cue[0] == w and tuple(norms[k : k + len(cue)]) == cue and k + len(cue) <= first:
                    return True
    return False


EARLIER_BACK = 2
"""How many sentences back the figure replacing an earlier one is looked for ("X now says
39. He had initially said 30."); forward, only the next sentence."""


def link_earlier(drafts: list[Draft], candidates: int) -> None:
    """Link each earlier figure ("initially put it at 45", "the previous estimate of 212") to the
    figure of its source that replaced it: the nearest other figure of the same metric (or a
    generic "people" one, which takes the earlier's metric) and unit, of a different value,
    first in the earlier's own sentence, then up to `EARLIER_BACK` sentences back, then in the
    next sentence, among the ``candidates`` drafts either side. Across sentences the two must
    have one source (or one names none). The earlier figure is then no part and no whole: a
    revision only."""
    for k, old in enumerate(drafts):
        if not old.earlier or any(d.supersedes_draft == k for d in drafts):
            continue
        window = range(max(0, k - candidates), min(len(drafts), k + candidates))
        order = sorted(
            (w for w in window if _near(drafts[w].sentence, old.sentence)),
            key=lambda w: _rank(drafts[w].sentence - old.sentence, w - k),
        )
        for w in order:
            new = drafts[w]
            if _replaces(new, old):
                new.supersedes_draft = k
                new.metric = old.metric if new.metric in _GENERIC else new.metric
                old.part_of_draft = None
                for d in drafts:
                    if d.part_of_draft == k:
                        d.part_of_draft = None
                break


_GENERIC = tables_en.GENERIC_PEOPLE | tables_es.GENERIC_PEOPLE


def _replaces(new: Draft, old: Draft) -> bool:
    """Whether ``new`` may be the figure that replaced the earlier figure ``old``."""
    if new is old or new.earlier or new.increment or new.difference or new.subset or new.refers:
        return False
    if new.part_of_draft is not None:
        return False  # a part of another count never replaces a figure
    if new.supersedes_draft is not None or new.quantity.unit != old.quantity.unit:
        return False
    if new.metric != old.metric and new.metric not in _GENERIC:
        return False
    if new.quantity.interval.overlaps(old.quantity.interval):
        return False
    if _apart(new, old):
        return False  # "57 this year, up from 40 last year": two periods, not a revision
    keys = {c.key for c in old.claimants}
    other = {c.key for c in new.claimants}
    return new.sentence == old.sentence or not keys or not other or keys == other


def _apart(a: Draft, b: Draft) -> bool:
    """Whether two figures are dated by their text to periods that do not meet."""
    if not (a.dated and b.dated) or a.as_of is None or b.as_of is None:
        return False
    a_start = a.as_of.start or dt.date.min
    b_start = b.as_of.start or dt.date.min
    return a.as_of.end < b_start or b.as_of.end < a_start


def _near(sentence: int, earlier: int) -> bool:
    return -EARLIER_BACK <= sentence - earlier <= 1


def _rank(apart: int, offset: int) -> tuple[int, int, int]:
    """Its own sentence first (the figures after the earlier one first: "estimó en un
    principio 500.000 y, tras actualizarlo, un millón"; then those before it: "over 450, more
    than twice the previous estimate of 212"), then the sentences before (nearest first),
    then the next."""
    sentence = 0 if apart == 0 else (abs(apart) if apart < 0 else EARLIER_BACK + 1)
    return (sentence, 0 if apart == 0 and offset > 0 else 1, abs(offset))
