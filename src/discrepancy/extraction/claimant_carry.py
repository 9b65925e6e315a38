"""Session 10 (g-carry): who goes on speaking when a sentence says it goes on with the one
before ("Additionally, …", "Asimismo, …") and names no source of its own.

A careful reader gives such a sentence's figures to the source of the sentence just before:
the one claimant set all of that sentence's figures were given, else the named or
governmental source that sentence attributed its words to (an announcement counts: "The
office announced … Additionally, 3 more will be freed"). Not across a paragraph break in
English, where a new paragraph with no attribution is the outlet's voice; and not when the
sentence before gave its figures to two sources, or to none.
"""

from __future__ import annotations

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant import GOVERNMENT, INDEFINITE, NAMED, Attribution
from discrepancy.extraction.claimant_state import Attributions, State
from discrepancy.extraction.context import Context
from discrepancy.orgs import OrgRef

__all__ = ["carried_on", "idle"]

_OPENERS = frozenset(tables_en.CARRY_ON_OPENERS + tables_es.CARRY_ON_OPENERS)
_REACH = max(len(p) for p in _OPENERS)


def idle(att: Attribution | None) -> bool:
    """No source at all, or only a verb with no one behind it ("Asimismo, han registrado
    una participación …": an indefinite subject with no name that says nothing)."""
    return att is None or (att.kind == INDEFINITE and not att.names and not att.say)


def _opens_carrying_on(words: list[str]) -> bool:
    return any(tuple(words[:n]) in _OPENERS for n in range(1, _REACH + 1))


def carried_on(
    ctx: Context, i: int, atts: Attributions, state: State, spanish: bool
) -> tuple[OrgRef, ...]:
    """The claimants sentence ``i`` goes on with, or ``()``."""
    k = i - 1
    if k < 0 or not _opens_carrying_on(ctx.words(i)):
        return ()
    if ctx.sentences[k].para != ctx.sentences[i].para and not spanish:
        return ()
    given = [d.claimants for d in state.drafts if d.sentence == k]
    if given:
        keys = {frozenset(r.key for r in c) for c in given}
        if len(keys) == 1 and given[0]:
            return given[0]
        return ()  # two sources, or the outlet's own figures
    prev = atts[k]
    if prev is not None and prev.kind in (NAMED, GOVERNMENT):
        return state.claimants  # set from sentence ``k`` by the pass (`read_document`)
    return ()


_THE = frozenset({"the", "this", "these", "la", "las", "los", "el", "esta", "estos", "estas"})
_ORIGIN_NOUNS = tables_en.CARRY_ORIGIN_NOUNS | tables_es.CARRY_ORIGIN_NOUNS
_ORIGIN_VERBS = frozenset(tables_en.CARRY_ORIGIN_VERBS + tables_es.CARRY_ORIGIN_VERBS)
_ORIGIN_REACH = max(len(p) for p in _ORIGIN_VERBS)


def names_origin(words: list[str]) -> bool:
    """The sentence opens by saying where the figures before come from ("The information is
    contained in the bulletin of X, which …", "La información está contenida en el boletín
    de X, que …"): its source gives them, even when it adds figures of its own."""
    if len(words) < 3 or words[0] not in _THE or words[1] not in _ORIGIN_NOUNS:
        return False
    return any(tuple(words[2 : 2 + n]) in _ORIGIN_VERBS for n in range(1, _ORIGIN_REACH + 1))
