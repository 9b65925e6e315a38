"""Who states the numbers of a sentence: attribution patterns, English and Spanish.

Patterns, in reading order: "according to X" / "según X", "a report by X", "X said/reported/
found/estimates/told ..." (the subject, past an appositive: "The organization Foro Penal, a
leading authority, had registered"), "said X" after a quote, and "confirmed by X". What the
noun phrase found is (a name, a pronoun, a descriptor, a government) is `claimant_phrases`;
where that noun phrase starts and ends is `claimant_spans`; which of several attributions
speaks for the sentence's numbers is `claimant_choice`. This module finds the cues of a
sentence and hands each to the module that reads its form: the subject of a verb of saying
(`claimant_subject`), a report or a relay (`claimant_report`), a clause that leaves its verb
out (`claimant_gapped`), a source named with no verb at all (`claimant_verbless`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_choice import (
    CITING,
    INNER_KINDS,
    first_source,
    own_clause,
    passive_figure,
)
from discrepancy.extraction.claimant_gapped import gapped
from discrepancy.extraction.claimant_gerund import gerund_subject, quoted_source
from discrepancy.extraction.claimant_phrases import (
    DEFINITE,
    GOVERNMENT,
    INDEFINITE,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
    Memo,
    classify,
    known_names,
)
from discrepancy.extraction.claimant_report import (
    ACT_VERBS,
    DATA_VERBS,
    GIVEN_NOUNS,
    RELATIVE_PASSIVE,
    RELAY_VERBS,
    TOLL_RAISING,
    act_object,
    data_owner,
    given_by,
    given_object,
    reduced_agent,
    relative_agent,
    relayed_source,
    report_by,
    report_object,
    toll_object,
)
from discrepancy.extraction.claimant_shapes import (
    according_noun,
    bare_participle,
    dangling_gerund,
)
from discrepancy.extraction.claimant_spans import (
    QUOTES,
    apposition_after,
    forward,
    past_listener,
    past_report,
    split_names,
)
from discrepancy.extraction.claimant_subject import (
    AGENT_VERBS,
    DETERMINERS,
    SUBJECT_AFTER,
    bare_title,
    object_number,
    verb_subject,
)
from discrepancy.extraction.claimant_titles import titled_person
from discrepancy.extraction.claimant_verbless import (
    HEADLINE_SPAN,
    SET_AGAINST,
    against_owner,
    for_source,
    headline_source,
    origin_source,
    own_source_cue,
    relative_giver,
    verbless,
)
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "DEFINITE",
    "GIVING_VERBS",
    "GOVERNMENT",
    "HELD_COUNT_VERBS",
    "INDEFINITE",
    "NAMED",
    "OFFICIAL_ADVERBS",
    "PLURAL",
    "PRONOUN",
    "Attribution",
    "Memo",
    "all_attributions",
    "find_attribution",
    "find_attributions",
    "own_source_cue",
    "split_names",
    "titled_person",
]


def _outside(toks: Sequence[Tok], quotes: Sequence[tuple[int, int]]) -> list[bool]:
    """Per token: not inside a quote (``quotes``: sorted spans that do not overlap)."""
    flags = []
    q, nq = 0, len(quotes)
    for t in toks:
        while q < nq and quotes[q][1] <= t.start:
            q += 1
        flags.append(not (q < nq and quotes[q][0] < t.start))
    return flags


def find_attribution(
    text: str,
    toks: Sequence[Tok],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    norms: Sequence[str] | None = None,
    memo: Memo | None = None,
    every: Callable[[], Sequence[Attribution]] | None = None,
) -> Attribution | None:
    """The first attribution of the sentence (outside quotes), or ``None``.

    ``quotes``: the quoted spans that overlap the sentence, in order; ``memo`` (one per
    document) keeps what each noun phrase was classified as; ``every``: gives the sentence's
    `all_attributions` when the caller keeps them (asked only when a quote names no third
    party).
    """
    norms = norms if norms is not None else [t.norm for t in toks]
    memo = memo if memo is not None else {}
    if quotes:
        reported = _quoted_subject(text, toks, norms, quotes, lex, memo)
        if reported is not None:
            return reported  # "'El gobierno habla de 116', mencionó Romero": the government's
    found = (
        every() if every is not None else list(_attributions(text, toks, norms, quotes, lex, memo))
    )
    chosen = _agent_of_figure(toks, norms, found) or first_source(found, norms, lex)
    if chosen is not None and chosen.kind in INNER_KINDS:
        return own_clause(chosen, found, toks, norms)
    return chosen


_AGENT_REACH = 8


def _agent_of_figure(
    toks: Sequence[Tok], norms: Sequence[str], found: Sequence[Attribution]
) -> Attribution | None:
    """Session 13 (h-who-en): the agent of a participle of saying right after the sentence's
    one figure ("Quoting X, Al Jazeera reported he confirmed the new toll, up on the 26 people
    reported killed earlier by the disaster council"): the agent gave that figure, whoever
    relays the rest of the sentence."""
    numbers = [k for k, t in enumerate(toks) if t.kind == "n"]
    if len(numbers) != 1:
        return None
    first = numbers[0]
    return next(
        (
            a
            for a in found
            if a.verb == "report"
            and a.kind in INNER_KINDS
            and norms[a.at] in _AGENT_BY
            and first < a.at <= first + _AGENT_REACH
        ),
        None,
    )


_INTENT = frozenset(
    {"declined", "refused", "hoped", "wanted", "expected", "failed", "plans", "plan", "refuses"}
    | {"declines", "hope", "hopes", "wants", "want", "tried", "asked", "urged", "vowed"}
)
_NOUN_VERBS = frozenset(
    {"reports", "estimates", "counts", "records", "claims", "figures", "notes", "documents"}
    | {"lists", "tallies", "finds", "statements", "data"}
)


def _shouted(text: str, tok: Tok) -> bool:
    """A verb in capitals ("GUESSED COUNTS:") is a headline's word, not a verb of saying."""
    return tok.end - tok.start > 3 and text[tok.start : tok.end].isupper()


_OWNERS = frozenset({"its", "their", "his", "her", "su", "sus"})


def _owned_noun(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """ "released its annual report", "publicó su informe", "the ministry's report": a report
    noun after a possessive (and an adjective) is a noun, not a verb of saying."""
    if norms[i] not in lex.by_report or i < 2:
        return False
    return norms[i - 2] in _OWNERS or (norms[i - 1] == "s" and norms[i - 2] in ("'", "’"))


def _governed_infinitive(norms: Sequence[str], i: int) -> bool:
    """ "Police declined to estimate the crowd", "organizers had hoped to count": the verb
    of saying is what another verb refused or hoped for; nobody states a figure."""
    return i > 1 and norms[i - 1] == "to" and norms[i - 2] in _INTENT


def _opener_noun(text: str, toks: Sequence[Tok], norms: Sequence[str], i: int) -> bool:
    """ "Initial reports undercounted …", "Official estimates put …": a capitalised sentence
    opener before a plural noun that is also a verb is an adjective and its noun, not a
    source and its verb (an acronym or a known org name stays a source: "UNHCR estimates")."""
    if i != 1 or norms[i] not in _NOUN_VERBS or not toks[0].cap or toks[0].kind != "w":
        return False
    word = text[toks[0].start : toks[0].end]
    return not word.isupper() and norms[0] not in known_names()


_REPORTED_SAY = frozenset(tables_en.REPORTED_SAY | tables_es.REPORTED_SAY)


def _quoted_subject(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    memo: Memo,
) -> Attribution | None:
    """A third party the speaker reports on inside a quote ("'Las autoridades hablan de 230
    liberados, pero no dan nombres', dijo la portavoz"; "'The government says 116 were
    freed', he said"): it, not the speaker, is the claimant of the quoted figures. Only a
    subject that opens the quote and a verb of saying in the present tense count, so the
    speaker's own "we counted" stays theirs."""
    outside = _outside(toks, quotes)
    n = len(toks)
    for i in range(1, n):
        if outside[i] or norms[i] not in _REPORTED_SAY:
            continue
        start = i - 1
        while start >= 0 and not outside[start] and norms[start] not in QUOTES:
            start -= 1
        span = list(range(start + 1, i))
        if not span or len(span) > 6 or any(norms[k] in (",", ";", ":") for k in span):
            continue
        found = classify(text, toks, span, lex, memo)
        if found is not None and found.kind in (NAMED, GOVERNMENT, PLURAL, DEFINITE):
            if any(norms[k] in lex.first_person for k in span):
                continue
            return attrs.evolve(found, verb=norms[i], at=i)
    return None


def find_attributions(
    text: str,
    toks: Sequence[Tok],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    norms: Sequence[str] | None = None,
    memo: Memo | None = None,
    every: Sequence[Attribution] | None = None,
) -> list[Attribution]:
    """Every attribution of the sentence that names a source (named, government, plural, a
    definite "the union"), in order of the verb or phrase that introduces it: a sentence can
    give two sources for two numbers. ``every``: the sentence's `all_attributions`, when the
    caller has them already."""
    norms = norms if norms is not None else [t.norm for t in toks]
    memo = memo if memo is not None else {}
    if every is None:
        every = list(_attributions(text, toks, norms, quotes, lex, memo))
    found = [a for a in every if a.kind not in (PRONOUN, INDEFINITE)]
    active = [a for a in found if not passive_figure(norms, a)]
    return sorted(active or found, key=lambda a: a.at)


def all_attributions(
    text: str,
    toks: Sequence[Tok],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    norms: Sequence[str],
    memo: Memo,
) -> list[Attribution]:
    """Every attribution the sentence's cues give, of any kind, in the order they are found
    (what `find_attribution` and `find_attributions` choose from: the document pass reads
    them once per sentence and hands them to both)."""
    found = list(_attributions(text, toks, norms, quotes, lex, memo))
    if not found and not OFFICIAL_ADVERBS.isdisjoint(norms):
        official = _official(text, toks, norms)
        if official is not None:
            found.append(official)
    return found


OFFICIAL_ADVERBS = tables_en.OFFICIAL_ADVERBS | tables_es.OFFICIAL_ADVERBS
"""Round 10: adverbs that give a figure to the official count ("oficialmente", "officially")."""
_OFFICIAL_REACH = 3


def _official(text: str, toks: Sequence[Tok], norms: Sequence[str]) -> Attribution | None:
    """ "Habían fallecido, oficialmente, 25.100", "by Friday 25,100 had officially died": an
    adverb of the official count next to a figure (at most `_OFFICIAL_REACH` tokens away,
    commas aside) names its source — the official figures, a government source as "según
    cifras oficiales" is — in a sentence that names no other (round 10)."""
    n = len(toks)
    for k in [k for k, w in enumerate(norms) if w in OFFICIAL_ADVERBS]:
        near = [
            j
            for j in range(max(0, k - _OFFICIAL_REACH - 1), min(n, k + _OFFICIAL_REACH + 2))
            if toks[j].kind == "n"
        ]
        if near:
            return Attribution(
                GOVERNMENT, (), text[toks[k].start : toks[k].end], verb="according", at=k
            )
    return None


_NOUN_PREPOSITIONS = frozenset({"en", "a", "por", "in", "on", "at"})
"""Prepositions after which a word spelled like a finite verb of saying is a noun ("tener en
cuenta que", "a cuenta de", "on record"): a finite verb never follows a preposition."""
_NON_FINITE_ENDS = ("ar", "er", "ir", "ing")


def _after_preposition(norms: Sequence[str], i: int) -> bool:
    """Whether the word at ``i``, spelled like a verb of saying, follows a preposition and is
    no infinitive or gerund ("Teniendo en cuenta que …": "cuenta" is the noun, session 9)."""
    return i > 0 and norms[i - 1] in _NOUN_PREPOSITIONS and not norms[i].endswith(_NON_FINITE_ENDS)


def _attributions(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    memo: Memo,
) -> Iterator[Attribution]:
    outside = _outside(toks, quotes) if quotes else None
    n = len(toks)
    cues = _ALL_CUES.get(lex.attribution_cues)
    if cues is None:  # the lexicon's cues and the verbs below, joined once per lexicon
        cues = _ALL_CUES[lex.attribution_cues] = lex.attribution_cues | _EXTRA_CUES
    as_said_at = -_AS_SAID_REACH
    for i in [k for k, w in enumerate(norms) if w in cues]:
        if outside is not None and not outside[i]:
            continue
        w = norms[i]
        if w in RELAY_VERBS:
            relayed = relayed_source(text, toks, norms, i, lex, memo)
            if relayed is not None:
                yield relayed
            continue
        if w in _RELEASE_VERBS:
            if report_object(norms, i + 1, lex):  # "X released its annual report"
                found = verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        if w in DATA_VERBS and w not in lex.say_verbs:
            found = data_owner(text, toks, norms, i, lex, memo)  # "the WHO data showed"
            if found is not None:
                yield found
            continue
        if w in _THAT_SAY and w not in lex.say_verbs:
            if i + 1 < n and norms[i + 1] in ("that", "que"):  # "the groups charged that"
                found = verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        if w in _GIVING_VERBS and w not in lex.say_verbs:
            if given_object(norms, i + 1, lex) and not (i > 0 and norms[i - 1] in _WHO_GAVE):
                # session 10: "X aportó la cifra de 30.000" ("X, who gave the data to the
                # press, said": the relative's verb, whose subject speaks through "said")
                found = verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        if w in ACT_VERBS:
            if act_object(toks, norms, i + 1, lex):  # session 13: "Police made 20 arrests"
                found = verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        if w in TOLL_RAISING:
            if toll_object(toks, norms, i + 1):  # h-who-en: "officials increased the toll to 228"
                found = verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        if w in _HOLD_VERBS:
            found = _held_count(text, toks, norms, i, lex, memo)
            if found is not None:
                yield found
            continue
        if w in _CLITIC_SAY:
            if i > 0 and norms[i - 1] in _OBJECT_CLITICS:  # "la patronal lo deja en el 8 %"
                found = verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        if w in _AS_SAID:
            found = _as_said(text, toks, norms, i, lex, memo)
            if found is not None:
                as_said_at = i  # its verb's subject is the one after it, not before "como"
                yield found
            continue
        cited = False  # "The network cited the commission's report that …": the commission
        for phrase, _ in lex.according_by_first.get(w, ()):
            if tuple(norms[i : i + len(phrase)]) == phrase:
                at = i + len(phrase)
                at += _what_said(norms, at)  # round 12: "according to what X said"
                if at + 1 < n and norms[at] in lex.say_verbs:
                    at = past_listener(toks, norms, at + 1)  # "según explicó a la prensa X"
                span = forward(toks, norms, at, lex)
                found = classify(text, toks, past_report(norms, span, lex), lex, memo)
                if (found is None or found.kind == PRONOUN) and bare_title(norms, span, lex):
                    # round 12: "según el alcalde", "according to the governor": the office
                    # holder the phrase names by title alone, as after a verb of saying
                    found = Attribution(
                        DEFINITE, (), text[toks[span[0]].start : toks[span[-1]].end]
                    )
                if found is not None:
                    verb = "citing" if w in CITING else "according"
                    cited = w in _CITE_VERBS and found.kind in INNER_KINDS
                    yield attrs.evolve(
                        _apposed_office(text, toks, norms, span, found, lex), verb=verb, at=i
                    )
        by = report_by(norms, i, lex) if w in lex.by_report else -1
        if by < 0 and w in GIVEN_NOUNS:
            by = given_by(norms, i)  # session 10: "la cifra aportada por X", "the toll given by X"
        if by > 0:
            found = classify(text, toks, forward(toks, norms, by + 1, lex), lex, memo)
            if found is not None and found.kind in INNER_KINDS:
                # "figures compiled on Monday by a news agency" (an outlet's own count)
                yield attrs.evolve(found, verb="report", at=i)
        if (
            w in lex.say_verbs
            and not cited
            and i - as_said_at > _AS_SAID_REACH
            and _verb_like(toks, i)
            and not _governed_infinitive(norms, i)
            and not _shouted(text, toks[i])
            and not _opener_noun(text, toks, norms, i)
            and not _owned_noun(norms, i, lex)
            and not bare_participle(norms, i)
            and not dangling_gerund(norms, i)
            and not according_noun(norms, i)
            and not _after_preposition(norms, i)
            and (w not in AGENT_VERBS or object_number(toks, norms, i + 1, lex))
            and not (
                i > 0
                and norms[i - 1] in DETERMINERS
                and not (i > 1 and toks[i - 1].cap)  # "The UN said": a name, no article
                and w not in SUBJECT_AFTER
            )
        ):
            found = (
                quoted_source(text, toks, norms, i, lex, memo)
                or verb_subject(text, toks, norms, i, lex, memo)
                or gerund_subject(text, toks, norms, i, lex, memo)
            )
            if found is not None:
                yield attrs.evolve(found, at=i)
                yield from gapped(text, toks, norms, i, lex, memo)
    # each later pass looks at its few words only when the sentence has one (a set test)
    if not _AGENT_BY.isdisjoint(norms):
        for k in [k for k in range(3, n - 1) if norms[k] in _AGENT_BY]:
            if (relative_agent(toks, norms, k) and _figure_antecedent(toks, norms, k - 3)) or (
                reduced_agent(toks, norms, k)
            ):
                found = classify(text, toks, forward(toks, norms, k + 1, lex), lex, memo)
                if found is not None and found.kind in INNER_KINDS:
                    yield attrs.evolve(found, verb="report", at=k)
    if n > 3 and lex.say_verbs.isdisjoint(norms):
        found = verbless(text, toks, norms, lex, memo)
        if found is not None:
            yield found
    if n > 3 and ":" in norms[1 : HEADLINE_SPAN + 1]:
        found = headline_source(text, toks, norms, lex, memo)
        if found is not None:
            yield found
    if n > 3:
        found = origin_source(text, toks, norms, lex, memo)
        if found is not None:
            yield found
    if not SET_AGAINST.isdisjoint(norms):
        for k in [k for k, w in enumerate(norms[: n - 2]) if w in SET_AGAINST]:
            found = against_owner(text, toks, norms, k, lex, memo)
            if found is not None:
                yield found
    if not RELATIVE_PASSIVE.isdisjoint(norms):
        for k in [k for k, w in enumerate(norms[: n - 2]) if w in RELATIVE_PASSIVE]:
            found = relative_giver(text, toks, norms, k, lex, memo)
            if found is not None:
                yield found
    for k in [k for k, w in enumerate(norms[: n - 2]) if w in _FOR]:
        j = k - 1 if k > 1 and norms[k - 1] in _THAT_AFTER else k  # "mientras que para X"
        if k == 0 or norms[j - 1] == "," or norms[j - 1] in _FOR_OPENERS:
            # session 13: "…; para la policía, 12.000", "mientras que para la policía fueron"
            found = for_source(text, toks, norms, k, lex, memo)
            if found is not None:
                yield found


_FOR = frozenset({"para", "for"})
_FOR_OPENERS = tables_en.FOR_SOURCE_OPENERS | tables_es.FOR_SOURCE_OPENERS
_THAT_AFTER = tables_en.CONTRAST_THAT | tables_es.CONTRAST_THAT

_ANTECEDENT_REACH = 4
"""Round 10: the most words of a figure's noun phrase between the figure and its relative."""


def _figure_antecedent(toks: Sequence[Tok], norms: Sequence[str], rel: int) -> bool:
    """The relative at ``rel`` ("que fue difundida por", "that was given by") hangs on a
    figure: its antecedent phrase holds a number within `_ANTECEDENT_REACH` words, with no
    comma, other relative or other mark between. A passive relative on any other noun ("57
    heridos que … durante una marcha que fue disuelta por la policía") describes that noun,
    and its agent did the act, not the counting: it is no source of the figure (round 10)."""
    for j in range(rel - 1, max(-1, rel - 2 - _ANTECEDENT_REACH), -1):
        if toks[j].kind == "n":
            return True
        if toks[j].kind != "w" or norms[j] in RELATIVE_PASSIVE:
            return False
    return False


_CITE_VERBS = frozenset({"cited", "cites", "cito", "cita"})


def _apposed_office(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    span: list[int],
    found: Attribution,
    lex: Lexicon,
) -> Attribution:
    """ "according to Ana Ruiz, a spokeswoman for the army": the office her title names
    speaks ("según Ana Ruiz, portavoz del Ejército" → the army)."""
    if found.kind not in (NAMED, GOVERNMENT) or not span:
        return found
    own = titled_person(text, toks, span, lex)
    if own is not None and own[1]:
        # session 10: "according to Red Cross spokesman John Smith", "según el comisario
        # jefe (Policía Judicial) Luis Pérez": the titled person, for the office named
        office, person = own
        return attrs.evolve(found, kind=NAMED, names=(person,), office=office, refers_back=False)
    if found.kind != NAMED:
        return found
    title = apposition_after(toks, norms, span, lex)
    titled = titled_person(text, toks, span + title, lex) if title else None
    if titled is None or not titled[0]:
        return found
    office, person = titled
    names = (person,) if person else found.names
    return attrs.evolve(found, names=names, office=office, refers_back=False)


_CLITIC_SAY = tables_en.CLITIC_SAY_VERBS | tables_es.CLITIC_SAY_VERBS
_OBJECT_CLITICS = frozenset({"lo", "la", "los", "las"})
_RELEASE_VERBS = tables_en.RELEASE_VERBS | tables_es.RELEASE_VERBS
HELD_COUNT_VERBS = tables_en.HELD_COUNT_VERBS | tables_es.HELD_COUNT_VERBS
"""Round 10: verbs that, before a participle of counting, report the figure after it."""
_HOLD_VERBS = HELD_COUNT_VERBS
_HELD_COUNTS = tables_en.HELD_COUNTS | tables_es.HELD_COUNTS
_WHO_GAVE = frozenset({"who", "which", "that", "que", "quien", "quienes"})
_THAT_SAY = tables_en.SRC_THAT_SAY_VERBS | tables_es.SRC_THAT_SAY_VERBS
GIVING_VERBS = (tables_en.SRC_GIVING_VERBS | tables_es.SRC_GIVING_VERBS) | _THAT_SAY
"""Session 10: verbs that give a figure noun ("aportó la cifra de", "gave a figure of"), and
verbs that say only before "that" ("charged that", "alegaron que"): the cues of the readers
below that no lexicon set holds."""
_GIVING_VERBS = tables_en.SRC_GIVING_VERBS | tables_es.SRC_GIVING_VERBS
_AS_SAID = tables_en.AS_SAID_OPENERS | tables_es.AS_SAID_OPENERS
_AS_SAID_SKIP = tables_en.AS_SAID_SKIP | tables_es.AS_SAID_SKIP
_AS_SAID_REACH = 1 + len(_AS_SAID_SKIP)
"""How far after "como" its verb of saying may stand."""
_EXTRA_CUES = (
    RELAY_VERBS | _CLITIC_SAY | _RELEASE_VERBS | DATA_VERBS | _HOLD_VERBS | GIVEN_NOUNS
) | (GIVING_VERBS | TOLL_RAISING | _AS_SAID)
_HELD_REACH = 4
_HELD_SKIP = frozenset({"ya", "already"})
"""How far after the participle of a held count its figure may open ("tiene registrados en
Rusia 500.000")."""


def _held_count(
    text: str, toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "ACNUR tiene registrados 500.000 refugiados", "la Fiscalía lleva contabilizadas 90
    denuncias": a verb of holding before a participle of counting reports the figure after
    it as the compound tense does ("ha registrado"); its subject is the figure's source
    (round 10)."""
    p = i + 2 if i + 2 < len(toks) and norms[i + 1] in _HELD_SKIP else i + 1
    if i == 0 or p >= len(toks) or norms[p] not in _HELD_COUNTS:
        return None
    if not any(t.kind == "n" for t in toks[p + 1 : p + 1 + _HELD_REACH]):
        return None
    found = verb_subject(text, toks, norms, i, lex, memo)
    return None if found is None else attrs.evolve(found, verb=norms[p], at=i)


_AGENT_BY = frozenset({"por", "by"})
_ALL_CUES: dict[frozenset[str], frozenset[str]] = {}


def _verb_like(toks: Sequence[Tok], i: int) -> bool:
    """A capitalised "States" is a name ("United States") unless it ends a headline; before a
    bracket it is a name before its acronym ("Ministerio Público (MP)")."""
    if not toks[i].cap or i == 0:
        return True
    return i + 1 >= len(toks) or (
        toks[i + 1].kind == "p" and toks[i + 1].norm not in ("'", "’", "(")
    )  # h-who-es: "El Ministerio Público (MP) informó": a name before its acronym


def _as_said(
    text: str, toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """Session 13 (h-who-es): "como (lo) afirmaron X", "como informó X": an opener, a finite
    verb of saying and its subject after it name the source of the figure before, as
    "según X" does (``verb="according"``); a pronoun or no subject names nobody."""
    j, n = i + 1, len(toks)
    while j < n and j < i + _AS_SAID_REACH and norms[j] in _AS_SAID_SKIP:
        j += 1
    if not (j + 1 < n and norms[j] in lex.say_verbs and toks[j].kind == "w"):
        return None
    if norms[j].endswith(_NON_FINITE_ENDS) or norms[j].endswith("ndo"):
        return None  # "como decir", "como señalando": no finite verb of a source
    span = forward(toks, norms, past_listener(toks, norms, j + 1), lex)
    found = classify(text, toks, past_report(norms, span, lex), lex, memo)
    if (found is None or found.kind == PRONOUN) and bare_title(norms, span, lex):
        # "como dijo el alcalde": the office holder, as after "según el alcalde"
        found = Attribution(DEFINITE, (), text[toks[span[0]].start : toks[span[-1]].end])
    if found is None or found.kind == PRONOUN:
        return None
    return attrs.evolve(
        _apposed_office(text, toks, norms, span, found, lex), verb="according", at=i
    )


def _what_said(norms: Sequence[str], at: int) -> int:
    """Round 12: how many words of "what" / "lo que" open the phrase after "according to /
    según" ("according to what survivors told the coast guard", "según lo que dijo el
    alcalde"): the source is the subject of the clause they open, read past them."""
    if at < len(norms) and norms[at] == "what":
        return 1
    if at + 1 < len(norms) and norms[at] == "lo" and norms[at + 1] == "que":
        return 2
    return 0
