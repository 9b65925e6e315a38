"""One source per clause (second audit, pattern P1): a contrast opens a new clause with a new
source, and a source never crosses into another clause of the contrast. Invented sentences,
English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.extraction.claimant_clauses import clause_cuts
from discrepancy.extraction.sentences import tokenize

from .claimants import surfaces_and_mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an absolute clause with its own source
            "The Evening Courier has the police at 4,000 marchers, with organizers saying 25,000.",
            [("4,000", ["police"]), ("25,000", ["organizers"])],
        ),
        (  # two absolute clauses joined by "and"
            "Two counts came out, with the health ministry claiming over 90 deaths and the"
            " Harbour Rights Forum putting it at 160.",
            [("over 90", ["health ministry"]), ("160", ["Harbour Rights Forum"])],
        ),
        (  # "Mientras A …, B lo deja en …": the second clause's verb needs its pronoun
            "Mientras las centrales hablan de un seguimiento cercano al 71%, la patronal lo "
            "deja en el 11%.",
            [("71%", ["centrales"]), ("11%", ["patronal"])],
        ),
        (  # a figure noun with a relative opens the clause of another source
            "Para el Ministerio de Trabajo paró el 12% de la plantilla, cifra que los"
            " sindicatos elevan al 80%.",
            [("12%", ["Ministerio de Trabajo"]), ("80%", ["sindicatos"])],
        ),
        (  # the subject after the figure (Spanish word order)
            "El Gobierno regional sitúa el seguimiento de la huelga en el 20%, pero elevan al 75%"
            " las centrales sindicales.",
            [("20%", ["Gobierno regional"]), ("75%", ["centrales sindicales"])],
        ),
        (  # a figure described by a participle and its agent
            "Los convocantes cifraron la marcha en 90.000 personas, datos rebajados por la"
            " Policía Local: 11.000 asistentes.",
            [("90.000", ["convocantes"]), ("11.000", ["Policía Local"])],
        ),
    ],
)
def test_each_clause_of_a_contrast_gives_its_own_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    got = _who(text)
    assert [(v, who) for v, who in got if v in dict(expected)] == expected


def test_a_raising_verb_gives_a_source_only_when_its_subject_is_one() -> None:
    text = (
        "El Gobierno regional habla de un seguimiento del 9%, cifra que los sindicatos"
        " subieron al 70%."
    )
    assert [who for _, who in _who(text)] == [["Gobierno regional"], ["sindicatos"]]
    assert _who("Los enfermos de cólera suben a 40 personas en la provincia.") == [("40", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police and organizers disagreed again: the former put the crowd at 5,000"
            " marchers, the latter at 20,000.",
            [["Police"], ["organizers"]],
        ),
        (
            "Las cifras de la Consejería y de los sindicatos difieren: la primera cifra el"
            " seguimiento en el 12%, los segundos en el 61% y la patronal en el 5%.",
            [["Consejería"], ["sindicatos"], ["patronal"]],
        ),
    ],
)
def test_the_former_and_the_latter_are_the_pair_just_named(
    text: str, expected: list[list[str]]
) -> None:
    assert [who for _, who in _who(text)] == expected


def test_a_later_clause_source_never_takes_an_earlier_figure() -> None:
    # the outlet's own figure before a clause where organizers speak stays unattributed
    got = _who("The square held 3,000 people at noon, with organizers saying 10,000 people came.")
    assert got == [("3,000", []), ("10,000", ["organizers"])]


def test_an_earlier_source_goes_on_into_a_clause_with_none_of_its_own() -> None:
    got = _who(
        "The health minister said that nine cases were confirmed, while 14 suspected"
        " cases are still being tested."
    )
    assert [who for _, who in got] == [["health minister"], ["health minister"]]


def test_a_source_after_every_number_speaks_for_the_whole_sentence() -> None:
    got = _who(
        "Unas 2.300 personas llegaron en barco, cifra que triplica la del año anterior,"
        " según datos del Ministerio del Interior."
    )
    assert got[0] == ("Unas 2.300", ["Ministerio del Interior"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("This is for the first time Ruritania reported that 40 people died.", "Ruritania"),
        (
            "The Tribune has police saying 2,000-3,000 marchers with organisers saying 9,000.",
            "police",
        ),
    ],
)
def test_a_claimant_span_ends_at_the_name(text: str, name: str) -> None:
    assert _who(text)[0][1] == [name]


def test_against_a_thing_is_no_contrast() -> None:
    # "against" before a figure sets two counts apart; before a noun it does not
    text = "More than 3,000 people marched against the reform, the union said."
    assert _who(text) == [("More than 3,000", ["union"])]


def test_mientras_tanto_opens_no_clause() -> None:
    text = (
        "Mientras tanto, la huelga contó con 410 huelguistas, un 6% de la plantilla, según"
        " ha informado la Consejería."
    )
    assert [who for _, who in _who(text)] == [["Consejería"], ["Consejería"]]


@given(st.text(max_size=200))
def test_clause_cuts_never_raise_and_stay_in_order(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    cuts = clause_cuts(toks, [t.norm for t in toks])
    assert cuts == sorted(set(cuts))
    assert all(0 <= k < len(toks) for k in cuts)
