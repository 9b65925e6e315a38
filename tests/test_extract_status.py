"""How the source stands behind each number (issue 9, failure class 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import StatusClass, extract

PUBLISHED = dt.date(2026, 3, 4)


def _classes(text: str) -> list[str]:
    return [c.status.status_class.value for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # official counts and announced counts of a crowd are reported
        ("The ministry counted 40,000 demonstrators in the capital.", "neutral"),
        ("The police headquarters announced 31,000 demonstrators in the capital.", "neutral"),
        ("La policía anunció 3.000 manifestantes en la plaza.", "neutral"),
        ("The union claims 1.3 million strikers across the country.", "neutral"),
        # confirmed class
        ("The Red Cross confirmed 45 deaths in the flooded towns.", "confirmed"),
        ("El Comité de Emergencias ha confirmado hasta ahora 19 muertos.", "confirmed"),
        ("La Defensoría constató 12 detenciones arbitrarias.", "confirmed"),
        ("The monitor verified 195 releases by Friday.", "confirmed"),
        # announced class: an act announced, promised, authorized
        ("The government announced the release of 99 prisoners.", "announced"),
        ("The junta pledged to free 300 detainees.", "announced"),
        # participles used as adjectives are not the source's verb
        ("Officials said 17,000 registered voters turned out.", "neutral"),
        ("Se registró una participación de 3 millones de votantes.", "neutral"),
    ],
)
def test_status_class(text: str, expected: str) -> None:
    assert _classes(text) == [expected]
    assert StatusClass(expected)
