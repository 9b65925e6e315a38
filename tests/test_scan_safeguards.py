"""Scan safeguards that must not cut the wrong way (issue 9, audit pattern P7).

A figure no source is named for stays out of the comparisons of its own text (a headline or
background figure restating a named one), unless its sentence says it is the outlet's own
finding ("the town's register shows", "ha podido saber este diario"): then it is the
outlet's claim and is set against the named sources. Two such figures of one text are one
source. Sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Claim, Evidence, Period, Quantity, extract
from discrepancy._scan_rules import one_voice
from discrepancy.discrepancies import Kind
from discrepancy.extraction.part_cues import own_finding
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)


def _kinds(text: str) -> list[Kind]:
    claims = extract(text, published=PUBLISHED, doc_id="a.txt")
    return [d.kind for d in check_extracted(claims).discrepancies]


@pytest.mark.parametrize(
    "text",
    [
        "Some 600 people are missing after the flood, the town's register shows. The Red "
        "Cross said 300 people were missing after the flood.",
        "Según el registro del colegio, 640 alumnos siguen desaparecidos. La Cruz Roja "
        "informó de que 320 alumnos siguen desaparecidos.",
        "Hay 640 alumnos desaparecidos, ha podido saber este diario. La Cruz Roja informó de "
        "que 320 alumnos siguen desaparecidos.",
    ],
)
def test_the_outlets_own_finding_is_set_against_a_named_source(text: str) -> None:
    claims = extract(text, published=PUBLISHED, doc_id="a.txt")
    own = [c for c in claims if not c.claimants]
    assert len(own) == 1
    assert own[0].claimant_is_outlet
    assert _kinds(text) == [Kind.SOURCE_DISAGREEMENT]


@pytest.mark.parametrize(
    "text",
    [
        "Some 600 people are missing after the flood. The Red Cross said 300 people were "
        "missing after the flood.",
        "Unos 640 alumnos siguen desaparecidos. La Cruz Roja informó de que 320 alumnos "
        "siguen desaparecidos.",
    ],
)
def test_an_unattributed_figure_with_no_cue_stays_withheld(text: str) -> None:
    claims = extract(text, published=PUBLISHED, doc_id="a.txt")
    assert not any(c.claimant_is_outlet for c in claims)
    assert _kinds(text) == []


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("the school register has shown that 668 are missing", True),
        ("one of our reporters counted 1,074 pupils", True),
        ("segun los registros del hospital hay 40 heridos", True),
        ("the register was closed for 3 days", False),
        ("this is a newspaper with 300 staff", False),
    ],
)
def test_what_says_a_figure_is_the_outlets_own(sentence: str, cue: bool) -> None:
    assert own_finding(sentence.split()) is cue


def test_two_figures_in_the_outlets_voice_are_one_source() -> None:
    def voice(surface: str, start: int, doc: str = "a.txt") -> Claim:
        return Claim(
            quantity=Quantity.parse(surface),
            metric="missing",
            claimant_is_outlet=True,
            as_of=Period.on(PUBLISHED),
            evidence=Evidence(doc=doc, start=start, end=start + 30),
        )

    first, second = voice("668", 0), voice("300", 100)
    assert one_voice(first, second)
    assert check_extracted([first, second]).discrepancies == ()
    assert not one_voice(first, voice("300", 0, doc="b.txt"))
