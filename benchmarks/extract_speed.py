"""Speed of ``discrepancy.extract`` against quantulum3's parser, and recall of gold numbers.

The five seed articles are repeated to about 1 MB; ``extract`` is timed on that text (one
core, best of ``--repeat`` runs), and on each article alone (no repetition to profit from).
The dev set's excerpts (devset/texts, gitignored: skipped where absent) are timed too, each
alone: short real news, where what ``extract`` pays once per call weighs more.
Times are the best of ``--repeat`` runs, on the wall clock and in the process's own CPU time
(``time.process_time``: on a shared machine, the figure other processes disturb least).
quantulum3 (an optional baseline: ``pip install quantulum3``, without its classifier extra) is
timed on one copy of the seeds and scaled, since it is slow.
Recall: the share of gold numbers (seeds/claims.json) whose value each tool finds in the
gold evidence span.

    python benchmarks/extract_speed.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import time
import warnings
from pathlib import Path
from typing import Any

from discrepancy.extraction import extract
from discrepancy.extraction.api import default_resolver

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
GOLD = REPO / "seeds" / "claims.json"
DEVSET = REPO / "devset"
WORDS = {"two": 2, "three": 3, "hundreds": None, "thousands": None}


def _texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


def _devset() -> list[tuple[str, dt.date | None, str]]:
    """(text, publication date, language) of each dev set excerpt whose text is here."""
    out = []
    for path in sorted((DEVSET / "annotations").glob("*.json")):
        ann = json.loads(path.read_text(encoding="utf-8"))
        text_path = DEVSET / "texts" / f"{path.stem}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != ann.get("text_sha256"):
            continue
        day = ann.get("published")
        lang = ann.get("lang") if ann.get("lang") in ("en", "es") else "auto"
        out.append((text, dt.date.fromisoformat(day) if day else None, lang))
    return out


def _gold() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(GOLD.read_text(encoding="utf-8"))
    return data


def _gold_value(rec: dict[str, Any]) -> set[float]:
    from discrepancy.quantity import Quantity

    value = rec["value"]
    if isinstance(value, int | float):
        return {float(value)}
    q = Quantity.parse(str(value))
    return {v for v in (q.value, q.low, q.high) if v is not None}


def recall_extract(texts: dict[str, str]) -> float:
    resolver = default_resolver()
    found = 0
    gold = _gold()
    claims = {name: extract(t, doc_id=name, resolver=resolver) for name, t in texts.items()}
    for rec in gold:
        ev = rec["evidence"]
        values = _gold_value(rec)
        for c in claims[ev["doc"]]:
            e = c.evidence
            q = c.quantity
            got = {v for v in (q.value, q.low, q.high) if v is not None}
            if e is not None and e.start < ev["end"] and ev["start"] < e.end and got & values:
                found += 1
                break
    return found / len(gold)


def recall_quantulum(texts: dict[str, str]) -> float:
    from quantulum3 import parser

    found = 0
    gold = _gold()
    parsed = {name: parser.parse(t) for name, t in texts.items()}
    for rec in gold:
        ev = rec["evidence"]
        values = _gold_value(rec)
        for q in parsed[ev["doc"]]:
            start, end = q.span
            if start < ev["end"] and ev["start"] < end and float(q.value) in values:
                found += 1
                break
    return found / len(gold)


def main() -> int:
    argp = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argp.add_argument("--repeat", type=int, default=3)
    args = argp.parse_args()
    texts = _texts()
    one = "\n\n".join(texts.values())
    big = (one + "\n\n") * (1_000_000 // (len(one) + 2) + 1)
    resolver = default_resolver()
    best = cpu = float("inf")
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        claims = extract(big, published=dt.date(2026, 1, 20), resolver=resolver)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    rate = len(big) / best
    print(
        f"extract: {len(big):,} chars in {best:.3f} s = {rate / 1e6:.2f} MB/s "
        f"({len(claims):,} claims)"
    )
    # on a shared machine the wall clock counts the other processes' turns too; the
    # process's own CPU time does not
    print(f"extract, CPU time of this process: {cpu:.3f} s = {len(big) / cpu / 1e6:.2f} MB/s")
    # The repeated text lets the per-document memos (tokens of each chunk of text, the
    # quantity of each surface, the class of each noun phrase) hit more than real text
    # would: also time each article on its own, the total of many rounds.
    rounds = max(1, 100_000 // len(one))
    single = single_cpu = float("inf")
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for t in texts.values():
                extract(t, published=dt.date(2026, 1, 20), resolver=resolver)
        single = min(single, time.perf_counter() - t0)
        single_cpu = min(single_cpu, time.process_time() - c0)
    size = rounds * len(one)
    print(
        f"extract, each article alone: {size / single / 1e6:.2f} MB/s "
        f"(CPU: {size / single_cpu / 1e6:.2f} MB/s)"
    )
    dev = _devset()
    if dev:
        dev_cpu = float("inf")
        for _ in range(args.repeat):
            c0 = time.process_time()
            for t, day, lang in dev:
                extract(t, published=day, lang=lang, resolver=resolver)
            dev_cpu = min(dev_cpu, time.process_time() - c0)
        chars = sum(len(t) for t, _, _ in dev)
        print(
            f"extract, the dev set's {len(dev)} excerpts each alone: {chars:,} chars, "
            f"CPU {dev_cpu:.3f} s = {chars / dev_cpu / 1e6:.2f} MB/s"
        )
    print(f"load average (1 min) at the end: {os.getloadavg()[0]:.1f}")
    print(f"extract recall of gold numbers: {recall_extract(texts):.3f}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser

            parser.parse("warm up 3 people")
            t0 = time.perf_counter()
            for t in texts.values():
                parser.parse(t)
            q_time = time.perf_counter() - t0
            q_rate = len(one) / q_time
            print(f"quantulum3: {len(one):,} chars in {q_time:.3f} s = {q_rate / 1e3:.1f} kB/s")
            print(f"quantulum3 recall of gold numbers: {recall_quantulum(texts):.3f}")
            print(f"extract / quantulum3 speed ratio: {rate / q_rate:.0f}x")
    except ImportError:
        print("quantulum3 is not installed (pip install quantulum3): no baseline")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
