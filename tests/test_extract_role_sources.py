"""People who tell a figure by their role or trade are its source, unnamed: "the coroner
said", "a local lawmaker said", "el concejal aseguró". In Spanish the article "El" opening a
sentence is not the pronoun "él" (the two fold to one norm)."""

from __future__ import annotations

import pytest

from tests.claimants import surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The coroner said on Friday that 14 people had drowned in the flood.", "coroner"),
        (
            "A local lawmaker told reporters that 40 families' children had gone hungry for "
            "weeks and that 9 people had starved.",
            "local lawmaker",
        ),
        (
            "Tribal elders said 22 people were buried in the village after the raid.",
            "Tribal elders",
        ),
        ("The sheriff said 31 residents were still unaccounted for late on Sunday.", "sheriff"),
        ("El concejal aseguró que 17 vecinos tuvieron que dejar sus casas.", "concejal"),
        ("El forense dijo el lunes que 12 personas murieron en el derrumbe.", "forense"),
        ("Un bombero contó que 8 personas seguían atrapadas bajo los escombros.", "bombero"),
    ],
)
def test_a_role_or_trade_is_the_figures_source(text: str, mention: str) -> None:
    found = surfaces_and_mentions(text)
    assert found[-1][1] == [mention]


def test_the_pronoun_el_with_its_accent_is_still_no_source() -> None:
    text = "Él dijo que 24 personas murieron en el choque."
    assert surfaces_and_mentions(text) == [("24", [])]


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "Según el recuento, la coalición organizadora cifró la marcha en 5.100 personas.",
            "coalición organizadora",
        ),
        (
            "En Sevilla, el sindicato mayoritario aseguró que 900 docentes secundaron el paro.",
            "sindicato mayoritario",
        ),
    ],
)
def test_a_spanish_head_with_its_adjective_after_it_is_a_source(text: str, mention: str) -> None:
    assert surfaces_and_mentions(text)[-1][1] == [mention]
