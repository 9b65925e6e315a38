"""False alarms of `discrepancy scan` on news it has never seen (issue 9; session 13, h-scan).

Each test is a pattern of news writing that made scan flag two figures a fact-checker would
not set against each other, and the rule that now keeps them apart; each also checks that
a true discrepancy of the same shape is still reported. Sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from discrepancy import Claim, Evidence, OrgRef, Period, Quantity, extract
from discrepancy._scan_rules import earlier_grown, linked_part
from discrepancy.discrepancies import Kind
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2025, 3, 9)


def _claim(
    surface: str,
    who: str,
    *,
    group: str = "dead",
    part_of: str | None = None,
    start: int = 0,
) -> Claim:
    return Claim(
        quantity=Quantity.parse(surface),
        metric="deaths",
        metric_text=group,
        claimants=(OrgRef(mention=who),),
        as_of=Period.on(PUBLISHED),
        published=PUBLISHED,
        part_of=part_of,
        evidence=Evidence(doc="a.txt", start=start, end=start + 50),
    )


# A part linked to a whole is no rival of the text's other counts of that whole.


def test_a_linked_part_is_no_rival_of_another_sources_total() -> None:
    # "The fire brigade counts nine dead. Four pupils were among the victims, the mayor said."
    total = _claim("nine", "fire brigade")
    earlier = _claim("seven", "mayor", start=60)
    part = _claim("four", "mayor", group="pupils", part_of=earlier.id, start=120)
    assert linked_part(part, total)
    assert not linked_part(part, earlier)  # still checked against its own whole
    assert check_extracted([total, part]).discrepancies == ()


def test_two_counts_of_one_named_group_are_still_compared() -> None:
    whole = _claim("nine", "fire brigade")
    ours = _claim("four", "mayor", group="pupils", part_of=whole.id, start=60)
    theirs = _claim("seven", "school board", group="pupils", start=120)
    assert not linked_part(ours, theirs)
    kinds = [d.kind for d in check_extracted([whole, ours, theirs]).discrepancies]
    assert Kind.SOURCE_DISAGREEMENT in kinds


def test_a_part_above_its_whole_is_still_reported() -> None:
    whole = _claim("five", "fire brigade")
    part = _claim("eight", "mayor", group="pupils", part_of=whole.id, start=60)
    kinds = [d.kind for d in check_extracted([whole, part]).discrepancies]
    assert kinds == [Kind.PARTS_EXCEED_WHOLE]


def test_a_part_linked_to_an_earlier_toll_is_no_rival_of_the_new_one() -> None:
    # "Eleven have now died, rescuers say. Officials had counted nine. The mayor said two
    # firefighters are among those killed": the two is linked to the nine, not the eleven
    newer = _claim("eleven", "rescuers")
    earlier = _claim("nine", "officials", start=60)
    part = _claim("two", "mayor", group="firefighters", part_of=earlier.id, start=120)
    pairs = {frozenset(d.claims) for d in check_extracted([newer, earlier, part]).discrepancies}
    assert frozenset({newer.id, part.id}) not in pairs


# The whole a share is taken of counts its group, never what the share did.


def _read(text: str, lang: str) -> dict[str, str]:
    claims = extract(text, published=PUBLISHED, lang=lang, doc_id="a.txt")
    return {c.quantity.surface: c.metric for c in claims}


@pytest.mark.parametrize(
    ("text", "lang", "base", "group"),
    [
        (
            "Half of the region's 1.8 million workers stopped work, the federation said.",
            "en",
            "1.8 million",
            "workers",
        ),
        (
            "About 30% of the 45,000 nurses walked out on Tuesday, the union said.",
            "en",
            "45,000",
            "nurses",
        ),
        (
            "Two-thirds of its 600 drivers joined the strike, the union said.",
            "en",
            "600",
            "drivers",
        ),
        (
            "La mitad de los 80.000 docentes de la región secundó el paro, según el sindicato.",
            "es",
            "80.000",
            "docentes",
        ),
        (
            "El 25% de los 3.000 empleados hizo huelga este lunes, según CCOO.",
            "es",
            "3.000",
            "empleados",
        ),
    ],
)
def test_the_whole_of_a_share_counts_its_group(text: str, lang: str, base: str, group: str) -> None:
    read = _read(text, lang)
    assert read[base] == group
    assert "strikers" in read.values()  # the share is still the strikers'


def test_a_share_whole_is_no_rival_of_a_count_of_strikers() -> None:
    text = (
        "Half of the city's 40,000 bus and tram workers struck on Friday, the union said. "
        "The transport authority said 6,000 workers joined the strike."
    )
    claims = extract(text, published=PUBLISHED, lang="en", doc_id="a.txt")
    assert check_extracted(claims).discrepancies == ()


def test_two_counts_of_strikers_still_disagree() -> None:
    text = (
        "The union said 20,000 workers joined the strike on Friday. "
        "The transport authority said 6,000 workers joined the strike."
    )
    claims = extract(text, published=PUBLISHED, lang="en", doc_id="a.txt")
    kinds = [d.kind for d in check_extracted(claims).discrepancies]
    assert kinds == [Kind.SOURCE_DISAGREEMENT]


# A capacity, or the size a crowd was expected to be, is no count of people.


@pytest.mark.parametrize(
    ("text", "lang", "capacity", "count"),
    [
        (
            "The council opened shelters for 450 people; about 120 people were evacuated.",
            "en",
            "450",
            "120",
        ),
        (
            "The gym has room for 800, and 310 people spent the night there, officials said.",
            "en",
            "800",
            "310",
        ),
        (
            "The hall can hold 2,500, but police said 4,000 people gathered outside.",
            "en",
            "2,500",
            "4,000",
        ),
        (
            "Organizers had planned for a crowd of 8,000; police counted 15,000 marchers.",
            "en",
            "8,000",
            "15,000",
        ),
        (
            "Se habilitaron albergues para 700 personas y 260 personas fueron evacuadas.",
            "es",
            "700",
            "260",
        ),
        (
            "Hay 40 refugios con capacidad para acoger a más de 3.000 personas; "
            "hoy hay 95 personas albergadas.",
            "es",
            "3.000",
            "95",
        ),
        (
            "El pabellón, con un aforo de 6.000 personas, recibió a 9.000 manifestantes.",
            "es",
            "6.000",
            "9.000",
        ),
    ],
)
def test_a_capacity_is_no_count(text: str, lang: str, capacity: str, count: str) -> None:
    surfaces = " | ".join(_read(text, lang))
    assert capacity not in surfaces
    assert count in surfaces


def test_those_a_shelter_holds_now_are_a_count() -> None:
    read = _read("The school now shelters 300 evacuees, the Red Cross said.", "en")
    assert read == {"300": "evacuated"}


# Cases of an offence are no cases of a disease.


@pytest.mark.parametrize(
    ("text", "lang", "surface", "metric"),
    [
        (
            "Inspectors logged 48 cases of abuse in the camp, where 300 cholera cases were seen.",
            "en",
            "48",
            "cases:abuse",
        ),
        (
            "The monitors listed 9 torture cases; the clinic reported 70 cases of measles.",
            "en",
            "9",
            "cases:torture",
        ),
        (
            "La Defensoría registró 27 casos de tortura; Salud informó de 410 casos de dengue.",
            "es",
            "27",
            "cases:tortura",
        ),
        (
            "Hubo 15 casos de violencia sexual en los albergues y 80 casos de cólera.",
            "es",
            "15",
            "cases:violencia",
        ),
    ],
)
def test_cases_of_an_offence_keep_their_offence(
    text: str, lang: str, surface: str, metric: str
) -> None:
    assert _read(text, lang)[surface] == metric


def test_offence_cases_are_no_rival_of_a_bulletins_disease_cases() -> None:
    text = (
        "The ombudsman said it is looking into 35 cases of mistreatment in the shelters. "
        "The health ministry said 120 cases were recorded in the cholera outbreak."
    )
    claims = extract(text, published=PUBLISHED, lang="en", doc_id="a.txt")
    assert check_extracted(claims).discrepancies == ()


# A figure the text gives as an earlier one, and a later toll at least as large: one toll.


def _scan(text: str) -> list[str]:
    claims = extract(text, published=PUBLISHED, lang="en", doc_id="a.txt")
    return [d.summary for d in check_extracted(claims).discrepancies]


def test_an_earlier_smaller_toll_of_another_source_is_no_rival() -> None:
    text = (
        "Rescuers say eleven people have now died in the mine collapse. "
        "Local officials earlier reported seven dead."
    )
    assert _scan(text) == []


def test_an_earlier_larger_toll_of_another_source_is_still_compared() -> None:
    text = (
        "Rescuers say four people died in the mine collapse. "
        "Local officials had initially reported nine dead."
    )
    assert len(_scan(text)) == 1


def test_earlier_grown_reads_the_note_only() -> None:
    older = attrs.evolve(
        _claim("six", "officials", start=60), note="an earlier figure the text gives as outdated"
    )
    newer = _claim("eight", "police")
    assert earlier_grown(older, newer)
    assert earlier_grown(newer, older)
    assert not earlier_grown(_claim("six", "officials", start=60), newer)
    smaller = _claim("five", "police")
    assert not earlier_grown(older, smaller)


# Those in hospital are the hospitalized, never a rival count of the injured.


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rescuers said 250 people were hurt; the ministry said 35 people remain in hospital.",
            "en",
        ),
        (
            "Bomberos informó de 250 heridos y Salud dijo que 35 personas siguen en el hospital.",
            "es",
        ),
    ],
)
def test_those_in_hospital_are_no_rival_of_the_injured(text: str, lang: str) -> None:
    claims = extract(text, published=PUBLISHED, lang=lang, doc_id="a.txt")
    assert {c.quantity.surface: c.metric for c in claims}["35"] == "hospitalized"
    assert check_extracted(claims).discrepancies == ()


def test_a_death_in_hospital_stays_a_death() -> None:
    assert _read("Two people died in hospital on Sunday, police said.", "en") == {"Two": "deaths"}


# Holders of seats in a body count as themselves, never as the strike their union called.


def test_seat_holders_are_no_strikers() -> None:
    text = (
        "Según UGT y CSIF, que reúnen a 21 de los 29 delegados de la Mesa, el seguimiento "
        "de la huelga fue del 35%."
    )
    read = _read(text, "es")
    assert read["21"] == read["29"] == "delegados"
    assert read["35%"] == "strikers"


def test_two_bodies_seats_are_never_set_against_each_other() -> None:
    claims = [
        attrs.evolve(_claim("21", "UGT", start=0), metric="delegados"),
        attrs.evolve(_claim("cuatro", "CCOO", start=60), metric="delegados"),
    ]
    assert check_extracted(claims).discrepancies == ()


def test_seat_holders_keep_their_own_verb() -> None:
    assert _read("Police detained 14 lawmakers outside parliament.", "en") == {"14": "arrests"}
