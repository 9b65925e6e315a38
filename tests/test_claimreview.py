"""ClaimReview + Observation JSON-LD: validates against the shipped profile schema."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings

from discrepancy import Report, check, read_claims
from discrepancy.claimreview import CLAIM_CHARS, to_claimreview
from discrepancy.errors import UsageError

from .checking import StubResolver, resolver
from .clirun import run_cli
from .strategies import reports

URL = "https://checks.example/venezuela-releases"


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    text = resources.files("discrepancy").joinpath("data/claimreview.schema.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(loaded)
    return loaded


@pytest.fixture(scope="module")
def seed_report() -> Report:
    data = resources.files("discrepancy").joinpath("data/seed_claims.json").read_bytes()
    claims, errors = read_claims(data, name="seed_claims.json")
    assert errors == []
    return check(claims, resolver=resolver())


@pytest.fixture(scope="module")
def seed_doc(seed_report: Report) -> dict[str, Any]:
    return to_claimreview(seed_report, url=URL, author="Example Checks")


def _reviews(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [node for node in doc["@graph"] if node["@type"] == "ClaimReview"]


def test_seed_export_validates(seed_doc: dict[str, Any], schema: dict[str, Any]) -> None:
    jsonschema.validate(seed_doc, schema, cls=jsonschema.Draft202012Validator)


def test_the_schema_rejects_what_google_requires(
    seed_doc: dict[str, Any], schema: dict[str, Any]
) -> None:
    """The schema is not a rubber stamp: each required property, taken away, fails it."""
    for path in (
        ("url",),
        ("claimReviewed",),
        ("reviewRating",),
        ("reviewRating", "alternateName"),
    ):
        doc = json.loads(json.dumps(seed_doc))
        node = _reviews(doc)[0]
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(doc, schema, cls=jsonschema.Draft202012Validator)


def test_one_review_per_discrepancy_one_observation_per_claim(
    seed_report: Report, seed_doc: dict[str, Any]
) -> None:
    reviews = _reviews(seed_doc)
    observations = [n for n in seed_doc["@graph"] if n["@type"] == "Observation"]
    assert len(reviews) == len(seed_report.discrepancies) > 0
    assert [n["identifier"] for n in observations] == [c.id for c in seed_report.claims]
    ids = [n["@id"] for n in seed_doc["@graph"]]
    assert len(set(ids)) == len(ids)


def test_the_116_review(seed_doc: dict[str, Any]) -> None:
    review = next(r for r in _reviews(seed_doc) if "116" in r["claimReviewed"])
    assert review["claimReviewed"] == "Venezuelan interim government: at least 116 releases"
    assert review["reviewRating"]["alternateName"] == "Unconfirmed: at least 75 of 116"
    assert review["reviewRating"]["ratingValue"] == 1  # high severity
    assert review["url"] == URL
    assert review["author"] == {"@type": "Organization", "name": "Example Checks"}
    claim = review["itemReviewed"]
    assert claim["author"] == {"@type": "Organization", "name": "Venezuelan interim government"}
    assert claim["datePublished"] == "2026-01-12"
    mentioned = {m["@id"].rsplit("#observation-", 1)[1] for m in review["mentions"]}
    assert mentioned == {"003-gov-116", "003-fp-41"}


def test_verdicts_of_the_other_kinds(seed_doc: dict[str, Any]) -> None:
    verdicts = {r["reviewRating"]["alternateName"] for r in _reviews(seed_doc)}
    assert "Unconfirmed: 54 of 87" in verdicts
    assert "Unconfirmed: 38 of 99" in verdicts
    assert "Disputed: El País counts 2,000" in verdicts
    assert "Doesn't add up: 40 to 120 unexplained" in verdicts
    assert any(v.startswith("Contradicts its own count of") for v in verdicts)


def test_a_spokesperson_is_a_person_of_their_organization(seed_doc: dict[str, Any]) -> None:
    review = next(r for r in _reviews(seed_doc) if "1,345" in r["claimReviewed"])
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Diego Casanova",
        "affiliation": {"@type": "Organization", "name": "Clippve"},
    }


def test_observations_carry_the_interval_and_the_time(seed_doc: dict[str, Any]) -> None:
    by_id = {n["identifier"]: n for n in seed_doc["@graph"] if n["@type"] == "Observation"}
    more = by_id["001-clippve-1345"]
    assert more["minValue"] == 1345
    assert "maxValue" not in more  # unbounded above
    assert more["observationDate"] == "2026-01-19"
    assert more["measuredProperty"]["identifier"] == "political_prisoners"
    nearly = by_id["001-fp-nearly-800"]
    assert (nearly["minValue"], nearly["maxValue"]) == (720, 800)
    flow = by_id["001-fp-143"]
    assert flow["value"] == 143
    assert flow["observationPeriod"] == "2026-01-08/2026-01-19"
    assert flow["observationAbout"] == {"@type": "Place", "name": "Venezuela"}


def test_claim_reviewed_stays_short(seed_doc: dict[str, Any]) -> None:
    for review in _reviews(seed_doc):
        assert len(review["claimReviewed"]) < CLAIM_CHARS


def test_a_long_claimant_is_cut_to_fit() -> None:
    name = "The Extraordinarily Long-Named Interministerial Commission for Releases"
    claims, _ = read_claims(
        [
            {
                "id": "a",
                "value": 99,
                "metric": "releases",
                "status": "announced",
                "claimant": name,
                "event": "x",
            },
            {
                "id": "b",
                "value": 61,
                "metric": "releases",
                "status": "confirmed",
                "claimant": "Monitor",
                "event": "x",
            },
        ]
    )
    doc = to_claimreview(check(claims, resolver=StubResolver()), url=URL)
    reviewed = _reviews(doc)[0]["claimReviewed"]
    assert len(reviewed) <= CLAIM_CHARS
    assert reviewed.endswith("…: 99 releases")


@pytest.mark.parametrize("url", ["", "example.org/x", "ftp://example.org/x", "https:// x"])
def test_the_review_url_must_be_a_web_address(seed_report: Report, url: str) -> None:
    with pytest.raises(UsageError, match="review URL"):
        to_claimreview(seed_report, url=url)


@settings(max_examples=40)
@given(reports())
def test_any_report_exports_valid_json_ld(report: Report) -> None:
    text = resources.files("discrepancy").joinpath("data/claimreview.schema.json").read_text()
    doc = to_claimreview(report, url=URL)
    json.dumps(doc, allow_nan=False)  # plain JSON: no NaN or infinity
    reviews = _reviews(doc)
    assert [r["reviewBody"] for r in reviews] == [d.summary for d in report.discrepancies]
    jsonschema.validate(doc, json.loads(text), cls=jsonschema.Draft202012Validator)


def test_cli(cli_env: dict[str, str], schema: dict[str, Any]) -> None:
    done = run_cli(
        ["check", "--format", "claimreview", "--review-url", URL, "--review-author", "Ex"],
        cli_env,
    )
    assert done.returncode == 0, done.stderr
    jsonschema.validate(json.loads(done.stdout), schema, cls=jsonschema.Draft202012Validator)
    again = run_cli(["check", "--format", "claimreview"], cli_env)
    assert again.returncode == 2
    assert "--review-url" in again.stderr


def test_a_person_with_no_mention_is_their_organization() -> None:
    """A spokesperson reference whose mention is empty still gives a named author."""
    from discrepancy.claimreview import _party
    from discrepancy.orgs import OrgRef, ResolutionMethod

    ref = OrgRef(mention="", id="foro-penal", name="Foro Penal", method=ResolutionMethod.PERSON)
    assert _party(ref) == {"@type": "Organization", "name": "Foro Penal"}


def test_a_reference_with_no_name_at_all_still_names_an_author() -> None:
    """Found by hypothesis: an unresolved, empty mention gave an empty ``name``."""
    from discrepancy.claimreview import _party
    from discrepancy.orgs import OrgRef
    from discrepancy.wording.numbers import number as format_number

    assert _party(OrgRef(mention=""))["name"]
    assert format_number(float("-inf")) == "-∞"


def test_an_outlet_with_an_empty_mention_is_still_a_named_publisher() -> None:
    """An outlet reference with no text at all (JSON allows it) still names the publisher."""
    from discrepancy import Claim, Quantity
    from discrepancy.claimreview import _claim_node
    from discrepancy.orgs import OrgRef

    claim = Claim(quantity=Quantity.parse("41"), metric="releases", outlet=OrgRef(mention=""))
    node = _claim_node(claim, "releases", URL)
    assert node["appearance"]["publisher"]["name"] == "an unnamed source"
