"""Who goes on speaking (session 10, g-carry): a sentence that opens by going on with the one
before ("Additionally, …", "Asimismo, …") and names no source of its own gives its figures to
the source of the sentence before; not across an English paragraph break, not after two
sources, not after the outlet's own figures. Invented sentences, English and Spanish."""

from __future__ import annotations

from .claimants import surfaces_and_mentions


def _who(text: str) -> dict[str, list[str]]:
    return dict(surfaces_and_mentions(text))


def test_additionally_goes_on_with_an_announcement() -> None:
    text = (
        "The Interior Ministry announced on Monday that the rebels had agreed to free a"
        " pilot and a nurse on Tuesday. Additionally, the rebels will free 14 more captives"
        " on Friday."
    )
    assert _who(text)["14"] == ["Interior Ministry"]


def test_in_addition_goes_on_with_the_source_of_the_figures_before() -> None:
    text = (
        "The Red Crescent said 52 people were hurt in the clashes in Tarsa. In addition,"
        " 9 people were taken to hospital in the capital."
    )
    assert _who(text)["9"] == ["Red Crescent"]


def test_asimismo_sigue_con_la_fuente_del_parrafo_anterior() -> None:
    text = (
        "El seguimiento del paro fue del 71%, según los datos de la Confederación Sindical"
        " de Obreros.\n\n"
        "En concreto, Murcia alcanzó el 88% y Soria el 80%.\n\n"
        "Asimismo, han registrado un seguimiento superior a la media Cádiz (79%) y Lugo (76%)."
    )
    got = _who(text)
    assert got["79%"] == got["88%"] != []


def test_ademas_sigue_con_el_anuncio() -> None:
    text = (
        "La Cruz Roja informó que 31 personas resultaron heridas en Tarsa. Además, 6 personas"
        " fueron trasladadas al hospital de la capital."
    )
    assert _who(text)["6"] == ["Cruz Roja"]


def test_an_english_paragraph_break_stops_the_carry() -> None:
    text = (
        "The Red Crescent said 52 people were hurt in the clashes in Tarsa.\n\n"
        "Additionally, 9 people were taken to hospital in the capital."
    )
    assert _who(text)["9"] == []


def test_after_two_sources_the_next_sentence_is_the_outlets() -> None:
    text = (
        "The police counted 4,000 marchers, but the organisers said 9,000 took part."
        " Additionally, 30 people were detained."
    )
    assert _who(text)["30"] == []


def test_after_the_outlets_own_figure_nothing_is_carried() -> None:
    text = (
        "The storm hit the coast on Sunday and 12 people died. Additionally, 40 people were"
        " hurt, the Red Crescent said later in a separate count of the region."
    )
    assert _who(text)["12"] == []


def test_a_sentence_with_its_own_source_keeps_it() -> None:
    text = (
        "La Cruz Roja informó que 31 personas resultaron heridas. Asimismo, la policía"
        " cifró en 12 los detenidos."
    )
    assert _who(text)["12"] != ["Cruz Roja"]


def test_la_informacion_esta_contenida_en_da_su_fuente_a_las_cifras_de_antes() -> None:
    text = (
        "Hasta el 3 de marzo se habían detectado 48 casos de sarampión en la provincia.\n"
        "La información fue tomada del boletín quincenal del Instituto Nacional de Salud, que"
        " registra también 210 casos de gripe."
    )
    got = _who(text)
    assert got["48"] == ["Instituto Nacional de Salud"]


def test_the_data_come_from_gives_its_source_to_the_figures_before() -> None:
    text = (
        "So far this year 48 measles cases have been detected in the province. The data"
        " come from the weekly bulletin of the National Health Institute, which also lists"
        " 210 flu cases."
    )
    assert _who(text)["48"] == ["National Health Institute"]


def test_the_data_of_another_body_with_figures_do_not_point_back() -> None:
    text = (
        "So far this year 48 measles cases have been detected in the province. The data"
        " of the National Health Institute show 210 flu cases."
    )
    assert _who(text)["48"] == []


def test_un_lugar_que_registra_no_tapa_la_fuente_de_su_oracion() -> None:
    assert _who("Baleares registró 420 llegadas en marzo, según el Ministerio del Interior.")[
        "420"
    ] == ["Ministerio del Interior"]


def test_las_cifras_de_un_lugar_no_cortan_la_fuente_de_antes() -> None:
    text = (
        "Según el Ministerio del Interior, llegaron 900 personas a Baleares en marzo. Las"
        " cifras de Baleares siguen subiendo, mientras en Murcia llegaron 2.100 personas."
    )
    assert _who(text)["2.100"] == ["Ministerio del Interior"]


def test_a_place_that_records_does_not_hide_the_source_of_its_sentence() -> None:
    text = "Tasmania recorded 40 new cases, according to the World Health Organization."
    assert _who(text)["40"] == ["World Health Organization"]


def test_a_place_s_government_and_a_country_still_speak() -> None:
    assert _who("Desde Oaxaca informaron que hay 300 afectados.")["300"] == ["Gobierno de Oaxaca"]
    assert _who("Venezuela reported 310 new cases on Monday.")["310"] == ["Venezuela"]


def test_un_gobierno_local_no_habla_por_otro_lugar() -> None:
    text = (
        "Desde Chiapas informaron que hay 31.000 afectados.\n"
        "En Veracruz hubo otros 150.000 damnificados."
    )
    got = _who(text)
    assert got["31.000"] == ["Gobierno de Chiapas"]
    assert got["150.000"] == []


def test_un_gobierno_local_sigue_hablando_de_su_lugar() -> None:
    text = (
        "Desde Chiapas informaron que hay 31.000 afectados.\n"
        "En la capital del estado hubo otros 15.000 damnificados."
    )
    assert _who(text)["15.000"] == ["Gobierno de Chiapas"]


def test_a_state_government_does_not_speak_for_another_state() -> None:
    text = (
        "The Borno state government said 40 people were hurt in the blast. Another 30"
        " people were hurt in Kaduna."
    )
    got = _who(text)
    assert got["30"] == []
