"""Notes: what the user should know about the input that is not a discrepancy.

* ``metric_compared_with_nothing``: no claim of this metric met another one, so the check
  could not say anything about it (a one-off figure, or a name nothing else uses);
* ``metrics_look_alike``: metric names of the input that are kept apart but may mean one
  thing ("huelguistas" / "striking workers"): give them one name to compare them.
"""

from __future__ import annotations

import enum
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence, Set

import attrs

from discrepancy._numbers import fold
from discrepancy.claim import Claim
from discrepancy.metrics import MetricRegistry, concepts

__all__ = ["Note", "NoteKind", "metrics_compared_with_nothing", "metrics_look_alike"]


class NoteKind(enum.StrEnum):
    METRIC_COMPARED_WITH_NOTHING = "metric_compared_with_nothing"
    METRICS_LOOK_ALIKE = "metrics_look_alike"


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Note:
    """Something the user should know about the input.

    Attributes:
        kind: what the note is about.
        metrics: the metric ids concerned.
        names: the metric names as the input wrote them.
        claims: the ids of the claims concerned (at most a few: ``count`` says how many).
        count: how many claims the note is about.
        message: one sentence for people.
    """

    kind: NoteKind = attrs.field(converter=NoteKind)
    metrics: tuple[str, ...] = attrs.field(converter=_strs)
    names: tuple[str, ...] = attrs.field(converter=_strs)
    claims: tuple[str, ...] = attrs.field(converter=_strs)
    count: int
    message: str


_SHOWN = 5  # claim ids and names listed per note
_FUZZY_LIMIT = 300  # unknown metric names compared by spelling (beyond: by concept only)
_FUZZY_CUTOFF = 85.0
_CONCEPT_LIMIT = 20  # names sharing one idea, beyond which none are paired (output stays small)


def metrics_compared_with_nothing(
    claims: Sequence[Claim],
    compared: Set[str],
    metrics: MetricRegistry,
    withheld: Set[str] = frozenset(),
) -> list[Note]:
    """One note per metric of which no claim met another claim.

    ``withheld``: metrics whose claims did meet, but whose every pair the caller's
    ``comparable`` rule kept apart (`discrepancy.check`; a scan's rules): the note says so
    rather than that nothing met.
    """
    by_metric: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.metric not in compared:
            by_metric[claim.metric].append(claim)
    notes = []
    for metric_id in sorted(by_metric):
        group = by_metric[metric_id]
        names = sorted({c.metric_text or metric_id for c in group})
        label = metrics.label(metric_id)
        n = len(group)
        if metric_id in withheld:
            message = (
                f"Claims of {label!r} ({n} claims) met others of the same metric, place and "
                "time, but every such pair was withheld by the rules of the comparison (in a "
                "scan: figures that may be a part and its whole, one source's breakdown or one "
                "voice): nothing was compared."
            )
        else:
            message = (
                f"No claim of {label!r} ({n} claim{'s' if n > 1 else ''}) met another one of "
                "the same metric, place and time: nothing was compared."
            )
        notes.append(
            Note(
                kind=NoteKind.METRIC_COMPARED_WITH_NOTHING,
                metrics=(metric_id,),
                names=names[:_SHOWN],
                claims=sorted(c.id for c in group)[:_SHOWN],
                count=n,
                message=message,
            )
        )
    return notes


def metrics_look_alike(
    claims: Sequence[Claim], metrics: MetricRegistry, present: Set[str] | None = None
) -> list[Note]:
    """Metric names kept apart that may mean one thing, at least one of them unregistered.

    Names look alike when they name one idea in English or Spanish ("huelguistas" /
    "striking workers": a strike) or are spelled alike (rapidfuzz token-sort ratio of at
    least 85 on folded text, when there are at most 300 unregistered metrics). An idea
    that more than 20 names share pairs none of them: the notes stay short. ``present``:
    the metric ids of the claims, when the caller knows them already.
    """
    from rapidfuzz import fuzz, process

    if present is None:
        present = {claim.metric for claim in claims}
    unknown_ids = {m for m in present if not metrics.known(m)}
    if not unknown_ids:
        return []
    names: dict[str, set[str]] = {m: {metrics.label(m)} for m in present - unknown_ids}
    count: Counter[str] = Counter()
    first: dict[str, list[str]] = defaultdict(list)
    for claim in claims:
        metric = claim.metric
        if metric in unknown_ids:
            names.setdefault(metric, set()).add(claim.metric_text or metric)
            count[metric] += 1
            if len(first[metric]) < _SHOWN:
                first[metric].append(claim.id)
    ids = sorted(names)
    text = {m: fold(sorted(names[m])[0]) for m in ids}
    unknown = sorted(unknown_ids)
    alike: set[tuple[str, str]] = set()
    by_concept: dict[str, list[str]] = defaultdict(list)
    for m in ids:
        for concept in sorted({c for name in names[m] for c in concepts(name)}):
            by_concept[concept].append(m)
    for members in by_concept.values():
        if len(members) > _CONCEPT_LIMIT:
            continue  # an idea that many names share says nothing about any two of them
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a in unknown_ids or b in unknown_ids:
                    alike.add((a, b))
    if unknown and len(unknown) <= _FUZZY_LIMIT:
        choices = [text[m] for m in ids]
        for a in unknown:
            for _, _, j in process.extract(
                text[a],
                choices,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=_FUZZY_CUTOFF,
                limit=None,
            ):
                b = ids[j]
                if a != b:
                    alike.add((min(a, b), max(a, b)))
    involved = {m for pair in alike for m in pair} - unknown_ids
    if involved:  # registered metrics in a note: count their claims too
        for claim in claims:
            metric = claim.metric
            if metric in involved:
                count[metric] += 1
                if len(first[metric]) < _SHOWN:
                    first[metric].append(claim.id)
    notes = []
    for a, b in sorted(alike):
        shown = sorted(names[a])[:1] + sorted(names[b])[:1]
        message = (
            f"The metric names {shown[0]!r} and {shown[1]!r} look alike but were compared "
            "apart; if they count the same thing, give them one name."
        )
        if shown[0] == shown[1]:  # session 12: "'injured' and 'injured' look alike" said nothing
            message = (
                f"The metrics {a!r} and {b!r} were both written {shown[0]!r} but were "
                "compared apart; if they count the same thing, give them one name."
            )
        related = sorted([*first[a], *first[b]])
        notes.append(
            Note(
                kind=NoteKind.METRICS_LOOK_ALIKE,
                metrics=(a, b),
                names=shown,
                claims=related[:_SHOWN],
                count=count[a] + count[b],
                message=message,
            )
        )
    return notes
