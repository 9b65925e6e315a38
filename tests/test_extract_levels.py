"""Round 8 (audit4 pattern 2): counts never lost, non-counts never read as people.

Changes, corrections and names' numbers are no level of a count; documents issued for the
dead, unlisted nouns of people with a people event, lead counts, "5-6K" ranges and "desde los
N" earlier figures are. Every sentence is our own invention (invented places and bodies).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Quantity, extract
from discrepancy.claim import Claim

PUBLISHED = dt.date(2026, 3, 4)


def _claims(text: str) -> list[Claim]:
    return extract(text, published=PUBLISHED)


def _surfaces(text: str) -> list[str]:
    return [c.quantity.surface for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        # changes between two counts
        (
            "The ministry said the toll was 900, a difference of 120 from the figure of "
            "the Red Cross.",
            "120",
            ["900"],
        ),
        ("The union counted 4,000 strikers, 1,500 more than the company said.", "1,500", ["4,000"]),
        (
            "Hay 5.200 muertes más que las registradas por el ministerio, según el estudio.",
            "5.200",
            [],
        ),
        (
            "Se contaron 4 mil fallecidos más en la provincia que los que informó la "
            "Secretaría de Ardal.",
            "4 mil",
            [],
        ),
        (
            "La cifra llegó a 2.300 muertos, un aumento de 410 frente al informe del martes.",
            "410",
            ["2.300"],
        ),
        # the size of a correction
        (
            "About 400 deaths were double-counted in the March data, the agency said.",
            "About 400",
            [],
        ),
        ("The health office removed 210 deaths from its tally after a review.", "210", []),
        (
            "Some 300 deaths wrongly attributed to the fever were taken off the list.",
            "Some 300",
            [],
        ),
        (
            "La secretaría restó 95 fallecidos del balance tras revisar los datos.",
            "95",
            [],
        ),
        (
            "Unas 80 muertes fueron contadas dos veces, reconoció el ministerio de Tarvia.",
            "Unas 80",
            [],
        ),
        ("The agency says Olvek wrongly added 1,000 deaths to its fever toll.", "1,000", []),
        (
            "Questions were raised about the increase in turnout by more than 6 percent in Olvek.",
            "more than 6 percent",
            [],
        ),
        (
            "La ONG halló discrepancias de entre 15 y 35 por ciento en los registros "
            "oficiales de fallecidos de Ardal.",
            "entre 15 y 35 por ciento",
            [],
        ),
        ("The toll in Olvek rose by 40 to 300, the ministry said.", "40 to 300", ["300"]),
        # hours, speakers and surnames
        (
            "La marcha comenzó poco después de las 17 en la plaza de Ardal y reunió a 3.000 "
            "personas.",
            "17",
            ["3.000"],
        ),
        (
            "Pasadas las 20, unos 500 manifestantes seguían en la plaza de Ardal.",
            "20",
            ["unos 500"],
        ),
        (
            "One veteran organizer said she would never have promised 8,000 people for the "
            "rally in Olvek.",
            "One",
            ["8,000"],
        ),
        ("Police in Olvek counted 900 marchers. (Reporting by Ana Miles)", "Miles", ["900"]),
        # numbers inside the name of a body
        ("The group No Más Detenciones said 80 people were held in Olvek.", "No", ["80"]),
        (
            "Members of the Ardent-TWU 4410 union said 2,000 drivers walked out.",
            "4410",
            ["2,000"],
        ),
    ],
)
def test_not_a_level(text: str, absent: str, kept: list[str]) -> None:
    found = _surfaces(text)
    assert absent not in found
    for surface in kept:
        assert surface in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Rescuers removed 30 bodies from the rubble of the market in Olvek.", ["30"]),
        ("Los rescatistas retiraron 25 cuerpos de los escombros del mercado de Ardal.", ["25"]),
        ("Police said 3,000 people marched, more than in any year before.", ["3,000"]),
        ("Police wrongly arrested 40 protesters in Olvek, the court said.", ["40"]),
        ("One student was killed in Olvek.", ["One"]),
        ("Miles de personas marcharon en Ardal.", ["Miles"]),
        ("Some 300 people died more than a week ago in Olvek.", ["Some 300"]),
        (
            "The agency in Olvek has registered 9,000 refugees, 300 more than the day before.",
            ["9,000", "300"],
        ),
    ],
)
def test_kept_counts_near_the_cues(text: str, kept: list[str]) -> None:
    """Removal without a tally (English and Spanish), a comparison after a comma, a wrongful
    act (not a wrong tally), a comparison with the same count the day before (what was
    added since): every figure stays."""
    assert _surfaces(text) == kept


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The provincial governor said 320 burial permits had already been issued in Merrin.",
            "320",
            "deaths",
        ),
        (
            "El alcalde dijo que se han emitido 140 certificados de defunción en Tolvia.",
            "140",
            "deaths",
        ),
        (
            "A volunteer said she counted 570 names on death lists kept by the village heads.",
            "570",
            "deaths",
        ),
        (
            "Al menos 48 defensores ambientales fueron asesinados en Valdora durante 2025.",
            "Al menos 48",
            "deaths",
        ),
        (
            "At least 12 cartoonists were killed in the region last year, the group said.",
            "At least 12",
            "deaths",
        ),
        (
            "Pasadas las 17 horas, unas 2.000 personas se concentraron frente a la gobernación "
            "de Ardal.",
            "unas 2.000",
            None,
        ),
    ],
)
def test_counts_not_lost(text: str, surface: str, metric: str | None) -> None:
    by_surface = {c.quantity.surface: c for c in _claims(text)}
    assert surface in by_surface
    if metric is not None:
        assert by_surface[surface].metric == metric


def test_a_level_noun_leaves_the_noun_elided() -> None:
    claims = _claims("The death toll passed the 1,000 mark on Sunday, officials in Olvek said.")
    assert [(c.quantity.surface, c.metric) for c in claims] == [("1,000", "deaths")]


def test_a_range_noun_makes_a_round_figure_approximate() -> None:
    text = "The death toll in Olvek is in the 2,000 range, officials said on Sunday."
    (claim,) = _claims(text)
    assert (claim.quantity.surface, claim.quantity.qualifier.value) == ("2,000", "approx")


@pytest.mark.parametrize(
    "text",
    [
        "The council issued 300 parking permits in Merrin last month.",
        "Some 300 restaurants were closed and 40 incidents were reported in Olvek.",
    ],
)
def test_documents_and_things_stay_out(text: str) -> None:
    assert _surfaces(text) == []


@pytest.mark.parametrize(
    ("surface", "low", "high"),
    [("5-6K", 5_000, 6_000), ("6K", 5_700, 6_300), ("2-3m", 2_000_000, 3_000_000)],
)
def test_scale_letters(surface: str, low: float, high: float) -> None:
    iv = Quantity.parse(surface).interval
    assert (iv.low, iv.high) == (low, high)


def test_k_range_in_text() -> None:
    claims = _claims("Organizers said 5-6K people marched through Korvin on Saturday.")
    assert [(c.quantity.interval.low, c.quantity.interval.high) for c in claims] == [(5_000, 6_000)]


@given(low=st.integers(1, 98), step=st.integers(1, 50), letter=st.sampled_from(["K", "k", "m"]))
def test_scale_letter_applies_to_both_ends(low: int, step: int, letter: str) -> None:
    scale = 1_000 if letter in "Kk" else 1_000_000
    iv = Quantity.parse(f"{low}-{low + step}{letter}").interval
    assert (iv.low, iv.high) == (low * scale, (low + step) * scale)


@pytest.mark.parametrize(
    ("text", "new", "old"),
    [
        (
            "La cifra de fallecidos llegó a 2.100, desde los 1.750 del lunes, informó el "
            "ministerio de Tarvia.",
            "2.100",
            "1.750",
        ),
        (
            "The toll in Olvek reached 1,900, from 1,400 on Monday, the ministry said.",
            "1,900",
            "1,400",
        ),
        (
            "Data published on Sunday put the toll of Olvek at 4,100, up from 3,010 two days "
            "earlier.",
            "4,100",
            "3,010",
        ),
        (
            "La cifra llegó a 2.100 muertos, desde los 1.750 de dos días antes, informó el "
            "ministerio de Tarvia.",
            "2.100",
            "1.750",
        ),
    ],
)
def test_from_earlier_figure(text: str, new: str, old: str) -> None:
    claims = _claims(text)
    by_id = {c.id: c.quantity.surface for c in claims}
    by_surface = {c.quantity.surface: c for c in claims}
    sup = by_surface[new].supersedes
    assert sup is not None
    assert by_id[sup] == old


@given(
    n=st.integers(2, 9_000),
    noun=st.sampled_from(["deaths", "cases", "people"]),
    mark=st.sampled_from(["wrongly attributed", "double-counted", "counted twice"]),
)
def test_correction_amounts_never_counts(n: int, noun: str, mark: str) -> None:
    text = f"The agency said {n:,} {noun} were {mark} in the Olvek data."
    assert f"{n:,}" not in _surfaces(text)
