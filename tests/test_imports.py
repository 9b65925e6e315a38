"""The public surface, pinned (as click's tests/test_imports.py pins its own).

A name added to or dropped from ``discrepancy.__all__`` fails here until this list is changed
with it: the change is then a decision, visible in review, not an accident of an import.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import discrepancy

PUBLIC = {
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
}

# Imported only on first use, so that ``import discrepancy`` stays light.
LAZY = {"Gazetteer", "OrgResolver", "Resolution", "converter", "extract", "extract_paths"}

ROOT = Path(__file__).resolve().parents[1]


def test_all_is_pinned() -> None:
    assert set(discrepancy.__all__) == PUBLIC
    assert len(discrepancy.__all__) == len(PUBLIC), "a name is listed twice"


def test_every_public_name_resolves_to_its_home() -> None:
    assert str(discrepancy.Discrepancy).count("discrepancy.discrepancies.") == 5  # a union
    assert type(discrepancy.converter).__module__.startswith("cattrs")
    for name in PUBLIC - {"__version__", "converter", "Discrepancy"}:
        value = getattr(discrepancy, name)
        assert value.__module__.startswith("discrepancy."), name


def test_lazy_names_are_not_imported_by_the_package() -> None:
    code = "import discrepancy; print(sorted(set(vars(discrepancy)) & set({names!r})))"
    done = subprocess.run(
        [sys.executable, "-c", code.format(names=sorted(LAZY))],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_the_docs_import_only_what_the_package_exports() -> None:
    """Every ``from discrepancy import ...`` in the docs and README names a public name."""
    pages = [*ROOT.glob("docs/**/*.md"), ROOT / "README.md"]
    found = re.compile(r"from discrepancy import ([\w, ]+)")
    imported = {
        name.strip()
        for page in pages
        for names in found.findall(page.read_text(encoding="utf-8"))
        for name in names.split(",")
    }
    assert imported, "no 'from discrepancy import' found in the docs"
    assert imported <= PUBLIC, sorted(imported - PUBLIC)


def test_every_exported_class_has_a_docstring() -> None:
    undocumented = [
        name
        for name in PUBLIC - {"__version__", "converter"}
        if isinstance(getattr(discrepancy, name), type)
        and not (getattr(discrepancy, name).__doc__ or "").strip()
    ]
    assert undocumented == []
