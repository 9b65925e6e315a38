"""A place's population is no count of people (session 10, g-count).

"a town of 25,000 residents", "a city of 300,000", "home to 40,000 people", "a population
of about 90,000", "the town has 25,000 residents", "una ciudad de 300.000 habitantes", "El
pueblo, de unos 2.000 vecinos,", "cuenta con 38.000 habitantes": the size of a place, never
the count of those an event struck (it was read as the toll of the sentence's event).

Read from the words right around the figure (its hedge included), table look-ups only:

* a settlement noun and "of"/"de" before it (`SETTLEMENT_NOUNS`), with no noun after it or a
  noun of people living somewhere (`POPULATION_PEOPLE`): "a village of 1,200 people";
* "home to" or "a population of" before it (`POPULATION_HEADS`), the same nouns after it
  ("home to 1.5 million refugees" stays a count of refugees; "the refugee population of" is
  no population of a place);
* a verb of having, or an aside's "de" after a comma, before a noun of residents
  (`HAVING_VERBS`, `RESIDENT_NOUNS`): "the town has 25,000 residents", "Lorca, con 90.000
  habitantes", "El pueblo, de unos 2.000 vecinos"; a word after the noun other than a
  joining word ("with 200 residents trapped") keeps the figure a count.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = ["a_population"]

_SETTLEMENTS = tables_en.SETTLEMENT_NOUNS | tables_es.SETTLEMENT_NOUNS
_RESIDENTS = tables_en.RESIDENT_NOUNS | tables_es.RESIDENT_NOUNS
_PEOPLE = tables_en.POPULATION_PEOPLE | tables_es.POPULATION_PEOPLE
_HEADS = frozenset(tables_en.POPULATION_HEADS) | frozenset(tables_es.POPULATION_HEADS)
_HAVING = tables_en.HAVING_VERBS | tables_es.HAVING_VERBS
_OF = frozenset({"of", "de"})
_DETERMINERS = frozenset(
    {"a", "an", "the", "its", "their", "whose", "total", "un", "una", "la", "su", "sus", "cuya"}
)
"""Words before "population" that make it a place's whole population ("a population of",
"una población de"); a noun there ("the refugee population of") makes it a group's."""
_AFTER_BARE = frozenset(
    {"in", "on", "at", "near", "and", "that", "which", "where", "en", "cerca", "y", "que"}
    | {"donde", "al", "del"}
)
"""Words after a figure that leave it with no noun ("a city of 300,000 in the north")."""
_JOINS = frozenset({"and", "y", "e", "who", "que", "in", "en", "of", "de", "at", "a", "or", "o"})
"""Words that may follow a noun of residents in a population ("25,000 residents and …")."""


def a_population(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> bool:
    """Whether the figure at tokens ``first:last`` (its hedge included) is a place's
    population."""
    before = norms[first - 1] if first > 0 else ""
    before2 = norms[first - 2] if first > 1 else ""
    before3 = norms[first - 3] if first > 2 else ""
    noun = norms[last] if last < len(norms) else ""
    noun_is_word = last < len(toks) and toks[last].kind == "w"
    bare = not noun_is_word or noun in _PEOPLE or noun in _AFTER_BARE
    if before in _OF and before2 in _SETTLEMENTS and bare:
        return True  # "a town of 25,000 (residents)", "una ciudad de 300.000 habitantes"
    if (before2, before) in _HEADS and bare:
        return (before2 in ("home",)) or before3 in _DETERMINERS
    if noun not in _RESIDENTS:
        return False
    after = norms[last + 1] if last + 1 < len(norms) else ""
    if last + 1 < len(toks) and toks[last + 1].kind == "w" and after not in _JOINS:
        return False  # "with 200 residents trapped": those the event struck
    if before in _HAVING:
        return True  # "the town has 25,000 residents", "cuenta con 38.000 habitantes"
    return before == "de" and before2 == ","  # "El pueblo, de unos 2.000 vecinos,"
