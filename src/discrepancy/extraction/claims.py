"""Claims in the making: time, event label and scope of one number, then the document rules.

Time: a stock is counted at a date (the end of the period stated); a flow covers the period
stated ("on Christmas Day" is one day, "so far" is open up to the reference date, "as of
December 30" of an earlier wave runs from that wave's start). Without a date, a flow takes the
last day named earlier in its paragraph, a stock the date its claimant spoke in the sentence
before; otherwise the publication date, marked ``as_of_inferred``.

Event labels are conservative: only a named day ("Christmas", "New Year's Eve") or the election
a count follows gives one, and a number that refers back ("33 of them", "had registered 61")
shares its antecedent's. Document rules, after all sentences are read: an undated figure that
restates a dated one (a headline's "another 87") takes its date and label; a count "so far"
starts where the article says its wave began; a count for one prison or state within a wave
is a part of the wave's whole (``part_of``).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from collections.abc import Callable, Sequence

import attrs

from discrepancy.claim import Claim, Period, Status, StatusClass
from discrepancy.extraction import claimant_coref, status, tables_en, tables_es, when_lead
from discrepancy.extraction.claim_ids import ClaimFactory
from discrepancy.extraction.context import Context
from discrepancy.extraction.lists import entry_of
from discrepancy.extraction.lists_wholes import names_list_whole
from discrepancy.extraction.normal import Normalized
from discrepancy.extraction.numbers import Mention
from discrepancy.extraction.revision import (
    corrects,
    link_earlier,
    new_figure,
    restated_from,
    revised_totals,
)
from discrepancy.extraction.revision_links import revised_links
from discrepancy.extraction.sentences import Sentence, Tok
from discrepancy.extraction.view import View
from discrepancy.extraction.when import CUMULATIVE, DateMention
from discrepancy.extraction.when_previous import EARLIER_LABEL
from discrepancy.extraction.where import find_scope
from discrepancy.extraction.where_places import SCOPE_DEFAULT_NOTE
from discrepancy.extraction.where_sectors import SECTOR_METRICS, SECTOR_NOTE
from discrepancy.orgs import OrgRef
from discrepancy.places import outside_of
from discrepancy.quantity import Quantity

__all__ = [
    "Draft",
    "Topic",
    "Wave",
    "finalize",
    "is_destination",
    "is_difference",
    "is_increment",
    "is_partitive_whole",
    "is_sector",
    "is_total",
    "make_draft",
    "own_finding",
    "revision_of",
    "sector_start",
]

WINDOW = 60
"""How far (in sentences, or claims for parts) a restatement or a whole is looked for."""
CANDIDATES = 20
"""At most this many dated claims on each side are tried as what a figure restates."""
SUBSET_SENTENCES = 2
"""How many sentences back the whole of a subset ("among the dead...") is looked for."""


@attrs.frozen
class Topic:
    metric: str
    metric_text: str

    @property
    def text(self) -> str:
        return self.metric_text


@attrs.define
class Draft:
    """A claim before the document rules; ``dated`` says its time was stated, not inferred."""

    quantity: Quantity
    metric: str
    metric_text: str
    claimants: tuple[OrgRef, ...]
    status: Status
    as_of: Period | None
    dated: bool
    event: str | None
    scope: str | None
    sub_scope: bool
    start: int
    end: int
    sentence: int
    part_of_draft: int | None = None
    supersedes_draft: int | None = None  # "rose from 9 to 12": the 12 replaces the 9
    wave_start: dt.date | None = None  # a flow counted from a named start ("since Jan. 8")
    subset: bool = False  # "among the dead were 12 children": a part of a count already given
    group_part: bool = False  # "five of the injured": a part of the group its words name (s9)
    refers: bool = False  # "195 of those cases": a part of the last count, whatever its noun
    same_source: bool = False  # "De esa cifra, 41 …": a part given by the whole's source
    increment: bool = False  # "one more person died", "35 nuevos casos": added to a count
    difference: bool = False  # "40,500 more than the day before": no level; dropped unlinked
    destination: bool = False  # "1,700 have entered Poland": a part of the source's total
    outlet_voice: bool = False  # "the register shows 668 missing": the outlet's own finding
    total: bool = False  # "208 pupils and 9 teachers, a total of 217": the sum of those before
    sector: bool = False  # "al 96 % en la agricultura": a sector's part of an overall figure
    partitive: bool = False  # "of the 6.6 million who fled, 2.9 million …": a whole
    revises: bool = False  # "revised the toll down to 42,000": replaces the source's last figure
    earlier: bool = False  # "he had initially said 30": a figure its source later replaced
    denied: bool = False  # "40, not the eight first acknowledged": set aside for a figure before
    copied: bool = False  # its date is one its antecedent only inferred (round 9)
    count_owner: bool = False  # "el conteo … del Departamento X fue inicialmente de 64" (round 9)
    scope_default: bool = False  # the scope is only the text's country or dateline (u-where)
    stock: bool = False  # its metric is a level (counted at a date), not a flow (round 8)
    list_part: bool = False  # "counted 4,000, 2,500 and 1,200 in the three towns" (round 9)
    list_whole: bool = False  # "9,000 marched in all": a list's whole (round 9)
    sector_name: str | None = None  # a strike share's sector: "health" (round 10, c-where)
    told: dt.date | None = None  # the day a count of the event's day was told (session 10)
    risen: bool = False  # "the toll has risen to 82": the toll as it grew (session 10)


def _by_first(phrases: Sequence[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases keyed by their first word, for one pass over a sentence's words."""
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in phrases:
        found[phrase[0]] = (*found.get(phrase[0], ()), phrase)
    return found


_OPENERS = _by_first((*tables_en.SUBSET_OPENERS, *tables_es.SUBSET_OPENERS))
_OF_THE = tables_en.SUBSET_OF | tables_es.SUBSET_OF
""""of the" / "de los" / "de las": before a figure, its whole follows ("of the 25 dead, 12 …");
after it, the group it is a part of ("five of the injured"); opening a sentence, a subset
opener only as the sentence's first words ("Of the dead, 17 were children")."""


def subset_start(norms: Sequence[str]) -> int | None:
    """Where a sentence's figures start being parts of a count already given ("Among the
    dead were...", "Entre los fallecidos hay...", "..., including 12 children"): the token
    after the first subset opener (tables ``SUBSET_OPENERS``), or ``None``. One pass."""
    if _OPENERS.keys().isdisjoint(norms):  # most sentences: no opener's first word at all
        return None
    for k, w in enumerate(norms):
        for phrase in _OPENERS.get(w, ()):
            size = len(phrase)
            if tuple(norms[k : k + size]) != phrase:
                continue
            if phrase in _OF_THE and k != 0:
                continue
            return k + size
    return None


TOLD_NOTE = "told on "
"""Session 10: how the note of a count of one event, dated by the event's day but told or set
on a later day the text names ("the toll announced on Sunday was 69"), gives that day
("told on 2019-08-11"): `scan` reads two such counts told on different days, the later not
smaller, as one toll at two moments, not two sources disagreeing
(`_scan_rules.told_growth`)."""
RISEN_NOTE = "a toll that rose"
"""Session 10: the note of such a count whose clause says the toll grew to it ("has risen to
82"): the later of two counts told on different days only then reads as the earlier one
grown, not as a rival's count (`_scan_rules.told_growth`)."""
PART_NOTE = "a part of a group the text counts (its count not found)"
"""The note of a figure the text gives as a part of a group ("five of the injured", "among
them 12 children") whose whole no nearby figure gives: `scan` does not set it against the
text's other figures as if it counted the whole group (`_scan_rules.unlinked_part`)."""

_PREDICATES = _by_first((*tables_en.SUBSET_PREDICATES, *tables_es.SUBSET_PREDICATES))
_SUBJECT_BREAKS = frozenset(
    {
        "were",
        "was",
        "are",
        "is",
        "said",
        "says",
        "fueron",
        "eran",
        "son",
        "estan",
        "dijo",
        "dijeron",
    }
)
"""Words that end the subject of a subset predicate, reading back from it: a figure before
one of them belongs to another clause ("32 people were hurt and eight women were among the
injured": the 32 is no part)."""


def subset_subject(norms: Sequence[str]) -> tuple[int, int] | None:
    """The tokens of the subject of a subset predicate (tables ``SUBSET_PREDICATES``: "Eight
    women and three children were among the injured", "Ocho mujeres figuran entre los
    heridos"): from the nearest subject break (or the sentence's start) to the predicate.
    The figures in it are parts of a group already counted. ``None`` where there is no such
    predicate. One pass."""
    if _PREDICATES.keys().isdisjoint(norms):
        return None
    for k, w in enumerate(norms):
        for phrase in _PREDICATES.get(w, ()):
            if tuple(norms[k : k + len(phrase)]) == phrase:
                start = k
                while start > 0 and norms[start - 1] not in _SUBJECT_BREAKS:
                    start -= 1
                return start, k
    return None


def of_a_group(norms: Sequence[str], last: int, person_nouns: frozenset[str]) -> bool:
    """A figure followed by "of the" / "de los" and a noun of people, perhaps after one
    word ("Five of the injured", "four of the seriously injured", "tres de los detenidos"):
    a part of that group, counted already."""
    if last + 2 >= len(norms) or (norms[last], norms[last + 1]) not in _OF_THE:
        return False
    return norms[last + 2] in person_nouns or (
        last + 3 < len(norms) and norms[last + 2].isalpha() and norms[last + 3] in person_nouns
    )


_BACK = frozenset(
    {"them", "those", "these", "whom", "ellos", "ellas", "estos", "estas", "esos", "esas"}
)


def refers_back(norms: Sequence[str], last: int) -> bool:
    """A figure followed by "of them", "of those cases", "de ellos", "de esos casos": a
    part of a count already given, whatever noun follows."""
    return last + 1 < len(norms) and norms[last] in ("of", "de") and norms[last + 1] in _BACK


_WITH_PART = tables_en.WITH_PART_WORDS | tables_es.WITH_PART_WORDS


def with_part(norms: Sequence[str], first: int, draft: Draft, before: Draft) -> bool:
    """Session 10: whether the figure at ``first`` (``draft``) opens a "with" clause after a
    comma right after the figure before it (``before``), of its metric and unit and at least
    as large ("the toll has reached 61, with four of the wounded dying in hospital"; "…, con
    12 en la capital"): a part of that count, never its rival. Of another metric it is a count
    of its own ("45 cases, with 25 people dead")."""
    if first < 2 or norms[first - 1] not in _WITH_PART or norms[first - 2] != ",":
        return False
    q, whole = draft.quantity, before.quantity
    return (
        before.metric == draft.metric
        and whole.unit == q.unit
        and whole.interval.low >= q.interval.high
    )


_FIGURE_OPENERS = tables_en.FIGURE_OPENERS | tables_es.FIGURE_OPENERS
"""Openers that name the figure just given, followed by a comma ("De esa cifra, 41 …", "Of
those, 120 …", "Of that number, 120 …"): the figures after them are its parts."""


def mark_figure_part(draft: Draft, norms: Sequence[str], first: int) -> None:
    """Mark ``draft`` a part of the figure just named, given by the same source, when its
    sentence opens with a figure opener and a comma before the number at ``first``."""
    for size in (2, 3):
        if size < first and norms[size] == "," and tuple(norms[:size]) in _FIGURE_OPENERS:
            draft.refers = draft.same_source = True
            return


_INC_BEFORE = tables_en.INCREMENT_BEFORE | tables_es.INCREMENT_BEFORE
_INC_AFTER = tables_en.INCREMENT_AFTER | tables_es.INCREMENT_AFTER
_INC_NOT_BEFORE = frozenset({"than", "de", "que", "del"})  # "more than", "más de", "más que"
_MORE = frozenset({"more", "mas"})
_REVISE = tables_en.REVISE_WORDS | tables_es.REVISE_WORDS
_NOT_VERB_AFTER = tables_es.DURATION_UNITS | frozenset(tables_es.WEEKDAYS)
"""Round 9b: words after which a revising participle is an adjective, not a verb: "la cifra
del año pasado es de 120.000" (last year), "el lunes pasado"."""
_REVISE_GAP = 8
"""At most this many words between a revising verb and its figure ("revised the death toll
down to 42,000")."""


def is_increment(norms: Sequence[str], first: int, last: int, noun_end: int) -> bool:
    """Whether the figure at tokens ``first:last`` (its noun ending at ``noun_end``) counts
    what was added to a count: "another 3", "a further 12", "otros 35" before it; "more",
    "new", "nuevos" right after it ("one more person", "35 nuevos casos"); "más" / "more"
    after its noun ("tres muertos más"). Not "more than" / "más de"."""
    if first > 0 and norms[first - 1] in _INC_BEFORE:
        return True
    for k, words in ((last, _INC_AFTER), (noun_end, _MORE)):
        if k < len(norms) and norms[k] in words:
            after = norms[k + 1] if k + 1 < len(norms) else ""
            if after not in _INC_NOT_BEFORE:
                return True
    return False


_OWN: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in (*tables_en.OWN_FINDING, *tables_es.OWN_FINDING):
    _OWN[_phrase[0]] = (*_OWN.get(_phrase[0], ()), _phrase)


def own_finding(norms: Sequence[str]) -> bool:
    """Whether a sentence says its figures are the outlet's own finding ("the school's
    register has shown", "one of our reporters", "ha podido saber este diario"; tables
    ``OWN_FINDING``). One pass."""
    if _OWN.keys().isdisjoint(norms):
        return False
    for k, w in enumerate(norms):
        for phrase in _OWN.get(w, ()):
            if tuple(norms[k : k + len(phrase)]) == phrase:
                return True
    return False


_TOTAL_BEFORE = (*tables_en.TOTAL_BEFORE, *tables_es.TOTAL_BEFORE)
_TOTAL_AFTER = (*tables_en.TOTAL_AFTER, *tables_es.TOTAL_AFTER)
_TOTAL_BEFORE_LAST = frozenset(p[-1] for p in _TOTAL_BEFORE)
_TOTAL_AFTER_FIRST = frozenset(p[0] for p in _TOTAL_AFTER)


def is_total(norms: Sequence[str], first: int, last: int, noun_end: int) -> bool:
    """Whether the figure at tokens ``first:last`` is stated as the total of the figures
    before it in its sentence: "a total of 217", "for a total of", "un total de", "en total
    244" right before it, "in all" / "en total" right after it or its noun (tables
    ``TOTAL_BEFORE``, ``TOTAL_AFTER``)."""
    if first > 0 and norms[first - 1] in _TOTAL_BEFORE_LAST:
        for phrase in _TOTAL_BEFORE:
            size = len(phrase)
            if first >= size and tuple(norms[first - size : first]) == phrase:
                return True
    for k in (last, noun_end):
        if k < len(norms) and norms[k] in _TOTAL_AFTER_FIRST:
            for phrase in _TOTAL_AFTER:
                if tuple(norms[k : k + len(phrase)]) == phrase:
                    return True
    return False


_SECTORS = tables_en.SECTORS | tables_es.SECTORS
_SECTOR_LINKS = tables_en.SECTOR_LINKS | tables_es.SECTOR_LINKS
_ARTICLES = frozenset({"the", "el", "la", "los", "las", "its", "su", "sus"})


def is_sector(norms: Sequence[str], last: int, noun_end: int) -> bool:
    """Whether a sector phrase follows the figure or its noun ("88% in transport", "al 96 %
    en la agricultura", "in the public sector"; tables ``SECTORS``, ``SECTOR_LINKS``): an
    opening word, an optional article, then a sector head within two words."""
    for k in {last, noun_end}:
        if k >= len(norms) or norms[k] not in _SECTOR_LINKS:
            continue
        j = k + 1
        if j < len(norms) and norms[j] in _ARTICLES:
            j += 1
        if not _SECTORS.isdisjoint(norms[j : j + 2]):
            return True
    return False


_BY_SECTOR = frozenset({("by", "sector"), ("por", "sectores"), ("by", "sectors")})
_BY = frozenset(p[0] for p in _BY_SECTOR)


def sector_start(norms: Sequence[str]) -> int | None:
    """Where a sentence's figures start being sectors' parts: after "by sector" / "por
    sectores" anywhere, or after an opening sector phrase ("In transport, …", "En la banca,
    …"); ``None`` otherwise."""
    for k in range(len(norms) - 1) if not _BY.isdisjoint(norms) else ():
        if norms[k] in _BY and (norms[k], norms[k + 1]) in _BY_SECTOR:
            return k + 2
    if norms and norms[0] in _SECTOR_LINKS:
        j = 2 if len(norms) > 1 and norms[1] in _ARTICLES else 1
        if not _SECTORS.isdisjoint(norms[j : j + 2]):
            return j + 1
    return None


def is_partitive_whole(norms: Sequence[str], first: int) -> bool:
    """Whether the figure starting at token ``first`` follows "of the" / "de los" / "de las"
    ("of the more than 6.6 million refugees, 2.9 million …"): the whole the figures after
    it in its sentence are parts of."""
    return first >= 2 and (norms[first - 2], norms[first - 1]) in _OF_THE


_DIFF_AFTER = tables_en.DIFFERENCE_AFTER | tables_es.DIFFERENCE_AFTER
_DIFF_WORDS = frozenset({"more", "fewer", "less", "mas", "menos"})
_DIFF_ES = frozenset({"mas", "menos"})


def is_difference(norms: Sequence[str], last: int, noun_end: int | None = None) -> bool:
    """Whether the figure ending before token ``last`` is a difference from another count:
    "more than" / "fewer than" / "más que" / "menos que" right after it ("40,500 more than
    the day before"), or "más que" / "menos que" after its noun ("10.000 personas más que el
    año pasado"; ``noun_end``). Such a figure is added to a count, never a level of it."""

    def at(k: int, words: frozenset[str], after: frozenset[str]) -> bool:
        return k + 1 < len(norms) and norms[k] in words and norms[k + 1] in after

    if at(last, _DIFF_WORDS, _DIFF_AFTER):
        return True
    return (
        noun_end is not None
        and noun_end > last
        and at(noun_end, _DIFF_ES, tables_es.DIFFERENCE_AFTER)
    )


_DEST_VERBS = tables_en.DESTINATION_VERBS | tables_es.DESTINATION_VERBS
_DEST_LINKS = tables_en.DESTINATION_LINKS | tables_es.DESTINATION_LINKS
_DEST_BARE = frozenset({"entered", "reached", "entraron", "ingresaron", "entrado", "ingresado"})
"""Destination verbs whose place may follow with no preposition ("entered Poland")."""
_NOT_PLACES = frozenset(tables_en.MONTHS) | frozenset(tables_es.MONTHS)
_NOT_PLACES |= frozenset(tables_en.WEEKDAYS) | frozenset(tables_es.WEEKDAYS)
_DEST_GAP = 12
"""At most this many tokens between a figure and its destination verb ("840,000 people
who left the war zone have crossed into Romania")."""


def is_destination(toks: Sequence[Tok], norms: Sequence[str], last: int) -> bool:
    """Whether a destination verb after the figure, before any punctuation or other number,
    names a place: "have entered Poland", "crossed into Hungary", "entraron en Polonia",
    "han llegado a Moldavia" (a capitalized word that is no month or weekday). Bounded: at
    most `_DEST_GAP` tokens are looked at."""
    stop = min(len(norms), last + _DEST_GAP + 1)
    for k in range(last, stop):
        if toks[k].kind in ("n", "p"):
            return False
        if norms[k] not in _DEST_VERBS:
            continue
        j = k + 1
        if j < len(norms) and norms[j] in _DEST_LINKS:
            j += 1
        elif norms[k] not in _DEST_BARE:
            continue  # "fled Ukraine" names where they left, "fled to Moldova" where they went
        if j < len(norms) and toks[j].cap and toks[j].kind == "w" and norms[j] not in _NOT_PLACES:
            return True
    return False


def revision_of(norms: Sequence[str], first: int, starts: Sequence[int], k: int) -> int | None:
    """For the figure ``k`` of a sentence (its tokens from ``first``; ``starts``: where each
    figure starts), whether a revising verb governs it ("revised the toll down to 42,000",
    "corrigió la cifra a 31"): ``-1`` for the source's last figure, or the index of the
    figure it replaces in the same sentence ("… to 42,000 from 47,000"); ``None`` when it
    revises nothing."""
    if first == 0:
        return None
    if norms[first - 1] not in ("to", "a", "en"):
        return -1 if _revised_clause(norms, first) else None
    lo = max(0, first - 1 - _REVISE_GAP)
    if not any(_revising(norms, j) for j in range(lo, first - 1)):
        return -1 if _revised_clause(norms, first) else None
    if k + 1 < len(starts) and norms[starts[k + 1] - 1] in ("from", "de", "desde"):
        gap = norms[first : starts[k + 1] - 1]
        if len(gap) <= 3:
            return k + 1  # "to 42,000 from 47,000"
    return -1


_REVISE_VERB_GAP = 6
"""At most this many words between a revising verb and its figure with no "to" ("corrigió y
reportó esta madrugada 525")."""


def _revised_clause(norms: Sequence[str], first: int) -> bool:
    """A figure its clause gives as a body's replacement of its last one, with no "to": a
    "new figures" phrase (`revision.new_figure`), a correction ("should have read 170,000",
    `revision.corrects`), or a revising verb a few words before with no other number or
    punctuation between ("corrigió y reportó esta madrugada 525", "revised data show 600")."""
    if corrects(norms, first) or new_figure(norms, first):
        return True
    for k in range(first - 1, max(first - _REVISE_VERB_GAP, 0) - 1, -1):
        w = norms[k]
        if not w or not w[0].isalpha():
            return False
        if _revising(norms, k):
            return True
    return False


def _revising(norms: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a revising verb: a revising word not used as an adjective
    (`_NOT_VERB_AFTER`)."""
    return norms[k] in _REVISE and not (k > 0 and norms[k - 1] in _NOT_VERB_AFTER)


Wave = tuple[int, str, dt.date]
"""(sentence, flow metric, the day its wave began) as the document states it."""


def _label(day: dt.date | None, occasion: str, metric: str) -> str:
    return f"{day.isoformat() if day else 'undated'}-{occasion}-{metric}"


def make_draft(
    ctx: Context,
    s: Sentence,
    view: View,
    m: Mention,
    *,
    metric: str,
    stock: bool,
    metric_text: str,
    claimants: tuple[OrgRef, ...],
    status: Status,
    own: DateMention | None,
    inherited: DateMention | None,
    ref: dt.date | None,
    antecedent: Draft | None,
    also: bool,
    post_election: dt.date | None,
    hi: int,
    act: bool = False,
) -> Draft:
    """The draft of the number ``m`` (``stock``: its metric is a level, not a flow; ``act``:
    its clause counts the act that made the level, "abducted 42 people")."""
    chosen = own or inherited
    copied = False
    event: str | None = None
    as_of: Period | None = None
    if chosen is not None:
        period = chosen.period
        if antecedent is not None and antecedent.metric == metric and not stock:
            ante = antecedent.as_of
            if own is None and ante is not None:
                period = ante
            elif (
                chosen.kind == CUMULATIVE
                and period.start is None
                and ante is not None
                and ante.start is not None
                and (ante.start <= period.end)
            ):
                period = Period(start=ante.start, end=period.end)
        as_of = ctx.day(period.end) if stock and m.quantity.unit != "percent" else period
        if chosen.occasion and not stock:
            event = _label(period.start or period.end, chosen.occasion, metric)
    elif antecedent is not None and antecedent.metric == metric and not stock:
        as_of = antecedent.as_of
        copied = not antecedent.dated  # round 9: a day the antecedent only inferred
    if antecedent is not None and antecedent.metric == metric and antecedent.event:
        event = antecedent.event
    if post_election is not None and not stock and event is None:
        event = f"{post_election:%Y-%m}-post-election-{metric}"
    dated = as_of is not None and not (chosen is not None and chosen.earlier)
    told = chosen.told if chosen is not None and as_of == chosen.period else None
    # round 10 (c-when): "the previous day of action" names no day; its figures keep the
    # reference date only as an inferred one, with the earlier occasion's label
    if as_of is None and ctx.published is not None:
        day = ref or ctx.published
        if (not stock or act) and day == ctx.published:  # an undated flow: the event day
            day = ctx.event_day() or day
        as_of = ctx.day(day)
    scope: str | None = None
    scope_default = False
    sub = False
    if view.scope_cues:
        scope, sub = find_scope(
            ctx.text, view.toks, view.norms, view.scope_cues, m.last, hi, ctx.lex, ctx.country
        )
    listing = ctx.where.listings.get(s.index) if ctx.where is not None else None
    entry = entry_of(listing, m.first) if listing else None
    named = None
    if ctx.where is not None and listing is not None and entry is not None:
        # round 9: a list entry is the place it names ("Girona, 9.000; Reus, 5.000")
        named = ctx.where.entry_scope(s.index, view.toks, view.norms, listing, entry)
    if named is not None and ctx.where is not None:
        scope, sub = named, False
        ctx.where.note(s.index, named)
    elif not sub and ctx.where is not None:  # a prison or a state stays; a country is re-read
        toks = view.toks
        hi_char = toks[min(hi, len(toks)) - 1].end if toks else s.end
        scope = ctx.where.scope(
            s.index, toks[m.first].start, toks[m.last - 1].end, hi_char, ctx.country, claimants
        )
        scope_default = ctx.where.defaulted and scope is not None  # u-where: a weaker scope
    sector_name = None
    if ctx.where is not None and metric in SECTOR_METRICS:  # round 10: a share's sector
        toks = view.toks
        sector_name = ctx.where.sector(s.index, toks[m.first].start, toks[m.last - 1].end)
    list_part = listing is not None and m.first in listing.parts
    list_whole = names_list_whole(view.norms, m.first, m.last)
    part_of = None
    if also and antecedent is not None:
        part_of = antecedent.part_of_draft if antecedent.sub_scope else None
        sub = sub or antecedent.sub_scope
    return Draft(
        quantity=m.quantity,
        metric=metric,
        metric_text=metric_text,
        claimants=claimants,
        status=status,
        as_of=as_of,
        dated=dated,
        event=event,
        scope=scope,
        sub_scope=sub,
        start=s.start,
        end=s.end,
        sentence=s.index,
        part_of_draft=part_of,
        scope_default=scope_default,
        sector_name=sector_name,
        stock=stock,
        list_part=list_part,
        list_whole=list_whole,
        copied=copied,
        wave_start=(
            own.period.start
            if own is not None and own.opens and not stock and not m.zero_of
            else None
        ),
        told=told,
    )


def _restate(drafts: list[Draft]) -> None:
    """An undated figure that restates a dated one of the document takes its date and label.

    Candidates: dated drafts of the same metric within `WINDOW` sentences, at most
    `CANDIDATES` on each side (so a document dense with claims stays linear).
    """
    dated: dict[str, list[Draft]] = {}
    for d in drafts:
        if d.dated and d.as_of is not None and d.as_of.start is not None:
            dated.setdefault(d.metric, []).append(d)
    if not dated:
        return
    where = {metric: [d.sentence for d in group] for metric, group in dated.items()}
    claimant_keys: dict[int, set[str]] = {}
    for d in drafts:
        open_start = d.as_of is not None and d.as_of.start is None
        if (d.dated and not open_start) or d.metric not in dated:
            continue
        if d.event is not None and EARLIER_LABEL in d.event:
            continue  # round 10 (c-when): an earlier occasion's figure restates no day's
        group, at = dated[d.metric], where[d.metric]
        keys = {c.key for c in d.claimants if c.id is not None}
        best: Draft | None = None
        mid = bisect.bisect_left(at, d.sentence)
        lo = max(bisect.bisect_left(at, d.sentence - WINDOW), mid - CANDIDATES)
        hi = min(bisect.bisect_right(at, d.sentence + WINDOW), mid + CANDIDATES)
        for other in group[lo:hi]:
            if other.sentence == d.sentence:
                continue
            if keys:
                other_keys = claimant_keys.get(id(other))
                if other_keys is None:
                    other_keys = claimant_keys[id(other)] = {c.key for c in other.claimants}
                if keys != other_keys:
                    continue
            if not other.quantity.interval.overlaps(d.quantity.interval):
                continue
            if other.as_of is None or (
                open_start and (d.as_of is None or other.as_of.end != d.as_of.end)
            ):
                continue
            if best is None or best.as_of is None or other.as_of.end > best.as_of.end:
                best = other
        if best is not None:
            d.as_of, d.event, d.dated = best.as_of, best.event, True


def _wholes(drafts: list[Draft]) -> None:
    """A count for one prison or state within a wave is a part of the wave's stated whole."""
    wholes: dict[str, list[int]] = {}  # per event, the drafts that are not parts
    for k, d in enumerate(drafts):
        if not d.sub_scope and d.event is not None:
            wholes.setdefault(d.event, []).append(k)
    for k, d in enumerate(drafts):
        if not d.sub_scope or d.part_of_draft is not None or d.event is None:
            continue
        group = wholes.get(d.event, [])
        near = group[bisect.bisect_left(group, k - WINDOW) : bisect.bisect_left(group, k + WINDOW)]
        for w in near:
            whole = drafts[w]
            if whole.metric != d.metric:
                continue
            if whole.quantity.high is not None and d.quantity.low > whole.quantity.high:
                continue
            if whole.claimants:
                d.part_of_draft = w
                break
        if d.part_of_draft is None:
            for w in near:
                if w != k:
                    d.part_of_draft = w
                    break


_OUTCOMES = tables_en.DISJOINT_OUTCOMES | tables_es.DISJOINT_OUTCOMES


def _totals(drafts: list[Draft]) -> None:
    """The figures before a stated total in its sentence, of the same claimants and each at
    most the total, are its parts ("208 pupils and 9 teachers, for a total of 217 kidnapped
    on Friday"): one breakdown, never a revision of the total. A part with no date of its
    own is counted when its total is. Two outcomes no one person is counted in both
    (``DISJOINT_OUTCOMES``: the dead, the injured) are never a part and its total."""
    for k, total in enumerate(drafts):
        if not total.total:
            continue
        keys = {c.key for c in total.claimants}
        for w in range(k - 1, max(k - CANDIDATES, 0) - 1, -1):
            part = drafts[w]
            if part.sentence != total.sentence:
                break
            if part.total or part.part_of_draft is not None:
                continue
            if {c.key for c in part.claimants} != keys or part.quantity.unit != total.quantity.unit:
                continue
            if part.quantity.interval.high > total.quantity.interval.high:
                continue
            if part.metric != total.metric and {part.metric, total.metric} <= _OUTCOMES:
                continue  # "227 deaths … and around 1,000 injured in total": two outcomes
            part.part_of_draft = k
            if not part.dated and total.dated:
                part.as_of, part.dated = total.as_of, True


def _partitives(drafts: list[Draft]) -> None:
    """The figures after a partitive whole in its sentence ("of the more than 6.6 million
    refugees, 2.9 million have moved on"; "de los 25 muertos, 12 …"), of its metric and
    unit and at most its size, are its parts."""
    for k, whole in enumerate(drafts):
        if not whole.partitive:
            continue
        for w in range(k + 1, min(len(drafts), k + CANDIDATES + 1)):
            part = drafts[w]
            if part.sentence != whole.sentence:
                break
            if part.part_of_draft is not None or part.partitive:
                continue
            if part.metric != whole.metric or part.quantity.unit != whole.quantity.unit:
                continue
            if part.quantity.interval.high <= whole.quantity.interval.low:
                part.part_of_draft = k


def _restated_parts(drafts: list[Draft]) -> None:
    """A figure that restates a part in another sentence (the agency's "2.9 million have
    moved beyond neighbouring countries", after "of the 6.6 million …, 2.9 million have
    moved on") is that part: a part of the same whole, not a rival of it. Only figures
    that are no whole themselves, that do not fit the whole, within `WINDOW` sentences."""
    parts: dict[tuple[str, str], list[int]] = {}
    wholes: set[int] = set()
    for k, d in enumerate(drafts):
        if d.part_of_draft is not None:
            parts.setdefault((d.metric, d.quantity.unit), []).append(k)
            wholes.add(d.part_of_draft)
    if not parts:
        return
    for k, d in enumerate(drafts):
        if d.part_of_draft is not None or k in wholes:
            continue
        for w in parts.get((d.metric, d.quantity.unit), ())[:CANDIDATES]:
            part = drafts[w]
            whole = part.part_of_draft
            if whole is None or part.sentence == d.sentence or whole == k:
                continue
            if abs(part.sentence - d.sentence) > WINDOW:
                continue
            if not part.quantity.interval.overlaps(d.quantity.interval):
                continue
            if drafts[whole].quantity.interval.overlaps(d.quantity.interval):
                continue
            d.part_of_draft = whole
            break


def _subsets(drafts: list[Draft]) -> None:
    """A figure the text gives as a subset ("among the dead were 12 children", "195 of those
    cases", "entre los fallecidos hay 1.214 menores") is a part of the nearest count before
    it, at most `SUBSET_SENTENCES` sentences back, of the same metric and at least as
    large, that is not a subset itself nor an announcement (what was carried out of an
    announced count is set against it, not added up under it). A figure that refers back
    ("195 of those cases", "de ellos") takes the nearest count whatever its metric, and
    counts what it counts."""
    for k, d in enumerate(drafts):
        if not d.subset or d.part_of_draft is not None:
            continue
        for w in range(k - 1, max(k - CANDIDATES, 0) - 1, -1):
            whole = drafts[w]
            if d.sentence - whole.sentence > SUBSET_SENTENCES:
                break
            if whole.subset or whole.increment or (whole.metric != d.metric and not d.refers):
                continue  # "110,512 more than yesterday" is no whole of "127,000 of these"
            if whole.quantity.unit != d.quantity.unit:
                continue
            if whole.status.status_class is StatusClass.ANNOUNCED:
                break
            high = d.quantity.interval.high
            if math.isinf(high):
                high = d.quantity.interval.low  # session 10: "more than 12,000 of them"
            if whole.quantity.interval.low >= high:
                d.part_of_draft = w
                d.metric = whole.metric  # "195 of those cases" counts what the whole counts
                if d.same_source:  # "De esa cifra, 41 …": the whole's source, not a rival
                    d.claimants = whole.claimants
            elif d.same_source and whole.metric == d.metric:
                continue  # "69 …, mientras que X habló de 20. De esa cifra, 41": not the 20
            break


def _increments(drafts: list[Draft]) -> None:
    """A figure that counts what was added ("one more person has died", "35 nuevos casos de
    fallecidos") is a part of the count it adds to: the nearest count of its metric and unit
    at most `SUBSET_SENTENCES` sentences away (before it first), at least as large,
    that is neither an increment nor an announcement. Without one it stays a count.
    Announced figures ("authorized the release of another 87") are a new wave, not an
    increment of a toll."""
    for k, d in enumerate(drafts):
        if not d.increment or d.part_of_draft is not None:
            continue
        if d.status.status_class is StatusClass.ANNOUNCED:
            continue
        high = d.quantity.interval.high
        best: tuple[int, int] | None = None
        lo = max(0, k - CANDIDATES)
        for w in range(lo, min(len(drafts), k + CANDIDATES + 1)):
            whole = drafts[w]
            apart = abs(whole.sentence - d.sentence)
            if w == k or apart > SUBSET_SENTENCES or whole.increment:
                continue
            if whole.metric != d.metric or whole.quantity.unit != d.quantity.unit:
                continue
            if whole.status.status_class is StatusClass.ANNOUNCED:
                continue
            if whole.quantity.interval.low < high or whole.part_of_draft == k:
                continue
            rank = (apart, 0 if w < k else 1)
            if best is None or rank < best:
                best, d.part_of_draft = rank, w


def _outside_wholes(drafts: list[Draft]) -> None:
    """Session 10: a count outside a place ("9 more died outside Pell County") is no part of
    that place's count: the link is dropped."""
    for d in drafts:
        left = outside_of(d.scope or "")
        w = d.part_of_draft
        if left and w is not None and drafts[w].scope == left:
            d.part_of_draft = None


def _destinations(drafts: list[Draft]) -> None:
    """A count at one destination ("840,000 have crossed into Romania") is a part of its
    source's overall count of the same metric and unit: the nearest larger count of the
    same claimants before it, within `WINDOW` sentences; without one, the nearest larger
    count before it at most `SUBSET_SENTENCES` sentences back, whoever gave it."""
    for k, d in enumerate(drafts):
        if d.destination and d.part_of_draft is None:
            d.part_of_draft = _whole_before(
                drafts,
                k,
                skip=lambda w: w.destination or w.subset or w.increment,
                counts=True,
                unnamed=False,
            )


def _sectors(drafts: list[Draft]) -> None:
    """A sector's figure ("al 96 % en la agricultura", "3,000 in transport") is a part of its
    source's overall figure of the same metric and unit: the nearest one before it of the
    same claimants within `WINDOW` sentences that is not a sector's itself; without one,
    the nearest such figure at most `SUBSET_SENTENCES` sentences back, whoever gave it.
    Counts must fit in the whole; a sector's share may exceed the overall share."""
    for k, d in enumerate(drafts):
        if d.sector and d.part_of_draft is None:
            d.part_of_draft = _whole_before(
                drafts,
                k,
                skip=lambda w: w.sector or w.subset or w.increment or w.destination,
                counts=d.quantity.unit != "percent",
                unnamed=True,
            )


def _list_parts(drafts: list[Draft]) -> None:
    """The figures a list shares out among the places of a whole ("Police in the three
    towns counted 4,000, 2,500 and 1,200") are parts of the list's whole named next ("the
    organisers said 9,000 marched in all"), in the same sentence or the next, of the same
    metric and unit and at least as large: never set against it as rival counts (round 9)."""
    for k, d in enumerate(drafts):
        if not d.list_part or d.part_of_draft is not None:
            continue
        for w in range(k + 1, min(len(drafts), k + CANDIDATES + 1)):
            whole = drafts[w]
            if whole.sentence - d.sentence > 1:
                break
            if (
                whole.list_whole
                and whole.metric == d.metric
                and whole.quantity.unit == d.quantity.unit
                and whole.quantity.interval.high >= d.quantity.interval.high
            ):
                d.part_of_draft = w
                break


def _whole_before(
    drafts: list[Draft], k: int, *, skip: Callable[[Draft], bool], counts: bool, unnamed: bool
) -> int | None:
    """The whole of ``drafts[k]``: the nearest earlier figure of its metric and unit that
    ``skip`` does not rule out (at least as large where ``counts``), of the same claimants
    within `WINDOW` sentences (also when both name none, where ``unnamed``); else the
    nearest such figure at most `SUBSET_SENTENCES` sentences back; else ``None``."""
    d = drafts[k]
    keys = {c.key for c in d.claimants}
    near: int | None = None
    for w in range(k - 1, max(k - CANDIDATES, 0) - 1, -1):
        whole = drafts[w]
        apart = d.sentence - whole.sentence
        if apart > WINDOW:
            break
        if whole.metric != d.metric or whole.quantity.unit != d.quantity.unit or skip(whole):
            continue
        if counts and whole.quantity.interval.low < d.quantity.interval.high:
            continue
        if (keys or unnamed) and keys == {c.key for c in whole.claimants}:
            return w
        if near is None and apart <= SUBSET_SENTENCES:
            near = w
    return near


def _acyclic(drafts: list[Draft]) -> None:
    """Cut any link (``part_of``, ``supersedes``) that would close a loop: each rule links
    drafts its own way, and a claim's id needs the id of the claim it points to. Linear: each
    draft is walked once per field."""
    for field in ("part_of_draft", "supersedes_draft"):
        done: set[int] = set()
        for k in range(len(drafts)):
            path: list[int] = []
            on_path: set[int] = set()
            j: int | None = k
            while j is not None and j not in done:
                if j in on_path:
                    setattr(drafts[path[-1]], field, None)  # the link back into the path
                    break
                path.append(j)
                on_path.add(j)
                nxt = getattr(drafts[j], field)
                j = nxt if isinstance(nxt, int) and 0 <= nxt < len(drafts) else None
            done.update(path)


def _levels(drafts: list[Draft]) -> list[Draft]:
    """The drafts less the differences no count was found for ("10,000 more than last
    year" with no count of this year): a difference is no level of any quantity. Links to
    a dropped draft are cut; the others are renumbered."""
    gone = [d.difference and d.part_of_draft is None for d in drafts]
    if not any(gone):
        return drafts
    new: list[int | None] = []
    count = 0
    for dropped in gone:
        new.append(None if dropped else count)
        count += 0 if dropped else 1
    kept = []
    for k, d in enumerate(drafts):
        if gone[k]:
            continue
        for field in ("part_of_draft", "supersedes_draft"):
            old = getattr(d, field)
            setattr(d, field, new[old] if isinstance(old, int) and 0 <= old < len(new) else None)
        kept.append(d)
    return kept


def _waves(drafts: list[Draft], waves: Sequence[Wave]) -> None:
    """A count "so far" (an open start) of a flow starts where the document says its wave
    began: a span of the same flow ("143 releases between Jan. 8 and late Monday", "37 deaths
    since January 1") or a begin verb ("began freeing detainees on Jan. 8"); the nearest
    such statement before it, else the nearest after. Without one the start stays open."""
    starts: dict[str, list[tuple[int, dt.date]]] = {}
    for d in drafts:
        if d.wave_start is not None:
            starts.setdefault(d.metric, []).append((d.sentence, d.wave_start))
    for sentence, metric, day in waves:
        starts.setdefault(metric, []).append((sentence, day))
    if not starts:
        return
    for found in starts.values():
        found.sort(key=lambda item: item[0])
    for d in drafts:
        if d.as_of is None or d.as_of.start is not None or d.quantity.unit == "percent":
            continue
        known = starts.get(d.metric)
        if not known:
            continue
        end = d.as_of.end
        k = bisect.bisect_right(known, (d.sentence, dt.date.max))
        before = [day for _, day in reversed(known[max(0, k - CANDIDATES) : k]) if day <= end]
        after = [day for _, day in known[k : k + CANDIDATES] if day <= end]
        days = before or after
        if days:
            d.as_of = Period(start=days[0], end=end)


def finalize(
    drafts: list[Draft],
    *,
    waves: Sequence[Wave] = (),
    doc_id: str,
    sha256: str | None,
    outlet: OrgRef | None,
    published: dt.date | None,
    offsets: Normalized | None = None,
) -> list[Claim]:
    """Apply the document rules and build the claims (wholes before their parts).

    ``offsets`` maps evidence spans back to the text as given when it was not NFC. Two claims
    of one text never share an id: a claim equal in content to an earlier one ("5 bodies on
    Monday and 5 bodies on Tuesday" read without their days) gets ``-2``, ``-3``... after it.
    """
    groups = [d.claimants for d in drafts]
    found = claimant_coref.corefer(groups)
    if found:  # "Katsina State Police … the state police": one source
        for d, claimants in zip(drafts, claimant_coref.apply(groups, found), strict=True):
            d.claimants = claimants
    _restate(drafts)
    when_lead.lead_year(drafts, published)  # round 9 (z-dates): the lead's yearly toll
    _waves(drafts, waves)
    _wholes(drafts)
    _totals(drafts)
    _partitives(drafts)
    _subsets(drafts)
    _increments(drafts)
    _destinations(drafts)
    _sectors(drafts)
    _list_parts(drafts)
    _restated_parts(drafts)
    _outside_wholes(drafts)
    restated_from(drafts, WINDOW)  # round 9b: "grew from the police's 8,000 to 30,000"
    revised_links(drafts, published, CANDIDATES, WINDOW)  # round 12: its own module
    link_earlier(drafts, CANDIDATES)
    _acyclic(drafts)
    revised_totals(drafts)
    status.inherit(drafts)  # a part of a checked count is checked too
    drafts = _levels(drafts)
    factory = ClaimFactory()
    built: dict[int, Claim] = {}

    def build(k: int) -> Claim:
        if k in built:
            return built[k]
        d = drafts[k]
        start, end = d.start, d.end
        if offsets is not None:
            start, end = offsets.start(start), offsets.end(end)
        part_of = None
        if d.part_of_draft is not None and d.part_of_draft != k:
            part_of = build(d.part_of_draft).id
        supersedes = None
        if d.supersedes_draft is not None:  # "to 42,000 from 47,000": the older may come later
            supersedes = build(d.supersedes_draft).id
        claim = factory.claim(
            {
                "quantity": d.quantity,
                "metric": d.metric,
                "metric_text": d.metric_text,
                "scope": d.scope,
                "claimants": d.claimants,
                "claimant_is_outlet": d.outlet_voice and not d.claimants,
                "outlet": outlet,
                "status": d.status,
                "as_of": factory.period(d.as_of),
                "as_of_inferred": not d.dated and d.as_of is not None,
                "published": published,
                "event": d.event,
                "part_of": part_of,
                "supersedes": supersedes,
                "evidence": factory.evidence(doc_id, start, end, sha256),
                # u-where: a scope that came only from a default is weaker; round 10: the
                # sector of a strike's share (`where_sectors`)
                "note": "; ".join(
                    [SCOPE_DEFAULT_NOTE] * d.scope_default
                    + [PART_NOTE] * (d.group_part and part_of is None)
                    + ([SECTOR_NOTE + d.sector_name] if d.sector_name else [])
                    + ([TOLD_NOTE + d.told.isoformat()] if d.told else [])
                    + [RISEN_NOTE] * (d.risen and d.told is not None)
                )
                or None,
            }
        )
        built[k] = claim
        return claim

    return [build(k) for k in range(len(drafts))]
