"""Revisions stage: which figures a source gave first and later replaced.

A figure is a source's *earlier* one when a cue before it in its sentence says so ("he had
initially said 30", "the previous estimate of 384", "253, down from an earlier 359", "estimó
en un principio 500.000", "el primer dato … 76 fallecidos"), and no word that opens the
later figure's clause ("then", "later", "luego", "tras actualizarlo") stands between. The
document rules (`discrepancy.extraction.claims`) link each earlier figure to the later one of
the same source and metric (``supersedes``): a revision, never a range, a part or a whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["earlier_cue"]

_CUES = tables_en.EARLIER_CUES | tables_es.EARLIER_CUES
_CUE_FIRSTS = frozenset(cue[0] for cue in _CUES)
_LATER = tables_en.LATER_MARKS | tables_es.LATER_MARKS
_NOT_LATER_BEFORE = frozenset({"de"})
"""Words after a later mark that make it a preposition: "luego de su visita" (after it)."""
_ARTICLES = frozenset({"el", "la", "lo", "los", "las"})
"""Before "primero" they make it a noun ("el primero de los 30"), not "at first"."""
_REACH = 40
"""How many words before a figure its cue is looked for."""


def earlier_cue(norms: Sequence[str], first: int) -> bool:
    """Whether an earlier-figure cue governs the figure starting at token ``first``: a cue
    before it in the sentence, with no later mark (nor ";") between. One backward pass over
    the words before the figure."""
    for k in range(first - 1, max(first - _REACH, 0) - 1, -1):
        w = norms[k]
        if w == ";" or (w in _LATER and (k + 1 >= first or norms[k + 1] not in _NOT_LATER_BEFORE)):
            return False
        if w in _CUE_FIRSTS and not (w == "primero" and k > 0 and norms[k - 1] in _ARTICLES):
            for cue in _CUES:
                if cue[0] == w and tuple(norms[k : k + len(cue)]) == cue and k + len(cue) <= first:
                    return True
    return False
