"""What a number counts: the noun phrase after it and the event words around it.

Order of evidence, strongest first: an event noun as the head ("143 releases"); an event word
governing the number ("the release of 99", "freed 22", "let out nearly 100"); the verb phrase
after the noun ("were released", "remain detained": a stock); the head noun's own metric
("political prisoners", "protesters"); then, for a generic head ("people") or an elided one
("had registered 61 as of December 30"), the nearest event word in the clause, in the
sentence, or the topic of the sentence before.

This module holds that order and the rules that need all of it; the parts live by concept in
`counted_noun` (the noun phrase after a figure), `counted_govern` (the words that govern it),
`counted_share` (percentages), `counted_head` ("the number of X"), `counted_generic` and
`counted_clause` (heads that say only "people").
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy._metric_words import GENERIC
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_ballot import (
    abstained_from_vote,
    electorate_turnout,
    on_roll,
    turnout_apposition,
    turnout_share,
)
from discrepancy.extraction.counted_causes import cause_item_head
from discrepancy.extraction.counted_clause import (
    LIFTABLE,
    came_to_vote,
    clause_event,
    event_before,
    given_by_source,
    joined_strike,
    stayed_at_work,
    strike_joined_by,
    struck,
)
from discrepancy.extraction.counted_generic import (
    generic_metric,
    is_demonym,
    is_generic,
    refers_back,
)
from discrepancy.extraction.counted_govern import (
    board_after,
    board_before,
    combine,
    found_governor,
    governing_word,
    held_before,
    stock_metric,
)
from discrepancy.extraction.counted_head import (
    count_head_noun,
    counted_before,
    names_other_count,
    not_people,
)
from discrepancy.extraction.counted_noun import (
    NounPhrase,
    Reading,
    noun_phrase,
    past_determiners,
    whole_figure_before,
)
from discrepancy.extraction.counted_returns import displaced_outcome
from discrepancy.extraction.counted_share import (
    ROLLS,
    abstained,
    cast,
    compared,
    rate_subject,
    share_before,
    share_metric,
    share_near,
    subject_share,
    voted,
)
from discrepancy.extraction.counted_subject import copula_subject
from discrepancy.extraction.indexes import EventIndex, Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "NounPhrase",
    "Reading",
    "counted_before",
    "generic_metric",
    "given_by_source",
    "is_demonym",
    "is_generic",
    "names_other_count",
    "noun_phrase",
    "read_metric",
    "refers_back",
    "topic",
]
"""The stage's entry points; the helpers live in the ``counted_*`` modules by concept."""

_STOP = frozenset({",", ";", ".", ":", "!", "?", "—"})
_NEW_CLAUSE = tables_en.CLAUSE_COORDINATORS | tables_es.CLAUSE_COORDINATORS

_NOT_PEOPLE = tables_en.NOT_PEOPLE | tables_es.NOT_PEOPLE
_COUNT_HEADS = tables_en.COUNT_HEADS | tables_es.COUNT_HEADS
_CROWD_NOUNS = {**tables_en.CROWD_NOUNS, **tables_es.CROWD_NOUNS}
_STRIKES = frozenset(w for w, m in _CROWD_NOUNS.items() if m == "strikers") | {"paro", "strikes"}
_LEVEL_VERBS = tables_en.LEVEL_VERBS | tables_es.LEVEL_VERBS
_SURPASSING = tables_en.SURPASSING_HEDGE_VERBS | tables_es.SURPASSING_HEDGE_VERBS
_LEVEL_SKIP = frozenset({"to", "at", "a", "en", "ya", "already", "now", "have", "has", "had"})
"""Words between a level verb and its figure: "rose to", "stood at", "ascienden ya a"."""
_SHARE_BACK = 8
"""How many tokens before a percentage its share noun is looked for ("turnout was 60%")."""


def _after_things(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether a number with no noun continues a count of things just before it: "96
    pateras, 25 más que un año antes" (the 25 are boats too)."""
    k = first - 1
    while k > 0 and first - k <= 3 and norms[k] in (",", "y", "and", "(", ";"):
        k -= 1
    return k > 0 and norms[k] in _NOT_PEOPLE and toks[k - 1].kind == "n"


_TOTAL_OF = frozenset({"a", "de", "del", "of", "out", "the", "total", "un"})
"""Words of "de un total de" / "out of a total of" between a figure and the comma before."""
_THINGS_BACK = 3
"""How many words before that comma the earlier figure's noun of things may stand ("110
albergues activos, de un total de 165")."""


def _total_of_things(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Session 13: whether a figure with no noun is the total ("de un total de 165", "out of
    a total of 40") of a count of things just before it ("110 albergues activos"): things too."""
    k = first - 1
    while k > 0 and first - k <= 5 and norms[k] in _TOTAL_OF:
        k -= 1
    if k == first - 1 or norms[k] != ",":
        return False
    for j in range(k - 1, max(k - 1 - _THINGS_BACK, 0), -1):
        if norms[j] in _NOT_PEOPLE and toks[j - 1].kind == "n":
            return True
        if toks[j].kind != "w":
            return False
    return False


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
            return _names_things(toks, norms, past_determiners(norms, j + 1), lex)
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


def _level_subject(
    toks: Sequence[Tok], norms: Sequence[str], first: int, lex: Lexicon
) -> NounPhrase | None:
    """The person noun a figure with no noun of its own is the level of: the subject of a
    level verb just before it ("measles cases rose to 1,240", "los detenidos ascienden a
    300"), in its clause; ``None`` where there is no such verb or noun."""
    k = first - 1
    while k >= 0 and norms[k] in _LEVEL_SKIP and first - k <= 3:
        k -= 1
    if first < len(norms) and norms[first] in _SURPASSING:
        k = first  # "cases surpassed 1,200": the verb is the figure's hedge (session 10)
    elif k < 0 or not (norms[k] in _LEVEL_VERBS or norms[k] in lex.revision_verbs):
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


_TOLLS = tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS | _COUNT_HEADS
_ARTICLES_AFTER = frozenset({"la", "el", "los", "las", "the"})
_COORDINATED = tables_en.CLAUSE_COORDINATORS | tables_es.CLAUSE_COORDINATORS
_TOLL_BACK = 20
"""How far back a toll subject may stand from its level verb ("the death toll from the ferry
fire that broke out off the northern coast has climbed to 31": 14 tokens)."""


def _toll_subject(
    toks: Sequence[Tok], norms: Sequence[str], first: int, lex: Lexicon
) -> NounPhrase | None:
    """The event of a toll that a level verb right before the figure gives the value of,
    past a relative clause: "the death toll from the ferry fire that broke out off the coast
    has climbed to 31 people", "la cifra de muertos por la riada que arrasó el pueblo ascendió
    a 19 personas";
    the event word stands right before the toll noun ("death toll") or after its "of" / "de"
    ("la cifra de muertos"). ``None`` past a clause stop or another figure (session 10)."""
    k = first - 1
    while k >= 0 and norms[k] in _LEVEL_SKIP and first - k <= 3:
        k -= 1
    if k < 1 or not (norms[k] in _LEVEL_VERBS or norms[k] in lex.revision_verbs):
        return None
    after = norms[first + 1] if first + 1 < len(norms) else ""
    if after in _ARTICLES_AFTER:
        return None  # "redujo a 56 la de desaparecidos": the toll named after the figure
    for j in range(k - 1, max(k - _TOLL_BACK, 1) - 1, -1):
        if toks[j].kind == "n" or norms[j] in (",", ";", ":", ".") or norms[j] in _COORDINATED:
            return None
        if norms[j] not in _TOLLS:
            continue
        before = lex.event_words.get(norms[j - 1])
        if before is not None:  # "death toll", "casualty count"
            return NounPhrase("noun", j - 1, j + 1, before)
        if j + 2 < k and norms[j + 1] in _OF:
            named = lex.event_words.get(norms[j + 2])
            if named is not None:  # "la cifra de muertos", "the number of dead"
                return NounPhrase("noun", j + 2, j + 3, named)
        return None
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


def _whole_after(
    toks: Sequence[Tok], norms: Sequence[str], last: int, lex: Lexicon, metrics: Metrics
) -> NounPhrase | None:
    """Session 11: the noun of the whole right after "of" / "de" and its figure ("resettled
    1,285 of 10,000 refugees", "acogió a 12 de 40 refugiados"): the part counts what its
    whole counts; ``None`` where no figure and person noun follow."""
    j = last + 1
    if j >= len(norms) or toks[j].kind != "n":
        return None
    k = j + 1
    while k < len(norms) and k < j + 3 and norms[k] in lex.number_words:
        k += 1  # "10 million", "40 mil"
    np = noun_phrase(toks, norms, k, lex, metrics, percent=False)
    return np if np.kind in ("person", "noun") else None


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
_ROLL_SHARES = frozenset({"abstention", "turnout"})
"""What a share of the roll may be by its subject ("la abstención fue del 26% del censo")."""
_RATES = tables_en.RATE_WORDS + tables_es.RATE_WORDS
_RATE_FIRSTS = frozenset(p[0] for p in _RATES)
_RATE_REACH = 6
"""How many words after a figure's noun its rate is looked for ("arrive on the island per
day")."""


_NOT_RATE_BEFORE = frozenset(
    {"in", "for", "within", "one", "single", "than", "of", "en", "un", "solo", "same", "que", "de"}
)
"""Words that make "a day" a span, not a rate: "killed 30 in a day", "for a day"."""
_NOT_RATE_AFTER = tables_en.RATE_NOT_AFTER | tables_es.RATE_NOT_AFTER


def not_rate_after(norms: Sequence[str], after: int) -> bool:
    """Whether the word at ``after``, past a rate phrase, makes it a point in time ("32 a day
    earlier", "un día antes"): no rate (session 13)."""
    return after < len(norms) and norms[after] in _NOT_RATE_AFTER


def _rate_after(toks: Sequence[Tok], norms: Sequence[str], k: int) -> bool:
    """Whether a rate phrase ("per day", "al día", "diarios") follows ``k`` in its clause."""
    for j in range(k, min(k + _RATE_REACH, len(norms))):
        if toks[j].kind in ("p", "n"):
            return False
        if norms[j] in _RATE_FIRSTS and norms[j - 1] not in _NOT_RATE_BEFORE:
            for phrase in _RATES:
                if tuple(norms[j : j + len(phrase)]) == phrase and (len(phrase) > 1 or j <= k + 1):
                    # "daily" / "diarios" only next to the noun or its verb
                    return not not_rate_after(norms, j + len(phrase))
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
    if np.kind == "elided" and not percent and last < len(norms) and norms[last] in _OF:
        of_whole = _whole_after(toks, norms, last, lex, metrics)
        if of_whole is not None:  # "resettled 1,285 of 10,000 refugees": what its whole counts
            np = of_whole
    if np.kind == "other":
        return np, None
    if not percent and _chamber_vote(norms, np):
        return NounPhrase("other", first, last), None  # "176 votos a favor y 170 en contra"
    if not percent and _parallel_things(toks, norms, first, np):
        return NounPhrase("other", first, last), None  # "8,000 homes and 20,000 others"
    if percent and np.metric == "registered_voters" and voted(norms, np.last):
        return np._replace(metric="turnout"), "turnout"  # "60% of registered voters voted"
    if (percent and abstained(norms, max(np.last, last))) or (
        (percent or np.kind == "person" or np.metric in ROLLS)
        and abstained_from_vote(norms, max(np.last, last))
    ):
        return np, "abstention"  # "85% did not vote", "el 40% de los electores no votaron"
    if percent and np.metric in ROLLS and cast(norms, first, np.last):
        return np._replace(metric="turnout"), "turnout"  # "votó el 64% del padrón"
    if percent and (
        turnout_share(norms, np) or (np.kind == "elided" and turnout_apposition(toks, norms, first))
    ):
        return np._replace(metric="turnout"), "turnout"  # "35% of voters cast a ballot"
    if percent and np.metric in ROLLS:
        at = subject_share(toks, norms, first)
        own = share_metric(norms[at], metrics, norms) if at is not None else None
        if own in _ROLL_SHARES:  # session 12: "la abstención fue del 26% del censo electoral"
            return np._replace(metric=own), own
    if np.kind == "elided" and not percent:
        item = cause_item_head(toks, norms, first, last)
        if item is not None:  # round 12: "310 muertos por metralla, 95 por asfixia"
            return _read_metric(toks, norms, item, item + 1, lex, metrics, percent=False)
    if np.kind == "elided" and (
        _after_things(toks, norms, first) or _total_of_things(toks, norms, first)
    ):
        return NounPhrase("other", first, last), None  # "155 boats, 40 more than last year"
    if np.kind == "elided" and not percent:
        head = count_head_noun(toks, norms, first, lex, metrics, _STOP - {","}, past_numbers=True)
        if head is not None and (
            _names_things(toks, norms, head.first, lex) or not_people(head, norms)
        ):
            # "el número de familias desplazadas pasó de 1.240 a 3.915": families, not people;
            # "el número de denuncias recibidas subió a nueve": complaints
            return NounPhrase("other", first, last), None
        named = count_head_noun(toks, norms, first, lex, metrics, _STOP - {","})
        if (
            named is not None
            and named.metric is not None
            and named.last <= first
            and _NEW_CLAUSE.isdisjoint(norms[named.last : first])
        ):
            # "el número de heridos es de 300 y el de desaparecidos …": the head counted,
            # never the next clause's noun; round 11: a participle right after an event noun
            # says what happened to them ("el número de heridos ingresados": hospitalized)
            own = named.metric
            if named.kind == "noun" and named.last < first:
                own = combine(named, toks, norms, None, named.last, lex, metrics) or own
            return named, own
    if not percent and (
        np.kind == "elided" or (np.kind == "person" and is_generic(norms[np.last - 1]))
    ):
        toll = _toll_subject(toks, norms, first, lex)
        if toll is not None:  # session 10: "the death toll from X that hit Y rose to 54 people"
            return (toll if np.kind == "elided" else np), toll.metric
    if np.kind == "elided" and not percent:
        subject = copula_subject(toks, norms, first, lex, metrics)
        if subject is not None:  # session 10: "the total registered voters were 9,712,400"
            return subject, subject.metric
        subject = _level_subject(toks, norms, first, lex)
        if subject is not None:  # "measles cases rose to 1,240": the subject is counted
            level = combine(subject, toks, norms, None, last, lex, metrics)
            if level is None and _all_cases(norms, subject):
                level = "cases"  # "…killed 81, and cases rose to 1,200": never the deaths
            return subject, level
    if percent and np.kind == "elided" and _change_of_things(toks, norms, np.first, lex):
        return NounPhrase("other", first, last), None  # "un aumento de 147% en … hogares"
    if percent and np.kind == "elided":
        share = share_before(toks, norms, first)
        if share is None:  # "la adhesión de los docentes al paro de ayer fue del 35%"
            share = subject_share(toks, norms, first)
        if share is None and rate_subject(toks, norms, first):
            return NounPhrase("other", first, last), None  # "the jobless rate was 9%"
        if share is None and compared(norms, first):
            share = share_near(toks, norms, first, last)  # "…, up from a provisional 61.4%"
        if share is None:
            share = share_near(toks, norms, first, last)
            if share is not None and norms[share] not in lex.event_words:
                share = None  # only a share noun the event index would read as a crowd
        if share is not None:  # "turnout was 60%": the share noun names what is counted
            metric = share_metric(norms[share], metrics, norms)
            return NounPhrase("noun", share, share + 1, metric), metric
    governor = governing_word(norms, first, lex)
    if governor is None and not percent and found_governor(norms, first, last):
        governor = "accounted_for"  # "have accounted for 195 people" (session 10, g-cases)
    after_at = np.last if np.kind != "elided" else last
    if np.kind == "elided" and abstained(norms, last):
        return np, "abstention"  # "2 million did not vote"
    if governor is None and held_before(norms, first, lex):
        head_word = norms[np.last - 1] if np.last > np.first else ""
        return np, stock_metric(head_word, np.metric, norms, after_at, lex, metrics)
    if np.kind in ("person", "noun") and not _whole_before(toks, norms, first):
        if stayed_at_work(norms, after_at):
            return np, "non_strikers"  # "202 members have remained on the job"
        if governor is None and board_before(norms, first, lex) and _may_board(np, norms):
            return np, "people_on_board"  # "a boat crammed with 300 migrants"
        if board_after(norms, after_at) and _may_board(np, norms):
            return np, "people_on_board"  # session 13: "120 migrants being on board"
    if np.kind == "elided" and not percent and board_after(norms, last):
        return np, "people_on_board"  # session 13: "survivors said 169 had been aboard"
    whole = _whole_before(toks, norms, first)  # round 11: "8 of the 30 crew survived": the 8's verb
    combined = combine(np, toks, norms, governor, after_at, lex, metrics, whole=whole)
    if combined is None and np.kind == "person" and _all_cases(norms, np):
        combined = "cases"  # "45 cholera cases and 3 deaths": cases, never the deaths
    if combined == "displaced" and np.kind in ("noun", "person") and np.first >= last:
        combined = displaced_outcome(norms, np.last) or combined  # "refugees have returned"
    if combined is None and np.kind == "person" and norms[np.last - 1] in _CASE_HEADS:
        # round 11: narrowed cases ("120 confirmed cases and one death") are named by their
        # own words, never by the event of the next figure of the sentence
        combined = metrics.normalize(" ".join(norms[np.first : np.last]))
    if combined is None and np.kind == "person" and norms[np.last - 1] in LIFTABLE:
        combined = clause_event(toks, norms, first, np.last, lex)  # "han llegado … 17.217 personas"
    if combined in (None, "protesters") and (
        strike_joined_by(toks, norms, first)
        or (
            np.kind in ("person", "noun")
            and not _whole_before(toks, norms, first)
            and joined_strike(norms, np.last)
        )
    ):
        combined = "strikers"  # "the walkout was joined by 12,000 nurses", "N joined the strike"
    if combined is None and whole and np.kind == "person" and norms[np.last - 1] in _WORKFORCE:
        clause = norms[: _clause_end(norms, np.last)]  # the whole's clause, not the part's
        if not joined_strike(clause, np.last) and not struck(clause, first, np.last):
            # session 13: "de los 69.840 docentes llamados a la huelga, se sumaron 14.980":
            # the workforce, the base of the strike; "de los 300 que la secundaron" struck
            combined = metrics.normalize(" ".join(norms[np.first : np.last]))
    if combined is None and np.kind == "person" and struck(norms, first, np.last):
        combined = "strikers"  # "el paro fue secundado por un 10% de los trabajadores"
    if combined == "protesters" and came_to_vote(norms, first, max(np.last, last)):
        combined = "turnout" if percent else "voters"  # "… y acudieron 400 vecinos"
    if (
        not percent
        and np.kind == "person"
        and combined in (None, np.metric, "voters")  # "registered to vote": not who voted
        and (is_generic(norms[np.last - 1]) or is_demonym(norms[np.last - 1], lex))
        and on_roll(norms, np.last)
    ):
        combined = (
            "registered_voters"  # session 13: "19,5 millones … estaban inscritos en el padrón"
        )
    if electorate_turnout(norms, np, combined, percent=percent):
        combined = "turnout"  # session 13: "60 percent of eligible voters, the highest turnout"
    if percent and combined == "protesters":
        share = share_near(toks, norms, first, max(np.last, last))
        if share is not None:  # "60 percent of eligible voters, the highest turnout since"
            combined = share_metric(norms[share], metrics, norms)
    if combined is None and np.kind == "person" and _part_follows(norms, np.last):
        # round 11: "un total de 494 víctimas, de las cuales 18 murieron": the part's event
        # is not the whole's, which takes the event before it in its sentence
        said = norms[np.last - 1]
        if is_generic(said) or said in _UNDERGOERS:
            combined = event_before(norms, first, lex) or metrics.normalize(said)
    if combined is None and np.kind == "elided" and not percent:
        before = _pair_before(toks, norms, first)
        if before is not None:  # round 11: "cifraron los heridos ingresados en 113 y 105"
            return _read_metric(toks, norms, before, first - 1, lex, metrics, percent=False)
    return np, combined


_WORKFORCE = tables_en.GROUP_WORKERS | tables_es.GROUP_WORKERS
"""Nouns of a workforce: as the whole of a breakdown it is the base of a strike, never its
strikers ("of the 4,000 teachers, 1,200 joined the strike")."""


def _clause_end(norms: Sequence[str], k: int) -> int:
    """The index of the first clause stop from ``k`` on ("," ";" "."), else the end."""
    for j in range(k, len(norms)):
        if norms[j] in _STOP:
            return j
    return len(norms)


_PART_RELATIVES = tables_en.PART_RELATIVES + tables_es.PART_RELATIVES
_UNDERGOERS = GENERIC | LIFTABLE
"""Heads that say only whom an event happened to ("victims", "personas")."""


def _part_follows(norms: Sequence[str], k: int) -> bool:
    """Whether a comma and a relative of a part ("of whom", "de las cuales") follow the noun
    of a figure that ends at ``k``: the clause after it is about a part of those people."""
    if k >= len(norms) or norms[k] != ",":
        return False
    return any(tuple(norms[k + 1 : k + 1 + len(p)]) == p for p in _PART_RELATIVES)


_PAIRED = frozenset({"y", "and", "o", "or", "e", "u"})


def _pair_before(toks: Sequence[Tok], norms: Sequence[str], first: int) -> int | None:
    """Where the figure starts that a bare figure is paired with ("113 y 105", "40 or 50"):
    the two are values of one count, so the second counts what the first does. ``None`` where
    the word before is no "and" / "y" after digits."""
    if first < 2 or norms[first - 1] not in _PAIRED or toks[first - 2].kind != "n":
        return None
    return first - 2


_CASE_HEADS = tables_en.CASE_HEADS | tables_es.CASE_HEADS
_CASE_NARROWERS = tables_en.CASE_NARROWERS | tables_es.CASE_NARROWERS


def _all_cases(norms: Sequence[str], np: NounPhrase) -> bool:
    """Whether a figure's head counts cases with no modifier that narrows them ("45 cholera
    cases", "63 casos de cólera"; not "5,000 laboratory-confirmed cases", "15 casos
    confirmados")."""
    if norms[np.last - 1] not in _CASE_HEADS:
        return False
    around = norms[np.first : np.last + 1]
    return _CASE_NARROWERS.isdisjoint(around)


_BOARDED = frozenset({"migrants", "people_on_board", "displaced"})
"""Metrics of heads a vessel's verb makes people on board ("carrying 120 migrants"); an event
head ("carrying 40 bodies") keeps its own."""


def _may_board(np: NounPhrase, norms: Sequence[str]) -> bool:
    """Whether a figure's head names people a vehicle may carry: a generic head ("120
    people"), or migrants and passengers."""
    if np.kind == "person":
        return np.metric is None or np.metric in _BOARDED
    return np.metric in _BOARDED


def _whole_before(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether a figure is the whole of a partitive ("600 of the 2,000 drivers", round 12:
    "of its 2.2 million residents"): what its clause says is of the part."""
    if first >= 2 and norms[first - 1] in ("the", "los", "las") and norms[first - 2] in _OF:
        return True
    return whole_figure_before(toks, norms, first)


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
        metric = combine(np, toks, norms, governing_word(norms, k, lex), np.last, lex, metrics)
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
