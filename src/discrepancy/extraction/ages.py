"""g-what: a number that bounds the age of the people just named is an age, not a count.

"children under five", "adults over 60", "niños menores de cinco", "personas mayores de 60",
"pupils younger than 12": the number after an age bound (`AGE_BOUNDS`, "under", "menores
de") that follows a noun of people, or after "younger / older than" (`AGE_COMPARATIVES`),
with no noun of people after it ("children under 5 people" is no phrase; "over 40 people"
after a verb stays a count), and small enough to be an age (at most `MAX_AGE`). A unit of
age after the number ("under 5 years old", "menores de 5 años") is already handled by the
unit words of `discrepancy.extraction.numbers`.

Also an age in apposition (`age_apposition`): "John Merrow, 45, and his wife, 39, were held",
"the suspect, 27, was charged", "su hijo, de 19, fue detenido": a number between commas (or
brackets) right after a singular noun of a person (`APPOSITION_HOLDERS`) or a name of two
capitalised words (not after a preposition: "in Nova Lima, 45, died" names a place), closed
by a comma or bracket and a word in lower case (or, after a noun of a person, by the end
of the sentence: "and a girl, 4."), with no noun of people after it. A single name opening
its sentence takes an age before a verb of saying ("Waluyo, 50, said …"), and the walk back
from that verb to its speaker passes over the age (`age_aside_open`).
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = ["age_apposition", "age_aside_open", "age_bound"]

_BOUNDS = tables_en.AGE_BOUNDS | tables_es.AGE_BOUNDS
_COMPARATIVES = tables_en.AGE_COMPARATIVES | tables_es.AGE_COMPARATIVES
_HOLDERS = tables_en.AGE_HOLDERS | tables_es.AGE_HOLDERS
_LINKS = frozenset({"de", "than", "que"})
"""The word between a Spanish bound or a comparative and its number ("menores de 5",
"younger than 12")."""
MAX_AGE = 120
_HOLDERS_ONE = tables_en.APPOSITION_HOLDERS | tables_es.APPOSITION_HOLDERS
_PLACE_WORDS = tables_en.APPOSITION_NOT_AFTER | tables_es.APPOSITION_NOT_AFTER
_OPEN = frozenset({",", "("})
_CLOSE = frozenset({",", ")"})
_SAYING = tables_en.SAY_VERBS | tables_es.SAY_VERBS
"""A single name opening its sentence takes an age only before a verb of saying ("Waluyo, 50,
said"): "Kano, 45, …" at a sentence's start may be a place and its figure."""


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


def age_apposition(
    toks: Sequence[Tok], norms: Sequence[str], k: int, person_nouns: frozenset[str]
) -> bool:
    """Whether the number token at ``k`` is an age in apposition ("Merrow, 45, and his wife,
    39, were held", "su hijo, de 19, fue detenido")."""
    if toks[k].kind != "n" or not norms[k].isdecimal() or int(norms[k]) > MAX_AGE:
        return False
    n = len(norms)
    close = k + 1
    if close < n and norms[close] in ("anos", "years"):
        close += 1
    ends = close >= n or norms[close] == "."  # "… and a girl, 4."
    if not ends and (close + 1 >= n or norms[close] not in _CLOSE):
        return False
    if not ends and norms[close] == ",":
        nxt = toks[close + 1]
        if nxt.cap or nxt.kind != "w" or nxt.norm in person_nouns:
            return False  # "Kano, 45, Lagos, 39": a list of places and their figures
    j = k - 1
    if j >= 0 and norms[j] == "de":
        j -= 1
    if j < 1 or norms[j] not in _OPEN:
        return False
    holder = toks[j - 1]
    if holder.norm in _HOLDERS_ONE:
        return True
    if not ends and j == 1 and holder.kind == "w" and holder.cap and norms[close] == ",":
        return norms[close + 1] in _SAYING  # session 13: "Waluyo, 50, said he clung to …"
    return not ends and (
        holder.kind == "w"
        and holder.cap
        and j >= 2
        and toks[j - 2].kind == "w"
        and toks[j - 2].cap
        and (j == 2 or norms[j - 3] not in _PLACE_WORDS)
    )


def age_aside_open(
    toks: Sequence[Tok], norms: Sequence[str], comma: int, person_nouns: frozenset[str]
) -> int:
    """Session 13: the comma (or bracket) that opens an age in apposition closed by the
    comma at ``comma`` ("Ahmed Khan, 50, said": the comma after "Khan"), so that the walk
    back to a speaker passes over it; -1 when the number before ``comma`` is no such age."""
    k = comma - 1
    if k < 2 or norms[comma] != "," or not age_apposition(toks, norms, k, person_nouns):
        return -1
    j = k - 1
    if norms[j] == "de":
        j -= 1
    return j
