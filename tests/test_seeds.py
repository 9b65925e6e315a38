"""The curated seed claims against the five articles they were taken from."""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from discrepancy._numbers import fold

ROOT = Path(__file__).resolve().parents[1]


def _records() -> list[dict[str, Any]]:
    text = resources.files("discrepancy").joinpath("data/seed_claims.json").read_text("utf-8")
    records: list[dict[str, Any]] = json.loads(text)
    return records


def _documents() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = json.loads((ROOT / "seeds" / "documents.json").read_text("utf-8"))
    return docs


def _spellings(value: object) -> list[str]:
    """How the number of a record may be written in the article."""
    if isinstance(value, str):
        return [fold(value)]
    assert isinstance(value, int | float)
    n = int(value)
    if n == 0:
        return ["no ", "none", "zero", "ningun"]  # "no new releases"
    return [f"{n:,}", f"{n:,}".replace(",", "."), str(n)]


def test_the_bundled_claims_are_the_seed_claims() -> None:
    assert (ROOT / "seeds" / "claims.json").read_text("utf-8") == json.dumps(
        _records(), indent=2, ensure_ascii=False
    ) + "\n"


@pytest.mark.parametrize("record", _records(), ids=lambda r: r["id"])
def test_every_span_states_its_number(record: dict[str, Any], seeds_dir: Path) -> None:
    evidence = record["evidence"]
    text = (seeds_dir / evidence["doc"]).read_text("utf-8")
    span = fold(text[evidence["start"] : evidence["end"]])
    assert any(s in span for s in _spellings(record["value"])), (record["value"], span)


def test_documents_manifest_matches_the_files(seeds_dir: Path) -> None:
    docs = _documents()
    assert sorted(d["file"] for d in docs) == sorted(p.name for p in seeds_dir.glob("*.txt"))
    for doc in docs:
        digest = hashlib.sha256((seeds_dir / doc["file"]).read_bytes()).hexdigest()
        assert doc["sha256"] == digest, doc["file"]


def test_claims_carry_their_documents_publication_date() -> None:
    published = {d["file"]: d["published"] for d in _documents()}
    for record in _records():
        assert record["published"] == published[record["evidence"]["doc"]], record["id"]


def test_the_seed_readme_lists_every_document() -> None:
    readme = (ROOT / "seeds" / "README.md").read_text("utf-8")
    for doc in _documents():
        assert doc["file"] in readme
