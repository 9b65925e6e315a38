"""People sent to help are not the people a toll counts (session 10, lead).

"Hundreds of rescuers searched for the missing", "dozens of relief workers reached the valley
as the toll climbed", "más de 500 rescatistas buscan a los desaparecidos": the events of such
a figure's sentence are what its people respond to, not what they are; they count as
themselves (their own verb still decides: "two firefighters died"). People of a generic noun
who take part in the rescue ("300 people were involved in the rescue") are rescuers.

Table look-ups over a few words after the figure's noun: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_generic import is_generic
from discrepancy.extraction.counted_noun import NounPhrase

__all__ = ["in_the_response", "joins_response", "responders"]

_RESPONDERS = tables_en.RESPONDER_NOUNS | tables_es.RESPONDER_NOUNS
_RESPONDER_MODIFIERS = tables_en.RESPONDER_MODIFIERS | tables_es.RESPONDER_MODIFIERS
_RESPONDER_HEADS = tables_en.RESPONDER_HEADS | tables_es.RESPONDER_HEADS


def in_the_response(norms: Sequence[str], np: NounPhrase) -> bool:
    """Whether people of a generic noun take part in the rescue: "300 people were involved
    in the rescue", "200 personas participan en las labores de búsqueda" (session 10)."""
    if np.last <= np.first or not is_generic(norms[np.last - 1]):
        return False
    into = joined = False
    for w in norms[np.last : np.last + _RESPONSE_REACH]:
        if w in _STOPS:
            return False
        if w in _JOIN_VERBS:
            joined = True
        elif w in _INTO:
            into = True
        elif into and (w in _RESPONSE_WORDS or (joined and w in _OPERATION_WORDS)):
            return True
    return False


def joins_response(norms: Sequence[str], at: int) -> bool:
    """Whether the verb phrase at ``at`` (after a figure's noun) joins a search or a rescue:
    "200 volunteers joined the search", "40 agentes se sumaron al operativo de búsqueda"
    (session 12): the people are responders, never the protesters "joined" counts elsewhere."""
    joined = False
    for w in norms[at : at + _RESPONSE_REACH]:
        if w in _STOPS:
            return False
        if w in _JOIN_VERBS:
            joined = True
        elif joined and (w in _RESPONSE_WORDS or w in _OPERATION_WORDS):
            return True
    return False


_RESPONSE_REACH = 8
_STOPS = frozenset({",", ";", ".", ":", "(", ")"})
_INTO = frozenset({"in", "into", "en", "a"})
_RESPONSE_WORDS = tables_en.RESPONSE_WORDS | tables_es.RESPONSE_WORDS
_JOIN_VERBS = tables_en.JOIN_RESPONSE_VERBS | tables_es.JOIN_RESPONSE_VERBS
_OPERATION_WORDS = tables_en.OPERATION_WORDS | tables_es.OPERATION_WORDS


def responders(norms: Sequence[str], np: NounPhrase) -> bool:
    """Whether a figure's noun names people sent to help ("500 rescuers", "rescue workers",
    "equipos de rescate"): the events of their sentence are what they respond to, not what
    they count (session 10)."""
    if np.kind != "person" or np.last <= np.first:
        return False
    head = norms[np.last - 1]
    if head in _RESPONDERS:
        return True
    words = norms[np.first : min(np.last + 3, len(norms))]
    return head in _RESPONDER_HEADS and not _RESPONDER_MODIFIERS.isdisjoint(words)
