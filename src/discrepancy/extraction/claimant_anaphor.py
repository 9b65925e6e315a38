"""Session 13 (h-who-es): a generic body noun that refers back to the body named before.

"Dicho organismo señaló que 1.200 …", "La dependencia informó que 43 …", "Esa entidad del
Estado dice que 20.000 …", "Según la misma fuente, otras 12 …": the phrase names no body of
its own; it is the body that spoke last in the sentences just before (a named subject of a
verb of saying), else the last body those sentences name. "La misma fuente" is the source
that spoke last. A phrase that names its owner ("la entidad del Gobierno") or a body the text
introduced with the same noun is read before this (`claimant_refers`); the look-up of the
body referred to is `claimant_back.referred_body`.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["body_anaphor", "same_source"]

_DETERMINERS = tables_en.BODY_ANAPHOR_DETERMINERS | tables_es.BODY_ANAPHOR_DETERMINERS
_BODY = tables_en.BODY_NOUNS | tables_es.BODY_NOUNS
_SAME = tables_en.SAME_WORDS | tables_es.SAME_WORDS
_SOURCES = tables_en.SAME_SOURCE_NOUNS | tables_es.SAME_SOURCE_NOUNS
_OWNERS = tables_en.BODY_OWNERS | tables_es.BODY_OWNERS
_OF = tables_en.OWNER_JOINERS | tables_es.OWNER_JOINERS


def body_anaphor(norms: Sequence[str]) -> bool:
    """Whether a noun phrase (folded words) is a determiner, "mismo" at most, a generic body
    noun (or, after "mismo", a source noun) and at most a word of what kind of body it is:
    "dicho organismo", "la dependencia", "esa entidad del Estado", "la misma fuente"."""
    if len(norms) < 2 or norms[0] not in _DETERMINERS:
        return False
    k = 1
    same = norms[k] in _SAME
    if same:
        k += 1
    if k >= len(norms):
        return False
    if norms[k] in _OWNERS and k + 1 < len(norms):  # "that state body"
        k += 1
    if not (norms[k] in _BODY or (same and norms[k] in _SOURCES)):
        return False
    rest = [w for w in norms[k + 1 :] if w not in _OF]
    return all(w in _OWNERS for w in rest) and len(rest) <= 1


def same_source(norms: Sequence[str]) -> bool:
    """ "La misma fuente", "the same source": the source that spoke last."""
    return len(norms) > 2 and norms[1] in _SAME and norms[2] in _SOURCES
