"""Metrics the registry does not know: named by head noun, flows by event nouns, notes on look-
alike names (metrics.py).

Every sentence behind these claims is our own invention, shaped like the reports a
fact-checker meets: crowd counts, death tolls, prisoner releases, strikes, displacement.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.notes import NoteKind

from .checking import flagged_together, run

# --- 2. metrics the registry does not know ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("prisoner releases", "releases"),
        ("presos excarcelados", "releases"),
        ("homicidios en las protestas", "homicides"),
        ("homicides during the protests", "homicides"),
        ("the number of people killed", "deaths"),
        ("cifra de muertos en la marcha", "deaths"),
        ("protesters killed", "deaths"),
        ("manifestantes detenidos", "arrests"),
        ("detenidos por motivos políticos en Caracas", "political_prisoners"),
        ("civilian deaths", "civilian-deaths"),  # a restricting modifier: its own metric
        ("muertes de civiles", "muertes-de-civiles"),
    ],
)
def test_metric_text_by_head_noun_and_modifiers(text: str, metric: str) -> None:
    assert MetricRegistry.builtin().normalize(text) == metric


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("striking dockers", MetricKind.FLOW),
        ("estibadores en huelga", MetricKind.FLOW),
        ("evacuated residents", MetricKind.FLOW),
        ("personas evacuadas", MetricKind.FLOW),
        ("hospital beds", MetricKind.STOCK),
    ],
)
def test_unknown_metrics_named_by_an_event_noun_are_flows(text: str, kind: MetricKind) -> None:
    metrics = MetricRegistry.builtin()
    assert metrics.kind(metrics.normalize(text)) is kind


@pytest.mark.parametrize(
    ("day", "since"),
    [("prisoner releases", "releases"), ("presos excarcelados", "excarcelaciones")],
)
def test_a_day_count_and_a_count_since_are_not_a_self_contradiction(day: str, since: str) -> None:
    report = run(
        {"id": "day", "value": 15, "metric": day, "claimant": "Monitor",
         "as_of": {"start": "2025-03-03", "end": "2025-03-03"}},
        {"id": "since", "value": 260, "metric": since, "claimant": "Monitor",
         "as_of": {"start": "2025-02-10", "end": "2025-03-03"}},
    )  # fmt: skip
    assert report.discrepancies == ()


def test_an_unknown_metric_counted_over_days_is_a_flow() -> None:
    report = run(
        {"id": "day", "value": 15, "metric": "tractors seized", "claimant": "Farm Union",
         "as_of": {"start": "2025-03-03", "end": "2025-03-03"}},
        {"id": "since", "value": 260, "metric": "tractors seized", "claimant": "Farm Union",
         "as_of": {"start": "2025-02-10", "end": "2025-03-03"}},
    )  # fmt: skip
    assert report.discrepancies == ()


def test_notes_list_lonely_metrics_and_names_that_look_alike() -> None:
    report = run(
        {"id": "es", "value": 5000, "metric": "docentes en paro", "claimant": "Sindicato",
         "event": "paro"},
        {"id": "en", "value": 1200, "metric": "striking teachers", "claimant": "Ministry",
         "event": "paro"},
        {"id": "beds", "value": 40, "metric": "hospital beds", "claimant": "Clinic",
         "as_of": "2025-01-01"},
    )  # fmt: skip
    assert report.discrepancies == ()
    lonely = {n.metrics[0] for n in report.notes if n.kind is NoteKind.METRIC_COMPARED_WITH_NOTHING}
    assert lonely == {"docentes-en-paro", "striking-teachers", "hospital-beds"}
    [alike] = [n for n in report.notes if n.kind is NoteKind.METRICS_LOOK_ALIKE]
    assert set(alike.metrics) == {"docentes-en-paro", "striking-teachers"}
    assert "docentes en paro" in report.to_text()
    assert "## Notes" in report.to_markdown()


def test_strikers_in_either_language_are_one_metric() -> None:
    report = run(
        {"id": "union", "value": "10 millones", "metric": "huelguistas", "claimant": "CCOO",
         "event": "huelga"},
        {"id": "gov", "value": 2_000_000, "metric": "striking workers", "claimant": "Ministry",
         "event": "huelga"},
    )  # fmt: skip
    assert flagged_together(report, "union", "gov")


_SYNONYMS = sorted(
    {(text, m.id) for m in MetricRegistry.builtin() for text in m.synonyms if len(text) > 3}
)


@given(
    st.sampled_from(_SYNONYMS),
    st.sampled_from(["", "the number of ", "cifra de ", "total "]),
    st.sampled_from(["", " in the capital", " durante la marcha", " en el estado Zulia"]),
)
def test_framing_words_never_change_the_metric(
    synonym: tuple[str, str], before: str, after: str
) -> None:
    text, metric = synonym
    metrics = MetricRegistry.builtin()
    assert metrics.normalize(f"{before}{text}{after}") == metric
    assert metrics.normalize(metric) == metric
