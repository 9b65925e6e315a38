"""Who says each number, beyond the seeds (issue 9, failure class 1), round 3.

Every sentence here is invented for the test; each shows one general pattern of English or
Spanish news writing.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

from .claimants import mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = mentions


def _ids(text: str) -> list[list[str | None]]:
    return [[c.id for c in claim.claimants] for claim in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening adjunct is not part of the subject
        (
            "In Lyon the police headquarters announced 12,000 demonstrators, while the CGT "
            "claimed more than 40,000 demonstrators.",
            [["police headquarters"], ["CGT"]],
        ),
        (
            "En Sevilla la Policía Local contabilizó 9.000 manifestantes.",
            [["Policía Local"]],
        ),
    ],
)
def test_an_opening_place_or_time_is_not_the_subject(text: str, expected: list[list[str]]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CC.OO. y UGT han elevado hasta el 45% la adhesión de los 310.000 "
            "empleados de la rama.",
            ["ccoo", "ugt-spain"],
        ),
        (
            "UGT y CC.OO. estimaron el seguimiento del paro en una media del 64%.",
            ["ugt-spain", "ccoo"],
        ),
        ("UNHCR and IOM said 300 people crossed the border.", ["unhcr", "iom"]),
    ],
)
def test_two_known_sources_joined_by_and_are_both_claimants(text: str, expected: list[str]) -> None:
    assert _ids(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The Centre for Democracy and Human Rights said 300 people were detained.",
            "Centre for Democracy and Human Rights",
        ),
        (
            "The Ministry of Health and Social Welfare said 45 people died of cholera.",
            "Ministry of Health and Social Welfare",
        ),
    ],
)
def test_and_inside_one_name_keeps_the_name_whole(text: str, claimant: str) -> None:
    assert _who(text) == [[claimant]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Las ONG locales que operan desde el exilio en Panamá indicaron que los "
            "excarcelados son entre 14 y 22.",
            "ONG locales",
        ),
        (
            "Rights groups who monitor the prisons in Turkey said 40 detainees were freed.",
            "Rights groups",
        ),
    ],
)
def test_a_relative_clause_describes_the_subject_before_it(text: str, claimant: str) -> None:
    assert _who(text) == [[claimant]]


def test_a_reported_clause_after_que_is_not_a_relative_clause() -> None:
    text = (
        "La jefa de Protección Civil, Marta Robles, agregó en sus redes sociales que "
        "el Comité de Emergencias ha confirmado 31 muertos en Oaxaca y 7 en Chiapas."
    )
    assert _who(text) == [["Comité de Emergencias"], ["Comité de Emergencias"]]


def test_a_clitic_before_the_verb_is_not_an_article_of_the_subject() -> None:
    text = (
        "Según la Fundación Brisa, hay 1.900 desaparecidos, pero la asociación civil Puente "
        "Claro los cifra en unos 2.600."
    )
    assert _who(text) == [["Fundación Brisa"], ["Puente Claro"]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Más tarde, el Consejo Electoral, controlado por el Gobierno, aseguró por su parte "
            "que votaron más de 6 millones de ciudadanos.",
            "Consejo Electoral",
        ),
        (
            "Figures compiled Thursday by the Electoral Institute showed that 2.1 million "
            "people had voted.",
            "Electoral Institute",
        ),
        (
            "Según las cifras difundidas el lunes por el Ministerio de Salud, 300 personas "
            "murieron.",
            "Ministerio de Salud",
        ),
        ("Data released by the health ministry on Friday showed 45 deaths.", "health ministry"),
        ("Un portavoz de la Policía Nacional dijo que 30 personas fueron detenidas.", None),
        ("The UN said 30 people died in the attack.", "UN"),
    ],
)
def test_the_agent_of_a_report_and_asides_after_the_verb(text: str, claimant: str | None) -> None:
    who = _who(text)
    assert len(who) == 1
    if claimant is None:  # "Un" opening the sentence is an article, never the UN
        assert who[0]
        assert who[0] != ["Un"]
    else:
        assert who == [[claimant]]


def test_a_spanish_clitic_is_not_part_of_the_subject() -> None:
    text = (
        "Los organizadores hablaron de 100.000 personas, mientras que la Delegación del "
        "Gobierno las redujo a 30.000."
    )
    assert _who(text) == [["organizadores"], ["Delegación del Gobierno"]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Al menos 96 civiles murieron en los combates de la semana.\n\n"
            "Lo anterior lo dio a conocer este martes la Organización Mundial de la Salud.",
            "Organización Mundial de la Salud",
        ),
        (
            "Rescuers pulled 30 survivors from the rubble overnight.\n\n"
            "The figures were released by the regional civil defence agency.",
            "regional civil defence agency",
        ),
    ],
)
def test_a_sentence_pointing_back_names_the_source_across_a_paragraph(
    text: str, claimant: str
) -> None:
    assert _who(text) == [[claimant]]


def test_an_unnamed_body_keeps_its_words_and_its_short_form_refers_back() -> None:
    text = (
        "The Velorian human rights council said at least nine people died on Friday.\n\n"
        "The council said four marchers were shot dead in Port Arlen."
    )
    assert _who(text) == [["Velorian human rights council"], ["Velorian human rights council"]]


def test_english_source_does_not_carry_into_a_new_paragraph_but_spanish_does() -> None:
    english = (
        "The health ministry said 40 people died in the floods. Another 12 were injured.\n\n"
        "In the hills, 15 people remain missing."
    )
    assert _who(english) == [["health ministry"], ["health ministry"], []]
    spanish = (
        "El Ministerio de Salud informó que 40 personas murieron en las inundaciones.\n\n"
        "Además, 12 personas resultaron heridas en la capital."
    )
    assert _who(spanish) == [["Ministerio de Salud"], ["Ministerio de Salud"]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Police arrested 40 people during the protest.", "Police"),
        ("La Guardia Civil ha detenido a 12 personas tras los disturbios.", "Guardia Civil"),
        ("The coast guard rescued 64 migrants off the island.", "coast guard"),
        ("Los bomberos rescataron a 15 personas atrapadas.", "bomberos"),
        ("Sources at the Interior Ministry said 30 people were detained.", "Interior Ministry"),
        (
            "Fuentes de la Policía Nacional indicaron que 30 personas fueron detenidas.",
            "Policía Nacional",
        ),
        (
            "Al menos 25 personas murieron en el choque, según informaron fuentes oficiales.",
            "fuentes oficiales",
        ),
    ],
)
def test_who_arrests_or_rescues_and_sources_inside_a_body(text: str, claimant: str) -> None:
    assert _who(text) == [[claimant]]


def test_the_capitalised_who_is_the_world_health_organization() -> None:
    text = (
        "The toll has reached 1,884, the World Health Organization (WHO) reported on Monday.\n\n"
        "The WHO also said that confirmed infections had risen to 6,210."
    )
    assert _ids(text) == [["who"], ["who"]]
    assert _who("Residents who fled the town said 30 people died.") == [["Residents"]]


def test_an_agent_verb_names_the_source_only_with_its_number_right_after() -> None:
    text = "Thousands of students and opposition activists arrested under the law remain in jail."
    assert _who(text) == [[]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Marta Quiroga, who leads the Refugee Council of Norway, told reporters that 3,000 "
            "people had fled the town.",
            "Refugee Council of Norway",
        ),
        (
            "Ana Ruiz, que dirige la Fundación Vida, dijo que 300 personas murieron.",
            "Fundación Vida",
        ),
        (
            "The National Electoral Commission (NEC) published the results on Monday. "
            "Chairperson of the Commission, Ana Boateng, announced that 8,000 voters had cast "
            "ballots.",
            "National Electoral Commission",
        ),
    ],
)
def test_a_person_speaks_for_the_body_she_leads(text: str, claimant: str) -> None:
    assert _who(text)[-1] == [claimant]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Two boats reached the dinghy and rescued 64 people, a coast guard spokesperson "
            "told reporters.",
            "coast guard",
        ),
        ("A spokesman for the ministry said 45 people had died.", "ministry"),
        ("A police spokesman said 12 people were arrested.", "police"),
        ("Un portavoz de la policía dijo que 30 personas fueron detenidas.", "policía"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_the_body_named_with_the_title(
    text: str, claimant: str
) -> None:
    assert _who(text) == [[claimant]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Los servicios de emergencia han verificado la muerte de 12 personas.", "servicios"),
        ("El Ejecutivo se comprometió a liberar a 100 presos.", "Ejecutivo"),
    ],
)
def test_unnamed_services_and_reflexive_verbs(text: str, claimant: str) -> None:
    (who,) = _who(text)
    assert who
    assert claimant in who[0]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Desde Oaxaca informaron que la situación ha afectado a 289.000 personas.",
            "Gobierno de Oaxaca",
        ),
        (
            "También en Tabasco, más al este, reportaron que había 57.000 damnificados.",
            "Gobierno de Tabasco",
        ),
        (
            "Por su parte, CCOO, que tiene dos representantes en el comité, ha ofrecido cifras "
            "diferentes, ya que ha cifrado el seguimiento en un 27%.",
            "CCOO",
        ),
    ],
)
def test_a_spanish_verb_without_subject_takes_the_one_the_sentence_opens_with(
    text: str, claimant: str
) -> None:
    assert _who(text)[-1] == [claimant]


def test_a_noun_that_looks_like_a_verb_opens_no_subject() -> None:
    text = (
        "Baleares recibió 2.430 migrantes, cifra que multiplica por 6 la de 2024, "
        "según datos publicados el lunes por el Ministerio del Interior."
    )
    assert _who(text)[0] == ["Ministerio del Interior"]


def test_a_verb_after_y_shares_the_subject_of_its_clause() -> None:
    text = (
        "La gobernadora viajó a la zona para coordinar con los alcaldes la respuesta a "
        "la crisis y afirmó que 180 vecinos fueron desalojados."
    )
    assert _who(text) == [[]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Al menos 30 personas murieron, informaron a EFE fuentes de la Policía Nacional.",
            "Policía Nacional",
        ),
        (
            "Al menos 30 personas murieron, dijo a la agencia Andina el jefe del Indeci.",
            "Indeci",
        ),
    ],
)
def test_the_listener_after_a_spanish_verb_is_not_the_speaker(text: str, claimant: str) -> None:
    assert _who(text) == [[claimant]]


def test_a_spokesman_of_the_who_speaks_for_it_past_a_relative_clause() -> None:
    text = (
        "WHO spokesman Lena Hartmann, who gave the data to journalists in Nairobi, said 9 "
        "people had died."
    )
    assert _ids(text) == [["who"]]


def test_a_verb_after_and_is_not_the_subject_of_the_words_before() -> None:
    text = (
        "The tally of suspected, probable and confirmed cholera cases has risen to 58, with "
        "9 children dead."
    )
    assert _who(text) == [[], []]


def test_after_two_sources_an_unattributed_number_is_the_outlets() -> None:
    text = (
        "Según la Fundación Brújula, hay 1.346 desaparecidos, pero la asociación civil Casa "
        "Abierta los cifra en unos 2.100. La guerrilla mantiene a 410."
    )
    assert _who(text) == [["Fundación Brújula"], ["Casa Abierta"], []]


def test_a_quote_told_to_this_newspaper_is_the_speakers() -> None:
    text = '"Hay 300 desaparecidos", aseguró a este diario el portavoz de la Cruz Roja, Juan Pérez.'
    assert _who(text) == [["Cruz Roja"]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Sanidad notifica 1.500 nuevos contagios de dengue.", "Sanidad"),
        ("The ministry has identified 34 of the victims.", "ministry"),
    ],
)
def test_notifying_and_identifying_name_the_source(text: str, claimant: str) -> None:
    assert _who(text) == [[claimant]]


def test_an_apposition_after_a_name_does_not_refer_back_and_and_joins_a_second_source() -> None:
    text = (
        "Turnout was 22% in nursery schools, according to figures supplied by the ministry. "
        "The unions reported more: SNES-FSU, the largest union of lycée staff, announced "
        "a rate of 58% of staff out, and SNUipp-FSU, the largest union of junior teachers, "
        "speaks of 61%."
    )
    assert _who(text)[-2:] == [["SNES-FSU"], ["SNUipp-FSU"]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "La directora del Servicio Nacional de Emergencias (Senaem), Marta Quiroga, "
            "informó que la cifra de fallecidos subió a 212.",
            "Servicio Nacional de Emergencias",
        ),
        (
            "Como reconoció la patronal Metalcova, el seguimiento alcanzó el 29% en las plantas "
            "grandes.",
            "Metalcova",
        ),
        ("About 300 people were killed in Lagos on Monday, said the ministry.", "ministry"),
        ("Al menos 40 personas murieron, informó la policía.", "policía"),
    ],
)
def test_titles_before_an_acronym_and_bodies_after_the_verb(text: str, claimant: str) -> None:
    assert _who(text) == [[claimant]]


def test_plural_unions_refer_to_the_unions_named_before_another_source() -> None:
    text = (
        "CCOO y UGT cifraron el seguimiento del paro en un 76%. Como reconoció la patronal "
        "Metalcova, el seguimiento alcanzó el 29% en las plantas grandes. Los sindicatos "
        "hablan de 380.000 empleados."
    )
    assert _ids(text)[-1] == ["ccoo", "ugt-spain"]


def test_a_spanish_breakdown_goes_on_with_the_only_source_the_text_named() -> None:
    text = (
        "Un total de 10 millones de trabajadores hicieron huelga, según los datos publicados "
        "por CCOO y UGT.\n\n"
        "Esta cifra supone un seguimiento del 77%.\n\n"
        "En concreto, las regiones con más participación fueron Navarra (90%) y Galicia (88%).\n\n"
        "En números absolutos, Cataluña tuvo casi 1,9 millones de huelguistas."
    )
    ids = _ids(text)
    assert ids[-1] == ["ccoo", "ugt-spain"]
    assert ids[-2] == ["ccoo", "ugt-spain"]


def test_a_second_source_leaves_unattributed_spanish_numbers_to_the_outlet() -> None:
    text = (
        "Según la Cruz Roja, 300 personas fueron evacuadas, y la Defensa Civil habló de 500.\n\n"
        "Durante la noche, en otra ciudad, unas 40 personas pasaron la noche en la calle.\n\n"
        "En la capital, 12 personas siguen en el hospital."
    )
    assert _who(text)[-1] == []


def test_english_numbers_with_no_source_stay_the_outlets() -> None:
    text = (
        "The Red Cross said 300 people were evacuated from the valley.\n\n"
        "Heavy rain is expected again this week.\n\n"
        "In the capital, 12 people remain in hospital."
    )
    assert _who(text)[-1] == []


def test_a_quote_in_hard_wrapped_lines_is_its_speakers_and_an_official_is_made_precise() -> None:
    text = (
        "Gunmen have abducted 24 people from a seminary in\n"
        "northwestern Nigeria, a local government official said Monday.\n"
        '"They took away 13 pupils. They\n'
        'also seized 5 relatives of the teachers," Ibrahim Lawal,\n'
        "spokesman for Sokoto state's government, told Reuters by phone.\n"
    )
    assert _who(text) == [["Sokoto state's government"]] * 3
