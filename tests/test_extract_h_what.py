"""Session 12 (h-what, issue 9): what a figure counts and where, from six unseen articles
(crime, search operations, elections, migration, labour) and the brief's open patterns.

* "respectively" / "respectivamente" pairs the i-th figure of a run with the i-th place of a
  run of as many places.
* "the one released" is a pronoun with its participle, no count of one.
* People who join or take part in a search or an operation are responders, not protesters
  nor the missing they look for.

Every sentence is invented for these tests (places, bodies and people are made up or used
only as names).
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.claim import Claim

PUBLISHED = dt.date(2026, 3, 4)


def _claims(text: str) -> list[Claim]:
    return extract(text, published=PUBLISHED)


def _by_surface(text: str) -> dict[str, Claim]:
    return {c.quantity.surface: c for c in _claims(text)}


# --- respectively ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers detained 40 and 25 people in Lyon and Marseille respectively on Sunday.",
            {"40": "Lyon", "25": "Marseille"},
        ),
        (
            "En Madrid y Barcelona se contaron 120 y 85 detenidos, respectivamente.",
            {"120": "Madrid", "85": "Barcelona"},
        ),
        (
            "Los hospitales de Sevilla, Córdoba y Jaén atendieron a 12, 30 y 8 heridos, "
            "respectivamente.",
            {"12": "Sevilla", "30": "Córdoba", "8": "Jaén"},
        ),
        (
            "Turnout was 61% and 58% in Ohio and Texas, respectively.",
            {"61%": "Ohio", "58%": "Texas"},
        ),
    ],
)
def test_respectively_pairs_figures_with_places(text: str, expected: dict[str, str]) -> None:
    got = _by_surface(text)
    for surface, place in expected.items():
        scope = got[surface].scope
        assert scope is not None, surface
        assert scope.startswith(place), (surface, scope)


def test_without_respectively_the_usual_reading_stays() -> None:
    got = _by_surface("Officers detained 40 people in Lyon and 25 in Marseille after the match.")
    assert got["40"].scope == "Lyon"
    assert got["25"].scope == "Marseille"


def test_respectively_with_runs_of_different_length_pairs_nothing() -> None:
    # two figures, three places: no pairing, the figure keeps its usual place
    got = _by_surface("In Lyon, Nice and Marseille police detained 40 and 25 people, respectively.")
    assert got["40"].scope is not None


# --- "the one" ----------------------------------------------------------------------------


def test_the_one_released_is_no_count() -> None:
    assert _claims("The one released on Monday was a teacher, the committee said.") == []


def test_a_released_count_of_one_stays() -> None:
    got = _by_surface("The rebels freed one hostage on Monday, the committee said.")
    assert got["one"].metric in ("releases", "hostages")


# --- responders who join a search --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "About 200 volunteers joined the search for the three missing divers off Florida.",
        "Unos 40 voluntarios se sumaron el martes a la búsqueda de los montañeros en Huesca.",
    ],
)
def test_volunteers_who_join_a_search_are_not_protesters(text: str) -> None:
    first = _claims(text)[0]
    assert first.metric not in ("protesters", "missing")


@pytest.mark.parametrize(
    "text",
    [
        "Más de 500 personas participan en el operativo para encontrar al niño en Málaga.",
        "Some 300 people were participating in the operation to find the boy in Oregon.",
    ],
)
def test_people_taking_part_in_an_operation_are_rescuers(text: str) -> None:
    assert _claims(text)[0].metric == "rescuers"


def test_people_killed_in_an_operation_stay_dead() -> None:
    assert _claims("Ten people were killed in the operation, officials said.")[0].metric == "deaths"


def test_volunteers_who_join_a_march_stay_protesters() -> None:
    assert _claims("Thousands of volunteers joined the march in Boston.")[0].metric == "protesters"


# --- demonyms: who is counted names where ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("About 5,000 Texans were evacuated ahead of the storm, officials said.", "Texas"),
        ("Según la Junta, el 30% de los asturianos ya ha votado.", "Asturias"),
        ("Unos 2.000 andaluces se manifestaron el domingo, según los sindicatos.", "Andaluc"),
    ],
)
def test_a_regions_demonym_scopes_its_figure(text: str, region: str) -> None:
    scope = _claims(text)[0].scope
    assert scope is not None
    assert region in scope


def test_a_place_named_in_the_clause_beats_the_demonym() -> None:
    assert _claims("Unos 3.000 gallegos marcharon en Madrid contra el cierre.")[0].scope == "Madrid"


def test_a_nations_demonym_scopes_a_text_that_names_no_place() -> None:
    claim = _claims("Un total de 24.000 mexicanos votaron por correo, según el ministerio.")[0]
    assert claim.scope == "Mexico"
    assert claim.metric == "voters"


def test_nationals_in_a_country_the_sentence_names_stay_there() -> None:
    claim = _claims("Lebanon is home to around 1.5 million Syrians who fled the war.")[0]
    assert claim.scope == "Lebanon"


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("En total, 18 millones de ciudadanos han ejercido su derecho al voto.", "voters"),
        ("Estaban llamados a las urnas 30 millones de personas, según el ministerio.", None),
        ("Some 12 million citizens exercised their right to vote on Sunday.", "voters"),
    ],
)
def test_voting_phrases_name_voters_and_the_roll(text: str, metric: str | None) -> None:
    got = _claims(text)[0].metric
    assert got == (metric or "registered_voters")


# --- layoffs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker said it would lay off 1,200 workers in Ohio.",
        "Some 3,000 workers were laid off in Michigan last month, the union said.",
        "The mill closed on Friday, dismissing 600 employees.",
        "La empresa despidió a 300 trabajadores en su planta de Vigo, según el comité.",
        "El expediente se saldó con 450 despidos en Cataluña.",
    ],
)
def test_workers_laid_off_are_layoffs(text: str) -> None:
    assert _claims(text)[0].metric == "layoffs"


def test_striking_workers_stay_strikers() -> None:
    assert _claims("About 4,000 workers went on strike in Ohio.")[0].metric == "strikers"


# --- a state by its agency abbreviation --------------------------------------------------


def test_a_town_with_a_state_abbreviation_is_a_place() -> None:
    claim = _claims("Police arrested 12 people in Marlow, Kan., after the protest.")[0]
    assert claim.scope == "Marlow"


def test_a_state_abbreviation_alone_is_the_state() -> None:
    from discrepancy.extraction.where_abbrevs import state_abbreviations

    found = state_abbreviations("a plant in Marlow, Mo. and one in Ohio", lambda name: name)
    assert [p[2] for p in found] == ["Missouri"]
    assert state_abbreviations("El Mo. de la fábrica", lambda name: name) == []


# --- arrivals by sea: islands, boats, the next clause's verb ------------------------------


def test_an_island_noun_ties_its_place_for_later_sentences() -> None:
    text = (
        "Desde el viernes han llegado más de 300 inmigrantes a las islas Canarias.\n"
        "El domingo llegó al puerto otra barca con 25 migrantes."
    )
    got = _by_surface(text)
    assert got["25"].scope == "Canarias"


def test_boats_named_after_the_figure_are_no_count() -> None:
    text = "A las costas de Almería han sido siete las embarcaciones que llegaron con 95 migrantes."
    assert [c.quantity.surface for c in _claims(text)] == ["95"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Llegaron 80 migrantes a Almería y en Ceuta tuvieron que ser rescatados 12.",
            "migrants",
            "rescued",
        ),
        (
            "Some 80 migrants arrived in Sicily and in Malta officials rescued 12.",
            "migrants",
            "rescued",
        ),
    ],
)
def test_a_verb_of_the_next_figure_is_not_this_ones(text: str, first: str, second: str) -> None:
    got = [c.metric for c in _claims(text)]
    assert got == [first, second]


# --- elections: compound copulas, the roll, the count's progress ---------------------------


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("La participación en los comicios del domingo ha sido del 64,5%.", "turnout"),
        ("Turnout in the regional vote has been 64%, the electoral board said.", "turnout"),
        ("La abstención ha sido de un 28,4% del censo electoral.", "abstention"),
        ("La participación fue del 61% del censo electoral, según la junta.", "turnout"),
    ],
)
def test_a_share_in_a_compound_tense_or_of_the_roll(text: str, metric: str) -> None:
    assert [c.metric for c in _claims(text)] == [metric]


@pytest.mark.parametrize(
    "text",
    [
        "Con el 97 % de las papeletas escrutadas, la participación era del 58%.",
        "Cuando se ha escrutado el 97 % del voto, la participación era del 58%.",
        "With 97% of the ballots counted, turnout stood at 58%.",
    ],
)
def test_the_progress_of_a_vote_count_is_no_count(text: str) -> None:
    assert [c.quantity.surface for c in _claims(text)] == ["58%"]


def test_people_counted_by_the_police_stay_a_count() -> None:
    claims = _claims("Officers counted 3,000 marchers in the square, the city said.")
    assert [c.quantity.surface for c in claims] == ["3,000"]


def test_a_text_that_names_its_nation_only_by_demonym_takes_that_country() -> None:
    text = (
        "La participación en los comicios del domingo ha sido del 64,5%, según el ministerio.\n"
        "En total, 20 millones de españoles votaron."
    )
    assert {c.scope for c in _claims(text)} == {"Spain"}
