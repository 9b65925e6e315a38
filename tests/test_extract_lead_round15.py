"""The lead's session-12 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import MetricRegistry, extract

_DAY = dt.date(2025, 3, 4)


def _metrics(text: str) -> dict[str, str]:
    return {c.quantity.surface: c.metric for c in extract(text, published=_DAY)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # an execution is a count of its own, whatever verb says it happened
        (
            "At least six executions have been carried out since the coup.",
            "At least six",
            "executions",
        ),
        ("The junta executed 3 activists in the spring.", "3", "executions"),
        (
            "Se llevaron a cabo al menos seis ejecuciones desde el golpe.",
            "al menos seis",
            "executions",
        ),
        ("Fueron ejecutados 3 activistas en primavera.", "3", "executions"),
        # a commuted sentence is not a release, nor a count of prisoners held
        ("The president commuted the death sentences of 17 inmates.", "17", "commutations"),
        ("La presidenta conmutó la pena de muerte de 17 reclusos.", "17", "commutations"),
        # the people on death row are a level of their own, and no count of the dead
        ("Some 90 prisoners on death row are awaiting a review.", "Some 90", "death_row"),
        ("Unos 90 reos en el corredor de la muerte esperan una revisión.", "Unos 90", "death_row"),
    ],
)
def test_the_death_penalty_is_counted_by_its_own_metrics(
    text: str, surface: str, metric: str
) -> None:
    assert _metrics(text)[surface] == metric


def test_a_pardon_and_a_commutation_in_one_sentence_stay_apart() -> None:
    found = _metrics("The king pardoned 250 prisoners and commuted the sentences of 12 others.")
    assert found == {"250": "releases", "12": "commutations"}


def test_the_death_penalty_metrics_are_registered_in_both_languages() -> None:
    metrics = MetricRegistry.builtin()
    assert metrics.normalize("fusilamientos") == metrics.normalize("executions") == "executions"
    assert metrics.normalize("penas conmutadas") == "commutations"
    assert metrics.normalize("death row inmates") == "death_row"


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        c.quantity.surface: (c.claimants[0].name if c.claimants else None, c.scope)
        for c in extract(text, published=_DAY)
    }


def test_national_bodies_outweigh_one_place_the_gazetteer_knows_elsewhere() -> None:
    # the dateline city is a Colombian department in the gazetteer, but the unions are Spanish
    text = (
        "SANTANDER, 3 mar. — CCOO y UGT cifraron en 2.000 los manifestantes; "
        "el Gobierno habló de 800."
    )
    assert _read(text)["800"] == ("Spanish government", "Spain")


def test_places_of_one_country_outweigh_one_foreign_body() -> None:
    text = (
        "Bucaramanga, Santander y Cúcuta vivieron protestas; el Gobierno contó 800 manifestantes "
        "y CCOO expresó su apoyo."
    )
    assert _read(text)["800"][0] == "Colombian government"
