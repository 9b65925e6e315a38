"""What the scope stage reads around one place, with no state of its own: the gazetteer's
protocol (`Finds`), which place may hold another, the narrowest of the places tied to a
number, where a dateline in capitals ends, and what the words around a place say of it (the
speaker's place or a name's, a destination, a place left out, a list entry's head).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction import where_cues as cue
from discrepancy.extraction.lexicon import LEXICON
from discrepancy.extraction.where_cause import (
    cause_object,
    fled_place,
    origin_place,
    transfer_place,
)
from discrepancy.extraction.where_speaker import speakers_phrase
from discrepancy.extraction.where_streets import landmark, street_name

__all__ = [
    "Finds",
    "Place",
    "capital_dateline",
    "destination",
    "earlier_entry",
    "excluded",
    "heads_next",
    "holds",
    "holds_count",
    "in_a_name",
    "is_area",
    "just_before",
    "narrowest",
    "part_after",
    "part_destination",
    "speakers_place",
]


class Place(Protocol):
    """What the scope stage reads of a gazetteer's place (``discrepancy.places.Place``) or of
    a town the text names that the gazetteer lacks (``where_local.LocalPlace``)."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> object: ...

    @property
    def country(self) -> str | None: ...


class Finds(Protocol):
    """What the scope stage needs of a gazetteer (``discrepancy.places.Gazetteer``)."""

    def find(
        self, text: str, *, prefer: Callable[[], str | None] | None = None
    ) -> Sequence[tuple[int, int, Place]]: ...

    def home_counts(self, text: str) -> dict[str, int]: ...

    def get(self, place_id: str) -> Place | None: ...

    def resolve(self, text: str) -> Place | None: ...

    def contains(self, outer_id: str, inner_id: str) -> bool: ...


def capital_dateline(head: str) -> int:
    """Where a dateline written in capitals ends: "MADRID (EFECOM).", "BOGOTÁ (Agencias).",
    "LIMA, 3 mar. (EFE)", "CARACAS, 14 de enero": the place in capitals, then a parenthesis
    (an agency) or a comma and a day; -1 without one. Only the characters before the cut are
    read, once per text."""
    k = 0
    while k < len(head) and (head[k].isupper() or head[k] in " .-'"):
        k += 1
    name = head[:k].strip(" .-'")
    if len(name) < 3 or k > cue.DATELINE_SPAN or not any(ch.isalpha() for ch in name):
        return -1
    rest = head[k:]
    if rest.startswith("("):
        close = rest.find(")")
        return k + close + 1 if 0 < close <= 30 else -1
    if rest.startswith(", ") and rest[2:3].isdecimal():
        stop = rest.find(" ", 2)
        return k + (stop if stop > 0 else 2)
    return -1


def holds(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` may hold ``inner``: the same country and a larger kind (a town the
    gazetteer does not know, of no known country, may lie in any)."""
    rank_out = cue.KIND_RANK.get(str(outer.kind), 3)
    rank_in = cue.KIND_RANK.get(str(inner.kind), 3)
    return rank_out < rank_in and (inner.country is None or inner.country == outer.country)


def narrowest(
    tied: list[tuple[int, int, Place]], last: int, hi: int
) -> list[tuple[int, int, Place]]:
    """The tied places without those before the number that hold one tied after it in its
    clause: "officials in Mexico said 40 died in Jalisco, 12 in Colima" puts 40 in Jalisco,
    never the sentence's wider place (audit2 P3: the first figure of a list)."""
    after = [p for p in tied if last <= p[0] <= hi]
    if not after:
        return tied
    return [p for p in tied if p[0] >= last or not any(holds(p[2], q) for _, _, q in after)]


def is_area(place: Place) -> bool:
    return str(place.kind) in ("country", "region", "city")


def speakers_place(text: str, place: tuple[int, int, Place]) -> bool:
    """A place that says where the source is, not where the count is: "told reporters in
    Geneva", "a London-based monitor", "ONGs que operan desde el exilio en Panamá"."""
    raw = text[max(0, place[0] - 30) : place[0]]
    before = raw.lower().rstrip()
    if before.endswith(cue.SPEAKER_BEFORE) or fold(before).endswith(cue.FORMER_TITLES):
        return True
    if speakers_phrase(text, place[0], place[1]):
        return True  # "a spokesman in Rome", "de visita en Temuco", "the agency's Lisbon office"
    if street_name(text, place[0], place[1]):
        return True  # "Bolívar y General Roca", "por la avenida Bolívar": a street (round 8)
    if str(place[2].kind) != "country" and landmark(text, place[0]):
        # "90 miles east of Shiraz": where the place counted lies; a country at a distance
        # ("60 km north of Tunisia") is where a count at sea is (round 8)
        return True
    if _seat(text, place):
        return True  # "la Embajada de Estados Unidos en Managua": where the body sits
    if _venue(text[max(0, place[0] - cue.SEAT_SPAN) : place[0]]):
        return True  # "at a regular news conference in Geneva": where the source spoke
    if str(place[2].kind) == "country" and _agents(text, place, before):
        return True  # "since U.S. envoys arrived": who acts, not where the count is
    if raw.endswith(cue.EVENT_NAMES):
        return True  # "the march against the War in Iraq": a name, not where
    if cause_object(text[max(0, place[0] - 120) : place[0]]):
        return True  # "urging a truce in the war between Chile and Peru": a cause (round 11)
    wide = text[max(0, place[0] - 120) : place[0]]
    if transfer_place(wide) or origin_place(wide) or fled_place(wide):
        return True  # "evacuated to Yola", "migrants from Somalia": not where (round 11)
    if in_a_name(text, place, raw):
        return True  # "Diario de Sevilla", "the Los Angeles Times": a name, not where
    after = text[place[1] : place[1] + 7].lower()
    if after.startswith(("-based", " based", "-born")):
        return True
    # "Caracas / Redacción Web", "MADRID / EFE": a byline says where the story was filed
    credit = fold(text[place[1] : place[1] + 24]).lstrip(" ")
    return credit.startswith("/") and credit[1:].lstrip(" ").startswith(cue.NEWSROOMS)


def _agents(text: str, place: tuple[int, int, Place], before: str) -> bool:
    """Whether a country's name stands on people or a body acting for it: right before the
    noun ("U.S. envoys", "UK officials") or after it with "de" ("los enviados de EE. UU.")."""
    rest = text[place[1] : place[1] + 24]
    rest = rest[1:] if rest.startswith(".") else rest  # "U.S." is found as "U.S"
    after = fold(rest).split()
    if after and after[0].rstrip(".,;:") in cue.AGENTS and rest[:1] == " ":
        return True
    if rest.startswith(("-led", "-backed")):
        return True  # "the U.S.-led coalition": who acts (round 11)
    words = fold(before).split()
    return len(words) >= 2 and words[-1] in ("de", "del") and words[-2] in cue.AGENTS


def _venue(raw: str) -> bool:
    """Whether the words ``raw`` (the text right before a place) close a briefing's venue: "in"
    or "en" after a briefing's noun and at most `cue.BRIEFING_GAP` lower-case words ("a
    regular news conference in", "una conferencia de prensa virtual en", "a briefing held
    in"). A comma or a capitalised word between them ends the phrase."""
    shown = raw.split()
    if len(shown) < 2 or fold(shown[-1]) not in cue.VENUE_TIES:
        return False
    for word in reversed(shown[-2 - cue.BRIEFING_GAP : -1]):
        if word[-1:] in ",.;:" or not word.islower():
            return False
        if fold(word) in cue.BRIEFINGS:
            return True
    return False


def _seat(text: str, place: tuple[int, int, Place]) -> bool:
    """Whether a place names an embassy's or a consulate's country or, for a city, its seat
    ("la Embajada de los Estados Unidos en Managua", "the U.S. Embassy in Managua"): who
    speaks and where it sits, never where the count is; so is the city after "in"/"en" that
    follows a body's capitalised name ("el Centro de Coordinación de Salvamento en Roma",
    `SEAT_NAMES`, round 11). A country after "in"/"en" ("the embassy in Nicaragua") may
    still be where the count is."""
    raw = text[max(0, place[0] - cue.SEAT_SPAN) : place[0]]
    words = fold(raw).split()
    if len(words) < 2 or words[-1] not in cue.SEAT_TIES:
        return False
    if words[-1] in ("en", "in") and str(place[2].kind) == "country":
        return False
    shown = raw.split()
    named = words[-1] in ("en", "in")  # "the … Coordination Centre in Rome" (round 11)
    for k in range(len(words) - 2, -1, -1):
        if words[k].strip(".,") in cue.SEATS:
            return True
        if named and words[k] in cue.SEAT_NAMES and shown[k][:1].isupper():
            return True
        if words[k] not in cue.SEAT_TIES and not shown[k][:1].isupper():
            return False  # a lower-case word outside a name: another clause
    return False


def in_a_name(text: str, place: tuple[int, int, Place], raw: str) -> bool:
    """Whether a place is part of an outlet's, a university's or an agreement's name: a
    capitalised name word before it, alone or with "of"/"de" ("Diario de Sevilla",
    "Radio Caracas", "the Treaty of Paris"), or after it ("the Los Angeles Times", "the
    Oslo Accords"). A relay or an outlet says who reports, never where the count is."""
    words = raw.split()
    if words and words[-1].lower() in cue.NAME_TIES:
        words = words[:-1]
    if words and words[-1][:1].isupper() and fold(words[-1]) in cue.NAME_BEFORE:
        return True
    after = text[place[1] : place[1] + 16].split()
    return bool(after) and after[0][:1].isupper() and fold(after[0]) in cue.NAME_AFTER


def holds_count(text: str, place: tuple[int, int, Place]) -> bool:
    """Whether a country is the subject of a verb of having or being ("Sierra Leone is
    the country with the most cases (10,306)", "Lebanon is home to 1.5 million", "Liberia
    accounts for 3,587 deaths", "Colombia acoge a 2,8 millones"): where the count is, not
    a speaker ("the United States said") or a modifier ("the US capture of")."""
    words = text[place[1] : place[1] + 30].lower().split()
    return bool(words) and fold(words[0].strip(",.;:")) in cue.HOLD_VERBS


def other_clause_before(text: str, place: tuple[int, int, Place], first: int, lo: int) -> bool:
    """Whether a place before the number belongs to an earlier figure's clause (g-where):
    it follows another figure of the sentence (from ``lo``) and a word opening another
    clause stands between it and the number ("1.5 million live in Lebanon, while Jordan
    hosts 650,000"; "20 murieron en Oaxaca, mientras que 8 …"). A place opening the
    sentence before both figures ("In Chiapas, 26 died, while 3 are missing") scopes both."""
    if place[1] > first:
        return False
    between = f" {text[place[1] : first].lower()} "
    if not any(w in between for w in cue.CONTRAST_OPENERS):
        return False
    return _word_figure(text[lo : place[0]])


def _word_figure(text: str) -> bool:
    """Whether a span holds a number word that may head a count ("Twenty", "tres")."""
    return any(_count_word(w) for w in text.split())


def later_event(text: str, last: int, start: int) -> bool:
    """Whether a place after the number is that of a later figure's event, told in a clause
    of time ("the toll rose to 7 when 3 workers were buried in Arlo", "se elevaron a siete
    cuando tres trabajadores murieron en Arlo"; g-where): the later figure's place."""
    between = f" {fold(text[last:start])} "
    k = min((between.find(f" {w} ") for w in cue.EVENT_CLAUSES if f" {w} " in between), default=-1)
    return k >= 0 and _word_figure(between[k:])


def part_after(text: str, last: int, start: int) -> bool:
    """Whether a place after the number is a later part's ("900.000 han cruzado la
    frontera, y 400.000 de ellos entraron en Polonia"): a figure and a partitive between.
    A place binds to its own clause."""
    between = text[last:start].lower()
    return any(ch.isdecimal() for ch in between) and any(w in between for w in cue.PARTITIVES)


def destination(text: str, start: int) -> bool:
    return text[max(0, start - 30) : start].lower().endswith(cue.DESTINATION)


def part_destination(text: str, start: int) -> bool:
    """Whether a place is where a part of a figure went ("and 400,000 of them went into
    Poland", "de ellos entraron en Polonia"): the part's place, never the whole's."""
    before = text[max(0, start - cue.PART_SPAN) : start].lower()
    return before.endswith(cue.DESTINATION) and any(w in before for w in cue.PARTITIVES)


def excluded(text: str, last: int, start: int) -> bool:
    """A place after the number that the text leaves out of the count ("(not including
    those in Catalonia)", "sin contar Cataluña", "outside Paris")."""
    before = text[max(last, start - cue.EXCLUDE_SPAN) : start].lower()
    return any(w in before for w in cue.EXCLUDING)


def heads_next(text: str, place: tuple[int, int, Place]) -> bool:
    """Whether a place heads the number after it ("…, y le sigue Andalucía, donde más de
    99.000", "Calais (5000)"): it is that number's place, not an earlier one's."""
    after = text[place[1] : place[1] + cue.HEAD_SPAN]
    words = after.lower().replace(",", " , ").replace("(", " ( ").split()
    for w in words:
        if w[:1].isdecimal():
            if words.index(w) == 0:
                # h-where: a gapped entry right before its number ("Veracruz reported 29
                # deaths, Puebla 13 and Hidalgo 21"), after a comma or a conjunction
                before = f" {text[max(0, place[0] - 6) : place[0]].lower()}"
                return before.endswith(", ") or any(
                    before.endswith(f" {j} ") for j in cue.ENTRY_JOINS
                )
            return any(x not in (",",) for x in words[: words.index(w)])
        if fold(w) not in cue.HEAD_JOINS:  # the tables are folded ("más")
            return False
    return False


def heads_this(text: str, place: tuple[int, int, Place], first: int) -> bool:
    """Whether a place heads this very number through a relative of place ("Chad, where
    600,000 have registered", "Andalucía, donde más de 99.000"; g-where): the number's
    place, before any place its clause names after it ("…, and in South Sudan")."""
    if place[1] > first or first - place[1] > cue.HEAD_SPAN:
        return False
    words = text[place[1] : first].lower().replace(",", " , ").split()
    folded = [fold(w) for w in words]
    if not cue.PLACE_RELATIVES.intersection(folded):
        return False
    # h-where: a day between the place and its relative ("hit Mindanao on Thursday, where
    # 50 died", "llegó a Colima el lunes, donde 9 …") still leaves the place heading it
    rest = [w for w in folded if w not in _DAY_WORDS and not w[:1].isdecimal()]
    return cue.HEAD_JOINS.issuperset(rest)


def gapped_entry(text: str, place: tuple[int, int, Place], first: int) -> bool:
    """Whether a place heads a list entry whose verb is left out ("Turkey hosts 3.6 million,
    Lebanon 1.5 million and Jordan 650,000", "Colombia acoge a 2,8 millones y Perú a 1,5";
    g-where): after a comma or a conjunction, right before the number (only "a" between)."""
    if place[1] > first or first - place[1] > _GAPPED:
        return False
    words = text[place[1] : first].lower().split()
    if not set(words) <= cue.GAPPED_JOINS:
        return False
    before = f" {text[max(0, place[0] - 6) : place[0]].lower()}"
    return before.endswith(", ") or any(before.endswith(f" {w} ") for w in cue.ENTRY_JOINS)


_DAY_WORDS = (
    frozenset(tables_en.WEEKDAYS)
    | frozenset(tables_es.WEEKDAYS)
    | frozenset(tables_en.MONTHS)
    | frozenset(tables_es.MONTHS)
    | frozenset({"on", "el", "de", "last", "pasado"})
)
"""Words of a day that may stand between a place and its relative of place (h-where)."""
_GAPPED = 4
"""How far a gapped entry's place may stand before its number ("Perú a 1,5")."""


def just_before(
    text: str, place: tuple[int, int, Place], first: int, *, strong: bool = False
) -> bool:
    """A place right before the number, a few words apart and no comma between: the
    place of a list entry ("Sonora con el 51 por ciento", "Lara with 12"); ``strong``:
    joined by a word or a parenthesis, not by a comma alone ("Sete (4500)", "Aragón, con
    un 65%"; "in Jalisco, 10 in Colima" is not)."""
    if place[1] > first or first - place[1] > cue.JUST_BEFORE:
        return False
    words = text[place[1] : first].lower().replace(",", " , ").replace("(", " ( ").split()
    if not cue.LIST_JOINS.issuperset(words):
        return False
    if str(place[2].kind) == "country" and not cue.COUNTRY_ENTRY_JOINS.intersection(words):
        # "the United States said 116": a speaker; but "Perú (1.250 muertos) y Chile
        # (870)", "Peru with 120": a country heading its own list entry (round 8)
        return False
    return not strong or any(w != "," for w in words)


def earlier_entry(text: str, place: tuple[int, int, Place], first: int) -> bool:
    """Whether a place before the number is an earlier list entry's ("140 deaths in Kerman
    province and nine in Yazd, and around 900 injured in total": Yazd is the nine's):
    another number stands at most `cue.ENTRY_WORDS` words before the place, and a comma or a
    conjunction lies between the place and this number (round 8, audit4 P5)."""
    between = text[place[1] : first].lower()
    if (
        "," not in between
        and ";" not in between
        and not any(f" {w} " in f" {between} " for w in cue.ENTRY_JOINS)
    ):
        return False
    words = text[max(0, place[0] - 40) : place[0]].split()[-cue.ENTRY_WORDS :]
    return any(_count_word(w) for w in words)


def _count_word(word: str) -> bool:
    """Whether a word is a number that may head a list entry (digits that are not a year, or
    a number word: "three", "tres")."""
    bare = word.strip(",.;:()")
    if bare[:1].isdecimal():
        digits = bare.replace(",", "").replace(".", "")
        return not (len(digits) == 4 and digits.isdecimal() and 1800 <= int(digits) <= 2100)
    return fold(bare) in LEXICON.number_words
