"""Which claims are compared, and how two relate: running totals, a total so far against a sub-
period, places that nest (compare.py, _pairing.py).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Severity
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    PartsExceedWhole,
    SelfContradiction,
    SourceDisagreement,
)

from .checking import flagged_together, run

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


def _day(day: str) -> dict[str, str]:
    return {"start": day, "end": day}


@pytest.mark.parametrize("metric", ["dead", "muertos"])
def test_one_events_counts_dated_by_two_single_days_are_running_totals(metric: str) -> None:
    # session 10: "Orsk mudslide: the district office counted 10 on Sunday, the Red Cross 15
    # on Tuesday", each given as the one day it was told: before, never compared
    report = run(
        {"id": "sun", "value": 10, "metric": metric, "claimant": "District Office",
         "as_of": _day("2024-06-16"), "event": "orsk-mudslide"},
        {"id": "tue", "value": 15, "metric": metric, "claimant": "Red Cross",
         "as_of": _day("2024-06-18"), "event": "orsk-mudslide"},
    )  # fmt: skip
    [d] = report.discrepancies
    assert isinstance(d, SourceDisagreement)
    assert d.days_apart == 2
    assert "2 days apart" in d.summary


def test_one_claimants_counts_of_an_event_on_two_single_days_are_a_revision() -> None:
    report = run(
        {"id": "sun", "value": 10, "metric": "dead", "claimant": "District Office",
         "as_of": _day("2024-06-16"), "event": "orsk-mudslide"},
        {"id": "tue", "value": 15, "metric": "dead", "claimant": "District Office",
         "as_of": _day("2024-06-18"), "event": "orsk-mudslide"},
    )  # fmt: skip
    assert report.discrepancies == ()
    [r] = report.revisions
    assert (r.claim, r.revises) == ("tue", "sun")


@pytest.mark.parametrize(("later", "flagged"), [(15, False), (6, True)])
def test_counts_of_an_event_far_apart_may_only_grow(later: int, flagged: bool) -> None:
    # beyond the window two claimants' counts are no running totals of one moment: the
    # later, a count of the event up to a later day, may not be smaller
    report = run(
        {"id": "jun", "value": 10, "metric": "dead", "claimant": "District Office",
         "as_of": _day("2024-06-16"), "event": "orsk-mudslide"},
        {"id": "jul", "value": later, "metric": "dead", "claimant": "Red Cross",
         "as_of": _day("2024-07-16"), "event": "orsk-mudslide"},
    )  # fmt: skip
    assert bool(report.discrepancies) is flagged


def test_single_days_of_different_events_are_still_apart() -> None:
    report = run(
        {"id": "a", "value": 10, "metric": "dead", "claimant": "District Office",
         "as_of": _day("2024-06-16"), "event": "orsk-mudslide"},
        {"id": "b", "value": 15, "metric": "dead", "claimant": "Red Cross",
         "as_of": _day("2024-06-18"), "event": "velna-flood"},
    )  # fmt: skip
    assert report.discrepancies == ()


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


@given(st.integers(0, 5000), st.integers(0, 5000), st.sampled_from(["Jalisco", "Guadalajara"]))
def test_a_count_for_a_place_inside_never_disagrees_with_the_outer_one(
    outer: int, inner: int, place: str
) -> None:
    report = run(_at("out", outer, "Mexico", "A"), _at("in", inner, place, "B"),
                 gazetteer=Atlas())  # fmt: skip
    assert not any(
        isinstance(d, SourceDisagreement | SelfContradiction) for d in report.discrepancies
    )


def test_one_speaker_written_in_two_cases_is_listed_once() -> None:
    # "Parents said …" opening one sentence, "…, parents said" closing another: one speaker
    report = run(
        {"id": "a", "value": 40, "metric": "missing", "claimant": "district office",
         "as_of": _day("2024-06-16")},
        {"id": "b", "value": 95, "metric": "missing", "claimant": "Parents",
         "as_of": _day("2024-06-16")},
        {"id": "c", "value": 95, "metric": "missing", "claimant": "parents",
         "as_of": _day("2024-06-16")},
    )  # fmt: skip
    [d] = report.discrepancies
    assert d.summary.count("arents:") == 1
