"""Who says each number (issue 9, failure class 1): invented sentences, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

from .claimants import mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = mentions


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The National Electoral Observatory (NEO) said 300 people were detained.",
            "National Electoral Observatory",
        ),
        (
            "La Red de Apoyo Ciudadano (RAC) informó que 40 presos murieron.",
            "Red de Apoyo Ciudadano",
        ),
    ],
)
def test_an_acronym_in_parentheses_keeps_the_name_before_it(text: str, claimant: str) -> None:
    assert _who(text) == [[claimant]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("MANAUS, Brazil -- Labor leaders said 2,000 workers joined the strike.", "Labor leaders"),
        ("QUITO, Ecuador (AP) – Rescuers said 45 people died in the landslide.", "Rescuers"),
        ("TEGUCIGALPA, Honduras — Los rescatistas dijeron que 45 personas murieron.", None),
    ],
)
def test_a_dateline_is_not_part_of_the_claimant(text: str, claimant: str | None) -> None:
    [who] = _who(text)
    assert all("--" not in w and "—" not in w and "–" not in w for w in who)
    assert all(w not in ("Brazil", "Ecuador", "Honduras") for w in who)
    if claimant is not None:
        assert who == [claimant]


@pytest.mark.parametrize(
    ("text", "office", "person"),
    [
        (
            "Interior Minister Ramón Castillo said 12 people died.",
            "Interior Ministry",
            "Ramón Castillo",
        ),
        (
            "The Minister of the Interior, Ramón Castillo, said 12 people died.",
            "Interior Ministry",
            "Ramón Castillo",
        ),
        (
            "El ministro del Interior, Ramón Castillo, dijo que 12 personas murieron.",
            "Ministerio del Interior",
            "Ramón Castillo",
        ),
        (
            "The governor of Lara state, Ana Pérez, said 30 residents were evacuated.",
            "Lara state government",
            "Ana Pérez",
        ),
        (
            "La gobernadora de Sucre, Ana Pérez, dijo que 30 personas fueron evacuadas.",
            "Gobierno de Sucre",
            "Ana Pérez",
        ),
        (
            "Luis Ortega, coordinador nacional de Protección Civil, dijo que 30 personas murieron.",
            "Protección Civil",
            "Luis Ortega",
        ),
        (
            "Mary Jones, executive director of the Workers Rights Centre, said 300 workers quit.",
            "Workers Rights Centre",
            "Mary Jones",
        ),
        ("Red Cross spokesman John Smith said 30 people were hurt.", "Red Cross", "John Smith"),
    ],
)
def test_a_titled_person_speaks_for_an_office(text: str, office: str, person: str) -> None:
    """The claimant is the office the person speaks for, not the person's name."""
    [who] = _who(text)
    assert who == [office]
    assert person not in office


def test_a_titled_person_named_again_by_surname_keeps_the_office() -> None:
    text = (
        "Interior Minister Ramón Castillo said 12 people died in the floods. "
        "Castillo said 40 more were hurt."
    )
    assert _who(text) == [["Interior Ministry"]] * 2


@pytest.mark.parametrize(
    "text",
    [
        "Asimismo, 40 personas resultaron heridas.",
        "Families said 20 students were kidnapped.",
        "However, 30 people were hurt, the report said.",
        "Ese día, 12 personas fueron detenidas.",
    ],
)
def test_never_a_discourse_word_or_common_noun(text: str) -> None:
    for who in _who(text):
        assert not {"Asimismo", "Families", "However", "Ese"} & set(who)


def test_para_x_names_the_claimant() -> None:
    assert _who("Para los organizadores, más de 50.000 personas marcharon.") == [["organizadores"]]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Tras un mes de protestas, la ONU ha registrado al menos 824 heridos.", "ONU"),
        ("Desde la Defensoría del Pueblo aseguraron que 15 personas fueron detenidas.", None),
        ("La Prefectura cifró en 3.000 los asistentes a la marcha.", "Prefectura"),
        ("After a week of protests, the Red Cross has counted 95 injured people.", "Red Cross"),
    ],
)
def test_spanish_and_english_verb_forms(text: str, claimant: str | None) -> None:
    [who] = _who(text)
    if claimant is None:
        assert who
        assert "Defensoría del Pueblo" in who[0]
    else:
        assert who == [claimant]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police counted 25,000 protesters while organizers said more than 100,000 took part.",
            [["Police"], ["organizers"]],
        ),
        (
            "La policía contó 25.000 manifestantes, mientras que los organizadores dijeron que "
            "más de 100.000 marcharon.",
            [["policía"], ["organizadores"]],
        ),
        (
            "Organizers said 100,000 people marched, but police put the figure at 25,000.",
            [["Organizers"], ["police"]],
        ),
        (
            "Unos 8.000 trabajadores pararon, según el sindicato, pero la empresa habló de 3.000 "
            "trabajadores, informó la Cámara Minera.",
            [["sindicato"], ["empresa"]],
        ),
    ],
)
def test_two_sources_in_one_sentence_each_number_its_own(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Union of Metal Workers called a strike on Monday. "
            "The union said 8,000 members walked out.",
            "Union of Metal Workers",
        ),
        (
            "La Central Única de Trabajadores convocó el paro. "
            "Según el sindicato, 5.000 trabajadores pararon.",
            "Central Única de Trabajadores",
        ),
        ("The police said 300 people marched.", "police"),
    ],
)
def test_a_generic_head_is_the_organization_named_before(text: str, expected: str) -> None:
    assert _who(text) == [[expected]]


def test_an_acronym_the_text_defines_names_the_organization() -> None:
    text = (
        "The Network for Prisoner Support (NPS) tracks arrests in the region. "
        "NPS said 300 people were detained last week."
    )
    assert _who(text) == [["Network for Prisoner Support"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 300 people were arrested on Monday. That is according to the Red Cross.",
            "Red Cross",
        ),
        ("Unas 40 personas resultaron heridas. Así lo informó la Cruz Roja.", "Cruz Roja"),
    ],
)
def test_attribution_in_the_next_sentence(text: str, expected: str) -> None:
    assert _who(text) == [[expected]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.N. says 40 million people left their towns last year.", ["U.N."]),
        (
            "Some 900,000 people marched: said the general secretary of the CGT, Ana Ruiz.",
            ["CGT"],
        ),
        ("In Lyon, the prefecture counted 18,000 demonstrators.", ["prefecture"]),
        ("Authorities have listed at least 9,000 people in Tours.", ["Authorities"]),
        (
            "The Electoral Board has since disclosed that 13,000 voters turned out.",
            ["Electoral Board"],
        ),
    ],
)
def test_more_subjects(text: str, expected: list[str]) -> None:
    assert _who(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 80 percent of the people crossing were women, said Ana Ruiz, the Refugee "
            "Council's representative in the region.",
            ["Refugee Council"],
        ),
        (
            '"They took 42 people," Juan Idris, spokesman for the Lara state government, '
            "told AFP by phone.",
            ["Lara state government"],
        ),
        ("Turnout rose in Brest, where police counted 6,500 people in the march.", ["police"]),
    ],
)
def test_the_listener_of_told_is_not_the_source(text: str, expected: list[str]) -> None:
    assert _who(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Peruvian human rights organization said six people were killed.",
            [["Peruvian human rights organization"]],
        ),
        (
            "The NGO Mountain Rights Watch published the names of 23 people it says were killed.",
            [["NGO Mountain Rights Watch"]],
        ),
        (
            "La prensa local informó que 12 personas murieron en el incendio.",
            [["prensa local"]],
        ),
    ],
)
def test_unnamed_sources_and_the_sentence_subject(text: str, expected: list[list[str]]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Los fallecidos suman 412, ha informado este jueves el Ministerio de Salud.",
            [["Ministerio de Salud"]],
        ),
        (
            "Los reportes de Defensa Civil declaran que hay unos 8.000 damnificados.",
            [["Defensa Civil"]],
        ),
        # "desde X informaron": the place's authorities speak (issue 9, "desde X aseguraron")
        (
            "Desde Tabasco informaron que 5.120 personas resultaron afectadas.",
            [["Gobierno de Tabasco"]],
        ),
        ("Tabasco registra 5.120 personas afectadas.", [[]]),
        (
            "About 12,000 people reached the border camps in two days, the UNHCR said.",
            [["UNHCR"]],
        ),
    ],
)
def test_subject_after_the_verb_and_places_that_are_not_sources(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


def _ids(text: str) -> list[list[str | None]]:
    return [[c.id for c in claim.claimants] for claim in extract(text, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised word before the comma is not the speaker when the sentence's own
        # subject follows it
        (
            "The toll of the Zika outbreak in the valley is now 640, the World Health "
            "Organization (WHO) said on Monday.",
            [["World Health Organization"]],
        ),
        (
            "El brote de Dengue ya causó 310 muertes, la Organización Mundial de la Salud "
            "(OMS) dijo el lunes.",
            [["Organización Mundial de la Salud"]],
        ),
        # a lower-case phrase between two commas is an apposition of the name before it
        (
            "Después, el Consejo Electoral Central, controlado por el oficialismo, aseguró "
            "que votaron 4 millones de personas.",
            [["Consejo Electoral Central"]],
        ),
        (
            "The Central Vote Board, run by loyalists, said 4 million people voted.",
            [["Central Vote Board"]],
        ),
        # the one the figures were given to is not a source
        (
            "Hay 820 migrantes, según estadísticas de la Oficina Nacional de Fronteras "
            "facilitadas a EFE.",
            [["Oficina Nacional de Fronteras"]],
        ),
        (
            "There are 820 migrants, according to data from the National Border Office "
            "given to Reuters.",
            [["National Border Office"]],
        ),
    ],
)
def test_the_speaker_is_the_subject_of_its_own_clause(text: str, expected: list[list[str]]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Some 9,000 people crossed into Chad this week, the UN refugee agency said.", "unhcr"),
        ("Some 9,000 people crossed into Chad this week, the UN’s refugee agency said.", "unhcr"),
    ],
)
def test_a_whole_phrase_the_registry_knows_wins_over_its_capitalised_part(
    text: str, org: str
) -> None:
    assert _ids(text) == [[org]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CGT said 2 million people marched. The police said 800,000 people marched.",
            [["CGT"], ["police"]],
        ),
        (
            "La CGT dijo que 2 millones de personas marcharon. La policía dijo que 800.000 "
            "personas marcharon.",
            [["CGT"], ["policía"]],
        ),
        # a generic head of the same kind as the source before refers back to it
        (
            "The Civil Defense Agency said 50 people died. The agency said 20 people were hurt.",
            [["Civil Defense Agency"], ["Civil Defense Agency"]],
        ),
        (
            "La Agencia de Defensa Civil dijo que 50 personas murieron. La agencia dijo que 20 "
            "personas resultaron heridas.",
            [["Agencia de Defensa Civil"], ["Agencia de Defensa Civil"]],
        ),
    ],
)
def test_a_generic_head_refers_back_only_to_a_source_of_its_kind(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The Red Cross said 300 were hurt. "It is about 300," spokesman Omar Villa told '
        "reporters. Nearly 1,700 people were evacuated, Villa said.",
        "La Cruz Roja dijo que 300 resultaron heridos. «Son unos 300», dijo el portavoz Omar "
        "Villa. Casi 1.700 personas fueron evacuadas, dijo Villa.",
    ],
)
def test_a_spokesperson_speaks_for_the_source_named_before(text: str) -> None:
    who = _who(text)
    assert len(who) == 3
    assert all(w == who[0] for w in who), who
    assert "Cruz" in who[0][0] or "Cross" in who[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean government said 300 people died in the floods.",
        "El Gobierno de Chile dijo que 300 personas murieron en las inundaciones.",
        "Las autoridades chilenas dijeron que 300 personas murieron en las inundaciones.",
    ],
)
def test_national_governments_resolve_in_both_languages(text: str) -> None:
    assert _ids(text) == [["chile-government"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the source after a report noun
        (
            "Hay 9.000 damnificados por las lluvias, según un balance parcial de organismos "
            "de socorro.",
            [["organismos de socorro"]],
        ),
        (
            "There are 9,000 people affected, according to figures from the Civil Defense Agency.",
            [["Civil Defense Agency"]],
        ),
        # whoever rescues people is the source of the count
        ("Salvamento Costero ha rescatado a 210 personas migrantes.", [["Salvamento Costero"]]),
        (
            "The Harbour Rescue Service rescued 91 people off the coast.",
            [["Harbour Rescue Service"]],
        ),
        # "dio a conocer": the speaker follows the verb (in the next sentence here)
        (
            "Al menos 640 civiles han muerto en la guerra. Lo anterior lo dio a conocer la "
            "Oficina de Derechos Civiles en su informe.",
            [["Oficina de Derechos Civiles"]],
        ),
    ],
)
def test_report_nouns_rescuers_and_verbs_whose_speaker_follows(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Agencia Nacional de Emergencias (ANE) actualizó las cifras de la tormenta.\n"
        "PUBLICIDAD\n- 288 incidentes\n- 6.455 personas en riesgo\n- 3 personas desaparecidas",
        "The Flood Relief Office updated its figures on Monday.\nAdvertisement\n"
        "- 6,455 people at risk\n- 3 people missing",
    ],
)
def test_list_items_keep_the_source_of_the_sentence_that_opens_the_list(text: str) -> None:
    who = _who(text)
    assert len(who) == 2
    assert who[0] == who[1]
    assert len(who[0]) == 1
    assert "Emergencias" in who[0][0] or "Flood" in who[0][0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "para" joins the words of one name
        (
            "La Comisión Nacional para la Atención de Sequías (CNAS) informó que 6.400 "
            "personas están en riesgo.",
            [["Comisión Nacional para la Atención de Sequías"]],
        ),
        # "the ministry" with no name of its own is the ministry named before
        (
            "The Ministry of Water Works said 28% of its staff were on strike. In detail, 42% "
            "of teachers were on strike, according to figures supplied by the ministry.",
            [["Ministry of Water Works"], ["Ministry of Water Works"]],
        ),
        (
            "El Ministerio de Obras Hídricas dijo que 40 personas murieron. El ministerio dijo "
            "después que 12 personas más murieron.",
            [["Ministerio de Obras Hídricas"], ["Ministerio de Obras Hídricas"]],
        ),
    ],
)
def test_names_with_para_and_a_ministry_named_before(text: str, expected: list[list[str]]) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "La Unión de Estibadores dijo que 40.000 trabajadores hicieron huelga. Esta cifra "
        "supone un seguimiento alto. En los puertos del sur pararon 9.000 trabajadores.",
        "The Dockers Union said 40,000 workers went on strike. That is a high turnout. In the "
        "southern ports 9,000 workers stopped work.",
    ],
)
def test_a_source_carries_over_one_sentence_without_numbers(text: str) -> None:
    who = _who(text)
    assert len(who) == 2
    assert who[0] == who[1]
    assert len(who[0]) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Esta cifra supone un seguimiento alto.",
        "La cifra supera lo esperado.",
        "The count was higher than expected.",
    ],
)
def test_a_say_verb_after_a_determiner_is_a_noun_not_a_source(text: str) -> None:
    from discrepancy.extraction.claimant import find_attribution
    from discrepancy.extraction.lexicon import LEXICON
    from discrepancy.extraction.sentences import TokenMemo, tokenize

    toks = tokenize(text, 0, len(text), TokenMemo())
    assert find_attribution(text, toks, [], LEXICON) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reported in <place>": the place is where, not who
        (
            "The Relief Office said 900 people died. Of the deaths, 310 were reported in "
            "Tarnovia, it said.",
            [["Relief Office"], ["Relief Office"]],
        ),
        (
            "La Oficina de Socorro dijo que 900 personas murieron. De ellas, 310 fueron "
            "reportadas en Tarnovia, dijo.",
            [["Oficina de Socorro"], ["Oficina de Socorro"]],
        ),
        # "against" / "frente a" set two sources of one sentence apart
        (
            "The Metal Union claims 2.8 million marchers, against 1.2 million according to the "
            "Ministry of the Interior.",
            [["Metal Union"], ["Ministry of the Interior"]],
        ),
        (
            "El Sindicato del Metal cifra la huelga en 2,8 millones de personas, frente a 1,2 "
            "millones de personas según el Ministerio del Interior.",
            [["Sindicato del Metal"], ["Ministerio del Interior"]],
        ),
        # a long office after the speaker's name
        (
            "About 12 million people voted, said Ana Ruiz, director of the nonpartisan "
            "Committee for the Study of the Voting Public.",
            [["nonpartisan Committee for the Study of the Voting Public"]],
        ),
    ],
)
def test_places_after_the_verb_contrasts_and_long_offices(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Flood Relief Office, which runs the shelters, said 400 people were evacuated.",
            [["Flood Relief Office"]],
        ),
        (
            "La Oficina de Socorro, que gestiona los albergues, dijo que 400 personas fueron "
            "evacuadas.",
            [["Oficina de Socorro"]],
        ),
        ("Ana Ruiz, who spoke to reporters in Lima, said 14 people died.", [["Ana Ruiz"]]),
    ],
)
def test_a_relative_clause_between_the_source_and_its_verb(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Daily Courier reported, citing the Civil Relief Office, that 60 people died.",
            [["Civil Relief Office"]],
        ),
        (
            "El Diario del Sur informó, citando a la Oficina de Socorro, que murieron 60 personas.",
            [["Oficina de Socorro"]],
        ),
        ("La Oficina de Socorro manifestó que 60 personas murieron.", [["Oficina de Socorro"]]),
        ("The Civil Relief Office stressed that 60 people died.", [["Civil Relief Office"]]),
    ],
)
def test_a_cited_source_wins_over_the_outlet_that_cites_it(
    text: str, expected: list[list[str]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Miles de vecinos marcharon, según los vecinos organizadores más de 40.000, en Rosario.",
        "Thousands marched, according to the organizers more than 40,000, in Leeds.",
        "Thousands marched, according to the organizers about 40,000, in Leeds.",
    ],
)
def test_the_source_ends_where_a_hedged_number_begins(text: str) -> None:
    """The hedge opens the number: it is never part of the source's name."""
    hedged = [names for names in _who(text) if names]
    assert hedged
    for names in hedged:
        assert all(not n.endswith((" más de", " more than", " about")) for n in names), names


@pytest.mark.parametrize(
    ("second", "claimant"),
    [
        ("The Red Cross said 310 people died.", "Red Cross"),
        (
            "The International Rescue Committee said 310 people died.",
            "International Rescue Committee",
        ),
        ("La Cruz Roja dijo que murieron 310 personas.", "Cruz Roja"),
    ],
)
def test_a_name_with_a_descriptor_word_in_it_is_its_own_source(second: str, claimant: str) -> None:
    """'Committee', 'Cross' are words of the name, not "the group" referring back to the
    source of the sentence before."""
    first = "Floods have killed at least 230 people, the Interior Ministry said. "
    assert _who(first + second)[1] == [claimant]
