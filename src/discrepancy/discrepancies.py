"""The typed discrepancies: data, not exceptions. In JSON they are a tagged union on ``kind``."""

from __future__ import annotations

import enum
import hashlib
from collections.abc import Iterable, Iterator
from typing import ClassVar

import attrs

from discrepancy.quantity import Interval

__all__ = [
    "AnnouncedVsConfirmed",
    "ClaimPair",
    "Discrepancy",
    "Gap",
    "Kind",
    "PartsExceedWhole",
    "Position",
    "SelfContradiction",
    "Severity",
    "SourceDisagreement",
    "StockFlowMismatch",
]


class Kind(enum.StrEnum):
    """The kind of a discrepancy: its JSON ``kind`` tag, and the detector that finds it.

    Each value names one class of this module and one module of ``discrepancy.detectors``
    whose docstring states its rule; ``check(kinds=...)`` and ``--kind`` run a subset.
    """

    ANNOUNCED_VS_CONFIRMED = "announced_vs_confirmed"
    SOURCE_DISAGREEMENT = "source_disagreement"
    SELF_CONTRADICTION = "self_contradiction"
    STOCK_FLOW_MISMATCH = "stock_flow_mismatch"
    PARTS_EXCEED_WHOLE = "parts_exceed_whole"


class Severity(enum.StrEnum):
    """How large a discrepancy is, ``low`` < ``medium`` < ``high``; part of the JSON contract.

    Set from the relative gap between the figures by the
    [`Policy`][discrepancy.policy.Policy] thresholds; reports list the most severe first and
    ``--fail-on`` stops at a level.
    """

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """0, 1, 2 for low, medium, high: for sorting and for ``--fail-on``."""
        return _RANK[self]


_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2}


@attrs.frozen(kw_only=True)
class Gap:
    """How far apart: ``absolute`` in the claims' unit, ``relative`` as a share of the larger.

    Both are intervals, [closest reading, farthest reading] of the hedged claims.
    """

    absolute: Interval
    relative: Interval


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class ClaimPair:
    """Two claims of a group that conflict, with their own gap (``low`` the smaller count).

    Iterates as the two ids, so ``low, high = pair`` works. ``gap`` is ``None`` only in
    pairs read from a version-1 report, which did not record it.
    """

    low: str
    high: str
    gap: Gap | None = None

    def __iter__(self) -> Iterator[str]:
        return iter((self.low, self.high))

    @property
    def ids(self) -> tuple[str, str]:
        """The two claim ids, ``(low, high)``."""
        return (self.low, self.high)


@attrs.frozen(kw_only=True)
class Position:
    """Claims of a large group that agree with each other: every one of their intervals
    holds ``interval``, the part they share.

    ``claims`` are their ids; ``claimants`` how many sources (distinct claimants) give
    them; ``gap`` how far this position lies above the one below it (``None`` for the
    lowest). A group's positions partition its claims, lowest first.
    """

    interval: Interval
    claims: tuple[str, ...] = attrs.field(converter=_strs)
    claimants: int
    gap: Gap | None = None


def _positions(items: Iterable[Position] | None) -> tuple[Position, ...] | None:
    return None if items is None else tuple(items)


def _pairs(items: Iterable[ClaimPair | tuple[str, str]]) -> tuple[ClaimPair, ...]:
    out = []
    for item in items:
        if isinstance(item, ClaimPair):
            out.append(item)
        else:
            low, high = item
            out.append(ClaimPair(low=low, high=high))
    return tuple(out)


def discrepancy_id(kind: Kind, claim_ids: tuple[str, ...]) -> str:
    """Stable id: the kind and the claims involved, whatever their order in the input."""
    text = "\x1f".join((kind.value, *sorted(claim_ids)))
    return f"d-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}"


@attrs.frozen(kw_only=True)
class _Base:
    kind: ClassVar[Kind]

    id: str
    severity: Severity = attrs.field(converter=Severity)
    claims: tuple[str, ...] = attrs.field(converter=_strs)
    metric: str
    gap: Gap
    summary: str


@attrs.frozen(kw_only=True)
class AnnouncedVsConfirmed(_Base):
    """An announced-class count of an event exceeds a confirmed-class count of it.

    ``unconfirmed`` is announced − confirmed; ``confirmed_share`` is confirmed ÷ announced.
    ``period_mismatch`` says that the announcement covers a wider period than the count.
    """

    kind: ClassVar[Kind] = Kind.ANNOUNCED_VS_CONFIRMED
    announced: str
    confirmed: str
    unconfirmed: Interval
    confirmed_share: Interval
    period_mismatch: bool = False


@attrs.frozen(kw_only=True)
class SourceDisagreement(_Base):
    """Comparable claims of different claimants that share no point.

    ``pairs`` lists the conflicting claim pairs; the group may list claims that conflict with
    nobody. ``bound_consistent`` marks a lower bound ("at least 27") that another claimant's
    count lies above: consistent as intervals, still a disagreement. ``nested_periods`` marks a
    count over a longer period that is smaller than a count over a period inside it.
    ``days_apart``: the headline compares two sources' running totals this many days apart
    (its severity is lowered for it). ``pairs_complete`` is false when ``pairs`` does not
    list every conflicting pair: a group of many mutually conflicting claims lists the
    conflicts that link each of its claims to the others, at most ``PAIRS_LIMIT`` of them
    (`discrepancy.detectors._groups`). ``positions``: for a group of more than
    ``LARGE_GROUP`` claims, the claims that agree with each other, position by position
    (see [`Position`][discrepancy.discrepancies.Position]); ``None`` for a smaller group,
    whose ``pairs`` say who disagrees with whom.
    """

    kind: ClassVar[Kind] = Kind.SOURCE_DISAGREEMENT
    pairs: tuple[ClaimPair, ...] = attrs.field(converter=_pairs)
    claimants: tuple[str, ...] = attrs.field(converter=_strs)
    spread: Interval
    bound_consistent: bool = False
    nested_periods: bool = False
    days_apart: int = 0
    pairs_complete: bool = True
    positions: tuple[Position, ...] | None = attrs.field(default=None, converter=_positions)


@attrs.frozen(kw_only=True)
class SelfContradiction(_Base):
    """Comparable claims of one claimant (claimant sets that intersect) that share no point.

    ``pairs_complete``: as for [`SourceDisagreement`][discrepancy.discrepancies.SourceDisagreement].
    """

    kind: ClassVar[Kind] = Kind.SELF_CONTRADICTION
    pairs: tuple[ClaimPair, ...] = attrs.field(converter=_pairs)
    claimant: str
    spread: Interval
    nested_periods: bool = False
    pairs_complete: bool = True


@attrs.frozen(kw_only=True)
class StockFlowMismatch(_Base):
    """A stock at t1, the recorded flows between t1 and t2, and the stock at t2 don't reconcile.

    ``expected`` is opening − outflows + inflows; ``residual`` is closing − expected: people
    the recorded flows do not explain (negative: more left than the stock shows).
    """

    kind: ClassVar[Kind] = Kind.STOCK_FLOW_MISMATCH
    opening: str
    closing: str
    outflows: tuple[str, ...] = attrs.field(converter=_strs)
    inflows: tuple[str, ...] = attrs.field(converter=_strs)
    expected: Interval
    residual: Interval
    same_claimant: bool


@attrs.frozen(kw_only=True)
class PartsExceedWhole(_Base):
    """The parts of a whole (claims with ``part_of``) add up to more than the whole."""

    kind: ClassVar[Kind] = Kind.PARTS_EXCEED_WHOLE
    whole: str
    parts: tuple[str, ...] = attrs.field(converter=_strs)
    parts_sum: Interval
    excess: Interval


Discrepancy = (
    AnnouncedVsConfirmed
    | SourceDisagreement
    | SelfContradiction
    | StockFlowMismatch
    | PartsExceedWhole
)
DISCREPANCY_TYPES: tuple[type[_Base], ...] = (
    AnnouncedVsConfirmed,
    SourceDisagreement,
    SelfContradiction,
    StockFlowMismatch,
    PartsExceedWhole,
)
