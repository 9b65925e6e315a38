"""The command line: parse arguments, call the library, render. Nothing else lives here.

Exit codes: 0 the command ran (with or without discrepancies); 1 ``--fail-on`` was reached;
2 bad input or usage. Errors are one line on stderr, never a traceback: each error class
knows its exit code (``DiscrepancyError.exit_code``), and anything unexpected (a bug) is
one located line and exit 2 as well. Every piece of input shown on the terminal has its
control characters made visible (`discrepancy._escape.terminal()`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
import traceback
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TextIO

import attrs

from discrepancy._escape import terminal
from discrepancy.check import check
from discrepancy.claim import Claim
from discrepancy.discrepancies import Kind, Severity
from discrepancy.errors import DiscrepancyError, RecordError, UsageError
from discrepancy.orgs import OrgRegistry
from discrepancy.places import Gazetteer
from discrepancy.policy import Policy
from discrepancy.records import claim_to_record, read_claims
from discrepancy.report import GENERATOR, Report
from discrepancy.resolver import OrgResolver

__all__ = ["main"]

FORMATS = ("text", "json", "jsonl", "markdown", "html", "claimreview")


def _seed_claims() -> bytes:
    return resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()


def _gazetteer(places: str | None) -> Gazetteer:
    gazetteer = Gazetteer.builtin()
    return gazetteer.merge(Gazetteer.load(places)) if places is not None else gazetteer


def _resolver(orgs: str | None) -> OrgResolver:
    if orgs is None:
        return OrgResolver.builtin()
    return OrgResolver(OrgRegistry.builtin().merge(OrgRegistry.load(orgs)))


def _render(report: Report, fmt: str, documents: dict[str, str] | None = None) -> str:
    if fmt == "html":
        from discrepancy.html import charts_available, to_html

        if not charts_available():
            print(
                "discrepancy: note: the page has no charts; they need vl-convert-python "
                "(pip install 'discrepancy[html]')",
                file=sys.stderr,
            )
        return to_html(report, charts=charts_available(), documents=documents)
    if fmt == "jsonl":
        return report.to_jsonl()
    if fmt == "markdown":
        return report.to_markdown()
    return report.to_text()


def _claimreview(report: Report, args: argparse.Namespace) -> str:
    from discrepancy.claimreview import to_claimreview
    from discrepancy.serialize import dumps

    if args.review_url is None:
        raise UsageError("--format claimreview needs --review-url (where your review is published)")
    doc = to_claimreview(report, url=args.review_url, author=args.review_author)
    return dumps(doc) + "\n"


def _policy(args: argparse.Namespace) -> Policy:
    if args.window is not None and args.window < 0:
        raise UsageError("--window must be 0 or more days")
    return Policy() if args.window is None else Policy(window_days=args.window)


def _finish(
    report: Report,
    args: argparse.Namespace,
    out: TextIO,
    documents: dict[str, str] | None = None,
) -> int:
    if args.format == "json":
        report.write_json(out)
    elif args.format == "claimreview":
        out.write(_claimreview(report, args))
    else:
        out.write(_render(report, args.format, documents))
    if args.fail_on is not None:
        floor = Severity(args.fail_on).rank
        if any(d.severity.rank >= floor for d in report.discrepancies):
            return 1
    return 0


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    policy = _policy(args)
    if args.file is None:
        claims, errors = read_claims(
            _seed_claims(), name="seed_claims.json", policy=policy.vagueness
        )
    elif args.file == "-":
        claims, errors = read_claims(
            sys.stdin.buffer.read(), name="<stdin>", policy=policy.vagueness
        )
    else:
        claims, errors = read_claims(args.file, policy=policy.vagueness)
    _stop_on_errors(errors, args.skip_invalid)
    # the claims are handed over, not shared: once ``check`` has normalized them, nothing
    # holds the claims as read (about 170 bytes each, a sixth of the job's peak at 1M)
    handed = iter(claims)
    del claims
    report = check(
        handed,
        policy=policy,
        resolver=_resolver(args.orgs),
        errors=errors,
        kinds=args.kind,
        gazetteer=_gazetteer(args.places),
        estimates=args.estimates,
    )
    return _finish(report, args, out)


def _stop_on_errors(errors: Sequence[RecordError], skip_invalid: bool) -> None:
    if errors and not skip_invalid:
        more = (
            f" (and {len(errors) - 1} more; --skip-invalid reports all and goes on)"
            if len(errors) > 1
            else " (--skip-invalid reports it and goes on)"
        )
        raise attrs.evolve(errors[0], message=f"{errors[0].message}{more}")


def _extracted(args: argparse.Namespace) -> tuple[list[Claim], list[RecordError]]:
    from discrepancy.scan import scan_paths

    claims, errors = scan_paths(
        [Path(p) for p in args.paths],
        manifest=args.manifest,
        published=args.published,
        outlet=args.outlet,
        lang=args.lang,
        resolver=_resolver(args.orgs),
    )
    _stop_on_errors(errors, args.skip_invalid)
    return claims, errors


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    claims, errors = _extracted(args)
    for error in errors:  # --skip-invalid: said on stderr, the claims go to stdout
        print(f"discrepancy: skipped: {terminal(str(error))}", file=sys.stderr)
    for claim in claims:
        out.write(json.dumps(claim_to_record(claim), ensure_ascii=False) + "\n")
    return 0


def _cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    policy = _policy(args)
    claims, errors = _extracted(args)
    from discrepancy.scan import check_extracted

    report = check_extracted(  # compares only the claims extraction is sure of
        claims,
        policy=policy,
        resolver=_resolver(args.orgs),
        errors=errors,
        kinds=args.kind,
        gazetteer=_gazetteer(args.places),
        estimates=args.estimates,
    )
    return _finish(report, args, out, _texts(args.paths) if args.format == "html" else None)


def _texts(paths: Sequence[str]) -> dict[str, str]:
    """The scanned texts by file name, as evidence names them (for the HTML excerpts)."""
    files: list[Path] = []
    for path in map(Path, paths):
        files += sorted([*path.glob("*.txt"), *path.glob("*.md")]) if path.is_dir() else [path]
    return {f.name: f.read_text("utf-8", errors="replace") for f in files if f.is_file()}


def _cmd_orgs(args: argparse.Namespace, out: TextIO) -> int:
    from discrepancy.serialize import dumps, to_json_data

    resolver = _resolver(args.orgs)
    if args.orgs_command == "list":
        orgs = sorted(resolver.registry, key=lambda o: o.id)
        if args.json:
            out.write(dumps(to_json_data(orgs)) + "\n")
        else:
            for org in orgs:
                extra = f" ({', '.join(org.acronyms)})" if org.acronyms else ""
                line = f"{org.id:<36} {org.name}{extra}  [{org.kind.value}]"
                out.write(terminal(line) + "\n")
        return 0
    results = [resolver.resolve(name) for name in args.names]
    if args.json:
        out.write(dumps(to_json_data(results)) + "\n")
        return 0
    for res in results:
        if res.org is None:
            out.write(f"{res.mention!r}: unresolved\n")
        else:
            line = (
                f"{res.mention!r} → {res.org.name} ({res.org.id}) "
                f"by {res.method.value}, score {res.score:g}"
            )
            out.write(terminal(line) + "\n")
    return 0


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    name = "record.schema.json" if args.input else "report.schema.json"
    out.write(resources.files("discrepancy").joinpath(f"data/{name}").read_text("utf-8"))
    return 0


def _add_check_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--format", choices=FORMATS, default="text", help="output format (default: text)"
    )
    p.add_argument(
        "--window",
        type=int,
        metavar="DAYS",
        help="stock counts at most this many days apart are compared (default: 7)",
    )
    p.add_argument(
        "--fail-on",
        choices=[s.value for s in Severity],
        metavar="SEVERITY",
        help="exit 1 if a discrepancy of at least this severity is found",
    )
    p.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in Kind],
        help="run only this detector (repeatable)",
    )
    p.add_argument(
        "--review-url", metavar="URL", help="claimreview: the page where your review is published"
    )
    p.add_argument(
        "--review-author", metavar="NAME", help="claimreview: your fact-checking organization"
    )
    p.add_argument(
        "--estimates",
        action="store_true",
        help="also say what the sources agree on, per quantity, and how far each is trusted",
    )


def _date_arg(text: str) -> dt.date:
    from discrepancy.scan import parse_date

    try:
        return parse_date(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _add_skip_invalid(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument(
        "--skip-invalid", action="store_true", help=f"report invalid {what} as errors and go on"
    )


def _add_extract_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="text files, or folders (their *.txt files, or the files their manifest names)",
    )
    p.add_argument(
        "--published", metavar="DATE", type=_date_arg, help="publication date (YYYY-MM-DD)"
    )
    p.add_argument("--outlet", metavar="NAME", help="who published the text")
    p.add_argument("--lang", choices=("auto", "en", "es"), default="auto")
    p.add_argument(
        "--manifest",
        metavar="FILE",
        help="JSON list of {file, outlet, published, language} per document",
    )


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="discrepancy",
        description="Catch the gaps between numeric claims in the news.",
    )
    top.add_argument("--version", action="version", version=GENERATOR)
    top.add_argument("--orgs", metavar="FILE", help="extra organizations (JSON), merged in")
    top.add_argument("--places", metavar="FILE", help="extra places (JSON), merged in")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("check", help="find discrepancies in claim records")
    p.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        help="JSON, JSON Lines or CSV of claims; - for stdin; none: the seed claims",
    )
    _add_skip_invalid(p, "records")
    _add_check_options(p)
    p.set_defaults(run=_cmd_check)

    p = sub.add_parser("extract", help="extract claims from news text (JSON Lines)")
    _add_extract_options(p)
    _add_skip_invalid(p, "files")
    p.set_defaults(run=_cmd_extract)

    p = sub.add_parser("scan", help="extract claims from news text, then check them")
    _add_extract_options(p)
    _add_skip_invalid(p, "files")
    _add_check_options(p)
    p.set_defaults(run=_cmd_scan)

    p = sub.add_parser("orgs", help="organization names")
    orgs = p.add_subparsers(dest="orgs_command", required=True, metavar="ACTION")
    r = orgs.add_parser("resolve", help="put names on canonical organizations")
    r.add_argument("names", nargs="+", metavar="NAME")
    r.add_argument("--json", action="store_true")
    r.set_defaults(run=_cmd_orgs)
    lst = orgs.add_parser("list", help="list the known organizations")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(run=_cmd_orgs)

    p = sub.add_parser("schema", help="print the JSON Schema of the report (or of input records)")
    p.add_argument("--input", action="store_true", help="the schema of one input claim record")
    p.set_defaults(run=_cmd_schema)
    return top


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    stream = out if out is not None else sys.stdout
    # The command line, unlike the library, owns its process: it pauses the cycle collector
    # while it builds millions of short-lived objects (about 1.4x on check, see
    # docs/performance.md) and restores it for an in-process caller.
    collecting = gc.isenabled()
    gc.disable()
    try:
        code: int = args.run(args, stream)
    except DiscrepancyError as exc:
        print(f"discrepancy: error: {terminal(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: one located line, never a traceback
        print(f"discrepancy: internal error: {terminal(_located(exc, args))}", file=sys.stderr)
        return 2
    finally:
        if collecting:
            gc.enable()
    return code


def _located(exc: Exception, args: argparse.Namespace) -> str:
    """What went wrong, where in the package, and on which input (for a bug report)."""
    frames = traceback.extract_tb(exc.__traceback__)
    inside = [f for f in frames if "discrepancy" in Path(f.filename).parts]
    where = ""
    if inside:
        frame = inside[-1]
        parts = Path(frame.filename).parts
        module = "/".join(parts[len(parts) - 1 - parts[::-1].index("discrepancy") :])
        where = f" at {module}:{frame.lineno}"
    inputs = getattr(args, "paths", None) or [getattr(args, "file", None) or "the seed claims"]
    shown = ", ".join(str(p) for p in inputs)
    message = str(exc) or "(no message)"
    return (
        f"{type(exc).__name__}: {message[:200]}{where}, on {shown}"
        " (a bug in discrepancy: please report it with this input)"
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
