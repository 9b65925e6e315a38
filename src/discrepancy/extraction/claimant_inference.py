"""Figures the outlet infers from a source's figure (helper h-who-en).

"Officials raised the toll to 228, meaning that the total now stands at 282, AP reported":
the clause after ", meaning (that)" / ", which means" draws a figure from the source's; the
source did not state it. Such a figure takes the relay that closes the sentence (the outlet
that did the sum), or no source at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["inference_at"]

_INFERENCE = tables_en.INFERENCE_VERBS | tables_es.INFERENCE_VERBS
_OPENERS = frozenset({",", "which", "that", "lo", "que", "cual"})
_REACH = 20
"""How many words back from a figure its clause's inference word is looked for."""
_STOPS = frozenset({".", ";", ":"})


def inference_at(norms: Sequence[str], first: int) -> int:
    """The index of the inference word ("meaning", "which means", "lo que significa") that
    opens the clause of the figure at ``first``, or -1: the word must follow a comma or a
    relative ("by means of" is no inference), with no other comma between it and the
    figure."""
    for k in range(first - 1, max(-1, first - 1 - _REACH), -1):
        w = norms[k]
        if w in _STOPS or (w == "," and k < first - 1 and norms[k + 1] not in _INFERENCE):
            return -1
        if w in _INFERENCE and k > 0 and norms[k - 1] in _OPENERS:
            return k
    return -1
