"""Who gives each number in Spanish news (helper h-who-es, session 12): invented sentences,
Spanish and, where the rule has one, English."""

from __future__ import annotations

import pytest

from discrepancy import extract

from .claimants import PUBLISHED, surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La Secretaría de Seguridad dio a conocer que 31 agentes resultaron heridos.",
            "Secretaría de Seguridad",
        ),
        ("Los bomberos dieron a conocer que 14 vecinos fueron evacuados.", "bomberos"),
        ("Así lo dio a conocer la Cruz Roja: 14 vecinos fueron evacuados.", "Cruz Roja"),
        ("The agency went on to say that 31 workers were hurt.", "agency"),
    ],
)
def test_a_light_verb_periphrasis_keeps_its_subject(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_a_relay_outlet_yields_to_the_body_that_disclosed_the_figure() -> None:
    text = "De acuerdo con el diario La Voz, la Fiscalía dio a conocer que 9 reos fueron liberados."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Fiscalía"]


def test_a_plural_imperfect_estimate_after_an_aside_names_its_subject() -> None:
    text = "Los convocantes, sin embargo, estimaban que 5.000 personas marcharon."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["convocantes"]


def test_an_aside_without_its_opening_comma_is_passed_over() -> None:
    text = (
        "La patronal habló de 2.000 huelguistas. UGT sin embargo, calculó la participación "
        "en 7.000 trabajadores."
    )
    assert [who for _, who in surfaces_and_mentions(text)] == [["patronal"], ["UGT"]]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "El Gobierno habló de un 15% de seguimiento, mientras que los sindicatos "
            "convocantes (ABC, DEF y GHI) calculan la participación en un 60%.",
            "sindicatos convocantes",
        ),
        (
            "The ministry put turnout at 15%, while the main unions (ABC, DEF and GHI) said "
            "60% of staff walked out.",
            "main unions",
        ),
    ],
)
def test_a_bracketed_list_between_subject_and_verb_keeps_the_subject(
    text: str, source: str
) -> None:
    found = surfaces_and_mentions(text)
    assert found[-1][1] == [source]


def test_an_adverb_of_place_points_back_to_the_report_named_before() -> None:
    text = (
        "La Oficina de Refugiados publicó un informe en abril. Allí hablaba de 12.000 desplazados."
    )
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Oficina de Refugiados"]


def test_a_breakdown_by_category_after_a_report_noun_is_no_source() -> None:
    text = (
        "Según la Secretaría de Salud, hay 400 casos de fiebre. De acuerdo con las "
        "estadísticas por Fiebre Grave (FG) suman 120."
    )
    assert [who for _, who in surfaces_and_mentions(text)] == [["Secretaría de Salud"]] * 2


def test_a_breakdown_word_before_parte_de_still_names_the_source() -> None:
    text = "Según el balance por parte de Protección Civil, 72 personas siguen en albergues."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Protección Civil"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Unos 45 migrantes fueron rescatados, informaron los servicios de rescate.",
            "servicios de rescate",
        ),
        (
            "Unos 45 migrantes fueron rescatados, informaron los equipos de emergencia.",
            "equipos de emergencia",
        ),
    ],
)
def test_an_unnamed_service_after_its_verb_keeps_its_complement(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Las fuerzas de seguridad han informado de la detención de 60 personas.",
            "fuerzas de seguridad",
        ),
        ("Security forces said 60 people were detained.", "Security forces"),
    ],
)
def test_security_forces_speak_as_an_unnamed_body(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Un total de 63 contagios fueron reportados por la Secretaría de Salud.",
            "Secretaría de Salud",
        ),
        (
            "En total, 63 pacientes han sido contabilizados por el Hospital Central.",
            "Hospital Central",
        ),
        ("63 cases were reported by the health ministry.", "health ministry"),
    ],
)
def test_the_agent_of_a_passive_of_saying_gives_the_figure(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


def test_the_agent_of_a_passive_of_doing_gives_no_figure() -> None:
    text = "Los 63 heridos fueron atendidos por la Cruz Roja."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"Hay 37 detenidos", dijo el fiscal general, Mario Pérez.', "fiscal general"),
        (
            '"Detuvimos a 37 personas", ha informado el fiscal general, Mario Pérez.',
            "fiscal general",
        ),
    ],
)
def test_a_title_with_its_rank_after_a_quote_speaks(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La alcaldía de Cúcuta indicó que 350 vecinos recibieron ayuda.", "alcaldía de Cúcuta"),
        (
            "La embajada de Francia en Quito aseguró que 60 personas seguían detenidas.",
            "embajada de Francia en Quito",
        ),
        (
            "Según la municipalidad de Lima, 300 vecinos fueron desalojados.",
            "municipalidad de Lima",
        ),
    ],
)
def test_a_city_government_in_lower_case_keeps_its_whole_name(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La Defensoría del Pueblo, cuyos informes sirven de base para la agencia de las "
            "Naciones Unidas para los Refugiados (ACNUR) y otras agencias, habla de 53.000 "
            "desplazados.",
            "Defensoría del Pueblo",
        ),
        (
            "The Norwegian Refugee Council, whose figures the United Nations refugee agency "
            "(UNHCR) takes as the basis of its own yearly count, said 53,000 people were "
            "displaced.",
            "Norwegian Refugee Council",
        ),
    ],
)
def test_a_long_possessive_relative_between_subject_and_verb_is_passed_over(
    text: str, source: str
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    "text",
    [
        "La Defensa Civil informó que 8 personas murieron y añadió que otras 20 están "
        "desaparecidas.",
        "Según la Defensa Civil, 8 personas murieron y otras 20 están desaparecidas.",
    ],
)
def test_a_name_of_capitalised_common_words_opening_a_sentence_is_a_name(text: str) -> None:
    assert [who for _, who in surfaces_and_mentions(text)] == [["Defensa Civil"]] * 2


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "La Secretaría de Salud de Honduras confirmó 33 muertes por dengue. Las "
            "autoridades sanitarias han registrado 15 casos nuevos.",
            "Secretaría de Salud de Honduras",
        ),
        (
            "The Health Ministry of Peru confirmed 33 deaths. Health authorities have recorded "
            "15 new cases.",
            "Health Ministry of Peru",
        ),
    ],
)
def test_officials_of_a_field_speak_for_the_body_of_that_field_named_before(
    text: str, source: str
) -> None:
    assert [who for _, who in surfaces_and_mentions(text)] == [[source], [source]]


def test_officials_of_a_field_with_no_body_named_stay_as_written() -> None:
    [(_, who)] = surfaces_and_mentions("Las autoridades sanitarias han registrado 15 casos nuevos.")
    assert who == ["autoridades sanitarias"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Un total de 45 reos fueron trasladados, indicó a través de un comunicado la "
            "Secretaría de Seguridad Pública y Protección Ciudadana.",
            "Secretaría de Seguridad Pública y Protección Ciudadana",
        ),
        (
            "Según la Secretaría de Seguridad Pública, 45 reos fueron trasladados.",
            "Secretaría de Seguridad Pública",
        ),
    ],
)
def test_a_medium_and_a_capitalised_verb_form_inside_a_name_keep_the_whole_name(
    text: str, source: str
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Según cifras del Ministerio de Salud citadas por el diario La Jornada, 90 "
            "personas murieron.",
            "Ministerio de Salud",
        ),
        (
            "According to figures from the health ministry cited by the Daily Star, 90 people "
            "died.",
            "health ministry",
        ),
    ],
)
def test_an_outlet_that_cites_a_figure_relays_it(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "La Procuraduría de Derechos Humanos (PDH) y el Ministerio Público reportaron 19 "
            "víctimas.",
            "Procuraduría de Derechos Humanos",
            "Ministerio Público",
        ),
        (
            "The Human Rights Office (HRO) and the Public Ministry reported 19 victims.",
            "Human Rights Office",
            "Public Ministry",
        ),
    ],
)
def test_a_first_conjunct_with_its_acronym_in_brackets_stays_in_the_subject(
    text: str, first: str, second: str
) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert len(who) == 1
    assert first in who[0]
    assert second in who[0]


def test_a_capitalised_word_before_its_acronym_is_a_name_not_a_verb() -> None:
    text = "El Ministerio Público (MP) informó que 30 personas fueron capturadas."
    [(_, who)] = surfaces_and_mentions(text)
    assert who == ["Ministerio Público"]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Al menos 12 personas fueron detenidas, informaron a la AFP fuentes policiales.",
            "fuentes policiales",
        ),
        ("Al menos 12 personas fueron detenidas, dijeron fuentes militares.", "fuentes militares"),
    ],
)
def test_sources_after_their_verb_keep_the_adjective_of_their_kind(text: str, source: str) -> None:
    [(_, who)] = surfaces_and_mentions(text)
    assert who == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Un total de 67 presos fueron liberados, según la Oficina del Alto Comisionado de las "
        "Naciones Unidas para los Derechos Humanos.",
        "La Oficina del Alto Comisionado de la ONU para los Derechos Humanos informó que 67 "
        "presos fueron liberados.",
        "The Office of the High Commissioner for Human Rights said 67 prisoners were freed.",
    ],
)
def test_a_title_inside_an_office_name_is_no_titled_person(text: str) -> None:
    [claim] = extract(text, published=PUBLISHED)
    assert [c.id for c in claim.claimants] == ["ohchr"]
