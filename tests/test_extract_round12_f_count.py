"""Round 12 (f-count, issue 9; audit8 P2 and P4): counts of people that were never read, and
one quantity under two names.

* People arriving across a border are one metric whatever each source calls them (migrants
  who crossed, arrivals, entries, llegadas): `migrants`.
* A figure set against an earlier one with no noun of its own ("compared with the 245 given
  by X", "frente a los 900 del parte diario", "short of the figure of 700 that X gave")
  counts what the earlier figure counts.

Every sentence is invented for these tests (places, bodies and people are made up).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import MetricRegistry, extract
from discrepancy.discrepancies import Kind
from discrepancy.extraction.counted_causes import cause_item_head
from discrepancy.extraction.counted_noun import whole_figure_before
from discrepancy.extraction.sentences import tokenize
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)


def _read(text: str) -> list[tuple[str, str | None]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


def _sources(text: str) -> list[tuple[str, list[str]]]:
    return [
        (c.quantity.surface, [ref.mention for ref in c.claimants])
        for c in extract(text, published=PUBLISHED)
    ]


# --- arriving, crossing and entering are one metric ------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("arrivals", "migrants"),
        ("migrant arrivals", "migrants"),
        ("border crossings", "migrants"),
        ("entries", "migrants"),
        ("llegadas", "migrants"),
        ("entradas irregulares", "migrants"),
        ("resettled", "migrants"),
        ("reasentados", "migrants"),
    ],
)
def test_the_registry_names_one_crossing_once(phrase: str, expected: str) -> None:
    assert MetricRegistry.builtin().normalize(phrase) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The coast agency said 52,000 migrants crossed into Velland by sea this year. The UN "
        "agency counted 47,000 arrivals over the same months.",
        "Según la guardia costera, 52.000 migrantes cruzaron hacia Tarvia este año. La agencia "
        "de la ONU contó 47.000 llegadas en esos meses.",
        "About 3,100 people arrived on the Velland islands in May, the ministry said, while the "
        "aid network listed 4,400 migrants landing there that month.",
    ],
)
def test_rival_counts_of_one_crossing_share_a_metric(text: str) -> None:
    metrics = {metric for _, metric in _read(text)}
    assert metrics == {"migrants"}


def test_rival_counts_of_one_crossing_meet_in_a_scan() -> None:
    text = (
        "Velland's border agency said on Monday that 61,000 migrants had crossed into the "
        "country between January and June. The UN refugee office, for its part, reported "
        "43,000 arrivals in Velland over that period."
    )
    claims = extract(text, published=PUBLISHED)
    assert [c.metric for c in claims] == ["migrants", "migrants"]
    found = check_extracted(claims).discrepancies
    assert [d.kind for d in found] == [Kind.SOURCE_DISAGREEMENT]


# --- a figure set against an earlier one -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clinic listed 210 dead, compared with the 245 recorded by the Red Crescent.",
            [
                ("210", "deaths"),
                ("245", "deaths"),
            ],
        ),
        (
            "Police counted 3,000 marchers, far below the 20,000 claimed by organizers.",
            [("3,000", "protesters"), ("20,000", "protesters")],
        ),
        (
            "La policía contó 3.000 manifestantes, lejos de los 20.000 que dieron los convocantes.",
            [("3.000", "protesters"), ("20.000", "protesters")],
        ),
        (
            "El hospital contabilizó 118 fallecidos el martes, frente a los 140 del parte "
            "de la gobernación.",
            [("118", "deaths"), ("140", "deaths")],
        ),
        (
            "Some 480 prisoners were freed under the pardon on Friday. That is well short of "
            "the figure of 700 announced by the justice minister in May.",
            [("Some 480", "releases"), ("700", "releases")],
        ),
        (
            "The coastguard rescued 300 people at sea, far fewer than the figure of 450 "
            "given by the navy.",
            [("300", "rescued"), ("450", "rescued")],
        ),
    ],
)
def test_a_figure_set_against_another_counts_the_same(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _read(text) == expected


def test_the_agent_of_a_figure_set_against_another_is_its_source() -> None:
    text = (
        "The UN office counted 200,000 arrivals on the islands, against 260,000 given by "
        "the government."
    )
    assert _sources(text)[1] == ("260,000", ["government"])


@pytest.mark.parametrize(
    "text",
    [
        "El hospital contabilizó 118 fallecidos, frente a 245 euros de gasto por cama.",
        "The clinic listed 210 dead, compared with 245 beds in the ward.",
        "The clinic listed 210 dead in 2024, against 12 schools built.",
    ],
)
def test_a_figure_with_a_noun_of_its_own_is_not_a_twin(text: str) -> None:
    assert len(_read(text)) == 1


def test_a_long_news_shape_sets_the_rival_figure_against_the_first() -> None:
    text = (
        "The flooding on the Marra river has left at least 64 people dead in three provinces, "
        "the civil protection agency said on Sunday, a figure well below the 90 reported by "
        "regional hospitals on Saturday evening. Rescue teams were still searching villages "
        "cut off by the water."
    )
    assert _read(text) == [("at least 64", "deaths"), ("90", "deaths")]


@settings(max_examples=25, deadline=None)
@given(
    first=st.integers(min_value=20, max_value=1799),
    second=st.integers(min_value=20, max_value=1799),
)
def test_any_pair_set_against_each_other_shares_the_metric(first: int, second: int) -> None:
    text = f"The ministry counted {first} dead, compared with the {second} recorded by the clinic."
    assert _read(text) == [(str(first), "deaths"), (str(second), "deaths")]


# --- people who came to an event, people living abroad ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unas 3 mil personas habían llegado para protestar contra la reforma, según los "
            "guardias.",
            "protesters",
        ),
        ("Some 4,000 people came to protest outside the palace, police said.", "protesters"),
        ("About 900 people arrived on the island last week.", "migrants"),
    ],
)
def test_people_who_came_for_an_event_count_as_its_crowd(text: str, expected: str) -> None:
    assert [metric for _, metric in _read(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Hasta abril había 3,3 millones de paraguayos viviendo fuera de su país, según la "
        "agencia. La red de retornados, en cambio, contó 3,9 millones de emigrados.",
        "About 2.4 million Velandians live abroad, the consular office said, while a diaspora "
        "council counted 2.9 million emigrants.",
        "La cancillería cifra en 800.000 los tarvianos residentes en el exterior; la "
        "asociación de emigrantes habla de 1,1 millones de emigrantes.",
    ],
)
def test_people_living_abroad_are_one_stock_of_emigrants(text: str) -> None:
    assert {metric for _, metric in _read(text)} == {"emigrants"}


# --- a source's zero ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The governor said on Monday that no one had died in the landslide.", "no one"),
        ("Nobody was killed in the blast, the army said.", "Nobody"),
        ("El alcalde aseguró que nadie murió en el derrumbe.", "nadie"),
        ("Según la fiscalía, no hubo ninguna muerte durante el desalojo.", "ninguna"),
        ("No death was recorded at the camp, the agency said.", "No"),
    ],
)
def test_a_denied_death_is_the_figure_zero(text: str, surface: str) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert (claim.quantity.surface, claim.metric) == (surface, "deaths")
    assert (claim.quantity.low, claim.quantity.high) == (0.0, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "Nobody knows how many people died in the fire.",
        "Nadie sabe cuántos murieron en el incendio.",
        "No one was injured in the fire, the brigade said.",
    ],
)
def test_nobody_without_dying_is_no_figure(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


def test_a_zero_against_a_count_is_a_true_gap() -> None:
    text = (
        "Velland's food minister insisted on Tuesday that no one had died of starvation in "
        "Marra. Ines Varga, a Marra councillor, said 23 people had died of starvation in "
        "Marra."
    )
    claims = extract(text, published=PUBLISHED)
    assert [(c.quantity.low, c.metric) for c in claims] == [(0.0, "deaths"), (23.0, "deaths")]
    [found] = check_extracted(claims).discrepancies
    assert found.kind is Kind.SOURCE_DISAGREEMENT
    assert "0" in found.summary
    assert "23 apart" in found.summary
    assert "100% of the larger count" in found.summary


# --- a list of causes under a count, and a document put out -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La comisión anotó en la contienda 310 muertos por metralla, 95 por rapto seguido "
            "de ejecución y 40 por humo venenoso.",
            ["deaths", "deaths", "deaths"],
        ),
        (
            "Its yearly review lists 310 deaths from shrapnel, 95 from kidnapping and killing "
            "and 40 from poison smoke.",
            ["deaths", "deaths", "deaths"],
        ),
        ("La policía detuvo a 300 personas por saqueos y 120 por incendios.", ["arrests"] * 2),
        ("Hubo 40 heridos en la reyerta, 12 por arma blanca.", ["injured", "injured"]),
    ],
)
def test_every_item_of_a_list_of_causes_counts_the_same(text: str, expected: list[str]) -> None:
    assert [metric for _, metric in _read(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hubo 300 muertos por disparos y 120 por gases.", 1),
        ("Hubo 300 muertos por disparos, 200 por bombas y 120 por gases.", 1),
        ("Hubo 300 muertos el lunes y 120 por gases.", None),  # no cause in the item before
        ("Hubo 300 muertos por disparos. 120 por gases.", None),  # no list join
    ],
)
def test_a_cause_item_walks_back_to_the_counted_item(text: str, expected: int | None) -> None:
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    last = max(k for k, t in enumerate(toks) if t.kind == "n")
    assert cause_item_head(toks, norms, last, last + 1) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to a study released by the institute, 5,000 workers lost their jobs.", []),
        ("A survey released on Monday found that 800 nurses had quit.", []),
        ("Some 300 prisoners released on Friday walked out of the jail.", ["releases"]),
    ],
)
def test_a_document_put_out_is_no_release_of_people(text: str, expected: list[str]) -> None:
    assert [m for _, m in _read(text) if m == "releases"] == expected


# --- the part of a whole named with a possessive -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Officials evacuated 4,000 of its 20,000 residents.", ("4,000", "evacuated")),
        ("Officials evacuated 4,000 of the 2.2 million residents.", ("4,000", "evacuated")),
        (
            "Crews evacuated 52,000 of the province's 1.4 million inhabitants as the river rose "
            "on Sunday, the governor's office said.",
            ("52,000", "evacuated"),
        ),
        (
            "Las autoridades evacuaron a 40.000 de sus 2 millones de habitantes.",
            ("40.000", "evacuated"),
        ),
    ],
)
def test_the_part_of_a_whole_after_a_possessive_is_read(text: str, part: tuple[str, str]) -> None:
    assert _read(text)[0] == part


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        ("evacuated 4,000 of its 20,000 residents", 4, True),
        ("evacuated 4,000 of the county's 20,000 residents", 7, True),
        ("evacuated 4,000 of the 20,000 residents", 4, True),
        ("evacuated 4,000 in the county's 20 towns", 7, False),
    ],
)
def test_the_whole_after_of_and_an_owner(text: str, first: int, expected: bool) -> None:
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    assert toks[first].kind == "n"
    assert whole_figure_before(toks, norms, first) is expected
