"""Is pausing the garbage collector still worth it around ``check``? (issue 10, item 5)

Usage::

    python benchmarks/check_gc.py --size 100000

Runs ``check`` on the synthetic claims of ``check_scale.py`` three ways, each in a fresh
process: the collector left alone (what ``check`` does), switched off for the call
(``gc.disable()``, what it did before), and with every object alive before the call frozen
(``gc.freeze()``). Prints the seconds of each; ``check`` itself never touches the collector.
"""

from __future__ import annotations

import argparse
import gc
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_scale import generate  # the sibling benchmark's generator

MODES = ("alone", "disable", "freeze")


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--mode", choices=MODES)
    parser.add_argument("--file")
    args = parser.parse_args()
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
