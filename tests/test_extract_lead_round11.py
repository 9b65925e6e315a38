"""The lead's round-11 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

from discrepancy.extraction import extract

PUBLISHED = dt.date(2024, 3, 7)


def _scopes(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.scope) for c in extract(text, published=PUBLISHED)]


def test_a_figure_told_again_keeps_the_place_it_was_given() -> None:
    # The quote repeats the district's 64: it is the district's figure, not the country's,
    # and so no rival of the national toll.
    text = (
        "NAIROBI, Kenya (AP) — The cholera outbreak has killed 190 people in Kenya, officials "
        "said on Tuesday.\n\nIn the neighbouring Kitui district, the chief medical officer said "
        '64 people had died.\n\n"Our register shows 64 deaths from the disease," Joseph Mwangi '
        "told reporters."
    )
    assert _scopes(text)[-2:] == [("64", "Kitui"), ("64", "Kitui")]


def test_una_cifra_repetida_conserva_su_lugar() -> None:
    text = (
        "El brote de dengue deja ya 310 muertos en Bolivia, según el ministerio.\n\n"
        "En el departamento de Beni, el director de salud informó de 41 fallecidos.\n\n"
        '"Tenemos 41 fallecidos confirmados", declaró Ana Quispe a la radio local.'
    )
    assert _scopes(text)[-2:] == [("41", "Beni"), ("41", "Beni")]
