"""Who states the numbers of a sentence: attribution patterns, English and Spanish.

Patterns, in reading order: "according to X" / "según X", "a report by X", "X said/reported/
found/estimates/told ..." (the subject, past an appositive: "The organization Foro Penal, a
leading authority, had registered"), "said X" after a quote, and "confirmed by X". What the
noun phrase found is (a name, a pronoun, a descriptor, a government) is :mod:`.claimant_phrases`.
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
    "split_names",
]

_STOP_BACK = frozenset(
    {
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
    for found in _attributions(text, toks, norms, quotes, lex, memo):
        if found.kind not in (PRONOUN, DEFINITE, INDEFINITE):
            return found
        weak = weak or found
    return weak


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
                found = classify(text, toks, _forward(toks, norms, i + len(phrase), lex), lex, memo)
                if found is not None:
                    yield attrs.evolve(found, verb="according")
        if w in lex.by_report and i + 2 < n and norms[i + 1] in ("by", "de", "por"):
            found = classify(text, toks, _forward(toks, norms, i + 2, lex), lex, memo)
            if found is not None and found.kind in (NAMED, GOVERNMENT):
                yield attrs.evolve(found, verb="report")
        if w in lex.say_verbs and _verb_like(toks, i):
            found = _verb_subject(text, toks, norms, i, lex, memo)
            if found is not None:
                yield found


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
    found = classify(text, toks, span, lex, memo)
    if found is None and (not span or norms[v - 1] in _QUOTES_COMMA):
        after = _forward(toks, norms, v + 1, lex, names_only=True)
        found = classify(text, toks, after, lex, memo)
    if found is None:
        return None
    if pre and found.kind == NAMED:
        pre_kind = classify(text, toks, pre, lex, memo)
        if pre_kind is not None and pre_kind.kind in (PRONOUN, DEFINITE):
            found = attrs.evolve(found, refers_back=True)
    return attrs.evolve(found, verb=verb, say=say)


def _backward(
    toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon
) -> tuple[list[int], list[int]]:
    """Token indices of the subject ending at ``i`` (and of a phrase before its apposition)."""
    while i >= 0 and (norms[i] in _SKIP_BACK or (norms[i].endswith("ly") and len(norms[i]) > 4)):
        i -= 1
    span: list[int] = []
    apposed = i >= 0 and norms[i] == ","  # "Its spokesman, Diego Casanova Maita, said"
    if apposed:
        i -= 1
    while i >= 0:
        w = norms[i]
        if w == ",":
            before = _segment_before(toks, i, lex)
            if span and before and _is_apposition(toks, span, lex) and is_name(toks, before, lex):
                return before, []
            if span and is_name(toks, span, lex):
                return span, before[-4:]
            break
        if w in (";", ":", ".", "(", ")", "—") or w in _QUOTES or w in _STOP_BACK:
            break
        if toks[i].kind == "n":
            break
        span.insert(0, i)
        i -= 1
        if len(span) > 12:
            break
    if apposed:
        return [], []  # "..., said X": the speaker follows the verb
    return span, []


def _segment_before(toks: Sequence[Tok], comma: int, lex: Lexicon) -> list[int]:
    """The tokens between the previous boundary and the comma at ``comma``."""
    out: list[int] = []
    k = comma - 1
    while k >= 0 and len(out) < 12:
        w = toks[k].norm
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
        if w in ("that", "which", "who", "que", "quien") or (span and w in lex.say_verbs):
            break
        if names_only and not toks[j].cap and w not in CONNECTORS and w not in ARTICLES:
            break
        span.append(j)
        j += 1
    return span


def _is_apposition(toks: Sequence[Tok], span: list[int], lex: Lexicon) -> bool:
    first = toks[span[0]]
    return (first.norm in ("a", "an", "the", "un", "una", "el", "la") and not first.cap) or (
        not first.cap and first.norm in lex.descriptors
    )


def split_names(mention: str) -> list[str]:
    """ "Provea, JEyP" → ["Provea", "JEyP"]: the fallback when the whole does not resolve."""
    parts = [p.strip(" ,") for p in mention.replace(" and ", ",").replace(" y ", ",").split(",")]
    return [p for p in parts if p]
