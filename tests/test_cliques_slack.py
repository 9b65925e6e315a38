"""Issue 10: a large clique's sorted conflicts keep a claim that only a representative's
precision slack keeps apart from it (1,150 against 1,200, whose slack is 50, while 1,195
lies 45 above it)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Claim, OrgRef, Period, Quantity, Report, check, compare
from discrepancy.detectors import _cliques

_DAY = dt.date(2024, 5, 1)
# round figures whose slack (1,200: 50; 1,150: 5) decides gaps near 3-5%, and figures
# nearer the middle with little slack (1,195: 0.5)
_NEAR = st.sampled_from([1100, 1140, 1150, 1160, 1190, 1195, 1200, 1240, 1250, 1300])
_QUALIFIERS = st.sampled_from(["", "", "", "about "])


def _claim(name: str, value: str, who: str, start: dt.date = _DAY, metric: str = "") -> Claim:
    return Claim(
        id=name,
        quantity=Quantity.parse(value),
        metric=metric or "displaced",
        scope="Region 1",
        claimants=(OrgRef(mention=who),),
        as_of=Period(start=start, end=_DAY),
    )


def _groups(report: Report) -> list[tuple[object, ...]]:
    return [
        tuple(
            v
            for k, v in sorted(attrs.asdict(d, recurse=False).items())
            if k not in ("pairs", "pairs_complete")
        )
        for d in report.discrepancies
    ]


def _both(claims: list[Claim], own_limit: int = 1) -> tuple[Report, Report]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(compare, "CLIQUE_LIMIT", 10**9)
        mp.setattr(compare, "WINDOW_LIMIT", 10**9)
        paired = check(claims)
        mp.setattr(compare, "CLIQUE_LIMIT", 1)
        mp.setattr(_cliques, "OWN_LIMIT", own_limit)
        sorted_ = check(claims)
    return paired, sorted_


def _same(paired: Report, sorted_: Report) -> None:
    assert _groups(sorted_) == _groups(paired)
    for new, old in zip(sorted_.discrepancies, paired.discrepancies, strict=True):
        assert set(getattr(new, "pairs", ())) <= set(getattr(old, "pairs", ()))


def test_a_representatives_slack_does_not_hide_a_clique_conflict() -> None:
    claims = [_claim("x", "1150", "A"), _claim("y", "1195", "B")]
    claims += [_claim(f"h{k}", "1200", f"H{k}") for k in range(3)]
    claims += [_claim(f"l{k}", "1100", f"L{k}") for k in range(3)]
    paired, sorted_ = _both(claims)
    assert "x" in paired.discrepancies[0].claims
    _same(paired, sorted_)


def test_a_representatives_slack_does_not_hide_an_own_conflict() -> None:
    """A claimant's own figures beyond `OWN_LIMIT` meet its own extremes: the same holds."""
    claims = [_claim("x", "1150", "A"), _claim("y", "1195", "A")]
    claims += [_claim(f"h{k}", "1200", "A") for k in range(3)]
    claims += [_claim(f"l{k}", "1100", "A") for k in range(3)]
    paired, sorted_ = _both(claims)
    _same(paired, sorted_)


@st.composite
def _clique(draw: st.DrawFn, *, fan: bool) -> list[Claim]:
    n = draw(st.integers(min_value=2, max_value=30))
    sources = draw(st.integers(min_value=1, max_value=6))
    starts = [_DAY - dt.timedelta(days=d) for d in (0, 3, 10)] if fan else [_DAY]
    claims = []
    for k in range(n):
        value = draw(_NEAR) + draw(st.sampled_from([0, 0, 0, 1, 5]))
        claims.append(
            _claim(
                f"c{k:02d}",
                f"{draw(_QUALIFIERS)}{value}",
                f"Source {draw(st.integers(0, sources - 1))}",
                draw(st.sampled_from(starts)),
                "releases" if fan else "displaced",
            )
        )
    return claims


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(claims=_clique(fan=False), own_limit=st.sampled_from([1, 8]))
def test_a_clique_with_round_figures_sorted_reports_what_pairing_reports(
    claims: list[Claim], own_limit: int
) -> None:
    _same(*_both(claims, own_limit))


@pytest.mark.xfail(
    strict=True,
    reason="issue 10, open: across the periods of a fan the lowest claim of the longer "
    "periods stands for them, and its slack can hide a conflict (see _fans._across)",
)
def test_a_longer_periods_slack_does_not_hide_a_nested_conflict() -> None:
    """Found by hypothesis: 1,101 over a longer period lies 39 below 1,140 over a shorter
    one (a conflict), while 1,100 (slack 50) lies only 40 below it."""
    early = _DAY - dt.timedelta(days=3)
    claims = [_claim("c00", "1100", "A", early, "releases")]
    claims += [_claim("c01", "1101", "A", early, "releases")]
    claims += [_claim(f"c0{k}", "1140", "A", _DAY, "releases") for k in (2, 3)]
    _same(*_both(claims))
