"""The common estimates, worked out by the grouping where it has just read their claims.

Most quantities at scale are two or three claims of as many sources that all agree: no
claim announced or superseded, one claimant each, a point shared by all. For those, what
the estimate says does not depend on the sources' weights (every vote agrees, the central
value is the middle of what all share), except the weights shown on the votes. So the
grouping (`discrepancy._quantities`) works out the rest at once, while the claims' nodes
are at hand: a plain tuple per quantity (`Draft`), finished when the estimate is read
(`finish()`: the weights put on its votes) or written (`discrepancy._estimate_lines`).
A quantity that is not such gets ``None`` and takes the general path
(`discrepancy._estimate_build`).

Gives exactly what the general path gives (tested on random claims).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

from discrepancy._consensus import common, common2
from discrepancy._estimate_build import (
    _estimate_of,
    _floor,
    _round,
    _span,
    _span2,
    _vote,
)
from discrepancy._estimate_values import Estimate, Floor, LeftOut
from discrepancy._quantities import estimate_id, flat
from discrepancy.claim import Period, StatusClass
from discrepancy.quantity import Interval
from discrepancy.wording.estimates import both, words

if TYPE_CHECKING:
    from discrepancy._estimate_build import _Context
    from discrepancy.compare import Node

__all__ = ["Draft", "Row", "estimate_of", "finish", "group_draft", "pair_draft", "row_of"]

Draft: TypeAlias = tuple[
    str,  # the estimate's id
    str,  # metric
    str,  # unit
    "str | None",  # scope
    "str | None",  # event
    "Period | None",  # period
    tuple[str, ...],  # claims, sorted
    "Floor | None",  # floor
    Interval,  # what all share (the consistent interval)
    int,  # independent sources (all agree)
    "float | None",  # central, as shown
    tuple[str, ...],  # the sources' keys, sorted: one vote each
    tuple[tuple[str, ...], ...],  # each vote's claims (one)
    tuple[Interval, ...],  # each vote's interval
    str,  # the sentence
]
"""An estimate of sources that all agree, but for the weights on its votes."""

_ANNOUNCED = StatusClass.ANNOUNCED
_CONFIRMED = StatusClass.CONFIRMED


def pair_draft(
    metric: str,
    unit: str,
    flow: bool,
    a: Node,
    b: Node,
    superseded: dict[str, str],
    label: str,
) -> tuple[str, Draft] | None:
    """The place and draft of a quantity of the two claims ``a`` and ``b``, ``None`` unless
    they are two sources that agree."""
    sa, sb = a.status_class, b.status_class
    if sa is _ANNOUNCED or sb is _ANNOUNCED:
        return None
    ca, cb = a.claimants, b.claimants
    if len(ca) != 1 or len(cb) != 1:
        return None
    x, y = a.id, b.id
    if superseded and (x in superseded or y in superseded):
        return None
    (ka,) = ca
    (kb,) = cb
    if kb < ka:
        a, b, ka, kb, x, y = b, a, kb, ka, y, x
    elif ka == kb:
        return None
    ia, ib = a.interval, b.interval
    shared = common2(ia, ib)
    if shared is None:
        return None
    said_a, said_b = a.claim, b.claim
    scope, other = said_a.scope, said_b.scope
    if other and (not scope or other < scope):
        scope = other
    event, other = said_a.event, said_b.event
    if other and (not event or other < event):
        event = other
    scope = scope or None
    event = event or None
    period = _span2(a.period, b.period)
    high = shared.high
    central = (shared.low + high) / 2 if high != math.inf else None
    claims = (x, y) if x < y else (y, x)
    floor = _floor((a, b)) if sa is _CONFIRMED or sb is _CONFIRMED else None
    if floor is not None:
        if central is not None:
            central = max(central, floor.value)
        value = None if central is None else _round(central)
        text = words(
            label, unit, scope, event, period, floor,
            said_a if x == floor.claim else said_b, shared, 2, 2, value, (), (), flow,
        )  # fmt: skip
    else:
        value = None if central is None else _round(central)
        text = both(label, unit, scope, event, period, shared, value, flow)
    eid = estimate_id(metric, unit, claims)
    ea, eb = a.end or 0, b.end or 0
    place = flat(metric, scope or "", ea if ea > eb else eb, eid)
    draft = (
        eid, metric, unit, scope, event, period, claims, floor, shared, 2, value,
        (ka, kb), ((x,), (y,)), (ia, ib), text,
    )  # fmt: skip
    return place, draft


def group_draft(
    metric: str,
    unit: str,
    flow: bool,
    members: Sequence[Node],
    ids: Sequence[str],
    superseded: dict[str, str],
    label: str,
) -> tuple[str, Draft] | None:
    """The place and draft of a quantity of the claims ``members`` (of ``ids``, in that
    order), ``None`` unless each is from its own source and all agree."""
    by_key: dict[str, Node] = {}
    for m in members:
        if m.status_class is _ANNOUNCED or len(m.claimants) != 1:
            return None
        (key,) = m.claimants
        if key in by_key or (superseded and m.id in superseded):
            return None
        by_key[key] = m
    keys = sorted(by_key)
    ordered = [by_key[k] for k in keys]
    shared = common([m.interval for m in ordered])
    if shared is None:
        return None
    scope = event = None  # the least of those stated
    periods = []
    confirmed = False
    end = 0
    for m in ordered:
        said = m.claim
        if said.scope and (scope is None or said.scope < scope):
            scope = said.scope
        if said.event and (event is None or said.event < event):
            event = said.event
        periods.append(m.period)
        confirmed = confirmed or m.status_class is _CONFIRMED
        day = m.end
        if day is not None and day > end:
            end = day
    n = len(keys)
    floor = _floor(ordered) if confirmed else None
    central = (shared.low + shared.high) / 2 if shared.high != math.inf else None
    if central is not None and floor is not None:
        central = max(central, floor.value)
    claims = tuple(sorted(ids))
    period = _span(periods)
    shown = None if central is None else _round(central)
    if floor is None and n > 1:
        text = both(label, unit, scope, event, period, shared, shown, flow, n)
    else:
        wanted = None if floor is None else floor.claim
        floor_claim = next((m.claim for m in ordered if m.id == wanted), None)
        # the sentence of one source reads its vote's interval: what all share
        one = (_vote((), (), shared, 0.0, True),) if n == 1 else ()
        text = words(
            label, unit, scope, event, period, floor, floor_claim, shared,
            n, n, shown, one, (), flow,
        )  # fmt: skip
    eid = estimate_id(metric, unit, claims)
    place = flat(metric, scope or "", end, eid)
    draft = (
        eid, metric, unit, scope, event, period, claims, floor, shared, n, shown,
        tuple(keys), tuple([(m.id,) for m in ordered]), tuple([m.interval for m in ordered]), text,
    )  # fmt: skip
    return place, draft


Row: TypeAlias = tuple[
    str, str, str, "str | None", "str | None", "Period | None", tuple[str, ...], "Floor | None",
    "Interval | None", int, int, "float | None",
    tuple[tuple[tuple[str, ...], tuple[str, ...], Interval, float, bool], ...],
    tuple[LeftOut, ...], str,
]  # fmt: skip
"""An estimate as a plain tuple: its fields in order, each vote a tuple of its fields (what
the report's writers read; no `Estimate` or `Vote` is made)."""


def finish(d: Draft, ctx: _Context) -> Row | None:
    """The row of draft ``d``: its votes with their weights; ``None`` where a source weighs
    nothing (the general path weighs the votes then)."""
    per = ctx.per
    (
        eid,
        metric,
        unit,
        scope,
        event,
        period,
        claims,
        floor,
        shared,
        n,
        shown,
        keys,
        said,
        ivs,
        text,
    ) = d
    if n == 2:
        pa, pb = per.get(keys[0]), per.get(keys[1])
        if pa is None or pb is None or not (pa[2] and pb[2]):
            return None
        votes: tuple[tuple[tuple[str, ...], tuple[str, ...], Interval, float, bool], ...] = (
            (pa[0], said[0], ivs[0], pa[1], True),
            (pb[0], said[1], ivs[1], pb[1], True),
        )
    else:
        made = []
        for key, c, iv in zip(keys, said, ivs, strict=True):
            found = per.get(key)
            if found is None or not found[2]:
                return None
            made.append((found[0], c, iv, found[1], True))
        votes = tuple(made)
    return (
        eid, metric, unit, scope, event, period, claims, floor, shared,
        n, n, shown, votes, (), text,
    )  # fmt: skip


def estimate_of(row: Row) -> Estimate:
    """The `Estimate` of a row (its `Vote`s made)."""
    votes = tuple([_vote(*v) for v in row[12]])
    return _estimate_of(*row[:12], votes, row[13], row[14])


def row_of(e: Estimate) -> Row:
    """The row of an `Estimate`."""
    votes = tuple([(v.claimants, v.claims, v.interval, v.weight, v.agrees) for v in e.votes])
    return (
        e.id, e.metric, e.unit, e.scope, e.event, e.period, e.claims, e.floor, e.consistent,
        e.agree, e.independent, e.central, votes, e.left_out, e.summary,
    )  # fmt: skip
