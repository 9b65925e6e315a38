"""Who says each number (issue 9, failure class 1): invented sentences, English and Spanish."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def _who(text: str) -> list[list[str]]:
    return [[c.mention for c in claim.claimants] for claim in extract(text, published=PUBLISHED)]


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
        ("Desde Tabasco informaron que 5.120 personas resultaron afectadas.", [[]]),
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
