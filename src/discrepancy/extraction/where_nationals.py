"""A figure of a whole nation's population: "el 16% de la población española", "of the
Spanish workforce", "de los trabajadores franceses". Such a figure is the country's, even
where the paragraph dwells on one region of it (audit2 P3: a national figure is the country).

Only the few words after the number, up to its clause's end, are read: linear in the text.
"""

from __future__ import annotations

import re

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es

__all__ = ["national_body", "national_population", "nationality"]

_NOUNS = tables_en.POPULATION_NOUNS | tables_es.POPULATION_NOUNS
_BODIES = tables_en.NATIONAL_BODIES | tables_es.NATIONAL_BODIES
_ADJECTIVES = {**tables_en.NATIONAL_ADJECTIVES, **tables_es.NATIONAL_ADJECTIVES}
_NOT_WORD = re.compile(r"[^\w\s]|_")
r"""What `str.isalnum` drops from a word: neither a letter, a digit nor a space (``\w`` is
`str.isalnum` and the underscore; ``\s`` is what `str.split` splits at)."""
_SPAN = 48
"""How many characters after the number the population may stand."""
_WORDS = 5
"""How many words after the number are read ("del total de la población española")."""
_NEAR = 2
"""How many words apart the noun and its adjective may stand ("Spanish adult population")."""


def _adjective(word: str) -> str | None:
    """The country of a national adjective in any gender and number ("españolas" → Spain)."""
    found = _ADJECTIVES.get(word)
    if found is not None or len(word) < 5:
        return found
    for cut, add in (("as", "o"), ("os", "o"), ("es", ""), ("a", "o"), ("a", ""), ("s", "")):
        if word.endswith(cut):
            found = _ADJECTIVES.get(word[: -len(cut)] + add)
            if found is not None:
                return found
    return None


def nationality(word: str) -> str | None:
    """The country of a folded national adjective or plural demonym ("espanoles", "mexicans",
    "spaniards"), else None."""
    return _adjective(word) or _DEMONYM_NOUNS.get(word)


_DEMONYM_NOUNS = {**tables_en.NATIONAL_DEMONYM_NOUNS, **tables_es.NATIONAL_DEMONYM_NOUNS}


def national_population(text: str, last: int, hi: int) -> str | None:
    """The country whose whole population the figure ending at ``last`` is a share or count
    of, reading at most up to ``hi`` (its clause's end); ``None`` without one."""
    chunk = fold(text[last : min(hi, last + _SPAN)])
    words = ["".join(ch for ch in w if ch.isalnum()) for w in chunk.split()[:_WORDS]]
    for k, word in enumerate(words):
        if word not in _NOUNS:
            continue
        for other in words[max(0, k - _NEAR) : k + _NEAR + 1]:
            country = _adjective(other)
            if country is not None:
                return country
    return None


def national_body(folded: str) -> str | None:
    """The country of a national body that ``folded`` (a sentence, `fold`-ed) names by its
    adjective ("Pakistani officials", "las autoridades paquistaníes"), or ``None``: a body
    that speaks for its country gives the place of a sentence that names none."""
    bare = _NOT_WORD.sub("", folded)  # exactly what the words below keep of each word
    if not any(body in bare for body in _BODIES):
        return None
    words = ["".join(ch for ch in w if ch.isalnum()) for w in folded.split()]
    for k, word in enumerate(words):
        if word not in _BODIES:
            continue
        for other in (words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""):
            country = _adjective(other) if other else None
            if country is not None:
                return country
    return None
