"""What a generic head counts, read from the event of its clause (round 5, audit 2 P2).

A head like "personas", "people" or "ciudadanos" says only who is counted; the verb or noun
that governs the figure in its clause says what ("30.000 personas acudieron a la marcha",
"han llegado por mar 7.300 personas", "secuestraron a 12 personas"). Also here: people who
came to a vote are voters, workers who joined a strike are strikers, and whether a figure is
what a source gave (for the article's topic, in `discrepancy.extraction.reading`).
`discrepancy.extraction.counted` calls these after its own rules have found no metric.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "LIFTABLE",
    "came_to_vote",
    "clause_event",
    "event_before",
    "given_by_source",
    "joined_strike",
    "sentence_event",
    "stayed_at_work",
    "strike_joined_by",
    "struck",
]

_CROWD_NOUNS = {**tables_en.CROWD_NOUNS, **tables_es.CROWD_NOUNS}
_STRIKES = frozenset(w for w, m in _CROWD_NOUNS.items() if m == "strikers") | {"paro", "strikes"}
_LEVEL_VERBS = tables_en.LEVEL_VERBS | tables_es.LEVEL_VERBS

_CLAUSE_EVENTS = {**tables_en.GENERIC_EVENTS, **tables_es.GENERIC_EVENTS}
_OWN_CLAUSE_EVENTS = {**tables_en.OWN_CLAUSE_EVENTS, **tables_es.OWN_CLAUSE_EVENTS}
"""Round 8: event nouns that say what a generic figure counts only in its own clause
("la policía cifró la participación en 900 personas"), never from elsewhere in the sentence."""
_OWN_CLAUSE_EVENTS.update({**tables_en.PREDICATE_EVENTS, **tables_es.PREDICATE_EVENTS})
_OWN_CLAUSE_EVENTS.update({**tables_en.CARE_VERBS, **tables_es.CARE_VERBS})
"""Round 11: the verbs read only as a figure's own ("sobrevivieron 19 personas", "people
were being treated")."""
_CLAUSE_PHRASES = {**tables_en.GENERIC_EVENT_PHRASES, **tables_es.GENERIC_EVENT_PHRASES}
_CLAUSE_PHRASES_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _metric in _CLAUSE_PHRASES.items():
    _CLAUSE_PHRASES_BY_LAST.setdefault(_phrase[-1], []).append((_phrase, _metric))
LIFTABLE = frozenset(
    {"people", "personas", "persons", "individuals", "individuos", "citizens", "ciudadanos"}
    | {"gente", "residents", "villagers", "vecinos", "habitantes", "pobladores"}
    | {"inhabitants"}  # round 12
)
"""Heads that say only who, not what happened to them: the clause's event word says what their
figure counts ("30.000 personas acudieron", "10,000 residents were evacuated")."""
_VOTING = tables_en.VOTING_WORDS | tables_es.VOTING_WORDS
"""A vote in the sentence makes people who came to it voters, not a crowd."""


_ATTENDED = tables_en.ATTEND_WORDS | tables_es.ATTEND_WORDS
_WORKERS = tables_en.WORKER_HEADS | tables_es.WORKER_HEADS
_STRIKE_JOIN = tables_en.STRIKE_JOIN_WORDS | tables_es.STRIKE_JOIN_WORDS
_STRIKE_VERB_NOUNS = tables_en.STRIKE_VERB_NOUNS | tables_es.STRIKE_VERB_NOUNS
_DETERMINERS = frozenset(
    {"el", "un", "del", "al", "su", "este", "ese", "aquel", "nuevo", "the", "a", "this"}
)


def struck(norms: Sequence[str], first: int, last: int, *, strike_named: bool = False) -> bool:
    """Whether workers counted in a sentence about a strike are those who joined it: a word
    of joining or following ("secundado por", "que siguieron la jornada", "joined") in the
    figure's clause ("los sindicatos hablan de 730.000 trabajadores que siguieron la
    jornada"). Workers merely named ("una plantilla de 3.000 trabajadores") are not.
    ``strike_named``: the caller knows a strike is named near the sentence (round 11), so
    the sentence itself need not name it."""
    if last <= first or norms[last - 1] not in _WORKERS:
        return False
    if not strike_named and _STRIKES.isdisjoint(norms):
        return False
    lo = max(first - _CLAUSE_REACH, 0)
    near = norms[lo : last + _CLAUSE_REACH]
    if not _STRIKE_JOIN.isdisjoint(near):
        return True
    return any(  # "paró el 16 % de la población": the verb, not "el paro"
        w in _STRIKE_VERB_NOUNS and (k == 0 or norms[k - 1] not in _DETERMINERS)
        for k, w in enumerate(near, lo)
    )


def came_to_vote(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether a figure counts people who came to a vote: a word of coming or taking part
    near it ("acudieron", "joined at the polls"), in a sentence about a vote that names no
    gathering. Protesting ("protested the election result") is still a crowd."""
    if _VOTING.isdisjoint(norms) or not _CROWD_NOUNS.keys().isdisjoint(norms):
        return False
    near = norms[max(first - _CLAUSE_REACH, 0) : last + _CLAUSE_REACH]
    return not _ATTENDED.isdisjoint(near)


_CLAUSE_REACH = 8
"""How many words before and after a generic figure its clause's event word is looked for."""
_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "—", "–"})
_CLAUSE_OPENERS = frozenset({"while", "whereas", "but", "mientras", "pero", "aunque", "y", "and"})
_LEVEL_LINKS = frozenset({"a", "to", "at", "los", "las", "hasta", "unos", "unas", "some"})
"""Between a level verb and its figure ("llegaron a 300", "reached some 300"): a level, not an
arrival."""


def _clause_word(norms: Sequence[str], j: int, lex: Lexicon) -> str | None:
    """The metric an event word or phrase ending at ``j`` names, generic words included."""
    w = norms[j]
    for phrase, metric in _CLAUSE_PHRASES_BY_LAST.get(w, ()):
        if j + 1 >= len(phrase) and tuple(norms[j + 1 - len(phrase) : j + 1]) == phrase:
            return metric
    for phrase, metric in lex.event_phrases_by_last.get(w, ()):
        if j + 1 >= len(phrase) and tuple(norms[j + 1 - len(phrase) : j + 1]) == phrase:
            return metric
    return _CLAUSE_EVENTS.get(w) or lex.event_words.get(w)


_PURPOSE_LINKS = tables_en.PURPOSE_LINKS | tables_es.PURPOSE_LINKS
_PURPOSE_EVENTS = {**tables_en.PURPOSE_EVENTS, **tables_es.PURPOSE_EVENTS}


def _purpose(norms: Sequence[str], j: int) -> str | None:
    """Round 12 (f-count): the event a verb at ``j`` is done for, when a purpose follows it
    ("habían llegado para manifestarse", "came to protest"): people who arrived somewhere to
    take part in an event are counted as that event's, not as arrivals; else ``None``."""
    if j + 2 < len(norms) and norms[j + 1] in _PURPOSE_LINKS:
        return _PURPOSE_EVENTS.get(norms[j + 2])
    return None


def clause_event(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, lex: Lexicon
) -> str | None:
    """The metric the event word of a generic figure's own clause names, else ``None``.

    A head like "personas" or "people" says only who is counted; the verb or noun that
    governs the figure in its clause says what: "30.000 personas acudieron a la marcha"
    (protesters), "han llegado irregularmente a Canarias 17.217 personas" (arrivals), "la
    entidad cifró la asistencia en 5.000 personas". The words after the noun (its verb) are
    read first, then those before the number; neither search crosses a clause stop, a
    contrast word or another number, nor goes further than `_CLAUSE_REACH` words.
    """
    n = len(norms)
    for j in range(last, min(last + _CLAUSE_REACH, n)):
        if toks[j].kind == "n" or norms[j] in _CLAUSE_STOPS or norms[j] in _CLAUSE_OPENERS:
            break
        found = _clause_word(norms, j, lex) or _OWN_CLAUSE_EVENTS.get(norms[j])
        if found is not None:
            return _purpose(norms, j) or found
    for j in range(first - 1, max(first - _CLAUSE_REACH, 0) - 1, -1):
        if toks[j].kind == "n" or norms[j] in _CLAUSE_STOPS or norms[j] in _CLAUSE_OPENERS:
            break
        found = _clause_word(norms, j, lex) or _OWN_CLAUSE_EVENTS.get(norms[j])
        if found is None:
            continue
        if (norms[j] in _LEVEL_VERBS or norms[j] in lex.revision_verbs) and all(
            w in _LEVEL_LINKS for w in norms[j + 1 : first]
        ):
            return None  # "la cifra llegó a 300 personas": the level of another count
        return found
    return None


_SENTENCE_REACH = 40
"""How far (in words) a generic figure with no event in its clause looks in its sentence."""


def sentence_event(norms: Sequence[str], first: int, last: int, lex: Lexicon) -> str | None:
    """The nearest event word of the sentence to a generic figure whose clause has none
    ("Miles de ciudadanos, 80.000 según la Delegación, salieron a la calle"), at most
    `_SENTENCE_REACH` words away (the work per figure stays bounded)."""
    n = len(norms)
    for d in range(1, _SENTENCE_REACH):
        after, before = last - 1 + d, first - d
        if after >= n and before < 0:
            break
        for j in (after, before):
            if 0 <= j < n:
                found = _clause_word(norms, j, lex)
                if found is not None:
                    return found
    return None


_GIVEN_REACH = 6
_GIVEN_MARKS = frozenset({"segun", "according"})


def given_by_source(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, lex: Lexicon
) -> bool:
    """Whether a figure is what a source said or estimated in its own clause ("la alcaldía
    habló de 30.000 personas", "organizers put the crowd at 9,000 people", "8,000, police
    said"): a rival count of what the article counts, not background ("4,000 people live in
    the valley")."""
    n = len(norms)
    for j in range(first - 1, max(first - _GIVEN_REACH, 0) - 1, -1):
        if toks[j].kind == "n" or norms[j] in _CLAUSE_STOPS - {","}:
            break
        if norms[j] in lex.say_verbs or norms[j] in _GIVEN_MARKS:
            return True
    for j in range(last, min(last + _GIVEN_REACH, n)):
        if toks[j].kind == "n" or norms[j] in _CLAUSE_STOPS - {","}:
            break
        if norms[j] in lex.say_verbs or norms[j] in _GIVEN_MARKS:
            return True
    return False


# round 8: workers who stayed at work during a strike
_STAYED = tables_en.STAYED_AT_WORK + tables_es.STAYED_AT_WORK
_STAYED_FIRSTS = frozenset(p[0] for p in _STAYED)
_STAYED_SKIP = frozenset(
    {"have", "has", "had", "were", "who", "that", "still", "reportedly", "instead"}
    | {"que", "han", "habian", "todavia", "aun", "si"}
)
"""Words between a figure's noun and what its people did: "202 members have remained on the
job", "600 trabajadores que siguieron trabajando"."""
_STAYED_REACH = 6
_STAYED_PLACE = frozenset({"de", "del", "en", "of", "in", "at", "from"})


def _verb_after(norms: Sequence[str], last: int) -> int:
    """Where the verb of a figure's noun ending at ``last`` begins: past auxiliaries, "que" /
    "who" and the noun's own place ("el 70% de los docentes de Tarvia dio clases")."""
    j = last
    while j < len(norms) and j - last < _STAYED_REACH:
        if norms[j] in _STAYED_SKIP:
            j += 1
        elif norms[j] in _STAYED_PLACE and j + 2 < len(norms) and norms[j + 2] not in _STRIKES:
            j += 2
        else:
            break
    return j


def stayed_at_work(norms: Sequence[str], last: int) -> bool:
    """Whether the people of a figure, in a sentence about a strike, are those who kept
    working: a phrase of working follows its noun ending at ``last`` (past auxiliaries and
    "que"/"who"): "202 members have remained on the job", "63 percent of members worked on
    Tuesday", "el 40% de los docentes dio clases". They are non-strikers, never strikers."""
    if _STRIKES.isdisjoint(norms):
        return False
    j = _verb_after(norms, last)
    if j >= len(norms) or norms[j] not in _STAYED_FIRSTS:
        return False
    return any(tuple(norms[j : j + len(p)]) == p for p in _STAYED)


_BY = frozenset({"by", "por"})
_BY_LINKS = frozenset(
    {"some", "about", "around", "nearly", "almost", "over", "more", "than", "up", "to"}
    | {"unos", "unas", "cerca", "casi", "mas", "de", "el", "la", "los", "las", "un", "una"}
)
"""Between "by" / "por" and the figure: "joined by some 12,000", "secundada por el 40%"."""
_JOIN_BACK = 8
"""How far before its verb the strike that was joined is looked for."""


def strike_joined_by(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether a figure is the agent of a strike's passive verb of joining ("the walkout was
    joined by 12,000 of the nurses", "la huelga fue secundada por el 40% de la plantilla"):
    the people who joined a strike are its strikers, never a crowd."""
    j = first - 1
    while j >= 0 and first - j <= 4 and norms[j] in _BY_LINKS:
        j -= 1
    if j < 1 or norms[j] not in _BY or norms[j - 1] not in _STRIKE_JOIN:
        return False
    for k in range(j - 2, max(j - 2 - _JOIN_BACK, -1), -1):
        if toks[k].kind in ("p", "n"):
            return False
        if norms[k] in _STRIKES:
            return True
    return False


_IN = frozenset({"in", "en", "the", "el", "la", "national", "general", "nacional"})
"""Between a crowd head and the strike it is in: "participantes en el paro"."""


def joined_strike(norms: Sequence[str], last: int) -> bool:
    """Whether the people of a figure joined a strike in its own clause: a verb of joining
    after their noun whose object is a strike ("half the bus drivers joined the regional
    walkout"), or the strike they are in ("unos 40.000 participantes en la huelga"). They
    are strikers, not a crowd."""
    n = len(norms)
    j = _verb_after(norms, last)
    if j < n and norms[j] in _STRIKE_JOIN:
        return not _STRIKES.isdisjoint(norms[j + 1 : j + 4])
    if j < n and norms[j] in ("in", "en"):
        k = j + 1
        while k < n and k - j <= 3 and norms[k] in _IN:
            k += 1
        return k < n and norms[k] in _STRIKES
    return False


def event_before(norms: Sequence[str], first: int, lex: Lexicon) -> str | None:
    """Round 11: the nearest event word before a figure in its sentence, at most
    `_SENTENCE_REACH` words back ("99 personas permanecen en cautiverio, de un total de 494
    víctimas, …": hostages), for a whole whose part's clause follows it; ``None`` where
    there is none."""
    for j in range(first - 1, max(first - _SENTENCE_REACH, 0) - 1, -1):
        found = _clause_word(norms, j, lex)
        if found is not None:
            return found
    return None


_ELIDED_SKIP = frozenset(
    {"had", "have", "has", "were", "was", "are", "is", "been", "being", "reportedly", "also"}
    | {"still", "already", "habian", "habia", "han", "ha", "fueron", "fue", "estaban", "ya"}
    | {"tambien", "se", "sido", "quedaron", "quedaban"}
)
"""Auxiliaries and adverbs between a figure with no noun and its verb ("800 were stranded",
"al menos 4.000 habían cruzado")."""
_ELIDED_REACH = 3


def elided_event(norms: Sequence[str], last: int) -> str | None:
    """Session 10 (g-count): what a figure with no noun counts, when no figure before it
    names it and the sentence before names no topic, from its own verb right after it past
    auxiliaries only ("after the UN said at least 5,000 had arrived", "30 were evacuated",
    "después de que la ONU informara de que 4.000 habían cruzado"): the metric that verb
    names (`GENERIC_EVENTS`, `ELIDED_EVENTS`); else ``None``."""
    j = last
    while j < len(norms) and j - last < _ELIDED_REACH and norms[j] in _ELIDED_SKIP:
        j += 1
    if j == last and (j >= len(norms) or norms[j] not in _ELIDED):
        return None  # a verb right after the figure ("30 arrived") is read elsewhere
    if j >= len(norms):
        return None
    return _ELIDED.get(norms[j]) or _CLAUSE_EVENTS.get(norms[j])


_ELIDED = {**tables_en.ELIDED_EVENTS, **tables_es.ELIDED_EVENTS}
