"""Refugees who went home, refugees resettled and asylum seekers are not the displaced (session
10, g-cases): read by the noun "refugees", a return was a level of the displaced and set
against them as a rival. Every sentence here is invented: places and figures are made up."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 2)


def _metrics(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since May, 7,300 refugees have returned to Kivu, while 52,000 remain displaced.",
            [("7,300", "returnees"), ("52,000", "displaced")],
        ),
        (
            "Desde mayo, 7.300 refugiados regresaron a Kivu y 52.000 siguen desplazados.",
            [("7.300", "returnees"), ("52.000", "displaced")],
        ),
        ("About 1,900 returnees reached the border town.", [("About 1,900", "returnees")]),
        ("Unos 1.900 retornados llegaron a la frontera.", [("Unos 1.900", "returnees")]),
        ("Some 640 refugees were resettled to Finland.", [("Some 640", "migrants")]),
        ("Unos 640 refugiados fueron reasentados en Finlandia.", [("Unos 640", "migrants")]),
        ("The island received 8,100 asylum seekers.", [("8,100", "asylum_seekers")]),
        ("La isla recibió 8.100 solicitantes de asilo.", [("8.100", "asylum_seekers")]),
        ("Some 52,000 refugees live in the camps.", [("Some 52,000", "displaced")]),
    ],
)
def test_returns_resettlements_and_asylum_seekers_are_counts_of_their_own(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _metrics(text) == expected
