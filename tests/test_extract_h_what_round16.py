"""What is counted (session 13, h-what): each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

_DAY = dt.date(2025, 3, 4)


def _metrics(text: str) -> dict[str, str]:
    return {c.quantity.surface: c.metric for c in extract(text, published=_DAY)}


# --- a capacity is no count of people -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The county opened nine shelters with capacity for 800 people; 215 people slept there.",
            {"215"},
        ),
        ("The arena, able to house up to 3,000 evacuees, held 620 people on Monday.", {"620"}),
        ("Each centre has room for 150 residents, and 90 evacuees were registered.", {"90"}),
        (
            "Los 40 refugios habilitados pueden albergar a 5.000 personas; hoy acogen a 1.200"
            " evacuados.",
            {"1.200"},
        ),
        (
            "Hay 80 albergues disponibles para recibir a más de 7.000 personas, y 650"
            " damnificados ya duermen en ellos.",
            {"650"},
        ),
        ("Se abrió un pabellón con capacidad para unas 400 personas.", set()),
    ],
)
def test_a_capacity_is_not_read_as_people(text: str, kept: set[str]) -> None:
    assert set(_metrics(text)) == kept


@pytest.mark.parametrize(
    "text",
    [
        "Los damnificados duermen en 70 albergues activos, de un total de 120 que están"
        " disponibles.",
        "The evacuees are split among 40 shelters, out of a total of 62 opened by the county.",
    ],
)
def test_the_total_of_a_count_of_things_is_no_count_of_people(text: str) -> None:
    assert not {s for s in _metrics(text) if s.endswith(("120", "62"))}


@pytest.mark.parametrize(
    "text",
    [
        "The shelter received 300 people overnight.",
        "El albergue recibió a 300 personas durante la noche.",
    ],
)
def test_people_received_are_still_counted(text: str) -> None:
    assert "300" in {s.split()[-1] for s in _metrics(text)}


# --- a share of a workforce in a strike is the strikers' share -------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The unions called a national strike. On Tuesday, 38.2% of teachers in primary"
            " schools and 27.5% in secondary schools, the ministry said.",
            "38.2%",
        ),
        (
            "The unions called a national strike. On Tuesday, 38.2% of teachers in primary"
            " schools and 27.5% in secondary schools, the ministry said.",
            "27.5%",
        ),
        (
            "Los sindicatos convocaron una huelga de enseñanza. Según la consejería, el 31% de"
            " los docentes de primaria y el 24% de los trabajadores de comedores.",
            "31%",
        ),
    ],
)
def test_a_share_of_a_workforce_near_a_strike_is_strikers(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "strikers"


def test_a_share_described_by_a_copula_is_not_strikers() -> None:
    found = _metrics("The unions called a national strike. Some 61% of teachers are women.")
    assert found["Some 61%"] != "strikers"


def test_a_share_of_a_workforce_with_no_strike_near_is_left_alone() -> None:
    assert _metrics("The survey found 45% of teachers work a second job.")["45%"] != "strikers"


def test_the_workforce_a_strike_is_a_share_of_is_not_strikers() -> None:
    found = _metrics(
        "De los 52.300 docentes convocados a la huelga, se sumaron 11.900, según Educación."
    )
    assert found["52.300"] != "strikers"
    assert found["11.900"] == "strikers"


def test_the_whole_that_joined_the_strike_stays_strikers() -> None:
    found = _metrics("De los 300 trabajadores que secundaron la huelga, 40 fueron despedidos.")
    assert found["300"] == "strikers"


# --- a share of an electorate is turnout, never a crowd --------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Officials said the 31 million voters who came out were about 64 percent of eligible"
            " voters, the strongest turnout in decades.",
            "about 64 percent",
        ),
        (
            "In all, 2,104,500 people turned out at the polls, representing 47.3 percent of the"
            " people on the electoral roll.",
            "47.3 percent",
        ),
    ],
)
def test_a_share_of_an_electorate_is_turnout(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "turnout"


def test_a_crowd_share_with_no_vote_stays_a_crowd() -> None:
    found = _metrics("Some 25,000 people turned out for the march, nearly 8 percent of the town.")
    assert found["Some 25,000"] == "protesters"


# --- a figure named again as a figure counts what it counted before ---------------------------


def test_the_n_figure_takes_the_metric_of_the_earlier_figure() -> None:
    found = _metrics(
        "Roughly 84 million people cast ballots, and 3 million mail ballots remain, the"
        " commission said. The 84 million figure is a record, it added."
    )
    assert found["84 million"] == "voters"


def test_a_share_of_the_roll_with_no_vote_named_is_not_turnout() -> None:
    found = _metrics("About 41 percent of registered voters are under 30, the census office said.")
    assert found.get("About 41 percent") != "turnout"


# --- people aboard a vessel are people on board ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Rescuers pulled 88 migrants from the water. Survivors said 104 had been originally"
            " aboard.",
            "104",
        ),
        (
            "Witnesses spoke of between 90 and 110 migrants being on board, the agency said.",
            "between 90 and 110",
        ),
        ("Según los supervivientes, 75 personas viajaban a bordo de la lancha.", "75"),
    ],
)
def test_people_aboard_are_people_on_board(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "people_on_board"


def test_the_rescued_beside_those_aboard_stay_rescued() -> None:
    found = _metrics("The coast guard rescued 88 migrants. Survivors said 104 had been aboard.")
    assert found["88"] == "rescued"


# --- "political hostages" are political prisoners; a kind said of a bare figure is a part -----


def test_political_hostages_are_political_prisoners() -> None:
    found = _metrics("La ONG contabiliza 640 rehenes políticos en las cárceles del país.")
    assert found["640"] == "political_prisoners"


def test_those_still_held_beside_political_hostages_are_not_kidnapped() -> None:
    found = _metrics(
        "El grupo confirmó 210 excarcelaciones de rehenes políticos, mientras que aún siguen"
        " tras las rejas 590 ciudadanos."
    )
    assert found["590"] == "political_prisoners"


def test_those_still_held_in_a_kidnapping_stay_hostages() -> None:
    found = _metrics("Los secuestradores liberaron a 12 rehenes y todavía retienen a 30.")
    assert found["30"] == "hostages"


_KINDS = (
    "El grupo dice que quedan 640 presos políticos. Añade que 598 son adultos y solo hay un"
    " adolescente entre las víctimas. La mayoría (560) son hombres."
)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (_KINDS, "598"),
        (_KINDS, "560"),
        (
            "The group says 640 political prisoners remain. It adds that 120 are women, and 30"
            " are foreigners among the victims.",
            "120",
        ),
    ],
)
def test_a_bare_figure_said_to_be_a_kind_keeps_the_count_it_breaks_down(
    text: str, surface: str
) -> None:
    assert _metrics(text)[surface] == "political_prisoners"


# --- a bare figure held, or in a gapped clause, goes on with the count before it --------------

_HELD = (
    "Una fundación cuenta 1.900 secuestrados en el país. El grupo armado retiene a 450, diez de"
    " ellos extranjeros. La otra guerrilla mantiene en su poder a 180. Las bandas, a 95."
)


@pytest.mark.parametrize("surface", ["180", "95"])
def test_a_bare_figure_held_or_gapped_continues_the_hostages(surface: str) -> None:
    assert _metrics(_HELD)[surface] == "hostages"


def test_a_bare_figure_held_with_no_stock_before_keeps_the_default() -> None:
    found = _metrics("La dictadura mantiene en su poder a 180, según la ONG.")
    assert found["180"] == "political_prisoners"


# --- people said to be on a roll are the registered voters ------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Unos 7,2 millones de chilenos estaban inscritos en el padrón electoral.",
            "Unos 7,2 millones",
        ),
        (
            "El padrón cerró con 3 millones 410 mil personas inscritas con derecho a votar.",
            "3 millones 410 mil",
        ),
        ("About 2.6 million people were registered to vote in the province.", "About 2.6 million"),
    ],
)
def test_people_on_a_roll_are_registered_voters(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "registered_voters"


def test_people_registered_for_something_else_are_not_voters() -> None:
    found = _metrics("Some 4,000 people registered for the training course this year.")
    assert found.get("Some 4,000") != "registered_voters"


def test_a_fraction_of_an_electorate_that_voted_is_turnout() -> None:
    found = _metrics(
        "La autoridad electoral dijo que votaron 6 millones de personas, casi la mitad del"
        " electorado."
    )
    assert found["casi la mitad"] == "turnout"


# --- a rule's bar is no count ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Parties must clear a 4% threshold to win seats; turnout was 58%.", {"58%"}),
        (
            "For the vote to be valid a minimum 25 percent turnout is required; turnout was 19"
            " percent.",
            {"19 percent"},
        ),
        ("La ley exige una participación mínima del 40% para que la consulta sea válida.", set()),
        ("El umbral del 3% deja fuera a dos partidos.", set()),
    ],
)
def test_a_rules_bar_is_not_a_count(text: str, kept: set[str]) -> None:
    assert set(_metrics(text)) == kept


def test_a_minimum_with_no_rule_is_a_hedge_of_a_count() -> None:
    assert _metrics("A minimum of 30 people died in the blast.") == {"A minimum of 30": "deaths"}


# --- a part whose relative clause names its own act counts that act ---------------------------


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Two aid workers were abducted last year, one of whom has since died.", "one", "deaths"),
        ("Gunmen seized 35 passengers, 9 of whom were later killed.", "9", "deaths"),
        ("Clinics logged 410 cases, 160 of whom were children.", "160", "cases"),
    ],
)
def test_a_relative_part_counts_its_own_act(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric
