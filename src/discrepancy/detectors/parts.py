"""``parts_exceed_whole``: the parts of a whole add up to more than the whole.

Rule: the claims that name a whole in ``part_of`` are its parts. Their intervals are added
(an unbounded part makes the sum unbounded); when every reading of the sum lies above every
reading of the whole, by a material gap, the parts exceed it. ``excess`` = sum − whole.
Parts in another unit than the whole are not added (``check`` reports them as errors), nor
are shares: 96% of farm workers and 94.8% of industry workers are shares of two totals, and
the overall 77% is no sum of them.

The parts one claimant gives of a whole are one breakdown; different sources' parts are
not added together (they may count the same slice).

Places nest, too: counts for places inside another (states of a country, cities of a
state) are parts of the count for it — of the same metric and unit, and of the same time
(stocks within ``window_days``; flows of the same event, or of the same period). Of each
inner place the smallest count is taken, and only places of one kind are added (regions
with regions, cities with cities: a city may lie in a listed region); when they add up to
more than a count for the outer place, the parts exceed it. Shares of places are never
added: 89% of one region's workers and 82% of another's are shares of two different
totals, and a country's 77% is no sum of them.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterator, Sequence

from discrepancy.compare import Node
from discrepancy.conflicts import gap_between
from discrepancy.detectors._comparisons import Comparisons
from discrepancy.discrepancies import Discrepancy, Kind, PartsExceedWhole, discrepancy_id
from discrepancy.quantity import Interval
from discrepancy.wording import summaries

__all__ = ["detect"]


def detect(ctx: Comparisons) -> list[Discrepancy]:
    nodes = ctx.index.nodes
    parts_of: dict[str, list[Node]] = defaultdict(list)
    for node in nodes.values():
        whole_id = node.claim.part_of
        if (
            whole_id is not None
            and whole_id in nodes
            and node.claim.quantity.unit == nodes[whole_id].claim.quantity.unit
            and node.claim.quantity.unit != "percent"  # shares of parts do not add up
        ):
            parts_of[whole_id].append(node)
    found: dict[str, Discrepancy] = {}
    for whole_id in sorted(parts_of):
        for parts in _breakdowns(parts_of[whole_id]):
            d = _check(ctx, nodes[whole_id], parts, "")
            if d is not None:
                found.setdefault(d.id, d)
    for whole, parts in _place_parts(ctx):
        d = _check(ctx, whole, parts, "places")
        if d is not None:
            found.setdefault(d.id, d)
    return [found[k] for k in sorted(found)]


def _breakdowns(parts: Sequence[Node]) -> list[list[Node]]:
    """The parts each claimant gives of a whole: one breakdown each.

    Parts from different sources are not added together: three monitors' counts of one
    slice are three counts of it, not three slices.
    """
    by_source: dict[frozenset[str], list[Node]] = defaultdict(list)
    for part in parts:
        by_source[part.claimants].append(part)
    return [sorted(by_source[key], key=lambda n: n.id) for key in sorted(by_source, key=sorted)]


def _total(parts: Sequence[Node]) -> Interval:
    total = Interval.point(0.0)
    for part in parts:
        total = total + part.interval
    return total


def _check(ctx: Comparisons, whole: Node, parts: Sequence[Node], how: str) -> Discrepancy | None:
    w_id, w_sup = whole.id, whole.claim.supersedes
    parts = [p for p in parts if p.claim.supersedes != w_id and p.id != w_sup]
    if not parts:
        return None  # a figure and the one revising it are one count, never part and whole
    if ctx.comparable is not None:
        parts = [p for p in parts if ctx.comparable(p.claim, whole.claim)]
        if not parts:
            return None
    total = _total(parts)
    if not total.above(whole.interval):
        return None
    gap = gap_between(whole.interval, total)
    if not ctx.policy.material(gap.absolute.low, total.low):
        return None
    excess = (total - whole.interval).clamp_low(0.0)
    ids = (whole.id, *(p.id for p in parts))
    w = whole.claim
    label = ctx.index.metrics.label(w.metric)
    word = summaries.parts_exceed_place if how == "places" else summaries.parts_exceed_whole
    summary = word(w, [p.claim for p in parts], total, excess, label)
    return PartsExceedWhole(
        id=discrepancy_id(Kind.PARTS_EXCEED_WHOLE, ids),
        severity=ctx.policy.severity(gap.relative.low),
        claims=ids,
        metric=w.metric,
        gap=gap,
        summary=summary,
        whole=whole.id,
        parts=tuple(p.id for p in parts),
        parts_sum=total,
        excess=excess,
    )


def _place_parts(ctx: Comparisons) -> Iterator[tuple[Node, list[Node]]]:
    """(whole, parts) for every count of a place with counts of places inside it."""
    places = ctx.index.places
    if places is None:
        return
    window = ctx.policy.window_days
    for (metric, unit), members in ctx.index.groups.items():
        if unit == "percent":
            continue  # shares of different totals do not add up
        located = [n for n in members if n.place is not None and n.end is not None]
        if len(located) < 2:
            continue
        inside: dict[str, list[Node]] = defaultdict(list)
        for node in located:
            for outer in places.ancestors(node.place or ""):
                inside[outer].append(node)  # members are sorted by end: so is each list
        if not inside:
            continue
        flow = ctx.index.kind(metric).compares_as_flow
        for whole in located:
            candidates = inside.get(whole.place or "")
            if not candidates:
                continue
            if flow:
                same = [n for n in candidates if _same_time(n, whole)]
            else:
                ends = [n.end or 0 for n in candidates]
                day = whole.end or 0
                lo = bisect.bisect_left(ends, day - window)
                hi = bisect.bisect_right(ends, day + window)
                same = candidates[lo:hi]
            for parts in _by_kind(ctx, same):
                yield whole, parts


def _same_time(node: Node, whole: Node) -> bool:
    """A flow part counts the whole's event (or period) over a period inside the whole's."""
    if whole.claim.event is not None or node.claim.event is not None:
        if node.claim.event != whole.claim.event:
            return False
        if whole.period is None or node.period is None:
            return whole.period == node.period
        return whole.period.contains(node.period)
    return (node.start, node.end) == (whole.start, whole.end)


def _by_kind(ctx: Comparisons, nodes: Sequence[Node]) -> list[list[Node]]:
    """The smallest count of each place, places of one kind together (regions, cities...).

    Places of one kind do not overlap; a city and a region may, even where the gazetteer
    does not say which region the city lies in, so they are never added together.
    """
    places = ctx.index.places
    assert places is not None
    smallest: dict[str, Node] = {}
    for node in nodes:
        key = node.place or ""
        cur = smallest.get(key)
        if cur is None or (node.interval.low, node.id) < (cur.interval.low, cur.id):
            smallest[key] = node
    kinds: dict[str, list[Node]] = defaultdict(list)
    for place_id in sorted(smallest):
        place = places.get(place_id)
        kinds[str(place.kind) if place is not None else ""].append(smallest[place_id])
    return [kinds[k] for k in sorted(kinds)]
