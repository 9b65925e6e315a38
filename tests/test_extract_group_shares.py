"""Round 9 (issue 9, audit5 P3): shares of a group are counts; non-counts are not rival tolls.

Every sentence is invented for the test (other places, bodies and numbers), written in the
long shape real news gives these constructions: the share noun far from its figure, a date
or a quotation between them, a relative clause inside the group, the source after the figure.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Quantity, extract
from discrepancy.extraction.group_share import group_share
from discrepancy.extraction.sentences import tokenize

PUBLISHED = dt.date(2026, 3, 4)


def _read(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.metric) for c in extract(text, published=PUBLISHED)]


# --- a strike's share named before its figure, however long the predicate -----------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # short forms (worked before round 9 with "a la huelga" only)
        ("La adhesión al paro fue del 85%, según el gremio.", "85%"),
        ("Para el gremio, la adhesión al paro resultó otra vez muy amplia, cercana al 92%.", "92%"),
        # the long form: a reported source, an aside, a long predicate, then the figure
        (
            "Tal como contaron delegados de la federación de profesores a una radio de la "
            "comarca, la adhesión al paro en las aulas fue de nuevo casi unánime, cercano al 88%.",
            "88%",
        ),
        # a quotation introduced by "informó:", a survey, a dated day between noun and figure
        (
            "La cartera de educación informó: «Tras visitar 4.120 colegios con un equipo de 80 "
            "inspectores, medimos un acatamiento al paro en la jornada del 9 de mayo del 44% y 61 "
            "centros sin clases».",
            "44%",
        ),
        (
            "La consejería informó: «Después de recorrer 2.000 planteles, contamos un "
            "acatamiento al paro en la jornada del martes del 41% y 60 planteles vacíos».",
            "41%",
        ),
        (
            "El seguimiento de la medida de fuerza en los hospitales de la región fue desigual, "
            "cercano al 35%, según la consejería.",
            "35%",
        ),
        (
            "Union leaders said compliance with the walkout at the ports was almost total on "
            "Monday, close to 93 percent.",
            "close to 93 percent",
        ),
        (
            "Participation in the strike, the union said after counting its branches, was "
            "close to 70 percent.",
            "close to 70 percent",
        ),
    ],
)
def test_strike_share_before_its_figure(text: str, surface: str) -> None:
    assert (surface, "strikers") in _read(text)


def test_strike_share_al_paro_and_a_la_huelga_read_alike() -> None:
    """The mechanism: "a la huelga" used to be read through the event word "huelga", which
    "al paro" is not (it is also unemployment); the share noun itself now names the count."""
    long = "Para los delegados, la adhesión {} resultó de nuevo muy amplia, cercana al 91%."
    assert _read(long.format("al paro")) == _read(long.format("a la huelga"))
    assert _read(long.format("al paro")) == [("91%", "strikers")]


def test_strike_share_stops_at_a_rate() -> None:
    text = "La adhesión fue amplia aunque la tasa de paro llegó al 14% en la provincia."
    assert ("14%", "strikers") not in _read(text)


def test_strike_share_stops_at_a_figure_of_something_else() -> None:
    text = (
        "La adhesión al paro fue alta en las 300 escuelas rurales, y cerca del 12% en la "
        "capital, según el gremio."
    )
    assert all(metric != "strikers" for s, metric in _read(text) if "12" in s)


def test_another_sources_value_of_the_same_share_across_a_contrast() -> None:
    text = (
        "Para el gremio, la adhesión al paro docente fue del 90%, mientras que el gobierno "
        "provincial habló de apenas un 30% en las escuelas de la capital."
    )
    assert _read(text) == [("90%", "strikers"), ("30%", "strikers")]


# --- shares of a group whose clause says it stayed away in a strike -------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Bus drivers in Lakeview struck on Thursday. About 81 percent of the 1,460 TWU "
            "members did not show up to work that Thursday, the transit agency reported.",
            "About 81 percent",
        ),
        (
            "The walkout shut most wards. About 64 percent of the 2,900 nurses did not report "
            "for work on Tuesday, the hospital board said.",
            "About 64 percent",
        ),
        (
            "The strike closed the port. All told, 55 percent of the Harbor Authority's whole "
            "workforce, which belongs to three separate unions, was absent.",
            "55 percent",
        ),
        (
            "Teachers went on strike across the county on Monday. An estimated 18% of the "
            "teachers employed by the Pine Valley school board did not show up to class "
            "that day, according to board spokeswoman Ana Reyes.",
            "An estimated 18%",
        ),
        (
            "Durante la huelga del jueves, el 30% de los 4.000 docentes de la provincia no se "
            "presentó a trabajar, según el ministerio.",
            "30%",
        ),
        ("La huelga siguió. Según la empresa, el 45% de los conductores paró.", "45%"),
    ],
)
def test_share_of_workers_who_stayed_away_in_a_strike(text: str, surface: str) -> None:
    assert (surface, "strikers") in _read(text)


def test_the_whole_stays_its_own_count() -> None:
    text = (
        "Bus drivers in Lakeview struck on Thursday. About 81 percent of the 1,460 TWU members "
        "did not show up to work."
    )
    found = dict(_read(text))
    assert found["About 81 percent"] == "strikers"
    assert found["1,460"] != "strikers"


@pytest.mark.parametrize(
    "text",
    [
        # no strike named: absent nurses are no strikers
        "About 20 percent of the nurses were absent on Monday with the flu, the hospital said.",
        # pupils who stayed home in a strike are not the strikers
        "The teachers went on strike. About 45 percent of the district's 38,000 students did "
        "not attend classes.",
    ],
)
def test_absences_that_are_no_strike(text: str) -> None:
    assert all(metric != "strikers" for _, metric in _read(text) if "percent" in _)


def test_a_bare_figure_that_stayed_away_in_a_strike() -> None:
    text = (
        "Nurses in the city struck on Friday. That day about 210 to 215 stayed away to join "
        "the general strike."
    )
    assert ("about 210 to 215", "strikers") in _read(text)


# --- a citizenry that went to vote is the turnout -------------------------------------------


def test_share_of_the_citizenry_that_voted_is_turnout() -> None:
    text = (
        "El domingo, en el llamado referéndum vecinal, apenas alrededor del 31 % de la "
        "ciudadanía acudió a votar, según cálculos del ayuntamiento."
    )
    assert ("alrededor del 31 %", "turnout") in _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("el 40% de la ciudadanía acudió a votar ayer", "turnout"),
        ("el 40% del electorado votó por la candidata Ana Ruiz", None),  # a vote share
        ("40 percent of the citizens voted for the mayor", None),
        ("40 percent of the citizens cast ballots on Sunday", "turnout"),
        ("40 percent of the members did not show up", None),  # no strike named
        ("STRIKE 40 percent of the members did not show up", "strikers"),
        ("STRIKE el 40% de los 900 afiliados, que trabajan en dos turnos, faltó", "strikers"),
        ("STRIKE 40 percent of the district's pupils did not show up", None),  # no workers
    ],
)
def test_group_share_reader(text: str, expected: str | None) -> None:
    strike = text.startswith("STRIKE ")
    text = text.removeprefix("STRIKE ")
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    last = next(k for k, t in enumerate(toks) if t.norm in ("%", "percent")) + 1
    found = group_share(toks, norms, last, lambda: strike)
    assert (found[1] if found is not None else None) == expected


# --- number forms: halves of a scale ---------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("un millón y medio", 1_500_000),
        ("dos millones y medio", 2_500_000),
        ("one and a half million", 1_500_000),
        ("two and a half million", 2_500_000),
        ("a million and a half", 1_500_000),
        ("three and a half thousand", 3_500),
        ("1,5 millones", 1_500_000),
    ],
)
def test_half_of_a_scale(surface: str, value: float) -> None:
    q = Quantity.parse(surface)
    assert q.low <= value <= (q.high if q.high is not None else q.low)
    assert abs((q.low + (q.high if q.high is not None else q.low)) / 2 - value) < 1


def test_half_of_a_scale_in_a_long_sentence() -> None:
    text = (
        "Los agentes municipales de Valdeluz calcularon en un millón y medio las personas que "
        "acudieron a la fiesta de la vendimia de 2011, y este año en 420.000."
    )
    surfaces = [s for s, _ in _read(text)]
    assert "un millón y medio" in surfaces
    text = (
        "Organizers said one and a half million people marched in Porto, while police said "
        "two and a half million had been expected."
    )
    values = sorted(c.quantity.value for c in extract(text, published=PUBLISHED))
    assert values == [1_500_000, 2_500_000]


@given(st.integers(min_value=1, max_value=9))
@settings(max_examples=9)
def test_and_a_half_million_is_between_n_and_n_plus_one(n: int) -> None:
    words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    q = Quantity.parse(f"{words[n - 1]} and a half million")
    assert q.value == (n + 0.5) * 1_000_000


# --- figures that state no count -------------------------------------------------------------


def test_no_evidence_part_is_never_a_rival_toll() -> None:
    text = (
        "A review by the health board turned up no evidence that 41 of 97 deaths blamed on "
        "cholera had really been caused by the illness, the board said amid doubts over the "
        "count."
    )
    found = dict(_read(text))
    assert found["41"] == "deaths_unproven"
    assert found["97"] == "deaths"
    headline = "No evidence 41 of 97 deaths were due to cholera, board finds after recount"
    assert dict(_read(headline))["41"] == "deaths_unproven"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Un informe de la ONG registraba 9.300 migrantes muertos al intentar llegar a las "
            "islas entre 2017 y 2021, una media de cinco al día, informó la agencia.",
            "entre 2017 y 2021",
        ),
        ("Between 2015 and 2019 the camp held 40,000 refugees, the agency said.", "2015"),
        ("Did three million ballots vanish? The observers doubt it.", "three million"),
        ("¿Desaparecieron 300.000 votos en la capital? La oposición lo asegura.", "300.000"),
        ("Officials said the incumbent won by 91% in the runoff on Sunday.", "91%"),
        (
            "The two challengers received 3.4% and 2% of votes respectively, officials said.",
            "3.4%",
        ),
        ("La candidata oficialista obtuvo el 47% de los votos y el opositor el 31%.", "47%"),
    ],
)
def test_figures_that_are_no_count(text: str, absent: str) -> None:
    surfaces = [s for s, _ in _read(text)]
    assert all(absent not in s for s in surfaces), surfaces


def test_a_daily_average_is_a_rate() -> None:
    text = (
        "Un estudio de la fundación contaba 9.300 temporeros heridos en los invernaderos de "
        "la comarca entre 2017 y 2021, una media de cinco al día, señaló la radio local."
    )
    found = dict(_read(text))
    assert found["cinco"].endswith("_per_day")
    assert not found["9.300"].endswith("_per_day")


def test_a_question_then_its_answer() -> None:
    text = "How many marched on Sunday? Police said 6,000 protesters, organizers 20,000."
    assert [s for s, _ in _read(text)] == ["6,000", "20,000"]


def test_a_share_of_a_whole_written_with_a_possessive_and_a_number() -> None:
    text = (
        "A teacher and a cook told reporters on Sunday that about half of the academy's 640 "
        "pupils were missing after the raid."
    )
    assert ("about half", "missing") in _read(text)


def test_a_share_of_a_whole_that_nothing_governs_stays_unread() -> None:
    """No verb of its clause says what the share is of ("did not attend classes" names no
    metric): the share is left out rather than given the noun of its whole."""
    text = "About 41 percent of the county's 12,000 pupils did not attend classes on Monday."
    assert [s for s, _ in _read(text) if "percent" in s] == []


def test_a_breakdown_figure_before_its_verb() -> None:
    text = (
        "De los 118 asesinados en la región desde enero, 97 corresponden a civiles, 5 a "
        "firmantes de paz y 2 a líderes sociales, según la Defensoría."
    )
    found = _read(text)
    assert ("97", "deaths") in found
    assert [s for s, _ in found] == ["118", "97", "5", "2"]


def test_candidates_are_named_not_counted() -> None:
    text = (
        "The three candidates also questioned the 45% turnout that the electoral board announced."
    )
    assert [s for s, _ in _read(text)] == ["45%"]


@pytest.mark.parametrize(
    "text",
    [
        "Half of Riverside Unified's pupils did not attend classes on the day of the strike.",
        "Roughly half of Riverside Unified's pupils attended school on May 3, the day of the "
        "teachers strike across the district, district figures show.",
    ],
)
def test_pupils_who_stayed_home_in_a_strike_are_no_strikers_nor_a_crowd(text: str) -> None:
    assert all(m not in ("strikers", "protesters") for s, m in _read(text) if "alf" in s)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Unos 3 millones y medio de personas votaron en la consulta, según el tribunal.", 3.5e6),
        ("Police said 2 million and a half people marched through the capital.", 2.5e6),
    ],
)
def test_half_of_a_scale_after_digits(text: str, value: float) -> None:
    assert [c.quantity.value for c in extract(text, published=PUBLISHED)] == [value]


def test_a_rate_is_not_lent_to_a_later_figure() -> None:
    text = (
        "Al menos 4.100 ciclistas resultaron heridos en 2023, una media de 11 heridos al día, "
        "según la asociación Pedal Seguro. Esa cifra dobló la de 2022, cuando hubo 2.050."
    )
    found = dict(_read(text))
    assert found["11"].endswith("_per_day")
    assert not found["2.050"].endswith("_per_day")


def test_a_strike_share_set_at_a_share_of_workers() -> None:
    text = (
        "Las tres centrales sindicales cifraron la adhesión al paro general del jueves en el "
        "74% de los trabajadores de la industria química."
    )
    assert ("74%", "strikers") in _read(text)
    # another share of the workers after the strike's own figure is not read through it
    text = "La adhesión al paro fue del 60%, y el 20% de los trabajadores no cobrará el día."
    assert ("20%", "strikers") not in _read(text)


def test_in_n_others_after_cases_counts_files() -> None:
    text = (
        "The jailed mayor was pardoned in three cases on Friday but still serves sentences "
        "handed down in four others, his lawyer said."
    )
    assert _read(text) == []
    assert ("six", "injured") in _read("Gunmen killed two people and wounded six others.")


def test_a_count_of_workers_who_stayed_away_in_a_strike() -> None:
    text = (
        "Bus drivers in Lakeview struck on Thursday. About 1,240 TWU members did not show up "
        "to work that Thursday, the transit agency reported."
    )
    assert ("About 1,240", "strikers") in _read(text)
    # the whole of a share did not all stay away; nor did nurses off with the flu
    text = (
        "Bus drivers in Lakeview struck on Thursday. About 81 percent of the 1,460 TWU members "
        "did not show up to work."
    )
    assert ("1,460", "strikers") not in _read(text)
    assert ("About 200", "strikers") not in _read("About 200 nurses were absent with the flu.")


def test_a_quoted_modifier_before_a_noun_of_things() -> None:
    text = (
        "One point the union and the board argued over was whether nurses at 25 “high-need” "
        "clinics should keep their bonuses."
    )
    assert _read(text) == []
    assert _read("Police arrested 30 “violent” protesters on Sunday.") == [("30", "arrests")]
