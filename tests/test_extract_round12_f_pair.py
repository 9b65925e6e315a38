"""Every figure of a pair speaks with its own voice (issue 9, audit 8 pattern P1), round 12.

Every sentence here is invented for the test (invented places, bodies and people). Each shows
one general form of news writing, short and in the longer shape of a real report, in English
and Spanish: a "según / according to / , said X" marker belongs to the figures of its own
conjunct, never to the next conjunct that names its own; a Spanish verb of saying in the
imperfect ("declaraba", "aseguraba") speaks as its preterite does; the unnamed people of a
place ("villagers", "los pobladores") are a source of their own.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.extraction.claimant_phrases import Attribution
from discrepancy.extraction.figure_clause import clause_cuts, conjunct_marker
from discrepancy.extraction.sentences import tokenize

from .claimants import surfaces_and_mentions

_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Unos 200 bomberos, según el Ayuntamiento, y 260, según el sindicato, acudieron.",
            [("Unos 200", ["Ayuntamiento"]), ("260", ["sindicato"])],
        ),
        (
            "Los desalojados tras la riada de Torralba del Campo, 140 según la "
            "Diputación y 215, según la Cruz Roja de la comarca, durmieron el martes en el "
            "pabellón de deportes mientras los técnicos revisaban las casas.",
            [("140", ["Diputación"]), ("215", ["Cruz Roja"])],
        ),
        (
            "Some 900 people were moved, according to the county council, and 1,400 according to "
            "the Red Cross.",
            [("Some 900", ["county council"]), ("1,400", ["Red Cross"])],
        ),
        (
            "The crowd that filled the square of Dunmarrow on Saturday to protest the "
            "closure of the steelworks numbered about 6,000, according to the city police, "
            "and nearly 15,000, according to the metalworkers' union that called the rally.",
            [("about 6,000", ["city police"]), ("nearly 15,000", ["metalworkers' union"])],
        ),
        (
            "Some 300 were hurt, said the Red Cross, while 420, said the ministry.",
            [("Some 300", ["Red Cross"]), ("420", ["ministry"])],
        ),
    ],
)
def test_each_conjunct_keeps_its_own_marker(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


def test_an_unread_marker_keeps_the_next_conjunct_s_source_off() -> None:
    # the first conjunct's phrase names no body the readers know: its figure stays
    # unattributed rather than taking the next conjunct's source
    assert _who(
        "Some 900 people were moved, according to the county, and 1,400 according to the Red Cross."
    ) == [("Some 900", []), ("1,400", ["Red Cross"])]


def test_a_marker_still_covers_a_later_figure_with_none_of_its_own() -> None:
    # the conjunct after the marker names no source: the rule does not fire, and the
    # readers before it decide as they did ("300 muertos, según la ONU, y 380 heridos")
    assert _who("Hubo 300 muertos, según la Comisión, y 380 heridos.") == [
        ("300", ["Comisión"]),
        ("380", ["Comisión"]),
    ]


_NAMES = st.sampled_from(
    ["la Policía Local", "los bomberos", "la Cruz Roja", "el Ayuntamiento", "la Diputación"]
)


@settings(max_examples=15, deadline=None)
@given(_NAMES, _NAMES, st.integers(11, 900), st.integers(11, 900))
def test_second_marker_of_a_pair_is_the_second_figure_s(a: str, b: str, n: int, m: int) -> None:
    if a == b or n == m:
        return
    text = f"Los evacuados, {n} según {a} y {m}, según {b}, pasaron la noche fuera."
    found = dict(_who(text))
    short = b.split()[-1]
    assert any(short in mention for mention in found[str(m)])


def test_conjunct_marker_needs_a_previous_figure_with_its_own_marker() -> None:
    text = "Unos 300 según la Policía y 380, según los bomberos."
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    starts = [k for k, t in enumerate(toks) if t.kind == "n"]
    police = Attribution("government", (), "la Policía", verb="according", at=norms.index("segun"))
    second = len(norms) - 1 - norms[::-1].index("segun")
    firemen = Attribution("plural", (), "los bomberos", verb="according", at=second)
    sources = [police, firemen]
    assert conjunct_marker(norms, sources, starts[0], starts) is None
    assert conjunct_marker(norms, sources, starts[1], starts) == firemen
    assert conjunct_marker(norms, [police], starts[1], starts) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mientras la Fiscalía hablaba de 44 arrestos, el Ayuntamiento aseguraba que eran 52.",
            [("44", ["Fiscalía"]), ("52", ["Ayuntamiento"])],
        ),
        (
            "Mientras que la delegación del Gobierno en Valcárcel hablaba el lunes por la "
            "noche de unos 3.500 asistentes a la marcha por la sanidad pública, los "
            "organizadores declaraban a las radios locales que habían sido 11.000.",
            [
                ("unos 3.500", ["delegación del Gobierno en Valcárcel"]),
                ("11.000", ["organizadores"]),
            ],
        ),
    ],
)
def test_spanish_imperfect_verbs_of_saying(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army reported 9 deaths. Villagers said 31 people had died.",
            [("9", ["army"]), ("31", ["Villagers"])],
        ),
        (
            "Los pobladores del valle aseguraron que 27 personas murieron en el alud.",
            [("27", ["pobladores del valle"])],
        ),
    ],
)
def test_unnamed_people_of_a_place_are_a_source(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The provincial governor said 17 miners were trapped.",
            [("17", ["provincial governor"])],
        ),
        (
            "A landslide buried part of the mining camp above Crellow late on Tuesday, and "
            "the acting mayor told a radio station on Wednesday morning that 17 miners were "
            "still trapped underground.",
            [("17", ["acting mayor"])],
        ),
        (
            "El gobernador regional afirmó que 23 pescadores siguen desaparecidos.",
            [("23", ["gobernador regional"])],
        ),
    ],
)
def test_a_title_with_its_level_is_a_source(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Ministerio de Salud informó que 40 personas murieron en Salta. En la "
            "provincia de Jujuy, 12 personas murieron.",
            [("40", ["Ministerio de Salud"]), ("12", [])],
        ),
        (
            "The Interior Ministry said 40 people died in Ohio. In Texas, 12 people died.",
            [("40", ["Interior Ministry"]), ("12", [])],
        ),
    ],
)
def test_a_new_place_borrows_no_earlier_source(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


def test_a_plain_continuation_still_borrows() -> None:
    # no new place and no subject of its own: the sentence before goes on speaking
    assert _who("The Interior Ministry said 40 people died in Kent. Another 12 were injured.") == [
        ("40", ["Interior Ministry"]),
        ("12", ["Interior Ministry"]),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "En Mendoza, los gremios estimaron un seguimiento del 64 por ciento, pero el "
            "Ministerio de Educación local lo dejó en un 19 por ciento.",
            [("64 por ciento", ["gremios"]), ("19 por ciento", ["Ministerio de Educación"])],
        ),
        (
            "La participación fue del 31 %, de acuerdo al gobierno provincial.",
            [("31 %", ["gobierno provincial"])],
        ),
    ],
)
def test_unions_levels_and_contracted_markers(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("La patronal dice que la huelga fracasó y los sindicatos lo cifran en el 71 %.", True),
        ("The board said the strike failed and the unions put it at 71%.", True),
        ("The police and the organizers said 4,000 marched.", False),
    ],
)
def test_and_opens_a_clause_only_after_a_verb_of_saying(text: str, joined: bool) -> None:
    # round 12: the one cut list also decides the sentence's own-clause source
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    cuts = clause_cuts(toks, norms)
    assert any(norms[c] in ("y", "and") for c in cuts) is joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La patronal dice que la huelga fracasó y los sindicatos lo cifran en el 71 %.",
            [("71 %", ["sindicatos"])],
        ),
        (
            "The board of the rail company insisted on Monday evening that the stoppage had "
            "barely been noticed, and the drivers' unions put the share of drivers on strike "
            "at 71%.",
            [("71%", ["drivers' unions"])],
        ),
    ],
)
def test_the_first_figure_takes_its_own_clause_source(text: str, expected: list[object]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El DEIS contó 4.100 muertos. El reporte diario informó 3.800 muertos.",
            [("4.100", ["DEIS"]), ("3.800", ["reporte diario"])],
        ),
        (
            "Health officials in the northern province counted 4,100 deaths by the end of "
            "June, a figure well above the tally in the ministry's public updates. The daily "
            "bulletin, which the ministry's press office posts every evening, said 3,800.",
            [
                ("4,100", ["Health officials in the northern province"]),
                ("3,800", ["daily bulletin"]),
            ],
        ),
    ],
)
def test_a_series_of_reports_is_a_label_of_its_own(text: str, expected: list[object]) -> None:
    assert _who(text) == expected
