"""Round 10 (audit6 P5): the scope is the place that the figure's own clause ties to it. A
place in a clause that comments on the figure, the places of a breakdown ("by province"), and
a later sentence's place that has a figure of its own never scope it; Spain's provinces are
places of the gazetteer. Invented sentences, EN and ES, short and in the shape of news."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.where_asides import (
    breakdown_end,
    comment_after,
    comment_before,
    figure_in,
)
from discrepancy.places import Gazetteer
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 14)


class _Scopes(dict[str, "str | None"]):
    """Scopes by a claim's surface; a figure may be asked for without its hedge ("21%" for
    "el 21%")."""

    def __missing__(self, key: str) -> str | None:
        found = [v for k, v in self.items() if k.endswith(key)]
        if len(found) != 1:
            raise KeyError(key)
        return found[0]


def _scopes(text: str) -> _Scopes:
    return _Scopes({c.quantity.surface: c.scope for c in extract(text, published=PUBLISHED)})


# --- the gazetteer knows Spain's provinces, and no name read before changes its place ---------


@pytest.mark.parametrize(
    ("name", "region"),
    [("Pontevedra", "ES-GA"), ("Jaén", "ES-AN"), ("Lérida", "ES-CT"), ("Vizcaya", "ES-PV")],
)
def test_a_spanish_province_lies_in_its_community(name: str, region: str) -> None:
    gazetteer = Gazetteer.builtin()
    place = gazetteer.resolve(name)
    assert place is not None
    assert place.parent == region
    assert gazetteer.contains("ES", place.id)


@pytest.mark.parametrize(
    ("name", "place_id"),
    [("Sevilla", "city:ES:sevilla"), ("Madrid", "city:ES:madrid"), ("Guadalajara", None)],
)
def test_a_province_takes_no_name_another_place_had(name: str, place_id: str | None) -> None:
    place = Gazetteer.builtin().resolve(name)
    assert place is not None
    if place_id is not None:
        assert place.id == place_id
    else:
        assert place.country != "ES"  # Guadalajara, Mexico, as before


# --- a clause about the figure: its place is not the figure's ---------------------------------


@pytest.mark.parametrize(
    ("text", "number", "place"),
    [
        (
            "The department put the strike turnout at the clinics at 18%, a figure that "
            "climbed in Cádiz.",
            "18%",
            "Cádiz",
        ),
        (
            "El departamento situó el seguimiento de la huelga en los hospitales en el 21%, un "
            "dato que creció en Huelva.",
            "21%",
            "Huelva",
        ),
        (
            "La consejería de Salud estimó en un 19% el seguimiento de la huelga en los "
            "hospitales, un porcentaje que subió dos puntos en Almería, se quedó en el 11% en "
            "Jaén y llegó al 25% en Huelva, según un comunicado difundido a media tarde.",
            "19%",
            "Huelva",
        ),
        (
            "Health officials said on Wednesday that about 16% of hospital staff stayed away, "
            "a share that rose in Teruel and fell in Huesca, while the unions described the "
            "stoppage as a success.",
            "about 16%",
            "Teruel",
        ),
    ],
)
def test_a_comment_on_the_figure_does_not_scope_it(text: str, number: str, place: str) -> None:
    scopes = _scopes(text)
    assert scopes[number] != place
    assert scopes[number] not in ("Huesca", "Almería", "Jaén")


def test_the_entries_of_a_comment_keep_their_own_places() -> None:
    scopes = _scopes(
        "La consejería estimó en un 19% el seguimiento de la huelga, un porcentaje que subió "
        "en Almería, se quedó en el 11% en Jaén y llegó al 25% en Huelva."
    )
    assert scopes["11%"] == "Jaén"
    assert scopes["25%"] == "Huelva"


# --- a breakdown: its places are parts ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ministry put the strike turnout in the schools at 18%. By province, the regional "
        "government counted a turnout of 29% in Cádiz.",
        "El ministerio cifró en el 18% la adhesión al paro en las escuelas. Por "
        "provincias, el gobierno regional contó un seguimiento del 29% en Cádiz y del 12% en "
        "Jaén.",
    ],
)
def test_a_breakdown_does_not_scope_the_figure_before_it(text: str) -> None:
    scopes = _scopes(text)
    assert scopes["18%"] not in ("Cádiz", "Jaén", "By", "Por")
    assert scopes["29%"] == "Cádiz"


def test_by_is_no_name_before_province() -> None:
    scopes = _scopes(
        "By province, the labour office said strike turnout was 31% in Soria and 14% in Segovia."
    )
    assert "By" not in scopes.values()
    assert scopes["31%"] == "Soria"


# --- the rival's figure for one province gets that province -----------------------------------


@pytest.mark.parametrize(
    ("text", "rival", "place"),
    [
        (
            "Según la Junta, el seguimiento de la huelga fue del 22% en Palencia, del 18% en "
            "Soria y del 30% en Zamora. Las centrales elevaron esa adhesión en Zamora hasta el "
            "64%.",
            "64%",
            "Zamora",
        ),
        (
            "La Junta cifró el seguimiento de la huelga en Castilla y León en el 20%. Los "
            "sindicatos, en el caso de Soria, lo elevaron al 61%.",
            "61%",
            "Soria",
        ),
        (
            "The regional cabinet said strike turnout in Aragón was 20%. In Huesca the unions "
            "put the turnout at 57%.",
            "57%",
            "Huesca",
        ),
    ],
)
def test_the_rivals_figure_keeps_its_province(text: str, rival: str, place: str) -> None:
    scopes = _scopes(text)
    assert scopes[rival] == place


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "La Junta cifró el seguimiento de la huelga en el 20%. Los sindicatos, en el caso "
            "de Teruel, lo elevaron al 61%, y en Huesca, al 48%.",
            "20%",
        ),
        (
            "Organisers said 12,000 people marched on Sunday against the closures. In Soria, "
            "police counted 800 marchers; in Segovia, 650.",
            "12,000",
        ),
    ],
)
def test_a_later_place_with_its_own_figure_does_not_scope_back(text: str, first: str) -> None:
    scopes = _scopes(text)
    assert scopes[first] not in ("Teruel", "Huesca", "Soria", "Segovia")


@pytest.mark.parametrize(
    ("text", "first", "place"),
    [
        (
            "Tens of thousands rallied in Lisbon on Sunday to back a truce in the war between"
            " Russia and Ukraine.\n\n"
            "Police estimated the crowd at 40,000, while the organizers said 120,000 took "
            "part. By either count it was the biggest rally in Lisbon since the invasion "
            "began on Feb. 24.\n\n"
            'Many carried the flag of Ukraine. "We ask nothing of Russia but peace," said one'
            " marcher.\n\n"
            '"Both armies must stop," she said of Russia and Ukraine.',
            "40,000",
            "Lisbon",
        ),
        (
            "Decenas de miles de personas marcharon el domingo en Valencia para pedir una "
            "tregua en la guerra entre Rusia y Ucrania.\n\n"
            "La policía calculó 30.000 asistentes y los convocantes, 90.000. Fue la mayor "
            "marcha en Valencia desde que empezó la invasión, el 24 de febrero.\n\n"
            "Muchos llevaban banderas de Ucrania. «No pedimos nada a Rusia salvo paz», dijo "
            "una manifestante.\n\n"
            "«Los dos ejércitos deben parar», dijo sobre Rusia y Ucrania.",
            "30.000",
            "Valencia",
        ),
    ],
)
def test_a_later_place_followed_by_a_date_still_scopes_back(
    text: str, first: str, place: str
) -> None:
    """A date after the place ("since March 3", "desde el 12 de mayo de 2021") is no figure
    of that place's own: the place still scopes the figures of the sentences before it."""
    assert _scopes(text)[first] == place


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("lo elevaron al 61%", True),
        ("police counted 800 marchers", True),
        ("since the war began on Oct. 7", False),
        ("desde el 7 de octubre", False),
        ("since 7 October", False),
        ("in 2023", False),
    ],
)
def test_figure_in(text: str, figure: bool) -> None:
    assert figure_in(text) is figure


# --- the readers themselves -----------------------------------------------------------------


def test_the_readers_of_asides() -> None:
    text = "put it at 18%, a figure that rose in Cádiz"
    assert comment_after(text, text.index("%") + 1, text.index("Cádiz"))
    plain = "put it at 18% in Cádiz, the office said"
    assert not comment_after(plain, plain.index("%") + 1, plain.index("Cádiz"))
    clause = "el paro fue del 18%, un dato que subió en Jaén"
    assert comment_before(clause, 0, clause.index("Jaén"))
    assert not comment_before("el paro fue del 18% en Jaén", 0, 23)
    assert breakdown_end("por provincias, el paro") == len("por provincias")
    assert breakdown_end("by province") == len("by province")
    assert breakdown_end("the provinces by provincial law") == -1


def test_every_breakdown_phrase_passes_the_quick_test() -> None:
    phrases = tables_en.BREAKDOWN_PHRASES + tables_es.BREAKDOWN_PHRASES
    assert all("by" in p or "por" in p for p in phrases)


# --- sectors: shares of different workforces never meet ------------------------------------


def _sectors(text: str) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for c in extract(text, published=PUBLISHED):
        note = c.note or ""
        out[c.quantity.surface] = note.split("sector: ")[1] if "sector: " in note else None
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Servicio de Salud cifró el seguimiento de la huelga en el 21%. En el ámbito de "
            "la justicia, el seguimiento de la huelga fue del 30%.",
            {"21%": "health", "30%": "justice"},
        ),
        (
            "The regional office said strike turnout was 17% in the health service and 26% "
            "among teachers, while the unions gave no figure.",
            {"17%": "health", "26%": "education"},
        ),
        (
            "En cuanto al conjunto de la administración, el seguimiento de la huelga fue del "
            "24%. Por provincias, la huelga la secundó un 31% en Soria y un 12% en Segovia.",
            {"24%": "whole", "31%": "whole", "12%": "whole"},
        ),
        (
            "Los sindicatos situaron el seguimiento de la huelga en el 70%.",
            {"70%": None},
        ),
    ],
)
def test_a_strike_share_keeps_its_sector(text: str, expected: dict[str, str | None]) -> None:
    sectors = _sectors(text)
    for number, sector in expected.items():
        found = [v for k, v in sectors.items() if k.endswith(number)]
        assert found == [sector], (number, sectors)


def _scanned(text: str) -> list[tuple[str, ...]]:
    claims = extract(text, published=PUBLISHED)
    surface = {c.id: c.quantity.surface for c in claims}
    report = check_extracted(claims)
    return [tuple(sorted(surface[i] for i in d.claims)) for d in report.discrepancies]


def test_two_sectors_shares_are_not_rivals() -> None:
    text = (
        "The health department put strike turnout in the health service at 18%. In the "
        "courts, the justice ministry said strike turnout was 29%."
    )
    assert _scanned(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Para la Xunta, el seguimiento del paro en la sanidad llegó al 18%. Los sindicatos "
        "elevaron el seguimiento en la sanidad al 61%.",
        "The health department put strike turnout in the health service at 18%. The unions "
        "said strike turnout in the health service was 61%.",
    ],
)
def test_one_sectors_shares_from_two_sources_still_meet(text: str) -> None:
    assert set(_sectors(text).values()) == {"health"}
    assert _scanned(text) == [("18%", "61%")]


# --- datelines after a headline; several towns have no one city --------------------------------


@pytest.mark.parametrize(
    ("text", "number", "city"),
    [
        (
            "Fever Toll Rises in Farm Districts\n\nBy Staff Writer\n\nUpdated Monday\n\n"
            "DAVAO, Philippines, March 9 -- Health officials said on Monday that 41 people "
            "had died of the fever, while a church group counted 60.\n",
            "41",
            "Davao",
        ),
        (
            "Ferry sinks off the coast\n\nREUTERS, 4 May 2026\n\nATHENS (Reuters) — At least "
            "22 passengers are missing after a ferry went down in a storm, the coast guard "
            "said.\n",
            "At least 22",
            "Athens",
        ),
        (
            "Cifras dispares tras el temporal\n\nRedacción\n\nLIMA, 3 mar. (EFE) - Las "
            "autoridades elevaron a 35 los fallecidos por las lluvias en el norte del país.\n",
            "35",
            "Lima",
        ),
        (
            "Cientos de desaparecidos frente a las islas, según una ONG\n\nAtenas, 4 may "
            "(EFE).- Una ONG griega calculó este lunes que unas 300 personas han desaparecido "
            "en las últimas semanas.\n",
            "unas 300",
            "Athens",
        ),
        (
            "Government frees 120 detainees\nLima, Peru — Peru has freed 120 people detained "
            "during the protests, the chief prosecutor said on Sunday.\n",
            "120 people",
            "Lima",
        ),
    ],
)
def test_a_dateline_after_a_headline_is_no_scope(text: str, number: str, city: str) -> None:
    claims = extract(text, published=PUBLISHED)
    found = [
        c.scope
        for c in claims
        if c.quantity.surface == number or number.startswith(c.quantity.surface + " ")
    ]
    assert found
    assert city not in found


def test_several_towns_have_no_one_city_as_their_place() -> None:
    text = (
        "Officials said 120 people had died of the fever.\n"
        "In Dhar district, 50 deaths were recorded; in Jhabua district, 40.\n"
        "A relief cell in Indore said 2,000 were in hospital.\n"
    )
    scopes = _scopes(text)
    assert scopes["120"] != "Indore"
    assert scopes["50"] == "Dhar"
    assert scopes["2,000"] == "Indore"


def test_a_paragraph_that_opens_on_its_place_is_no_dateline() -> None:
    text = (
        "Marches across the country\n\nIn Lyon, the march – with 9,000 people according to "
        "the unions, 4,000 according to the police – left at noon.\n"
    )
    scopes = _scopes(text)
    assert scopes["9,000"] == "Lyon"
    assert scopes["4,000"] == "Lyon"
