"""A body or a collective named by its class is the claimant of its own clause (round 8,
audit4 P1): "the navy said", "the state had said", "Carabineros cifró", "desde la organización
estimaron"; it is never replaced by the source of another sentence. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import LEXICON

from .claimants import surfaces_and_mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the navy speaks for itself, not the Red Cross of the sentence before
            "A spokesman for the Tarnwick Red Cross said rescuers had pulled 120 survivors from"
            " the lake. The navy said 95 people had been rescued.",
            [("120", ["Tarnwick Red Cross"]), ("95", ["navy"])],
        ),
        (
            "The state had said earlier that at least 50 people died in the landslide.",
            [("at least 50", ["state"])],
        ),
        (  # a collective subject: not the agency of the sentence before
            "Officials of the Lorvan Health Agency counted 30 dead. The opposition said 70 people"
            " had been killed.",
            [("70", ["opposition"])],
        ),
        ("The coastguard said 14 people were missing.", [("14", ["coastguard"])]),
        (
            "Carabineros cifró la asistencia a la marcha en 8.000 personas, mientras que desde la"
            " organización estimaron la cifra en 30.000 personas.",
            # "la organización" alone names no body: missing rather than wrong
            [("8.000", ["Carabineros"]), ("30.000", [])],
        ),
        ("La oposición aseguró que 200 personas fueron detenidas.", [("200", ["oposición"])]),
        ("Gendarmería informó que 35 internos se fugaron.", [("35", ["Gendarmería"])]),
    ],
)
def test_an_institution_by_its_class_is_the_claimant(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    got = _who(text)
    for item in expected:
        assert item in got, got


def test_a_named_body_of_that_class_is_still_the_antecedent() -> None:
    # "the organization" after a named organization that spoke: that organization
    got = _who(
        "The Harbour Workers Organization said 300 members joined the strike. The organization"
        " said 40 were hurt."
    )
    assert ("40", ["Harbour Workers Organization"]) in got


@settings(max_examples=25, deadline=None)
@given(head=st.sampled_from(sorted(tables_en.INSTITUTION_HEADS - LEXICON.plural_descriptors)))
def test_every_english_head_speaks_as_written(head: str) -> None:
    got = _who(f"A rescuer in Orlin said 80 people were saved. The {head} said 40 people died.")
    assert ("40", [head]) in got, got


@settings(max_examples=25, deadline=None)
@given(head=st.sampled_from(sorted(tables_es.INSTITUTION_HEADS - LEXICON.plural_descriptors)))
def test_every_spanish_head_speaks_as_written(head: str) -> None:
    article = "Los" if head.endswith("s") else "La" if head.endswith("a") else "El"
    got = _who(
        "Un rescatista dijo que 80 personas fueron rescatadas en la costa. "
        f"{article} {head} informó que 40 personas murieron."
    )
    assert ("40", [head]) in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # where the speaker stood is an aside: the subject before it speaks
            "The mayor, speaking in Geneva, said 40 people died.",
            [("40", ["mayor"])],
        ),
        (
            "El gobernador, de visita en Orlán, dijo que 40 personas murieron.",
            [("40", ["gobernador"])],
        ),
        (  # an apposition that names the speaker's body is no aside
            "Ana Ruiz, de la Cruz Roja, dijo que 30 personas murieron.",
            [("30", ["Ana Ruiz"])],
        ),
    ],
)
def test_a_span_stops_at_the_name(text: str, expected: list[tuple[str, list[str]]]) -> None:
    got = _who(text)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the clause inside "después de que" has its own source; the main clause's
            # unnamed subject borrows none of it
            "El presidente, de visita en Orlán, elevó a 320 los muertos por el temporal en todo"
            " el país, poco después de que la Oficina de Emergencias cifrara en 298 los"
            " fallecidos.",
            [("320", []), ("298", ["Oficina de Emergencias"])],
        ),
        (
            "El Ministerio elevó a 50 los muertos, después de que los bomberos informaran de 20"
            " rescatados.",
            [("50", ["Ministerio"]), ("20", ["bomberos"])],
        ),
        (
            "Local officials said 82 people had died, after the mayor said 75 bodies were"
            " recovered.",
            [("82", ["Local officials"]), ("75", ["mayor"])],
        ),
    ],
)
def test_the_clause_after_after_has_its_own_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Varn Health Agency's data showed 80 deaths.", [("80", ["Varn Health Agency"])]),
        ("The ministry's data showed 80 deaths.", [("80", ["ministry"])]),
        ("Official figures show 300 people died.", [("300", ["Official figures"])]),
        (
            "Los datos del Ministerio de Salud muestran 95 muertes.",
            [("95", ["Ministerio de Salud"])],
        ),
        (  # a bare data noun names nobody; a video is no data of a body
            "Las cifras muestran 40 muertos.",
            [("40", [])],
        ),
        ("The video showed 20 people on the roof.", [("20", [])]),
        (  # the trailing form
            "The region has had 310 deaths out of 900 cases, the WHO data showed.",
            [("310", ["WHO"]), ("900", ["WHO"])],
        ),
    ],
)
def test_a_bodys_data_as_subject_names_the_body(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    got = _who(text)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The owner of the ferry, Ana Lutz, had earlier told reporters that there were 300"
            " passengers on board.",
            [("300", ["Ana Lutz"])],
        ),
        ("La Policía inicialmente cifró en 3.000 los asistentes.", [("3.000", ["Policía"])]),
    ],
)
def test_an_adverb_of_time_before_the_verb_keeps_the_subject(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the next sentence says something else: its source lends nothing back
            "At least 40 people were killed in the strike on the camp. The army said it had hit"
            " a command post.",
            [("At least 40", [])],
        ),
        (  # it points back at the figure: it is that figure's source
            "About 300 were arrested. That is according to the Orlin Red Cross.",
            [("About 300", ["Orlin Red Cross"])],
        ),
        ("Unos 300 fueron detenidos. Así lo informó la Cruz Roja.", [("Unos 300", ["Cruz Roja"])]),
        (
            "Al menos 90 personas murieron en el alud.\n\nLo anterior lo dio a conocer la Oficina"
            " de Emergencias de Varna.",
            [("Al menos 90", ["Oficina de Emergencias de Varna"])],
        ),
    ],
)
def test_only_a_next_sentence_that_points_back_lends_its_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a long apposition after the subject: the subject speaks, not the last source
            "The health ministry said 19 people died. The Civil Defence, volunteers who answer to"
            " the provincial council, had earlier reported that 40 people had died.",
            [("19", ["health ministry"]), ("40", ["Civil Defence"])],
        ),
        (  # "desde X" + a plural verb in its own clause: X speaks, not the last source
            "La Policía cifró en 9.000 los asistentes. La cifra causó polémica, dado que desde la"
            " Plataforma Vecinal de Orlán cifraron la asistencia en 40.000 personas.",
            [("9.000", ["Policía"]), ("40.000", ["Plataforma Vecinal de Orlán"])],
        ),
    ],
)
def test_the_subject_of_the_clause_not_the_last_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Egyptian navy said 12 bodies were recovered.", [("12", ["Egyptian navy"])]),
        ("El balance de la Fiscalía era de 18 muertos.", [("18", ["Fiscalía"])]),
    ],
)
def test_a_span_is_the_whole_name_and_stops_at_the_verb(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected
