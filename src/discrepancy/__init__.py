"""discrepancy: catch the gaps between numeric claims in the news.

>>> from discrepancy import Quantity
>>> Quantity.parse("more than 1,345").interval.low
1345.0
"""

from typing import TYPE_CHECKING, Any

from discrepancy.check import check
from discrepancy.claim import Claim, Evidence, Period, Status, StatusClass
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    Discrepancy,
    Gap,
    Kind,
    PartsExceedWhole,
    SelfContradiction,
    Severity,
    SourceDisagreement,
    StockFlowMismatch,
)
from discrepancy.errors import (
    DiscrepancyError,
    InputError,
    QuantityError,
    RecordError,
    UsageError,
)
from discrepancy.estimate import Estimate, EstimatePolicy, SourceRecord
from discrepancy.metrics import Metric, MetricKind, MetricRegistry
from discrepancy.orgs import Org, OrgKind, OrgRef, OrgRegistry, ResolutionMethod
from discrepancy.policy import Policy
from discrepancy.quantity import Interval, Qualifier, Quantity, VaguenessPolicy
from discrepancy.records import claim_to_record, read_claims
from discrepancy.report import Report

if TYPE_CHECKING:
    from discrepancy.extraction import extract, extract_paths
    from discrepancy.places import Gazetteer
    from discrepancy.resolver import OrgResolver, Resolution
    from discrepancy.serialize import converter

_LAZY = {
    "Gazetteer": "discrepancy.places",
    "OrgResolver": "discrepancy.resolver",
    "Resolution": "discrepancy.resolver",
    "converter": "discrepancy.serialize",
    "extract": "discrepancy.extraction",
    "extract_paths": "discrepancy.extraction",
}
"""Public names imported on first use, so that ``import discrepancy`` stays light."""


def __getattr__(name: str) -> Any:
    if name == "__version__":  # read from the package metadata on first use, not on import
        from importlib.metadata import version

        found = version("discrepancy")
        globals()["__version__"] = found
        return found
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'discrepancy' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "AnnouncedVsConfirmed",
    "Claim",
    "Discrepancy",
    "DiscrepancyError",
    "Estimate",
    "EstimatePolicy",
    "Evidence",
    "Gap",
    "Gazetteer",
    "InputError",
    "Interval",
    "Kind",
    "Metric",
    "MetricKind",
    "MetricRegistry",
    "Org",
    "OrgKind",
    "OrgRef",
    "OrgRegistry",
    "OrgResolver",
    "PartsExceedWhole",
    "Period",
    "Policy",
    "Qualifier",
    "Quantity",
    "QuantityError",
    "RecordError",
    "Report",
    "Resolution",
    "ResolutionMethod",
    "SelfContradiction",
    "Severity",
    "SourceDisagreement",
    "SourceRecord",
    "Status",
    "StatusClass",
    "StockFlowMismatch",
    "UsageError",
    "VaguenessPolicy",
    "__version__",
    "check",
    "claim_to_record",
    "converter",
    "extract",
    "extract_paths",
    "read_claims",
]
