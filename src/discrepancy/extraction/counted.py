"""What a number counts: the noun phrase after it and the event words around it.

Order of evidence, strongest first: an event noun as the head ("143 releases"); an event word
governing the number ("the release of 99", "freed 22", "let out nearly 100"); the verb phrase
after the noun ("were released", "remain detained": a stock); the head noun's own metric
("political prisoners", "protesters"); then, for a generic head ("people") or an elided one
("had registered 61 as of December 30"), the nearest event word in the clause, in the
sentence, or the topic of the sentence before.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_clause import (
    LIFTABLE,
    came_to_vote,
    clause_event,
    given_by_source,
    sentence_event,
    struck,
)
from discrepancy.extraction.indexes import (
    EventIndex,
    Metrics,
    event_in,
    held_default,
    names_a_thing,
)
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.metrics import MetricKind

__all__ = [
    "NounPhrase",
    "Reading",
    "counted_before",
    "given_by_source",
    "names_other_count",
    "noun_phrase",
    "read_metric",
    "topic",
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
_QUOTE_PUNCT = frozenset({"“", "”", '"', "«", "»", "'", "’"})
_STOP = frozenset({",", ";", ".", ":", "!", "?", "—"})
_NOT_PEOPLE = tables_en.NOT_PEOPLE | tables_es.NOT_PEOPLE
_COUNT_HEADS = tables_en.COUNT_HEADS | tables_es.COUNT_HEADS
_SHARE_NOUNS = {**tables_en.SHARE_NOUNS, **tables_es.SHARE_NOUNS}
_CROWD_NOUNS = {**tables_en.CROWD_NOUNS, **tables_es.CROWD_NOUNS}
_STRIKES = frozenset(w for w, m in _CROWD_NOUNS.items() if m == "strikers") | {"paro", "strikes"}
_VOTED = frozenset(
    {"voted", "vote", "cast", "votaron", "voto", "emitio", "emitieron", "sufragaron", "urnas"}
    | {"acudio", "acudieron", "polls", "turned"}
)
_LEVEL_VERBS = tables_en.LEVEL_VERBS | tables_es.LEVEL_VERBS
_LEVEL_SKIP = frozenset({"to", "at", "a", "en", "ya", "already", "now", "have", "has", "had"})
"""Words between a level verb and its figure: "rose to", "stood at", "ascienden ya a"."""
_PERCENT_SPANS = tables_en.PERCENT_SPANS | tables_es.PERCENT_SPANS
_SHARE_BACK = 8
"""How many tokens before a percentage its share noun is looked for ("turnout was 60%")."""
_COUNT_BACK = 12
"""How many tokens before a number "the number of X" is looked for."""
"""Heads that count households, places or things ("1,600 families", "23 puentes")."""
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
_KEEP_WHEN_RESCUED = frozenset({"migrants", "displaced"})
"""Head metrics a rescue does not replace: "rescued 112 migrants" counts migrants (elsewhere
"270 pupils were rescued" counts the rescued)."""
_ALTERNATIVES = frozenset({"or", "o", "u"})
"""Between two numbers that share the noun after the second ("2 or 20 homes")."""


def _past_determiners(norms: Sequence[str], k: int) -> int:
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
    if k < n and norms[k] == "del":  # "el 25% del electorado": "de" + "el"
        k = _past_determiners(norms, k + 1)
    elif k < n and norms[k] in ("of", "de"):
        if (
            k + 3 < n
            and norms[k + 1] in _OF_THE
            and toks[k + 2].kind == "n"
            and toks[k + 3].kind == "w"
            and norms[k + 3] not in lex.not_nouns
        ):
            if norms[k + 3] in lex.person_nouns or norms[k + 3] in lex.event_words:
                # "12 of the 40 passengers": what the whole counts
                return noun_phrase(toks, norms, k + 3, lex, metrics, percent=False)
            return NounPhrase("other", k, k + 4)  # "16 of the 17 factories": not people
        if (
            k + 1 < n
            and norms[k + 1] in _PARTITIVE
            and (k + 2 >= n or norms[k + 2] not in lex.person_nouns)
        ):
            return NounPhrase("partitive", k, k + 2)
        k = _past_determiners(norms, k + 1)
    while k < n and norms[k] in _NP_SKIP and k + 1 < n:
        k += 1
    if percent:
        share = _share_noun(toks, norms, k, k + 3)  # "79 percent voter turnout"
        if share is not None:
            metric = _share_metric(norms[share], metrics, norms)
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
    longest = min(6, n - k)
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
        if w in lex.person_nouns or _demonym_plural(w, lex) or w + "s" in lex.person_nouns:
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
            break
        j += 1
    return NounPhrase("other", k, k + 1)


_SOURCE_ARTICLES = frozenset({"la", "el", "los", "las"})


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


def _after_things(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether a number with no noun continues a count of things just before it: "96
    pateras, 25 más que un año antes" (the 25 are boats too)."""
    k = first - 1
    while k > 0 and first - k <= 3 and norms[k] in (",", "y", "and", "(", ";"):
        k -= 1
    return k > 0 and norms[k] in _NOT_PEOPLE and toks[k - 1].kind == "n"


def _names_things(toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Whether the noun phrase from ``k`` (at most three words, up to a function word) is
    headed by households, places or things: "displaced families", "familias desplazadas"."""
    for j in range(k, min(k + 3, len(norms))):
        if toks[j].kind != "w" or norms[j] in lex.function_words:
            return False
        if norms[j] in _NOT_PEOPLE:
            return True
    return False


_CHAMBERS = tables_en.CHAMBER_WORDS | tables_es.CHAMBER_WORDS
_CHAMBER_VOTES = tables_en.CHAMBER_VOTE_WORDS | tables_es.CHAMBER_VOTE_WORDS
_VOTE_HEADS = tables_en.VOTE_HEADS | tables_es.VOTE_HEADS


def _chamber_vote(norms: Sequence[str], np: NounPhrase) -> bool:
    """Whether a figure is the votes of a chamber ("el Congreso aprobó la ley con 176 votos a
    favor y 170 en contra", "the Senate passed it by 52 votes"): a tally of seats, never a
    count of people. Votes in an election ("2,2 millones de votos") stay counts."""
    if np.kind not in ("elided", "noun", "person", "partitive"):
        return False
    if np.kind != "elided" and norms[np.last - 1] not in _VOTE_HEADS:
        return False
    return not _CHAMBERS.isdisjoint(norms) and not _CHAMBER_VOTES.isdisjoint(norms)


_CHANGE_REACH = 5
"""How far after a percentage "in the number of X" / "en la cantidad de X" is looked for."""


def _change_of_things(toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """Whether a percentage with no noun of its own is the change in a count of things, named
    after it: "un aumento de 147% en la cantidad de hogares evacuados", "a 30% rise in the
    number of damaged homes" (the homes' participle is not a count of people)."""
    for j in range(k, min(k + _CHANGE_REACH, len(norms) - 1)):
        if toks[j].kind in ("p", "n"):
            return False
        if norms[j] in ("of", "de", "del"):
            return _names_things(toks, norms, _past_determiners(norms, j + 1), lex)
    return False


_PARALLEL = tables_en.PARALLEL_OTHERS | tables_es.PARALLEL_OTHERS
_OTHER_BEFORE = frozenset({"otros", "otras", "another", "other"})
_PARALLEL_BACK = 12
"""How far back "20,000 others" looks for the figure whose noun it repeats."""


def _parallel_things(toks: Sequence[Tok], norms: Sequence[str], first: int, np: NounPhrase) -> bool:
    """Whether a figure headed by "others" / "otras" repeats the noun of the figure before it
    in its sentence, and that noun counts things: "destroyed 8,000 homes and damaged 20,000
    others", "destruyó 800 casas y dañó otras 2.000"."""
    head = norms[np.last - 1] if np.last > np.first else ""
    if head not in _PARALLEL and not (first > 0 and norms[first - 1] in _OTHER_BEFORE):
        return False
    for j in range(first - 2, max(first - _PARALLEL_BACK, 0) - 1, -1):
        if toks[j].kind == "n":
            return j + 1 < first and norms[j + 1] in _NOT_PEOPLE
        if norms[j] in (".", ";"):
            return False
    return False


def _demonym_plural(word: str, lex: Lexicon) -> bool:
    """ "Ukrainians", "haitianos", "venezolanas": a nationality in the plural names people
    (the singular is a demonym of the country table, not the country's own name)."""
    if len(word) < 5 or not word.endswith("s"):
        return False
    found = lex.countries.get(word[:-1])
    return found is not None and found[0].lower() != word[:-1]


def _level_subject(
    toks: Sequence[Tok], norms: Sequence[str], first: int, lex: Lexicon
) -> NounPhrase | None:
    """The person noun a figure with no noun of its own is the level of: the subject of a
    level verb just before it ("measles cases rose to 1,240", "los detenidos ascienden a
    300"), in its clause; ``None`` where there is no such verb or noun."""
    k = first - 1
    while k >= 0 and norms[k] in _LEVEL_SKIP and first - k <= 3:
        k -= 1
    if k < 0 or not (norms[k] in _LEVEL_VERBS or norms[k] in lex.revision_verbs):
        return None
    for j in range(k - 1, max(k - _SHARE_BACK, 0) - 1, -1):
        if toks[j].kind in ("p", "n"):
            return None
        event = lex.event_words.get(norms[j]) if norms[j].endswith("s") else None
        if (norms[j] in lex.person_nouns or event) and norms[j] not in _NOT_PEOPLE:
            if not _COUNT_HEADS.isdisjoint(norms[max(j - 4, 0) : j]):
                return None  # "the number of confirmed cases reached": read as a count head
            if event is not None:  # "fatalities now number 112"
                return NounPhrase("noun", j, j + 1, event)
            return NounPhrase("person", j, j + 1)
    return None


_OF = frozenset({"of", "de", "del"})


def _parallel_head(
    toks: Sequence[Tok], norms: Sequence[str], first: int, lex: Lexicon
) -> NounPhrase | None:
    """The head a list left out before "de X": an earlier "N <people> de" of the sentence
    ("210 casos de sarampión frente a 480 del año anterior, 35 de gripe"), at most 30 tokens
    back; ``None`` where there is none."""
    for j in range(first - 2, max(first - 30, 0), -1):
        if toks[j - 1].kind == "n" and norms[j] in lex.person_nouns and norms[j + 1] in _OF:
            return NounPhrase("person", j, j + 1)
    return None


def _voted(norms: Sequence[str], k: int) -> bool:
    """A verb of voting within six words from ``k``: "cast ballots", "emitió su voto"."""
    return not _VOTED.isdisjoint(norms[k : k + 6])


def _share_noun(toks: Sequence[Tok], norms: Sequence[str], start: int, stop: int) -> int | None:
    """The first share noun ("turnout", "participación") in ``[start, stop)``, before any
    punctuation or number."""
    for j in range(start, min(stop, len(norms))):
        if toks[j].kind in ("p", "n"):
            return None
        if norms[j] in _SHARE_NOUNS:
            return j
    return None


def _share_metric(word: str, metrics: Metrics, norms: Sequence[str] = ()) -> str:
    """The metric a share noun names: its own ("seguimiento" of a strike: strikers), else the
    registry's ("participación" and "turnout" are one), else the word. Participation in a
    strike (the sentence names one) is its strikers."""
    own = _SHARE_NOUNS.get(word)
    if own is not None:
        return own
    if not _STRIKES.isdisjoint(norms):
        return "strikers"
    return metrics.normalize(word)


_SHARE_NEAR = 16
"""How far (in words) a percentage with no noun of its own looks for its sentence's share noun."""


def _share_near(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> int | None:
    """The share noun nearest to a percentage with no noun of its own, in its sentence, at
    most `_SHARE_NEAR` words away ("the final turnout stood at 62.6%, up from a provisional
    61.4%"): the percentage is another value of that share, never the event a share noun
    may also name ("turnout" of a crowd). A share noun that may be of a strike or a vote
    ("participación") counts only in a sentence about a vote."""
    n = len(norms)
    for d in range(1, _SHARE_NEAR):
        for j in (first - d, last - 1 + d):
            if 0 <= j < n and norms[j] in _SHARE_NOUNS and toks[j].kind == "w":
                if norms[j] in _VOTE_SHARES or not _VOTING.isdisjoint(norms):
                    return j
                return None  # "una participación mayor … Asturias (89%)": of what, unsaid
    return None


_COMPARED = tables_en.COMPARE_WORDS | tables_es.COMPARE_WORDS
_COMPARE_BACK = 4


def _compared(norms: Sequence[str], first: int) -> bool:
    """Whether a comparison word just before a figure sets it against another value of one
    quantity ("up from a provisional 61.4%", "frente al 68 % de 2019")."""
    return not _COMPARED.isdisjoint(norms[max(first - _COMPARE_BACK, 0) : first])


_ROLLS = frozenset({"voters", "registered_voters"})
_VOTING = tables_en.VOTING_WORDS | tables_es.VOTING_WORDS
_VOTE_SHARES = tables_en.VOTE_SHARE_NOUNS | tables_es.VOTE_SHARE_NOUNS
_VOTE_FOR = tables_en.VOTE_FOR_WORDS | tables_es.VOTE_FOR_WORDS
_CAST_BEFORE = 3


def _cast(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether a share of voters is of those who voted at all: a voting verb just before it
    ("votó el 64% del padrón") or in its clause after it ("58 percent cast ballots"), not
    followed by whom they voted for ("58% voted for the mayor" is a vote share)."""
    for j in (*range(max(first - _CAST_BEFORE, 0), first), *range(last, min(last + 6, len(norms)))):
        if norms[j] in _VOTED:
            return j + 1 >= len(norms) or norms[j + 1] not in _VOTE_FOR
    return False


def share_before(toks: Sequence[Tok], norms: Sequence[str], first: int) -> int | None:
    """The share noun a percentage with no noun after it is the value of, named before it in
    its clause ("la abstención fue superior al 87%", "turnout reached 60%"): its index."""
    for j in range(first - 1, max(first - _SHARE_BACK, 0) - 1, -1):
        if toks[j].kind in ("p", "n"):
            return None
        if norms[j] in _SHARE_NOUNS:
            return j
    return None


_ABSTAIN = tables_en.ABSTAIN_PHRASES + tables_es.ABSTAIN_PHRASES
_ABSTAIN_FIRSTS = frozenset(p[0] for p in _ABSTAIN)
_ABSTAIN_REACH = 4
"""How many words after a share of voters its "did not vote" is looked for."""


def _abstained(norms: Sequence[str], k: int) -> bool:
    """Whether words saying people did not vote follow ``k`` closely ("85% did not vote",
    "el 40% de los electores no votaron"): the figure is abstention."""
    for j in range(k, min(k + _ABSTAIN_REACH, len(norms))):
        if norms[j] in _ABSTAIN_FIRSTS:
            for phrase in _ABSTAIN:
                if tuple(norms[j : j + len(phrase)]) == phrase:
                    return True
    return False


_AGENT_LINKS = tables_en.AGENT_LINKS | tables_es.AGENT_LINKS
_PASSIVE_AUX = tables_en.PASSIVE_AUXILIARIES | tables_es.PASSIVE_AUXILIARIES
_NEW_CLAUSE = tables_en.CLAUSE_COORDINATORS | tables_es.CLAUSE_COORDINATORS
_NEW_SUBJECT = tables_en.SUBJECT_DETERMINERS | tables_es.SUBJECT_DETERMINERS


def _main_verb(window: Sequence[str], m: int, lex: Lexicon) -> tuple[str, bool] | None:
    """For a participle at ``m`` followed by its agent ("abducted by gunmen"), the event of
    the clause's own passive verb after it ("were freed"), else ``None``."""
    if m + 1 >= len(window) or window[m + 1] not in _AGENT_LINKS:
        return None
    for j in range(m + 2, len(window) - 1):
        if window[j] in _PASSIVE_AUX:
            k = j + 1
            if window[k] in _PASSIVE_AUX and k + 1 < len(window):
                k += 1  # "have been freed", "han sido liberados"
            found = event_in(window, k, lex)
            if found is not None:
                return found
    return None


def _after(toks: Sequence[Tok], k: int, lex: Lexicon) -> tuple[str, bool] | None:
    """The event in the verb phrase after the noun (past quotes, adverbs, a parenthesis)."""
    window: list[str] = []
    depth = 0
    j = k
    n = len(toks)
    while j < n:
        t = toks[j]
        w = t.norm
        j += 1
        if t.kind == "w" and not depth:  # most tokens: a word outside a parenthesis
            if (w.endswith("ly") and len(w) > 4) or (w.endswith("mente") and len(w) > 6):
                continue
            window.append(w)
            if len(window) == 8:
                break
            continue
        if w == "(":
            depth += 1
            continue
        if w == ")":
            depth = depth - 1 if depth else 0
            continue
        if depth or w in _QUOTE_PUNCT:
            continue
        if w == ",":
            # a coordinated list of people ("protesters, students, and activists arrested")
            if j < n and (toks[j].norm in lex.person_nouns or toks[j].norm in ("and", "y")):
                continue
            break
        if w in _STOP or t.kind == "n":
            break
        if (w.endswith("ly") and len(w) > 4) or (w.endswith("mente") and len(w) > 6):
            continue
        window.append(w)
        if len(window) == 8:
            break
    words, firsts = lex.event_words, lex.phrase_firsts
    for m, w in enumerate(window):
        if w in _NEW_CLAUSE and m + 1 < len(window) and window[m + 1] in _NEW_SUBJECT:
            return None  # "300 y el de desaparecidos …": the next clause's own noun
        if w in words or w in firsts:
            found = event_in(window, m, lex)
            if found is not None:
                return _main_verb(window, m, lex) or found
    return None


def _before(norms: Sequence[str], first: int, lex: Lexicon) -> str | None:
    """An event word governing the number: "the release of 99", "freed 22", "let out 100"."""
    j = first - 1
    steps = 0
    skip = lex.skip_before_number
    while j >= 0 and (norms[j] in skip or norms[j] == "to") and steps < 3:
        j -= 1
        steps += 1
    if j < 0:
        return None
    for phrase, metric in lex.event_phrases_by_last.get(norms[j], ()):
        size = len(phrase)
        if j - size + 1 >= 0 and tuple(norms[j - size + 1 : j + 1]) == phrase:
            return metric
    event = lex.event_words.get(norms[j])
    if event is not None and norms[j] not in ("dead", "toll", "lives", "hostages", "crowd"):
        return None if names_a_thing(norms, j) else event  # "la pena de muerte a 12 presos"
    return None


def _combine(
    np: NounPhrase,
    toks: Sequence[Tok],
    norms: Sequence[str],
    governor: str | None,
    after_at: int,
    lex: Lexicon,
    metrics: Metrics,
) -> str | None:
    """The metric from the head noun, the governing word and the verb phrase after the noun
    (which starts at token ``after_at``; read only when the first two do not decide)."""
    head_metric = np.metric
    head_word = norms[np.last - 1] if np.last > np.first else ""
    if (
        np.kind == "noun"
        and head_metric is not None
        and head_word in lex.event_words
        and (metrics.kind(head_metric) is not MetricKind.STOCK)
    ):
        return head_metric
    crowd = head_metric is not None and metrics.kind(head_metric) is MetricKind.EVENT_COUNT
    if head_metric in _KEEP_WHEN_RESCUED and (
        governor == "rescued"
        or (governor is None and _after(toks, after_at, lex) == ("rescued", False))
    ):
        return head_metric  # "rescued 112 migrants": migrants at sea are counted as such
    if governor is not None:
        if crowd and metrics.kind(governor) is MetricKind.EVENT_COUNT:
            return head_metric  # "demonstrators" on a strike day stay protesters
        return governor
    after = _after(toks, after_at, lex)
    if after is not None:
        metric, stock = after
        if crowd and not stock and metrics.kind(metric) is MetricKind.EVENT_COUNT:
            return head_metric
        if stock:
            return _stock_metric(head_word, head_metric, norms, after_at, lex, metrics)
        return metric
    return head_metric


def _stock_metric(
    head_word: str,
    head_metric: str | None,
    norms: Sequence[str],
    after_at: int,
    lex: Lexicon,
    metrics: Metrics,
) -> str:
    """The level a figure of people held counts: its head's own stock ("hostages remain
    held"), a population word after it ("20 remain missing"), else hostages in a sentence
    about a kidnapping ("5 still held"), else the default stock."""
    if head_word in lex.stock_of:
        return lex.stock_of[head_word]
    if head_metric is not None and metrics.kind(head_metric) is MetricKind.STOCK:
        return head_metric
    for j in range(after_at, min(after_at + 4, len(norms))):
        if norms[j] in lex.stock_of:  # "20 remain missing", "siguen desaparecidas"
            return lex.stock_of[norms[j]]
    return held_default(norms)


_HOLD_VERBS = tables_en.HOLD_VERBS | tables_es.HOLD_VERBS
_HOLD_SKIP = tables_en.HOLD_SKIP | tables_es.HOLD_SKIP


_BOARD_VERBS = tables_en.BOARD_VERBS | tables_es.BOARD_VERBS


def _board_before(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """Whether a vehicle's verb governs the figure from just before it ("carrying around 120
    people", "llevaba a 45 personas")."""
    j = first - 1
    while (
        j >= 0 and first - j <= 3 and (norms[j] in _HOLD_SKIP or norms[j] in lex.skip_before_number)
    ):
        j -= 1
    return j >= 0 and norms[j] in _BOARD_VERBS


def _held_before(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """Whether a hold verb governs the figure ("were still holding 40 others", "retienen a
    otros 20"): the figure is a level of people held, whatever verb an earlier clause has."""
    j = first - 1
    while (
        j >= 0 and first - j <= 4 and (norms[j] in _HOLD_SKIP or norms[j] in lex.skip_before_number)
    ):
        j -= 1
    return j >= 0 and norms[j] in _HOLD_VERBS


def read_metric(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    last: int,
    lex: Lexicon,
    metrics: Metrics,
    *,
    percent: bool,
) -> tuple[NounPhrase, str | None]:
    """(noun phrase, metric from the phrase and its governing words); no metric when the
    noun is not about people (``np.kind == "other"``). A rate ("5,000 migrants arrive per
    day", "llegan 1.200 al día") is a metric of its own, ``<metric>_per_day``: never a level."""
    np, metric = _read_metric(toks, norms, first, last, lex, metrics, percent=percent)
    if metric is not None and not percent and _rate_after(toks, norms, max(np.last, last)):
        metric = f"{metric}{RATE_SUFFIX}"
    return np, metric


RATE_SUFFIX = "_per_day"
_RATES = tables_en.RATE_WORDS + tables_es.RATE_WORDS
_RATE_FIRSTS = frozenset(p[0] for p in _RATES)
_RATE_REACH = 6
"""How many words after a figure's noun its rate is looked for ("arrive on the island per
day")."""


_NOT_RATE_BEFORE = frozenset(
    {"in", "for", "within", "one", "single", "than", "of", "en", "un", "solo", "same", "que", "de"}
)
"""Words that make "a day" a span, not a rate: "killed 30 in a day", "for a day"."""


def _rate_after(toks: Sequence[Tok], norms: Sequence[str], k: int) -> bool:
    """Whether a rate phrase ("per day", "al día", "diarios") follows ``k`` in its clause."""
    for j in range(k, min(k + _RATE_REACH, len(norms))):
        if toks[j].kind in ("p", "n"):
            return False
        if norms[j] in _RATE_FIRSTS and norms[j - 1] not in _NOT_RATE_BEFORE:
            for phrase in _RATES:
                if tuple(norms[j : j + len(phrase)]) == phrase and (len(phrase) > 1 or j <= k + 1):
                    return True  # "daily" / "diarios" only next to the noun or its verb
    return False


def _read_metric(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    last: int,
    lex: Lexicon,
    metrics: Metrics,
    *,
    percent: bool,
) -> tuple[NounPhrase, str | None]:
    np = noun_phrase(toks, norms, last, lex, metrics, percent=percent)
    if np.kind == "other" and not percent and last < len(norms) and norms[last] in _OF:
        head = _parallel_head(toks, norms, first, lex)
        if head is not None:  # "195 casos de dengue, 42 de malaria": 42 cases
            np = head
    if np.kind == "other":
        return np, None
    if not percent and _chamber_vote(norms, np):
        return NounPhrase("other", first, last), None  # "176 votos a favor y 170 en contra"
    if not percent and _parallel_things(toks, norms, first, np):
        return NounPhrase("other", first, last), None  # "8,000 homes and 20,000 others"
    if percent and np.metric == "registered_voters" and _voted(norms, np.last):
        return np._replace(metric="turnout"), "turnout"  # "60% of registered voters voted"
    if percent and _abstained(norms, max(np.last, last)):
        return np, "abstention"  # "85% did not vote", "el 40% de los electores no votaron"
    if percent and np.metric in _ROLLS and _cast(norms, first, np.last):
        return np._replace(metric="turnout"), "turnout"  # "votó el 64% del padrón"
    if np.kind == "elided" and _after_things(toks, norms, first):
        return NounPhrase("other", first, last), None  # "155 boats, 40 more than last year"
    if np.kind == "elided" and not percent:
        head = _count_head_noun(toks, norms, first, lex, metrics, _STOP - {","}, past_numbers=True)
        if head is not None and (
            _names_things(toks, norms, head.first, lex) or _not_people(head, norms)
        ):
            # "el número de familias desplazadas pasó de 1.240 a 3.915": families, not people;
            # "el número de denuncias recibidas subió a nueve": complaints
            return NounPhrase("other", first, last), None
        named = _count_head_noun(toks, norms, first, lex, metrics, _STOP - {","})
        if (
            named is not None
            and named.metric is not None
            and named.last <= first
            and _NEW_CLAUSE.isdisjoint(norms[named.last : first])
        ):
            # "el número de heridos es de 300 y el de desaparecidos …": the head counted,
            # never the next clause's noun
            return named, named.metric
    if np.kind == "elided" and not percent:
        subject = _level_subject(toks, norms, first, lex)
        if subject is not None:  # "measles cases rose to 1,240": the subject is counted
            return subject, _combine(subject, toks, norms, None, last, lex, metrics)
    if percent and np.kind == "elided" and _change_of_things(toks, norms, np.first, lex):
        return NounPhrase("other", first, last), None  # "un aumento de 147% en … hogares"
    if percent and np.kind == "elided":
        share = share_before(toks, norms, first)
        if share is None and _compared(norms, first):
            share = _share_near(toks, norms, first, last)  # "…, up from a provisional 61.4%"
        if share is None:
            share = _share_near(toks, norms, first, last)
            if share is not None and norms[share] not in lex.event_words:
                share = None  # only a share noun the event index would read as a crowd
        if share is not None:  # "turnout was 60%": the share noun names what is counted
            metric = _share_metric(norms[share], metrics, norms)
            return NounPhrase("noun", share, share + 1, metric), metric
    governor = _before(norms, first, lex)
    after_at = np.last if np.kind != "elided" else last
    if np.kind == "elided" and _abstained(norms, last):
        return np, "abstention"  # "2 million did not vote"
    if governor is None and _held_before(norms, first, lex):
        head_word = norms[np.last - 1] if np.last > np.first else ""
        return np, _stock_metric(head_word, np.metric, norms, after_at, lex, metrics)
    combined = _combine(np, toks, norms, governor, after_at, lex, metrics)
    if combined is None and np.kind == "person" and norms[np.last - 1] in LIFTABLE:
        if _board_before(norms, first, lex):
            return np, "people_on_board"  # "a boat carrying around 120 people"
        combined = clause_event(toks, norms, first, np.last, lex)  # "han llegado … 17.217 personas"
    if combined is None and np.kind == "person" and struck(norms, first, np.last):
        combined = "strikers"  # "el paro fue secundado por un 10% de los trabajadores"
    if combined == "protesters" and came_to_vote(norms, first, max(np.last, last)):
        combined = "voters"  # "la votación empezó a las 9 y acudieron 400 vecinos"
    if percent and combined == "protesters":
        share = _share_near(toks, norms, first, max(np.last, last))
        if share is not None:  # "60 percent of eligible voters, the highest turnout since"
            combined = _share_metric(norms[share], metrics, norms)
    return np, combined


def topic(
    toks: Sequence[Tok], norms: Sequence[str], lex: Lexicon, metrics: Metrics, text: str
) -> Reading | None:
    """The people a sentence without numbers is about ("political prisoners have not been
    released" → releases of political prisoners), for a later elided number."""
    events: EventIndex | None = None
    for k in range(len(toks)):
        w = norms[k]
        if w not in lex.person_nouns and metrics.lookup((w,)) is None:
            continue
        np = noun_phrase(toks, norms, k, lex, metrics, percent=False)
        if np.kind not in ("noun", "person"):
            continue
        metric = _combine(np, toks, norms, _before(norms, k, lex), np.last, lex, metrics)
        if metric is None:
            if events is None:  # once per sentence (an empty index is falsy: never ``or``)
                events = EventIndex.build(norms, lex)
            found = events.nearest(0, len(norms), k, (np.first, np.last))
            metric = found[0] if found is not None else None
        if metric == "turnout" and not _STRIKES.isdisjoint(norms):
            metric = "strikers"  # "participation in the strike"
        if metric is not None:
            return Reading(metric, text[toks[np.first].start : toks[np.last - 1].end])
    for k in range(len(toks)):  # else the gathering it names ("the size of the strike")
        metric = _CROWD_NOUNS.get(norms[k])
        if metric is not None:
            return Reading(metric, text[toks[k].start : toks[k].end])
    return None


def counted_before(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    lex: Lexicon,
    metrics: Metrics,
    text: str,
) -> Reading | None:
    """What "the number of X" / "la cifra (oficial) de X" before an elided figure counts
    ("the number of confirmed cases had reached 21,614"): X's metric and text, else ``None``.
    At most `_COUNT_BACK` tokens back, never past another number or a clause stop."""
    np = _count_head_noun(toks, norms, first, lex, metrics)
    if np is None or np.kind not in ("noun", "person") or np.last > first:
        return None
    said = text[toks[np.first].start : toks[np.last - 1].end]
    metric = np.metric
    if metric is None and np.kind == "person" and norms[np.last - 1] in LIFTABLE:
        # "el número de personas secuestradas", "the number of people kidnapped"
        metric = _combine(np, toks, norms, None, np.last, lex, metrics)
    metric = metric or metrics.normalize(said)
    return Reading(metric, said) if metric else None


def _not_people(np: NounPhrase, norms: Sequence[str]) -> bool:
    """Whether the noun of "the number of X" is a plural that names no people, no event and
    no metric ("llamadas", "calls", "votes"): its figure counts those things."""
    if np.kind != "other" or np.last <= np.first:
        return False
    word = norms[np.first]
    return len(word) > 3 and word.endswith("s") and word not in _COUNT_HEADS


def names_other_count(
    toks: Sequence[Tok], norms: Sequence[str], first: int, lex: Lexicon, metrics: Metrics
) -> bool:
    """Whether "the number of X" before a figure names something that is not people ("el
    número de denuncias recibidas subió a nueve"): the figure counts X, so it never
    takes the article's topic."""
    np = _count_head_noun(toks, norms, first, lex, metrics)
    return np is not None and np.kind == "other"


def _count_head_noun(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    lex: Lexicon,
    metrics: Metrics,
    stops: frozenset[str] = _STOP,
    *,
    past_numbers: bool = False,
) -> NounPhrase | None:
    """The noun phrase X of "the number of X" / "la cifra de X" before ``first`` (at most
    `_COUNT_BACK` tokens back, never past a word of ``stops`` nor, unless ``past_numbers``,
    another number), else ``None``."""
    for j in range(first - 1, max(first - _COUNT_BACK, 1) - 1, -1):
        w = norms[j]
        if (toks[j].kind == "n" and not past_numbers) or w in stops:
            return None
        if w not in ("of", "de"):
            continue
        if norms[j - 1] not in _COUNT_HEADS and (j < 2 or norms[j - 2] not in _COUNT_HEADS):
            continue
        return noun_phrase(toks, norms, j + 1, lex, metrics, percent=False)
    return None


_GENERIC = (
    tables_en.GENERIC_PEOPLE
    | tables_es.GENERIC_PEOPLE
    | {"people", "personas", "citizens", "ciudadanos", "almas", "souls"}
)
"""Heads that say only "people": their figure takes the metric the sentence names."""
_CROWD_VERBS = tables_en.CROWD_VERBS | tables_es.CROWD_VERBS
_THESE = frozenset({"these", "those", "esos", "esas", "estos", "estas", "dichos", "dichas"})
"""Demonstratives that refer a figure back to the one just named ("esos 20 casos")."""
_REFERRED = _GENERIC | frozenset({"casos", "cases", "victims", "victimas", "figure", "cifra"})
"""Heads a demonstrative figure may have while still counting the figure before it."""
_CROWD_REACH = 4
"""How many tokens before a figure a crowd verb is looked for ("drew some 12,000 people",
"movilizaron a más de 17.000 personas")."""


def is_demonym(head: str, lex: Lexicon) -> bool:
    """Whether a counted noun (folded) is a nationality in the plural ("colombianos")."""
    return _demonym_plural(head, lex)


def is_generic(head: str) -> bool:
    """Whether a counted noun (folded) says only "people" ("personas", "citizens")."""
    return head in _GENERIC


def refers_back(norms: Sequence[str], first: int, head: str) -> bool:
    """Whether a figure is "these N <people|cases>" ("esos 20 casos"): the figure just named
    again, so it takes that figure's metric."""
    return first > 0 and norms[first - 1] in _THESE and head in _REFERRED


def generic_metric(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    lex: Lexicon,
    metrics: Metrics,
) -> str | None:
    """The metric of a figure whose head says only "people", from its own sentence, when no
    event word decided it: a crowd verb governing it ("the rally drew 12,000 people", "la
    marcha reunió a 30.000 personas"), "the number of X … was N people" ("el número de
    asistentes fue de 18.000 personas"), else the nearest word of the sentence that says
    what a generic head counts ("Miles de ciudadanos, 80.000 según X, salieron a la calle"),
    else a gathering the sentence names ("12,000 people at the march"); ``None`` where the
    sentence names none."""
    for j in range(first - 1, max(first - _CROWD_REACH, 0) - 1, -1):
        if toks[j].kind == "p" and norms[j] != "-":
            break
        if norms[j] in _CROWD_VERBS:
            return "protesters"
    head = _count_head_noun(toks, norms, first, lex, metrics)
    if head is not None and head.kind in ("noun", "person") and head.last <= first:
        if head.metric is not None:
            return head.metric
        word = norms[head.last - 1]
        if not is_generic(word):
            return metrics.normalize(word)
    found = sentence_event(norms, first, first + 1, lex)
    if found is not None:  # "Miles de ciudadanos, 80.000 según X, salieron a la calle"
        return found
    for w in norms:
        metric = _CROWD_NOUNS.get(w)
        if metric is not None:
            return metric
    return None
