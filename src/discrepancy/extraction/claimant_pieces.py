"""The pieces around a source's name that are not part of it, and the words a span of a name
stops at: a report noun ("a report by the ministry"), a listener ("told reporters"), a day
("said on Monday"), a quote mark, a relative clause. Read by `claimant_spans` and
`claimant_backward`.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import ARTICLES
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "QUOTES",
    "SAID_WHEN",
    "STOP_BACK",
    "THE",
    "breakdown",
    "listener_at",
    "past_listener",
    "past_report",
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
        "si",  # round 9b: "si bien las autoridades aseguran": the concession opens here
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
QUOTES = frozenset({"“", "”", '"', "«", "»"})
THE = frozenset({"the", "el", "la", "los", "las"})
_WHEN_PREP = frozenset({"on", "in", "this", "last", "el", "este", "esta", "en", "del"})


_OWNED = frozenset({"s", "'", "’"})
"""Before a month, a possessive makes it a name: "the Women's March"."""


def until_when(norms: Sequence[str], span: list[int], lex: Lexicon) -> list[int]:
    """A subject ends before a day or a month ("The Harbour Gazette on Tuesday March 3rd
    reported" → "The Harbour Gazette"). A month name that is also a noun ("The march's
    organizers", "la organización Mar Abierto") ends it only when it reads as a date: a
    number or a weekday next to it, or "in / on / last" before it (round 9)."""
    for pos, k in enumerate(span):
        w = norms[k]
        timed = (w in lex.weekdays and not _owns(norms, k)) or (
            w in lex.months and norms[span[pos - 1]] not in _OWNED and _dated(norms, k, lex)
        )
        if pos > 0 and (
            timed
            or (
                w in _WHEN_PREP
                and pos + 1 < len(span)
                and (
                    norms[span[pos + 1]] in lex.weekdays
                    or (
                        norms[span[pos + 1]] in lex.months
                        and (norms[span[pos + 1]] not in _NOUN_MONTHS or w in _DATE_PREP)
                    )
                )
            )
        ):
            return span[:pos]
    return span


_NOUN_MONTHS = frozenset({"march", "may", "mar"})
"""Month names that are also nouns: "the march", "may", "el mar" (round 9)."""
_DATE_PREP = frozenset({"on", "in", "last"})


def _owns(norms: Sequence[str], k: int) -> bool:
    """ "Saturday's rally": a day that owns a noun is part of the subject (round 9)."""
    return k + 2 < len(norms) and norms[k + 1] in ("'", "’") and norms[k + 2] == "s"


def _dated(norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """A month name at ``k`` is a date: any month but the nouns of `_NOUN_MONTHS`, or one of
    them with a number or a weekday next to it ("March 3", "Tuesday March")."""
    if norms[k] not in _NOUN_MONTHS:
        return True
    after = norms[k + 1] if k + 1 < len(norms) else ""
    before = norms[k - 1] if k > 0 else ""
    return after[:1].isdigit() or before[:1].isdigit() or before in lex.weekdays


_REPORT_OF = frozenset({"de", "del", "of", "from", "by", "por"})
_BREAKDOWN_BY = tables_en.BREAKDOWN_BY | tables_es.BREAKDOWN_BY


def breakdown(norms: Sequence[str], j: int) -> bool:
    """Whether the word at ``j``, right after a report noun, splits its figures by category
    ("las estadísticas por Dengue Grave") rather than name who made them ("por parte de X")."""
    return norms[j] in _BREAKDOWN_BY and not (j + 1 < len(norms) and norms[j + 1] == "parte")


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
    if k + 1 < len(span) and breakdown(norms, span[k + 1]):
        return []  # h-who-es: "las estadísticas por Dengue Grave": a category, no source
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
_COPULAS = frozenset({"es", "son", "fue", "fueron", "era", "eran", "is", "are", "was", "were"})


_LISTENERS = frozenset(
    {"prensa", "periodistas", "medios", "reporteros", "agencia", "emisora", "radio", "television"}
    | {"diario", "periodico", "medio", "cadena", "canal"}
)


_MEDIUMS = tables_en.SAID_MEDIUMS + tables_es.SAID_MEDIUMS
_MEDIUM_REACH = max(len(p) for p in _MEDIUMS)


def past_medium(norms: Sequence[str], j: int) -> int:
    """Past the medium after a reporting verb: "precisó en rueda de prensa el ministro",
    "informó en un comunicado la Fiscalía": how it was said is never who says it (g-who)."""
    for n in range(_MEDIUM_REACH, 0, -1):
        if tuple(norms[j : j + n]) in _MEDIUMS:
            return j + n
    return j


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


_TOLD = frozenset({"a", "al", "to"})
_TOLD_ARTICLES = frozenset({"la", "las", "los", "el", "este", "esta", "the", "this"})
_TOLD_NAMES = tables_en.LISTENER_NAMES | tables_es.LISTENER_NAMES


def listener_at(toks: Sequence[Tok], norms: Sequence[str], j: int) -> bool:
    """ "según informaron dirigentes de X a la prensa", "fuentes de la Policía a EFE",
    "officials of X to reporters": "a" / "to" before the press, the reporters or a news agency
    ends the name before it — whom it was told to is never part of who tells it (round 10;
    a capitalised word after "a" that is no agency stays: "Ayuda a Refugiados")."""
    n = len(norms)
    if j >= n or norms[j] not in _TOLD:
        return False
    k = j + 1
    if k < n and norms[k] in _TOLD_ARTICLES:
        k += 1
    return k < n and (norms[k] in _LISTENERS or norms[k] in _TOLD_NAMES)


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


def _said_when(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """A day between the subject and its verb: "the council on Wednesday said", "el
    Ministerio este lunes informó"."""
    w = norms[i]
    if w in lex.weekdays or w in lex.today or w in lex.yesterday:
        return True
    return w in SAID_WHEN and i + 1 < len(norms) and norms[i + 1] in lex.weekdays
