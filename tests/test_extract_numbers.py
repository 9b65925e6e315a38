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


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("The floods drove 1,600 families from their homes and killed 14 people.", ["14"]),
        ("Rescuers reached 40 boats carrying 900 migrants.", ["900"]),
        ("The storm damaged 23 bridges and left 3 people dead.", ["3"]),
        ("La crecida desplazó a 1.600 familias y dejó 14 muertos.", ["14"]),
        ("Salvamento auxilió a 40 embarcaciones con 900 migrantes.", ["900"]),
        ("Las lluvias dañaron 23 puentes y 120 viviendas; murieron 3 personas.", ["3"]),
        ("Among the dead were 12 family members of the mayor.", ["12"]),
    ],
)
def test_households_and_things_are_not_people(text: str, surfaces: list[str]) -> None:
    assert [c.quantity.surface for c in extract(text, published=PUBLISHED)] == surfaces


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Officials said 35 more people have died since April 7.", ["35"]),
        ("The quake of 27 February left 56 people missing.", ["56"]),
        ("Hay 35 nuevos fallecidos desde el 7 de abril, dijo el ministro.", ["35"]),
        ("El sismo del pasado 27 de febrero dejó 56 desaparecidos.", ["56"]),
        ("En lo que va de febrero cruzaron 21 mil 93 migrantes.", ["21 mil 93"]),
        ("Officials said 20 may have died.", ["20"]),
    ],
)
def test_days_are_not_counts_even_without_a_publication_date(
    text: str, surfaces: list[str]
) -> None:
    assert [c.quantity.surface for c in extract(text, published=None)] == surfaces


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        ("The toll rose from 40 in the first report to 52 people, officials said.", 40, 52),
        ("La cifra de heridos pasó de 64 en el informe anterior a 47 personas.", 64, 47),
    ],
)
def test_a_revision_may_say_when_between_its_figures(text: str, earlier: int, later: int) -> None:
    first, second = extract(text, published=PUBLISHED)
    assert (first.quantity.low, second.quantity.low) == (earlier, later)
    assert second.supersedes == first.id


def test_words_between_two_figures_make_no_revision_without_a_change_verb() -> None:
    claims = extract(
        "Police counted from 40 people in the north to 52 people in the south.",
        published=PUBLISHED,
    )
    assert [c.quantity.low for c in claims] == [40, 52]
    assert all(c.supersedes is None for c in claims)


# --- round 3 (x-numbers): scales written once, close ranges, abbreviations, groups ----------


@pytest.mark.parametrize(
    ("surface", "low", "high", "qualifier"),
    [
        ("between 5 and 6 million", 5_000_000, 6_000_000, "range"),
        ("entre 5 y 6 millones", 5_000_000, 6_000_000, "range"),
        ("3 to 4 million", 3_000_000, 4_000_000, "range"),
        ("between five and six million", 5_000_000, 6_000_000, "range"),
        ("between 500 and 1 million", 500, 1_000_000, "range"),
        ("unos 5.000 o 6.000", 5000, 6000, "range"),
        ("five or six", 5, 6, "range"),
        ("more than 1m", 1_000_000, None, "more_than"),
        ("una veintena", 19, 21, "approx"),
        ("al menos una treintena", 30, None, "at_least"),
        ("close to a half-million", 450_000, 500_000, "nearly"),
    ],
)
def test_round3_number_forms(surface: str, low: float, high: float | None, qualifier: str) -> None:
    q = Quantity.parse(surface)
    assert (q.low, q.high, q.qualifier.value) == (low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("More than 1.5m people have fled the fighting.", ["More than 1.5m"]),
        ("The wall is 1.5 m high and 3m wide.", []),
        ("Four or five people were hurt, and 2 or 20 homes burned.", ["Four or five"]),
        ("Unos 5.000 o 6.000 vecinos marcharon por el centro.", ["Unos 5.000 o 6.000"]),
        ("Una veintena de vecinos resultaron heridos.", ["Una veintena"]),
    ],
)
def test_round3_number_forms_in_text(text: str, surfaces: list[str]) -> None:
    assert [c.quantity.surface for c in extract(text, published=PUBLISHED)] == surfaces


@pytest.mark.parametrize(
    ("surface", "low", "high", "qualifier"),
    [
        ("well over 100", 100, None, "more_than"),
        ("north of 1,000", 1000, None, "more_than"),
        ("just below 50", 45, 50, "nearly"),
        ("rondan los 300", 285, 315, "approx"),
        ("cerca de los 300", 285, 315, "approx"),
        ("a few hundred", 200, 999, "vague"),
        ("a few dozen", 24, 99, "vague"),
        ("several", 3, 9, "vague"),
        ("scores", 40, 99, "vague"),
        ("cerca del 25%", 23.75, 26.25, "approx"),
        ("superior al 87%", 87, None, "more_than"),
        ("as high as 60", 0, 60, "at_most"),
    ],
)
def test_round3_hedges(surface: str, low: float, high: float | None, qualifier: str) -> None:
    q = Quantity.parse(surface)
    assert (q.low, q.high, q.qualifier.value) == (low, high, qualifier)


def test_a_few_hundred_in_text() -> None:
    [claim] = extract("A few hundred protesters gathered outside.", published=PUBLISHED)
    assert claim.quantity.surface == "A few hundred"
