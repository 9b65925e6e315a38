"""Nothing valid lost: 100,000 records with 1% broken lines of a dozen kinds, in every format.

Usage::

    python benchmarks/data_loss.py                      # 100,000 records, all three formats
    python benchmarks/data_loss.py --records 10000      # smaller

For each format (JSON Lines, CSV, a JSON list) it writes a file of valid claim records
with one record in a hundred broken in one of twelve ways (cycling through the kinds), reads
it with ``read_claims`` and checks, failing loudly otherwise:

* kept + errors = records: every record is either a claim or an error;
* the kept claims are exactly the valid records (by id);
* every error is on the line (or record number) of a broken record, one error each.

A JSON list cannot be read past a syntax error or a nesting the parser refuses, so its two
kinds that break the document (truncated JSON, nesting too deep) are replaced there by two
that break one record only. The kinds are listed in ``KINDS`` (JSON) and ``CSV_KINDS``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from discrepancy import read_claims

METRICS = ["political prisoners", "releases", "arrests", "deaths", "displaced", "hostages"]
CLAIMANTS = ["Foro Penal", "Ministry of the Interior", "Red Cross", "Union", "Police", "NGO"]
STATUSES = ["reported", "confirmed", "announced", "documented", "estimated"]


def valid(k: int, rnd: random.Random) -> dict[str, Any]:
    day = 1 + k % 28
    return {
        "id": f"r{k}",
        "value": rnd.randint(1, 50_000),
        "metric": rnd.choice(METRICS),
        "claimant": rnd.choice(CLAIMANTS),
        "status": rnd.choice(STATUSES),
        "as_of": f"2025-{1 + k % 12:02d}-{day:02d}",
        "note": f"row {k}",
    }


# --- JSON Lines and JSON lists: a broken record as raw text --------------------------------

JsonBreak = Callable[[dict[str, Any]], bytes]


def _dump(rec: dict[str, Any]) -> bytes:
    return json.dumps(rec).encode()


KINDS: dict[str, JsonBreak] = {
    "truncated JSON": lambda r: _dump(r)[:-7],
    "integer beyond float range": lambda r: _dump(r).replace(
        f'"value": {r["value"]}'.encode(), b'"value": 1' + b"0" * 400
    ),
    "negative count": lambda r: _dump({**r, "value": -r["value"]}),
    "no metric": lambda r: _dump({k: v for k, v in r.items() if k != "metric"}),
    "unknown field": lambda r: _dump({**r, "claimnt": r["claimant"]}),
    "day/month/year date": lambda r: _dump({**r, "as_of": "27/11/2025"}),
    "undecodable byte": lambda r: _dump(r).replace(b'"note": "row', b'"note": "r\xffow'),
    "nested too deeply": lambda r: _dump(r)[:-1] + b', "evidence": ' + b"[" * 5_000 + b"}",
    "fewer than zero": lambda r: _dump({**r, "value": "fewer than 0"}),
    "not a quantity": lambda r: _dump({**r, "value": "lots and lots"}),
    "unknown status": lambda r: _dump({**r, "status": "rumoured"}),
    "number above any count": lambda r: _dump({**r, "value": 1.7e308}),
}

# in a JSON list, these two would make the whole document unreadable (by design: an
# InputError); two record-level kinds take their place
LIST_SWAPS: dict[str, tuple[str, JsonBreak]] = {
    "truncated JSON": ("record not an object", lambda r: b'"just a string"'),
    "nested too deeply": (
        "range backwards",
        lambda r: _dump({**r, "value": {"low": 10, "high": 2}}),
    ),
}

# --- CSV: a broken row as raw text ---------------------------------------------------------

COLUMNS = ["id", "value", "metric", "claimant", "status", "as_of", "note"]


def _row(rec: dict[str, Any]) -> str:
    return ",".join(str(rec.get(c, "")) for c in COLUMNS)


CsvBreak = Callable[[dict[str, Any]], bytes]

CSV_KINDS: dict[str, CsvBreak] = {
    "unterminated quote": lambda r: ('"' + _row(r)).encode(),
    "integer beyond float range": lambda r: _row({**r, "value": "1" + "0" * 400}).encode(),
    "negative count": lambda r: _row({**r, "value": -r["value"]}).encode(),
    "no metric": lambda r: _row({**r, "metric": ""}).encode(),
    "more cells than columns": lambda r: (_row(r) + ",surplus").encode(),
    "day/month/year date": lambda r: _row({**r, "as_of": "27/11/2025"}).encode(),
    "undecodable byte": lambda r: _row(r).encode().replace(b",row", b",r\xffow"),
    "cell beyond the csv limit": lambda r: _row({**r, "note": "x" * 140_000}).encode(),
    "fewer than zero": lambda r: _row({**r, "value": "fewer than 0"}).encode(),
    "not a quantity": lambda r: _row({**r, "value": "lots and lots"}).encode(),
    "unknown status": lambda r: _row({**r, "status": "rumoured"}).encode(),
    "quote broken mid-cell": lambda r: _row({**r, "note": '"row"x'}).encode(),
}


def build(fmt: str, n: int, seed: int = 11) -> tuple[bytes, set[str], dict[int, str]]:
    """The file's bytes, the ids of its valid records, and {line or record number: kind}."""
    rnd = random.Random(seed)
    kinds = CSV_KINDS if fmt == "csv" else KINDS
    names = list(kinds)
    parts: list[bytes] = []
    good: set[str] = set()
    broken: dict[int, str] = {}
    first = 2 if fmt == "csv" else 1  # the CSV header is line 1
    for k in range(n):
        rec = valid(k, rnd)
        if k % 100 == 37:
            kind = names[(k // 100) % len(names)]
            breaker = kinds[kind]
            if fmt == "json" and kind in LIST_SWAPS:
                kind, breaker = LIST_SWAPS[kind]
            parts.append(breaker(rec))
            broken[first + k] = kind
        else:
            parts.append(_row(rec).encode() if fmt == "csv" else _dump(rec))
            good.add(rec["id"])
    if fmt == "csv":
        data = (",".join(COLUMNS) + "\n").encode() + b"\n".join(parts) + b"\n"
    elif fmt == "jsonl":
        data = b"\n".join(parts) + b"\n"
    else:
        data = b"[\n" + b",\n".join(parts) + b"\n]\n"
    return data, good, broken


def run(fmt: str, n: int) -> dict[str, Any]:
    data, good, broken = build(fmt, n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"claims.{fmt}"
        path.write_bytes(data)
        start = time.perf_counter()
        claims, errors = read_claims(path)
        seconds = time.perf_counter() - start
    where = [e.line if e.line is not None else e.record for e in errors]
    kept = {c.id for c in claims}
    result = {
        "format": fmt,
        "records": n,
        "broken": len(broken),
        "kept": len(claims),
        "errors": len(errors),
        "seconds": round(seconds, 2),
    }
    problems = []
    if len(claims) + len(errors) != n:
        problems.append(f"kept + errors = {len(claims) + len(errors)}, not {n}")
    if kept != good:
        problems.append(f"{len(good - kept)} valid records lost, {len(kept - good)} extra")
    if Counter(where) != Counter(broken.keys()):
        wrong = sorted(set(where) ^ set(broken))[:5]
        problems.append(f"errors not on the broken lines, e.g. {wrong}")
    missed = Counter(broken[w] for w in set(broken) - set(where))
    if missed:
        problems.append(f"broken records not reported: {dict(missed)}")
    result["problems"] = problems
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--formats", nargs="+", default=["jsonl", "csv", "json"])
    args = parser.parse_args()
    failed = False
    for fmt in args.formats:
        result = run(fmt, args.records)
        print(json.dumps(result))
        failed = failed or bool(result["problems"])
    print(
        "FAILED: see problems above" if failed else "OK: kept + errors = records, in every format"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
