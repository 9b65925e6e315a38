"""The place a whole document is about, when a number's sentence and paragraph name none:
the dateline's country, the country the headline and lead name most, and the one region or
city of that country the text is about ("the floods in eastern Kentucky").
"""

from __future__ import annotations

from collections.abc import Callable

from discrepancy.extraction import where_cues as cue
from discrepancy.extraction.where_found import ORG_LEAD, FoundPlaces
from discrepancy.extraction.where_marks import (
    Place,
    capital_dateline,
    excluded,
    part_destination,
)

__all__ = ["DocumentPlace"]


class DocumentPlace(FoundPlaces):
    """The dateline's, the lead's and the text's place of one document."""

    __slots__ = ()

    def _nation(self, dateline: str | None, country: Callable[[], str | None]) -> str | None:
        """The text's country: the dateline's, unless the lead names another ("LIMA (AP) —"
        on Bolivia); else the lead's; else the one the text's words name most."""
        lead = self._lead_country(country)
        nation = dateline if dateline is not None and (lead is None or lead == dateline) else None
        found = nation or lead or dateline
        if found is not None:
            return found
        named = country()
        return None if named is not None and self._only_agent(named) else named

    def _only_agent(self, named: str) -> bool:
        """Round 12: whether the text names the country ``named`` as a place only on those
        who act or speak for it ("the United States military said", "U.S. envoys"), with no
        place of that country left once they are set aside: the country of who acts is not
        where the count is, so no default scope (missing beats a wrong place)."""
        whole = self._resolve(named)
        if whole is None or whole.country is None:
            return False
        lo, hi = self._cut, len(self._text)
        kept = self._places(lo, hi)
        raw = self._found.get(self._text[lo:hi], [])
        if not any(p.country == whole.country for _, _, p in raw):
            return False  # named by its people's adjective only ("Afghan villagers")
        return not any(p.country == whole.country for _, _, p in kept)

    def _lead_country(self, country: Callable[[], str | None]) -> str | None:
        """The country the headline and lead name most (after any dateline, whose country
        counts once: h-where); on a tie, the one ``country`` (the whole text's) gives, else
        the first named."""
        if self._lead:
            return self._lead[0]
        counts: dict[str, int] = {}
        filed = self._resolve(self._dateline[0]) if self._dateline and self._dateline[0] else None
        if filed is not None and filed.country:
            # h-where: the dateline's country counts once, so a country the lead names once
            # in passing ("NAIROBI, Kenya — … Tanzania has reported …") only ties with it and
            # the whole text decides; a lead about another country names it more (a war's
            # two countries outnumber "Ciudad de México, 28 de marzo.-")
            counts[filed.country] = 1
        for start, _, place in self._places(self._cut, min(len(self._text), cue.LEAD)):
            if part_destination(self._text, start) or self._other_event(self._sentence_of(start)):
                continue  # "400,000 of them went into Poland": where a part went
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
            below: dict[str, Place] = {}
            towns: dict[str, Place] = {}  # towns the gazetteer lacks, of no known country
            national = 0  # how often the country itself is named
            town_mentions = 0
            for start, _, place in self._places(self._cut, len(self._text)):
                if excluded(self._text, 0, start) or self._other_event(self._sentence_of(start)):
                    continue
                if self._aside(start) or self._dated(start):
                    continue  # "…, a figure that rose in Cádiz"; "By province, …" (round 10)
                if not place.id and place.country is None:
                    towns.setdefault(place.name, place)
                    town_mentions += 1
                    continue
                if place.country != whole.country:
                    continue
                if str(place.kind) == "country":
                    national += 1
                    continue
                counts[place.name] = counts.get(place.name, 0) + 1
                below.setdefault(place.name, place)
            focus: Place | None = None
            if len(counts) == 1:
                name, times = next(iter(counts.items()))
                focus = below[name] if times > national else None
            elif len(counts) == 2 and sum(counts.values()) > national:
                # a region and one city in it ("Zahedan, capital of Sistan-Baluchistan")
                outer, inner = sorted(
                    below.values(), key=lambda p: cue.KIND_RANK.get(str(p.kind), 3)
                )
                if str(outer.kind) == "region" and self._inside(inner, outer):
                    focus = inner
            lead = self._lead_place(whole) if focus is None else None
            if lead is not None and counts.get(lead.name, 0) >= max(counts.values(), default=0):
                # the lead's one place, named at least as often as any other of the country
                focus = lead
            if (
                focus is not None
                and str(focus.kind) == "city"
                and len(towns) > 1
                and counts.get(focus.name, 0) <= town_mentions
            ):
                # "in Rayagada district …, in Koraput district …", and the state's capital
                # named in passing: a text about several towns, each named as often as the
                # city, has no one city (round 10)
                focus = None
            if focus is not None and str(focus.kind) == "region" and len(towns) == 1:
                # the one town named in that region ("in Kankara District", Katsina State)
                focus = next(iter(towns.values()))
            found = self._show(focus) if focus is not None else None
        self._lead_focus.append(found)
        return found

    def _lead_place(self, whole: Place) -> Place | None:
        """The one place below the country ``whole`` that the lead's first sentence names,
        tied to what happened ("marched in Ecotown", "the quake that struck Iloilo
        province"): where a story about one event happened, when the text names several
        places of the country."""
        first = max(0, self._sentence_of(self._cut))
        while first < len(self._sentences) and not any(
            ch.isalpha()
            for ch in self._text[
                max(self._sentences[first].start, self._cut) : self._sentences[first].end
            ]
        ):
            first += 1  # a dateline on its own line ("MADRID, 14 Ene. (EUROPA PRESS) -")
        if first >= len(self._sentences):
            return None
        s = self._sentences[first]
        below = [
            p
            for p in self._qualify(self._places(max(s.start, self._cut), s.end))
            if str(p[2].kind) != "country"
            and not excluded(self._text, s.start, p[0])
            and not self._aside(p[0])  # "…, a figure that rose in Cádiz" (round 10)
            and not self._dated(p[0])
        ]
        tied = [p for p in below if self._tied(p[0])]
        if len(tied) != 1 or tied[0][2].country != whole.country:
            return None
        # "in Paris, Lyon and Rennes": one place after "in", then a list of places after it
        # (joined by a comma or one word) makes no one place of the lead
        for p in below:
            if p[0] >= tied[0][1] and len(self._text[tied[0][1] : p[0]].strip(" ,").split()) <= 1:
                return None
        return tied[0][2]

    def _dated(self, start: int) -> bool:
        """Whether a place at ``start`` is a dateline's that follows a headline ("BANDA ACEH,
        Indonesia, Jan. 19 --" in the sixth line): where the story was filed, no scope."""
        self._dateline_place()
        return self._datespan[0] <= start < self._datespan[1]

    def _dateline_place(self) -> str | None:
        """ "BRASILIA, Brazil -- ...", "QUITO (AP) – ...": the country of the dateline (or its
        place when it names no country)."""
        if self._dateline:
            return self._dateline[0]
        found: str | None = None
        self._cut = 0
        for at in self._dateline_starts():
            head = self._text[at : at + cue.DATELINE_SPAN * 2]
            marks = [head.find(m) for m in cue.DATELINE_MARKS]
            cut = min((k for k in marks if 0 < k <= cue.DATELINE_SPAN), default=-1)
            if cut < 0:
                cut = capital_dateline(head)
            if at and cut > 0 and not _may_open_dateline(head, cut):
                continue  # the gazetteer is asked only about a dateline's shape
            places = self._places(at, at + cut) if cut > 0 else []
            if (
                places
                and places[0][0] <= at + 3
                and (at == 0 or _dateline_head(head, cut, places[0][0] - at, places[0][1] - at))
            ):
                if at == 0:
                    self._cut = cut
                else:  # the headline before it keeps its places (round 10)
                    self._datespan = (at, at + cut)
                countries = [p for _, _, p in places if str(p.kind) == "country"]
                found = self._show(countries[0] if countries else places[0][2])
                if not countries and places[0][2].country:
                    nation = self._gazetteer.get(places[0][2].country or "")
                    found = nation.name if nation is not None else found
                    if self._namesake_dateline(places[0][2]):
                        found = None
                break
        self._dateline.append(found)
        return found

    def _namesake_dateline(self, place: Place) -> bool:
        """g-where: whether a dateline's place is a namesake region of another country than
        the one the lead's bodies speak for ("SANTANDER, 21 Oct. (EUROPA PRESS) - … CCOO y
        UGT": Spain's city the gazetteer lacks, not Colombia's department). A dateline names
        a city; read as a region of another country it gives no country at all."""
        if str(place.kind) != "region":
            return False
        code = self._orgs.named_in(self._text[:ORG_LEAD])
        return code is not None and code != place.country

    def _dateline_starts(self) -> list[int]:
        """Where a dateline may stand: the text's start, then the start of each of its first
        paragraphs after a headline, a byline or a date line ("BANDA ACEH, Indonesia, Jan.
        19 --" in the sixth line), within `cue.DATELINE_PARAS` paragraphs and `cue.LEAD`
        characters (round 10)."""
        out = [0]
        para = self._sentences[0].para if self._sentences else 0
        for s in self._sentences:
            if s.start > cue.LEAD or len(out) > cue.DATELINE_PARAS:
                break
            if s.para != para:
                para = s.para
                out.append(s.start)
        return out


def _dateline_head(head: str, cut: int, start: int, end: int) -> bool:
    """Whether a paragraph opens with a dateline, not a sentence that names a place first:
    its place in capitals ("BHUBANESWAR (AFP) —", "BANDA ACEH, Indonesia,"), or a short head
    that opens with the place (at ``[start, end)``), then a comma and only names, figures or
    a month's short form before the mark ("Roma, 2 feb (EFE).-", "Caracas, Venezuela —";
    not "In Paris, the procession –")."""
    words = head[:cut].replace(",", " ").replace("(", " ").split()
    if not words:
        return False
    if words[0].isupper() and len(words[0]) > 2:
        return True
    if start != 0 or cut > _SHORT_HEAD or not head[end:cut].startswith(","):
        return False
    rest = head[end:cut].replace(",", " ").replace(".", " ").split()
    return len(rest) <= 3 and all(
        w[:1].isupper() or any(ch.isdecimal() for ch in w) or len(w) <= 4 for w in rest
    )


def _may_open_dateline(head: str, cut: int) -> bool:
    """A cheap first test of `_dateline_head`: a capitalised first word, and a comma or a
    word in capitals before the mark."""
    words = head[:cut].split()
    return bool(words) and words[0][:1].isupper() and ("," in head[:cut] or words[0].isupper())


_SHORT_HEAD = 40
"""How long a dateline's head in ordinary case may be, up to its mark."""
