"""Items of a list of causes under a counted figure (round 12, issue 9).

A monitor splits its toll by cause: "310 muertos por metralla, 95 por asfixia y 40 por
quemaduras", "310 deaths from shrapnel, 95 from smoke". The later items name no noun of their
own, only a cause, and a cause's noun (an abduction, a gas) could be read as what they count:
captives (audit 8, P4). The rule: a figure with no noun, right after a list join
("," / "y" / "and") and followed by a word of cause (``CAUSE_LINKS``: "por", "from"), whose
list's earlier item carries the same word, counts what the list's first counted item counts.

`discrepancy.extraction.counted` asks `cause_item_head` of an elided figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = ["cause_item_head"]

_LINKS = tables_en.CAUSE_LINKS | tables_es.CAUSE_LINKS
_JOINS = frozenset({",", "y", "e", "and"})
_STOPS = frozenset({".", ";", ":", "(", ")", "!", "?"})
_ITEM_REACH = 10
"""At most this many words in one item of the list ("1.450 por secuestro y ejecución")."""
_HOPS = 12
"""At most this many items are walked back to the list's counted head."""


def cause_item_head(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> int | None:
    """Where the figure of the list's counted item starts, when the figure at ``[first,
    last)`` is a later item of a list of causes (see the module's rule); else ``None``."""
    if last >= len(norms) or norms[last] not in _LINKS:
        return None
    link = norms[last]
    at = first
    for _ in range(_HOPS):
        if at < 1 or norms[at - 1] not in _JOINS:
            return None
        j = _previous_figure(toks, norms, at - 1)
        if j is None or link not in norms[j + 1 : at - 1]:
            return None
        if norms[j + 1] != link:
            return j  # "2.300 muertos por disparos": the counted item
        at = j  # "1.450 por secuestro": another item with no noun; walk on
    return None


def _previous_figure(toks: Sequence[Tok], norms: Sequence[str], k: int) -> int | None:
    for j in range(k - 1, max(k - 1 - _ITEM_REACH, -1), -1):
        if toks[j].kind == "n":
            return j
        if norms[j] in _STOPS:
            return None
    return None
