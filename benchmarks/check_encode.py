"""Writing the report: the standard library's JSON encoder against orjson and msgspec.

Usage::

    pip install orjson msgspec                     # only for this comparison
    python benchmarks/check_encode.py              # 100k claims
    python benchmarks/check_encode.py --size 1000000

It checks the claims of ``check_scale.py`` and times, on the report's items (claims,
discrepancies, notes, revisions) as the writer sees them:

* unstructuring every item (cattrs, the one converter of ``serialize.py``): the same for
  every encoder;
* encoding each item to one line with ``json.JSONEncoder(ensure_ascii=False,
  allow_nan=False)`` (what ``Report.write_json`` uses), ``orjson.dumps`` and
  ``msgspec.json.encode``, each decoded to ``str`` as the writer needs;
* whether each encoder's lines are byte-identical to the report's (the standard library
  with ``", "`` and ``": "`` separators, which neither orjson nor msgspec can write) and to
  the standard library's compact form (``","`` and ``":"``). orjson writes NaN as ``null``;
  the writer would have to reject it first.

CPU time (``time.process_time``), best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_scale import generate  # the sibling benchmark's generator


def _best(run: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from discrepancy import check, read_claims
    from discrepancy.claim import Claim
    from discrepancy.discrepancies import Discrepancy
    from discrepancy.notes import Note
    from discrepancy.revisions import Revision
    from discrepancy.serialize import converter

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.jsonl"
        generate(args.size, path)
        claims, _ = read_claims(path)
    report = check(claims)
    sections: list[tuple[Any, Any]] = [
        (report.claims, Claim),
        (report.discrepancies, Discrepancy),
        (report.notes, Note),
        (report.revisions, Revision),
    ]

    def unstructure() -> list[Any]:
        out: list[Any] = []
        for items, kind in sections:
            hook = converter.get_unstructure_hook(kind)
            out += [hook(item) for item in items]
        return out

    data = unstructure()
    print(f"{args.size:,} claims: {len(data):,} report items; CPU s, best of {args.repeat}")
    print(f"{'unstructure (cattrs)':>24} {_best(unstructure, args.repeat):8.2f}")

    stdlib = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode
    compact = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
    reference = [stdlib(d) for d in data]
    tight = [compact(d) for d in data]
    encoders: dict[str, Callable[[Any], str]] = {
        "json (stdlib)": stdlib,
        "json (stdlib, compact)": compact,
    }
    try:
        import orjson

        encoders["orjson"] = lambda d: orjson.dumps(d).decode("utf-8")
    except ImportError:
        print("orjson not installed: skipped")
    try:
        import msgspec

        encode = msgspec.json.Encoder().encode
        encoders["msgspec"] = lambda d: encode(d).decode("utf-8")
    except ImportError:
        print("msgspec not installed: skipped")
    for name, enc in encoders.items():
        seconds = _best(lambda enc=enc: [enc(d) for d in data], args.repeat)  # type: ignore[misc]
        lines = [enc(d) for d in data]
        differ = sum(a != b for a, b in zip(lines, reference, strict=True))
        apart = [(a, b) for a, b in zip(lines, tight, strict=True) if a != b]
        example = f" e.g. {apart[0][0][:70]!r} vs {apart[0][1][:70]!r}" if apart else ""
        print(
            f"{name:>24} {seconds:8.2f}  lines differing from the report's: {differ:,};"
            f" from stdlib compact: {len(apart):,}{example}"
        )


if __name__ == "__main__":
    main()
