"""Session 10 (g-when): when a figure counts — dates with their year after them, parts of
"the month", counts since the start of the year, a figure's own "last year".

Every sentence is our own invention (other names, places and numbers than any article).
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.scan import check_extracted

JUNE = dt.date(2024, 6, 20)  # a Thursday


def _dates(text: str, published: dt.date = JUNE) -> list[tuple[str, str]]:
    return [
        (c.quantity.surface, c.as_of.describe() if c.as_of else "")
        for c in extract(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("On March 3 last year the coast guard rescued 61 people off Tarvo.", "on 2023-03-03"),
        ("El 3 de marzo del año pasado Salvamento rescató a 61 personas en Tarvo.",
         "on 2023-03-03"),
        ("In March last year the coast guard rescued 61 people off Tarvo.",
         "between 2023-03-01 and 2023-03-31"),
        ("En marzo del año pasado Salvamento rescató a 61 personas en Tarvo.",
         "between 2023-03-01 and 2023-03-31"),
        ("El 3 de marzo de este año Salvamento rescató a 61 personas en Tarvo.", "on 2024-03-03"),
    ],
)  # fmt: skip
def test_a_date_followed_by_its_year_words_is_of_that_year(text: str, want: str) -> None:
    # before: the latest March 3 (this year's, in a June article) whatever "last year" said
    assert _dates(text) == [("61", want)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("A principios de mes la policía detuvo a 25 personas en Orvik.",
         "between 2024-06-01 and 2024-06-10"),
        ("A mediados de este mes la policía detuvo a 25 personas en Orvik.",
         "between 2024-06-11 and 2024-06-20"),
        ("At the start of the month police arrested 25 people in Orvik.",
         "between 2024-06-01 and 2024-06-10"),
    ],
)  # fmt: skip
def test_a_part_of_the_month_is_of_the_reference_month(text: str, want: str) -> None:
    assert _dates(text) == [("25", want)]


def test_the_end_of_the_month_before_it_comes_is_no_date() -> None:
    # "a finales de mes" in an article of the 5th: not yet, or the month before: no guess
    [(_, got)] = _dates("A finales de mes la policía detuvo a 25 personas.", dt.date(2024, 6, 5))
    assert got == "on 2024-06-05"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Since the beginning of the year 340 migrants have died on the Velna route.",
         "between 2024-01-01 and 2024-06-20"),
        ("Desde principios de año han muerto 340 migrantes en la ruta de Velna.",
         "between 2024-01-01 and 2024-06-20"),
        ("Desde el inicio del mes han muerto 40 migrantes en la ruta de Velna.",
         "between 2024-06-01 and 2024-06-20"),
    ],
)  # fmt: skip
def test_a_count_since_the_start_of_the_year_starts_on_its_first_day(text: str, want: str) -> None:
    # before: a count with no start ("until 2024-06-20"), or no date at all in Spanish
    assert _dates(text) == [("340" if "340" in text else "40", want)]


def test_since_the_start_of_an_event_still_has_no_start() -> None:
    [(_, got)] = _dates("Since the start of the war 340 civilians have died in Orvik.")
    assert got == "until 2024-06-20"


@pytest.mark.parametrize(
    "text",
    [
        "The agency counted 340 deaths last year and 120 so far this year.",
        "La agencia contó 340 muertes el año pasado y 120 en lo que va de año.",
    ],
)
def test_a_figure_keeps_its_own_last_year_beside_a_span_so_far(text: str) -> None:
    # before: "so far this year", read like a named day, took the first figure too
    assert _dates(text) == [
        ("340", "between 2023-01-01 and 2023-12-31"),
        ("120", "between 2024-01-01 and 2024-06-20"),
    ]


# --- rival tolls of one event and one toll told twice (audit 9, patterns 1 and 2) ----------


def _scan(text: str, published: dt.date = JUNE) -> list[str]:
    return [d.summary for d in check_extracted(extract(text, published=published)).discrepancies]


@pytest.mark.parametrize(
    "text",
    [
        "A ferry capsized off Velna on Saturday. The toll announced by the regional governor "
        "Ana Pell Soler on Sunday was 31 dead.",
        "Un ferry volcó frente a Velna el sábado. La cifra difundida por el Ministerio del "
        "Interior el domingo era de 31 muertos.",
    ],
)
def test_a_toll_told_by_a_named_agent_on_a_later_day_is_of_the_event(text: str) -> None:
    # "announced by X on Sunday": Sunday is the day of the telling, not of the sinking
    assert _dates(text) == [("31", "on 2024-06-15")]


def test_an_act_by_an_agent_keeps_its_own_day() -> None:
    text = "A ferry capsized off Velna on Saturday. Smugglers arrested by police on Sunday were 12."
    assert _dates(text) == [("12", "on 2024-06-16")]


@pytest.mark.parametrize(
    "text",
    [
        "A ferry capsized off Velna on Saturday. On Sunday the coast guard said 31 people had "
        "died. On Wednesday the port hospital said the toll had risen to 44.",
        "Un ferry volcó frente a Velna el sábado. El domingo la guardia costera dijo que habían "
        "muerto 31 personas. El miércoles el hospital del puerto dijo que la cifra de muertos "
        "subió a 44.",
    ],
)
def test_a_toll_told_again_as_grown_is_no_rival(text: str) -> None:
    # both count Saturday's dead; the later one says the toll rose: one toll, two moments
    assert [d for _, d in _dates(text)] == ["on 2024-06-15", "on 2024-06-15"]
    assert _scan(text) == []


def test_a_toll_told_again_lower_is_still_compared() -> None:
    text = (
        "A ferry capsized off Velna on Saturday. On Sunday the coast guard said 44 people had "
        "died. On Wednesday the port hospital said the toll had risen to 31."
    )
    assert len(_scan(text)) == 1


def test_rival_tolls_told_the_same_day_are_compared() -> None:
    text = (
        "The coast guard said on Tuesday that Saturday's capsizing off Velna killed 31 people. "
        "The port hospital said 44 had died."
    )
    [summary] = _scan(text)
    assert "31" in summary
    assert "44" in summary


def test_the_dead_of_a_with_clause_are_part_of_the_toll() -> None:
    # "six of the wounded dying" are deaths and a part of the 44, no rival of 31
    text = (
        "The toll from Saturday's capsizing off Velna has risen to 44, with six of the wounded "
        "dying in the port clinic, a doctor said on Wednesday. The toll announced by the coast "
        "guard on Sunday was 31 dead."
    )
    claims = extract(text, published=JUNE)
    six = next(c for c in claims if c.quantity.surface == "six")
    assert six.metric == "deaths"
    assert six.part_of == next(c.id for c in claims if c.quantity.surface == "44")
    assert _scan(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 44 after six people succumbed to their injuries in Velna.",
        "La cifra subió a 44 después de que seis personas sucumbieron a sus heridas en Velna.",
    ],
)
def test_people_who_succumbed_to_their_injuries_are_dead(text: str) -> None:
    # before: both figures were read as counts of the injured their words name
    assert {c.metric for c in extract(text, published=JUNE)} == {"deaths"}


def test_with_a_figure_of_another_metric_is_no_part() -> None:
    text = "Police in Velna arrested 45 protesters, with 25 people injured in the clashes."
    assert all(c.part_of is None for c in extract(text, published=JUNE))


def test_frente_a_a_place_is_no_comparison() -> None:
    # "frente a Velna" says where the ferry sank: its day dates the toll of the next sentence
    text = (
        "Un ferry volcó frente a Velna el sábado. El domingo la guardia costera dijo que habían "
        "muerto 31 personas."
    )
    assert _dates(text) == [("31", "on 2024-06-15")]


# --- figures up to an hour (audit 9, pattern 1) ---------------------------------------------


def _metrics(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=JUNE)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("According to the board, 51.4 percent of votes in Velna were polled till 5 pm.",
         "votes_partial_17h"),
        ("Hasta este mediodía en Velna había votado el 27% del padrón, según la junta.",
         "turnout_partial_12h"),
    ],
)  # fmt: skip
def test_a_cut_off_after_the_verb_of_the_figure_is_its_hour(text: str, want: str) -> None:
    [(_, metric)] = _metrics(text)
    assert metric == want


def test_a_later_clause_opened_by_its_own_hour_takes_that_hour() -> None:
    text = (
        "Hasta las 14 horas había votado el 31% del padrón de Velna, informó la junta, y a las "
        "18 horas el 52%."
    )
    # before: the 52 % took the sentence's opening "hasta las 14 horas"
    assert _metrics(text) == [("31%", "turnout_partial_14h"), ("52%", "turnout_partial_18h")]


def test_a_figure_by_noon_and_one_by_evening_are_not_one_hour() -> None:
    text = (
        "Rescuers had recovered 12 bodies from the Velna ferry by noon and 31 by evening, the "
        "coast guard said."
    )
    assert _metrics(text) == [("12", "deaths_partial_12h"), ("31", "deaths")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people died at the Velna market at 9 am on Sunday.",
        "Turnout in Velna was 40 percent, the board said at 4 pm.",
    ],
)
def test_the_time_of_an_act_or_of_a_saying_is_no_cut_off(text: str) -> None:
    [(_, metric)] = _metrics(text)
    assert "_partial_" not in metric


@pytest.mark.parametrize(
    "text",
    [
        "Turnout in the Velna regional election stood at 12 percent at noon and rose to 48 "
        "percent by 6 p.m., the electoral board said. The opposition said final turnout was 51 "
        "percent.",
        "Hasta las 14 horas había votado el 31% del padrón de Velna, informó la junta electoral, "
        "y a las 18 horas el 52%. La oposición cifró la participación final en el 58%.",
    ],
)
def test_hourly_figures_are_neither_revisions_nor_rivals_of_the_days(text: str) -> None:
    report = check_extracted(extract(text, published=JUNE))
    assert report.discrepancies == ()
    assert report.revisions == ()


@pytest.mark.parametrize(
    "text",
    [
        "A ferry capsized off Velna on Saturday. In a statement on Tuesday, the port hospital "
        "said 44 people had died.",
        "A ferry capsized off Velna on Saturday. The coast guard's Tuesday update put the toll "
        "at 44.",
        "Un ferry volcó frente a Velna el sábado. Según el balance del martes del Ministerio del "
        "Interior, murieron 44 personas.",
        "Un ferry volcó frente a Velna el sábado. El martes, el hospital del puerto confirmó 44 "
        "muertes.",
    ],
)
def test_a_toll_told_in_a_statement_of_a_later_day_is_of_the_event(text: str) -> None:
    # before: the day of the statement, the update, the balance or the confirming
    assert _dates(text) == [("44", "on 2024-06-15")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 60 people died in the 7.4 magnitude earthquake on the coast of Velna that "
        "struck on Tuesday night, officials said. The civil protection office has so far "
        "confirmed 45 deaths in Orvik province.",
        "Al menos 60 personas murieron por el terremoto de 7,4 grados en la costa de Velna que "
        "sacudió la noche del martes, informaron las autoridades. La oficina regional lleva "
        "contados hasta ahora 45 fallecidos en la provincia de Orvik.",
    ],
)
def test_a_toll_so_far_counts_from_a_disaster_its_relative_clause_dates(text: str) -> None:
    # before: the quake's day lay too far from its noun; the 45 had no start ("until")
    got = dict(_dates(text))
    assert got["45"] == "between 2024-06-18 and 2024-06-20"


@pytest.mark.parametrize(
    "text",
    [
        "The toll of the Velna cholera outbreak is now 412, the health agency said on Monday.",
        "La cifra de muertos del brote de cólera de Velna es ahora de 412, informó el lunes la "
        "agencia de salud.",
    ],
)
def test_a_count_now_told_on_a_named_day_is_so_far_as_of_that_day(text: str) -> None:
    # before: "now" ended on the publication day, three days after the saying
    assert _dates(text) == [("412", "until 2024-06-17")]


@pytest.mark.parametrize(
    "text",
    [
        "At least 40 people were killed last week when police fired on a march in Orvik, a "
        "rights group said on Tuesday. The march set off after Friday prayers last week.",
        "Al menos 40 personas murieron la semana pasada cuando la policía disparó contra una "
        "marcha en Orvik, dijo el martes un grupo de derechos humanos. La marcha salió tras el "
        "rezo del viernes de la semana pasada.",
    ],
)
def test_the_dead_of_last_week_are_of_the_day_the_text_gives_the_event(text: str) -> None:
    # before: the whole of last week; the text names the march's day inside it
    assert [d for _, d in _dates(text)] == ["on 2024-06-14"]


def test_a_weeks_count_of_anything_else_keeps_the_week() -> None:
    text = "A boat capsized off Velna on Friday. Last week 300 migrants reached the island."
    assert _dates(text) == [("300", "between 2024-06-10 and 2024-06-16")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In the 2016 election in Velna, turnout was 69 percent.",
         "between 2016-01-01 and 2016-12-31"),
        ("En las elecciones de 2016 en Velna, la participación fue del 69%.",
         "between 2016-01-01 and 2016-12-31"),
        ("After the March 3 election in Velna, turnout was 59 percent.", "on 2024-03-03"),
    ],
)  # fmt: skip
def test_the_elections_own_date_dates_what_the_vote_counted(text: str, want: str) -> None:
    # before: an election's date was skipped for every figure (it dates no arrest after it)
    assert [d for _, d in _dates(text)] == [want]


def test_the_elections_date_does_not_date_what_followed_it() -> None:
    text = "After the March 3 election in Velna, police arrested 2,000 people."
    assert _dates(text) == [("2,000", "on 2024-06-20")]
