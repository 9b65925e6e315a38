"""A bare figure that goes on with the count before it (session 13, h-what).

Two shapes, both with no noun after the figure:

* a gapped clause, whose verb is the one before it, left out: "Las FARC retienen a 700. El
  ELN, a 240. Los paramilitares, a 300." A short subject (an article and at most two words)
  opens its clause, a comma and "a" / "to" follow, then the figure: it counts what the figure
  before counted;
* a figure held with no population of its own ("mantiene en su poder a 240", "is holding 40
  more") where the figure before was a count of people held: it is held as they are (hostages
  in a kidnapping text), not the default stock of prisoners (`reading.py` checks the kind).
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction.counted_govern import held_before
from discrepancy.extraction.lexicon import Lexicon

__all__ = ["gapped", "held_bare"]

_ARTICLES = frozenset({"el", "la", "los", "las", "the"})
_GAP_LINKS = frozenset({"a", "al", "to"})
_OPENERS = frozenset({".", ";", ":"})
_SUBJECT_WORDS = 3
"""At most this many words of the gapped clause's subject, its article first."""


def gapped(norms: Sequence[str], first: int) -> bool:
    """Whether the figure at ``first`` closes a gapped clause: "Los paramilitares, a 300"."""
    if first < 4 or norms[first - 1] not in _GAP_LINKS or norms[first - 2] != ",":
        return False
    for k in range(first - 3, max(first - 3 - _SUBJECT_WORDS, -1), -1):
        if norms[k] in _ARTICLES:
            return k == 0 or norms[k - 1] in _OPENERS
    return False


def held_bare(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """Whether a hold verb governs the figure at ``first`` ("mantiene en su poder a 240")."""
    return held_before(norms, first, lex)
