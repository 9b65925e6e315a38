"""Round 9 (audit5, date part): the lead's event named in the plural ("las protestas del 9
de febrero", "the protests of Feb. 9") is the day the arrests that followed are counted for,
also when a later source's figure carries only the day that source spoke. Invented
sentences about invented places and bodies, long as news sentences are, EN and ES."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 2, 22)  # a Sunday


def _dates(text: str, published: dt.date = PUBLISHED) -> dict[str, str]:
    return {
        c.quantity.surface: c.as_of.describe() if c.as_of is not None else "-"
        for c in extract(text, published=published)
    }


@pytest.mark.parametrize(
    "text",
    [
        "La red vecinal Puentes Abiertos subió a 52 su recuento de arrestados, contando a "
        "quienes ya salieron libres, tras las protestas sin violencia del 9 de febrero en "
        "varios pueblos del valle de Orlena, según publicó en su página web. Los colectivos "
        "que vigilan los arrestos de aquellas protestas no coinciden en sus cifras. El "
        "recuento de Puentes Abiertos choca con los 23 arrestos que había informado el "
        "miércoles el colectivo de abogados Defensa Común.",
        "The neighbourhood network Open Bridges raised to 52 the number of people detained, or "
        "who have been, over the peaceful protests of Feb. 9 in several towns of the Orlena "
        "valley, it said on its website. The figures offered by the groups that follow the "
        "detentions during those protests differ. The Open Bridges figure contrasts with the "
        "23 arrests that the lawyers' collective Common Defence had reported on Wednesday.",
    ],
)
def test_a_later_sources_arrests_count_the_protests_of_the_lead(text: str) -> None:
    got = _dates(text)
    assert got["52"] == "on 2026-02-09"
    assert got["23"] == "on 2026-02-09"  # not Wednesday 18 February, the day it spoke


@pytest.mark.parametrize(
    "text",
    [
        "Los ataques del 3 de febrero contra dos cuarteles de Ventisca dejaron 14 muertos, "
        "según la fiscalía regional. El jueves, el gobierno provincial rebajó la cifra de "
        "muertos a 9.",
        "The attacks of Feb. 3 on two barracks in Ventisca left 14 dead, the regional "
        "prosecutor said. On Thursday the provincial government put the death toll from the "
        "attacks at 9.",
    ],
)
def test_plural_attacks_name_the_day_a_later_toll_counts(text: str) -> None:
    got = _dates(text)
    assert got["14"] == "on 2026-02-03"
    assert got["9"] == "on 2026-02-03"


def test_a_stock_told_on_a_later_day_keeps_that_day() -> None:
    # those still held are a level on the day told, whatever protests the lead names
    text = (
        "Las protestas del 9 de febrero en Orlena acabaron con cargas policiales. El jueves, "
        "la red Puentes Abiertos informó de que 17 personas siguen detenidas."
    )
    assert _dates(text)["17"] == "on 2026-02-19"
