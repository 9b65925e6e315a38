"""A pause of Python's cyclic garbage collector around bulk building.

Reading or checking a million claims creates tens of millions of small objects, none of
them in reference cycles. The cyclic collector, triggered by allocation counts, then walks
every live object again and again (measured: ``check`` on 1M claims spends about half its
time there). Reference counting still frees everything as usual; only the cycle search
waits until the bulk work is done. The collector's previous state is always restored.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["paused"]


@contextmanager
def paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
