"""Mentions of organizations → registry orgs: accurate, explainable, and fast.

A mention is folded into words (case, accents, possessives and punctuation go), then read
with and without its descriptors ("the NGO", "a local rights monitor", "la ONG"). Each reading
is looked up in dictionaries, in this order: the canonical name (``exact``), an alias, a
translation, an acronym (listed, or spelled by the name's initials), a spokesperson's name.

Only when no dictionary knows any reading does the fuzzy stage run, and it never forces a
match. Every significant word of a registry spelling must be in the mention, and the mention
may have no other: generic words (human, rights, penal, red, cross...) cannot carry a match
alone. A word of five letters or more may carry one typo, never in its first letter (a name's
only distinctive word needs six letters); a word that is itself known (in the registry or in
a table of generic words) is taken as written; the rapidfuzz score must reach the cutoff.
Two orgs that fit equally well leave the mention unresolved, with both as candidates:
unresolved is always better than wrong.

The fuzzy stage never scans the registry: a word index with one-typo neighbourhoods narrows
it to the spellings that share the mention's rarest word, and rapidfuzz scores only those.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

import attrs
from rapidfuzz import fuzz, process

from discrepancy import _orgnames as names
from discrepancy.orgs import Org, OrgRef, OrgRegistry, ResolutionMethod, slug

__all__ = ["OrgResolver", "Resolution"]

_M = ResolutionMethod
Tokens = tuple[str, ...]
_CACHE_LIMIT = 65_536
_POOL_LIMIT = 200
_NEAR_MISS_FLOOR = 60.0
_MAX_CANDIDATES = 3
_INITIALISM_SCORE = 95.0


def _pairs(items: Iterable[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    return tuple((str(org_id), float(score)) for org_id, score in items)


@attrs.frozen(kw_only=True)
class Resolution:
    """What a mention resolved to, how, and what else it nearly was.

    Attributes:
        mention: the text as written.
        org: the org; ``None`` when nothing fits or two orgs fit equally well.
        method: which stage matched (see `ResolutionMethod`).
        score: 0–100: 100 for a spelling the registry lists, 95 for an acronym read from a
            name's initials, the rapidfuzz score for a fuzzy match, 0 when unresolved.
        matched: the registry spelling that matched ("JEyP", "Alfredo Romero").
        normalized: the mention as compared: folded, descriptors stripped.
        candidates: the best alternatives as (org id, score), best first.
    """

    mention: str
    org: Org | None = None
    method: ResolutionMethod = attrs.field(default=_M.UNRESOLVED, converter=ResolutionMethod)
    score: float = 0.0
    matched: str | None = None
    normalized: str = ""
    candidates: tuple[tuple[str, float], ...] = attrs.field(default=(), converter=_pairs)

    @property
    def resolved(self) -> bool:
        """Whether the mention was put on an org."""
        return self.org is not None

    def ref(self) -> OrgRef:
        """The reference a claim carries."""
        if self.org is None:
            return OrgRef(mention=self.mention)
        return OrgRef(
            mention=self.mention,
            id=self.org.id,
            name=self.org.name,
            score=self.score,
            method=self.method,
        )


@attrs.frozen
class _Hit:
    """One registry spelling of one org."""

    org_id: str
    method: ResolutionMethod
    text: str
    score: float = 100.0


_Lookup = dict[str, dict[str, _Hit]]


@attrs.frozen
class _Fit:
    """How well a fuzzy match fits: fewer typos first, then the higher score."""

    typos: int
    score: float
    hit: _Hit

    def better(self, other: _Fit) -> bool:
        return (self.typos, -self.score) < (other.typos, -other.score)


def _put(table: _Lookup, key: str, hit: _Hit) -> None:
    """Index ``hit`` under ``key``; an org's first (best) spelling for a key stays."""
    if key:
        table.setdefault(key, {}).setdefault(hit.org_id, hit)


@attrs.frozen
class _Tables:
    """Every spelling of every org, by lookup key."""

    exact: _Lookup
    loose: _Lookup
    squashed: _Lookup
    acronyms: _Lookup
    initials: _Lookup
    people: _Lookup
    fuzzy: names.WordIndex
    fuzzy_hits: list[_Hit]

    @classmethod
    def build(cls, registry: OrgRegistry) -> _Tables:
        t = cls({}, {}, {}, {}, {}, {}, names.WordIndex(), [])
        for org in registry:
            spellings = [
                (org.name, _M.EXACT),
                *((a, _M.ALIAS) for a in org.aliases),
                *((a, _M.TRANSLATION) for a in org.translations),
            ]
            for text, method in spellings:
                tokens = names.name_tokens(text)
                hit = _Hit(org.id, method, text)
                sig = names.significant(tokens)
                _put(t.exact, " ".join(tokens), hit)
                _put(t.loose, " ".join(sig), hit)
                if len("".join(tokens)) >= 6:
                    _put(t.squashed, "".join(tokens), hit)
                if sig:
                    t.fuzzy.add(sig)
                    t.fuzzy_hits.append(hit)
                for initials in names.initialisms(tokens, shortest=3):
                    _put(t.initials, initials, _Hit(org.id, _M.ACRONYM, text, _INITIALISM_SCORE))
            for acronym in org.acronyms:
                _put(
                    t.acronyms,
                    "".join(names.name_tokens(acronym)),
                    _Hit(org.id, _M.ACRONYM, acronym),
                )
            for person in org.people:
                for key in names.person_keys(person):
                    _put(t.people, key, _Hit(org.id, _M.PERSON, person))
        return t

    def names_of(self, reading: Tokens) -> dict[str, _Hit] | None:
        """Hits for ``reading`` as a name, alias, translation or acronym."""
        sig = names.significant(reading)
        for table, key in (
            (self.exact, " ".join(reading)),
            (self.loose, " ".join(sig)),
            (self.squashed, "".join(reading)),
        ):
            if key in table:
                return table[key]
        acronym = names.acronym_form(reading)
        if acronym is None:
            return None
        listed = self.acronyms.get(acronym, {})
        if not listed and len(acronym) < names.MIN_INITIALISM:
            return None  # short initials alone are too often someone else's
        # another org whose initials spell a listed acronym makes it ambiguous
        return {**self.initials.get(acronym, {}), **listed} or None

    def lookup(self, reading: Tokens) -> dict[str, _Hit] | None:
        """Hits for ``reading`` from the dictionaries, or ``None``.

        A person's name may follow the name of their own org ("Foro Penal's Alfredo
        Romero"); if it follows another org's name the hits of both are returned.
        """
        found = self.names_of(reading) or self.people.get(names.person_form(reading))
        if found is not None or not 3 <= len(reading) <= names.MAX_TOKENS:
            return found
        for i in range(max(1, len(reading) - 4), len(reading) - 1):
            person = self.people.get(names.person_form(reading[i:]))
            if person is None:
                continue
            for prefix in names.variants(reading[:i]):
                org = self.names_of(prefix)
                if org is not None:
                    return person if org.keys() == person.keys() else {**org, **person}
        return None


@attrs.frozen
class OrgResolver:
    """Resolves mentions of organizations against a registry.

    A resolver is built once per registry (the dictionaries and the word index take a
    moment for large registries) and remembers its answers, so resolving the same mention
    again is a dictionary lookup. Its settings are frozen, so the answers it remembers stay
    true (and the shared ``OrgResolver.builtin()`` cannot be changed under other callers).

    Attributes:
        registry: the orgs to resolve to.
        cutoff: the lowest rapidfuzz score (0–100, token-sorted ratio) a fuzzy match may have.
        margin: how far the best fuzzy match must score above another org's to win (it must
            also need fewer typos).
    """

    registry: OrgRegistry
    cutoff: float = attrs.field(default=80.0, kw_only=True)
    margin: float = attrs.field(default=2.0, kw_only=True)
    _tables: _Tables = attrs.field(init=False, repr=False)
    _cache: dict[str, Resolution] = attrs.field(init=False, repr=False, factory=dict)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_tables", _Tables.build(self.registry))

    @classmethod
    def builtin(cls) -> OrgResolver:
        """A resolver for the built-in registry, with the default settings.

        Built once per process and shared (its tables take a moment to build; its answers
        depend only on the registry and the settings). ``OrgResolver(OrgRegistry.builtin())``
        builds a fresh one.
        """
        if cls is not OrgResolver:  # a subclass builds its own
            return cls(OrgRegistry.builtin())
        return _builtin_resolver()

    def resolve(self, mention: str) -> Resolution:
        """The org ``mention`` names, how it was found, and the nearest alternatives."""
        found = self._cache.get(mention)
        if found is None:
            found = self._resolve(mention)
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[mention] = found
        return found

    def resolve_many(self, mentions: Sequence[str]) -> list[Resolution]:
        """``[self.resolve(m) for m in mentions]``, each distinct mention resolved once."""
        done = {m: self.resolve(m) for m in dict.fromkeys(mentions)}
        return [done[m] for m in mentions]

    def ref(self, mention: str) -> OrgRef:
        """The [`OrgRef`][discrepancy.orgs.OrgRef] a claim carries for ``mention``."""
        return self.resolve(mention).ref()

    def cluster_unresolved(self, mentions: Iterable[str]) -> dict[str, str]:
        """Group the mentions that stay unresolved into provisional orgs.

        Spellings that differ only in case, accents, descriptors, word order or one typo per
        word share a cluster; a description left with one word once its descriptors are
        stripped ("a Syrian human rights group" → "syrian") is no misspelling of a one-word
        name written alone ("Syria").
        Its id is ``"provisional:"`` plus the slug of its most frequent spelling (ties: the
        alphabetically first), so it does not depend on input order.

        Returns:
            each unresolved mention (as written) → its provisional org id.
        """
        counts = Counter(mentions)
        open_ = [m for m in counts if self.resolve(m).org is None]
        key_of = {m: self.resolve(m).normalized for m in open_}
        weight: Counter[str] = Counter()
        for m in open_:
            weight[key_of[m]] += counts[m]
        keys = sorted(weight)
        index = names.WordIndex(vocabulary_is_known=False)
        for key in keys:
            words = tuple(key.split())
            index.add(names.significant(words) or words)
        parent = {key: key for key in keys}

        def root(key: str) -> str:
            while parent[key] != key:
                parent[key] = parent[parent[key]]
                key = parent[key]
            return key

        # session 13: a description stripped to one word ("a Syrian human rights group" →
        # "syrian") is no misspelling of a one-word name written alone ("Syria"); two names
        # stripped of their descriptors ("Zeltaro Monitor", "Zeltarro Monitor") still are
        alone = {key_of[m] for m in open_ if len(names.name_tokens(m)) == 1}
        bare = {key_of[m] for m in open_ if " " not in key_of[m]} - alone
        for n, words in enumerate(index.spellings):
            aligned, _ = index.search(words)
            for i, typos in aligned.items():
                texts = index.sorted_texts
                if (keys[n] in bare and keys[i] in alone) or (keys[i] in bare and keys[n] in alone):
                    continue
                if (
                    typos <= names.typo_budget(len(words))
                    and fuzz.ratio(texts[n], texts[i]) >= self.cutoff
                ):
                    a, b = root(keys[n]), root(keys[i])
                    parent[max(a, b)] = min(a, b)
        members: dict[str, list[str]] = {}
        for key in keys:
            members.setdefault(root(key), []).append(key)
        canonical = {r: min(ks, key=lambda k: (-weight[k], k)) for r, ks in members.items()}
        return {m: "provisional:" + (slug(canonical[root(key_of[m])]) or "unnamed") for m in open_}

    # --- the pipeline --------------------------------------------------------------------

    def _resolve(self, mention: str) -> Resolution:
        head, paren, rest = mention.partition("(")
        if not paren:
            return self._resolve_text(mention, mention)
        inner, _, tail = rest.partition(")")
        outer = self._resolve_text(mention, f"{head} {tail}")
        inside = self._resolve_text(mention, inner)
        if outer.org is not None and inside.org is not None and outer.org != inside.org:
            return Resolution(
                mention=mention,
                normalized=outer.normalized,
                candidates=((outer.org.id, outer.score), (inside.org.id, inside.score)),
            )
        return outer if outer.org is not None or inside.org is None else inside

    def _resolve_text(self, mention: str, text: str) -> Resolution:
        tokens = names.name_tokens(text)
        if not tokens:
            return Resolution(mention=mention)
        readings: list[Tokens] = []
        for reading in names.variants(tokens):
            hits = self._tables.lookup(reading)
            if hits is not None:
                return self._from_hits(mention, reading, hits)
            readings.append(reading)
        near: dict[str, float] = {}
        readings = [r for r in readings if r == tokens or not names.descriptive(r)]
        for reading in readings:
            sig = names.significant(reading)
            if not sig or len(sig) > names.MAX_TOKENS:
                continue
            accepted, missed = self._fuzzy(sig)
            if accepted:
                return self._from_fuzzy(mention, reading, accepted, missed)
            for org_id, score in missed.items():
                near[org_id] = max(score, near.get(org_id, 0.0))
        shortest = min(readings, key=len)
        return Resolution(mention=mention, normalized=" ".join(shortest), candidates=_best(near))

    def _from_hits(self, mention: str, reading: Tokens, hits: dict[str, _Hit]) -> Resolution:
        normalized = " ".join(reading)
        if len(hits) > 1:  # two orgs share this spelling: say so, pick neither
            return Resolution(
                mention=mention,
                normalized=normalized,
                candidates=sorted((h.org_id, h.score) for h in hits.values()),
            )
        (hit,) = hits.values()
        return Resolution(
            mention=mention,
            org=self.registry.get(hit.org_id),
            method=hit.method,
            score=hit.score,
            matched=hit.text,
            normalized=normalized,
        )

    def _fuzzy(self, sig: Tokens) -> tuple[dict[str, _Fit], dict[str, float]]:
        """Fuzzy hits for the significant words ``sig``: accepted (org → fit) and near
        misses (org → score)."""
        index = self._tables.fuzzy
        aligned, pool = index.search(sig)
        # near misses only explain; a pool of a word shared by many names explains nothing
        ids = sorted({*aligned, *(pool if len(pool) <= _POOL_LIMIT else ())})
        if not ids:
            return {}, {}
        choices = [index.sorted_texts[i] for i in ids]
        scored = process.extract(
            " ".join(sorted(sig)),
            choices,
            scorer=fuzz.ratio,
            processor=None,
            limit=None,
            score_cutoff=_NEAR_MISS_FLOOR,
        )
        accepted: dict[str, _Fit] = {}
        missed: dict[str, float] = {}
        for _, score, j in scored:
            i = ids[j]
            hit = self._tables.fuzzy_hits[i]
            typos = aligned.get(i)
            if typos is not None and typos <= names.typo_budget(len(sig)) and score >= self.cutoff:
                fit = _Fit(typos, score, hit)
                if hit.org_id not in accepted or fit.better(accepted[hit.org_id]):
                    accepted[hit.org_id] = fit
            elif score > missed.get(hit.org_id, -1.0):
                missed[hit.org_id] = score
        return accepted, missed

    def _from_fuzzy(
        self, mention: str, reading: Tokens, accepted: dict[str, _Fit], missed: dict[str, float]
    ) -> Resolution:
        ranked = sorted(accepted.items(), key=lambda kv: (kv[1].typos, -kv[1].score, kv[0]))
        best_id, best = ranked[0]
        others = {**missed, **{org_id: fit.score for org_id, fit in ranked[1:]}}
        others.pop(best_id, None)
        normalized = " ".join(reading)
        if len(ranked) > 1:
            runner_up = ranked[1][1]
            # as few typos, or as good a score: the two fit equally well
            if runner_up.typos <= best.typos or runner_up.score > best.score - self.margin:
                return Resolution(
                    mention=mention,
                    normalized=normalized,
                    candidates=_best({best_id: best.score, **others}),
                )
        return Resolution(
            mention=mention,
            org=self.registry.get(best_id),
            method=_M.FUZZY,
            score=round(best.score, 1),
            matched=best.hit.text,
            normalized=normalized,
            candidates=_best(others),
        )


def _best(scores: Mapping[str, float]) -> tuple[tuple[str, float], ...]:
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple((org_id, round(score, 1)) for org_id, score in ranked[:_MAX_CANDIDATES])


@functools.cache
def _builtin_resolver() -> OrgResolver:
    return OrgResolver(OrgRegistry.builtin())
