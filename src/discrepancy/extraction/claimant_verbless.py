"""Sources a sentence names with no verb of saying (round 7).

A headline's "UN: …", a sentence that gives only a source and its figure ("Los
organizadores, de 20.000."), a figure set against another's owner ("frente a los 9.000 de la
Policía Local"), the subject of a relative that gives a figure ("la cifra … que dan los
sindicatos"), and "Para los organizadores, …" / "For the ministry, …".
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_choice import INNER_KINDS
from discrepancy.extraction.claimant_phrases import (
    DEFINITE,
    GOVERNMENT,
    NAMED,
    PLURAL,
    Attribution,
    Memo,
    classify,
    known_names,
)
from discrepancy.extraction.claimant_spans import forward, hedge_before_number
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "HEADLINE_SPAN",
    "SET_AGAINST",
    "against_owner",
    "for_source",
    "headline_source",
    "origin_at",
    "origin_cue",
    "origin_source",
    "own_source_cue",
    "relative_giver",
    "verbless",
]


_VERBLESS_AT = frozenset({"en", "at", "de", "in"})
_VERBLESS_SPAN = 6
_VERBLESS_ASIDE = 10


def own_source_cue(norms: Sequence[str], lex: Lexicon) -> bool:
    """A cheap gate (the document reader looks for attributions only in sentences with a cue)
    for the forms that name a source with no verb of saying (round 7): "en / at / de"
    before a digit within the sentence's first words ("Los organizadores, de 20.000."), a
    headline's "UN: …", a report noun and its source ("Data from the commission shows")."""
    n = len(norms)
    reach = min(n - 1, _VERBLESS_SPAN + _VERBLESS_ASIDE + 3)
    if any(norms[k] in _VERBLESS_AT and norms[k + 1][:1].isdigit() for k in range(1, reach)):
        return True
    if ":" in norms[1 : HEADLINE_SPAN + 1]:
        return True
    if origin_at(norms) > 0:
        return True
    if any(norms[k] in lex.by_report and norms[k + 1] in _REPORT_FROM for k in range(n - 1)):
        return True
    return any(  # "The WHO data showed", "Las cifras oficiales registran" (round 8)
        norms[k] in _DATA_VERBS and any(norms[j] in _DATA_NOUNS for j in range(max(0, k - 3), k))
        for k in range(1, n)
    )


_REPORT_FROM = frozenset({"from", "of", "de", "del"})
_DATA_VERBS = tables_en.DATA_VERBS | tables_es.DATA_VERBS
_DATA_NOUNS = tables_en.DATA_NOUNS | tables_es.DATA_NOUNS
HEADLINE_SPAN = 3
_HEADLINE_KINDS = (GOVERNMENT, PLURAL, DEFINITE)


def headline_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "UN: amnesty includes about 300 political prisoners", "Policía: 3 muertos": a
    headline opens with its source and a colon (round 7). Only a body the words
    surely name (an acronym, a registry name, police or a government), since a headline
    also opens with a topic ("Kestrel shooting: 3 dead")."""
    colon = next((k for k in range(1, min(len(norms), HEADLINE_SPAN + 1)) if norms[k] == ":"), 0)
    if not colon or not any(t.kind == "n" for t in toks[colon + 1 :]):
        return None
    found = classify(text, toks, list(range(colon)), lex, memo)
    if found is None:
        return None
    if found.kind == NAMED:
        sure = all(fold(nm) in known_names() for nm in found.names)
        # "READ MORE: 222 killed", "VIDEO: …" are links, not sources
        if not sure or found.office:
            return None
    elif found.kind not in _HEADLINE_KINDS or found.names or found.country:
        return None  # "Nigeria: gunmen abduct 300": the country is the topic, not the source
    return attrs.evolve(found, verb="according", at=0)


def verbless(
    text: str, toks: Sequence[Tok], norms: Sequence[str], lex: Lexicon, memo: Memo
) -> Attribution | None:
    """A sentence that leaves out the verb of the one before and gives only a source and its
    figure (round 7): "Los organizadores, de 20.000.", "The organizers, at 20,000.",
    "Los convocantes, de la plataforma Aire Limpio, en 9.000 asistentes." The source opens
    the sentence; one aside between commas may follow it."""
    n = len(toks)
    span: list[int] = []
    j = 0
    while j < n and len(span) < _VERBLESS_SPAN and toks[j].kind == "w" and norms[j] != ",":
        if norms[j] in _VERBLESS_AT and span:
            break
        span.append(j)
        j += 1
    if not span or j >= n:
        return None
    comma = norms[j] == ","
    if comma:
        j += 1
    if (
        j < n
        and (comma or norms[j] in _VERBLESS_AT)
        and not (norms[j] in _VERBLESS_AT and _figure_after(toks, norms, j + 1, lex))
    ):
        aside = j  # ", de la plataforma Aire Limpio,", ", del sindicato X," then the figure
        while j < n and j - aside < _VERBLESS_ASIDE and norms[j] != "," and toks[j].kind == "w":
            j += 1
        if j >= n or norms[j] != ",":
            return None
        j += 1
    if j >= n or norms[j] not in _VERBLESS_AT or not _figure_after(toks, norms, j + 1, lex):
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb="according", at=0)


def _figure_after(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A figure at ``j``, past an article ("en el 20 %", "at the 20,000")."""
    if j < len(toks) and norms[j] in ("el", "la", "los", "las", "the", "un", "una", "unos"):
        j += 1
    return j < len(toks) and (toks[j].kind == "n" or hedge_before_number(toks, norms, j, lex))


SET_AGAINST = frozenset({"frente", "against", "versus", "vs"})
_AGAINST_LEAD = frozenset({"a", "al", "los", "las", "el", "la", "the", "unos", "unas", "some"})
_OWNER_OF = frozenset({"de", "del", "of", "from"})
_OWNER_REACH = 3


def against_owner(
    text: str, toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "frente a los 9.000 de la Policía Local", "against the 650,000 of the ministry": the
    body after the figure set against another is that figure's source (round 7)."""
    n = len(toks)
    j = k + 1
    while (
        j < n
        and j - k <= _OWNER_REACH
        and (norms[j] in _AGAINST_LEAD or hedge_before_number(toks, norms, j, lex))
    ):
        j += 1
    while j < n and toks[j].kind != "n" and j - k <= _OWNER_REACH + 2:
        j += 1  # past a hedge's words ("más de")
    if j >= n or toks[j].kind != "n":
        return None
    j += 1
    if j < n and norms[j] == "%":
        j += 1  # "frente al 3,5 % de Educación"
    if j < n and toks[j].kind == "w" and norms[j] not in _OWNER_OF:
        j += 1  # the counted noun: "los 9.000 asistentes de la Policía"
    if j + 1 >= n or norms[j] not in _OWNER_OF:
        return None
    found = classify(text, toks, forward(toks, norms, j + 1, lex), lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb="according", at=j)


_GIVE_VERBS = tables_en.GIVE_VERBS | tables_es.GIVE_VERBS
_GIVER_REACH = 5
"""How far before the relative the figure it describes may end ("cerca del 75 % que")."""


def relative_giver(
    text: str, toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """The subject of a relative clause that gives the figure just named (round 7):
    "la cifra de cerca del 75 % que dan los sindicatos", "the 20,000 that the organizers
    gave" → the sindicatos, the organizers, whoever else speaks in the sentence."""
    if not any(toks[j].kind == "n" for j in range(max(0, k - _GIVER_REACH), k)):
        return None
    n = len(toks)
    if norms[k + 1] in _GIVE_VERBS:  # Spanish order: "que dan los sindicatos"
        span = forward(toks, norms, k + 2, lex, names_only=True)
    else:  # "that the organizers gave": a short subject, then the verb
        end = next((j for j in range(k + 1, min(n, k + 6)) if norms[j] in _GIVE_VERBS), -1)
        if end < 0 or any(toks[j].kind != "w" for j in range(k + 1, end)):
            return None
        span = list(range(k + 1, end))
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb="report", at=k)


def for_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "Para los organizadores, más de 50.000 personas …", "…, para las Juntas de Andalucía,
    un 90 %", "For the ministry, turnout was 40 %"; with no comma, only a name that a verb
    follows: "Para el Ministerio de Trabajo paró el 12 %"."""
    n = len(toks)
    span = forward(toks, norms, k + 1, lex)
    if span and span[-1] + 1 < n and norms[span[-1] + 1] == ",":
        found = classify(text, toks, span, lex, memo)
        if found is not None and found.kind in INNER_KINDS:
            return attrs.evolve(found, verb="according", at=k)
        return None
    if norms[k] != "para":
        return None
    span = forward(toks, norms, k + 1, lex, names_only=True)
    after = span[-1] + 1 if span else n
    if after >= n or toks[after].kind != "w" or toks[after].cap:
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None:
        return None
    if found.kind in (NAMED, GOVERNMENT) and toks[span[-1]].cap:
        return attrs.evolve(found, verb="according", at=k)
    if k > 0 and found.kind == DEFINITE and _figure_follows(toks, after):
        # session 13: "mientras que para la policía fueron 12.000": a body by its class,
        # then its figure, in a clause a contrast opens
        return attrs.evolve(found, verb="according", at=k)
    return None


_FIGURE_AFTER = 3
"""Session 13: how far after a "para X" source with no comma its figure may stand."""


def _figure_follows(toks: Sequence[Tok], after: int) -> bool:
    return any(t.kind == "n" for t in toks[after : after + _FIGURE_AFTER])


_ORIGIN_OPENERS = frozenset(
    {"the", "this", "that", "these", "those", "la", "las", "los", "el", "esa", "esta", "esos"}
)
_ORIGIN_NOUNS = tables_en.CARRY_ORIGIN_NOUNS | tables_es.CARRY_ORIGIN_NOUNS
_ORIGIN_VERBS = frozenset(tables_en.CARRY_ORIGIN_VERBS + tables_es.CARRY_ORIGIN_VERBS)
_ORIGIN_REACH = max(len(p) for p in _ORIGIN_VERBS)
_ORIGIN_LINKS = frozenset({"from", "de", "del", "by", "por"})


def origin_at(norms: Sequence[str]) -> int:
    """Where the source starts in "The figure came from X", "La cifra procede de X" (a
    sentence that opens by naming a figure's origin), else -1."""
    if len(norms) < 4 or norms[0] not in _ORIGIN_OPENERS or norms[1] not in _ORIGIN_NOUNS:
        return -1
    for n in range(1, _ORIGIN_REACH + 1):
        if tuple(norms[2 : 2 + n]) in _ORIGIN_VERBS:
            at = 2 + n
            if at < len(norms) and norms[at] in _ORIGIN_LINKS:
                at += 1
            return at if at < len(norms) else -1
    return -1


def origin_cue(norms: Sequence[str]) -> bool:
    """Whether the sentence opens by naming where a figure came from (it needs no digit)."""
    return origin_at(norms) > 0


def origin_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "… 40 dead. The figure came from the civil defence.", "La cifra procede de Protección
    Civil": the body a figure is said to come from, named with no verb of saying (the
    document pass gives it to the figures before when the sentence points back)."""
    at = origin_at(norms)
    if at < 0:
        return None
    found = classify(text, toks, forward(toks, norms, at, lex), lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb="report", at=at)
