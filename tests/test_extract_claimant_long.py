"""The source of a figure's own clause in long sentences (round 9, audit5 P1).

The claimant is the subject of the verb of saying, estimating or counting that governs the
number, however long the sentence and wherever the subject stands: before the verb past an
aside or a relative clause that holds commas, or after it past a day and a long descriptor.
Each rule is tested on a short sentence and on a long one of the real shape (the same
intervening clauses, apposition lengths, word order and punctuation). Invented sentences:
other places, bodies and numbers.
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

from .claimants import surfaces_and_mentions

PUBLISHED = dt.date(2026, 3, 4)


_who = surfaces_and_mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # short: a month name that is a noun ("march") does not cut the subject
            "The march organizers estimated that 4,000 people came.",
            [("4,000", ["march organizers"])],
        ),
        (  # long: the figure's clause runs on into an aside after a comma
            "The march's organizers estimated that 80,000 people crowded the harbour streets "
            "of Kestrel, a turnout swelled by fury at a fuel levy set to double bus fares. City "
            "police put the number at 25,000.",
            [("80,000", ["march's organizers"]), ("25,000", ["City police"])],
        ),
        (  # a month that reads as a date still ends the subject
            "The Harbour Gazette on Tuesday March 3rd reported 400 arrests.",
            [("400", ["Harbour Gazette"])],
        ),
        (  # "Saturday's rally" owns the noun; "rally" is no adverb in -ly
            "Organizers of Saturday's rally estimated that 9,000 people attended.",
            [("9,000", ["Organizers of Saturday's rally"])],
        ),
        (
            "Organizers of the vigil for the march said roughly 6,000 people came, the Kestrel "
            "Daily reported.",
            [("roughly 6,000", ["Organizers of the vigil for the march"])],
        ),
        (  # an adverb in -ly before the verb is still passed over
            "Police had previously said 300 people attended.",
            [("300", ["Police"])],
        ),
    ],
)
def test_the_subject_before_the_verb_is_read_whole(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # short: one adjective between the head and the name (worked before)
            "Al menos 900 migrantes murieron en la ruta, informó la organización humanitaria "
            "Socorro Andino.",
            [("Al menos 900", ["Socorro Andino"])],
        ),
        (  # long: a day after the verb, then a head with three adjectives before the name
            "Al menos 900 migrantes murieron o se perdieron en 2025 cuando intentaban cruzar "
            "el estrecho de Orlán, anunció el lunes la asociación civil humanitaria belga "
            "Mar Abierto. La oficina de la ONU registró 300 muertes.",
            [("Al menos 900", ["Mar Abierto"]), ("300", ["ONU"])],
        ),
        (  # "el jueves" after the verb is its day; "el colectivo X" names a new body
            "La ONG Defensores Libres elevó a 57 el número de detenidos tras las protestas. "
            "Ese balance se aleja de los 23 arrestos que había difundido el jueves el colectivo "
            "Vigía Ciudadana.",
            [("57", ["ONG Defensores Libres"]), ("23", ["Vigía Ciudadana"])],
        ),
        (  # a descriptor with a preposition, and a name that ends in a code ("21J")
            "Las asociaciones que siguen las detenciones dan balances distintos. La cifra de "
            "Defensores Libres se aleja de los 23 arrestos que había difundido el pasado viernes "
            "el grupo sobre desapariciones forzadas Vigía 21J.",
            [("23", ["Vigía 21J"])],
        ),
    ],
)
def test_a_postposed_subject_is_reached_past_the_day_and_a_long_descriptor(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # short: "X reported A, while Y reported B" (worked before)
            "Interior Secretary Ana Lima reported 14 deaths from the storm, while Army chief "
            "Gen. Paulo Reis reported 39 bodies pulled from the mud.",
            [("14", ["Interior"]), ("39", ["Paulo Reis"])],
        ),
        (  # long: Y's relative clause holds a list with commas
            "Speaking to reporters, Interior Secretary Ana Lima reported 14 flood deaths, for "
            "now, while Army chief Gen. Paulo Reis, who runs the search, shelter and supply "
            "wing of the civil protection board, reported 39 bodies found.",
            [("14", ["Interior"]), ("39", ["Paulo Reis"])],
        ),
        (  # the one-comma relative still names the office she leads
            "Ana Ruiz, who leads the Refugee Council, said 300 people had arrived.",
            [("300", ["Refugee Council"])],
        ),
    ],
)
def test_each_clause_of_a_contrast_keeps_its_own_subject(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_a_modified_spokesperson_speaks_for_himself_not_the_last_source() -> None:
    text = (
        "Navy commander Adm. Rui Costa, in turn, reported 26 deaths. Asked about the "
        "difference, presidential spokesperson Marta Sousa said the official count on Friday was "
        "14."
    )
    assert _who(text) == [("26", ["Rui Costa"]), ("14", ["Marta Sousa"])]


def test_a_bare_spanish_participle_makes_no_subject_of_its_addressee() -> None:
    # "una nota a la Asamblea difundida": the assembly is the note's addressee
    text = (
        "En una nota a la Asamblea difundida en internet, el gobierno regional sostuvo que la "
        "cifra corregida de fallecidos ascendía a 212, de acuerdo con los archivos de los "
        "hospitales."
    )
    assert _who(text) == [("212", ["gobierno regional"])]
    # with its auxiliary the participle is a verb and its subject speaks
    text = "La Cruz Roja ha informado que 40 personas murieron en el alud."
    assert _who(text) == [("40", ["Cruz Roja"])]


def test_a_place_and_its_police_are_one_source_not_a_longer_name() -> None:
    # a two-word country and its police: not a short form of the institute named next
    text = (
        "The organizers estimated that 55,000 people marched. Costa Rica police put the "
        "crowd at 19,000. The Costa Rica Institute of Policy Studies counted 26,000 "
        "marchers."
    )
    assert _who(text) == [
        ("55,000", ["organizers"]),
        ("19,000", ["Costa Rica police"]),
        ("26,000", ["Costa Rica Institute of Policy Studies"]),
    ]
    text = (
        "La policía de Costa Rica contó 25.000 manifestantes. Los organizadores hablaron de 90.000."
    )
    assert _who(text) == [("25.000", ["policía de Costa Rica"]), ("90.000", ["organizadores"])]


def test_vague_media_name_nobody_and_an_outlet_by_its_address_speaks() -> None:
    text = (
        "The fever has killed about 300 people, according to several news reports. "
        "kestrelnews.com has tallied 251 deaths logged by clinics since January."
    )
    assert _who(text) == [("about 300", []), ("251", ["kestrelnews.com"])]


def test_a_country_that_owns_a_name_is_not_a_second_source() -> None:
    text = "Outlets such as France's L'Observateur put turnout below 12 percent."
    assert [who for _, who in _who(text)] == [["L'Observateur"]]


def test_an_ampersand_joins_one_name() -> None:
    text = "The march peaked at 20,796 people, according to Kestrel Survey & Mapping Service."
    assert _who(text) == [("20,796", ["Kestrel Survey & Mapping Service"])]


def test_a_guessed_country_that_the_places_contradict_makes_no_government() -> None:
    # the words name France most (a French envoy, the French press), the places Algeria
    text = (
        "A week after the vote in Algeria, the election board in Algiers still gives no "
        "results. The French press doubted the count, and a French envoy in Oran called it a "
        "show. Authorities announced a turnout of nearly 50 percent."
    )
    claims = extract(text, published=PUBLISHED)
    assert [(c.quantity.surface, [(r.mention, r.name) for r in c.claimants]) for c in claims] == [
        ("nearly 50 percent", [("Authorities", None)])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a body by its class, named by no later sentence, speaks as written
            "The rally's organizers estimated that 80,000 people marched. City police put the "
            "number at 25,000. A university institute said 40,000 people took part.",
            [
                ("80,000", ["rally's organizers"]),
                ("25,000", ["City police"]),
                ("40,000", ["university institute"]),
            ],
        ),
        (
            "Un instituto universitario estimó que marcharon 40.000 personas. La Policía habló "
            "de 25.000.",
            [("40.000", ["instituto universitario"]), ("25.000", ["Policía"])],
        ),
        (  # "estipuló" states a figure
            "En el ministerio hablaron de 150.000 personas. La Universidad de Orlán estipuló que "
            "se movilizaron 500.000 personas.",
            [("150.000", []), ("500.000", ["Universidad de Orlán"])],
        ),
        (  # a lone article before a verb names nobody (and breaks nothing)
            "Una dijo que 30 personas murieron. A said 40 people died.",
            [("30", []), ("40", [])],
        ),
    ],
)
def test_a_body_named_by_its_class_or_a_new_verb_speaks(
    text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _who(text) == expected


def test_a_span_stops_at_the_name_before_a_verb_that_lowers_the_figure() -> None:
    # "esa cifra": a demonstrative makes "cifra" a noun; "ha rebajado" is the verb
    text = (
        "La Delegación del Gobierno en Aragón ha rebajado esa cifra de forma notable, a "
        "37.000 personas en las tres marchas: Zaragoza, 19.000; Huesca, 5.000, y Teruel, 4.000."
    )
    assert {tuple(who) for _, who in _who(text)} == {("Delegación del Gobierno en Aragón",)}
