"""Round 9 (audit5, date part): a later source's undated figure of the lead's yearly toll is
that year's; a span of two bare years ("entre 2016 y 2020") dates its figure. Invented
sentences about invented routes and bodies, long as news sentences are, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import tokenize
from discrepancy.extraction.when_find import DateFinder

PUBLISHED = dt.date(2026, 1, 13)


def _dates(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {
        c.quantity.surface: (c.as_of.describe() if c.as_of is not None else "-")
        + (" (inferred)" if c.as_of_inferred else "")
        for c in extract(text, published=published)
    }


_ES = (
    "Un mínimo de 4.310 migrantes perdieron la vida o desaparecieron en 2025, una media "
    "diaria de 12, mientras trataban de alcanzar Portugal, comunicó este lunes la "
    "asociación portuguesa Mar Aberto.\n"
    "Como referencia, un balance que la asociación difundió el año anterior sumaba 9.100 "
    "migrantes muertos o desaparecidos en su camino hacia Portugal entre 2019 y 2024, unos "
    "cinco diarios, según la agencia Lusa.\n"
    "La Agencia Atlántica de Rescate (AAR), cuyos datos salen de relatos de terceros y de "
    "noticias de prensa, registró más de 900 muertos o desaparecidos en los trayectos "
    "marítimos hacia Portugal."
)
_EN = (
    "At least 4,310 migrants died or went missing in 2025, an average of 12 a day, while "
    "trying to reach Portugal, the Portuguese non-governmental group Open Sea said on Monday.\n"
    "By way of comparison, a report the group published last year recorded 9,100 migrants "
    "dead or missing while trying to reach Portugal between 2019 and 2024, an average of five "
    "a day, the Lusa news agency said.\n"
    "The Atlantic Rescue Agency, which relies on indirect testimony and press articles, "
    "counted more than 900 dead or missing on the migrant routes to Portugal."
)


@pytest.mark.parametrize(("text", "lead", "other", "older"), [(_ES, "Un mínimo de 4.310",
    "más de 900", "9.100"), (_EN, "At least 4,310", "more than 900", "9,100")])  # fmt: skip
def test_a_later_sources_undated_toll_is_the_leads_year(
    text: str, lead: str, other: str, older: str
) -> None:
    got = _dates(text)
    assert got[lead] == "between 2025-01-01 and 2025-12-31"
    assert got[other] == got[lead]
    assert got[older] == "between 2019-01-01 and 2024-12-31"


def test_no_year_from_a_lead_dated_by_a_day() -> None:
    text = (
        "At least 41 migrants drowned on Sunday off the coast of Varen, the coastguard said.\n"
        "The Atlantic Rescue Agency counted more than 900 dead on the routes to Portugal."
    )
    assert "2025-01-01" not in _dates(text)["more than 900"]


def test_no_year_for_another_metric() -> None:
    text = (
        "At least 4,310 migrants died or went missing in 2025 while trying to reach Portugal, "
        "the group Open Sea said on Monday.\nMore than 60,000 migrants arrived in Portugal "
        "by sea, according to government figures."
    )
    assert "2025-01-01" not in _dates(text)["More than 60,000"]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Between 1900 and 2000 people marched through Varen on Sunday.", None),
        ("entre 1900 y 2000 personas marcharon el domingo por Varen", None),
        ("recorded 9,100 dead between 2019 and 2024, an average", "2019-01-01/2024-12-31"),
        ("registraba 9.100 muertos entre 2019 y 2024, una media", "2019-01-01/2024-12-31"),
        ("counted 9,100 dead between 2024 and 2027 in the plan", None),  # not yet past
    ],
)
def test_a_span_of_bare_years_needs_no_count_word_after_it(text: str, span: str | None) -> None:
    toks = tokenize(text, 0, len(text))
    found = {
        f"{d.period.start}/{d.period.end}"
        for d in DateFinder.of(Lexicon.build()).find(toks, PUBLISHED)
        if d.period.start is not None and d.period.start.month == 1 and d.period.start.day == 1
    }
    assert (span in found) if span is not None else not any("/20" in f for f in found)


@given(st.integers(1990, 2020), st.integers(1, 5))
def test_a_span_of_two_bare_years_is_read_whole(first: int, length: int) -> None:
    second = first + length
    text = (
        f"A report recorded 9,100 migrants dead or missing between {first} and {second}, "
        "the agency said."
    )
    assert _dates(text)["9,100"] == f"between {first}-01-01 and {second}-12-31"
