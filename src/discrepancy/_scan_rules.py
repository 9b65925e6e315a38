"""Scan rules that keep one source's breakdown, a share and one collective from rivalling.

Each rule reads claims only (so claims read back from JSON get the same answer), and each
is a rule of news writing, not of one article:

* `one_breakdown()`: figures one source gives of one metric in one sentence are parts of
  one breakdown, never rivals (audit pattern P1);
* `dated_apart_only()`: one source's two figures of one text, told apart only by a date one
  of them was given by default, are no revision (audit P1: a revision needs its cue);
* `share_like()`: a "count" of at most 100 with a fraction (94.8) is a share whose "%" the
  text left out, never a count of people (audit P7);
* `one_voice()`: two figures in the outlet's own voice in one text are one source (audit
  P7: such a figure, "the register shows 668 missing", is compared with the named ones);
* `one_collective()`: a generic collective ("los sindicatos", "the unions") and its named
  members in one text are one source (audit P7);
* `default_scope_apart()`: a figure whose place came only from a default (the text's
  country, its dateline, its main place) is never the whole of a place the text names, nor a
  part of one (audit2 P3);
* `sizes_apart()`: two figures of one text, one a precise count and the larger at least ten
  times the smaller, are a whole and a part the extraction could not tell apart (a group
  within a total, a town within its country, a few hours within a year), never rival counts
  of one quantity (round 7);
* `running_growth()`: two running totals of one text ("27 since the strike began, by last
  Friday"; "42 so far"), the later one not smaller, are one toll growing, never rivals
  (round 8);
* `unlinked_part()`: a figure the text gives as a part of a group ("five of the injured")
  whose count was not found nearby is no rival of the text's other figures (session 9);
* `told_growth()`: two counts of one text of one event's day, told on different days the text
  names ("69 dead", announced on Sunday; "has risen to 82", said on Wednesday), the later
  told not smaller, are one toll growing, never rivals (session 10);
* `earlier_grown()`: a figure the text gives as an earlier one ("officials earlier reported
  six dead") and a later figure of the text at least as large ("eight have now died") are
  one toll grown since, never rivals (session 13);
* `linked_part()`: a figure the text links to its whole ("three children were among the
  dead": ``part_of``) counts a subset, so in its own text it is set against its whole (a part
  above its whole) and against other counts of the same group, never against the text's other
  counts of the whole (session 13).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from discrepancy._numbers import fold
from discrepancy.claim import Claim
from discrepancy.compare import claimant_keys
from discrepancy.quantity import Qualifier

__all__ = [
    "SHARE_LIKE",
    "dated_apart_only",
    "default_scope_apart",
    "earlier_grown",
    "linked_part",
    "one_breakdown",
    "one_collective",
    "one_voice",
    "running_growth",
    "share_like",
    "sizes_apart",
    "told_growth",
    "unlinked_part",
]

SHARE_LIKE = (
    "scan does not compare it: a count of at most 100 with a fraction is no count of people "
    "(a share whose '%' the text left out)"
)
_SHARE_LIKE_MAX = 100.0
_DEFAULT_NOTE = "scope from a default"
"""How the note of an extracted claim whose scope came only from a default begins (the
extraction's ``SCOPE_DEFAULT_NOTE``; read from the note, so claims read back from JSON get the
same answer)."""
_PART_NOTE = "a part of a group the text counts"
"""How the note of an extracted figure the text gives as a part of a group, with no whole
found, begins (the extraction's ``PART_NOTE``; read from the note, so claims read back from
JSON get the same answer)."""
_STOP = frozenset({"the", "los", "las", "el", "la", "of", "de", "del"})
SIZES_APART = 10.0
"""How many times the smaller figure the larger one of a text must surely be for the two to be
a whole and its part, not rival counts (`sizes_apart()`)."""


def one_breakdown(a: Claim, b: Claim) -> bool:
    """Two figures of one source and one metric in one sentence of one text that neither
    replaces nor holds the other: parts of one breakdown ("303 students and 12 staff, 315 in
    all"; "Cali (10), Valle del Cauca (4)"), never rival counts nor a revision.

    A revision needs its cue ("rose from 9 to 12": ``supersedes``), a whole its own link
    (``part_of``): those pairs are still set against each other. Siblings of one list are
    disjoint by the writer's choice, so the place hierarchy does not make one of them the
    whole of another.
    """
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or a.id == b.id:
        return False
    if (ea.doc, ea.start, ea.end) != (eb.doc, eb.start, eb.end):
        return False
    if a.metric != b.metric or a.quantity.unit != b.quantity.unit:
        return False
    if a.supersedes == b.id or b.supersedes == a.id or a.part_of == b.id or b.part_of == a.id:
        return False
    if not (a.claimants or a.claimant_is_outlet) or not (b.claimants or b.claimant_is_outlet):
        return False  # no source named: the unnamed rule speaks for these
    return claimant_keys(a) == claimant_keys(b)


def share_like(claim: Claim) -> bool:
    """A count of people at most 100 with a fraction ("al 94,8 en Industria" read as 94.8
    people): a share whose "%" the writer left out, never a rival of a count."""
    q = claim.quantity
    if q.unit != "people" or q.value is None:
        return False
    return 0 < q.value <= _SHARE_LIKE_MAX and q.value != int(q.value)


def _words(text: str) -> tuple[str, ...]:
    words = "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()
    return tuple(w for w in words if w not in _STOP)


@cache
def _collectives() -> dict[str, frozenset[str]]:
    from discrepancy.extraction import tables_en, tables_es  # only when a scan runs

    return {**tables_en.COLLECTIVES, **tables_es.COLLECTIVES}


def _collective(claim: Claim) -> frozenset[str] | None:
    """The member words of a claim's lone generic collective source ("los sindicatos")."""
    if len(claim.claimants) != 1:
        return None
    found = claim.claimants[0].id
    if found is not None and not found.startswith("provisional:"):
        return None  # a known org, not a generic collective
    return _collectives().get(" ".join(_words(claim.claimants[0].mention)))


def _members(claim: Claim, cues: frozenset[str]) -> bool:
    """Whether a named source of ``claim`` is one of the collective's members by its name."""
    for ref in claim.claimants:
        for text in (ref.mention, ref.name or ""):
            if not cues.isdisjoint(_words(text)):
                return True
    return False


def one_collective(a: Claim, b: Claim) -> bool:
    """A generic collective source ("los sindicatos", "the unions") and named members of it
    ("Comisiones Obreras, UGT y USO") in one text are one source: their figures are one
    source's breakdown or restatement, never two sources disagreeing."""
    if a.evidence is None or b.evidence is None or a.evidence.doc != b.evidence.doc:
        return False
    for one, other in ((a, b), (b, a)):
        cues = _collective(one)
        if cues is not None and _collective(other) is None and _members(other, cues):
            return True
    return False


def _voice(claim: Claim) -> bool:
    return claim.claimant_is_outlet and not claim.claimants


def one_voice(a: Claim, b: Claim) -> bool:
    """Two figures of one text in the outlet's own voice ("the register shows 668", "our
    reporter counted 1,074 pupils"): one source, never two sources disagreeing."""
    ea, eb = a.evidence, b.evidence
    return ea is not None and eb is not None and ea.doc == eb.doc and _voice(a) and _voice(b)


def dated_apart_only(a: Claim, b: Claim) -> bool:
    """Two figures one source gives in one text, of one metric, that the text does not say
    replace one another (no ``supersedes``), where one has a stated date and the other
    only an inferred one: the dates alone would make the later a revision of the earlier,
    and a revision needs its cue ("rose to", "revised", "now"), never a date on one figure
    and none on the other."""
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.doc != eb.doc or a.metric != b.metric:
        return False
    if a.supersedes == b.id or b.supersedes == a.id:
        return False
    if a.as_of_inferred == b.as_of_inferred or a.period == b.period:
        return False
    if not (a.claimants or a.claimant_is_outlet) or not (b.claimants or b.claimant_is_outlet):
        return False
    return claimant_keys(a) == claimant_keys(b)


def _noted(claim: Claim, note: str) -> bool:
    """Whether a claim read from text carries the extraction's note ``note``."""
    return claim.evidence is not None and note in (claim.note or "")


def unlinked_part(a: Claim, b: Claim) -> bool:
    """Two figures of one text, one of which the text gives as a part of a group ("five of
    the injured are in a critical condition", "eight women were among the injured") whose
    whole the extraction did not find nearby: the part counts a subset, never the group, so
    it is no rival of the text's other figures. A part linked to its whole (``part_of``) is
    still checked against it (a part above its whole)."""
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.doc != eb.doc:
        return False
    return _noted(a, _PART_NOTE) or _noted(b, _PART_NOTE)


_EARLIER_NOTE = "an earlier figure the text gives as outdated"
"""How the note of an extracted figure its text gives as an earlier one, not replaced by its
own source, begins (the extraction's ``EARLIER_NOTE``; read from the note, so claims read
back from JSON get the same answer)."""


def earlier_grown(a: Claim, b: Claim) -> bool:
    """Two figures of one text and one metric, one of which the text gives as an earlier one
    ("officials earlier reported six dead", "initially put the toll at 30") and the other
    not, the other at least as large ("police say eight have now died"): one toll grown
    since the earlier figure, whoever gave each, never two sources disagreeing. A later
    figure below the earlier one is still compared (a toll that fell needs its reason)."""
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.doc != eb.doc or a.metric != b.metric:
        return False
    if a.quantity.unit != b.quantity.unit or _noted(a, _EARLIER_NOTE) == _noted(b, _EARLIER_NOTE):
        return False
    old, new = (a, b) if _noted(a, _EARLIER_NOTE) else (b, a)
    return new.quantity.interval.low >= old.quantity.interval.high


def _group(claim: Claim) -> tuple[str, ...]:
    """The words of the group a part counts ("children" of "three children")."""
    return _words(claim.metric_text or "")


def linked_part(a: Claim, b: Claim) -> bool:
    """Two figures of one text, one of which the text links to its whole (``part_of``: "three
    children are among those killed", "15 of them were charged"), where the other is neither
    that whole nor a count of the same group: the part counts a subset, so it is no rival of
    the text's other counts ("eight dead" told by another source, or an earlier toll the
    extraction linked it to instead). The part is still checked against its whole (a part
    above its whole, `detectors.parts`), and two figures of one named group ("three
    children" and "five children") are still compared."""
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.doc != eb.doc or (a.part_of is None and b.part_of is None):
        return False
    if a.part_of == b.id or b.part_of == a.id:
        return False
    return _group(a) != _group(b) or not _group(a)


def default_scope_apart(a: Claim, b: Claim) -> bool:
    """Two figures read from text with different places, one of them placed only by a default
    (the text's country, its dateline or its main place, not a place the text ties to the
    figure): never set against each other. The only link between two different places is
    that one holds the other, and a default must never make a figure the whole of places the
    text names ("30 missing" placed in Nigeria by default against "39 in Kaduna"), nor a part
    of one. Same-place figures are still compared."""
    if a.scope is None or b.scope is None or a.scope == b.scope:
        return False
    return _noted(a, _DEFAULT_NOTE) or _noted(b, _DEFAULT_NOTE)


_SECTOR_NOTE = "sector: "
"""How the note of an extracted strike share names its sector (the extraction's
``where_sectors.SECTOR_NOTE``; read from the note, so claims read back from JSON get the same
answer)."""


def _sector(claim: Claim) -> str | None:
    note = claim.note or ""
    k = note.find(_SECTOR_NOTE)
    if k < 0:
        return None
    return note[k + len(_SECTOR_NOTE) :].split(";", 1)[0].strip() or None


def sectors_apart(a: Claim, b: Claim) -> bool:
    """Two strike shares of different sectors ("18% in the health service", "29% of the
    whole administration"): shares of two workforces, never set against each other (round
    10). A share with no sector named is compared as before."""
    sa, sb = _sector(a), _sector(b)
    return sa is not None and sb is not None and sa != sb


def sizes_apart(a: Claim, b: Claim) -> bool:
    """Two figures of one text, of one unit, one of them a precise count, the larger surely at
    least `SIZES_APART` times the smaller ("240 pupils were abducted" and "four teachers
    were also abducted"; a town's "12 died" against "more than 3,000" in the region; a few
    hours' rescues against the year's arrivals): never set against each other.

    A counted figure (a precise number: 240, 7,015) ten times smaller or larger than another
    figure of the same article counts another set: a whole against a part the extraction could
    not tell apart (a group, a place, a shorter period), so the pair is withheld, not reported.
    Two estimates (round or hedged: the police's "30,000" marchers, the organizers' "about
    400,000") an order of magnitude apart are the classic dispute and are still compared. So
    is a pair the text links itself (a revision, ``supersedes``; a part naming its whole,
    ``part_of``), and so are figures of different texts (one outlet's count against
    another's)."""
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.doc != eb.doc or a.quantity.unit != b.quantity.unit:
        return False
    if a.supersedes == b.id or b.supersedes == a.id or a.part_of == b.id or b.part_of == a.id:
        return False
    if Qualifier.EXACT not in (a.quantity.qualifier, b.quantity.qualifier):
        return False  # two estimates (a crowd): an order of magnitude apart is their dispute
    x, y = a.quantity.interval, b.quantity.interval
    small, large = (x, y) if x.high <= y.high else (y, x)
    if not small.bounded or small.high <= 0:
        return False
    return large.low >= SIZES_APART * small.high


def running_growth(a: Claim, b: Claim) -> bool:
    """Two running totals of one text (each counted up to its own day from an open start:
    "para el viernes pasado, 27 muertos desde el inicio del paro"; "42 muertos" now), ending
    on different days, the later one at least the earlier: one toll that grew between the two
    days, never two sources disagreeing, whoever gave each. A later total below an earlier
    one is still compared (a drop in a running total needs its explanation)."""
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.doc != eb.doc or a.metric != b.metric:
        return False
    if a.quantity.unit != b.quantity.unit or a.as_of is None or b.as_of is None:
        return False
    if a.as_of.start is not None or b.as_of.start is not None or a.as_of.end == b.as_of.end:
        return False
    early, late = (a, b) if a.as_of.end < b.as_of.end else (b, a)
    return late.quantity.interval.low >= early.quantity.interval.high


_TOLD_NOTE = "told on "
"""How the note of an extracted count of one event's day gives the later day it was told
(the extraction's ``TOLD_NOTE``; read from the note, so claims read back from JSON get the
same answer)."""


_RISEN_NOTE = "a toll that rose"
"""How the note of such a count says its text gave it as the toll grown ("has risen to 82";
the extraction's ``RISEN_NOTE``)."""


def _told(claim: Claim) -> dt.date | None:
    note = claim.note or ""
    k = note.find(_TOLD_NOTE)
    if k < 0 or claim.evidence is None:
        return None
    try:
        return dt.date.fromisoformat(note[k + len(_TOLD_NOTE) :].split(";", 1)[0].strip())
    except ValueError:
        return None


def told_growth(a: Claim, b: Claim) -> bool:
    """Two counts of one text of the same day (one event's: "Saturday's blast"), each told on a
    later day the text names ("the latest toll, announced on Sunday, was 69"; "has risen to
    82, a doctor said on Wednesday"), told on different days, the later one at least the
    earlier and given as the toll grown ("has risen to", "subió a"): one toll as it grew
    between the two days, never two sources disagreeing, whoever gave each (as
    `running_growth()` for totals dated by their own days). Counts told on one day are rivals
    and still compared; so are a later count its text does not give as grown ("the next day,
    the Red Cross counted 15 dead"), a later count below an earlier one, and a count with no
    day of telling (the text's first report may be the event's day)."""
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None or ea.doc != eb.doc or a.metric != b.metric:
        return False
    if a.quantity.unit != b.quantity.unit or a.as_of is None or a.as_of != b.as_of:
        return False
    ta, tb = _told(a), _told(b)
    if ta is None or tb is None or ta == tb:
        return False
    early, late = (a, b) if ta < tb else (b, a)
    if _RISEN_NOTE not in (late.note or ""):
        return False  # "the next day, the Red Cross counted 15": a rival's count of the day
    return late.quantity.interval.low >= early.quantity.interval.high
