"""What is left of the garbage-collector pause that ``check`` once used.

``check``, reading and writing used to switch Python's cyclic collector off for the whole
process while they built millions of small objects. That is global state: another thread
running at the same time lost its cycle collection too, and an exception in the wrong place
could leave it off. Issue 10 removed it. Measured on 100,000 claims of
``benchmarks/check_scale.py`` (see ``docs/performance.md``), the pause no longer pays for
itself once ``check`` stops enumerating pairs, and ``gc.freeze()`` is process-wide as well
(it moves every live object of every thread to the permanent generation, and
``gc.unfreeze()`` would undo another caller's freeze), so neither is used.

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
