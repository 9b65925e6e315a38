"""Issue 8's rules, each with invented English and Spanish examples and a property.

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Policy, Severity
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    PartsExceedWhole,
    SelfContradiction,
    SourceDisagreement,
)
from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.notes import NoteKind

from .checking import flagged_together, kinds, run

# --- 1. materiality ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "bound"),
    [("300,000", "more than 300,000"), ("300.000", "más de 300.000")],
)
def test_a_bound_that_touches_a_figure_is_not_a_gap(stated: str, bound: str) -> None:
    report = run(
        {"id": "org", "value": stated, "metric": "protesters", "claimant": "Organizers",
         "event": "march"},
        {"id": "paper", "value": bound, "metric": "manifestantes", "claimant": "Diario",
         "event": "march"},
    )  # fmt: skip
    assert report.discrepancies == ()


def test_a_gap_below_the_precision_of_round_figures_is_not_one() -> None:
    base = {"metric": "protesters", "event": "rally"}
    close = run(
        {"id": "a", "value": "300,000", "claimant": "Union", **base},
        {"id": "b", "value": "310,000", "claimant": "Police", **base},
    )
    assert close.discrepancies == ()
    far = run(
        {"id": "a", "value": "300,000", "claimant": "Union", **base},
        {"id": "b", "value": "250,000", "claimant": "Police", **base},
    )
    assert flagged_together(far, "a", "b")


def test_the_relative_tolerance_is_a_policy_setting() -> None:
    records = [
        {"id": "a", "value": 1000, "qualifier": "exact", "metric": "muertos",
         "claimant": "Ministerio", "as_of": "2025-03-01"},
        {"id": "b", "value": 1020, "qualifier": "exact", "metric": "muertos",
         "claimant": "ONG", "as_of": "2025-03-01"},
    ]  # fmt: skip
    assert run(*records).discrepancies == ()
    strict = run(*records, policy=Policy(material_relative=0.0, precision_share=0.0))
    assert flagged_together(strict, "a", "b")


def test_no_summary_says_zero_apart() -> None:
    report = run(
        {"id": "a", "value": "fewer than 10", "metric": "injured", "claimant": "A",
         "as_of": "2025-01-01"},
        {"id": "b", "value": 10, "qualifier": "exact", "metric": "injured", "claimant": "B",
         "as_of": "2025-01-01"},
    )  # fmt: skip
    assert all(not re.search(r"(?<![\d,.])0 apart", d.summary) for d in report.discrepancies)
    assert report.discrepancies == ()


def _sig(n: int, digits: int) -> int:
    return int(float(f"{n:.{digits - 1}e}"))


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(st.integers(100, 10_000_000), st.integers(2, 4), st.sampled_from(["", "about "]))
def test_a_restatement_at_another_precision_never_conflicts(
    n: int, digits: int, hedge: str
) -> None:
    rounded = _sig(n, digits)
    report = run(
        {"id": "a", "value": n, "qualifier": "exact", "metric": "displaced", "claimant": "UN",
         "as_of": "2025-05-01"},
        {"id": "b", "value": f"{hedge}{rounded:,}", "metric": "desplazados",
         "claimant": "Gobierno", "as_of": "2025-05-02"},
    )  # fmt: skip
    assert report.discrepancies == (), report.discrepancies[0].summary


# --- 2. metrics the registry does not know ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("prisoner releases", "releases"),
        ("presos excarcelados", "releases"),
        ("homicidios en las protestas", "homicides"),
        ("homicides during the protests", "homicides"),
        ("the number of people killed", "deaths"),
        ("cifra de muertos en la marcha", "deaths"),
        ("protesters killed", "deaths"),
        ("manifestantes detenidos", "arrests"),
        ("detenidos por motivos políticos en Caracas", "political_prisoners"),
        ("civilian deaths", "civilian-deaths"),  # a restricting modifier: its own metric
        ("muertes de civiles", "muertes-de-civiles"),
    ],
)
def test_metric_text_by_head_noun_and_modifiers(text: str, metric: str) -> None:
    assert MetricRegistry.builtin().normalize(text) == metric


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("striking dockers", MetricKind.FLOW),
        ("estibadores en huelga", MetricKind.FLOW),
        ("evacuated residents", MetricKind.FLOW),
        ("personas evacuadas", MetricKind.FLOW),
        ("hospital beds", MetricKind.STOCK),
    ],
)
def test_unknown_metrics_named_by_an_event_noun_are_flows(text: str, kind: MetricKind) -> None:
    metrics = MetricRegistry.builtin()
    assert metrics.kind(metrics.normalize(text)) is kind


@pytest.mark.parametrize(
    ("day", "since"),
    [("prisoner releases", "releases"), ("presos excarcelados", "excarcelaciones")],
)
def test_a_day_count_and_a_count_since_are_not_a_self_contradiction(day: str, since: str) -> None:
    report = run(
        {"id": "day", "value": 15, "metric": day, "claimant": "Monitor",
         "as_of": {"start": "2025-03-03", "end": "2025-03-03"}},
        {"id": "since", "value": 260, "metric": since, "claimant": "Monitor",
         "as_of": {"start": "2025-02-10", "end": "2025-03-03"}},
    )  # fmt: skip
    assert report.discrepancies == ()


def test_an_unknown_metric_counted_over_days_is_a_flow() -> None:
    report = run(
        {"id": "day", "value": 15, "metric": "tractors seized", "claimant": "Farm Union",
         "as_of": {"start": "2025-03-03", "end": "2025-03-03"}},
        {"id": "since", "value": 260, "metric": "tractors seized", "claimant": "Farm Union",
         "as_of": {"start": "2025-02-10", "end": "2025-03-03"}},
    )  # fmt: skip
    assert report.discrepancies == ()


def test_notes_list_lonely_metrics_and_names_that_look_alike() -> None:
    report = run(
        {"id": "es", "value": 5000, "metric": "docentes en paro", "claimant": "Sindicato",
         "event": "paro"},
        {"id": "en", "value": 1200, "metric": "striking teachers", "claimant": "Ministry",
         "event": "paro"},
        {"id": "beds", "value": 40, "metric": "hospital beds", "claimant": "Clinic",
         "as_of": "2025-01-01"},
    )  # fmt: skip
    assert report.discrepancies == ()
    lonely = {n.metrics[0] for n in report.notes if n.kind is NoteKind.METRIC_COMPARED_WITH_NOTHING}
    assert lonely == {"docentes-en-paro", "striking-teachers", "hospital-beds"}
    [alike] = [n for n in report.notes if n.kind is NoteKind.METRICS_LOOK_ALIKE]
    assert set(alike.metrics) == {"docentes-en-paro", "striking-teachers"}
    assert "docentes en paro" in report.to_text()
    assert "## Notes" in report.to_markdown()


def test_strikers_in_either_language_are_one_metric() -> None:
    report = run(
        {"id": "union", "value": "10 millones", "metric": "huelguistas", "claimant": "CCOO",
         "event": "huelga"},
        {"id": "gov", "value": 2_000_000, "metric": "striking workers", "claimant": "Ministry",
         "event": "huelga"},
    )  # fmt: skip
    assert flagged_together(report, "union", "gov")


_SYNONYMS = sorted(
    {(text, m.id) for m in MetricRegistry.builtin() for text in m.synonyms if len(text) > 3}
)


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(
    st.sampled_from(_SYNONYMS),
    st.sampled_from(["", "the number of ", "cifra de ", "total "]),
    st.sampled_from(["", " in the capital", " durante la marcha", " en el estado Zulia"]),
)
def test_framing_words_never_change_the_metric(
    synonym: tuple[str, str], before: str, after: str
) -> None:
    text, metric = synonym
    metrics = MetricRegistry.builtin()
    assert metrics.normalize(f"{before}{text}{after}") == metric
    assert metrics.normalize(metric) == metric


# --- 3. parts are still counts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("part", "whole", "ngo"),
    [("homicides", "deaths", "homicides"), ("homicidios", "muertes", "homicidios")],
)
def test_a_part_of_another_metric_is_still_a_count(part: str, whole: str, ngo: str) -> None:
    report = run(
        {"id": "all", "value": "at least 31", "metric": whole, "claimant": "Prosecutors",
         "event": "unrest"},
        {"id": "part", "value": 14, "metric": part, "claimant": "Prosecutors",
         "event": "unrest", "part_of": "all"},
        {"id": "ngo", "value": 45, "metric": ngo, "claimant": "Rights Group",
         "event": "unrest"},
    )  # fmt: skip
    assert flagged_together(report, "part", "ngo")
    assert not flagged_together(report, "part", "all")


def test_slices_of_a_whole_are_not_totals() -> None:
    report = run(
        {"id": "wave", "value": 99, "metric": "releases", "claimant": "Gov", "event": "w"},
        {"id": "women", "value": 30, "metric": "releases", "claimant": "Gov", "event": "w",
         "part_of": "wave"},
        {"id": "ngo", "value": 97, "metric": "liberados", "claimant": "ONG", "event": "w"},
    )  # fmt: skip
    assert report.discrepancies == ()


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(st.integers(1, 500), st.integers(1, 500), st.booleans())
def test_naming_a_whole_never_hides_a_conflict(ours: int, theirs: int, spanish: bool) -> None:
    metric = "homicidios" if spanish else "homicides"
    records: list[dict[str, Any]] = [
        {"id": "whole", "value": 1000, "metric": "deaths", "claimant": "P", "event": "e"},
        {"id": "part", "value": ours, "metric": metric, "claimant": "P", "event": "e"},
        {"id": "other", "value": theirs, "metric": metric, "claimant": "N", "event": "e"},
    ]
    plain = flagged_together(run(*records), "part", "other")
    records[1] = {**records[1], "part_of": "whole"}
    assert flagged_together(run(*records), "part", "other") == plain


# --- 4. running totals ------------------------------------------------------------------------


@pytest.mark.parametrize("metric", ["dead", "muertos"])
def test_running_totals_days_apart_are_compared_with_the_days_said(metric: str) -> None:
    report = run(
        {"id": "mar5", "value": 2400, "metric": metric, "claimant": "Health Ministry",
         "as_of": "2025-03-05", "event": "quake"},
        {"id": "mar8", "value": 3900, "metric": metric, "claimant": "Civil Defense",
         "as_of": "2025-03-08", "event": "quake"},
    )  # fmt: skip
    [d] = report.discrepancies
    assert isinstance(d, SourceDisagreement)
    assert d.days_apart == 3
    assert "3 days apart" in d.summary
    assert d.severity is Severity.MEDIUM  # 38%: high on one day, one level lower


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(st.integers(0, 7))
def test_severity_never_grows_with_the_days_between_running_totals(days: int) -> None:
    def severity(gap_days: int) -> int:
        end = dt.date(2025, 3, 1) + dt.timedelta(days=gap_days)
        report = run(
            {"id": "a", "value": 1000, "metric": "killed", "claimant": "A", "as_of": "2025-03-01"},
            {"id": "b", "value": 2000, "metric": "killed", "claimant": "B",
             "as_of": end.isoformat()},
        )  # fmt: skip
        return max((d.severity.rank for d in report.discrepancies), default=-1)

    assert severity(days + 1) <= severity(days)


@pytest.mark.parametrize(
    ("released", "verified"), [("released", "releases"), ("excarcelados", "excarcelaciones")]
)
def test_an_announced_total_so_far_against_a_confirmed_sub_period(
    released: str, verified: str
) -> None:
    report = run(
        {"id": "gov", "value": 640, "metric": released, "claimant": "Government",
         "status": "announced", "as_of": {"start": None, "end": "2025-07-01"}},
        {"id": "ngo", "value": 290, "metric": verified, "claimant": "Monitor",
         "status": "verified", "as_of": {"start": "2025-06-01", "end": "2025-06-30"}},
    )  # fmt: skip
    [d] = report.discrepancies
    assert isinstance(d, AnnouncedVsConfirmed)
    assert d.period_mismatch
    assert d.severity in (Severity.LOW, Severity.MEDIUM)
    assert "shorter period" in d.summary


# --- 5. pledges are targets -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pledged", "done"), [("releases", "released"), ("excarcelaciones", "excarcelados")]
)
def test_a_pledge_is_set_against_what_was_done(pledged: str, done: str) -> None:
    report = run(
        {"id": "pledge", "value": 400, "metric": pledged, "claimant": "Government",
         "status": "pledged", "as_of": "2025-03-01"},
        {"id": "done", "value": 95, "metric": done, "claimant": "Red Cross",
         "status": "carried_out", "as_of": "2025-03-10"},
    )  # fmt: skip
    assert kinds(report) == ["announced_vs_confirmed"]
    [d] = report.discrepancies
    assert "longer period" not in d.summary
    assert d.unconfirmed.low == 305


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(st.integers(1, 1000), st.integers(1, 1000), st.integers(0, 60))
def test_a_pledge_is_never_a_count_over_a_period(pledge: int, done: int, days: int) -> None:
    end = dt.date(2025, 3, 1) + dt.timedelta(days=days)
    report = run(
        {"id": "pledge", "value": pledge, "metric": "releases", "claimant": "Gov",
         "status": "pledged", "as_of": "2025-03-01"},
        {"id": "done", "value": done, "metric": "releases", "claimant": "NGO",
         "status": "carried_out", "as_of": end.isoformat()},
    )  # fmt: skip
    assert set(kinds(report)) <= {"announced_vs_confirmed"}


# --- 6. places nest ---------------------------------------------------------------------------


class _Place:
    def __init__(self, id: str) -> None:
        self.id = id
        self.kind = "city" if id.startswith("city:") else ("region" if "-" in id else "country")


class Atlas:
    """A tiny gazetteer for the tests: a country, two states, a city."""

    NAMES: ClassVar[dict[str, str]] = {
        "mexico": "MX", "méxico": "MX", "jalisco": "MX-JAL", "estado de jalisco": "MX-JAL",
        "sonora": "MX-SON", "guadalajara": "city:MX:guadalajara",
    }  # fmt: skip
    PARENTS: ClassVar[dict[str, str]] = {
        "MX-JAL": "MX",
        "MX-SON": "MX",
        "city:MX:guadalajara": "MX-JAL",
    }

    def resolve(self, text: str, *, country: str | None = None) -> _Place | None:
        found = self.NAMES.get(text.casefold())
        return _Place(found) if found is not None else None

    def get(self, place_id: str) -> _Place | None:
        return _Place(place_id) if place_id in {*self.NAMES.values()} else None

    def ancestors(self, place_id: str) -> tuple[str, ...]:
        out = []
        while place_id in self.PARENTS:
            place_id = self.PARENTS[place_id]
            out.append(place_id)
        return tuple(out)


def _at(id: str, value: int, scope: str | None, who: str, **more: Any) -> dict[str, Any]:
    rec = {"id": id, "value": value, "qualifier": "exact", "metric": "desplazados",
           "claimant": who, "as_of": "2025-09-01"}  # fmt: skip
    if scope is not None:
        rec["scope"] = scope
    return rec | more


def test_a_place_inside_another_is_a_part_not_the_same_quantity() -> None:
    report = run(
        _at("nation", 1000, "México", "Gobierno"),
        _at("jal", 700, "estado de Jalisco", "ONG"),
        _at("son", 600, "Sonora", "ONG"),
        _at("gdl", 650, "Guadalajara", "Ciudad"),
        gazetteer=Atlas(),
    )
    assert not any(isinstance(d, SourceDisagreement) for d in report.discrepancies)
    [d] = [d for d in report.discrepancies if isinstance(d, PartsExceedWhole)]
    assert d.whole == "nation"
    assert set(d.parts) == {"jal", "son"}  # Guadalajara lies in Jalisco: not added twice
    assert d.excess.low == 300


def test_shares_of_places_are_not_added_into_the_outer_share() -> None:
    # "El paro llegó al 77% en el país: 89% en Jalisco y 82% en Sonora, según los sindicatos."
    def share(id: str, value: str, scope: str) -> dict[str, Any]:
        return {"id": id, "value": value, "metric": "huelguistas", "claimant": "Sindicatos",
                "as_of": "2025-09-01", "scope": scope}  # fmt: skip

    report = run(
        share("nation", "77%", "México"),
        share("jal", "89%", "Jalisco"),
        share("son", "82%", "Sonora"),
        gazetteer=Atlas(),
    )
    assert report.discrepancies == ()
    counts = run(
        _at("nation", 1000, "México", "Gobierno"),
        _at("jal", 700, "Jalisco", "ONG"),
        _at("son", 600, "Sonora", "ONG"),
        gazetteer=Atlas(),
    )
    assert [type(d) for d in counts.discrepancies] == [PartsExceedWhole]


def test_a_claim_with_no_place_is_not_set_against_many_places() -> None:
    report = run(
        _at("jal", 700, "Jalisco", "ONG"),
        _at("son", 200, "Sonora", "ONG"),
        _at("none", 5000, None, "Diario"),
        gazetteer=Atlas(),
    )
    assert report.discrepancies == ()
    one = run(_at("jal", 700, "Jalisco", "ONG"), _at("none", 5000, None, "Diario"),
              gazetteer=Atlas())  # fmt: skip
    assert flagged_together(one, "jal", "none")


def test_a_claim_with_no_place_stands_for_the_outermost_one_of_its_event() -> None:
    event = {"event": "lluvias", "metric": "muertos",
             "as_of": {"start": "2025-09-01", "end": "2025-09-05"}}  # fmt: skip
    report = run(
        _at("nation", 1000, "México", "Gobierno", **event),
        _at("jal", 300, "Jalisco", "Gobierno", **event),
        _at("none", 5000, None, "Diario", **event),
        gazetteer=Atlas(),
    )
    assert flagged_together(report, "nation", "none")
    assert not flagged_together(report, "jal", "none")


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(st.integers(0, 5000), st.integers(0, 5000), st.sampled_from(["Jalisco", "Guadalajara"]))
def test_a_count_for_a_place_inside_never_disagrees_with_the_outer_one(
    outer: int, inner: int, place: str
) -> None:
    report = run(_at("out", outer, "Mexico", "A"), _at("in", inner, place, "B"),
                 gazetteer=Atlas())  # fmt: skip
    assert not any(
        isinstance(d, SourceDisagreement | SelfContradiction) for d in report.discrepancies
    )


# --- 7. group headlines -----------------------------------------------------------------------


@pytest.mark.parametrize("vague", ["thousands", "miles"])
def test_a_vague_member_does_not_set_the_headline(vague: str) -> None:
    base = {"metric": "protesters", "event": "strike-march"}
    report = run(
        {"id": "org", "value": 300_000, "qualifier": "exact", "claimant": "Organizers", **base},
        {"id": "pol", "value": 50_000, "qualifier": "exact", "claimant": "Police", **base},
        {"id": "paper", "value": vague, "claimant": "Daily", **base},
    )
    [d] = report.discrepancies
    assert isinstance(d, SourceDisagreement)
    assert (d.gap.absolute.low, d.gap.absolute.high) == (250_000, 250_000)
    assert "83%" in d.summary
    gaps = {p.ids: p.gap for p in d.pairs}
    assert gaps[("pol", "org")] is not None
    assert gaps[("pol", "org")].absolute.low == 250_000
    assert gaps[("paper", "org")] is not None
    assert gaps[("paper", "org")].relative.low > 0.9  # each pair keeps its own gap


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(st.sampled_from(["thousands", "dozens", "hundreds", "miles", "decenas"]))
def test_adding_a_vague_count_never_changes_a_headline(vague: str) -> None:
    base = {"metric": "protesters", "event": "e"}
    pair = [
        {"id": "a", "value": 300_000, "qualifier": "exact", "claimant": "A", **base},
        {"id": "b", "value": 50_000, "qualifier": "exact", "claimant": "B", **base},
    ]
    [before] = run(*pair).discrepancies
    after = run(*pair, {"id": "v", "value": vague, "claimant": "V", **base}).discrepancies
    [same] = [d for d in after if {"a", "b"} <= set(d.claims)]
    assert same.gap == before.gap
    assert same.severity == before.severity


# --- 8. revisions -----------------------------------------------------------------------------


@pytest.mark.parametrize("metric", ["deaths", "fallecidos"])
def test_a_later_count_of_one_claimant_is_a_revision(metric: str) -> None:
    report = run(
        {"id": "first", "value": 9, "metric": metric, "claimant": "Civil Protection",
         "as_of": "2025-10-01", "event": "floods"},
        {"id": "then", "value": 12, "metric": metric, "claimant": "Civil Protection",
         "as_of": "2025-10-03", "event": "floods"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises, r.explicit) == ("then", "first", False)
    assert "from 9" in r.summary
    assert "to 12" in r.summary


def test_a_running_total_revised_down_by_its_claimant_is_a_revision() -> None:
    report = run(
        {"id": "mon", "value": 47, "metric": "muertes", "claimant": "Observatorio",
         "as_of": {"start": "2021-04-28", "end": "2021-05-10"}, "event": "paro"},
        {"id": "tue", "value": 42, "metric": "muertes", "claimant": "Observatorio",
         "as_of": {"start": "2021-04-28", "end": "2021-05-11"}, "event": "paro"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises) == ("tue", "mon")


def test_supersedes_names_the_revision() -> None:
    report = run(
        {"id": "old", "value": 45_000, "metric": "displaced", "claimant": "Agency",
         "as_of": "2025-04-01"},
        {"id": "new", "value": "42,000", "metric": "displaced", "claimant": "Agency",
         "as_of": "2025-04-01", "published": "2025-04-03", "supersedes": "old"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises, r.explicit) == ("new", "old", True)
    assert "Revisions" in report.to_text()


@settings(deadline=None)  # check runs per example; a busy machine must not fail it
@given(st.integers(1, 10_000), st.integers(1, 10_000), st.integers(1, 6))
def test_a_claimant_at_two_dates_never_contradicts_itself(a: int, b: int, days: int) -> None:
    later = dt.date(2025, 1, 1) + dt.timedelta(days=days)
    report = run(
        {"id": "x", "value": a, "metric": "missing", "claimant": "Red Cross",
         "as_of": "2025-01-01"},
        {"id": "y", "value": b, "metric": "desaparecidos", "claimant": "Red Cross",
         "as_of": later.isoformat()},
    )  # fmt: skip
    assert report.discrepancies == ()


# --- one voice, one text ---------------------------------------------------------------------


def _said(
    cid: str, value: object, who: str | list[str], doc: str, start: int, metric: str
) -> dict[str, Any]:
    return {
        "id": cid, "value": value, "metric": metric, "claimant": who, "scope": "Colombia",
        "as_of": "2026-02-01", "evidence": {"doc": doc, "start": start, "end": start + 40},
    }  # fmt: skip


@pytest.mark.parametrize(
    ("whole", "part", "metric"),
    [
        # "The Defence Ministry counts 97 hostages; 35 of them are held by one rebel group."
        (97, 35, "hostages"),
        # "Según el ministerio, 42% de los maestros de primaria y 34% de los de secundaria
        # pararon."
        ("42%", "34%", "huelguistas"),
    ],
)
def test_two_figures_of_one_source_in_one_text_are_two_quantities(
    whole: object, part: object, metric: str
) -> None:
    report = run(
        _said("whole", whole, "Ministry", "story.txt", 0, metric),
        _said("part", part, "Ministry", "story.txt", 60, metric),
    )
    assert report.discrepancies == ()


def test_one_source_across_two_texts_still_contradicts_itself() -> None:
    report = run(
        _said("monday", 97, "Ministry", "monday.txt", 0, "hostages"),
        _said("tuesday", 35, "Ministry", "tuesday.txt", 0, "hostages"),
    )
    [d] = report.discrepancies
    assert isinstance(d, SelfContradiction)
    assert d.claimant == "Ministry"


def test_a_joint_figure_and_one_partners_own_in_one_text_still_contradict() -> None:
    # "Two monitors put the prisoners at nearly 1,000; one of them alone lists 1,085."
    report = run(
        _said("joint", "nearly 1,000", ["Monitor A", "Monitor B"], "story.txt", 0, "hostages"),
        _said("alone", 1085, "Monitor B", "story.txt", 60, "hostages"),
    )
    [d] = report.discrepancies
    assert isinstance(d, SelfContradiction)


@settings(max_examples=40, deadline=None)
@given(
    low=st.integers(min_value=1, max_value=10_000),
    factor=st.integers(min_value=2, max_value=50),
    same_doc=st.booleans(),
)
def test_one_voice_in_one_text_is_never_a_self_contradiction(
    low: int, factor: int, same_doc: bool
) -> None:
    report = run(
        _said("a", low, "Monitor", "one.txt", 0, "hostages"),
        _said("b", low * factor, "Monitor", "one.txt" if same_doc else "two.txt", 60, "hostages"),
    )
    flagged = any(isinstance(d, SelfContradiction) for d in report.discrepancies)
    assert flagged is not same_doc


def test_an_event_count_dated_by_publication_stays_on_its_day() -> None:
    """A crowd count is of one occasion: a count dated only by the article meets a count
    dated that day (it is not read as a running total "so far")."""
    report = run(
        {
            "id": "police",
            "value": 25_000,
            "metric": "protesters",
            "scope": "Leeds",
            "claimant": "West Yorkshire Police",
            "published": "2026-09-16",
        },
        {
            "id": "organizers",
            "value": "more than 100,000",
            "metric": "marchers",
            "scope": "Leeds",
            "claimant": "March Committee",
            "as_of": "2026-09-16",
            "published": "2026-09-16",
        },
    )
    assert flagged_together(report, "police", "organizers")
