"""A figure's own source, read through one clause reader (issue 9, audit 7 pattern P1), round 11.

Every sentence here is invented for the test (invented places, bodies and people). Each shows
one general form of news writing, short and in the longer shape of a real report, in English
and Spanish: the second clause of a contrast speaks through its own subject, even an unnamed
one ("while a local rights group said"); a body named by its class with its complement after
the head ("la agencia de emergencias"); anonymous plural sources ("other reports",
"otras estimaciones") that are a source of their own, never the previous sentence's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.extraction.claimant_phrases import Attribution, complement_head
from discrepancy.extraction.figure_clause import clause_cuts, figure_clause
from discrepancy.extraction.sentences import tokenize

from .claimants import surfaces_and_mentions

PUBLISHED = dt.date(2026, 3, 4)

_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The port authority recorded 45 deaths, while a local rights group said 120 "
            "people had died.",
            [("45", ["port authority"]), ("120", ["local rights group"])],
        ),
        (
            "Harbour officials recorded 45 deaths after the ferry sank off the coast of "
            "Brenmoor on Friday night, while a local rights group that has tracked the "
            "crossings for a decade said on Sunday that 120 people had died.",
            [("45", ["Harbour officials"]), ("120", ["local rights group"])],
        ),
        (
            "La Fiscalía registró 40 muertos, mientras que un colectivo de familias habló de "
            "95 víctimas.",
            [("40", ["Fiscalía"]), ("95", ["colectivo de familias"])],
        ),
        (
            "Tras tres semanas de protestas en la capital de Velmira, la Fiscalía registró "
            "40 muertos en su último balance del viernes, pero un colectivo que reúne a las "
            "familias de las víctimas y que recorre los hospitales habló de 95 fallecidos.",
            [("40", ["Fiscalía"]), ("95", ["colectivo"])],
        ),
    ],
)
def test_a_contrast_clause_speaks_through_its_own_unnamed_subject(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The election board put turnout at 62 percent, but the main opposition party "
            "said that only 35 percent of voters took part.",
            [("62 percent", ["election board"]), ("only 35 percent", ["main opposition party"])],
        ),
        (
            "La agencia de emergencias cifró en 20 los muertos del derrumbe.",
            [("20", ["agencia de emergencias"])],
        ),
        (
            "Tras el derrumbe del puente de Valcerro, que cedió el martes por la mañana "
            "mientras lo cruzaba un camión de mercancías, la agencia de emergencias de la "
            "provincia cifró en 20 los muertos y en 48 los heridos.",
            [
                ("20", ["agencia de emergencias de la provincia"]),
                ("48", ["agencia de emergencias de la provincia"]),
            ],
        ),
    ],
)
def test_a_body_named_by_its_class_speaks(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some 300 people drowned when the barge overturned, the river police said. "
            "Other reports put the death toll at 150.",
            [("Some 300", ["river police"]), ("150", ["Other reports"])],
        ),
        (
            "Según el gobierno regional, murieron 30 personas, pero otras estimaciones "
            "elevan la cifra a 90.",
            [("30", ["gobierno regional"]), ("90", ["otras estimaciones"])],
        ),
    ],
)
def test_anonymous_plural_reports_are_a_source_of_their_own(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_the_complement_head_is_the_word_before_its_complement() -> None:
    assert complement_head(["la", "agencia", "de", "emergencias"]) == "agencia"
    assert complement_head(["the", "board", "of", "elections"]) == "board"
    assert complement_head(["the", "election", "board"]) == "board"
    assert complement_head([]) == ""


_WORDS = st.sampled_from(
    ["police", "said", "while", "but", "pero", "mientras", "12", "300", ",", ";", "the", "y"]
)


@given(st.lists(_WORDS, min_size=1, max_size=30), st.data())
def test_a_figure_clause_holds_its_figure_and_its_source(
    words: list[str], data: st.DataObject
) -> None:
    text = " ".join(words)
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    cuts = clause_cuts(toks, norms)
    first = data.draw(st.integers(0, len(toks) - 1))
    sources = [
        Attribution("plural", (), "police", at=k) for k, w in enumerate(norms) if w == "said"
    ]
    found = figure_clause(cuts, len(toks), first, sources)
    assert found.start <= first < found.end <= len(toks)
    if found.source is not None:
        assert found.start <= found.verb < found.end
        assert found.source.at == found.verb
    else:
        assert not any(found.start <= a.at < found.end for a in sources)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sixty people died in the fire, the mayor said, more than double the official "
            "death toll of 25.",
            [("Sixty", ["mayor"]), ("25", ["official death toll"])],
        ),
        (
            "Unas 70 personas murieron en el incendio del mercado de Torrelinda, dijo el "
            "alcalde en una rueda de prensa el domingo por la tarde, casi el triple de la "
            "cifra oficial de 25 fallecidos que la prefectura había dado el sábado.",
            [("Unas 70", ["alcalde"]), ("25", ["cifra oficial"])],
        ),
    ],
)
def test_the_official_figure_in_a_comparison_is_not_the_speakers(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The relief agency raised its toll to 900 on Tuesday, as a rights group "
            "announced that nearly 1,400 people had died.",
            [("900", ["relief agency"]), ("nearly 1,400", ["rights group"])],
        ),
        (
            "As many as 300 people died, the ministry said.",
            [("As many as 300", ["ministry"])],
        ),
    ],
)
def test_an_as_clause_with_its_own_subject_and_verb_speaks_for_itself(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los sindicatos cifraron en 40.000 los huelguistas, más del doble de los 18.000 "
            "que contó la patronal.",
            [("40.000", ["sindicatos"]), ("18.000", ["patronal"])],
        ),
        (
            "The rights group counted 85 dead, far above the 30 deaths acknowledged by the army.",
            [("85", []), ("30", ["army"])],
        ),
        (
            "Tras dos días de enfrentamientos en los barrios del norte de la capital, los "
            "sindicatos de transporte cifraron el martes en 40.000 los huelguistas de la "
            "primera jornada, más del doble de los 18.000 que contó la patronal.",
            [("40.000", ["sindicatos de transporte"]), ("18.000", ["patronal"])],
        ),
    ],
)
def test_a_compared_figure_keeps_the_party_that_gave_it(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_each_clause_of_a_contrast_keeps_its_own_body() -> None:
    text = (
        "El servicio de protección civil informó de 1.500 evacuados en marzo, mientras que "
        "la unidad de emergencias del ejército reportó solamente 600 en ese periodo."
    )
    assert _who(text) == [
        ("1.500", ["servicio de protección civil"]),
        ("600", ["unidad de emergencias del ejército"]),
    ]
