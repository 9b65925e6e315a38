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
    contained in the bulletin of X, which …", "La información fue tomada del boletín
    de X, que …"): its source gives them, even when it adds figures of its own."""
    if len(words) < 3 or words[0] not in _THE or words[1] not in _ORIGIN_NOUNS:
        return False
    return any(tuple(words[2 : 2 + n]) in _ORIGIN_VERBS for n in range(1, _ORIGIN_REACH + 1))


def another_place(ctx: Context, refs: tuple[OrgRef, ...], i: int) -> bool:
    """The source to carry is a place's own body ("Gobierno de Oaxaca", from "Desde Oaxaca
    informaron") and sentence ``i`` names another place ("Otros 200.000 damnificados fueron
    detectados en Veracruz"): that body does not speak for it."""
    where = ctx.where
    if where is None:
        return False
    own = {name for r in refs for name in _tail_names(r.mention) if where.is_place(name)}
    if not own:
        return False
    toks = ctx.toks(i)
    for k, t in enumerate(toks):
        if t.cap and (k == 0 or not toks[k - 1].cap):
            end = k
            while end + 1 < len(toks) and toks[end + 1].cap:
                end += 1
            name = ctx.text[t.start : toks[end].end]
            rest = ctx.text[toks[k + 1].start : toks[end].end] if k == 0 and end > k else ""
            if any(n and n not in own and where.is_place(n) for n in (name, rest)):
                return True  # "En Veracruz …" opening the sentence: its place is "Veracruz"
    return False


def _tail_names(mention: str) -> list[str]:
    """ "Gobierno de Oaxaca" → ["Oaxaca"]; "Nuevo León state government" → its capitalised
    runs."""
    runs, run = [], []
    for w in mention.replace(",", " ").split():
        if w[:1].isupper():
            run.append(w)
        else:
            if run:
                runs.append(" ".join(run))
            run = []
    if run:
        runs.append(" ".join(run))
    return runs
