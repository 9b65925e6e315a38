"""The extractor on sentences of other domains (protests, death tolls, hostages, migrants)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from discrepancy.claim import Claim, Period
from discrepancy.extraction import extract
from discrepancy.extraction.api import default_resolver
from tests.extract_cases import CASES, PUBLISHED

RESOLVER = default_resolver()


def _period(text: str) -> Period:
    start, _, end = text.partition("/")
    return Period(
        start=None if start == ".." else dt.date.fromisoformat(start),
        end=dt.date.fromisoformat(end),
    )


def _check(claim: Claim, want: dict[str, Any]) -> list[str]:
    problems = []
    q = claim.quantity
    if q.surface != want["value"]:
        problems.append(f"value {q.surface!r} != {want['value']!r}")
    if q.qualifier.value != want["qualifier"]:
        problems.append(f"qualifier {q.qualifier.value} != {want['qualifier']}")
    if claim.metric != want["metric"]:
        problems.append(f"metric {claim.metric} != {want['metric']}")
    mentions = " | ".join(r.mention for r in claim.claimants)
    if want["claimant"] is None:
        if claim.claimants:
            problems.append(f"claimant {mentions!r} != None")
    elif want["claimant"].lower() not in mentions.lower():
        problems.append(f"claimant {mentions!r} lacks {want['claimant']!r}")
    if claim.status.value != want["status"]:
        problems.append(f"status {claim.status.value} != {want['status']}")
    if want["as_of"] is None:
        if not claim.as_of_inferred:
            problems.append(f"as_of {claim.as_of} should be inferred")
    elif claim.as_of != _period(want["as_of"]):
        problems.append(f"as_of {claim.as_of} != {want['as_of']}")
    return problems


def test_there_are_enough_cases_in_both_languages() -> None:
    assert len(CASES) >= 40
    spanish = [
        text
        for text, _ in CASES
        if any(w in text.lower().split() for w in ("el", "la", "de", "los", "según"))
    ]
    assert len(spanish) >= 20


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_case(text: str, expected: list[dict[str, Any]]) -> None:
    claims = extract(text, published=PUBLISHED, resolver=RESOLVER)
    assert len(claims) == len(expected), [c.quantity.surface for c in claims]
    problems = [p for c, w in zip(claims, expected, strict=True) for p in _check(c, w)]
    assert not problems, problems
    for c in claims:
        assert c.evidence is not None
        assert c.quantity.surface in text[c.evidence.start : c.evidence.end]
