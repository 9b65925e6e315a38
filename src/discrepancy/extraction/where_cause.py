"""Round 11 (e-where): a figure is where it happened, never what it is about.

Readers of the words right before a place:

* `whole_word_tie`: a tie ("in", "en", "a") is a whole word. "between" ends in "en" and
  "Berlin" in "in", but neither ties the place after it; nor does the English article "a"
  ("died in a U.S. strike"), which only looks like the Spanish "a" of "llegadas a Canarias".
* `route_tie`: a crowd is where it gathered. The place of a gathering verb's route ("marched
  through Paris", "marcharon el sábado por Roma", "flooded the streets of London") is tied
  to the crowd's figures as "in Paris" is.
* `cause_object`: a place named only as the object of a war noun that a demand or a cause
  governs ("urging a truce in the war between Chile and Peru", "contra la invasión de
  Irak", "exigen acabar con el asedio de …") is what a crowd asks about, never where
  anything was counted: no scope.
* `transfer_place`: a toll is where people died, never where survivors were taken ("the
  injured were evacuated to Yola", "trasladados al hospital de …").
* `origin_place`: nor where the victims came from ("migrants from Ethiopia, Somalia and
  Sudan", "migrantes procedentes de …"), nor (session 10) the place of what they fled ("who
  escaped the clashes in neighbouring Sudan", "que escaparon de los
  enfrentamientos en").

The attacker's country on its weapon ("a U.S. airstrike", "by U.S. warplanes") is an agent,
read with the other agents in `where_marks` (`ATTACK_NOUNS` in the tables). And a crowd "in
the city" / "en la ciudad" is in the city named last before it, an outlet's name included
("the Denver Post said 90,000 joined the rally in the city"), else in no place at all
— never the country by default (`PlaceScope._city_back`).

Each reads a bounded window of words before one place: linear in the text.
"""

from __future__ import annotations

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction import where_cues as cue

__all__ = [
    "CITY_BACK",
    "cause_object",
    "fled_place",
    "origin_place",
    "route_tie",
    "transfer_place",
    "whole_word_tie",
]

_GATHER = tables_en.GATHER_VERBS | tables_es.GATHER_VERBS
_ROUTE = tables_en.ROUTE_WORDS | tables_es.ROUTE_WORDS
_WARS = tables_en.WAR_NOUNS | tables_es.WAR_NOUNS
_CAUSES = tables_en.CAUSE_WORDS | tables_es.CAUSE_WORDS
_WAR_TIES = tables_en.WAR_TIES | tables_es.WAR_TIES
CITY_BACK = tables_en.CITY_BACK + tables_es.CITY_BACK
"""Phrases of a crowd in "the city" named before (`city_back` in `where_places`)."""

_FILLER = frozenset(
    {"the", "streets", "street", "of", "central", "downtown", "centre", "center", "heart"}
    | {"la", "las", "el", "los", "calles", "calle", "centro", "de", "del", "avenidas"}
)
"""Words between a route word (or a gathering verb) and its place: "through the streets of
London", "por las calles del centro de Madrid", "filled central London"."""
_ROUTE_GAP = 4
"""How many words (a day, an adverb) may stand between a gathering verb and its route word."""
_CAUSE_GAP = 4
"""How many words before a war noun a cause word may stand ("a ceasefire in the war")."""
_WAR_GAP = 6
"""How many words may stand between a war noun and its place ("the war between A and B")."""
_ENGLISH_BEFORE_A = frozenset(
    {"in", "of", "by", "from", "during", "after", "with", "for", "on", "at", "into", "is"}
    | {"was", "as", "and", "to", "than", "like", "near", "over", "under", "such", "what"}
)
"""English words before the article "a": "in a U.S. strike" (no Spanish "a" of a place)."""
_STOPS = ".;:!?\n"

_TRANSFER = tables_en.TRANSFER_VERBS | tables_es.TRANSFER_VERBS
_ORIGIN = tables_en.ORIGIN_WORDS | tables_es.ORIGIN_WORDS
_ORIGIN_PEOPLE = tables_en.ORIGIN_PEOPLE | tables_es.ORIGIN_PEOPLE
_TRANSFER_SMALL = frozenset(
    {"to", "the", "a", "hospital", "hospitals", "in", "at", "al", "el", "la", "los", "las"}
    | {"hospitales", "de", "del", "en", "centro", "centros", "medicos", "clinics", "clinic"}
    | {"nearby", "cercanos", "cercano", "city", "ciudad", "capital", "of", "state", "estado"}
    | {"province", "provincia", "region"}
)
"""Small words between a transfer verb and its place ("evacuated to a hospital in Yola",
"trasladados al hospital de Yola")."""
_TRANSFER_GAP = 10
_TOWARD = frozenset({"to", "a", "al", "hacia", "into"})


def whole_word_tie(before: str) -> bool:
    """Whether ``before`` (the lower-cased text right before a place) ends in a tie of
    `where_cues.TIED` that is a whole word: "in Zulia", "murieron en Lara", "llegadas a
    Canarias"; not "between Israel" (ends in "en "), "Berlin Paris", "in a U.S. strike"."""
    if not before.endswith(cue.TIED):
        return False
    for tie in cue.TIED:
        if not before.endswith(tie):
            continue
        k = len(before) - len(tie)
        if tie[0] != " " and k > 0 and before[k - 1].isalnum():
            continue  # "between ", "within ": a word's end, not the tie
        if tie == " a ":
            words = before[:k].split()
            if words and fold(words[-1]) in _ENGLISH_BEFORE_A:
                continue  # "in a U.S. strike": the English article
        return True
    return False


def route_tie(before: str) -> bool:
    """Whether ``before`` (the text right before a place, any case) ends in a gathering
    verb's route: "marched through", "marcharon el sábado por", "flooded the streets of",
    "desfilaron por las calles de"; within one clause."""
    words = _clause_words(before)
    k = len(words)
    while k > 0 and words[k - 1] in _FILLER:
        k -= 1
    if k == 0:
        return False
    if words[k - 1] in _GATHER:
        return k < len(words)  # "flooded the streets of": a filler word between
    if words[k - 1] not in _ROUTE:
        return False
    return any(w in _GATHER for w in words[max(0, k - 2 - _ROUTE_GAP) : k - 1])


def cause_object(before: str) -> bool:
    """Whether the place after ``before`` is the object of a war noun that a cause word
    governs: "urging a truce in the fighting between Chile and", "rallies against war on",
    "contra la invasión de", "exigen acabar con el asedio de". The words between the war noun and
    the place are small words or other places' names only."""
    raw = _clause(before).split()
    words = [fold(w.strip(",\"'“”«»()")) for w in raw]
    for back in range(1, min(_WAR_GAP, len(words)) + 1):
        k = len(words) - back
        if words[k] in _WARS:
            lo = max(0, k - _CAUSE_GAP)
            return any(
                w in _CAUSES or _demanded_end(words, j) for j, w in enumerate(words[lo:k], lo)
            )
        between = raw[k]
        if words[k] not in _WAR_TIES and not between[:1].isupper():
            return False
    return False


def _demanded_end(words: list[str], j: int) -> bool:
    """Whether ``words[j]`` is an end asked for: "to end the war", "an end to the war",
    "poner fin a la guerra", "exigir el fin de la guerra" (not "by the end of the war",
    "tras el fin de la guerra")."""
    if words[j] not in ("end", "fin"):
        return False
    before = words[j - 1] if j > 0 else ""
    after = words[j + 1] if j + 1 < len(words) else ""
    asked = j > 1 and words[j - 2] in _CAUSES  # "exigir el fin de", "demanding the end of"
    return asked or before in ("to", "poner", "ponga", "pongan") or after in ("to", "a", "al")


def _clause(before: str) -> str:
    """The end of ``before`` back to the last sentence or clause mark (at most its last 120
    characters)."""
    tail = before[-120:]
    cut = max(tail.rfind(ch) for ch in _STOPS)
    return tail[cut + 1 :]


def _clause_words(before: str) -> list[str]:
    return [fold(w.strip(",\"'“”«»()")) for w in _clause(before).split()]


def transfer_place(before: str) -> bool:
    """Whether the place after ``before`` is where the hurt were taken: "the injured were
    evacuated to", "were rushed to hospitals in", "evacuadas a Yola, la capital del estado
    de", "trasladados al hospital de". A toll is where people died, never where survivors
    were taken (nor the region written after that place)."""
    raw = _clause(before).split()
    toward = False  # "to", "a", "al": the hurt were moved somewhere (not "taken in")
    for back in range(1, min(_TRANSFER_GAP, len(raw)) + 1):
        w = fold(raw[-back].strip(",\"'“”«»()"))
        if w in _TRANSFER:
            return toward
        if w in _TOWARD:
            toward = True
        elif w not in _TRANSFER_SMALL and not raw[-back].strip("\"'“”«»(")[:1].isupper():
            return False
    return False


def origin_place(before: str) -> bool:
    """Whether the place after ``before`` is where people came from: "migrants from",
    "mostly from", "migrants from Ethiopia, Somalia and", "migrantes procedentes de": the
    victims' origin is no scope."""
    raw = _clause(before).split()
    words = [fold(w.strip(",\"'“”«»()")) for w in raw]
    k = len(words)
    while k > 0 and (raw[k - 1][:1].isupper() or words[k - 1] in ("and", "y", "e")):
        k -= 1  # the other places of the list ("from Ethiopia, Somalia and Sudan")
        if len(words) - k > 8:
            return False
    if k >= 2 and words[k - 1] in ("de", "del") and words[k - 2] in _ORIGIN:
        return True
    return k >= 2 and words[k - 1] in _ORIGIN and words[k - 2] in _ORIGIN_PEOPLE


_FLED = tables_en.FLED_VERBS | tables_es.FLED_VERBS
_FLED_SMALL = tables_en.FLED_SMALL | tables_es.FLED_SMALL | _WARS
_FLED_GAP = 6
_FLED_CAUSES = _WARS | tables_en.FLED_CAUSES | tables_es.FLED_CAUSES


def fled_place(before: str) -> bool:
    """Session 10 (g-count): whether the place after ``before`` is the place of what people
    fled ("families who escaped the clashes in neighbouring", "fleeing the war in",
    "que escaparon de los enfrentamientos en"): where they came from, never where they are
    counted (a destination, "fled to Chad", is read by the ties of flight). The words between
    the verb and the place are small words, war nouns or other places' names only, and one of
    them names what was fled ("fled Darfur" counts the displaced of Darfur)."""
    raw = _clause(before).split()
    war = False  # "fled Darfur": the displaced of Darfur; "fled the war in Darfur": not
    for back in range(1, min(_FLED_GAP, len(raw)) + 1):
        word = raw[-back].strip(",\"'“”«»()")
        w = fold(word)
        if w in _FLED:
            return war
        if w in ("to", "into", "a", "hacia", "al"):
            return False  # "fled to Chad": where they went
        if w not in _FLED_SMALL and not word[:1].isupper():
            return False
        war = war or w in _FLED_CAUSES
    return False
