"""The design's semantics, one behaviour at a time, on small hand-made claims."""

from __future__ import annotations

import pytest

from discrepancy import Policy, Severity
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    PartsExceedWhole,
    SelfContradiction,
    SourceDisagreement,
    StockFlowMismatch,
)

from .checking import flagged_together, kinds, resolver, run


def stock(id: str, value: object, day: str, who: str | None = "A", **more: object) -> dict:
    rec = {"id": id, "value": value, "metric": "political prisoners", "as_of": day}
    if who is not None:
        rec["claimant"] = who
    return rec | more


def flow(id: str, value: object, as_of: object, who: str | None = "A", **more: object) -> dict:
    rec = {"id": id, "value": value, "metric": "releases", "as_of": as_of}
    if who is not None:
        rec["claimant"] = who
    return rec | more


# --- comparability -------------------------------------------------------------------------


def test_metric_synonyms_meet_across_languages() -> None:
    report = run(
        {
            "id": "a",
            "value": 30,
            "metric": "people killed",
            "claimant": "Ministry",
            "as_of": "2025-03-01",
        },
        {"id": "b", "value": 50, "metric": "muertos", "claimant": "Monitor", "as_of": "2025-03-01"},
        {
            "id": "c",
            "value": "about 31",
            "metric": "death toll",
            "claimant": "Wire",
            "as_of": "2025-03-01",
        },
    )
    assert flagged_together(report, "a", "b")
    assert not flagged_together(report, "a", "c")
    assert {c.metric for c in report.claims} == {"deaths"}


@pytest.mark.parametrize("words", ["protesters", "demonstrators", "marchers", "crowd"])
def test_crowd_words_are_one_metric(words: str) -> None:
    report = run(
        {
            "id": "org",
            "value": 100_000,
            "metric": "participants",
            "claimant": "Organizers",
            "event": "march",
        },
        {"id": "pol", "value": 20_000, "metric": words, "claimant": "Police", "event": "march"},
    )
    assert flagged_together(report, "org", "pol")


def test_freed_released_excarcelados_are_releases() -> None:
    report = run(
        flow("a", 10, "2026-01-10", metric="freed", event="w"),
        flow("b", 30, "2026-01-10", who="B", metric="excarcelados", event="w"),
    )
    assert flagged_together(report, "a", "b")


def test_stocks_within_the_window_are_compared_and_beyond_it_not() -> None:
    records = [
        stock("a", 800, "2026-01-01"),
        stock("b", 1000, "2026-01-08", who="B"),
        stock("c", 1000, "2026-01-09", who="C"),
    ]
    report = run(*records)
    assert flagged_together(report, "a", "b")  # 7 days apart
    assert not flagged_together(report, "a", "c")  # 8 days apart
    wider = run(*records, policy=Policy(window_days=8))
    assert flagged_together(wider, "a", "c")


def test_scopes_must_fit() -> None:
    report = run(
        stock("a", 800, "2026-01-01", scope="Venezuela"),
        stock("b", 1000, "2026-01-01", who="B", scope="Nicaragua"),
        stock("c", 1000, "2026-01-01", who="C"),
    )
    assert not flagged_together(report, "a", "b")
    # a claim with no place against counts for two places is not one quantity
    assert not flagged_together(report, "a", "c")
    one_place = run(
        stock("a", 800, "2026-01-01", scope="Venezuela"),
        stock("c", 1000, "2026-01-01", who="C"),
    )
    assert flagged_together(one_place, "a", "c")  # an unknown scope may be the one place


def test_claims_years_apart_are_never_the_same_quantity() -> None:
    report = run(
        stock("old", 357, "2018-05-29"),
        stock("new", 800, "2025-12-26", who="B"),
        flow("f-old", 22, "2018-05-25"),
        flow("f-new", 5, "2025-12-30", who="B"),
    )
    assert report.discrepancies == ()


def test_units_are_compared_only_with_their_own() -> None:
    report = run(
        stock("pct", 120, "2026-01-01", unit="percent"),
        stock("n", 800, "2026-01-01", who="B"),
    )
    assert report.discrepancies == ()


# --- periods -------------------------------------------------------------------------------


def test_missing_as_of_is_taken_from_published_and_says_so() -> None:
    report = run(
        {"id": "s", "value": 5, "metric": "political prisoners", "published": "2026-01-20"},
        {"id": "f", "value": 5, "metric": "releases", "published": "2026-01-20"},
    )
    s, f = report.claim("s"), report.claim("f")
    assert s.as_of_inferred
    assert s.as_of is not None
    assert s.as_of.start == s.as_of.end
    assert f.as_of_inferred
    assert f.as_of is not None
    assert f.as_of.start is None


def test_flows_over_nested_periods_are_monotone() -> None:
    consistent = run(
        flow("since-jan", 266, {"start": "2026-01-08", "end": "2026-01-26"}),
        flow("since-dec", 383, {"start": "2025-12-01", "end": "2026-01-26"}, who="B"),
    )
    assert consistent.discrepancies == ()
    broken = run(
        flow("since-dec", 383, {"start": "2025-12-01", "end": "2026-01-26"}),
        flow("since-nov", 266, {"start": "2025-11-01", "end": "2026-01-26"}, who="B"),
    )
    [d] = broken.discrepancies
    assert isinstance(d, SourceDisagreement)
    assert d.nested_periods
    assert [p.ids for p in d.pairs] == [("since-nov", "since-dec")]


def test_partly_overlapping_flow_periods_are_not_compared() -> None:
    report = run(
        flow("a", 10, {"start": "2026-01-01", "end": "2026-01-10"}),
        flow("b", 900, {"start": "2026-01-05", "end": "2026-01-15"}, who="B"),
    )
    assert report.discrepancies == ()


def test_cumulative_counts_so_far() -> None:
    report = run(
        flow("early", 500, {"start": None, "end": "2026-01-10"}),
        flow("late", 300, {"start": None, "end": "2026-01-20"}, who="B"),
    )
    assert flagged_together(report, "early", "late")  # "so far" can only grow


def test_so_far_is_not_set_against_a_closed_period() -> None:
    report = run(
        flow("so-far", 41, {"start": None, "end": "2026-01-12"}),
        flow("last-year", "hundreds", {"start": "2025-01-01", "end": "2025-12-31"}, who="B"),
    )
    assert report.discrepancies == ()


def test_one_event_label_with_growing_counts_is_not_a_conflict() -> None:
    report = run(
        flow(
            "by-12",
            41,
            {"start": "2026-01-08", "end": "2026-01-12"},
            event="wave",
            status="confirmed",
        ),
        flow(
            "by-19",
            143,
            {"start": "2026-01-08", "end": "2026-01-19"},
            event="wave",
            status="registered",
        ),
    )
    assert report.discrepancies == ()


# --- hedges --------------------------------------------------------------------------------


def test_round_numbers_are_approximate() -> None:
    same = run(
        stock("words", "medio millón", "2026-01-01", metric="protesters"),
        stock("digits", "más de 500 mil", "2026-01-01", who="B", metric="protesters"),
    )
    assert same.discrepancies == ()
    differ = run(
        stock("round", "2,000", "2026-01-01", metric="arrests"),
        stock("over", "more than 2,400", "2026-01-01", who="B", metric="arrests"),
    )
    assert kinds(differ) == ["source_disagreement"]


def test_a_lower_bound_is_also_a_count() -> None:
    report = run(
        {
            "id": "min",
            "value": "at least 27",
            "metric": "dead",
            "claimant": "Ministry",
            "as_of": "2025-06-01",
        },
        {
            "id": "ngo",
            "value": 37,
            "metric": "deaths",
            "claimant": "Monitor",
            "as_of": "2025-06-01",
        },
    )
    [d] = report.discrepancies
    assert isinstance(d, SourceDisagreement)
    assert d.bound_consistent
    assert d.severity in (Severity.LOW, Severity.MEDIUM)
    assert "at least 27" in d.summary
    assert "37" in d.summary


def test_a_lower_bound_within_tolerance_is_fine() -> None:
    report = run(
        {
            "id": "min",
            "value": "at least 100",
            "metric": "dead",
            "claimant": "M",
            "as_of": "2025-06-01",
        },
        {"id": "ngo", "value": 104, "metric": "dead", "claimant": "N", "as_of": "2025-06-01"},
    )
    assert report.discrepancies == ()


def test_vague_amounts_compose() -> None:
    report = run(
        stock("tens", "decenas de miles", "2026-01-01", metric="protesters"),
        stock("fits", 50_000, "2026-01-01", who="B", metric="protesters"),
        stock("above", 150_000, "2026-01-01", who="C", metric="protesters"),
    )
    assert not flagged_together(report, "tens", "fits")
    assert flagged_together(report, "tens", "above")


# --- claimants -----------------------------------------------------------------------------


def test_revisions_are_not_contradictions() -> None:
    report = run(
        stock("first", 40_000, "2026-01-01", metric="displaced"),
        stock("revised", 36_000, "2026-01-03", metric="displaced", supersedes="first"),
    )
    assert report.discrepancies == ()
    assert report.claim("revised").supersedes == "first"


def test_same_claimant_conflict_is_a_self_contradiction() -> None:
    report = run(
        stock("a", "nearly 1,000", "2025-12-26", who=["Provea", "JEyP"]),
        stock("b", 1085, "2025-12-26", who="JEyP"),
    )
    [d] = report.discrepancies
    assert isinstance(d, SelfContradiction)
    assert d.claimant == "JEyP"


def test_unattributed_claims_are_the_outlets_own() -> None:
    report = run(
        stock("a", 720, "2026-01-01", who=None, outlet="El País"),
        stock("b", 1000, "2026-01-01", who=None, outlet="El País"),
        stock("c", 1000, "2026-01-01", who=None),
        stock("d", 500, "2026-01-01", who=None),
    )
    assert report.claim("a").claimant_is_outlet
    assert not report.claim("c").claimant_is_outlet
    by_kind = {d.kind.value: d for d in report.discrepancies}
    assert by_kind["self_contradiction"].claims == ("a", "b")
    # c and d have neither claimant nor outlet: two anonymous sources, not one
    assert flagged_together(report, "c", "d")
    assert isinstance(next(d for d in report.discrepancies if "d" in d.claims), SourceDisagreement)


# --- the other detectors ---------------------------------------------------------------------


def test_announced_vs_confirmed_with_a_wider_announcement() -> None:
    report = run(
        flow(
            "ann",
            808,
            {"start": "2025-12-01", "end": "2026-01-26"},
            who="Gov",
            status="announced",
            event="w",
        ),
        flow(
            "conf",
            143,
            {"start": "2026-01-08", "end": "2026-01-19"},
            who="NGO",
            status="confirmed",
            event="w",
        ),
    )
    [d] = report.discrepancies
    assert isinstance(d, AnnouncedVsConfirmed)
    assert d.period_mismatch
    assert "longer period" in d.summary


def test_confirmed_at_or_above_announced_is_fine() -> None:
    report = run(
        flow("ann", "nearly 100", "2025-12-25", who="Gov", status="announced", event="x"),
        flow("conf", 99, "2025-12-25", who="NGO", status="confirmed", event="x"),
    )
    assert report.discrepancies == ()


def test_stock_flow_with_inflows_and_someone_elses_flows() -> None:
    report = run(
        stock("s1", 800, "2026-01-01"),
        stock("s2", 900, "2026-01-20"),
        flow("out", 100, {"start": "2026-01-05", "end": "2026-01-10"}, who="B"),
        {
            "id": "in",
            "value": 50,
            "metric": "arrests",
            "claimant": "B",
            "as_of": {"start": "2026-01-05", "end": "2026-01-10"},
        },
    )
    [d] = [d for d in report.discrepancies if isinstance(d, StockFlowMismatch)]
    assert not d.same_claimant
    assert (d.expected.low, d.expected.high) == (750, 750)
    assert (d.residual.low, d.residual.high) == (150, 150)
    assert d.inflows == ("in",)
    assert d.outflows == ("out",)


def test_stock_flow_that_reconciles_is_silent() -> None:
    report = run(
        stock("s1", 800, "2026-01-01"),
        stock("s2", 700, "2026-01-20"),
        flow("out", 100, {"start": "2026-01-05", "end": "2026-01-10"}),
    )
    assert report.discrepancies == ()


def test_parts_exceed_whole() -> None:
    report = run(
        flow("whole", 99, "2025-12-25", event="x"),
        flow("men", "at least 65", "2025-12-25", event="x", part_of="whole"),
        flow("women", 30, "2025-12-25", event="x", part_of="whole"),
        flow("teens", 10, "2025-12-25", event="x", part_of="whole"),
    )
    [d] = [d for d in report.discrepancies if isinstance(d, PartsExceedWhole)]
    assert d.whole == "whole"
    assert set(d.parts) == {"men", "women", "teens"}
    assert d.excess.low == 6


def test_parts_that_fit_are_fine() -> None:
    report = run(
        flow("whole", 99, "2025-12-25", event="x"),
        flow("men", "at least 65", "2025-12-25", event="x", part_of="whole"),
        flow("women", "three", "2025-12-25", event="x", part_of="whole"),
    )
    assert report.discrepancies == ()


def test_dangling_references_are_reported_not_dropped() -> None:
    report = run(flow("part", 5, "2025-12-25", part_of="nowhere"))
    assert [c.id for c in report.claims] == ["part"]
    [err] = report.errors
    assert err.field == "part_of"
    assert err.record_id == "part"


# --- the report API -------------------------------------------------------------------------


def test_filters() -> None:
    report = run(
        stock("a", 800, "2026-01-01", who="Foro Penal"),
        stock("b", 1085, "2026-01-01", who="JEyP"),
        flow("ann", 99, "2025-12-25", who="Gov", status="announced", event="x"),
        flow("conf", 61, "2025-12-25", who="NGO", status="confirmed", event="x"),
    )
    assert len(report) == 2
    assert len(report.filter(kind="announced_vs_confirmed")) == 1
    assert len(report.filter(metric="political_prisoners")) == 1
    assert len(report.filter(claimant="jeyp")) == 1
    assert len(report.filter(severity="high")) == 1
    assert report.counts() == {"announced_vs_confirmed": 1, "source_disagreement": 1}
    assert "## 1." in report.to_markdown()
    assert report.to_text().startswith("2 discrepancies in 4 claims")


def test_spellings_of_an_unknown_org_are_one_claimant() -> None:
    report = run(
        stock("a", 100, "2026-01-01", who="Acme Watch"),
        stock("b", 300, "2026-01-01", who="ACME Watch's"),
        resolver=resolver(),
    )
    [d] = report.discrepancies
    assert isinstance(d, SelfContradiction)
    assert {ref.id for c in report.claims for ref in c.claimants} == {"provisional:acme-watch"}


@pytest.mark.parametrize("enabled", [True, False])
def test_check_restores_the_garbage_collector(enabled: bool) -> None:
    import gc

    (gc.enable if enabled else gc.disable)()
    try:
        run(stock("a", 800, "2026-01-01"), stock("b", 1085, "2026-01-01", who="B"))
        assert gc.isenabled() is enabled
    finally:
        gc.enable()
