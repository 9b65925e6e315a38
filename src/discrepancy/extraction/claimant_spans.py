"""Where a source's noun phrase starts and ends, read from the tokens of a sentence.

Walking back from a verb of saying to its subject (`backward`: past adverbs, days and
appositions, stopping at a clause boundary) and forward from a cue to the name after it
(`forward`: "según los sindicatos", ", said the ministry"), and the pieces around a name that
are not part of it (a report noun, a listener, a day). What the span names is
`claimant_phrases`; which verb or cue opens it is `claimant`.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import ARTICLES, CONNECTORS, is_name, known_names
from discrepancy.extraction.claimant_titles import TITLE_MODIFIERS
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "CLITICS",
    "COORDINATION",
    "QUOTES",
    "SAID_WHEN",
    "STOP_BACK",
    "THE",
    "apposition_after",
    "backward",
    "forward",
    "hedge_before_number",
    "past_listener",
    "past_report",
    "split_names",
    "until_when",
]

STOP_BACK = frozenset(
    {
        "where",
        "donde",
        "whose",
        "whom",
        "that",
        "which",
        "who",
        "with",
        "while",
        "but",
        "though",
        "although",
        "when",
        "as",
        "after",
        "since",
        "because",
        "if",
        "que",
        "con",
        "pero",
        "aunque",
        "mientras",
        "cuando",
        "tras",
        "despite",
        "following",
        "so",
        "mas",
        "segun",
    }
)
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
QUOTES = frozenset({"“", "”", '"', "«", "»"})
THE = frozenset({"the", "el", "la", "los", "las"})


_VERB_STOP = frozenset(
    {"ha", "han", "habia", "habian", "fue", "fueron", "es", "son", "sido", "seria", "sera"}
    | {"has", "have", "had", "is", "are", "was", "were", "will", "would", "been", "could"}
)
"""Auxiliaries and forms of "to be": a source's name never runs on into them."""
_WHEN_PREP = frozenset({"on", "in", "this", "last", "el", "este", "esta", "en", "del"})


_OWNED = frozenset({"s", "'", "’"})
"""Before a month, a possessive makes it a name: "the Women's March"."""


def until_when(norms: Sequence[str], span: list[int], lex: Lexicon) -> list[int]:
    """A subject ends before a day or a month ("The Harbour Gazette on Tuesday March 3rd
    reported" → "The Harbour Gazette")."""
    for pos, k in enumerate(span):
        w = norms[k]
        timed = w in lex.weekdays or (w in lex.months and norms[span[pos - 1]] not in _OWNED)
        if pos > 0 and (
            timed
            or (
                w in _WHEN_PREP
                and pos + 1 < len(span)
                and (norms[span[pos + 1]] in lex.weekdays or norms[span[pos + 1]] in lex.months)
            )
        ):
            return span[:pos]
    return span


_REPORT_OF = frozenset({"de", "del", "of", "from", "by", "por"})
_REPORT_NOUNS = tables_en.CLAIMANT_REPORT_NOUNS | tables_es.CLAIMANT_REPORT_NOUNS
"""Report nouns before a source that are not part of its name: "información de los
bomberos", "el recuento de la Cruz Roja", "figures from the health ministry"."""


def past_report(norms: Sequence[str], span: list[int], lex: Lexicon) -> list[int]:
    """The source after a report noun: "un balance parcial de organismos de socorro",
    "figures from the health ministry" → the tokens after "de" / "from" (the whole span
    when it opens with no report noun)."""
    k = 0
    while k < len(span) - 1 and norms[span[k]] in ARTICLES:
        k += 1
    if k >= len(span):
        return span
    if norms[span[k]] in _SOURCE_NOUNS:  # "sources at the Interior Ministry", "fuentes de X"
        if k + 2 < len(span) and norms[span[k + 1]] in _SOURCE_AT:
            return span[k + 2 :]
        return span
    owner = _owner_of_report(norms, span, k, lex)
    if owner:
        return owner  # "the commission's report" → the commission (round 7)
    adjectives = 0  # "the initial reports of X", "los últimos informes de X"
    while (
        adjectives < _REPORT_ADJECTIVES
        and k < len(span) - 2
        and norms[span[k]] not in lex.by_report
        and norms[span[k]] not in _REPORT_NOUNS
        and norms[span[k + 1]] in _REPORT_NOUNS | lex.by_report
        and len(norms[span[k]]) > 3
    ):
        k += 1
        adjectives += 1
    if norms[span[k]] not in lex.by_report and norms[span[k]] not in _REPORT_NOUNS:
        return span
    for j in range(k + 1, min(len(span) - 1, k + 6)):  # "cifras difundidas el lunes por"
        if norms[span[j]] in _REPORT_OF:
            return span[j + 1 :]
    return span


def _report_of(norms: Sequence[str], j: int) -> bool:
    """A report noun that is also a verb, before "of / from / de" or after "'s": "the
    initial reports of the commission", "the board's report" go on to their source."""
    if norms[j] not in _REPORT_NOUNS:
        return False
    owned = j > 1 and norms[j - 1] == "s" and norms[j - 2] in _POSSESSIVE  # "the board's report"
    return owned or (j + 1 < len(norms) and norms[j + 1] in _REPORT_OF)


_REPORT_ADJECTIVES = 1
_POSSESSIVE = frozenset({"'", "’"})


def _owner_of_report(norms: Sequence[str], span: list[int], k: int, lex: Lexicon) -> list[int]:
    """The owner before "'s" when a report noun ends the span: "the commission's report",
    "the ministry's latest figures" (empty when the span is not so)."""
    last = norms[span[-1]]
    if last not in lex.by_report and last not in _REPORT_NOUNS:
        return []
    for j in range(k + 1, len(span) - 1):
        if norms[span[j]] in _POSSESSIVE and norms[span[j + 1]] == "s":
            if len(span) - (j + 2) <= 3:  # at most two adjectives between
                return span[:j]
            return []
    return []


_SOURCE_NOUNS = frozenset({"source", "sources", "fuente", "fuentes"})
_SOURCE_AT = frozenset({"at", "in", "from", "within", "inside", "de", "del", "en"})


SAID_WHEN = frozenset(
    {"este", "esta", "on", "this", "last", "late", "noche", "tarde", "manana", "morning"}
    | {"afternoon", "evening", "night"}
)
"""Words between a reporting verb and the subject after it ("informó esta noche la ...")."""
_RELATIVE = frozenset({"who", "which", "que", "quien", "quienes"})
_PLACE_PREP = frozenset({"in", "at", "from", "en", "desde"})


def apposition_after(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> list[int]:
    """ "said Ana Ruiz, the Refugee Council's envoy in the region": the title after the name."""
    if not span or span[-1] + 2 >= len(toks) or norms[span[-1] + 1] != ",":
        return []
    out: list[int] = []
    k = span[-1] + 2
    while k < len(toks) and len(out) < 16 and norms[k] not in (",", ".", ";", ":"):
        out.append(k)
        k += 1
    if any(norms[j] in lex.role_words or norms[j] in lex.title_offices for j in out):
        return out
    return []


def backward(
    toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon
) -> tuple[list[int], list[int]]:
    """Token indices of the subject ending at ``i`` (and of a phrase before its apposition).

    A discourse aside between commas ("X, however, told", "X, sin embargo, dijo") is
    passed over: the subject before it speaks."""
    place = _place_aside(norms, i) if i >= 2 and norms[i] == "," else -1
    if place >= 0:  # "The mayor, speaking in Geneva, said": the subject before the aside
        return _backward(toks, norms, place - 1, lex)
    aside = _aside_before(norms, i)
    if aside >= 0:  # one aside only: the walk stays linear on hostile text
        found = _backward(toks, norms, aside, lex)  # "Name, a spokesman for X, however,"
        return found if found[0] else _backward(toks, norms, aside - 1, lex)  # "Police, however,"
    found = _backward(toks, norms, i, lex)
    if found[0] or found[1]:
        return found
    j = i
    while j >= 0 and norms[j] in _SKIP_BACK:
        j -= 1  # "…, had earlier said"
    opened = _apposition_open(toks, norms, j, lex)
    if opened > 0:  # "The Civil Defence, rescuers who work under the government, said"
        return _backward(toks, norms, opened - 1, lex)
    return found


_APPOSITION_REACH = 16


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
        norms[i] in _SKIP_BACK
        or (norms[i].endswith("ly") and len(norms[i]) > 4)
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
        if w == "." and i > 0 and toks[i - 1].cap and _in_acronym(toks, i):
            span.insert(0, i)  # "The U.N. says", "the U.S. Embassy said", "CC.OO. y UGT"
            i -= 1
            continue
        if (
            w in _RELATIVE_BARE
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
        if span and (w in _COPULAS or w in _HAVE):
            break  # "el efecto es limitado y los sindicatos cifran": no subject holds "es";
            # "the LA Times has police saying": the name ends at the verb before it
        if (
            w in COORDINATION
            and span
            and norms[span[0]] in ARTICLES
            and not (i > 0 and toks[i - 1].cap)
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
        if start >= 1 and norms[start - 1] == "," and tuple(norms[start:i]) == phrase:
            return start - 1
    return -1


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
_COPULAS = frozenset({"es", "son", "fue", "fueron", "era", "eran", "is", "are", "was", "were"})
_HAVE = frozenset({"has", "have", "had"})
_SHOW_VERBS = frozenset(
    {"showed", "shows", "show", "revealed", "muestran", "muestra", "mostraron", "revelan"}
)
"""Verbs after a source's data ("data from X showed"): the source's name ends before them."""
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


_LISTENERS = frozenset(
    {"prensa", "periodistas", "medios", "reporteros", "agencia", "emisora", "radio", "television"}
    | {"diario", "periodico", "medio", "cadena", "canal"}
)


def past_listener(toks: Sequence[Tok], norms: Sequence[str], j: int) -> int:
    """Past the listener after a Spanish reporting verb: "informaron a EFE fuentes de X",
    "explicó a la prensa el alcalde": whom it was told to is never who tells it."""
    n = len(toks)
    if j >= n or norms[j] not in ("a", "al"):
        return j
    k = j + 1
    if k < n and norms[k] in ("la", "las", "los", "el", "este", "esta", "un", "una"):
        k += 1
    if k < n and (norms[k] in _LISTENERS or (toks[k].cap and toks[k].kind == "w")):
        k += 1
        while k < n and toks[k].cap and toks[k].kind == "w" and k - j < 5:
            k += 1  # "a Radio Nacional"
        if k < n and norms[k] not in (",", "."):
            return k
    return j


_QUESTION_AFTER = frozenset(
    {"is", "was", "are", "were", "knows", "knew", "can", "could", "will", "would", "do", "does"}
    | {"did", "has", "had", "should", "might", "may", "else", "cares"}
)


def _who_named(toks: Sequence[Tok], i: int) -> bool:
    """ "The WHO also added", "according to the WHO": the capitalised "WHO" inside a
    sentence is the World Health Organization, not a relative pronoun."""
    if toks[i].norm != "who" or not toks[i].cap:
        return False
    if i == 0 or toks[i - 1].norm == ".":  # "WHO spokesman …" opening the sentence
        return i + 1 < len(toks) and toks[i + 1].norm not in _QUESTION_AFTER
    return True


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


def _said_when(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """A day between the subject and its verb: "the council on Wednesday said", "el
    Ministerio este lunes informó"."""
    w = norms[i]
    if w in lex.weekdays or w in lex.today or w in lex.yesterday:
        return True
    return w in SAID_WHEN and i + 1 < len(norms) and norms[i + 1] in lex.weekdays


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


def forward(
    toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon, *, names_only: bool = False
) -> list[int]:
    span: list[int] = []
    n = len(toks)
    if names_only:  # "ha detallado este lunes el Ministerio": past the time of saying
        while j < n and (
            norms[j] in lex.weekdays
            or norms[j] in lex.today
            or norms[j] in lex.yesterday
            or norms[j] in SAID_WHEN
        ):
            j += 1
    if names_only:
        j = past_listener(toks, norms, j)  # "informaron a EFE fuentes de la Policía"
    if names_only and j < n and norms[j] in _PLACE_PREP:
        return span  # "17,388 were reported in Kashmir": a place, not who reported
    while j < n and len(span) < 14:
        w = norms[j]
        if span and not toks[j].cap and j + 1 < n and toks[j + 1].kind == "n":
            break  # "according to the ministry another 640": a determiner of the number
        if w == ",":
            if j + 1 < n and toks[j + 1].cap and span and toks[span[-1]].cap:
                span.append(j)
                j += 1
                continue
            break
        if w in (";", ":", ".", "(", ")", "—") or w in QUOTES or toks[j].kind == "n":
            break
        if span and hedge_before_number(toks, norms, j, lex):
            break  # "según los organizadores más de 100.000": the hedge opens the number
        if span and w in _COPULAS and not toks[j].cap:
            break  # "el balance de la Fiscalía era de 18": the name ends at the verb (round 8)
        if (w in ("that", "which", "who", "que", "quien") and not _who_named(toks, j)) or (
            span and (w in lex.say_verbs or w in _VERB_STOP) and not _report_of(norms, j)
        ):
            break  # "según los sindicatos ha sido apoyada por": the name ends at the verb
        if span and (
            w in _SHOW_VERBS
            or (
                (_said_when(norms, j, lex) or w in lex.weekdays)
                and all(norms[k] not in lex.by_report for k in span)
            )
        ):
            break  # "data released by the health ministry on Friday showed": the day ends it
        if w in ("a", "to") and span and not toks[span[-1]].cap and toks[span[-1]].kind == "w":
            break  # "según estadísticas del Servicio X facilitadas a EFE": EFE is told
        if (
            names_only
            and not toks[j].cap
            and not (not span and w in _SOURCE_NOUNS)  # "informaron fuentes de la Policía"
            and w not in lex.generic_heads  # ", said the ministry", "informó la policía"
            and w not in lex.government_heads
            and not (j + 1 < n and toks[j + 1].cap and toks[j].kind == "w" and len(span) < 3)
            # a descriptor before the name: "reconoció la patronal Confemetal"
            and w not in CONNECTORS
            and w not in ARTICLES
            and w not in lex.role_words
            and w not in lex.title_offices
            and w not in TITLE_MODIFIERS
        ):
            break
        span.append(j)
        j += 1
    return span


def hedge_before_number(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A hedge ("más de", "more than", "about") at ``j`` that a number follows."""
    for phrase, _ in lex.hedges_by_first.get(norms[j], ()):
        end = j + len(phrase)
        if (
            end < len(toks)
            and tuple(norms[j:end]) == phrase
            and (toks[end].kind == "n" or norms[end] in lex.number_words)
        ):
            return True
    return False


def _is_apposition(toks: Sequence[Tok], span: list[int], lex: Lexicon) -> bool:
    """Between two commas before the verb: "a leading authority", "the director of X",
    "controlado por el oficialismo" (a phrase that opens in lower case, never a name)."""
    first = toks[span[0]]
    return not first.cap and first.kind == "w"


def split_names(mention: str) -> list[str]:
    """ "Provea, JEyP" → ["Provea", "JEyP"]: the fallback when the whole does not resolve."""
    parts = [p.strip(" ,") for p in mention.replace(" and ", ",").replace(" y ", ",").split(",")]
    return [p for p in parts if p]
