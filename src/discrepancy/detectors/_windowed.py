"""The conflicts of a window set, found by sorting instead of pairing every claim.

A window set (`discrepancy._windows`) holds plain claims of one quantity over time: two
of them are comparable when their dates lie at most ``window_days`` apart. Every span of
``window_days + 1`` days is a clique, and every comparable pair lies in one (the span that
starts on the earlier claim's day), so the argument of the large cliques
(`discrepancy.detectors._cliques`) holds span by span: within a span, a claim in conflict
with another claimant's claim conflicts with one of the span's representatives (the
first claims of three claimants in each of four orders: lowest and highest ends and
starts), and the representatives meet each other. Comparing each claim with the
representatives of every span that holds it therefore keeps, span by span, a set of
conflicts that links every conflicting claim to its group; the union over the spans links
what the union of their conflicts links: every group of pairing every claim.

The representatives of a span are found among those of its days (a span's first three
claimants in an order are among the first three of the day each lies on), so the work per
span is bounded by its days, and a claim meets the union of the representatives of the
spans that hold it: O(n log n) in all, and a bounded number of measurements per claim.
A claimant's own figures are paired as before (`discrepancy._windows.window_pairs`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from discrepancy.compare import Node
from discrepancy.conflicts import Conflict
from discrepancy.detectors._cliques import REPRESENTATIVES, _extremes, _key, _Measure, _measure

__all__ = ["window_conflicts"]

_ORDERS = (
    lambda n: (n.interval.high, n.id),
    lambda n: (-n.interval.low, n.id),
    lambda n: (n.interval.low, n.id),
    lambda n: (-n.interval.high, n.id),
)


def _span_reps(days: Sequence[list[tuple[Node, ...]]]) -> list[Node]:
    """The representatives of a span, from those of its days (four orders each)."""
    found: dict[str, Node] = {}
    for k, order in enumerate(_ORDERS):
        candidates = sorted((n for reps in days for n in reps[k]), key=order)
        claimants: set[str] = set()
        for node in candidates:
            key = _key(node)
            if key in claimants:
                continue
            claimants.add(key)
            found[node.id] = node
            if len(claimants) == REPRESENTATIVES:
                break
    return list(found.values())


def window_conflicts(nodes: Sequence[Node], days: int, measure: _Measure) -> list[Conflict]:
    """The conflicts between claimants that link every conflicting claim of a window set
    to its group (``measure``: `Comparisons._clique_conflict()`)."""
    by_day: dict[int, list[Node]] = defaultdict(list)
    for node in nodes:
        by_day[node.end or 0].append(node)
    order = sorted(by_day)
    day_reps = [_extremes(by_day[day]) for day in order]
    targets: list[dict[str, Node]] = [{} for _ in order]
    hi = 0
    for lo, start in enumerate(order):  # the span of days [start, start + days]
        while hi < len(order) and order[hi] <= start + days:
            hi += 1
        reps = _span_reps(day_reps[lo:hi])
        for k in range(lo, hi):
            seen = targets[k]
            for rep in reps:
                seen[rep.id] = rep
    kept: dict[tuple[str, str], Conflict] = {}
    for day, near in zip(order, targets, strict=True):
        reps = list(near.values())
        for node in by_day[day]:
            own = _key(node)
            low, high = node.interval.low, node.interval.high
            for rep in reps:
                iv = rep.interval
                if (high < iv.low or iv.high < low) and _key(rep) != own:
                    key = (node.id, rep.id) if node.id < rep.id else (rep.id, node.id)
                    if key in kept:
                        continue
                    found = _measure(node, rep, measure)
                    if found is not None:
                        kept[key] = found
    return [kept[k] for k in sorted(kept)]
