"""Estimates in the report: check(estimates=True), JSON (schema 2), JSON Lines, text, CLI."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import attrs
from jsonschema import Draft202012Validator, FormatChecker

from discrepancy import Report, check, read_claims
from discrepancy.cli import main
from discrepancy.estimate import EstimatePolicy, Method


def _seed_claims() -> list[Any]:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, errors = read_claims(data, name="seed_claims.json")
    assert not errors
    return claims


def _validator() -> Draft202012Validator:
    text = resources.files("discrepancy").joinpath("data/report.schema.json").read_text("utf-8")
    return Draft202012Validator(json.loads(text), format_checker=FormatChecker())


def test_check_with_estimates_equals_estimating_after(resolver: Any) -> None:
    claims = _seed_claims()
    at_once = check(claims, resolver=resolver, estimates=True)
    after = check(claims, resolver=resolver).with_estimates()
    assert at_once == after
    assert at_once.estimates
    assert at_once.sources
    assert check(claims, resolver=resolver).estimates is None


def test_estimate_settings_travel_through_check(resolver: Any) -> None:
    claims = _seed_claims()
    settings = EstimatePolicy(method=Method.CHI2, min_claims=1)
    report = check(claims, resolver=resolver, estimates=settings)
    assert report == check(claims, resolver=resolver).with_estimates(settings=settings)
    assert report.estimates is not None
    assert len(report.estimates) > len(
        check(claims, resolver=resolver, estimates=True).estimates or ()
    )


def test_seed_estimates_round_trip_and_validate(resolver: Any) -> None:
    report = check(_seed_claims(), resolver=resolver, estimates=True)
    text = report.to_json()
    assert Report.from_json(text) == report
    doc = json.loads(text)
    assert doc["schema_version"] == 3
    keys = list(doc)
    assert keys.index("sources") == keys.index("estimates") + 1
    errors = sorted(_validator().iter_errors(doc), key=str)
    assert not errors, errors[0]
    doc["estimates"][0]["left_out"] = [{"claim": "x", "reason": "rumour", "by": None}]
    assert not _validator().is_valid(doc)


def test_estimates_do_not_depend_on_claim_order(resolver: Any) -> None:
    claims = _seed_claims()
    forward = check(claims, resolver=resolver, estimates=True).to_json()
    assert check(list(reversed(claims)), resolver=resolver, estimates=True).to_json() == forward


def test_a_version_1_report_still_reads(resolver: Any) -> None:
    report = check(_seed_claims(), resolver=resolver)
    doc = json.loads(report.to_json())
    doc["schema_version"] = 1
    assert "estimates" not in doc
    old = Report.from_json(json.dumps(doc))
    assert old.schema_version == 1
    assert old.estimates is None
    assert old.sources is None
    assert attrs.evolve(old, schema_version=3) == report


def test_jsonl_lists_estimates_and_sources_last(resolver: Any) -> None:
    report = check(_seed_claims(), resolver=resolver, estimates=True)
    kinds = [json.loads(line)["kind"] for line in report.to_jsonl().splitlines()]
    assert kinds.count("estimate") == len(report.estimates or ())
    assert kinds.count("source") == len(report.sources or ())
    assert kinds[-1] == "source"
    assert "estimate" not in check(_seed_claims(), resolver=resolver).to_jsonl()


def test_text_and_markdown_show_estimates_only_when_asked(resolver: Any) -> None:
    plain = check(_seed_claims(), resolver=resolver)
    assert "Estimates" not in plain.to_text()
    assert "## Estimates" not in plain.to_markdown()
    report = plain.with_estimates()
    text, md = report.to_text(), report.to_markdown()
    assert report.estimates is not None
    for est in report.estimates:
        assert est.summary in text
        assert est.summary in md
    assert "## Sources" in md
    assert "| Foro Penal | 14 |" in md


def test_cli_check_estimates(capsys: Any) -> None:
    assert main(["check", "--estimates", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["estimates"]
    assert doc["sources"]
    assert main(["check", "--format", "json"]) == 0
    assert "estimates" not in json.loads(capsys.readouterr().out)
    assert main(["check", "--estimates"]) == 0
    assert "Estimates (" in capsys.readouterr().out


def test_estimate_sections_escape_what_comes_from_input() -> None:
    records = [
        {
            "id": "a",
            "value": 10,
            "metric": "deaths",
            "claimant": "<b>Pipe|Co</b>",
            "as_of": "2026-05-03",
        },
        {
            "id": "b",
            "value": 11,
            "metric": "deaths",
            "claimant": "Other\x1b[31m",
            "as_of": "2026-05-03",
        },
    ]
    claims, errors = read_claims(records)
    assert not errors
    report = check(claims, estimates=True)
    assert report.estimates
    md = report.to_markdown()
    assert "<b>" not in md
    assert "Pipe|Co" not in md
    assert "\x1b" not in report.to_text()


def test_check_builds_each_estimate_when_it_is_read(resolver: Any) -> None:
    """``check``'s estimates are a sequence built on reading (issue 12, cost), that behaves
    as the tuple of its estimates: the same values in the same order, however read."""
    import pickle

    from discrepancy.estimate import LazyEstimates

    claims = _seed_claims()
    lazy = check(claims, resolver=resolver, estimates=True).estimates
    assert isinstance(lazy, LazyEstimates)
    kept = tuple(lazy)
    assert len(kept) == len(lazy) > 2
    assert lazy == kept
    assert kept == lazy
    assert lazy == list(kept)
    assert lazy != kept[1:]
    assert lazy != kept[::-1]
    assert lazy != "not estimates"
    assert hash(lazy) == hash(kept)
    assert [lazy[k] for k in range(len(lazy))] == list(kept)
    assert lazy[-1] == kept[-1]
    assert lazy[1:3] == kept[1:3]
    assert lazy[0] == lazy[0]
    assert lazy[0] is not lazy[0]
    assert pickle.loads(pickle.dumps(lazy)) == kept
    assert repr(lazy) == repr(kept)
    assert [e.id for e in lazy] == [e.id for e in kept]
    # the order is the report's: by metric, scope, last day and id
    keys = [
        (e.metric, e.scope or "", e.period.end.toordinal() if e.period else 0, e.id) for e in kept
    ]
    assert keys == sorted(keys)


def _unusual_estimates() -> list[Any]:
    """Estimates with every shape a field can take: open and unbounded intervals, no floor
    and an open one, claims left out (with and without ``by``), an open-start period,
    fractional numbers, quotes and non-ASCII text."""
    import datetime as dt

    from discrepancy.claim import Period
    from discrepancy.estimate import Estimate, Exclusion, Floor, LeftOut, Vote
    from discrepancy.quantity import Interval

    open_iv = Interval(low=12.5, high=float("inf"), low_open=True)
    closed = Interval(low=0, high=40, high_open=True)
    vote = Vote(claimants=("a", 'b"ñ'), claims=("c1", "c2"), interval=open_iv, weight=0.333,
                agrees=False)  # fmt: skip
    full = Estimate(
        id="e-1", metric="deaths", unit="people", scope="Año \\ “Región”", event="x\ny",
        period=Period(start=None, end=dt.date(2026, 1, 2)), claims=("c1", "c2", "c3"),
        floor=Floor(value=12.5, open=True, claim="c1"), consistent=closed, agree=1,
        independent=2, central=20.25, votes=(vote, vote),
        left_out=(LeftOut(claim="c3", reason=Exclusion.SUPERSEDED, by="c4"),
                  LeftOut(claim="c5", reason=Exclusion.ANNOUNCED)),
        summary="Deaths — “about” 20.",
    )  # fmt: skip
    bare = attrs.evolve(
        full, scope=None, event=None, period=Period.on(dt.date(2026, 1, 3)), floor=None,
        consistent=None, central=None, votes=(), left_out=(),
    )  # fmt: skip
    whole = attrs.evolve(full, central=34.0, floor=Floor(value=3.0, claim="c2"))
    return [full, bare, whole]


def test_estimate_lines_are_the_converters_json(resolver: Any) -> None:
    # the report writes estimates straight from their fields: the same text as encoding
    # what the converter makes of them
    from discrepancy.serialize import _LINE_ENCODER, estimate_line_writer, to_json_data

    report = check(_seed_claims(), resolver=resolver, estimates=True)
    assert report.estimates
    line = estimate_line_writer()
    for est in [*report.estimates, *_unusual_estimates()]:
        assert line(est) == _LINE_ENCODER.encode(to_json_data(est))
    written = attrs.evolve(report, estimates=_unusual_estimates()).to_json()
    assert Report.from_json(written).estimates == tuple(_unusual_estimates())
