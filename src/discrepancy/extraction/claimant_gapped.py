"""Clauses that leave out the verb of the clause before and give only a source and a figure.

"Los sindicatos cifraron el seguimiento en el 64 %, y el Gobierno en el 21 %", "Police put the
crowd at 12,000, and organizers at 40,000", "… and the unions 30,000": each gapped clause
names its own source for its own figure.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from discrepancy.extraction.claimant_choice import INNER_KINDS
from discrepancy.extraction.claimant_phrases import (
    ARTICLES,
    NAMED,
    ORDINAL_REFS,
    Attribution,
    Memo,
    classify,
    known_names,
    names_a_place,
)
from discrepancy.extraction.claimant_spans import QUOTES, hedge_before_number
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["gapped"]


_GAP_JOINS = frozenset({"y", "e", "and", "while", "whereas", "mientras", "but", "pero"})
"""Joins before a gapped clause; "but" / "pero" too: "the CGT counted 250,000 but the Interior
118,500" gives the Interior its own figure (round 9b)."""
_GAP_AT = frozenset({"en", "at", "in"})
_GAP_OF = frozenset({"de"})
"""Before a figure only: the preposition of a gapped "hablar de" ("y la policía de 50.000");
elsewhere "de" goes on a name ("la Policía de Madrid")."""
_ASIDE_OPEN = frozenset({"who", "which", "que", "quien", "quienes", "cuya", "cuyo"})
_ASIDE_REACH = 12


def gapped(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Iterator[Attribution]:
    """The further subjects of clauses that leave the verb out: "Los sindicatos cifraron el
    seguimiento en el 64 %, y el Gobierno en el 21 %", "Police put the crowd at 12,000, and
    organizers at 40,000", "el primero cifró en el 25,8 %, los segundos en el 53 % y el
    Ejecutivo en el 20 %": each clause gives its own source. A joined clause that does not
    read so ends the search; a bare comma only when a source follows it."""
    n = len(toks)
    listing = False  # a list of gapped clauses has begun: its last item needs no comma
    for k in range(v + 1, min(n, v + 30)):
        w = norms[k]
        if w == "." or (w in lex.say_verbs and k > v + 1):
            return
        if w == ";":  # session 10: "… at 300,000; the police at 50,000": a gap or the end
            found = _gap_clause(text, toks, norms, k + 1, lex, memo)
            if found is None:
                return
            listing = True
            yield attrs.evolve(found, verb=norms[v])
            continue
        joined = w in _GAP_JOINS and k > 0 and (norms[k - 1] == "," or listing)
        listed = w == "," and k + 1 < n and norms[k + 1] not in _GAP_JOINS
        bare = w in _GAP_JOINS and not joined  # "Police counted 8,000 and the unions 30,000"
        if not joined and not listed and not bare:
            continue
        found = _gap_clause(text, toks, norms, k + 1, lex, memo)
        if found is not None:
            listing = True
            yield attrs.evolve(found, verb=norms[v])
        elif joined:
            return


_BARE_SPAN = 4
_BARE_TAIL = 3
_BARE_INSIDE = frozenset({"de", "del", "of"})


def _bare_gap(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    span: list[int],
    j: int,
    lex: Lexicon,
    memo: Memo,
) -> Attribution | None:
    """ "… and the unions 30,000.", "… y los sindicatos, más de 20.000": a clause that
    leaves out its verb and gives only a source and a figure (round 7). The source
    is short, opens with an article or is a known body or a plural descriptor ("organizers"),
    and the figure ends the clause (a list "artes, conservatorios y CEPAs 40 %" is not one)."""
    if len(span) > _BARE_SPAN or not _figure_at(toks, norms, j, lex):
        return None
    if any(
        toks[k].kind != "w"
        or (
            not toks[k].cap
            and norms[k] in lex.function_words
            and norms[k] not in ARTICLES
            and norms[k] not in _BARE_INSIDE
        )
        for k in span
    ):
        return None  # "and Basra for the past 24 hours": a preposition, not a source
    k = j
    while k < len(toks) and toks[k].kind != "n":
        k += 1  # past the hedge
    end = k + 1
    while end < len(toks) and end - k <= _BARE_TAIL and toks[end].kind == "w":
        end += 1
    if end < len(toks) and norms[end] not in (".", ",", ";", ")"):
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    opened = norms[span[0]] in ARTICLES or (
        _after_contrast(norms, span[0]) and not names_a_place(found)
    )
    if found.kind == NAMED and not opened and norms[span[0]] not in known_names():
        return None  # an unknown capitalised word after "y": a list item, not a source
    return attrs.evolve(found, at=span[0])


_CONTRAST_JOINS = frozenset({"but", "pero", "while", "whereas", "mientras"})


def _after_contrast(norms: Sequence[str], k: int) -> bool:
    """A gapped clause opened by a contrast ("UGT contó 80.000, pero Interior 21.000"): a
    list does not go on with "pero" / "but", so the name after it is the clause's source
    (round 10), where after "y" it may be a list's last item."""
    if k > 1 and norms[k - 1] == "que":
        k -= 1  # "mientras que"
    return k > 0 and norms[k - 1] in _CONTRAST_JOINS


def _figure_at(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A figure opens at ``j``: a number, or a hedge before one."""
    return j < len(toks) and (toks[j].kind == "n" or hedge_before_number(toks, norms, j, lex))


def _past_aside(toks: Sequence[Tok], norms: Sequence[str], comma: int, lex: Lexicon) -> int:
    """The comma that closes a relative aside opened at ``comma`` ("and the city police, who
    gave their count later, at 50,000", "y la Policía, que contó más tarde, en 50.000"), when
    the gapped figure follows it; else ``comma`` (session 10). A bounded look: no figure,
    quote or clause mark inside the aside."""
    j = comma + 1
    if j >= len(toks) or norms[j] not in _ASIDE_OPEN:
        return comma
    for c in range(j + 1, min(len(toks), j + _ASIDE_REACH)):
        w = norms[c]
        if toks[c].kind == "n" or w in (";", ":", ".", "(", ")") or w in QUOTES:
            return comma
        if w == ",":
            return c if _gap_at_figure(toks, norms, c + 1, lex) else comma
    return comma


def _gap_at_figure(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """ "en 50.000", "at 50,000", "en el 21 %": the gapped verb's "en / at" and its figure
    open at ``j`` (the comma before them marks the gap, session 10)."""
    if j >= len(toks) or norms[j] not in _GAP_AT:
        return False  # (not "de": "y la policía, de Madrid" names where it counts)
    after = j + 1
    if after < len(toks) and norms[after] in ("el", "la", "un", "the", "a"):
        after += 1
    return _figure_at(toks, norms, after, lex)


def _ordinal_next(norms: Sequence[str], k: int) -> bool:
    """ "… y los segundos en el 53 %": a join before an ordinal that refers back."""
    return k + 2 < len(norms) and norms[k + 2] in ORDINAL_REFS


def _gap_clause(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    j: int,
    lex: Lexicon,
    memo: Memo,
) -> Attribution | None:
    """The subject of a clause from token ``j`` that goes straight to "en / at" a figure,
    or to the figure itself (round 7): "and the unions 30,000", "y los sindicatos,
    30.000"."""
    n = len(toks)
    if j < n and norms[j] == "que":  # "mientras que"
        j += 1
    span: list[int] = []
    while j < n and len(span) < 6 and norms[j] not in _GAP_AT and toks[j].kind == "w":
        if norms[j] == "," and span and _figure_at(toks, norms, j + 1, lex):
            break  # "and the unions, 30,000"
        if hedge_before_number(toks, norms, j, lex) and span:
            break  # "and the unions more than 30,000"
        if norms[j] in _GAP_OF and span and _figure_at(toks, norms, j + 1, lex):
            break  # session 10: "y la policía de 50.000" (a verb that takes "de": "hablar de")
        if norms[j] in lex.say_verbs or norms[j] in ("that", "que", ","):
            return None  # a clause with its own verb: the ordinary rules read it
        span.append(j)
        j += 1
    if span and j < n and norms[j] == ",":
        j = _past_aside(toks, norms, j, lex)  # "and the police, who counted later, at 50,000"
        if _gap_at_figure(toks, norms, j + 1, lex):
            j += 1  # session 10: "y la policía, en 50.000", "and police, at 50,000"
    if (
        span
        and j < n
        and (toks[j].kind == "n" or hedge_before_number(toks, norms, j, lex) or norms[j] == ",")
    ):
        return _bare_gap(text, toks, norms, span, j + (norms[j] == ","), lex, memo)
    if not span or j + 1 >= n or (norms[j] not in _GAP_AT and norms[j] not in _GAP_OF):
        return None
    after = j + 1
    if norms[after] in ("el", "la", "un", "the", "a"):
        after += 1
    if after >= n or not (toks[after].kind == "n" or hedge_before_number(toks, norms, after, lex)):
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, at=span[0])
