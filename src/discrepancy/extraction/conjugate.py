"""The forms of a status verb in every tense, so the tables name verbs by meaning, not by form.

A status class belongs to a verb, not to one of its forms: whoever "confirmó", "ha
confirmado", "confirmaba" or "confirman" a count has checked it, and whoever "confirmará" or
"confirmaría" it has not yet. The tables (``STATUS_VERBS`` in ``tables_es`` / ``tables_en``)
list infinitives by class; this module spells out their forms, after accents are stripped as
the tokenizer strips them ("confirmó" → "confirmo").

* Spanish regular verbs in -ar and -er: the forms of what is done or being done (present,
  preterite, imperfect, participle in its four genders and numbers, gerund) and, apart, the
  forms of what is to come (future and conditional). Infinitives are left out: they are
  status verbs only after a periphrasis ("logró verificar"), which ``STATUS_INFINITIVES``
  covers; subjunctives are left out too ("pidió que se verifiquen" checks nothing).
* English regular verbs: the third person, the past and participle, and the gerund.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

__all__ = ["en_forms", "en_verbs_done", "es_done_forms", "es_future_forms", "es_verbs_done"]

_V = TypeVar("_V", bound=str)
"""What a verb's forms map to: a `Status`, or a metric's name."""

_AR_DONE = (
    *("o", "as", "a", "amos", "an"),  # present ("confirmo" is also the preterite's "confirmó")
    *("aste", "aron"),  # preterite ("confirme" is left out: a subjunctive too)
    *("aba", "abas", "abamos", "aban"),  # imperfect
    *("ado", "ada", "ados", "adas"),  # participle
    "ando",  # gerund
)
_ER_DONE = (
    *("o", "es", "e", "emos", "en"),  # present
    *("i", "iste", "io", "imos", "ieron"),  # preterite
    *("ia", "ias", "iamos", "ian"),  # imperfect
    *("ido", "ida", "idos", "idas"),  # participle
    "iendo",  # gerund
)
_FUTURE = ("e", "as", "a", "emos", "an", "ia", "ias", "iamos", "ian")
"""Endings added to the whole infinitive: future ("confirmará") and conditional
("confirmaría")."""


def _split(infinitive: str) -> tuple[str, str]:
    stem, ending = infinitive[:-2], infinitive[-2:]
    if ending not in ("ar", "er") or not stem:
        raise ValueError(f"not a regular -ar/-er infinitive: {infinitive!r}")
    return stem, ending


def es_done_forms(infinitive: str) -> frozenset[str]:
    """The forms of a regular Spanish -ar/-er verb for what is done or being done.

    >>> sorted(es_done_forms("verificar"))[:4]
    ['verifica', 'verificaba', 'verificabamos', 'verificaban']
    """
    stem, ending = _split(infinitive)
    return frozenset(stem + e for e in (_AR_DONE if ending == "ar" else _ER_DONE))


def es_future_forms(infinitive: str) -> frozenset[str]:
    """The future and conditional forms of a regular Spanish verb ("confirmara", "confirmaria")."""
    _split(infinitive)
    return frozenset(infinitive + e for e in _FUTURE)


def en_forms(base: str) -> frozenset[str]:
    """The third person, past, participle and gerund of a regular English verb.

    >>> sorted(en_forms("verify"))
    ['verified', 'verifies', 'verifying']
    >>> sorted(en_forms("announce"))
    ['announced', 'announces', 'announcing']
    """
    if base.endswith("y") and base[-2:-1] not in ("a", "e", "o", "u"):
        return frozenset({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
    if base.endswith("e"):
        return frozenset({base + "s", base + "d", base[:-1] + "ing"})
    return frozenset({base + "s", base + "ed", base + "ing"})


def es_verbs_done(verbs: Mapping[str, _V]) -> dict[str, _V]:
    """Every done form of every Spanish verb in ``verbs`` (infinitive → its class)."""
    return {form: value for verb, value in verbs.items() for form in es_done_forms(verb)}


def en_verbs_done(verbs: Mapping[str, _V]) -> dict[str, _V]:
    """Every inflected form of every English verb in ``verbs`` (base → its class)."""
    return {form: value for verb, value in verbs.items() for form in en_forms(verb)}
