"""A rule's bar is no count of people (session 13, h-what).

"Parties must clear a 5% threshold", "a minimum 30 percent turnout is required for the vote
to be valid", "la ley exige una participación mínima del 40%", "el umbral del 3%": the figure
is what a rule asks for, not how many people voted or struck, so it is never set against the
turnout the text reports. Read from the words right around the figure (the tables'
``THRESHOLD_NOUNS``, ``MINIMUM_WORDS`` and ``REQUIREMENT_WORDS``, same names in both
languages):

* a threshold noun right after the figure ("a 5% threshold") or before it past "of" / "del"
  ("the quorum of 50 percent");
* a minimum just before the figure ("a minimum 30 percent", "mínima del 40%") in a sentence
  with a word of a rule ("required", "exige"). Without one, "a minimum of 30 people" is a
  hedge of a count.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["threshold"]

_NOUNS = tables_en.THRESHOLD_NOUNS | tables_es.THRESHOLD_NOUNS
_MINIMUM = tables_en.MINIMUM_WORDS | tables_es.MINIMUM_WORDS
_RULES = tables_en.REQUIREMENT_WORDS | tables_es.REQUIREMENT_WORDS
_LINKS = frozenset({"a", "al", "de", "del", "el", "la", "of", "the"})
_REACH = 3
"""At most this many words before the figure its threshold noun or minimum may stand."""


def threshold(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether the figure at tokens ``first:last`` is a rule's bar."""
    if last < len(norms) and norms[last] in _NOUNS:
        return True  # "a 5% threshold"
    for k in range(first - 1, max(first - 1 - _REACH, -1), -1):
        w = norms[k]
        if w in _NOUNS:
            return True  # "the quorum of 50 percent", "el umbral del 3%"
        if w in _MINIMUM:
            return not _RULES.isdisjoint(norms)  # "a minimum 30 percent … is required"
        if w not in _LINKS:
            return False
    return False
