"""Dates bind to the figure of their own clause (audit P4): "since X" opens a period, a
parenthesis's or a comparison's date stays there, a toll of one event is dated by the event
(round 7, audit 3 P5). Invented sentences, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 14)  # a Saturday


def _dates(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=published)
    }


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Since fighting began on 4 March, aid groups have counted 2,300 deaths.", "2,300"),
        ("Desde que empezaron las protestas el 4 de marzo, la Fiscalía cuenta 31 muertos.", "31"),
        ("Desde el inicio de los disturbios, el 4 de marzo, han muerto 31 personas.", "31"),
        ("Las protestas, que iniciaron el 4 de marzo, han dejado 31 muertos.", "31"),
        ("The riots, which began on 4 March, have left 31 people dead.", "31"),
    ],
)
def test_since_a_day_is_a_period_up_to_the_reference_date(text: str, surface: str) -> None:
    assert _dates(text)[surface] == "between 2026-03-04 and 2026-03-14"


def test_since_before_a_month_is_a_count_so_far() -> None:
    got = _dates("El ministro dijo que 808 presos han sido liberados desde antes de diciembre.")
    assert got["808"] == "until 2026-03-14"


def test_desde_a_source_is_not_a_start() -> None:
    # "desde el Ministerio informaron el lunes": the day of saying, no period opened
    got = _dates("Desde el Ministerio informaron el lunes que 40 personas fueron detenidas.")
    assert not got["40"].startswith("between")


@pytest.mark.parametrize(
    ("text", "main", "side"),
    [
        (
            "Los sindicatos calcularon un seguimiento del 64 % (en 2019 lo habían cifrado en "
            "el 55 %).",
            "64 %",
            "55 %",
        ),
        (
            "The unions put turnout at 64 percent (in 2019 they had put it at 55 percent).",
            "64 percent",
            "55 percent",
        ),
        (
            "Los sindicatos cifraron el seguimiento en el 64 % -en 2019 lo habían cifrado en "
            "el 55 %- y el Gobierno no dio datos.",
            "64 %",
            "55 %",
        ),
    ],
)
def test_a_parenthesis_date_dates_only_its_own_figure(text: str, main: str, side: str) -> None:
    got = _dates(text)
    assert got[side] == "between 2019-01-01 and 2019-12-31"
    assert got[main] == "on 2026-03-14"


def test_a_parenthesis_holding_only_a_date_restates_the_sentence_date() -> None:
    got = _dates("El domingo (8 de marzo) marcharon 5.000 personas por el centro.")
    assert got["5.000"] == "on 2026-03-08"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Police arrested 120 people, more than in June.", "120"),
        ("La policía detuvo a 120 personas, cifras superiores a las de junio.", "120"),
        ("Turnout reached 64 percent, compared with 55 percent in 2019.", "64 percent"),
    ],
)
def test_a_comparison_date_does_not_date_the_main_figure(text: str, surface: str) -> None:
    assert _dates(text)[surface] == "on 2026-03-14"


def test_more_than_a_number_is_a_hedge_not_a_comparison() -> None:
    got = _dates("La cifra récord fue de más de 23.000 llegadas en 2020.")
    assert got["más de 23.000"] == "between 2020-01-01 and 2020-12-31"


def test_a_date_in_the_comparison_dates_the_compared_figure() -> None:
    got = _dates("Deaths rose to 94, up from 80 in February.")
    assert got["80"] == "between 2026-02-01 and 2026-02-28"
    assert got["94"] == "on 2026-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from Monday's landslide climbed to 61, rescuers said.",
        "El balance de muertos del deslave del lunes subió a 61, según los rescatistas.",
    ],
)
def test_a_toll_of_one_event_is_dated_by_the_event_day(text: str) -> None:
    # round 7 (audit 3 P5): the toll counts Monday's landslide, whatever day it is told
    # g-when: from Monday to the day told, the publication day (`when_toll`)
    assert _dates(text, dt.date(2026, 3, 17))["61"] == "between 2026-03-16 and 2026-03-17"


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday the regional office put the death toll from Monday's flood at 23.",
        "El jueves, la oficina regional rebajó a 23 la cifra de muertos de la riada del lunes.",
    ],
)
def test_the_later_day_of_a_toll_sentence_is_the_statement_day(text: str) -> None:
    # g-when: Monday's flood to Thursday, the day the toll was set (`when_toll`)
    assert _dates(text, dt.date(2026, 3, 20))["23"] == "between 2026-03-16 and 2026-03-19"


def test_a_toll_without_the_event_day_keeps_its_own_day() -> None:
    got = _dates("On Thursday the regional office put the flood toll at 23.", dt.date(2026, 3, 20))
    assert got["23"] == "on 2026-03-19"


def test_the_event_day_still_dates_a_count_of_the_event() -> None:
    got = _dates("Monday's earthquake killed 94 people.", dt.date(2026, 3, 17))
    assert (
        got["94"] == "between 2026-03-16 and 2026-03-17"
    )  # g-when: a growing disaster's toll runs to the day told (`when_toll`)


def test_months_ago_dates_a_background_figure_in_that_month() -> None:
    got = _dates("Hace cinco meses, 3,82 millones de empleados secundaron el paro.")
    assert got["3,82 millones"] == "between 2025-10-01 and 2025-10-31"


@settings(max_examples=40, deadline=None)
@given(
    day=st.integers(min_value=1, max_value=13),
    n=st.integers(min_value=2, max_value=9_999),
    spanish=st.booleans(),
)
def test_since_a_day_opens_a_period_whatever_the_day(day: int, n: int, spanish: bool) -> None:
    text = (
        f"Desde que empezaron los combates el {day} de marzo, han muerto {n} personas."
        if spanish
        else f"Since fighting began on March {day}, at least {n} people have died."
    )
    got = extract(text, published=PUBLISHED)
    assert len(got) == 1
    as_of = got[0].as_of
    assert as_of is not None
    assert (as_of.start, as_of.end) == (dt.date(2026, 3, day), PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # another event named by its day keeps its day to itself
        (
            "La huelga tuvo menos seguimiento que la celebrada el 29 de enero, con un 60 %.",
            "60 %",
            "on 2026-03-14",
        ),
        # set off by commas, the participle describes the sentence's own event
        ("The march, held on Thursday, drew 5,000 people.", "5,000", "on 2026-03-12"),
        ("La marcha, celebrada el jueves, reunió a 5.000 personas.", "5.000", "on 2026-03-12"),
    ],
)
def test_a_held_event_keeps_its_day_unless_it_is_the_sentences_own(
    text: str, surface: str, expected: str
) -> None:
    assert _dates(text)[surface] == expected


def test_since_before_a_quoted_month_is_a_count_so_far() -> None:
    got = _dates('El ministro aseguró que 808 presos han sido liberados desde "antes de enero".')
    assert got["808"] == "until 2026-03-14"


def test_a_dash_pair_closed_after_a_sign_keeps_its_date() -> None:
    got = _dates(
        'Los sindicatos calcularon "un seguimiento del 64%" -en 2019 lo cifraron en el 55%-.'
    )
    assert got["64%"] == "on 2026-03-14"
    assert got["55%"] == "between 2019-01-01 and 2019-12-31"


def test_a_compared_event_restated_by_its_day_keeps_the_day() -> None:
    got = _dates(
        "El seguimiento fue menor que el de la última huelga, la del 12 de mayo de 2019, "
        "y los sindicatos lo cifraron en el 40 %."
    )
    assert got["40 %"] == "on 2026-03-14"


@pytest.mark.parametrize(
    ("text", "first", "first_date", "second", "second_date"),
    [
        (
            "En la marcha del año pasado participaron más de 9.000 personas, y que en la "
            "manifestación del 8 de marzo de 2024 participaron 4.000 personas.",
            "más de 9.000",
            "between 2025-01-01 and 2025-12-31",
            "4.000",
            "on 2024-03-08",
        ),
        (
            "Police arrested 40 people last month, and on 2 March they arrested 30 more.",
            "40",
            "between 2026-02-01 and 2026-02-28",
            "30",
            "on 2026-03-02",
        ),
    ],
)
def test_a_date_in_a_later_clause_never_reaches_back(
    text: str, first: str, first_date: str, second: str, second_date: str
) -> None:
    got = _dates(text)
    assert (got[first], got[second]) == (first_date, second_date)


def test_throughout_may_is_the_month() -> None:
    got = _dates(
        "Arrivals slowed to around 2,000 refugees a day throughout May.", dt.date(2026, 6, 3)
    )
    assert got["around 2,000"].startswith("between 2026-05-01") or got["around 2,000"] == (
        "on 2026-05-31"
    )


def test_the_current_month_ends_at_the_reference_date() -> None:
    got = _dates("Police arrested 300 protesters in March.")
    assert got["300"] == "between 2026-03-01 and 2026-03-14"
