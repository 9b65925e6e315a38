"""The noun phrase after a number: what a figure names as its own head.

``noun_phrase`` reads the words just after a figure ("143 releases", "12 of the 40
passengers", "el 25% del electorado", "cifró en 150.000 los manifestantes") and says whether
they are a counted noun (with its metric when the registry or the event words know it), a
person noun, an elided head, a partitive, or something that is not people ("1,600
families"). `discrepancy.extraction.counted` combines it with the words that govern the
figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_share import share_metric, share_noun
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "NounPhrase",
    "Reading",
    "demonym_plural",
    "noun_phrase",
    "past_determiners",
    "whole_figure_before",
    "whole_noun",
]

_OF_THE = frozenset({"the", "los", "las"})
"""Articles of a partitive with a number: "16 of the 17 factories", "16 de las 17 fábricas"."""
_PARTITIVE = frozenset(
    {
        "them",
        "those",
        "these",
        "whom",
        "ellos",
        "ellas",
        "estos",
        "esos",
        "estas",
        "esas",
        "los",
        "las",
        "quienes",
    }
)

_NOT_PEOPLE = tables_en.NOT_PEOPLE | tables_es.NOT_PEOPLE
_COUNT_HEADS = tables_en.COUNT_HEADS | tables_es.COUNT_HEADS
_PERCENT_SPANS = tables_en.PERCENT_SPANS | tables_es.PERCENT_SPANS
_NEW = tuple.__new__  # builds a NamedTuple without its Python-level ``__new__``
_NP_SKIP = frozenset(
    {"-", "new", "more", "nuevos", "nuevas", "mas", "additional", "other", "otros", "otras"}
    | {"remaining", "restantes", "further"}
)


_ARTICLES_AFTER = frozenset(
    {"in", "en", "of", "de", "del", "the", "el", "la", "a", "an", "un", "una", "total"}
)
"""Words of ``CHANGE_WORDS`` that do not begin a change phrase after a percentage."""
_DETERMINERS = frozenset({"the", "los", "las", "el", "la", "all", "todos", "todas"})
"""Between "of" / "de" and the counted noun: "65% of the teachers", "el 67% de los votantes"."""
_TOTAL = frozenset({"total", "conjunto"})
_ALTERNATIVES = frozenset({"or", "o", "u"})
"""Between two numbers that share the noun after the second ("2 or 20 homes")."""


def past_determiners(norms: Sequence[str], k: int) -> int:
    """The index of the noun after "of" / "de" at ``k``: past articles and "total of" ("the
    total of registered voters", "del total de docentes", "de todas las llegadas")."""
    n = len(norms)
    while k + 1 < n and norms[k] in _DETERMINERS:
        k += 1
    if k + 2 < n and norms[k] in _TOTAL and norms[k + 1] in ("of", "de", "del"):
        k += 2
        while k + 1 < n and norms[k] in _DETERMINERS:
            k += 1
    return k


class NounPhrase(NamedTuple):
    """The counted noun after a number: ``kind`` is noun, person, elided, partitive or other."""

    kind: str
    first: int = 0
    last: int = 0  # exclusive
    metric: str | None = None


@attrs.frozen
class Reading:
    """What the number counts: metric id (``None``: not about people) and the text as written."""

    metric: str | None
    text: str
    elided: bool = False
    partitive: bool = False


def noun_phrase(
    toks: Sequence[Tok],
    norms: Sequence[str],
    k: int,
    lex: Lexicon,
    metrics: Metrics,
    *,
    percent: bool,
) -> NounPhrase:
    """The noun phrase starting at token ``k`` (just after the number)."""
    n = len(toks)
    if (
        percent
        and k < n
        and norms[k] in lex.change_words
        and (norms[k] not in _ARTICLES_AFTER or not _COUNT_HEADS.isdisjoint(norms[k + 1 : k + 3]))
    ):
        # "a 120-percent increase in the number of": the change noun, then what changed;
        # "un 97% en la industria" (no change noun first) keeps its place phrase, and its
        # noun is elided
        while k < n and norms[k] in lex.change_words:
            k += 1
    if percent and k < n and norms[k] in _PERCENT_SPANS:
        return NounPhrase("elided", k, k + 1)  # "in the 25-30 per cent range": no noun
    if k + 1 < n and norms[k] == "-" and norms[k + 1] == "strong":
        k += 2  # "a 2,000-strong crowd"
    if k + 3 < n and norms[k] == "out" and norms[k + 1] == "of" and toks[k + 2].kind == "n":
        whole = noun_phrase(toks, norms, k + 3, lex, metrics, percent=percent)
        if whole.kind in ("noun", "person", "other"):  # "30 out of 37 delegates"
            return whole
    if k + 2 < n and norms[k] in _ALTERNATIVES and toks[k + 1].kind == "n":
        other = noun_phrase(toks, norms, k + 2, lex, metrics, percent=percent)
        if other.kind == "other":  # "2 or 20 homes": both count homes
            return other
    if k + 1 < n and norms[k] in ("los", "las") and toks[k + 1].kind == "w":
        # "cifró en 150.000 los manifestantes", "eran 400 las personas liberadas"
        named = noun_phrase(toks, norms, k + 1, lex, metrics, percent=percent)
        if named.kind in ("noun", "person"):
            return named
        if not percent and named.kind == "other" and norms[k + 1] in _NOT_PEOPLE:
            return named  # session 12: "han sido nueve las embarcaciones": things
    if (
        k + 3 < n
        and norms[k] in ("el", "la")
        and norms[k + 1] in _COUNT_HEADS
        and norms[k + 2] in ("de", "del")
    ):  # "cifró en 150.000 el número de manifestantes"
        named = noun_phrase(toks, norms, k + 3, lex, metrics, percent=percent)
        if named.kind in ("noun", "person"):
            return named
    if _source_after(toks, norms, k):
        return NounPhrase("elided", k, k)  # "por 60.000 de la Delegación": whose figure
    if _time_after(norms, k, lex):
        return NounPhrase("elided", k, k)  # "frente a 32 del día anterior": no noun (s13)
    if k < n and norms[k] == "del":  # "el 25% del electorado": "de" + "el"
        k = past_determiners(norms, k + 1)
    elif k < n and norms[k] in ("of", "de"):
        if percent:  # a share of a whole with an owner or a scale is `group_share`'s to read
            whole_at = k + 3 if _plain_whole(toks, norms, k, lex) else None
        else:
            whole_at = whole_noun(toks, norms, k, lex)
        if whole_at is not None:
            if norms[whole_at] in lex.person_nouns or norms[whole_at] in lex.event_words:
                # "12 of the 40 passengers": what the whole counts
                return noun_phrase(toks, norms, whole_at, lex, metrics, percent=False)
            return NounPhrase("other", k, whole_at + 1)  # "16 of the 17 factories": not people
        if (
            k + 1 < n
            and norms[k + 1] in _PARTITIVE
            and (k + 2 >= n or norms[k + 2] not in lex.person_nouns)
        ):
            return NounPhrase("partitive", k, k + 2)
        k = past_determiners(norms, k + 1)
    while k < n and norms[k] in _NP_SKIP and k + 1 < n:
        k += 1
    if percent:
        share = share_noun(toks, norms, k, k + 3)  # "79 percent voter turnout"
        if share is not None:
            metric = share_metric(norms[share], metrics, norms)
            return NounPhrase("noun", k, share + 1, metric)
    if k >= n or toks[k].kind in ("p", "n") or norms[k] in lex.not_nouns:
        return NounPhrase("elided", k, k)
    if _event_phrase_at(norms, k, lex):
        return NounPhrase("elided", k, k)  # "60,000 lost their homes": a verb, no noun
    if norms[k] in _NOT_PEOPLE:
        return NounPhrase("other", k, k + 1)  # "1,600 families", "40 embarcaciones"
    if norms[k] in _COUNT_HEADS or (
        _gerund(norms[k], lex)
        and (k + 1 >= n or toks[k + 1].kind != "w" or norms[k + 1] in lex.function_words)
    ):
        # "the 120 million figure", "was 13,432,857 representing 79%": no noun of its own
        return NounPhrase("elided", k, k)
    # the longest phrase the metric registry knows ("people imprisoned for political reasons")
    longest = min(7, n - k)
    for m in range(1, longest):
        if toks[k + m].kind == "p":
            longest = m
            break
    known = metrics.longest(tuple(norms[k : k + longest]))
    if known is not None:
        return _NEW(NounPhrase, ("noun", k, k + known[0], known[1]))
    stop = min(k + 4, n)
    j = k
    while j < stop:
        w = norms[j]
        if w == "-" and 0 < j < n - 1 and toks[j - 1].end == toks[j].start == toks[j + 1].start - 1:
            j += 1  # a hyphenated modifier: "pro-democracy supporters"
            stop = min(stop + 2, n)
            continue
        if toks[j].kind == "p" or toks[j].kind == "n":
            break
        if w in lex.person_nouns or demonym_plural(w, lex) or w + "s" in lex.person_nouns:
            if (
                w not in lex.person_nouns
                and not demonym_plural(w, lex)
                and j + 1 < n
                and norms[j + 1] in lex.person_nouns
            ):
                j += 1  # session 10: "12 American hostages": an adjective of the noun after
                continue
            event = lex.event_words.get(w)  # "40 resultaron heridas": the participle counts
            if event is None and w not in lex.person_nouns:
                event = lex.event_words.get(w + "s")  # "un cuerpo más": a singular
            if event is not None and (j > k or w not in lex.person_nouns):
                return NounPhrase("noun", k, j + 1, event)
            return _NEW(NounPhrase, ("person", k, j + 1, None))
        event = lex.event_words.get(w)
        if event is not None and (j == k or (w.endswith("s") and not w.endswith("dos"))):
            return NounPhrase("noun", k, j + 1, event)  # "40 heat-related deaths"
        if w in lex.function_words:
            if not (w in _MODIFIER_LINKS and k < j and j + 2 < n and toks[j + 1].kind == "w"):
                break
            stop = min(max(stop, j + 3), n)  # session 12: "150 fire and rescue workers"
        j += 1
    return NounPhrase("other", k, k + 1)


_MODIFIER_LINKS = frozenset({"and", "or", "y", "e", "o"})
"""Words that join two modifiers of one person noun ("150 fire and rescue workers", "200
policías y agentes"): read past them for the noun; a figure or a punctuation mark after them
still ends the phrase."""


_SOURCE_ARTICLES = frozenset({"la", "el", "los", "las"})
_TIME_LINKS = tables_en.FIGURE_TIME_LINKS | tables_es.FIGURE_TIME_LINKS
_DAY_NOUNS = tables_en.FIGURE_DAY_NOUNS | tables_es.FIGURE_DAY_NOUNS
_DAY_BEFORE = tables_en.FIGURE_DAY_BEFORE | tables_es.FIGURE_DAY_BEFORE


def _time_after(norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Session 13: whether a time phrase follows the figure where its noun would be ("32 del
    día anterior", "32 un día antes", "los 32 del lunes", "32 de ayer", "32 the day before"):
    the figure's noun is left out, never "día"."""
    n = len(norms)
    j = k + 1 if k < n and norms[k] in _TIME_LINKS else k
    if j < n and norms[j] in _TIME_LINKS:
        j += 1  # "de la víspera", "on the day"
    if j >= n:
        return False
    w = norms[j]
    if w in lex.weekdays or w in lex.yesterday:
        return j > k  # "del lunes", "de ayer": a bare weekday after a figure is no time phrase
    return w in _DAY_NOUNS and j + 1 < n and norms[j + 1] in _DAY_BEFORE


def _source_after(toks: Sequence[Tok], norms: Sequence[str], k: int) -> bool:
    """Whether "de"/"del" at ``k`` opens a name ("60.000 de la Delegación", "del Gobierno"):
    the figure's source, its counted noun left out."""
    n = len(norms)
    if k + 1 >= n or norms[k] not in ("de", "del"):
        return False
    j = k + 1
    if norms[k] == "de" and norms[j] in _SOURCE_ARTICLES:
        j += 1
    return j < n and toks[j].kind == "w" and toks[j].cap and norms[j] not in _NOT_PEOPLE


def _event_phrase_at(norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Whether an event phrase of the lexicon starts at ``k`` ("lost their homes")."""
    for phrase, _metric in lex.event_phrases_by_first.get(norms[k], ()):
        if tuple(norms[k : k + len(phrase)]) == phrase:
            return True
    return False


def _gerund(word: str, lex: Lexicon) -> bool:
    """A verb form in -ing / -ando / -iendo right after a number: no noun of its own."""
    if word in lex.person_nouns or word in lex.event_words:
        return False
    return (len(word) > 5 and word.endswith("ing")) or word.endswith(("ando", "iendo"))


def demonym_plural(word: str, lex: Lexicon) -> bool:
    """ "Ukrainians", "haitianos", "venezolanas": a nationality in the plural names people
    (the singular is a demonym of the country table, not the country's own name)."""
    if len(word) < 5 or not word.endswith("s"):
        return False
    found = lex.countries.get(word[:-1])
    return found is not None and found[0].lower() != word[:-1]


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "su", "sus", "nuestros"})
"""Round 12: possessives before the whole of a partitive ("420,000 of its 2.2 million
residents", "de sus 3 millones de habitantes")."""
_OWNER_REACH = 4
"""At most this many words name the owner of a whole ("of the county's 3.1 million")."""


def _whole_start(toks: Sequence[Tok], norms: Sequence[str], k: int) -> int | None:
    """Where the figure of a partitive's whole starts after "of" / "de" at ``k``: past "the",
    a possessive, or "the <owner>'s" (round 12); ``None`` where no figure follows."""
    n = len(norms)
    j = k + 1
    if j < n and norms[j] in _POSSESSIVES:
        j += 1
    elif j < n and norms[j] in _OF_THE:
        j += 1
        for p in range(j, min(j + _OWNER_REACH, n - 2)):
            if norms[p] == "'" and norms[p + 1] == "s":
                j = p + 2  # "of the county's 3.1 million people"
                break
            if toks[p].kind != "w":
                break
    else:
        return None
    return j if j < n and toks[j].kind == "n" else None


def _plain_whole(toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """ "of the 40 passengers": "of", "the", a figure and a word right after it."""
    return (
        k + 3 < len(norms)
        and norms[k + 1] in _OF_THE
        and toks[k + 2].kind == "n"
        and toks[k + 3].kind == "w"
        and norms[k + 3] not in lex.not_nouns
    )


def whole_noun(toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon) -> int | None:
    """Where the noun of a partitive's whole stands after "of" / "de" at ``k`` ("12 of the 40
    passengers", round 12: "of its 2.2 million residents", "of the county's 3.1 million
    people"): a figure, its scale words, then a word; else ``None``."""
    n = len(norms)
    j = _whole_start(toks, norms, k)
    if j is None:
        return None
    j += 1
    while j < n and norms[j] in lex.number_words:
        j += 1  # "2.2 million"
    if j < n and norms[j] == "de" and j > 0 and norms[j - 1] in lex.number_words:
        j += 1  # "3 millones de habitantes"
    if j < n and toks[j].kind == "w" and norms[j] not in lex.not_nouns:
        return j
    return None


def whole_figure_before(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether the figure starting at ``first`` is the whole of a partitive: "of the" right
    before it, or (round 12) "of its" / "of the county's" ("420,000 of its 2.2 million
    residents"): what its clause says is of the part."""
    for k in range(first - 2, max(first - 3 - _OWNER_REACH, -1), -1):
        if norms[k] in ("of", "de", "del"):
            return _whole_start(toks, norms, k) == first
    return False
