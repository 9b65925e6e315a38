"""The day a news text's event happened, as its lead states it: what an undated count of that
event (the dead, the kidnapped, the marchers) refers to, rather than the day it was published.

A report published on Wednesday about gunmen who "abducted 42 students late Tuesday" counts
Tuesday's abduction, in every later sentence that gives a figure with no date of its own
("They took away 27 students", "One student was killed"). The event day is the first day the
lead names that is not the day a source spoke ("a local official said Wednesday", "told
reporters on Friday"), within `RECENT` days before publication.

The same holds for a count whose own day is the day a source spoke or set the toll (round 7,
audit 3 P5): "a rescue group said on Wednesday that 40 died", "On Wednesday the ministry put
the death toll from the fire at 18", "el miércoles el Gobierno rebajó la cifra de muertos a
10" count the event the lead dates (Sunday's fire, Sunday's clash), not Wednesday (`by_event`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

import attrs

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es, when_told
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Sentence
from discrepancy.extraction.when import ANCHOR, RELATIVE, DateMention
from discrepancy.extraction.when_reach import event_day_of_toll

__all__ = [
    "LEAD_CHARS",
    "RECENT",
    "by_event",
    "counts_act",
    "disaster_day",
    "event_day",
    "fronted_saying",
    "has_act",
    "released",
    "since_disaster",
    "spoken",
    "struck_on",
    "toll_sentence",
    "toll_statement",
    "week_of_event",
]

RECENT = 7
"""How many days before publication an event day may be (older days are background)."""
LEAD_CHARS = 1_200
"""How much of the start of the text is its lead."""
_SKIP_BEFORE = frozenset(
    {
        "on",
        "el",
        "este",
        "esta",
        "this",
        "late",
        "early",
        "last",
        "reporters",
        "journalists",
        "periodistas",
        "a",
        "statement",
        "in",
        "en",
        "un",
        "comunicado",
        "la",
        "noche",
        "del",
    }
)
"""Words that may stand between a verb of saying and the day of the saying ("told reporters
on Friday", "said in a statement on Saturday", "informó en un comunicado el martes")."""
_SPAN = 5
"""How many words back a verb of saying is looked for."""


def spoken(norms: Sequence[str], d: DateMention, lex: Lexicon) -> bool:
    """Whether a date is the day of the saying: after a verb of saying, a few function words
    apart ("said Wednesday", "told reporters on Friday"), or just before one ("on Tuesday
    said")."""
    k = d.first - 1
    stop = max(-1, d.first - 1 - _SPAN)
    while k > stop and norms[k] in _SKIP_BEFORE:
        k -= 1
    if k > stop and norms[k] in lex.say_verbs and norms[k] not in lex.status_words:
        return True
    if k > stop and released(norms, k):
        return True  # round 10: "figures released Friday"
    if when_told.after_agent(norms, d, lex) or when_told.by_saying_noun(norms, d):
        return True  # session 10: "announced by the governor on Sunday", "a statement on Tuesday"
    return (d.last < len(norms) and norms[d.last] in lex.say_verbs) or fronted_saying(norms, d, lex)


_FRONT_SKIP = frozenset({"on", "el", "este", "esta", "this", "late", "early", "last", "the"})
_FRONT_JOINS = frozenset({"but", "and", "pero", "y"})
_FRONT_SPAN = 10
"""How many words after a fronted day its verb of saying may stand ("Early on Tuesday the clerks
at the regional agency told reporters …")."""
_DAY_PARTS = frozenset(
    {"morning", "afternoon", "evening", "night", "por", "la", "manana", "tarde", "noche"}
)
_FRONT_STOPS = frozenset({",", ";", ":", "(", ")", "-", ".", "that", "que"})


def fronted(norms: Sequence[str], d: DateMention) -> bool:
    """Whether day ``d`` opens its sentence or a joined clause ("On Tuesday, …", "but late on
    Monday …")."""
    k = d.first - 1
    while k >= 0 and norms[k] in _FRONT_SKIP:
        k -= 1
    return k < 0 or norms[k] in _FRONT_JOINS


def fronted_saying(norms: Sequence[str], d: DateMention, lex: Lexicon) -> bool:
    """Round 12: whether a day that opens its sentence or clause ("On Tuesday, officials at the
    agency said …", "But late on Monday its chief wrote …", "El martes, la agencia informó
    …") is the day of the saying: a verb of telling (`TELLING_VERBS`, not of counting or
    acting) follows it a few words on, before any figure or clause break. "On Wednesday,
    villagers carried the bodies of 17" is no such day."""
    if not fronted(norms, d):
        return False
    j = d.last
    while j < len(norms) and norms[j] in _DAY_PARTS:
        j += 1  # "on Tuesday morning", "el martes por la noche"
    j += j < len(norms) and norms[j] == ","
    for w in norms[j : j + _FRONT_SPAN]:
        if w[:1].isdigit() or w in _FRONT_STOPS:
            return False
        if w in _TELLING:
            return True
    return False


_TELLING = tables_en.TELLING_VERBS | tables_es.TELLING_VERBS


_RELEASE_VERBS = tables_en.RELEASED_FIGURE_VERBS | tables_es.RELEASED_FIGURE_VERBS
_RELEASE_NOUNS = tables_en.RELEASED_FIGURE_NOUNS | tables_es.RELEASED_FIGURE_NOUNS
_RELEASE_GAP = 2
"""At most this many words between the noun and the participle ("figures officially
released", "el informe oficial presentado")."""


def released(norms: Sequence[str], k: int) -> bool:
    """Round 10: whether the word at ``k``, just before a date, puts figures out: a
    participle of releasing after a noun of figures or of a document ("figures released
    Friday", "a report released on Thursday", "los datos actualizados el lunes"). The date
    is then the day the figures came out (a day of saying), not the day of what they count;
    after a noun of people ("prisoners released on Tuesday") it is the act's own day."""
    if norms[k] not in _RELEASE_VERBS:
        return False
    return any(norms[j] in _RELEASE_NOUNS for j in range(max(0, k - 1 - _RELEASE_GAP), k))


def event_day(
    sentences: Sequence[Sentence],
    published: dt.date | None,
    dates: Callable[[int], Sequence[DateMention]],
    norms: Callable[[int], Sequence[str]],
    lex: Lexicon,
) -> dt.date | None:
    """The event day of a text: the first single day its lead names (``dates(i)``: the date
    expressions of sentence ``i`` read against ``published``), not a day of saying, at most
    `RECENT` days before ``published``; ``None`` without one. Round 9: a day the first
    `EVENT_LEAD` sentences give an event noun ("the May 4 airstrike", "el bombardeo del 2 de
    junio", `of_event`), up to `OLD_EVENT` days back, comes first: the text is about that
    event; such a day later in the lead counts only when no recent day is given. Round 9b: a
    day the lead gives a disaster ("killed in the Dec. 26 tsunami", `DISASTER_NOUNS`) more
    than `RECENT` days back comes before a recent day wherever the lead names it: the recent
    days of such a text are the days sources reported its toll (a disaster of the last days
    keeps the rule above: its lead's recent day is the disaster's or its aftermath's)."""
    if published is None:
        return None
    first: dt.date | None = None
    named: dt.date | None = None  # round 9: the first day the lead gives an event noun
    disaster: dt.date | None = None  # round 9b: the first day the lead gives a disaster
    for i, d in _lead_days(sentences, published, dates):
        day = d.period.end
        if spoken(norms(i), d, lex):
            continue
        if named is None and of_event(norms(i), d):
            if i < EVENT_LEAD:
                return day  # "Drone strikes on Oct. 3 killed …", "el bombardeo del 2"
            named = day
        if disaster is None and of_event(norms(i), d, _DISASTER_NOUNS):
            disaster = day  # round 9b: "killed in the Dec. 26 tsunami"
        if first is None and (published - day).days <= RECENT:
            first = day
    if disaster is not None and (published - disaster).days > RECENT:
        return disaster  # round 9b: the recent days are days its toll was reported
    return first or named


def disaster_day(
    sentences: Sequence[Sentence],
    published: dt.date | None,
    dates: Callable[[int], Sequence[DateMention]],
    norms: Callable[[int], Sequence[str]],
    nouns: frozenset[str] | None = None,
    lex: Lexicon | None = None,
    subject: bool = False,
) -> dt.date | None:
    """Round 10: the day of the one-day disaster the lead names ("killed in the Feb. 6
    earthquake", "el terremoto del martes"), at most `OLD_EVENT` days before ``published``;
    ``None`` when the lead names none (`since_disaster` counts its toll so far from it).
    ``nouns``: the disaster nouns looked for (default `DISASTER_NOUNS`; `when_toll` asks
    only for disasters whose toll grows for days; with ``lex``, the days a source spoke are
    passed over: "admitieron el jueves que las inundaciones dejaron 90 muertos", and so are
    the days a toll was set: "On Thursday the office put the flood toll at 23"; ``subject``:
    also the day of a clause whose subject is the disaster, `struck_on`)."""
    if published is None:
        return None
    nouns = _DISASTER_NOUNS if nouns is None else nouns
    days = [
        (i, d)
        for i, d in _lead_days(sentences, published, dates)
        if lex is None or not spoken(norms(i), d, lex)
    ]
    for i, d in days:
        if of_event(norms(i), d, nouns) and (
            lex is None or not toll_statement(norms(i), d, toll_sentence(norms(i)))
        ):
            return d.period.end
    for i, d in days:  # session 10: "el terremoto de 8,2 grados … que azotó la noche del jueves"
        if struck_on(norms(i), d, nouns, subject):
            return d.period.end
    return None


_RELATIVES = tables_en.RELATIVE_PRONOUNS | tables_es.RELATIVE_PRONOUNS
_RELATIVE_REACH = 16
"""At most this many words from a disaster noun back from its relative clause's date."""


def struck_on(
    norms: Sequence[str], d: DateMention, nouns: frozenset[str] | None = None, subject: bool = False
) -> bool:
    """Session 10: whether a date closes a relative clause of a disaster noun ("the 7.5
    magnitude quake that struck the north on Monday", "el terremoto de 8,2 grados que azotó
    la noche del jueves"): the disaster's day, however long the noun's modifiers. No clause
    mark between the relative pronoun and the date. With ``subject`` (g-when), also a date in
    a clause the disaster noun opens ("A quake shook the hill district of Mavo on Monday",
    "Un terremoto sacudió el distrito el lunes"): only articles before the noun, back to the
    sentence's start or a clause mark."""
    nouns = _DISASTER_NOUNS if nouns is None else nouns
    relative = False
    for k in range(d.first - 1, max(d.first - 1 - _RELATIVE_REACH, -1), -1):
        w = norms[k]
        if w in (",", ";", ":", "(", ")", ".") and not relative:
            return False
        if w in _RELATIVES:
            relative = True
        elif w in nouns and (relative or (subject and _opens_clause(norms, k))):
            return True
    return False


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "."})


def _opens_clause(norms: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` opens its clause but for articles ("A quake", "Un sismo")."""
    j = k - 1
    while j >= 0 and norms[j] in _DETERMINERS:
        j -= 1
    return j < 0 or norms[j] in _CLAUSE_MARKS


def _lead_days(
    sentences: Sequence[Sentence],
    published: dt.date,
    dates: Callable[[int], Sequence[DateMention]],
) -> Iterator[tuple[int, DateMention]]:
    """The single days the lead (its first `LEAD_CHARS` characters) names, each with its
    sentence's index: anchored dates that open no span and reach nothing, at most
    `OLD_EVENT` days before ``published``."""
    for i, s in enumerate(sentences):
        if s.start > LEAD_CHARS:
            return
        for d in dates(i):
            if d.kind != ANCHOR or d.opens or d.period.start != d.period.end or d.reach:
                continue
            if 0 <= (published - d.period.end).days <= OLD_EVENT:
                yield i, d


def since_disaster(own: DateMention, day: Callable[[], dt.date | None]) -> DateMention:
    """Round 10: a toll counted so far ("7,400 have died so far", "ha confirmado hasta ahora
    45 muertos": a period with an open start) in a text whose lead names a one-day disaster
    (``day()``, `disaster_day`) counts from that disaster: its period starts on the
    disaster's day. Left open, it would never meet a count dated by the disaster ("9,800
    died in the Feb. 6 earthquake"), which lies inside it."""
    if own.period.start is not None or own.earlier:
        return own
    start = day()
    if start is None or start > own.period.end:
        return own
    return attrs.evolve(own, period=Period(start=start, end=own.period.end))


EVENT_LEAD = 2
"""How many opening sentences may name the text's event with a day of its own ("a
controversial May 4 airstrike"), before any recent day: later, it counts only when the lead
gives no recent day ("among the reports was a March 20 strike" is one item of a review)."""
OLD_EVENT = 366
"""How many days before publication the lead's day of a named event may be ("Drone
strikes on Oct. 3 killed", "a controversial May 4 airstrike", "el bombardeo del 2 de
junio") when no recent day is given: the text is about that event."""
_EVENT_NOUNS = tables_en.EVENT_NOUNS | tables_es.EVENT_NOUNS
_DISASTER_NOUNS = tables_en.DISASTER_NOUNS | tables_es.DISASTER_NOUNS
_EVENT_GAP = 5
"""At most this many words (not counting an abbreviation's dots nor articles) between a
date and its event noun ("airstrikes in the Varsa valley on Aug. 14")."""


_VERB_BEFORE = frozenset({"to", "will", "would", "could", "may", "might", "must", "can"})
"""Words that make an event noun a verb ("whether to strike Aug. 23", "would march")."""


def of_event(norms: Sequence[str], d: DateMention, nouns: frozenset[str] = _EVENT_NOUNS) -> bool:
    """Round 9: whether a date names the day of a one-day event: an event noun (of
    ``nouns``) a few words before or after it ("drone strikes in the valley on Oct. 3", "the
    Oct. 3 raid", "the October raid", "el bombardeo del 2 de junio", "la operación de
    octubre")."""
    for step, k in ((-1, d.first - 1), (1, d.last)):
        seen = 0
        while 0 <= k < len(norms) and seen < _EVENT_GAP:
            if norms[k] in nouns:
                return k == 0 or norms[k - 1] not in _VERB_BEFORE  # not "whether to strike"
            if norms[k] in (",", ";", ":", "(", ")"):
                break
            if norms[k] != "." and norms[k] not in _DETERMINERS:
                seen += 1
            k += step
    return False


WHEN_LINKS = frozenset({"when", "cuando"})
"""A word right after a date that opens a clause of what happened then ("in 2021, when
1,140 died", "frente a 2021, cuando hubo 1.140"): the figure of that clause is that
date's, whatever date follows it."""

_THAT = frozenset(
    {"the", "that", "this", "those", "el", "la", "ese", "esa", "este", "esta", "dicho", "dicha"}
)
"""Words before an event noun that refer to the event already named ("in that raid")."""


def names_event(norms: Sequence[str], lo: int, hi: int) -> bool:
    """Round 9: whether the clause ``[lo, hi)`` refers to the text's event ("killed in that
    raid", "died in the operation", "murieron en el ataque"): an event noun right after a
    definite word. Round 12: or a pluperfect of the event's harm ("said 31 people had been
    killed", "dijo que habían muerto 31"): the harm came before the day of the telling."""
    if any(norms[k] in _EVENT_NOUNS and norms[k - 1] in _THAT for k in range(max(lo, 1), hi)):
        return True
    return any(
        norms[k] in _AUXES and not _VICTIM_PARTICIPLES.isdisjoint(norms[k + 1 : k + 3])
        for k in range(lo, min(hi, len(norms)))
    )


_AUXES = tables_en.PLUPERFECT_AUXES | tables_es.PLUPERFECT_AUXES
_VICTIM_PARTICIPLES = tables_en.VICTIM_PARTICIPLES | tables_es.VICTIM_PARTICIPLES


def event_inherited(
    inherited: DateMention | None,
    norms: Sequence[str],
    lo: int,
    hi: int,
    event: Callable[[], dt.date | None],
) -> DateMention | None:
    """Round 9: a count of the text's event ("up to 48 fighters were killed in that raid")
    keeps the event's day (`event_day`), not a later day the paragraph named before it (the
    day officials spoke). Round 12: so does a toll its sentence sets or handles with no day of
    its own ("residents put the number of dead at 56", `toll_sentence`)."""
    if inherited is None or not inherited.period.is_point:
        return inherited
    if not (names_event(norms, lo, hi) or toll_sentence(norms)):
        return inherited
    day = event()
    start = inherited.period.start
    if day is None or start is None or day >= start:
        return inherited
    return attrs.evolve(inherited, period=Period.on(day))


_PERIOD_BEFORE = frozenset(
    {"in", "during", "throughout", "since", "through", "until", "en", "durante", "desde"}
    | {"hasta", "por"}
)
"""Words before a month that make it the period counted ("in August", "durante agosto")."""


def event_month(
    own: DateMention, norms: Sequence[str], event: Callable[[], dt.date | None]
) -> DateMention:
    """Round 9: a month that names a one-day event ("the October raid killed some 60",
    "el ataque de octubre") is that event's day when the text gives it (`event_day`): a
    month is a period only when the count says so ("in August")."""
    start, end = own.period.start, own.period.end
    if own.kind != ANCHOR or own.earlier or start is None:
        return own  # round 10: an earlier occasion names no month
    if start.day != 1 or (end - start).days < 27:
        return own
    if (end + dt.timedelta(days=1)).day != 1 or not of_event(norms, own):
        return own
    if own.first > 0 and norms[own.first - 1] in _PERIOD_BEFORE:
        return own  # "killed in October": the month, as the count says
    day = event()
    if day is None or not start <= day <= end:
        return own
    return attrs.evolve(own, period=Period.on(day))


_TOLL_NOUNS = tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS
_TOLL_VERBS = tables_en.TOLL_REPORT_VERBS | tables_es.TOLL_REPORT_VERBS


def toll_sentence(norms: Sequence[str]) -> bool:
    """Whether a sentence sets or changes the toll of an event: a toll noun and a verb that
    sets or revises it ("put the toll at", "rebajó la cifra de muertos"); round 12, or one
    that handles the event's dead after it ("carried the bodies of 17 to the town hall",
    "trasladaron los cuerpos de 17") and holds no past verb of dying: its day is not the day
    they died. Read once per sentence."""
    if not (_TOLL_NOUNS.isdisjoint(norms) or _TOLL_VERBS.isdisjoint(norms)):
        return True
    if _BODY_NOUNS.isdisjoint(norms) or _HANDLING.isdisjoint(norms):
        return False
    return _DYING.isdisjoint(norms)  # "the bodies of 9 who drowned that morning": that day's


_BODY_NOUNS = tables_en.DEAD_BODY_NOUNS | tables_es.DEAD_BODY_NOUNS
_HANDLING = tables_en.BODY_HANDLING_VERBS | tables_es.BODY_HANDLING_VERBS
_DYING = tables_en.DYING_VERBS | tables_es.DYING_VERBS


def toll_statement(norms: Sequence[str], d: DateMention, toll: bool) -> bool:
    """Whether date ``d`` of a sentence that sets a toll (``toll``: `toll_sentence`) is
    the day of that statement: it does not name the event itself ("Sunday's fire"), nor,
    round 12, an event of its own clause right before it ("rose to 61 after an aftershock on
    Wednesday killed 5 more": Wednesday is the aftershock's, not the day the toll was told)."""
    return toll and not event_day_of_toll(norms, d) and not _after_event_noun(norms, d)


_OWN_EVENT_NOUNS = _EVENT_NOUNS | _DISASTER_NOUNS | tables_en.LATER_EVENT_NOUNS
_OWN_EVENT_NOUNS |= tables_es.LATER_EVENT_NOUNS
_DAY_LINKS = frozenset({"on", "late", "early", "el", "la", "del", "de"})


def _after_event_noun(norms: Sequence[str], d: DateMention) -> bool:
    """Round 12: whether an event noun stands right before date ``d``, at most one linking
    word apart ("an aftershock on Wednesday", "un ataque el martes")."""
    k = d.first - 1
    if k >= 0 and norms[k] in _DAY_LINKS:
        k -= 1
    return k >= 0 and norms[k] in _OWN_EVENT_NOUNS


def by_event(
    own: DateMention,
    norms: Sequence[str],
    said: bool,
    toll: bool,
    event: Callable[[], dt.date | None],
) -> DateMention:
    """The date of a count of one event whose own date ``own`` is the day of a statement
    (``said``: after a verb of saying; or of a sentence that sets a toll, ``toll``:
    `toll_statement`): the text's event day (``event()``, `event_day`) when that is
    earlier; else ``own``. Round 12: a day named only as coming after the day before it
    ("the next day, volunteers counted 15 dead"; ``own.later``) is such a day too: the
    count was made after the event, and it counts the event's victims."""
    said = said or own.later
    if not (said or toll) or own.kind != ANCHOR or own.earlier or not own.period.is_point:
        return own  # round 10: an earlier occasion ("the previous day of action") is no day
    if own.period.start is None or not (said or toll_statement(norms, own, toll)):
        return own
    day = event()
    if day is None or day >= own.period.start:
        return own
    return attrs.evolve(own, period=Period.on(day), told=own.period.end)


_WEEK = 7


_HARM = (
    tables_en.VICTIM_PARTICIPLES
    | tables_en.DYING_VERBS
    | tables_es.VICTIM_PARTICIPLES
    | tables_es.DYING_VERBS
)


def week_of_event(
    own: DateMention, norms: Sequence[str], event: Callable[[], dt.date | None]
) -> DateMention:
    """Session 10: the harm of one event dated by the week it fell in ("63 people were killed
    last week", "murieron la semana pasada": a word of killing or dying in the sentence) when
    the text gives the event its day inside that week ("after Friday prayers last week",
    ``event()``, `event_day`): that day, as a count told on a later day is (`by_event`). A
    span longer than a week stays, and so does a week's count of anything else ("300
    migrants arrived last week")."""
    period = own.period
    if own.kind != RELATIVE or period.start is None or (period.end - period.start).days >= _WEEK:
        return own
    if _HARM.isdisjoint(norms):
        return own
    day = event()
    if day is None or not period.start <= day <= period.end:
        return own
    return attrs.evolve(own, period=Period.on(day))


_ACT_VERBS = tables_en.ACT_OF_LEVEL_VERBS | tables_es.ACT_OF_LEVEL_VERBS
_STATE_WORDS = tables_en.STATE_WORDS | tables_es.STATE_WORDS
_DETERMINERS = frozenset({"the", "a", "an", "el", "la", "un", "una", "del", "al", "su", "its"})


def has_act(norms: Sequence[str]) -> bool:
    """Whether a sentence holds a past verb of an act that makes a level (`counts_act`
    reads a number's clause only then). Read once per sentence."""
    return not _ACT_VERBS.isdisjoint(norms)


def counts_act(norms: Sequence[str], lo: int, hi: int) -> bool:
    """Whether a level's figure, in the clause ``[lo, hi)``, counts the act that made it: a
    past verb of that act ("gunmen abducted 42 people", "secuestraron a 42", not the noun in
    "el secuestro") and no word of a state ("42 remain held", "siguen secuestrados"). Such a
    count is of one event and is dated by it, like a flow."""
    clause = norms[lo:hi]
    if not _STATE_WORDS.isdisjoint(clause):
        return False
    return any(
        w in _ACT_VERBS and (k == lo or norms[k - 1] not in _DETERMINERS)
        for k, w in enumerate(clause, lo)
    )
