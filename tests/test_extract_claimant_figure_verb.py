"""The verb that reports a figure in the figure's own clause, round 10 (c-who; issue 9, audit 6
pattern 1).

The rules, each stated in the code's docstring:

* a verb of holding before a participle of counting ("tiene registrados", "lleva
  contabilizadas") reports the figure after it as the compound tense does ("ha registrado"):
  its subject is the figure's source;
* who acknowledges a figure gives it ("reconoce 23 muertes", "acknowledges 1,900");
* a clause after "but" / "pero" / "while" / "mientras" that leaves out its verb and opens with a
  subject of its own ("pero Interior 21.000", "but the governor 1,900") takes that subject
  (a bare name too, not only one with an article), and never the main clause's source; a
  place there ("in Lyon but Paris 21,000") is where the figure was counted, not who counted.

A relative clause on a pronoun for figures ("los de la patronal, que …", "those of the
unions, which …") has their owner as its subject. The adverb of the official count
("oficialmente", "officially") next to a figure names its source, the official figures, in a
sentence that names no other. And one body keeps one name in a document: a one-word head ("la
Fiscalía", "the Agency") after the full name it stands for is that body, never a second
source (`claimant_coref`).

Every sentence is invented for the test (short ones, and long ones in the shape of real news
sentences, in our own words). Where no source can be read, none is given.
"""

from __future__ import annotations

import pytest

from discrepancy.extraction.claimant_coref import corefer
from discrepancy.orgs import OrgRef

from .claimants import surfaces_and_mentions

_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Fiscalía tiene registrados 90 desplazados en la provincia.",
            [("90", ["Fiscalía"])],
        ),
        (
            "La Cruz Roja tiene censados 4.300 desplazados en el valle, pero el Gobierno "
            "asegura que son 1.900.",
            [("4.300", ["Cruz Roja"]), ("1.900", ["Gobierno"])],
        ),
        (
            "Según un comunicado difundido el martes por la tarde, la Cruz Roja Colombiana "
            "tiene ya contabilizados unos 4.300 desplazados en los municipios del valle.",
            [("unos 4.300", ["Cruz Roja Colombiana"])],
        ),
        (
            "La Defensoría tiene documentados 87 desaparecidos en la región desde enero.",
            [("87", ["Defensoría"])],
        ),
    ],
)
def test_a_held_count_reports_its_figure(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _who(text) == expected


def test_holding_without_a_participle_of_counting_names_no_source() -> None:
    # "tiene 40 camas": a verb of holding alone reports nothing
    assert _who("El hospital tiene 40 camas y atiende a 12 heridos.") == [("12", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Gobierno reconoce 199 muertos, mientras la CIDH eleva el balance a 325.",
            [("199", ["Gobierno"]), ("325", ["CIDH"])],
        ),
        (
            "The Red Cross has registered 4,300 displaced people in the valley, while the "
            "governor acknowledges 1,900.",
            [("4,300", ["Red Cross"]), ("1,900", ["governor"])],
        ),
        (
            "La Defensoría tiene documentados 87 casos de desaparición en la provincia, "
            "mientras la Fiscalía reconoce apenas 40 desaparecidos en su último informe.",
            [("87", ["Defensoría"]), ("apenas 40", ["Fiscalía"])],
        ),
    ],
)
def test_who_acknowledges_a_figure_gives_it(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UGT contó 80.000 huelguistas pero Interior 21.000.",
            [("80.000", ["UGT"]), ("21.000", ["Interior"])],
        ),
        (
            "UGT contó 80.000 huelguistas, pero Interior solo 21.000.",
            [("80.000", ["UGT"]), ("solo 21.000", ["Interior"])],
        ),
        (
            "The teachers' union counted 80,000 strikers on Tuesday, but Whitehall only 21,000.",
            [("80,000", ["teachers' union"]), ("only 21,000", ["Whitehall"])],
        ),
        (
            "Tras una jornada de paros en colegios e institutos de toda la comunidad, el "
            "sindicato CCOO cifró en 80.000 los huelguistas, mientras que Interior en 21.000.",
            [("80.000", ["CCOO"]), ("21.000", ["Interior"])],
        ),
    ],
)
def test_a_gapped_contrast_takes_its_own_subject(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "UGT contó 80.000 huelguistas en Barcelona pero Madrid 21.000.",
            [("80.000", ["UGT"]), ("21.000", ["UGT"])],
        ),
        (
            "The union counted 80,000 strikers in Lyon but Paris 21,000.",
            [("80,000", ["union"]), ("21,000", ["union"])],
        ),
    ],
)
def test_a_place_in_a_gapped_contrast_is_not_a_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_a_list_after_a_semicolon_keeps_the_source() -> None:
    # "Norte, 5.000; Sur, 2.000": a list's entries, not clauses with their own subjects
    got = _who(
        "La Delegación del Gobierno rebajó la cifra a 9.000 personas en tres marchas: "
        "Norte, 5.000; Sur, 2.000, y Centro, 2.000."
    )
    assert {tuple(who) for _, who in got} == {("Delegación del Gobierno",)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The figures differ from those given by the GMB union, which represents half the "
            "staff, which put the number of strikers at 4,000.",
            [("4,000", ["GMB union"])],
        ),
        (
            "Estas cifras no coinciden con las facilitadas por los sindicatos CSIF, SATSE y "
            "CGT, que suman la mayoría de la junta de personal, que han situado el número de "
            "huelguistas en 4.000 trabajadores del servicio de salud.",
            [("4.000", ["CSIF", "SATSE", "CGT"])],
        ),
        (
            "El sindicato CSIF, que representa a buena parte de la plantilla, ha cifrado el "
            "seguimiento en 4.000 trabajadores.",
            [("4.000", ["CSIF"])],
        ),
    ],
)
def test_a_chain_of_relatives_shares_its_antecedent(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    """ "X, que A, que cifró N": the second relative clause's subject is X (round 10)."""
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Defensoría del Pueblo registró 120 desplazados en el municipio. La Defensoría "
            "añadió que otros 40 desplazados llegaron el domingo.",
            [("120", ["Defensoría del Pueblo"]), ("40", ["Defensoría del Pueblo"])],
        ),
        (
            "El Ministerio del Interior de Colombia contó 45.000 manifestantes en Bogotá el "
            "jueves por la tarde, en una jornada marcada por cortes de tráfico. Los sindicatos "
            "hablaron de 200.000. Horas después, el Ministerio elevó su cifra a 60.000 "
            "manifestantes en la capital.",
            [
                ("45.000", ["Ministerio del Interior de Colombia"]),
                ("200.000", ["sindicatos"]),
                ("60.000", ["Ministerio del Interior de Colombia"]),
            ],
        ),
    ],
)
def test_a_body_named_by_its_head_alone_is_the_body_named_in_full(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_a_head_that_fits_two_full_names_is_left_as_written() -> None:
    refs = [
        (OrgRef(mention="Fiscalía General del Estado"),),
        (OrgRef(mention="Fiscalía de Oaxaca"),),
        (OrgRef(mention="Fiscalía"),),
    ]
    found = corefer(refs)
    assert "Fiscalía" not in found
    one = corefer([(OrgRef(mention="National Disaster Agency"),), (OrgRef(mention="Agency"),)])
    assert one["Agency"].mention == "National Disaster Agency"
    assert "UGT" not in corefer([(OrgRef(mention="UGT Catalunya"),), (OrgRef(mention="UGT"),)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oficialmente, 320 personas murieron en las riadas.", [("320", ["Oficialmente"])]),
        (
            "Hasta el domingo por la noche habían muerto, oficialmente, 1.250 personas en la "
            "provincia, aunque los hospitales de la capital creen que son muchas más.",
            [("1.250", ["oficialmente"])],
        ),
        (
            "By Sunday night 1,250 people had officially died in the province.",
            [("1,250", ["officially"])],
        ),
    ],
)
def test_the_official_adverb_names_the_official_count(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_the_official_adverb_yields_to_a_named_source() -> None:
    # a sentence that names its source keeps it; the adverb is what the source said
    got = _who("The mayor said only 10 villagers were officially missing.")
    assert got == [("only 10", ["mayor"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Esas cifras chocan con las de las centrales sindicales que, para la provincia de "
            "Lugo, calculan que 5.000 trabajadores pararon.",
            [("5.000", ["centrales sindicales"])],
        ),
        (
            "Estas cifras se alejan de las de las centrales, que situaron en 5.000 los "
            "huelguistas de la provincia.",
            [("5.000", ["centrales"])],
        ),
        (
            "The figures differ from those of the unions, which put the number of strikers at "
            "5,000.",
            [("5,000", ["unions"])],
        ),
    ],
)
def test_a_relative_on_figures_of_a_source_has_that_source(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected
