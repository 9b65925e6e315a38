"""Cases of one disease are a metric of their own (session 10, g-cases): "casos de dengue" and
"malaria cases" for one place and time are not rivals; "sarampión" and "measles" are one
disease. Every sentence here is invented: bodies and figures are made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from discrepancy import extract
from discrepancy.metrics import MetricKind, MetricRegistry, qualified
from discrepancy.scan import check_extracted, scan_paths

PUBLISHED = dt.date(2026, 3, 2)


def _metrics(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


# --- the registry: a registered metric narrowed by a qualifier ----------------------------


def test_a_qualified_id_counts_as_its_base_does_and_only_with_itself() -> None:
    metrics = MetricRegistry.builtin()
    dengue = qualified("cases", "Yellow Fever")
    assert dengue == "cases:yellow-fever"
    assert metrics.normalize(dengue) == dengue
    assert metrics.kind(dengue) is metrics.kind("cases") is MetricKind.FLOW
    assert metrics.label(dengue) == "yellow fever cases"
    assert metrics.known(dengue)
    found = metrics.get(dengue)
    assert found is not None
    assert found.id == dengue
    assert found.kind is MetricKind.FLOW
    assert metrics.aliases([dengue, "yellow-fever-cases"]) == {}


def test_a_qualifier_on_an_unknown_base_is_a_slug_as_before() -> None:
    metrics = MetricRegistry.builtin()
    assert metrics.normalize("goats:white") == "goats-white"
    assert not metrics.known("goats:white")
    assert metrics.get("goats:white") is None


# --- extraction: the disease a count of cases names ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The district reported 230 dengue cases and 41 cases of malaria last week.",
            [("230", "cases:dengue"), ("41", "cases:malaria")],
        ),
        (
            "La región notificó 230 casos de dengue y 41 de paludismo la semana pasada.",
            [("230", "cases:dengue"), ("41", "cases:malaria")],
        ),
        (
            "Se confirmaron 17 casos de sarampión y 6 contagios de fiebre amarilla.",
            [("17", "cases:measles"), ("6", "cases:yellow-fever")],
        ),
        (
            "The clinic counted 17 measles cases and 6 yellow fever infections.",
            [("17", "cases:measles"), ("6", "cases:yellow-fever")],
        ),
    ],
)
def test_cases_of_a_named_disease_take_its_name_in_both_languages(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _metrics(text) == expected


def test_bare_cases_take_the_one_disease_a_document_names() -> None:
    text = (
        "Health workers in the valley confirmed 58 cholera cases on Tuesday. "
        "A week earlier there had been 31 cases."
    )
    assert _metrics(text) == [("58", "cases:cholera"), ("31", "cases:cholera")]
    text = "La provincia suma 58 casos de cólera. Hace una semana había 31 casos."
    assert _metrics(text) == [("58", "cases:cholera"), ("31", "cases:cholera")]


def test_bare_cases_stay_cases_where_the_document_names_two_diseases_or_none() -> None:
    text = (
        "The bulletin lists 58 cholera cases and 12 cases of measles. "
        "A week earlier there had been 31 cases."
    )
    assert _metrics(text)[-1] == ("31", "cases")
    assert _metrics("The health office confirmed 58 cases on Tuesday.") == [("58", "cases")]


# --- check: two diseases are never rivals; one disease in two languages is --------------


def _scan(tmp_path: Path, *texts: str) -> int:
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"story{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    claims, errors = scan_paths(paths, published=PUBLISHED)
    assert not errors
    return len(check_extracted(claims).discrepancies)


_DENGUE_ES = (
    "El Servicio Departamental de Salud de Oruro informó el lunes que la región suma 340 "
    "casos de dengue en lo que va del año."
)


def test_dengue_and_malaria_cases_of_one_place_and_time_are_not_rivals(tmp_path: Path) -> None:
    malaria = (
        "The Oruro health office said on Monday that the region has recorded 95 malaria cases "
        "so far this year."
    )
    assert _scan(tmp_path, _DENGUE_ES, malaria) == 0


def test_dengue_cases_in_two_languages_are_still_compared(tmp_path: Path) -> None:
    dengue = (
        "The Oruro health office said on Monday that the region has recorded 95 dengue cases "
        "so far this year."
    )
    assert _scan(tmp_path, _DENGUE_ES, dengue) == 1
