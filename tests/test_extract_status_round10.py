"""Round 10 (c-status): status verbs by meaning in every tense, and who keeps a tally.

Issue 9, failure class 7. The tables name status verbs by class (``STATUS_VERBS``) and
`extraction.conjugate` spells out their forms: what is done or being done keeps the verb's
class, what is to come ("verificará", "confirmaría") checks nothing. A registering verb gives
a registered count when its subject can keep a tally ("el organismo registró", "hospitals
recorded", "según el registro de"), not when a place, a time or a pronoun is the subject, a
passive names no keeper, or the counted register themselves. A part of a registered count is
registered too, except on a roll. Invented sentences about invented places and bodies.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.claim import Status, StatusClass
from discrepancy.extraction import conjugate

PUBLISHED = dt.date(2026, 3, 20)


def _status(text: str, surface: str) -> Status:
    for c in extract(text, published=PUBLISHED):
        if c.quantity.surface == surface:
            return c.status
    raise AssertionError(f"{surface!r} not extracted from {text!r}")


# -- the forms -------------------------------------------------------------------------------


def test_spanish_forms_cover_every_done_tense() -> None:
    forms = conjugate.es_done_forms("constatar")
    for form in ("constata", "constatan", "constato", "constataron", "constataba"):
        assert form in forms
    for form in ("constatado", "constatadas", "constatando"):
        assert form in forms
    assert "constatar" not in forms  # an infinitive only counts after a periphrasis
    assert "constatara" in conjugate.es_future_forms("constatar")
    assert "prometieron" in conjugate.es_done_forms("prometer")


def test_english_forms() -> None:
    assert conjugate.en_forms("verify") == {"verifies", "verified", "verifying"}
    assert conjugate.en_forms("document") == {"documents", "documented", "documenting"}


def test_not_a_regular_infinitive_is_refused() -> None:
    with pytest.raises(ValueError, match="infinitive"):
        conjugate.es_done_forms("decir")


@settings(max_examples=30, deadline=None)
@given(st.from_regex(r"[a-z]{2,8}(ar|er)", fullmatch=True))
def test_every_form_keeps_the_stem(infinitive: str) -> None:
    stem = infinitive[:-2]
    for form in conjugate.es_done_forms(infinitive) | conjugate.es_future_forms(infinitive):
        assert form.startswith(stem)
        assert form != infinitive


# -- every tense of a checking verb ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La comisión de Tarla constataban 12 muertes en la frontera.", "12"),
        ("Los peritos de Orbe corroboraban 31 fallecimientos tras el derrumbe.", "31"),
        ("La misión de Lumo documentaba 58 desapariciones en la sierra.", "58"),
        (
            "Tras dos semanas de visitas a los hospitales de la región, los observadores de la "
            "misión de Lumo, que trabajan desde la capital, acreditaban el lunes 240 muertes "
            "de civiles desde que empezaron los combates en el valle.",
            "240",
        ),
        ("Monitors in Orbe were corroborating 31 deaths after the collapse.", "31"),
    ],
)
def test_a_checking_verb_in_any_done_tense_is_confirmed_class(text: str, surface: str) -> None:
    assert _status(text, surface).status_class is StatusClass.CONFIRMED


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("La Fiscalía de Orbe verificará las 300 muertes que denuncian las familias.", "300"),
        ("El comité de Lumo confirmaría 40 muertes si recibe los informes.", "40"),
    ],
)
def test_a_check_to_come_checks_nothing(text: str, surface: str) -> None:
    assert _status(text, surface) is Status.REPORTED


# -- who keeps a tally -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("El organismo registró 800 fallecidos y 1.400 heridos desde el inicio.", "800"),
        ("El organismo registró 800 fallecidos y 1.400 heridos desde el inicio.", "1.400"),
        ("Hospitals recorded 300 deaths on Monday.", "300"),
        ("Según el registro de la misión, 520 civiles murieron en el valle.", "520"),
        (
            "En el último informe de la oficina, que se publica cada mes y que cubre las "
            "provincias del norte, el organismo de vigilancia ha registrado 1.250 "
            "desplazados desde enero.",
            "1.250",
        ),
    ],
)
def test_a_keeper_of_a_tally_registers(text: str, surface: str) -> None:
    assert _status(text, surface) is Status.REGISTERED


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Enero registró 300 homicidios en la capital de Tarla.", "300"),
        ("Fueron registrados 40 heridos en la plaza de Orbe.", "40"),
        ("El distrito registró 90 casos de dengue en una semana.", "90"),
        ("45 cases are recorded in the valley of Lumo.", "45"),
        ("In Orbe, 2,000 voters cast ballots, including 300 who registered at the door.", "300"),
        (
            "Las cifras de dengue subieron en todas las provincias de Tarla, registrando esta "
            "última semana dos muertes.",
            "dos",
        ),
    ],
)
def test_a_place_a_time_a_passive_or_the_counted_register_nobody(text: str, surface: str) -> None:
    assert _status(text, surface) is Status.REPORTED


def test_an_estimate_is_not_taken_over_by_a_participle_after_its_noun() -> None:
    text = "La ONG de Orbe estima que las muertes registradas en la sierra son 300 personas."
    assert _status(text, "300") is Status.ESTIMATED


# -- a part of a registered count --------------------------------------------------------------


def test_a_part_of_a_registered_count_is_registered() -> None:
    text = "La Defensoría de Tarla registró 300 asesinatos de líderes. De ellos, 40 eran mujeres."
    assert _status(text, "40") is Status.REGISTERED


def test_a_part_of_a_roll_is_not() -> None:
    text = (
        "Of the 9,402,118 registered voters on the roll of Orbe, 6,110,300 of them went to "
        "the polls, the commission said."
    )
    assert _status(text, "9,402,118") is Status.REGISTERED
    assert _status(text, "6,110,300") is Status.REPORTED


# -- a figure with a source of its own ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "La ONU verificó 80 muertes de civiles, cifra que según el gobierno es de apenas 30.",
            "apenas 30",
        ),
        (
            "The monitors verified 80 civilian deaths in Orbe, a figure that according to the "
            "provincial government is only 30.",
            "only 30",
        ),
    ],
)
def test_a_check_does_not_reach_a_figure_with_its_own_source(text: str, surface: str) -> None:
    assert _status(text, surface) is Status.REPORTED


def test_a_source_aside_of_the_checking_verb_keeps_the_check() -> None:
    text = "La Defensoría de Tarla confirmó, según su último boletín, 45 muertes."
    assert _status(text, "45") is Status.CONFIRMED
    text = "El comité de Orbe confirmó que, según los hospitales, 45 personas murieron."
    assert _status(text, "45") is Status.CONFIRMED


# -- metric: a gap between two counts counts nobody ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Un desfase de 90.000 desplazados separa las dos cifras que dan Orbe y sus vecinos.",
        "A shortfall of 20,000 people between the two tallies worried officials in Lumo.",
    ],
)
def test_a_gap_between_counts_is_no_count(text: str) -> None:
    assert extract(text, published=PUBLISHED) == []


# -- a breakdown after a colon ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        (
            "La Secretaría de Salud de Tarla confirmó 300 muertes: 120 en Norte, 100 en Sur "
            "y 80 en la costa.",
            ("120", "100", "80"),
        ),
        (
            "After a week of counting in the hills, the ministry of Orbe has confirmed 85 deaths "
            "in three provinces: 40 in the north; 30 in the south, and 15 in the east.",
            ("40", "30", "15"),
        ),
    ],
)
def test_the_items_of_a_checked_breakdown_are_checked(text: str, surfaces: tuple[str, ...]) -> None:
    for surface in surfaces:
        assert _status(text, surface).status_class is StatusClass.CONFIRMED


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The ministry of Orbe confirmed 30 deaths; rescuers are searching for 200 missing "
            "people.",
            "200",
        ),
        ("Officials in Lumo confirmed 30 deaths: the toll, they warned, could rise to 200.", "200"),
        (
            "El ministerio de Tarla confirmó 30 muertes: los socorristas temen que haya 200 más.",
            "200",
        ),
    ],
)
def test_a_figure_of_its_own_clause_is_no_item(text: str, surface: str) -> None:
    assert _status(text, surface).status_class is not StatusClass.CONFIRMED


# -- metric: the event a verb reports, in any tense ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "Más de 3.000 vecinos de Orbe han huido de sus casas por los combates.",
            "Más de 3.000",
            "displaced",
        ),
        (
            "La violencia en la sierra de Tarla ha desplazado a 12.000 personas este año.",
            "12.000",
            "displaced",
        ),
        ("La policía de Lumo desalojaba a 400 personas de la plaza.", "400", "evacuated"),
        (
            "Según el último parte de la gobernación, que se publica cada tarde, la guerrilla "
            "secuestraba el pasado año a 75 personas en los municipios del sur de Orbe.",
            "75",
            "hostages",
        ),
    ],
)
def test_the_verb_of_the_event_names_what_is_counted(text: str, surface: str, metric: str) -> None:
    got = {c.quantity.surface: c.metric for c in extract(text, published=PUBLISHED)}
    assert got.get(surface) == metric


# -- an act to come: a schedule, and the other side of a deal ------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The militia in Orbe was supposed to free 33 captives in the first phase.", "33"),
        ("Two hundred detainees in Lumo are scheduled to be released on Friday.", "Two hundred"),
        ("La milicia de Orbe debía liberar a 33 cautivos en la primera fase.", "33"),
        (
            "Under the truce signed in Tarla, 12 captives were supposed to be freed in exchange "
            "for about 900 prisoners held by the army.",
            "about 900",
        ),
        (
            "Según la tregua, 12 cautivos serán liberados a cambio de 900 presos del ejército "
            "de Orbe.",
            "900",
        ),
    ],
)
def test_an_act_to_come_is_announced(text: str, surface: str) -> None:
    assert _status(text, surface).status_class is StatusClass.ANNOUNCED


def test_a_deal_done_is_not_announced() -> None:
    text = "In exchange for 40 prisoners, 10 captives were freed in Orbe on Monday."
    assert _status(text, "40").status_class is not StatusClass.ANNOUNCED


# -- a government office reporting its own releases ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "El ministro del Interior de Tarla, Rufo Almeida, informó que 88 presos han sido "
            "excarcelados desde diciembre.",
            "88",
        ),
        ("The interior minister of Orbe said 88 prisoners had been freed since December.", "88"),
    ],
)
def test_an_office_reporting_its_own_releases_claims_them(text: str, surface: str) -> None:
    assert _status(text, surface) is Status.CLAIMED


def test_a_monitor_reporting_the_governments_releases_claims_nothing() -> None:
    text = "La ONG Vigía informó que el gobierno de Tarla ha excarcelado a 88 presos políticos."
    assert _status(text, "88") is not Status.CLAIMED


def test_a_participle_after_its_numbers_noun_says_how_it_was_counted() -> None:
    text = (
        "Según la comisión, hasta el lunes eran 250 los fallecidos en Orbe. De los 250 decesos "
        "registrados entre marzo y junio, la comisión detalló que 30 son agentes y 12 son menores."
    )
    got = [c.status for c in extract(text, published=PUBLISHED)]
    assert got == [Status.REPORTED, Status.REGISTERED, Status.REGISTERED, Status.REGISTERED]
