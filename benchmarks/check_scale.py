"""How check scales: time and peak memory at 10k, 100k and 1M synthetic claims.

Usage::

    python benchmarks/check_scale.py                 # 10k, 100k, 1M
    python benchmarks/check_scale.py --sizes 10000   # one size

For each size it writes a JSON Lines file of synthetic claims (many metrics, scopes,
claimants and dates, mostly consistent, with a known set of planted discrepancies) and
measures, each phase in a fresh process so peak memory is its own:

* ``json.loads`` of every line — the floor: what reading the input costs at all;
* loading: ``read_claims`` of the file (parse + validate + build claims);
* check: ``check`` alone on the loaded claims;
* check+estimates: ``check(..., estimates=True)`` on the loaded claims (issue 12: the
  estimates may add at most 30% to check's time at a million claims), then, timed
  apart, reading every estimate: first as the report's writers read them (``rows()``:
  every value of every estimate, no object made), then as the API's ``Estimate`` objects
  (``check`` finishes each estimate when it is read);
* the whole job: ``discrepancy check FILE --format json > report.json`` as a user runs
  it, interpreter start and exit included.

It prints each figure in wall and CPU seconds (``time.process_time``; for the CLI the
child's user and system time: on a shared machine the fairer clock), the ratios to
json.loads on both clocks, whether every planted discrepancy was found (recall), and what
the estimates add to check, in CPU and wall time. ``--phases`` runs only some phases
(``--phases check check+estimates``).
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

DAY0 = dt.date(2024, 1, 1)
SCOPES = 2_000
STOCK_METRICS = ["political prisoners", "displaced", "hostages", "missing", "detained migrants"]
CLAIMANTS = [f"Source {k}" for k in range(300)]


def generate(n: int, path: Path, seed: int = 7) -> dict[str, list[list[str]]]:
    """Write ``n`` claims to ``path``; return the planted conflicts (ids that must meet)."""
    rnd = random.Random(seed)
    planted: dict[str, list[list[str]]] = {"source": [], "announced": [], "parts": []}
    base = {(m, s): rnd.randint(200, 50_000) for m in STOCK_METRICS for s in range(SCOPES)}
    n_planted = max(3, n // 2_000)
    with path.open("w", encoding="utf-8") as out:
        written = 0

        def put(rec: dict[str, Any]) -> None:
            nonlocal written
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            written += 1

        # planted: disagreements, announced-vs-confirmed gaps, parts above their whole
        for k in range(n_planted):
            m, s = rnd.choice(STOCK_METRICS), rnd.randrange(SCOPES)
            day = (DAY0 + dt.timedelta(days=rnd.randrange(720))).isoformat()
            b = base[(m, s)]
            low, high = f"p{k}-low", f"p{k}-high"
            put(
                {
                    "id": low,
                    "value": b,
                    "metric": m,
                    "scope": f"Region {s}",
                    "claimant": "Planted Low",
                    "as_of": day,
                }
            )
            put(
                {
                    "id": high,
                    "value": f"more than {3 * b}",
                    "metric": m,
                    "scope": f"Region {s}",
                    "claimant": "Planted High",
                    "as_of": day,
                }
            )
            planted["source"].append([low, high])
            ann, conf = f"p{k}-ann", f"p{k}-conf"
            event = f"planted-wave-{k}"
            put(
                {
                    "id": ann,
                    "value": 100 + k,
                    "metric": "releases",
                    "status": "announced",
                    "claimant": "Planted Government",
                    "event": event,
                    "as_of": day,
                }
            )
            put(
                {
                    "id": conf,
                    "value": 40,
                    "metric": "releases",
                    "status": "confirmed",
                    "claimant": "Planted Monitor",
                    "event": event,
                    "as_of": day,
                }
            )
            planted["announced"].append([ann, conf])
            whole, part = f"p{k}-whole", f"p{k}-part"
            put(
                {
                    "id": whole,
                    "value": 50,
                    "metric": "released",
                    "event": event + "-b",
                    "claimant": "Planted Government",
                    "as_of": day,
                }
            )
            put(
                {
                    "id": part,
                    "value": "at least 65",
                    "metric": "released",
                    "part_of": whole,
                    "event": event + "-b",
                    "claimant": "Planted Government",
                    "as_of": day,
                }
            )
            planted["parts"].append([whole, part])
        # background: consistent counts ("about n" around each quantity's base)
        k = 0
        while written < n:
            k += 1
            day = DAY0 + dt.timedelta(days=rnd.randrange(720))
            if rnd.random() < 0.7:
                m, s = rnd.choice(STOCK_METRICS), rnd.randrange(SCOPES)
                value = round(base[(m, s)] * rnd.uniform(0.99, 1.01))
                put(
                    {
                        "id": f"b{k}",
                        "value": f"about {value:,}",
                        "metric": m,
                        "scope": f"Region {s}",
                        "claimant": rnd.choice(CLAIMANTS),
                        "outlet": "Wire",
                        "status": "reported",
                        "as_of": day.isoformat(),
                        "published": (day + dt.timedelta(days=1)).isoformat(),
                    }
                )
            else:
                wave = rnd.randrange(max(1, n // 20))
                put(
                    {
                        "id": f"b{k}",
                        "value": f"about {100 + wave % 500}",
                        "metric": "freed",
                        "scope": f"Region {wave % SCOPES}",
                        "claimant": rnd.choice(CLAIMANTS),
                        "status": rnd.choice(["reported", "estimated"]),
                        "event": f"wave-{wave}",
                        "as_of": day.isoformat(),
                    }
                )
    return planted


PHASES = ("json.loads", "load", "check", "check+estimates", "whole")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def phase(name: str, path: Path, planted_file: Path | None) -> dict[str, Any]:
    """Run one phase in this process; return its seconds, peak MB and checks."""
    from discrepancy import check, read_claims
    from discrepancy.orgs import OrgRegistry
    from discrepancy.resolver import OrgResolver

    data = path.read_bytes()
    resolver = OrgResolver(OrgRegistry.builtin())
    result: dict[str, Any] = {"phase": name}
    if name == "json.loads":
        lines = data.decode("utf-8").splitlines()
        t, c = time.perf_counter(), time.process_time()
        rows = [json.loads(line) for line in lines]
        result["seconds"] = time.perf_counter() - t
        result["cpu"] = time.process_time() - c
        result["records"] = len(rows)
    elif name == "load":
        t, c = time.perf_counter(), time.process_time()
        claims, errors = read_claims(data, name=path.name)
        result["seconds"] = time.perf_counter() - t
        result["cpu"] = time.process_time() - c
        result["records"] = len(claims)
        result["errors"] = len(errors)
    elif name in ("check", "check+estimates"):
        claims, _ = read_claims(data, name=path.name)
        t, cpu = time.perf_counter(), time.process_time()
        report = check(claims, resolver=resolver, estimates=name == "check+estimates")
        result["seconds"] = time.perf_counter() - t
        result["cpu"] = time.process_time() - cpu
        result["discrepancies"] = len(report.discrepancies)
        if report.estimates is not None:
            result["estimates"] = len(report.estimates)
            # check leaves each estimate's last step to its reading (issue 12): what reading
            # them all costs once check is done, as the report's writers read them (rows:
            # every field's value, no object made), then as the API's `Estimate` objects
            rows = getattr(report.estimates, "rows", None)
            if rows is not None:
                t, cpu = time.perf_counter(), time.process_time()
                for _row in rows():
                    pass
                result["rows_cpu"] = round(time.process_time() - cpu, 2)
                result["rows_seconds"] = round(time.perf_counter() - t, 2)
            t, cpu = time.perf_counter(), time.process_time()
            for _estimate in report.estimates:
                pass
            result["read_cpu"] = round(time.process_time() - cpu, 2)
            result["read_seconds"] = round(time.perf_counter() - t, 2)
        if planted_file is not None:
            result["recall"] = _recall(report, json.loads(planted_file.read_text()))
    elif name == "whole":
        # the whole job as a user runs it: the CLI, from the file to the written report,
        # interpreter start and exit included
        out_path = path.with_suffix(".report.json")
        cmd = [sys.executable, "-m", "discrepancy", "check", str(path), "--format", "json"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        with out_path.open("w", encoding="utf-8") as out:
            subprocess.run(cmd, stdout=out, check=True)
        result["seconds"] = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        result["cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        result["bytes_out"] = out_path.stat().st_size
        out_path.unlink()
        result["peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return result
    result["peak_mb"] = _peak_mb()
    return result


def _recall(report: Any, planted: dict[str, list[list[str]]]) -> dict[str, str]:
    met: set[frozenset[str]] = set()
    for d in report.discrepancies:
        pairs = getattr(d, "pairs", None)
        if pairs is not None:
            met |= {frozenset(p) for p in pairs}
        else:
            met.add(frozenset(d.claims[:2]))
            met |= {frozenset((d.claims[0], c)) for c in d.claims[1:]}
    out = {}
    for kind, pairs in planted.items():
        found = sum(frozenset(p) in met for p in pairs)
        out[kind] = f"{found}/{len(pairs)}"
    return out


def _run_child(name: str, path: Path, planted_file: Path) -> dict[str, Any]:
    cmd = [
        sys.executable,
        __file__,
        "--phase",
        name,
        "--file",
        str(path),
        "--planted",
        str(planted_file),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--phases", nargs="+", default=list(PHASES), choices=PHASES)
    parser.add_argument("--phase")
    parser.add_argument("--file")
    parser.add_argument("--planted")
    args = parser.parse_args()
    if args.phase:
        planted = Path(args.planted) if args.planted else None
        print(json.dumps(phase(args.phase, Path(args.file), planted)))
        return
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores; each phase in its own process")
    header = f"{'claims':>9} {'phase':>10} {'seconds':>9} {'CPU s':>9} {'peak MB':>8}  notes"
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"claims-{n}.jsonl"
            planted = generate(n, path)
            planted_file = Path(tmp) / f"planted-{n}.json"
            planted_file.write_text(json.dumps(planted))
            results = {name: _run_child(name, path, planted_file) for name in args.phases}
            for name, r in results.items():
                skip = ("phase", "seconds", "cpu", "peak_mb")
                notes = {k: v for k, v in r.items() if k not in skip}
                print(
                    f"{n:>9,} {name:>10} {r['seconds']:>9.2f} {r['cpu']:>9.2f} "
                    f"{r['peak_mb']:>8.0f}  {notes}"
                )
            if "json.loads" in results:
                for clock in ("seconds", "cpu"):
                    floor = results["json.loads"][clock]
                    ratios = ", ".join(
                        f"{name}/json.loads = {results[name][clock] / floor:.2f}"
                        for name in ("check", "load", "whole")
                        if name in results
                    )
                    label = "ratios" if clock == "seconds" else "CPU ratios"
                    print(f"{n:>9,} {label:>10}  {ratios}")
            if "check" in results and "check+estimates" in results:
                plain, both = results["check"], results["check+estimates"]
                cpu = 100 * (both["cpu"] / plain["cpu"] - 1)
                wall = 100 * (both["seconds"] / plain["seconds"] - 1)
                print(
                    f"{n:>9,} {'estimates':>10}  add {cpu:+.1f}% to check's CPU time, "
                    f"{wall:+.1f}% to its wall time (each in its own process)"
                )
                for key, how in (
                    ("rows_cpu", "as the report's writers do (rows)"),
                    ("read_cpu", "as `Estimate` objects"),
                ):
                    if key in both:
                        whole = 100 * ((both["cpu"] + both[key]) / plain["cpu"] - 1)
                        print(
                            f"{n:>9,} {'estimates':>10}  reading every estimate {how} takes "
                            f"{both[key]:.2f} s CPU more: with it, {whole:+.1f}% to check's CPU"
                        )


if __name__ == "__main__":
    main()
