"""Every threshold of a check in one frozen object; the detectors hold no numbers of their own."""

from __future__ import annotations

import math

import attrs

from discrepancy.discrepancies import Severity
from discrepancy.errors import at_least
from discrepancy.quantity import DEFAULT_POLICY, Qualifier, Quantity, VaguenessPolicy

__all__ = ["Policy"]


@attrs.frozen(kw_only=True)
class Policy:
    """How ``check`` reads and compares claims.

    Attributes:
        vagueness: how wide each hedge is (used when records are read).
        window_days: stock counts whose dates lie at most this far apart describe the same
            quantity; so do two sources' running totals ("so far") of one flow.
        flow_horizon_days: flows without an event label are compared (equal or nested
            periods) only when their periods end at most this far apart: claims years apart
            are never the same quantity.
        pledge_horizon_days: a pledge ("will release 400") is set against counts of what was
            carried out that end at most this many days after it (and at most ``window_days``
            before it).
        bound_tolerance: a count above another claimant's "at least n" (or below its "as
            many as n") by more than this share of n is reported as a disagreement
            (``bound_consistent``). 25%: "over 5,000" is how one reports 5,651, and "more
            than 300" is not how one reports 416.
        material_absolute: the smallest possible gap between two counts must exceed this
            (in the claims' unit). 0.5: a gap that is not at least one whole person is none.
        material_points: for shares (unit ``percent``) the absolute tolerance, in
            percentage points. 1: "20.1%" at noon and "21%" at the end of the day are one
            figure updated.
        material_relative: ... and this share of the larger count. 3%: figures that close
            are restatements to a reader (2,400 and 2,460), and every gap of the seed
            articles (the smallest is 5%) stays above it.
        precision_share: a figure given in round digits (300,000) is precise only to half its
            last significant place; that slack, at most this share of the figure (5%, the
            round-number tolerance), is added to the tolerance. "300,000" against
            "310,000" is one figure; against "250,000" it is not.
        running_total_step_days: two sources' running totals compared across days lose one
            severity level per this many days between them (1 to 3 days: one level).
        severity_medium, severity_high: the relative gap (closest reading, as a share of the
            larger count) from which a discrepancy is medium or high.
    """

    vagueness: VaguenessPolicy = DEFAULT_POLICY
    window_days: int = attrs.field(default=7, validator=at_least(0))
    flow_horizon_days: int = attrs.field(default=366, validator=at_least(0))
    pledge_horizon_days: int = attrs.field(default=90, validator=at_least(0))
    bound_tolerance: float = attrs.field(default=0.25, validator=at_least(0))
    material_absolute: float = attrs.field(default=0.5, validator=at_least(0))
    material_points: float = attrs.field(default=1.0, validator=at_least(0))
    material_relative: float = attrs.field(default=0.03, validator=at_least(0))
    precision_share: float = attrs.field(default=0.05, validator=at_least(0))
    running_total_step_days: int = attrs.field(default=3, validator=at_least(1))
    severity_medium: float = 0.10
    severity_high: float = 0.30

    def severity(self, relative: float) -> Severity:
        """The severity of a relative gap (0 = none, 1 = one count is zero)."""
        if relative >= self.severity_high:
            return Severity.HIGH
        if relative >= self.severity_medium:
            return Severity.MEDIUM
        return Severity.LOW

    def slack(self, quantity: Quantity) -> float:
        """How much an unhedged figure in round digits may be off: 300,000 → 15,000.

        Half the place of its last significant digit, at most ``precision_share`` of it;
        0 for a hedged figure (its hedge already says how wide it is) and below 10.
        """
        value = quantity.value
        if quantity.qualifier is not Qualifier.EXACT or value is None or value < 10:
            return 0.0
        if value != int(value):
            return 0.0
        n, place = int(value), 1
        while n % 10 == 0:
            n //= 10
            place *= 10
        return min(place / 2, self.precision_share * value)

    def material(
        self, closest: float, larger: float, slack: float = 0.0, *, percent: bool = False
    ) -> bool:
        """Whether a gap whose smallest reading is ``closest`` is worth reporting.

        It must exceed ``material_absolute``, ``material_relative`` of the larger count
        (``larger``, its lowest reading) and the figures' precision ``slack``.
        """
        if math.isinf(larger):
            larger = closest
        absolute = self.material_points if percent else self.material_absolute
        return closest > max(absolute, self.material_relative * larger, slack)

    def lowered(self, severity: Severity, days: int) -> Severity:
        """A running-total severity lowered by one level per ``running_total_step_days``."""
        steps = -(-days // self.running_total_step_days)
        rank = max(0, severity.rank - steps)
        return next(s for s in Severity if s.rank == rank)
