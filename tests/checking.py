"""Helpers for the engine tests: build claims from records, run check, ask about pairs."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import Any

from discrepancy import Claim, Report, check, read_claims
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    PartsExceedWhole,
    SelfContradiction,
    SourceDisagreement,
)
from discrepancy.orgs import OrgRef, OrgRegistry
from discrepancy.resolver import OrgResolver


class StubResolver:
    """Leaves every name unresolved: its slug is its identity."""

    def ref(self, mention: str) -> OrgRef:
        return OrgRef(mention=mention)


def resolver() -> OrgResolver:
    """The real resolver on the built-in registry."""
    return OrgResolver(OrgRegistry.builtin())


def claims(*records: Mapping[str, Any]) -> list[Claim]:
    found, errors = read_claims(records)
    assert not errors, errors
    return found


def run(*records: Mapping[str, Any], **kwargs: Any) -> Report:
    kwargs.setdefault("resolver", StubResolver())
    return check(claims(*records), **kwargs)


def conflict_pairs(report: Report) -> set[frozenset[str]]:
    """Every pair of claims a report says conflict (all kinds but stock-flow)."""
    by_id = {c.id: c for c in report.claims}
    pairs: set[frozenset[str]] = set()
    for d in report.discrepancies:
        if isinstance(d, SourceDisagreement | SelfContradiction):
            pairs |= {frozenset(p) for p in d.pairs}
        elif isinstance(d, AnnouncedVsConfirmed):
            announced = [i for i in d.claims if by_id[i].status.status_class.value == "announced"]
            confirmed = [i for i in d.claims if by_id[i].status.status_class.value == "confirmed"]
            pairs |= {frozenset(p) for p in itertools.product(announced, confirmed)}
        elif isinstance(d, PartsExceedWhole):
            pairs |= {frozenset((d.whole, p)) for p in d.parts}
    return pairs


def flagged_together(report: Report, a: str, b: str) -> bool:
    return frozenset((a, b)) in conflict_pairs(report)


def kinds(report: Report) -> list[str]:
    return [d.kind.value for d in report.discrepancies]


def ids(items: Iterable[Claim]) -> list[str]:
    return [c.id for c in items]
