"""Round 9b (audit 6 P2): a count of one disaster's dead is dated by the disaster, in every
sentence of a text that dates the disaster in its lead, not by the day a source gave the
count ("said on Monday that 7,400 had died"), so rival tolls meet. Invented sentences about
invented places and bodies, EN and ES."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from discrepancy import extract
from discrepancy.scan import check_extracted, scan_paths

PUBLISHED = dt.date(2024, 3, 7)  # a Thursday


def _dates(text: str) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=PUBLISHED)
    }


_EN_SHORT = (
    "Officials from the health ministry said 9,800 people died in the Feb. 6 earthquake.\n\n"
    "Separately, the civil defence agency, which keeps its own list of the dead, said on "
    "Monday that 7,400 people had died."
)
_EN_LONG = (
    "MARVELA, Ostrand, March 5 -- Relief officials in the coastal provinces gave sharply "
    "different figures on Tuesday for the victims of last month's tsunami, while the prime "
    "minister warned that the full count might take months.\n\n"
    "The interior ministry announced that 21,450 people were killed in the Feb. 11 tsunami, "
    "a total that now includes several thousand people who had been listed as missing.\n\n"
    "But the Red Crescent Society, which has kept its own register of the dead since the "
    "first days of the disaster, reported Tuesday that 14,080 had died."
)
_ES_LONG = (
    "Las autoridades de Velmora dieron este martes cifras muy distintas sobre las víctimas "
    "del terremoto del 9 de febrero, que derribó buena parte del casco antiguo.\n\n"
    "El ministerio de Salud informó de que 3.200 personas murieron en el terremoto del 9 de "
    "febrero, una cifra que ya incluye a los desaparecidos dados por muertos.\n\n"
    "Por su parte, la Cruz Roja, que lleva su propio registro de fallecidos, informó el "
    "martes que 2.150 personas habían muerto."
)


@pytest.mark.parametrize(
    ("text", "day", "later"),
    [
        (_EN_SHORT, "on 2024-02-06", "7,400"),
        (_EN_LONG, "on 2024-02-11", "14,080"),
        (_ES_LONG, "on 2024-02-09", "2.150"),
    ],
)
def test_a_toll_given_on_a_later_day_counts_the_disaster_of_the_lead(
    text: str, day: str, later: str
) -> None:
    assert _dates(text)[later] == day


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (_EN_SHORT, ["7,400", "9,800"]),
        (_EN_LONG, ["14,080", "21,450"]),
        (_ES_LONG, ["2.150", "3.200"]),
    ],
)
def test_rival_tolls_of_one_disaster_meet(tmp_path: Path, text: str, tolls: list[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    claims, errors = scan_paths([path], published=PUBLISHED)
    assert not errors
    surface = {c.id: c.quantity.surface for c in claims}
    pairs = [sorted(surface[i] for i in d.claims) for d in check_extracted(claims).discrepancies]
    assert tolls in pairs, pairs


def test_a_disaster_a_year_back_named_late_in_a_recent_story_does_not_take_a_count() -> None:
    # the day of the saying stays when the lead names no disaster day at all
    text = "Floods swept through Karvel on Tuesday. Officials said on Thursday that 19 people died."
    assert (
        _dates(text)["19"] == "between 2024-03-05 and 2024-03-07"
    )  # g-when: a growing disaster's toll runs to the day told (`when_toll`)


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the health ministry said 9,800 people died in the Feb. 6 earthquake. "
        "Separately, the civil defence agency said on Monday that 7,400 people had died so far.",
        "Officials from the health ministry said 9,800 people died in the Feb. 6 earthquake. "
        "As of Monday, the civil defence agency had counted 7,400 dead.",
    ],
)
def test_a_toll_so_far_keeps_the_day_it_was_counted_to(text: str) -> None:
    got = _dates(text)
    assert got["9,800"] == "on 2024-02-06"
    # the day it was counted to ends it; round 10: it counts from the disaster
    assert got["7,400"] == "between 2024-02-06 and 2024-03-04"


def test_a_recent_event_with_its_own_day_keeps_it_beside_a_recalled_disaster() -> None:
    text = (
        "Rescuers recalled the Feb. 6 earthquake on Tuesday. On Monday a fire in Varn killed "
        "12 people, the civil defence agency said."
    )
    assert _dates(text)["12"] == "on 2024-03-04"
