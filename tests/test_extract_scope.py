"""Where each number is about (issue 9, failure class 5): the sentence's place (tied to the
number first), the paragraph's, the dateline's, the document's country."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _scopes(text: str) -> list[str | None]:
    return [c.scope for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        ("Police said 30 people died in Zulia state and 12 died in Lara.", ["Zulia", "Lara"]),
        ("En el estado Zulia murieron 12 personas y en Lara otras 5 personas.", ["Zulia", "Lara"]),
        (
            "Heavy rain hit southern Colombia on Monday. Rescuers said 45 people died.",
            ["Colombia"],
        ),
        (
            "Floods hit towns in Colombia on Monday. Rescuers said 45 people died.",
            ["Colombia"],
        ),
        ("MANAUS, Brazil -- Labor leaders said 2,000 workers joined the strike.", ["Brazil"]),
        ("Rescuers said 45 people died.", [None]),
    ],
)
def test_scope_from_sentence_paragraph_dateline(text: str, scopes: list[str | None]) -> None:
    assert _scopes(text) == scopes


def test_an_untied_country_in_the_sentence_is_not_the_scope() -> None:
    text = "Peru's floods worsened. The United States said 116 people were evacuated in Piura."
    assert _scopes(text) == ["Piura"]


def test_per_state_figures_keep_their_state() -> None:
    text = (
        "The ministry said 40 people died in Jalisco, 10 in Colima and 3 in Nayarit, "
        "and 56 across Mexico."
    )
    assert _scopes(text) == ["Jalisco", "Colima", "Nayarit", "Mexico"]


def test_a_dateline_abroad_yields_to_the_country_of_the_lead() -> None:
    text = (
        "BANGKOK (AP) — The military council in Myanmar said it freed prisoners.\n"
        "Officials said 640 prisoners were freed."
    )
    assert _scopes(text) == ["Myanmar"]


def test_a_direction_ties_a_place_to_the_number() -> None:
    assert _scopes("Gunmen kidnapped 52 students in northern Nigeria.") == ["Nigeria"]
