"""How organization names are written: words, descriptors, acronyms, people's names, typos.

Everything here is a table, a dictionary, or a single pass over a short list of words; there
is no regular expression. A name becomes a tuple of folded words (`name_tokens()`); the
resolver looks those words up in dictionaries built with the same function, so a registry
spelling and a mention are always normalized the same way.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType

import attrs
from rapidfuzz.distance import OSA

from discrepancy._numbers import fold

__all__ = [
    "CONNECTORS",
    "DETERMINERS",
    "GENERIC_WORDS",
    "WordIndex",
    "acronym_form",
    "descriptive",
    "initialisms",
    "name_tokens",
    "near",
    "person_form",
    "person_keys",
    "significant",
    "typo_budget",
    "variants",
]

Tokens = tuple[str, ...]

# --- words ----------------------------------------------------------------------------------
# fmt: off

CONNECTORS = frozenset({
    "the", "of", "for", "and", "in", "on", "to", "a", "an", "at",
    "de", "del", "la", "las", "el", "los", "y", "e", "en", "para", "por", "al",
})
"""Function words: optional in acronyms and ignored when comparing words."""

DETERMINERS = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "another",
    "la", "el", "los", "las", "un", "una", "su", "sus", "esta", "este", "otra", "otro",
})
"""Words that may open a descriptor ("the NGO", "una organización")."""

_RESPELLINGS: Mapping[str, str] = MappingProxyType({
    # abbreviations and British spellings, so both sides are written one way
    "intl": "international", "natl": "national", "govt": "government",
    "dept": "department", "assn": "association", "assoc": "association",
    "organisation": "organization", "organisations": "organizations",
    "defence": "defense", "centre": "center", "programme": "program",
})

GENERIC_WORDS = frozenset({
    # English
    "human", "rights", "watch", "international", "national", "penal", "foundation",
    "committee", "commission", "council", "red", "cross", "crescent", "government",
    "ministry", "health", "organization", "association", "institute", "center", "group",
    "observatory", "federation", "society", "office", "united", "nations", "world", "news",
    "press", "agency", "times", "post", "daily", "venezuelan", "american", "forum",
    "network", "alliance", "coalition", "union", "department", "service", "program", "fund",
    "movement", "party", "justice", "peace", "freedom", "democracy", "civil", "social",
    "public", "state", "states", "authorities", "regime", "administration", "people",
    "defense", "truth", "mothers", "prisoners", "prison", "prisons", "political", "legal",
    "aid", "reform", "global", "independent", "free", "voice", "herald",
    # Spanish
    "derechos", "humanos", "internacional", "nacional", "fundacion", "comite", "comision",
    "consejo", "cruz", "roja", "media", "luna", "gobierno", "ministerio", "salud",
    "organizacion", "asociacion", "instituto", "centro", "grupo", "observatorio",
    "federacion", "sociedad", "oficina", "unidas", "naciones", "mundial", "noticias",
    "prensa", "agencia", "diario", "venezolano", "venezolana", "foro", "alianza",
    "movimiento", "partido", "justicia", "paz", "libertad", "democracia",
    "publico", "estado", "estados", "autoridades", "regimen", "defensa", "verdad", "madres",
    "presos", "politicos", "carcel", "prisiones", "voz",
})
"""Words that many organizations share. A mention word found here, or anywhere in the
registry, is taken as written and never as a typo of another word."""

# --- descriptors: "the NGO", "a local rights monitor", "la ONG venezolana" -------------------

_HEADS = (
    # what the organization is
    "ngo", "ngos", "non profit", "nonprofit", "not for profit", "charity", "group",
    "organization", "association", "civil association", "monitor", "monitoring group",
    "watchdog", "collective", "rights group", "legal aid group", "advocacy group",
    "newspaper", "daily", "outlet", "news outlet", "news site", "publication",
    "broadcaster", "news agency", "wire service", "administration",
    "ong", "organizacion", "organizacion no gubernamental", "asociacion",
    "asociacion civil", "grupo", "colectivo", "diario", "periodico", "medio",
    "agencia de noticias", "agencia de prensa",
    # who the person is (a spokesperson's words are the organization's)
    "spokesman", "spokeswoman", "spokesperson", "director", "executive director",
    "vice president", "president", "acting president", "interim president", "founder",
    "coordinator", "general coordinator", "lawyer", "attorney", "activist", "head",
    "chief", "leader", "secretary general", "mr", "ms", "mrs", "dr", "prof",
    "vocero", "vocera", "directora", "director ejecutivo", "directora ejecutiva",
    "presidente", "presidenta", "presidenta encargada", "presidente encargado",
    "vicepresidente", "vicepresidenta", "abogado", "abogada", "coordinador",
    "coordinadora", "fundador", "fundadora", "activista", "senor", "senora",
)
_MODIFIERS = (
    "separate", "local", "leading", "prominent", "respected", "independent", "well known",
    "venezuelan", "venezolana", "venezolano", "human rights", "rights", "legal", "legal aid",
    "aid", "advocacy", "civil", "civil society", "society", "humanitarian", "nongovernmental",
    "non governmental", "no gubernamental", "monitoring", "international", "internacional",
    "national", "nacional", "spanish", "us", "american", "opposition", "main", "major",
    "other", "press", "news", "media", "wire", "de derechos humanos", "pro derechos humanos",
    "defensora de derechos humanos", "espanola", "espanol", "estadounidense",
)
# fmt: on


def _phrase_table(phrases: Iterable[str]) -> Mapping[str, tuple[Tokens, ...]]:
    table: dict[str, list[Tokens]] = {}
    for phrase in phrases:
        words = tuple(phrase.split())
        table.setdefault(words[0], []).append(words)
    return MappingProxyType({k: tuple(v) for k, v in table.items()})


_HEAD_TABLE = _phrase_table(_HEADS)
_MODIFIER_TABLE = _phrase_table(_MODIFIERS)
_DESCRIPTIVE = frozenset(w for p in (*_HEADS, *_MODIFIERS) for w in p.split()) | DETERMINERS
MAX_TOKENS = 24
"""Longer mentions are looked up as written, without descriptor stripping or typo matching."""
_MAX_VARIANTS = 12


_PUNCTUATION: Mapping[int, str | None] = MappingProxyType(
    {
        **{ord(ch): " " for ch in string.punctuation},
        **{ord(ch): "'" for ch in "'’‘`´ʼ"},
        ord("."): None,
        ord("&"): " and ",
    }
)


def name_tokens(text: str) -> Tokens:
    """Folded words of a name: "Foro Penal's" → ("foro", "penal"); "H.R.W." → ("hrw",).

    Case and accents are folded, a possessive "'s" is dropped, dots and apostrophes join
    ("U.S." → "us"), "&" reads "and", any other punctuation separates words, and common
    abbreviations and British spellings are respelled ("Intl" → "international").
    """
    folded = fold(text).translate(_PUNCTUATION)
    if not folded.isascii():
        folded = "".join(ch if ch.isalnum() or ch == "'" else " " for ch in folded)
    if "'" in folded:
        # a possessive "'s" ending a word goes; any other apostrophe joins ("d'Ivoire")
        folded = (" ".join(folded.split()) + " ").replace("'s ", " ").replace("'", "")
    return tuple(_RESPELLINGS.get(word, word) for word in folded.split())


def significant(tokens: Tokens) -> Tokens:
    """The words that carry a name: ``tokens`` without connectors."""
    return tuple(t for t in tokens if t not in CONNECTORS)


def _phrase_ends(tokens: Tokens, i: int, table: Mapping[str, tuple[Tokens, ...]]) -> list[int]:
    if i >= len(tokens):
        return []
    return [i + len(p) for p in table.get(tokens[i], ()) if tokens[i : i + len(p)] == p]


def _closure(tokens: Tokens, positions: set[int]) -> set[int]:
    """Every position reachable from ``positions`` over zero or more modifiers."""
    seen = set(positions)
    todo = list(positions)
    while todo:
        for end in _phrase_ends(tokens, todo.pop(), _MODIFIER_TABLE):
            if end not in seen:
                seen.add(end)
                todo.append(end)
    return seen


def _descriptor_ends(tokens: Tokens, start: int) -> set[int]:
    """Where a descriptor starting at ``start`` can end: DETERMINER? MODIFIER* HEAD MODIFIER*."""
    opening = {start}
    if start < len(tokens) and tokens[start] in DETERMINERS:
        opening.add(start + 1)
    heads = {e for p in _closure(tokens, opening) for e in _phrase_ends(tokens, p, _HEAD_TABLE)}
    return _closure(tokens, heads)


def descriptive(tokens: Tokens) -> bool:
    """Whether ``tokens`` are all descriptor words ("local", "el nacional", "the un").

    Such a reading may still be a name in a dictionary, but it is too generic to be
    matched fuzzily or to name a cluster.
    """
    return all(w in _DESCRIPTIVE or w in CONNECTORS for w in tokens)


def variants(tokens: Tokens) -> Iterator[Tokens]:
    """``tokens`` and the readings with descriptors stripped, least stripped first.

    "the NGO Human Rights Watch" gives itself, "ngo human rights watch" and
    "human rights watch"; a descriptor is never stripped down to nothing. Lazy: most
    mentions need only the first reading.
    """
    yield tokens
    todo = [tokens]
    seen = {tokens}
    count = 1
    branch = _before_locative(tokens)
    if branch is not None:  # "the IOM in Italy" is the IOM: its office there speaks for it
        todo.append(branch)
        seen.add(branch)
        count += 1
        yield branch
    while todo and count < _MAX_VARIANTS:
        v = todo.pop(0)
        n = len(v)
        if n < 2 or n > MAX_TOKENS:
            continue
        shorter: list[Tokens] = []
        if v[0] in _DESCRIPTIVE:
            if v[0] in DETERMINERS:
                shorter.append(v[1:])
            shorter.extend(v[j:] for j in sorted(_descriptor_ends(v, 0)) if 0 < j < n)
        i = n - 1  # a suffix descriptor is a run of descriptor words at the end
        while i > 0 and v[i] in _DESCRIPTIVE:
            if (i == 1 or v[i - 1] not in DETERMINERS) and n in _descriptor_ends(v, i):
                shorter.append(v[:i])
            i -= 1
        for s in shorter:
            if s not in seen:
                seen.add(s)
                todo.append(s)
                count += 1
                yield s
                if count >= _MAX_VARIANTS:
                    return


_LOCATIVES = frozenset({"in", "en"})


def _before_locative(tokens: Tokens) -> Tokens | None:
    """The name before a trailing "in <place>" ("… for Migration in Italy"), if any.

    Only where the words after the last "in"/"en" are a place the gazetteer knows ("en su
    informe" is not), with a word before it; names that hold "in" themselves ("Human Rights in
    China") are found whole first, as every reading of ``tokens`` is.
    """
    for j in range(len(tokens) - 2, 0, -1):
        if tokens[j] in _LOCATIVES:
            from discrepancy.places import Gazetteer  # only for such mentions: it takes a moment

            return tokens[:j] if Gazetteer.builtin().resolve(" ".join(tokens[j + 1 :])) else None
    return None


# --- acronyms ---------------------------------------------------------------------------------

MIN_INITIALISM = 4
"""Acronyms read from a name's initials have at least this many letters; shorter ones are
too often someone else's and must be listed in the registry."""


def acronym_form(tokens: Tokens) -> str | None:
    """The acronym a mention may be: one word ("jeyp"), or spaced letters ("j e y p")."""
    if len(tokens) == 1:
        word = tokens[0]
    elif 1 < len(tokens) <= 8 and all(len(t) <= 2 for t in tokens):
        word = "".join(tokens)
    else:
        return None
    return word if 2 <= len(word) <= 12 and word.isalpha() else None


def initialisms(tokens: Tokens, shortest: int = MIN_INITIALISM) -> set[str]:
    """Acronyms a name's initials can spell, each connector's initial optional.

    "justicia encuentro y perdon" → {"jeyp"} (and "jep" with ``shortest=3``).
    """
    if len(significant(tokens)) < 2:
        return set()
    spelled = {""}
    for t in tokens:
        if t in CONNECTORS:
            spelled |= {s + t[0] for s in spelled}
        else:
            spelled = {s + t[0] for s in spelled}
        if len(spelled) > 256:
            return set()
    return {s for s in spelled if shortest <= len(s) <= 12}


# --- people -----------------------------------------------------------------------------------


def person_form(tokens: Tokens) -> str:
    """A mention as a person's name, initials dropped: "gonzalo himiob s" → "gonzalo himiob"."""
    return " ".join(t for t in tokens if len(t) > 1)


def person_keys(name: str) -> list[str]:
    """The ways a person's name is written, as lookup keys.

    "Diego Casanova Maita" → "diego casanova maita", "casanova maita diego",
    "diego casanova", "casanova diego", "diego maita". The surname alone is never a key.
    """
    words = [t for t in name_tokens(name) if len(t) > 1]
    if not words:
        return []
    keys = [words]
    if len(words) >= 2:
        first, rest = words[0], words[1:]
        keys.append([*rest, first])
        if len(words) >= 3:
            keys += [[first, rest[0]], [rest[0], first], [first, words[-1]]]
    return list(dict.fromkeys(" ".join(k) for k in keys))


# --- a word index with one-typo neighbourhoods --------------------------------------------


_LONGEST_WORD = 40
"""Longer words are matched as written only (their typo neighbourhood grows with length)."""


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))] if len(word) >= 5 else []


def near(a: str, b: str) -> bool:
    """One typo apart, the first letter kept: both words of four letters or more, one of
    five or more ("penla" ~ "penal"; "zubalca" is not a typo of "tubalca")."""
    return (
        a[0] == b[0]
        and min(len(a), len(b)) >= 4
        and max(len(a), len(b)) >= 5
        and OSA.distance(a, b, score_cutoff=1) <= 1
    )


def typo_budget(words: int) -> int:
    """How many words of a spelling may carry a typo: one, two from four words on."""
    return 1 if words <= 3 else 2


@attrs.define
class WordIndex:
    """Spellings (tuples of words) by their words, with each word's one-typo neighbourhood
    (the SymSpell deletion trick: two words one edit apart share a one-deletion key).

    Attributes:
        vocabulary_is_known: whether the index's own words count as known words (taken as
            written, never as typos); true for a registry, false when clustering mentions.
    """

    vocabulary_is_known: bool = True
    spellings: list[Tokens] = attrs.Factory(list)
    sorted_texts: list[str] = attrs.Factory(list)
    postings: dict[str, list[int]] = attrs.Factory(dict)
    _deletes: dict[str, set[str]] = attrs.Factory(dict)

    def add(self, tokens: Tokens) -> int:
        """Index a spelling; returns its number."""
        number = len(self.spellings)
        self.spellings.append(tokens)
        self.sorted_texts.append(" ".join(sorted(tokens)))
        for word in dict.fromkeys(tokens):
            if word not in self.postings:
                self.postings[word] = []
                if 4 <= len(word) <= _LONGEST_WORD and word.isalpha():
                    for key in (word, *_deletions(word)):
                        self._deletes.setdefault(key, set()).add(word)
            self.postings[word].append(number)
        return number

    def neighbours(self, word: str) -> set[str]:
        """Index words equal to ``word``, or one typo away when ``word`` is not a known word."""
        found = {word} if word in self.postings else set()
        known = word in GENERIC_WORDS or (self.vocabulary_is_known and bool(found))
        if known or not 4 <= len(word) <= _LONGEST_WORD or not word.isalpha():
            return found
        for key in (word, *_deletions(word)):
            found.update(w for w in self._deletes.get(key, ()) if w != word and near(word, w))
        return found

    def search(self, tokens: Tokens) -> tuple[dict[int, int], list[int]]:
        """Spellings whose words pair one-to-one with ``tokens`` (number → typos), and the
        spellings that share the rarest word (a pool of near misses)."""
        found = {word: self.neighbours(word) for word in dict.fromkeys(tokens)}
        present = [words for words in found.values() if words]
        if not present:
            return {}, []
        rarest = min(present, key=lambda words: sum(len(self.postings[w]) for w in words))
        pool = sorted({i for w in rarest for i in self.postings[w]})
        aligned: dict[int, int] = {}
        if len(present) == len(found):
            for i in pool:
                if len(self.spellings[i]) == len(tokens):
                    typos = _align(tokens, self.spellings[i], found)
                    if typos is not None:
                        aligned[i] = typos
        return aligned, pool


def _align(mention: Tokens, spelling: Tokens, found: Mapping[str, set[str]]) -> int | None:
    """How many typos pair each word of ``spelling`` with its own word of ``mention``.

    A typo in a spelling's only distinctive (non-generic) word needs a word of six letters
    or more: the shorter the word, the more other names lie one edit away.
    """
    left = list(mention)
    pending = []
    for word in spelling:
        if word in left:
            left.remove(word)
        else:
            pending.append(word)
    for word in pending:
        for k, candidate in enumerate(left):
            if word in found[candidate]:
                del left[k]
                break
        else:
            return None
    distinctive = [w for w in spelling if w not in GENERIC_WORDS]
    if len(distinctive) == 1 and distinctive[0] in pending and len(distinctive[0]) < 6:
        return None
    return len(pending)
