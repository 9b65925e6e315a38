"""Number forms in running text (issue 9, failure class 3) and in ``Quantity.parse``."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Quantity, extract

PUBLISHED = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("surface", "low", "high", "qualifier"),
    [
        ("30'000", 28_500, 31_500, "round"),
        ("6’024.351", 6_024_351, 6_024_351, "exact"),
        ("1'234.5", 1234.5, 1234.5, "exact"),
        ("1 millón 642 mil 442", 1_642_442, 1_642_442, "exact"),
        ("31 mil 604", 31_604, 31_604, "exact"),
        ("mil 208", 1208, 1208, "exact"),
        ("al menos mil 824", 1824, None, "at_least"),
        ("dos mil 300", 2300, 2300, "exact"),
        ("tres decenas", 28.5, 31.5, "approx"),
        ("un centenar", 95, 105, "approx"),
        ("superan los 1.500", 1500, None, "more_than"),
        ("supera el 90%", 90, None, "more_than"),
        ("exceeded 80%", 80, None, "more_than"),
        ("no more than 20 percent", 0, 20, "at_most"),
    ],
)
def test_number_forms(surface: str, low: float, high: float | None, qualifier: str) -> None:
    q = Quantity.parse(surface)
    assert (q.low, q.high, q.qualifier.value) == (low, high, qualifier)


@pytest.mark.parametrize("surface", ["several thousand", "varios miles"])
def test_several_thousand_is_vague_not_one_thousand(surface: str) -> None:
    q = Quantity.parse(surface)
    assert q.qualifier.value == "vague"
    assert q.low > 1000


@pytest.mark.parametrize("surface", ["5'11", "30'00", "1'2345"])
def test_an_apostrophe_needs_groups_of_three(surface: str) -> None:
    with pytest.raises(ValueError, match="not a quantity"):
        Quantity.parse(surface)


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("Some 30'000 people marched in Geneva, police said.", "Some 30'000", 28_500),
        ("Un total de 12 mil 318 migrantes cruzaron la selva.", "12 mil 318", 12_318),
        ("Al menos mil 37 civiles murieron, según la ONU.", "Al menos mil 37", 1037),
        ("Several thousand people marched, organizers said.", "Several thousand", 2000),
        ("Hubo unas tres decenas de heridos.", "unas tres decenas", 28.5),
        ("Un centenar de personas fueron evacuadas.", "Un centenar", 95),
    ],
)
def test_number_forms_in_text(text: str, surface: str, low: float) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.quantity.surface == surface
    assert claim.quantity.low == low


def test_one_before_a_counted_noun_is_a_count() -> None:
    claims = extract("One student was killed and one more person died.", published=PUBLISHED)
    assert [c.quantity.low for c in claims] == [1, 1]
    assert extract("The man gave one answer. One of them left.", published=PUBLISHED) == []


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The quake of magnitude 7.1 killed 30 people.", ["30"]),
        ("The quake measured 5.8 on the Richter scale and killed 30 people.", ["30"]),
        ("Un sismo de grado 8 dejó 12 muertos.", ["12"]),
        ("Un sismo de magnitud 8,2 dejó 12 muertos.", ["12"]),
        ("Some as young as 7 were among 30 students kidnapped.", ["30"]),
        ("Los sindicatos convocaron, del 11 al 15, una huelga de 300 profesores.", ["300"]),
        ("El martes 17 hubo 40 heridos en la marcha.", ["40"]),
        ("No se veía algo así desde los años 90, cuando marcharon 500 personas.", ["500"]),
        ("Fue a las 18.30, hora local, cuando 20 personas murieron.", ["20"]),
        ("Hubo 41 casos de cólera en la provincia.", ["41"]),
    ],
)
def test_non_counts_are_not_people(text: str, surfaces: list[str]) -> None:
    assert [c.quantity.surface for c in extract(text, published=PUBLISHED)] == surfaces


@pytest.mark.parametrize(
    "text",
    [
        "Police said 30 people died. Officials said 16 of the 17 factories closed.",
        "La policía dijo que 30 personas murieron. Luego 16 de las 17 fábricas cerraron.",
        '[related post_id="1202999"] Police said 30 people died.',
    ],
)
def test_things_and_ids_are_not_people(text: str) -> None:
    assert [c.quantity.surface for c in extract(text, published=PUBLISHED)] == ["30"]
