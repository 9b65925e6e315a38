"""Figures the text gives as a part of a group: never rivals of the group's count.

"Five of the injured are in a critical condition" and "eight women were among the injured"
count a subset of the injured. Where the group's count is near, the part is linked to it
(``part_of``); where it is not, the part carries a note and `scan` does not set it against the
text's other figures as if it counted the whole group.
"""

from __future__ import annotations

import datetime as dt

from discrepancy.claim import Claim
from discrepancy.extraction import extract
from discrepancy.extraction.claims import PART_NOTE
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2024, 3, 7)


def _by_surface(text: str) -> dict[str, Claim]:
    return {c.quantity.surface: c for c in extract(text, published=PUBLISHED)}


def test_of_the_injured_is_a_part_of_the_count_before_it() -> None:
    text = (
        "A fire officer said 41 people were hurt when the ferry caught fire near Vell on "
        "Sunday. Six of the injured were flown to a burns unit, a nurse said."
    )
    claims = _by_surface(text)
    assert claims["Six"].part_of == claims["41"].id


def test_a_subject_among_the_injured_is_a_part_but_not_a_clause_before_it() -> None:
    text = (
        "Officials said 27 people were wounded in the blast and nine pupils were among the "
        "wounded. Seven women and two guards were among the wounded, the governor said."
    )
    claims = _by_surface(text)
    whole = claims["27"]
    assert whole.part_of is None
    for part in ("nine", "Seven", "two"):
        assert claims[part].part_of == whole.id


def test_spanish_parts_of_a_group() -> None:
    text = (
        "Protección Civil informó de 35 heridos en el choque de trenes del martes. Cuatro de "
        "los heridos graves siguen en la UCI. Tres menores figuran entre los heridos."
    )
    claims = _by_surface(text)
    whole = claims["35"]
    assert claims["Cuatro"].part_of == whole.id
    assert claims["Tres"].part_of == whole.id


def test_a_part_with_no_whole_nearby_is_noted_and_not_a_rival() -> None:
    text = (
        "The district officer said 38 people were injured when the roof of the market gave "
        "way on Friday. Traders cleared the stalls all afternoon. Rain fell again in the "
        "evening. Police closed the road to the market.\n\n"
        "Three of the critically injured were taken to the capital, a hospital director said. "
        "Eleven women were among the injured, local officials said."
    )
    claims = _by_surface(text)
    for part in ("Three", "Eleven"):
        assert claims[part].part_of is None
        assert PART_NOTE in (claims[part].note or "")
    assert check_extracted(list(claims.values())).discrepancies == ()


def test_a_count_of_a_group_with_no_part_word_is_still_compared() -> None:
    text = (
        "The district officer said 38 people were injured when the roof of the market gave "
        "way on Friday. A hospital director said 52 people were injured in the collapse."
    )
    claims = list(_by_surface(text).values())
    assert len(check_extracted(claims).discrepancies) == 1
