"""A figure set against an earlier one, its own noun left out (round 12, issue 9).

News often gives a rival figure only as the other side of a comparison: "210 dead, compared
with the 245 the hospital listed", "far short of the figure of 700 the minister gave",
"frente a los 900 del parte diario". The rival figure names no noun of its own, so the numbers
stage found nothing it counts and dropped it (audit 8, P2). The rule: a figure introduced by a
word that sets it against another ("against", "compared with", "than", "below", "frente a",
"por debajo de"; the tables' ``SET_AGAINST_CUES``), past an article and a noun of a figure
("the figure of", "la cifra de"), and followed by no noun of its own (the clause ends, or a
preposition, a relative word or a reporting participle follows: ``SET_AGAINST_NEXT``) counts
what the figure it is set against counts: the last count of the same or the previous sentence.

`discrepancy.extraction.reading` asks `set_against` of a figure whose noun it could not read.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["EMIGRANT_NOUNS", "set_against"]

_CUES = tables_en.SET_AGAINST_CUES + tables_es.SET_AGAINST_CUES
_CUE_LAST = frozenset(cue[-1] for cue in _CUES)
_NEXT = tables_en.SET_AGAINST_NEXT | tables_es.SET_AGAINST_NEXT
_ARTICLES = frozenset({"the", "a", "an", "el", "la", "los", "las", "lo"})
_FIGURE_NOUNS = (
    tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS | tables_en.COUNT_HEADS | tables_es.COUNT_HEADS
)
_OF = frozenset({"of", "de"})
_MODIFIER_REACH = 2
"""At most this many words between a figure noun and its article ("the official figure of")."""
EMIGRANT_NOUNS = tables_en.EMIGRANT_NOUNS | tables_es.EMIGRANT_NOUNS


def set_against(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, lex: Lexicon
) -> bool:
    """Whether the figure at ``[first, last)`` is set against an earlier figure and names no
    noun of its own (see the module's rule)."""
    if last < len(norms) and not _ends_without_noun(toks, norms, last, lex):
        return False
    k = _skip(norms, first - 1, _ARTICLES)
    if k >= 1 and norms[k] in _OF:
        j = k - 1
        for _ in range(_MODIFIER_REACH + 1):
            if j < 0 or norms[j] in _FIGURE_NOUNS:
                break
            j -= 1
        if j < 0 or norms[j] not in _FIGURE_NOUNS:
            return False
        k = j - 1
        for _ in range(_MODIFIER_REACH):  # "the official figure": back to the article
            if k < 0 or norms[k] in _ARTICLES or norms[k] in _CUE_LAST or toks[k].kind != "w":
                break
            k -= 1
        k = _skip(norms, k, _ARTICLES)
    return k >= 0 and norms[k] in _CUE_LAST and _cue_ends_at(norms, k)


def _skip(norms: Sequence[str], k: int, words: frozenset[str]) -> int:
    """Back past one of ``words`` at ``k`` ("a" is an article and the end of "frente a")."""
    return k - 1 if k >= 0 and norms[k] in words else k


def _cue_ends_at(norms: Sequence[str], k: int) -> bool:
    for cue in _CUES:
        start = k - len(cue) + 1
        if start >= 0 and tuple(norms[start : k + 1]) == cue:
            return True
    return False


def _ends_without_noun(toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    word = norms[k]
    if toks[k].kind == "p":
        return True  # punctuation: the clause ends at the figure
    return word in _NEXT or word in lex.say_verbs or word in lex.status_words
