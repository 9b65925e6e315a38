"""Properties of check: order-independent, deterministic, monotone in its input, idempotent."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Report, check, read_claims

from .checking import StubResolver, conflict_pairs

DAY0 = dt.date(2026, 1, 1)
VALUES = st.one_of(
    st.integers(0, 2000),
    st.sampled_from(
        [
            "nearly 800",
            "about 1,000",
            "more than 900",
            "at least 50",
            "between 800 and 1,200",
            "hundreds",
            "2,000",
            "dozens",
            "just over 60",
        ]
    ),
)


@st.composite
def records(draw: st.DrawFn, n: int = 12) -> list[dict[str, Any]]:
    out = []
    for k in range(draw(st.integers(1, n))):
        metric = draw(st.sampled_from(["political prisoners", "releases", "arrests"]))
        day = DAY0 + dt.timedelta(days=draw(st.integers(0, 30)))
        rec: dict[str, Any] = {"id": f"c{k:02d}", "value": draw(VALUES), "metric": metric}
        if draw(st.booleans()):
            rec["claimant"] = draw(
                st.sampled_from(["Foro Penal", "JEyP", "Gov", ["Provea", "JEyP"]])
            )
        if draw(st.booleans()):
            rec["outlet"] = draw(st.sampled_from(["El País", "Latin Times"]))
        rec["status"] = draw(st.sampled_from(["announced", "confirmed", "reported", "registered"]))
        if metric == "political prisoners":
            rec["as_of"] = day.isoformat()
        else:
            start = day - dt.timedelta(days=draw(st.integers(0, 10)))
            rec["as_of"] = {"start": start.isoformat(), "end": day.isoformat()}
            if draw(st.booleans()):
                rec["event"] = draw(st.sampled_from(["w1", "w2"]))
        out.append(rec)
    return out


def _check(recs: list[dict[str, Any]]) -> Report:
    claims, errors = read_claims(recs)
    assert not errors
    return check(claims, resolver=StubResolver())


@given(records(), st.randoms(use_true_random=False))
def test_order_does_not_matter(recs: list[dict[str, Any]], rnd: Any) -> None:
    shuffled = list(recs)
    rnd.shuffle(shuffled)
    assert _check(recs).to_json() == _check(shuffled).to_json()


@given(records())
def test_same_input_same_bytes_and_ids(recs: list[dict[str, Any]]) -> None:
    first, second = _check(recs), _check(recs)
    assert first.to_json() == second.to_json()
    assert [d.id for d in first.discrepancies] == [d.id for d in second.discrepancies]


@given(records(), records(n=1))
def test_adding_a_claim_never_removes_a_conflict(
    recs: list[dict[str, Any]], extra: list[dict[str, Any]]
) -> None:
    new = {**extra[0], "id": "zz-extra"}
    before, after = _check(recs), _check([*recs, new])
    assert conflict_pairs(before) <= conflict_pairs(after)


@given(records())
def test_check_is_idempotent_through_json(recs: list[dict[str, Any]]) -> None:
    report = _check(recs)
    again = check(Report.from_json(report.to_json()).claims, resolver=StubResolver())
    assert again.to_json() == report.to_json()


@given(records())
def test_unnamed_ids_are_content_hashes(recs: list[dict[str, Any]]) -> None:
    unnamed = [{k: v for k, v in r.items() if k != "id"} for r in recs]
    distinct = {repr(sorted(r.items(), key=str)) for r in unnamed}
    claims, errors = read_claims(unnamed)
    # identical records get identical ids, so the later copies are duplicates
    assert len(claims) == len(distinct)
    assert len(errors) == len(unnamed) - len(distinct)
    again, _ = read_claims(unnamed)
    assert [c.id for c in claims] == [c.id for c in again]
