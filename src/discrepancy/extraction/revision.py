"""Revisions stage: which figures a source gave first and later replaced.

A figure is a source's *earlier* one when a cue before it in its sentence says so ("she had
initially put it at 45", "the previous estimate of 212", "148, down from an earlier 176", "estimó
en un principio 500.000", "el primer dato … 76 fallecidos"), and no word that opens the
later figure's clause ("then", "later", "luego", "tras actualizarlo") stands between.
`link_earlier()`, one of the document rules that `discrepancy.extraction.claims` applies,
links each earlier figure to the later one of the same source and metric (``supersedes``): a
revision, never a range, a part or a whole.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.nonclaims import UNPROVEN_SUFFIX
from discrepancy.metrics import MetricKind, MetricRegistry

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft
    from discrepancy.extraction.sentences import Tok

__all__ = [
    "GENERIC_NOUNS",
    "corrects",
    "count_owner",
    "denied",
    "denied_source",
    "earlier_cue",
    "link_earlier",
    "new_figure",
    "restated_from",
    "revised_totals",
    "same_noun",
]

_CUES = tables_en.EARLIER_CUES | tables_es.EARLIER_CUES
_CUE_FIRSTS = frozenset(cue[0] for cue in _CUES)
_LATER = tables_en.LATER_MARKS | tables_es.LATER_MARKS
_NOT_LATER_BEFORE = frozenset({"de"})
"""Words after a later mark that make it a preposition: "luego de su visita" (after it)."""
_ARTICLES = frozenset({"el", "la", "lo", "los", "las"})
"""Before "primero" they make it a noun ("el primero de los 30"), not "at first"."""
_REACH = 40
_TO = frozenset({"to", "a"})
_CHANGED = (
    tables_en.REVISE_WORDS
    | tables_es.REVISE_WORDS
    | tables_en.CHANGE_VERBS
    | tables_es.CHANGE_VERBS
)
"""Verbs of a change between a cue and a figure: the figure is the new one ("menciona
inicialmente 2.500 …, y esta cifra se redujo …, lo que deja 1.900")."""
_FELL_TO = frozenset({"a", "hasta"})
"""After "bajó" ("la cifra bajó a 1.900"): "bajo" alone is also "under"."""
"""How many words before a figure its cue is looked for."""


def earlier_cue(norms: Sequence[str], first: int) -> bool:
    """Whether an earlier-figure cue governs the figure starting at token ``first``: a cue
    before it in the sentence, with no later mark (nor ";") between. One backward pass over
    the words before the figure. Round 12: a correction of a figure given before (`corrected`)
    is such a cue too."""
    if corrected(norms, first):
        return True
    for k in range(first - 1, max(first - _REACH, 0) - 1, -1):
        w = norms[k]
        if w == ";" or (w in _LATER and (k + 1 >= first or norms[k + 1] not in _NOT_LATER_BEFORE)):
            return False
        if w in _CHANGED or (w == "bajo" and k + 1 < first and norms[k + 1] in _FELL_TO):
            return False  # "inicialmente 2.500 …, la cifra bajó a 1.900": 1.900 is the new one
        if w in _PLUPERFECT and _sets_figure(norms, k, first):
            return True  # round 11: "earlier this week the agency had set the figures at"
        if w in _CUE_FIRSTS and not (w == "primero" and k > 0 and norms[k - 1] in _ARTICLES):
            for cue in _CUES:
                end = k + len(cue)
                if cue[0] == w and tuple(norms[k:end]) == cue and end <= first:
                    # "de 64 en el informe anterior a 47": the cue closes the earlier part
                    return not (end == first - 1 and norms[end] in _TO)
    return False


_CORRECTING = tables_en.CORRECTING_VERBS | tables_es.CORRECTING_VERBS
_GIVEN = tables_en.GIVEN_PARTICIPLES | tables_es.GIVEN_PARTICIPLES
_RELATIVES = tables_en.EARLIER_RELATIVES | tables_es.EARLIER_RELATIVES
_FIGURE_OR_TOLL = (
    tables_en.FIGURE_NOUNS | tables_es.FIGURE_NOUNS | tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS
)
"""Nouns of a figure or a toll: what a correcting verb corrects and a pluperfect verb sets."""
_NOUN_GAP = 3
"""At most this many words between a correcting verb and its noun ("amends the provisional
death figure"), and between the noun and its participle ("la cifra oficial publicada")."""


def corrected(norms: Sequence[str], first: int) -> bool:
    """Round 12: whether the figure starting at token ``first`` is the one its sentence says
    was corrected: a correcting verb, a noun of a figure and a participle of giving ("the new
    count amends the figure released in May, when the group put it at 450"; "el balance
    corrige la cifra publicada en 2015, cuando se hablaba de 320.000"), then, before the
    figure, a word that opens the old figure's account ("when", "cuando", "of"), with no
    "to" / "a" right before the figure (the value corrected to: "corrected the figure given
    on Monday to 45") and no later mark or ";" between. One backward pass."""
    if first == 0 or norms[first - 1] in _TO:
        return False
    relative = False
    for k in range(first - 1, max(first - _REACH, 0) - 1, -1):
        w = norms[k]
        if w == ";" or w in _LATER:
            return False
        if w in _RELATIVES:
            relative = True
        elif w in _GIVEN and relative:
            noun = next(
                (
                    j
                    for j in range(k - 1, max(k - _NOUN_GAP, 0) - 2, -1)
                    if norms[j] in _FIGURE_OR_TOLL
                ),
                None,
            )
            if noun is None:
                continue
            return any(
                norms[j] in _CORRECTING for j in range(noun - 1, max(noun - _NOUN_GAP, 0) - 2, -1)
            )
    return False


_PLUPERFECT = tables_en.PLUPERFECT_AUX | tables_es.PLUPERFECT_AUX
_SET_VERBS = tables_en.SET_FIGURE_VERBS | tables_es.SET_FIGURE_VERBS
_SET_AT = tables_en.SET_FIGURE_AT | tables_es.SET_FIGURE_AT
_EARLIER_TIME = tables_en.EARLIER_TIME_WORDS | tables_es.EARLIER_TIME_WORDS
_SET_SPAN = 6
"""At most this many words from a verb that sets a figure to the number it sets."""


def _sets_figure(norms: Sequence[str], k: int, first: int) -> bool:
    """Round 11: whether the pluperfect auxiliary at ``k`` opens a verb that sets the figure
    at ``first`` ("on Monday, earlier in the week, the board had fixed its tally at 3,080";
    "la junta había cifrado antes, a principios de semana, las víctimas en 3.080"): the verb
    right after the auxiliary (or one word later), then "at" / "en" or a noun of a figure
    before the number, and a word placing it earlier ("earlier", "previamente") before the
    verb in the sentence. Such a figure is its source's earlier one."""
    verb = next((j for j in (k + 1, k + 2) if j < first and norms[j] in _SET_VERBS), None)
    if verb is None or first - verb > _SET_SPAN * 3:
        return False
    if not any(
        w in _SET_AT or w in _FIGURE_OR_TOLL for w in norms[verb + 1 : verb + 1 + _SET_SPAN]
    ):
        return False
    return not _EARLIER_TIME.isdisjoint(norms[max(0, k - _REACH) : verb])


_NEW = tables_en.NEW_FIGURE_WORDS | tables_es.NEW_FIGURE_WORDS
_FIGURES = tables_en.FIGURE_NOUNS | tables_es.FIGURE_NOUNS
_CORRECTED = tables_en.CORRECTED_BEFORE | tables_es.CORRECTED_BEFORE
_CORRECTED_LAST = frozenset(cue[-1] for cue in _CORRECTED)
_NEW_REACH = 16
"""How many words before a figure its clause's "new figures" phrase is looked for."""
_NEW_SPAN = 3
"""At most this many words from a new-figure word to its noun ("new set of figures")."""
_CLAUSE_ENDS = frozenset({";", ":", "(", ")", "whereas", "mientras", "while"})
"""Tokens that end the clause a figure's "new figures" phrase must be in; a contrast word
("whereas in the new release…") opens the figure's own clause."""


def new_figure(norms: Sequence[str], first: int) -> bool:
    """Whether the clause of the figure starting at token ``first`` gives it as a body's new
    figure: a new-figure word next to a noun of a figure or its release ("the agency's new
    set of figures showed", "in the recent press release, the board said", "los datos
    actualizados registran"; round 12: a final word next to a noun of a figure or of turnout,
    "the final turnout was"), before the figure, with no other number and no clause end
    between. Such a figure replaces the body's last one (a revision). One backward pass."""
    for k in range(first - 1, max(first - _NEW_REACH, 0) - 1, -1):
        w = norms[k]
        if w in _CLAUSE_ENDS or (w and w[0].isdigit()):
            return False
        if w in _FIGURES and not _NEW.isdisjoint(_near_words(norms, k)):
            return True
        if w in _FINAL_NOUNS and _final(norms, k):
            # round 12: "the final turnout was 58.3 percent"; not a figure a calculation
            # produced ("this yielded a final tally of roughly 5,100"): one computation
            return _CALCULATED.isdisjoint(norms[max(first - _NEW_REACH, 0) : first])
    return False


_CALCULATED = tables_en.CALCULATION_WORDS | tables_es.CALCULATION_WORDS


_FINAL = tables_en.FINAL_WORDS | tables_es.FINAL_WORDS
_FINAL_NOUNS = tables_en.FINAL_NOUNS | tables_es.FINAL_NOUNS


def _final(norms: Sequence[str], k: int) -> bool:
    """Round 12: whether the noun at ``k`` is called final right before it or right after it
    ("the final turnout", "la cifra definitiva"): the figure its clause gives is its
    source's last word on the count, replacing the figure it gave before."""
    return (k > 0 and norms[k - 1] in _FINAL) or (k + 1 < len(norms) and norms[k + 1] in _FINAL)


def _near_words(norms: Sequence[str], k: int) -> list[str]:
    """The `_NEW_SPAN` words either side of token ``k``, not counting the dots of an
    abbreviation ("the new E.U. report": "new" is two words from "report")."""
    out: list[str] = []
    for step in (-1, 1):
        j, seen = k + step, 0
        while 0 <= j < len(norms) and seen < _NEW_SPAN:
            if norms[j] != ".":
                out.append(norms[j])
                seen += 1
            j += step
    return out


_DENIED = tables_en.DENIED_BEFORE | tables_es.DENIED_BEFORE
_DENIED_LONGEST = max(len(p) for p in _DENIED)
_DENIED_REACH = 14
"""How many words before a set-aside figure ("21 y no 24") the figure it yields to may end."""
_DENIED_SOURCE_CUES = tables_en.DENIED_SOURCE_CUES | tables_es.DENIED_SOURCE_CUES
_DENIED_SOURCE_SPAN = 6
"""At most this many words between a set-aside figure and the adverb after its source."""
_DETERMINERS = frozenset({"the", "el", "la", "los", "las"})


def denied(norms: Sequence[str], first: int, before: int | None) -> bool:
    """Round 9: whether the figure at token ``first`` is set aside for the sentence's figure
    that ends at token ``before`` ("about 40 civilians, not the eight the army first
    acknowledged", "murieron 21 y no 24"): the figure the later one replaced. Needs the
    other figure a few words before, with no clause end between."""
    if before is None or not 0 < first - before <= _DENIED_REACH:
        return False
    if any(w in (";", ".", ":") for w in norms[before:first]):
        return False
    return any(tuple(norms[first - n : first]) in _DENIED for n in range(1, _DENIED_LONGEST + 1))


_COUNT_NOUNS = frozenset({"conteo", "recuento", "balance", "count", "tally", "toll", "cifra"})
_OF = frozenset({"del", "de", "of"})
_NAME_JOINERS = frozenset({"de", "del", "la", "las", "los", "y", "of", "the", "and", "for", "para"})
_OWNER_REACH = 16
"""How many words before an earlier figure its count's noun may stand."""


def count_owner(toks: Sequence[Tok], norms: Sequence[str], first: int) -> tuple[int, int] | None:
    """Round 9: the body that kept the count an earlier figure belongs to, when its clause
    names it ("el recuento oficial de víctimas de la Consejería de Emergencias era al
    principio de 90", "the official tally of the Civil Defence Agency was initially 31"):
    the capitalized name after "del" / "of the" that follows a noun of a count, before the
    figure; ``None`` without one."""
    k = first - 1
    while k >= max(first - _OWNER_REACH, 0) and norms[k] not in _COUNT_NOUNS:
        if norms[k] in (";", ":", "(", ")", "."):
            return None
        k -= 1
    if k < max(first - _OWNER_REACH, 0):
        return None
    j = k + 1
    while j < first:
        if norms[j] in _OF and j + 1 < first:
            start = j + 1 + (norms[j + 1] in ("the", "la", "el"))
            if start < first and toks[start].cap:
                end = start + 1
                while end < first and (
                    toks[end].cap
                    or (norms[end] in _NAME_JOINERS and end + 1 < first and toks[end + 1].cap)
                ):
                    end += 1
                return start, end
        j += 1
    return None


def denied_source(norms: Sequence[str], last: int) -> tuple[int, int] | None:
    """Round 9: the tokens naming who first gave a set-aside figure ending at ``last``: the
    words from the last determiner before an adverb of first giving, up to it ("not the
    six to nine the ministry first admitted" → "the ministry"), or ``None``."""
    end = None
    for k in range(last, min(last + _DENIED_SOURCE_SPAN + 1, len(norms))):
        if norms[k] in _DENIED_SOURCE_CUES:
            end = k
            break
        if norms[k] in (",", ";", ":", "(", ")"):
            return None
    if end is None:
        return None
    start = max((k for k in range(last, end) if norms[k] in _DETERMINERS), default=None)
    if start is None or start + 1 >= end:
        return None
    return start + 1, end


def corrects(norms: Sequence[str], first: int) -> bool:
    """Whether the words right before the figure at ``first`` give it as the correction of
    the figure just given ("the number should have read 170,000", "la cifra correcta es
    31")."""
    if first == 0 or norms[first - 1] not in _CORRECTED_LAST:
        return False
    return any(tuple(norms[max(first - len(cue), 0) : first]) == cue for cue in _CORRECTED)


EARLIER_BACK = 2
"""How many sentences back the figure replacing an earlier one is looked for ("X now says
39. He had initially said 30."); forward, only the next sentence."""


def link_earlier(drafts: list[Draft], candidates: int) -> None:
    """Link each earlier figure ("initially put it at 45", "the previous estimate of 212") to the
    figure of its source that replaced it: the nearest other figure of the same metric (or a
    generic "people" one, which takes the earlier's metric) and unit, of a different value,
    first in the earlier's own sentence, then up to `EARLIER_BACK` sentences back, then in the
    next sentence, among the ``candidates`` drafts either side. Across sentences the two must
    have one source (or one names none). The earlier figure is then no part and no whole: a
    revision only."""
    for k, old in enumerate(drafts):
        if not old.earlier or any(d.supersedes_draft == k for d in drafts):
            continue
        window = range(max(0, k - candidates), min(len(drafts), k + candidates))
        order = sorted(
            (w for w in window if _near(drafts[w].sentence, old.sentence)),
            key=lambda w: _rank(
                drafts[w].sentence - old.sentence,
                (k - w) if old.denied else (w - k),
                _distance(drafts[w], old) if drafts[w].sentence < old.sentence else 0.0,
            ),
        )
        for w in order:
            new = drafts[w]
            whole = new.part_of_draft
            if _replaces(new, old, whole is not None and drafts[whole].metric != new.metric):
                new.supersedes_draft = k
                new.metric = old.metric if new.metric in _GENERIC else new.metric
                old.part_of_draft = None
                for d in drafts:
                    if d.part_of_draft == k:
                        d.part_of_draft = None
                _not_after(old, new)
                if old.denied and old.claimants and not new.claimants:
                    new.claimants = old.claimants  # "40, not the eight the army first gave"
                break


RESTATED_BACK = 20
"""How many drafts before a "from" figure the figure it restates is looked for."""


def restated_from(drafts: list[Draft], window: int) -> None:
    """Round 9b: in "the crowd grew from 8,000 to more than 30,000, the organisers said", the
    "from" figure restates a figure another source gave before ("police later raised it to
    8,000"): a revision needs one source giving both figures, so the organisers revised
    nothing. The "from" figure, equal to an earlier figure (of another sentence, within
    ``window`` sentences) whose named source is not the later figure's, is that source's
    figure again: it takes its source and date, and the link is cut. The later figure is its
    own source's only; with no date of its own it counts the same gathering as the figure
    it grew from, and takes that one's date."""
    for new in drafts:
        k = new.supersedes_draft
        if k is None or not 0 <= k < len(drafts):
            continue
        old = drafts[k]
        if old.sentence != new.sentence or old.earlier:
            continue  # "initially put it at 45 …": the source's own first figure
        keys = {c.key for c in new.claimants}
        for w in range(k - 1, max(k - RESTATED_BACK, 0) - 1, -1):
            first = drafts[w]
            if old.sentence - first.sentence > window:
                break
            if first.sentence == old.sentence or not first.claimants:
                continue
            if (
                first.quantity.unit != old.quantity.unit
                or first.quantity.interval != old.quantity.interval
            ):
                continue
            if {c.key for c in first.claimants} == keys:
                break  # the source's own figure again: its revision stands
            new.supersedes_draft = None
            old.claimants = first.claimants
            old.as_of, old.dated, old.copied = first.as_of, first.dated, first.copied
            if not new.dated and first.dated:
                new.as_of, new.dated, new.copied = first.as_of, True, first.copied
            break


def _not_after(old: Draft, new: Draft) -> None:
    """Round 9: an earlier figure is never dated after the figure that replaced it (nor by
    the day it is read, when the text gives it no day): with no day of its own, or a later
    one, it takes the replacing figure's date ("el número revisado … debería ser de 1.427 …
    fue inicialmente de 64": the 64 is not today's)."""
    if new.as_of is None:
        return
    if (
        old.as_of is None
        or not old.dated
        or old.copied
        or (new.dated and old.as_of.end > new.as_of.end)
    ):
        old.as_of, old.dated = new.as_of, new.dated


_GENERIC = tables_en.GENERIC_PEOPLE | tables_es.GENERIC_PEOPLE


def _replaces(new: Draft, old: Draft, part_of_other: bool = False) -> bool:
    """Whether ``new`` may be the figure that replaced the earlier figure ``old``.
    ``part_of_other``: round 11, ``new`` is a part only of a count of another metric (the
    deaths among an outbreak's cases), which does not stop it replacing its own metric's."""
    if new is old or new.earlier or new.increment or new.difference or new.subset or new.refers:
        return False
    if new.part_of_draft is not None and not part_of_other:
        return False  # a part of another count never replaces a figure
    if new.supersedes_draft is not None or new.quantity.unit != old.quantity.unit:
        return False
    if new.metric != old.metric and new.metric not in _GENERIC:
        return False
    if new.quantity.interval.overlaps(old.quantity.interval) and _center(new) == _center(old):
        return False  # round 12: two round figures may overlap ("41,000", "45,000") and differ
    if (
        _apart(new, old)
        and not (new.sentence != old.sentence and _days(new, old))
        and not _dated_after(old, new)
        and not _recalled(old, new)
    ):
        return False  # "57 this year, up from 40 last year": two periods, not a revision
    if new.sentence != old.sentence and not same_noun(new, old):
        return False  # round 9: "seven civilians" … "30 to 40 victims" in a photo
    keys = {c.key for c in old.claimants}
    other = {c.key for c in new.claimants}
    if old.count_owner:
        return True  # round 9: another body's count, named as such, that the new one revises
    if new.sentence == old.sentence or keys == other:
        return True
    if old.sentence > new.sentence:
        # round 10: "A previous estimate by X …" recalled later: X's, unless named; round 12:
        # an unnamed one its text dates before the new figure is the toll as it stood then
        return not keys and old.dated and _recalled(old, new)
    # round 12: a later figure whose sentence names a source of its own ("Some blogs claimed
    # 2 million") is that source's; an earlier figure of no named source is not its revision
    return not other


def _dated_after(old: Draft, new: Draft) -> bool:
    """Round 11: whether the earlier figure ``old`` (its cue says its source gave it first:
    "earlier this week the agency had set the figures at 3,080") is dated wholly after the
    figure that may replace it, in another sentence. Its cue outweighs the two dates (a
    weekday read as the last one before publication, "said on Friday", may fall before "this
    week"): the pair is a revision, and `_not_after` gives the earlier figure the later one's
    date."""
    if not old.earlier or old.sentence == new.sentence:
        return False
    if old.as_of is None or new.as_of is None or old.as_of.start is None:
        return False
    return new.as_of.end < old.as_of.start


def _center(d: Draft) -> float:
    """The middle of a figure's interval: the value it states, whatever its margin."""
    return (d.quantity.interval.low + d.quantity.interval.high) / 2


def _recalled(old: Draft, new: Draft) -> bool:
    """Round 12: whether the earlier figure ``old`` is recalled in a sentence after the
    figure that replaced it, dated by its text before that figure's day ("the observatory
    gave a new toll on Tuesday: 41,000 … it amends the figure released in March 2023, when
    it counted 45,000"): the toll as it stood then, a running total at an earlier date, not
    the count of another period. The new figure is dated by a day (or counts so far)."""
    if old.sentence <= new.sentence or old.as_of is None or new.as_of is None:
        return False
    return _day_or_open(new.as_of) and old.as_of.end < new.as_of.end


def _days(new: Draft, old: Draft) -> bool:
    """Round 9: an earlier figure of another sentence dated by a day up to the replacing
    figure's day ("18 muertos en el bombardeo del 2 de junio" … "subió el martes a 27"):
    one toll at two days, not two periods."""
    if new.as_of is None or old.as_of is None or old.as_of.end > new.as_of.end:
        return False
    return _day_or_open(new.as_of) and _day_or_open(old.as_of)


def same_noun(a: Draft, b: Draft) -> bool:
    """Round 9: whether two figures count the same noun, or one of them names none or a
    generic one ("civilians" and "victims" shown in a photo are two counts)."""
    x = [w for w in a.metric_text.lower().split() if w.isalpha()]
    y = [w for w in b.metric_text.lower().split() if w.isalpha()]
    if not x or not y or x[-1] == y[-1]:
        return True
    return x[-1] in GENERIC_NOUNS or y[-1] in GENERIC_NOUNS


GENERIC_NOUNS = tables_en.GENERIC_PEOPLE | tables_es.GENERIC_PEOPLE | frozenset({"dead", "muertos"})
"""Nouns that say only "people" (or "the dead"): they may count what another noun names."""


def _apart(a: Draft, b: Draft) -> bool:
    """Whether two figures are dated by their text to periods that do not meet."""
    if not (a.dated and b.dated) or a.copied or b.copied or a.as_of is None or b.as_of is None:
        return False
    a_start = a.as_of.start or dt.date.min
    b_start = b.as_of.start or dt.date.min
    return a.as_of.end < b_start or b.as_of.end < a_start


def _near(sentence: int, earlier: int) -> bool:
    return -EARLIER_BACK <= sentence - earlier <= 1


def _distance(new: Draft, old: Draft) -> float:
    """Round 12: how far apart two figures' values are (the ratio of the larger to the
    smaller). In a sentence before an earlier figure, the figure it was replaced by is the
    nearest in value, not the nearest in the text: "312,000 dead (149,000 of them
    civilians)" … "the figure published in 2015: 320,000"."""
    a, b = _center(new), _center(old)
    low, high = min(a, b), max(a, b)
    return high / low if low > 0 else float("inf")


def _rank(apart: int, offset: int, distance: float = 0.0) -> tuple[int, int, float, int]:
    """Its own sentence first (the figures after the earlier one first: "estimó en un
    principio 500.000 y, tras actualizarlo, un millón"; then those before it: "over 450, more
    than twice the previous estimate of 212"), then the sentences before (nearest first;
    round 12: within one, the nearest in value, `_distance`), then the next."""
    sentence = 0 if apart == 0 else (abs(apart) if apart < 0 else EARLIER_BACK + 1)
    return (sentence, 0 if apart == 0 and offset > 0 else 1, distance, abs(offset))


def revised_totals(drafts: list[Draft]) -> None:
    """A flow's figure and the figure it revises (``supersedes``), each dated by the day (or
    the few days) it was given ("900 had died", said on Monday; "corrected the toll to 640"
    on Wednesday; "at the weekend"), are one running total at two days: each counts from the
    start of the event up to its own day (an open start), not the events of that day alone.
    Dated as two single days they would be two days' counts, which nothing compares; as two
    totals of one toll the later replaces the earlier, a revision. An earlier figure with no
    day of its own ("doubled from 5,458 to 9,429") is a total up to the later one's day, and
    so is a pair of one day, one stated and one inferred (a comparison reads an inferred day
    of a flow as a total up to it). Levels (stocks) and shares keep their day. A revision is
    never a part of the figure it revises: a part link between the two is cut.

    Round 10: a count of one gathering (an event count: marchers, strikers) is not a running
    total either. "Police first counted 3,000 marchers, later 9,000" corrects one crowd's
    count of one day; read as a total up to that day it would never meet the organisers'
    count of the same march, dated on the day."""
    for n, new in enumerate(drafts):
        k = new.supersedes_draft
        if k is None or not 0 <= k < len(drafts):
            continue
        old = drafts[k]
        if new.part_of_draft == k:
            new.part_of_draft = None  # a revision of a figure is never a part of it
        if old.part_of_draft == n:
            old.part_of_draft = None
        if new.stock or old.stock or new.quantity.unit == "percent":
            continue
        if _gathering(new.metric) or _gathering(old.metric):
            continue  # round 10: one crowd's count corrected, not a running total
        if old.quantity.unit != new.quantity.unit or new.as_of is None:
            continue
        # round 12: "the figure released in March 2023": the total as it stood then
        recalled = old.earlier and old.as_of is not None and _recalled(old, new)
        if recalled:
            pass
        elif old.as_of is None and _day_or_open(new.as_of):
            old.as_of = new.as_of  # "doubled from 5,458 to 9,429": an earlier total, no day
        elif old.as_of is None or (new.as_of == old.as_of and new.dated == old.dated):
            continue  # one day, both stated or both inferred: compared as they are
        assert old.as_of is not None
        if not recalled and not (_day_or_open(new.as_of) and _day_or_open(old.as_of)):
            continue
        new.as_of = Period(start=None, end=new.as_of.end)
        old.as_of = Period(start=None, end=old.as_of.end)


@functools.cache
def _gathering(metric: str) -> bool:
    """Round 10: whether ``metric`` counts the people of one occasion (marchers, strikers,
    voters: the built-in event counts), which a revision corrects rather than extends."""
    return _KINDS.kind(metric.removesuffix(UNPROVEN_SUFFIX)) is MetricKind.EVENT_COUNT


_KINDS = MetricRegistry.builtin()
"""The built-in metrics, read only for their kind (`_gathering`)."""

_FEW_DAYS = 3
"""The longest span a revised total may be dated by ("at the weekend"): a longer one (a week,
a month) is a period's own count, which no cue makes a running total."""


def _day_or_open(period: Period) -> bool:
    """A day or a few days (the day or weekend a total was given), or a total up to a day
    with an open start."""
    return period.start is None or (period.end - period.start).days < _FEW_DAYS
