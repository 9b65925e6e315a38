"""The lead's session-13 readings, each an invented sentence in our own words."""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import extract

_DAY = dt.date(2025, 3, 4)


def _read(text: str) -> dict[str, tuple[str, str]]:
    """surface → (metric, first claimant mention or "")."""
    found = {}
    for c in extract(text, published=_DAY):
        who = c.claimants[0].mention if c.claimants else ""
        found[c.quantity.surface] = (c.metric, who)
    return found


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Doce pasajeros se ahogaron cuando la lancha volcó frente a Puerto Sal.", "Doce"),
        ("Once de los migrantes se ahogaron al cruzar el río, dijo la policía.", "Once"),
        ("Según la Cruz Roja, 140 personas se habían ahogado en la costa desde marzo.", "140"),
    ],
)
def test_drowning_is_dying_in_spanish_as_in_english(text: str, surface: str) -> None:
    """ "se ahogaron" counts deaths, whatever noun the number has ("drowned" already did)."""
    assert _read(text)[surface][0] == "deaths"


def test_an_age_between_commas_is_passed_over_to_the_speaker() -> None:
    """ "Name, 50, said": the name speaks; the age is neither a count nor a wall."""
    got = _read("Karim Osei, 61, said he counted 14 bodies on the shore.")
    assert got == {"14": ("deaths", "Karim Osei")}
    got = _read("Osei, 61, told reporters that 14 bodies lay on the shore.")
    assert got == {"14": ("deaths", "Osei")}


def test_a_lone_name_opening_a_sentence_takes_an_age_before_a_verb_of_saying() -> None:
    """ "Osei, 61, said he held on for a day": 61 is his age, no count of people."""
    assert _read("Osei, 61, said he held on to a plank for a whole night.") == {}
    # a list of places with their figures opens the same way and stays counts
    got = _read("Kano, 45 dead; Lagos, 39 dead, officials said.")
    assert {"45", "39"} <= set(got)


def test_a_social_network_or_a_country_inside_a_subject_is_not_its_source() -> None:
    """ "A Facebook group run by activists in Syria said": the group speaks, not Facebook,
    nor Syria."""
    got = _read("A Telegram group run by activists in Belarus said 31 people were detained.")
    assert got["31"][1] == "Telegram group run by activists in Belarus"
    got = _read("Un grupo de Facebook administrado por vecinos en Siria dijo que murieron 24.")
    assert got["24"][1] == "grupo de Facebook administrado por vecinos en Siria"


def test_a_description_stripped_to_a_demonym_is_no_misspelling_of_its_country() -> None:
    """ "a Syrian human rights group" and "Syria" are two sources, never one."""
    from discrepancy.resolver import OrgResolver

    found = OrgResolver.builtin().cluster_unresolved(["Syrian human rights group", "Syria"])
    assert found["Syrian human rights group"] != found["Syria"]
    # a plain misspelling of one name still joins it
    found = OrgResolver.builtin().cluster_unresolved(
        ["Observatorio Kestrel", "Observatorio Kestrell"]
    )
    assert found["Observatorio Kestrel"] == found["Observatorio Kestrell"]


def test_a_bare_figure_opening_the_next_sentence_is_a_part_of_the_count() -> None:
    """ "18 protesters were killed. Nine were shot in the head": nine of the 18."""
    text = (
        "A rights monitor said 18 protesters were killed in the clashes. Nine were shot in "
        "the head, he said."
    )
    claims = {c.quantity.surface: c for c in extract(text, published=_DAY)}
    assert claims["Nine"].part_of == claims["18"].id
    # another day, or another source, is no part
    text = "Police said 12 people died on Monday. Nine were killed on Tuesday."
    claims = {c.quantity.surface: c for c in extract(text, published=_DAY)}
    assert claims["Nine"].part_of is None
    text = "Rescuers said 40 people were killed. 25 were killed, the governor said."
    claims = {c.quantity.surface: c for c in extract(text, published=_DAY)}
    assert claims["25"].part_of is None


def test_a_figure_opens_a_sentence_after_a_plain_word_and_its_full_stop() -> None:
    """ "… were killed. 250 people were hurt, the mayor said.": two sentences, so the mayor
    speaks for the 250 (not the first sentence's source)."""
    got = _read("Rescuers said 30 people were killed. 250 people were hurt, the mayor said.")
    assert got["250"] == ("injured", "mayor")
    # after an abbreviation the sentence goes on
    got = _read("Hubo aprox. 250 personas heridas, dijo la Cruz Roja.")
    assert got["aprox. 250"][0] == "injured"
    got = _read("Around approx. 40 people were hurt on Jan. 5 in the blast.")
    assert len(got) == 1


def _dated(text: str) -> dict[str, str]:
    return {
        c.quantity.surface: f"{c.as_of.start}..{c.as_of.end}" if c.as_of else ""
        for c in extract(text, published=dt.date(2025, 3, 5))  # a Wednesday
    }


def test_a_figure_followed_by_a_time_phrase_counts_what_its_context_counts() -> None:
    """ "frente a 32 del día anterior": the 32 is no count of days; it is read."""
    got = _read("El número de heridos llegó a 60 el martes, frente a 41 del día anterior.")
    assert got["41"][0] == "injured"
    got = _read("El número de heridos llegó a 60, frente a 41 de ayer.")
    assert got["41"][0] == "injured"
    assert _read("Hubo 32 días de protestas en la capital.") == {}


def test_a_day_earlier_is_the_day_before_the_day_just_named() -> None:
    """ "60 on Tuesday, up from 41 a day earlier": Monday's count."""
    got = _dated("The number of injured reached 60 on Tuesday, up from 41 a day earlier.")
    assert got == {"60": "2025-03-04..2025-03-04", "41": "2025-03-03..2025-03-03"}
    got = _dated("Los heridos llegaron a 60 el martes, frente a 41 del día anterior.")
    assert got["41"] == "2025-03-03..2025-03-03"
    # the day before an occasion is not the day before the day just named
    got = _dated("On Tuesday, 300 people marched, the day before the vote.")
    assert got["300"] == "2025-03-04..2025-03-04"


def test_a_rate_is_not_a_point_in_time() -> None:
    """ "up from 32 a day earlier" is no rate of deaths per day; "5,000 a day" is."""
    text = "The death toll rose to 45, up from 32 a day earlier, the ministry said."
    assert _read(text)["32"][0] == "deaths"
    assert _read("Some 5,000 migrants arrive a day, the agency said.")["Some 5,000"][0] == (
        "migrants_per_day"
    )


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Twelve people died in the floods, said the interior ministry.", "interior ministry"),
        ("Twelve people died in the floods, said the foreign ministry.", "foreign ministry"),
        (
            "Twelve people died, said agriculture ministry spokesman Tom Ekai.",
            "agriculture ministry",
        ),
        ("Doce personas murieron, informó el ministerio del interior.", "ministerio del interior"),
    ],
)
def test_a_body_named_after_the_verb_keeps_the_words_before_its_head(text: str, who: str) -> None:
    """ ", said the interior ministry": the whole name, not nothing nor "ministerio del"."""
    assert _read(text)[next(iter(_read(text)))][1] == who


def test_a_weekday_after_a_place_ends_no_longer_name() -> None:
    """ "killed in Cairo Sunday" (news style without "on"): the place is Cairo."""
    [claim] = extract("Seven people were killed in Cairo Sunday in clashes.", published=_DAY)
    assert claim.scope == "Cairo"


def test_el_ejecutivo_after_a_regional_department_is_that_government() -> None:
    """ "según ha informado el Ejecutivo" after "La Consejería de Sanidad ha cifrado …": the
    regional government that spoke, never the country's."""
    text = (
        "ALMERÍA, 3 Mar. -\n\nLa Consejería de Sanidad ha cifrado el seguimiento del paro en un "
        "12 por ciento.\n\nLa huelga de los técnicos ha reunido a 140 huelguistas, según ha "
        "informado el Ejecutivo."
    )
    got = _read(text)
    assert got["140"][1] == "Consejería de Sanidad"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The ministry said 16 people died in clashes in Giza, Cairo and Alexandria.", "Egypt"),
        ("La policía dijo que 40 personas murieron en Lima, Cusco y Arequipa.", "Peru"),
        # one place, set off by an apposition, stays that place
        ("Police said 40 people died in Cairo, the capital, on Friday.", "Cairo"),
    ],
)
def test_a_figure_spread_over_a_list_of_places_is_their_whole(text: str, scope: str) -> None:
    """ "died in Giza, Cairo and Alexandria": the region holding them, not the first."""
    [claim] = extract(text, published=_DAY)
    assert claim.scope == scope
