"""Run one fuzz target for a while: atheris (coverage-guided) when installed, else hypothesis.

Usage::

    python fuzz/run.py TARGET [--seconds N]     # one target
    python fuzz/run.py all --seconds 10         # every target, N seconds each (CI)

The corpus ``tests/fuzz_corpus/`` seeds every run (copied to a scratch folder: the
repository's corpus is never written to). A crash prints the input (and, under atheris,
leaves it as ``crash-*`` in the current folder) and exits non-zero.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fuzz_corpus"
sys.path.insert(0, str(ROOT / "fuzz"))


def _seeds() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.iterdir()) if p.is_file()]


def _atheris(name: str, seconds: int) -> int:
    import atheris

    with atheris.instrument_imports():
        from targets import TARGETS  # type: ignore[import-not-found]

    target = TARGETS[name]
    scratch = Path(tempfile.mkdtemp(prefix=f"fuzz-{name}-"))
    for seed in sorted(CORPUS.iterdir()):
        if seed.is_file():
            shutil.copy(seed, scratch / seed.name)
    atheris.Setup(
        [
            sys.argv[0],
            f"-max_total_time={seconds}",
            "-max_len=4096",
            "-rss_limit_mb=2048",
            str(scratch),
        ],
        target,
    )
    atheris.Fuzz()  # exits the process
    return 0  # pragma: no cover


def _hypothesis(name: str, seconds: int) -> int:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st
    from targets import TARGETS

    target = TARGETS[name]
    for seed in _seeds():
        target(seed)
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:

        @settings(
            max_examples=200, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        @given(
            st.binary(max_size=2048)
            | st.sampled_from(_seeds()).flatmap(
                lambda s: st.binary(max_size=64).map(
                    lambda extra: s[: len(s) // 2] + extra + s[len(s) // 2 :]
                )
            )
        )
        def run(data: bytes) -> None:
            target(data)

        run()
        runs += 200
    print(f"{name}: {runs} hypothesis inputs in {seconds}s, no crash")
    return 0


NAMES = (
    "records_json",
    "records_jsonl",
    "records_csv",
    "quantity_parse",
    "extract_text",
    "renderers",
)


def main() -> int:
    # the targets (and the package) are imported only once atheris instruments imports
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=[*NAMES, "all"])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--hypothesis", action="store_true", help="even if atheris is there")
    args = parser.parse_args()
    if args.target == "all":
        codes = []
        for name in NAMES:
            command = [sys.executable, __file__, name, "--seconds", str(args.seconds)]
            if args.hypothesis:
                command.append("--hypothesis")
            print(f"== fuzz {name} ({args.seconds}s)", flush=True)
            codes.append(subprocess.run(command, check=False).returncode)
        return max(codes)
    try:
        import atheris  # noqa: F401
    except ImportError:
        args.hypothesis = True
    os.environ.setdefault("PYTHONHASHSEED", "0")
    if args.hypothesis:
        return _hypothesis(args.target, args.seconds)
    return _atheris(args.target, args.seconds)


if __name__ == "__main__":
    sys.exit(main())
