"""Only typed errors leave the public functions; the fuzz corpus stays fixed.

Two kinds of test:

* every file of ``tests/fuzz_corpus/`` (the inputs of issue 11, one file per failure) runs
  through every fuzz target of ``fuzz/targets.py``;
* hypothesis feeds arbitrary input to each public function (``read_claims``, ``check``,
  ``Quantity.parse``, ``extract``, the report renderers, the command line) and checks that
  the only exception to leave it is a ``DiscrepancyError`` (the command line: exit 0 or 2,
  one line on stderr, never a traceback).

The long, coverage-guided runs are ``python fuzz/run.py TARGET --seconds N`` (docs/cli.md).
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from discrepancy import DiscrepancyError, Quantity, Report, check, read_claims
from discrepancy.cli import main

from .strategies import claims as claim_strategy
from .strategies import reports

ROOT = Path(__file__).resolve().parents[1]
CORPUS = sorted(p for p in (ROOT / "tests" / "fuzz_corpus").iterdir() if p.is_file())
sys.path.insert(0, str(ROOT / "fuzz"))

from targets import TARGETS  # type: ignore[import-not-found]  # noqa: E402


def _corpus_cases() -> list[object]:
    cases = []
    for path in CORPUS:
        for name in TARGETS:
            cases.append(pytest.param(path, name, id=f"{name}-{path.name}"))
    return cases


def test_the_corpus_holds_the_issue_inputs() -> None:
    assert len(CORPUS) >= 25


@pytest.mark.parametrize(("path", "target"), _corpus_cases())
def test_corpus(path: Path, target: str) -> None:
    TARGETS[target](path.read_bytes())


# --- only DiscrepancyError leaves a public function ---------------------------------------

SUFFIXES = [".json", ".jsonl", ".csv", ""]
FAST = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _lines(draw_from: st.SearchStrategy[str]) -> st.SearchStrategy[bytes]:
    return st.lists(draw_from, max_size=6).map(lambda lines: "\n".join(lines).encode())


# text that looks like records, so that the fields are reached and not only the parser
RECORDISH = st.one_of(
    st.binary(max_size=300),
    _lines(
        st.sampled_from(
            [
                '{"value": 5, "metric": "x"}',
                '{"value": "nearly 800", "metric": "releases", "as_of": "2026-01-19"}',
                "value,metric,claimant,as_of",
                "value.low,value.high,metric",
                '"5,x',
                "5,x,A;B,2026-01-19",
                '[{"value": 1e400, "metric": "x"}]',
                "",
                " ",
            ]
        )
        | st.text(max_size=40)
    ),
)


@FAST
@given(data=RECORDISH, suffix=st.sampled_from(SUFFIXES))
@example(data=b"\x1e", suffix=".jsonl")
@example(data=b'value,metric\n"' + b"x" * 140_000 + b'",y\n', suffix=".csv")
def test_read_claims_raises_only_typed_errors(data: bytes, suffix: str) -> None:
    try:
        _, errors = read_claims(data, name=f"input{suffix}")
    except DiscrepancyError:
        return
    for error in errors:
        str(error).encode("utf-8")


@FAST
@given(
    records=st.lists(
        st.dictionaries(
            st.text(max_size=8),
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
                lambda inner: (
                    st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=6), inner, max_size=3)
                ),
                max_leaves=6,
            ),
            max_size=6,
        ),
        max_size=4,
    )
)
def test_read_claims_of_python_records(records: list[dict[str, object]]) -> None:
    claims, errors = read_claims(records)
    assert len(claims) + len(errors) == len(records)


@FAST
@given(text=st.text(max_size=60))
@example(text="fewer than 0")
@example(text="1" + "0" * 400)
@example(text="menos de 0")
def test_quantity_parse_raises_only_typed_errors(text: str) -> None:
    with contextlib.suppress(DiscrepancyError):
        Quantity.parse(text)


@FAST
@given(claims=st.lists(claim_strategy(), max_size=6))
def test_check_and_renderers_raise_nothing(claims: list) -> None:
    report = check(claims)
    report.to_text()
    report.to_markdown()
    Report.from_json(report.to_json())
    report.to_jsonl()


@FAST
@given(report=reports())
def test_renderers_of_any_report(report: Report) -> None:
    for render in (report.to_text, report.to_markdown, report.to_json, report.to_jsonl):
        render().encode("utf-8")


WORDS = ["about ", "more than ", "at least ", "entre ", "de ", "people", "freed", " 1,345", "."]


@FAST
@given(text=st.lists(st.text(max_size=6) | st.sampled_from(WORDS), max_size=20).map("".join))
def test_extract_raises_only_typed_errors(text: str) -> None:
    from discrepancy.extraction import api as _extraction_api

    _api = _extraction_api

    with contextlib.suppress(DiscrepancyError):
        _api.extract(text)


def _cli(args: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        try:
            code = main(args, out=io.StringIO())
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
    return code, err.getvalue()


@settings(FAST, max_examples=40)
@given(data=RECORDISH, suffix=st.sampled_from(SUFFIXES), fmt=st.sampled_from(["text", "markdown"]))
def test_cli_exit_0_or_2_with_one_line(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str, fmt: str
) -> None:
    path = tmp_path_factory.mktemp("cli") / f"claims{suffix}"
    path.write_bytes(data)
    code, err = _cli(["check", str(path), "--format", fmt])
    assert code in (0, 2)
    assert "Traceback" not in err
    if code == 2:
        assert len(err.splitlines()) == 1, err
        assert err.startswith(f"discrepancy: error: {path}")
