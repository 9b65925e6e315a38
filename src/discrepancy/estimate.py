"""What the sources agree on: per quantity, a floor, a consistent interval and a central value.

For each quantity that comparable claims describe (the grouping ``check`` uses), an
[`Estimate`][discrepancy.estimate.Estimate] says:

* ``floor``: the highest lower bound among confirmed-class claims, and the claim that sets it;
* ``consistent``: the interval the most independent sources agree on (Marzullo's max-overlap
  algorithm), with how many of how many agree; ``None`` ("no majority") where fewer than half
  of them share a point, or where two separate intervals tie;
* ``central``: among the points the most source weight agrees on, the one nearest the
  sources' intervals, each weighted by how far its source can be trusted (the distance to
  an interval is zero inside it, so "at least 41" never pulls the estimate down); never
  below the floor; ``None`` where nothing bounds it from above.

Announced-class claims are shown but not counted: they are what the estimate is checked
against. Claims of one claimant (or of claimants that co-sign a claim) count once, as one
vote: the interval all of them share, or, where they contradict each other, the span from
the lowest to the highest. A claim that a later claim ``supersedes`` is out.

Per source, a [`SourceRecord`][discrepancy.estimate.SourceRecord]: how many claims it made, how
often it agreed with the consensus of quantities with at least ``min_sources`` independent sources,
and its weight (see `discrepancy._reliability`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from itertools import compress, repeat
from operator import attrgetter, is_not
from typing import TYPE_CHECKING

from discrepancy._consensus import central_value, least_distance, max_overlap
from discrepancy._estimate_build import (
    _agreeing_sources,
    _Context,
    _Draft,
    _draft,
)
from discrepancy._estimate_lazy import LazyEstimates
from discrepancy._estimate_values import (
    Estimate,
    EstimatePolicy,
    Estimates,
    Exclusion,
    Floor,
    LeftOut,
    SourceRecord,
    Vote,
)
from discrepancy._quantities import Partners, quantities
from discrepancy._reliability import Method, Tally, weights
from discrepancy.claim import Claim
from discrepancy.metrics import MetricRegistry
from discrepancy.policy import Policy
from discrepancy.quantity import Interval

if TYPE_CHECKING:
    from discrepancy.compare import ClaimIndex, Pair, Places

__all__ = [
    "Estimate",
    "EstimatePolicy",
    "Estimates",
    "Exclusion",
    "Floor",
    "LazyEstimates",
    "LeftOut",
    "Method",
    "SourceRecord",
    "Vote",
    "central_value",
    "estimate",
    "least_distance",
    "max_overlap",
]


_supersedes = attrgetter("supersedes")


def _relative_miss(iv: Interval, consensus: Interval) -> float:
    miss = iv.gap_to(consensus).low
    ref = consensus.low if not consensus.bounded else (consensus.low + consensus.high) / 2
    return miss / max(ref, 1.0)


def _tally(d: _Draft, tallies: dict[str, Tally], settings: EstimatePolicy) -> None:
    """Count how each source of ``d`` fared against its consensus, if it has one."""
    if d.consistent is None or len(d.intervals) < settings.min_sources:
        return
    for (keys, _members), iv in zip(d.blocks, d.intervals, strict=True):
        ok = iv.overlaps(d.consistent)
        miss = 0.0 if ok else _relative_miss(iv, d.consistent)
        for key in keys:
            t = tallies.get(key)
            if t is None:
                t = tallies[key] = Tally(claims=1)
            t.judged += 1
            t.agreed += ok
            t.squared_error += miss * miss


def _name(key: str, claim: Claim) -> str:
    for ref in claim.claimants:
        if (ref.id if ref.id is not None else ref.key) == key:
            return ref.display
    if claim.outlet is not None:
        return claim.outlet.display
    return key


def _estimate(
    claims: Sequence[Claim],
    metrics: MetricRegistry,
    policy: Policy,
    settings: EstimatePolicy,
    index: ClaimIndex | None = None,
    pairs: Iterable[Pair] | None = None,
    places: Places | None = None,
    *,
    fast: bool = True,
    partners: Partners | None = None,
    shown: bool = False,
) -> Estimates:
    superseded: dict[str, str] = {}
    # the claims that revise another, picked out in C (no Python code per claim: few revise)
    revising = compress(claims, map(is_not, map(_supersedes, claims), repeat(None)))
    for c in revising:
        if c.supersedes is not None and c.id < superseded.get(c.supersedes, "\U0010ffff"):
            superseded[c.supersedes] = c.id  # revised twice: the smallest id, whatever the order
    least = settings.min_claims
    judged = max(least, settings.min_sources)
    keys: list[str] = []  # each quantity's place among the estimates
    # which sources agree in each quantity the tallies judge, found by the grouping where it
    # has just read the quantity's claims (in the order of the quantities)
    verdicts: list[Sequence[str] | None] = []
    groups, counts, first, nodes = quantities(
        claims, metrics, policy, index, pairs, singles=settings.min_claims <= 1, places=places,
        keys=keys, judge=partial(_agreeing_sources, superseded=superseded) if fast else None,
        judged=judged, verdicts=verdicts, placed=least, measured=partners, shown=shown,
    )  # fmt: skip
    # Two passes, and no draft kept between them: the sources' weights need every
    # consensus first, and a million claims make some 200,000 quantities, whose drafts,
    # kept, would bring on full collections of the heap ``check`` has built. A quantity
    # with fewer claims than ``min_sources`` judges nobody: the first pass skips it.
    tallies = {key: Tally(claims=n) for key, n in counts.items()}
    said = iter(verdicts)
    for _metric, _flow, ids in groups:
        if len(ids) >= judged:
            agreeing = next(said) if fast else None
            if agreeing is None:
                members = [nodes[k] for k in ids]
                _tally(_draft(members, superseded, fast=False), tallies, settings)
                continue
            for key in agreeing:  # each agrees with what all share
                t = tallies.get(key)
                if t is None:
                    t = tallies[key] = Tally(claims=1)
                t.judged += 1
                t.agreed += 1
    source_weight = weights(
        tallies,
        method=settings.method,
        prior=settings.prior,
        max_weight=settings.max_weight,
        alpha=settings.alpha,
        smoothing=settings.smoothing,
    )
    ctx = _Context({key: w for key, (w, _capped) in source_weight.items()}, metrics)
    if least > 1:  # the quantities of fewer claims are not estimated
        wanted = [len(group[2]) >= least for group in groups]
        kept = list(compress(groups, wanted))
        keys = list(compress(keys, wanted))
    else:
        kept = groups
    # the index's own nodes by id, not a copy of the half the estimates read (at a million
    # claims half a million entries, 0.3-0.5 s); the price: the other nodes (about 85 MB
    # at a million claims) live as long as the estimates do
    found = LazyEstimates(kept, nodes, superseded, ctx, fast=fast, places=keys)
    sources = tuple(
        SourceRecord(
            claimant=key,
            name=_name(key, first[key]),
            claims=t.claims,
            judged=t.judged,
            agreed=t.agreed,
            weight=round(source_weight[key][0], 3),
            capped=source_weight[key][1],
        )
        for key, t in sorted(tallies.items())
        if key in first and not key.startswith("anonymous:")
    )
    return Estimates(quantities=found, sources=sources)


def estimate(
    claims: Iterable[Claim],
    *,
    policy: Policy | None = None,
    metrics: MetricRegistry | None = None,
    settings: EstimatePolicy | None = None,
    gazetteer: Places | None = None,
) -> Estimates:
    """Estimates per quantity and a record per source, for normalized claims.

    ``claims`` should be normalized as ``check`` does it (a report's ``claims``): claimants
    resolved, metrics on their ids. ``check(claims, estimates=True)`` does both at once, at
    less cost. The result does not depend on the order of the claims.

    Args:
        claims: normalized claims.
        policy: the comparison settings (which claims describe the same quantity).
        metrics: the metric registry; the built-in one otherwise.
        settings: the estimate settings; the defaults of
            [`EstimatePolicy`][discrepancy.estimate.EstimatePolicy] otherwise.
        gazetteer: puts scopes on places, as ``check`` does; the built-in one otherwise.
    """
    if gazetteer is None:
        from discrepancy.places import Gazetteer

        gazetteer = Gazetteer.builtin()
    unique = {c.id: c for c in claims}
    ordered = [unique[k] for k in sorted(unique)]
    return _estimate(
        ordered,
        metrics or MetricRegistry.builtin(),
        policy or Policy(),
        settings or EstimatePolicy(),
        places=gazetteer,
    )


def estimate_checked(
    claims: Sequence[Claim],
    index: ClaimIndex,
    pairs: Iterable[Pair],
    *,
    settings: EstimatePolicy | None = None,
    partners: Partners | None = None,
    shown: bool = False,
) -> Estimates:
    """[`estimate()`][discrepancy.estimate.estimate] on the index and pairs ``check`` has already
    built (its claims); ``partners`` and ``shown``: the ``SAME`` pairs ``check`` has met,
    as `discrepancy._quantities.quantities()` takes them (``pairs`` then holds the others)."""
    return _estimate(
        claims, index.metrics, index.policy, settings or EstimatePolicy(), index, pairs,
        partners=partners, shown=shown,
    )  # fmt: skip
