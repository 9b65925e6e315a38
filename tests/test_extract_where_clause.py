"""A place binds to its own clause (audit P5): datelines say where a story was filed,
briefing venues and event names are not scopes, a part's destination never scopes the
whole, "worldwide" opens its own clause. Invented sentences, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.extraction.where_places import SCOPE_DEFAULT_NOTE

PUBLISHED = dt.date(2026, 3, 14)


def _scopes(text: str) -> dict[str, str | None]:
    return {c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "BOGOTÁ (Agencias). Los sindicatos cifraron el seguimiento del paro nacional en "
            "el 64 %.",
            "Colombia",
        ),
        (
            "MADRID (EFECOM). Según los sindicatos, la huelga general fue secundada por 9 "
            "millones de trabajadores.",
            "Spain",
        ),
    ],
)
def test_a_capital_dateline_gives_the_country_not_the_city(text: str, country: str) -> None:
    assert set(_scopes(text).values()) == {country}


def test_the_venue_of_a_briefing_is_not_a_scope() -> None:
    got = _scopes(
        "A spokeswoman for the agency told a briefing in Geneva that 50,000 refugees had "
        "reached neighbouring countries."
    )
    assert got["50,000"] != "Geneva"


def test_a_place_inside_an_event_name_is_not_a_scope() -> None:
    got = _scopes("Organizers said 100,000 people joined the march against the War in Iraq.")
    assert got["100,000"] != "Iraq"


def test_a_parts_destination_never_scopes_the_whole() -> None:
    got = _scopes(
        "Unos 900.000 refugiados han cruzado la frontera, según la agencia, y 400.000 de "
        "ellos entraron en Polonia."
    )
    assert got["400.000"] == "Poland"
    assert got["Unos 900.000"] != "Poland"


def test_worldwide_scopes_its_own_clause_and_alone_restricts() -> None:
    got = _scopes(
        "In the US alone, 3 million people marched, and worldwide the organizers counted 5 million."
    )
    assert got["3 million"] == "United States"
    assert got["5 million"] == "world"


def test_a_later_sentences_part_never_scopes_the_whole_before_it() -> None:
    got = _scopes(
        "La ONG contó 20 muertos en las protestas. Esos casos se registraron en Cali (12) y "
        "Cundinamarca (8)."
    )
    assert got["20"] == "Colombia"
    assert got["12"] == "Cali"


def test_a_scope_from_a_default_is_marked_on_the_claim() -> None:
    text = (
        "MADRID (EFECOM). Según los sindicatos, la huelga fue secundada por 9 millones de "
        "trabajadores."
    )
    (claim,) = extract(text, published=PUBLISHED)
    assert (claim.scope, claim.note) == ("Spain", SCOPE_DEFAULT_NOTE)
    (local,) = extract("La policía contó 5.000 manifestantes en Sevilla.", published=PUBLISHED)
    assert local.scope is not None
    assert local.note is None


def test_the_default_mark_is_part_of_the_claims_content() -> None:
    text = "MADRID (EFECOM). Según los sindicatos, 9 millones de trabajadores secundaron la huelga."
    (claim,) = extract(text, published=PUBLISHED)
    assert claim.note == SCOPE_DEFAULT_NOTE
    assert claim.id == claim.content_id()


@pytest.mark.parametrize(
    ("text", "surface", "place"),
    [
        (
            "Since March 2, 864,310 people who fled the fighting in Ukraine have entered "
            "Poland, border guards said.",
            "864,310",
            "Poland",
        ),
        (
            "Unos 3.000 migrantes que salieron de Libia llegaron a Italia esta semana.",
            "Unos 3.000",
            "Italy",
        ),
    ],
)
def test_the_figures_own_destination_is_its_scope(text: str, surface: str, place: str) -> None:
    assert _scopes(text)[surface] == place
