"""What a figure counts where the metric stage finds no noun of its own (round 9, audit5 P3).

`discrepancy.extraction.reading` calls `reread()` right after
`discrepancy.extraction.counted.read_metric` and `mark()` once the metric is settled:

* a strike's share named anywhere before a percentage with no noun
  (`counted_share.strike_share_back`: "la adhesión al paro se mantuvo, un día más, muy alta,
  próxima al 92%");
* a share of a group whose clause says what the share did (`group_share`: "roughly 81 percent
  of the 1,460 members did not report for their shifts" in a strike; "apenas un 31 % del
  electorado votó"), a share of a whole written with a possessive and a number ("about half of the
  school's 800 students were missing"), a bare figure that stayed away in a strike;
* a figure of a breakdown before its verb ("De los 52 fallecidos, 47 corresponden a
  vecinos"): its noun is left out;
* a short quoted modifier between a figure and its noun ("40 “high-need” clinics") is
  read past: clinics are no people;
* a share of a workforce that names no act of its own, near a strike (session 13: "42.35% of
  teachers, 34.66% for secondary school"): the strikers' share;
* `mark()`: a figure with no noun followed at once by a rate ("una media de seis al día") is a
  rate; a part without proof ("no proof that 41 of the 97 deaths") is never its metric.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted import RATE_SUFFIX, not_rate_after, read_metric
from discrepancy.extraction.counted_clause import struck
from discrepancy.extraction.counted_noun import NounPhrase
from discrepancy.extraction.counted_share import strike_share_back
from discrepancy.extraction.group_share import (
    STRIKE_WORDS,
    STRIKERS,
    WORKERS,
    bare_absence,
    group_share,
    strike_participation,
    whole_noun,
    workers_absent,
)
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.nonclaims import UNPROVEN_SUFFIX, no_proof
from discrepancy.extraction.sentences import Sentence, Tok

__all__ = ["StrikeNear", "base_metric", "mark", "reread"]

_STRIKE_BACK = 8
"""How many sentences before a figure a strike named makes absences strikes."""
_LEAD = 2
"""The headline and lead: a strike they name is the text's."""
_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)
"""Runs of plain letters: the strike words are plain ASCII, and are read in lower case."""
_ELIDED_VERBS = tables_en.BREAKDOWN_VERBS | tables_es.BREAKDOWN_VERBS
_RATES = tables_en.RATE_WORDS + tables_es.RATE_WORDS
_TAKING_PART = frozenset({"strikers", "non_strikers", "protesters", "turnout", "voters"})
"""Metrics of taking part: a share of pupils who stayed home in a strike or "attended" is
neither strikers nor a crowd, so such a share of a whole is left unread (the workers' and
voters' shares are read by `group_share`)."""


class StrikeNear:
    """Whether a strike is named in sentence ``i``, the `_STRIKE_BACK` before it, the next one
    ("…, the board said. The union said its members joined the walkout.") or the headline and
    lead; read once, and only when a figure asks (staying away from work is then striking)."""

    __slots__ = ("_found", "_i", "_sentences", "_text")

    def __init__(self, text: str, sentences: Sequence[Sentence], i: int) -> None:
        self._text, self._sentences, self._i = text, sentences, i
        self._found: list[bool] = []

    def __call__(self) -> bool:
        if not self._found:
            i, sentences = self._i, self._sentences
            after = min(i + 2, len(sentences))
            near = sorted({*range(max(0, i - _STRIKE_BACK), after), *range(min(_LEAD, i))})
            self._found.append(any(self._names_strike(sentences[k]) for k in near))
        return self._found[0]

    def _names_strike(self, s: Sentence) -> bool:
        words = _WORDS.findall(self._text, s.start, s.end)
        return not STRIKE_WORDS.isdisjoint(map(str.lower, words))


def reread(
    toks: Sequence[Tok],
    norms: Sequence[str],
    span: tuple[int, int],
    unit: str,
    read: tuple[NounPhrase, str | None],
    blocked: Sequence[bool],
    lex: Lexicon,
    table: Metrics,
    strike_near: Callable[[], bool],
) -> tuple[NounPhrase, str | None]:
    """The noun phrase and metric of the figure at tokens ``span`` (unit ``unit``) given what
    `read_metric` read (``read``), where a round-9 rule reads it otherwise."""
    first, last = span
    np, metric = read
    percent = unit == "percent"
    if np.kind == "elided" and metric is None:
        quoted = _past_quoted(norms, last)
        if quoted is not None:  # "40 “high-need” clinics": the noun after the quote
            after, _ = read_metric(toks, norms, first, quoted, lex, table, percent=percent)
            if after.kind == "other":
                return after, None
    if (
        percent
        and metric == "turnout"
        and strike_participation(norms, (np.first, np.last), strike_near)
    ):  # round 11: "en la sanidad la participación bajó al 40%"
        return np, STRIKERS
    if (
        metric is None
        and np.kind == "person"
        and struck(norms, first, np.last, strike_named=True)
        and strike_near()
    ):  # round 11: "410.000 empleados siguieron el día", the strike named before
        return np, STRIKERS
    if percent and metric is None and np.kind == "elided":
        share = strike_share_back(toks, norms, first, blocked)
        if share is not None:  # "la adhesión al paro se mantuvo, un día más, … próxima al 92%"
            # elided, so it is dated and labelled like one; the span (before the figure) is
            # its metric's words
            return NounPhrase("elided", share, share + 1, STRIKERS), STRIKERS
    if (
        percent
        and metric is None
        and np.kind == "person"
        and norms[np.last - 1] in WORKERS
        and strike_share_back(toks, norms, first, blocked, across=False) is not None
    ):  # "cifraron la adhesión al paro del jueves en el 80% de los trabajadores"
        return np, STRIKERS
    if percent and np.kind == "person" and _workforce_share(norms, np, metric, table, strike_near):
        return np, STRIKERS  # session 13: "42.35% of teachers, 34.66% for secondary", a strike
    if metric != STRIKERS and unit != "people":
        group = group_share(toks, norms, last, strike_near)
        if group is not None:  # "roughly 81 percent of the 1,460 members did not report"
            at, metric = group
            lo, hi = (np.first, np.last) if np.first <= at < np.last else (at, at + 1)
            return NounPhrase("person", lo, hi, metric), metric
        if np.kind == "other":  # "about half of the school's 800 students were missing"
            whole = whole_noun(toks, norms, last, lex.person_nouns)
            if whole is not None:
                np2, governed = read_metric(toks, norms, first, whole, lex, table, percent=percent)
                if (
                    governed is not None
                    and governed not in _TAKING_PART
                    and np2.kind in ("person", "noun")
                ):
                    return np2, governed
    elif (
        metric is None
        and np.kind in ("elided", "other")
        and bare_absence(toks, norms, last, strike_near)
    ):  # "between 140 and 150 stayed home during the walkout"
        return NounPhrase("elided", last, last), STRIKERS
    elif (
        metric is None
        and np.kind == "person"
        and workers_absent(toks, norms, first, np.last - 1, strike_near)
    ):  # "some 640 union drivers did not report" in a strike
        return np, STRIKERS
    if np.kind == "other" and np.first == last and norms[last] in _ELIDED_VERBS:
        return NounPhrase("elided", last, last), metric  # "47 corresponden a vecinos"
    return np, metric


_COPULAS = tables_en.COPULA_LEVELS | tables_es.COPULA_LEVELS
_STOPPAGES = tables_es.STRIKE_VERB_NOUNS
_ARTICLES = frozenset({"el", "del", "al", "un", "su"})
"""Before "paro", the noun: "el paro" may be unemployment as well as a stoppage."""
_COPULA_REACH = 2
"""How many words after a workforce's noun a copula makes its share a description ("42% of
teachers are women"), not a share that struck."""


def _workforce_share(
    norms: Sequence[str],
    np: NounPhrase,
    metric: str | None,
    table: Metrics,
    strike_near: Callable[[], bool],
) -> bool:
    """Session 13: whether a share of a workforce that names no act of its own ("42.35% of
    teachers", "el 30% de los docentes de primaria") is the share that struck: a strike is
    named near it, so the workforce is the base and striking what the share did. A share
    whose words name a metric ("30% of workers were laid off") keeps it; one described by a
    copula ("42% of teachers are women") is no share of strikers."""
    if np.last <= np.first or norms[np.last - 1] not in WORKERS:
        return False
    if metric is not None and table.registry.known(metric):
        return False
    if not _COPULAS.isdisjoint(norms[np.last : np.last + _COPULA_REACH]):
        return False
    if any(w in _STOPPAGES and k > 0 and norms[k - 1] in _ARTICLES for k, w in enumerate(norms)):
        return False  # "el paro afecta al 9% de los trabajadores": unemployment, no strike
    return strike_near()


def mark(
    toks: Sequence[Tok],
    norms: Sequence[str],
    span: tuple[int, int],
    elided: bool,
    metric: str,
    own: str | None,
) -> str:
    """The settled metric of the figure at ``span``, marked as a rate where a figure with no
    noun is followed at once by one ("una media de seis al día"), and as unproven where a
    negated proof noun stands before it ("no proof that 41 of the 97 deaths"). ``own`` is the
    metric its own words gave (`read_metric`): a rate lent by a figure before ("18 per day.
    … in 2021, when there were 1,140") is no rate of this one."""
    first, last = span
    if metric.endswith(RATE_SUFFIX) and (own is None or not own.endswith(RATE_SUFFIX)):
        metric = metric.removesuffix(RATE_SUFFIX)
    if elided and not metric.endswith(RATE_SUFFIX) and _rate_at(norms, last):
        metric = f"{metric}{RATE_SUFFIX}"
    if no_proof(toks, norms, first):
        metric = f"{metric}{UNPROVEN_SUFFIX}"  # the part not shown: never a rival toll
    return metric


def base_metric(metric: str) -> str:
    """The metric a marked one is of ("deaths_unproven" → "deaths"), for its kind."""
    return metric.removesuffix(UNPROVEN_SUFFIX)


_OPEN_QUOTES = frozenset({"“", '"', "«", "‘"})
_CLOSE_QUOTES = frozenset({"”", '"', "»", "’"})
_QUOTED_REACH = 4
"""At most this many quoted words between a figure and its noun ("40 “high-need”
clinics")."""


def _past_quoted(norms: Sequence[str], last: int) -> int | None:
    """The token after a short quoted modifier that opens right after a figure, else None."""
    if last >= len(norms) or norms[last] not in _OPEN_QUOTES:
        return None
    for k in range(last + 1, min(last + 2 + _QUOTED_REACH, len(norms))):
        if norms[k] in _CLOSE_QUOTES:
            return k + 1 if k > last + 1 and k + 1 < len(norms) else None
    return None


def _rate_at(norms: Sequence[str], last: int) -> bool:
    for p in _RATES:
        if tuple(norms[last : last + len(p)]) == p:  # not "32 a day earlier" (session 13)
            return not not_rate_after(norms, last + len(p))
    return False
