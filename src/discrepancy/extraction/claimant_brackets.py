"""A source named bare in a parenthesis after its figure (session 10, audit 9 pattern 1).

"Marcharon 8.000 personas (organizadores) y 3.000 (Delegación del Gobierno)", "about 8,000
people (police) or 30,000 (organizers)": the parenthesis right after a figure and its noun
holds nothing but a source, with no verb and no "según / according to" (those the cue
readers take): it is that figure's source, and no other figure's. A parenthesis that holds a
place ("(Madrid)"), a figure ("(20 mujeres)"), a year, or words that name no body is none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import (
    DEFINITE,
    GOVERNMENT,
    NAMED,
    PLURAL,
    Attribution,
    Memo,
    classify,
    names_a_place,
)
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.numbers import Mention
from discrepancy.extraction.sentences import Tok

if TYPE_CHECKING:
    from discrepancy.orgs import OrgRef

__all__ = ["bracket_sources", "bracketed_source"]

_NOUN_REACH = 3
"""The most words of a figure's noun between the figure and its parenthesis ("8.000
personas (organizadores)")."""
_INSIDE = 5
"""The most words a bare source in a parenthesis holds ("(Delegación del Gobierno)")."""
_HEADS = tables_en.SRC_BRACKET_HEADS | tables_es.SRC_BRACKET_HEADS
_SOURCE_KINDS = frozenset({"ngo", "government", "official", "intergovernmental", "media"})


def bracketed_source(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    last: int,
    lex: Lexicon,
    memo: Memo,
    kind_of: Callable[[str], str | None],
) -> Attribution | None:
    """The source a parenthesis names bare right after the figure that ends at ``last``
    (its noun between them), or ``None``. A name must be a body the registry knows as a
    source (not a party or a company) unless it reads as a government."""
    n = len(toks)
    k = last
    while k < n and k - last < _NOUN_REACH and toks[k].kind == "w" and norms[k] != "(":
        k += 1
    if k >= n or norms[k] != "(":
        return None
    close = next((j for j in range(k + 1, min(n, k + 2 + _INSIDE)) if norms[j] == ")"), -1)
    if close <= k + 1:
        return None
    inside = list(range(k + 1, close))
    if any(toks[j].kind != "w" or norms[j] in lex.say_verbs for j in inside):
        return None  # "(20 mujeres)", "(2019)", "(según la policía)": other readers
    found = classify(text, toks, inside, lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT, PLURAL, DEFINITE):
        return None
    if names_a_place(found):
        return None  # "(Madrid)": where, not who
    if found.kind == NAMED and not any(kind_of(name) in _SOURCE_KINDS for name in found.names):
        return None  # "(PSOE)", "(Acme)": a party's or a firm's share, not its count
    if found.kind in (PLURAL, DEFINITE) and not any(norms[j] in _HEADS for j in inside):
        return None  # "300 heridos (policías)", "(protesters)": who was counted
    return Attribution(found.kind, found.names, found.text, verb="according", at=k)


def bracket_sources(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    mentions: Sequence[Mention],
    found: list[tuple[OrgRef, ...]] | None,
    read: Callable[[int], Attribution | None],
    claimants: Callable[[Attribution], tuple[OrgRef, ...]],
    fallback: Callable[[], tuple[OrgRef, ...]],
) -> list[tuple[OrgRef, ...]] | None:
    """The claimant stage's hook: each figure whose parenthesis names a bare source
    (``read(last)``, from `bracketed_source`) is given that source; the others keep
    ``found`` (``None``: ``fallback()``, the sentence's source, for every figure)."""
    if "(" not in norms:
        return found
    own = [read(m.last) for m in mentions]
    if not any(a is not None for a in own):
        return found
    out = list(found) if found is not None else [fallback()] * len(mentions)
    for k, a in enumerate(own):
        if a is not None:
            out[k] = claimants(a)
    return out
