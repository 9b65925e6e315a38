"""What is counted is the event the verb reports (round 9b, audit6 P3): people freed are
releases, whatever words describe them ("people arrested after the protests", "detenidos").

Every sentence is our own invention, in the shape of long news sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2024, 3, 7)


def _metrics(text: str) -> dict[str, str]:
    return {c.quantity.surface: c.metric for c in extract(text, published=PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The government has freed 300 people arrested after the protests, the attorney "
            "general said on Saturday.",
            "300",
        ),
        (
            "After weeks of pressure from the bishops and the families, the interim government "
            "has so far freed at least 225 of the young people arrested during the November "
            "marches, the chief prosecutor told reporters at a briefing on Tuesday evening.",
            "at least 225",
        ),
        ("La fiscalía liberó a 300 detenidos tras las protestas, según informó el sábado.", "300"),
        (
            "Según el fiscal general, las autoridades han liberado ya a unas 80 personas detenidas "
            "durante las marchas de la semana pasada en la capital y en tres ciudades del norte.",
            "unas 80",
        ),
        ("Government frees 225 arrested after the protests in the capital", "225"),
        (
            "El Gobierno excarceló a 45 manifestantes detenidos el domingo en la plaza, informó "
            "la fiscalía en un comunicado.",
            "45",
        ),
    ],
)
def test_the_verb_of_freeing_wins_over_the_description(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "releases"


def test_freed_meets_a_count_of_releases() -> None:
    text = (
        "The government has freed 300 people arrested after the protests, the attorney general "
        "said on Saturday. A rights group said it had verified the release of 140 people."
    )
    found = _metrics(text)
    assert found["300"] == found["140"] == "releases"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # no verb of freeing governs the figure: the description is what is counted
        ("Police said 300 people were arrested after the protests on Saturday.", "300", "arrests"),
        (
            "The rights group said that 300 people arrested after the protests remain in jail "
            "awaiting trial, most of them students.",
            "300",
            "arrests",
        ),
        ("La policía detuvo a 120 personas durante las marchas del sábado.", "120", "arrests"),
        # the verb after the figure still decides where none comes before it
        (
            "The ministry said 90 people arrested in the raids were released on bail.",
            "90",
            "releases",
        ),
        (
            "Según la defensoría, unas 80 personas detenidas durante las marchas de la semana "
            "pasada ya han sido liberadas, aunque otras 40 siguen presas.",
            "unas 80",
            "releases",
        ),
    ],
)
def test_without_a_verb_of_freeing_before_the_figure(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric


def test_the_passive_verb_of_a_later_clause_is_not_the_figures() -> None:
    text = (
        "La red de abogados contó 12 presos nuevos, a los que suma 15 detenidos cuyos casos "
        "aún estudia y seis personas que fueron liberadas bajo fianza."
    )
    assert _metrics(text)["15"] == "arrests"
