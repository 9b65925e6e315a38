"""The detectors: pure functions of the comparable claims and the policy, one per kind."""

from __future__ import annotations

from collections.abc import Callable

from discrepancy.detectors import announced, contradiction, disagreement, parts, stockflow
from discrepancy.detectors._comparisons import Comparisons
from discrepancy.discrepancies import Discrepancy, Kind

__all__ = ["DETECTORS", "Comparisons", "Detector"]

Detector = Callable[[Comparisons], list[Discrepancy]]

DETECTORS: dict[Kind, Detector] = {
    Kind.ANNOUNCED_VS_CONFIRMED: announced.detect,
    Kind.SOURCE_DISAGREEMENT: disagreement.detect,
    Kind.SELF_CONTRADICTION: contradiction.detect,
    Kind.STOCK_FLOW_MISMATCH: stockflow.detect,
    Kind.PARTS_EXCEED_WHOLE: parts.detect,
}
