"""The places one document names, found once: each span of its text asked of the gazetteer
once, its sentences' places written with the place that holds them, and which sentences are
about another event (their places scope no other sentence's figures).

The base of `discrepancy.extraction.where_places.PlaceScope`: the state of one document's
reading and the look-ups every rule of scope shares.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import where_cues as cue
from discrepancy.extraction.lists import Listing
from discrepancy.extraction.sentences import Sentence
from discrepancy.extraction.where_abbrevs import state_abbreviations
from discrepancy.extraction.where_asides import (
    breakdown_end,
    comment_before,
    figure_in,
    singled_out,
)
from discrepancy.extraction.where_capitals import capital_mentions
from discrepancy.extraction.where_cause import route_tie, whole_word_tie
from discrepancy.extraction.where_local import local_places
from discrepancy.extraction.where_marks import (
    Finds,
    Place,
    holds,
    is_area,
    speakers_place,
)
from discrepancy.extraction.where_orgs import OrgCountries
from discrepancy.extraction.where_sectors import sector_after, sector_mentions

__all__ = ["ORG_LEAD", "FoundPlaces"]

_CLOSING_AFTER = 2
"""How many paragraphs must come before a closing paragraph for it to be read as one."""
ORG_LEAD = 5_000
"""How much of the text is searched for national bodies when it names no place."""


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text`` as a whole word."""
    out: list[int] = []
    k = text.find(name)
    while k >= 0:
        end = k + len(name)
        if (k == 0 or not text[k - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append(k)
        k = text.find(name, k + 1)
    return out


def after_initials(text: str, start: int) -> bool:
    """Whether one to three initials stand right before ``start``: "R.K. Tala", "J. Tala"."""
    k = start - 1
    if k < 0 or text[k] != " ":
        k += 1  # "R.K.Tala"
    else:
        k -= 1
    letters = ""
    while k >= 1 and text[k] == "." and text[k - 1].isupper() and len(letters) < 3:
        if k >= 2 and text[k - 2].isalpha():
            return False  # "Inc." or "St." ends a word: no initial
        letters = text[k - 1] + letters
        k -= 2
        if k >= 0 and text[k] == " " and k >= 2 and text[k - 1] == "." and text[k - 2].isupper():
            k -= 1  # "R. K. Tala"
    return bool(letters) and letters not in _NOT_INITIALS


_NOT_INITIALS = frozenset({"US", "UK", "UN", "EU", "UAE", "DC", "EEUU"})
"""Abbreviations written like initials: "the U.S. Virgin Islands" is a place."""


class FoundPlaces:
    """The places of one document and the caches of its reading (one instance per
    document)."""

    __slots__ = (
        "_beyond",
        "_breakdowns",
        "_by_default",
        "_cited",
        "_cut",
        "_dateline",
        "_datespan",
        "_elsewhere",
        "_figures",
        "_first_figure",
        "_folded",
        "_found",
        "_gazetteer",
        "_got",
        "_here",
        "_home",
        "_lead",
        "_lead_focus",
        "_named",
        "_names",
        "_near",
        "_orgs",
        "_previous",
        "_regions",
        "_sectors",
        "_sentences",
        "_shown",
        "_speaker",
        "_starts",
        "_text",
        "_tied_local",
        "_ties",
        "_totals",
        "_wide_lead",
        "defaulted",
        "listed",
        "listings",
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
        self._names: dict[str, bool] = {}  # place names the text gives a person (session 10)
        self._got: dict[tuple[int, int], list[tuple[int, int, Place]]] = {}  # per span
        self._home: list[str | None] = []  # the document's country, once asked
        self._dateline: list[str | None] = []
        self._cut = 0  # where the dateline ends (0: none)
        self._datespan = (0, 0)  # a dateline after a headline (round 10)
        self._lead: list[str | None] = []
        self._lead_focus: list[str | None] = []
        self._here: dict[int, list[tuple[int, int, Place]]] = {}
        self._beyond: dict[int, str | None] = {}
        self._shown: dict[str, str] = {}
        self._speaker: dict[tuple[int, int, str, str, str], bool] = {}  # speakers_place, once
        self._near: dict[int, tuple[list[int], list[int]]] = {}  # phrases per sentence
        self._tied_local: set[int] = set()  # places tied through the place that holds them
        self._ties: dict[int, bool] = {}  # whether a tie stands before a place (round 11)
        self._figures: dict[str, str] = {}  # figures scoped by a tied place (round 11)
        self._first_figure: list[int] = []  # the sentence of the document's first figure
        self._wide_lead: list[str] = []  # the sea its first figure is at (round 11)
        self._by_default: set[int] = set()  # sentences whose scope is the text's country
        self._starts: list[int] = []
        self._elsewhere: dict[int, bool] = {}  # sentences about another event
        self._regions: dict[int, list[tuple[int, int, str]]] = {}  # areas wider than a country
        self._totals: list[list[int] | None] = []  # where "in total" & co. stand, once
        self._folded: dict[int, str] = {}  # sentences folded, once each
        self._breakdowns: dict[int, int] = {}  # where a breakdown's phrase ends (round 10)
        self._sectors: dict[int, list[tuple[int, int, str]] | None] = {}  # sector phrases
        # the last figure's sentence, scope and whether that scope came from a default
        self._previous: tuple[int, str | None, bool] | None = None
        self.listings: dict[int, Listing] = {}
        """The lists of the sentences read (round 9): the claimant stage finds them, the
        scope stage reads them."""
        self.listed: list[Place | str] = []
        """The places of the list entries read so far (a list's total is their union)."""
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
            states = [
                p for p in state_abbreviations(chunk, self._gazetteer.resolve) if is_area(p[2])
            ]  # session 12: "in Fairfax, Kan."
            known = sorted([*known, *states], key=lambda p: p[0])
            found.extend(states)
            found.extend(local_places(chunk, known))
            for s, e, code in capital_mentions(chunk, self._gazetteer.get):
                city = self._gazetteer.get(code)
                if city is not None:  # "la capital catalana": Barcelona
                    found.append((s, e, city))
            found.sort(key=lambda p: p[0])
            self._found[chunk] = found
        got = self._got[start, end] = [
            p
            for p in ((s + start, e + start, p) for s, e, p in found)
            if not self._speakers(p) and not self.a_persons_name(self._text[p[0] : p[1]])
        ]
        return got

    def a_persons_name(self, name: str) -> bool:
        """Whether the text gives this place's name to a person somewhere: after initials
        ("district official R.K. Tala said …", then "Tala said"): the name is that person's
        wherever it stands (a town of that name is neither where the count is nor a place
        that cannot speak)."""
        known = self._names.get(name)
        if known is None:
            known = self._names[name] = any(
                after_initials(self._text, k) for k in _occurrences(self._text, name)
            )
        return known

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
        for such a name. Where the two disagree, the country named more often wins, places
        on a tie: a dateline city the gazetteer knows only in another country ("Santander",
        a Colombian department and a Spanish city) does not outweigh the four Spanish unions
        of the lead (session 12)."""
        if not self._home:
            places = self._gazetteer.home_counts(self._text)
            bodies = self._orgs.counts_in(self._text[:ORG_LEAD])
            code = _most_named(places)
            body = _most_named(bodies)
            if code is None or (body is not None and bodies[body] > places[code]):
                code = body
            self._home.append(code)
        return self._home[0]

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

    def home_name(self) -> str | None:
        """The name of the country the text's places name most (`_document_country`): the
        country of a "government" the text names with no country of its own."""
        code = self._document_country()
        nation = self._gazetteer.get(code) if code else None
        return nation.name if nation is not None else None

    def home_agrees(self, country: str) -> bool:
        """Whether ``country`` (a country's name) is the country the text's places name most
        (`_document_country`), or nothing tells (round 9: a country guessed from the words
        alone — the country of an envoy a text names more often than its own — makes no
        government)."""
        home = self._document_country()
        place = self._gazetteer.resolve(country)
        return home is None or place is None or place.country == home

    def is_place(self, name: str) -> bool:
        """Whether ``name`` is, as a whole, a place ("Tabasco", "Lara"): not a source."""
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = list(self._gazetteer.find(name))
        return (
            len(found) == 1
            and not self.a_persons_name(name)
            and found[0][0] == 0
            and found[0][1] == len(name)
            and str(found[0][2].kind) != "country"  # a country speaks through its government
        )

    def _of_a_part(self, start: int) -> bool:
        """Whether a place follows a part of an earlier figure in its own sentence ("Of
        those, 400,000 went into Poland", "Esos 12 casos se registraron en Pasto")."""
        if not self._starts:  # the sentences' starts, listed once per document
            self._starts.extend(s.start for s in self._sentences)
        k = bisect.bisect_right(self._starts, start) - 1
        lo = self._sentences[k].start if k >= 0 else 0
        before = " " + self._text[lo:start].lower()
        return any(w in before for w in cue.PARTITIVES) or before.startswith(cue.BACK)

    def _aside(self, start: int) -> bool:
        """Whether the place at ``start`` is in a clause about a figure or in a breakdown
        (`where_asides.in_aside`, round 10), or a part singled out ("…, en particular en
        Arlo", h-where): it scopes no figure of another sentence."""
        k = self._sentence_of(start)
        if k < 0:
            return False
        at = self._breakdown_at(k)
        lo = self._sentences[k].start
        return (
            0 <= at <= start
            or comment_before(self._text, lo, start)
            or singled_out(self._text, lo, start)  # h-where: "…, especially in Arlo"
        )

    def _breakdown_at(self, k: int) -> int:
        """Where the breakdown phrase of sentence ``k`` ends ("Por provincias", "By
        province"; its start where folding moved the offsets), -1 without one."""
        at = self._breakdowns.get(k)
        if at is None:  # once per sentence
            s = self._sentences[k]
            folded = self._fold_sentence(k)
            end = breakdown_end(folded)
            exact = len(folded) == s.end - s.start
            at = self._breakdowns[k] = -1 if end < 0 else s.start + end if exact else s.start
        return at

    def sector(self, index: int, first: int, last: int) -> str | None:
        """The sector a figure at characters ``[first, last)`` of sentence ``index`` is of
        (`where_sectors`, round 10): named right after it, else the nearest before it in
        its sentence, else, in a breakdown by place that names none, the sentence before's
        in its paragraph; ``None`` without one."""
        mentions = self._sector_mentions(index)
        if mentions is None:
            return None
        start = self._sentences[index].start
        key = sector_after(self._fold_sentence(index), last - start, mentions)
        if key is not None:
            return key
        before = [m for m in mentions if m[1] <= first - start]
        if before:
            return before[-1][2]
        if mentions or index == 0 or self._breakdown_at(index) < 0:
            return None
        if self._sentences[index - 1].para != self._sentences[index].para:
            return None
        earlier = self._sector_mentions(index - 1)
        return earlier[-1][2] if earlier else None

    def _sector_mentions(self, index: int) -> list[tuple[int, int, str]] | None:
        """The sector phrases of sentence ``index`` (offsets in it), once per sentence;
        ``None`` where folding changed its length (no offsets to trust)."""
        if index in self._sectors:
            return self._sectors[index]
        s = self._sentences[index]
        folded = self._fold_sentence(index)
        found = sector_mentions(folded) if len(folded) == s.end - s.start else None
        self._sectors[index] = found
        return found

    def _scopes_back(self, start: int) -> bool:
        """Whether a place of a later sentence may scope the figures before it: not when
        that sentence is about another event ("Police put the crowd at 3,000. Next month
        Paris plans its own march": Paris scopes nothing before it; audit2 P3), nor when
        that sentence gives a figure after the place (the place is that figure's)."""
        k = self._sentence_of(start)
        if self._other_event(k):
            return False
        # "… los sindicatos, en el caso de Soria, lo elevan al 61%": a place that its own
        # sentence gives a figure after it is that figure's (round 10); a date after it
        # ("the largest march in London since Oct. 7") is no figure
        end = self._sentences[k].end if k >= 0 else len(self._text)
        return not figure_in(self._text[start:end])

    def _qualify(self, found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
        """Places written with the place that holds them ("Iloilo province in the western
        Philippines", "the town of Kagara in Niger state", "Umm Qasr, Iraq"): the outer one
        only says where the inner one is, and the inner one takes its tie to the number."""
        out: list[tuple[int, int, Place]] = []
        chain = 0  # where the last qualifier of the last kept place ends (h-where)
        for p in found:
            prev = out[-1] if out else None
            if prev is not None and holds(prev[2], p[2]) and _owner_gap(self._text, prev[1], p[0]):
                # h-where: "in China's Hunan province": the owner only says where the place
                # it owns is; the owned place takes its tie
                if self._tied(prev[0]) and not self._tied(p[0]):
                    self._tied_local.add(p[0])
                out[-1] = p
                chain = 0
                continue
            if prev is not None and holds(p[2], prev[2]):
                # "Manzanillo, en Colima, estado del occidente de México": each place
                # qualifies the one before it, so the gap is read from the chain's end
                end = max(prev[1], chain)
                gap = self._text[end : p[0]].lower().replace(",", " ").split()
                if p[0] - end <= cue.QUALIFY_GAP and all(w in cue.QUALIFY_JOINS for w in gap):
                    if self._tied(p[0]) and not self._tied(prev[0]):
                        self._tied_local.add(prev[0])
                    chain = p[1]
                    continue
            out.append(p)
            chain = 0
        return out

    def _tied(self, start: int) -> bool:
        """Whether a tie stands right before the place at ``start``: a whole-word tie ("in
        Zulia", not "between Israel"), or a crowd's route ("marched through Paris", round
        11), or the place that holds it is tied."""
        if start in self._tied_local:
            return True
        known = self._ties.get(start)
        if known is None:  # once per place of the text
            before = self._text[max(0, start - 60) : start]
            known = self._ties[start] = whole_word_tie(before[-30:].lower()) or route_tie(before)
        return known

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


def _most_named(counts: dict[str, int]) -> str | None:
    """The key counted most (the first on a tie), or ``None``."""
    return max(counts, key=counts.__getitem__) if counts else None


def _owner_gap(text: str, end: int, start: int) -> bool:
    """Whether only a possessive stands between a place ending at ``end`` and the next one
    at ``start`` ("China's Hunan", "Mexico’s Sonora"; h-where)."""
    return text[end:start] in ("'s ", "’s ")
