"""Fuzz targets: each takes bytes and raises only when the contract is broken.

The contract (issue 11): a public function either returns or raises a ``DiscrepancyError``
(bad input, typed, with a located message); what it returns keeps every record accounted
for, and what it renders never carries input that acts (control characters on a terminal,
markup in Markdown). Anything else that escapes is a crash the fuzzer reports.

The targets are plain functions, run by ``fuzz/run.py`` under atheris (coverage-guided)
or, where atheris is not installed, by hypothesis; ``tests/test_hardening_fuzz.py`` runs
every file of the corpus (``tests/fuzz_corpus/``) through them as regression tests.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable

from discrepancy import DiscrepancyError, Quantity, check, read_claims
from discrepancy.extraction import api as _extraction_api
from discrepancy.orgs import OrgRef
from discrepancy.report import Report

extractor = _extraction_api  # imported at module level, where atheris instruments it

__all__ = ["TARGETS"]


class _Plain:
    """Resolves nothing: the fuzzers test reading and rendering, not name matching."""

    def ref(self, mention: str) -> OrgRef:
        return OrgRef(mention=mention)


_RESOLVER = _Plain()


def _records(data: bytes, name: str) -> None:
    try:
        claims, errors = read_claims(data, name=name)
    except DiscrepancyError as exc:
        str(exc).encode("utf-8")  # a message any terminal or JSON file can hold
        return
    for error in errors:
        str(error).encode("utf-8")
        assert error.source == name, error
    if name.endswith(".jsonl"):
        records = sum(1 for line in data.split(b"\n") if line.strip(b" \t\r"))
        assert len(claims) + len(errors) == records, (len(claims), len(errors), records)
    _renders(check(claims, errors=errors, resolver=_RESOLVER))


def records_json(data: bytes) -> None:
    """A JSON list of claim records."""
    _records(data, "fuzz.json")


def records_jsonl(data: bytes) -> None:
    """JSON Lines: every non-blank line is one claim or one error."""
    _records(data, "fuzz.jsonl")


def records_csv(data: bytes) -> None:
    """CSV with a header."""
    _records(data, "fuzz.csv")


def quantity_parse(data: bytes) -> None:
    """``Quantity.parse`` of any text: a quantity, or a ``QuantityError``."""
    text = data.decode("utf-8", errors="replace")
    try:
        quantity = Quantity.parse(text)
    except DiscrepancyError:
        return
    assert 0 <= quantity.low <= (quantity.high if quantity.high is not None else quantity.low + 1)


def extract_text(data: bytes) -> None:
    """``extract`` of any text: claims whose evidence lies in the text, or a typed error."""
    text = data.decode("utf-8", errors="replace")
    try:
        claims = extractor.extract(text, resolver=_RESOLVER)
    except DiscrepancyError:
        return
    for claim in claims:
        if claim.evidence is not None:
            assert 0 <= claim.evidence.start <= claim.evidence.end <= len(text), claim.evidence


_HIDDEN = frozenset(("Cc", "Cs", "Zl", "Zp"))


def _renders(report: Report) -> None:
    text = report.to_text()
    for ch in set(text) - {"\n"}:
        assert unicodedata.category(ch) not in _HIDDEN, f"{ch!r} reached the text output"
    markdown = report.to_markdown()
    assert "<" not in markdown, "raw '<' reached the Markdown output"
    for ch in set(markdown) - {"\n"}:
        assert unicodedata.category(ch) not in _HIDDEN, f"{ch!r} reached the Markdown output"
    json.loads(report.to_json())
    report.to_json().encode("utf-8")
    for line in report.to_jsonl().splitlines():
        json.loads(line)


def renderers(data: bytes) -> None:
    """Claims from JSON Lines, checked, rendered in every format: output stays inert."""
    try:
        claims, errors = read_claims(data, name="fuzz.jsonl")
    except DiscrepancyError:
        return
    _renders(check(claims, errors=errors, resolver=_RESOLVER))


TARGETS: dict[str, Callable[[bytes], None]] = {
    "records_json": records_json,
    "records_jsonl": records_jsonl,
    "records_csv": records_csv,
    "quantity_parse": quantity_parse,
    "extract_text": extract_text,
    "renderers": renderers,
}
