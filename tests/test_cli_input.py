"""The command line: schema, version, the bundled seeds in every format, bad usage."""

from __future__ import annotations

import io
import json
import re
from importlib import resources
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

import discrepancy
from discrepancy import Report, check, read_claims
from discrepancy.cli import main

from .clirun import run_cli


def _packaged(name: str) -> str:
    return resources.files("discrepancy").joinpath(f"data/{name}").read_text("utf-8")


def _main(args: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    code = main(args, out=out)
    return code, out.getvalue()


# --- schema and version -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "name"),
    [(["schema"], "report.schema.json"), (["schema", "--input"], "record.schema.json")],
)
def test_schema(args: list[str], name: str) -> None:
    code, out = _main(args)
    assert code == 0
    schema = json.loads(out)
    Draft202012Validator.check_schema(schema)
    assert schema == json.loads(_packaged(name))


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"], out=io.StringIO())
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"discrepancy {discrepancy.__version__}"


def test_python_m_version(cli_env: dict[str, str]) -> None:
    done = run_cli(["--version"], cli_env)
    assert done.returncode == 0
    assert done.stdout.strip() == f"discrepancy {discrepancy.__version__}"


# --- check on the bundled seeds -----------------------------------------------------------


def test_python_m_check_seeds_validates(cli_env: dict[str, str]) -> None:
    done = run_cli(["check", "--format", "json"], cli_env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
    doc = json.loads(done.stdout)
    validator = Draft202012Validator(
        json.loads(_packaged("report.schema.json")), format_checker=FormatChecker()
    )
    errors = sorted(validator.iter_errors(doc), key=str)
    assert not errors, errors[0]
    assert doc["claims"]
    assert doc["discrepancies"]
    assert doc["errors"] == []
    assert doc["generator"] == f"discrepancy {discrepancy.__version__}"


def test_cli_json_is_the_library_report(resolver: Any) -> None:
    code, out = _main(["check", "--format", "json"])
    assert code == 0
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, errors = read_claims(data, name="seed_claims.json")
    assert out == check(claims, resolver=resolver, errors=errors).to_json()
    assert _main(["check", "--format", "json"]) == (code, out)  # the same bytes every time
    assert Report.from_json(out).to_json() == out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "text"])
def test_every_format(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = _main(["check", "--format", fmt])
    assert code == 0, capsys.readouterr().err
    assert out.strip()
    report = Report.from_json(_main(["check", "--format", "json"])[1])
    if fmt == "json":
        assert json.loads(out)["schema_version"] == 2
    elif fmt == "jsonl":
        lines = [json.loads(line) for line in out.splitlines()]
        assert [d["kind"] for d in lines] == [d.kind.value for d in report.discrepancies]
        assert [d["id"] for d in lines] == [d.id for d in report.discrepancies]
    elif fmt == "markdown":
        assert out.startswith("# ")
        for d in report.discrepancies:
            assert d.summary in out
    else:
        for d in report.discrepancies:
            assert d.summary in out
    assert "Traceback" not in out + capsys.readouterr().err


def test_default_format_is_text() -> None:
    assert _main(["check"]) == _main(["check", "--format", "text"])


def test_kind_and_window_options() -> None:
    code, out = _main(["check", "--format", "json", "--kind", "source_disagreement"])
    assert code == 0
    kinds = {d["kind"] for d in json.loads(out)["discrepancies"]}
    assert kinds <= {"source_disagreement"}
    code, out = _main(["check", "--format", "json", "--window", "0"])
    assert code == 0
    json.loads(out)


def test_fail_on() -> None:
    report = Report.from_json(_main(["check", "--format", "json"])[1])
    assert report.discrepancies
    assert _main(["check", "--fail-on", "low"])[0] == 1
    most = max(d.severity.rank for d in report.discrepancies)
    expected = 1 if most >= 2 else 0
    assert _main(["check", "--fail-on", "high"])[0] == expected


# --- bad usage ----------------------------------------------------------------------------

# argparse names the subcommand: "discrepancy check: error: argument --format: ..."
USAGE_ERROR = re.compile(r"^discrepancy( [a-z]+)?: error: \S")

ARGPARSE_ERRORS = [
    ["check", "--frobnicate"],
    ["check", "--format", "xml"],
    ["check", "--window", "soon"],
    ["check", "--fail-on", "extreme"],
    ["check", "--kind", "nonsense"],
    ["frobnicate"],
    [],
]


@pytest.mark.parametrize("args", ARGPARSE_ERRORS, ids=" ".join)
def test_bad_usage(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    with pytest.raises(SystemExit) as info:
        main(args, out=out)
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert USAGE_ERROR.match(captured.err.splitlines()[-1]), captured.err
    assert "Traceback" not in captured.out + captured.err
    assert out.getvalue() == ""


def test_negative_window(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert main(["check", "--window", "-1"], out=out) == 2
    err = capsys.readouterr().err
    assert err.startswith("discrepancy: error: ")
    assert "--window" in err
    assert len(err.splitlines()) == 1
    assert out.getvalue() == ""


@pytest.mark.parametrize(
    "args",
    [["check", "--frobnicate"], ["check", "--window", "-1"], ["check", "--format", "xml"]],
    ids=" ".join,
)
def test_python_m_bad_usage(args: list[str], cli_env: dict[str, str]) -> None:
    done = run_cli(args, cli_env)
    assert done.returncode == 2
    assert done.stdout == ""
    assert USAGE_ERROR.match(done.stderr.splitlines()[-1]), done.stderr
    assert "Traceback" not in done.stderr
