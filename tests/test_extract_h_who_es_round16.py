"""Who gives each number in Spanish news, and how it stands behind it (helper h-who-es,
session 13): invented sentences."""

from __future__ import annotations

import pytest

from discrepancy import extract

from .claimants import PUBLISHED, surfaces_and_mentions


def _statuses(text: str) -> list[tuple[str, str]]:
    return [(c.quantity.surface, c.status.value) for c in extract(text, published=PUBLISHED)]


# "y no N como lo afirmaron X": the source after "como" is the figure's


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El Ministerio de Salud aseguró que hay 40 contagiados y no 300 como lo "
            "afirmaron varias asociaciones de médicos.",
            [("40", ["Ministerio de Salud"]), ("300", ["asociaciones de médicos"])],
        ),
        (
            "Los bomberos rescataron a 120 personas, y no 80 como dijo el alcalde.",
            [("120", ["bomberos"]), ("80", ["alcalde"])],
        ),
        (
            "La Cruz Roja atendió a 70 heridos y no a 150, como ya informó la prensa local.",
            [("70", ["Cruz Roja"]), ("150", ["prensa local"])],
        ),
    ],
)
def test_a_source_after_como_speaks_for_the_figure_just_before(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert surfaces_and_mentions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Como lo dijo ayer, el sindicato cifró en 4.000 los huelguistas.",
            [("4.000", ["sindicato"])],
        ),
        (
            "Unas 300 personas marcharon, como en años anteriores, según los organizadores.",
            [("Unas 300", ["organizadores"])],
        ),
    ],
)
def test_como_without_a_source_after_its_verb_names_nobody_new(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert surfaces_and_mentions(text) == expected


# "Dicho organismo", "La dependencia", "Esa entidad del Estado", "la misma fuente": the body
# named just before


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "El Instituto Nacional de Migración presentó su balance. Dicho organismo señaló "
            "que 1.200 migrantes fueron deportados.",
            "Instituto Nacional de Migración",
        ),
        (
            "La Fiscalía General del Estado de Guerrero investiga el caso. La dependencia "
            "informó que 43 estudiantes siguen desaparecidos.",
            "Fiscalía General del Estado de Guerrero",
        ),
        (
            "El Servicio Geológico habló de daños graves en Oaxaca. Esa entidad del Estado "
            "dice que hay 20.000 personas damnificadas.",
            "Servicio Geológico",
        ),
        (
            "La Comisión Nacional de Búsqueda abrió una oficina en Jalisco. La institución "
            "precisó que 40 personas siguen desaparecidas.",
            "Comisión Nacional de Búsqueda",
        ),
    ],
)
def test_a_generic_body_noun_refers_back_to_the_body_named_before(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_the_same_source_is_the_one_that_just_spoke() -> None:
    text = (
        "Protección Civil de Veracruz informó que 30 personas murieron. Según la misma "
        "fuente, otras 12 están desaparecidas."
    )
    assert [who for _, who in surfaces_and_mentions(text)] == [
        ["Protección Civil de Veracruz"],
        ["Protección Civil de Veracruz"],
    ]


def test_a_generic_body_noun_with_no_body_before_names_nobody() -> None:
    text = "Dicho organismo señaló que 1.200 migrantes fueron deportados."
    assert surfaces_and_mentions(text) == [("1.200", [])]


# status: a verb past a relative clause about the people counted is not the figure's own


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "El comité de familias confirmó que solo 13 de los liberados habían sido "
            "detenidos en las marchas, a quienes les prometieron un indulto.",
            "confirmed",
        ),
        (
            "La ONG verificó que 25 de los excarcelados siguen bajo arresto domiciliario, "
            "a quienes el gobierno anunció una amnistía.",
            "verified",
        ),
    ],
)
def test_a_status_verb_in_a_relative_about_the_counted_does_not_override(
    text: str, status: str
) -> None:
    [(_, got)] = _statuses(text)
    assert got == status


def test_the_figures_own_later_verb_still_wins_without_a_relative() -> None:
    text = "El gobierno anunció que cuatro casos han sido confirmados."
    [(_, got)] = _statuses(text)
    assert got == "confirmed"


# "que se creía …": an impersonal belief names nobody, and its relative keeps its verb


def test_an_impersonal_belief_in_a_relative_names_no_source() -> None:
    text = (
        "El Director de Protección Civil, Juan Ruiz, indicó que de las 900 personas que se "
        "creía atrapadas, 600 ya fueron rescatadas. De las 600 personas rescatadas, 40 "
        "están heridas."
    )
    assert {tuple(who) for _, who in surfaces_and_mentions(text)} == {("Protección Civil",)}
    assert [status for _, status in _statuses(text)] == [
        "estimated",
        "reported",
        "reported",
        "reported",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La ONG confirmó que de las 300 personas que se creía detenidas, 120 siguen presas.",
            [("300", "confirmed"), ("120", "confirmed")],
        ),
        (
            "La Defensoría del Pueblo informó que de los 900 desplazados que se creía seguían "
            "en albergues, 400 ya regresaron.",
            [("900", "estimated"), ("400", "reported")],
        ),
    ],
)
def test_a_verb_in_a_relative_closed_before_the_figure_is_its_nouns(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _statuses(text) == expected


def test_whoever_established_a_figure_gives_it() -> None:
    text = "La Fiscalía estableció que 12 personas murieron en el incendio."
    assert surfaces_and_mentions(text) == [("12", ["Fiscalía"])]


# a body's name that ends in a lowercase place noun, and a relative after it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al menos 23 personas murieron, informó la Fiscalía del estado.",
            [("Al menos 23", ["Fiscalía del estado"])],
        ),
        (
            "Al menos 9 personas murieron, informó el Gobierno del estado.",
            [("Al menos 9", ["Gobierno del estado"])],
        ),
        (
            "Al menos 23 personas murieron en el incendio, informó la Fiscalía del estado, "
            "que detalló que 15 eran mujeres.",
            [("Al menos 23", ["Fiscalía del estado"]), ("15", ["Fiscalía del estado"])],
        ),
    ],
)
def test_a_body_named_after_its_verb_keeps_its_lowercase_place(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert surfaces_and_mentions(text) == expected


def test_official_figures_that_speak_are_no_figure_of_a_comparison() -> None:
    text = "Las cifras oficiales hablan de 120 muertos."
    assert surfaces_and_mentions(text) == [("120", ["cifras oficiales"])]


# "para X" opening a clause after ";" or "mientras que"


@pytest.mark.parametrize(
    "text",
    [
        "Para los convocantes, fueron 50.000 los manifestantes; para la policía, 12.000.",
        "Para los convocantes, fueron 50.000 los manifestantes, mientras que para la policía "
        "fueron 12.000.",
    ],
)
def test_a_for_source_after_a_contrast_speaks_for_its_own_figure(text: str) -> None:
    assert [who for _, who in surfaces_and_mentions(text)] == [["convocantes"], ["policía"]]


def test_a_purpose_for_is_no_source() -> None:
    text = "La ayuda para la policía llegó a 300 agentes."
    assert [who for _, who in surfaces_and_mentions(text)] == [[]]


# who approves or orders a release gives it; an act of release right before its object


def test_whoever_approves_a_release_gives_its_figure() -> None:
    text = "El Ministerio de Justicia aprobó la liberación de 150 detenidos."
    [(_, status)] = _statuses(text)
    assert surfaces_and_mentions(text) == [("150", ["Ministerio de Justicia"])]
    assert status == "authorized"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("El gobierno dijo haber liberado a 300 presos.", "claimed"),
        (
            "La ONG Mesa de Presos informó que el gobierno ha excarcelado a 80 presos.",
            "carried_out",
        ),
        ("Las ONG señalaron que los liberados son entre 20 y 30.", "reported"),
    ],
)
def test_a_release_done_right_before_its_object_is_an_act(text: str, status: str) -> None:
    [(_, got)] = _statuses(text)
    assert got == status


# who did the act and who tells the figure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Guardia Costera rescató a 48 migrantes en aguas de Almería, según informaron "
            "fuentes de la Subdelegación del Gobierno.",
            [("48", ["Subdelegación del Gobierno"])],
        ),
        (
            "Los bomberos evacuaron a 200 vecinos, informó el Ayuntamiento.",
            [("200", ["Ayuntamiento"])],
        ),
        (
            "La Armada rescató a 90 personas y a otras 30 que llegaron por la tarde, según "
            "informó la Capitanía de Puerto.",
            [("90", ["Capitanía de Puerto"]), ("30", ["Capitanía de Puerto"])],
        ),
        (
            "La Armada rescató cinco botes con 300 personas, localizados cerca de la costa, "
            "según reportó la Capitanía de Puerto.",
            [("300", ["Capitanía de Puerto"])],
        ),
    ],
)
def test_a_source_told_after_an_act_gives_its_figures(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert surfaces_and_mentions(text) == expected


def test_the_doer_of_an_act_with_no_other_source_gives_the_figure() -> None:
    text = "La Guardia Costera rescató a 48 migrantes en aguas de Almería."
    assert surfaces_and_mentions(text) == [("48", ["Guardia Costera"])]


def test_a_title_right_after_a_body_head_is_part_of_its_name() -> None:
    text = (
        "Según datos facilitados por el Centro Coordinador de Emergencias, fueron 384 las "
        "personas que llegaron."
    )
    assert surfaces_and_mentions(text) == [("384", ["Centro Coordinador de Emergencias"])]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La crisis dejó 325 muertos, mientras que el Gobierno solo reconoce 199.", "Gobierno"),
        ("La policía apenas contó 3.000 manifestantes.", "policía"),
        ("La Cruz Roja además denunció 30 desapariciones.", "Cruz Roja"),
        ("El sindicato únicamente reconoció 500 despidos.", "sindicato"),
    ],
)
def test_an_adverb_between_subject_and_verb_is_no_part_of_the_name(text: str, source: str) -> None:
    assert surfaces_and_mentions(text)[-1][1] == [source]


# the source in the next sentence, and a day between a verb of giving and its object


@pytest.mark.parametrize(
    "second",
    [
        "La información fue confirmada por el Ministerio de Salud.",
        "El informe fue publicado por el Ministerio de Salud.",
        "Los datos fueron difundidos por el Ministerio de Salud.",
    ],
)
def test_the_next_sentence_that_says_where_the_figures_came_from_names_their_source(
    second: str,
) -> None:
    text = "Al menos 30 personas murieron y 120 resultaron heridas. " + second
    assert [who for _, who in surfaces_and_mentions(text)] == [
        ["Ministerio de Salud"],
        ["Ministerio de Salud"],
    ]


def test_a_day_between_a_verb_of_giving_and_its_figure_noun_is_passed_over() -> None:
    text = (
        "La Cruz Roja ofreció este lunes un nuevo balance: al menos 30 personas murieron y "
        "120 resultaron heridas."
    )
    assert [who for _, who in surfaces_and_mentions(text)] == [["Cruz Roja"], ["Cruz Roja"]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La cifra más baja fue la del secretario de Seguridad, Juan Ruiz, quien aseguró "
            "que marcharon entre 5 mil y 8 mil personas.",
            "Secretaría de Seguridad",
        ),
        (
            "El dato lo dio el alcalde, Pedro Gómez, quien dijo que la asistencia fue de "
            "40.000 personas.",
            "Pedro Gómez",
        ),
    ],
)
def test_a_person_relative_after_a_comma_speaks_as_its_antecedent(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Voceros del sindicato aseguraron que 9.000 obreros pararon.", "sindicato"),
        ("Portavoces de la Cruz Roja informaron que 30 personas murieron.", "Cruz Roja"),
    ],
)
def test_plural_spokespeople_speak_for_their_body(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


# "los organizadores": the body the text said called the event


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La Asamblea Feminista convocó la marcha. Los organizadores cifraron en 90.000 "
            "los asistentes.",
            ["Asamblea Feminista"],
        ),
        (
            "La protesta fue convocada por la Unión de Jubilados. Según los convocantes, "
            "asistieron 8.000 personas.",
            ["Unión de Jubilados"],
        ),
        (
            "La Central Obrera criticó la marcha, que fue convocada por el Frente Amplio. Los "
            "organizadores cifraron en 50.000 los asistentes.",
            ["Frente Amplio"],
        ),
        (
            "La marcha, convocada por el Frente Amplio y la Central Obrera, llenó la plaza. Los "
            "organizadores cifraron en 50.000 los asistentes.",
            ["Frente Amplio", "Central Obrera"],
        ),
        ("Los organizadores cifraron en 50.000 los asistentes.", ["organizadores"]),
    ],
)
def test_the_organizers_are_the_body_that_called_the_event(text: str, expected: list[str]) -> None:
    assert surfaces_and_mentions(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La Fiscalía General de la República abrió una investigación. La fiscalía informó "
            "que hay 7 desaparecidos.",
            "Fiscalía General de la República",
        ),
        (
            "La Defensoría del Pueblo visitó la zona. Según la defensoría, 300 personas fueron "
            "desplazadas.",
            "Defensoría del Pueblo",
        ),
        (
            "El Sindicato Nacional de Maestros convocó el paro. El gremio aseguró que 9.000 "
            "docentes se sumaron.",
            "Sindicato Nacional de Maestros",
        ),
    ],
)
def test_a_generic_head_names_the_body_of_that_head_named_before(text: str, source: str) -> None:
    assert surfaces_and_mentions(text)[-1][1] == [source]


def test_past_a_contrast_a_quote_that_reports_a_third_party_is_its_speakers() -> None:
    text = (
        "“El Gobierno dice que 200 fueron liberados, pero hay 11 que siguen detenidos. Además "
        "comprobamos 40 casos más”, agregó Ana Solís."
    )
    assert [who for _, who in surfaces_and_mentions(text)] == [
        ["Gobierno"],
        ["Ana Solís"],
        ["Ana Solís"],
    ]


def test_a_figure_set_aside_as_another_sources_is_no_revision() -> None:
    text = (
        "El Ministerio de Salud aseguró que hay 40 contagiados y no 300 como lo afirmaron "
        "varias asociaciones de médicos."
    )
    claims = extract(text, published=PUBLISHED)
    assert [c.supersedes for c in claims] == [None, None]


def test_a_figure_set_aside_by_its_own_source_is_still_revised() -> None:
    text = "El Ministerio de Salud aseguró que murieron 21 personas y no 24."
    first, second = extract(text, published=PUBLISHED)
    assert (first.supersedes, second.supersedes) == (second.id, None)


def test_a_syllabic_short_name_in_brackets_is_the_full_name() -> None:
    text = (
        "El Centro Nacional de Prevención de Desastres (Cenapred) informó que 40 personas "
        "murieron. El director de Cenapred, Luis Pérez, precisó que 12 siguen desaparecidas."
    )
    assert [who for _, who in surfaces_and_mentions(text)] == [
        ["Centro Nacional de Prevención de Desastres"],
        ["Centro Nacional de Prevención de Desastres"],
    ]


def test_a_place_in_brackets_is_no_short_name() -> None:
    text = (
        "La Universidad Complutense (Madrid) publicó un estudio. El rector de Madrid, Juan "
        "Ruiz, dijo que 300 estudiantes participaron."
    )
    assert surfaces_and_mentions(text)[-1][1] != ["Universidad Complutense"]
