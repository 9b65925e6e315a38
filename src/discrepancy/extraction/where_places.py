"""Where a count is about, through the gazetteer (`discrepancy.places`): the place in
the number's sentence (nearest, preferring one tied to it: "in Zulia state", "en el estado
Zulia"), else the paragraph's, else the dateline's, else the country the document names most.

The gazetteer is asked only about the sentences and paragraphs that hold a claim without a
scope, and each distinct text once per document, so the cost stays linear in the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Protocol

from discrepancy.extraction.sentences import Sentence

__all__ = ["Finds", "PlaceScope"]

_TIED = (
    "in ",
    "en ",
    "en la ",
    "en el ",
    "in the ",
    "at ",
    "across ",
    "throughout ",
    "de ",
    "del ",
    "near ",
    " a ",  # "llegadas a Canarias": where people arrive
    "cerca de ",
    "estado ",
    "state of ",
    "province of ",
    "provincia de ",
    "provincia ",
    "departamento de ",
    "region of ",
    "región de ",
    "northern ",
    "southern ",
    "eastern ",
    "western ",
    "central ",
    "northwestern ",
    "northeastern ",
    "southwestern ",
    "southeastern ",
    "norte de ",
    "sur de ",
    "este de ",
    "oeste de ",
    "centro de ",
    "throughout ",
    "all over ",
    "todo ",
    "toda ",
)
_LEAD = 2_000
"""How much of the start of the text (headline and lead) tells the document's country."""
"""What stands just before a place tied to a number ("30 died in Zulia", "murieron en Lara")."""
_JUST_BEFORE = 10
"""How many characters may stand between a place and the number it heads."""
_LIST_JOINS = frozenset(
    {"con", "el", "la", "los", "las", "un", "una", "with", "at", "had", "tuvo", "-", "(", ","}
)
"""The words that may join a place to the number after it in a list entry."""
_DATELINE_MARKS = ("--", "—", "–", "(AP)", "(Reuters)", "(AFP)", "(EFE)", ".-", " - ")
_DATELINE_SPAN = 80
"""How far into the text a dateline's place is looked for."""


class _Place(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def kind(self) -> object: ...

    @property
    def country(self) -> str | None: ...


class Finds(Protocol):
    """What the scope stage needs of a gazetteer (``discrepancy.places.Gazetteer``)."""

    def find(self, text: str) -> Sequence[tuple[int, int, _Place]]: ...

    def get(self, place_id: str) -> _Place | None: ...


class PlaceScope:
    """The scope of each number of one document (one instance per document)."""

    __slots__ = (
        "_beyond",
        "_cut",
        "_dateline",
        "_found",
        "_gazetteer",
        "_here",
        "_lead",
        "_lead_focus",
        "_sentences",
        "_text",
    )

    def __init__(self, gazetteer: Finds, text: str, sentences: Sequence[Sentence]) -> None:
        self._gazetteer = gazetteer
        self._text = text
        self._sentences = sentences
        self._found: dict[str, list[tuple[int, int, _Place]]] = {}
        self._dateline: list[str | None] = []
        self._cut = 0  # where the dateline ends (0: none)
        self._lead: list[str | None] = []
        self._lead_focus: list[str | None] = []
        self._here: dict[int, list[tuple[int, int, _Place]]] = {}
        self._beyond: dict[int, str | None] = {}

    def _places(self, start: int, end: int) -> list[tuple[int, int, _Place]]:
        """The places in ``text[start:end]``, offsets into the text (each distinct chunk of
        text is searched once)."""
        chunk = self._text[start:end]
        found = self._found.get(chunk)
        if found is None:
            found = self._found[chunk] = [
                (s, e, p) for s, e, p in self._gazetteer.find(chunk) if _is_area(p)
            ]
        return [(s + start, e + start, p) for s, e, p in found]

    def scope(
        self, index: int, first: int, last: int, hi: int, country: Callable[[], str | None]
    ) -> str | None:
        """The scope of the number at characters ``[first, last)`` of sentence ``index``,
        whose clause ends at character ``hi``; ``country``: the document's country."""
        s = self._sentences[index]
        dateline = self._dateline_place()
        here = self._here.get(index)
        if here is None:
            here = self._here[index] = [
                p for p in self._places(s.start, s.end) if p[0] >= self._cut
            ]
        if here:
            tied = [
                p
                for p in here
                if (self._tied(p[0]) and (p[0] >= last or p[1] <= first))
                or self._just_before(p, first)
            ]
            if tied:
                return min(tied, key=lambda p: self._distance(p, first, last, hi))[2].name
            # an untied country is a speaker or a party ("the United States said"), not
            # where the count is; an untied state or city ("Lara State Police") is
            pool = [p for p in here if str(p[2].kind) != "country"]
            if pool:
                return min(pool, key=lambda p: self._distance(p, first, last, hi))[2].name
        if index not in self._beyond:
            self._beyond[index] = self._beyond_sentence(index, dateline, country)
        return self._beyond[index]

    def _beyond_sentence(
        self, index: int, dateline: str | None, country: Callable[[], str | None]
    ) -> str | None:
        """The scope when the sentence names no place: the paragraph's, the dateline's, the
        lead's or the text's country (the same for every number of the sentence)."""
        s = self._sentences[index]
        para = [p for p in self._paragraph(index) if self._tied(p[0])]
        if para:
            starts = [p[0] for p in para]
            k = bisect.bisect_left(starts, s.start)
            return (para[k - 1] if k > 0 else para[0])[2].name
        lead = self._lead_country(country)
        nation = dateline if dateline is not None and (lead is None or lead == dateline) else None
        # a dateline abroad ("LIMA (AP) —" on Bolivia) yields to the country the lead names
        nation = nation or lead or dateline or country()
        return self._focus(nation) or nation

    def _lead_country(self, country: Callable[[], str | None]) -> str | None:
        """The country the headline and lead name most (after any dateline); on a tie, the
        one ``country`` (the whole text's) gives, else the first named."""
        if self._lead:
            return self._lead[0]
        counts: dict[str, int] = {}
        for _, _, place in self._places(self._cut, min(len(self._text), _LEAD)):
            if place.country:
                counts[place.country] = counts.get(place.country, 0) + 1
        found: str | None = None
        if counts:
            top = max(counts.values())
            tied = [c for c in counts if counts[c] == top]  # in the order first named
            code = tied[0]
            if len(tied) > 1:
                # "the war between Russia and Ukraine": the country the whole text names
                # most, adjectives included ("Ukrainian authorities")
                named = country()
                whole = self._resolve(named) if named else None
                if whole is not None and whole.country in tied:
                    code = whole.country
            nation = self._gazetteer.get(code)
            found = nation.name if nation is not None else None
        self._lead.append(found)
        return found

    def _focus(self, nation: str | None) -> str | None:
        """The region or city a text is about when its numbers name no place: the one place
        of ``nation`` below the country that the text names, more often than the country
        itself ("the floods in eastern Kentucky", "cruzaron el Darién"). A
        text naming several cities or regions of the country ("in Paris, Lyon and Rennes")
        has no such focus."""
        if self._lead_focus:
            return self._lead_focus[0]
        found: str | None = None
        whole = self._resolve(nation) if nation else None
        if whole is not None:
            counts: dict[str, int] = {}
            national = 0  # how often the country itself is named
            for _, _, place in self._places(self._cut, len(self._text)):
                if place.country != whole.country:
                    continue
                if str(place.kind) == "country":
                    national += 1
                    continue
                counts[place.name] = counts.get(place.name, 0) + 1
            if len(counts) == 1:
                name, times = next(iter(counts.items()))
                found = name if times > national else None
        self._lead_focus.append(found)
        return found

    def _resolve(self, name: str) -> _Place | None:
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = list(self._gazetteer.find(name))
        return found[0][2] if found else None

    def _distance(self, place: tuple[int, int, _Place], first: int, last: int, hi: int) -> int:
        """How far a place is from the number: characters, a place after it first; one before
        it across a comma or a coordination ("died in Jalisco, 10 in Colima") is further."""
        if place[0] >= last:
            return place[0] - last + (0 if place[0] <= hi else 40)
        between = self._text[place[1] : first]
        apart = "," in between or ";" in between or " and " in between or " y " in between
        return first - place[1] + (20 if apart else 0)

    def is_place(self, name: str) -> bool:
        """Whether ``name`` is, as a whole, a place ("Tabasco", "Lara"): not a source."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = list(self._gazetteer.find(name))
        return (
            len(found) == 1
            and found[0][0] == 0
            and found[0][1] == len(name)
            and str(found[0][2].kind) != "country"  # a country speaks through its government
        )

    def _just_before(self, place: tuple[int, int, _Place], first: int) -> bool:
        """A place right before the number, a few words apart and no comma between: the
        place of a list entry ("Sonora con el 51 por ciento", "Lara with 12")."""
        if place[1] > first or first - place[1] > _JUST_BEFORE:
            return False
        if str(place[2].kind) == "country":
            return False  # "the United States said 116": a speaker
        return _LIST_JOINS.issuperset(self._text[place[1] : first].lower().split())

    def _tied(self, start: int) -> bool:
        return self._text[max(0, start - 18) : start].lower().endswith(_TIED)

    def _paragraph(self, index: int) -> list[tuple[int, int, _Place]]:
        sentences = self._sentences
        para = sentences[index].para
        lo = index
        while lo > 0 and sentences[lo - 1].para == para and index - lo < 8:
            lo -= 1
        hi = index
        while hi + 1 < len(sentences) and sentences[hi + 1].para == para and hi - index < 8:
            hi += 1
        found: list[tuple[int, int, _Place]] = []
        for k in range(lo, hi + 1):
            if k != index:
                found.extend(self._places(sentences[k].start, sentences[k].end))
        return found

    def _dateline_place(self) -> str | None:
        """ "BRASILIA, Brazil -- ...", "QUITO (AP) – ...": the country of the dateline (or its
        place when it names no country)."""
        if self._dateline:
            return self._dateline[0]
        found: str | None = None
        self._cut = 0
        head = self._text[: _DATELINE_SPAN * 2]
        marks = [head.find(m) for m in _DATELINE_MARKS]
        cut = min((k for k in marks if 0 < k <= _DATELINE_SPAN), default=-1)
        if cut > 0:
            places = self._places(0, cut)
            if places and places[0][0] <= 3:
                self._cut = cut
                countries = [p for _, _, p in places if str(p.kind) == "country"]
                found = (countries[0] if countries else places[0][2]).name
                if not countries and places[0][2].country:
                    nation = self._gazetteer.get(places[0][2].country or "")
                    found = nation.name if nation is not None else found
        self._dateline.append(found)
        return found


def _is_area(place: _Place) -> bool:
    return str(place.kind) in ("country", "region", "city")
