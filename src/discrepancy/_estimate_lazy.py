"""The estimates of one run in their order, each built when it is read.

[`discrepancy.estimate`][discrepancy.estimate] computes the quantities and the sources'
weights; `discrepancy._estimate_build` builds one quantity's estimate; this module orders
the quantities (each estimate's id is worked out here, for its place) and is the sequence
``check`` returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import repeat
from typing import TYPE_CHECKING, TypeVar, overload

from discrepancy._estimate_build import _Context, _draft, _finish
from discrepancy._estimate_rows import Row, estimate_of, pair_row, quick_row, row_of
from discrepancy._estimate_values import Estimate
from discrepancy._quantities import Quantity, estimate_id, flat, order, place

if TYPE_CHECKING:
    from discrepancy.compare import Node

__all__ = ["LazyEstimates"]


def _same(row: Row) -> Row:
    return row


T = TypeVar("T")

_BATCH = 64  # estimates built at a time, under ``check``'s collector regime (`__iter__`)

_id = estimate_id
_flat = flat


def _order(metric: str, ids: Sequence[str], nodes: dict[str, Node]) -> tuple[str, str, int, str]:
    """An estimate's place, before it is built (`discrepancy._quantities.order()`)."""
    return order(metric, [nodes[k] for k in ids], ids)


def _place(metric: str, ids: Sequence[str], nodes: dict[str, Node]) -> str:
    """`_order()` as one string (`discrepancy._quantities.place()`), where the grouping has
    not worked it out."""
    return place(metric, [nodes[k] for k in ids], ids)


_ID_LENGTH = len(_id("", "", ()))


def _places(
    groups: list[Quantity], nodes: dict[str, Node], worked: list[str] | None = None
) -> tuple[list[int], list[str]]:
    """The estimates' order (`_order()`) and their ids.

    Each place is sorted as one string (`_place()`; ``worked``: the places the grouping
    has worked out, `discrepancy._quantities.place()`), several times faster than tuples
    (a million claims: 210,000 estimates, whose tuples, equal in metric, are compared
    item by item). Where a metric or a scope holds a NUL, the tuples are sorted.
    """
    if worked is None:
        flat = [_place(metric, ids, nodes) for metric, _flow, ids in groups]
    else:
        flat = worked
    cut = -_ID_LENGTH
    ids = [key[cut:] for key in flat]
    if sum(map(str.count, flat, repeat("\x00"))) == 2 * len(flat):
        return sorted(range(len(flat)), key=flat.__getitem__), ids
    keys = [_order(metric, ids, nodes) for metric, _flow, ids in groups]
    return sorted(range(len(keys)), key=keys.__getitem__), ids


class LazyEstimates(Sequence[Estimate]):
    """The estimates of a run, in order, each built when it is read (and not kept).

    ``check`` computes what every estimate needs (its quantity, the sources' weights) and
    leaves the rest (votes, ids, sentences) to the reading: a million claims make some
    200,000 estimates, which, built at once and kept, would cost ``check`` a third more
    time (their objects bring on a full pass of the cycle collector over ``check``'s heap).
    Writing a report builds each estimate once, writes it and drops it. Reading one twice
    builds it twice (equal values); ``tuple(...)`` keeps them.

    It compares equal to any sequence of equal estimates (a tuple, as a report read back
    from JSON has), hashes as the tuple would, and pickles as the tuple.
    """

    __slots__ = (
        "_ctx", "_groups", "_ids", "_nodes", "_order", "_places", "_quick", "_superseded",
    )  # fmt: skip

    def __init__(
        self,
        groups: list[Quantity],
        nodes: dict[str, Node],
        superseded: dict[str, str],
        ctx: _Context,
        *,
        fast: bool = True,
        places: list[str] | None = None,
    ) -> None:
        self._groups = groups
        self._places = places  # each quantity's place, if the grouping worked them out
        self._nodes = nodes
        self._superseded = superseded
        self._ctx = ctx
        self._order: list[int] | None = None
        self._ids: list[str] = []  # each estimate's id, worked out for the order
        self._quick = fast  # the rows of sources that all agree made directly

    def __len__(self) -> int:
        return len(self._groups)

    def _ordered(self) -> list[int]:
        order = self._order
        if order is None:
            from discrepancy.check import _few_full_collections

            with _few_full_collections():  # see `__iter__()`
                order, self._ids = _places(self._groups, self._nodes, self._places)
            self._order = order
            self._places = None  # read once
        return order

    def _fast(self, k: int) -> Row | None:
        """The ``k``-th quantity's row where its sources all agree (`pair_row()`,
        `quick_row()`: most quantities), else ``None`` (after `_ordered()`, which gives its
        id)."""
        metric, flow, ids = self._groups[k]
        nodes, superseded, ctx, eid = self._nodes, self._superseded, self._ctx, self._ids[k]
        if not self._quick:
            return None
        if len(ids) == 2:
            return pair_row(metric, flow, ids[0], ids[1], nodes, superseded, ctx, eid)
        return quick_row(metric, flow, ids, nodes, superseded, ctx, eid)

    def _build(self, k: int) -> Estimate:
        """The ``k``-th quantity's estimate."""
        row = self._fast(k)
        return self._general(k) if row is None else estimate_of(row)

    def _general(self, k: int) -> Estimate:
        """The ``k``-th quantity's estimate by the general path (`_draft()`, `_finish()`)."""
        metric, flow, ids = self._groups[k]
        nodes = self._nodes
        members = [nodes[i] for i in ids]
        draft = _draft(members, self._superseded, fast=False)
        return _finish(draft, metric, flow, members, self._ctx, self._ids[k])

    @overload
    def __getitem__(self, index: int) -> Estimate: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Estimate, ...]: ...
    def __getitem__(self, index: int | slice) -> Estimate | tuple[Estimate, ...]:
        order = self._ordered()
        if isinstance(index, slice):
            return tuple(self._batch(order[index], estimate_of, self._general))
        return self._build(order[index])

    def __iter__(self) -> Iterator[Estimate]:
        # Built in batches, each under ``check``'s collector regime (`_batch()`). The reading
        # comes after ``check`` has put the collector's thresholds back, with the full
        # collection over ``check``'s heap that ``check``'s young objects have made due:
        # the first young collection would run it (about half of what reading every
        # estimate costs at 300,000 claims). It stays due, for whatever the program does
        # next, as after ``check`` without estimates. Nothing that the collector tracks is
        # made between two batches (each batch's iterator is made in it).
        order = self._ordered()
        for start in range(0, len(order), _BATCH):
            yield from self._batch(order[start : start + _BATCH], estimate_of, self._general)

    def rows(self) -> Iterator[Row]:
        """The estimates in order as rows (`discrepancy._estimate_rows.Row`: the fields of
        each estimate, its votes as tuples), what the report's writers read: the same values
        as iterating, without making the `Estimate` and `Vote` objects."""
        order = self._ordered()
        general = self._general

        def row(k: int) -> Row:
            return row_of(general(k))

        for start in range(0, len(order), _BATCH):
            yield from self._batch(order[start : start + _BATCH], _same, row)

    def _batch(
        self, chosen: list[int], made: Callable[[Row], T], other: Callable[[int], T]
    ) -> Iterator[T]:
        """``made(row)`` of the quantities ``chosen`` whose row `pair_row()` or `quick_row()`
        makes, ``other(k)`` of the others (`_fast()` with its lookups done once), under
        ``check``'s collector regime (its thresholds put back before they are returned)."""
        from discrepancy.check import _few_full_collections

        groups, nodes, superseded, ctx, eids = (
            self._groups, self._nodes, self._superseded, self._ctx, self._ids,
        )  # fmt: skip
        quick = self._quick
        with _few_full_collections():
            out: list[T] = []
            add = out.append
            for k in chosen:
                metric, flow, ids = groups[k]
                if not quick:
                    found = None
                elif len(ids) == 2:
                    found = pair_row(metric, flow, ids[0], ids[1], nodes, superseded, ctx, eids[k])
                else:
                    found = quick_row(metric, flow, ids, nodes, superseded, ctx, eids[k])
                add(other(k) if found is None else made(found))
            return iter(out)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return repr(tuple(self))

    def __reduce__(self) -> tuple[type[tuple[Estimate, ...]], tuple[tuple[Estimate, ...]]]:
        return (tuple, (tuple(self),))
