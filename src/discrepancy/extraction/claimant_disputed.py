"""A figure that a body disputes is not that body's figure.

"The union disputed the police count of 8,000, saying 30,000 had marched", "CCOO rechazó la
cifra de 8.000 y habló de 30.000": the 8,000 in the object of the verb of disputing is the
figure someone else gave. It takes the claimants of the same figure given earlier in the text
(the police), or none (the outlet's report of it); the body's own figures elsewhere in the
sentence keep their source. Session 10: a denial ("negó que hubiera 40 muertos", "did not
kill 150") is a dispute too, and an allegation inside it gives its figure to the accuser it
names (`accuser`: "denied accusations by a rights group that soldiers killed 100").
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_back import _bare
from discrepancy.extraction.claimant_phrases import NAMED, PRONOUN, classify, names_a_place
from discrepancy.extraction.claims import Draft
from discrepancy.extraction.numbers import Mention
from discrepancy.orgs import OrgRef

if TYPE_CHECKING:
    from discrepancy.extraction.context import Context

__all__ = ["accuser", "disputed", "disputes", "given_before"]

_PHRASES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in (*tables_en.DISPUTE_PHRASES, *tables_es.DISPUTE_PHRASES):
    _PHRASES[_phrase[0]] = (*_PHRASES.get(_phrase[0], ()), _phrase)
_FIRST = frozenset(_PHRASES)
_OBJECT_END = frozenset({",", ";", ":", ".", "and", "y", "e", "but", "pero", "while", "mientras"})
"""Where the object of the verb of disputing ends: the next clause may give the body's own
figure ("…, saying 30,000", "… y habló de 30.000")."""
_OBJECT_REACH = 12
_LOOK_BACK = 200
"""How many earlier drafts are searched for the same figure (news gives a few dozen)."""


def disputed(norms: Sequence[str], mentions: Sequence[Mention]) -> list[bool]:
    """For each mention, whether it stands in the object of a verb of disputing."""
    return [k is not None for k in disputes(norms, mentions)]


_ALLEGATIONS = tables_en.SRC_ALLEGATION_NOUNS | tables_es.SRC_ALLEGATION_NOUNS
_ALLEGED_BY = frozenset({"by", "from", "de", "por"})
_ALLEGATION_END = frozenset({";", ":", "."})
_ALLEGATION_REACH = 30
"""How far the "that / de que" clause of an allegation inside a denial runs ("denied
accusations by X and Y that soldiers killed 100 people")."""
_ALLEGER_REACH = 3
_OF_FIGURE = frozenset({"of", "de"})
_STANDALONE = frozenset({"accusations", "allegations", "acusaciones"})
"""Allegation nouns whose "of / de" figure is an allegation wherever they stand ("the
allegations of 300 deaths"); "denuncias de 40" may count complaints, "reports of" a
newsroom's own."""


def disputes(norms: Sequence[str], mentions: Sequence[Mention]) -> list[int | None]:
    """For each mention: ``None`` when no body disputes it; else the index of the "by / de"
    that names who alleged it ("denied accusations by a rights group that soldiers killed
    100": the group's), or -1 when the text names nobody (session 10: the object of a
    denial, an allegation's "that"-clause, "allegations of 300 deaths", and a figure after
    a denied event, "did not kill 150", "no hubo 40 muertos")."""
    n = len(norms)
    inside: list[int | None] = [None] * n
    if not _FIRST.isdisjoint(norms):
        for k, w in enumerate(norms):
            for phrase in _PHRASES.get(w, ()):
                if tuple(norms[k : k + len(phrase)]) != phrase:
                    continue
                _mark_object(norms, k + len(phrase), inside)
                break
    if not _STANDALONE.isdisjoint(norms):
        for k in [k for k, w in enumerate(norms[: n - 2]) if w in _STANDALONE]:
            if norms[k + 1] in _OF_FIGURE and inside[k + 2] is None:
                inside[k + 2] = -1  # "the allegations of 300 deaths were unfounded"
    out = [inside[m.first] if m.first < n else None for m in mentions]
    for j, m in enumerate(mentions):
        if out[j] is None and denied_event(norms, m.first):
            out[j] = -1
    return out


def _mark_object(norms: Sequence[str], start: int, inside: list[int | None]) -> None:
    """Mark the object of a verb of disputing from ``start``: up to a clause mark, or, past
    an allegation noun, to the end of the allegation's clause, with its alleger."""
    n = len(norms)
    end, reach, alleger = start, _OBJECT_REACH, -1
    while end < n and end - start < reach:
        w = norms[end]
        if w in _ALLEGATIONS and reach == _OBJECT_REACH:
            reach = _ALLEGATION_REACH  # the allegation's own clause goes on past "and"
            alleger = next(
                (
                    j
                    for j in range(end + 1, min(n, end + 1 + _ALLEGER_REACH))
                    if norms[j] in _ALLEGED_BY
                ),
                -1,
            )
        elif w in (_ALLEGATION_END if reach > _OBJECT_REACH else _OBJECT_END):
            break
        inside[end] = alleger if inside[end] is None else inside[end]
        end += 1


_NEGATIONS = tables_en.NEGATIONS | tables_es.NEGATIONS
_NEGATION_SKIP = tables_en.NEGATION_SKIP | tables_es.NEGATION_SKIP
_DENIED_VERBS = tables_en.SRC_DENIED_VERBS | tables_es.SRC_DENIED_VERBS
_EVENT_WORDS = frozenset(tables_en.EVENT_WORDS) | frozenset(tables_es.EVENT_WORDS)
_BEFORE_FIGURE = frozenset({"a", "al", "the", "los", "las", "some", "unos", "unas", "as", "many"})
_DENIAL_REACH = 4


def denied_event(norms: Sequence[str], first: int) -> bool:
    """The figure at ``first`` is the object or subject of a negated event ("did not kill
    150 people", "no mató a 40 civiles", "no hubo 40 muertos"): a figure the speaker denies,
    not one it states (session 10)."""
    j = first - 1
    while j >= 0 and first - j <= 2 and norms[j] in _BEFORE_FIGURE:
        j -= 1
    if j < 1 or not (norms[j] in _DENIED_VERBS or norms[j] in _EVENT_WORDS):
        return False
    k = j - 1
    while k >= 0 and j - k <= _DENIAL_REACH:
        if norms[k] in _NEGATIONS:
            return True
        if norms[k] not in _NEGATION_SKIP:
            return False
        k -= 1
    return False


def given_before(drafts: Sequence[Draft], mention: Mention) -> tuple[OrgRef, ...]:
    """The claimants of the latest earlier figure with the same value, or none."""
    q = mention.quantity
    for draft in reversed(drafts[-_LOOK_BACK:]):
        if draft.claimants and draft.quantity.low == q.low and draft.quantity.high == q.high:
            return draft.claimants
    return ()


def accuser(ctx: Context, i: int, by: int) -> tuple[OrgRef, ...] | None:
    """Who the "by / de" at ``by`` of an allegation names ("accusations by a rights group
    that …", "las acusaciones de Amnistía de que …"), as written when unnamed; ``None`` when
    it names no source (session 10). A list of accusers ("leftist politicians and a rights
    group") gives each one that reads as a source."""
    view = ctx.view(i)
    toks, norms = view.toks, view.norms
    end = by + 1
    while end < len(norms) and end - by <= _ALLEGER_SPAN and norms[end] not in _ALLEGER_END:
        end += 1
    span = list(range(by + 1, end))
    if not span:
        return None
    whole = classify(ctx.text, toks, span, ctx.lex, ctx.phrases)
    parts = [whole] if whole is not None else []
    if whole is None:
        cuts = [-1, *(p for p, k in enumerate(span) if norms[k] in _AND_JOINS), len(span)]
        for a, b in itertools.pairwise(cuts):
            part = span[a + 1 : b]
            found = classify(ctx.text, toks, part, ctx.lex, ctx.phrases) if part else None
            if found is not None:
                parts.append(found)
    refs: list[OrgRef] = []
    for found in parts:
        if found.kind == PRONOUN or names_a_place(found):
            continue
        if found.kind == NAMED and found.names:
            refs.extend(ctx.ref(name) for name in found.names)
        else:
            refs.append(ctx.ref(_bare(found.text)))
    return tuple(refs) or None


_ALLEGER_SPAN = 14
_ALLEGER_END = frozenset({"that", "que", ",", ";", ".", ":", "about", "sobre"})
_AND_JOINS = frozenset({"and", "y", "e"})
