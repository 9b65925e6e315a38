"""The words that govern a figure: an event word before it ("freed 22", "the release of 99"),
the verb phrase after its noun ("were released", "remain detained"), and how these combine
with the head noun's own metric (a stock of people held, a boat's passengers).

`discrepancy.extraction.counted` calls ``combine`` once it has the figure's noun phrase.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_noun import NounPhrase
from discrepancy.extraction.indexes import Metrics, event_in, held_default, names_a_thing
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.metrics import MetricKind

__all__ = [
    "board_after",
    "board_before",
    "combine",
    "found_governor",
    "governing_word",
    "held_before",
    "stock_metric",
]

_QUOTE_PUNCT = frozenset({"“", "”", '"', "«", "»", "'", "’"})
_STOP = frozenset({",", ";", ".", ":", "!", "?", "—"})


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


_WINDOW = 8
"""How many words after a figure's noun its verb phrase may start in."""
_PHRASE_TAIL = 3
"""Words read past the window so that a phrase starting in it is read whole (round 9: "90
residents of the upper valley have been victims of homicide", not "victims" alone)."""


_ASIDE_OPENERS = tables_en.INCLUDING_WORDS | tables_es.INCLUDING_WORDS
_ASIDE_REACH = 8
"""How long an ", including N children," aside between a noun and its verb may be."""


def _aside_end(toks: Sequence[Tok], j: int) -> int | None:
    """For a comma before ``toks[j]`` that opens an aside naming a part of the people counted
    ("about 45 villagers, among them 12 women, died"; "unos 40 civiles, entre ellos 12
    menores, murieron"), the index after the comma that closes it, else ``None``."""
    if j >= len(toks) or toks[j].norm not in _ASIDE_OPENERS:
        return None
    for m in range(j + 1, min(j + _ASIDE_REACH, len(toks))):
        w = toks[m].norm
        if w == ",":
            return m + 1
        if w in _STOP:
            return None
    return None


def _after(
    toks: Sequence[Tok], k: int, lex: Lexicon, *, whole: bool = False
) -> tuple[str, bool] | None:
    """The event in the verb phrase after the noun (past quotes, adverbs, a parenthesis).

    For the whole of a partitive (``whole``: "8 of the 30 crew survived") the verb is the
    part's: only a description of the whole is read ("of the 40 people kidnapped")."""
    window: list[str] = []
    depth = 0
    j = k
    n = len(toks)
    cut = False
    while j < n:
        t = toks[j]
        w = t.norm
        j += 1
        if t.kind == "w" and not depth:  # most tokens: a word outside a parenthesis
            if (w.endswith("ly") and len(w) > 4) or (w.endswith("mente") and len(w) > 6):
                continue
            if _next_figure(w, window, lex):
                break  # round 11: "88 cases and four deaths": the next figure's noun is its own
            window.append(w)
            if len(window) == _WINDOW + _PHRASE_TAIL:
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
            closed = _aside_end(toks, j)
            if closed is not None:  # ", among them 12 women," (round 9): read past it
                j = closed
                continue
            break
        if t.kind == "n" and tuple(window[-2:]) in _AMONG_THE:
            continue  # session 10: "85 activists were among the 3,100 convicts freed"
        if t.kind == "n":
            cut = True  # the window ends where the next figure begins
        if w in _STOP or t.kind == "n":
            break
        if (w.endswith("ly") and len(w) > 4) or (w.endswith("mente") and len(w) > 6):
            continue
        window.append(w)
        if len(window) == _WINDOW + _PHRASE_TAIL:
            break
    words, firsts = lex.event_words, lex.phrase_firsts
    for m, w in enumerate(window[:_WINDOW]):
        if (
            cut
            and m
            and not _NEW_CLAUSE.isdisjoint(window[:m])
            and _TO_FIGURE.issuperset(window[m + 1 :])
        ):
            # g-what: "affected 120,000 and displaced 30,000": the next figure's verb; session
            # 12: also past a place or an auxiliary ("106 migrantes y en X fueron rescatados 23")
            continue
        if w in _NEW_CLAUSE and m + 1 < len(window) and window[m + 1] in _NEW_SUBJECT:
            return None  # "300 y el de desaparecidos …": the next clause's own noun
        if _others_object(window, m):
            continue  # "500 rescuers combed the hills for the missing": the missing are others
        if w in words or w in firsts or (w in _OWN_VERBS and not whole):
            found = _event_at(window, m, lex) if not whole else event_in(window, m, lex)
            if found is not None and whole:  # round 11: past the whole's description, the
                return found if _describes(window, m) else None  # verb is the part's
            if found is not None:
                return _main_verb(window, m, lex) or _predicate(window, m, lex) or found
    return None


_OWN_VERBS = {**tables_en.PREDICATE_EVENTS, **tables_es.PREDICATE_EVENTS}
_TO_FIGURE = frozenset(
    {"a", "al", "another", "some", "about", "nearly", "almost", "more", "than", "at", "least"}
    | {"unos", "unas", "otros", "otras", "casi", "cerca", "de", "mas", "menos", "al"}
)
"""g-what: words between a coordinated verb and the figure it governs ("y desplazaron a
30.000", "and displaced some 30,000"): that verb is the next figure's, not this one's."""
_BODIES = tables_en.DEAD_BODY_NOUNS | tables_es.DEAD_BODY_NOUNS
_OBJECT_ARTICLES = frozenset({"the", "los", "las"})
_MEMBERSHIP = frozenset({"among", "of", "entre", "de"})


def _others_object(window: Sequence[str], m: int) -> bool:
    """Whether ``window[m]`` heads a noun phrase of other people that the figure's verb acts
    on ("500 rescuers combed the hills for the missing", "atienden a los heridos"): a plural
    article right before it, not after "among" / "of" / "entre" / "de", which make the
    figure one of them ("12 women among the dead") (session 10)."""
    return (
        m >= 2
        and window[m - 1] in _OBJECT_ARTICLES
        and window[m - 2] not in _MEMBERSHIP
        and window[0] not in _MEMBERSHIP
    )


_AMONG_THE = tables_en.AMONG_THE + tables_es.AMONG_THE


def _event_at(window: Sequence[str], m: int, lex: Lexicon) -> tuple[str, bool] | None:
    """The event at ``window[m]``, the round-11 verbs read only as a figure's own verb
    ("had escaped", "sobrevivieron") included."""
    if window[m] in lex.phrase_firsts:  # "ingresados en prisión": a phrase of its own
        found = event_in(window, m, lex)
        if found is not None:
            return found
    own = _OWN_VERBS.get(window[m])
    return (own, False) if own is not None else event_in(window, m, lex)


_RELATIVES = tables_en.RELATIVE_WORDS | tables_es.RELATIVE_WORDS
_PREDICATE_MARKS = tables_en.PREDICATE_MARKS | tables_es.PREDICATE_MARKS
_ONE = tables_en.ONE_WORDS | tables_es.ONE_WORDS


def _next_figure(w: str, window: Sequence[str], lex: Lexicon) -> bool:
    """Whether the word ``w`` after a figure's noun starts the next figure of the sentence: a
    number word or "one" right after a coordinator ("88 cases and four deaths"); the words
    after it are that figure's own. A number word elsewhere is a determiner ("the two
    drivers among them"), not a new figure."""
    figure = w in lex.number_words or w in _ONE or w in _NO  # session 10: "one case and no deaths"
    return figure and bool(window) and window[-1] in _NEW_CLAUSE


_NO = tables_en.NO_WORDS | tables_es.NO_WORDS


def _describes(window: Sequence[str], m: int) -> bool:
    """Whether the event word at ``window[m]`` describes the people counted: right after
    their noun ("pupils kidnapped"), after a relative and its auxiliaries ("who were
    kidnapped"), or as the noun of its complement ("víctimas de secuestro")."""
    if not m or (m == 1 and window[0] in _OF):
        return True
    return window[0] in _RELATIVES and _PASSIVE_AUX.issuperset(window[1:m])


_OF = frozenset({"of", "de", "del"})


def _predicate(window: Sequence[str], m: int, lex: Lexicon) -> tuple[str, bool] | None:
    """Round 11: the event of the people's own verb after a description of them.

    An event word right after the noun, or after a relative and its auxiliaries ("15 pupils
    kidnapped last week", "40 alumnos que fueron secuestrados"), only describes the people
    counted; an event verb further on in the same clause, after an auxiliary or a verb of
    managing ("have escaped", "lograron escapar", "were later freed"), says what happened
    to them, and that is what the figure counts. ``None`` where the event at ``m`` is not
    such a description or no such verb follows.
    """
    if not _describes(window, m):
        return None  # "were feared to have drowned": the people's own verb, no description
    if m == 1 and window[0] in _OF and len(window) > 2:  # "víctimas de secuestro muertas":
        found = _event_at(window, 2, lex)  # the participle after the complement is theirs
        if found is not None:
            return found
    for j in range(m + 2, len(window)):
        if window[j - 1] in _NEW_CLAUSE:
            return None  # "arrested and released": one description, not a predicate
        if window[j - 1] not in _PREDICATE_MARKS:
            continue
        found = _event_at(window, j, lex)
        if found is not None:
            return found
    return None


_PASSIVE_REACH = 10
"""How many tokens after a figure's noun the passive verb of its clause is looked for."""


def _passive_verb(toks: Sequence[Tok], k: int, lex: Lexicon) -> str | None:
    """The event of the passive verb the counted people are the subject of ("90 people
    arrested in the raids were released", "80 personas detenidas fueron liberadas"): in the
    clause after the noun, a passive auxiliary and an event participle; ``None`` where the
    clause has none or the event is a level ("remain detained")."""
    window: list[str] = []
    for j in range(k, min(k + _PASSIVE_REACH + 2, len(toks))):
        t = toks[j]
        if t.kind != "w" or t.norm in _STOP or t.norm in _NEW_CLAUSE:
            break  # "15 detenidos … y seis personas que fueron liberadas": not the 15's verb
        window.append(t.norm)
    for m in range(min(len(window) - 1, _PASSIVE_REACH)):
        if window[m] not in _PASSIVE_AUX:
            continue
        n = m + 1
        if window[n] in _PASSIVE_AUX and n + 1 < len(window):
            n += 1  # "have been freed", "han sido liberados"
        if window[n] in _PREDICATE_MARKS and n + 1 < len(window):
            n += 1  # round 11: "were later released", "fueron luego liberados"
        found = _event_at(window, n, lex)
        if found is not None and not found[1]:
            return found[0]
        return None
    return None


def governing_word(norms: Sequence[str], first: int, lex: Lexicon) -> str | None:
    """An event word governing the number: "the release of 99", "freed 22", "let out 100"."""
    j = first - 1
    steps = 0
    skip = lex.skip_before_number
    while (
        j >= 0 and (norms[j] in skip or norms[j] == "to" or norms[j] in _QUOTE_PUNCT) and steps < 3
    ):
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


_FOUND = tables_en.FOUND_GOVERNORS | tables_es.FOUND_GOVERNORS


def found_governor(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether the figure at ``[first, last)`` is the object of words of finding people right
    before it ("have accounted for 195 people", "dieron con 40"), and no part of a whole after
    it ("accounted for 30 of the victims"; session 10, g-cases)."""
    if last < len(norms) and norms[last] in _OF:
        return False
    return any(first >= len(p) and tuple(norms[first - len(p) : first]) == p for p in _FOUND)


def combine(
    np: NounPhrase,
    toks: Sequence[Tok],
    norms: Sequence[str],
    governor: str | None,
    after_at: int,
    lex: Lexicon,
    metrics: Metrics,
    *,
    whole: bool = False,
) -> str | None:
    """The metric from the head noun, the governing word and the verb phrase after the noun
    (which starts at token ``after_at``; read only when the first two do not decide; for the
    whole of a partitive, ``whole``, only the description after its noun)."""
    head_metric = np.metric
    head_word = norms[np.last - 1] if np.last > np.first else ""
    if (
        governor is not None
        and governor != head_metric
        and np.kind == "noun"
        and head_word in lex.person_nouns
        and head_word in lex.event_words
    ):
        # round 9b: the event the verb reports wins over the words that describe the people
        # it is done to ("freed 300 people arrested in the protests", "liberó a 300 detenidos":
        # releases); an event noun as the head ("recorded 30 arrests") is not a description
        return governor
    if (
        governor is None
        and head_word in lex.event_words
        and np.kind == "noun"
        and head_word in lex.person_nouns
    ):
        own = _passive_verb(toks, after_at, lex)
        if own is not None and own != head_metric:
            return own  # "90 people arrested in the raids were released on bail": releases
    if (
        np.kind == "noun"
        and head_metric is not None
        and head_word in lex.event_words
        and (metrics.kind(head_metric) is not MetricKind.STOCK)
    ):
        if not whole and after_at < len(norms):  # round 11: "heridos ingresados", "detainees
            then = _event_at(norms, after_at, lex)  # freed": the participle right after the
            if then is not None and not then[1]:  # event noun says what happened to them
                return then[0]
        return head_metric
    crowd = head_metric is not None and metrics.kind(head_metric) is MetricKind.EVENT_COUNT
    if governor is not None:
        if crowd and metrics.kind(governor) is MetricKind.EVENT_COUNT:
            return head_metric  # "demonstrators" on a strike day stay protesters
        return governor
    if head_word in _BODIES and not whole:
        return "deaths"  # session 10: "dos cadáveres de los mineros desaparecidos": the dead
    after = _after(toks, after_at, lex, whole=whole)
    if after is not None:
        metric, stock = after
        if crowd and not stock and metrics.kind(metric) is MetricKind.EVENT_COUNT:
            return head_metric
        if stock:
            return stock_metric(head_word, head_metric, norms, after_at, lex, metrics)
        return metric
    return head_metric


def stock_metric(
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
_BOARD_LINKS = tables_en.BOARD_LINKS | tables_es.BOARD_LINKS


def board_before(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """Whether a vehicle's verb governs the figure from just before it ("carrying around 120
    people", "llevaba a 45 personas", "crammed with 300 migrants")."""
    j = first - 1
    while (
        j >= 0
        and first - j <= 3
        and (
            norms[j] in _HOLD_SKIP or norms[j] in lex.skip_before_number or norms[j] in _BOARD_LINKS
        )
    ):
        j -= 1
    return j >= 0 and norms[j] in _BOARD_VERBS


_ABOARD = tables_en.ABOARD_PHRASES + tables_es.ABOARD_PHRASES
_ABOARD_SKIP = tables_en.ABOARD_SKIP | tables_es.ABOARD_SKIP
_ABOARD_REACH = 3


def board_after(norms: Sequence[str], k: int) -> bool:
    """Session 13: whether "aboard" / "on board" / "a bordo" follows a figure (or its noun)
    ending at ``k``, past at most `_ABOARD_REACH` words of being ("169 had been originally
    aboard", "120 migrants being on board"): the people on the vessel."""
    j = k
    while j < len(norms) and j - k < _ABOARD_REACH and norms[j] in _ABOARD_SKIP:
        j += 1
    return any(tuple(norms[j : j + len(p)]) == p for p in _ABOARD)


def held_before(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """Whether a hold verb governs the figure ("were still holding 40 others", "retienen a
    otros 20"): the figure is a level of people held, whatever verb an earlier clause has."""
    j = first - 1
    while (
        j >= 0 and first - j <= 4 and (norms[j] in _HOLD_SKIP or norms[j] in lex.skip_before_number)
    ):
        j -= 1
    return j >= 0 and norms[j] in _HOLD_VERBS
