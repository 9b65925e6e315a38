"""The event's day for figures that give no date of their own (issue 9, failure class 6):
the day the lead says the event happened, not the day of publication. Invented sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import tokenize
from discrepancy.extraction.when_doc import spoken
from discrepancy.extraction.when_find import DateFinder

PUBLISHED = dt.date(2026, 3, 4)  # a Wednesday


def _dates(text: str) -> list[tuple[str, str]]:
    return [
        (c.quantity.surface, c.as_of.describe() if c.as_of is not None else "-")
        for c in extract(text, published=PUBLISHED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen stormed a village late Tuesday, a local official said Wednesday.\n\n"
            "Four people were killed and 12 were wounded, the official said.",
            [("Four", "on 2026-03-03"), ("12", "on 2026-03-03")],
        ),
        (
            "Hombres armados atacaron un pueblo el lunes por la noche, informó el miércoles "
            "la policía.\n\nCuatro personas murieron y 12 resultaron heridas.",
            [("Cuatro", "on 2026-03-02"), ("12", "on 2026-03-02")],
        ),
    ],
)
def test_an_undated_count_of_the_event_takes_the_leads_day(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # only days of saying: the publication day stays
        "A spokesman told reporters on Tuesday that the town was calm.\n\n"
        "Four people were killed, the spokesman said.",
        # a day long before publication is background, not the event
        "The conflict began on January 3.\n\nFour people were killed, officials said.",
    ],
)
def test_no_event_day_without_a_recent_day_that_is_not_a_saying(text: str) -> None:
    assert _dates(text) == [("Four", "on 2026-03-04")]


def test_a_dated_figure_keeps_its_own_date() -> None:
    text = (
        "Gunmen stormed a village late Tuesday.\n\n"
        "On Sunday, four people were killed in a separate attack."
    )
    assert _dates(text) == [("four", "on 2026-03-01")]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("officials said Wednesday", True),
        ("he told reporters on Friday", True),
        ("the army said in a statement on Saturday", True),
        ("informó el martes", True),
        ("the attack on Tuesday", False),
        ("el ataque del martes", False),
    ],
)
def test_a_day_of_saying(text: str, said: bool) -> None:
    lex = Lexicon.build()
    toks = tokenize(text, 0, len(text))
    (date,) = DateFinder.of(lex).find(toks, PUBLISHED)
    assert spoken([t.norm for t in toks], date, lex) is said


LATE = dt.date(2021, 12, 18)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("En lo que va de diciembre llegaron 887 migrantes.", "between 2021-12-01 and 2021-12-18"),
        ("En lo que va del año han llegado 20.752 migrantes.", "between 2021-01-01 and 2021-12-18"),
        ("So far this year, 3,000 migrants have arrived.", "between 2021-01-01 and 2021-12-18"),
        (
            "En la primera quincena de agosto llegaron 691 migrantes.",
            "between 2021-08-01 and 2021-08-15",
        ),
        (
            "In the second half of March, 4,000 migrants arrived.",
            "between 2021-03-16 and 2021-03-31",
        ),
        (
            "In the first quarter of 2021, 5,000 migrants arrived.",
            "between 2021-01-01 and 2021-03-31",
        ),
        (
            "En el último trimestre de este año llegaron 4.275 migrantes.",
            "between 2021-10-01 and 2021-12-18",
        ),
    ],
)
def test_spans_inside_a_year_or_a_month(text: str, period: str) -> None:
    (claim,) = extract(text, published=LATE)
    assert claim.as_of is not None
    assert claim.as_of.describe() == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("since last year", "until 2021-12-18"),
        ("desde el año pasado", "until 2021-12-18"),
        ("desde la semana pasada", "until 2021-12-18"),
    ],
)
def test_since_a_past_span_is_a_count_up_to_now(text: str, period: str) -> None:
    lex = Lexicon.build()
    toks = tokenize(text, 0, len(text))
    (date,) = DateFinder.of(lex).find(toks, LATE)
    assert date.period.describe() == period
    assert date.to_now


def test_the_lowest_since_a_span_is_not_a_count_since_it() -> None:
    text = "la cifra más reducida desde la primera quincena de marzo"
    toks = tokenize(text, 0, len(text))
    (date,) = DateFinder.of(Lexicon.build()).find(toks, LATE)
    assert date.period.describe() == "between 2021-03-01 and 2021-03-15"


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("last night", "on 2026-03-03"),
        ("anoche", "on 2026-03-03"),
        ("this morning", "on 2026-03-04"),
        ("esta madrugada", "on 2026-03-04"),
        ("the day before yesterday", "on 2026-03-02"),
        ("anteayer", "on 2026-03-02"),
        ("two days ago", "on 2026-03-02"),
        ("hace tres días", "on 2026-03-01"),
        ("hace dos semanas", "on 2026-02-18"),
        ("over the weekend", "between 2026-02-28 and 2026-03-01"),
        ("el pasado fin de semana", "between 2026-02-28 and 2026-03-01"),
        ("a mediados de febrero", "between 2026-02-11 and 2026-02-20"),
        ("late February", "between 2026-02-21 and 2026-02-28"),
        ("a principios de marzo", "between 2026-03-01 and 2026-03-04"),
    ],
)
def test_days_named_from_the_publication_day(text: str, period: str) -> None:
    toks = tokenize(text, 0, len(text))
    (date,) = DateFinder.of(Lexicon.build()).find(toks, PUBLISHED)
    assert date.period.describe() == period


def test_last_weekend_on_a_sunday_is_the_weekend_before() -> None:
    sunday = dt.date(2026, 1, 18)
    text = "el pasado fin de semana"
    (date,) = DateFinder.of(Lexicon.build()).find(tokenize(text, 0, len(text)), sunday)
    assert date.period.describe() == "between 2026-01-10 and 2026-01-11"


def test_ago_is_not_august() -> None:
    text = "Floods killed 12 people two days ago."
    assert _dates(text) == [
        ("12", "between 2026-03-02 and 2026-03-04")
    ]  # g-when: a growing disaster's toll runs to the day told (`when_toll`)


_DATE_WORDS = [
    "last",
    "night",
    "anoche",
    "this",
    "morning",
    "esta",
    "madrugada",
    "the",
    "day",
    "before",
    "yesterday",
    "two",
    "days",
    "ago",
    "hace",
    "tres",
    "días",
    "semanas",
    "over",
    "weekend",
    "el",
    "pasado",
    "fin",
    "de",
    "semana",
    "a",
    "mediados",
    "febrero",
    "early",
    "March",
    "primera",
    "quincena",
    "agosto",
    "último",
    "trimestre",
    "este",
    "año",
    "first",
    "quarter",
    "of",
    "2021",
    "en",
    "lo",
    "que",
    "va",
    "so",
    "far",
    "year",
    "since",
    "desde",
    "12",
    ",",
]


@given(
    st.lists(st.sampled_from(_DATE_WORDS), max_size=14),
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
)
@settings(max_examples=300, deadline=None)
def test_date_phrases_never_raise_and_are_well_formed(words: list[str], ref: dt.date) -> None:
    text = " ".join(words)
    toks = tokenize(text, 0, len(text))
    for date in DateFinder.of(Lexicon.build()).find(toks, ref):
        assert date.period.end is not None
        if date.period.start is not None:
            assert date.period.start <= date.period.end


def test_since_a_year_is_up_to_now_and_a_comparison_is_no_date() -> None:
    assert _dates("At least 3,000 people have died in the conflict since 2014.") == [
        ("At least 3,000", "between 2014-01-01 and 2026-03-04")
    ]
    assert _dates("Turnout reached 61 percent, the highest since 1968.") == [
        ("61 percent", "on 2026-03-04")
    ]
