"""The report's version-2 parts: pairs with gaps, notes, revisions; version 1 still read."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import attrs

from discrepancy import Report, check, read_claims
from discrepancy.discrepancies import SourceDisagreement

from .checking import resolver, run


def _seed_report() -> Report:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, _ = read_claims(data, name="seed_claims.json")
    return check(claims, resolver=resolver())


def _as_version_1(doc: dict) -> dict:
    """What a version-1 report looked like: no notes, revisions, days or pair gaps."""
    doc = {k: v for k, v in doc.items() if k not in ("notes", "revisions")}
    doc["schema_version"] = 1
    for d in doc["discrepancies"]:
        d.pop("days_apart", None)
        d.pop("pairs_complete", None)
        if "pairs" in d:
            d["pairs"] = [[p["low"], p["high"]] for p in d["pairs"]]
    return doc


def test_version_1_reports_are_still_read() -> None:
    report = _seed_report()
    old = Report.from_json(json.dumps(_as_version_1(json.loads(report.to_json()))))
    assert old.schema_version == 1
    assert [d.id for d in old.discrepancies] == [d.id for d in report.discrepancies]
    for then, now in zip(old.discrepancies, report.discrepancies, strict=True):
        if isinstance(now, SourceDisagreement):
            assert isinstance(then, SourceDisagreement)
            assert [p.ids for p in then.pairs] == [p.ids for p in now.pairs]
            assert all(p.gap is None for p in then.pairs)
    assert old.notes == ()
    assert old.revisions == ()


def test_pairs_keep_their_gaps_in_json() -> None:
    report = run(
        {"id": "a", "value": 100, "metric": "injured", "claimant": "A", "as_of": "2025-01-01"},
        {"id": "b", "value": 300, "metric": "injured", "claimant": "B", "as_of": "2025-01-01"},
    )
    [d] = json.loads(report.to_json())["discrepancies"]
    [pair] = d["pairs"]
    assert (pair["low"], pair["high"]) == ("a", "b")
    assert pair["gap"]["absolute"] == {"low": 200, "high": 200}


def test_notes_and_revisions_travel_through_json() -> None:
    report = run(
        {"id": "a", "value": 9, "metric": "killed", "claimant": "A", "as_of": "2025-01-01",
         "event": "e"},
        {"id": "b", "value": 12, "metric": "killed", "claimant": "A", "as_of": "2025-01-03",
         "event": "e"},
        {"id": "c", "value": 4, "metric": "bridges down", "claimant": "C",
         "as_of": "2025-01-03"},
    )  # fmt: skip
    doc = json.loads(report.to_json())
    assert doc["schema_version"] == 3
    assert [r["claim"] for r in doc["revisions"]] == ["b"]
    assert {n["kind"] for n in doc["notes"]} == {"metric_compared_with_nothing"}
    assert Report.from_json(report.to_json()) == report


def test_the_cli_takes_user_places(tmp_path: Path) -> None:
    """A user's region inside a built-in country makes its count a part, not a rival."""
    import io

    from discrepancy.cli import main

    places = tmp_path / "places.json"
    places.write_text(
        json.dumps([{"id": "x-north", "name": "North Zone", "kind": "region", "parent": "VE"}]),
        encoding="utf-8",
    )
    claims = tmp_path / "claims.json"
    claims.write_text(
        json.dumps(
            [
                {
                    "id": "nation",
                    "value": 100,
                    "metric": "injured",
                    "scope": "Venezuela",
                    "claimant": "A",
                    "as_of": "2025-01-01",
                },
                {
                    "id": "north",
                    "value": 300,
                    "metric": "injured",
                    "scope": "North Zone",
                    "claimant": "B",
                    "as_of": "2025-01-01",
                },
            ]
        ),
        encoding="utf-8",
    )
    plain, with_places = io.StringIO(), io.StringIO()
    assert main(["check", str(claims), "--format", "json"], out=plain) == 0
    assert main(["--places", str(places), "check", str(claims), "--format", "json"],
                out=with_places) == 0  # fmt: skip
    assert json.loads(plain.getvalue())["discrepancies"] == []  # two unrelated scopes
    [d] = json.loads(with_places.getvalue())["discrepancies"]
    assert d["kind"] == "parts_exceed_whole"
    assert (d["whole"], d["parts"]) == ("nation", ["north"])


def _two_rival_counts() -> list:
    records = [
        {"id": "a", "value": 64, "metric": "deaths", "claimant": "Governor", "as_of": "2024-05-02"},
        {"id": "b", "value": 900, "metric": "deaths", "claimant": "Study", "as_of": "2024-05-02"},
    ]
    claims, errors = read_claims(json.dumps(records).encode(), name="rivals.json")
    assert not errors
    return list(claims)


def test_a_note_says_when_the_comparison_rules_withheld_every_pair() -> None:
    claims = _two_rival_counts()
    compared = check(claims, resolver=resolver())
    assert compared.discrepancies
    assert not compared.notes
    withheld = check(claims, resolver=resolver(), comparable=lambda a, b: False)
    assert not withheld.discrepancies
    [note] = withheld.notes
    assert "met others of the same metric, place and time" in note.message
    assert "withheld" in note.message


def test_a_note_says_no_claim_met_another_when_none_did() -> None:
    claims = _two_rival_counts()
    apart = [claims[0], attrs.evolve(claims[1], metric="injured")]
    report = check(apart, resolver=resolver(), comparable=lambda a, b: False)
    assert {n.message.split(" (")[0] for n in report.notes} == {
        "No claim of 'deaths'",
        "No claim of 'injured'",
    }
