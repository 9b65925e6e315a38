"""A zero said in words: nobody died (round 12, issue 9).

A source that denies any death gives a figure: 0. "No one had died of hunger", "nadie murió",
"ninguna muerte", "no death was recorded" are the speaker's count of the dead, exactly zero,
and another source's 23 is a gap with it (audit 8, P2). The rule: "no one" / "nobody" /
"nadie" followed (past auxiliaries, ``ZERO_AUXILIARIES``) by a verb of dying
(``ZERO_DEATH_VERBS``), and "no" / "ningún" / "ninguna" before a singular noun of a death
(``ZERO_DEATH_NOUNS``), read as the figure 0 whose words are those of the phrase. Only deaths
are read so: a denied injury or arrest is left alone (the clause reader reads their nouns in
the plural, "no arrests", already).

`discrepancy.extraction.numbers` asks `zero_span` where a word of "no" opens.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["nobody_died", "zero_span"]

_NOBODY = tables_en.NOBODY_WORDS | tables_es.NOBODY_WORDS
_DEATH_NOUNS = tables_en.ZERO_DEATH_NOUNS | tables_es.ZERO_DEATH_NOUNS
_AUXILIARIES = tables_en.ZERO_AUXILIARIES | tables_es.ZERO_AUXILIARIES
_DEATH_VERBS = tables_en.ZERO_DEATH_VERBS | tables_es.ZERO_DEATH_VERBS
_AUX_REACH = 3
"""At most this many auxiliaries between "no one" and its verb ("had not been killed")."""


def zero_span(norms: Sequence[str], i: int) -> int | None:
    """The end of the words that say "nobody died" opening at ``i`` (the figure 0 is read
    from ``i`` to there), else ``None``. See the module's rule."""
    n = len(norms)
    w = norms[i]
    if i + 1 < n and norms[i + 1] in _DEATH_NOUNS and w not in _NOBODY:
        return i + 1  # "no death", "ninguna muerte": the noun after the zero is its own
    if w in _NOBODY:
        end = i + 1
    elif w == "no" and i + 1 < n and norms[i + 1] == "one":
        end = i + 2
    else:
        return None
    k = end
    while k < min(end + _AUX_REACH, n) and norms[k] in _AUXILIARIES:
        k += 1
    return end if k < n and norms[k] in _DEATH_VERBS else None


def nobody_died(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether the figure at ``[first, last)`` is "nobody" said of dying ("nadie murió", "no
    one had been killed"): a count of the dead, 0, whatever the clause reader finds after it."""
    return (
        (norms[first] in _NOBODY or norms[first] == "no")
        and zero_span(norms, first) == last
        and last < len(norms)
        and norms[last] not in _DEATH_NOUNS
    )
