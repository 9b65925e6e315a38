"""An earlier occasion of a series named by its place, not its day (round 10, c-when).

Protest and strike reports often set today's counts beside those of the occasion before it
without naming its day: "On the previous day of action the union had counted 120,000",
"en la jornada anterior, la Policía contó 61.000". Those figures are of another day, so the
sentence's or the lead's day must not date them, and they must not meet today's figures of
the same sources. The text does not say which day it was, so the mention carries no day of
its own (`DateMention.earlier`): its figures are read as undated (their day inferred, never
stated) and labelled as one earlier occasion, so they meet each other, never today's.

The rule, in one sentence: a word that places an occasion of a series before the text's own
("previous", "prior", "anterior", "pasada") next to an occasion noun ("day of action",
"strike", "jornada", "huelga") names an earlier occasion, unless a date of its own follows.
Each sentence is read once, token by token: linear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.when import ANCHOR, DateMention

__all__ = ["EARLIER_LABEL", "earlier_occasions", "earlier_reach"]

EARLIER_LABEL = "earlier-occasion"
"""The occasion label of every figure of an earlier occasion (with the day of the text and
the metric it makes the claim's ``event``)."""

_WORDS = tables_en.EARLIER_OCCASION_WORDS | tables_es.EARLIER_OCCASION_WORDS
_NOUNS = tables_en.EARLIER_OCCASION_NOUNS | tables_es.EARLIER_OCCASION_NOUNS
_DAY_OF = frozenset({"action", "mobilization", "mobilisation", "protest", "protests", "strike"})
"""What an English "day of …" must be of to be an occasion of a series ("day of action")."""
_BETWEEN = 2
"""At most this many words between the placing word and the noun ("the previous general
strike", "la huelga general anterior", "la jornada de huelga anterior")."""
_OWN_DATE = 4
"""A date starting this close after the phrase is its own ("the previous strike, on 29
March", "la pasada huelga de julio"): that date dates its figures, not this rule."""
_OPENERS = frozenset(
    {"on", "during", "in", "at", "for", "the", "en", "durante", "la", "el", "de", "del", "a"}
    | {"al", "por", "y", "and", "but", "pero", '"', "“"}
)
"""Words that may stand before a phrase that opens its sentence ("During the previous day of
action, …", "En la jornada anterior, …"): it then reaches the whole sentence."""
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "."})


def _noun_at(norms: Sequence[str], k: int) -> bool:
    if norms[k] not in _NOUNS:
        return False
    if norms[k] != "day":
        return True
    # "day of (interprofessional) action": an occasion; "the previous day" alone is a day
    return any(
        norms[j] == "of" and any(w in _DAY_OF for w in norms[j + 1 : j + 3])
        for j in range(k + 1, min(k + 2, len(norms)))
    )


def _phrase(norms: Sequence[str], i: int) -> tuple[int, int] | None:
    """The span of an earlier occasion whose placing word is at ``i``: the noun after it
    ("previous strike", "anterior jornada") or, in Spanish, before it ("jornada anterior")."""
    for k in range(i + 1, min(i + 2 + _BETWEEN, len(norms))):
        if norms[k] in _CLAUSE_ENDS or norms[k][:1].isdecimal():
            break
        if _noun_at(norms, k):
            end = k + 1
            if norms[k] == "day":  # "day of interprofessional mobilization"
                while end < len(norms) and end < k + 4 and norms[end] not in _CLAUSE_ENDS:
                    end += 1
            return (i, end)
    if norms[i] in tables_es.EARLIER_OCCASION_WORDS:
        for k in range(i - 1, max(-1, i - 2 - _BETWEEN), -1):
            if norms[k] in _CLAUSE_ENDS or norms[k][:1].isdecimal():
                break
            if norms[k] in tables_es.EARLIER_OCCASION_NOUNS:
                return (k, i + 1)
    return None


def earlier_occasions(
    norms: Sequence[str], found: Sequence[DateMention], ref: dt.date | None
) -> list[DateMention]:
    """The earlier occasions a sentence names ("the previous day of action", "la jornada
    anterior") that no date of ``found`` follows closely; none without a reference date."""
    if ref is None or _WORDS.isdisjoint(norms):
        return []
    out: list[DateMention] = []
    for i, w in enumerate(norms):
        if w not in _WORDS or (out and i < out[-1].last):
            continue
        span = _phrase(norms, i)
        if span is None:
            continue
        first, last = span
        if any(first <= d.last and d.first < last + _OWN_DATE for d in found):
            continue  # "the previous strike, on 29 March": its own date dates it
        out.append(
            DateMention(first, last, Period.on(ref), ANCHOR, occasion=EARLIER_LABEL, earlier=True)
        )
    return out


def earlier_reach(norms: Sequence[str], d: DateMention) -> DateMention:
    """The figures an earlier occasion dates, when no parenthesis or comparison set them:
    the whole sentence when the phrase opens it ("During the previous day of action, the
    union had counted 250,000 but the ministry 118,500"), else its own clause. Never
    ``None``: such a mention is no paragraph's date and no lead's event day."""
    if not d.earlier or d.reach is not None:
        return d
    if all(w in _OPENERS for w in norms[: d.first]):
        return attrs.evolve(d, reach=(0, len(norms)))
    lo = d.first
    while lo > 0 and norms[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    hi = d.last
    while hi < len(norms) and norms[hi] not in _CLAUSE_ENDS:
        hi += 1
    return attrs.evolve(d, reach=(lo, hi))
