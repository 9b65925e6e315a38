"""The lead's session-11 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.claim import Status

_DAY = dt.date(2025, 3, 4)


def _statuses(text: str) -> dict[str, Status]:
    return {c.quantity.surface: c.status for c in extract(text, published=_DAY)}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a promise or a stated goal is pledged whatever it counts, not only for acts or crowds
        ("The ministry promised to resettle 4,000 refugees before the winter.", "4,000"),
        ("The province set a goal of rehousing 6,500 evacuees by March.", "6,500"),
        ("Their target is to vaccinate 90,000 children in the camps.", "90,000"),
        ("El ministerio prometió reubicar a 4.000 refugiados antes del invierno.", "4.000"),
        ("La provincia se comprometió a realojar a 6.500 evacuados antes de marzo.", "6.500"),
        ("La meta es vacunar a 90.000 niños en los campamentos.", "90.000"),
    ],
)
def test_a_promise_or_a_goal_is_pledged_whatever_it_counts(text: str, surface: str) -> None:
    assert _statuses(text)[surface] is Status.PLEDGED


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an expectation of a toll is no promise: it stays a reported figure
        ("Officials expect the toll to reach 300 as rescuers dig.", "300"),
        ("Se espera que la cifra de muertos llegue a 300.", "300"),
        # what was done against the goal is not pledged
        ("The goal was 10,000, but only 2,800 refugees have been resettled.", "only 2,800"),
        ("La meta era 10.000, pero solo 2.800 refugiados han sido reubicados.", "solo 2.800"),
        # a promise after the figure is another figure's ("the 10,000 it promised to take")
        ("The country has admitted 1,285 of the 10,000 refugees it promised to take.", "1,285"),
        (
            "El ministerio prometió reubicar a 4.000 refugiados, pero solo 900 han llegado.",
            "solo 900",
        ),
    ],
)
def test_an_expectation_or_what_was_done_is_not_pledged(text: str, surface: str) -> None:
    assert _statuses(text)[surface] is not Status.PLEDGED


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # a status said as an adjective is no part of what a figure counts
        ("The scheme covers 10,000 pledged refugees.", "displaced"),
        ("El plan cubre a 3.000 refugiados prometidos.", "displaced"),
    ],
)
def test_a_status_adjective_is_not_part_of_the_metric(text: str, metric: str) -> None:
    assert [c.metric for c in extract(text, published=_DAY)] == [metric]


def test_a_metric_phrase_sets_a_status_adjective_aside() -> None:
    from discrepancy.metrics import MetricRegistry

    registry = MetricRegistry.builtin()
    assert registry.normalize("pledged refugees") == registry.normalize("refugees")
    assert registry.normalize("verified deaths") == "deaths"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "N of M <people>": the part counts what its whole counts, and is kept
        (
            "The country took in 430 of 2,000 refugees last year.",
            [("430", "displaced"), ("2,000", "displaced")],
        ),
        (
            "El país acogió a 430 de 2.000 refugiados el año pasado.",
            [("430", "displaced"), ("2.000", "displaced")],
        ),
        # "of" and a figure that counts no people lends nothing
        ("The side scored 3 of 10 penalties.", []),
    ],
)
def test_a_part_before_of_and_its_whole_counts_what_the_whole_counts(
    text: str, expected: list[tuple[str, str]]
) -> None:
    got = [(c.quantity.surface, c.metric) for c in extract(text, published=_DAY)]
    assert got == expected


def _sources(text: str) -> list[tuple[str, list[str]]]:
    return [
        (c.quantity.surface, [r.mention for r in c.claimants])
        for c in extract(text, published=_DAY)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle right after a figure is its adjective: no subject comes after it
        ("The scheme covers 8,000 promised Afghan refugees.", [("8,000", [])]),
        # a headline's capitals: "has <Participle> N" is a perfect tense, not a relayed source
        (
            "Six Months In, Norway has Resettled only 640 of 2,000 Afghan Refugees",
            [("only 640", []), ("2,000", [])],
        ),
        # who resettles, relocates or deports N people gives that number
        ("Norway resettled 640 refugees last year.", [("640", ["Norway"])]),
        ("El ACNUR reubicó a 210 solicitantes de asilo.", [("210", ["ACNUR"])]),
    ],
)
def test_who_gives_a_figure_of_resettled_people(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the antecedent of "que" / "which" is the agent of a participle before it
        (
            "El dato choca con la ofrecida hasta ahora por el Ejecutivo, que ha calculado "
            "un seguimiento de la huelga del 12%.",
            [("12%", ["Ejecutivo"])],
        ),
        (
            "The number differs from the one given earlier by the ministry, which put "
            "turnout at 38%.",
            [("38%", ["ministry"])],
        ),
    ],
)
def test_a_relative_clause_speaks_for_the_participles_agent(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        # Spanish "paró" (folded "paro") is joining the strike when no determiner precedes it
        ("Según la patronal, paró el 9% de la plantilla.", "strikers"),
        ("Según la Junta, paró el 9% de la población.", "strikers"),
        # "el paro" is the noun: unemployment here, no one struck
        ("El paro afecta al 9% de los trabajadores de la comarca.", "trabajadores"),
    ],
)
def test_paro_as_a_verb_makes_a_share_of_a_workforce_strikers(text: str, metric: str) -> None:
    assert [c.metric for c in extract(text, published=_DAY)] == [metric]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead of the security forces are a count of their own, never the others' rival
        (
            "Residents said 25 people died in the shelling. The army said 9 soldiers died.",
            [("25", "deaths"), ("9", "deaths:security-forces")],
        ),
        (
            "Six members of the National Guard were wounded, the ministry said.",
            [("Six", "injured:security-forces")],
        ),
        (
            "Murieron 4 policías y 11 vecinos, según la alcaldía.",
            [("4", "deaths:security-forces"), ("11", "deaths")],
        ),
        # members of a union are no force
        ("Three members of the union were injured.", [("Three", "injured")]),
    ],
)
def test_the_security_forces_dead_are_a_count_of_their_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.quantity.surface, c.metric) for c in extract(text, published=_DAY)] == expected


def test_soldiers_dead_are_not_set_against_everyone_elses_toll() -> None:
    from discrepancy.scan import check_extracted

    text = "Residents said 25 people died in the shelling. The army said 9 soldiers died."
    report = check_extracted(extract(text, published=_DAY))
    assert report.discrepancies == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body that declares a figure gives it; the agency that reported the sentence does not
        (
            "The Central Polling Board declared that turnout in the ballot was 58.4 percent, "
            "AFP reported on Tuesday.",
            [("58.4 percent", ["Central Polling Board"])],
        ),
        # a pronoun that opens a sentence names the body that opened the sentence before,
        # when that sentence gave no source of its own
        (
            "The board put turnout at 58.4 percent. The opposition party Civic Front "
            "dismissed the official figure as absurd. It instead cited a turnout of about "
            "35 percent.",
            [("58.4 percent", ["board"]), ("about 35 percent", ["Civic Front"])],
        ),
    ],
)
def test_who_declares_and_who_it_is(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _sources(text) == expected


@pytest.mark.parametrize(
    ("text", "surface", "who"),
    [
        # a belief is an estimate, and who believes it gives it
        ("Rescuers believe about 60 people drowned in the river.", "about 60", ["Rescuers"]),
        ("About 60 people are believed dead after the landslide.", "About 60", []),
        ("Los vecinos creen que murieron unas 60 personas.", "unas 60", None),
    ],
)
def test_a_belief_is_an_estimate(text: str, surface: str, who: list[str] | None) -> None:
    claims = {c.quantity.surface: c for c in extract(text, published=_DAY)}
    assert claims[surface].status is Status.ESTIMATED
    if who is not None:
        assert [r.mention for r in claims[surface].claimants] == who


@pytest.mark.parametrize(
    ("text", "surface", "not_metric"),
    [
        # past the figure's own predicate and the next figure, an event is the next figure's
        (
            "Más de 600 agentes estatales se sumaron al rastreo del monte y tres personas "
            "fueron detenidas.",
            "Más de 600",
            "arrests",
        ),
        (
            "Some 300 residents packed up and left the valley and 40 were injured.",
            "Some 300",
            "injured",
        ),
    ],
)
def test_an_event_past_the_next_figure_is_not_this_figures(
    text: str, surface: str, not_metric: str
) -> None:
    claims = {c.quantity.surface: c.metric for c in extract(text, published=_DAY)}
    assert claims.get(surface) != not_metric


def test_soldiers_among_the_dead_stay_a_part_of_the_dead() -> None:
    text = "The blast killed 19 people. Four soldiers were among the dead, the army said."
    claims = {c.quantity.surface: c for c in extract(text, published=_DAY)}
    assert claims["Four"].metric == "deaths"
    assert claims["Four"].part_of == claims["19"].id


def test_a_list_of_names_after_a_plural_head_keeps_its_first_name() -> None:
    text = "Los sindicatos USO, CGT y CSIF han cifrado en el 64% el seguimiento de la huelga."
    assert _sources(text) == [("64%", ["USO", "CGT", "CSIF"])]
