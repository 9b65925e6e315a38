"""Per-document state of one extraction: the text, its sentences and tokens, org look-ups.

Everything here lives for one call of [`extract()`][discrepancy.extraction.api.extract] and is
dropped with it: caches are attributes of this object, never module globals.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

import attrs

from discrepancy._numbers import fold
from discrepancy.claim import Period
from discrepancy.extraction import when_doc, when_same
from discrepancy.extraction.claimant import GOVERNMENT, NAMED, Attribution, all_attributions
from discrepancy.extraction.counted import Reading
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.numbers import Memo
from discrepancy.extraction.sentences import Sentence, Tok, TokenMemo, quote_spans, tokenize
from discrepancy.extraction.view import View
from discrepancy.extraction.when import DateMention
from discrepancy.extraction.when_find import DateFinder
from discrepancy.extraction.where_places import PlaceScope
from discrepancy.metrics import MetricRegistry
from discrepancy.orgs import OrgRef

__all__ = ["Context", "Resolves"]

_GOV_HEAD = re.compile(
    r"\b(?:government|authorities|regime|administration|gobierno|régimen|autoridades)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")
"""`_WORD` on lower-case ASCII text (the same letters, without Unicode's classes)."""
_DIGIT = re.compile(r"\d")
_GOV_KINDS = frozenset({"government", "official"})
_MINISTRY = frozenset({"ministry", "minister", "ministerio", "ministro", "ministra"}) | frozenset(
    {"fiscalia", "procuraduria", "prosecutor", "prosecutors"}
)
"""Heads of a government body that, named ("el Ministerio de Salud", "la Fiscalía de Perú"),
speaks as itself, not as the country's government (the prosecutors: session 12)."""
_REFERRED_COUNTRY = frozenset({"ultimo", "latter", "former"})
"""Words of a government mention that name its country only by pointing back to one of
several ("de este último país", "the latter country"); "del país" is the text's own."""


class _Folded(dict[str, str]):
    """Each word of the document folded (``fold``; lower case alone for ASCII), each
    distinct word once: a sentence's words are looked up in one pass of ``map``."""

    def __missing__(self, word: str) -> str:
        found = self[word] = word.lower() if word.isascii() else fold(word)
        return found


class Resolves(Protocol):
    """What the extractor needs of an org resolver (``discrepancy.resolver.OrgResolver``)."""

    def ref(self, mention: str) -> OrgRef: ...


@attrs.define
class Context:
    """One document being read."""

    text: str
    published: dt.date | None
    lex: Lexicon
    metrics: MetricRegistry
    resolver: Resolves | None
    sentences: list[Sentence]
    spanish_default: bool = False
    where: PlaceScope | None = None
    """The scope stage through the gazetteer (``None``: only the words of the text)."""
    table: Metrics = attrs.field(init=False)
    """The metric registry's answers, kept for the document."""
    memo: Memo = attrs.field(factory=Memo)
    """What the number readers keep (the quantity of each surface)."""
    phrases: dict[str, Attribution | None] = attrs.field(factory=dict)
    """What each noun phrase of an attribution was classified as."""
    topics: dict[int, Reading | None] = attrs.field(factory=dict)
    """What each sentence is about (``counted.topic``), by index: later sentences look back
    at the same few sentences and at the lead, so each is read once."""
    _finder: DateFinder = attrs.field(init=False)
    _views: dict[int, View] = attrs.field(factory=dict)
    _folded: TokenMemo = attrs.field(factory=TokenMemo)
    _fold_memo: _Folded = attrs.field(factory=_Folded)
    _days: dict[dt.date, Period] = attrs.field(factory=dict)
    _quotes: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)
    _sentence_quotes: dict[int, list[tuple[int, int]]] = attrs.field(factory=dict)
    _paras: dict[int, tuple[int, int]] = attrs.field(factory=dict)
    _words: dict[int, list[str]] = attrs.field(factory=dict)
    _dates: dict[int, dict[dt.date | None, list[DateMention]]] = attrs.field(factory=dict)
    _every: dict[int, list[Attribution]] = attrs.field(factory=dict)
    _forgotten: int = 0
    _counted: int = 0  # the sentences before this one are in ``_countries``
    _countries: Counter[str] = attrs.field(factory=Counter)
    _refs: dict[str, OrgRef] = attrs.field(factory=dict)
    _kinds: dict[str, str | None] = attrs.field(factory=dict)
    _government: list[OrgRef | None] = attrs.field(factory=list)
    _country: list[str | None] = attrs.field(factory=list)
    _event_day: list[dt.date | None] = attrs.field(factory=list)
    _disaster_day: list[dt.date | None] = attrs.field(factory=list)  # round 10 (c-when)

    def __attrs_post_init__(self) -> None:
        self.table = Metrics(self.metrics)
        self._finder = DateFinder.of(self.lex)

    def day(self, d: dt.date) -> Period:
        """``Period.on(d)``, one object per day."""
        found = self._days.get(d)
        if found is None:
            found = self._days[d] = Period.on(d)
        return found

    def forget(self, before: int) -> None:
        """Drop what was kept for the sentences before ``before`` (the pass is past them and
        looks back only a few sentences): memory stays bounded on a long document."""
        for index in range(self._forgotten, before):
            self._views.pop(index, None)
            self._words.pop(index, None)
            self._dates.pop(index, None)
            self._every.pop(index, None)
            self._sentence_quotes.pop(index, None)
        self._forgotten = max(self._forgotten, before)

    def view(self, index: int) -> View:
        """Sentence ``index`` tokenized, with its indexes (kept until `forget()`)."""
        found = self._views.get(index)
        if found is None:
            s = self.sentences[index]
            found = View(index, tokenize(self.text, s.start, s.end, self._folded), self.lex)
            self._views[index] = found
        return found

    def _place_only(self, att: Attribution) -> bool:
        """Session 10 (g-carry): a named source that is only a place, not a country nor a
        known body ("las cifras de Canarias", "Tabasco registró"): it gives nothing (as in
        `claimants_of`), so another source of the sentence, or the one before, speaks. Not
        "Desde Oaxaca informaron", "En Tabasco reportaron": that place's government."""
        where = self.where
        if where is None or att.kind != NAMED or not att.names or att.office:
            return False
        if len(att.names) == 1 and fold(att.text.split()[0]) in ("desde", "en"):
            return False
        return all(where.is_place(n) and self.ref(n).id is None for n in att.names)

    def _passive_place(self, att: Attribution, norms: Sequence[str]) -> bool:
        """ "En Veracruz se reportan 18 muertos": a passive with "se" after "en" and a place
        says where the figures were reported, not that the place's government reported them
        ("Desde Oaxaca informaron", "En Tabasco reportaron" keep theirs) (g-who)."""
        where = self.where
        if where is None or att.kind != NAMED or len(att.names) != 1 or att.office:
            return False
        if not 0 < att.at < len(norms) or norms[att.at - 1] != "se":
            return False
        return fold(att.text.split()[0]) == "en" and where.is_place(att.names[0])

    def attributions(self, index: int) -> list[Attribution]:
        """Every attribution sentence ``index``'s cues give (`all_attributions`), read once:
        the sentence's source and the clauses' sources choose from the same list."""
        found = self._every.get(index)
        if found is None:
            view = self.view(index)
            found = all_attributions(
                self.text,
                view.toks,
                self.sentence_quotes(index),
                self.lex,
                view.norms,
                self.phrases,
            )
            found = [
                a
                for a in found
                if not self._place_only(a) and not self._passive_place(a, view.norms)
            ]
            self._every[index] = found
        return found

    def toks(self, index: int) -> list[Tok]:
        return self.view(index).toks

    def words(self, index: int) -> list[str]:
        """The folded words of sentence ``index`` (cheap: no tokens built)."""
        found = self._words.get(index)
        if found is None:
            found = self._words[index] = self._fold_words(index)
            # the country count reads each sentence once, in order
            while self._counted in self._words:
                self._count_countries(self._words[self._counted])
        return found

    def _count_countries(self, words: list[str]) -> None:
        self._counted += 1
        countries = self.lex.countries
        if not countries.keys().isdisjoint(words):
            for w in words:
                hit = countries.get(w)
                if hit is not None:
                    self._countries[hit[0]] += 1

    def _fold_words(self, index: int) -> list[str]:
        s = self.sentences[index]
        segment = self.text[s.start : s.end]
        if segment.isascii():
            return _ASCII_WORD.findall(segment.lower())
        return list(map(self._fold_memo.__getitem__, _WORD.findall(segment)))

    def dates(self, index: int, ref: dt.date | None) -> list[DateMention]:
        """The date expressions of sentence ``index`` read against ``ref`` (cached)."""
        by_ref = self._dates.get(index)
        if by_ref is None:
            by_ref = self._dates[index] = {}
        found = by_ref.get(ref)
        if found is None:
            view = self.view(index)
            found = self._finder.find(view.toks, ref, view.norms)
            # round 11 (e-when): "in that period" takes the span of the sentence before
            found = when_same.that_period(view.norms, found, lambda: self._before(index, ref))
            # round 12 (f-when): "ese mismo día", "two days later": the day named before
            found = when_same.that_day(
                view.norms, found, lambda: self.dates(index - 1, ref) if index else [], ref
            )
            found = by_ref[ref] = when_same.contrast_time(
                view.norms, found, lambda: self._figure_before(index, ref)
            )
        return found

    def _figure_before(self, index: int, ref: dt.date | None) -> list[DateMention]:
        """Round 12: the dates of the sentence before ``index`` when it holds a figure."""
        if index == 0 or not self.has_digit(index - 1):
            return []
        return self.dates(index - 1, ref)

    def _before(self, index: int, ref: dt.date | None) -> list[DateMention]:
        """The dates of the sentence before ``index`` in its paragraph (none at its start)."""
        if index == 0 or self.sentences[index - 1].para != self.sentences[index].para:
            return []
        return self.dates(index - 1, ref)

    def has_digit(self, index: int) -> bool:
        s = self.sentences[index]
        return _DIGIT.search(self.text, s.start, s.end) is not None

    def para_span(self, para: int) -> tuple[int, int]:
        """The character span of paragraph ``para``."""
        if not self._paras:
            for s in self.sentences:
                found = self._paras.get(s.para)
                self._paras[s.para] = (s.start, s.end) if found is None else (found[0], s.end)
        return self._paras[para]

    def quotes(self, para: int) -> list[tuple[int, int]]:
        """The quoted spans of paragraph ``para``, in order (they do not overlap)."""
        found = self._quotes.get(para)
        if found is None:
            found = quote_spans(self.text, *self.para_span(para))
            self._quotes[para] = found
        return found

    def sentence_quotes(self, index: int) -> list[tuple[int, int]]:
        """The quoted spans of its paragraph that overlap sentence ``index``."""
        found = self._sentence_quotes.get(index)
        if found is None:
            s = self.sentences[index]
            spans = self.quotes(s.para)
            k = bisect.bisect_right(spans, (s.start, len(self.text) + 1))
            while k > 0 and spans[k - 1][1] > s.start:
                k -= 1
            found = []
            while k < len(spans) and spans[k][0] < s.end:
                if spans[k][1] > s.start:
                    found.append(spans[k])
                k += 1
            self._sentence_quotes[index] = found
        return found

    # --- organizations ----------------------------------------------------------------------

    def ref(self, mention: str) -> OrgRef:
        found = self._refs.get(mention)
        if found is None:
            found = OrgRef(mention=mention)
            if self.resolver is not None:
                try:
                    found = self.resolver.ref(mention)
                except ValueError:  # a resolver that cannot read the mention leaves it unresolved
                    found = OrgRef(mention=mention)
            self._refs[mention] = found
        return found

    def kind(self, mention: str) -> str | None:
        """The registry kind of the org a mention names (``None``: unknown or unresolved)."""
        if mention in self._kinds:
            return self._kinds[mention]
        kind = None
        resolve = getattr(self.resolver, "resolve", None)
        if resolve is not None and self.ref(mention).id is not None:
            org = getattr(resolve(mention), "org", None)
            value = getattr(org, "kind", None)
            kind = str(value) if value is not None else None
        self._kinds[mention] = kind
        return kind

    def government(self, att: Attribution) -> OrgRef:
        """The org behind a government mention ("the Maduro government", "official figures")."""
        written = att.text
        for candidate in (written, *att.names):
            ref = self.ref(candidate)
            if ref.id is not None and self.kind(candidate) in _GOV_KINDS:
                return attrs.evolve(ref, mention=written)
        if att.names and any(fold(w) in _MINISTRY for w in written.split()):
            return self.ref(written)
        if att.country is None and _REFERRED_COUNTRY.intersection(fold(written).split()):
            # "autoridades de este último país", "the latter country's officials": a country
            # named before by reference, not read here; the document's own is no guess (9b)
            return self.ref(written)
        named = self._doc_government()
        if named is not None:
            return attrs.evolve(named, mention=written)
        country = att.country or self.country()
        if country is None and self.where is not None:
            # "el Gobierno" in a text on Madrid and Seville: the country its places are in
            country = self.where.home_name()
        demonym = next((d for c, d in self.lex.countries.values() if c == country), None)
        if (
            country is None
            or demonym is None
            or (
                att.country is None
                and self.where is not None
                and not self.where.home_agrees(country)
            )
        ):
            # a country guessed from the text's words that its places contradict never makes
            # a government claimant: "authorities" in a text on one country that names another
            # country's envoy more often stays "authorities" (round 9)
            return self.ref(written)
        ref = self.ref(f"{demonym} government")
        return attrs.evolve(ref, mention=written) if ref.id is not None else ref

    def _doc_government(self) -> OrgRef | None:
        """The first government the document names in a way the resolver knows."""
        if self._government:
            return self._government[0]
        found: OrgRef | None = None
        if self.resolver is not None:
            for m in _GOV_HEAD.finditer(self.text):
                words = self.text[max(0, m.start() - 60) : m.end()].split()[-4:]
                for k in range(len(words) - 1):
                    candidate = " ".join(words[k:])
                    ref = self.ref(candidate)
                    if ref.id is not None and self.kind(candidate) in _GOV_KINDS:
                        found = ref
                        break
                if found is not None:
                    break
        self._government.append(found)
        return found

    def event_day(self) -> dt.date | None:
        """The day the lead says the text's event happened (`when_doc.py`; read once)."""
        if not self._event_day:
            published = self.published
            self._event_day.append(
                when_doc.event_day(
                    self.sentences,
                    published,
                    lambda i: self.dates(i, published),
                    lambda i: self.view(i).norms,
                    self.lex,
                )
            )
        return self._event_day[0]

    def disaster_day(self) -> dt.date | None:
        """The day of the one-day disaster the lead names (`when_doc.disaster_day`; read
        once; round 10)."""
        if not self._disaster_day:
            published = self.published
            self._disaster_day.append(
                when_doc.disaster_day(
                    self.sentences,
                    published,
                    lambda i: self.dates(i, published),
                    lambda i: self.view(i).norms,
                )
            )
        return self._disaster_day[0]

    def country(self) -> str | None:
        """The country the document names most often."""
        if self._country:
            return self._country[0]
        while self._counted < len(self.sentences):
            self.words(self._counted)  # kept: the pass will need them
        counts = self._countries  # in the order countries first appear: ties go to the first
        best = counts.most_common(1)[0][0] if counts else None
        self._country.append(best)
        return best

    def is_government(self, att: Attribution | None) -> bool:
        return att is not None and att.kind == GOVERNMENT
