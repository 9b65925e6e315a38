"""Who states the numbers of a sentence: attribution patterns, English and Spanish.

Patterns, in reading order: "according to X" / "según X", "a report by X", "X said/reported/
found/estimates/told ..." (the subject, past an appositive: "The organization Foro Penal, a
leading authority, had registered"), "said X" after a quote, and "confirmed by X". What the
noun phrase found is (a name, a pronoun, a descriptor, a government) is `claimant_phrases`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from discrepancy.extraction.claimant_phrases import (
    ARTICLES,
    CONNECTORS,
    DEFINITE,
    GOVERNMENT,
    INDEFINITE,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
    Memo,
    classify,
    is_name,
)
from discrepancy.extraction.claimant_titles import TITLE_MODIFIERS, titled_person
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "DEFINITE",
    "GOVERNMENT",
    "INDEFINITE",
    "NAMED",
    "PLURAL",
    "PRONOUN",
    "Attribution",
    "Memo",
    "find_attribution",
    "find_attributions",
    "split_names",
    "titled_person",
]

_STOP_BACK = frozenset(
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
)
_QUOTES = frozenset({"“", "”", '"', "«", "»"})
_THE = frozenset({"the", "el", "la", "los", "las"})
_QUOTES_COMMA = _QUOTES | {","}


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
) -> Attribution | None:
    """The first attribution of the sentence (outside quotes), or ``None``.

    ``quotes``: the quoted spans that overlap the sentence, in order; ``memo`` (one per
    document) keeps what each noun phrase was classified as.
    """
    norms = norms if norms is not None else [t.norm for t in toks]
    memo = memo if memo is not None else {}
    weak: Attribution | None = None
    strong: Attribution | None = None
    for found in _attributions(text, toks, norms, quotes, lex, memo):
        if found.kind not in (PRONOUN, DEFINITE, INDEFINITE):
            if found.verb == "citing":
                return found  # "Reuters reported, citing the ministry": the ministry's figure
            strong = strong or found
            if not _CITING.isdisjoint(norms[found.at :]):
                continue
            return strong
        weak = weak or found
    return strong or weak


def find_attributions(
    text: str,
    toks: Sequence[Tok],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    norms: Sequence[str] | None = None,
    memo: Memo | None = None,
) -> list[Attribution]:
    """Every attribution of the sentence that names a source (named, government, plural, a
    definite "the union"), in order of the verb or phrase that introduces it: a sentence can
    give two sources for two numbers."""
    norms = norms if norms is not None else [t.norm for t in toks]
    memo = memo if memo is not None else {}
    found = [
        a
        for a in _attributions(text, toks, norms, quotes, lex, memo)
        if a.kind not in (PRONOUN, INDEFINITE)
    ]
    return sorted(found, key=lambda a: a.at)


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
    cues = lex.attribution_cues
    for i in [k for k, w in enumerate(norms) if w in cues]:
        if outside is not None and not outside[i]:
            continue
        w = norms[i]
        for phrase, _ in lex.according_by_first.get(w, ()):
            if tuple(norms[i : i + len(phrase)]) == phrase:
                span = _forward(toks, norms, i + len(phrase), lex)
                found = classify(text, toks, _past_report(norms, span, lex), lex, memo)
                if found is not None:
                    verb = "citing" if w in _CITING else "according"
                    yield attrs.evolve(found, verb=verb, at=i)
        if w in lex.by_report and i + 2 < n and norms[i + 1] in ("by", "de", "por"):
            found = classify(text, toks, _forward(toks, norms, i + 2, lex), lex, memo)
            if found is not None and found.kind in (NAMED, GOVERNMENT):
                yield attrs.evolve(found, verb="report", at=i)
        if (
            w in lex.say_verbs
            and _verb_like(toks, i)
            and not (i > 0 and norms[i - 1] in _DETERMINERS and w not in _SUBJECT_AFTER)
        ):
            found = _verb_subject(text, toks, norms, i, lex, memo)
            if found is not None:
                yield attrs.evolve(found, at=i)
    if n > 2 and norms[0] == "para":  # "Para los organizadores, más de 50.000 personas ..."
        span = _forward(toks, norms, 1, lex)
        if span and span[-1] + 1 < n and norms[span[-1] + 1] == ",":
            found = classify(text, toks, span, lex, memo)
            if found is not None and found.kind in (NAMED, GOVERNMENT, PLURAL, DEFINITE):
                yield attrs.evolve(found, verb="according", at=0)


_REPORT_OF = frozenset({"de", "del", "of", "from", "by", "por"})


def _past_report(norms: Sequence[str], span: list[int], lex: Lexicon) -> list[int]:
    """The source after a report noun: "un balance parcial de organismos de socorro",
    "figures from the health ministry" → the tokens after "de" / "from" (the whole span
    when it opens with no report noun)."""
    k = 0
    while k < len(span) - 1 and norms[span[k]] in ARTICLES:
        k += 1
    if k >= len(span) or norms[span[k]] not in lex.by_report:
        return span
    for j in range(k + 1, min(len(span) - 1, k + 4)):
        if norms[span[j]] in _REPORT_OF:
            return span[j + 1 :]
    return span


def _verb_like(toks: Sequence[Tok], i: int) -> bool:
    """A capitalised "States" is a name ("United States") unless it ends a headline."""
    if not toks[i].cap or i == 0:
        return True
    return i + 1 >= len(toks) or (toks[i + 1].kind == "p" and toks[i + 1].norm not in ("'", "’"))


def _verb_subject(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    say = lex.status_words.get(norms[v]) is None or norms[v] in ("estimates", "estima")
    verb = norms[v]
    if v + 1 < len(toks) and norms[v + 1] in ("by", "por"):
        found = classify(text, toks, _forward(toks, norms, v + 2, lex), lex, memo)
        if found is not None:
            return attrs.evolve(found, verb=verb, say=say)
    span, pre = _backward(toks, norms, v - 1, lex)
    found = classify(text, toks, span, lex, memo) if verb not in _SUBJECT_AFTER else None
    if (
        found is None
        and (
            not span
            or verb in _SUBJECT_AFTER
            or norms[v - 1] in _QUOTES_COMMA
            or all(norms[k] in lex.not_claimants or norms[k] in lex.function_words for k in span)
        )
        and verb not in _TOLD
    ):  # "..., said X", "Así lo informó la Cruz Roja": X speaks
        after = _forward(toks, norms, v + 1, lex, names_only=True)
        found = classify(text, toks, after, lex, memo)
        span, pre = after, _apposition_after(toks, norms, after, lex)
    if found is None:
        return None
    if pre and found.kind == NAMED:
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


_SAID_WHEN = frozenset(
    {"este", "esta", "on", "this", "last", "late", "noche", "tarde", "manana", "morning"}
    | {"afternoon", "evening", "night"}
)
"""Words between a reporting verb and the subject after it ("informó esta noche la ...")."""
_DETERMINERS = frozenset(
    {"la", "el", "esta", "este", "una", "un", "su", "the", "this", "a", "an", "its", "their"}
)
"""Before a word that is also a verb, a determiner makes it a noun: "Esta cifra", "the count"."""
_CITING = frozenset({"citing", "quoting", "citando"})
_RELATIVE = frozenset({"who", "which", "que", "quien", "quienes"})
_PLACE_PREP = frozenset({"in", "at", "from", "en", "desde"})
_SUBJECT_AFTER = frozenset({"conocer"})
"""Verbs whose speaker always follows ("lo dio a conocer la ONU")."""
_TOLD = frozenset({"told", "tells"})
"""Verbs whose object is the listener ("told AFP", "told reporters"), never the speaker."""


def _apposition_after(
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


def _backward(
    toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon
) -> tuple[list[int], list[int]]:
    """Token indices of the subject ending at ``i`` (and of a phrase before its apposition)."""
    while i >= 0 and (
        norms[i] in _SKIP_BACK
        or (norms[i].endswith("ly") and len(norms[i]) > 4)
        or (norms[i] == "since" and i > 0 and norms[i - 1] in ("has", "have", "had"))
        or _said_when(norms, i, lex)
    ):  # "has also", "has since", "had previously", "on Wednesday"
        i -= 1
    span: list[int] = []
    apposed = i >= 0 and norms[i] == ","  # "Its spokesman, Diego Casanova Maita, said"
    if apposed:
        i -= 1
    while i >= 0:
        w = norms[i]
        if w == ",":
            before = _segment_before(toks, i, lex)
            if (
                span
                and before
                and apposed
                and all(toks[k].kind != "n" for k in before)
                and _is_apposition(toks, span, lex)
                and is_name(toks, before, lex)
                and (toks[before[0]].cap or toks[before[0]].norm in _THE)
                and toks[before[0]].norm not in lex.not_claimants
            ):
                return before, span  # "Ana Pérez, the director of X, said": X is her office
            if span and is_name(toks, span, lex):
                return span, before[-4:]
            break
        if w == ")":  # "The National Electoral Observatory (NEO) said": skip the acronym
            k = i - 1
            while k >= 0 and i - k <= 4 and norms[k] != "(":
                k -= 1
            if k >= 0 and norms[k] == "(" and k > 0 and toks[k - 1].cap and i - k > 1:
                i = k - 1
                continue
            break
        if w == "." and i > 0 and len(toks[i - 1].norm) == 1 and toks[i - 1].cap:
            span.insert(0, i)  # "The U.N. says", "the U.S. Embassy said"
            i -= 1
            continue
        if w in _RELATIVE and apposed and i > 1 and norms[i - 1] == ",":
            # "WHO spokesman Tarik Jasarevic, who gave the figures to reporters, said"
            before = _segment_before(toks, i - 1, lex)
            if before and is_name(toks, before, lex):
                return before, []
        if w in (";", ":", ".", "(", "—", "[", "]") or w in _QUOTES or w in _STOP_BACK:
            break
        if w == "-" and _spaced(toks, i):  # a dateline: "BRASILIA, Brazil -- Labor leaders"
            break
        if toks[i].kind == "n":
            break
        span.insert(0, i)
        i -= 1
        if len(span) > 12:
            break
    if apposed:
        if i < 0 and any(
            norms[k] in lex.role_words or norms[k] in lex.title_offices for k in span
        ):  # a title opening the sentence: "spokesman for the Lara state government, told"
            return span, []
        return [], []  # "..., said X": the speaker follows the verb
    return span, []


def _said_when(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """A day between the subject and its verb: "the council on Wednesday said", "el
    Ministerio este lunes informó"."""
    w = norms[i]
    if w in lex.weekdays or w in lex.today or w in lex.yesterday:
        return True
    return w in _SAID_WHEN and i + 1 < len(norms) and norms[i + 1] in lex.weekdays


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
        if w in (",", ".", ";", ":", "(", ")") or w in _QUOTES or w in _STOP_BACK:
            break
        out.insert(0, k)
        k -= 1
    return out


def _forward(
    toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon, *, names_only: bool = False
) -> list[int]:
    span: list[int] = []
    n = len(toks)
    if names_only:  # "ha informado este viernes el Ministerio": past the time of saying
        while j < n and (
            norms[j] in lex.weekdays
            or norms[j] in lex.today
            or norms[j] in lex.yesterday
            or norms[j] in _SAID_WHEN
        ):
            j += 1
    if names_only and j < n and norms[j] in _PLACE_PREP:
        return span  # "17,388 were reported in Kashmir": a place, not who reported
    while j < n and len(span) < 14:
        w = norms[j]
        if w == ",":
            if j + 1 < n and toks[j + 1].cap and span and toks[span[-1]].cap:
                span.append(j)
                j += 1
                continue
            break
        if w in (";", ":", ".", "(", ")", "—") or w in _QUOTES or toks[j].kind == "n":
            break
        if span and _hedge_before_number(toks, norms, j, lex):
            break  # "según los organizadores más de 100.000": the hedge opens the number
        if w in ("that", "which", "who", "que", "quien") or (span and w in lex.say_verbs):
            break
        if w in ("a", "to") and span and not toks[span[-1]].cap and toks[span[-1]].kind == "w":
            break  # "según estadísticas del Servicio X facilitadas a EFE": EFE is told
        if (
            names_only
            and not toks[j].cap
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


def _hedge_before_number(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
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
