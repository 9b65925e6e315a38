"""Where a count is about, through the gazetteer (`discrepancy.places`): the place in
the number's sentence (nearest, preferring one tied to it: "in Zulia state", "en el estado
Zulia"), else the paragraph's, else the dateline's, else the country the document names most.

The gazetteer is asked only about the sentences and paragraphs that hold a claim without a
scope, and each distinct text once per document, so the cost stays linear in the text.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import where_cues as cue
from discrepancy.extraction.sentences import Sentence
from discrepancy.extraction.where_capitals import capital_mentions
from discrepancy.extraction.where_local import local_places
from discrepancy.extraction.where_marks import (
    Finds,
    Place,
    capital_dateline,
    destination,
    earlier_entry,
    excluded,
    heads_next,
    holds,
    holds_count,
    is_area,
    just_before,
    narrowest,
    part_after,
    part_destination,
    speakers_place,
)
from discrepancy.extraction.where_nationals import national_body, national_population
from discrepancy.extraction.where_orgs import OrgCountries, Ref
from discrepancy.extraction.where_regions import world_regions

__all__ = ["SCOPE_DEFAULT_NOTE", "Finds", "OrgCountries", "PlaceScope"]

SCOPE_DEFAULT_NOTE = "scope from a default (the text's country or dateline)"
"""The note an extracted claim carries when its scope came only from a default, not from a
place the text ties to the figure: the engine and `scan` may treat that scope as weaker (a
default never makes a claim the whole of places the text names)."""

_CLOSING_AFTER = 2
"""How many paragraphs must come before a closing paragraph for it to be read as one."""
_SAME_SPAN = 80
"""How far before a number the clause about the figure just named may open."""
_ORG_LEAD = 5_000
"""How much of the text is searched for national bodies when it names no place."""


class PlaceScope:
    """The scope of each number of one document (one instance per document)."""

    __slots__ = (
        "_beyond",
        "_by_default",
        "_cited",
        "_cut",
        "_dateline",
        "_elsewhere",
        "_folded",
        "_found",
        "_gazetteer",
        "_got",
        "_here",
        "_home",
        "_lead",
        "_lead_focus",
        "_named",
        "_near",
        "_orgs",
        "_previous",
        "_regions",
        "_sentences",
        "_shown",
        "_speaker",
        "_starts",
        "_text",
        "_tied_local",
        "_totals",
        "defaulted",
    )

    def __init__(
        self,
        gazetteer: Finds,
        text: str,
        sentences: Sequence[Sentence],
        orgs: OrgCountries | None = None,
    ) -> None:
        self._orgs = orgs if orgs is not None else OrgCountries.builtin()
        self._cited: dict[str, int] = {}  # the countries of the bodies cited so far
        self._named: list[str | None] = []  # the country of the bodies the lead names
        self._gazetteer = gazetteer
        self._text = text
        self._sentences = sentences
        self._found: dict[str, list[tuple[int, int, Place]]] = {}
        self._got: dict[tuple[int, int], list[tuple[int, int, Place]]] = {}  # per span
        self._home: list[str | None] = []  # the document's country, once asked
        self._dateline: list[str | None] = []
        self._cut = 0  # where the dateline ends (0: none)
        self._lead: list[str | None] = []
        self._lead_focus: list[str | None] = []
        self._here: dict[int, list[tuple[int, int, Place]]] = {}
        self._beyond: dict[int, str | None] = {}
        self._shown: dict[str, str] = {}
        self._speaker: dict[tuple[int, int, str, str, str], bool] = {}  # speakers_place, once
        self._near: dict[int, tuple[list[int], list[int]]] = {}  # phrases per sentence
        self._tied_local: set[int] = set()  # places tied through the place that holds them
        self._by_default: set[int] = set()  # sentences whose scope is the text's country
        self._starts: list[int] = []
        self._elsewhere: dict[int, bool] = {}  # sentences about another event
        self._regions: dict[int, list[tuple[int, int, str]]] = {}  # areas wider than a country
        self._totals: list[list[int] | None] = []  # where "in total" & co. stand, once
        self._folded: dict[int, str] = {}  # sentences folded, once each
        # the last figure's sentence, scope and whether that scope came from a default
        self._previous: tuple[int, str | None, bool] | None = None
        self.defaulted = False
        """Whether the last `scope` came only from a default (the text's country, its
        dateline, the lead, or the claimant's country), not from a place the text ties to
        the figure: such a scope is weaker (see `SCOPE_DEFAULT_NOTE`)."""

    def _places(self, start: int, end: int) -> list[tuple[int, int, Place]]:
        """The places in ``text[start:end]``, offsets into the text (each distinct chunk of
        text is searched once, and each span of the text is filtered once)."""
        got = self._got.get((start, end))
        if got is not None:
            return got
        chunk = self._text[start:end]
        found = self._found.get(chunk)
        if found is None:
            known = self._gazetteer.find(chunk, prefer=self._document_country)
            found = [(s, e, p) for s, e, p in known if is_area(p)]
            found.extend(local_places(chunk, known))
            for s, e, code in capital_mentions(chunk, self._gazetteer.get):
                city = self._gazetteer.get(code)
                if city is not None:  # "la capital catalana": Barcelona
                    found.append((s, e, city))
            found.sort(key=lambda p: p[0])
            self._found[chunk] = found
        got = self._got[start, end] = [
            p for p in ((s + start, e + start, p) for s, e, p in found) if not self._speakers(p)
        ]
        return got

    def _speakers(self, place: tuple[int, int, Place]) -> bool:
        """`speakers_place`, read once per place of the text: the spans searched (a
        sentence, its paragraph, the lead, the whole text) hold the same places."""
        key = (place[0], place[1], place[2].id, place[2].name, str(place[2].kind))
        known = self._speaker.get(key)
        if known is None:
            known = self._speaker[key] = speakers_place(self._text, place)
        return known

    def _document_country(self) -> str | None:
        """The country a name of several places ("Granada": Spain's city, Nicaragua's
        department, Grenada in Spanish) is read in when its own sentence names none of their
        countries: the one the whole text names most by names of one country only, else the
        one of the national bodies it names ("UGT y CC.OO." → Spain); asked once, and only
        for such a name."""
        if not self._home:
            code = self._gazetteer.home(self._text)
            if code is None:
                code = self._orgs.named_in(self._text[:_ORG_LEAD])
            self._home.append(code)
        return self._home[0]

    def scope(
        self,
        index: int,
        first: int,
        last: int,
        hi: int,
        country: Callable[[], str | None],
        claimants: Sequence[Ref] = (),
    ) -> str | None:
        """The scope of the number at characters ``[first, last)`` of sentence ``index``,
        whose clause ends at character ``hi``; ``country``: the document's country.

        A text that names no place at all ("the EC said 13.4 million voted", "según UGT y
        CCOO") is about the country of the national body that gives its figures: the
        ``claimants``' country in the org registry, else that of the bodies cited so far."""
        self.defaulted = False
        previous, self._previous = self._previous, None
        if previous is not None and previous[0] == index and self._same_figure(index, first):
            # "el 16% de la población, cifra que los sindicatos elevan al 84%": the figure
            # just named, counted again, keeps its place
            self.defaulted = previous[2]
            self._previous = previous
            return previous[1]
        found = self._scope(index, first, last, hi, country)
        if found is None:
            self.defaulted = True
            found = self._org_country(claimants)
        self._previous = (index, found, self.defaulted)
        return found

    def _same_figure(self, index: int, first: int) -> bool:
        """Whether the number at ``first`` stands in a clause about the figure just named
        ("…, cifra que UGT eleva al 84%", "…, a figure the unions put at 84%")."""
        lo = max(self._sentences[index].start, first - _SAME_SPAN)
        clause = self._text[lo:first]
        cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind("("))
        if cut < 0:
            return False
        words = tuple(fold(clause[cut + 1 :]).split()[:2])
        return any(words[: len(p)] == p for p in cue.SAME_FIGURE_OPENERS)

    def _org_country(self, claimants: Sequence[Ref]) -> str | None:
        own: str | None = None
        for ref in claimants:
            code = self._orgs.country(ref.id) if ref.id is not None else None
            if code is not None:
                self._cited[code] = self._cited.get(code, 0) + 1
                own = own or code
        code = own or (max(self._cited, key=self._cited.__getitem__) if self._cited else None)
        if code is None:
            if not self._named:
                self._named.append(self._orgs.named_in(self._text[:_ORG_LEAD]))
            code = self._named[0]
        place = self._gazetteer.get(code) if code is not None else None
        return place.name if place is not None else None

    def _scope(
        self, index: int, first: int, last: int, hi: int, country: Callable[[], str | None]
    ) -> str | None:
        s = self._sentences[index]
        dateline = self._dateline_place()
        here = self._here.get(index)
        if here is None:
            found = [p for p in self._places(s.start, s.end) if p[0] >= self._cut]
            here = self._here[index] = self._qualify(found)
        if self._worldwide(index, first, last):
            return cue.WORLD
        # the place heading a list entry ("Aragón, con un 65%", "Sete (4500)")
        heads = [p for p in here if just_before(self._text, p, first, strong=True)]
        if heads:
            return self._show(heads[-1][2])
        if self._phrase_near(index, first, last, 1):
            # "en todo el país hay 614.000 damnificados": the country, not a region of it
            tied_country = [p for p in here if str(p[2].kind) == "country" and self._tied(p[0])]
            if not tied_country:
                return self._nation(dateline, country)
        if here and self._total_near(index, first, last):
            # "… and nine in Yazd, and around 900 injured in total": the place of an
            # earlier entry never scopes the total after it (round 8)
            here = [p for p in here if p[1] > first or not earlier_entry(self._text, p, first)]
        if here:
            here = [
                p
                for p in here
                if p[1] <= first
                or not (
                    excluded(self._text, last, p[0])
                    or heads_next(self._text, p)
                    or part_after(self._text, last, p[0])
                )
            ]
            tied = [
                p
                for p in here
                if (self._tied(p[0]) and (p[0] >= last or p[1] <= first))
                or just_before(self._text, p, first)
            ]
            # "864,310 people who fled the fighting in Ukraine have entered Poland": the
            # figure's own verb names where they are counted, its destination
            into = [
                p for p in tied if p[0] >= last and p[0] <= hi and destination(self._text, p[0])
            ]
            if into:
                return self._show(into[0][2])
            if tied:
                tied = narrowest(tied, last, hi)
                return self._show(min(tied, key=lambda p: self._distance(p, first, last, hi))[2])
            people = self._nationals(last, hi)
            if people is not None:
                return people
            # an untied country is a speaker or a party ("the United States said"), not
            # where the count is; an untied state or city ("Lara State Police") is
            pool = [p for p in here if str(p[2].kind) != "country"]
            if not pool:
                # a country that does not speak ("Sierra Leone is the country with the most
                # cases (10,306)", "Lebanon is home to 1.5 million Syrians")
                pool = [p for p in here if holds_count(self._text, p)]
            if pool:
                return self._show(min(pool, key=lambda p: self._distance(p, first, last, hi))[2])
            wide = self._world_region(index, first, last, hi)
            if wide is not None:
                return wide
        else:
            people = self._nationals(last, hi)
            if people is not None:
                return people
            wide = self._world_region(index, first, last, hi)
            if wide is not None:
                return wide
        if self._total_near(index, first, last):
            # "In total, around 1,000 were injured": the country's whole, never the one
            # town the text is about nor a place of another sentence (round 8)
            return self._nation(dateline, country)
        if index not in self._beyond:
            self._beyond[index] = self._beyond_sentence(index, dateline, country)
        self.defaulted = index in self._by_default
        return self._beyond[index]

    def _world_region(self, index: int, first: int, last: int, hi: int) -> str | None:
        """An area wider than a country that the number's sentence names, before the number
        or in its clause after it ("storms across central Europe killed 14", "se han registrado
        200.000 muertos en América Latina"), when no place of the gazetteer scopes it; the
        nearest one (round 8)."""
        found = self._regions.get(index)
        if found is None:
            s = self._sentences[index]
            known = self._places(s.start, s.end)
            found = self._regions[index] = [
                r
                for r in world_regions(self._text, max(s.start, self._cut), s.end)
                if not any(p[0] < r[1] and r[0] < p[1] for p in known)  # "South Africa"
            ]
        near = [
            r
            for r in found
            if (r[1] <= first or last <= r[0] <= hi)
            and (self._tied(r[0]) or self._holds_region(r[0], r[1]))
        ]
        if not near:
            return None
        return min(near, key=lambda r: first - r[1] if r[1] <= first else r[0] - last)[2]

    def _total_near(self, index: int, first: int, last: int) -> bool:
        """Whether a word of a whole (`cue.TOTALS`: "in total", "en total", "all told")
        stands in the number's clause, at most `cue.TOTAL_SPAN` characters before or after
        it, with no ";" or sentence end between."""
        if not self._totals:  # where the words of a whole stand, found once per document
            low = self._text.lower()
            found = sorted(k for w in cue.TOTALS for k in _finds(low, w))
            self._totals.append(found if len(low) == len(self._text) else None)
        at = self._totals[0]
        if at is not None:
            k = bisect.bisect_left(at, first - cue.TOTAL_SPAN)
            if k == len(at) or at[k] > last + cue.TOTAL_SPAN:
                return False  # none within reach of the number
        s = self._sentences[index]
        before = fold(self._text[max(s.start, first - cue.TOTAL_SPAN) : first])
        after = fold(self._text[last : min(s.end, last + cue.TOTAL_SPAN)])
        before = before[before.rfind(";") + 1 :]
        after = after.split(";", 1)[0]
        return any(_has_words(before, w) or _has_words(after, w) for w in cue.TOTALS)

    def _holds_region(self, start: int, end: int) -> bool:
        """Whether an area is the subject of a verb of having or tallying, after it or
        before it ("Europe has recorded", "registra América Latina")."""
        before = fold(self._text[max(0, start - 20) : start]).split()
        after = fold(self._text[end : end + 20]).split()
        return bool(
            (before and before[-1] in cue.HOLD_VERBS)
            or (after and after[0].strip(",.;:") in cue.HOLD_VERBS)
        )

    def _nationals(self, last: int, hi: int) -> str | None:
        """The country whose whole population the figure is of ("el 16% de la población
        española"), as the gazetteer shows it; ``None`` without one."""
        name = national_population(self._text, last, hi)
        place = self._gazetteer.resolve(name) if name is not None else None
        return self._show(place) if place is not None else None

    def _beyond_sentence(
        self, index: int, dateline: str | None, country: Callable[[], str | None]
    ) -> str | None:
        """The scope when the sentence names no place: the paragraph's, the dateline's, the
        lead's or the text's country (the same for every number of the sentence)."""
        s = self._sentences[index]
        para = [p for p in self._qualify(self._paragraph(index)) if self._tied(p[0])]
        if para:
            starts = [p[0] for p in para]
            k = bisect.bisect_left(starts, s.start)
            if k > 0:
                return self._show(para[k - 1][2])
            if not self._of_a_part(para[0][0]) and self._scopes_back(para[0][0]):
                # the place of a later sentence's part ("Of those, 400,000 went into
                # Poland", "Esos 12 casos se registraron en Pasto") never scopes the whole
                return self._show(para[0][2])
        self._by_default.add(index)
        body = national_body(self._fold_sentence(index))
        place = self._gazetteer.resolve(body) if body is not None else None
        if place is not None:
            # "Pakistani officials raised the country's toll to 228": the body's country
            return self._show(place)
        nation = self._nation(dateline, country)
        return self._focus(nation) or nation

    def _nation(self, dateline: str | None, country: Callable[[], str | None]) -> str | None:
        """The text's country: the dateline's, unless the lead names another ("LIMA (AP) —"
        on Bolivia); else the lead's; else the one the text's words name most."""
        lead = self._lead_country(country)
        nation = dateline if dateline is not None and (lead is None or lead == dateline) else None
        return nation or lead or dateline or country()

    def _lead_country(self, country: Callable[[], str | None]) -> str | None:
        """The country the headline and lead name most (after any dateline); on a tie, the
        one ``country`` (the whole text's) gives, else the first named."""
        if self._lead:
            return self._lead[0]
        counts: dict[str, int] = {}
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
            for start, _, place in self._places(self._cut, len(self._text)):
                if excluded(self._text, 0, start) or self._other_event(self._sentence_of(start)):
                    continue
                if not place.id and place.country is None:
                    towns.setdefault(place.name, place)
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
            if str(p[2].kind) != "country" and not excluded(self._text, s.start, p[0])
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

    def _inside(self, inner: Place, outer: Place) -> bool:
        """Whether ``inner`` lies in ``outer`` (a town the gazetteer lacks: if nothing says
        it lies elsewhere)."""
        if not inner.id:
            return inner.country is None or inner.country == outer.country
        return self._gazetteer.contains(outer.id, inner.id)

    def _show(self, place: Place) -> str:
        """The name of a place as the scope gives it: one that the gazetteer reads back as
        the same place ("Niger" is the country, so Nigeria's state is "Niger, Nigeria";
        "Valencia, Spain" is not Venezuela's; "Washington city" is not the state), else the
        name as it is."""
        shown = self._shown.get(place.name + "\x00" + place.id)
        if shown is not None:
            return shown
        shown = place.name
        if place.id:
            kind = str(place.kind)
            suffix = " region" if kind == "region" else " city" if kind == "city" else ""
            nation = self._gazetteer.get(place.country) if place.country else None
            tries = [place.name]
            if nation is not None and nation.name != place.name:
                tries.append(f"{place.name}, {nation.name}")  # "Valencia, Spain"
            tries.append(place.name + suffix)  # "Washington city"
            if nation is not None:
                tries.append(f"{place.name}{suffix}, {nation.name}")
            for name in tries:
                back = self._gazetteer.resolve(name)
                if back is not None and back.id == place.id:
                    shown = name
                    break
        self._shown[place.name + "\x00" + place.id] = shown
        return shown

    def _resolve(self, name: str) -> Place | None:
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = list(self._gazetteer.find(name))
        return found[0][2] if found else None

    def _distance(self, place: tuple[int, int, Place], first: int, last: int, hi: int) -> int:
        """How far a place is from the number: characters, a place after it first; one before
        it across a comma or a coordination ("died in Jalisco, 10 in Colima") is further."""
        if place[0] >= last:
            between = self._text[last : place[0]].lower()
            other = any(w in between for w in cue.OTHER_CLAUSE)  # "(10,306), while Liberia"
            return place[0] - last + (100 if other else 0 if place[0] <= hi else 40)
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

    def _worldwide(self, index: int, first: int, last: int) -> bool:
        """ "110 million people in the world", "a nivel mundial": a count of the world."""
        return self._phrase_near(index, first, last, 0)

    def _phrase_near(self, index: int, first: int, last: int, which: int) -> bool:
        """Whether a phrase of `cue.WORLDWIDE` (``which`` 0) or `cue.NATIONWIDE` (1) stands at
        most `cue.WORLD_AFTER` characters after the number or `cue.WORLD_BEFORE`
        (`cue.NATION_BEFORE`) before it (where they stand is found once per sentence)."""
        near = self._near.get(index)
        if near is None:
            near = self._near[index] = self._phrases_in(index)
        found = near[which]
        if not found:
            return False
        opens = found[0] - self._sentences[index].start <= cue.OPENS
        if which and opens and found[0] < first and ";" not in self._text[found[0] : first]:
            # "A nivel nacional, el Gobierno cifró el seguimiento en el 16%": the phrase
            # opening the sentence scopes its figures (one clause: no ";" between)
            return True
        before = cue.NATION_BEFORE if which else cue.WORLD_BEFORE
        k = bisect.bisect_left(found, first - before)
        if k < len(found) and found[k] < last + cue.WORLD_AFTER - 8:
            # "3 million marched, and worldwide …": the phrase of another clause
            return found[k] < first or not any(c in self._text[last : found[k]] for c in ",;")
        # "worldwide the organizers counted 5 million": the clause the phrase opens
        k = bisect.bisect_left(found, first - cue.WORLD_CLAUSE)
        return (
            k < len(found)
            and found[k] < first
            and not any(c in self._text[found[k] : first] for c in ",;.")
        )

    def _phrases_in(self, index: int) -> tuple[list[int], list[int]]:
        s = self._sentences[index]
        low = self._text[s.start : s.end].lower()
        out: tuple[list[int], list[int]] = ([], [])
        for phrases, at in ((cue.WORLDWIDE, out[0]), (cue.NATIONWIDE, out[1])):
            for phrase in phrases:
                k = low.find(phrase)
                while k >= 0:
                    at.append(s.start + k)
                    k = low.find(phrase, k + 1)
            at.sort()
        return out

    def _of_a_part(self, start: int) -> bool:
        """Whether a place follows a part of an earlier figure in its own sentence ("Of
        those, 400,000 went into Poland", "Esos 12 casos se registraron en Pasto")."""
        if not self._starts:  # the sentences' starts, listed once per document
            self._starts.extend(s.start for s in self._sentences)
        k = bisect.bisect_right(self._starts, start) - 1
        lo = self._sentences[k].start if k >= 0 else 0
        before = " " + self._text[lo:start].lower()
        return any(w in before for w in cue.PARTITIVES) or before.startswith(cue.BACK)

    def _scopes_back(self, start: int) -> bool:
        """Whether a place of a later sentence may scope the figures before it: not when
        that sentence is about another event ("Police put the crowd at 3,000. Next month
        Paris plans its own march": Paris scopes nothing before it; audit2 P3)."""
        return not self._other_event(self._sentence_of(start))

    def _qualify(self, found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
        """Places written with the place that holds them ("Iloilo province in the western
        Philippines", "the town of Kagara in Niger state", "Umm Qasr, Iraq"): the outer one
        only says where the inner one is, and the inner one takes its tie to the number."""
        out: list[tuple[int, int, Place]] = []
        for p in found:
            prev = out[-1] if out else None
            if prev is not None and holds(p[2], prev[2]):
                gap = self._text[prev[1] : p[0]].lower().replace(",", " ").split()
                if p[0] - prev[1] <= cue.QUALIFY_GAP and all(w in cue.QUALIFY_JOINS for w in gap):
                    if self._tied(p[0]) and not self._tied(prev[0]):
                        self._tied_local.add(prev[0])
                    continue
            out.append(p)
        return out

    def _tied(self, start: int) -> bool:
        return start in self._tied_local or self._text[max(0, start - 18) : start].lower().endswith(
            cue.TIED
        )

    def _paragraph(self, index: int) -> list[tuple[int, int, Place]]:
        sentences = self._sentences
        para = sentences[index].para
        lo = index
        while lo > 0 and sentences[lo - 1].para == para and index - lo < 8:
            lo -= 1
        hi = index
        while hi + 1 < len(sentences) and sentences[hi + 1].para == para and hi - index < 8:
            hi += 1
        found: list[tuple[int, int, Place]] = []
        for k in range(lo, hi + 1):
            if k != index and not self._other_event(k):
                found.extend(self._places(sentences[k].start, sentences[k].end))
        return found

    def _sentence_of(self, start: int) -> int:
        """The index of the sentence holding character ``start`` (-1 before the first)."""
        if not self._starts:  # the sentences' starts, listed once per document
            self._starts.extend(s.start for s in self._sentences)
        return bisect.bisect_right(self._starts, start) - 1

    def _other_event(self, index: int) -> bool:
        """Whether sentence ``index`` is about another event ("Next month Paris plans its own
        march"): its places scope no other sentence's figures (read once per sentence)."""
        known = self._elsewhere.get(index)
        if known is None and index < 0:
            return False
        if known is None:
            folded = self._fold_sentence(index)
            known = any(w in folded for w in cue.OTHER_EVENT) and any(
                w.strip(",.;:") in cue.OTHER_EVENT for w in folded.split()
            )
            known = self._elsewhere[index] = known or self._closing(index)
        return known

    def _fold_sentence(self, index: int) -> str:
        """Sentence ``index`` folded (`fold`), once per document."""
        folded = self._folded.get(index)
        if folded is None:
            s = self._sentences[index]
            folded = self._folded[index] = fold(self._text[s.start : s.end])
        return folded

    def _closing(self, index: int) -> bool:
        """Whether sentence ``index`` is in a closing paragraph without a figure, after at
        least `_CLOSING_AFTER` paragraphs ("London has its own demo next month. It should be
        big."): a closing line scopes nothing before it."""
        sentences = self._sentences
        last = sentences[-1].para
        if sentences[index].para != last or last < _CLOSING_AFTER:
            return False
        k = index
        while k > 0 and sentences[k - 1].para == last:
            k -= 1
        start, end = sentences[k].start, sentences[-1].end
        return not any(ch.isdecimal() for ch in self._text[start:end])

    def _dateline_place(self) -> str | None:
        """ "BRASILIA, Brazil -- ...", "QUITO (AP) – ...": the country of the dateline (or its
        place when it names no country)."""
        if self._dateline:
            return self._dateline[0]
        found: str | None = None
        self._cut = 0
        head = self._text[: cue.DATELINE_SPAN * 2]
        marks = [head.find(m) for m in cue.DATELINE_MARKS]
        cut = min((k for k in marks if 0 < k <= cue.DATELINE_SPAN), default=-1)
        if cut < 0:
            cut = capital_dateline(head)
        if cut > 0:
            places = self._places(0, cut)
            if places and places[0][0] <= 3:
                self._cut = cut
                countries = [p for _, _, p in places if str(p.kind) == "country"]
                found = self._show(countries[0] if countries else places[0][2])
                if not countries and places[0][2].country:
                    nation = self._gazetteer.get(places[0][2].country or "")
                    found = nation.name if nation is not None else found
        self._dateline.append(found)
        return found


def _has_words(text: str, words: str) -> bool:
    """Whether ``words`` stands in ``text`` as whole words, followed by a sign, a digit or the
    end ("in total, 300", "300 in total.", "en total 300"; not "en total normalidad")."""
    k = text.find(words)
    while k >= 0:
        e = k + len(words)
        rest = text[e:].lstrip(" ")
        if (k == 0 or not text[k - 1].isalnum()) and (not rest or not rest[0].isalpha()):
            return True
        k = text.find(words, k + 1)
    return False


def _finds(text: str, words: str) -> list[int]:
    """Every offset where ``words`` starts in ``text``."""
    out: list[int] = []
    k = text.find(words)
    while k >= 0:
        out.append(k)
        k = text.find(words, k + 1)
    return out
