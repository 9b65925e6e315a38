"""Differences, subsets and destinations are parts, never rival totals (issue 9, audit P1).

"N more than the day before" / "N más que ayer" is a difference: added to a count (a part
of it), never a level of the quantity, and dropped when no count is there to add it to.
"N of these" is a part of the last count, not of a difference given before it. A count at
one destination ("have entered Poland", "han llegado a Hungría") is a part of the source's
overall count. Sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Claim, extract
from discrepancy.extraction.part_cues import (
    is_destination,
    is_difference,
    is_sector,
    sector_start,
)
from discrepancy.extraction.sentences import tokenize
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)


def _by_value(claims: list[Claim]) -> dict[float | None, Claim]:
    return {c.quantity.value: c for c in claims}


@pytest.mark.parametrize(
    ("text", "added", "total"),
    [
        (
            "The refugee agency has registered 1,200,000 refugees since the war began, "
            "40,500 more than the day before.",
            40500,
            1200000,
        ),
        (
            "La agencia de refugiados ha registrado 1.200.000 refugiados desde que empezó la "
            "guerra, 40.500 más que el día anterior.",
            40500,
            1200000,
        ),
    ],
)
def test_a_difference_is_a_part_of_the_count_it_adds_to(text: str, added: int, total: int) -> None:
    claims = _by_value(extract(text, published=PUBLISHED))
    assert claims[added].part_of == claims[total].id
    assert check_extracted(list(claims.values())).discrepancies == ()


@pytest.mark.parametrize(
    "text",
    [
        "The march drew 10,000 more than last year, the organizers said.",
        "La marcha reunió a 10.000 personas más que el año pasado, según los organizadores.",
    ],
)
def test_a_difference_with_no_count_to_add_to_is_no_count(text: str) -> None:
    assert [c.quantity.value for c in extract(text, published=PUBLISHED)] == []


@pytest.mark.parametrize(
    ("text", "subset", "total"),
    [
        (
            "The refugee agency registered 2,400,000 refugees, 90,000 more than the day "
            "before. About 150,000 of these refugees are students, the refugee agency said.",
            150000,
            2400000,
        ),
        (
            "La agencia de refugiados registró 2.400.000 refugiados, 90.000 más que el día "
            "anterior. Unos 150.000 de ellos son estudiantes, según la agencia de refugiados.",
            150000,
            2400000,
        ),
    ],
)
def test_a_subset_belongs_to_the_count_not_to_the_difference_before_it(
    text: str, subset: int, total: int
) -> None:
    claims = _by_value(extract(text, published=PUBLISHED))
    assert claims[subset].part_of == claims[total].id
    assert check_extracted(list(claims.values())).discrepancies == ()


@pytest.mark.parametrize(
    ("text", "part", "total"),
    [
        (
            "The refugee agency has counted 2,500,000 refugees since the invasion. Western "
            "officials gave a lower figure. So far 1,400,000 refugees who fled the fighting "
            "have entered Poland, the refugee agency said.",
            1400000,
            2500000,
        ),
        (
            "La agencia de refugiados ha contado 2.500.000 refugiados desde la invasión. "
            "Según la agencia de refugiados, 1.400.000 refugiados han llegado a Polonia.",
            1400000,
            2500000,
        ),
    ],
)
def test_a_count_at_one_destination_is_a_part_of_the_total(
    text: str, part: int, total: int
) -> None:
    claims = _by_value(extract(text, published=PUBLISHED))
    assert claims[part].part_of == claims[total].id


@pytest.mark.parametrize(
    ("text", "destination"),
    [
        ("1,400 refugees have entered Poland", True),
        ("1,400 refugees crossed into Hungary", True),
        ("1.400 refugiados entraron en Polonia", True),
        ("1.400 refugiados han llegado a Moldavia", True),
        ("1,400 refugees fled Ukraine", False),  # where they left, not where they went
        ("1,400 refugees arrived in March", False),  # a month, not a place
        ("1,400 refugees arrived in the town", False),
        ("1,400 refugees, and 300 crossed into Hungary", False),  # another figure's verb
    ],
)
def test_what_makes_a_destination(text: str, destination: bool) -> None:
    toks = tokenize(text, 0, len(text))
    norms = [t.norm for t in toks]
    assert is_destination(toks, norms, 1) is destination  # the figure is the first token


@pytest.mark.parametrize(
    ("text", "difference"),
    [
        ("40,500 more than the day before", True),
        ("3,000 fewer than in June", True),
        ("40.500 más que ayer", True),
        ("40,500 more people", False),
        ("40.500 más de lo previsto", False),
    ],
)
def test_what_makes_a_difference(text: str, difference: bool) -> None:
    norms = [t.norm for t in tokenize(text, 0, len(text))]
    assert is_difference(norms, 1) is difference


@pytest.mark.parametrize(
    "text",
    [
        "The regional council said its count is 280 students and 11 staff members, for a "
        "total of 291 abducted on Friday.",
        "The regional council counted 280 students and 11 staff members abducted on Friday, "
        "291 in all.",
        "El consejo regional contó 280 alumnos y 11 profesores secuestrados el viernes, en "
        "total 291 personas.",
        "El consejo regional contó 280 alumnos y 11 profesores secuestrados el viernes, un "
        "total de 291.",
    ],
)
def test_the_figures_before_a_stated_total_are_its_parts(text: str) -> None:
    claims = _by_value(extract(text, published=PUBLISHED))
    total = claims[291]
    assert total.part_of is None
    assert claims[280].part_of == total.id
    assert claims[11].part_of == total.id
    assert claims[280].as_of == total.as_of  # counted when the total is: no revision
    report = check_extracted(list(claims.values()))
    assert report.discrepancies == ()
    assert report.revisions == ()


def test_a_total_takes_no_parts_from_another_source() -> None:
    text = (
        "Police counted 280 marchers, while the organizers said a total of 9,000 people "
        "marched on Friday."
    )
    claims = _by_value(extract(text, published=PUBLISHED))
    assert claims[280].claimants != claims[9000].claimants
    assert claims[280].part_of is None


@pytest.mark.parametrize(
    ("text", "sector", "overall", "rival"),
    [
        (
            "The unions put the turnout at 70 percent. In transport, the turnout reached 88 "
            "percent, the unions said. The government put the turnout at 50 percent.",
            88,
            70,
            50,
        ),
        (
            "Según los sindicatos, el seguimiento de la huelga fue del 70 %. Por sectores, el "
            "seguimiento llegó al 96 % en la agricultura, según los sindicatos. El Gobierno "
            "cifró el seguimiento en el 50 %.",
            96,
            70,
            50,
        ),
    ],
)
def test_a_sectors_figure_is_a_part_of_the_overall_one_not_a_rival(
    text: str, sector: int, overall: int, rival: int
) -> None:
    claims = _by_value(extract(text, published=PUBLISHED, doc_id="a.txt"))
    assert claims[sector].part_of == claims[overall].id
    (item,) = check_extracted(list(claims.values())).discrepancies
    assert set(item.claims) == {claims[overall].id, claims[rival].id}  # not the sector's


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("por sectores , el paro llego al 96 %", 2),
        ("in transport , the turnout reached 88 percent", 2),
        ("en la banca , el seguimiento fue del 40 %", 3),
        ("in the capital , 3,000 marched", None),
    ],
)
def test_where_a_sentences_sector_figures_start(sentence: str, start: int | None) -> None:
    assert sector_start(sentence.split()) == start


@pytest.mark.parametrize(
    ("words", "last", "sector"),
    [
        (["al", "96", "%", "en", "la", "agricultura"], 3, True),
        (["88", "percent", "in", "the", "public", "sector"], 2, True),
        (["3,000", "in", "the", "capital"], 1, False),
    ],
)
def test_what_makes_a_sector_phrase(words: list[str], last: int, sector: bool) -> None:
    assert is_sector(words, last, last) is sector


@pytest.mark.parametrize(
    ("text", "whole", "part", "restated"),
    [
        (
            "The United Nations said that, of the more than 4.2 million refugees who fled to "
            'neighbouring countries, 1.8 million have moved on. "We count 1.8 million '
            'refugees who moved further," a UNHCR spokeswoman said.',
            4200000,
            1800000,
            True,
        ),
        (
            "Según la Fiscalía, de los 25 muertos, 12 murieron en la capital.",
            25,
            12,
            False,
        ),
    ],
)
def test_the_figures_after_a_partitive_whole_are_its_parts(
    text: str, whole: int, part: int, restated: bool
) -> None:
    claims = extract(text, published=PUBLISHED, doc_id="a.txt")
    wholes = [c for c in claims if c.quantity.interval.low == whole]
    parts = [c for c in claims if c.quantity.value == part]
    assert len(wholes) == 1
    assert len(parts) == (2 if restated else 1)
    assert all(p.part_of == wholes[0].id for p in parts)  # the restatement too
    assert check_extracted(claims).discrepancies == ()
