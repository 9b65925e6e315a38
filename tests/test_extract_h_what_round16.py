"""What is counted (session 13, h-what): each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

_DAY = dt.date(2025, 3, 4)


def _metrics(text: str) -> dict[str, str]:
    return {c.quantity.surface: c.metric for c in extract(text, published=_DAY)}


# --- a capacity is no count of people -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The county opened nine shelters with capacity for 800 people; 215 people slept there.",
            {"215"},
        ),
        ("The arena, able to house up to 3,000 evacuees, held 620 people on Monday.", {"620"}),
        ("Each centre has room for 150 residents, and 90 evacuees were registered.", {"90"}),
        (
            "Los 40 refugios habilitados pueden albergar a 5.000 personas; hoy acogen a 1.200"
            " evacuados.",
            {"1.200"},
        ),
        (
            "Hay 80 albergues disponibles para recibir a más de 7.000 personas, y 650"
            " damnificados ya duermen en ellos.",
            {"650"},
        ),
        ("Se abrió un pabellón con capacidad para unas 400 personas.", set()),
    ],
)
def test_a_capacity_is_not_read_as_people(text: str, kept: set[str]) -> None:
    assert set(_metrics(text)) == kept


@pytest.mark.parametrize(
    "text",
    [
        "The shelter received 300 people overnight.",
        "El albergue recibió a 300 personas durante la noche.",
    ],
)
def test_people_received_are_still_counted(text: str) -> None:
    assert "300" in {s.split()[-1] for s in _metrics(text)}
