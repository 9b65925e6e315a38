"""Status binds to the figure's own clause (issue 9, failure class 7; round 5).

Negations, possibilities, a second clause with its own verb, Spanish periphrases and
impersonal counts, acts a source plans, and parts of a checked count. All sentences are
invented for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction import tables_en, tables_es

PUBLISHED = dt.date(2026, 3, 4)


def _classes(text: str) -> list[str]:
    return [c.status.status_class.value for c in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 1. a negated status verb is no check
        ("The ministry has not confirmed the 30 deaths reported by activists.", ["neutral"]),
        ("Officials could not confirm the 50 deaths reported by residents.", ["neutral"]),
        ("The army did not verify the 40 deaths.", ["neutral"]),
        ("El gobierno no ha confirmado las 30 muertes denunciadas por la oposición.", ["neutral"]),
        ("Todavía no se ha confirmado la muerte de 12 personas.", ["neutral"]),
        ("Hay otros 15 fallecidos sin confirmar en la zona.", ["neutral"]),
        # 2. a possibility between verb and number lends nothing
        ("Officials confirmed that the toll could rise to 300 deaths.", ["neutral"]),
        ("Las autoridades confirmaron que la cifra podría superar los 300 muertos.", ["neutral"]),
        ("You’d expect 2,000 people on a march like that.", ["neutral"]),
        ("You'd expect 2,000 people at a rally of that kind.", ["neutral"]),
        ("El número de víctimas podría superar los 300, según los expertos.", ["neutral"]),
        # a figure held as belief is no check, nor a release done
        (
            "Observers said they understood 85 detained activists had been released.",
            ["neutral"],
        ),
        ("The ministry confirmed that reportedly 300 people had died.", ["neutral"]),
        ("La fiscalía confirmó que presuntamente 40 personas murieron.", ["neutral"]),
        # 3. a status verb in a condition checks nothing
        ("If the reports are confirmed, the toll would rise to 40.", ["neutral"]),
        ("Should the figures be verified, some 300 people would have been detained.", ["neutral"]),
        ("Si se confirman los datos, habría 40 muertos más.", ["neutral"]),
        # "si bien" is "although", no condition
        ("Si bien el ministerio confirmó 40 muertes, la oposición habla de más.", ["confirmed"]),
        (
            "The ministry confirmed 40 deaths, if the figures from the north are included.",
            ["confirmed"],
        ),
    ],
)
def test_no_status_without_a_verb_that_holds(text: str, expected: list[str]) -> None:
    assert _classes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb followed by its own number is that number's verb
        (
            "Police said 300 people were injured, and the hospital confirmed 12 deaths.",
            ["neutral", "confirmed"],
        ),
        (
            "Los vecinos hablaron de 300 heridos y el hospital confirmó 12 muertes.",
            ["neutral", "confirmed"],
        ),
        # a second clause with a verb of saying of its own
        (
            "The ministry confirmed 41 deaths and said 70 people were missing.",
            ["confirmed", "neutral"],
        ),
        (
            "El ministerio confirmó 41 muertes y dijo que 70 personas seguían desaparecidas.",
            ["confirmed", "neutral"],
        ),
        # each number keeps the verb of its clause
        (
            "The ministry confirmed 41 releases while the opposition announced the release"
            " of 116 prisoners.",
            ["confirmed", "announced"],
        ),
        (
            "La Cruz Roja confirmó 41 muertes, mientras que los medios locales hablaron de"
            " 70 fallecidos.",
            ["confirmed", "neutral"],
        ),
        # one verb, two objects: both are its own
        ("The ministry confirmed 20 deaths and 30 injuries.", ["confirmed", "confirmed"]),
    ],
)
def test_status_binds_to_its_own_clause(text: str, expected: list[str]) -> None:
    assert _classes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # periphrases keep the infinitive's status
        ("Las autoridades han podido confirmar 18 muertes.", "confirmed"),
        ("La misión logró verificar 64 detenciones.", "confirmed"),
        ("The observers managed to document 112 arrests.", "confirmed"),
        ("Las autoridades no pudieron confirmar las 50 muertes.", "neutral"),
        # impersonal and passive counts, with a source in the text
        ("Según la fiscalía, se contaron 418 personas migrantes en julio.", "confirmed"),
        ("Según el ministerio, en Valencia se contabilizan 214 fallecidos.", "confirmed"),
        ("Se confirmaron 20 muertes en el hospital central.", "confirmed"),
        ("Un total de 35 casos fueron verificados por el laboratorio.", "confirmed"),
        ("El fallecimiento de 12 personas ha sido confirmado por la fiscalía.", "confirmed"),
        # "se registró" with no number right after it counts nobody
        ("Se registró una participación de 3 millones de votantes.", "neutral"),
        # singular participles
        ("La cifra verificada de excarcelaciones es de 80.", "confirmed"),
    ],
)
def test_spanish_forms(text: str, expected: str) -> None:
    assert _classes(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry plans to evacuate 3,000 residents from the coast.",
        "The government will evacuate 3,000 residents this week.",
        "The authorities agreed to free 700 detainees.",
        "El ministerio prevé evacuar a 1.200 vecinos de la zona.",
        "El gobierno va a liberar a 300 presos esta semana.",
        # a future passive after the number
        "Some 500 detainees are due to be freed next week.",
        "Foro Penal said 300 prisoners will be released.",
        "Otros 300 presos serán liberados esta semana.",
        "Unos 200 presos políticos van a ser excarcelados.",
        # a promise named by a noun
        "The government has gone back on its pledge to release 700 detainees.",
        "The commitment to resettle 25,000 refugees by February was met.",
        "La promesa de liberar a 300 presos no se ha cumplido.",
        "El compromiso de excarcelar a 200 presos políticos sigue en pie.",
    ],
)
def test_planned_acts_are_announced(text: str) -> None:
    assert _classes(text) == ["announced"]


@pytest.mark.parametrize(
    "text",
    [
        'El régimen anunció la liberación de "decenas" de opositores encarcelados.',
        "The government announced the release of dozens of opposition activists.",
        "The court authorized the transfer of 80 detainees to a civilian prison.",
    ],
)
def test_an_announced_act_named_by_a_noun_stays_announced(text: str) -> None:
    assert _classes(text) == ["announced"]


def test_a_plan_denied_is_not_announced() -> None:
    assert _classes("The government will not release the 300 prisoners.") != ["announced"]


@pytest.mark.parametrize(
    "text",
    [
        "Foro Penal said 300 prisoners will not be released.",
        "Foro Penal dijo que 300 presos no serán liberados.",
    ],
)
def test_a_release_denied_or_to_come_is_not_done(text: str) -> None:
    assert "confirmed" not in _classes(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agency has verified 80 releases, including 20 women.", ["confirmed", "confirmed"]),
        (
            "El comité ha confirmado 300 muertes. De ellas, 40 eran niños.",
            ["confirmed", "confirmed"],
        ),
        # a part another source gives is that source's figure
        (
            "The agency has verified 80 releases. Activists said 20 of them were women.",
            ["confirmed", "neutral"],
        ),
    ],
)
def test_parts_of_a_checked_count_are_checked(text: str, expected: list[str]) -> None:
    assert _classes(text) == expected


_CHECK_VERBS = st.sampled_from(["confirmed", "verified", "documented"])
_NEGATIONS = st.sampled_from(["has not", "did not", "could not", "has not yet", "did not"])
_VERBS_ES = st.sampled_from(["confirmado", "verificado", "documentado"])


@given(verb=_CHECK_VERBS, neg=_NEGATIONS, n=st.integers(min_value=11, max_value=9_999))
def test_a_negated_check_is_never_confirmed(verb: str, neg: str, n: int) -> None:
    present = {"confirmed": "confirm", "verified": "verify", "documented": "document"}
    word = present[verb] if neg.endswith(("did not", "could not")) else verb
    text = f"The commission {neg} {word} the {n:,} deaths reported by residents."
    assert "confirmed" not in _classes(text)


@given(verb=_VERBS_ES, n=st.integers(min_value=11, max_value=9_999))
def test_a_negated_spanish_check_is_never_confirmed(verb: str, n: int) -> None:
    text = f"La comisión no ha {verb} las {n} muertes denunciadas por los vecinos."
    assert "confirmed" not in _classes(text)


def test_tables_have_the_same_names_in_both_languages() -> None:
    for name in (
        "NEGATIONS",
        "NEGATION_SKIP",
        "MODALS",
        "PERIPHRASES",
        "STATUS_INFINITIVES",
        "IMPERSONAL_COUNTS",
        "COORDINATORS",
        "PLAN_MARKERS",
        "ACT_VERBS",
        "OBJECT_LEADS",
        "CONDITIONALS",
        "ACT_NOUNS",
        "PLEDGE_NOUNS",
        "HEDGES",
        "FUTURE_PASSIVES",
        "ACT_PARTICIPLES",
        "CONDITIONAL_OPENERS",
        "NOT_CONDITION_AFTER",
    ):
        assert hasattr(tables_en, name)
        assert hasattr(tables_es, name)
