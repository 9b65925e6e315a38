"""The subject of a verb of saying: who "said / reported / cifró" a sentence's figures.

Before the verb ("The ministry said"), after it ("…, said X", "Así lo informó la Cruz
Roja", Spanish "elevan al 80 % las centrales"), the agent of a passive ("reported by X"),
the antecedent of a relative ("the unions, which put it at 80 %"), an office named by its
title alone ("dijo el alcalde"), and a dropped Spanish subject that the sentence's opening
names ("Por su parte, UGT … ha cifrado").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import (
    ARTICLES,
    DEFINITE,
    GOVERNMENT,
    INDEFINITE,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
    Memo,
    classify,
)
from discrepancy.extraction.claimant_spans import (
    CLITICS,
    COORDINATION,
    QUOTES,
    STOP_BACK,
    THE,
    apposition_after,
    backward,
    before_main_verb,
    forward,
    gerund,
    hedge_before_number,
    past_report,
    until_when,
)
from discrepancy.extraction.claimant_titles import titled_person
from discrepancy.extraction.claimant_verbless import origin_at
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "AGENT_VERBS",
    "DETERMINERS",
    "SUBJECT_AFTER",
    "bare_title",
    "object_number",
    "title_of",
    "verb_subject",
]

_QUOTES_COMMA = QUOTES | {","}
_MEDIUM_AFTER = tables_en.MEDIUM_AFTER_SAY | tables_es.MEDIUM_AFTER_SAY


_JOINS = frozenset({"and", "y", "e"})
_PREPS = frozenset({"in", "on", "at", "en", "con", "with", "near", "cerca"})
_OPENS_SUBJECT = frozenset(
    {"a", "an", "the", "un", "una", "el", "la", "los", "las", "unos", "unas"}
)


_CONTRASTS = frozenset({"whereas", "while", "mientras", "but", "pero", "although", "aunque"})
"""Round 12: a word that opens a contrast clause never belongs to the subject read back from
its verb ("Police counted 4,100 marchers whereas organizers said 12,000")."""


SAY_PERIPHRASES = tables_en.SAY_PERIPHRASES | tables_es.SAY_PERIPHRASES
"""h-who-es: a light verb and a particle before a verb of saying ("dio a conocer"), read as
one verb: the subject stands before the light verb."""
_PERIPHRASIS_LONGEST = max(len(p) for p in SAY_PERIPHRASES)


def _light_verb(norms: Sequence[str], v: int) -> int:
    """How many words of a periphrasis stand before the verb of saying at ``v`` ("La
    Secretaría dio a conocer que 31 …": 2, so the subject is read back from "dio"), else 0."""
    for size in range(_PERIPHRASIS_LONGEST, 1, -1):
        if v - size + 1 >= 0 and tuple(norms[v - size + 1 : v + 1]) in SAY_PERIPHRASES:
            return size - 1
    return 0


def _own_conjunct(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> list[int]:
    """A subject read back from its verb starts after the "and / y" and article that open
    its own clause ("Clashes killed 11 people in X and a rights group estimated that 34 …")
    when what stands before them is another verb's object: the span opens right after a
    number, opens with a preposition or holds a day. A first source coordinated with it
    ("The Red Cross and the UN said") keeps both (round 11)."""
    if not span:
        return span
    contrast = [p for p, k in enumerate(span[:-1]) if norms[k] in _CONTRASTS]
    if contrast:
        return span[contrast[-1] + 1 :]  # round 12: "… whereas organizers said": its own
    joins = [p for p, k in enumerate(span[:-1]) if norms[k] in _JOINS]
    if not joins or norms[span[joins[-1] + 1]] not in _OPENS_SUBJECT:
        return span
    p = joins[-1]
    object_before = (span[0] > 0 and toks[span[0] - 1].kind == "n") or norms[span[0]] in _PREPS
    if object_before or any(norms[k] in lex.weekdays for k in span[:p]):
        return span[p + 1 :]
    return span


def verb_subject(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """Who the verb of saying at ``v`` has as its subject, or ``None`` when it names none."""
    say = lex.status_words.get(norms[v]) is None or norms[v] in ("estimates", "estima")
    verb = norms[v]
    if v > 0 and norms[v - 1] == "se" and verb in _IMPERSONAL_SAY:
        return None  # session 13: "personas que se creía continuaban cautivas": nobody
    if (
        v + 1 < len(toks)
        and norms[v + 1] in ("by", "por")
        and not (v + 2 < len(toks) and norms[v + 2] in _ASIDE)  # "aseguró por su parte"
    ):
        found = classify(text, toks, forward(toks, norms, v + 2, lex), lex, memo)
        if found is not None:
            return attrs.evolve(found, verb=verb, say=say)
    antecedent = _relative_antecedent(text, toks, norms, v, lex, memo)
    if antecedent is not None:
        return attrs.evolve(antecedent, verb=verb, say=say)
    from_body = _desde_source(text, toks, norms, v, lex, memo)
    if from_body is not None:
        return attrs.evolve(from_body, verb=verb, say=say)
    if v > 0 and norms[v - 1] in COORDINATION:
        # "… coordinar con los alcaldes la ayuda y aseguró", "probable and
        # confirmed cases": the verb shares a subject this rule does not see
        return None
    light = _light_verb(norms, v)
    if light and v - light > 0 and norms[v - light - 1] in CLITICS:
        light = 0  # "Así lo dio a conocer la ONU": the subject follows
    span, pre = backward(toks, norms, v - 1 - light, lex)
    span = until_when(norms, _own_conjunct(toks, norms, span, lex), lex)
    span = past_report(norms, span, lex) if span and not pre else span
    if span and gerund(verb):
        span = before_main_verb(text, toks, norms, span, lex)
    found = classify(text, toks, span, lex, memo) if verb not in SUBJECT_AFTER or light else None
    if (
        found is None
        and (
            not span
            or verb in SUBJECT_AFTER
            or (norms[v - 1] in _QUOTES_COMMA and not bare_title(norms, span, lex))
            or all(norms[k] in lex.not_claimants or norms[k] in lex.function_words for k in span)
        )
        and verb not in _TOLD
        and not (v > 0 and toks[v - 1].kind == "n")  # "10,000 pledged Syrian refugees"
    ):  # "..., said X", "Así lo informó la Cruz Roja": X speaks; a participle right after
        # a figure is its adjective (session 11), with no subject after it
        after = past_report(norms, forward(toks, norms, v + 1, lex, names_only=True), lex)
        if _medium_after(norms, v, lex):
            after = []  # session 13: "said on NBC": the medium, not the speaker
        if verb.endswith("ing") and after and all(norms[k] in lex.function_words for k in after):
            after = []  # session 13: "…, putting the number at 300": an article is no source
        if not after and verb in _ES_SAY:
            after = _after_figure(toks, norms, v + 1, lex)  # "elevan al 80 % las centrales"
        found = classify(text, toks, after, lex, memo)
        if (found is None or found.kind == PRONOUN) and bare_title(norms, after, lex):
            found = Attribution(DEFINITE, (), text[toks[after[0]].start : toks[after[-1]].end])
        span, pre = after, apposition_after(toks, norms, after, lex)
    if (found is None or found.kind == PRONOUN) and bare_title(norms, span, lex):
        # "…, the mayor said", "dijo el alcalde": an office holder the sentence names by
        # title alone speaks, not the previous sentence's source (round 7)
        found = Attribution(DEFINITE, (), text[toks[span[0]].start : toks[span[-1]].end])
    if (found is None or found.kind in (INDEFINITE, PLURAL)) and span:
        titled = titled_person(text, toks, span, lex)
        if titled is not None and titled[0] and not titled[1]:
            # "a coast guard spokesperson told reporters", "un portavoz de la policía":
            # the body the unnamed speaker speaks for
            found = Attribution(DEFINITE, (), titled[0])
    if (
        found is None
        and verb in _ES_SAY
        and verb not in AGENT_VERBS
        and verb not in _NOUN_LIKE
        and not (v > 0 and norms[v - 1] in DETERMINERS)
        and not _unknown_subject(toks, norms, span, lex)
    ):
        # Spanish drops a subject it has named: "Por su parte, UGT, que tiene tres
        # delegados, … ya que ha cifrado el seguimiento en un 21%"; "Desde Oaxaca informaron"
        found = _opening_subject(text, toks, norms, v, lex, memo)
        span, pre = [], []
    if found is None:
        return None
    if pre and found.kind == NAMED and (not span or pre[0] < span[0]):
        # "Its spokesman, X, said" refers back; "X, the main union, said" does not
        pre_kind = classify(text, toks, pre, lex, memo)
        if pre_kind is not None and pre_kind.kind in (PRONOUN, DEFINITE):
            found = attrs.evolve(found, refers_back=True)
    if found.kind in (NAMED, GOVERNMENT):
        titled = titled_person(text, toks, sorted(pre + span) if pre else span, lex)
        if titled is not None:  # an office named: the phrase does not refer back
            office, person = titled
            names = (person,) if person else found.names
            found = attrs.evolve(found, kind=NAMED, names=names, office=office, refers_back=False)
    return attrs.evolve(found, verb=verb, say=say)


_DESDE_REACH = 10
_DESDE_STOP = frozenset({",", ";", ":", "que", "y", "e", "pero"})
_IMPERSONAL_ENDS = ("ron", "an", "en")


def _desde_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "dado que desde la Coordinadora cifraron la cantidad en 2 millones", "mientras que
    desde la organización estimaron": a Spanish plural verb with no subject after "desde X"
    in its own clause is X's (round 8); the sentence's opening has its own rule."""
    if not norms[v].endswith(_IMPERSONAL_ENDS):
        return None
    k = v - 1
    while k >= 0 and v - k <= _DESDE_REACH and norms[k] not in _DESDE_STOP:
        if norms[k] == "desde" and k > 0 and norms[k - 1] in _DESDE_STOP:
            span = [j for j in forward(toks, norms, k + 1, lex) if j < v]
            found = classify(text, toks, span, lex, memo) if span else None
            if found is not None and found.kind in (NAMED, GOVERNMENT, DEFINITE):
                return found
            return None
        k -= 1
    return None


def bare_title(norms: Sequence[str], span: list[int], lex: Lexicon) -> bool:
    """ "the mayor", "el gobernador": an article and a title of a state office, nothing else;
    round 12: or with the level of the office beside the title ("the regional governor",
    "el gobernador provincial"), which names no one more than the title does."""
    return title_of([norms[k] for k in span], lex) is not None


def title_of(words: Sequence[str], lex: Lexicon) -> str | None:
    """The title of the folded ``words`` when they are a bare title ("the mayor", "the
    regional governor", "el gobernador provincial"), else ``None``."""
    if words[:1] and words[0] in _THE_TITLE:
        words = words[1:]
    if len(words) > 3 and words[-3] in ("'", "’") and words[-2:] == ["s", "office"]:
        words = words[:-3]  # "the mayor's office", "the governor's office": the title's own
    if len(words) == 2 and _TITLE_LEVELS.intersection(words):
        words = [w for w in words if w not in _TITLE_LEVELS] or words[:1]
    if len(words) == 2 and words[1] in _TITLE_RANKS_AFTER:
        words = words[:1]  # h-who-es: "dijo el fiscal general, Mario Pérez": the prosecutor
    return words[0] if len(words) == 1 and words[0] in lex.title_offices else None


_THE_TITLE = frozenset({"the", "el", "la"})
_TITLE_LEVELS = tables_en.TITLE_LEVELS | tables_es.TITLE_LEVELS
_TITLE_RANKS_AFTER = frozenset({"general"}) | tables_en.SRC_TITLE_RANKS | tables_es.SRC_TITLE_RANKS
"""A rank after the title ("fiscal general", "director adjunto") names the same office."""


_RELATIVE_SKIP = CLITICS | frozenset(
    {"ha", "han", "habia", "habian", "hubo", "has", "have", "had", "also", "tambien"}
)
_RELATIVE_REACH = 4


def _medium_after(norms: Sequence[str], v: int, lex: Lexicon) -> bool:
    """Session 13: "said on NBC's …" opens a medium; "said on Monday the governor" a day."""
    if v + 2 >= len(norms) or norms[v + 1] not in _MEDIUM_AFTER:
        return False
    return norms[v + 2] not in lex.weekdays and norms[v + 2] not in lex.months


def _relative_antecedent(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "para el Ayuntamiento de Villaverde, que lo ha cifrado en un 12 %", "the unions,
    which put it at 80 %": the subject of a relative clause set off by a comma is the noun
    phrase before the comma (round 7)."""
    k = v - 1
    if k > 2 and norms[k] == ",":  # "que, en el caso de Lugo, indican": past the aside
        j = k - 1
        while j > 0 and k - j <= _ASIDE_REACH and norms[j] not in (",", ";", ":"):
            j -= 1
        if norms[j] == "," and norms[j - 1] in _RELATIVES:
            k = j - 1
    while k > 0 and v - k <= _RELATIVE_REACH and norms[k] in _RELATIVE_SKIP:
        k -= 1
    if k >= 2 and norms[k] in _RELATIVES:
        owner = _figures_of(text, toks, norms, k, lex, memo)
        if owner is not None:
            return owner
    if k < 2 or norms[k] not in _RELATIVES or norms[k - 1] != ",":
        return None
    if norms[k] in _WHO:
        # session 13: "Ana Díaz, portavoz de la Cruz Roja, quien informó": the person's
        # relative stands where a verb of saying would, and its subject is read the same way
        return verb_subject(text, toks, norms, k, lex, memo)
    span, _ = backward(toks, norms, k - 2, lex)
    span = _agent_of(norms, until_when(norms, span, lex))
    if span and span[0] > 0:
        at = origin_at(norms[span[0] - 1 : k - 1])
        if 0 < at < k - span[0]:  # session 13: "That figure came from X, which …": X
            span = span[at - 1 :]
    said = [p for p, j in enumerate(span) if norms[j] in lex.say_verbs and not toks[j].cap]
    if said:  # session 13: "…, informó la Fiscalía del estado, que detalló": its subject
        span = span[said[-1] + 1 :]
    if not span or (
        span[0] > 0 and (toks[span[0] - 1].kind == "n" or norms[span[0] - 1] in _RELATIVES)
    ):
        # "…, que aglutinan a 30 de los 37 delegados, que …": not a body, but the second
        # relative of a chain may share the first one's antecedent (round 10)
        return _chained_antecedent(text, toks, norms, k - 1, lex, memo)
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT):
        return _chained_antecedent(text, toks, norms, k - 1, lex, memo)
    return found


def _agent_of(norms: Sequence[str], span: list[int]) -> list[int]:
    """The agent of a participle inside an antecedent ("la [cifra] dada hasta ahora por el
    Gobierno, que ha calculado": the Gobierno; "the figure given by the ministry, which"):
    what follows the first "por" / "by" after a participle ("rechazada por la Asociación por
    la Paz": the Asociación por la Paz); else the span (session 11)."""
    participle = False
    for p in range(len(span) - 1):
        w = norms[span[p]]
        if participle and w in _AGENT_BY:
            return span[p + 1 :]
        participle = participle or w.endswith(_PARTICIPLES)
    return span


_AGENT_BY = frozenset({"por", "by"})
_PARTICIPLES = ("ed", "en", "ada", "ado", "adas", "ados", "ida", "ido", "idas", "idos")

_WHO = tables_en.SUBJECT_RELATIVES | tables_es.SUBJECT_RELATIVES
_RELATIVES = frozenset({"que", "which", "who"}) | _WHO
_ASIDE_REACH = 8
"""How long an aside between a relative pronoun and its verb may be ("que, en el caso de
Lugo, indican")."""
_THOSE = frozenset({"los", "las", "el", "la", "those", "that"})
_THOSE_OF = frozenset({"de", "of"})
_THOSE_REACH = 8


def _figures_of(
    text: str, toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "chocan con las de la patronal, que calcula …", "differ from those of the
    unions, which put …": a pronoun for figures ("los de", "those of") names their owner,
    and a relative clause on it, with or without a comma, has that owner as its subject
    (round 10)."""
    end = k - 1 if norms[k - 1] == "," else k
    j = end - 1
    while j > 0 and end - j <= _THOSE_REACH and norms[j] not in _THOSE_OF:
        if norms[j] in (",", ";", ":"):
            return None
        j -= 1
    if j < 1 or norms[j] not in _THOSE_OF or norms[j - 1] not in _THOSE or j + 1 >= end:
        return None
    found = classify(text, toks, list(range(j + 1, end)), lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT, PLURAL, DEFINITE):
        return None
    return found


_CHAIN_REACH = 20
"""How many tokens the first relative clause of a chain may hold."""


def _chained_antecedent(
    text: str, toks: Sequence[Tok], norms: Sequence[str], comma: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "los sindicatos X e Y, que agrupan a 30 delegados, que han cifrado el paro en el 40 %",
    "the GMB union, which represents half the staff, which put the strikers at 4,000": two
    relative clauses in a row, set off by commas, say two things of one antecedent; the
    second's subject is the body before the first (round 10). The first relative clause holds
    no comma, and the body is a named one or a government."""
    j = comma - 1
    while j > 1 and comma - j <= _CHAIN_REACH and norms[j] not in (",", ";", ":", "."):
        j -= 1
    if not (j > 1 and norms[j] == "," and norms[j + 1] in _RELATIVES and j + 2 < comma):
        return None
    span, _ = backward(toks, norms, j - 1, lex)
    span = until_when(norms, span, lex)
    agent = [p for p in span if norms[p] in ("by", "por")]
    if agent:  # "las ofrecidas por el sindicato X, que …": the agent
        span = [p for p in span if p > agent[-1]]
    if not span or (span[0] > 0 and toks[span[0] - 1].kind == "n"):
        return None
    while (
        span[0] > 1
        and norms[span[0] - 1] == ","
        and toks[span[0] - 2].cap
        and norms[span[0] - 2] not in lex.function_words
    ):
        span = [span[0] - 2, span[0] - 1, *span]  # "STEC, ANPE y UGT": a list of names
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT):
        return None
    return found


_FIGURE_GLUE = frozenset(
    {"a", "al", "en", "hasta", "llegar", "el", "la", "lo", "un", "una", "y", "e", "%", ","}
    | {"por", "ciento", "respectivamente", "entre", "unos", "unas", "cerca", "de", "del"}
)
_FIGURE_REACH = 14
_SUBJECT_OPEN = frozenset({"el", "la", "los", "las"})


def _after_figure(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> list[int]:
    """The subject after a verb's figure, Spanish word order: "datos que elevan al 88 % y
    91 %, respectivamente, las centrales sindicales", "rebaja a 9.000 la Delegación".
    Empty when no figure comes first or no article opens a noun phrase after it."""
    n = len(toks)
    k, numbers = j, 0
    while k < n and k - j < _FIGURE_REACH:
        if toks[k].kind == "n":
            numbers += 1
        elif norms[k] not in _FIGURE_GLUE and not hedge_before_number(toks, norms, k, lex):
            break
        k += 1
    while k > j and norms[k - 1] in _SUBJECT_OPEN:
        k -= 1  # "… al 80 % las centrales": the article opens the subject
    if not numbers or k >= n or norms[k] not in _SUBJECT_OPEN:
        return []
    return forward(toks, norms, k, lex)


def _unknown_subject(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> bool:
    """The verb has a subject of its own that names no source ("mientras que los convocantes
    hablaron de 120.000"): an unrecognised subject blocks borrowing the sentence's opening
    source, it does not invite it."""
    if len(span) < 2 or norms[span[0]] not in ARTICLES or norms[span[0]] in CLITICS - THE:
        return False  # "más temprano había estimado": an adverb, the subject was dropped
    return any(
        toks[k].kind == "w"
        and norms[k] not in lex.function_words
        and norms[k] not in lex.not_claimants
        and norms[k] not in ARTICLES
        for k in span[1:]
    )


DETERMINERS = frozenset(
    {"la", "el", "esta", "este", "una", "un", "su", "the", "this", "a", "an", "its", "their"}
    | {"esa", "ese", "esas", "esos", "dicha", "dicho", "aquella", "aquel"}  # round 9
)
"""Before a word that is also a verb, a determiner makes it a noun: "Esta cifra", "the count"."""
SUBJECT_AFTER = frozenset({"conocer"})
_IMPERSONAL_SAY = tables_en.IMPERSONAL_SAY | tables_es.IMPERSONAL_SAY
"""Verbs whose speaker always follows ("lo dio a conocer la ONU")."""
_TOLD = frozenset({"told", "tells", "tell", "telling"})
"""Verbs whose object is the listener ("told AFP", "told reporters"), never the speaker."""
_ASIDE = frozenset(
    {"su", "otra", "otro", "ello", "eso", "lo", "tanto", "its", "their", "his", "her"}
)
"""After "por" / "by" following a verb, a discourse aside ("por su parte", "por otra parte"),
not the agent."""


AGENT_VERBS = tables_en.AGENT_VERBS | tables_es.AGENT_VERBS


def object_number(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A number is the object right after the verb ("arrested 40", "ha detenido a 12",
    "rescued more than 60", "rescued dozens"), not a participle after a noun ("activists
    arrested under the law")."""
    if j < len(toks) and norms[j] in ("a", "al"):
        j += 1
    if j >= len(toks):
        return False
    return _number_at(toks, norms, j, lex) or _joined_number(toks, norms, j, lex)


def _number_at(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    w = norms[j]
    return (
        toks[j].kind == "n"
        or w in lex.number_words
        or hedge_before_number(toks, norms, j, lex)
        or w in ("dozens", "hundreds", "thousands", "decenas", "cientos", "miles")
    )


_JOINED_REACH = 10
_ALONG_WITH = (("along", "with"), ("together", "with"), ("junto", "a"), ("junto", "con"))


def _joined_number(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """h-who-en: the object names one person, then "along with / junto a" a number of others
    ("arrested the town's mayor along with 15 other protesters", "detuvo al alcalde junto a
    15 manifestantes"): the verb's subject gives that number too. Within a few words, with no
    comma or relative between."""
    for k in range(j, min(len(toks) - 2, j + _JOINED_REACH)):
        if norms[k] in (",", ";", ":", "who", "which", "that", "que", "quien"):
            return False
        if (norms[k], norms[k + 1]) in _ALONG_WITH:
            return k > j and _number_at(toks, norms, k + 2, lex)  # an object before it
    return False


_ES_SAY = tables_es.SAY_VERBS - tables_en.SAY_VERBS
_NOUN_LIKE = frozenset({"cifra", "registro", "denuncia", "calculo", "publica", "conto"})
"""Spanish say verbs that are also nouns ("…, cifra que multiplica por 14")."""
_OPENER_WORDS = frozenset({"por", "parte", "otra", "su", "lado", "cambio", "contrario"})
_PLACE_OPEN = frozenset({"en", "desde"})


def _opening_subject(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """The subject that opens the sentence, past a discourse opener ("Por su parte,",
    "Asimismo,", "También"), for a Spanish verb with no subject of its own; "en X" /
    "desde X" when X is a place gives that place (its authorities speak)."""
    k = 0
    comma = next((j for j in range(min(v, 6)) if norms[j] == ","), None)
    if comma is not None and all(
        norms[j] in lex.not_claimants or norms[j] in _OPENER_WORDS for j in range(comma)
    ):
        k = comma + 1
    while k < v and norms[k] in lex.not_claimants and norms[k] not in _PLACE_OPEN:
        k += 1
    span: list[int] = []
    j = k
    while (
        j < v
        and len(span) < 10
        and norms[j] not in (",", ";", ":", "(")
        and norms[j] not in QUOTES
        and toks[j].kind != "n"
        and norms[j] not in lex.say_verbs
        and norms[j] not in STOP_BACK
    ):
        span.append(j)
        j += 1
    if not span or not any(toks[q].cap for q in span):
        return None
    found = classify(text, toks, past_report(norms, span, lex), lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT):
        return None
    return found
