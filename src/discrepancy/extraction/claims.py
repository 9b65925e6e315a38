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
    link_earlier,
    restated_from,
    revised_totals,
)
from discrepancy.extraction.revision_links import revised_links, revised_scopes
from discrepancy.extraction.sentences import Sentence
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
    "make_draft",
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
EARLIER_NOTE = "an earlier figure the text gives as outdated"
"""Session 13: the note of a figure the text gives as an earlier one ("officials earlier
reported six dead", "had initially put the toll at 30") that no figure of its own source was
found to replace: `scan` does not set it against a later figure of the text at least as
large (one toll grown since, told by another source), only against a smaller one
(`_scan_rules.earlier_grown`)."""
PART_NOTE = "a part of a group the text counts (its count not found)"
"""The note of a figure the text gives as a part of a group ("five of the injured", "among
them 12 children") whose whole no nearby figure gives: `scan` does not set it against the
text's other figures as if it counted the whole group (`_scan_rules.unlinked_part`)."""

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
    revised_scopes(drafts)  # h-where: a revised figure and its revision share a place
    status.inherit(drafts)  # a part of a checked count is checked too
    drafts = _levels(drafts)
    factory = ClaimFactory()
    built: dict[int, Claim] = {}
    replaced = {d.supersedes_draft for d in drafts}

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
                    + [EARLIER_NOTE] * (d.earlier and not d.denied and k not in replaced)
                )
                or None,
            }
        )
        built[k] = claim
        return claim

    return [build(k) for k in range(len(drafts))]
