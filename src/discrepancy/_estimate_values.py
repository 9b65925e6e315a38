"""The values of the estimates: per quantity an `Estimate` (its `Vote`s, `Floor`, `LeftOut`
claims), per source a `SourceRecord`, and the settings, `EstimatePolicy`.

[`discrepancy.estimate`][discrepancy.estimate] computes them and is where they are imported
from; they live here so that the computation stays one concept.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

import attrs

from discrepancy._reliability import Method
from discrepancy.claim import Period
from discrepancy.errors import at_least, greater_than
from discrepancy.quantity import Interval

__all__ = [
    "Estimate",
    "EstimatePolicy",
    "Estimates",
    "Exclusion",
    "Floor",
    "LeftOut",
    "SourceRecord",
    "Vote",
]


class Exclusion(enum.StrEnum):
    """Why a claim of a quantity does not feed its estimate."""

    ANNOUNCED = "announced"  # announced-class: the estimate is what it is checked against
    SUPERSEDED = "superseded"  # a later claim revises it


@attrs.frozen(kw_only=True)
class LeftOut:
    """A claim of the quantity that the estimate does not count, and why (``by``: the
    superseding claim)."""

    claim: str
    reason: Exclusion = attrs.field(converter=Exclusion)
    by: str | None = None


@attrs.frozen(kw_only=True)
class Floor:
    """The highest lower bound among confirmed-class claims (``open``: "more than")."""

    value: float
    open: bool = False
    claim: str


@attrs.frozen(kw_only=True)
class Vote:
    """One independent source's say in a quantity.

    Attributes:
        claimants: the source keys (org ids; more than one when claimants co-sign).
        claims: the claims it made about the quantity (counted once, together).
        interval: what they say together: the interval all of them share, or, where they
            contradict each other, the span from the lowest to the highest.
        weight: its weight in the central estimate.
        agrees: whether it shares a point with the consistent interval.
    """

    claimants: tuple[str, ...]
    claims: tuple[str, ...]
    interval: Interval
    weight: float
    agrees: bool


@attrs.frozen(kw_only=True)
class Estimate:
    """What the sources of one quantity agree on.

    Attributes:
        id: stable: a hash of the quantity and its claims.
        metric, unit, scope, event: the quantity.
        period: from the earliest to the latest date of its claims.
        claims: every claim of the quantity, counted or not.
        floor: the highest confirmed lower bound, if any confirmed claim gives one.
        consistent: the interval ``agree`` of ``independent`` sources share; ``None``: no
            majority.
        central: the weighted central estimate; ``None`` where nothing bounds it above.
        votes: each independent source's say.
        left_out: the claims shown but not counted, with the reason.
        summary: one sentence a fact-checker can paste.
    """

    id: str
    metric: str
    unit: str
    scope: str | None
    event: str | None
    period: Period | None
    claims: tuple[str, ...]
    floor: Floor | None
    consistent: Interval | None
    agree: int
    independent: int
    central: float | None
    votes: tuple[Vote, ...]
    left_out: tuple[LeftOut, ...]
    summary: str


@attrs.frozen(kw_only=True)
class SourceRecord:
    """How far one source (claimant) can be trusted, with the claims behind the figure.

    Attributes:
        claimant: the source key (org id, or the slug of an unresolved name).
        name: how it is named.
        claims: how many claims it made (all of them, in any quantity).
        judged: how many quantities it could be judged in (a consensus of at least
            ``min_sources`` independent sources).
        agreed: in how many of those it shared a point with the consensus.
        weight: its weight in central estimates (1: an unknown source).
        capped: the weight was cut to the cap.
    """

    claimant: str
    name: str
    claims: int
    judged: int
    agreed: int
    weight: float
    capped: bool


@attrs.frozen(kw_only=True)
class EstimatePolicy:
    """The settings of the estimates.

    Attributes:
        min_claims: a quantity gets an estimate when at least this many claims describe it.
        min_sources: a source is judged only on quantities with at least this many
            independent sources (and a consensus).
        method: the long-tail correction of source weights (``shrunk`` or ``chi2``).
        prior: ``shrunk``: how many judged claims the pooled agreement rate counts as.
        max_weight: the cap on a source's weight (an unknown source weighs 1), so that
            one prolific source cannot outweigh more than this many unknown ones.
        alpha: ``chi2``: the chi-square quantile is ``alpha / 2``.
        smoothing: ``chi2``: the squared relative error each claim counts at least.
    """

    min_claims: int = attrs.field(default=2, validator=at_least(1))
    min_sources: int = attrs.field(default=3, validator=at_least(2))
    method: Method = attrs.field(default=Method.SHRUNK, converter=Method)
    prior: float = attrs.field(default=5.0, validator=greater_than(0))
    max_weight: float = attrs.field(default=3.0, validator=at_least(1))
    alpha: float = 0.05
    smoothing: float = 0.0025


@attrs.frozen(kw_only=True)
class Estimates:
    """Estimates per quantity and records per source.

    ``quantities`` is a sequence that builds each estimate when it is read
    ([`LazyEstimates`][discrepancy.estimate.LazyEstimates]); ``tuple(...)`` keeps them.
    """

    quantities: Sequence[Estimate]
    sources: tuple[SourceRecord, ...]
