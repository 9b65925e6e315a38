"""Walking back from a verb of saying to its subject (`backward`): past adverbs, days,
asides and appositions, stopping at a clause boundary, a list of portfolios or a long
relative clause. The way forward from a cue is `claimant_spans.forward`.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.ages import age_aside_open
from discrepancy.extraction.claimant_openers import after_time, first_conjunct
from discrepancy.extraction.claimant_phrases import ARTICLES, is_name, known_names
from discrepancy.extraction.claimant_pieces import (
    _COPULAS,
    _RELATIVE,
    QUOTES,
    STOP_BACK,
    THE,
    _said_when,
    _who_named,
)
from discrepancy.extraction.claimant_shapes import adverb, relative_open
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["CLITICS", "COORDINATION", "backward"]

_SKIP_BACK = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        "so",
        "far",
        "already",
        "recently",
        "later",
        "then",
        "again",
        "ha",
        "han",
        "habia",
        "habian",  # "las autoridades habían informado": the auxiliary, not the name
        "tambien",
        "ya",
        "previously",
        "publicly",
        "will",
        "would",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "are",
        "been",
        "to",
        "once",
        "repeatedly",
    }
) | (tables_en.SUBJECT_ADVERBS | tables_es.SUBJECT_ADVERBS)  # round 8: "had earlier told"


def backward(
    toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon
) -> tuple[list[int], list[int]]:
    """Token indices of the subject ending at ``i`` (and of a phrase before its apposition).

    A discourse aside between commas ("X, however, told", "X, sin embargo, dijo") is
    passed over: the subject before it speaks."""
    i = _quoted_as(norms, i, lex)
    aged = age_aside_open(toks, norms, i, lex.person_nouns) if i >= 3 else -1
    if aged > 0:  # session 13: "Ahmed Khan, 50, said": the name before the age speaks
        return _backward(toks, norms, aged - 1, lex)
    place = _place_aside(norms, i) if i >= 2 and norms[i] == "," else -1
    if place >= 0:  # "The mayor, speaking in Geneva, said": the subject before the aside
        return _backward(toks, norms, place - 1, lex)
    relative = relative_open(toks, norms, i, lex)
    if relative > 0:
        found = _backward(toks, norms, i, lex)
        if not found[0] or found[0][0] > relative:
            # "Gen. X, who leads the rescue, relief and … unit, reported": the walk
            # stopped inside the relative clause; its subject is before it (round 9)
            before = _backward(toks, norms, relative - 1, lex)
            if before[0]:
                return before
    aside = _aside_before(norms, i)
    if aside >= 0:  # one aside only: the walk stays linear on hostile text
        found = _backward(toks, norms, aside, lex)  # "Name, a spokesman for X, however,"
        return found if found[0] else _backward(toks, norms, aside - 1, lex)  # "Police, however,"
    found = _backward(toks, norms, i, lex)
    if found[0] or found[1]:
        return found
    opened = _bracket_open(norms, i)
    if opened > 0:  # h-who-es: "los sindicatos (A, B y C) calculan": the subject before
        return _backward(toks, norms, opened - 1, lex)
    j = i
    while j >= 0 and norms[j] in _SKIP_BACK:
        j -= 1  # "…, had earlier said"
    opened = _apposition_open(toks, norms, j, lex)
    if opened > 0:  # "The Civil Defence, rescuers who work under the government, said"
        return _backward(toks, norms, opened - 1, lex)
    return found


_QUOTED = frozenset({"quoted", "cited"})
_QUOTED_REACH = 4


def _quoted_as(norms: Sequence[str], i: int, lex: Lexicon) -> int:
    """ "Rescuers were cited on Friday as saying that …": the subject of the passive "were
    quoted" gives the figure (round 9b). The walk resumes before "quoted"; else ``i``."""
    if i < 1 or norms[i] != "as":
        return i
    for k in range(i - 1, max(-1, i - 1 - _QUOTED_REACH), -1):
        if norms[k] in _QUOTED:
            return k - 1
        if not (
            norms[k] in lex.weekdays
            or norms[k] in lex.today
            or norms[k] in lex.yesterday
            or norms[k] == "on"
        ):
            return i
    return i


_APPOSITION_REACH = 16
_WEB_DOMAINS = tables_en.WEB_DOMAINS | tables_es.WEB_DOMAINS


def _apposition_open(toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon) -> int:
    """The comma that opens a long apposition closed by the comma ``i`` (round 8), when the
    walk back through it found no subject: "X, rescuers who work under the government,
    had said" → the comma after X; -1 when there is none (a figure or a quote between)."""
    if i < 2 or norms[i] != ",":
        return -1
    for c in range(i - 1, max(0, i - _APPOSITION_REACH) - 1, -1):
        if toks[c].kind == "n" or norms[c] in QUOTES or norms[c] in (";", ":", "(", ")"):
            return -1
        if norms[c] == ",":
            first = norms[c + 1]
            if c == 0 or (first in lex.function_words and first not in ARTICLES):
                return -1  # ", al sureste,": a place or a time, not an apposition
            return c
    return -1


def _backward(
    toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon
) -> tuple[list[int], list[int]]:
    while i >= 0 and (
        (norms[i] in _SKIP_BACK and not (i > 0 and toks[i].cap))  # "Justicia Ya": a name's
        or adverb(norms, i)
        or (norms[i] == "since" and i > 0 and norms[i - 1] in ("has", "have", "had"))
        or _said_when(norms, i, lex)
        or (norms[i] in CLITICS and i > 0 and norms[i - 1] not in _CLITIC_NOT_AFTER)
    ):  # "has also", "has since", "had previously", "on Wednesday", "las redujo"
        i -= 1
    span: list[int] = []
    acronym: list[int] = []
    apposed = i >= 0 and norms[i] == ","  # "Its spokesman, Diego Casanova Maita, said"
    if apposed:
        i -= 1
    while i >= 0:
        w = norms[i]
        if w == "," and span and not apposed and _portfolio(toks, norms, span, i):
            span.insert(0, i)  # "La Consejería de Educación, Cultura y Deportes ha cifrado"
            i -= 1
            continue
        if w == "," and span and not apposed:
            first = _names_after_head(toks, norms, span, i, lex)
            if first is not None:  # session 11: "las centrales USO, CGT y CSIF han cifrado"
                return [*range(first, i), i, *span], []
        if w == ",":
            before = _segment_before(toks, i, lex)
            while before and norms[before[0]] in COORDINATION:
                before = before[1:]  # ", and SEP-Norte, the largest teachers' union, speaks"
            if (
                span
                and before
                and apposed
                and all(toks[k].kind != "n" for k in before)
                and _is_apposition(toks, span, lex)
                and is_name(toks, before, lex)
                and (toks[before[0]].cap or toks[before[0]].norm in THE)
                and toks[before[0]].norm not in lex.not_claimants
            ):
                return before, span  # "Ana Pérez, the director of X, said": X is her office
            if span and is_name(toks, span, lex):
                if any(norms[k] in lex.role_words or norms[k] in lex.title_offices for k in before):
                    return span, before  # "La directora del Servicio … (Senaem), Marta Quiroga,"
                return span, before[-4:]
            break
        if w == ")":  # "The National Electoral Observatory (NEO) said": skip the acronym
            k = i - 1
            while k >= 0 and i - k <= 4 and norms[k] != "(":
                k -= 1
            if k >= 0 and norms[k] == "(" and k > 0 and toks[k - 1].cap and i - k > 1:
                acronym = [j for j in range(k + 1, i) if toks[j].cap]
                i = k - 1
                continue
            break
        if (
            w == "."
            and len(span) == 1
            and norms[span[0]] in _WEB_DOMAINS
            and i > 0
            and toks[i - 1].kind in ("w", "x")
        ):  # "kestrelnews.com has counted 251": an outlet named by its web address (round 9)
            return [i - 1, i, *span], []
        if w == "." and i > 0 and toks[i - 1].cap and _in_acronym(toks, i):
            span.insert(0, i)  # "The U.N. says", "the U.S. Embassy said", "CC.OO. y UGT"
            i -= 1
            continue
        if (
            (w in _RELATIVE_BARE or (w == "that" and span and _past_verb(toks[span[0]])))
            and span
            and not apposed
            and i > 0
            and norms[i - 1] not in lex.say_verbs
            and not toks[span[0]].cap
            and norms[span[0]] not in ARTICLES
        ):  # a relative clause opens with its verb ("que trabajan"), a reported one with
            # its subject ("agregó que el Comité ha confirmado")
            # "Las ONG que operan desde el exilio en Panamá indicaron": the relative
            # clause describes the subject before it, which is who speaks
            before = _segment_before(toks, i, lex)
            if (
                before
                and toks[before[-1]].kind == "w"
                and not _verbish(norms[before[-1]])
                and all(norms[k] not in lex.say_verbs for k in before)
            ):
                return before, []
        if w in _RELATIVE and apposed and i > 1 and norms[i - 1] == ",":
            # "WHO spokeswoman Ana Berg, who handed the figures to journalists, said";
            # "Ana Ruiz, who leads the Refugee Council, said": the clause names her office
            before = _segment_before(toks, i - 1, lex)
            if before and is_name(toks, before, lex):
                return before, ([i, *span] if span and norms[span[0]] in _LEAD else [])
        if w in (";", ":", ".", "(", "—", "[", "]") or w in QUOTES:
            break
        if w in STOP_BACK and not _who_named(toks, i):
            break
        if w == "bien" and i > 0 and norms[i - 1] == "si":
            break  # "si bien las autoridades rusas aseguraron": a concession names its own
        if span and (w in _COPULAS or w in _HAVE):
            break  # "el efecto es limitado y los sindicatos cifran": no subject holds "es";
            # "the LA Times has police saying": the name ends at the verb before it
        if (
            w in COORDINATION
            and span
            and norms[span[0]] in ARTICLES
            and not (i > 0 and toks[i - 1].cap)
            and not first_conjunct(toks, norms, i, lex)
        ):
            break  # "… moderado y los sindicatos cifran": a new noun phrase opens after "y"
        if w == "-" and _spaced(toks, i):  # a dateline: "BRASILIA, Brazil -- Labor leaders"
            break
        if toks[i].kind == "n":
            break
        span.insert(0, i)
        i -= 1
        if len(span) > 12:
            if len(acronym) == 1 and not apposed:
                return acronym, []  # a name too long to read whole: its acronym names it
            if not apposed:
                subject = _long_relative(toks, norms, i, lex)
                if subject:
                    return subject, []
            break
    span = _after_adjunct(toks, norms, span)
    span = after_time(toks, norms, span, lex)
    if apposed:
        if i < 0 and any(
            norms[k] in lex.role_words or norms[k] in lex.title_offices for k in span
        ):  # a title opening the sentence: "spokesman for the Lara state government, told"
            return span, []
        return [], []  # "..., said X": the speaker follows the verb
    return span, []


_LIST_AND = frozenset({"y", "e", "and"})
_LIST_INSIDE = _LIST_AND | frozenset({",", "de", "del", "of", "la", "el", "los", "las", "the"})
_LIST_OF = frozenset({"de", "del", "of"})
_LIST_HEADS = tables_en.NAME_HEADS | tables_es.NAME_HEADS
_LIST_REACH = 8


_LIST_NAMES_REACH = 8
"""How many tokens back from a comma a list of names after a head noun is read."""


def _names_after_head(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], comma: int, lex: Lexicon
) -> int | None:
    """Session 11: the first name of a list of names after a plural head, when the subject
    found so far is the list's last names joined by "y / and" ("los sindicatos UGT, CCOO y
    CSI-CSIF", "the unions Unite, GMB and Unison"): the index of the first name, else
    ``None``. Every item before the comma is one capitalised word; a bounded look."""
    if not any(norms[k] in _LIST_AND for k in span) or not all(
        toks[k].cap or norms[k] in _LIST_AND or toks[k].kind == "x" or norms[k] == "-" for k in span
    ):
        return None
    k = comma - 1
    first = None
    while k >= 0 and comma - k <= _LIST_NAMES_REACH:
        if norms[k] == ",":
            k -= 1
            continue
        if toks[k].cap and toks[k].kind in ("w", "x") and norms[k] not in lex.generic_heads:
            if norms[k] in lex.not_claimants or norms[k] in lex.function_words:
                return None  # "However, GMB and Unison said": an opener, no name
            first = k
            k -= 1
            continue
        break
    if first is None or (k >= 0 and norms[k] not in lex.generic_heads):
        return None  # h-who-en: a list that opens the sentence needs no head noun
    return first


def _portfolio(toks: Sequence[Tok], norms: Sequence[str], span: list[int], comma: int) -> bool:
    """The subject found so far is the rest of a name that lists its portfolios after a
    comma: "La Consejería de Educación, Cultura y Deportes", "the Ministry of Health, Labour
    and Welfare" (round 7): capitalised words ended by "y / and" and a capital, and
    before the comma capitalised items back to "de / of" after a head. A bounded look."""
    known = known_names()
    if not toks[span[0]].cap or any(
        (not toks[k].cap and norms[k] not in _LIST_INSIDE) or norms[k] in known for k in span
    ):
        return False  # "the Ministry of Health, UNICEF and WHO": three bodies
    if not any(norms[k] in _LIST_AND and k + 1 < len(toks) and toks[k + 1].cap for k in span[:-1]):
        return False
    k = comma - 1
    while k > 0 and comma - k <= _LIST_REACH and (toks[k].cap or norms[k] == ","):
        if norms[k] in known:
            return False
        if norms[k - 1] in _LIST_OF and toks[k].cap and k > 1:
            head = toks[k - 2]
            return head.kind == "w" and (head.cap or head.norm in _LIST_HEADS)
        k -= 1
    return False


_LONG_RELATIVE = 12
_LONG_RELATIVES = frozenset({"que", "who", "which", "that"})


def _long_relative(toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon) -> list[int]:
    """The subject before a long relative clause that describes it: "The platform of the nine
    unions that called Friday's strike of teachers and educators across the country estimates
    …" (round 7). A bounded look further back for "that / que / who" with no comma,
    verb of saying or sentence mark between; empty when there is none."""
    for k in range(i, max(0, i - _LONG_RELATIVE), -1):
        w = norms[k]
        said = w in lex.say_verbs and not (k > 0 and norms[k - 1] in _LONG_RELATIVES)
        if w in (",", ";", ":", ".", "(", ")") or w in QUOTES or said:
            return []  # the verb of the relative itself ("that called") may be one
        if w in _LONG_RELATIVES:
            before = _segment_before(toks, k, lex)
            if (
                before
                and toks[before[-1]].kind == "w"
                and not _verbish(norms[before[-1]])
                and all(norms[j] not in lex.say_verbs for j in before)
                and is_name(toks, before, lex) | (norms[before[0]] in ARTICLES)
            ):
                return before
            return []
    return []


_ASIDES: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in (*tables_en.ASIDE_PHRASES, *tables_es.ASIDE_PHRASES):
    _ASIDES[_phrase[-1]] = (*_ASIDES.get(_phrase[-1], ()), _phrase)


def _aside_before(norms: Sequence[str], i: int) -> int:
    """The index of the comma that opens a discourse aside ending at the comma ``i``
    (", however,", ", por su parte,"), or -1 when there is none."""
    if i < 2 or norms[i] != ",":
        return -1
    for phrase in _ASIDES.get(norms[i - 1], ()):
        start = i - len(phrase)
        if start >= 1 and tuple(norms[start:i]) == phrase:
            if norms[start - 1] == ",":
                return start - 1
            if len(phrase) > 1 and norms[start - 1] not in _NO_COMMA_NOT_AFTER:
                # h-who-es: "CC.OO sin embargo, calculó": an aside whose opening comma
                # the writer left out; the walk resumes at the word before it
                return start - 1
    return -1


_BRACKET_REACH = 16


def _bracket_open(norms: Sequence[str], i: int) -> int:
    """The index of the "(" whose ")" is at ``i`` (at most `_BRACKET_REACH` words back; no
    bracket, quote, colon or semicolon inside, though dots may be: "CC.OO."), or -1: a list
    of names in brackets between a subject and its verb, "los sindicatos (A, B y C) calculan"."""
    if norms[i] != ")":
        return -1
    for k in range(i - 1, max(-1, i - 1 - _BRACKET_REACH), -1):
        if norms[k] == "(":
            return k
        if norms[k] in (")", ";", ":") or norms[k] in QUOTES:
            return -1
    return -1


_NO_COMMA_NOT_AFTER = frozenset({"y", "e", "o", "que", "and", "or", "that", "pero", "but"})
"""Words after which a two-word aside without its opening comma ("pero sin embargo,") opens
a clause of its own, not an aside after a subject."""


_ASIDE_OPENERS = tables_en.ASIDE_OPENERS | tables_es.ASIDE_OPENERS
_PLACE_ASIDE_REACH = 9
_OPENER_NOT_BEFORE = frozenset({"el", "la", "los", "las", "un", "una", "acuerdo"})
"""After "de", these make the aside a name's apposition ("de la Cruz Roja") or a source
("de acuerdo con X"), not where the speaker was."""


def _place_aside(norms: Sequence[str], i: int) -> int:
    """The comma that opens an aside saying where or how the speaker spoke, between the
    subject and its verb (round 8): "The mayor, speaking in Geneva, said", "El presidente,
    de visita en la ciudad de Talca, elevó", "the ministry, in a statement, said"; -1 when
    the words before the comma ``i`` are none."""
    for c in range(i - 2, max(0, i - _PLACE_ASIDE_REACH) - 1, -1):
        if norms[c] in (",", ";", ":", "(", ")") or norms[c][:1].isdigit():
            if norms[c] != "," or c < 1:
                return -1
            opener = norms[c + 1]
            if opener not in _ASIDE_OPENERS:
                return -1
            if opener == "de" and norms[c + 2] in _OPENER_NOT_BEFORE:
                return -1
            return c
    return -1


COORDINATION = frozenset({"y", "e", "and"})
_HAVE = frozenset({"has", "have", "had"})
CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se"})
_CLITIC_NOT_AFTER = frozenset({"de", "a", "en", "por", "con", "para", "entre", "sobre", "y", ","})
"""After these a "la" / "los" is an article ("de las autoridades"), not a clitic."""
_RELATIVE_BARE = frozenset({"que", "who", "which"})
_ADJUNCT_OPENERS = frozenset({"in", "on", "at", "en", "from", "desde", "during", "durante"})
_TIME_OPENERS = frozenset({"for", "por", "para"})
"""An adjunct of time before a name: "for the first time Iran", "por primera vez el PP"."""
_INNER_ARTICLES = frozenset({"the", "el", "la", "los", "las"})
_JOINS = frozenset({"of", "for", "de", "del", "y", "and", "e", "para", "en", "in", "'", "’", "s"})


def _in_acronym(toks: Sequence[Tok], i: int) -> bool:
    """The dot at ``i`` closes a letter group of an acronym written with dots ("U.N.",
    "CC.OO."): the capitals before it touch it and are at most two letters."""
    prev = toks[i - 1]
    return prev.end == toks[i].start and len(prev.norm) <= 2 and prev.kind == "w"


_LEAD = tables_en.LEAD_VERBS | tables_es.LEAD_VERBS


def _past_verb(tok: Tok) -> bool:
    """Session 13: a lower-case past form right after "that" opens a relative on the subject
    ("The group that organized the march said"); "said that police …" is never one (the word
    before "that" is a verb of saying, which the caller rules out)."""
    w = tok.norm
    return not tok.cap and (w in tables_en.FINITE_VERBS or (len(w) > 4 and w.endswith("ed")))


def _verbish(word: str) -> bool:
    """A word before a relative "que" that is a verb or a conjunction, not a noun: "dijo
    que", "said that" never open a relative clause on a subject."""
    return word in ("dijo", "said", "asi", "ya", "so", "now", "such", "es", "is", "fue", "was")


def _after_adjunct(toks: Sequence[Tok], norms: Sequence[str], span: list[int]) -> list[int]:
    """ "In Lyon the police headquarters", "On Monday the ministry": an opening adjunct
    before an article inside the subject is not part of it."""
    if not span or norms[span[0]] not in _ADJUNCT_OPENERS | _TIME_OPENERS:
        return span
    for pos in range(len(span) - 2, 0, -1):  # never a clitic before the verb ("los cifra")
        k = span[pos]
        if (
            norms[k] in _INNER_ARTICLES
            and norms[span[pos - 1]] not in _JOINS
            and toks[span[pos - 1]].kind != "p"
        ):
            return span[pos:]
    # "for the first time Iran reported": the name that ends the span, past the adjunct
    pos = len(span)
    while pos > 0 and (
        toks[span[pos - 1]].cap or (pos < len(span) and norms[span[pos - 1]] in _JOINS)
    ):
        pos -= 1
    while pos < len(span) and not toks[span[pos]].cap:
        pos += 1  # a joiner never opens the name
    if 1 < pos < len(span) and not toks[span[pos - 1]].cap:
        return span[pos:]
    return span


def _spaced(toks: Sequence[Tok], i: int) -> bool:
    """A dash that stands apart (a dateline's, a parenthesis'), not a hyphen in a word."""
    before = toks[i - 1].end if i > 0 else -1
    after = toks[i + 1].start if i + 1 < len(toks) else toks[i].end + 1
    return before < toks[i].start or after > toks[i].end or (i > 0 and toks[i - 1].norm == "-")


def _segment_before(toks: Sequence[Tok], comma: int, lex: Lexicon) -> list[int]:
    """The tokens between the previous boundary and the comma at ``comma``."""
    out: list[int] = []
    k = comma - 1
    while k >= 0 and len(out) < 12:
        w = toks[k].norm
        if w == ")" and k > 2 and toks[k - 2].norm == "(" and toks[k - 1].cap:
            k -= 3  # "el Instituto de Emergencias (IDE), Juan Pérez"
            continue
        if w in (",", ".", ";", ":", "(", ")") or w in QUOTES:
            break
        if w in STOP_BACK and not _who_named(toks, k):
            break  # "WHO spokeswoman Lena Marsh, who …": the WHO is a name
        out.insert(0, k)
        k -= 1
    return out


def _is_apposition(toks: Sequence[Tok], span: list[int], lex: Lexicon) -> bool:
    """Between two commas before the verb: "a leading authority", "the director of X",
    "controlado por el oficialismo" (a phrase that opens in lower case, never a name)."""
    first = toks[span[0]]
    return not first.cap and first.kind == "w"
