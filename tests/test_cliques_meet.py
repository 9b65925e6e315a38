"""Issue 10: a large clique's pairs are met in one loop per claim (`Keeper.meet()`,
`Keeper.nested()`, the test written out on each claim's `Facts`). They must keep exactly
the conflicts that offering the pairs one at a time keeps (`Keeper.same()`, the test
`Comparisons._clique_test()` and the measure `Comparisons._clique_conflict()`), so every
field of the report, the listed pairs included, is the same either way."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import Claim, OrgRef, Period, Quantity, Report, check, compare
from discrepancy.compare import Node, Pair
from discrepancy.conflicts import Conflict
from discrepancy.detectors import _cliques, _keep

_DAY = dt.date(2024, 5, 1)


class _OneByOne(_keep.Keeper):
    """A keeper without the written-out loops: every pair goes through `same()` or
    `__call__()`, with the comparisons' own test and measure."""

    def __init__(
        self,
        measure: Callable[[Pair], Conflict | None],
        test: Callable[[Pair], bool] | None,
        key: Callable[[Node], str],
        facts: dict[str, _keep.Facts] | None = None,
        build: Callable[[Node, Node, bool], Conflict] | None = None,
    ) -> None:
        super().__init__(measure, test, key, facts, None)


def _claim(name: str, value: str, who: str, start: dt.date, metric: str) -> Claim:
    return Claim(
        id=name,
        quantity=Quantity.parse(value),
        metric=metric,
        scope="Region 1",
        claimants=(OrgRef(mention=who),),
        as_of=Period(start=start, end=_DAY),
    )


# round figures (a slack of 50 or 500) among figures with little slack, spread widely
_VALUES = st.one_of(
    st.sampled_from([1100, 1150, 1195, 1200, 1250, 4000, 4500, 9000]),
    st.integers(min_value=10, max_value=12_000),
)


@st.composite
def _clique(draw: st.DrawFn, *, fan: bool) -> list[Claim]:
    n = draw(st.integers(min_value=2, max_value=40))
    sources = draw(st.integers(min_value=1, max_value=8))
    starts = [_DAY - dt.timedelta(days=d) for d in (0, 3, 10, 30)] if fan else [_DAY]
    return [
        _claim(
            f"c{k:02d}",
            f"{draw(st.sampled_from(['', '', 'about ']))}{draw(_VALUES)}",
            f"Source {draw(st.integers(0, sources - 1))}",
            draw(st.sampled_from(starts)),
            "releases" if fan else "displaced",
        )
        for k in range(n)
    ]


def _both(claims: list[Claim], own_limit: int) -> tuple[Report, Report]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(compare, "CLIQUE_LIMIT", 1)
        mp.setattr(compare, "WINDOW_LIMIT", 10**9)
        mp.setattr(_cliques, "OWN_LIMIT", own_limit)
        written_out = check(claims)
        mp.setattr(_cliques, "Keeper", _OneByOne)
        one_by_one = check(claims)
    return written_out, one_by_one


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(claims=_clique(fan=False), own_limit=st.sampled_from([1, 8]))
def test_a_cliques_pairs_met_in_one_loop_keep_what_one_at_a_time_keeps(
    claims: list[Claim], own_limit: int
) -> None:
    written_out, one_by_one = _both(claims, own_limit)
    assert written_out.discrepancies == one_by_one.discrepancies


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(claims=_clique(fan=True), own_limit=st.sampled_from([1, 8]))
def test_a_fans_nested_pairs_met_in_one_loop_keep_what_one_at_a_time_keeps(
    claims: list[Claim], own_limit: int
) -> None:
    written_out, one_by_one = _both(claims, own_limit)
    assert written_out.discrepancies == one_by_one.discrepancies


def test_the_two_paths_compared_are_different_paths() -> None:
    """The properties above compare two paths: by default a clique's keeper has the claims'
    `Facts` and meets its pairs in the written-out loops; the subclass has none."""
    claims = [_claim(f"c{k}", str(100 * (k + 1)), f"S{k % 3}", _DAY, "displaced") for k in range(9)]
    written: list[bool] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(compare, "CLIQUE_LIMIT", 1)
        original = _keep.Keeper.kept

        def kept(self: _keep.Keeper) -> list[Conflict]:
            written.append(self.facts is not None)
            return original(self)

        mp.setattr(_keep.Keeper, "kept", kept)
        written_out = check(claims)
        mp.setattr(_cliques, "Keeper", _OneByOne)
        one_by_one = check(claims)
    assert written == [True, False]
    assert written_out.discrepancies
    assert written_out.discrepancies == one_by_one.discrepancies


def _large_clique(rnd: random.Random) -> list[Claim]:
    """A clique or fan of tens to hundreds of claims from a few sources, its figures over
    four or five orders of magnitude (the widest gap of a group in absolute terms is then
    not its widest in relative terms), long after whose extremes have joined one group
    most claims' pairs are settled before they are met (`_keep.Targets`)."""
    fan = rnd.random() < 0.3
    sources = rnd.randint(2, 6)
    mode = rnd.randrange(3)
    claims = []
    for k in range(rnd.randint(20, 300)):
        if mode == 0:  # two clusters, far apart
            value = rnd.choice([rnd.randint(10, 100), rnd.randint(10_000, 500_000)])
        elif mode == 1:  # spread evenly over the orders of magnitude
            value = int(10 ** rnd.uniform(1, 6))
        else:  # round figures (a slack) among others
            value = rnd.choice([rnd.randint(10, 12_000), 1200, 1250, 4000, 9000, 500_000])
        start = _DAY - dt.timedelta(days=rnd.choice([0, 3, 10, 30])) if fan else _DAY
        claims.append(
            _claim(
                f"c{k:03d}",
                f"{rnd.choice(['', '', 'about '])}{value}",
                f"Source {rnd.randrange(sources)}",
                start,
                "releases" if fan else "displaced",
            )
        )
    return claims


@pytest.mark.parametrize("block", range(4))
def test_pairs_passed_over_as_settled_keep_what_meeting_them_keeps(block: int) -> None:
    """120 seeded random large cliques and fans (30 per block): the same report as
    meeting every pair. (Seeded rather than drawn: hypothesis's draws of a few hundred
    claims stay near its smallest values and did not reach the cases; passing over a pair
    whose relative reading against a lower claim would widen its group fails this.)"""
    for seed in range(30 * block, 30 * (block + 1)):
        claims = _large_clique(random.Random(seed))
        written_out, one_by_one = _both(claims, random.Random(-seed).choice([1, 8]))
        assert written_out.discrepancies == one_by_one.discrepancies, seed


def test_settled_pairs_are_passed_over_in_a_large_clique() -> None:
    """The property above compares something: in a large clique most claims' pairs with
    the extremes are found settled and passed over unseen."""
    claims = [
        _claim(f"c{k:03d}", str(100 + (k * 7919) % 9000), f"S{k % 11}", _DAY, "displaced")
        for k in range(200)
    ]
    passed: list[bool] = []
    original = _keep.Keeper._settled

    def spy(fn: _keep.Facts, mine: str, forest: object, common: _keep.Targets) -> bool:
        found = original(fn, mine, forest, common)  # type: ignore[arg-type]
        passed.append(found)
        return found

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(compare, "CLIQUE_LIMIT", 1)
        mp.setattr(_keep.Keeper, "_settled", staticmethod(spy))
        check(claims)
    assert sum(passed) > 100
