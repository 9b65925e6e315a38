"""The source of a gerund of saying that hangs on its sentence's subject (helper h-who-en).

"The opposition protested, saying that 300 had been detained", "Relatives gathered outside
the prison, insisting that 300 were held", "La oposición protestó, asegurando que hay 300
detenidos": the gerund after a comma has no subject of its own; it shares the subject of the
clause before it, which opens the sentence and ends at its finite verb. A sentence that
opens with anything else (a place, a day, a participle) gives none: a gerund after "in the
town" is `claimant_shapes.dangling_gerund`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import (
    DEFINITE,
    GOVERNMENT,
    NAMED,
    PLURAL,
    Attribution,
    Memo,
    classify,
)
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["gerund_subject"]

_GERUND_ENDS = ("ing", "ando", "iendo")
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
    if v < 3 or norms[v - 1] != "," or not norms[v].endswith(_GERUND_ENDS):
        return None
    verb = next((k for k in range(1, min(v - 1, _SUBJECT_REACH + 1)) if _finite(toks[k])), -1)
    if verb < 1 or any(norms[k] in (",", ";", ":") for k in range(verb)):
        return None
    if any(toks[k].kind != "w" and norms[k] not in (".", "-", "'", "’") for k in range(verb)):
        return None  # a number, a quote or a bracket before the verb: not a plain subject
    found = classify(text, toks, list(range(verb)), lex, memo)
    if found is None or found.kind not in _KINDS:
        return None
    return found
