"""A negated verb of reaching or passing a figure is a bound, and a Spanish range may set an
article before each end (issue 9: read on an unseen strike article). Every sentence is
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.quantity import Qualifier, Quantity

PUBLISHED = dt.date(2026, 3, 12)


@pytest.mark.parametrize(
    ("text", "qualifier", "high"),
    [
        ("La consejería aseguró que el seguimiento del paro no alcanza el 15%.", "fewer_than", 15),
        ("Según la alcaldía, los vecinos desalojados no llegan a 400 personas.", "fewer_than", 400),
        (
            "La prefectura dijo que los manifestantes no superan los 2.500 asistentes.",
            "at_most",
            2500,
        ),
        ("The board said turnout did not reach 18% in the northern wards.", "fewer_than", 18),
        ("Organizers said the march did not exceed 6,000 people.", "at_most", 6000),
        (
            "Con los datos que las delegaciones enviaron hasta el mediodía, la consejería de "
            "Educación sostiene, en un comunicado difundido a primera hora de la tarde, que el "
            "seguimiento de la jornada en los institutos públicos de la provincia no alcanza el "
            "15%.",
            "fewer_than",
            15,
        ),
    ],
)
def test_a_negated_verb_of_reaching_is_a_bound(text: str, qualifier: str, high: float) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.quantity.qualifier.value == qualifier
    assert claim.quantity.high == high
    assert claim.quantity.low == 0


def test_no_alone_still_opens_no_bound() -> None:
    """ "No hubo 300 muertos" is a denied figure, not a bound; "no" opens a bound only with a
    verb of reaching or passing."""
    claims = extract("No hubo 300 muertos en el derrumbe, dijo la alcaldía.", published=PUBLISHED)
    assert all(c.quantity.qualifier is not Qualifier.FEWER_THAN for c in claims)


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        (
            "Los gremios cifran la adhesión al paro entre el 55 y el 60 por ciento.",
            55,
            60,
            "percent",
        ),
        ("Los gremios cifran la adhesión al paro entre el 55% y el 60%.", 55, 60, "percent"),
        ("La policía contó entre los 700 y los 900 manifestantes en la plaza.", 700, 900, "people"),
        (
            "Los sindicatos que convocaron la jornada, que reúnen a la mayoría de los docentes de "
            "la región, calculaban a media mañana que la adhesión al paro había oscilado entre el "
            "55 y el 60 por ciento, según dijeron a la prensa.",
            55,
            60,
            "percent",
        ),
    ],
)
def test_a_range_with_an_article_before_each_end(
    text: str, low: float, high: float, unit: str
) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.quantity.qualifier is Qualifier.RANGE
    assert (claim.quantity.low, claim.quantity.high, claim.quantity.unit) == (low, high, unit)


def test_days_of_a_month_are_no_range() -> None:
    claims = extract("Entre el 3 y el 9 de junio murieron 40 personas.", published=PUBLISHED)
    assert [c.quantity.value for c in claims] == [40]


@pytest.mark.parametrize(
    "text", ["entre el 55 y el 60 por ciento", "entre el 55% y el 60%", "entre los 700 y los 900"]
)
def test_the_quantity_parser_reads_articles_in_a_range(text: str) -> None:
    assert Quantity.parse(text).qualifier is Qualifier.RANGE
