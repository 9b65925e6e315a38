"""The lead's session-10 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

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
