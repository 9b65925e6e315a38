"""Figures of room for people, which count no people (session 13, h-what).

"Shelters with capacity for 600", "a capacity of 9,500 people", "room for 300", "able to house
up to 2,000", "albergues disponibles para recibir a más de 9.000 personas": the figure says how
many could fit, not how many are there; it is never set against a count of the people
sheltered or evacuated. Read from the few words right before the figure (the tables'
``CAPACITY_*`` and ``ROOM_*`` words, same names in both languages):

* a capacity noun and its link just before the figure ("capacity for", "aforo de"), past
  an article or a hedge's "a" ("capacidad para unas 600");
* a verb of room ("house", "albergar") right before the figure, with a word that makes it a
  capacity just before the verb or its "to" / "para" ("able to house", "pueden albergar",
  "disponibles para recibir a"). Without one the figure is the people received ("the camp
  received 600 people").
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["capacity"]

_NOUNS = tables_en.CAPACITY_NOUNS | tables_es.CAPACITY_NOUNS
_LINKS = tables_en.CAPACITY_LINKS | tables_es.CAPACITY_LINKS
_ROOMS = tables_en.ROOM_NOUNS | tables_es.ROOM_NOUNS
_ROOM_LINKS = tables_en.ROOM_LINKS | tables_es.ROOM_LINKS
_VERBS = tables_en.CAPACITY_VERBS | tables_es.CAPACITY_VERBS
_MODALS = tables_en.CAPACITY_MODALS | tables_es.CAPACITY_MODALS
_TO = tables_en.CAPACITY_TO | tables_es.CAPACITY_TO
_SKIP = frozenset({"a", "al", "an", "the", "un", "unas", "unos", "up", "to", "hasta"})
"""Words between the capacity's word and its figure: "capacity for up to 600", "para
recibir a 9.000", "capacidad para unas 600"."""
_SKIP_REACH = 3


def capacity(norms: Sequence[str], first: int) -> bool:
    """Whether the figure starting at token ``first`` is a capacity, not a count."""
    j = first - 1
    while j >= 0 and first - j <= _SKIP_REACH and norms[j] in _SKIP:
        j -= 1
    if j < 1:
        return False
    word, before = norms[j], norms[j - 1]
    if word in _LINKS and before in _NOUNS:
        return True  # "capacity for 600", "un aforo de 9.000"
    if word in _ROOM_LINKS and before in _ROOMS:
        return True  # "room for 300", "plazas para 120"
    if word not in _VERBS:
        return False
    if before in _MODALS:
        return True  # "can house 600", "pueden albergar a 600"
    return (
        before in _TO and j >= 2 and norms[j - 2] in _MODALS
    )  # "able to house", "disponibles para recibir"
