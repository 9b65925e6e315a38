"""Issue 10, item 3: claims with no scope are compared without meeting every other one.

The sorted sweep (`_pairing.sweep`) is checked against a brute-force reference that looks
at every pair of a group and applies the rule of the concepts page directly: two claims
ending within the window are compared when they have one scope, or when one or both have
none and each of those may stand for a place (the scoped claims near it in time are all of
one place).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrepancy import (
    Claim,
    MetricRegistry,
    OrgRef,
    Period,
    Policy,
    Quantity,
    Report,
    check,
    compare,
)
from discrepancy._pairing import Node, Places, fits_scope, scoped_pairs, stands_for, sweep
from discrepancy.compare import ClaimIndex
from discrepancy.places import Gazetteer

_DAY = dt.date(2024, 5, 1)
_SCOPES = st.sampled_from([None, None, "Region 1", "Region 2"])
_VALUES = st.sampled_from([90, 100, 120, 150, 200, 300, 1000, 1200, 5000])
_QUALIFIERS = st.sampled_from(["", "about ", "at least ", "nearly "])
_STATUSES = st.sampled_from(["claimed", "confirmed", "announced"])


@st.composite
def _claims(draw: st.DrawFn) -> list[Claim]:
    """A few stocks and flows over three weeks, some with no scope."""
    n = draw(st.integers(min_value=2, max_value=24))
    claims = []
    for k in range(n):
        flow = draw(st.booleans())
        end = _DAY + dt.timedelta(days=draw(st.integers(0, 20)))
        start = (
            draw(st.sampled_from([None, end, end - dt.timedelta(days=5), _DAY])) if flow else end
        )
        claims.append(
            Claim(
                id=f"c{k:02d}",
                quantity=Quantity.parse(f"{draw(_QUALIFIERS)}{draw(_VALUES)}"),
                metric="releases" if flow else "displaced",
                scope=draw(_SCOPES),
                claimants=(OrgRef(mention=f"Source {draw(st.integers(0, 3))}"),),
                status=draw(_STATUSES),
                as_of=Period(start=start, end=end),
                published=end + dt.timedelta(days=draw(st.integers(0, 2))),
            )
        )
    return claims


def _placeable(nodes: list[Node], days: int) -> set[str]:
    """The rule, pair by pair: the scoped claims near an unscoped one are of one place."""
    found = set()
    for node in nodes:
        if node.scope is None:
            near = {
                n.scope
                for n in nodes
                if n.scope is not None and abs((n.end or 0) - (node.end or 0)) <= days
            }
            if len(near) <= 1:
                found.add(node.id)
    return found


def _reference_sweep(nodes: list[Node], days: int) -> Iterator[tuple[Node, Node]]:
    """Every pair of ``nodes`` looked at once (quadratic: for small inputs only)."""
    placeable = _placeable(nodes, days)
    for j, b in enumerate(nodes):
        for a in nodes[:j]:
            if abs((a.end or 0) - (b.end or 0)) > days:
                continue
            unscoped = [n for n in (a, b) if n.scope is None]
            if unscoped:
                if all(n.id in placeable for n in unscoped):
                    yield a, b
            elif a.scope == b.scope:
                yield a, b


def _findings(report: Report) -> list[dict[str, object]]:
    return [attrs.asdict(d) for d in report.discrepancies]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(claims=_claims())
def test_the_sweep_reports_what_every_pair_looked_at_reports(claims: list[Claim]) -> None:
    swept = check(claims, estimates=True)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(compare, "sweep", _reference_sweep)
        reference = check(claims, estimates=True)
    assert _findings(swept) == _findings(reference)
    assert swept.revisions == reference.revisions
    assert swept.estimates == reference.estimates
    assert swept.notes == reference.notes


def _node(id_: str, scope: str | None, end: int) -> Node:
    return Node(
        claim=None,  # type: ignore[arg-type]  # the sweep reads ids, scopes and ends only
        id=id_,
        interval=None,  # type: ignore[arg-type]
        claimants=frozenset(),
        scope=scope,
        place=None,
        period=None,
        start=end,
        end=end,
        explicit_period=False,
        status_class=None,  # type: ignore[arg-type]
        pledge=False,
    )


def test_unscoped_claims_among_many_places_meet_nothing() -> None:
    """The shape that was quadratic: regional counts, some with the place left blank."""
    nodes = [_node(f"s{k}", f"r{k % 50}", k // 50) for k in range(500)]
    nodes += [_node(f"u{k}", None, k // 10) for k in range(100)]
    nodes.sort(key=lambda n: (n.end, n.id))
    pairs = list(sweep(nodes, 7))
    assert all(a.scope is not None and a.scope == b.scope for a, b in pairs)


def test_unscoped_claims_with_one_place_near_are_compared() -> None:
    nodes = sorted(
        [_node("s1", "r1", 0), _node("u1", None, 1), _node("u2", None, 2), _node("s2", "r1", 3)],
        key=lambda n: (n.end, n.id),
    )
    pairs = {(a.id, b.id) for a, b in sweep(nodes, 7)}
    assert pairs == {
        ("s1", "u1"),
        ("s1", "u2"),
        ("u1", "u2"),
        ("s1", "s2"),
        ("u1", "s2"),
        ("u2", "s2"),
    }
    # with nothing scoped at all (a sheet with no place column), every pair is compared
    blank = [_node(f"u{k}", None, k) for k in range(4)]
    assert len(list(sweep(blank, 7))) == 6


def _claim(id_: str, value: int, scope: str | None, who: int, day: int = 0) -> Claim:
    return Claim(
        id=id_,
        quantity=Quantity.parse(str(value)),
        metric="displaced",
        scope=scope,
        claimants=(OrgRef(mention=f"Source {who}"),),
        as_of=Period(start=_DAY + dt.timedelta(days=day), end=_DAY + dt.timedelta(days=day)),
    )


def test_two_blank_places_among_regions_are_no_disagreement() -> None:
    claims = [
        _claim("a", 500, "Region 1", 0),
        _claim("b", 900, "Region 2", 1),
        _claim("c", 100, None, 2),
        _claim("d", 4000, None, 3, day=1),
    ]
    assert check(claims).discrepancies == ()
    # the same two blank claims alone are one quantity, and disagree
    alone = check([c for c in claims if c.scope is None]).discrepancies
    assert [sorted(d.claims) for d in alone] == [["c", "d"]]


def test_two_blank_places_of_one_event_are_still_one_count() -> None:
    """Claims of one event count the event: with no scope, both count all of it."""
    claims = [
        attrs.evolve(_claim("a", 500, "Region 1", 0), metric="protesters", event="march"),
        attrs.evolve(_claim("b", 900, "Region 2", 1), metric="protesters", event="march"),
        attrs.evolve(_claim("c", 1000, None, 2), metric="protesters", event="march"),
        attrs.evolve(_claim("d", 40_000, None, 3), metric="protesters", event="march"),
    ]
    found = check(claims).discrepancies
    assert [sorted(d.claims) for d in found] == [["c", "d"]]


# -- claims of no date, and of one event: pairs by scope, not by looking at every pair ------

_EVENT_SCOPES = st.sampled_from([None, None, "Venezuela", "Caracas", "Zulia", "Region 1"])


def _every_pair(nodes: list[Node], places: Places) -> list[tuple[str, str]]:
    """The pairs with fitting scopes, every pair looked at (quadratic: small inputs)."""
    stands = stands_for(nodes, places)
    return [
        (a.id, b.id) for j, b in enumerate(nodes) for a in nodes[:j] if fits_scope(a, b, stands)
    ]


@settings(max_examples=300)
@given(scopes=st.lists(_EVENT_SCOPES, min_size=0, max_size=20))
def test_pairs_by_scope_are_every_fitting_pair_in_order(scopes: list[str | None]) -> None:
    places = Gazetteer.builtin()
    claims = [
        Claim(id=f"c{k:02d}", quantity=Quantity.parse("10"), metric="displaced", scope=scope)
        for k, scope in enumerate(scopes)
    ]
    index = ClaimIndex.build(claims, MetricRegistry.builtin(), Policy(), places)
    for nodes in index.groups.values():
        found = [(a.id, b.id) for a, b in scoped_pairs(nodes, places)]
        assert found == _every_pair(nodes, places)
