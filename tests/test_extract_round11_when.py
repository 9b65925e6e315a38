"""Round 11 (audit7 P4, e-when): one period, one date, so rival figures of it meet.

* Two months joined by "to" / "through" / "a" / "hasta", or by "and" / "y" after
  "between" / "entre", are one span: from the first day of the first month to the last day
  of the second ("de enero a mayo", "from January to May"), never the first month alone. A
  year written after the span ("de este año", "of 2022") is the span's.
* A figure its source set in the pluperfect ("had set the figures at", "había cifrado … en")
  after a word placing it earlier ("earlier this week", "a principios de semana") is that
  source's earlier figure: the figure the article announces revises it, even when the weekday
  of the announcement falls before "this week"; never a rival's figure without that word.
* A lead dated by whole past months ("murieron entre enero y mayo") dates the later undated
  counts of its metric, like a lead's year, while no figure between dates itself by another
  period (after "in 2023, 4,000 went missing" a count is no longer the lead's).
* "En lo que va del año" / "so far this year" and a named part of a month or a year ("la
  primera quincena de agosto") date the figure of their own clause like a named day does: a
  date of another clause ("hasta marzo") no longer takes it.
* "In that period" / "en ese periodo" is the span named last before it, in its sentence or
  the one before, never the day a source spoke.
* "Earlier this week" / "a principios de semana" are the days of this week up to the
  reference date, read like days the text names: a weekday elsewhere in the sentence does not
  take their figure ("11 killed Friday and 34 died earlier this week").

Invented sentences about invented places and bodies, EN and ES, short and long.
"""

from __future__ import annotations

import calendar
import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2024, 6, 20)  # a Thursday

_MONTHS_EN = [calendar.month_name[m] for m in range(1, 13)]
_MONTHS_ES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def _dates(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=published)
    }


def test_month_to_month_spanish_this_year() -> None:
    got = _dates("La guardia costera interceptó a 3.400 balseros de enero a mayo de este año.")
    assert got == {"3.400": "between 2024-01-01 and 2024-05-31"}


def test_month_to_month_english_may_is_a_month() -> None:
    got = _dates("Border agents arrested 8,200 migrants from January to May, the ministry said.")
    assert got == {"8,200": "between 2024-01-01 and 2024-05-31"}


def test_between_months_english_may_is_a_month() -> None:
    got = _dates("Between February and May the clinic in Orlen recorded 640 deaths from the fever.")
    assert got == {"640": "between 2024-02-01 and 2024-05-31"}


def test_span_read_before_its_end_month_is_last_years() -> None:
    # read in March, "January to May" has not ended this year: it is last year's span
    got = _dates("Wardens counted 1,050 arrests from January through May.", dt.date(2024, 3, 4))
    assert got == {"1,050": "between 2023-01-01 and 2023-05-31"}


def test_span_across_new_year_with_the_years_end() -> None:
    got = _dates("Se registraron 75 ahogados de noviembre a febrero de 2024 en la costa de Velna.")
    assert got == {"75": "between 2023-11-01 and 2024-02-29"}


def test_long_spanish_sentence_two_sources_share_the_span() -> None:
    text = (
        "La oficina de asilo de Marvena, que publicó su balance a mediados de junio, contó "
        "52.000 llegadas de migrantes por mar de enero a mayo de este año, mientras "
        "que la red de albergues, con datos propios y más prudentes, registró apenas 31.000 "
        "llegadas en ese periodo."
    )
    got = _dates(text)
    assert got["52.000"] == "between 2024-01-01 and 2024-05-31"
    assert got["apenas 31.000"] == "between 2024-01-01 and 2024-05-31"


def test_long_english_sentence_two_sources_share_the_span() -> None:
    text = (
        "In a bulletin issued in mid-June, the port authority of Dellin, which monitors the "
        "northern crossings, said 4,300 people had been turned back between January and May, "
        "while a volunteer network that runs the two reception camps put the figure at 6,100."
    )
    got = _dates(text)
    assert got["4,300"] == "between 2024-01-01 and 2024-05-31"


def test_to_march_is_still_a_verb_without_a_month_before() -> None:
    got = _dates("Nurses plan to march on Monday, and 300 of them have signed up.")
    assert "between" not in got.get("300", "-")


@given(
    a=st.integers(min_value=1, max_value=12),
    b=st.integers(min_value=1, max_value=12),
    year=st.integers(min_value=2005, max_value=2022),
    spanish=st.booleans(),
)
def test_any_span_of_two_months_of_a_past_year(a: int, b: int, year: int, spanish: bool) -> None:
    first, last = min(a, b), max(a, b)
    if spanish:
        a_es, b_es = _MONTHS_ES[first - 1], _MONTHS_ES[last - 1]
        text = f"Llegaron 1.234 migrantes de {a_es} a {b_es} de {year}."
    else:
        a_en, b_en = _MONTHS_EN[first - 1], _MONTHS_EN[last - 1]
        text = f"Some 1,234 migrants arrived from {a_en} to {b_en} {year}."
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    got = next(iter(_dates(text).values()))
    assert got == f"between {dt.date(year, first, 1)} and {end}"


def _revisions(text: str, published: dt.date = dt.date(2024, 3, 7)) -> list[tuple[str, str]]:
    claims = extract(text, published=published)
    by_id = {c.id: c.quantity.surface for c in claims}
    pairs = [(by_id[c.supersedes], c.quantity.surface) for c in claims if c.supersedes]
    assert len(check_extracted(claims).revisions) == len(pairs)
    return sorted(pairs)


def test_pluperfect_figure_given_previously_is_revised() -> None:
    text = (
        "The Tarsa Health Agency said on Friday that 2,410 people had died of cholera. "
        "The Tarsa Health Agency had previously put its toll of the outbreak at 2,290."
    )
    assert _revisions(text) == [("2,290", "2,410")]


def test_pluperfect_two_figures_each_revised_by_its_own_metric() -> None:
    text = (
        "The Tarsa Health Agency said on Friday that 2,410 people had died of cholera and "
        "that 9,870 cases had been recorded. Earlier this week the Tarsa Health Agency had "
        "set the figures at 2,290 deaths and 10,020 cases."
    )
    assert _revisions(text) == [("10,020", "9,870"), ("2,290", "2,410")]


def test_spanish_pluperfect_figure_is_revised() -> None:
    text = (
        "El servicio de salud de Tarsa informó el viernes de 2.410 muertos por cólera. A "
        "principios de semana el servicio de salud había cifrado los muertos en 2.290."
    )
    assert _revisions(text) == [("2.290", "2.410")]


def test_long_spanish_pluperfect_figure_is_revised() -> None:
    text = (
        "El Servicio de Salud de Tarsa informó el viernes por la tarde, en su último parte, "
        "que el brote de cólera que azota desde marzo los barrios del sur ya ha causado "
        "2.410 muertos.\n\nA principios de semana, en una rueda de prensa marcada por las "
        "quejas de los hospitales, el Servicio de Salud de Tarsa había cifrado los muertos "
        "en 2.290."
    )
    assert _revisions(text) == [("2.290", "2.410")]


def test_pluperfect_without_an_earlier_word_is_a_rival_not_a_revision() -> None:
    text = "The ministry had estimated the crowd at 5,000, while organisers said 20,000 marched."
    assert _revisions(text) == []


def test_pluperfect_count_of_a_past_occasion_is_no_revision() -> None:
    text = (
        "Unions said 21,000 people marched on Wednesday. At the previous march the unions "
        "had counted 17,000 marchers."
    )
    assert _revisions(text) == []


def test_earlier_this_week_keeps_its_figure_from_the_sentence_s_weekday() -> None:
    text = (
        "Floods drowned 9 people on Friday in Velna, and a relief group said 27 villagers "
        "died earlier this week when a dam gave way upstream."
    )
    got = _dates(text, dt.date(2024, 3, 8))  # a Friday
    assert got == {"9": "on 2024-03-08", "27": "between 2024-03-04 and 2024-03-08"}


def test_a_principios_de_semana_is_this_weeks_days() -> None:
    text = (
        "Las lluvias mataron a 9 personas el viernes en Velna, y una ONG contó 27 ahogados a "
        "principios de esta semana río arriba."
    )
    got = _dates(text, dt.date(2024, 3, 8))
    assert got["27"] == "between 2024-03-04 and 2024-03-08"
    assert got["9"] == "on 2024-03-08"


def test_lead_months_date_a_later_undated_count_of_the_metric() -> None:
    text = (
        "At least 2,150 migrants died between January and May on the sea route to Velna, "
        "the charity Open Tides said on Wednesday.\n\nOn the southern crossing alone, 1,480 "
        "deaths were recorded."
    )
    got = _dates(text)
    assert got["At least 2,150"] == "between 2024-01-01 and 2024-05-31"
    assert got["1,480"] == "between 2024-01-01 and 2024-05-31"


def test_lead_months_not_taken_back_after_another_period() -> None:
    text = (
        "Un total de 3.100 migrantes murieron entre enero y mayo en la ruta de Velna, según "
        "la ONG Mareas. En 2023, desaparecieron 4.000 personas en esa ruta. La agencia de la "
        "ONU contó 700 muertes en esa ruta."
    )
    got = _dates(text)
    assert got["3.100"] == "between 2024-01-01 and 2024-05-31"
    assert got["700"] != "between 2024-01-01 and 2024-05-31"


def test_lead_day_dates_no_later_count() -> None:
    text = (
        "Floods killed 40 people in Velna on Monday, officials said. A relief group counted "
        "55 deaths."
    )
    got = _dates(text)
    # g-when: no yearly span; the flood's toll runs from Monday to publication (`when_toll`)
    assert got["55"] == "between 2024-06-17 and 2024-06-20"


def test_so_far_this_year_keeps_its_figure_from_another_clause_s_month() -> None:
    text = (
        "La fundación Lumen contó 310 muertos en las carreteras desde 2019 hasta marzo, "
        "mientras que la fiscalía registra 44 muertos en lo que va del año."
    )
    got = _dates(text, dt.date(2024, 4, 15))
    assert got["44"] == "between 2024-01-01 and 2024-04-15"


def test_english_so_far_this_year_keeps_its_figure() -> None:
    text = (
        "The rescue service logged 210 deaths by drowning up to the end of March, while the "
        "coast guard has counted 95 deaths so far this year."
    )
    got = _dates(text, dt.date(2024, 4, 15))
    assert got["95"] == "between 2024-01-01 and 2024-04-15"


def test_half_of_a_month_dates_its_own_clause() -> None:
    text = (
        "En lo que va de diciembre han llegado 887 migrantes, la cifra más baja desde la "
        "primera quincena de agosto, cuando llegaron 691 migrantes."
    )
    got = _dates(text, dt.date(2024, 12, 18))
    assert got["887"] == "between 2024-12-01 and 2024-12-18"
    assert got["691"] == "between 2024-08-01 and 2024-08-15"


def test_in_that_period_takes_the_span_of_the_sentence_before() -> None:
    text = (
        "Police recorded 4,100 arrests between January and April, the ministry said on "
        "Tuesday. Volunteers counted 6,300 arrests in that period."
    )
    got = _dates(text)
    assert got["6,300"] == "between 2024-01-01 and 2024-04-30"


def test_en_ese_periodo_in_a_long_sentence_after_a_day_of_saying() -> None:
    text = (
        "La fiscalía de Marvena, que presentó el martes su balance ante la comisión de "
        "derechos humanos, contabilizó 820 detenciones de febrero a abril. Según la red de "
        "abogados voluntarios, que atiende a los detenidos en las comisarías, hubo 1.350 "
        "detenciones en ese periodo."
    )
    got = _dates(text)
    assert got["1.350"] == "between 2024-02-01 and 2024-04-30"


def test_that_period_without_a_span_before_dates_nothing_new() -> None:
    text = "Volunteers counted 6,300 arrests in that period, the group said on Tuesday."
    got = _dates(text)
    assert "between" not in got["6,300"]
