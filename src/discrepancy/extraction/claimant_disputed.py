"""A figure that a body disputes is not that body's figure.

"The union disputed the police count of 8,000, saying 30,000 had marched", "CCOO rechazó la
cifra de 8.000 y habló de 30.000": the 8,000 in the object of the verb of disputing is the
figure someone else gave. It takes the claimants of the same figure given earlier in the text
(the police), or none (the outlet's report of it); the body's own figures elsewhere in the
sentence keep their source.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claims import Draft
from discrepancy.extraction.numbers import Mention
from discrepancy.orgs import OrgRef

__all__ = ["disputed", "given_before"]

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
    n = len(norms)
    if _FIRST.isdisjoint(norms):
        return [False] * len(mentions)
    inside = [False] * n
    for k, w in enumerate(norms):
        for phrase in _PHRASES.get(w, ()):
            if tuple(norms[k : k + len(phrase)]) != phrase:
                continue
            end = k + len(phrase)
            while end < n and end - k < _OBJECT_REACH and norms[end] not in _OBJECT_END:
                inside[end] = True
                end += 1
            break
    return [m.first < n and inside[m.first] for m in mentions]


def given_before(drafts: Sequence[Draft], mention: Mention) -> tuple[OrgRef, ...]:
    """The claimants of the latest earlier figure with the same value, or none."""
    q = mention.quantity
    for draft in reversed(drafts[-_LOOK_BACK:]):
        if draft.claimants and draft.quantity.low == q.low and draft.quantity.high == q.high:
            return draft.claimants
    return ()
