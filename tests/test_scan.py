"""`discrepancy scan` on the seed articles finds the gaps `check` finds on the curated claims."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from discrepancy.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _report(args: list[str]) -> dict[str, Any]:
    out = io.StringIO()
    assert main([*args, "--format", "json"], out=out) == 0
    report: dict[str, Any] = json.loads(out.getvalue())
    return report


def _signatures(report: dict[str, Any]) -> set[tuple[str, float, float]]:
    """(kind, smaller count, larger count) of every conflicting pair, by the numbers stated."""
    low = {c["id"]: c["quantity"]["value"] or c["quantity"]["low"] for c in report["claims"]}
    found = set()
    for d in report["discrepancies"]:
        if d["kind"] == "announced_vs_confirmed":
            found.add((d["kind"], low[d["confirmed"]], low[d["announced"]]))
        for pair in d.get("pairs", ()):
            a, b = (pair["low"], pair["high"]) if isinstance(pair, dict) else pair
            found.add((d["kind"], *sorted((low[a], low[b]))))
    return found


@pytest.fixture(scope="module")
def scanned(seeds_dir: Path) -> set[tuple[str, float, float]]:
    return _signatures(
        _report(["scan", str(seeds_dir), "--manifest", str(ROOT / "seeds" / "documents.json")])
    )


@pytest.mark.parametrize(
    "signature",
    [
        ("announced_vs_confirmed", 41, 116),
        ("announced_vs_confirmed", 61, 99),
        ("announced_vs_confirmed", 33, 87),
        ("source_disagreement", 800, 1085),
        ("source_disagreement", 777, 1345),
        ("source_disagreement", 2000, 2400),
        ("self_contradiction", 1000, 1085),
    ],
)
def test_scan_finds_the_seed_gaps(scanned: set[tuple[str, float, float]], signature: tuple) -> None:
    assert signature in scanned


def test_scan_agrees_with_check_on_the_curated_claims(
    scanned: set[tuple[str, float, float]],
) -> None:
    curated = _signatures(_report(["check"]))
    assert curated <= scanned, sorted(curated - scanned)
