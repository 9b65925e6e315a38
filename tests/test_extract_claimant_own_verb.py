"""The source of a figure's own clause, round 9b (q-who; issue 9, audit 6 pattern 1).

A clause that names its own source keeps it: a concession ("si bien las autoridades
aseguran que …") and a gapped clause after "but" / "pero" ("the CGT counted 250,000 but the
Interior 118,500") take their own subject, not the main clause's; "concluyó que" reports a
figure as "dijo que" does; an abbreviation's full stop ("U.K.") does not end a name. Every
sentence is invented for the test; the long ones copy the length and shape of real news
sentences, in our own words. Where no source can be read, none is given (missing beats wrong).
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

from .claimants import surfaces_and_mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Oficina de Atención Rural señaló que en Valdoria hubo 18.000 desplazados "
            "durante el año pasado. El observatorio Raíces concluyó que los desplazados de ese "
            "año son 41.000 personas.",
            [("18.000", ["Oficina de Atención Rural"]), ("41.000", ["Raíces"])],
        ),
        (
            "La Comisión de la Verdad, que revisó durante dos años los archivos, concluyó que "
            "3.400 personas murieron en la represión.",
            [("3.400", ["Comisión de la Verdad"])],
        ),
        (
            "An earlier count by the U.K. government put the flood deaths at between 3,000 "
            "and 5,000.",
            [("between 3,000 and 5,000", ["U.K. government"])],
        ),
        (
            "A separate count published on Tuesday by the U.N. refugee agency said more than "
            "12,000 people had fled the fighting in the northern hills since the start of May.",
            [("more than 12,000", ["U.N. refugee agency"])],
        ),
        (
            "On the previous day of action, the CGT had counted 120,000 marchers but the "
            "Interior Ministry 61,000.",
            [("120,000", ["CGT"]), ("61,000", ["Interior Ministry"])],
        ),
        (
            "En la jornada anterior, la CGT contó 250.000 manifestantes en todo el país, pero "
            "el Ministerio del Interior 118.500.",
            [("250.000", ["CGT"]), ("118.500", ["Ministerio del Interior"])],
        ),
    ],
)
def test_own_source_is_taken(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _who(text) == expected


def test_concession_takes_its_own_subject() -> None:
    # the concession's authorities give the second figure only; the first one's source
    # ("tiene registrados", read as the compound tense since round 10) keeps its own
    got = _who(
        "ACNUR tiene registrados 500.000 refugiados ucranianos en Rusia, si bien las "
        "autoridades rusas aseguraron este lunes que la cifra supera los 900.000."
    )
    assert got == [("500.000", ["ACNUR"]), ("supera los 900.000", ["autoridades rusas"])]


def test_long_concession_keeps_the_main_source() -> None:
    got = _who(
        "El Ministerio de Salud contabiliza 1.200 contagios en la región desde enero, si bien "
        "los colegios médicos de las tres provincias del norte sostienen desde hace semanas "
        "que los casos reales superan los 3.000."
    )
    assert got[0] == ("1.200", ["Ministerio de Salud"])
    assert got[1][1] != ["Ministerio de Salud"]
    assert all(not m.lower().startswith("si bien") for _, ms in got for m in ms)


def test_conditional_si_does_not_start_a_name() -> None:
    got = _who("Si bien el Gobierno confirmó 40 muertos, la oposición habla de 90.")
    assert got[0] == ("40", ["Gobierno"])


def test_but_with_its_own_verb_is_no_gap() -> None:
    # "but said": the same subject goes on, no gapped source is invented
    got = _who("Police counted 5,000 people but said the crowd grew later in the day.")
    assert got == [("5,000", ["Police"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior government officials were quoted on Monday as saying that more than "
            "1,000 people died when the quake struck the remote mountain villages.",
            [("more than 1,000", ["Senior government officials"])],
        ),
        (
            "Rebels put the death toll from Friday's landslide at about 60.",
            [("about 60", ["Rebels"])],
        ),
        (
            "The truth commission concluded that 3,400 people died in the crackdown.",
            [("3,400", ["truth commission"])],
        ),
        (
            "Los rebeldes cifraron en 60 los muertos del ataque.",
            [("60", ["rebeldes"])],
        ),
    ],
)
def test_any_verb_that_reports_a_figure(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _who(text) == expected


def test_rebels_counted_stay_a_count() -> None:
    # an armed group that speaks is still a counted noun when it is what the number counts
    assert _who("The army said 40 rebels were killed.") == [("40", ["army"])]


def test_a_relay_after_the_concession_is_the_concessions_own() -> None:
    # "según TASS" closes the concession: it relays the authorities, not the agency's count
    got = _who(
        "La agencia de la ONU para los refugiados tiene anotados 8.000 refugiados en "
        "Eslovenia y 70.000 en Serbia. El ACNUR cuenta 70.000 en Serbia, si bien autoridades "
        "de este último país sostuvieron el martes que el número verdadero supera los "
        "110.000, según una agencia de prensa estatal."
    )
    assert got[2][0] == "70.000"
    assert got[2][1] == ["ACNUR"]
    assert got[3] == ("supera los 110.000", ["autoridades de este último país"])


def test_the_latter_country_is_not_the_documents_country() -> None:
    # "este último país" points back to Rusia: never the text's own Ukrainian government
    text = (
        "El Gobierno de Ucrania cifra en 30.000 los refugiados en Moldavia. ACNUR cuenta "
        "500.000 refugiados ucranianos en Rusia, si bien las autoridades de este último país "
        "aseguran que la cifra supera los 900.000."
    )
    claims = extract(text, published=PUBLISHED)
    assert [c.quantity.surface for c in claims] == ["30.000", "500.000", "supera los 900.000"]
    assert claims[0].claimants[0].id == "ukraine-government"
    last = claims[2].claimants[0]
    assert last.mention == "autoridades de este último país"
    assert last.id != "ukraine-government"
