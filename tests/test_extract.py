"""extract(): API, evidence spans, exclusions, hostile input and arbitrary text."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extraction import extract, extract_paths

DAY = dt.date(2026, 1, 20)


def test_not_claims() -> None:
    text = (
        "On January 20, 2026 at 9:45 p.m., article 5 of the 1999 constitution, the "
        "12 months, 30 years in prison, $45 million, call 555-123-4567, #19Ene, "
        "https://t.co/x1 and id B2efeaf3 11ac 464b: one of them."
    )
    assert extract(text, published=DAY) == []


def test_evidence_and_record_fields(tmp_path: Path) -> None:
    text = "Foro Penal reported that it has documented 777 political prisoners nationwide."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    manifest = tmp_path / "m.json"
    manifest.write_text(
        json.dumps(
            [
                {
                    "file": "a.txt",
                    "outlet": "Latin Times",
                    "published": "2026-01-20",
                    "language": "en",
                }
            ]
        )
    )
    [claim] = extract_paths([tmp_path], manifest=manifest)
    assert claim.evidence is not None
    assert claim.evidence.doc == "a.txt"
    assert claim.evidence.sha256 is not None
    assert len(claim.evidence.sha256) == 64
    assert "777" in text[claim.evidence.start : claim.evidence.end]
    assert claim.outlet is not None
    assert claim.outlet.mention == "Latin Times"
    assert claim.published == DAY
    assert claim.as_of_inferred


def test_relative_dates_use_the_publication_date() -> None:
    [claim] = extract("Just 22 were freed last Friday.", published=dt.date(2018, 5, 29))
    assert claim.as_of is not None
    assert claim.as_of.end == dt.date(2018, 5, 25)
    [undated] = extract("Just 22 were freed last Friday.")
    assert undated.as_of is None


def test_bad_lang() -> None:
    with pytest.raises(ValueError, match="lang"):
        extract("x", lang="fr")


def _hostile() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "extract_hostile", Path(__file__).parents[1] / "benchmarks" / "extract_hostile.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    inputs: dict[str, str] = module.HOSTILE
    return inputs


HOSTILE = _hostile()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_never_raises(name: str) -> None:
    """1 MB of hostile text: no exception, evidence spans that hold their numbers.

    Speed is measured by ``benchmarks/extract_hostile.py`` (target: under 2 s per input;
    see docs/performance.md), not asserted here.
    """
    text = HOSTILE[name]
    assert len(text) >= 900_000
    claims = extract(text, published=DAY)
    for c in claims[:1000]:
        assert c.evidence is not None
        assert c.quantity.surface in text[c.evidence.start : c.evidence.end]


def test_claim_ids_are_content_hashes() -> None:
    """The ids ``extract`` computes equal ``Claim.content_id`` (what ``Claim`` would give)."""
    text = (
        "Foro Penal reported that it has documented 777 political prisoners nationwide, "
        "following 143 releases recorded between Jan. 8 and late Monday. No new releases "
        "have been confirmed since Saturday. About 300 people said that."
    )
    claims = extract(text, published=DAY, outlet="Latin Times", doc_id="a.txt", sha256="0" * 64)
    assert len(claims) == 4
    assert all(c.id == c.content_id() for c in claims)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=400)
    | st.lists(
        st.sampled_from(
            [
                "about",
                "300",
                "people",
                "were",
                "freed",
                "on",
                "Tuesday",
                ",",
                ".",
                "“",
                "”",
                "said",
                "Foro",
                "Penal",
                "more",
                "than",
                "1,345",
                "between",
                "and",
                "hundreds",
                "of",
                "según",
                "la",
                "ONG",
                "unos",
                "2.000",
                "detenidos",
                "\n",
                "No",
                "new",
                "releases",
                "as",
                "of",
                "December",
                "30",
                "so",
                "far",
                "33",
                "them",
                "the",
                "group",
            ]
        ),
        max_size=60,
    ).map(" ".join)
)
def test_arbitrary_text_never_raises_and_spans_hold(text: str) -> None:
    for c in extract(text, published=DAY):
        assert c.evidence is not None
        assert 0 <= c.evidence.start <= c.evidence.end <= len(text)
        assert c.quantity.surface in text[c.evidence.start : c.evidence.end]


def test_the_package_exports_the_extract_function() -> None:
    """Issue 11 (25): ``discrepancy.extract(text, ...)`` is the function the docs promise."""
    import discrepancy

    assert callable(discrepancy.extract)
    assert discrepancy.extract is extract
    assert discrepancy.extract_paths is extract_paths
    [claim] = discrepancy.extract("Police said 300 people marched.", published=dt.date(2026, 1, 1))
    assert claim.quantity.surface == "300"


def test_the_default_resolver_is_built_once_per_process() -> None:
    # building the built-in resolver's tables took 36 ms, which every extract() call paid
    from discrepancy.extraction.api import default_resolver

    assert default_resolver() is default_resolver()
