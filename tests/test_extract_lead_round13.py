"""The lead's session-10 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.extraction.where_found import after_initials

_DAY = dt.date(2025, 3, 4)


def _surfaces(text: str) -> list[str]:
    return [claim.quantity.surface for claim in extract(text, published=_DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level reached after a change verb: "hasta las N" is no clock time when N cannot be one
        (
            "El número de solicitantes de asilo que llegaron a Chipre casi se duplicó en 2024, "
            "hasta las 17.450 personas.",
            ["17.450"],
        ),
        ("Los bomberos atendieron a las 8.000 personas desalojadas del barrio.", ["8.000"]),
        # real clock times stay times
        ("La marcha salió a las 18.30 y se disolvió hasta las 21 horas.", []),
        ("El acto empezó a las 8 y reunió a 300 personas.", ["300"]),
    ],
)
def test_las_before_a_figure_is_an_hour_only_when_the_figure_can_be_one(
    text: str, expected: list[str]
) -> None:
    assert _surfaces(text) == expected


def _sources(text: str) -> list[tuple[str, list[str]]]:
    return [
        (claim.quantity.surface, [ref.mention for ref in claim.claimants])
        for claim in extract(text, published=_DAY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is counted, qualified by a place, is no source: never the place's government
        ("Los fallecidos en Chipre subieron a 61.", [("61", [])]),
        ("La cifra de heridos en Islandia se eleva a 23.", [("23", [])]),
        ("Las llegadas a Chipre subieron a 9.120 en abril.", [("9.120", [])]),
        ("The toll in Iceland rose to 23.", [("23", [])]),
        # people of a place who speak are a source as written, not the bare place
        (
            "Los vecinos de Chipre aseguraron que 61 personas murieron.",
            [("61", ["vecinos de Chipre"])],
        ),
        (
            "Los médicos de Islandia informaron de 23 heridos.",
            [("23", ["médicos de Islandia"])],
        ),
        # titles and bodies of a place keep their readers
        ("El alcalde de Lagos dijo que 45 personas murieron.", [("45", ["Alcaldía de Lagos"])]),
        (
            "La defensa civil de Perú informó de 45 muertos.",
            [("45", ["defensa civil de Perú"])],
        ),
        ("Desde Chipre informaron de 61 muertos.", [("61", ["Chipre"])]),
    ],
)
def test_a_place_after_a_common_noun_is_not_the_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _sources(text) == expected


def test_a_place_name_the_text_gives_a_person_is_neither_scope_nor_a_mute_place() -> None:
    # "Kale" is also a town in the gazetteer; here it is the official introduced with initials
    text = (
        "LUMBA, India -- A flash flood swept through the village on Monday, officials said.\n\n"
        "Rescuers have recovered 19 bodies, district officer P.R. Kale said.\n\n"
        "Kale said 11 women and 8 men were among the dead."
    )
    claims = extract(text, published=dt.date(2024, 7, 9))
    assert [c.quantity.surface for c in claims] == ["19", "11", "8"]
    assert all(c.scope == "India" for c in claims)
    assert [ref.mention for ref in claims[1].claimants] == ["Kale"]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("an official, D.D. Tala, said", 18, True),
        ("J. Tala said", 3, True),
        ("R. K. Tala said", 6, True),
        ("the U.S. Virgin Islands", 9, False),  # an abbreviation, not initials
        ("Acme Inc. Tala", 10, False),
        ("floods in Tala town", 10, False),
    ],
)
def test_initials_before_a_name(text: str, start: int, expected: bool) -> None:
    assert after_initials(text, start) is expected


def _metrics(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=_DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people sent to help count as themselves, never as whom they search for or treat
        (
            "Nearly 700 rescuers combed the hillside for the missing.",
            [("Nearly 700", "rescuers")],
        ),
        (
            "Dozens of relief workers reached the valley as the toll climbed to 38.",
            [("Dozens", "relief-workers"), ("38", "deaths")],
        ),
        ("Unos 250 socorristas atienden a los heridos del choque.", [("Unos 250", "socorristas")]),
        # their own verb still decides
        ("Three volunteers drowned during the search.", [("Three", "deaths")]),
    ],
)
def test_responders_are_not_the_people_they_help(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll whose subject runs past a relative clause still names what its level counts
        (
            "The death toll from the ferry fire that broke out off the northern coast has "
            "climbed to 31 people and 12 others are still unaccounted for.",
            [("31", "deaths"), ("12", "missing")],
        ),
        (
            "La cifra de muertos por la riada que arrasó el pueblo ascendió a 19 personas y "
            "otras 7 siguen desaparecidas.",
            [("19", "deaths"), ("7", "missing")],
        ),
    ],
)
def test_a_toll_past_a_relative_clause_names_its_level(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The county raised its earlier death toll of 14 to 22.", [("14", None), ("22", "14")]),
        ("La alcaldía rebajó su balance de 40 a 35 muertos.", [("40", None), ("35", "40")]),
        # no revising verb: a range
        ("Organizers expected a crowd of 800 to 1,200.", [("800 to 1,200", None)]),
    ],
)
def test_a_revised_toll_of_n_to_m_is_two_figures(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    claims = extract(text, published=_DAY)
    surface = {c.id: c.quantity.surface for c in claims}
    got = [(c.quantity.surface, surface.get(c.supersedes or "")) for c in claims]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A regional official said more than 250 people were involved in the search.",
            [("more than 250", "rescuers")],
        ),
        ("Unas 180 personas participan en las tareas de rescate.", [("Unas 180", "rescuers")]),
        # their own verb decides first
        ("Some 12 people were injured in the rescue.", [("Some 12", "injured")]),
    ],
)
def test_people_taking_part_in_the_rescue_are_rescuers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _metrics(text) == expected


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.status.value) for c in extract(text, published=_DAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd still to come is a target, never a count of a crowd that gathered
        (
            "The union estimated that 6,000 nurses will rally outside the ministry, and "
            "expects the crowd will swell to 15,000.",
            [("6,000", "pledged"), ("15,000", "pledged")],
        ),
        (
            "Los convocantes calculan que 9.000 personas marcharán hasta la plaza.",
            [("9.000", "pledged")],
        ),
        ("Police said 6,000 people rallied outside the ministry.", [("6,000", "reported")]),
        ("Unas 9.000 personas marcharon hasta la plaza.", [("Unas 9.000", "reported")]),
    ],
)
def test_a_crowd_still_to_come_is_a_target(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statuses(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural gathering noun names what "people" in its sentence counts
        (
            "There were vigils in Graz (organisers' count: 7,000 people; police count: 2,600).",
            [("7,000", "protesters"), ("2,600", "protesters")],
        ),
        (
            "Hubo concentraciones en Cuenca, donde los convocantes contaron 3.100 personas.",
            [("3.100", "protesters")],
        ),
    ],
)
def test_a_plural_gathering_names_the_crowd(text: str, expected: list[tuple[str, str]]) -> None:
    assert _metrics(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "más" closing an increment is not the hedge of the next figure
        (
            "Codelco informó que halló tres cuerpos más de los siete obreros sepultados.",
            [("tres", "deaths"), ("siete", "deaths")],
        ),
        # bodies are the dead, whoever they were before
        (
            "Se recuperaron cuatro cadáveres de los pescadores desaparecidos.",
            [("cuatro", "deaths")],
        ),
        # a real hedge after a conjunction stays one
        (
            "Murieron 12 personas y más de 40 resultaron heridas.",
            [("12", "deaths"), ("más de 40", "injured")],
        ),
    ],
)
def test_more_closing_an_increment_and_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert _metrics(text) == expected


def test_a_comma_ends_a_local_place_name() -> None:
    text = (
        "Los bomberos hallaron los cuerpos de siete mineros, según confirmó el fiscal de la "
        "región de Ñuble Alto, Ramiro Quezada."
    )
    assert [c.scope for c in extract(text, published=_DAY)] == ["Ñuble Alto"]


def test_a_sibling_after_with_is_no_part_of_the_figure_before() -> None:
    text = (
        "The agency said measles had killed 900 people by June. The province of Tarn, with "
        "310 deaths, was worst hit, followed by Aude, with 270, and Gers (90)."
    )
    claims = extract(text, published=_DAY)
    assert [c.quantity.surface for c in claims] == ["900", "310", "270", "90"]
    assert claims[2].part_of is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's government speaks as its hall; its figure is never the other clause's
        (
            "Police counted 12,000 marchers, but the town hall reckoned that 40,000 had come.",
            [("12,000", ["Police"]), ("40,000", ["town hall"])],
        ),
        (
            "La policía habló de 12.000 manifestantes, mientras que según la alcaldía fueron "
            "40.000.",
            [("12.000", ["policía"]), ("40.000", ["alcaldía"])],
        ),
        ("El ayuntamiento cifró en 7.500 los asistentes.", [("7.500", ["ayuntamiento"])]),
    ],
)
def test_the_town_hall_is_a_source(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _sources(text) == expected


def _ids(text: str) -> list[list[tuple[str, str | None]]]:
    return [
        [(ref.mention, ref.id) for ref in c.claimants]
        for c in extract(f"ABUJA, Nigeria -- {text}", published=_DAY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the officials of another body are that body's, never the national government
        ("School officials said 40 pupils were taken.", [[("School officials", None)]]),
        ("Hospital officials said 12 people died.", [[("Hospital officials", None)]]),
        (
            "Las autoridades escolares dijeron que 40 alumnos fueron secuestrados.",
            [[("autoridades escolares", None)]],
        ),
        # officials of the nation stay its government
        (
            "Nigerian officials said 12 people died.",
            [[("Nigerian officials", "nigeria-government")]],
        ),
        (
            "Senior government officials said 12 people died.",
            [[("Senior government officials", "nigeria-government")]],
        ),
        ("The authorities said 12 people died.", [[("authorities", "nigeria-government")]]),
    ],
)
def test_officials_of_a_body_are_not_the_government(
    text: str, expected: list[list[tuple[str, str | None]]]
) -> None:
    assert _ids(text) == expected


def test_others_opening_a_sentence_is_no_source() -> None:
    assert _sources("Otras 9.000 personas afectadas se registraron en Tabasco.") == [("9.000", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the M reported by X" is X's M only; the clause's other figure looks past it
        (
            "The true number of miners trapped is 52, well above the 31 reported by the "
            "company, the miners' union said.",
            [("52", ["miners' union"]), ("31", ["company"])],
        ),
        (
            "Some 2,400 people marched, far fewer than the 9,000 claimed by the organizers, "
            "the Red Cross said.",
            [("Some 2,400", ["Red Cross"]), ("9,000", ["organizers"])],
        ),
    ],
)
def test_a_participles_agent_gives_only_its_own_figure(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _sources(text) == expected
