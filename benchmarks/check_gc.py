"""Is pausing the garbage collector still worth it around ``check``? (issue 10, item 5)

Usage::

    python benchmarks/check_gc.py --size 100000

Runs ``check`` on the synthetic claims of ``check_scale.py`` three ways, each in a fresh
process: the collector left alone (what ``check`` does), switched off for the call
(``gc.disable()``, what it did before), and with every object alive before the call frozen
(``gc.freeze()``). Prints the seconds of each. (``check`` itself now raises the collector's
last threshold while it runs: ``alone`` here is ``check`` as it is.)

``--in-process`` (issue 10, item 5, second measurement) instead reads the claims once and
runs ``check`` on them in one process, the ways interleaved, best of ``--rounds`` on CPU
(``time.process_time``), at each of ``--sizes``:

* ``alone``: the collector left alone (what ``check`` did before it raised the last
  threshold for its duration: that step is taken out of every way but the next);
* ``check``: ``check`` as it is (the collector's last threshold raised while it runs);
* ``off``: switched off for the call (the floor: what no collection at all would give);
* ``freeze-read``: ``gc.freeze()`` before the call (the claims as read moved out of the
  collector's way), ``gc.unfreeze()`` after;
* ``freeze-normalized``: ``gc.freeze()`` once ``check`` has normalized the claims (just
  before ``ClaimIndex.build``: the claims as read and as normalized frozen), ``gc.unfreeze()``
  after;
* ``no-full``: ``gc.set_threshold(700, 10, 1000)`` for the call (young collections as
  usual, next to no full ones), the thresholds restored after;
* ``big-young``: ``gc.set_threshold(50000, 10, 10)`` for the call.

For each way it also prints how many full (generation 2) collections ran and their CPU
seconds (``gc.callbacks``), and the CPU seconds of a full collection right after the call
with the report alive: a way that puts full collections off leaves one to come, and this
is the most it can cost.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_scale import generate  # the sibling benchmark's generator

MODES = ("alone", "disable", "freeze")
WAYS = ("alone", "check", "off", "freeze-read", "freeze-normalized", "no-full", "big-young")


def run(mode: str, path: Path) -> float:
    """Seconds of one ``check`` of the claims at ``path`` with the collector in ``mode``."""
    from discrepancy import check, read_claims

    claims, _ = read_claims(path.read_bytes(), name=path.name)
    t = time.perf_counter()
    if mode == "disable":
        gc.disable()
    elif mode == "freeze":
        gc.freeze()
    try:
        check(claims)
    finally:
        gc.enable()
        gc.unfreeze()
    return time.perf_counter() - t


class _FreezingIndex:
    """Stands in for ``ClaimIndex`` in ``discrepancy.check``: freezes, then builds."""

    @staticmethod
    def build(*args: Any, **kwargs: Any) -> Any:
        from discrepancy.compare import ClaimIndex

        gc.freeze()
        return ClaimIndex.build(*args, **kwargs)


class _FullCollections:
    """Counts the full collections and their CPU seconds (a ``gc.callbacks`` entry)."""

    def __init__(self) -> None:
        self.count = 0
        self.seconds = 0.0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._start = time.process_time()
        else:
            self.count += 1
            self.seconds += time.process_time() - self._start


def one(way: str, claims: list[Any]) -> tuple[float, int, float, float]:
    """CPU seconds of one ``check`` of ``claims`` the given way; its full collections and
    their seconds; the seconds of a full collection just after, with the report alive."""
    from discrepancy import check

    check_module = importlib.import_module("discrepancy.check")  # the module, not the function

    gc.collect()
    full = _FullCollections()
    gc.callbacks.append(full)
    thresholds = gc.get_threshold()
    own = check_module._few_full_collections
    t = time.process_time()
    try:
        if way != "check":
            check_module._few_full_collections = contextlib.nullcontext
        if way == "off":
            gc.disable()
        elif way == "freeze-read":
            gc.freeze()
        elif way == "freeze-normalized":
            check_module.ClaimIndex = _FreezingIndex
        elif way == "no-full":
            gc.set_threshold(700, 10, 1000)
        elif way == "big-young":
            gc.set_threshold(50_000, 10, 10)
        report = check(claims)
        seconds = time.process_time() - t
    finally:
        gc.enable()
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        from discrepancy.compare import ClaimIndex

        check_module.ClaimIndex = ClaimIndex
        check_module._few_full_collections = own
        gc.callbacks.remove(full)
    assert report.claims
    assert check_module.ClaimIndex is not _FreezingIndex
    t = time.process_time()
    gc.collect()  # one full pass over what check leaves (the report alive): the most it moves
    after = time.process_time() - t
    del report
    return seconds, full.count, full.seconds, after


def in_process(sizes: list[int], rounds: int, ways: list[str]) -> None:
    """The ways interleaved in one process, best of ``rounds`` CPU seconds at each size."""
    from discrepancy import read_claims

    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "claims.jsonl"
            generate(size, path)
            claims, _ = read_claims(path.read_bytes(), name=path.name)
        one("alone", claims[:1000])  # warm: imports, the built-in registries
        best: dict[str, tuple[float, int, float, float]] = {}
        load = [os.getloadavg()[0]]
        for k in range(rounds):
            order = ways[k % len(ways) :] + ways[: k % len(ways)]
            for way in order:
                got = one(way, claims)
                if way not in best or got[0] < best[way][0]:
                    best[way] = got
            load.append(os.getloadavg()[0])
        base = best[ways[0]][0]
        print(f"{size:,} claims, best of {rounds} (CPU s), load {min(load):.1f}-{max(load):.1f}")
        for way in ways:
            sec, count, full, after = best[way]
            print(
                f"  {way:>17}: {sec:6.2f} s ({sec / base - 1:+.0%}),"
                f" {count} full collections {full:.2f} s; a full one after {after:.2f} s"
            )
        del claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--mode", choices=MODES)
    parser.add_argument("--file")
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 300_000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ways", nargs="+", choices=WAYS, default=list(WAYS))
    args = parser.parse_args()
    if args.in_process:
        in_process(args.sizes, args.rounds, args.ways)
        return
    if args.mode:
        print(json.dumps(run(args.mode, Path(args.file))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.jsonl"
        generate(args.size, path)
        for mode in MODES:
            cmd = [sys.executable, __file__, "--mode", mode, "--file", str(path)]
            done = subprocess.run(cmd, capture_output=True, text=True, check=True)
            print(f"{mode:>8}: check of {args.size:,} claims {json.loads(done.stdout):.2f} s")


if __name__ == "__main__":
    main()
