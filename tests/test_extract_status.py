"""How the source stands behind each number (issue 9, failure class 7)."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import StatusClass, extract

PUBLISHED = dt.date(2026, 3, 4)


def _classes(text: str) -> list[str]:
    return [c.status.status_class.value for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # official counts and announced counts of a crowd are reported
        ("The ministry counted 40,000 demonstrators in the capital.", "neutral"),
        ("The police headquarters announced 31,000 demonstrators in the capital.", "neutral"),
        ("La policía anunció 3.000 manifestantes en la plaza.", "neutral"),
        ("The union claims 1.3 million strikers across the country.", "neutral"),
        # confirmed class
        ("The Red Cross confirmed 45 deaths in the flooded towns.", "confirmed"),
        ("El Comité de Emergencias ha confirmado por ahora 13 fallecidos.", "confirmed"),
        ("La Defensoría constató 12 detenciones arbitrarias.", "confirmed"),
        ("The monitor verified 195 releases by Friday.", "confirmed"),
        # announced class: an act announced, promised, authorized
        ("The government announced the release of 99 prisoners.", "announced"),
        ("The junta pledged to free 300 detainees.", "announced"),
        # participles used as adjectives are not the source's verb
        ("Officials said 17,000 registered voters turned out.", "neutral"),
        ("Se registró una participación de 3 millones de votantes.", "neutral"),
    ],
)
def test_status_class(text: str, expected: str) -> None:
    assert _classes(text) == [expected]
    assert StatusClass(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or the outlet's own voice "registers" a count: nobody registered it
        ("El archipiélago registra 20.700 personas migrantes en lo que va de año.", "neutral"),
        ("Forty-five cases are recorded in the valley, with 25 people dead.", "neutral"),
        # a source that registers them does
        ("La Cruz Roja registró 300 personas heridas en la marcha.", "confirmed"),
        # announcing, claiming or carrying out is said of acts, not of deaths or crowds
        ("El Gobierno aseguró que 20 personas murieron en la explosión.", "neutral"),
        (
            "At least 63 people were killed when the security forces carried out a raid.",
            "neutral",
        ),
        ("The government announced the release of 120 prisoners.", "announced"),
    ],
)
def test_registered_and_act_verbs_need_their_own_subject_and_object(
    text: str, expected: str
) -> None:
    assert _classes(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army council said it was releasing more than 1,800 prisoners.", "announced"),
        ("The rebels said they would free 40 hostages on Friday.", "announced"),
        ("El Gobierno dijo que liberará a 300 presos políticos.", "announced"),
        ("El Gobierno dijo que va a liberar a 300 presos políticos.", "announced"),
        # a release said to be done stays what it was
        ("The Prison Watch Network said 300 prisoners were released on Friday.", "confirmed"),
    ],
)
def test_a_release_a_source_says_it_will_make_is_announced(text: str, expected: str) -> None:
    assert _classes(text)[0] == expected


def test_a_day_between_the_subject_and_its_verb_is_not_part_of_the_source() -> None:
    for text in (
        "The Flood Relief Office on Wednesday said 40 people died.",
        "La Oficina de Emergencias este lunes informó que 40 personas murieron.",
    ):
        [claim] = extract(text, published=PUBLISHED)
        words = claim.claimants[0].mention.lower().split()
        assert "wednesday" not in words
        assert "lunes" not in words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Según el Ministerio del Interior, el archipiélago registra 20.700 personas migrantes.",
            "neutral",
        ),
        (
            "Según el Ministerio, la provincia que registró más de 2.000 personas fue Jaén.",
            "neutral",
        ),
        ("Spain recorded 3,000 arrivals, the ministry said.", "neutral"),
        ("La Red de Monitoreo registra 800 presos políticos.", "confirmed"),
        ("The Red Cross recorded 300 injured people.", "confirmed"),
    ],
)
def test_a_place_that_registers_a_count_is_not_a_source_registering_it(
    text: str, expected: str
) -> None:
    assert _classes(text)[0] == expected
