"""Round figures read as written (round 9): only a figure with a scale word or with at most
two significant digits is `round` (±5%); "962,000" is exact, with the check's precision slack
of half its last significant place (±500). Every figure and source here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy.policy import Policy
from discrepancy.quantity import DEFAULT_POLICY, Qualifier, Quantity, VaguenessPolicy
from tests.checking import flagged_together, run


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("20,000", Qualifier.ROUND),
        ("960,000", Qualifier.ROUND),
        ("1,000,000", Qualifier.ROUND),
        ("1.000.000", Qualifier.ROUND),
        ("medio millón", Qualifier.ROUND),
        ("1.27 million", Qualifier.ROUND),
        ("35,5 millones", Qualifier.ROUND),
        ("962,000", Qualifier.EXACT),
        ("676.000", Qualifier.EXACT),
        ("36,400", Qualifier.EXACT),
        ("1,500", Qualifier.EXACT),
    ],
)
def test_round_only_with_two_significant_digits_or_a_scale_word(
    text: str, qualifier: Qualifier
) -> None:
    assert Quantity.parse(text).qualifier is qualifier


def test_round_digits_is_a_setting() -> None:
    three = VaguenessPolicy(round_digits=3)
    assert Quantity.parse("962,000", policy=three).qualifier is Qualifier.ROUND
    assert Quantity.parse("962,500", policy=three).qualifier is Qualifier.EXACT


def test_a_three_digit_figure_keeps_half_its_last_place_as_slack() -> None:
    assert Policy().slack(Quantity.parse("962,000")) == 500
    assert Policy().slack(Quantity.parse("36,400")) == 50


@given(st.integers(1, 99), st.integers(3, 6))
def test_two_significant_digits_are_round(digits: int, zeros: int) -> None:
    assert DEFAULT_POLICY.is_round(digits * 10**zeros)


@given(st.integers(101, 999).filter(lambda d: d % 10 != 0), st.integers(3, 5))
def test_three_significant_digits_are_not(digits: int, zeros: int) -> None:
    assert not DEFAULT_POLICY.is_round(digits * 10**zeros)


def _pair(estimate: str, count: int) -> bool:
    report = run(
        {"id": "army", "value": count, "metric": "displaced", "claimant": "Border Army",
         "scope": "Tarvia", "as_of": "2024-05-02"},
        {"id": "agency", "value": estimate, "metric": "displaced", "claimant": "Relief Agency",
         "scope": "Tarvia", "as_of": "2024-05-02"},
    )  # fmt: skip
    return flagged_together(report, "army", "agency")


def test_a_four_percent_gap_with_a_three_digit_figure_is_reported() -> None:
    # 706,318 registered against "676,000" estimated: 4% apart, as with 676,512
    assert _pair("676,000", 706_318)
    assert _pair("676,512", 706_318)


def test_a_two_digit_round_figure_keeps_its_five_percent() -> None:
    # "680,000" is round: 706,318 lies within its reading and the 3% materiality
    assert not _pair("680,000", 706_318)
