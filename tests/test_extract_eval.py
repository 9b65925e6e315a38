"""The scoring of ``benchmarks/extract_eval.py --devset`` on invented excerpts.

The extractor is replaced by hand-made claims where a test needs to know the right answer, so
these tests measure the scoring, not the extractor.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.claim import Claim, Evidence, Period
from discrepancy.errors import RecordError
from discrepancy.orgs import OrgRef
from discrepancy.quantity import Quantity

REPO = Path(__file__).parents[1]


@pytest.fixture(scope="module")
def ev() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "extract_eval", REPO / "benchmarks" / "extract_eval.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# An invented excerpt (our own words) with two counts from two sources that disagree.
TEXT = (
    "Police in Exampleton counted 4,000 marchers on Saturday, while the Harbour Workers Union "
    "said more than 10,000 people joined. The mayor, who is 57 years old, said nothing."
)
DAY = dt.date(2024, 3, 2)


def _number(n: str, surface: str, number: str, low: float, high: float | None, q: str,
            claimant: str | None, status: str) -> dict[str, Any]:  # fmt: skip
    return {
        "n": n, "surface": surface, "occurrence": 1, "number": number, "low": low, "high": high,
        "qualifier": q, "unit": "people", "metric": "protesters", "claimant": claimant,
        "claimant_kind": "org" if claimant else "outlet", "status": status,
        "status_class": "neutral", "scope": "Exampleton", "as_of": "2024-03-02",
        "supersedes": None,
    }  # fmt: skip


def _annotation(ann_id: str, split: str, text: str = TEXT) -> dict[str, Any]:
    return {
        "id": ann_id,
        "lang": "en",
        "split": split,
        "domain": "protest",
        "url": "https://example.org/x",
        "outlet": "Example Daily",
        "published": "2024-03-04",
        "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "numbers": [
            _number("a", "4,000 marchers", "4,000", 3800, 4200, "round", "Police", "estimated"),
            _number(
                "b",
                "more than 10,000 people",
                "more than 10,000",
                10000,
                None,
                "more_than",
                "Harbour Workers Union",
                "estimated",
            ),
        ],
        "not_counts": [{"surface": "57 years old", "occurrence": 1, "why": "age"}],
        "discrepancies": [{"kind": "source_disagreement", "numbers": ["a", "b"], "why": "x"}],
        "must_not": [],
    }


def _claim(text: str, surface: str, quantity: Quantity, claimant: str | None) -> Claim:
    start = text.index(surface)
    end = text.index(".", start) + 1
    sentence_start = text.rfind(".", 0, start) + 1
    return Claim(
        quantity=quantity,
        metric="protesters",
        claimants=(OrgRef(mention=claimant),) if claimant else (),
        status="estimated",
        scope="Exampleton",
        as_of=Period.on(DAY),
        evidence=Evidence(doc="t", start=sentence_start, end=end),
    )


def _perfect(text: str) -> list[Claim]:
    return [
        _claim(text, "4,000", Quantity.of(4000, "round", surface="4,000"), "Police"),
        _claim(
            text,
            "more than 10,000",
            Quantity.of(10000, "more_than", surface="more than 10,000"),
            "Harbour Workers Union",
        ),
    ]


def _write(root: Path, ann: dict[str, Any], text: str | None) -> None:
    (root / "annotations").mkdir(parents=True, exist_ok=True)
    (root / "texts").mkdir(parents=True, exist_ok=True)
    (root / "annotations" / f"{ann['id']}.json").write_text(json.dumps(ann), encoding="utf-8")
    if text is not None:
        (root / "texts" / f"{ann['id']}.txt").write_text(text, encoding="utf-8")


def test_locate_puts_each_claim_at_its_own_number(ev: ModuleType) -> None:
    claims = _perfect(TEXT)
    spans = ev.locate(claims, TEXT)
    assert [TEXT[s:e] for s, e in spans] == ["4,000", "more than 10,000"]


def test_locate_tells_repeated_numbers_apart(ev: ModuleType) -> None:
    text = "Some 15 bodies were found on Monday and 5 bodies on Tuesday, 5 more said the army."
    q = Quantity.of(5, surface="5")
    claims = [_claim(text, "5 bodies", q, None), _claim(text, "5 bodies", q, None)]
    starts = [s for s, _ in ev.locate(claims, text)]
    assert starts == [text.index(" 5 bodies") + 1, text.index("5 more")]


def test_perfect_extraction_scores_one(
    ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, _annotation("t-001", "dev"), TEXT)
    monkeypatch.setattr(ev, "extract", lambda text, **_: _perfect(text))
    result = ev.evaluate_devset("dev", "all", tmp_path)
    total = result["total"]
    assert (total["gold"], total["matched"], total["found"]) == (2, 2, 2)
    assert total["precision"] == total["recall"] == 1.0
    assert all(v == 1.0 for v in total["accuracy"].values()), total["accuracy"]
    assert total["scan"]["right"] == 1
    assert total["scan"]["false_alarm"] == total["scan"]["missed"] == 0


def test_wrong_interval_is_found_but_not_matched(
    ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, _annotation("t-001", "dev"), TEXT)

    def sloppy(text: str, **_: object) -> list[Claim]:
        _first, second = _perfect(text)
        exact = _claim(text, "4,000", Quantity.of(4000, "exact", surface="4,000"), "Police")
        return [exact, second]

    monkeypatch.setattr(ev, "extract", sloppy)
    total = ev.evaluate_devset("dev", "all", tmp_path)["total"]
    assert (total["matched"], total["found"]) == (1, 2)
    assert total["accuracy"]["qualifier"] == total["accuracy"]["interval"] == 0.5


def test_missing_claimant_and_non_count(
    ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, _annotation("t-001", "dev"), TEXT)

    def wrong(text: str, **_: object) -> list[Claim]:
        police, union = _perfect(text)
        union = _claim(text, "more than 10,000", union.quantity, None)
        age = _claim(text, "57", Quantity.of(57, surface="57"), None)
        return [police, union, age]

    monkeypatch.setattr(ev, "extract", wrong)
    result = ev.evaluate_devset("dev", "all", tmp_path)
    total = result["total"]
    assert total["accuracy"]["claimant"] == 0.5
    assert total["non_counts_read"] == 1
    assert total["precision"] == pytest.approx(2 / 3, abs=1e-4)
    [row] = result["excerpts"]
    assert row["spurious"] == [{"surface": "57", "metric": "protesters", "non_count": True}]
    assert total["claimant_errors"] == {"missing": 1, "wrong": 0, "unwanted": 0}


def test_claimant_errors_split_missing_wrong_and_unwanted(
    ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round 10: a wrong claimant is counted as missing (none given), wrong (another name)
    or unwanted (a name for the outlet's own voice), per language, on every split."""
    ann = _annotation("t-001", "test")
    ann["numbers"][0]["claimant"], ann["numbers"][0]["claimant_kind"] = None, "outlet"
    _write(tmp_path, ann, TEXT)

    def swapped(text: str, **_: object) -> list[Claim]:
        police, union = _perfect(text)
        return [police, _claim(text, "more than 10,000", union.quantity, "Police")]

    monkeypatch.setattr(ev, "extract", swapped)
    result = ev.evaluate_devset("test", "all", tmp_path)
    want = {"missing": 0, "wrong": 1, "unwanted": 1}
    assert result["total"]["claimant_errors"] == want
    assert result["by_lang"]["en"]["claimant_errors"] == want


def test_skips_absent_and_changed_texts_and_hides_test_details(
    ev: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, _annotation("t-001", "dev"), TEXT)
    _write(tmp_path, _annotation("t-002", "test"), TEXT)
    _write(tmp_path, _annotation("t-003", "dev"), None)
    _write(tmp_path, _annotation("t-005", "dev"), TEXT + " Changed.")
    monkeypatch.setattr(ev, "extract", lambda text, **_: _perfect(text))
    result = ev.evaluate_devset("all", "all", tmp_path)
    assert result["skipped"] == {"no_text": ["t-003"], "text_differs": ["t-005"]}
    rows = {r["id"]: r for r in result["excerpts"]}
    assert sorted(rows) == ["t-001", "t-002"]
    assert isinstance(rows["t-001"]["missed"], list)
    assert rows["t-002"]["missed"] == rows["t-002"]["spurious"] == 0
    assert "items" not in rows["t-002"]["scan"]
    only_test = ev.evaluate_devset("test", "all", tmp_path)
    assert [r["id"] for r in only_test["excerpts"]] == ["t-002"]


def test_a_surface_not_in_the_text_names_the_field(ev: ModuleType) -> None:
    ann = _annotation("t-009", "dev")
    ann["numbers"][1]["surface"] = "twelve thousand people"
    with pytest.raises(RecordError, match=r"numbers\[1\]\.surface"):
        ev.gold_numbers(ann, TEXT)


def test_cli_reports_a_bad_annotation_without_a_traceback(
    ev: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ann = _annotation("t-001", "dev")
    ann["numbers"][0]["occurrence"] = 3
    _write(tmp_path, ann, TEXT)
    assert ev.main(["--devset", "--devset-dir", str(tmp_path)]) == 2
    assert "numbers[0].surface" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("AAPP", "Assistance Association for Political Prisoners", True),
        ("U.N.", "United Nations", True),
        ("PDMA", "Provincial Disaster Management Authority", True),
        ("police", "Police", True),
        ("Police", "Kaduna Police Command", False),
        ("the ministry", "Ministry of Public Health", False),
        ("Foro Penal", "Foro Penal", True),
        ("Kashmir", "Pakistan Interior Ministry", False),
        ("Ministerio de Salud", "ministerio de salud", True),
    ],
)
def test_names_match(ev: ModuleType, a: str, b: str, same: bool) -> None:
    assert ev.names_match(a, b) is same
    assert ev.names_match(b, a) is same


def test_claimant_right_accepts_the_person_named_in_the_note(ev: ModuleType) -> None:
    gold = _number("a", "4,000 marchers", "4,000", 3800, 4200, "round", "Interior Ministry", "x")
    gold["note"] = "Interior minister Jane Roe"
    claim = _perfect(TEXT)[0]
    person = _claim(TEXT, "4,000", claim.quantity, "Jane Roe")
    assert ev.claimant_right(person, gold, None)
    assert not ev.claimant_right(claim, gold, None)  # "Police" is not the ministry
    outlet_gold = {**gold, "claimant": None, "claimant_kind": "outlet"}
    assert not ev.claimant_right(person, outlet_gold, None)
    assert ev.claimant_right(_claim(TEXT, "4,000", claim.quantity, None), outlet_gold, None)


days = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 1, 1))


@given(days, days, days)
def test_as_of_inside_a_gold_period_is_right(ev: ModuleType, a: dt.date, b: dt.date,
                                             c: dt.date) -> None:  # fmt: skip
    start, mid, end = sorted((a, b, c))
    want = Period(start=start, end=end)
    assert ev.as_of_right(Period.on(mid), want)
    assert ev.as_of_right(want, want)
    if end > start:
        assert not ev.as_of_right(Period.on(end + dt.timedelta(days=1)), want)
        so_far = Period(start=None, end=end)
        assert not ev.as_of_right(Period.on(mid), so_far)


def test_gold_period_defaults_to_publication(ev: ModuleType) -> None:
    assert ev.gold_period({"as_of": None}, DAY) == Period.on(DAY)
    assert ev.gold_period({"as_of": None}, None) is None
    assert ev.gold_period({"as_of": {"start": None, "end": "2024-01-31"}}, DAY) == Period(
        start=None, end=dt.date(2024, 1, 31)
    )


@pytest.mark.parametrize(
    ("got", "want", "right"),
    [
        ("Chile", "northern Chile and the Chile-Bolivia border area", True),
        ("Niger", "Nigeria", False),
        (None, "Iran", False),
        ("Kerr County", "Kerr County", True),
        ("Texas", "Kerr County", False),
    ],
)
def test_scope_without_a_gazetteer_compares_words(
    ev: ModuleType, got: str | None, want: str, right: bool
) -> None:
    judge = ev.ScopeJudge()
    judge.gazetteer = None
    assert judge.right(got, want) is right


def test_a_number_word_is_not_located_inside_a_longer_word(ev: ModuleType) -> None:
    text = "Todos los presos salieron; dos de ellos hablaron."
    inside = text.find("dos")  # the end of "Todos"
    alone = text.find("dos", inside + 1)
    assert not ev._free(text, inside, inside + 3, set())
    assert ev._free(text, alone, alone + 3, set())
    assert not ev._free("15 heridos", 1, 2, set())  # "5" inside "15"


def test_a_bare_gold_place_name_is_right_for_the_place_of_that_name(ev: ModuleType) -> None:
    judge = ev.ScopeJudge()
    if judge.gazetteer is None:
        pytest.skip("the gazetteer is not available")
    # alone, "Manchester" resolves to Jamaica's parish; the extractor chose England's city
    assert judge.right("Manchester, United Kingdom", "Manchester")
    assert not judge.right("Liverpool, United Kingdom", "Manchester")
    assert not judge.right(None, "Manchester")
