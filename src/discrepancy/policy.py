"""Every threshold of a check in one frozen object; the detectors hold no numbers of their own."""

from __future__ import annotations

import attrs

from discrepancy.discrepancies import Severity
from discrepancy.quantity import DEFAULT_POLICY, VaguenessPolicy

__all__ = ["Policy"]


@attrs.frozen(kw_only=True)
class Policy:
    """How ``check`` reads and compares claims.

    Attributes:
        vagueness: how wide each hedge is (used when records are read).
        window_days: stock counts whose dates lie at most this far apart describe the same
            quantity.
        flow_horizon_days: flows without an event label are compared (equal or nested
            periods) only when their periods end at most this far apart: claims years apart
            are never the same quantity.
        bound_tolerance: a count above another claimant's "at least n" by more than this
            share of n is reported as a disagreement (``bound_consistent``).
        severity_medium, severity_high: the relative gap (closest reading, as a share of the
            larger count) from which a discrepancy is medium or high.
    """

    vagueness: VaguenessPolicy = DEFAULT_POLICY
    window_days: int = attrs.field(default=7, validator=attrs.validators.ge(0))
    flow_horizon_days: int = attrs.field(default=366, validator=attrs.validators.ge(0))
    bound_tolerance: float = attrs.field(default=0.05, validator=attrs.validators.ge(0))
    severity_medium: float = 0.10
    severity_high: float = 0.30

    def severity(self, relative: float) -> Severity:
        """The severity of a relative gap (0 = none, 1 = one count is zero)."""
        if relative >= self.severity_high:
            return Severity.HIGH
        if relative >= self.severity_medium:
            return Severity.MEDIUM
        return Severity.LOW
