"""One quantity under one metric name (round 9): victims of homicide are homicides, a share of
an electorate that voted is turnout, people confined by fighting are not the displaced.

Every sentence is our own invention, in the shape of long news sentences: a subject with its
complement, an aside after the figure, a second source in the next sentence.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.extraction.partial_day import day_metric

PUBLISHED = dt.date(2024, 3, 7)


def _metrics(text: str) -> dict[str, str]:
    return {c.quantity.surface: c.metric for c in extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La fiscalía asegura que 90 vecinos fueron víctimas de homicidio.", "90"),
        (
            "La fiscalía de la comarca asegura que al menos 90 vecinos de los pueblos de la "
            "sierra han sido víctimas de homicidio desde enero, casi todos pastores sin relación "
            "con la disputa.",
            "al menos 90",
        ),
        (
            "Police in the province said at least 90 residents of the upper valley had been "
            "victims of homicide since January, most of them farmers with no part in the feud.",
            "at least 90",
        ),
        ("The city recorded 74 homicide victims last year, the police said.", "74"),
    ],
)
def test_victims_of_homicide_are_homicides(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "homicides"


def test_victims_of_homicide_meet_a_count_of_homicides() -> None:
    text = (
        "La fiscalía de la comarca asegura que al menos 90 vecinos de los pueblos de la sierra "
        "han sido víctimas de homicidio desde enero, casi todos pastores sin relación con la "
        "disputa. Colectivos vecinales calculan que, contando los casos sin denunciar, se "
        "superan los 200 homicidios entre milicianos, vecinos y agentes."
    )
    found = _metrics(text)
    assert found["al menos 90"] == found["superan los 200"] == "homicides"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The electoral council put turnout at 58 percent. Observers from a church network, "
            "posted in the hill districts, said barely 31 percent of voters had cast ballots.",
            "31 percent",
        ),
        (
            "The electoral board, citing preliminary figures from the districts, said 64 percent "
            "of registered voters took part in the referendum.",
            "64 percent",
        ),
        (
            "The commission reports that 61.2 per cent of citizens voted today by 14:00, early "
            "voting included.",
            "61.2 per cent",
        ),
        (
            "Apenas un 31 % de la ciudadanía acudió a votar el domingo en la consulta sobre la "
            "reforma municipal, de acuerdo con el conteo preliminar.",
            "31 %",
        ),
        ("El tribunal informó que el 31 % de los electores acudió a votar.", "31 %"),
    ],
)
def test_a_share_of_an_electorate_that_voted_is_turnout(text: str, surface: str) -> None:
    # session 10: "voted today by 14:00" is also a figure up to that hour (its metric's hour)
    assert day_metric(_metrics(text)[surface]) == "turnout"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Some 58% of voters voted for the mayor in the runoff.", "Some 58%", "voters"),
        ("El 35 % de los votantes votó por el partido oficial.", "35 %", "voters"),
        ("El 40% de los electores no votaron en la consulta.", "40%", "abstention"),
    ],
)
def test_a_vote_share_or_abstention_is_not_turnout(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric


def test_taking_part_is_voting_only_in_a_vote() -> None:
    strike = "The union said 64 percent of registered voters took part in the general strike."
    assert _metrics(strike)["64 percent"] != "turnout"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Unas 300 familias han sido desplazadas por los choques en la vereda; 2.150 personas "
            "continúan confinadas por el fuego cruzado de las dos facciones.",
            "2.150",
        ),
        (
            "About 300 people have been displaced by the fighting around the river towns; 2,150 "
            "remain confined to their villages, the relief office said.",
            "2,150",
        ),
    ],
)
def test_people_confined_are_not_the_displaced(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "confined"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Some 450 voters, roughly 15 percent, turned up at the school where we counted all "
            "day, a party agent told the local radio station.",
            "roughly 15 percent",
        ),
        (
            "Unos 300 votantes, cerca del 12 %, acudieron a nuestra mesa en toda la jornada, dijo "
            "un fiscal de mesa del partido opositor.",
            "cerca del 12 %",
        ),
    ],
)
def test_a_share_in_apposition_to_a_count_of_voters_is_turnout(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "turnout"


@pytest.mark.parametrize("name", ["confined", "confinados", "personas confinadas"])
def test_confined_is_a_registered_stock(name: str) -> None:
    from discrepancy.metrics import MetricKind, MetricRegistry

    registry = MetricRegistry.builtin()
    assert registry.normalize(name) == "confined"
    assert registry.kind("confined") is MetricKind.STOCK


def test_a_rate_in_apposition_to_voters_is_turnout() -> None:
    text = (
        "Official figures put the registered electorate at 9 million, but only 2.1 million "
        "voters, an actual rate of 19%, according to the opposition."
    )
    assert _metrics(text)["19%"] == "turnout"


def test_people_who_chose_not_to_take_part_in_a_vote_abstained() -> None:
    text = (
        "Eso supone una abstención del 64 % en el plebiscito municipal: casi dos de cada tres "
        "electores decidieron no participar."
    )
    assert _metrics(text)["casi dos de cada tres"] == "abstention"


def test_not_taking_part_in_a_strike_is_no_abstention() -> None:
    text = "El sindicato dijo que el 30 % de los trabajadores no participaron en el paro."
    assert _metrics(text)["30 %"] != "abstention"


def test_escaped_is_a_registered_flow() -> None:
    from discrepancy.metrics import MetricKind, MetricRegistry

    registry = MetricRegistry.builtin()
    assert registry.normalize("lograron escapar") == "escaped"
    assert registry.kind("escaped") is MetricKind.FLOW


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "After the air raid on the hamlet, a commission of regional deputies and clan elders "
            "that visited the site of the strike found that about 45 Zarani villagers, among "
            "them 12 women, died.",
            "about 45",
            "deaths",
        ),
        (
            "Tras el bombardeo, la comisión concluyó que unos 70 civiles, entre ellos 40 menores, "
            "murieron en el ataque de la aviación.",
            "unos 70",
            "deaths",
        ),
        (
            "On Friday several hundred Tarvian camp residents staged protests near the fence, "
            "angry at plans to move them.",
            "several hundred",
            "protesters",
        ),
    ],
)
def test_the_verb_after_an_aside_governs(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric


def test_an_intention_to_vote_is_not_turnout() -> None:
    text = "A new poll found that 44 percent of citizens say they will vote in the runoff."
    assert _metrics(text)["44 percent"] != "turnout"
