"""ClaimReview: the report in the interchange format of fact-checkers (schema.org JSON-LD).

One ``ClaimReview`` per discrepancy, and one ``Observation`` per numeric claim, in one JSON-LD
``@graph``. The fact-checker's own data (where the review is published, who wrote it) come
from the caller; everything else from the report.

Which claim a review is about (``itemReviewed``):

* announced vs confirmed: the announced count;
* source disagreement: the highest count of the first conflicting pair, disputed by the other;
* self-contradiction: the later claim of the first conflicting pair;
* stock-flow mismatch: the closing count that the flows do not explain;
* parts exceeding the whole: the whole.

``reviewRating`` carries a short verdict in ``alternateName`` ("Unconfirmed: at least 75 of
116") and a number on a 1-5 scale: 1 for a high-severity discrepancy, 2 medium, 3 low (4 and 5
are never given: consistent claims are not reviewed).

>>> from discrepancy import check, read_claims
>>> claims, _ = read_claims([
...     {"id": "gov", "value": 99, "metric": "releases", "status": "announced",
...      "claimant": "Ministry", "event": "x"},
...     {"id": "ngo", "value": 61, "metric": "releases", "status": "confirmed",
...      "claimant": "Monitor", "event": "x"},
... ])
>>> doc = to_claimreview(check(claims), url="https://example.org/check/1")
>>> graph = doc["@graph"]
>>> review = graph[0]
>>> rating = review["reviewRating"]
>>> review["claimReviewed"], rating["alternateName"]
('Ministry: 99 releases', 'Unconfirmed: 38 of 99')
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote, urlsplit

from discrepancy.claim import Claim
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    Discrepancy,
    PartsExceedWhole,
    SelfContradiction,
    Severity,
    SourceDisagreement,
    StockFlowMismatch,
)
from discrepancy.errors import UsageError
from discrepancy.metrics import MetricRegistry
from discrepancy.orgs import OrgRef, ResolutionMethod
from discrepancy.report import Report
from discrepancy.wording import english

__all__ = ["CLAIM_CHARS", "RATING", "to_claimreview"]

CLAIM_CHARS = 75
"""``claimReviewed`` is kept under this many characters where the claim allows."""

RATING = {Severity.HIGH: 1, Severity.MEDIUM: 2, Severity.LOW: 3}
"""``reviewRating.ratingValue`` for each severity, on a 1 (worst) to 5 (best) scale."""


def _plain(x: float) -> int | float:
    return int(x) if x == int(x) else x


def _party(ref: OrgRef) -> dict[str, Any]:
    """A claimant as schema.org sees it: a spokesperson is a Person of their organization."""
    if ref.method is ResolutionMethod.PERSON and ref.name and ref.mention.strip():
        return {
            "@type": "Person",
            "name": ref.mention,
            "affiliation": {"@type": "Organization", "name": ref.name},
        }
    return {"@type": "Organization", "name": _org_name(ref)}


def _org_name(ref: OrgRef) -> str:
    """A name schema.org accepts (never empty): the canonical name, the mention, else the id."""
    return ref.display or ref.id or "an unnamed source"


def _authors(claim: Claim) -> list[dict[str, Any]]:
    if claim.claimants:
        return [_party(ref) for ref in claim.claimants]
    if claim.outlet is not None:
        return [_party(claim.outlet)]
    return []


def _stated(claim: Claim, label: str) -> str:
    return f"{claim.quantity} {label}".strip()


def _claim_text(claim: Claim, label: str) -> str:
    """ "Foro Penal: 777 political prisoners", its claimant cut to stay under 75 characters."""
    stated = _stated(claim, label)
    who = claim.who if (claim.claimants or claim.outlet is not None) else ""
    if not who:
        return stated
    room = CLAIM_CHARS - len(stated) - 2
    if len(who) > room:
        if room < 8:  # too little room for a name: the claim as stated, however long
            return stated
        who = who[: room - 1].rstrip() + "…"
    return f"{who}: {stated}"


def _reviewed(d: Discrepancy, by_id: Mapping[str, Claim]) -> tuple[Claim, str] | None:
    """The claim a discrepancy puts in doubt, and the verdict in a few words."""
    if isinstance(d, AnnouncedVsConfirmed):
        claim = by_id.get(d.announced)
        if claim is None:
            return None
        stated = claim.quantity.value if claim.quantity.value is not None else claim.quantity.low
        least = "at least " if math.isinf(d.unconfirmed.high) else ""
        unconfirmed = english.count(d.unconfirmed.low)
        if not least and d.unconfirmed.low != d.unconfirmed.high:
            unconfirmed = english.interval(d.unconfirmed)
        return claim, f"Unconfirmed: {least}{unconfirmed} of {english.count(stated)}"
    if isinstance(d, SourceDisagreement | SelfContradiction) and d.pairs:
        a, b = (by_id.get(cid) for cid in d.pairs[0])
        if a is None or b is None:
            return None
        if isinstance(d, SourceDisagreement):
            high, low = (a, b) if a.quantity.interval.low >= b.quantity.interval.low else (b, a)
            return high, f"Disputed: {_short(low.who)} counts {low.quantity}"
        later, earlier = (a, b) if _end(a) >= _end(b) else (b, a)
        return later, f"Contradicts its own count of {earlier.quantity}"
    if isinstance(d, StockFlowMismatch):
        claim = by_id.get(d.closing)
        if claim is None:
            return None
        residual = d.residual
        if residual.low >= 0:
            return claim, f"Doesn't add up: {english.interval(residual)} unexplained"
        return claim, "Doesn't add up: more left than the count shows"
    if isinstance(d, PartsExceedWhole):
        claim = by_id.get(d.whole)
        if claim is None:
            return None
        return claim, f"Parts exceed the whole by {english.interval(d.excess)}"
    return None


def _short(name: str, limit: int = 30) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _end(claim: Claim) -> str:
    period = claim.period
    return period.end.isoformat() if period is not None else ""


def _iri(url: str, kind: str, claim_id: str) -> str:
    return f"{url}#{kind}-{quote(claim_id, safe='')}"


def _claim_node(claim: Claim, label: str, url: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Claim", "@id": _iri(url, "claim", claim.id)}
    authors = _authors(claim)
    if authors:
        node["author"] = authors[0] if len(authors) == 1 else authors
    if claim.published is not None:
        node["datePublished"] = claim.published.isoformat()
    if claim.outlet is not None:
        appearance: dict[str, Any] = {
            "@type": "CreativeWork",
            "publisher": {"@type": "Organization", "name": _org_name(claim.outlet)},
        }
        if claim.published is not None:
            appearance["datePublished"] = claim.published.isoformat()
        node["appearance"] = appearance
    node["name"] = _claim_text(claim, label)
    return node


def _fallback(d: Discrepancy, by_id: Mapping[str, Claim]) -> tuple[Claim | None, str]:
    """For a discrepancy the rules above do not cover: its first claim, its kind in words."""
    first = next((by_id[cid] for cid in d.claims if cid in by_id), None)
    return first, d.kind.value.replace("_", " ").capitalize()


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) < CLAIM_CHARS else text[: CLAIM_CHARS - 2].rstrip() + "…"


def _review(
    d: Discrepancy, by_id: Mapping[str, Claim], labels: MetricRegistry, url: str, author: str | None
) -> dict[str, Any]:
    claim, verdict = _reviewed(d, by_id) or _fallback(d, by_id)
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "@id": f"{url}#{quote(d.id, safe='')}",
        "url": url,
    }
    if claim is not None:
        label = labels.label(claim.metric)
        review["claimReviewed"] = _claim_text(claim, label)
        review["itemReviewed"] = _claim_node(claim, label, url)
    else:  # none of its claims is in the report: the sentence says what is in doubt
        review["claimReviewed"] = _cut(d.summary) or d.kind.value
    review["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": RATING[d.severity],
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": verdict,
    }
    review["reviewBody"] = d.summary
    review["mentions"] = [{"@id": _iri(url, "observation", cid)} for cid in d.claims]
    if author is not None:
        review["author"] = {"@type": "Organization", "name": author}
    return review


def _observation(claim: Claim, labels: MetricRegistry, url: str) -> dict[str, Any]:
    label = labels.label(claim.metric)
    iv = claim.quantity.interval
    node: dict[str, Any] = {
        "@type": "Observation",
        "@id": _iri(url, "observation", claim.id),
        "identifier": claim.id,
        "name": _claim_text(claim, label),
        "measuredProperty": {"@type": "Property", "name": label, "identifier": claim.metric},
        "minValue": _plain(iv.low),
    }
    if iv.bounded:
        node["maxValue"] = _plain(iv.high)
    if iv.low == iv.high:
        node["value"] = _plain(iv.low)
    node["unitText"] = claim.quantity.unit
    node["description"] = f"{claim.quantity} ({claim.status.value.replace('_', ' ')})"
    if claim.scope:
        node["observationAbout"] = {"@type": "Place", "name": claim.scope}
    period = claim.period
    if period is not None:
        if period.start is None or period.is_point:
            node["observationDate"] = period.end.isoformat()  # a count as of that day
        else:
            node["observationPeriod"] = f"{period.start.isoformat()}/{period.end.isoformat()}"
    node["subjectOf"] = {"@id": _iri(url, "claim", claim.id)}
    return node


def to_claimreview(
    report: Report,
    *,
    url: str,
    author: str | None = None,
    metrics: MetricRegistry | None = None,
) -> dict[str, Any]:
    """The report as a schema.org JSON-LD document: ClaimReviews, then Observations.

    Args:
        report: what [`discrepancy.check()`][discrepancy.check.check] found.
        url: the page where the fact-checker publishes the review (``http(s)://...``).
        author: the fact-checking organization.
        metrics: the metric registry, for the metrics' names (default: the built-in one).

    Raises:
        UsageError: ``url`` is not an http(s) URL.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or any(c.isspace() for c in url):
        raise UsageError(f"the review URL must be an http(s) URL, not {url!r}")
    labels = metrics or MetricRegistry.builtin()
    by_id = {c.id: c for c in report.claims}
    graph = [_review(d, by_id, labels, url, author) for d in report.discrepancies]
    graph += [_observation(c, labels, url) for c in report.claims]
    return {"@context": "https://schema.org", "@graph": graph}
