"""How close the estimates come to a known truth, and what they add to check's time.

Usage::

    python benchmarks/estimate_synth.py                  # accuracy, seeds 1-5
    python benchmarks/estimate_synth.py --seeds 1        # one run
    python benchmarks/estimate_synth.py --cost 100000    # check's time with and without

**Accuracy.** A generator whose truth is known: many quantities (a count each, log-uniform
from 50 to 50,000), sources whose activity is Zipf-distributed (1 to 150 claims), of three
kinds: honest sources (their reading: the truth times a normal factor, mean 1, s.d.
0.08), sources that inflate (×1.5–3) and sources that give only floors ("at least"
0.3–0.9 × the truth, half of them confirmed counts). Each claim carries a hedge, every
one of docs/concepts.md's table (exact, about, nearly, just over, more than, ranges, up to,
fewer than, vague words such as "hundreds", round numbers; "at least" for the floors).
All claims go through ``read_claims`` and ``check(..., estimates=True)``, as a user's would.

For each quantity with at least two claims it compares, in the same run:

* the plain median of the claims' midpoints (an unbounded claim counts as its stated bound);
* the midpoint of the max-overlap interval (Marzullo, the lowest of tied intervals; an
  unbounded interval counts as its low end);
* the central estimate, with each long-tail correction (``shrunk``, ``chi2``) and with no
  source weights at all (every source weighs 1).

It prints the share of quantities whose estimate is within 10% of the truth (a quantity
with no estimate counts as a miss) and the median relative error of those that have one.

**Cost.** ``--cost N`` writes ``N`` claims with ``benchmarks/check_scale.py``'s generator and,
in one fresh process, times ``check`` with and without ``estimates=True`` on the same
loaded claims, alternately, and the estimate step alone (timed inside ``check``), best of
``--repeat``, in CPU seconds of the process (``time.process_time``): the step alone is the
added cost, free of the noise between two whole runs on a shared machine. ``check`` builds
each estimate when it is read; reading all of that report's estimates is timed apart,
first as rows (as the report's writers read them), then as the API's ``Estimate`` objects.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from discrepancy import Interval, check, read_claims
from discrepancy.estimate import EstimatePolicy, Method
from discrepancy.orgs import OrgRef

DAY = "2026-05-03"
KINDS = ("honest", "inflates", "floors")
NOISE = 0.08  # an honest source's reading: the truth times N(1, 0.08)


class Unresolved:
    """Every source name is its own claimant (no org registry, no clustering)."""

    def ref(self, mention: str) -> OrgRef:
        return OrgRef(mention=mention)


# "dozens", "hundreds"...: the vague word whose interval holds a reading (docs/concepts.md)
_VAGUE = (
    (24, 99, "dozens"),
    (200, 999, "hundreds"),
    (2_000, 9_999, "thousands"),
    (20_000, 99_999, "tens of thousands"),
)


def _hedged(rnd: random.Random, v: float) -> dict[str, Any]:
    """A claim value saying ``v`` with a hedge: every hedge of docs/concepts.md's table.

    ``round`` applies from 2,000 and a vague word only where one holds ``v``; elsewhere the
    number is stated exactly.
    """
    r = rnd.random()
    if r < 0.25:
        return {"value": round(v), "qualifier": "exact"}
    if r < 0.47:
        return {"value": round(v), "qualifier": "approx"}
    if r < 0.57:  # "nearly n": n at or above the reading
        return {"value": round(v * rnd.uniform(1.0, 1.1)), "qualifier": "nearly"}
    if r < 0.67:  # "just over n": n at or below it
        return {"value": round(v * rnd.uniform(0.91, 1.0)), "qualifier": "just_over"}
    if r < 0.72:
        return {"value": round(v * rnd.uniform(0.7, 0.98)), "qualifier": "more_than"}
    if r < 0.82:
        low, high = round(v * rnd.uniform(0.8, 0.97)), round(v * rnd.uniform(1.03, 1.25))
        return {"value": {"low": low, "high": high}}
    if r < 0.87:  # "up to n", "fewer than n": n above the reading
        qualifier = "at_most" if r < 0.85 else "fewer_than"
        return {"value": round(v * rnd.uniform(1.02, 1.3)), "qualifier": qualifier}
    if r < 0.92:  # "hundreds"
        for low, high, word in _VAGUE:
            if low <= v <= high:
                return {"value": word}
        return {"value": round(v), "qualifier": "exact"}
    if v >= 2_000:  # a round number: "2,000" read as 1,900 to 2,100
        return {"value": round(v, -3) or 1_000, "qualifier": "round"}
    return {"value": round(v), "qualifier": "exact"}


def generate(
    seed: int, quantities: int = 600, sources: int = 900
) -> tuple[list[dict[str, Any]], dict[str, float]]:
    """Claim records and the truth of each quantity (by scope)."""
    rnd = random.Random(seed)
    truth = {
        f"Region {q}": math.exp(rnd.uniform(math.log(50), math.log(50_000)))
        for q in range(quantities)
    }
    regions = sorted(truth)
    records: list[dict[str, Any]] = []
    for rank in range(1, sources + 1):
        activity = max(1, min(150, round(150 / rank**0.9)))
        kind = rnd.choices(KINDS, weights=(0.6, 0.2, 0.2))[0]
        name = f"{kind}-{rank}"
        for scope in rnd.sample(regions, activity):
            t = truth[scope]
            status = "reported"
            if kind == "honest":
                value = _hedged(rnd, t * rnd.gauss(1.0, NOISE))
            elif kind == "inflates":
                value = _hedged(rnd, t * rnd.uniform(1.5, 3.0))
            else:
                value = {"value": round(t * rnd.uniform(0.3, 0.9)), "qualifier": "at_least"}
                status = rnd.choice(("confirmed", "reported"))
            records.append(
                {
                    "id": f"{name}-{scope.split()[1]}",
                    **value,
                    "metric": "displaced",
                    "scope": scope,
                    "claimant": name,
                    "status": status,
                    "as_of": DAY,
                }
            )
    rnd.shuffle(records)
    return records, truth


def _mid(iv: Interval) -> float:
    return iv.low if not iv.bounded else (iv.low + iv.high) / 2


def _marzullo_first(ivs: list[Interval]) -> Interval:
    """The classic algorithm: the first (lowest) interval of the largest overlap."""
    events = sorted([(iv.low, -1) for iv in ivs] + [(iv.high, 1) for iv in ivs])
    best, count, low, found = 0, 0, 0.0, ivs[0]
    for k, (x, kind) in enumerate(events):
        count -= kind
        if count > best:
            best, low = count, x
            found = Interval(low=low, high=events[k + 1][0])
    return found


def _score(estimates: dict[str, float | None], truth: dict[str, float]) -> tuple[float, float, int]:
    errors = [abs(v - truth[q]) / truth[q] for q, v in estimates.items() if v is not None]
    within = sum(e <= 0.10 for e in errors) / len(estimates)
    return within, statistics.median(errors), len(errors)


def accuracy(seed: int) -> dict[str, tuple[float, float, int]]:
    records, truth = generate(seed)
    claims, errors = read_claims(records)
    assert not errors, errors[:3]
    by_scope: dict[str, list[Interval]] = defaultdict(list)
    for c in claims:
        by_scope[c.scope or ""].append(c.quantity.interval)
    judged = {q for q, ivs in by_scope.items() if len(ivs) >= 2}
    results: dict[str, dict[str, float | None]] = {
        "plain median of midpoints": {q: statistics.median(map(_mid, by_scope[q])) for q in judged},
        "max-overlap midpoint": {q: _mid(_marzullo_first(by_scope[q])) for q in judged},
    }
    variants = {
        "central, shrunk weights": EstimatePolicy(method=Method.SHRUNK),
        "central, chi2 weights": EstimatePolicy(method=Method.CHI2),
        "central, no weights": EstimatePolicy(prior=1e12),
    }
    for label, settings in variants.items():
        report = check(claims, resolver=Unresolved(), estimates=settings)
        found: dict[str, float | None] = dict.fromkeys(judged)
        for est in report.estimates or ():
            if est.scope in found:
                found[est.scope] = est.central
        results[label] = found
    return {label: _score(found, truth) for label, found in results.items()}


def _cost_child(path: str, repeat: int) -> dict[str, list[float]]:
    """In one process: check with and without estimates, alternately; the estimate step
    (timed inside ``check``); then every estimate of that report read, as rows and as
    objects."""
    import discrepancy.estimate as estimate_module
    from discrepancy.orgs import OrgRegistry
    from discrepancy.resolver import OrgResolver

    claims, _ = read_claims(Path(path).read_bytes(), name=path)
    resolver = OrgResolver(OrgRegistry.builtin())
    times: dict[str, list[float]] = {
        "check": [],
        "check, estimates=True": [],
        "estimates alone": [],
        "reading them as rows": [],
        "reading them all": [],
    }
    step = estimate_module._estimate

    def timed(*args: Any, **kwargs: Any) -> Any:  # the step, as check calls it
        t = time.process_time()
        found = step(*args, **kwargs)
        times["estimates alone"].append(time.process_time() - t)
        return found

    estimate_module._estimate = timed  # type: ignore[assignment]
    for _ in range(repeat):
        for flag in (False, True):
            t = time.process_time()
            report = check(claims, resolver=resolver, estimates=flag)
            times["check, estimates=True" if flag else "check"].append(time.process_time() - t)
            assert (report.estimates is not None) == flag
        found = report.estimates
        assert found is not None
        rows = getattr(found, "rows", None)
        if rows is not None:  # as the report's writers read them: no object made
            t = time.process_time()
            for _row in rows():
                pass
            times["reading them as rows"].append(time.process_time() - t)
        t = time.process_time()
        for _estimate in found:  # each is built when it is read
            pass
        times["reading them all"].append(time.process_time() - t)
        times["quantities"] = [float(len(found))]
        del report, found
    return times


def cost(n: int, repeat: int) -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    from check_scale import generate as scale_generate

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"claims-{n}.jsonl"
        scale_generate(n, path)
        cmd = [sys.executable, __file__, "--child", str(path), "--repeat", str(repeat)]
        done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    times = json.loads(done.stdout)
    quantities = int(times.pop("quantities")[0])
    print(f"{n:,} claims (check_scale.py's generator), {quantities:,} estimates; best of {repeat}")
    for label, runs in times.items():
        if not runs:
            continue
        listed = ", ".join(f"{t:.2f}" for t in runs)
        print(f"  {label:<22} {min(runs):8.2f} s   (runs: {listed})")
    plain = min(times["check"])
    print(
        f"  estimates add {100 * min(times['estimates alone']) / plain:.1f}% to check's time "
        f"(the estimate step alone); check with them took "
        f"{100 * (min(times['check, estimates=True']) / plain - 1):+.1f}%; reading every "
        f"estimate afterwards, {100 * min(times['reading them all']) / plain:.1f}% more"
    )
    step = min(times["estimates alone"])
    whole = min(times["check, estimates=True"]) - plain  # the step, with the noise of two runs
    for label, key in (("as rows (the report's writers)", "reading them as rows"),
                       ("as `Estimate` objects", "reading them all")):  # fmt: skip
        if times[key]:
            read = min(times[key])
            print(
                f"  the step and every estimate read {label}: {100 * (step + read) / plain:+.1f}% "
                f"(with check's difference for the step: {100 * (whole + read) / plain:+.1f}%)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5])
    parser.add_argument("--cost", type=int, metavar="N", help="time check on N claims instead")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_cost_child(args.child, args.repeat)))
        return
    if args.cost:
        cost(args.cost, args.repeat)
        return
    totals: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for seed in args.seeds:
        for label, score in accuracy(seed).items():
            totals[label].append(score)
    print(
        f"seeds {args.seeds}: share within 10% of the truth, median relative error, estimates made"
    )
    for label, scores in totals.items():
        within = statistics.mean(s[0] for s in scores)
        error = statistics.mean(s[1] for s in scores)
        made = sum(s[2] for s in scores)
        per_seed = " ".join(f"{s[0]:.2f}" for s in scores)
        print(
            f"  {label:<28} within 10%: {within:.3f}  median error: {error:.3f}  "
            f"made: {made}  (per seed: {per_seed})"
        )


if __name__ == "__main__":
    main()
