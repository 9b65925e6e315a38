"""The examples a newcomer runs first (examples/, the README's tour) work through the CLI."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from .clirun import run_cli

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTICLES = EXAMPLES / "articles"
MANIFEST = ARTICLES / "manifest.json"


def test_the_examples_are_there() -> None:
    assert (EXAMPLES / "strike_claims.csv").is_file()
    names = {entry["file"] for entry in json.loads(MANIFEST.read_text("utf-8"))}
    assert names == {p.name for p in ARTICLES.glob("*.txt")}


def test_check_the_strike_claims(cli_env: dict[str, str]) -> None:
    done = run_cli(["check", str(EXAMPLES / "strike_claims.csv"), "--format", "json"], cli_env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    with (EXAMPLES / "strike_claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert doc["errors"] == []
    assert {c["id"] for c in doc["claims"]} == {r["id"] for r in rows}
    kinds = {d["kind"] for d in doc["discrepancies"]}
    assert {"announced_vs_confirmed", "source_disagreement"} <= kinds
    meets = {
        frozenset((pair["low"], pair["high"]) if isinstance(pair, dict) else pair)
        for d in doc["discrepancies"]
        for pair in d.get("pairs", ())
    }
    assert frozenset({"union-day1", "ministry-day1"}) in meets  # the union against the ministry
    assert frozenset({"organizers-march", "police-march"}) in meets


@pytest.mark.parametrize("fmt", ["text", "markdown", "jsonl"])
def test_check_the_strike_claims_in_every_format(fmt: str, cli_env: dict[str, str]) -> None:
    done = run_cli(["check", str(EXAMPLES / "strike_claims.csv"), "--format", fmt], cli_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert done.stderr == ""


def test_extract_the_articles(cli_env: dict[str, str]) -> None:
    done = run_cli(["extract", str(ARTICLES), "--manifest", str(MANIFEST)], cli_env)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["evidence"]["doc"] for r in records} == {"courier_strike.txt", "eco_huelga.txt"}
    assert {r["outlet"] for r in records} == {"Daily Courier", "El Eco"}
    assert all(r["published"] == "2026-03-13" for r in records)


def test_extracted_claims_check_cleanly(tmp_path: Path, cli_env: dict[str, str]) -> None:
    done = run_cli(["extract", str(ARTICLES), "--manifest", str(MANIFEST)], cli_env)
    path = tmp_path / "claims.jsonl"
    path.write_text(done.stdout, encoding="utf-8")
    checked = run_cli(["check", str(path)], cli_env)
    assert checked.returncode == 0, checked.stderr


def test_scan_the_articles(cli_env: dict[str, str]) -> None:
    done = run_cli(
        ["scan", str(ARTICLES), "--manifest", str(MANIFEST), "--format", "json"], cli_env
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["errors"] == []
    assert {c["evidence"]["doc"] for c in doc["claims"]} == {"courier_strike.txt", "eco_huelga.txt"}


def test_scan_without_manifest_reads_only_the_articles(cli_env: dict[str, str]) -> None:
    done = run_cli(["scan", str(ARTICLES), "--format", "json"], cli_env)
    assert done.returncode == 0, done.stderr
    docs = {c["evidence"]["doc"] for c in json.loads(done.stdout)["claims"]}
    assert docs <= {"courier_strike.txt", "eco_huelga.txt"}  # never manifest.json
