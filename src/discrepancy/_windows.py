"""Dense stretches of one quantity over time: claims set against each other by sorting.

A stock claim is compared with every claim of its metric and scope (or, with no place
column at all, of its metric) whose date lies within ``window_days`` of its own. Where
hundreds of claims fall within one window, pairing them is quadratic: a spreadsheet
without a place column, or a feed counting one toll every hour, sets every claim against
every other of its days. A *window set* holds those claims instead: the plain figures
(`compare._plain()`: one named claimant, no bound, part, revision, pledge or event) of one
status class (not announced), one scope key (none, where the metric's dated claims have no
scope at all) and one metric, when some span of ``window_days + 1`` days holds more than
`WINDOW_LIMIT` of them.

What is still paired, claim by claim, as before: the claims of the group outside the set
among themselves and with the set's claims near them (few, by the set's choice), and a
claimant's own figures within the window (a revision or a self-contradiction: only that
claimant's claims are met). The set's claims of different claimants are not paired: their
conflicts are found by sorting (`discrepancy.detectors._windowed`). Every span of
``window_days + 1`` days of the set is a clique (its claims are pairwise comparable), and
each pair of the window lies in such a span, so the argument of the large cliques holds
span by span.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence

from discrepancy._pairing import Node, Pair, Relation, sweep
from discrepancy._rows import new_tuple
from discrepancy.claim import StatusClass

__all__ = ["WINDOW_LIMIT", "find_windows", "window_pairs", "window_stars"]

WINDOW_LIMIT = 16
"""Above this many plain claims in one span of ``window_days + 1`` days, a window set (see
`find_windows()`) is not paired claim by claim."""


def _order(node: Node) -> tuple[int, str]:
    return (node.end or 0, node.id)


def _dense(nodes: Sequence[Node], days: int, limit: int) -> bool:
    """Whether some ``days + 1`` consecutive days hold more than ``limit`` of ``nodes``
    (sorted by end)."""
    lo = 0
    for hi, node in enumerate(nodes):
        end = node.end or 0
        while (nodes[lo].end or 0) < end - days:
            lo += 1
        if hi - lo + 1 > limit:
            return True
    return False


def find_windows(
    members: Sequence[Node],
    days: int,
    plain: Callable[[Node], bool],
    taken: frozenset[str],
    limit: int,
) -> list[list[Node]]:
    """The window sets of one stock group (``members`` sorted by end, then id).

    Only where the group's dated claims all have a scope, or none has (a claim with no
    scope among scoped ones may stand for a place or not, by the places near it: those
    groups are paired as before). ``taken``: claims of a large clique.
    """
    dated = [n for n in members if n.end is not None and n.id not in taken]
    if len(dated) <= limit:
        return []
    if not _dense(dated, days, limit):  # most groups: no span is crowded, none of a scope
        return []
    unscoped = sum(1 for n in dated if n.scope is None)
    if 0 < unscoped < len(dated):
        return []
    by_scope: dict[str | None, list[Node]] = defaultdict(list)
    for node in dated:
        by_scope[node.scope].append(node)
    found = []
    for scope in sorted(by_scope, key=lambda s: s or ""):
        nodes = by_scope[scope]
        if len(nodes) <= limit or not _dense(nodes, days, limit):
            continue
        fit = [n for n in nodes if n.status_class is not StatusClass.ANNOUNCED and plain(n)]
        if len(fit) <= limit:
            continue
        (status, _), *_ = Counter(n.status_class for n in fit).most_common(1)
        chosen = [n for n in fit if n.status_class is status]
        if len(chosen) > limit and _dense(chosen, days, limit):
            found.append(chosen)
    return found


def window_pairs(dated: list[Node], windows: frozenset[str], days: int) -> Iterator[Pair]:
    """The pairs of ``dated`` (one stock group, sorted by end) other than those of two
    window claims (ids in ``windows``) of different claimants.

    The others among themselves (`sweep()`), each other claim against the window claims of
    its scope near it in time (`bisect` on the window claims' ends), and each claimant's
    own window claims within the window.
    """
    inside = [n for n in dated if n.id in windows]
    outside = [n for n in dated if n.id not in windows]
    for a, b in sweep(outside, days):
        yield new_tuple(Pair, (a, b, Relation.SAME))
    by_scope: dict[str | None, list[Node]] = defaultdict(list)
    for node in inside:
        by_scope[node.scope].append(node)
    ends = {scope: [n.end or 0 for n in nodes] for scope, nodes in by_scope.items()}
    for node in outside:
        near = by_scope.get(node.scope)
        if near is None:
            continue
        end = node.end or 0
        keys = ends[node.scope]
        lo = bisect.bisect_left(keys, end - days)
        hi = bisect.bisect_right(keys, end + days)
        for other in near[lo:hi]:
            pair = (other, node) if _order(other) < _order(node) else (node, other)
            yield new_tuple(Pair, (*pair, Relation.SAME))
    by_claimant: dict[frozenset[str], list[Node]] = defaultdict(list)
    for node in inside:
        by_claimant[node.claimants].append(node)
    for own in by_claimant.values():
        if len(own) > 1:
            for a, b in sweep(own, days):
                yield new_tuple(Pair, (a, b, Relation.SAME))


def window_stars(nodes: Sequence[Node], days: int) -> Iterator[Pair]:
    """``SAME`` pairs that give the estimates the quantities pairing every claim gives.

    The estimates take a quantity from its earliest claim and every claim comparable with
    it not yet taken: in a window set, the claims ending at most ``days`` after it. So
    each such run is given as a star from its first claim; a claim that starts a run of
    its own while an earlier claim lies within ``days`` of it (taken by an earlier run,
    and no run's first claim) is given that earlier claim as its partner, so that it is a
    quantity of one claim, as when it was paired. A claimant's own pairs are left out:
    `window_pairs()` gives them already.
    """
    k = 0
    latest: Node | None = None  # the latest claim of a run that is not its first
    while k < len(nodes):
        first = nodes[k]
        limit = (first.end or 0) + days
        j = k + 1
        while j < len(nodes) and (nodes[j].end or 0) <= limit:
            if nodes[j].claimants != first.claimants:  # a claimant's own: `window_pairs()`
                yield new_tuple(Pair, (first, nodes[j], Relation.SAME))
            j += 1
        if (
            j == k + 1
            and latest is not None
            and (first.end or 0) - (latest.end or 0) <= days
            and latest.claimants != first.claimants
        ):
            yield new_tuple(Pair, (latest, first, Relation.SAME))
        if j > k + 1:
            latest = nodes[j - 1]
        k = j
