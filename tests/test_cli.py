"""The command line: schema, version, the seeds in every format, bad usage, located errors,
safe output, scans that go on, and the examples a newcomer runs first.

The contract (issue 11): exit 2 with one line on stderr that names the file (and the record
and field where there is one), never a traceback; with ``--skip-invalid`` the error is in the
report and the rest goes on; input never reaches a terminal or a Markdown document as
something that acts. Each test of issue 11 names the item it pins.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator, FormatChecker

import discrepancy
from discrepancy import (
    DiscrepancyError,
    InputError,
    QuantityError,
    RecordError,
    Report,
    UsageError,
    check,
    read_claims,
)
from discrepancy.cli import main

from .clirun import run_cli

# --- schema, version, seeds, usage ---


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
        assert json.loads(out)["schema_version"] == 3
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


# --- issue 11: located errors, safe output ---

ARTICLE = "Foro Penal said it has documented 777 political prisoners in the country.\n"
OTHER = "The government said more than 1,345 political prisoners had been counted.\n"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    out = io.StringIO()
    code = main(args, out=out)
    return code, out.getvalue(), capsys.readouterr().err


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("discrepancy: ")
    return lines[0]


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(OTHER, encoding="utf-8")
    return folder


# --- exit codes on the classes (issue 14 item 4) --------------------------------------------


@pytest.mark.parametrize("cls", [DiscrepancyError, InputError, QuantityError, UsageError])
def test_exit_code_is_on_the_class(cls: type[DiscrepancyError]) -> None:
    assert cls.exit_code == 2


def test_record_error_exit_code() -> None:
    error = RecordError(source="x", field="", message="bad")
    assert error.exit_code == 2


def test_unexpected_exception_is_one_located_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import discrepancy.cli

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr(discrepancy.cli, "check", broken)
    code, out, err = _run(["check"], capsys)
    assert code == 2
    assert out == ""
    line = _one_line(err)
    assert "internal error: ZeroDivisionError" in line
    assert "test_cli.py" not in line or "at " in line
    assert "seed claims" in line


def test_value_error_is_no_longer_caught_as_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plain ValueError is a bug (every bad input is a DiscrepancyError): said so."""
    import discrepancy.cli

    def broken(*args: Any, **kwargs: Any) -> Any:
        raise ValueError("oops")

    monkeypatch.setattr(discrepancy.cli, "check", broken)
    code, _, err = _run(["check"], capsys)
    assert code == 2
    assert "internal error: ValueError: oops" in _one_line(err)


# --- 1, 2 through the CLI (stdin, --orgs) --------------------------------------------------


def test_stdin_overflow_and_nesting(cli_env: dict[str, str]) -> None:
    big = '{"value":1' + "0" * 400 + ',"metric":"x"}\n{"value":2,"metric":"x"}\n'
    done = run_cli(["check", "-", "--skip-invalid", "--format", "json"], cli_env, input=big)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert len(doc["claims"]) == 1
    assert [(e["line"], e["field"]) for e in doc["errors"]] == [(1, "value")]
    done = run_cli(["check", "-"], cli_env, input="[" * 100_000)
    assert done.returncode == 2
    assert _one_line(done.stderr).endswith(
        "<stdin>: is nested too deeply to be a list of claim records"
    )


def test_deep_orgs_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    orgs = tmp_path / "orgs.json"
    orgs.write_text("[" * 100_000)
    code, _, err = _run(["--orgs", str(orgs), "check"], capsys)
    assert code == 2
    assert str(orgs) in _one_line(err)


# --- 6, 19. the manifest ------------------------------------------------------------------


def test_manifest_entry_of_the_wrong_type(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"file": "a.txt", "outlet": 5}, {"file": "b.txt"}]))
    code, out, err = _run(["scan", str(articles), "--manifest", str(manifest)], capsys)
    assert code == 2
    assert out == ""
    assert f"{manifest}: record 1: outlet: must be a string, not 5" in _one_line(err)
    code, out, err = _run(
        ["scan", str(articles), "--manifest", str(manifest), "--skip-invalid", "--format", "json"],
        capsys,
    )
    assert code == 0, err
    doc = json.loads(out)
    assert {c["evidence"]["doc"] for c in doc["claims"]} == {"b.txt"}
    assert [(e["source"], e["record"], e["field"]) for e in doc["errors"]] == [
        (str(manifest), 1, "outlet")
    ]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\xff\xfe[]", "not valid UTF-8"),
        (b"[" * 100_000, "nested too deeply"),
        (b'{"file": "a.txt"}', "must be a JSON list"),
        (b"[{]", "not valid JSON"),
    ],
)
def test_unreadable_manifest_names_the_file(
    articles: Path, tmp_path: Path, data: bytes, says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_bytes(data)
    code, _, err = _run(["extract", str(articles), "--manifest", str(manifest)], capsys)
    assert code == 2
    line = _one_line(err)
    assert f"{manifest}: " in line
    assert says in line


def test_extracted_records_are_read_by_check(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_text(
        json.dumps([{"file": "a.txt", "outlet": "Diario", "published": "2026-01-20"}])
    )
    code, out, err = _run(["extract", str(articles / "a.txt"), "--manifest", str(manifest)], capsys)
    assert code == 0, err
    records = tmp_path / "x.jsonl"
    records.write_text(out, encoding="utf-8")
    code, _, err = _run(["check", str(records)], capsys)
    assert code == 0, err


# --- 7, 23. one bad article never stops a scan ---------------------------------------------


def test_bad_article_is_reported_and_the_scan_goes_on(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (articles / "c.txt").write_bytes(b"\x00\x01binary\xff")
    code, out, err = _run(["scan", str(articles)], capsys)
    assert code == 2
    assert out == ""
    assert f"{articles / 'c.txt'}: " in _one_line(err)
    code, out, err = _run(["scan", str(articles), "--skip-invalid", "--format", "json"], capsys)
    assert code == 0, err
    doc = json.loads(out)
    assert {c["evidence"]["doc"] for c in doc["claims"]} == {"a.txt", "b.txt"}
    assert [e["source"] for e in doc["errors"]] == [str(articles / "c.txt")]


def test_a_bug_in_one_article_names_it(
    articles: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from discrepancy.extraction import api as _extraction_api

    api = _extraction_api

    real = api.extract

    def extract(text: str, **kwargs: Any) -> Any:
        if kwargs.get("doc_id") == "a.txt":
            raise OverflowError("date value out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(api, "extract", extract)
    code, out, err = _run(["extract", str(articles), "--skip-invalid"], capsys)
    assert code == 0
    assert [json.loads(line)["evidence"]["doc"] for line in out.splitlines()] == ["b.txt"]
    assert f"{articles / 'a.txt'}: could not be read: OverflowError" in err
    assert "Traceback" not in err


def test_far_dates_never_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "far.txt"
    path.write_text("Next year 40 people were freed, officials said last week.\n")
    for day in ("0001-01-01", "9999-12-31"):
        code, _, err = _run(["scan", str(path), "--published", day, "--skip-invalid"], capsys)
        assert code == 0, err
        assert "Traceback" not in err


# --- 24. which files a scan reads ----------------------------------------------------------


def _docs(out: str) -> set[str]:
    return {c["evidence"]["doc"] for c in json.loads(out)["claims"]}


def test_folder_without_manifest_reads_text_files_only(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (articles / "README.md").write_text("# Notes\n\n12 files, 3 outlets, 1,000 people.\n")
    (articles / "data.json").write_text('{"people": 5000}')
    code, out, err = _run(["scan", str(articles), "--format", "json"], capsys)
    assert code == 0, err
    assert _docs(out) == {"a.txt", "b.txt"}


def test_folder_with_manifest_reads_its_files_only(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"file": "a.txt", "language": "en"}]))
    code, out, err = _run(
        ["scan", str(articles), "--manifest", str(manifest), "--format", "json"], capsys
    )
    assert code == 0, err
    assert _docs(out) == {"a.txt"}


def test_manifest_naming_missing_files(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"file": "a.txt"}, {"file": "gone.txt"}]))
    code, _, err = _run(["scan", str(articles), "--manifest", str(manifest)], capsys)
    assert code == 2
    assert "'gone.txt'" in _one_line(err)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_links_out_of_the_folder_are_not_followed(
    articles: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(OTHER)
    (articles / "link.txt").symlink_to(outside)
    code, out, err = _run(["scan", str(articles), "--skip-invalid", "--format", "json"], capsys)
    assert code == 0, err
    doc = json.loads(out)
    assert _docs(out) == {"a.txt", "b.txt"}
    assert [e["source"] for e in doc["errors"]] == [str(articles / "link.txt")]
    assert "not followed" in doc["errors"][0]["message"]


# --- 27. --published ------------------------------------------------------------------------


def test_published_says_what_is_expected(
    articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract", str(articles), "--published", "17/08/2007"], out=io.StringIO())
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "Invalid isoformat" not in err
    assert "YYYY-MM-DD, such as 2007-08-17" in err.splitlines()[-1]


# --- 21, 22. output integrity --------------------------------------------------------------

HOSTILE = [
    {
        "id": "x\x1b]0;owned\x07",
        "value": 100,
        "metric": "releases",
        "status": "announced",
        "event": "e",
        "claimant": "<script>alert(1)</script>\n# Injected\x1b[2J\u202eevil\x9b",
    },
    {
        "id": "y",
        "value": 10,
        "metric": "releases",
        "status": "confirmed",
        "event": "e",
        "claimant": "[click](javascript:alert(1)) <img src=x onerror=alert(1)>",
    },
]


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.jsonl"
    lines = [json.dumps(r) for r in HOSTILE] + ['{"value": 1, "metric": "x", "\\u001b[31m": 1}']
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CONTROLS = ["\x1b", "\x07", "\x9b", "\u202e", "\r"]


def test_text_output_shows_controls(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["check", str(hostile), "--skip-invalid"], capsys)
    assert code == 0, err
    assert "1 discrepancy" in out
    for char in CONTROLS:
        assert char not in out
    assert "␛]0;owned␇" in out
    assert "␛[31m" in out  # the unknown field name, in the invalid records


def test_error_lines_show_controls(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["check", str(hostile)], capsys)
    assert code == 2
    line = _one_line(err)
    for char in CONTROLS:
        assert char not in line
    assert "␛[31m" in line


def test_markdown_is_inert(hostile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(["check", str(hostile), "--skip-invalid", "--format", "markdown"], capsys)
    assert code == 0, err
    for bad in ["<script>", "<img", "[click](javascript:", *CONTROLS]:
        assert bad not in out
    headings = [line for line in out.splitlines() if line.startswith("#")]
    assert not any("Injected" in h for h in headings)
    table = [line for line in out.splitlines() if line.startswith("| x")]
    assert len(table) == 1
    assert table[0].count(" | ") == 5  # the claimant's "|"-free cells kept the table's shape


def test_extracted_duplicates_are_errors_not_records(monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever the extractor emits, extract never writes records that check refuses."""
    import attrs

    from discrepancy.extraction import api as _extraction_api

    api = _extraction_api
    from discrepancy.scan import scan_paths

    real = api.extract

    def twice(text: str, **kwargs: Any) -> Any:
        found = real(text, **kwargs)
        return [*found, attrs.evolve(found[0], note="again")]

    monkeypatch.setattr(api, "extract", twice)
    folder = Path(__file__).resolve().parents[1] / "examples" / "articles"
    claims, errors = scan_paths([folder / "courier_strike.txt"])
    assert len({c.id for c in claims}) == len(claims)
    assert [e.field for e in errors] == ["id"]
    assert "cannot be written" in errors[0].message


def test_orgs_output_shows_controls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    orgs = tmp_path / "orgs.json"
    orgs.write_text(json.dumps([{"id": "evil", "name": "Evil\x1b]0;x\x07 Org", "kind": "ngo"}]))
    code, out, err = _run(["--orgs", str(orgs), "orgs", "list"], capsys)
    assert code == 0, err
    assert "\x1b" not in out
    assert "Evil␛]0;x␇ Org" in out


# --- the examples a newcomer runs first ---

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
ARTICLES = EXAMPLES / "articles"
MANIFEST = ARTICLES / "manifest.json"


def test_the_examples_are_there() -> None:
    assert (EXAMPLES / "strike_claims.csv").is_file()
    names = {entry["file"] for entry in json.loads(MANIFEST.read_text("utf-8"))}
    assert names == {p.name for p in ARTICLES.glob("*.txt")}


def test_check_the_strike_claims(cli_env: dict[str, str]) -> None:
    done = run_cli(["check", str(EXAMPLES / "strike_claims.csv"), "--format", "json"], cli_env)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    with (EXAMPLES / "strike_claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert doc["errors"] == []
    assert {c["id"] for c in doc["claims"]} == {r["id"] for r in rows}
    kinds = {d["kind"] for d in doc["discrepancies"]}
    assert {"announced_vs_confirmed", "source_disagreement"} <= kinds
    meets = {
        frozenset((pair["low"], pair["high"]) if isinstance(pair, dict) else pair)
        for d in doc["discrepancies"]
        for pair in d.get("pairs", ())
    }
    assert frozenset({"union-day1", "ministry-day1"}) in meets  # the union against the ministry
    assert frozenset({"organizers-march", "police-march"}) in meets


@pytest.mark.parametrize("fmt", ["text", "markdown", "jsonl"])
def test_check_the_strike_claims_in_every_format(fmt: str, cli_env: dict[str, str]) -> None:
    done = run_cli(["check", str(EXAMPLES / "strike_claims.csv"), "--format", fmt], cli_env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip()
    assert done.stderr == ""


def test_extract_the_articles(cli_env: dict[str, str]) -> None:
    done = run_cli(["extract", str(ARTICLES), "--manifest", str(MANIFEST)], cli_env)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["evidence"]["doc"] for r in records} == {"courier_strike.txt", "eco_huelga.txt"}
    assert {r["outlet"] for r in records} == {"Daily Courier", "El Eco"}
    assert all(r["published"] == "2026-03-13" for r in records)


def test_extracted_claims_check_cleanly(tmp_path: Path, cli_env: dict[str, str]) -> None:
    done = run_cli(["extract", str(ARTICLES), "--manifest", str(MANIFEST)], cli_env)
    path = tmp_path / "claims.jsonl"
    path.write_text(done.stdout, encoding="utf-8")
    checked = run_cli(["check", str(path)], cli_env)
    assert checked.returncode == 0, checked.stderr


def test_scan_the_articles(cli_env: dict[str, str]) -> None:
    done = run_cli(
        ["scan", str(ARTICLES), "--manifest", str(MANIFEST), "--format", "json"], cli_env
    )
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["errors"] == []
    assert {c["evidence"]["doc"] for c in doc["claims"]} == {"courier_strike.txt", "eco_huelga.txt"}


def test_scan_without_manifest_reads_only_the_articles(cli_env: dict[str, str]) -> None:
    done = run_cli(["scan", str(ARTICLES), "--format", "json"], cli_env)
    assert done.returncode == 0, done.stderr
    docs = {c["evidence"]["doc"] for c in json.loads(done.stdout)["claims"]}
    assert docs <= {"courier_strike.txt", "eco_huelga.txt"}  # never manifest.json
