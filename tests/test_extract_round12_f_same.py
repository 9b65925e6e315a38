"""Round 12 (issue 9, audit8 P3): one speaker under several names, revisions kept, false
ones never made. Every sentence is invented; the long forms keep the shape of real news
(asides, titles, a quote closed by a pronoun)."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Claim, check, extract

PUBLISHED = dt.date(2026, 10, 8)


def _by_value(claims: list[Claim]) -> dict[float, Claim]:
    return {c.quantity.low: c for c in claims}


def _value(claims: list[Claim], low: float, high: float) -> Claim:
    """The one claim whose interval holds the range [low, high] (round figures get a
    margin)."""
    found = [c for c in claims if c.quantity.low <= low and c.quantity.high >= high]
    assert len(found) == 1, [c.quantity.surface for c in claims]
    return found[0]


def _who(claim: Claim) -> list[str]:
    return [c.mention for c in claim.claimants]


# --- rule 3: a sentence with a subject of its own is that subject's, never a revision ------


@pytest.mark.parametrize(
    ("text", "rival"),
    [
        (
            "The Evening Courier first reported that 12,000 people attended the vigil. "
            "Some partisan websites claimed 30,000 attendees.",
            "partisan websites",
        ),
        (
            "Organisers had hoped for a modest turnout at the riverside vigil for the "
            "drowned ferry passengers, and the Evening Courier, a regional paper, at first "
            "put the crowd at 12,000 people. Several campaign blogs, shared widely over the "
            "weekend, claimed 30,000 attendees. Police declined to give a figure.",
            "campaign blogs",
        ),
        (
            "El diario La Jornada informó al principio que 12.000 personas asistieron a la "
            "vigilia. Algunos blogs afirmaron que hubo 30.000 asistentes.",
            "blogs",
        ),
    ],
)
def test_a_figure_with_its_own_subject_is_no_revision_of_the_sentence_before(
    text: str, rival: str
) -> None:
    claims = extract(text, published=PUBLISHED)
    first = _value(claims, 12_000, 12_000)
    second = _value(claims, 30_000, 30_000)
    assert second.supersedes is None
    assert first.supersedes is None
    assert _who(second) == [rival]
    assert _who(first) != _who(second)


# --- rule 1: one person under a full title, an acronym of it, a surname, a pronoun ----------


@pytest.mark.parametrize(
    "text",
    [
        "Chief Fire Officer Dana Whitcombe said 1,200 residents were evacuated on Friday. "
        "CFO Whitcombe later told the press that 1,450 residents had left their homes.",
        "Chief Fire Officer Dana Whitcombe, who took charge of the county brigade last "
        "spring, said late on Friday that 1,200 residents were evacuated from the valley. "
        "Speaking at a second briefing in the town hall on Saturday, CFO Whitcombe told "
        "the press that 1,450 residents had left their homes by dawn.",
        "Chief Returning Officer Nadia Farouk Selim said 1,200 people were evacuated. "
        "Selim said on Tuesday that 1,450 people had been moved to shelters.",
    ],
)
def test_an_acronym_of_a_title_or_a_surname_is_the_person_named_in_full(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    first = _value(claims, 1_200, 1_200)
    second = _value(claims, 1_450, 1_450)
    assert _who(first) == _who(second)
    assert len(_who(first)) == 1
    assert _who(first)[0].startswith("Chief")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Provincial Governor Tomas Herrera said 300 families were displaced. Rescue "
            'officials said roads were blocked. "We expect 500 people displaced by tonight," '
            "he said.",
            "Provincial government",
        ),
        (
            "La gobernadora Elena Paredes dijo que 300 familias fueron evacuadas. Los "
            "funcionarios de protección civil señalaron que las carreteras seguían cortadas. "
            '"Esperamos 500 evacuados esta noche", dijo ella.',
            "Elena Paredes",
        ),
    ],
)
def test_he_or_she_is_the_person_before_not_a_group_of_officials(text: str, person: str) -> None:
    claims = extract(text, published=PUBLISHED)
    assert _who(_value(claims, 500, 500)) == [person]


def test_two_people_sharing_a_surname_keep_their_own_names() -> None:
    text = (
        "Chief Fire Officer Dana Whitcombe said 1,200 residents were evacuated. Police "
        "Commissioner Paul Whitcombe said 40 people were arrested. Whitcombe said 1,450 "
        "residents had left."
    )
    claims = extract(text, published=PUBLISHED)
    assert _who(_value(claims, 1_450, 1_450)) != ["Chief Fire Officer Dana Whitcombe"]


# --- rule 2: "amends / corrige the figure released in X, when …" is the source's earlier ---


@pytest.mark.parametrize(
    "text",
    [
        "The monitoring network said on Thursday that 8,200 people had died in the "
        "conflict. The new count amends the figure released in May 2023, when the network "
        "counted 9,100 deaths.",
        "La red de monitoreo difundió el jueves un nuevo recuento: 8.200 muertos en el "
        "conflicto. El nuevo recuento rectifica la cifra difundida en mayo de 2023, cuando "
        "la red contaba 9.100 muertos.",
        "La red de monitoreo, que reúne a médicos y voluntarios en tres provincias, difundió "
        "el jueves un nuevo recuento: 8.200 muertos en el conflicto desde su inicio. El "
        "nuevo recuento, según sus autores, rectifica la cifra difundida en mayo de 2023, "
        "cuando la red contaba 9.100 muertos, de ellos un tercio civiles.",
    ],
)
def test_a_corrected_figure_published_before_is_replaced_by_the_new_one(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    new = _value(claims, 8_200, 8_200)
    old = _value(claims, 9_100, 9_100)
    assert new.supersedes == old.id
    assert old.supersedes is None
    assert old.as_of is not None
    assert new.as_of is not None
    assert old.as_of.end < new.as_of.end


def test_the_value_a_figure_is_corrected_to_is_not_the_earlier_one() -> None:
    text = (
        "The agency said 300 people died. On Friday it corrected the figure published on "
        "Monday to 280."
    )
    claims = extract(text, published=PUBLISHED)
    new = _value(claims, 280, 280)
    old = _value(claims, 300, 300)
    assert old.supersedes != new.id


def test_a_correction_names_the_nearest_value_not_a_breakdown() -> None:
    text = (
        "El martes la red publicó otra cifra: 8.200 muertos (2.900 civiles, entre ellos 700 "
        "niños). La cifra sorprendió. El nuevo recuento corrige la cifra publicada en mayo de "
        "2023, cuando se afirmaba que habían muerto 9.100 personas."
    )
    claims = extract(text, published=PUBLISHED)
    old = _value(claims, 9_100, 9_100)
    assert _value(claims, 8_200, 8_200).supersedes == old.id
    assert all(c.supersedes != old.id for c in claims if c.quantity.low < 5_000)


# --- rule 4: a figure of the day up to an hour is neither the day's total nor its revision --


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (
            "The commission's secretary said turnout was 14 percent at noon and 33 percent "
            "at 4 pm. The chief commissioner later put the final turnout at 52 percent.",
            {14: "turnout_partial_12h", 33: "turnout_partial_16h", 52: "turnout"},
        ),
        (
            "By 2 p.m., turnout across the five provinces had reached 29 percent, the "
            "electoral board said in a statement, a figure below the 35 percent of the last "
            "regional vote.",
            {29: "turnout_partial_14h"},
        ),
        (
            "Según la junta electoral, a las 13 horas la participación era del 21 %, y al "
            "cierre de las urnas llegó al 58 %.",
            {21: "turnout_partial_13h", 58: "turnout"},
        ),
        (
            "La participación hasta el mediodía fue del 18 por ciento, informó el tribunal.",
            {18: "turnout_partial_12h"},
        ),
        (  # session 9: minutes and "p.m." after them ("5:30 p.m." was read as 05h)
            "By 5:30 p.m., turnout in the capital stood at 41 percent, the board said.",
            {41: "turnout_partial_17h"},
        ),
    ],
)
def test_a_figure_up_to_an_hour_is_a_quantity_of_its_own(text: str, hours: dict[int, str]) -> None:
    claims = extract(text, published=PUBLISHED)
    by = {int(c.quantity.low): c for c in claims if c.quantity.unit == "percent"}
    assert {v: by[v].metric for v in hours} == hours
    assert all(c.supersedes is None for c in claims)


def test_the_time_a_source_spoke_is_no_cut_off() -> None:
    text = (
        "The chief commissioner said at a briefing at 4 pm that turnout was 41 percent. "
        "La presidenta de la junta informó a las 18 horas que la participación fue del 57 %."
    )
    claims = extract(text, published=PUBLISHED)
    assert {c.metric for c in claims} == {"turnout"}


@pytest.mark.parametrize(
    "text",
    [
        "The electoral office said on Sunday that turnout stood at 17 percent at noon. Chief "
        "Commissioner Lena Marsh said on Sunday evening that turnout was 49 percent.",
        "Voting ended on Sunday. The electoral office said turnout stood at 17 percent at "
        "noon. The chief commissioner, Lena Marsh, said turnout was 49 percent.",
    ],
)
def test_partial_figures_are_not_set_against_the_days_total(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    assert len(claims) == 2
    assert check(claims).discrepancies == ()


# --- rule 2: "the final turnout" replaces the same source's earlier figure -----------------


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        (
            "Ballots were cast on Sunday. The returning office said on Sunday evening that "
            "turnout was about 47 percent. On Monday the returning office said the final "
            "turnout was 51.6 percent.",
            47,
            51.6,
        ),
        (
            "La junta dijo el domingo que la participación rondaba el 50 %. El lunes, la "
            "junta informó que la participación definitiva fue del 54,2 %.",
            50,
            54.2,
        ),
    ],
)
def test_a_final_figure_replaces_the_sources_earlier_one(
    text: str, before: float, after: float
) -> None:
    claims = extract(text, published=PUBLISHED)
    old = _value(claims, before, before)
    new = _value(claims, after, after)
    assert new.supersedes == old.id


def test_a_final_figure_of_another_source_revises_nothing() -> None:
    text = (
        "The opposition said on Sunday that turnout was about 47 percent. On Monday the "
        "returning office said the final turnout was 51.6 percent."
    )
    claims = extract(text, published=PUBLISHED)
    assert all(c.supersedes is None for c in claims)
