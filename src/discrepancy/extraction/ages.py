"""g-what: a number that bounds the age of the people just named is an age, not a count.

"children under five", "adults over 60", "niños menores de cinco", "personas mayores de 60",
"pupils younger than 12": the number after an age bound (`AGE_BOUNDS`, "under", "menores
de") that follows a noun of people, or after "younger / older than" (`AGE_COMPARATIVES`),
with no noun of people after it ("children under 5 people" is no phrase; "over 40 people"
after a verb stays a count), and small enough to be an age (at most `MAX_AGE`). A unit of
age after the number ("under 5 years old", "menores de 5 años") is already handled by the
unit words of `discrepancy.extraction.numbers`.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = ["age_bound"]

_BOUNDS = tables_en.AGE_BOUNDS | tables_es.AGE_BOUNDS
_COMPARATIVES = tables_en.AGE_COMPARATIVES | tables_es.AGE_COMPARATIVES
_HOLDERS = tables_en.AGE_HOLDERS | tables_es.AGE_HOLDERS
_LINKS = frozenset({"de", "than", "que"})
"""The word between a Spanish bound or a comparative and its number ("menores de 5",
"younger than 12")."""
MAX_AGE = 120


def _value(norm: str, number_words: frozenset[str]) -> int | None:
    digits = norm.replace(",", "").replace(".", "")
    if digits.isdecimal():
        return int(digits)
    return 1 if norm in number_words else None


def age_bound(
    toks: Sequence[Tok],
    norms: Sequence[str],
    k: int,
    person_nouns: frozenset[str],
    number_words: frozenset[str],
) -> bool:
    """Whether the number token at ``k`` bounds the age of the people named just before it
    ("children under five", "niños menores de cinco", "pupils younger than 12")."""
    value = _value(norms[k], number_words)
    if value is None or value > MAX_AGE:
        return False
    after = norms[k + 1] if k + 1 < len(norms) else ""
    if after in person_nouns:
        return False
    j = k - 1
    if j >= 0 and norms[j] in _LINKS:
        j -= 1
    if j < 0:
        return False
    if norms[j] in _COMPARATIVES:
        return True
    if norms[j] not in _BOUNDS:
        return False
    holder = norms[j - 1] if j >= 1 else ""
    return holder in _HOLDERS or (holder in person_nouns and toks[j - 1].kind == "w")
