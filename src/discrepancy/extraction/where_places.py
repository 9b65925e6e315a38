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
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction import where_cues as cue
from discrepancy.extraction.lexicon import LEXICON
from discrepancy.extraction.where_asides import (
    breakdown_after,
    colon_list_after,
    comment_after,
    relative_after,
    singled_out,
    whole_list_after,
)
from discrepancy.extraction.where_back import REGION_BACK_CHARS, region_back, region_phrase
from discrepancy.extraction.where_cause import CITY_BACK
from discrepancy.extraction.where_demonyms import demonym_after
from discrepancy.extraction.where_found import ORG_LEAD
from discrepancy.extraction.where_lists import ListScope
from discrepancy.extraction.where_marks import (
    Finds,
    Place,
    destination,
    earlier_entry,
    excluded,
    gapped_entry,
    heads_next,
    heads_this,
    holds_count,
    just_before,
    later_event,
    narrowest,
    other_clause_before,
    part_after,
)
from discrepancy.extraction.where_nationals import national_body, national_population
from discrepancy.extraction.where_orgs import OrgCountries, Ref
from discrepancy.extraction.where_outside import (
    left_out,
    outside_place,
    outside_scope,
    wider_place,
)
from discrepancy.extraction.where_regions import world_regions
from discrepancy.extraction.where_respective import respective_place
from discrepancy.extraction.where_spread import spread_over

__all__ = ["SCOPE_DEFAULT_NOTE", "Finds", "OrgCountries", "PlaceScope"]

SCOPE_DEFAULT_NOTE = "scope from a default (the text's country or dateline)"
"""The note an extracted claim carries when its scope came only from a default, not from a
place the text ties to the figure: the engine and `scan` may treat that scope as weaker (a
default never makes a claim the whole of places the text names)."""

_BACK_WORDS = 40
"""How many words before a figure "in the city" are read for the city's name."""
_SAME_SPAN = 80
"""How far before a number the clause about the figure just named may open."""


class PlaceScope(ListScope):
    """The scope of each number of one document (one instance per document)."""

    __slots__ = ()

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
        if not self._first_figure:
            self._first_figure.append(index)
        previous, self._previous = self._previous, None
        if previous is not None and previous[0] == index and self._same_figure(index, first):
            # "el 16% de la población, cifra que los sindicatos elevan al 84%": the figure
            # just named, counted again, keeps its place
            self.defaulted = previous[2]
            self._previous = previous
            return previous[1]
        found = self._scope(index, first, last, hi, country)
        if found == "":  # "in the city" with no city named before: no scope, no default
            self._previous = (index, None, False)
            return None
        if found is None:
            self.defaulted = True
            found = self._org_country(claimants)
        key = _figure_key(self._text[first:last])
        if key is not None:
            if self.defaulted and key in self._figures:
                # "60,000 rallied in Denver, organisers said. … Those 60,000, a TV channel
                # added, …": a city's figure told again keeps its city (round 11), still
                # marked as a default (the same number may be another place's)
                found = self._figures[key]
            elif found is not None and not self.defaulted and self._city(found):
                self._figures.setdefault(key, found)
        self._previous = (index, found, self.defaulted)
        return found

    def _city(self, name: str) -> bool:
        """Whether a scope's name is a city (or a town the gazetteer lacks): a city's figure
        told again later keeps the city, never the country by default (round 11)."""
        place = self._gazetteer.resolve(name)
        return place is None or str(place.kind) == "city"

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
                self._named.append(self._orgs.named_in(self._text[:ORG_LEAD]))
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
            found = [
                p
                for p in self._places(s.start, s.end)
                if p[0] >= self._cut and not self._dated(p[0])
            ]
            here = self._here[index] = self._qualify(found)
        if self._worldwide(index, first, last):
            return cue.WORLD
        paired = respective_place(self._text, s.start, s.end, first, here)
        if paired is not None:  # session 12: "40 and 25 in Lyon and Marseille, respectively"
            return self._show(paired)
        whole = self.list_total(index, first, last, here)
        if whole is not None:
            return whole  # round 9: a list's total is the union of its entries' places
        # the place heading a list entry ("Aragón, con un 65%", "Sete (4500)")
        heads = [
            p
            for p in here
            if just_before(self._text, p, first, strong=True)
            or heads_this(self._text, p, first)
            or gapped_entry(self._text, p, first)
        ]
        if heads:
            return self._show(heads[-1][2])
        out = outside_place(self._text, here, first, last, hi, s.start)
        if out is not None:  # session 10: "15 deaths outside Kerr County"
            return self._outside(out, here, (first, last, hi, s.start), dateline, country)
        if self._phrase_near(index, first, last, 1) and not self._part_of_nation(first, last):
            # "en todo el país hay 614.000 damnificados": the country, not a region of it
            tied_country = [p for p in here if str(p[2].kind) == "country" and self._tied(p[0])]
            if not tied_country:
                return self._nation(dateline, country)
        if here and self._total_near(index, first, last):
            # "… and nine in Yazd, and around 900 injured in total": the place of an
            # earlier entry never scopes the total after it (round 8)
            here = [p for p in here if p[1] > first or not earlier_entry(self._text, p, first)]
        # session 10: "Al menos 150 han muerto, 140 de ellas en la región de Murcia": the
        # whole of a part placed after it is never placed by a default below the country
        parted = any(p[0] >= last and part_after(self._text, last, p[0]) for p in here)
        if here:
            # g-where: "1.5 million live in Lebanon, while Jordan hosts 650,000": a place of
            # an earlier figure's clause never scopes a figure past "while" / "mientras"
            here = [p for p in here if not other_clause_before(self._text, p, first, s.start)]
            here = [
                p
                for p in here
                if p[1] <= first
                or not (
                    excluded(self._text, last, p[0])
                    or heads_next(self._text, p)
                    or part_after(self._text, last, p[0])
                    or later_event(self._text, last, p[0])
                    or comment_after(self._text, last, p[0])
                    or breakdown_after(self._text, last, p[0])
                    or colon_list_after(self._text, last, p[0], LEXICON.number_words)
                    or whole_list_after(self._text, first, last, p[0], LEXICON.number_words)
                    or singled_out(self._text, last, p[0])
                    or relative_after(self._text, last, p[0])
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
                joined = coordinated(self._text, tied, here, last, hi)
                if len(joined) > 1:  # session 13: "died in Giza, Cairo and Alexandria"
                    holder = self.holder([p[2] for p in joined])
                    if holder is not None:
                        return holder
                tied = narrowest(tied, last, hi)
                return self._show(min(tied, key=lambda p: self._distance(p, first, last, hi))[2])
            if self._abroad(first, last, hi):
                return ""  # round 12: nationals abroad, no place of residence stated
            people = self._nationals(last, hi) or self._demonym(last, hi, national=False)
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
                return self._lead_area(index, wide)
        else:
            if self._abroad(first, last, hi):
                return ""  # round 12: nationals abroad, no place of residence stated
            people = self._nationals(last, hi) or self._demonym(last, hi, national=False)
            if people is not None:
                return people
            wide = self._world_region(index, first, last, hi)
            if wide is not None:
                return self._lead_area(index, wide)
        city = self._city_back(index, first, last, hi)
        if city is not None:
            return city  # round 11: "90,000 joined the rally in the city" ("" for none named)
        region = self._region_back(index, first, last, hi)
        if region is not None:
            return region  # h-where: "400 evacuados en la provincia": the one named before
        s = self._sentences[index]
        if spread_over(self._text, s.start, first, last, hi, LEXICON.number_words):
            # h-where: "32 killed by tornadoes in at least 11 states": the country's whole
            return self._nation(dateline, country)
        if self._total_near(index, first, last):
            # "In total, around 1,000 were injured": the country's whole, never the one
            # town the text is about nor a place of another sentence (round 8)
            return self._nation(dateline, country)
        if parted:
            self.defaulted = True
            return self._nation(dateline, country)
        if index not in self._beyond:
            self._beyond[index] = self._beyond_sentence(index, dateline, country)
        self.defaulted = index in self._by_default
        if self._beyond[index] is None and not here:
            # session 12: "24 millones de españoles votaron" in a text that names no place
            self.defaulted = False
            return self._demonym(last, hi, national=True)
        return self._beyond[index]

    def _outside(
        self,
        out: tuple[int, int, Place],
        here: list[tuple[int, int, Place]],
        span: tuple[int, int, int, int],
        dateline: str | None,
        country: Callable[[], str | None],
    ) -> str:
        """The scope of a figure counted outside the place ``out`` (`where_outside`): a place
        apart from it that its clause names; else the rest of the place its clause names,
        or of the text's region or country, that holds ``out``; else "outside <place>"."""
        shown = self._show(out[2])
        wider = wider_place(self._text, here, out, span, self._tied, self._inside)
        if wider is not None:
            if not wider[1]:
                return self._show(wider[0][2])  # "Outside Kerr, 15 died in Travis County"
            return outside_scope(self._show(wider[0][2]), shown)
        nation = self._nation(dateline, country)
        for name in (self._focus(nation), dateline, nation):
            place = self._resolve(name) if name else None
            if place is not None and place != out[2] and self._inside(out[2], place):
                return outside_scope(self._show(place), shown)
        return outside_scope(None, shown)

    def _city_back(self, index: int, first: int, last: int, hi: int) -> str | None:
        """A figure "in the city" / "en la ciudad" (`CITY_BACK`, in its clause next to the
        number) whose sentence names no place of its own: the city named last before it, in
        its sentence or the one before, an outlet's name included ("The Denver Post said
        90,000 joined the rally in the city"), a dateline's not (where the story was
        filed); "" where none is named (then the figure has no scope: a country by default
        would set a city's crowd against the nation's)."""
        s = self._sentences[index]
        after = fold(self._text[last : min(hi, last + 40)])
        before = fold(self._text[max(s.start, first - 40) : first])
        before = before[max(before.rfind(","), before.rfind(";")) + 1 :]  # its own clause
        if not any(phrase in after or phrase in before for phrase in CITY_BACK):
            return None
        lo = self._sentences[index - 1].start if index > 0 else s.start
        chunk = self._text[max(lo, self._cut) : first]  # a dateline's city was filed from
        found = self._found.get(chunk)
        if found is None:
            found = self._found[chunk] = list(self._gazetteer.find(chunk))
        cities = [p for p in found if str(p[2].kind) == "city"]
        if cities:
            return self._show(cities[-1][2])
        # a city inside an outlet's name ("the Chicago Tribune"): its words, last first
        for word in reversed(chunk.split()[-_BACK_WORDS:]):
            word = word.strip(",.;:\"'“”()")
            if word[:1].isupper() and len(word) > 2:
                place = self._gazetteer.resolve(word)
                if place is not None and str(place.kind) == "city":
                    return self._show(place)
        return ""

    def _region_back(self, index: int, first: int, last: int, hi: int) -> str | None:
        """A figure "in the province" / "en el estado" (`where_back`) whose sentence names no
        place of its own: the state or province named last before it (h-where)."""
        if not region_phrase(self._text, self._sentences[index].start, first, last, hi):
            return None
        chunk = self._text[max(0, first - REGION_BACK_CHARS) : first]
        found = self._found.get(chunk)
        if found is None:
            found = self._found[chunk] = list(
                self._gazetteer.find(chunk, prefer=self._document_country)
            )
        place = region_back(found, self._gazetteer.get, self._document_country())
        return self._show(place) if place is not None else None

    def _lead_area(self, index: int, wide: str) -> str:
        """A sea ("drowned in the Mediterranean") that scopes the document's first figure is
        the default of its sentences that name no place, before any country (round 11: a
        toll at sea is no country's, not the migrants' nor the claimant's)."""
        if not self._first_figure:
            self._first_figure.append(index)
        union = wide == tables_en.UNION_SHOWN  # round 12: a union is no country either
        if index == self._first_figure[0] and not self._wide_lead and (union or _at_sea(wide)):
            self._wide_lead.append(wide)
        return wide

    def _world_region(self, index: int, first: int, last: int, hi: int) -> str | None:
        """An area wider than a country that the number's sentence names, before the number
        or in its clause after it ("storms across central Europe killed 14", "se han registrado
        200.000 muertos en América Latina"), when no place of the gazetteer scopes it; the
        nearest one (round 8)."""
        found = self._areas(index)
        near = [
            r
            for r in found
            if (r[1] <= first or last <= r[0] <= hi)
            and (self._tied(r[0]) or self._holds_region(r[0], r[1]))
            # round 12: "5 million abroad, of whom 4 million in Latin America": the area
            # of a later part's clause scopes the part, never the whole before it
            and not (r[0] >= last and part_after(self._text, last, r[0]))
        ]
        if not near:
            return None
        return min(near, key=lambda r: first - r[1] if r[1] <= first else r[0] - last)[2]

    def _areas(self, index: int) -> list[tuple[int, int, str]]:
        """The areas wider than a country that sentence ``index`` names (found once)."""
        found = self._regions.get(index)
        if found is None:
            s = self._sentences[index]
            known = self._places(s.start, s.end)
            found = self._regions[index] = [
                r
                for r in world_regions(self._text, max(s.start, self._cut), s.end)
                if not any(p[0] < r[1] and r[0] < p[1] for p in known)  # "South Africa"
            ]
        return found

    def _abroad(self, first: int, last: int, hi: int) -> bool:
        """Round 12: whether the figure's clause says its people live out of their own
        country ("2 million nationals living abroad", "fuera de su país", before any other
        figure) or left it ("had emigrated", "emigrados"): a stock of nationals abroad has
        no place of residence, and no default (the text's country may be one that hosts a
        part of them, a region only a part's)."""
        after = fold(self._text[last : min(hi, last + _ABROAD_SPAN)])
        cut = next((k for k, ch in enumerate(after) if ch.isdecimal() or ch in ",;("), None)
        after = " " + (after if cut is None else after[:cut]) + " "
        if any(f" {p} " in after or f" {p}." in after for p in _ABROAD):
            return True
        # people who left their country ("6 million emigrants", "had emigrated some 2
        # million"): the words of the figure's own clause, before a comma on either side
        lo = self._text.rfind("\n", 0, first) + 1
        before = fold(self._text[max(lo, first - _ABROAD_SPAN) : first])
        before = before[max(before.rfind(","), before.rfind(";")) + 1 :]
        words = {w.strip(".:") for w in (before + after).split()}
        return not words.isdisjoint(_EMIGRATION)

    def _paragraph_area(self, index: int) -> str | None:
        """Round 12: a sentence that names no place, after a sentence of its paragraph that
        ties an area wider than a country to its figures ("… entered the EU in 2015. The UN
        counted fewer arrivals"): that area, the last one tied before it. The union or region
        the paragraph speaks of is no country's, so neither the text's country nor a
        dateline scopes those figures."""
        sentences = self._sentences
        para = sentences[index].para
        k = index - 1
        while k >= 0 and sentences[k].para == para and index - k <= 8:
            if not self._other_event(k):
                tied = [
                    r for r in self._areas(k) if self._tied(r[0]) or self._holds_region(r[0], r[1])
                ]
                if tied:
                    return tied[-1][2]
            k -= 1
        return None

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

    def _demonym(self, last: int, hi: int, *, national: bool) -> str | None:
        """The place of the plural demonym the figure counts ("de los asturianos": session
        12): a region's; a nation's only with ``national``, where nothing else gives the
        figure a place ("Lebanon is home to 1.5 million Syrians" is Lebanon's)."""
        found = demonym_after(self._text, last, hi)
        place = self._gazetteer.resolve(found[0]) if found is not None else None
        if found is None or place is None or not (found[1] or national):
            return None
        return self._show(place)

    def _beyond_sentence(
        self, index: int, dateline: str | None, country: Callable[[], str | None]
    ) -> str | None:
        """The scope when the sentence names no place: the paragraph's, the dateline's, the
        lead's or the text's country (the same for every number of the sentence)."""
        s = self._sentences[index]
        para = [
            p
            for p in self._qualify(self._paragraph(index))
            if self._tied(p[0])
            and not self._aside(p[0])
            and not self._dated(p[0])
            and not left_out(self._text, p[0])  # session 10: "15 died outside Kerr County"
        ]
        if para:
            starts = [p[0] for p in para]
            k = bisect.bisect_left(starts, s.start)
            if k > 0:
                return self._show(para[k - 1][2])
            if not self._of_a_part(para[0][0]) and self._scopes_back(para[0][0]):
                # the place of a later sentence's part ("Of those, 400,000 went into
                # Poland", "Esos 12 casos se registraron en Pasto") never scopes the whole
                return self._show(para[0][2])
        area = self._paragraph_area(index)
        if area is not None:
            return area
        self._by_default.add(index)
        if self._wide_lead:
            # "Up to 500 migrants drowned in the Mediterranean … more than 400, the
            # government said": the lead put the toll at sea, so no country does (round 11)
            return self._wide_lead[0]
        body = national_body(self._fold_sentence(index))
        place = self._gazetteer.resolve(body) if body is not None else None
        if place is not None:
            # "Pakistani officials raised the country's toll to 228": the body's country
            return self._show(place)
        nation = self._nation(dateline, country)
        return self._focus(nation) or nation

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

    def _part_of_nation(self, first: int, last: int) -> bool:
        """g-where: whether the number is a part of the nation's figure before it ("killed
        30 across the country, 18 of them in Bicol", "… en todo el país, 12 de ellos en
        Lima"): a partitive right after it, a comma before it, or a word of a part right
        before it after a comma (", including 12 in Ohio", h-where); its own place scopes it."""
        close = fold(self._text[max(0, first - 24) : first]).rstrip()
        if any(close.endswith(f", {w}") for w in _NATION_PART_BEFORE):
            return True  # h-where: "… nationwide, including 12 in Ohio"
        after = f" {fold(self._text[last : last + 16]).lstrip()}"
        if not any(after.startswith(f" {w.strip()}") for w in cue.PARTITIVES):
            return False
        before = self._text[max(0, first - cue.NATION_BEFORE) : first]
        return "," in before

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


_ABROAD = tables_en.NATIONALS_ABROAD + tables_es.NATIONALS_ABROAD
_NATION_PART_BEFORE = tables_en.NATION_PART_BEFORE + tables_es.NATION_PART_BEFORE
_EMIGRATION = tables_en.EMIGRATION_WORDS | tables_es.EMIGRATION_WORDS
_ABROAD_SPAN = 60
"""How far after a number the words of nationals abroad are read."""
_SEA_WORDS = ("sea", "mediterran", "ocean", "channel", "aegean", "gulf", "strait", "mar ")
_SEA_WORDS_ES = ("golfo", "estrecho", "canal de", "atlantic", "pacific", "oceano")


_JOINS = frozenset({",", "and", "y", "e", ", and", ", y"})
"""What may stand between two places of one coordinated list ("in Giza, Cairo and
Alexandria", "en Giza, El Cairo y Alejandría")."""


def coordinated(
    text: str,
    tied: Sequence[tuple[int, int, Place]],
    here: Sequence[tuple[int, int, Place]],
    last: int,
    hi: int,
) -> list[tuple[int, int, Place]]:
    """Session 13: the places that stand after a figure as one coordinated list ("16 died
    in clashes in Giza, Cairo and Alexandria"): the first place tied to the figure after it
    ("in Giza"), and each place of the sentence (``here``) joined to the one before by a
    comma or "and" / "y" only. One figure spread over such a list is the list's whole, not
    its first or nearest place."""
    after = sorted(p for p in tied if last <= p[0] <= hi)
    if not after:
        return []
    run = after[:1]
    for p in sorted(q for q in here if q[0] > run[0][0]):
        gap = text[run[-1][1] : p[0]].strip()
        if gap not in _JOINS:
            break
        run.append(p)
    return run


def _at_sea(area: str) -> bool:
    """Whether an area's name is a sea's ("Mediterranean", "Aegean Sea", "mar de Alborán")."""
    low = fold(area) + " "
    return any(w in low for w in _SEA_WORDS + _SEA_WORDS_ES)


def _figure_key(surface: str) -> str | None:
    """The figure a number's words give, as a key ("some 750,000" and "750,000": "750000";
    "1.2 million": "12m"), for a count of at least three digits other than a year; else
    ``None`` (small figures and shares repeat by chance)."""
    low = fold(surface)
    if "%" in low or "cent" in low or "ciento" in low:
        return None  # a share: another place's share may well be the same
    digits = "".join(ch for ch in surface if ch.isdecimal())
    if len(digits) < 3 or (len(digits) == 4 and digits[:2] in ("19", "20")):
        return None
    scale = "m" if "million" in low or "millon" in low else "k" if " mil" in low else ""
    return digits + scale


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
