"""Figures the text gives as parts of a count already stated (the scan false alarms of a total
set against its own part). Every sentence is our own invention."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import check, extract
from discrepancy.claim import Claim
from discrepancy.extraction.part_cues import subset_start

PUBLISHED = dt.date(2026, 3, 4)


def _by_surface(text: str) -> dict[str, Claim]:
    claims = extract(text, published=PUBLISHED)
    return {c.quantity.surface: c for c in claims}


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        (
            "The health ministry said 7,300 people have died. Among the dead are 3,000 "
            "children, 1,700 women and 400 elderly people, the ministry said.",
            "7,300",
            ["3,000", "1,700", "400"],
        ),
        (
            "El Ministerio de Salud informó de 7.300 muertos. Entre los fallecidos hay 3.000 "
            "menores, 1.700 mujeres y 400 ancianos, según el ministerio.",
            "7.300",
            ["3.000", "1.700", "400"],
        ),
        (
            "The floods killed 50 people, including 12 children, officials said.",
            "50",
            ["12"],
        ),
        (
            "Las inundaciones dejaron 50 muertos, incluidos 12 niños, dijo Protección Civil.",
            "50",
            ["12"],
        ),
        (
            "The monitor said about 300 detainees had been released. It said 195 of them had "
            "been verified.",
            "about 300",
            ["195"],
        ),
        (
            "The monitor said about 300 detainees had been released. So far, 195 of those "
            "cases have been verified.",
            "about 300",
            ["195"],
        ),
        (
            "La ONG dijo que unos 300 detenidos fueron excarcelados. Hasta ahora, 195 de esos "
            "casos han sido verificados.",
            "unos 300",
            ["195"],
        ),
    ],
)
def test_a_subset_is_a_part_of_the_count_before_it(text: str, whole: str, parts: list[str]) -> None:
    claims = _by_surface(text)
    whole_claim = claims[whole]
    for part in parts:
        assert claims[part].part_of == whole_claim.id
    # a total and its parts are one breakdown: never a disagreement
    report = check(list(claims.values()))
    assert report.discrepancies == ()


@pytest.mark.parametrize(
    "text",
    [
        # what was carried out of an announced count is set against it, not added under it
        "The government announced 87 releases. The monitor said 33 of them were carried out.",
        # a larger figure is no part of a smaller one
        "Police said 300 people marched. Among the marchers, organizers counted 5,000.",
        # "of the" is a subset only where it opens the sentence
        "Police said 300 people died. The toll of the quake rose to 350 people.",
    ],
)
def test_not_every_later_figure_is_a_part(text: str) -> None:
    assert all(c.part_of is None for c in extract(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("words", "start"),
    [
        (["of", "the", "dead", ",", "17"], 2),
        (["the", "toll", "of", "the", "quake"], None),
        (["killed", "50", ",", "including", "12"], 4),
        (["de", "los", "muertos", ",", "17"], 2),
        (["murieron", "50", "de", "los", "vecinos"], None),
        (["de", "ellos", ",", "30"], 2),
    ],
)
def test_where_a_sentence_starts_giving_parts(words: list[str], start: int | None) -> None:
    assert subset_start(words) == start


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The outbreak has killed 800 people, the agency said. It added that the number of "
            "confirmed cases had reached 2,100.",
            "2,100",
            "cases",  # round 8: a registry metric in both languages
        ),
        (
            "El brote ha dejado 800 muertos, dijo la agencia. Añadió que el número de casos "
            "llegó a 2.100.",
            "2.100",
            "cases",
        ),
        (
            "The north has the highest number of cases (1,300), while the south has the most "
            "deaths (200).",
            "1,300",
            "cases",
        ),
    ],
)
def test_the_number_of_something_names_what_an_elided_figure_counts(
    text: str, surface: str, metric: str
) -> None:
    claims = _by_surface(text)
    assert claims[surface].metric == metric
