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


@pytest.mark.parametrize(
    ("text", "scopes"),
    [
        (
            "Storms flooded towns in eastern Kentucky on Sunday, United States officials said."
            "\n\nThe governor of Kentucky said 14 people died.\n\nA federal agency said 30 "
            "people are missing.",
            ["Kentucky", "Kentucky"],
        ),
        (
            "Las lluvias inundaron barrios en Zulia, Venezuela, el domingo.\n\nLas autoridades "
            "de Zulia informaron de 14 personas muertas.\n\nOtras 30 personas siguen "
            "desaparecidas, según Protección Civil.",
            ["Zulia", "Zulia"],
        ),
    ],
)
def test_the_one_region_a_text_is_about_scopes_its_unplaced_numbers(
    text: str, scopes: list[str | None]
) -> None:
    assert _scopes(text) == scopes


def test_a_text_naming_several_cities_keeps_the_country() -> None:
    text = (
        "Marches filled streets in Paris, Lyon and Rennes across France on Tuesday.\n\n"
        "Unions said 28 percent of teachers joined, and the ministry counted 9,000 strikers "
        "in Paris.\n\nThe CGT said 2 million people marched."
    )
    assert _scopes(text)[-1] == "France"
    es = (
        "Hubo marchas en Madrid, Sevilla y Valencia en toda España el martes.\n\nLos "
        "sindicatos dijeron que 2 millones de personas marcharon."
    )
    assert _scopes(es)[-1] == "Spain"


def test_a_tie_in_the_lead_goes_to_the_country_the_text_is_about() -> None:
    en = (
        "Fighting between Russia and Ukraine went on this week.\n\nUkrainian officials and "
        "Ukrainian medics said 40 civilians died."
    )
    assert _scopes(en) == ["Ukraine"]
    es = (
        "Siguen los combates entre Rusia y Ucrania esta semana.\n\nLas autoridades "
        "ucranianas informaron de que 40 civiles murieron."
    )
    assert _scopes(es) == ["Ukraine"]


def test_a_place_reached_is_tied_to_the_count() -> None:
    text = (
        "Las llegadas de migrantes a Canarias bajaron este año. El ministerio registró 500 "
        "personas migrantes."
    )
    assert _scopes(text) == ["Canarias"]


def test_each_entry_of_a_list_keeps_its_place() -> None:
    es = (
        "Por estados, la cifra más alta de muertos fue en Zulia con 71 fallecidos, seguido "
        "de Lara con 69 fallecidos; las más bajas: Apure con 4 fallecidos y Falcón con 5 "
        "fallecidos."
    )
    assert _scopes(es) == ["Zulia", "Lara", "Apure", "Falcón"]
    en = (
        "By state, the death toll was highest in Zulia with 71 dead, then Lara with 69 dead; "
        "the lowest were Apure with 4 dead and Falcón with 5 dead."
    )
    assert _scopes(en) == ["Zulia", "Lara", "Apure", "Falcón"]


def test_a_region_named_more_than_its_country_is_the_focus_untied() -> None:
    text = (
        "Los migrantes cruzaron el Darién rumbo al norte.\n\nEl Darién es peligroso, "
        "dijo Panamá.\n\nLas autoridades contaron 3.000 migrantes."
    )
    assert _scopes(text) == ["Darién"]


@pytest.mark.parametrize(
    "text",
    [
        "En Andalucía hubo 12 detenidos; fuera de ella, Melilla (40 detenidos).",
        "In Andalucía 12 were arrested; elsewhere, Melilla (40 arrested).",
    ],
)
def test_a_place_heading_a_parenthesis_is_its_numbers_place(text: str) -> None:
    assert _scopes(text) == ["Andalucía", "Melilla"]


def test_one_mention_of_the_only_region_outweighs_no_mention_of_its_country() -> None:
    text = (
        "La llegada de migrantes a Canarias bajó este año.\n\nEl archipiélago registró "
        "2.000 personas migrantes hasta noviembre, según el ministerio."
    )
    assert _scopes(text) == ["Canarias"]
    en = (
        "Storms hit Kentucky again this week.\n\nThe governor said 14 people died, and "
        "the United States weather service warned of more rain in the United States."
    )
    assert _scopes(en) == ["United States"]
