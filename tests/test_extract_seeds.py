"""The extractor against the curated seed claims (needs the articles in ../shared/seeds)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

pytestmark = pytest.mark.skipif(
    not SEEDS.is_dir(), reason=f"the seed articles are not at {SEEDS} (only in development and CI)"
)


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location(
        "extract_eval", REPO / "benchmarks" / "extract_eval.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out: dict[str, Any] = module.evaluate()
    return out


def test_values_and_qualifiers(result: dict[str, Any]) -> None:
    assert result["f1"] >= 0.95, result["missed_gold"] + result["spurious"]


@pytest.mark.parametrize(
    ("field", "target"),
    [
        # the seed figures stay as they are (issue 9): every claimant, status and metric
        ("claimant", 1.0),
        ("status", 1.0),
        ("metric", 1.0),
        # measured 0.842: 5 of the 6 periods missed rest on facts outside their article, the
        # sixth is a curator's reading of background (see docs/extract.md)
        ("as_of", 0.84),
    ],
)
def test_field_accuracy(result: dict[str, Any], field: str, target: float) -> None:
    assert result["accuracy"][field] >= target, result["field_errors"]


def test_as_of_end_dates(result: dict[str, Any]) -> None:
    assert result["as_of_end_accuracy"] >= 0.94  # measured 0.947 (36 of 38)
