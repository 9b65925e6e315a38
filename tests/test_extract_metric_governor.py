"""What a figure counts comes from the word that governs it in its own clause (round 7, audit 3
P2): never from another clause's verb, a publishing verb or a modifier of the counted noun.
Every sentence here is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _metrics(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a level of people held: the hold verb or the stock phrase of the figure's own clause
        (
            "The rebels freed 25 of the captives on Monday and were still holding 40 others.",
            ["releases", "hostages"],
        ),
        (
            "Los captores liberaron a 12 rehenes el lunes y todavía retienen a otros 20.",
            ["releases", "hostages"],
        ),
        ("Nine hostages freed in Ruritania; 6 still held", ["releases", "hostages"]),
        (
            "Gunmen kidnapped 30 farmers on Sunday; twelve were still being held on Monday.",
            ["hostages", "hostages"],
        ),
        (
            "Four nurses were released on Friday, but three other foreigners remained "
            "hostages in the hills.",
            ["releases", "hostages"],
        ),
        # a hold verb of gunmen: hostages, whatever the clause before counts
        (
            "The gunmen killed 7 guards and were holding 60 travellers, the governor said.",
            ["deaths:security-forces", "hostages"],  # session 11: guards' dead, their own count
        ),
        # a gerund of abduction governs its own figure, not the killing before it
        (
            "Gunmen raided the village, killing two people and kidnapping eleven farmers.",
            ["deaths", "hostages"],
        ),
        (
            "Hombres armados asaltaron el pueblo, matando a dos personas y secuestrando a 11 "
            "campesinos.",
            ["deaths", "hostages"],
        ),
        # a participle with its agent describes the noun; the clause's own verb counts
        ("Seven aid workers abducted by gunmen were freed on Friday.", ["releases"]),
        ("Dos pescadores secuestrados por piratas fueron liberados el martes.", ["releases"]),
        # the head counted by "the number of X", never the next clause's noun
        (
            "El número de heridos es de 300 y el de desaparecidos asciende a 45.",
            ["injured", "missing"],
        ),
        (
            "The number of injured stood at 300 and the number of missing at 45.",
            ["injured", "missing"],
        ),
        # the event that governs the number beats the topic noun of the sentence
        ("El derrumbe causó la muerte de unas 30 personas en el barrio.", ["deaths"]),
        # people on board
        ("A boat carrying around 120 people sank off the cape.", ["people_on_board"]),
        ("The launch had 80 people aboard when it capsized.", ["people_on_board"]),
        ("Unas 60 personas viajaban a bordo del pesquero.", ["people_on_board"]),
        ("The ferry had 300 passengers when it sank.", ["people_on_board"]),
        ("The storm killed all 40 people aboard the ferry.", ["deaths"]),
        ("La lancha llevaba a unas 45 personas cuando volcó.", ["people_on_board"]),
        # people carrying things are not on board of anything
        ("An estimated 2,000 people carrying candles gathered in the square.", ["protesters"]),
        ("Unas 3.000 personas llevaban pancartas contra el alcalde.", ["personas"]),
        # feared dead: missing, no death counted yet
        ("Dozens of fishermen were feared to have drowned off the cape.", ["missing"]),
        ("Some 40 people are feared dead after the landslide.", ["missing"]),
        ("De unas 30 personas se teme que hayan muerto en el naufragio.", ["missing"]),
        # taken to hospital is not taken hostage
        ("Eight people were taken to hospital after the fire.", ["hospitalized"]),
        # abstention is its own metric, never turnout nor voters
        ("El abstencionismo se redujo al 31 %, según el tribunal.", ["abstention"]),
        ("La abstención alcanzó el 36% en la provincia.", ["abstention"]),
        ("More than 85% of voters did not vote, the opposition said.", ["abstention"]),
        ("Casi el 40% de los electores no votaron, según la oposición.", ["abstention"]),
        ("La participación electoral alcanzó un 64 %, según el tribunal.", ["turnout"]),
    ],
)
def test_the_governing_word_of_the_figure_says_what_it_counts(
    text: str, expected: list[str]
) -> None:
    assert [metric for _, metric in _metrics(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The electoral board released a provisional figure of 61.4% on Saturday night.",
        "The ministry released its figures of 12,000 on Monday.",
    ],
)
def test_publishing_a_figure_is_no_release(text: str) -> None:
    assert all(metric != "releases" for _, metric in _metrics(text))


@settings(max_examples=25, deadline=None)
@given(
    freed=st.integers(min_value=2, max_value=900),
    held=st.integers(min_value=2, max_value=900),
)
def test_a_hold_verb_keeps_its_figure_a_level_whatever_the_first_clause(
    freed: int, held: int
) -> None:
    text = f"The kidnappers freed {freed} of the hostages and were still holding {held} others."
    assert [metric for _, metric in _metrics(text)] == ["releases", "hostages"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share set against another value of itself takes the share noun
        (
            "The board said the final turnout stood at 58.2 per cent, up from a provisional "
            "55.9 per cent.",
            ["turnout", "turnout"],
        ),
        (
            "La participación se situó en el 71,2 %, frente al 68 % de las elecciones de 2019.",
            ["turnout", "turnout"],
        ),
        # "turnout" gives a noun-less percentage its share, never the crowd it may name
        (
            "The commission said the final voter turnout in the council elections held on "
            "Saturday was 58.2%. The commission had released a provisional figure of 55.9% on "
            "Saturday night.",
            ["turnout", "turnout"],
        ),
        # a share of the roll that voted at all is turnout; one that voted for someone is not
        ("Según el tribunal, votó el 64 % del padrón.", ["turnout"]),
        ("About 58% of voters voted for the mayor, the count showed.", ["voters"]),
    ],
)
def test_a_share_of_a_vote_is_turnout(text: str, expected: list[str]) -> None:
    assert [metric for _, metric in _metrics(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the figure" / "la cifra" of a later sentence counts what the earlier figure counted
        (
            "La ONG Río Claro denunció que el derrumbe causó la muerte de unas 30 personas. "
            "Este jueves, el Gobierno rebajó la cifra a 12.",
            ["deaths", "deaths"],
        ),
        (
            "A rescue group said the landslide killed 40 villagers. On Wednesday the ministry "
            "lowered the figure to 18.",
            ["deaths", "deaths"],
        ),
        ("La riada dejó 25 desaparecidos. El Gobierno rebajó el balance a 10.", ["missing"] * 2),
    ],
)
def test_the_figure_takes_the_metric_of_the_figure_it_names(text: str, expected: list[str]) -> None:
    assert [metric for _, metric in _metrics(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The governor commuted the death sentences of 17 inmates to life in prison.",
        "El tribunal conmutó la pena de muerte a 12 presos.",
        "Unos 40 periodistas recibieron amenazas de muerte este año, según la ONG.",
    ],
)
def test_a_penalty_or_a_threat_of_death_counts_no_deaths(text: str) -> None:
    assert all(metric != "deaths" for _, metric in _metrics(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 13: a capacity is no count of people at all (`capacities`)
        ("The stadium can hold 60,000 spectators.", []),
        ("El hospital mantiene a 20 personas en observación.", ["personas"]),
    ],
)
def test_a_capacity_or_a_stay_is_no_level_of_people_held(text: str, expected: list[str]) -> None:
    assert [metric for _, metric in _metrics(text)] == expected
