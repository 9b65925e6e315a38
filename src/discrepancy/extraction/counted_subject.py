"""The subject a copula gives a figure with no noun of its own (session 10, g-metric).

News states a count with its noun far before it, joined by "to be" or a verb of standing:
"the total registered voters were 9,712,400", "those who voted were 6,880,100", "rejected
ballots standing at 160,700", "evacuees in the shelters were 3,200 by Sunday", "los
evacuados en los albergues eran 3.200". The figure names no noun, so it was dropped, or
given the topic of another sentence. The rule: a figure right after a copula or a verb of
standing (the tables' ``COPULA_LEVELS``; past "at" / "de") counts the head of that verb's
subject, read back in its clause past the place or time phrase that follows the head, with
the modifiers that name a registered metric ("registered voters") or qualify votes ("valid
votes"). Only a plural or event head counts: "the driver was 42" is an age.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_noun import NounPhrase
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["copula_subject"]

_COPULAS = tables_en.COPULA_LEVELS | tables_es.COPULA_LEVELS
_SKIP = frozenset({"at", "de", "now", "ya", "still", "todavia", "aun"})
_VOTES = tables_en.VOTE_HEADS | tables_es.VOTE_HEADS
_RELATIVE_VOTED = tables_en.VOTED_RELATIVES | tables_es.VOTED_RELATIVES
_COUNT_HEADS = tables_en.COUNT_HEADS | tables_es.COUNT_HEADS
_NOT_PEOPLE = tables_en.NOT_PEOPLE | tables_es.NOT_PEOPLE
_BACK = 9
"""How many words before the copula its subject's head is looked for."""
_MODIFIERS = 2
"""At most this many words before the head that may belong to its name ("total valid")."""
_STOPS = frozenset({".", ";", ":", "?", "!", "—", "(", ")"})


def _head(
    toks: Sequence[Tok], norms: Sequence[str], verb: int, lex: Lexicon
) -> tuple[int, bool] | None:
    """The subject's head before the copula at ``verb`` and whether it is a vote noun: the
    first noun of people, event or votes of the clause, read back past a trailing phrase
    ("evacuees in the shelters"); ``None`` at a number, a clause stop or a comma first."""
    found: tuple[int, bool] | None = None
    for j in range(verb - 1, max(verb - _BACK, 0) - 1, -1):
        w = norms[j]
        if toks[j].kind == "n" or w in _STOPS or (w == "," and found is None):
            break
        if w == ",":
            break
        if w in _COUNT_HEADS and j + 1 < verb and norms[j + 1] in ("of", "de", "del"):
            return None  # "the number of X was N": read as a count head elsewhere
        plural = w.endswith("s") and w not in _NOT_PEOPLE
        if w in _VOTES:
            found = (j, True)
        elif plural and (w in lex.person_nouns or w in lex.event_words):
            found = (j, False)
        elif w in _RELATIVE_VOTED and j > 0 and norms[j - 1] in ("who", "que", "quienes"):
            found = (j, False)  # "those who voted were N"
    return found


def copula_subject(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    lex: Lexicon,
    metrics: Metrics,
) -> NounPhrase | None:
    """The subject noun phrase of the copula right before the figure at ``first`` (the
    module's rule), with its metric where the registry or the event words name it."""
    k = first - 1
    while k >= 0 and norms[k] in _SKIP and first - k <= 2:
        k -= 1
    if k < 1 or norms[k] not in _COPULAS:
        return None
    found = _head(toks, norms, k, lex)
    if found is None:
        return None
    j, vote = found
    if j >= 2 and (toks[j - 1].kind == "n" or norms[j - 1] in lex.number_words):
        return None  # "the two suspects were 19 and 22": ages, not a count
    w = norms[j]
    if w in _RELATIVE_VOTED:
        return NounPhrase("noun", j, j + 1, "voters")
    start = j
    while start > 0 and j - start < _MODIFIERS:
        before = norms[start - 1]
        if toks[start - 1].kind != "w" or before in lex.function_words or before in _COUNT_HEADS:
            break
        start -= 1
    for i in range(start, j + 1):  # "registered voters": the longest registered name
        known = metrics.longest(tuple(norms[i : j + 1]))
        if known is not None and known[0] == j + 1 - i:
            return NounPhrase("noun", i, j + 1, known[1])
    if vote:  # "valid votes", "rejected ballots": counted under their own words
        return NounPhrase("person", _past_totals(norms, start, j), j + 1)
    event = lex.event_words.get(w)
    if event is not None:
        return NounPhrase("noun", j, j + 1, event)
    return NounPhrase("person", j, j + 1)


def _past_totals(norms: Sequence[str], start: int, j: int) -> int:
    """Past "total" / "overall" at the start of a name: they count nothing of their own."""
    while start < j and norms[start] in ("total", "overall", "totales"):
        start += 1
    return start
