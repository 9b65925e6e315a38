"""What intervals agree on: Marzullo's max-overlap (plain and weighted), least distance.

Pure functions of intervals and weights, used by [`discrepancy.estimate`][discrepancy.estimate].
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from discrepancy._rows import builder
from discrepancy.quantity import Interval

__all__ = ["central_value", "common", "common2", "hull", "least_distance", "max_overlap"]


def _checked(low: float, high: float, low_open: bool, high_open: bool) -> Interval:
    return Interval(low=low, high=high, low_open=low_open, high_open=high_open)


_known: Callable[[float, float, bool, bool], Interval] = (
    builder(Interval, ("low", "high", "low_open", "high_open")) or _checked
)
"""An interval from ends already known valid (`common()`'s: each the end of a valid
interval, low not above high), stored straight into its slots (`discrepancy._rows`)."""


def common(ivs: Sequence[Interval]) -> Interval | None:
    """The interval every one of ``ivs`` contains, if they share a point (one of ``ivs``
    itself where it is that interval: no new object)."""
    shared = ivs[0]
    for iv in ivs[1:]:  # most calls are for two or three intervals
        both = common2(shared, iv)
        if both is None:
            return None
        shared = both
    return shared


def common2(first: Interval, iv: Interval) -> Interval | None:
    """The interval ``first`` and ``iv`` both contain, if they share a point (one of the two
    itself where it is that interval: no new object)."""
    low, high = first.low, first.high
    low_open, high_open = first.low_open, first.high_open
    lowest = highest = first
    if iv.low > low:
        low, low_open, lowest = iv.low, iv.low_open, iv
    elif iv.low == low and iv.low_open:
        low_open = True
    if iv.high < high:
        high, high_open, highest = iv.high, iv.high_open, iv
    elif iv.high == high and iv.high_open:
        high_open = True
    if low > high or (low == high and (low_open or high_open)):
        return None
    if lowest is highest and low_open == lowest.low_open and high_open == lowest.high_open:
        return lowest
    return _known(low, high, low_open, high_open)


def hull(ivs: Sequence[Interval]) -> Interval:
    low = min(iv.low for iv in ivs)
    high = max(iv.high for iv in ivs)
    return Interval(
        low=low,
        high=high,
        low_open=all(iv.low_open for iv in ivs if iv.low == low),
        high_open=all(iv.high_open for iv in ivs if iv.high == high),
    )


def _best_runs(ivs: Sequence[Interval], weights: Sequence[float]) -> tuple[float, list[Interval]]:
    """The most weight of ``ivs`` that shares a point, and every interval where it does.

    The line is cut at every end point into points and the open pieces between them; the
    weight over each piece is swept once (Marzullo's algorithm, weighted). A run of pieces
    ends where one interval starts as another ends: a different set agrees there.
    """
    xs = sorted({iv.low for iv in ivs} | {iv.high for iv in ivs if iv.high != math.inf})
    at = {x: k for k, x in enumerate(xs)}
    last = 2 * len(xs) - 1  # piece 2k: the point xs[k]; 2k+1: the gap after it
    diff = [0.0] * (last + 2)
    starts = [0] * (last + 2)
    for iv, w in zip(ivs, weights, strict=True):
        start = 2 * at[iv.low] + (1 if iv.low_open else 0)
        end = last if iv.high == math.inf else 2 * at[iv.high] - (1 if iv.high_open else 0)
        if start <= end and w > 0:
            diff[start] += w
            diff[end + 1] -= w
            starts[start] += 1
    level, best = 0.0, 0.0
    runs: list[list[int]] = []
    for piece in range(last + 1):
        level += diff[piece]
        if level > best and not math.isclose(level, best, rel_tol=1e-9):
            best, runs = level, [[piece, piece]]
        elif best > 0 and math.isclose(level, best, rel_tol=1e-9):
            if runs[-1][1] == piece - 1 and not starts[piece]:  # the same intervals go on
                runs[-1][1] = piece
            else:
                runs.append([piece, piece])
    return best, [_run(first, final, xs, last) for first, final in runs]


def _run(first: int, final: int, xs: list[float], last: int) -> Interval:
    if final == last and final % 2 == 1:
        high, high_open = math.inf, False
    elif final % 2 == 0:
        high, high_open = xs[final // 2], False
    else:
        high, high_open = xs[final // 2 + 1], True
    return Interval(low=xs[first // 2], high=high, low_open=first % 2 == 1, high_open=high_open)


def max_overlap(ivs: Sequence[Interval]) -> tuple[Interval | None, int]:
    """Marzullo's algorithm: the interval most of ``ivs`` share, and how many share it.

    ``None`` with the count when two separate intervals (or two different sets of
    intervals) tie for the most.
    """
    if not ivs:
        return None, 0
    shared = common(ivs)
    if shared is not None:  # the common case: every interval shares a point
        return shared, len(ivs)
    best, runs = _best_runs(ivs, [1.0] * len(ivs))
    return (runs[0] if len(runs) == 1 else None), round(best)


def least_distance(votes: Sequence[tuple[Interval, float]]) -> float | None:
    """The point whose weighted distance to the intervals is least (midpoint of a tie).

    The distance to [l, h] is half of |x−l| + |x−h| less a constant, so the answer is the
    weighted median of all end points, each interval's two ends carrying its weight. An
    unbounded end sits at infinity: where the median reaches it, nothing bounds the
    estimate above and there is none (``None``).
    """
    points = sorted((x, w) for iv, w in votes if w > 0 for x in (iv.low, iv.high))
    total = sum(w for _, w in points)
    if total <= 0:
        return None
    half, acc = total / 2, 0.0
    for k, (x, w) in enumerate(points):
        acc += w
        if math.isclose(acc, half, rel_tol=1e-9, abs_tol=1e-12):
            after = points[k + 1][0]
            return None if after == math.inf else (x + after) / 2
        if acc > half:
            return None if x == math.inf else x
    return None  # pragma: no cover - the loop always passes half


def central_value(votes: Sequence[tuple[Interval, float]]) -> float | None:
    """The central estimate: where the most weight agrees, the point nearest the agreeing votes.

    First the points that the most source weight shares (weighted max-overlap); where
    separate regions tie, the one nearest the point of least distance to every vote (the
    lower on a tie). Then, within that region, the point whose weighted distance to the
    votes that share a point with it is least (`least_distance()`); the votes outside
    it, which the majority contradicts, do not move it; where the region's own votes are
    only lower bounds, its point nearest all the votes. ``None`` where nothing bounds the
    answer above (only lower bounds).

    Distance to every vote puts the answer at the edge of the agreeing sources' intervals,
    pulled towards the outliers (inside its interval a claim does not mind where, so only
    the outliers pull); agreement first keeps it where the trusted sources overlap, and
    leaving the outliers out of the distance keeps it in the middle of what they say.
    """
    kept = [(iv, w) for iv, w in votes if w > 0]
    if not kept:
        return None
    shared = common([iv for iv, _ in kept])
    if shared is not None:  # all agree: every point of what they share is as near as any
        return (shared.low + shared.high) / 2 if shared.bounded else None
    _, regions = _best_runs([iv for iv, _ in kept], [w for _, w in kept])
    nearest = least_distance(kept)
    if nearest is None:
        bounded = [r for r in regions if r.bounded]
        if not bounded:
            return None
        region = bounded[0]
    else:
        region = min(regions, key=lambda r: (r.gap_to(Interval.point(nearest)).low, r.low))
    point = least_distance([(iv, w) for iv, w in kept if iv.overlaps(region)])
    if point is None:  # the region's own votes set no upper end: the nearest point of it
        point = nearest if nearest is not None else (region.low + region.high) / 2
    if point == math.inf:
        return None
    return min(max(point, region.low), region.high)
