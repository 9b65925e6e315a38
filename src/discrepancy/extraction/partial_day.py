"""A figure of a day up to an hour: a partial count, never the day's total nor its earlier
version.

Election bodies and strike committees give running figures through the day ("turnout stood
at 18 percent at noon", "a las 14 horas había votado el 31 %") before the day's total. Such a
figure is not a revision of the total (the total does not replace it: both stand), and set
against it or against another source's total it is no disagreement: they count different
things. A figure whose own words give a clock time it counts up to — a time word right after
it ("at noon", "by 3 pm", "hasta las 15.00 horas") or opening its sentence or clause ("By 3
p.m., …", "A las 14 horas, …") — keeps its metric with the hour added
(``turnout_partial_15h``): a quantity of its own, compared only with counts up to the same hour.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["BY_HOUR", "by_hour", "cut_off", "day_metric", "day_text"]

BY_HOUR = "_partial_"
"""Between a metric and the hour a partial figure counts up to: ``turnout_partial_12h`` (no
word of a place or time in it, so the metric registry reads it as a metric of its own)."""

_INTRODUCERS = tables_en.CUT_OFF_WORDS | tables_es.CUT_OFF_WORDS
_SPANISH = tables_es.CUT_OFF_WORDS
_UP_TO = tables_en.UP_TO_WORDS | tables_es.UP_TO_WORDS
"""Cut-off words that name an end, never the time of a saying ("by noon", "hasta las 15"):
anywhere in the figure's clause before it."""
_ARTICLES = frozenset({"las", "la", "el", "the", "este", "this"})  # "hasta este mediodía"
_NOON = tables_en.NOON_WORDS | tables_es.NOON_WORDS
_PM = frozenset({"pm", "p"})
_AM = frozenset({"am", "a"})
_HOURS = tables_en.HOUR_WORDS | tables_es.HOUR_WORDS
_AFTER_SKIP = 2
"""At most this many words between a figure and the time word after it ("18 percent at
noon")."""
_CLAUSE_BACK = 12
"""How many words back from a figure its clause's opening is looked for."""
_CLAUSE_AHEAD = 12
"""How many words on from a figure a cut-off of its own clause is looked for (session 10)."""
_JOINS = tables_en.CLAUSE_JOIN_WORDS | tables_es.CLAUSE_JOIN_WORDS
_SAYING = tables_en.SAY_VERBS | tables_es.SAY_VERBS


def _hour(norms: Sequence[str], j: int) -> int | None:
    """The hour of the clock time starting at token ``j`` ("noon", "3 pm", "15.00",
    "21h00", "14 : 00 horas"; after "las", a bare number: "a las 20"), or ``None``."""
    if j >= len(norms):
        return None
    w = norms[j]
    if w in _NOON:
        return 12
    lead = ""
    for ch in w:
        if not ch.isdigit():
            break
        lead += ch
    if not lead or len(lead) > 2:
        return None
    hour = int(lead)
    if hour > 24:
        return None
    rest = w[len(lead) :]
    nxt = norms[j + 1] if j + 1 < len(norms) else ""
    if rest[:1] in (".", ":", "h") and rest[1:].isdigit() and len(rest) == 3:
        return _afternoon(hour, nxt)  # "15.00", "21h00", "5.30 pm"
    if rest:
        return None
    if nxt == ":" and j + 2 < len(norms) and norms[j + 2].isdigit():
        after = norms[j + 3] if j + 3 < len(norms) else ""
        return _afternoon(hour, after)  # "14:00", "5:30 p.m." (session 9: was read as 05h)
    if nxt in _PM:
        return hour + 12 if hour < 12 else hour
    if nxt in _AM or nxt in _HOURS:
        return hour
    if j > 0 and norms[j - 1] == "las":
        return hour  # "a las 20": a clock reading by itself
    return None


def _afternoon(hour: int, after: str) -> int:
    """The hour on a 24-hour clock, given the word after the clock time ("pm", "p")."""
    return hour + 12 if after in _PM and hour < 12 else hour


def _clock_at(norms: Sequence[str], k: int) -> int | None:
    """The hour of a cut-off phrase opening at token ``k`` ("at noon", "by 3 pm", "as of
    11 am", "hasta las 15 horas", "al mediodía"), or ``None``."""
    if k >= len(norms) or norms[k] not in _INTRODUCERS:
        return None
    j = k + 1
    if norms[k] == "as":
        if j >= len(norms) or norms[j] != "of":
            return None
        j += 1
    if j < len(norms) and norms[j] in _ARTICLES:
        j += 1
    return _hour(norms, j)


def cut_off(norms: Sequence[str], first: int, last: int) -> tuple[int, bool] | None:
    """The hour the figure at tokens ``first:last`` counts up to, when its words give one:
    a cut-off phrase right after it (a word or two between: "18.5 percent at noon"), or one
    opening its sentence or the clause it stands in ("By 3 p.m., turnout was 27 percent"),
    with whether its words are Spanish; ``None`` otherwise. Before the figure in its clause
    only "by" / "until" / "hasta" are cut-offs: another time there is the time of the saying
    ("said at a briefing at 4 pm that …")."""
    for k in range(last, min(last + _AFTER_SKIP + 1, len(norms))):
        hour = _clock_at(norms, k)
        if hour is not None:
            return hour, norms[k] in _SPANISH
        if norms[k] in (",", ";", ".", ":") or (norms[k] and norms[k][0].isdigit()):
            break
    later = _later_in_clause(norms, last)
    if later is not None:
        return later
    start = 0
    for k in range(first - 1, max(first - _CLAUSE_BACK, 0) - 1, -1):
        if norms[k] in (",", ";", "("):
            start = k + 1
            break
        if norms[k] in _JOINS:
            start = k  # session 10: "12 by noon and 31 by evening": the 31 is not "by noon"
            break
        if norms[k] in _UP_TO:
            hour = _clock_at(norms, k)
            if hour is not None:
                return hour, norms[k] in _SPANISH  # "la participación hasta el mediodía …"
    while start < first and norms[start] in _JOINS:
        start += 1  # session 10: ", y a las 18 horas, el 48 %", "and by 6 p.m. 48 percent"
    for s in (start, 0) if start else (0,):  # session 10: the figure's own clause first
        if s < first:
            hour = _clock_at(norms, s)
            if hour is not None:
                return hour, norms[s] in _SPANISH
    return None


def _later_in_clause(norms: Sequence[str], last: int) -> tuple[int, bool] | None:
    """Session 10: a cut-off further on in the figure's own clause, past its verb ("51 percent
    of votes were polled till 5 pm", "12 bodies had been recovered by noon", "había votado el
    30 % hasta las 14 horas"): only a word that names an end ("by", "till", "hasta") before a
    clock time. "At" there is the time of what happened ("40 died at the market at 9 am") or
    of a saying; nor is anything past a verb of saying, another figure or the clause's end."""
    for k in range(last, min(last + _CLAUSE_AHEAD, len(norms))):
        w = norms[k]
        if w in (",", ";", ".", ":", "(") or w in _SAYING or (k > last and w[:1].isdigit()):
            return None
        if w in _UP_TO:
            hour = _clock_at(norms, k)
            if hour is not None:
                return hour, w in _SPANISH
    return None


def by_hour(
    metric: str, metric_text: str, norms: Sequence[str], first: int, last: int
) -> tuple[str, str]:
    """``metric`` and ``metric_text`` with the hour the figure counts up to (`cut_off`):
    ``turnout_partial_12h`` and "turnout (by 12h)" (Spanish: "(hasta 12h)"), or without one.
    A metric lent by a figure before (a figure with no noun: "y al cierre, el 64 %") comes
    without that figure's hour: each figure's own words give its cut-off."""
    if day_metric(metric) != metric:
        metric, metric_text = day_metric(metric), day_text(metric_text)
    found = cut_off(norms, first, last)
    if found is None:
        return metric, metric_text
    hour, spanish = found
    word = "hasta" if spanish else "by"
    return f"{metric}{BY_HOUR}{hour:02d}h", f"{metric_text} ({word} {hour:02d}h)"


def day_metric(metric: str) -> str:
    """The metric of the day's figure a partial one is of: ``turnout_partial_18h`` →
    ``turnout``; any other metric as it is."""
    head, sep, tail = metric.rpartition(BY_HOUR)
    return head if sep and tail.endswith("h") and tail[:-1].isdigit() else metric


def day_text(metric_text: str) -> str:
    """The metric text without the hour `by_hour` added ("turnout (by 18h)" → "turnout")."""
    head, sep, tail = metric_text.rpartition(" (")
    if sep and tail.endswith("h)") and tail.split()[-1][:-2].isdigit():
        return head
    return metric_text
