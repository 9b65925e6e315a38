"""The lean path: the report's writers read every estimate as a row (no `Estimate` or `Vote`
made; the common ones made as rows directly). It must give exactly what the objects give,
byte for byte."""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources
from typing import Any

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Claim, check, read_claims
from discrepancy._estimate_lazy import LazyEstimates
from discrepancy._estimate_rows import estimate_of, row_of
from discrepancy.estimate import EstimatePolicy, Method, estimate
from discrepancy.serialize import _LINE_ENCODER, estimate_row_writer, to_json_data

from .test_estimate import small_quantities


@st.composite
def many_quantities(draw: st.DrawFn) -> list[Claim]:
    """Several quantities of one to four claims each (`small_quantities()`: restatements,
    co-signed, announced, superseded and confirmed claims among them), of stocks and flows
    (some with an event), in a few places, some unscoped."""
    out: list[Claim] = []
    for g, claims in enumerate(draw(st.lists(small_quantities(), min_size=1, max_size=6))):
        metric = draw(st.sampled_from(["political_prisoners", "displaced", "deaths", "released"]))
        scope = draw(st.sampled_from([None, "Ruritania", "Freedonia", "Año “Región”"]))
        event = draw(st.sampled_from([None, None, "wave 1", 'wave "2"']))
        shift = dt.timedelta(days=draw(st.sampled_from([0, 0, 3, 30])))
        for c in claims:
            out.append(
                attrs.evolve(
                    c,
                    id=f"q{g}-{c.id}",
                    metric=metric,
                    scope=scope,
                    event=event,
                    as_of=attrs.evolve(c.as_of, end=c.as_of.end + shift) if c.as_of else None,
                    supersedes=None if c.supersedes is None else f"q{g}-{c.supersedes}",
                )
            )
    return out


def _converter_line(e: object) -> str:
    return _LINE_ENCODER.encode(to_json_data(e))


def _same_either_way(found: Any) -> None:
    """The rows, their objects, the objects' rows and the JSON lines all agree."""
    assert isinstance(found, LazyEstimates)
    rows = list(found.rows())
    objects = list(found)
    assert [estimate_of(r) for r in rows] == objects
    assert rows == [row_of(e) for e in objects]
    line = estimate_row_writer()
    assert line is not None
    assert [line(r) for r in rows] == [_converter_line(e) for e in objects]


@settings(max_examples=300, deadline=None)  # behaviour, not speed (a shared machine)
@given(
    many_quantities(),
    st.sampled_from([1, 2]),
    st.sampled_from([2, 3]),
    st.sampled_from(list(Method)),
)
def test_the_rows_are_the_estimates_and_write_the_same_json(
    claims: list[Claim], min_claims: int, min_sources: int, method: Method
) -> None:
    policy = EstimatePolicy(min_claims=min_claims, min_sources=min_sources, method=method)
    _same_either_way(estimate(claims, settings=policy).quantities)


@settings(max_examples=100, deadline=None)  # behaviour, not speed (a shared machine)
@given(many_quantities(), st.sampled_from([1, 2]), st.sampled_from([2, 3]))
def test_the_fast_rows_give_what_the_general_path_gives(
    claims: list[Claim], min_claims: int, min_sources: int
) -> None:
    from discrepancy.estimate import _estimate
    from discrepancy.metrics import MetricRegistry
    from discrepancy.places import Gazetteer
    from discrepancy.policy import Policy

    ordered = sorted(claims, key=lambda c: c.id)
    settings_ = EstimatePolicy(min_claims=min_claims, min_sources=min_sources)
    args = (ordered, MetricRegistry.builtin(), Policy(), settings_)
    lean = _estimate(*args, places=Gazetteer.builtin())
    general = _estimate(*args, places=Gazetteer.builtin(), fast=False)
    assert lean == general
    assert list(lean.quantities.rows()) == list(general.quantities.rows())  # type: ignore[attr-defined]


@settings(max_examples=60, deadline=None)  # behaviour, not speed (a shared machine)
@given(claims=many_quantities())
def test_a_report_written_from_rows_is_the_report_written_from_objects(
    claims: list[Claim], resolver: Any
) -> None:
    report = check(claims, resolver=resolver, estimates=True)
    kept = attrs.evolve(report, estimates=tuple(report.estimates or ()))
    assert report.to_json() == kept.to_json()


def _seed_claims() -> list[Claim]:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, errors = read_claims(data, name="seed_claims.json")
    assert not errors
    return claims


def test_the_seed_claims_estimates_are_the_same_either_way(resolver: Any) -> None:
    claims = _seed_claims()
    for policy in (
        EstimatePolicy(),
        EstimatePolicy(min_claims=1, min_sources=2),
        EstimatePolicy(method=Method.CHI2),
    ):
        report = check(claims, resolver=resolver, estimates=policy)
        assert report.estimates
        _same_either_way(report.estimates)
        written = report.to_json()
        assert written == attrs.evolve(report, estimates=tuple(report.estimates)).to_json()
        doc = json.loads(written)
        assert doc["estimates"] == [to_json_data(e) for e in report.estimates]
