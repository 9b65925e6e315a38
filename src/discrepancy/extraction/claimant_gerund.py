"""Sources of a verb of saying with no subject of its own (helper h-who-en).

A gerund of saying after a comma shares the subject that opens its sentence and ends at the
finite verb: "The opposition protested, saying that 300 had been detained", "Relatives
gathered outside the prison, insisting that 300 were held"; past an opening connective and
its comma too ("Meanwhile, the council protested …, insisting that …": session 12). A
sentence that opens with anything else (a place, a day, a participle) gives none: a gerund
after "in the town" is
`claimant_shapes.dangling_gerund`'s. (Spanish gerunds of saying, "asegurando", are no verbs
of saying in the tables, so the rule reads English only.)

"As saying" after "quoted" speaks for the one quoted: "State radio quoted the governor as
saying 40 died", "The governor was quoted by Reuters as saying": the outlet only relays.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_backward import backward
from discrepancy.extraction.claimant_phrases import (
    DEFINITE,
    GOVERNMENT,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
    Memo,
    classify,
)
from discrepancy.extraction.claimant_spans import gerund
from discrepancy.extraction.claimant_subject import bare_title
from discrepancy.extraction.claimant_titles import titled_person
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["gerund_subject", "quoted_source"]

_FINITE = tables_en.FINITE_VERBS | tables_es.FINITE_VERBS
_FINITE_ENDS = ("ed", "ó", "aron", "ieron", "ió")
_SUBJECT_REACH = 8
"""The most words of the opening subject before its verb."""
_KINDS = (NAMED, GOVERNMENT, PLURAL, DEFINITE)


def _finite(tok: Tok) -> bool:
    """A lower-case word that reads as a finite verb: a past form ("protested", "gathered",
    "protestó"), or an irregular past or auxiliary from the tables ("held", "has", "fue")."""
    w = tok.norm
    if tok.kind != "w" or tok.cap:
        return False
    return w in _FINITE or (len(w) > 4 and w.endswith(_FINITE_ENDS))


def gerund_subject(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """The opening subject the gerund of saying at ``v`` shares, or ``None``."""
    if v < 3 or norms[v - 1] != "," or not gerund(norms[v]):
        return None
    start = _past_opener(norms)  # session 12: "However, unions accused them …, claiming"
    reach = min(v - 1, start + _SUBJECT_REACH + 1)
    verb = next((k for k in range(start + 1, reach) if _finite(toks[k])), -1)
    if verb <= start or any(norms[k] in (",", ";", ":") for k in range(start, verb)):
        return None
    if any(
        toks[k].kind != "w" and norms[k] not in (".", "-", "'", "’") for k in range(start, verb)
    ):
        return None  # a number, a quote or a bracket before the verb: not a plain subject
    found = classify(text, toks, list(range(start, verb)), lex, memo)
    if found is None or found.kind not in _KINDS:
        return None
    return found


_OPENERS = tables_en.DISCOURSE_OPENERS | tables_es.DISCOURSE_OPENERS


def _past_opener(norms: Sequence[str]) -> int:
    """Where the subject starts past a sentence's opening connective and its comma
    ("However, …", "Sin embargo, …"); 0 without one."""
    for phrase in _OPENERS:
        size = len(phrase)
        if tuple(norms[:size]) == phrase and size < len(norms) and norms[size] == ",":
            return size + 1
    return 0


_QUOTED = frozenset({"quoted", "cited"})
_BE = frozenset({"was", "were", "is", "are", "been", "being"})
_QUOTED_REACH = 9


def quoted_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """h-who-en: who "as saying" at ``v`` quotes: "State television quoted the governor as
    saying 40 died" (the phrase between "quoted" and "as": the outlet only relays), "The
    governor was quoted by Reuters as saying" (the subject of the passive, past its "by")."""
    if v < 3 or norms[v - 1] != "as":
        return None
    q = next(
        (k for k in range(v - 2, max(0, v - 2 - _QUOTED_REACH), -1) if norms[k] in _QUOTED), -1
    )
    if q < 1 or any(norms[k] in (",", ";", ":") for k in range(q + 1, v - 1)):
        return None
    if norms[q - 1] in _BE:
        span, _ = backward(toks, norms, q - 2, lex)
    else:
        span = list(range(q + 1, v - 1))
    if not span:
        return None
    found = classify(text, toks, span, lex, memo)
    if (found is None or found.kind == PRONOUN) and bare_title(norms, span, lex):
        # "quoted the governor as saying": the office holder by title alone
        found = Attribution(DEFINITE, (), text[toks[span[0]].start : toks[span[-1]].end])
    if found is None or found.kind not in _KINDS:
        return None
    if found.kind in (NAMED, GOVERNMENT):
        titled = titled_person(text, toks, span, lex)
        if titled is not None:  # "quoted Interior Minister Ana Ruiz": the ministry speaks
            office, person = titled
            names = (person,) if person else found.names
            found = attrs.evolve(found, kind=NAMED, names=names, office=office)
    return attrs.evolve(found, verb="saying")
