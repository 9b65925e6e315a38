"""Round 5 number forms (audit2 P5): digits grouped by single spaces, shares without "%"."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Quantity, extract
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)


@pytest.mark.parametrize(
    ("surface", "low"),
    [
        ("1 500", 1500),
        ("6 400", 6400),
        ("12 345 678", 12_345_678),
        ("1\u202f500", 1500),
        ("1\u00a0500", 1500),
        ("over 2 300", 2300),
    ],
)
def test_groups_of_three_after_single_spaces_are_one_number(surface: str, low: float) -> None:
    assert Quantity.parse(surface).low == low


@given(st.integers(min_value=1_000, max_value=999_999_999))
def test_any_space_grouped_number_reads_as_its_value(value: int) -> None:
    spaced = f"{value:,}".replace(",", " ")
    text = f"Rights groups said {spaced} people were killed in the clashes."
    [claim] = extract(text, published=PUBLISHED)
    assert claim.quantity.surface == spaced
    assert claim.quantity.low <= value <= (claim.quantity.high or value)


@pytest.mark.parametrize("surface", ["2019\u00a0150", "1\u202f5000", "1\u00a050", "2019 150"])
def test_digits_after_a_space_that_are_not_groups_of_three_are_no_number(surface: str) -> None:
    with pytest.raises(ValueError, match="not a quantity"):
        Quantity.parse(surface)


@pytest.mark.parametrize(
    ("text", "surface", "low"),
    [
        ("Rights groups said 2 300 people were killed in the protests.", "2 300", 2300),
        ("Unos 1 500 manifestantes recorrieron el centro, según la policía.", "Unos 1 500", 1425),
        ("The ministry said another 6 400 were injured.", "6 400", 6400),
    ],
)
def test_space_grouped_numbers_in_text(text: str, surface: str, low: float) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.quantity.surface == surface
    assert claim.quantity.low == low


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("In 2019 150 people died on the road, the agency said.", ["150"]),
        ("Call 555 123 4567 if you see them; 40 people were evacuated.", ["40"]),
        ("Of the 12 5000 were freed, the group said.", ["12", "5000"]),
    ],
)
def test_separate_numbers_are_never_joined(text: str, surfaces: list[str]) -> None:
    assert [c.quantity.surface for c in extract(text, published=PUBLISHED)] == surfaces


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The president said the polling percentage was 26.", 26, 26),
        ("Monitors said the voting percentage was as low as 19.", 19, 19),
        ("Observers put turnout at 31, the mission said.", 31, 31),
        ("The minister said turnout was in the 25-30 per cent range.", 25, 30),
        ("Según el Gobierno, la participación fue del 43.", 43, 43),
        ("El ministro situó la participación en la horquilla del 25-30 por ciento.", 25, 30),
        ("In the district the turnout has been 77.84 (percent), officials said.", 77.84, 77.84),
    ],
)
def test_shares_written_without_a_percent_sign(text: str, low: float, high: float) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert claim.quantity.unit == "percent"
    assert (claim.quantity.low, claim.quantity.high) == (low, high)


def test_a_count_after_a_share_noun_stays_a_count() -> None:
    [claim] = extract("Turnout was 26 million voters, the commission said.", published=PUBLISHED)
    assert claim.quantity.unit == "people"
    assert claim.quantity.low >= 24_000_000


# --- revisions (audit2 P4): the earlier figure is superseded by the later one -------------


@pytest.mark.parametrize(
    ("text", "earlier", "later"),
    [
        (
            "The commissioner said 41 pupils were missing. He had initially said 33 pupils "
            "were unaccounted for.",
            33,
            41,
        ),
        ("The governor first said 20 were missing; on Friday he raised it to 31.", 20, 31),
        (
            "Officials said over 520 people drowned, more than twice the previous estimate of 230.",
            230,
            520,
        ),
        ("The new official toll was 212, down from an earlier 305, the minister said.", 305, 212),
        (
            "El partido calculó primero 300.000 asistentes y luego lo elevó a 600.000.",
            300_000,
            600_000,
        ),
        (
            "La Delegación estimó en un principio 12.000 asistentes y, tras actualizarlo, "
            "habló de 26.000 personas.",
            12_000,
            26_000,
        ),
        (
            "Los fallecidos en la capital han pasado de 120 a 131, informó Protección Civil.",
            120,
            131,
        ),
        ("El Gobierno elevó la cifra de muertos de 40 a 52.", 40, 52),
        ("La Fiscalía rebajó la cifra de desaparecidos de 19 a 12.", 19, 12),
    ],
)
def test_an_earlier_figure_is_superseded_by_the_later_one(
    text: str, earlier: float, later: float
) -> None:
    claims = extract(text, published=PUBLISHED)
    by_value = {c.quantity.surface: c for c in claims}
    old = next(c for c in claims if c.quantity.low <= earlier <= (c.quantity.high or earlier))
    new = next(c for c in claims if c.quantity.low <= later <= (c.quantity.high or later))
    assert new.supersedes == old.id, by_value
    assert old.supersedes is None
    assert old.part_of is None
    assert new.part_of is None
    assert "range" not in (old.quantity.qualifier.value, new.quantity.qualifier.value)


def test_revised_up_to_is_the_revised_figure_not_a_ceiling() -> None:
    text = "The agency said 40 people had died. The agency revised the toll up to 57."
    old, new = extract(text, published=PUBLISHED)
    assert new.quantity.low == 57
    assert new.quantity.qualifier.value == "exact"
    assert new.supersedes == old.id


@pytest.mark.parametrize(
    "text",
    [
        "During the first three days of unrest, 22 people died, the ministry said.",
        "Originally from Syria, 30 migrants arrived on Monday; 12 more came on Tuesday.",
        "El primer dato, difundido luego de la visita, fue de 76 fallecidos.",
    ],
)
def test_no_revision_without_a_later_figure_of_the_source(text: str) -> None:
    assert all(c.supersedes is None for c in extract(text, published=PUBLISHED))


def test_an_earlier_figure_of_another_source_is_not_replaced() -> None:
    text = (
        "Police said 4,000 people marched. Organizers had initially said 9,000 marchers took part."
    )
    assert all(c.supersedes is None for c in extract(text, published=PUBLISHED))


def test_a_superseded_figure_is_not_a_whole_in_scan() -> None:
    text = (
        "In Bauchi state, 27 miners are missing, commissioner Ruth Adeyemi said. "
        "She had initially said 19 miners were missing in Nigeria."
    )
    claims = extract(text, published=PUBLISHED)
    assert [c.supersedes for c in claims] == [claims[1].id, None]
    report = check_extracted(claims)
    assert report.discrepancies == ()


# --- dates of running totals (audit2, "also seen") -------------------------------------------

REPORT = dt.date(2026, 7, 30)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("The group said 310 people have died since the protests began.", None, REPORT),
        (
            "The monitor said on Tuesday that 310 people have died since the start of the unrest.",
            None,
            dt.date(2026, 7, 28),
        ),
        (
            "La asociación informó el 26 de julio que 310 personas fallecieron desde que "
            "comenzaron las protestas.",
            None,
            dt.date(2026, 7, 26),
        ),
        (
            "La asociación contabilizó 310 muertos desde el inicio de las protestas, el 18 de "
            "abril.",
            dt.date(2026, 4, 18),
            REPORT,
        ),
        (
            "Monitors said 640 people died between March 4, when the first dock "
            "strikes began, and April 9, the day the minister quit.",
            dt.date(2026, 3, 4),
            dt.date(2026, 4, 9),
        ),
    ],
)
def test_a_running_total_is_a_period_not_a_day(
    text: str, start: dt.date | None, end: dt.date
) -> None:
    [claim] = extract(text, published=REPORT)
    assert claim.as_of is not None
    assert (claim.as_of.start, claim.as_of.end) == (start, end)


def test_until_a_month_ends_the_period_in_that_month() -> None:
    text = "Según la agencia, 17.300 migrantes han llegado a las islas hasta septiembre."
    [claim] = extract(text, published=dt.date(2026, 10, 15))
    assert claim.as_of is not None
    assert (claim.as_of.start, claim.as_of.end) == (None, dt.date(2026, 9, 30))


def test_since_without_a_start_event_is_not_a_running_total() -> None:
    [claim] = extract("Since the protesters were few, 40 police officers came.", published=REPORT)
    assert claim.as_of is not None
    assert claim.as_of.start == claim.as_of.end


@pytest.mark.parametrize(
    "text",
    [
        "Una nota de la agencia de la ONU para las migraciones (OIM), difundida este martes, "
        "indica que 9.850 personas llegaron sin papeles a las costas hasta agosto.",
    ],
)
def test_the_day_a_report_was_published_is_not_the_day_counted(text: str) -> None:
    [claim] = extract(text, published=dt.date(2026, 9, 27))
    assert claim.as_of is not None
    assert claim.as_of.start is None


@pytest.mark.parametrize(
    "text",
    [
        "Deaths on the roads rose to 57 this year, up from 40 last year, the agency said.",
        "Fue el primero de los 30 detenidos en salir; la policía habla de 45 detenidos.",
    ],
)
def test_figures_of_two_periods_or_a_first_person_are_no_revision(text: str) -> None:
    assert all(c.supersedes is None for c in extract(text, published=PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "El Gobierno informó de 40 muertos el lunes. El martes, el Gobierno elevó la cifra de "
        "muertos a 52.",
        "The ministry reported 40 deaths. The ministry later raised the toll to 52.",
    ],
)
def test_raising_the_figure_to_n_supersedes_the_source_s_last(text: str) -> None:
    old, new = extract(text, published=PUBLISHED)
    assert new.supersedes == old.id
