"""The lead's session-12 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import MetricRegistry, extract

_DAY = dt.date(2025, 3, 4)


def _metrics(text: str) -> dict[str, str]:
    return {c.quantity.surface: c.metric for c in extract(text, published=_DAY)}


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # an execution is a count of its own, whatever verb says it happened
        (
            "At least six executions have been carried out since the coup.",
            "At least six",
            "executions",
        ),
        ("The junta executed 3 activists in the spring.", "3", "executions"),
        (
            "Se llevaron a cabo al menos seis ejecuciones desde el golpe.",
            "al menos seis",
            "executions",
        ),
        ("Fueron ejecutados 3 activistas en primavera.", "3", "executions"),
        # a commuted sentence is not a release, nor a count of prisoners held
        ("The president commuted the death sentences of 17 inmates.", "17", "commutations"),
        ("La presidenta conmutó la pena de muerte de 17 reclusos.", "17", "commutations"),
        # the people on death row are a level of their own, and no count of the dead
        ("Some 90 prisoners on death row are awaiting a review.", "Some 90", "death_row"),
        ("Unos 90 reos en el corredor de la muerte esperan una revisión.", "Unos 90", "death_row"),
    ],
)
def test_the_death_penalty_is_counted_by_its_own_metrics(
    text: str, surface: str, metric: str
) -> None:
    assert _metrics(text)[surface] == metric


def test_a_pardon_and_a_commutation_in_one_sentence_stay_apart() -> None:
    found = _metrics("The king pardoned 250 prisoners and commuted the sentences of 12 others.")
    assert found == {"250": "releases", "12": "commutations"}


def test_the_death_penalty_metrics_are_registered_in_both_languages() -> None:
    metrics = MetricRegistry.builtin()
    assert metrics.normalize("fusilamientos") == metrics.normalize("executions") == "executions"
    assert metrics.normalize("penas conmutadas") == "commutations"
    assert metrics.normalize("death row inmates") == "death_row"


def _read(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {
        c.quantity.surface: (c.claimants[0].name if c.claimants else None, c.scope)
        for c in extract(text, published=_DAY)
    }


def test_national_bodies_outweigh_one_place_the_gazetteer_knows_elsewhere() -> None:
    # the dateline city is a Colombian department in the gazetteer, but the unions are Spanish
    text = (
        "SANTANDER, 3 mar. — CCOO y UGT cifraron en 2.000 los manifestantes; "
        "el Gobierno habló de 800."
    )
    assert _read(text)["800"] == ("Spanish government", "Spain")


def test_places_of_one_country_outweigh_one_foreign_body() -> None:
    text = (
        "Bucaramanga, Santander y Cúcuta vivieron protestas; el Gobierno contó 800 manifestantes "
        "y CCOO expresó su apoyo."
    )
    assert _read(text)["800"][0] == "Colombian government"


def _claimant(text: str, surface: str) -> str | None:
    found = {c.quantity.surface: c for c in extract(text, published=_DAY)}
    refs = found[surface].claimants
    return refs[0].mention if refs else None


@pytest.mark.parametrize(
    ("text", "surface", "who"),
    [
        # a gerund of saying hangs on its clause: the clause's subject speaks, not the clause
        (
            "Senior rescue official Dana Okafor released the new toll on Monday evening, "
            "saying 14 people had died.",
            "14",
            "Senior rescue official Dana Okafor",
        ),
        (
            "La ministra Elena Ríos publicó el balance el lunes, señalando que 14 personas "
            "murieron.",
            "14",
            "Elena Ríos",
        ),
    ],
)
def test_a_gerund_of_saying_takes_the_subject_of_its_clause(
    text: str, surface: str, who: str
) -> None:
    assert _claimant(text, surface) == who


@pytest.mark.parametrize(
    "text",
    [
        # a unit after a number is no vague amount ("miles" is "thousands" in Spanish)
        "The blast killed 11 people and injured dozens in a town 30 kilometers (18 miles) away.",
        # a share of a body measures a wound
        "Three of the injured had burns on about 30 percent of their bodies.",
        "Uno de los heridos tiene quemaduras en el 30 % de su cuerpo.",
    ],
)
def test_measures_that_look_like_counts_are_not_read(text: str) -> None:
    read = [c.quantity.surface for c in extract(text, published=_DAY)]
    assert not [s for s in read if "miles" in s or "30" in s], read


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a gerund says what the people after it count, as its participle does
        ("Twelve died and the blast brought down a shop, trapping 20 people.", "20", "trapped"),
        ("Doce murieron y el edificio se derrumbó, atrapando a 20 personas.", "20", "trapped"),
        # two modifiers joined before one noun of people: the count is of those people
        (
            "More than 200 fire and rescue workers were sent to the site.",
            "More than 200",
            "fire-and-rescue-workers",
        ),
    ],
)
def test_what_the_words_around_a_figure_say_it_counts(text: str, surface: str, metric: str) -> None:
    assert _metrics(text)[surface] == metric


def _as_of(text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {
        c.quantity.surface: (c.as_of.start, c.as_of.end)
        for c in extract(text, published=_DAY)
        if c.as_of is not None
    }


_SUNDAY, _MONDAY, _TUESDAY = dt.date(2025, 3, 2), dt.date(2025, 3, 3), _DAY


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a collapse's toll grows as the rubble is searched: a count told a day later runs
        # from the collapse's day to that day, and the count told on the day stays that day's
        (
            "A gas explosion brought down an apartment block on Sunday. On Sunday, the mayor "
            "put the toll at 12. On Monday the fire service put the toll at 19.",
            {"12": (_SUNDAY, _SUNDAY), "19": (_SUNDAY, _MONDAY)},
        ),
        (
            "Un derrumbe sepultó un edificio el domingo. El domingo, el alcalde cifró los "
            "muertos en 12. El lunes los bomberos elevaron la cifra a 19.",
            {"12": (_SUNDAY, _SUNDAY), "19": (_SUNDAY, _MONDAY)},
        ),
    ],
)
def test_a_collapses_toll_runs_to_the_day_it_was_told(
    text: str, counts: dict[str, tuple[dt.date, dt.date]]
) -> None:
    assert _as_of(text) == counts


def test_opening_fire_is_no_disaster_whose_toll_grows() -> None:
    text = (
        "Soldiers opened fire on a march on Sunday, killing at least nine people, a rights "
        "group said."
    )
    assert _as_of(text)["at least nine"] == (_SUNDAY, _SUNDAY)


def test_a_line_wrapped_after_a_figure_goes_on_in_the_next_line() -> None:
    # hard-wrapped copy breaks lines anywhere, after a figure or a comma too
    text = (
        "El jueves la Fiscalía confirmó que 30 personas murieron, 410\n"
        "resultaron heridas y 95 fueron detenidas.\n"
        "Entre los 95\n"
        "detenidos hay dos menores."
    )
    found = _metrics(text)
    assert found["410"] == "injured"
    assert found["95"] == "arrests"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a prosecutor's office named with its country speaks as itself, not as the government
        ("La Fiscalía de Chile confirmó que 42 personas murieron.", "Fiscalía de Chile"),
        ("La Fiscalía General de Bolivia confirmó 42 muertes.", "Fiscalía General de Bolivia"),
    ],
)
def test_a_named_prosecutors_office_is_its_own_source(text: str, who: str) -> None:
    (claim,) = extract(text, published=_DAY)
    assert [(c.mention, c.name) for c in claim.claimants] == [(who, None)]


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a subset opener names the count the figure is a part of: the people are its dead
        ("Among the dead were 23 protesters and two police officers.", "23", "deaths"),
        ("Entre los fallecidos hay 23 manifestantes y dos policías.", "23", "deaths"),
        ("Among those detained were 8 journalists.", "8", "arrests"),
        # a crowd opener is no event: its parts keep their own noun
        ("Among the marchers were 40 children.", "40", "children"),
    ],
)
def test_a_subset_opener_gives_its_event_to_the_people_after_it(
    text: str, surface: str, metric: str
) -> None:
    assert _metrics(text)[surface] == metric


@pytest.mark.parametrize(
    ("text", "surface", "official"),
    [
        # official figures are the authorities' in Spanish as in English
        ("Según el informe oficial, 31 personas fueron detenidas.", "31", True),
        ("Las estimaciones oficiales cifran la marcha en 600 personas.", "600", True),
        ("According to the official report, 31 people were arrested.", "31", True),
        # unofficial ones are not
        ("Fuentes no oficiales hablan de 4.000 asistentes.", "4.000", False),
    ],
)
def test_official_figures_have_an_official_source(text: str, surface: str, official: bool) -> None:
    who = _claimant(text, surface)
    assert who is not None
    words = who.lower().replace("official", "oficial")
    assert ("oficial" in words and "no oficial" not in words) is official


def test_official_and_unofficial_crowd_estimates_are_compared_in_a_scan() -> None:
    from discrepancy.scan import check_extracted

    text = (
        "Según el reporte oficial, 30 personas fueron detenidas. "
        "Las estimaciones oficiales calculan la participación de entre 500 y 600 personas, "
        "mientras que fuentes no oficiales hablan de 4.000 a 5.000 participantes."
    )
    found = check_extracted(extract(text, published=_DAY))
    assert [d.kind.value for d in found.discrepancies] == ["source_disagreement"]


def test_two_metrics_written_alike_are_named_by_their_ids_in_the_note() -> None:
    from discrepancy.notes import NoteKind
    from discrepancy.scan import check_extracted

    text = "Of the 48 people injured, 30 remained hospitalized, officials said."
    notes = check_extracted(extract(text, published=_DAY)).notes
    [alike] = [n for n in notes if n.kind is NoteKind.METRICS_LOOK_ALIKE]
    assert alike.names == ("injured", "injured")  # "'injured' and 'injured' look alike" …
    assert "'hospitalized' and 'injured'" in alike.message  # … now names what was kept apart


@pytest.mark.parametrize(
    "text",
    [
        "Según estimaciones de Acnur, 9.000 personas han huido del valle.",
        "De acuerdo con cálculos de los bomberos, 9.000 personas han huido del valle.",
        "According to UNHCR estimates, 9,000 people have fled the valley.",
    ],
)
def test_a_figure_given_by_estimates_is_estimated(text: str) -> None:
    from discrepancy.claim import Status

    (claim,) = extract(text, published=_DAY)
    assert claim.status is Status.ESTIMATED


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # the Indian numbering of South Asian news: a lakh is 100,000, a crore 10,000,000
        ("Nearly 3 lakh people were evacuated before the cyclone.", 270_000, 300_000),
        # a round figure with a scale word keeps the round tolerance, as "12 million" does
        ("The floods affected 1.2 crore people, officials said.", 11_400_000, 12_600_000),
    ],
)
def test_lakh_and_crore_are_scales(text: str, low: float, high: float) -> None:
    (claim,) = extract(text, published=_DAY)
    assert (claim.quantity.low, claim.quantity.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Prosecutors charged 17 people with rioting.", "17"),
        ("Twelve men have been charged over the attack.", "Twelve"),
        ("La Fiscalía acusó a 17 detenidos de narcotráfico.", "17"),
    ],
)
def test_people_charged_are_a_count_of_their_own(text: str, surface: str) -> None:
    assert _metrics(text)[surface] == "charged"


def test_workers_who_did_not_turn_up_in_a_strike_are_strikers() -> None:
    text = (
        "Civil servants went on strike on Monday. The main unions said that up to 60 per cent "
        "of public sector workers did not turn up for work."
    )
    assert _metrics(text)["up to 60 per cent"] == "strikers"


def test_shares_of_workers_and_of_employees_are_set_against_each_other_in_a_scan() -> None:
    from discrepancy.scan import check_extracted

    text = (
        "Civil servants went on strike on Monday. The main unions said that up to 60 per cent "
        "of public sector workers joined the strike. But the government says only 9 per cent "
        "of its employees stayed away."
    )
    found = check_extracted(extract(text, published=_DAY))
    assert [d.kind.value for d in found.discrepancies] == ["source_disagreement"]


def test_ministers_are_a_source_of_their_own_clause() -> None:
    # "ministers" is a government head as "minister" is: not a word the unions' clause carries
    text = "Unions said 2 million joined the strike, but ministers said 1.1 million people had."
    assert _claimant(text, "1.1 million") == "ministers"


@pytest.mark.parametrize(
    ("text", "surface", "who"),
    [
        # a past form before an object is its clause's verb: the subject ends before it
        (
            "The prime minister dismissed the stoppage, telling MPs that only 90,000 workers "
            "had walked out.",
            "only 90,000",
            "prime minister",
        ),
    ],
)
def test_a_past_form_before_its_object_ends_the_subject(text: str, surface: str, who: str) -> None:
    assert _claimant(text, surface) == who


def test_whom_one_tells_is_no_source_of_a_later_figure() -> None:
    text = (
        "The premier played the strike down, telling MPs that schools stayed open. "
        "But ministers dispute this, putting the number closer to 300,000."
    )
    assert _claimant(text, "300,000") != "MPs"


@pytest.mark.parametrize(
    ("text", "surface", "who"),
    [
        # an opening connective and its comma come before the subject a gerund shares
        (
            "However, nurses' unions rejected the figure, claiming that 300,000 staff stayed away.",
            "300,000",
            "nurses' unions",
        ),
        (
            "Meanwhile, the council protested the count, insisting that 4,000 had marched.",
            "4,000",
            "council",
        ),
    ],
)
def test_a_gerund_shares_the_subject_after_an_opening_connective(
    text: str, surface: str, who: str
) -> None:
    assert _claimant(text, surface) == who


@pytest.mark.parametrize(
    ("text", "surface", "who"),
    [
        # the Arabic article of a name is part of it; Spanish "al" before a body is not
        ("Al Arabiya said 40 people died in the raid.", "40", "Al Arabiya"),
        ("Al Shabaab said it had killed 30 soldiers.", "30", "Al Shabaab"),
    ],
)
def test_the_arabic_article_stays_in_a_name(text: str, surface: str, who: str) -> None:
    assert _claimant(text, surface) == who
