"""The day a figure was told, and what telling it then says of it (session 10).

A count of one event is dated by the event (`when_doc.by_event`); the day a source told it is
a day of saying, which this module recognises where a verb of saying alone does not show it:
after the agent of a participle of telling ("the toll announced by the governor on Sunday"),
by a noun of a telling ("in a statement on Tuesday", "según el balance del martes"). The told
day is kept (`told_on`), and a figure its clause gives as the toll grown ("has risen to 82")
is marked (`risen_to`), so that `scan` reads two counts of one event told on different days
as one toll at two moments, not as rivals (`_scan_rules.told_growth`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.when import DateMention

__all__ = ["after_agent", "by_saying_noun", "risen_to", "told_on"]

_SKIP_BEFORE = frozenset({"on", "el", "este", "esta", "this", "late", "early", "last"})
"""Words between an agent's name and the day after it ("announced by the governor late on
Sunday")."""
_RELEASE_VERBS = tables_en.RELEASED_FIGURE_VERBS | tables_es.RELEASED_FIGURE_VERBS

_AGENT_LINKS = tables_en.AGENT_LINKS | tables_es.AGENT_LINKS
_AGENT_SPAN = 7
"""How many words an agent may hold between "by" / "por" and the day after it ("announced
by Prime Minister Ana Ruiz Soler on Sunday")."""


_SAYING_NOUNS = tables_en.SAYING_NOUNS | tables_es.SAYING_NOUNS
_NOUN_LINKS = frozenset({"on", "el", "la", "del", "de", "this", "este", "esta", "late", "early"})
"""Words between a noun of a telling and its day ("a statement on Tuesday", "el balance del
martes")."""


def by_saying_noun(norms: Sequence[str], d: DateMention) -> bool:
    """Session 10: whether a date is the day of a telling that a noun names right before it
    ("in a statement on Tuesday, the hospital said 55 had died", "según el balance del martes",
    "en rueda de prensa el lunes") or right after it ("the ministry's Tuesday update", "Tuesday's
    bulletin"): the day the figure was told."""
    k = d.first - 1
    while k >= 0 and norms[k] in _NOUN_LINKS:
        k -= 1
    if k >= 0 and norms[k] in _SAYING_NOUNS:
        return True
    j = d.last
    if j < len(norms) and norms[j] in ("'", "’"):
        j += 1
    if j < len(norms) and norms[j] == "s":
        j += 1
    return j < len(norms) and norms[j] in _SAYING_NOUNS


def after_agent(norms: Sequence[str], d: DateMention, lex: Lexicon) -> bool:
    """Session 10: whether a date follows the agent of a participle of saying ("the toll
    announced by the prime minister on Sunday was 69", "la cifra difundida por el ministerio
    el lunes"): the day the figure was told, not the day of what it counts. The agent is
    words only, no clause mark or figure between it and the date."""
    k = d.first - 1
    while k >= 0 and norms[k] in _SKIP_BEFORE:
        k -= 1
    stop = max(0, k - _AGENT_SPAN)
    while k > stop and norms[k] not in _AGENT_LINKS:
        if not norms[k].isalpha():
            return False
        k -= 1
    if k <= 0 or norms[k] not in _AGENT_LINKS or k == d.first - 1:
        return False
    verb = norms[k - 1]  # a passive participle: "announced by" tells, whatever its status
    if verb in _ACTS_BY:
        return False  # "arrested by soldiers on Sunday": the day of the act
    return verb in lex.say_verbs or verb in _PUBLISHED or verb in _RELEASE_VERBS


_PUBLISHED = tables_en.PUBLISHED_WORDS | tables_es.PUBLISHED_WORDS
_ACTS_BY = tables_en.AGENT_VERBS | tables_es.AGENT_VERBS
"""Verbs of saying that are acts too (an arrest tells who counted it): after "by", the act."""


def told_on(own: DateMention, said: Sequence[DateMention]) -> DateMention:
    """Session 10: a count of one day (``own``, the event's: "the toll from Saturday's
    blast has risen to 82, a doctor said on Wednesday") told on a later day its sentence
    names (``said``: the days of saying) carries that day as ``told``: the count is the toll
    as it stood then, and another count of the day told on another day is the same toll at
    another moment. The last such day of the sentence; none before the count's day."""
    if own.told is not None or own.period.start is None or not own.period.is_point:
        return own
    later = [d.period.end for d in said if d.period.is_point and d.period.end > own.period.end]
    return attrs.evolve(own, told=later[-1]) if later else own


_RISE = tables_en.TOLL_RISE_VERBS | tables_es.TOLL_RISE_VERBS
_RISE_REACH = 4
"""At most this many words between a verb of rising and its figure ("has risen to 82", "se
ha elevado hasta los 82")."""


def risen_to(norms: Sequence[str], first: int) -> bool:
    """Session 10: whether the figure at ``first`` is what a count grew to, its clause says
    so by a verb of rising a few words before it ("the toll has risen to 82", "la cifra de
    muertos subió a 82"; no figure or clause mark between): a running toll as it stood when
    told, after an earlier one."""
    for k in range(first - 1, max(first - 1 - _RISE_REACH, -1), -1):
        w = norms[k]
        if w in _RISE:
            return True
        if not w.isalpha():
            return False
    return False
