"""Regression tests for the extraction items of issue 11: odd Unicode and extreme dates never
raise, and one text never yields two claims with one id."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Quantity, QuantityError, extract
from discrepancy.extraction.normal import normalize

PUBLISHED = dt.date(2026, 3, 4)


def test_a_footnote_mark_by_a_date_is_not_read_as_a_digit() -> None:
    """Issue 11 (8): "January 1²" crashed ``int()``."""
    [claim] = extract("On January 1² the union said 300 workers struck.", published=PUBLISHED)
    assert claim.quantity.low == 300
    assert claim.as_of is not None
    assert claim.as_of.end <= dt.date(2026, 1, 31)


@pytest.mark.parametrize(
    "text",
    [
        "Fueron de \u0301 20 personas detenidas.",
        "Hubo entre \u0301 y 20 heridos.",
        "At least \u0301 people were hurt.",
        "Fueron de\u0301 20 presos liberados.",
        "\u0301",
        "de \u0301",
    ],
)
def test_a_lone_combining_mark_after_a_hedge_word(text: str) -> None:
    """Issue 11 (10): a combining mark with no letter before it raised IndexError."""
    for claim in extract(text, published=PUBLISHED):
        assert claim.quantity.low == 20


def test_decomposed_text_reads_as_composed_with_offsets_into_the_original() -> None:
    """Issue 11 (17): NFD "más de 1.345" was read as exact 1.345 with no claimant."""
    composed = "Según la ONG Foro Penal, hay más de 1.345 presos políticos en el país."
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    [a] = extract(composed, published=PUBLISHED)
    [b] = extract(decomposed, published=PUBLISHED)
    assert (b.quantity.low, b.quantity.qualifier) == (a.quantity.low, a.quantity.qualifier)
    assert [c.mention for c in b.claimants] == [c.mention for c in a.claimants]
    assert b.metric == a.metric
    span = decomposed[b.evidence.start : b.evidence.end]
    assert unicodedata.normalize("NFC", span) == composed[a.evidence.start : a.evidence.end]


@given(st.text(alphabet="ae\u0301\u0303\u0308n. 12ñ", max_size=40))
def test_the_offset_map_maps_every_span_back(text: str) -> None:
    normal = normalize(text)
    assert normal.text == unicodedata.normalize("NFC", text)
    for start in range(len(normal.text) + 1):
        for end in range(start, len(normal.text) + 1):
            a, b = normal.start(start), normal.end(end)
            assert 0 <= a <= b <= len(text)
            # the original span, composed, holds the composed span
            assert normal.text[start:end] in unicodedata.normalize("NFC", text[a:b])


@pytest.mark.parametrize(
    ("surface", "never"), [("10³", 103), ("more than 10³", 103), ("⑩", 10), ("1²3", 123)]
)
def test_superscripts_and_circled_digits_are_not_digits(surface: str, never: int) -> None:
    """Issue 11 (18): "10³" was read as 103 (a superscript is a mark, not a digit)."""
    try:
        q = Quantity.parse(surface)
    except QuantityError:
        return
    assert q.low != never


def test_decimal_digits_of_other_scripts_still_read() -> None:
    assert Quantity.parse("٣٠٠").low == 300
    assert Quantity.parse("１２").low == 12


def test_a_superscript_after_a_count_is_not_part_of_it() -> None:
    claims = extract("Police said 10³ people marched.", published=PUBLISHED)
    assert all(c.quantity.low != 103 for c in claims)


@pytest.mark.parametrize(
    "published",
    [dt.date(1, 1, 1), dt.date(1, 1, 2), dt.date(9999, 12, 31), dt.date(9999, 12, 30)],
)
@pytest.mark.parametrize(
    "text",
    [
        "The union said 300 workers struck last year.",
        "El año pasado murieron 30 personas, según la policía.",
        "Police said 40 people were arrested last Friday.",
        "Officials said 12 people died yesterday and 3 more tomorrow.",
        "Rescuers said 50 people were evacuated over the past year.",
        "Los organizadores dijeron que 900 personas marcharon en la segunda mitad del año pasado.",
        "Police said 8 people were hurt earlier this month.",
    ],
)
def test_relative_dates_at_the_ends_of_the_calendar(text: str, published: dt.date) -> None:
    """Issue 11 (7): a relative date before year 1 or after 9999 raised OverflowError; the
    date is dropped, the claim is kept."""
    claims = extract(text, published=published)
    assert claims
    for claim in claims:
        assert claim.as_of is None or claim.as_of.end is not None


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers found 5 bodies on Monday and 5 bodies on Tuesday.",
        "Hallaron 3 cuerpos en un río y 3 cuerpos en otro.",
        "Police said 10 people were hurt, 10 people were hurt, and 10 people were hurt.",
    ],
)
def test_one_text_never_gives_two_claims_one_id(text: str) -> None:
    """Issue 11 (26): equal numbers in one sentence gave equal ids."""
    claims = extract(text, published=PUBLISHED)
    assert len(claims) >= 2
    ids = [c.id for c in claims]
    assert len(set(ids)) == len(ids)


_PIECES = st.sampled_from(
    [
        "de ",
        "entre ",
        "at least ",
        "más de ",
        "\u0301",
        "\u0303",
        "²",
        "³",
        "①",
        "10",
        "1.345",
        "30'000",
        " mil ",
        " personas",
        " people",
        " said ",
        " dijo ",
        "January 1",
        " el 3 de marzo",
        " last year",
        ". ",
        ", ",
        "(AP) — ",
        "Police ",
        "La Cruz Roja ",
        "rose from 9 to 12 ",
    ]
)


@given(
    st.lists(_PIECES, max_size=30).map("".join),
    st.sampled_from([dt.date(1, 1, 1), dt.date(2026, 3, 4), dt.date(9999, 12, 31)]),
)
def test_odd_text_never_raises_and_ids_stay_unique(text: str, published: dt.date) -> None:
    """Issue 11: combining marks, superscripts, extreme dates and repeated figures together."""
    claims = extract(text, published=published)
    ids = [c.id for c in claims]
    assert len(set(ids)) == len(ids)
    for c in claims:
        assert 0 <= c.evidence.start < c.evidence.end <= len(text)
