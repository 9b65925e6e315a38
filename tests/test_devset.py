"""The development set of real news (``devset/``) and its checker, benchmarks/devset_check.py.

Every committed annotation is checked for shape here, always; its surfaces are checked against
the excerpt's text only where the (gitignored) text is present. The checker itself is tested on
invented sentences.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

REPO = Path(__file__).parents[1]
ANNOTATIONS = REPO / "devset" / "annotations"
TEXTS = REPO / "devset" / "texts"


def _load_benchmark(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, REPO / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


dc = _load_benchmark("devset_check")
FILES = dc.annotation_paths(ANNOTATIONS)


# --- the committed annotations ---------------------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_annotation_shape(path: Path) -> None:
    assert dc.check_shape(dc.load(path), path.stem) == []


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_annotation_surfaces_in_text(path: Path) -> None:
    text = TEXTS / f"{path.stem}.txt"
    if not text.is_file():
        pytest.skip(
            f"the excerpt text {text.relative_to(REPO)} is not here (texts are gitignored; "
            "collect it from the annotation's url to run this check)"
        )
    assert dc.check_text(dc.load(path), text.read_bytes(), path.stem) == []


def test_spanish_half_is_complete() -> None:
    spanish = [dc.load(p) for p in dc.annotation_paths(ANNOTATIONS, "es")]
    domains = Counter(a["domain"] for a in spanish)
    assert len(spanish) >= 32, len(spanish)
    assert len(domains) >= 8, domains
    splits = Counter(a["split"] for a in spanish)
    assert set(splits) <= {"dev", "test", "fresh"}, splits
    assert abs(splits["dev"] - splits["test"]) <= 1, splits


# --- the checker, on an invented excerpt -----------------------------------------------------

TEXT = (
    "Según la cofradía, unas 1.200 personas desfilaron el sábado por Villalba; "
    "la policía local contó 800 y detuvo a 3 jóvenes. Hubo 2 carrozas."
)


def _number(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "n": "a",
        "surface": "unas 1.200 personas",
        "occurrence": 1,
        "number": "unas 1.200",
        "low": 1140,
        "high": 1260,
        "qualifier": "approx",
        "unit": "people",
        "metric": "protesters",
        "claimant": "Cofradía",
        "claimant_kind": "org",
        "status": "estimated",
        "status_class": "neutral",
        "scope": "Villalba",
        "as_of": "2031-05-03",
        "supersedes": None,
    }
    return base | fields


def _annotation() -> dict[str, Any]:
    return {
        "id": "es-901",
        "lang": "es",
        "split": "dev",
        "domain": "protest",
        "url": "https://example.org/desfile",
        "outlet": "Ejemplo",
        "published": "2031-05-04",
        "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
        "numbers": [
            _number(),
            _number(
                n="b",
                surface="contó 800",
                number="800",
                low=800,
                high=800,
                qualifier="exact",
                claimant="Policía Local",
                status="reported",
            ),
            _number(
                n="c",
                surface="3 jóvenes",
                number="3",
                low=3,
                high=3,
                qualifier="exact",
                metric="arrests",
                claimant="Policía Local",
                status="reported",
            ),
        ],
        "not_counts": [{"surface": "2 carrozas", "occurrence": 1, "why": "floats"}],
        "discrepancies": [
            {"kind": "source_disagreement", "numbers": ["a", "b"], "why": "1,200 vs 800"}
        ],
        "must_not": [{"numbers": ["b", "c"], "why": "marchers vs arrests"}],
    }


def test_valid_annotation_passes() -> None:
    ann = _annotation()
    assert dc.check_shape(ann, "es-901") == []
    assert dc.check_text(ann, TEXT.encode(), "es-901") == []


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(ann: dict[str, Any]) -> None:
        target: Any = ann
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return mutate


def _drop(path: tuple[Any, ...]) -> Callable[[dict[str, Any]], None]:
    def mutate(ann: dict[str, Any]) -> None:
        target: Any = ann
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return mutate


SHAPE_FAULTS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("missing top field", _drop(("url",)), "missing field 'url'"),
    ("missing number field", _drop(("numbers", 0, "status")), "missing field 'status'"),
    ("wrong type", _set(("numbers", 0, "occurrence"), "1"), "'occurrence' should be int"),
    ("bool is no number", _set(("numbers", 0, "low"), True), "'low' should be"),
    ("split parity", _set(("split",), "test"), "split must be 'dev'"),
    ("fresh is by id", _set(("split",), "fresh"), "split must be 'dev'"),
    ("id vs file", _set(("id",), "es-903"), "differs from the file name"),
    ("lang vs id", _set(("lang",), "en"), "does not match the id"),
    ("bad qualifier", _set(("numbers", 0, "qualifier"), "circa"), "unknown qualifier"),
    ("bad unit", _set(("numbers", 0, "unit"), "heads"), "unknown unit"),
    ("bad status", _set(("numbers", 1, "status"), "rumoured"), "unknown status"),
    ("status class", _set(("numbers", 1, "status_class"), "confirmed"), "is neutral"),
    ("outlet voice", _set(("numbers", 0, "claimant"), None), "claimant null exactly"),
    ("lonely list", _set(("numbers", 0, "claimant"), ["Cofradía"]), "two or more"),
    ("interval", _set(("numbers", 0, "low"), 1200), "approx"),
    ("open bound", _set(("numbers", 1, "qualifier"), "more_than"), "no upper bound"),
    ("high below low", _set(("numbers", 1, "high"), 700), "below low"),
    ("bad date", _set(("numbers", 0, "as_of"), "3 de mayo"), "not a YYYY-MM-DD"),
    ("empty period", _set(("numbers", 0, "as_of"), {"start": None, "end": None}), "neither"),
    (
        "period order",
        _set(("numbers", 0, "as_of"), {"start": "2031-05-04", "end": "2031-05-03"}),
        "starts after",
    ),
    ("number outside surface", _set(("numbers", 0, "number"), "1.300"), "not inside"),
    ("dangling supersedes", _set(("numbers", 1, "supersedes"), "z"), "supersedes unknown"),
    ("self supersedes", _set(("numbers", 1, "supersedes"), "b"), "supersedes unknown"),
    ("duplicate id", _set(("numbers", 1, "n"), "a"), "used twice"),
    ("unknown kind", _set(("discrepancies", 0, "kind"), "gap"), "unknown kind"),
    ("dangling link", _set(("must_not", 0, "numbers"), ["b", "q"]), "unknown number 'q'"),
    ("one-number link", _set(("discrepancies", 0, "numbers"), ["a"]), "two or more"),
    ("sha form", _set(("text_sha256",), "abc"), "64 lowercase hex"),
    ("no numbers", _set(("numbers",), []), "no numbers"),
]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [(m, e) for _, m, e in SHAPE_FAULTS],
    ids=[name for name, _, _ in SHAPE_FAULTS],
)
def test_shape_faults_are_named(mutate: Callable[[dict[str, Any]], None], expected: str) -> None:
    ann = copy.deepcopy(_annotation())
    mutate(ann)
    problems = dc.check_shape(ann, "es-901")
    assert any(expected in p for p in problems), problems


def test_fresh_split_goes_by_id() -> None:
    ann = _annotation() | {"id": "es-101", "split": "fresh"}
    assert dc.check_shape(ann, "es-101") == []
    problems = dc.check_shape(ann | {"split": "dev"}, "es-101")
    assert any("split must be 'fresh'" in p for p in problems), problems


def test_percent_above_hundred_is_named() -> None:
    ann = _annotation()
    ann["numbers"][2] |= {"unit": "percent", "low": 130, "high": 130}
    assert any("above 100" in p for p in dc.check_shape(ann, "es-901"))


TEXT_FAULTS: list[tuple[str, Callable[[dict[str, Any]], None], str]] = [
    ("surface absent", _set(("numbers", 1, "surface"), "contó 900"), "occurs 0x"),
    ("occurrence too high", _set(("numbers", 2, "occurrence"), 2), "occurs 1x, not ≥ 2"),
    ("not-count absent", _set(("not_counts", 0, "surface"), "3 carrozas"), "occurs 0x"),
    ("sha", _set(("text_sha256",), "0" * 64), "sha256 differs"),
]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [(m, e) for _, m, e in TEXT_FAULTS],
    ids=[name for name, _, _ in TEXT_FAULTS],
)
def test_text_faults_are_named(mutate: Callable[[dict[str, Any]], None], expected: str) -> None:
    ann = copy.deepcopy(_annotation())
    mutate(ann)
    assert any(expected in p for p in dc.check_text(ann, TEXT.encode(), "es-901"))


def test_text_that_is_not_utf8_is_named() -> None:
    ann = _annotation()
    problems = dc.check_text(ann, "ñ".encode("latin-1"), "es-901")
    assert any("not UTF-8" in p for p in problems)


def test_main_reports_and_skips_missing_texts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    annotations, texts = tmp_path / "annotations", tmp_path / "texts"
    annotations.mkdir()
    texts.mkdir()
    (annotations / "es-901.json").write_text(json.dumps(_annotation()), encoding="utf-8")
    args = ["--annotations", str(annotations), "--texts", str(texts)]
    assert dc.main(args) == 0
    out = capsys.readouterr().out
    assert "skipped the text checks of 1 excerpts" in out
    assert out.rstrip().endswith("OK")

    (texts / "es-901.txt").write_text(TEXT.replace("800", "900"), encoding="utf-8")
    assert dc.main([*args, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["texts_checked"] == 1
    assert any("sha256 differs" in p for p in report["problems"]["es-901"])


def test_stats_tally_what_was_annotated(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "es-901.json").write_text(json.dumps(_annotation()), encoding="utf-8")
    assert dc.main(["--annotations", str(tmp_path), "--texts", str(tmp_path), "--json"]) == 0
    tally = json.loads(capsys.readouterr().out)["tally"]
    assert tally["es/numbers/items"] == 3
    assert tally["es/qualifier/exact"] == 2
    assert tally["es/qualifier/approx"] == 1
    assert tally["es/kind/source_disagreement"] == 1
    assert tally["es/not_counts/items"] == tally["es/must_not/items"] == 1


def test_main_names_an_unreadable_annotation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "es-902.json").write_text("{not json", encoding="utf-8")
    assert dc.main(["--annotations", str(tmp_path), "--texts", str(tmp_path)]) == 1
    assert "es-902.json: cannot read the annotation" in capsys.readouterr().out


# --- properties of the span and interval helpers ---------------------------------------------

_small_text = st.text(alphabet="ab 1.", max_size=40)


@given(text=_small_text, surface=st.text(alphabet="ab 1.", min_size=1, max_size=3))
def test_occurrences_are_counted_as_str_count_counts(text: str, surface: str) -> None:
    count = text.count(surface)
    previous_end = 0
    for k in range(1, count + 1):
        span = dc.occurrence_span(text, surface, k)
        assert span is not None
        start, end = span
        assert text[start:end] == surface
        assert start >= previous_end
        previous_end = end
    assert dc.occurrence_span(text, surface, count + 1) is None


@given(
    text=_small_text,
    surface=st.text(alphabet="ab 1.", min_size=1, max_size=4),
    occurrence=st.integers(min_value=1, max_value=3),
)
def test_number_span_lies_inside_its_surface(text: str, surface: str, occurrence: int) -> None:
    number = surface[: max(1, len(surface) // 2)]
    outer = dc.occurrence_span(text, surface, occurrence)
    inner = dc.number_span(text, surface, occurrence, number)
    assert (outer is None) == (inner is None)
    if outer is not None and inner is not None:
        assert outer[0] <= inner[0] <= inner[1] <= outer[1]
        assert text[inner[0] : inner[1]] == number


_simple = ["exact", "round", "approx", "nearly", "just_over", "more_than", "at_least"]
_simple += ["fewer_than", "at_most"]


@given(
    qualifier=st.sampled_from(_simple),
    value=st.integers(min_value=1, max_value=10**7),
)
def test_the_interval_a_qualifier_gives_passes_and_a_shifted_one_fails(
    qualifier: str, value: int
) -> None:
    want = dc.expected_interval(qualifier, float(value))
    assert want is not None
    low, high = want
    assert dc._check_interval(_number(qualifier=qualifier, low=low, high=high), "x") == []
    if high is None:  # an open bound may not be closed
        wrong = _number(qualifier=qualifier, low=low, high=low + 1)
    else:  # nor may the other bound move
        wrong = _number(qualifier=qualifier, low=low + max(1.0, low * 0.01), high=high)
    assert dc._check_interval(wrong, "x") != []


# --- getting a text back from a saved page ----------------------------------------------------


def test_recover_finds_the_passage_with_the_annotated_hash() -> None:
    finder = _load_benchmark("devset_recover")
    page = (
        " date 2031-04-02 Harbour fire in Porto Lindo\n\n"
        "Firefighters said 14 people were hurt. The mayor put it at 20. More later.\n\n"
        "Related: weather"
    )
    passage = "Firefighters said 14 people were hurt. The mayor put it at 20."
    sha = hashlib.sha256(passage.encode("utf-8")).hexdigest()
    assert finder.find(page, sha) == passage
    heading = "Harbour fire in Porto Lindo"  # the corpus's date label is not page text
    assert finder.find(page, hashlib.sha256(heading.encode("utf-8")).hexdigest()) == heading
    assert finder.find(page, hashlib.sha256(b"The mayor put it at 21.").hexdigest()) is None
