"""Quantity.parse against the design's qualifier table, and the interval algebra."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import Interval, Qualifier, Quantity, QuantityError, VaguenessPolicy

from .strategies import contains, formattable_quantities, intervals, points_in

Q = Qualifier
INF = None  # an unbounded high end

# (text, low, high, qualifier, unit): every row of the design's table, English and Spanish.
TABLE = [
    # exact: digits (either thousands separator) and number words
    ("777", 777, 777, Q.EXACT, "people"),
    ("exactly 22", 22, 22, Q.EXACT, "people"),
    ("1,085", 1085, 1085, Q.EXACT, "people"),
    ("1.085", 1085, 1085, Q.EXACT, "people"),
    ("1.234,5", 1234.5, 1234.5, Q.EXACT, "people"),
    ("1,234.5", 1234.5, 1234.5, Q.EXACT, "people"),
    ("ninety-nine", 99, 99, Q.EXACT, "people"),
    ("two", 2, 2, Q.EXACT, "people"),
    ("a dozen", 12, 12, Q.EXACT, "people"),
    ("noventa y nueve", 99, 99, Q.EXACT, "people"),
    ("one hundred and five", 105, 105, Q.EXACT, "people"),
    ("ciento cinco", 105, 105, Q.EXACT, "people"),
    ("veintiuno", 21, 21, Q.EXACT, "people"),
    ("0", 0, 0, Q.EXACT, "people"),
    # round: unhedged multiples of 1,000 and large numbers in words, ±5%
    ("2,000", 1900, 2100, Q.ROUND, "people"),
    ("2.000", 1900, 2100, Q.ROUND, "people"),
    ("1000", 950, 1050, Q.ROUND, "people"),
    ("half a million", 475_000, 525_000, Q.ROUND, "people"),
    ("medio millón", 475_000, 525_000, Q.ROUND, "people"),
    ("two million", 1_900_000, 2_100_000, Q.ROUND, "people"),
    ("dos mil", 1900, 2100, Q.ROUND, "people"),
    ("500 mil", 475_000, 525_000, Q.ROUND, "people"),
    ("2.5 million", 2_375_000, 2_625_000, Q.ROUND, "people"),
    # approx: ±5%
    ("about 100", 95, 105, Q.APPROX, "people"),
    ("around 100", 95, 105, Q.APPROX, "people"),
    ("approximately 100", 95, 105, Q.APPROX, "people"),
    ("roughly 100", 95, 105, Q.APPROX, "people"),
    ("some 100", 95, 105, Q.APPROX, "people"),
    ("an estimated 100", 95, 105, Q.APPROX, "people"),
    ("unos 100", 95, 105, Q.APPROX, "people"),
    ("alrededor de 100", 95, 105, Q.APPROX, "people"),
    ("aproximadamente 100", 95, 105, Q.APPROX, "people"),
    ("cerca de 100", 95, 105, Q.APPROX, "people"),
    ("about 2,000", 1900, 2100, Q.APPROX, "people"),
    # nearly: [0.9n, n]
    ("nearly 800", 720, 800, Q.NEARLY, "people"),
    ("almost 800", 720, 800, Q.NEARLY, "people"),
    ("close to 800", 720, 800, Q.NEARLY, "people"),
    ("just under 800", 720, 800, Q.NEARLY, "people"),
    ("casi 800", 720, 800, Q.NEARLY, "people"),
    # just_over: [n, 1.1n]
    ("just over 800", 800, 880, Q.JUST_OVER, "people"),
    ("slightly more than 800", 800, 880, Q.JUST_OVER, "people"),
    ("poco más de 800", 800, 880, Q.JUST_OVER, "people"),
    # more_than: (n, ∞)
    ("more than 1,345", 1345, INF, Q.MORE_THAN, "people"),
    ("over 1,345", 1345, INF, Q.MORE_THAN, "people"),
    ("upwards of 1,345", 1345, INF, Q.MORE_THAN, "people"),
    ("más de 1.345", 1345, INF, Q.MORE_THAN, "people"),
    ("más de 500 mil", 500_000, INF, Q.MORE_THAN, "people"),
    # at_least: [n, ∞)
    ("at least 116", 116, INF, Q.AT_LEAST, "people"),
    ("no fewer than 116", 116, INF, Q.AT_LEAST, "people"),
    ("al menos 116", 116, INF, Q.AT_LEAST, "people"),
    ("por lo menos 116", 116, INF, Q.AT_LEAST, "people"),
    # fewer_than: [0, n)
    ("fewer than 50", 0, 50, Q.FEWER_THAN, "people"),
    ("less than 50", 0, 50, Q.FEWER_THAN, "people"),
    ("under 50", 0, 50, Q.FEWER_THAN, "people"),
    ("menos de 50", 0, 50, Q.FEWER_THAN, "people"),
    # at_most: [0, n]
    ("at most 50", 0, 50, Q.AT_MOST, "people"),
    ("up to 50", 0, 50, Q.AT_MOST, "people"),
    ("no more than 50", 0, 50, Q.AT_MOST, "people"),
    ("hasta 50", 0, 50, Q.AT_MOST, "people"),
    # range
    ("between 800 and 1,200", 800, 1200, Q.RANGE, "people"),
    ("800 to 1,200", 800, 1200, Q.RANGE, "people"),
    ("800–1,200", 800, 1200, Q.RANGE, "people"),
    ("800-1,200", 800, 1200, Q.RANGE, "people"),
    ("entre 800 y 1.200", 800, 1200, Q.RANGE, "people"),
    ("between 5 and 5", 5, 5, Q.RANGE, "people"),
    # vague, and composed vague amounts
    ("dozens", 24, 99, Q.VAGUE, "people"),
    ("hundreds", 200, 999, Q.VAGUE, "people"),
    ("thousands", 2000, 9999, Q.VAGUE, "people"),
    ("docenas", 24, 99, Q.VAGUE, "people"),
    ("decenas", 20, 99, Q.VAGUE, "people"),
    ("cientos", 200, 999, Q.VAGUE, "people"),
    ("miles", 2000, 9999, Q.VAGUE, "people"),
    ("tens of thousands", 20_000, 99_999, Q.VAGUE, "people"),
    ("decenas de miles", 20_000, 99_999, Q.VAGUE, "people"),
    ("hundreds of thousands", 200_000, 999_999, Q.VAGUE, "people"),
    ("cientos de miles", 200_000, 999_999, Q.VAGUE, "people"),
    # percentages: compared only with their own unit; a round percentage is exact
    ("120-percent", 120, 120, Q.EXACT, "percent"),
    ("35%", 35, 35, Q.EXACT, "percent"),
    ("35 por ciento", 35, 35, Q.EXACT, "percent"),
    ("35 percent", 35, 35, Q.EXACT, "percent"),
    ("more than 35%", 35, INF, Q.MORE_THAN, "percent"),
    ("2,000 percent", 2000, 2000, Q.EXACT, "percent"),
]


@pytest.mark.parametrize(("text", "low", "high", "qualifier", "unit"), TABLE)
def test_parse_table(
    text: str, low: float, high: float | None, qualifier: Qualifier, unit: str
) -> None:
    q = Quantity.parse(text)
    assert (q.low, q.high, q.qualifier, q.unit) == (low, high, qualifier, unit)
    assert q.surface == text
    iv = q.interval
    assert iv.low_open is (qualifier is Q.MORE_THAN)
    assert iv.high_open is (qualifier is Q.FEWER_THAN)
    assert iv.high == (math.inf if high is None else high)


@pytest.mark.parametrize(
    "text", ["MÁS DE 1.345", "mas de 1.345", "Más de 1,345", "MAS DE 1345", "más  de\t1.345"]
)
def test_case_accents_and_spacing_do_not_matter(text: str) -> None:
    q = Quantity.parse(text)
    assert (q.low, q.high, q.qualifier) == (1345, None, Q.MORE_THAN)
    assert q.surface == " ".join(text.split())


def test_stated_value_is_kept() -> None:
    assert Quantity.parse("nearly 800").value == 800
    assert Quantity.parse("medio millón").value == 500_000
    assert Quantity.parse("between 800 and 1,200").value is None
    assert Quantity.parse("hundreds").value is None


def test_lower_bound_qualifiers() -> None:
    assert {q for q in Qualifier if q.is_lower_bound} == {Q.AT_LEAST, Q.MORE_THAN}


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["", "   ", "nearly eight hundred-ish", "more than", "between 5 and", "abc", "5 to 3", "%"],
)
def test_not_a_quantity(text: str) -> None:
    with pytest.raises(QuantityError) as info:
        Quantity.parse(text)
    assert isinstance(info.value, ValueError)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("value", [None, 5, 5.0, b"5", ["5"], {"low": 5}])
def test_not_a_string(value: object) -> None:
    with pytest.raises(QuantityError):
        Quantity.parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    ["x" * 1_000_000, "1" * 1_000_000, "more than " * 100_000, "1 " * 500_000],
    ids=["letters", "digits", "hedges", "numbers"],
)
def test_megabyte_string_fails_with_short_message(text: str) -> None:
    """Timed against its 2 s budget by benchmarks/pathological.py, not here."""
    with pytest.raises(QuantityError) as info:
        Quantity.parse(text)
    assert len(str(info.value)) < 200


def test_repeated_multiplier_words_are_not_a_quantity() -> None:
    with pytest.raises(QuantityError):
        Quantity.parse("hundred " * 200)


@pytest.mark.parametrize("text", ["one two", "twenty twenty", "cinco cinco"])
def test_sequences_of_number_words_are_not_a_number(text: str) -> None:
    with pytest.raises(QuantityError):
        Quantity.parse(text)


def test_leading_zero_is_never_a_thousands_group() -> None:
    assert Quantity.parse("0.125").low == 0.125
    q = Quantity.of(0.125, unit="ratio")
    assert Quantity.parse(q.format()).low == 0.125


@pytest.mark.parametrize("text", ["dozens of thousands", "docenas de miles"])
def test_dozens_of_thousands_round_trip(text: str) -> None:
    q = Quantity.parse(text)
    assert q.qualifier is Q.VAGUE
    assert Quantity.parse(q.format()).qualifier is Q.VAGUE


# --- properties ---------------------------------------------------------------------------


@given(formattable_quantities())
def test_format_parse_round_trip(q: Quantity) -> None:
    assert Quantity.parse(q.format()) == q


@given(st.text())
def test_parse_arbitrary_text_raises_only_quantity_error(text: str) -> None:
    """Any text: a quantity or a QuantityError (its time: benchmarks/pathological.py)."""
    try:
        q = Quantity.parse(text)
    except QuantityError:
        pass
    else:
        assert q.low >= 0
        assert q.high is None or q.high >= q.low


_TOKENS = (
    "more than",
    "nearly",
    "about",
    "casi",
    "más de",
    "between",
    "and",
    "entre",
    "y",
    "to",
    "-",
    "–",
    "a",
    "half",
    "medio",
    "one",
    "two",
    "ninety",
    "ciento",
    "hundred",
    "thousand",
    "mil",
    "million",
    "millones",
    "dozen",
    "dozens",
    "tens",
    "of",
    "de",
    "miles",
    "hundreds",
    "percent",
    "%",
    "por ciento",
    "0",
    "7",
    "1,085",
    "1.085",
    "2.5",
    "1.234,5",
    ",",
    ".",
)


@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=8).map(" ".join))
def test_parse_quantity_like_text_raises_only_quantity_error(text: str) -> None:
    try:
        q = Quantity.parse(text)
    except QuantityError:
        return
    assert 0 <= q.low <= (math.inf if q.high is None else q.high)


@given(intervals(), intervals())
def test_overlaps_is_symmetric(a: Interval, b: Interval) -> None:
    assert a.overlaps(b) == b.overlaps(a)


@given(intervals(), st.data())
def test_interval_overlaps_itself_and_its_points(a: Interval, data: st.DataObject) -> None:
    x = data.draw(points_in(a))
    assert a.overlaps(a)
    assert a.overlaps(Interval.point(x))


@given(intervals(), intervals(), st.data())
def test_sum_contains_sums_of_points(a: Interval, b: Interval, data: st.DataObject) -> None:
    x, y = data.draw(points_in(a)), data.draw(points_in(b))
    assert contains(a + b, x + y)


@given(intervals(), intervals(), st.data())
def test_difference_contains_differences_of_points(
    a: Interval, b: Interval, data: st.DataObject
) -> None:
    x, y = data.draw(points_in(a)), data.draw(points_in(b))
    assert contains(a - b, x - y)


@given(intervals(), intervals(), st.data())
def test_common_point_means_overlap(a: Interval, b: Interval, data: st.DataObject) -> None:
    x = data.draw(points_in(a))
    if contains(b, x):
        assert a.overlaps(b)


@given(intervals(), intervals())
def test_gap_is_zero_iff_overlapping(a: Interval, b: Interval) -> None:
    zero = Interval(low=0, high=0)
    assert (a.gap_to(b) == zero) == a.overlaps(b)
    assert a.gap_to(b) == b.gap_to(a)


@given(intervals(), intervals(), st.data())
def test_gap_bounds_the_distance_of_points(a: Interval, b: Interval, data: st.DataObject) -> None:
    x, y = data.draw(points_in(a)), data.draw(points_in(b))
    gap = a.gap_to(b)
    if not a.overlaps(b):
        assert gap.low <= abs(x - y) <= gap.high


@given(intervals(), intervals())
def test_above_implies_disjoint(a: Interval, b: Interval) -> None:
    if a.above(b):
        assert not a.overlaps(b)
        assert not b.above(a)
    if not a.overlaps(b):
        assert a.above(b) != b.above(a)


@pytest.mark.parametrize(
    ("low", "high"), [(5, 4), (math.nan, 1), (0, math.nan), (math.inf, math.inf)]
)
def test_not_an_interval(low: float, high: float) -> None:
    with pytest.raises(QuantityError):
        Interval(low=low, high=high)


# --- construction -------------------------------------------------------------------------


@pytest.mark.parametrize("value", [-1, math.nan, math.inf, -math.inf])
def test_of_rejects_what_is_not_a_count(value: float) -> None:
    with pytest.raises(QuantityError):
        Quantity.of(value)


def test_tiny_values_just_over() -> None:
    q = Quantity.of(1e-7, Q.JUST_OVER, unit="ratio")
    assert q.low <= (q.high or math.inf)


def test_between() -> None:
    assert Quantity.between(800, 1200).interval == Interval(low=800, high=1200)
    assert Quantity.between(800, None).qualifier is Q.AT_LEAST
    with pytest.raises(QuantityError):
        Quantity.between(1200, 800)
    with pytest.raises(QuantityError):
        Quantity(low=5, high=4, qualifier=Q.RANGE)


# --- the vagueness policy -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("policy", "text", "low", "high"),
    [
        (VaguenessPolicy(approx=0.1), "about 100", 90, 110),
        (VaguenessPolicy(nearly=0.2), "nearly 100", 80, 100),
        (VaguenessPolicy(just_over=0.2), "just over 100", 100, 120),
        (VaguenessPolicy(round_tolerance=0.1), "2,000", 1800, 2200),
        (VaguenessPolicy(round_tolerance=0), "2,000", 2000, 2000),
        (VaguenessPolicy(round_unit=100), "500", 475, 525),
        (VaguenessPolicy(vague={"hundreds": (100, 999)}), "hundreds", 100, 999),
        (VaguenessPolicy(vague={"tens": (10, 99)}), "decenas de miles", 10_000, 99_999),
    ],
)
def test_policy_settings_change_intervals(
    policy: VaguenessPolicy, text: str, low: float, high: float
) -> None:
    q = Quantity.parse(text, policy=policy)
    assert (q.low, q.high) == (low, high)
    assert Quantity.parse(text) != q  # the default policy reads it otherwise


def test_policy_without_a_vague_word() -> None:
    with pytest.raises(QuantityError):
        Quantity.parse("dozens", policy=VaguenessPolicy(vague={"hundreds": (200, 999)}))


def test_round_number_below_the_unit_is_exact() -> None:
    assert Quantity.parse("500").qualifier is Q.EXACT
    assert Quantity.parse("500", policy=VaguenessPolicy(round_unit=100)).qualifier is Q.ROUND
