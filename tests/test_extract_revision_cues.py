"""Round 9 (issue 9, audit5 P4): revision cues in long sentences, and one-day events that
keep their day. Every sentence is invented; the long forms keep the shape of real news
sentences (asides, appositions, a quoting source after the figures)."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Claim, extract

PUBLISHED = dt.date(2026, 10, 8)


def _by_value(claims: list[Claim]) -> dict[float, Claim]:
    return {c.quantity.low: c for c in claims}


def _by_surface(claims: list[Claim]) -> dict[str, Claim]:
    return {c.quantity.surface: c for c in claims}


def _days(claim: Claim) -> tuple[dt.date | None, dt.date]:
    """The claim's period as (start, end); every claim here has one."""
    assert claim.as_of is not None, claim.quantity.surface
    return claim.as_of.start, claim.as_of.end


@pytest.mark.parametrize(
    "text",
    [
        "The strikes killed 40 civilians, not the eight the army first acknowledged.",
        "The inquiry concluded that the shelling of a farm settlement near the border town "
        "of Aldmere killed about 40 civilians — not the eight the army first acknowledged, "
        "according to a ministry aide who asked that her name be withheld since she had no "
        "leave to brief the press.",
    ],
)
def test_a_figure_set_aside_is_the_one_replaced(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    by = _by_value(claims)
    new, old = by[38.0] if 38.0 in by else by[40.0], by[8.0]
    assert new.supersedes == old.id
    assert [c.mention for c in old.claimants] == ["army"]  # who first gave it
    assert old.as_of is not None
    assert new.as_of is not None
    assert old.as_of.end <= new.as_of.end


@pytest.mark.parametrize(
    "text",
    [
        "El ministerio informó que fueron 21 y no 24 los muertos.",
        "La oficina de comunicación de la Consejería de Seguridad precisó que fueron 21 y no "
        "24, la cifra de cadáveres encontrados el domingo en Valdeluna, en la provincia de "
        "Sorbia.",
    ],
)
def test_n_y_no_m_is_a_revision_of_m(text: str) -> None:
    by = _by_value(extract(text, published=PUBLISHED))
    assert by[21.0].supersedes == by[24.0].id
    assert by[24.0].supersedes is None
    assert by[24.0].as_of == by[21.0].as_of


def test_the_number_sign_stays_no_count() -> None:
    claims = extract("Los 40 vecinos del portal no 15 protestaron.", published=PUBLISHED)
    assert [c.quantity.low for c in claims] == [40.0]


def test_a_figure_after_a_clause_end_is_not_set_aside() -> None:
    text = "The strikes killed 40 civilians. Not the eight the army claimed died later."
    claims = extract(text, published=PUBLISHED)
    assert all(c.supersedes is None for c in claims)


LONG_INQUIRY = (
    "Army air strikes on the valley on Sept. 3 killed some 30 civilians, officials said "
    "Wednesday. The army's original inquiry found that up to 48 fighters and six civilians "
    "were killed in that raid, which soured ties between the two capitals. A panel of "
    "provincial councillors toured the villages hit by the raid and reported that around "
    "70 civilians, among them 40 children, were killed. Early notes from a relief agency "
    "supported that account. A new army report holds that fewer than 25 fighters died in "
    "the operation, the daily said."
)


def test_a_new_report_replaces_the_original_inquirys_finding_of_the_same_noun() -> None:
    by = _by_surface(extract(LONG_INQUIRY, published=PUBLISHED))
    new, old = by["fewer than 25"], by["up to 48"]
    assert new.supersedes == old.id
    assert [c.mention for c in new.claimants] == [c.mention for c in old.claimants]
    assert by["40"].id != new.supersedes  # the children are no count of fighters
    assert by["six"].id != new.supersedes


def test_the_inquirys_figures_are_dated_by_the_raid() -> None:
    by = _by_surface(extract(LONG_INQUIRY, published=PUBLISHED))
    day = dt.date(2026, 9, 3)
    for surface in ("some 30", "six", "around 70"):
        assert _days(by[surface])[1] == day, surface


INITIAL = (
    "Las autoridades de la isla admitieron el jueves que las inundaciones dejaron más de "
    "2.300 fallecidos, bastante por encima del balance oficial.\n"
    "En un documento remitido a la Asamblea y colgado en internet, las autoridades señalaron "
    "que el balance revisado de muertes se eleva a 2.318, según los archivos del registro "
    "civil. "
    "Añadieron que 310.000 familias sufrieron desperfectos en sus viviendas.\n"
    "«Si bien el balance oficial de muertes de la Agencia de Emergencias fue inicialmente de "
    "87, la pérdida parece muy superior», señala el documento."
)


def test_an_initial_figure_is_revised_and_never_dated_after_the_revision() -> None:
    published = dt.date(2026, 10, 9)  # a Friday: "el jueves" is the day before
    by = _by_value(extract(INITIAL, published=published))
    new, old = by[2318.0], by[87.0]
    assert new.supersedes == old.id
    assert old.as_of is not None
    assert new.as_of is not None
    assert old.as_of.end <= new.as_of.end
    assert old.as_of.end < published  # the initial figure is not today's
    assert [c.mention for c in old.claimants] == ["Agencia de Emergencias"]  # who kept it


def test_an_initial_count_of_the_body_that_kept_it_in_english() -> None:
    text = (
        "On Monday the island government said the revised number of deaths stood at 2,318, "
        "citing civil registry records. The official tally of the Civil Defence Agency was "
        "initially 87, the report noted."
    )
    by = _by_value(extract(text, published=dt.date(2026, 10, 9)))
    assert by[2318.0].supersedes == by[87.0].id
    assert [c.mention for c in by[87.0].claimants] == ["Civil Defence Agency"]


@pytest.mark.parametrize(
    "text",
    [
        "Drone strikes on the Varsa valley on Aug. 14 killed some 45 civilians, officials said "
        "Thursday. The regional council had said that the August bombing killed some 120 "
        "civilians.",
        "Drone strikes on the Varsa valley on Aug. 14 killed some 45 civilians, well above "
        "what the army had owned up to, ministry staff said Thursday. The Evening Ledger "
        "broke the story in its Thursday paper.\n\nThe regional council and relief groups "
        "had said that the August bombing killed some 120 civilians.",
    ],
)
def test_a_named_operation_keeps_the_day_of_the_event(text: str) -> None:
    by = _by_surface(extract(text, published=PUBLISHED))
    day = dt.date(2026, 8, 14)
    for surface in ("some 45", "some 120"):
        assert _days(by[surface]) == (day, day), surface


def test_a_count_in_a_month_stays_the_month() -> None:
    text = (
        "Military airstrikes in the Varsa valley on Aug. 14 killed some 45 civilians. Some "
        "300 people were killed in attacks in August, the council said."
    )
    by = _by_surface(extract(text, published=PUBLISHED))
    period = by["Some 300"].as_of
    assert period is not None
    assert (period.start, period.end) == (dt.date(2026, 8, 1), dt.date(2026, 8, 31))


def test_the_event_of_the_lead_is_dated_by_its_day() -> None:
    text = (
        "The coastal command on Friday evening issued its overdue findings on a contested "
        "Sept. 2 air raid over the Tarvo hills. About 31 civilians lost their lives in the "
        "raid, the command said. A human rights panel found that 88 civilians died in the "
        "raid."
    )
    day = dt.date(2026, 9, 2)
    for claim in extract(text, published=PUBLISHED):
        assert _days(claim)[1] == day, claim.quantity.surface


def test_an_item_of_a_review_does_not_date_the_review() -> None:
    text = (
        "Lisbon (AFP) Oct 8, 2026\n"
        "A continuing audit of drone attacks found another 30 civilians were killed by the "
        "alliance, taking its overall count to at least 510.\n"
        "One of the cases the alliance went through last month was an April 3 attack on a "
        "depot in Marvel that left 7 civilians dead."
    )
    by = _by_surface(extract(text, published=PUBLISHED))
    assert by["7"].as_of is not None
    assert by["7"].as_of.end == dt.date(2026, 4, 3)
    for surface in ("30", "at least 510"):
        assert _days(by[surface])[1] == PUBLISHED, surface


def test_un_ataque_con_su_dia_fecha_los_recuentos() -> None:
    text = (
        "El balance oficial de víctimas del bombardeo de la semana pasada sobre una estación "
        "de autobuses de Norvel ascendió el miércoles a 41 personas, de acuerdo con un "
        "portavoz.\n"
        "Las autoridades habían dado en un primer momento 26 muertos en el bombardeo del 2 "
        "de octubre. Pero el coronel que dirige las pesquisas dio a conocer el nuevo balance "
        "ante los periodistas."
    )
    by = _by_value(extract(text, published=PUBLISHED))
    new, old = by[41.0], by[26.0]
    assert new.supersedes == old.id
    assert old.as_of is not None
    assert new.as_of is not None
    assert old.as_of.end == dt.date(2026, 10, 2) <= new.as_of.end


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "Por lo menos 5.100 migrantes perdieron la vida en 2025 en la ruta, según dio a "
            "conocer el martes la asociación Puente Sur. El balance, que casi dobla el de 2024, "
            "cuando hubo 1.870, es el peor que la asociación ha anotado nunca, explicó su "
            "portavoz a los periodistas en Sevilla.",
            "1.870",
            2024,
        ),
        ("The toll tripled from 2019, when 300 died, to 910 this year.", "300", 2019),
    ],
)
def test_a_year_and_its_when_clause_date_that_clauses_figure(
    text: str, surface: str, year: int
) -> None:
    by = _by_surface(extract(text, published=PUBLISHED))
    assert _days(by[surface])[1].year == year


def test_a_year_and_its_when_clause_date_no_other_figure() -> None:
    text = "The toll tripled from 2019, when 300 died, to 910 this year."
    by = _by_surface(extract(text, published=PUBLISHED))
    assert _days(by["910"]) == (dt.date(2026, 1, 1), PUBLISHED)


def test_a_now_shelved_bill_is_no_date() -> None:
    text = (
        "Crowds filled the avenues of the capital on Sunday for the yearly parade. "
        "Organisers reckoned that 90,000 people marched through the harbour town, a turnout "
        "swollen by resentment of a now-shelved water tariff reform."
    )
    [claim] = extract(text, published=dt.date(2026, 10, 13))  # a Tuesday
    assert _days(claim) == (dt.date(2026, 10, 11), dt.date(2026, 10, 11))


def test_a_verb_of_the_event_names_no_event_day() -> None:
    text = (
        "The union said 900 workers were on strike.\n"
        "Not every member was allowed a say on whether to walk out Aug. 23, the union said.\n"
        "The university said 400 workers stayed away."
    )
    for claim in extract(text, published=PUBLISHED):
        assert _days(claim)[1] != dt.date(2026, 8, 23), claim.quantity.surface


@pytest.mark.parametrize(
    ("text", "surface", "year"),
    [
        (
            "La Guardia Urbana de Girona cifró en 1.200.000 los asistentes a la Diada de "
            "2012, mientras que este domingo contó 310.000 manifestantes.",
            "1.200.000",
            2012,
        ),
        (
            "La cadena humana de 2013 reunió a 1,6 millones de personas, según la Generalitat.",
            "1,6 millones",
            2013,
        ),
        ("The police counted 80,000 marchers at the 2014 rally.", "80,000", 2014),
        (
            'El Govern, en cambio, llegó a hablar de "tres millones de participantes" en la '
            "Marcha por la Lengua --aquella cadena humana-- de 2013.",
            "tres millones",
            2013,
        ),
    ],
)
def test_a_past_event_named_with_its_year_dates_its_figure(
    text: str, surface: str, year: int
) -> None:
    by = _by_surface(extract(text, published=dt.date(2016, 9, 11)))
    assert _days(by[surface]) == (dt.date(year, 1, 1), dt.date(year, 12, 31))


def test_a_law_of_a_year_dates_no_figure() -> None:
    [claim] = extract(
        "Unas 300 personas afectadas por la ley de 2012 protestaron.",
        published=dt.date(2016, 9, 11),
    )
    assert _days(claim)[1] == dt.date(2016, 9, 11)


@pytest.mark.parametrize(
    "text",
    [
        "La policía local de Arenal cifró en 42.000 los asistentes a la marcha de este "
        "sábado. En 2019, la misma policía elevó la cifra a 90.000. La prefectura contó "
        "15.000 asistentes.",
        "La policía local de Arenal calcula que 42.000 personas participaron en la marcha "
        "del sábado por el centro de la ciudad, convocada por la fiesta regional. Es menos "
        "gente que en ediciones previas. Hace un año, la misma policía contó 70.000 "
        "personas. Ya en 2019, elevó la cifra a 90.000. La prefectura contó 15.000 "
        "asistentes.",
        "Arenal police put Saturday's march at 42,000 people. In 2019, the police raised the "
        "figure to 90,000. The prefecture counted 15,000 marchers.",
    ],
)
def test_a_figure_of_an_earlier_year_revises_no_figure_of_today(text: str) -> None:
    """A revising verb dated by its sentence to an earlier year ("en 2019, elevó la cifra
    a …") counts that year's event: today's figure stays in force, and meets the other
    source's count of today."""
    claims = {c.quantity.value: c for c in extract(text, published=dt.date(2026, 10, 11))}
    today, earlier = claims[42000], claims[90000]
    assert earlier.supersedes is None or earlier.supersedes != today.id
    assert earlier.as_of is not None
    assert earlier.as_of.end.year == 2019
