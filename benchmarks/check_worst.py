"""How check copes with the shapes of input that make pairwise comparison quadratic.

Usage::

    python benchmarks/check_worst.py                       # every shape at 1k, 10k, 100k
    python benchmarks/check_worst.py --sizes 1000 5000     # chosen sizes
    python benchmarks/check_worst.py --shapes big-group    # one shape
    python benchmarks/check_worst.py --timeout 120         # give up on a phase after 120 s

The shapes (issue 10):

* ``plain``: the synthetic claims of ``check_scale.py`` — the baseline per claim;
* ``big-group``: one metric, one scope, one date, 1,000 claimants whose counts spread
  widely, so that most pairs conflict;
* ``nested``: one flow counted over nested periods (every period starts on its own day and
  ends on one shared day), so every pair is comparable;
* ``unscoped``: the plain claims with the scope dropped from 10% of them;
* ``no-scope``: the plain claims with no scope at all (a spreadsheet without a place
  column): every claim of a metric within the window may be one quantity.

Each phase runs in its own process (``json.loads`` of every line, then ``check`` alone on
claims read beforehand), so its peak memory is its own. It prints wall and CPU seconds
(``time.process_time``: on a shared machine the fairer clock), peak MB, the
number of discrepancies and pairs reported, the ratio check / json.loads and the time per
claim against ``plain`` at the same size. A phase that runs past ``--timeout`` is stopped
and printed as such: that is the finding, not a failure of the script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_scale import generate  # the sibling benchmark's generator

DAY0 = dt.date(2024, 1, 1)
SHAPES = ("plain", "big-group", "nested", "unscoped", "no-scope")


def write_shape(shape: str, n: int, path: Path, seed: int = 11) -> None:
    """Write ``n`` claims of one shape to ``path`` as JSON Lines."""
    rnd = random.Random(seed)
    if shape in ("plain", "unscoped", "no-scope"):
        generate(n, path)
        if shape != "plain":
            share = 0.10 if shape == "unscoped" else 1.0
            lines = path.read_text(encoding="utf-8").splitlines()
            with path.open("w", encoding="utf-8") as out:
                for line in lines:
                    rec = json.loads(line)
                    if rnd.random() < share:
                        rec.pop("scope", None)
                    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        return
    with path.open("w", encoding="utf-8") as out:
        for k in range(n):
            if shape == "big-group":
                rec: dict[str, Any] = {
                    "id": f"g{k}",
                    "value": rnd.randint(100, 100_000),
                    "metric": "displaced",
                    "scope": "Region 1",
                    "claimant": f"Source {rnd.randrange(1_000)}",
                    "as_of": DAY0.isoformat(),
                }
            else:  # nested: one flow, periods [DAY0 + k days back, shared end]
                end = DAY0 + dt.timedelta(days=400)
                start = end - dt.timedelta(days=1 + k % 365)
                rec = {
                    "id": f"n{k}",
                    "value": rnd.randint(10, 10_000),
                    "metric": "releases",
                    "scope": "Region 1",
                    "claimant": f"Source {rnd.randrange(1_000)}",
                    "as_of": {"start": start.isoformat(), "end": end.isoformat()},
                }
            out.write(json.dumps(rec) + "\n")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def phase(name: str, path: Path) -> dict[str, Any]:
    """Run one phase in this process; return its seconds, peak MB and what it found."""
    data = path.read_bytes()
    result: dict[str, Any] = {"phase": name}
    if name == "json.loads":
        lines = data.decode("utf-8").splitlines()
        t, c = time.perf_counter(), time.process_time()
        rows = [json.loads(line) for line in lines]
        result["seconds"] = time.perf_counter() - t
        result["cpu"] = time.process_time() - c
        result["records"] = len(rows)
    else:
        from discrepancy import check, read_claims

        claims, _ = read_claims(data, name=path.name)
        t, c = time.perf_counter(), time.process_time()
        report = check(claims)
        result["seconds"] = time.perf_counter() - t
        result["cpu"] = time.process_time() - c
        result["discrepancies"] = len(report.discrepancies)
        result["pairs"] = sum(len(getattr(d, "pairs", ()) or ()) for d in report.discrepancies)
    result["peak_mb"] = _peak_mb()
    return result


def _run_child(name: str, path: Path, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", name, "--file", str(path)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, check=True, env=env, timeout=timeout
        )
    except subprocess.TimeoutExpired:
        return {"phase": name, "timeout": timeout}
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=list(SHAPES))
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--phase")
    parser.add_argument("--file")
    args = parser.parse_args()
    if args.phase:
        print(json.dumps(phase(args.phase, Path(args.file))))
        return
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; each phase in its own process")
    print(
        f"{'shape':>10} {'claims':>9} {'json.loads':>10} {'check':>9} {'ratio':>7} "
        f"{'µs/claim':>9} {'vs plain':>8} {'CPU ratio':>9} {'CPU vs plain':>12} "
        f"{'peak MB':>8}  found"
    )
    shapes = ["plain", *(s for s in args.shapes if s != "plain")]
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            plain_per_claim = plain_cpu = None
            for shape in shapes:
                path = Path(tmp) / f"{shape}-{n}.jsonl"
                write_shape(shape, n, path)
                floor = _run_child("json.loads", path, args.timeout)
                result = _run_child("check", path, args.timeout)
                path.unlink()
                if "timeout" in result:
                    print(
                        f"{shape:>10} {n:>9,} {floor['seconds']:>10.2f} "
                        f"{'> ' + str(int(args.timeout)) + ' s':>9}  (stopped)"
                    )
                    continue
                per_claim = result["seconds"] / n * 1e6
                cpu_per_claim = result["cpu"] / n * 1e6
                if shape == "plain":
                    plain_per_claim, plain_cpu = per_claim, cpu_per_claim
                versus = f"{per_claim / plain_per_claim:.1f}×" if plain_per_claim else "-"
                cpu_versus = f"{cpu_per_claim / plain_cpu:.1f}×" if plain_cpu else "-"
                print(
                    f"{shape:>10} {n:>9,} {floor['seconds']:>10.2f} {result['seconds']:>9.2f} "
                    f"{result['seconds'] / floor['seconds']:>6.1f}× {per_claim:>9.1f} "
                    f"{versus:>8} {result['cpu'] / floor['cpu']:>8.1f}× {cpu_versus:>12} "
                    f"{result['peak_mb']:>8.0f}  "
                    f"{result['discrepancies']} discrepancies, {result['pairs']} pairs"
                )


if __name__ == "__main__":
    main()
