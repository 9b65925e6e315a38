"""Hostile inputs, timed against their budgets: the timings the tests no longer assert.

The tests feed these inputs and check the answers (an error, nothing resolved, every match
found); how long that takes is measured here, where a busy shared machine cannot make a
correct build fail. Each case is run three times and the best time counts.

Cases and budgets (generous: each only has to show the work is linear, not fast):

* ``Quantity.parse`` on 1 MB of letters, digits, hedges and numbers: 2 s each;
* ``Quantity.parse`` on 2,000 generated texts of up to 200 characters: 1 s for the slowest;
* ``OrgResolver.resolve`` on pathological mentions (100,000 letters, 5,000 "the "): 1 s each;
* ``Gazetteer.find`` on 20,000 ambiguous place names: 10 s of CPU;
* ``Gazetteer.builtin()`` from the data file: 1 s;
* ``extract`` on 1 MB of hostile text: ``benchmarks/extract_hostile.py`` (2 s each).

Run (the exit status is 1 when a budget is missed)::

    python benchmarks/pathological.py [--seed 7]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import string
import sys
import time
from collections.abc import Callable

from discrepancy import Quantity, QuantityError
from discrepancy.places import Gazetteer
from discrepancy.resolver import OrgResolver


def best_of(
    work: Callable[[], object], runs: int = 3, clock: Callable[[], float] = time.perf_counter
) -> float:
    """The best of ``runs`` timings of ``work()``, in seconds of ``clock``."""
    best = float("inf")
    for _ in range(runs):
        start = clock()
        work()
        best = min(best, clock() - start)
    return best


def _parse(text: str) -> None:
    with contextlib.suppress(QuantityError):
        Quantity.parse(text)


def _fresh_gazetteer() -> None:
    saved = Gazetteer._builtin
    Gazetteer._builtin = None
    try:
        Gazetteer.builtin()
    finally:
        Gazetteer._builtin = saved


def cases(seed: int) -> list[tuple[str, float, Callable[[], float]]]:
    """(name, budget in seconds, a function giving the measured seconds) for every case."""
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + " ,.-–~%<>áéñ"
    texts = ["".join(rng.choices(alphabet, k=rng.randint(0, 200))) for _ in range(2_000)]
    resolver = OrgResolver.builtin()
    gazetteer = Gazetteer.builtin()
    namesakes = "Huila and Colombia. " * 20_000
    found: list[tuple[str, float, Callable[[], float]]] = []
    for name, text in (
        ("letters", "x" * 1_000_000),
        ("digits", "1" * 1_000_000),
        ("hedges", "more than " * 100_000),
        ("numbers", "1 " * 500_000),
    ):
        found.append(
            (f"Quantity.parse: 1 MB of {name}", 2.0, lambda t=text: best_of(lambda: _parse(t)))
        )
    found.append(
        (
            "Quantity.parse: slowest of 2,000 short texts",
            1.0,
            lambda: max(best_of(lambda t=t: _parse(t), runs=1) for t in texts),
        )
    )
    for mention in ("the " * 5_000, "a" * 100_000, "Foro Penal " * 2_000, "(" * 1_000):
        label = f"OrgResolver.resolve: {mention[:12]!r}… ({len(mention):,} chars)"
        # resolve() remembers its answers: each run calls _resolve, which does the work
        found.append((label, 1.0, lambda m=mention: best_of(lambda: resolver._resolve(m))))
    found.append(
        (
            "Gazetteer.find: 20,000 namesakes (CPU s)",
            10.0,
            lambda: best_of(lambda: gazetteer.find(namesakes), clock=time.process_time),
        )
    )
    found.append(("Gazetteer.builtin(): a fresh load", 1.0, lambda: best_of(_fresh_gazetteer)))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    missed = 0
    print(f"{'case':<58} {'best s':>8} {'budget':>7}")
    for name, budget, measure in cases(args.seed):
        seconds = measure()
        verdict = "ok" if seconds < budget else "MISSED"
        missed += verdict == "MISSED"
        print(f"{name:<58} {seconds:>8.3f} {budget:>7g}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
