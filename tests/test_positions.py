"""Issue 10, item 2: a large group described by its positions (schema version 3)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import random

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Claim, OrgRef, Period, Quantity, Report, SourceDisagreement, check, compare
from discrepancy.conflicts import gap_between
from discrepancy.detectors import _cliques, _groups
from discrepancy.detectors._groups import positions

_DAY = dt.date(2024, 5, 1)
_HEDGES = st.sampled_from(["", "", "about ", "nearly ", "more than ", "up to ", "some "])
_FIGURES = st.sampled_from([10, 12, 90, 100, 120, 150, 200, 1000, 1200, 5000, 8000, 10_000])


@st.composite
def _claims(draw: st.DrawFn, *, most: int = 40) -> list[Claim]:
    n = draw(st.integers(min_value=1, max_value=most))
    found = []
    for k in range(n):
        figure = draw(_FIGURES) + draw(st.integers(min_value=0, max_value=5))
        found.append(
            Claim(
                id=f"c{k:02d}",
                quantity=Quantity.parse(f"{draw(_HEDGES)}{figure}"),
                metric="displaced",
                scope="Region 1",
                claimants=(OrgRef(mention=f"Source {draw(st.integers(0, 6))}"),),
                as_of=Period(start=_DAY, end=_DAY),
            )
        )
    return found


def _max_disjoint(claims: list[Claim]) -> int:
    """The most claims no two of which share a point (greedy by the high end)."""
    count, last = 0, None
    ivs = sorted((c.quantity.interval for c in claims), key=lambda iv: (iv.high, not iv.high_open))
    for iv in ivs:
        if last is None or not last.overlaps(iv):
            count, last = count + 1, iv
    return count


@settings(max_examples=300)
@given(claims=_claims(), order=st.randoms(use_true_random=False))
def test_positions_partition_the_claims_around_common_points(
    claims: list[Claim], order: random.Random
) -> None:
    found = positions(claims)
    ids = [cid for p in found for cid in p.claims]
    assert sorted(ids) == sorted(c.id for c in claims)  # a partition: each claim once
    by_id = {c.id: c for c in claims}
    for p in found:
        common = p.interval
        assert common.low <= common.high
        for cid in p.claims:
            iv = by_id[cid].quantity.interval
            assert iv.low <= common.low
            assert common.high <= iv.high
            assert iv.overlaps(common)
        assert p.claimants == len({by_id[cid].who for cid in p.claims})
        assert list(p.claims) == sorted(p.claims)
    for below, above in itertools.pairwise(found):
        assert not below.interval.overlaps(above.interval)
        assert below.interval.high <= above.interval.low
        assert above.gap == gap_between(below.interval, above.interval)
    assert found[0].gap is None
    # no cut has fewer positions than claims that pairwise share no point
    assert len(found) == _max_disjoint(claims)
    shuffled = list(claims)
    order.shuffle(shuffled)
    assert positions(shuffled) == found


def test_three_positions_in_words() -> None:
    figures = ["800", "820", "850", "nearly 850", "1000", "1085", "1050", "2000"]
    claims = [
        Claim(
            id=f"c{k}",
            quantity=Quantity.parse(text),
            metric="displaced",
            scope="Region 1",
            claimants=(OrgRef(mention=f"Source {k}"),),
            as_of=Period(start=_DAY, end=_DAY),
        )
        for k, text in enumerate(figures)
    ]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_groups, "LARGE_GROUP", 4)
        (found,) = check(claims).discrepancies
    assert isinstance(found, SourceDisagreement)
    assert found.positions is not None
    # "nearly 850" reads up to 850 and holds 800; the round 1,000 holds 1,050
    assert [p.claims for p in found.positions] == [
        ("c0", "c3"),
        ("c1",),
        ("c2",),
        ("c4", "c6"),
        ("c5",),
        ("c7",),
    ]
    assert found.summary.startswith(
        "Counts of displaced people in Region 1 on 2024-05-01 disagree — 6 positions: "
        "800 (2 sources), 820 (1), 850 (1), 1,050 (2), 1,085 (1) and 1,900–2,100 (1) — "
    )


def test_a_small_group_has_no_positions_and_a_large_one_has() -> None:
    small = [
        Claim(
            id=f"s{k}",
            quantity=Quantity.parse(str(100 * (k + 1))),
            metric="displaced",
            claimants=(OrgRef(mention=f"Source {k}"),),
        )
        for k in range(3)
    ]
    (found,) = check(small).discrepancies
    assert isinstance(found, SourceDisagreement)
    assert found.positions is None
    large = [
        Claim(
            id=f"g{k:03d}",
            quantity=Quantity.parse(str((810, 1010, 2010)[k % 3])),
            metric="displaced",
            scope="Region 1",
            claimants=(OrgRef(mention=f"Source {k}"),),
            as_of=Period(start=_DAY, end=_DAY),
        )
        for k in range(_groups.LARGE_GROUP + 1)
    ]
    (found,) = check(large).discrepancies
    assert isinstance(found, SourceDisagreement)
    assert found.positions is not None
    assert len(found.positions) == 3
    assert [p.claimants for p in found.positions] == [22, 22, 21]
    assert found.summary.startswith(
        "Counts of displaced people in Region 1 on 2024-05-01 disagree — 3 positions: "
        "810 (22 sources), 1,010 (22) and 2,010 (21) —"
    )
    doc = json.loads(check(large).to_json())
    assert doc["schema_version"] == 3
    assert len(doc["discrepancies"][0]["positions"]) == 3


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(claims=_claims(most=30))
def test_a_clique_sorted_gives_the_positions_of_pairing(claims: list[Claim]) -> None:
    plain = [attrs.evolve(c, quantity=Quantity.parse(str(c.quantity.value))) for c in claims]
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_groups, "LARGE_GROUP", 1)
        mp.setattr(compare, "CLIQUE_LIMIT", 10**9)
        mp.setattr(compare, "WINDOW_LIMIT", 10**9)
        paired = check(plain)
        mp.setattr(compare, "CLIQUE_LIMIT", 1)
        mp.setattr(_cliques, "OWN_LIMIT", 1)
        sorted_ = check(plain)
    assert [(d.id, getattr(d, "positions", None)) for d in sorted_.discrepancies] == [
        (d.id, getattr(d, "positions", None)) for d in paired.discrepancies
    ]


def test_a_version_2_report_is_still_read() -> None:
    claims = [
        Claim(
            id=f"c{k}",
            quantity=Quantity.parse(str(100 * (k + 1))),
            metric="displaced",
            claimants=(OrgRef(mention=f"Source {k}"),),
        )
        for k in range(3)
    ]
    report = check(claims)
    doc = json.loads(report.to_json())
    doc["schema_version"] = 2
    for d in doc["discrepancies"]:
        d.pop("positions", None)
    old = Report.from_json(json.dumps(doc))
    assert old.schema_version == 2
    assert attrs.evolve(old, schema_version=3) == report
