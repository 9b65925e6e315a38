"""The estimates as plain rows, and the common ones made as rows directly.

A row (`Row`) is an estimate's fields in order, each vote a tuple of its fields: what the
report's writers read (`discrepancy.serialize.estimate_row_writer()`), without making the
`Estimate` and `Vote` objects the API returns (`estimate_of()` makes them from a row,
`row_of()` a row from them). Most quantities at scale are two or three claims of as many
sources that all agree; `pair_row()` and `quick_row()` make their rows in one pass
(``None`` for any other quantity, which takes the general path of
`discrepancy._estimate_build`). Both give exactly what the general path gives (tested on
random claims).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, TypeAlias

from discrepancy._consensus import common, common2
from discrepancy._estimate_build import _Context, _estimate_of, _floor, _round, _span, _span2, _vote
from discrepancy._estimate_values import Estimate, Floor, LeftOut
from discrepancy.claim import Period, StatusClass
from discrepancy.quantity import Interval
from discrepancy.wording.estimates import both, words

if TYPE_CHECKING:
    from discrepancy.compare import Node

__all__ = ["Row", "VoteRow", "estimate_of", "pair_row", "quick_row", "row_of"]

VoteRow: TypeAlias = tuple[tuple[str, ...], tuple[str, ...], Interval, float, bool]
"""A vote's fields in order: claimants, claims, interval, weight, agrees."""

Row: TypeAlias = tuple[
    str, str, str, "str | None", "str | None", "Period | None", tuple[str, ...], "Floor | None",
    "Interval | None", int, int, "float | None", tuple[VoteRow, ...], tuple[LeftOut, ...], str,
]  # fmt: skip
"""An estimate's fields in order (`Estimate`), each vote a `VoteRow`."""


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


_ANNOUNCED = StatusClass.ANNOUNCED
_CONFIRMED = StatusClass.CONFIRMED


def quick_row(
    metric: str,
    flow: bool,
    ids: tuple[str, ...],
    nodes: dict[str, Node],
    superseded: dict[str, str],
    ctx: _Context,
    eid: str,
) -> Row | None:
    """The row of `_finish(_small(...))` without the draft, for the quantities `_small()`
    takes (the most, at scale: two or three sources that agree; two claims take
    `pair_row()`); ``None`` for the others.

    Every vote agrees and the central value is the middle of what all share, so the
    weights only show on the votes. `_agreeing()`'s test and `_record()`'s description in
    one pass over the sources (a million claims: 67,000 such quantities of three claims
    or more).
    """
    by_key: dict[str, Node] = {}
    for k in ids:
        m = nodes[k]
        if m.status_class is _ANNOUNCED or len(m.claimants) != 1:
            return None
        (key,) = m.claimants
        if key in by_key or (superseded and k in superseded):
            return None
        by_key[key] = m
    keys = sorted(by_key)
    members = [by_key[k] for k in keys]
    shared = common([m.interval for m in members])
    if shared is None:
        return None
    per = ctx.per
    votes_: list[VoteRow] = []
    scope = event = None  # the least of those stated
    periods = []
    confirmed = False
    for k, m in zip(keys, members, strict=True):
        found = per.get(k)
        if found is None or not found[2]:
            return None  # a weight of zero (or none): the general path weighs the votes
        votes_.append((found[0], (m.id,), m.interval, found[1], True))
        said = m.claim
        if said.scope and (scope is None or said.scope < scope):
            scope = said.scope
        if said.event and (event is None or said.event < event):
            event = said.event
        periods.append(m.period)
        confirmed = confirmed or m.status_class is _CONFIRMED
    votes = tuple(votes_)
    n = len(keys)
    floor = _floor(members) if confirmed else None
    central = (shared.low + shared.high) / 2 if shared.high != math.inf else None
    if central is not None and floor is not None:
        central = max(central, floor.value)
    claims = tuple(sorted(ids))
    unit = members[0].claim.quantity.unit
    period = _span(periods)
    shown = None if central is None else _round(central)
    label = ctx.labels.get(metric) or ctx.label(metric)
    if floor is None and n > 1:
        text = both(label, unit, scope, event, period, shared, shown, flow, n)
    else:
        wanted = None if floor is None else floor.claim
        floor_claim = next((m.claim for m in members if m.id == wanted), None)
        # the sentence of one source reads its vote's interval
        one = (_vote(*votes[0]),) if n == 1 else ()
        text = words(
            label, unit, scope, event, period, floor, floor_claim, shared,
            n, n, shown, one, (), flow,
        )  # fmt: skip
    return (
        eid, metric, unit, scope, event, period, claims, floor, shared,
        n, n, shown, votes, (), text,
    )  # fmt: skip


def pair_row(
    metric: str,
    flow: bool,
    x: str,
    y: str,
    nodes: dict[str, Node],
    superseded: dict[str, str],
    ctx: _Context,
    eid: str,
) -> Row | None:
    """The row of the estimate of two claims of two sources that agree (most quantities at
    scale), all in one function, the sentence by `both()` where there is no floor; ``None``
    for any other two claims (the general path then).

    Gives exactly what the general path gives (tested against it).
    """
    a, b = nodes[x], nodes[y]
    sa, sb = a.status_class, b.status_class
    if sa is _ANNOUNCED or sb is _ANNOUNCED:
        return None
    ca, cb = a.claimants, b.claimants
    if len(ca) != 1 or len(cb) != 1 or (superseded and (x in superseded or y in superseded)):
        return None
    (ka,) = ca
    (kb,) = cb
    if kb < ka:
        a, b, ka, kb = b, a, kb, ka
    elif ka == kb:
        return None
    ia, ib = a.interval, b.interval
    shared = common2(ia, ib)
    per = ctx.per
    pa, pb = per.get(ka), per.get(kb)
    if shared is None or pa is None or pb is None or not (pa[2] and pb[2]):
        return None  # a weight of zero (or none): the general path weighs the votes
    x, y = a.id, b.id
    votes: tuple[VoteRow, ...] = (
        (pa[0], (x,), ia, pa[1], True),
        (pb[0], (y,), ib, pb[1], True),
    )
    said_a, said_b = a.claim, b.claim
    scope, other = said_a.scope, said_b.scope
    if other and (not scope or other < scope):
        scope = other
    event, other = said_a.event, said_b.event
    if other and (not event or other < event):
        event = other
    unit = said_a.quantity.unit
    period = _span2(a.period, b.period)
    high = shared.high
    central = (shared.low + high) / 2 if high != math.inf else None
    if sa is _CONFIRMED or sb is _CONFIRMED:
        floor = _floor((a, b))
        if floor is not None:
            if central is not None:
                central = max(central, floor.value)
            value = None if central is None else _round(central)
            text = words(
                ctx.label(metric), unit, scope or None, event or None, period, floor,
                said_a if x == floor.claim else said_b, shared, 2, 2, value, (), (), flow,
            )  # fmt: skip
            return (
                eid, metric, unit, scope or None, event or None, period,
                (x, y) if x < y else (y, x), floor, shared, 2, 2, value, votes, (), text,
            )  # fmt: skip
    value = None if central is None else _round(central)
    label = ctx.labels.get(metric) or ctx.label(metric)
    scope = scope or None
    event = event or None
    text = both(label, unit, scope, event, period, shared, value, flow)
    return (
        eid, metric, unit, scope, event, period, (x, y) if x < y else (y, x), None,
        shared, 2, 2, value, votes, (), text,
    )  # fmt: skip
