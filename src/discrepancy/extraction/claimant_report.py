"""Sources named through a report or a relay rather than as the subject of a verb.

"a report by X", "figures compiled Thursday by X", "cifras difundidas el lunes por X",
"the figure of 116 that was given by the government", "X released its annual report",
and an outlet that relays another source ("Reuters has the police at 4,000").
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_choice import INNER_KINDS
from discrepancy.extraction.claimant_phrases import Attribution, Memo, classify
from discrepancy.extraction.claimant_pieces import breakdown
from discrepancy.extraction.claimant_spans import (
    SAID_WHEN,
    forward,
    hedge_before_number,
)
from discrepancy.extraction.claimant_subject import object_number
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "ACT_VERBS",
    "DATA_VERBS",
    "GIVEN_NOUNS",
    "RELATIVE_PASSIVE",
    "RELAY_VERBS",
    "act_object",
    "data_owner",
    "given_by",
    "given_object",
    "reduced_agent",
    "relative_agent",
    "relayed_source",
    "report_by",
    "report_object",
]


RELATIVE_PASSIVE = frozenset({"que", "that", "which"})
_AGENT_REACH = 12


def relative_agent(toks: Sequence[Tok], norms: Sequence[str], k: int) -> bool:
    """ "el dato de 80 liberaciones que fue entregado por el gobierno", "the figure of
    116 that was given by the government": the agent of a relative passive on a figure just
    named gives that figure, whoever questions it."""
    part = k - 1
    if len(norms[part]) < 5 or not norms[part].endswith((*_PARTICIPLE_ENDS, "en")):
        return False
    if norms[part - 1] not in _PASSIVE_AUX or norms[part - 2] not in RELATIVE_PASSIVE:
        return False
    return any(toks[j].kind == "n" for j in range(max(0, k - _AGENT_REACH), part - 2))


_SAID_PARTICIPLES = frozenset(
    w
    for w in tables_en.SAY_VERBS | tables_es.SAY_VERBS
    if w.endswith(("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))
) | frozenset(
    w[:-1] + end
    for w in tables_es.SAY_VERBS
    if w.endswith(("ado", "ido"))
    for end in ("os", "a", "as")
)
"""Participles of saying; in Spanish in every gender and number ("reportados", "difundidas":
h-who-es), as a passive agrees with its subject."""
_AUX_REACH = 2
_STATE_WORDS = (
    tables_en.REPORTED_STATE_WORDS
    | tables_es.REPORTED_STATE_WORDS
    | frozenset(tables_en.WEEKDAYS)
    | frozenset(tables_es.WEEKDAYS)
)
_STATE_REACH = 4
_FIGURE_NOUN_REACH = 3


def reduced_agent(toks: Sequence[Tok], norms: Sequence[str], k: int) -> bool:
    """ "the 30 deaths acknowledged by the army", "los 18.000 huelguistas contabilizados por
    la patronal": a participle of saying right after a figure and its noun, with its agent,
    gives that figure (round 11). A participle of doing ("killed by") names who did it, not
    who counted it, and is no verb of saying."""
    part = k - 1
    while part > k - 1 - _STATE_REACH and part > 0 and norms[part] in _STATE_WORDS:
        part -= 1  # session 13: "the 26 people reported killed earlier by X"
    if part < 1 or norms[part] not in _SAID_PARTICIPLES:
        return False
    aux = part - 1
    while aux > part - 1 - _AUX_REACH and aux > 0 and norms[aux] in _PASSIVE_AUX:
        aux -= 1  # h-who-es: "63 contagios fueron reportados por X", "han sido contados por"
    for j in range(aux, max(-1, aux - _FIGURE_NOUN_REACH), -1):
        if toks[j].kind == "n":
            return True
        if toks[j].kind != "w":
            return False
    return False


RELAY_VERBS = frozenset({"has", "had", "have"})
_RELAY_AT = frozenset({"at"})
_THE_EN = frozenset({"the"})
_RELAY_NOT = frozenset({"been", "being", "for", "in", "on", "to", "with", "by", "from", "into"})
_RELAY_REACH = 6

_REPORT_REACH = 4


def report_object(norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A report noun is the object ("released its annual report", "presentó su informe")."""
    return any(
        norms[k] in lex.by_report or norms[k] in _DOCUMENT_NOUNS
        for k in range(j, min(len(norms), j + _REPORT_REACH))
    )


_DOCUMENT_NOUNS = tables_en.DOCUMENT_NOUNS | tables_es.DOCUMENT_NOUNS


def relayed_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "Reuters has the police at 4,000", "the Times had organizers putting it at 20,000":
    an outlet that "has" a source at a figure relays it; the source speaks."""
    n = len(toks)
    span: list[int] = []
    k = i + 1
    while k < n and len(span) < _RELAY_REACH and toks[k].kind == "w":
        w = norms[k]
        if w in _RELAY_AT or w in lex.say_verbs or w in _WITH_SAYING:
            break
        span.append(k)
        k += 1
    if not span or k >= n or not (toks[span[0]].cap or norms[span[0]] in _THE_EN):
        return None
    if toks[k].kind == "n":
        return None  # "has Resettled only 1,285" (a headline's capitals): no "at", no relay
    if any(norms[j] in _RELAY_NOT for j in span):
        return None  # "have been set up for …", "has the police in a corner"
    if norms[k] in _RELAY_AT:
        if not (
            k + 1 < n and (toks[k + 1].kind == "n" or hedge_before_number(toks, norms, k + 1, lex))
        ):
            return None
    elif not any(toks[j].kind == "n" for j in range(k + 1, min(n, k + 5))):
        return None  # "has the police saying 3,000", "has organizers putting numbers at"
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb=norms[i], at=i + 1)


_WITH_SAYING = tables_en.CLAUSE_WITH_VERBS | tables_es.CLAUSE_WITH_VERBS


_PASSIVE_AUX = frozenset(
    {"were", "was", "are", "is", "been", "have", "has", "fueron", "fue", "han", "ha", "sido"}
)
_PARTICIPLE_ENDS = ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho")


def report_by(norms: Sequence[str], i: int, lex: Lexicon) -> int:
    """The index of the "by" / "de" / "por" that names who made the report noun at ``i``:
    "a report by X", "figures compiled Thursday by X", "cifras difundidas el lunes por X"
    (a participle and the day it was done may come between); -1 when there is none."""
    n = len(norms)
    if i + 2 < n and norms[i + 1] in ("by", "de", "por", "from"):
        return -1 if breakdown(norms, i + 1) else i + 1
    k = i + 1
    while k < n and k - i <= 2 and norms[k] in _PASSIVE_AUX:
        k += 1  # "the figures were released by", "las cifras fueron difundidas por"
    if k >= n or not norms[k].endswith(_PARTICIPLE_ENDS) or len(norms[k]) < 5:
        return -1
    if norms[k] in _RELAY_PARTICIPLES:
        return -1  # h-who-es: "cifras del Ministerio citadas por el diario X": X relays
    k += 1
    while k < n and k - i <= 4:
        w = norms[k]
        if w in ("by", "por"):
            return k if k + 1 < n else -1
        timed = w in lex.weekdays or w in lex.today or w in lex.yesterday or w in SAID_WHEN
        if not timed and w not in ("el", "on", "la"):
            return -1
        k += 1
    return -1


_RELAY_PARTICIPLES = tables_en.RELAY_PARTICIPLES | tables_es.RELAY_PARTICIPLES
GIVEN_NOUNS = tables_en.SRC_GIVEN_NOUNS | tables_es.SRC_GIVEN_NOUNS
_GIVING = tables_en.SRC_GIVING_PARTICIPLES | tables_es.SRC_GIVING_PARTICIPLES
_GIVEN_REACH = 3


def given_by(norms: Sequence[str], i: int) -> int:
    """The index of the "by / por" that names who gave the figure noun at ``i`` ("the
    figure provided by the Red Cross", "la cifra aportada ayer por la Cruz Roja", "the toll
    was released by"; session 10); -1 when no participle of giving and agent follow."""
    n = len(norms)
    k = i + 1
    while k < n and k - i <= 2 and norms[k] in _PASSIVE_AUX:
        k += 1
    if k >= n or norms[k] not in _GIVING:
        return -1
    for j in range(k + 1, min(n, k + 1 + _GIVEN_REACH)):
        if norms[j] in ("by", "por"):
            return j if j + 1 < n else -1
    return -1


_GIVEN_OBJECT_LEAD = frozenset(
    {"a", "an", "the", "its", "their", "un", "una", "la", "el", "las", "los", "su", "sus"}
    | {"new", "official", "own", "nueva", "nuevo", "oficial", "propia", "propio"}
    | tables_en.FIGURE_ADJECTIVES
    | tables_es.FIGURE_ADJECTIVES
)


def given_object(norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A figure noun is the object that opens at ``j`` ("gave a figure of 8,000", "aportó la
    cifra de 30.000", "facilitó datos", "offered its own estimate"): the verb before gives a
    figure (session 10). At most three articles or adjectives before the noun ("gave a much
    lower figure of 87": session 13), past the day of giving ("ofreció este lunes un nuevo
    balance", "gave on Monday a toll": session 13)."""
    if j < len(norms) and (norms[j] in lex.today or norms[j] in lex.yesterday):
        j += 1
    elif j + 1 < len(norms) and norms[j] in _DAY_OPENERS and norms[j + 1] in lex.weekdays:
        j += 2
    for k in range(j, min(len(norms), j + 4)):
        w = norms[k]
        if w in GIVEN_NOUNS or w in lex.by_report:
            return True
        if w not in _GIVEN_OBJECT_LEAD:
            return False
    return False


_DAY_OPENERS = tables_en.DAY_OPENERS | tables_es.DAY_OPENERS
DATA_VERBS = tables_en.DATA_VERBS | tables_es.DATA_VERBS
DATA_NOUNS = tables_en.DATA_NOUNS | tables_es.DATA_NOUNS
_DATA_OF = frozenset({"from", "of", "de", "del"})
_POSSESSIVE = frozenset({"'", "’", "s"})
_DATA_SPAN = 8
_DATA_WHOLE = 4
_AGENT_BY = frozenset({"by", "por"})
_DATA_ARTICLES = frozenset({"the", "these", "those", "el", "la", "los", "las", "estos", "estas"})
_DATA_STOP = frozenset({",", ";", ":", "(", ")", "that", "que", "and", "y"})


def data_owner(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """The body whose data is the subject of the verb of showing at ``v`` (round 8): "The
    WHO data showed 1,200 deaths" → WHO, "Official figures show" → the government, "Las
    cifras oficiales registran" → the government, "Los datos del Ministerio muestran" → the
    ministry. The subject must hold a data noun ("data", "figures", "cifras"): "The video
    showed 20 people" names no source."""
    k = v - 1
    while (
        k >= 0
        and v - k <= _DATA_SPAN
        and toks[k].kind != "n"
        and norms[k] not in _DATA_STOP
        and norms[k] not in lex.say_verbs
    ):
        k -= 1
    span = list(range(k + 1, v))
    noun = next((k for k in span if norms[k] in DATA_NOUNS), -1)
    if noun < 0 or any(norms[k] in _AGENT_BY for k in span):
        return None  # "Figures tabulated by AP showed": the agent rule reads it
    candidates: list[list[int]] = []
    if noun + 1 < len(toks) and noun + 1 < v and norms[noun + 1] in _DATA_OF:
        candidates.append(forward(toks, norms, noun + 2, lex))  # "data from the agency"
    owner = [k for k in span if k < noun and norms[k] not in _POSSESSIVE]
    if any(toks[k].cap and k > 0 for k in owner) or any(norms[k] in _POSSESSIVE for k in span):
        candidates.append(owner)  # "The ministry's data", "the WHO data"
    bare = all(k == noun or norms[k] in _DATA_ARTICLES for k in span)
    if len(span) <= _DATA_WHOLE and not bare:  # "las cifras" alone names nobody
        candidates.append(span)  # "Las cifras oficiales", "Official figures"
    for cand in candidates:
        found = classify(text, toks, cand, lex, memo) if cand else None
        if found is not None and found.kind in INNER_KINDS:
            return attrs.evolve(found, verb="report", at=v)
    return None


TOLL_RAISING = tables_en.TOLL_RAISING_VERBS | tables_es.TOLL_RAISING_VERBS
_TOLL_OBJECT_REACH = 7
_TOLL_TO = frozenset({"to", "a", "hasta"})
_TOLL_SKIP = frozenset({"'", "’", "s", "of", "de", "del"})


def toll_object(toks: Sequence[Tok], norms: Sequence[str], j: int) -> bool:
    """h-who-en: a figure noun opens the object at ``j`` and "to / a" a number follows it
    ("increased the country's death toll to 228", "aumentaron el balance de muertos a 228"):
    the verb before moves that toll. Only lower-case words, articles and possessives lead to
    the noun, within a few words."""
    for k in range(j, min(len(norms), j + _TOLL_OBJECT_REACH)):
        w = norms[k]
        if w in GIVEN_NOUNS or w in ("count", "tally", "balance", "cifra"):
            rest = norms[k + 1 : k + 4]
            return any(
                x in _TOLL_TO and q + k + 2 < len(toks) and toks[q + k + 2].kind == "n"
                for q, x in enumerate(rest)
            )
        if toks[k].kind != "w" and w not in _TOLL_SKIP:
            return False
        if toks[k].cap and k > j:
            continue  # "the country's" is fine; a name inside ("Kashmir's toll") too
    return False


ACT_VERBS = tables_en.ACT_COUNT_VERBS | tables_es.ACT_COUNT_VERBS
_ACT_NOUNS = tables_en.ACT_COUNT_NOUNS | tables_es.ACT_COUNT_NOUNS
_ACT_REACH = 3


def act_object(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """Session 13 (h-who-en): a number right after a light verb (past "out" of "carried
    out") and a noun of acts on people a few words after it ("Police have made 20 arrests",
    "realizó 20 detenciones"): the verb's subject gives the count."""
    if j < len(norms) and norms[j] == "out":
        j += 1
    if not object_number(toks, norms, j, lex):
        return False
    return any(w in _ACT_NOUNS for w in norms[j + 1 : j + 1 + _ACT_REACH])
