"""Where a list's figures are (round 9, audit5 P2): each entry of a list
(`discrepancy.extraction.lists`) is the place it names, and a list's total ("en su
conjunto", "in all", "la movilización total", "las cinco concentraciones") is the union of
the entries' places: the region that holds them, never the first entry's place.

"La Delegación rebajó las cifras: Girona, 9.000; Reus, 5.000" gives Girona and Reus, even
where the gazetteer lacks the towns (an entry's place is a place by the list's shape: "en
Reus", "la de Reus", or a sibling the gazetteer knows).
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lists import Entry, Listing
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.where_document import DocumentPlace
from discrepancy.extraction.where_marks import Place, is_area

__all__ = ["ListScope"]

_TOTALS = tables_en.LIST_TOTALS + tables_es.LIST_TOTALS
_WHOLE_NOUNS = tables_en.LIST_WHOLE_NOUNS | tables_es.LIST_WHOLE_NOUNS
_COUNT_WORDS = tables_en.LIST_COUNT_WORDS | tables_es.LIST_COUNT_WORDS
_IN = ("en ", "in ")
_TOTAL_REACH = 70
"""How many characters around a figure a list's whole may be named, in its clause."""


class ListScope(DocumentPlace):
    """The scope of list entries and of a list's total."""

    __slots__ = ()

    def entry_scope(
        self,
        index: int,
        toks: Sequence[Tok],
        norms: Sequence[str],
        listing: Listing,
        entry: Entry,
    ) -> str | None:
        """The place entry ``entry`` of ``listing`` (in sentence ``index``) names, as the
        scope gives it: a place the gazetteer knows, else the name as written when the
        list's shape makes it a place and the sentence does not set the list in a city
        before it ("En Madrid, 3.000 en Sol, 2.000 en Cibeles": squares, not towns);
        ``None`` when neither (the usual rules then read the figure)."""
        if entry.place is None:
            return None
        known = self._entry_place(toks, entry)
        if known is not None:
            self.listed.append(known)
            self.defaulted = False
            return self._show(known)
        s, e = entry.place
        name = self._text[toks[s].start : toks[e - 1].end]
        if name.isupper() or len(name) < 3:
            return None  # "CGT, 500.000": an acronym is a body, not a place
        if (
            not entry.tied(norms)
            and name not in self.listed
            and not any(not isinstance(p, str) for p in self.listed)
            and not any(
                other is not entry
                and (other.tied(norms) or self._entry_place(toks, other) is not None)
                for other in listing.entries
            )
        ):
            return None  # a place by the list's shape, a sibling's, or the text's lists'
            # (a place already, or a list of known places before it)
        start = self._sentences[index].start
        head = toks[listing.entries[0].number].start
        if any(
            str(p[2].kind) == "city" and self._text[max(0, p[0] - 3) : p[0]].lower() in _IN
            for p in self._places(start, head)
        ):
            return None  # "En Madrid, 3.000 en Sol, 2.000 en Cibeles": squares, not towns
        self.listed.append(name)
        self.defaulted = False
        return name

    def note(self, index: int, scope: str) -> None:
        """Keep an entry's scope as the last figure's ("…, cifra que X eleva a …")."""
        self._previous = (index, scope, False)

    def _entry_place(self, toks: Sequence[Tok], entry: Entry) -> Place | None:
        if entry.place is None:
            return None
        s, e = entry.place
        name = self._text[toks[s].start : toks[e - 1].end]
        found = self._found.get(name)
        if found is None:
            found = self._found[name] = [
                p
                for p in self._gazetteer.find(name, prefer=self._document_country)
                if is_area(p[2])
            ]
        if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(name):
            return found[0][2]
        # g-where: a name with "y" / "and" inside ("el 71% en Castilla y León y el 59%"): the
        # entry stops at the conjunction, the gazetteer's name runs on past it
        lo, hi = toks[s].start, toks[e - 1].end
        longer = [
            p
            for p in self._places(lo, min(len(self._text), hi + _LONGER))
            if p[0] == lo and p[1] > hi and is_area(p[2])
        ]
        return longer[0][2] if longer else None

    def list_total(
        self, index: int, first: int, last: int, here: Sequence[tuple[int, int, Place]]
    ) -> str | None:
        """The scope of a list's total ("la movilización total rondó las 400.000 personas",
        "entre las cuatro marchas, los participantes no llegan, en su conjunto, a 150.000"):
        the region that holds the places of the text's lists so far; ``None`` without a
        list before it, without such words in the figure's clause, or with a place tied to
        the figure there (``here``: the sentence's places)."""
        if not self.listed:
            return None
        lo, hi = first - _TOTAL_REACH, last + _TOTAL_REACH
        if any(lo <= p[0] <= hi and self._tied(p[0]) for p in here):
            return None
        s = self._sentences[index]
        before = fold(self._text[max(s.start, first - _TOTAL_REACH) : first])
        after = fold(self._text[last : min(s.end, last + _TOTAL_REACH)])
        before = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
        after = after.split(";", 1)[0]
        if not (_names_whole(before) or _names_whole(after)):
            return None
        return self._holder()

    def _holder(self) -> str | None:
        """The narrowest place the gazetteer knows that holds every known place of the
        text's lists, wider than a city (Barcelona's list: Catalunya)."""
        return self.holder(self.listed)

    def holder(self, places: Sequence[Place | str]) -> str | None:
        """The narrowest place the gazetteer knows that holds every one of ``places``
        (names the gazetteer lacks are passed over), wider than a city."""
        chains: list[list[str]] = []
        for p in places:
            if isinstance(p, str):
                continue
            chain: list[str] = []
            node: Place | None = p
            while node is not None and len(chain) < 8:
                if str(node.kind) != "city":
                    chain.append(node.id)
                parent = getattr(node, "parent", None)
                node = self._gazetteer.get(parent) if isinstance(parent, str) else None
            chains.append(chain)
        if not chains:
            return None
        common = [pid for pid in chains[0] if all(pid in c for c in chains[1:])]
        if not common:
            return None
        place = self._gazetteer.get(common[0])
        return self._show(place) if place is not None else None


def _names_whole(text: str) -> bool:
    """Whether ``text`` (folded) names a list's whole: a phrase of `LIST_TOTALS`, or an
    article, a count word and a noun of `LIST_WHOLE_NOUNS` ("las cinco manifestaciones",
    "the three towns")."""
    padded = f" {text} "
    if any(f" {w} " in padded or f" {w}," in padded for w in _TOTALS):
        return True
    words = [w.strip(",.;:()\"'«»") for w in text.split()]
    return any(
        words[k] in _COUNT_WORDS and words[k + 1] in _WHOLE_NOUNS for k in range(len(words) - 1)
    )


_LONGER = 24
"""How far past a list entry's name a place name holding a conjunction may run on."""
