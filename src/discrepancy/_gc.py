"""What is left of the garbage-collector pause that ``check`` once used.

``check``, reading and writing used to switch Python's cyclic collector off for the whole
process while they built millions of small objects. That is global state: another thread
running at the same time lost its cycle collection for as long. Issue 10 removed it.
Measured with ``benchmarks/check_gc.py`` (see ``docs/performance.md``), leaving the
collector alone makes ``check`` of 100,000 claims about 1.4 times slower than switching it
off; ``gc.freeze()`` does not win that back (the cost comes from the objects ``check``
builds, not from those alive before it) and is process-wide as well (``gc.unfreeze()``
would undo another caller's freeze), so neither is used. A program that owns its process
may switch the collector off around its work.

:func:`paused` stays only so that callers not yet updated keep working: it changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    """Run the block as is: the collector's state is left alone (see the module docs)."""
    yield
