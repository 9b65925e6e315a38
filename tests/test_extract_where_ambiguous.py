"""Ambiguous place names and periphrases of a city (audit3 P4): a name of several places
("Granada", "Córdoba", "Valencia") takes the reading that fits the document's other places or
its national bodies; "la capital catalana" / "the Catalan capital" name Barcelona. Invented
sentences, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction.where_capitals import CAPITALS_EN, CAPITALS_ES, capital_mentions
from discrepancy.places import Gazetteer

PUBLISHED = dt.date(2026, 3, 14)
GAZ = Gazetteer.builtin()


def _scopes(text: str) -> dict[str, str | None]:
    return {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "surface", "scope"),
    [
        # a Spanish text about Andalusia: the city of Granada, not Grenada
        (
            "La huelga general paralizó ayer buena parte de Andalucía. En Granada, los "
            "sindicatos cifraron el seguimiento en el 70%, y la patronal lo dejó en el 15%.",
            "70%",
            "Granada, Spain",
        ),
        # no other place, but Spanish national bodies: Spain's Granada
        (
            "CCOO y UGT cifran en un 78% el seguimiento del paro en Granada.",
            "78%",
            "Granada, Spain",
        ),
        # a Nicaraguan text: Nicaragua's Granada
        (
            "La oposición nicaragüense convocó protestas en Managua y en León. En Granada, "
            "unas 3.000 personas marcharon según los organizadores.",
            "unas 3.000",
            "Granada, Nicaragua",
        ),
        (
            "Miles de personas protestaron en Rosario y en Mendoza. En Córdoba, la policía "
            "contó 5.000 manifestantes.",
            "5.000",
            "Córdoba, Argentina",
        ),
        (
            "Miles de personas protestaron en Sevilla y en Málaga. En Córdoba, la policía "
            "contó 5.000 manifestantes.",
            "5.000",
            "Córdoba, Spain",
        ),
        (
            "Las lluvias afectaron a Alicante y a Castellón. En Valencia, unas 2.000 personas "
            "fueron evacuadas, según el Gobierno regional.",
            "unas 2.000",
            "Valencia, Spain",
        ),
    ],
)
def test_an_ambiguous_name_takes_the_documents_country(text: str, surface: str, scope: str) -> None:
    assert _scopes(text)[surface] == scope


def test_the_sentences_own_country_wins_over_the_documents() -> None:
    got = _scopes(
        "Miles de personas protestaron en Sevilla y en Málaga. En Córdoba (Argentina), la "
        "policía contó 5.000 manifestantes."
    )
    assert got["5.000"] == "Córdoba, Argentina"


def test_grenada_written_in_english_stays_the_country() -> None:
    got = _scopes("In Grenada, officials said 1,200 people had been evacuated.")
    assert got["1,200"] == "Grenada"


def test_prefer_is_asked_only_when_the_text_settles_nothing() -> None:
    asked: list[int] = []

    def prefer() -> str | None:
        asked.append(1)
        return "ES"

    found = GAZ.find("Protestas en Granada y en Managua.", prefer=prefer)
    assert [p.id for _, _, p in found] == ["NI-GR", "city:NI:managua"]
    assert asked == []
    found = GAZ.find("Protestas en Granada.", prefer=prefer)
    assert [p.id for _, _, p in found] == ["city:ES:granada"]
    assert asked == [1]
    assert GAZ.find("Protestas en Granada.")[0][2].id == "GD"


def test_home_is_the_country_named_most_by_unambiguous_names() -> None:
    assert GAZ.home("Marchas en Sevilla, Málaga y Caracas.") == "ES"
    assert GAZ.home("Marchas en Granada.") is None
    assert GAZ.home("") is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Unos 30.000 manifestantes, según la Guardia Urbana, recorrieron ayer la capital "
            "catalana. En Madrid, la policía contó 50.000.",
            "Barcelona",
        ),
        (
            "Police counted 30,000 marchers in the Catalan capital on Sunday, while the "
            "organizers said 200,000.",
            "Barcelona",
        ),
        ("La policía contó 12.000 manifestantes en la capital española.", "Madrid"),
        ("Some 4,000 people marched through the French capital, police said.", "Paris"),
    ],
)
def test_a_periphrasis_names_its_city(text: str, city: str) -> None:
    claims = extract(text, published=PUBLISHED)
    assert claims
    assert claims[0].scope == city


def test_every_periphrasis_names_a_city_of_the_builtin_gazetteer() -> None:
    for code in [*CAPITALS_ES.values(), *CAPITALS_EN.values()]:
        place = GAZ.get(code)
        assert place is not None, code
        assert str(place.kind) == "city", code


@pytest.mark.parametrize(
    "text",
    [
        "El capital español invertido en la región creció un 12%.",
        "French capital flows into the region grew by 12%.",
        "La capitalización de la empresa catalana creció un 12%.",
        "Its capital, Ankara, is far away.",
    ],
)
def test_capital_as_money_or_a_longer_word_is_no_city(text: str) -> None:
    assert capital_mentions(text, GAZ.get) == []


@given(
    st.text(alphabet=st.sampled_from(list("la capital catalana the Spanish ÉİX,.")), max_size=80)
)
def test_capital_mentions_are_spans_of_the_text(text: str) -> None:
    for start, end, code in capital_mentions(text, GAZ.get):
        assert 0 <= start < end <= len(text)
        assert "capital" in text[start:end].lower()
        assert GAZ.get(code) is not None


@pytest.mark.parametrize(
    ("text", "surface", "not_scope"),
    [
        (
            "César Ramos, exgobernador de Lara, aseguró que más de 8 millones de venezolanos "
            "votaron.",
            "más de 8 millones",
            "Lara",
        ),
        (
            "A former mayor of Lyon said 40,000 people had marched against the reform.",
            "40,000",
            "Lyon",
        ),
        (
            "El Gobierno de Nicaragua anunció la liberación de 30 presos; antes, la Embajada "
            "de Estados Unidos en Managua había asegurado que otras 60 personas continúan "
            "presas.",
            "30",
            "Managua",
        ),
        (
            "The U.S. Embassy in Managua said more than 60 people remained detained in the "
            "country's prisons.",
            "more than 60",
            "Managua",
        ),
    ],
)
def test_a_former_title_or_an_embassys_seat_is_not_a_scope(
    text: str, surface: str, not_scope: str
) -> None:
    assert _scopes(text)[surface] != not_scope


def test_an_embassy_country_or_a_current_office_can_still_scope() -> None:
    assert _scopes("The governor of Zulia said 30 people died in the floods.")["30"] == "Zulia"
    got = _scopes("The U.S. Embassy in Nicaragua said more than 60 people remained detained.")
    assert got["more than 60"] == "Nicaragua"
    got = _scopes("Unas 3.000 personas marcharon en Managua, según la policía.")
    assert got["Unas 3.000"] == "Managua"


def test_a_bylines_city_is_not_the_focus() -> None:
    text = (
        "La oposición venezolana denunció que la participación real fue del 12%, no del 42% "
        "que anunció el CNE.\n\nCaracas / Redacción Web"
    )
    assert set(_scopes(text).values()) <= {"Venezuela", None}
