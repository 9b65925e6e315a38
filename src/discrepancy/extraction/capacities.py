"""A capacity is no count of people (session 13, h-scan and h-what).

"shelters for 600 people", "a capacity of 5,000", "room for 300", "the hall can hold 2,000",
"organizers had been planning for a crowd of 20,000", "albergues con capacidad para resguardar
a más de 9.500 personas", "camas para 1.200", "puede acoger a 300": how many a place can take
or a crowd was expected to be, never how many were there (scan set such a figure against the
count of those sheltered, evacuated or marching).

Read from the few words right before the figure (its hedge included), table look-ups only:

* "for" / "para" / "of" / "de" after a noun of room (`CAPACITY_NOUNS`: "capacity", "room",
  "capacidad", "aforo"), or "for" / "para" after a place or bed for people
  (`CAPACITY_PLACES`: "shelters", "beds", "albergues", "camas");
* a verb of taking people in (`HOUSING_VERBS`), with Spanish "a" before the figure, after a
  modal (`CAPACITY_MODALS`: "can hold", "puede acoger a") or after such a "for" / "para"
  ("capacity to house", "capacidad para albergar a");
* "for" / "para" after a word of readiness (`PLANNING_VERBS`: "planned for 5,000",
  "preparados para 5.000"), also across "a crowd of" (`EXPECTED_SIZES`).

And (h-what, read back past the hedge's "a" / "up to"): a capacity noun and its link
(`CAPACITY_HEADS`, `CAPACITY_LINKS`: "capacity for up to 600"), a room noun and its link
(`ROOM_NOUNS`, `ROOM_LINKS`: "plazas para 120"), or a verb of room (`CAPACITY_VERBS`) after a
word that makes it a capacity (`ROOM_MODALS`: "able to house 2,000", "disponibles para recibir
a 9.000"); without one the figure is the people received ("the camp received 600 people").

A figure of those a place holds now ("the shelter houses 300 evacuees", "un albergue activo
con 22 personas") has none of these words before it and stays a count.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["a_capacity"]

_ROOM = tables_en.CAPACITY_NOUNS | tables_es.CAPACITY_NOUNS
_PLACES = tables_en.CAPACITY_PLACES | tables_es.CAPACITY_PLACES
_HOUSING = tables_en.HOUSING_VERBS | tables_es.HOUSING_VERBS
_MODALS = tables_en.CAPACITY_MODALS | tables_es.CAPACITY_MODALS
_PLANNING = tables_en.PLANNING_VERBS | tables_es.PLANNING_VERBS
_EXPECTED = tables_en.EXPECTED_SIZES | tables_es.EXPECTED_SIZES
_FOR = frozenset({"for", "para"})
_OF = frozenset({"of", "de"})
_TO = frozenset({"to", "for", "para"})
_ARTICLES = frozenset({"a", "an", "the", "una", "un", "la", "el"})
_PERSONAL_A = frozenset({"a", "al"})


def a_capacity(norms: Sequence[str], first: int) -> bool:
    """Whether the figure starting at token ``first`` (its hedge included) is how many a
    place can take or a crowd was expected to be."""
    return _taken_in(norms, first) or _room(norms, first)


def _taken_in(norms: Sequence[str], first: int) -> bool:
    """h-scan's reading: a room or place for people, a verb of taking in, a plan."""
    at = first - 1 if first > 0 and norms[first - 1] in _PERSONAL_A else first
    b1 = norms[at - 1] if at > 0 else ""
    b2 = norms[at - 2] if at > 1 else ""
    if b1 in _HOUSING:  # "can hold 2,000", "capacidad para albergar a 600", "room to house"
        b3 = norms[at - 3] if at > 2 else ""
        return b2 in _MODALS or (b2 in _TO and (b3 in _ROOM or b3 in _PLACES))
    if at != first:
        return False  # "a" before the figure only after a verb of taking in
    if b1 in _FOR and (b2 in _ROOM or b2 in _PLACES or b2 in _PLANNING):
        return True  # "shelters for 600", "room for 300", "planned for 5,000"
    if b1 in _OF and b2 in _ROOM:
        return True  # "a capacity of 5,000", "un aforo de 5.000"
    if b1 in _OF and b2 in _EXPECTED and first >= 5:  # "planning for a crowd of 20,000"
        return (
            norms[first - 3] in _ARTICLES
            and norms[first - 4] in _FOR
            and (norms[first - 5] in _PLANNING)
        )
    return False


_HEADS = tables_en.CAPACITY_HEADS | tables_es.CAPACITY_HEADS
_LINKS = tables_en.CAPACITY_LINKS | tables_es.CAPACITY_LINKS
_ROOMS = tables_en.ROOM_NOUNS | tables_es.ROOM_NOUNS
_ROOM_LINKS = tables_en.ROOM_LINKS | tables_es.ROOM_LINKS
_VERBS = tables_en.CAPACITY_VERBS | tables_es.CAPACITY_VERBS
_ROOM_MODALS = tables_en.ROOM_MODALS | tables_es.ROOM_MODALS
_ROOM_TO = tables_en.CAPACITY_TO | tables_es.CAPACITY_TO
_SKIP = frozenset({"a", "al", "an", "the", "un", "unas", "unos", "up", "to", "hasta"})
"""Words between the capacity's word and its figure: "capacity for up to 600", "para
recibir a 9.000", "capacidad para unas 600"."""
_SKIP_REACH = 3


def _room(norms: Sequence[str], first: int) -> bool:
    """A capacity by the words right before the figure, read back past its hedge's "a" / "up
    to" ("capacity for up to 600", "able to house 2,000", "disponibles para recibir a 9.000")."""
    j = first - 1
    while j >= 0 and first - j <= _SKIP_REACH and norms[j] in _SKIP:
        j -= 1
    if j < 1:
        return False
    word, before = norms[j], norms[j - 1]
    if word in _LINKS and before in _HEADS:
        return True  # "capacity for 600", "un aforo de 9.000"
    if word in _ROOM_LINKS and before in _ROOMS:
        return True  # "room for 300", "plazas para 120"
    if word not in _VERBS:
        return False
    if before in _ROOM_MODALS:
        return True  # "can house 600", "pueden albergar a 600"
    return (
        before in _ROOM_TO and j >= 2 and norms[j - 2] in _ROOM_MODALS
    )  # "able to house", "disponibles para recibir"
