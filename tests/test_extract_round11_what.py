"""What is counted is what happened to the people (round 11, audit7 P3): the verb of which the
figure's people are the subject says it (escaped, survived, were later released), not the noun
or participle that describes them (pupils, kidnapped, migrants); in "N cases and M deaths" each
figure keeps its own noun.

Every sentence is our own invention, short or in the shape of long news sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.metrics import MetricKind, MetricRegistry

PUBLISHED = dt.date(2025, 5, 12)


def _metrics(text: str) -> dict[str, str]:
    return {c.quantity.surface: c.metric for c in extract(text, published=PUBLISHED)}


def test_survivors_are_a_flow_of_the_registry() -> None:
    registry = MetricRegistry.builtin()
    assert registry.kind("survivors") is MetricKind.FLOW
    assert registry.normalize("supervivientes") == "survivors"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The mayor said 41 people survived the ferry fire.", "41", "survivors"),
        (
            "Coast guard officers, speaking after a second night of searching the bay, told the "
            "regional broadcaster that only 26 passengers had survived the sinking of the "
            "overloaded launch, far fewer than the owners first claimed.",
            "only 26",
            "survivors",
        ),
        ("Sobrevivieron 33 personas al incendio del ferri, dijo la alcaldesa.", "33", "survivors"),
        (
            "Según el parte de la Armada, difundido la madrugada del martes tras dos días de "
            "búsqueda en la bahía, apenas 18 pasajeros sobrevivieron al hundimiento de la lancha.",
            "apenas 18",
            "survivors",
        ),
        ("Teachers said 9 abducted girls escaped from the camp.", "9", "escaped"),
        (
            "A spokesman for the state police said on Friday that 14 of the schoolboys taken from "
            "their dormitory last month had escaped through the forest and reached a village.",
            "14",
            "escaped",
        ),
        ("El alcalde dijo que 7 alumnas secuestradas escaparon del campamento.", "7", "escaped"),
        (
            "Fuentes de la gobernación confirmaron el jueves que 12 jornaleros secuestrados en la "
            "finca el mes pasado lograron escapar de sus captores y llegaron a pie al pueblo.",
            "12",
            "escaped",
        ),
    ],
)
def test_the_peoples_own_verb_says_what_is_counted(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Health officials reported 64 cases and three deaths from the outbreak.",
            {"64": "cases", "three": "deaths"},
        ),
        (
            "In its weekly bulletin, published on Monday after a delay blamed on the floods, "
            "the provincial health office listed 120 confirmed cases and one death linked to "
            "the cholera outbreak in the river towns.",
            {"120": "cases:cholera", "one": "deaths"},
        ),
        (
            "Sanidad notificó 97 casos confirmados y cuatro fallecidos por el brote.",
            {"97": "cases", "cuatro": "deaths"},
        ),
        (
            "La consejería de Salud, en un comunicado emitido el viernes por la tarde, contabiliza "
            "ya 230 casos confirmados y dos muertes por la bacteria en los pueblos del valle.",
            {"230": "cases", "dos": "deaths"},
        ),
    ],
)
def test_each_figure_keeps_its_own_noun(text: str, counts: dict[str, str]) -> None:
    got = _metrics(text)
    for surface, metric in counts.items():
        assert got[surface] == metric


@settings(max_examples=25, deadline=None)
@given(
    cases=st.integers(min_value=20, max_value=999),
    deaths=st.sampled_from(["two", "three", "five", "dos", "tres", "cinco"]),
)
def test_cases_and_spelled_deaths_never_share_a_noun(cases: int, deaths: str) -> None:
    if deaths in ("two", "three", "five"):
        text = f"The health agency reported {cases} confirmed cases and {deaths} deaths."
    else:
        text = f"La agencia sanitaria notificó {cases} casos confirmados y {deaths} muertes."
    got = _metrics(text)
    assert got[str(cases)] == "cases"
    assert got[deaths] == "deaths"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "Prosecutors said 150 people arrested during the riots were later released.",
            "150",
            "releases",
        ),
        (
            "The school board said on Sunday that 31 pupils who were kidnapped from the hostel in "
            "March have since escaped, while the rest are still being held in the hills.",
            "31",
            "escaped",
        ),
        (
            "El gobernador dijo que los 22 estudiantes que fueron secuestrados el lunes ya fueron "
            "liberados.",
            "22",
            "releases",
        ),
    ],
)
def test_a_description_yields_to_the_predicate(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the verb of the people's own clause, never a verb elsewhere in the sentence
        ("Wardens said 11 inmates escaped, and 35 guards were on duty.", "35", "guards"),
        # the people's own verb, with no description before it, is kept
        (
            "Scores of travellers were feared to have drowned near the reef, the navy said.",
            "Scores",
            "missing",
        ),
        # "and some …" opens a clause with its own subject
        ("The 90 hostages included 25 nurses, and some escaped, police said.", "25", "nurses"),
    ],
)
def test_the_predicate_stays_in_its_clause(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    "text",
    [
        "Los estibadores iniciaron el lunes una huelga indefinida. En el puerto de Arenal la "
        "participación bajó al 41%, según la patronal.",
        "Nurses began a two-day walkout on Tuesday across the region. In the smaller clinics, "
        "participation fell to 38 percent by the afternoon, the health board said in a note.",
    ],
)
def test_participation_in_a_strike_is_its_strikers(text: str) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.metric == "strikers"


def test_participation_in_a_vote_stays_turnout() -> None:
    text = "La participación en las elecciones municipales fue del 63%, según la junta electoral."
    [claim] = extract(text, published=PUBLISHED)
    assert claim.metric == "turnout"


def test_workers_who_followed_a_strike_named_before_are_strikers() -> None:
    text = (
        "Las centrales sindicales mantuvieron el paro general durante todo el miércoles. "
        "Según sus cuentas, más de 410.000 trabajadores siguieron la jornada en la provincia."
    )
    got = _metrics(text)
    assert got["más de 410.000"] == "strikers"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "La red de hospitales cifró el número de heridos ingresados en 61 y 58, según dos "
            "partes distintos.",
            {"61": "hospitalized", "58": "hospitalized"},
        ),
        (
            "Las autoridades dijeron que 40 detenidos ingresados en prisión esperan juicio.",
            {"40": "arrests"},
        ),
        (
            "La fundación contabiliza desde 2019 un total de 310 víctimas de secuestro muertas, "
            "la mayoría en el norte del país.",
            {"310": "deaths"},
        ),
        ("La fiscalía registró 80 víctimas de secuestro en 2023.", {"80": "hostages"}),
        (
            "Neighbours said reports of 17 pupils escaping were false, and that none had come "
            "back to the village.",
            {"17": "escaped"},
        ),
    ],
)
def test_what_happened_right_after_the_noun(text: str, counts: dict[str, str]) -> None:
    got = _metrics(text)
    for surface, metric in counts.items():
        assert got[surface] == metric


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        (
            "El fiscal dijo que 64 personas siguen en cautiverio, de un total de 380 víctimas, "
            "de las cuales se han registrado 12 muertes.",
            "380",
            "12",
        ),
        (
            "Officials said 70 people remain in captivity, out of a total of 420 victims, of "
            "whom 15 have died.",
            "420",
            "15",
        ),
    ],
)
def test_a_part_clause_is_not_the_wholes_event(text: str, whole: str, part: str) -> None:
    got = _metrics(text)
    assert got[whole] == "hostages"
    assert got[part] == "deaths"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Clinics in the delta said more than 2,400 people were being treated for typhoid, a "
            "district spokesman told reporters.",
            "more than 2,400",
        ),
        ("The toll reached 61, with hundreds of people still being treated.", "hundreds"),
    ],
)
def test_people_under_treatment_are_their_own_count(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "treated"


@pytest.mark.parametrize(
    "text",
    [
        "Wardens said 26 inmates including the two ringleaders escaped on Sunday.",
        "Los guardias dijeron que 26 reos incluidos los dos cabecillas escaparon el domingo.",
    ],
)
def test_a_number_word_as_a_determiner_starts_no_figure(text: str) -> None:
    assert _metrics(text)["26"] == "escaped"


@pytest.mark.parametrize(
    "text",
    [
        'La junta anunció la liberación de "decenas" de sindicalistas y periodistas presos.',
        'The junta announced the release of "dozens" of jailed reporters and unionists.',
    ],
)
def test_quotes_around_a_figure_do_not_hide_its_governing_word(text: str) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.metric == "releases"
