"""Where a figure counts (audit2 P3): each number of a list takes its own place, a later
sentence about another event scopes nothing before it, a relay's or outlet's name is no
place, a national figure is the country's, and a scope that came only from a default never
makes a figure the whole, or a part, of places the text names. Invented sentences, EN and ES.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.discrepancies import Kind
from discrepancy.extraction.where_places import SCOPE_DEFAULT_NOTE
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 14)


def _scopes(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.scope) for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "Se registraron 40 muertos en Jalisco, 12 en Colima y 3 en Nayarit.",
        "Según Protección Civil, hubo 40 muertos en Jalisco, 12 en el estado de Colima y 3 en "
        "Nayarit.",
        "Officials in Mexico said 40 people died in Jalisco, 12 in Colima and 3 in Nayarit.",
        "The storm killed 40 people in Jalisco, 12 in the state of Colima and 3 in Nayarit, "
        "officials in Mexico said.",
    ],
)
def test_each_number_of_a_list_takes_its_own_place(text: str) -> None:
    got = [scope for _, scope in _scopes(text)]
    assert got == ["Jalisco", "Colima", "Nayarit"]


def test_a_state_named_like_its_country_stays_the_state() -> None:
    got = dict(_scopes("Hubo 9 muertos en Puebla y 13 en el estado de México, según la policía."))
    assert got["13"] == "estado de México"
    assert got["9"] == "Puebla"


@pytest.mark.parametrize(
    ("text", "away"),
    [
        (
            "Police said 3,000 marchers filled the streets on Saturday.\n"
            "Next month Paris plans its own march.",
            {"Paris", "France"},
        ),
        (
            "La policía contó 2.000 manifestantes el sábado.\n"
            "El mes próximo Lisboa prepara su propia marcha.",
            {"Lisbon", "Lisboa", "Portugal"},
        ),
    ],
)
def test_a_closing_line_about_another_event_scopes_nothing_before_it(
    text: str, away: set[str]
) -> None:
    ((_, scope),) = _scopes(text)
    assert scope not in away


def test_the_next_sentence_may_still_name_the_place_of_a_figure() -> None:
    got = _scopes("Police counted 3,000 marchers on Saturday. The march crossed central Denver.")
    assert got == [("3,000", "Denver")]


@pytest.mark.parametrize(
    ("text", "away"),
    [
        ("Reuters has the police at 4,000 marchers, with organizers saying 25,000.", "Kingdom"),
        ("Según publicó el Diario de Sevilla, la policía contó 5.000 manifestantes.", "Sevilla"),
        ("The Los Angeles Times said police counted 5,000 marchers.", "Los Angeles"),
        ("La agencia EFE informó de que la policía contó 5.000 manifestantes.", "Spain"),
    ],
)
def test_a_relay_or_outlet_name_is_not_a_scope(text: str, away: str) -> None:
    for _, scope in _scopes(text):
        assert away not in (scope or "")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "En Andalucía la huelga fue seguida por el 40% de los trabajadores. A nivel "
            "nacional, el Gobierno cifró el seguimiento en el 16%.",
            "Spain",
        ),
        (
            "In Ohio, 40% of workers joined the strike, the union said. The national turnout "
            "was 16%, the ministry said.",
            "United States",
        ),
        (
            "In Texas 300 people were arrested. Nationwide, police arrested 2,000 protesters.",
            "United States",
        ),
        (
            "En Jalisco murieron 12 personas. En todo el país, Protección Civil contabilizó 95 "
            "muertos.",
            "Mexico",
        ),
    ],
)
def test_a_national_figure_is_the_country_after_a_region(text: str, country: str) -> None:
    region, national = _scopes(text)
    assert national[1] == country
    assert region[1] != country


def test_a_revised_count_placed_by_default_is_no_whole_of_the_named_region() -> None:
    text = (
        "ABUJA, Nigeria: Gunmen seized pupils from a school in Zamfara state, officials said.\n"
        "The Zamfara state police commissioner said 25 pupils were missing in Zamfara. "
        "Officials said Tuesday's raid was the third this year.\n"
        "He had first said 20 pupils were missing."
    )
    claims = extract(text, published=PUBLISHED)
    first = [c for c in claims if c.quantity.surface == "20"]
    assert first
    assert first[0].note == SCOPE_DEFAULT_NOTE
    kinds = [d.kind for d in check_extracted(claims).discrepancies]
    assert Kind.PARTS_EXCEED_WHOLE not in kinds


def test_a_list_item_never_becomes_the_countrys_whole() -> None:
    text = (
        "Protección Civil de México informó que los muertos en Ciudad de México son ya 140. "
        "Además, se registraron 70 muertos en Morelos, 40 en Puebla y 12 en el estado de "
        "México."
    )
    claims = extract(text, published=PUBLISHED)
    kinds = [d.kind for d in check_extracted(claims).discrepancies]
    assert Kind.PARTS_EXCEED_WHOLE not in kinds
    scopes = {c.quantity.surface: c.scope for c in claims}
    assert scopes["70"] == "Morelos"


def test_the_default_rule_reads_claims_back_from_json() -> None:
    from discrepancy.claim import Claim
    from discrepancy.serialize import from_json_data, to_json_data

    text = (
        "ABUJA, Nigeria: Gunmen seized pupils from a school in Zamfara state, officials said.\n"
        "The Zamfara state police commissioner said 25 pupils were missing in Zamfara. "
        "Officials said Tuesday's raid was the third this year.\n"
        "He had first said 20 pupils were missing."
    )
    claims = extract(text, published=PUBLISHED)
    back = [from_json_data(to_json_data(c), Claim) for c in claims]
    assert back == claims
    assert Kind.PARTS_EXCEED_WHOLE not in [d.kind for d in check_extracted(back).discrepancies]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "En Galicia hubo paros el martes. Para el Ministerio, paró el 18% de la población "
            "española.",
            "18%",
            "Spain",
        ),
        (
            "In Ohio, unions said turnout was high. The ministry said 15% of the French "
            "workforce stopped work.",
            "15%",
            "France",
        ),
        (
            "En Baviera cerraron las fábricas. La patronal calcula que pararon 200.000 "
            "trabajadores alemanes.",
            "200.000",
            "Germany",
        ),
    ],
)
def test_a_share_of_a_nations_population_is_the_country(
    text: str, surface: str, country: str
) -> None:
    assert dict(_scopes(text))[surface] == country


@pytest.mark.parametrize(
    "text",
    [
        "Hubo paros en Galicia. Para el Gobierno paró el 18% de la población española, cifra "
        "que los sindicatos elevan al 75%.",
        "Plants closed in Bavaria. The ministry said 15% of the German workforce stopped, a "
        "figure the unions raised to 60%.",
    ],
)
def test_a_clause_about_the_figure_just_named_keeps_its_place(text: str) -> None:
    (_, first), (_, second) = _scopes(text)
    assert first == second
    assert first in ("Spain", "Germany")


@pytest.mark.parametrize(
    ("text", "away"),
    [
        (
            "Police counted 3,000 marchers on Saturday, while organizers said 9,000.\n"
            "The crowd was calm and the march ended at dusk.\n"
            "A rally is due in Lyon in the spring. It could be bigger.",
            {"Lyon", "France"},
        ),
        (
            "La policía contó 3.000 manifestantes el sábado y los organizadores, 9.000.\n"
            "La marcha terminó sin incidentes al caer la tarde.\n"
            "En Oporto habrá una protesta en primavera. Podría ser mayor.",
            {"Porto", "Porto city", "Oporto", "Portugal"},
        ),
    ],
)
def test_a_closing_paragraph_without_a_figure_scopes_nothing_before_it(
    text: str, away: set[str]
) -> None:
    for _, scope in _scopes(text):
        assert scope not in away


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        (
            "The earthquake shook Afghanistan on Monday, killing at least 90 there.\n"
            "Pakistani officials raised the country's death toll to 210.",
            "210",
            "Pakistan",
        ),
        (
            "El terremoto sacudió Afganistán el lunes y mató allí a 90 personas.\n"
            "Las autoridades paquistaníes elevaron a 210 los muertos del país.",
            "210",
            "Pakistan",
        ),
    ],
)
def test_a_national_body_gives_its_country_to_a_sentence_naming_no_place(
    text: str, surface: str, country: str
) -> None:
    assert dict(_scopes(text))[surface] == country
