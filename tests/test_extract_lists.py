"""Lists of figures (round 9, audit5 P2): each entry keeps the place it names and the
source it names, inheriting from the list's head only what it leaves out; a list's total is
the region holding the entries' places. Invented sentences (towns, bodies and numbers of our
own), short and in the long shape of real reports, EN and ES.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction.lists import find_listing
from discrepancy.extraction.lists_sources import source_of
from discrepancy.extraction.sentences import tokenize
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 14)


def _read(text: str) -> list[tuple[str, str | None, list[str]]]:
    return [
        (c.quantity.surface, c.scope, [r.mention for r in c.claimants])
        for c in extract(text, published=PUBLISHED)
    ]


def _listing(text: str) -> list[tuple[str, str | None, str | None]]:
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    listing = find_listing(toks, norms)
    out = []
    for e in listing.entries:
        place = None
        if e.place is not None:
            place = text[toks[e.place[0]].start : toks[e.place[1] - 1].end]
        out.append((toks[e.number].norm, place, source_of(text, toks, listing, e)))
    return out


def test_the_structure_of_a_list_of_bodies_and_towns() -> None:
    text = (
        "En concreto, la policía local de Girona contó 20.000 personas; la de Reus, 12.000; "
        "la Guardia Urbana de Vic, 8.000, y la de Olot, entre 3.000 y 4.000."
    )
    assert _listing(text) == [
        ("20.000", "Girona", "policía local de Girona"),
        ("12.000", "Reus", "policía local de Reus"),
        ("8.000", "Vic", "Guardia Urbana de Vic"),
        ("3.000", "Olot", "Guardia Urbana de Olot"),
    ]


def test_each_entry_takes_its_own_town_and_its_own_police() -> None:
    text = (
        "La Guardia Urbana de Madrid estimó en 300.000 las personas que marcharon el domingo "
        "por la capital. Esta vez, además, se convocaron actos en otras ciudades. En "
        "concreto, la policía local de Girona contó 20.000 personas; la de Reus, 12.000; la "
        "Guardia Urbana de Vic, 8.000, y la de Olot, entre 3.000 y 4.000."
    )
    got = {(n, scope): who for n, scope, who in _read(text)}
    assert got[("20.000", "Girona")] == ["policía local de Girona"]
    assert got[("12.000", "Reus")] == ["policía local de Reus"]
    assert got[("8.000", "Vic")] == ["Guardia Urbana de Vic"]
    assert got[("entre 3.000 y 4.000", "Olot")] == ["Guardia Urbana de Olot"]


def test_a_short_list_with_one_elided_entry() -> None:
    text = "La policía local de Girona cifró la marcha en 20.000 personas; la de Reus, en 12.000."
    got = _read(text)
    assert [(n, s) for n, s, _ in got] == [("20.000", "Girona"), ("12.000", "Reus")]
    assert got[1][2] == ["policía local de Reus"]


def test_a_list_after_a_colon_takes_each_town_and_the_head_source() -> None:
    text = (
        "La Delegación del Gobierno en Cataluña dejó ese recuento en solo 85.000 personas "
        "para las cuatro concentraciones: Barcelona, 50.000; Reus, 15.000; Olot, 12.000, y "
        "Vic, 8.000."
    )
    got = _read(text)
    assert [s for _, s, _ in got][1:] == ["Barcelona", "Reus", "Olot", "Vic"]
    heads = {tuple(who) for _, _, who in got}
    assert len(heads) == 1  # the head's source, the same for every entry


def test_a_list_of_figures_in_towns() -> None:
    text = "La ANC ha contado 40.000 manifestantes en Reus; 30.000 en Olot, y 20.000 en Vic."
    assert [(n, s) for n, s, _ in _read(text)] == [
        ("40.000", "Reus"),
        ("30.000", "Olot"),
        ("20.000", "Vic"),
    ]


def test_a_spanish_list_after_a_place_the_clause_opens_with() -> None:
    text = (
        "En Motril participaron 700, otros 900 en Baza, más de 300 en Loja y un centenar en Guadix."
    )
    assert [s for _, s, _ in _read(text)] == ["Motril", "Baza", "Loja", "Guadix"]


def test_an_entry_names_its_own_source_in_its_parenthesis() -> None:
    text = (
        "Turnout against the reform rose on Thursday in many towns, the unions said. "
        "Smaller towns, too, drew more people than the day before, among them Lyon (3,000 "
        "to 5,000), Quimper (4,200 to 8,600) or Vannes (2,100 according to the police)."
    )
    got = _read(text)
    assert [s for _, s, _ in got] == ["Lyon", "Quimper", "Vannes"]
    assert got[2][2] == ["police"]
    assert got[0][2] != ["police"]


def test_a_list_total_is_the_region_not_the_first_town() -> None:
    text = (
        "La Delegación del Gobierno cifró en 77.000 los asistentes a las tres manifestaciones: "
        "Barcelona, 50.000; Reus, 15.000, y Olot, 12.000. Para los convocantes, la "
        "movilización total rondó las 200.000 personas. Una plataforma rival calcula que, "
        "sumando las tres marchas, no se pasó de 60.000 personas."
    )
    got = _read(text)
    assert [s for _, s, _ in got][1:] == ["Barcelona", "Reus", "Olot", "Catalunya", "Catalunya"]


def test_entries_in_squares_of_a_city_keep_the_city() -> None:
    text = "En Madrid, la policía contó 3.000 personas en Sol, 2.000 en Cibeles y 500 en Callao."
    got = _read(text)
    assert got[0][1] == "Madrid"
    assert not {s for _, s, _ in got} & {"Sol", "Cibeles"}


def test_a_state_written_with_its_noun_stays_the_state() -> None:
    text = "Según el gobierno, hubo 13 muertos en el estado de México, 8 en Jalisco y 2 en Colima."
    assert [s for _, s, _ in _read(text)] == ["estado de México", "Jalisco", "Colima"]


def test_a_list_total_of_bodies_is_not_a_place() -> None:
    text = "Según el recuento, CGT, 500.000; FO, 200.000; CFDT, 100.000."
    for _, scope, _ in _read(text):
        assert scope not in ("CGT", "FO", "CFDT")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="Ab ,;:()y0.5de", max_size=300))
def test_listing_never_raises_and_entries_are_in_order(text: str) -> None:
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    entries = find_listing(toks, norms).entries
    numbers = [e.number for e in entries]
    assert numbers == sorted(numbers)
    for e in entries:
        if e.place is not None:
            assert 0 <= e.place[0] < e.place[1] <= len(toks)


@pytest.mark.parametrize(
    "text",
    [
        "Police in the three towns counted 4,000, 2,500 and 1,200 marchers on Saturday; the "
        "organisers said 9,000 marched in all.",
        "Police in the three towns of the valley, which had braced for trouble after a tense "
        "week of strikes, counted 4,000, 2,500 and 1,200 marchers on Saturday; the "
        "organisers, a coalition of tenants' groups, said 9,000 people had marched in all.",
        "Las policías locales de las tres ciudades contaron 4.000, 2.500 y 1.200 "
        "manifestantes el sábado; los organizadores aseguraron que, en su conjunto, "
        "marcharon 9.000 personas.",
    ],
)
def test_counts_shared_out_among_towns_are_parts_of_the_total(text: str) -> None:
    claims = extract(text, published=PUBLISHED)
    whole = next(c for c in claims if c.quantity.surface.startswith("9"))
    parts = [c for c in claims if c is not whole]
    assert len(parts) == 3
    assert all(c.part_of == whole.id for c in parts)
    assert not check_extracted(claims).discrepancies  # no town's count is the towns' total


def test_a_place_named_with_de_inside_is_one_place() -> None:
    text = (
        "En cuanto a los detenidos por provincias, Pinar del Río, con 9, y San Juan de los "
        "Morros, con 4, son las que más reportan."
    )
    assert [(n, p) for n, p, _ in _listing(text)] == [
        ("9", "Pinar del Río"),
        ("4", "San Juan de los Morros"),
    ]


def test_a_later_entrys_source_is_not_an_earlier_entrys() -> None:
    text = (
        "More protesters marched on Thursday in many towns. In a few of them the two counts "
        "lay much further apart, for instance Lyon (3,000 to 16,000), Vannes (2,000 to "
        "9,000) and, once again, Toulon, where the prefecture tallied 9,000 marchers, ten "
        "times below the union's 90,000."
    )
    got = {n: (scope, who) for n, scope, who in _read(text)}
    assert got["3,000 to 16,000"] == ("Lyon", [])
    assert got["2,000 to 9,000"][1] != ["prefecture"]


def test_an_earlier_entrys_place_never_heads_a_later_run() -> None:
    text = (
        "Protección Civil cifró en 150 los fallecidos en Ciudad de México. Se contaron además "
        "70 muertos en Morelos, 40 en Puebla, 12 en el estado de México, 5 en Guerrero y 1 en "
        "Oaxaca."
    )
    got = {n: scope for n, scope, _ in _read(text)}
    assert got["12"] == "estado de México"
    assert (got["5"], got["1"]) == ("Guerrero", "Oaxaca")


def test_english_entries_that_of_a_town_and_a_towns_body() -> None:
    text = (
        "The police of Leeds counted 20,000 marchers; that of Carlisle, 12,000; that of Ely, 8,000."
    )
    got = _read(text)
    assert [(s, who) for _, s, who in got] == [
        ("Leeds", ["police of Leeds"]),
        ("Carlisle", ["police of Carlisle"]),
        ("Ely", ["police of Ely"]),
    ]
    text = (
        "Leeds city police, which had closed the centre to traffic since dawn, counted 20,000 "
        "marchers on Saturday; those of Carlisle, 12,000, and the Ely constabulary, 8,000."
    )
    got = _read(text)
    assert [s for _, s, _ in got] == ["Leeds", "Carlisle", "Ely"]
    assert got[1][2] == []  # "those of Carlisle": its own police, never Leeds's
    assert got[2][2] == ["Ely constabulary"]
