"""A short form of a name given in full earlier is that body, never a second claimant."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from discrepancy import extract
from discrepancy.extraction.claimant_coref import apply, corefer
from discrepancy.orgs import OrgRef

DAY = dt.date(2024, 3, 8)


def _claimants(text: str) -> list[list[str]]:
    return [[c.mention for c in claim.claimants] for claim in extract(text, published=DAY)]


def test_the_short_form_after_the_full_name_is_the_same_source() -> None:
    text = (
        "The Zamfara State Police said 212 pupils were taken from the school on Tuesday. "
        "On Thursday the state police said 140 of the pupils had walked home."
    )
    assert _claimants(text) == [["Zamfara State Police"], ["Zamfara State Police"]]


def test_a_spanish_short_form_keeps_its_head_first() -> None:
    text = (
        "El Sindicato de Maestros de Tlaxcala cifró en 8.000 los docentes en paro el lunes. "
        "El martes, según el sindicato de maestros, pararon 9.500 docentes."
    )
    assert _claimants(text) == [["Sindicato de Maestros de Tlaxcala"]] * 2


def test_a_possessive_does_not_make_another_name() -> None:
    first, second = (
        OrgRef(mention="Kano State government"),
        OrgRef(mention="Kano State's government"),
    )
    assert corefer(((first,), (second,))) == {"Kano State's government": first}
    found = corefer(
        ((OrgRef(mention="Kano State's emergency agency"),), (OrgRef(mention="emergency agency"),))
    )
    assert found == {"emergency agency": OrgRef(mention="Kano State's emergency agency")}


def test_a_short_form_that_fits_two_bodies_is_left_as_written() -> None:
    refs = (
        (OrgRef(mention="Lagos State Police"),),
        (OrgRef(mention="Ogun State Police"),),
        (OrgRef(mention="state police"),),
    )
    assert corefer(refs) == {}


def test_one_word_and_resolved_mentions_are_never_rewritten() -> None:
    refs = (
        (OrgRef(mention="Civil Protection Agency of Chiapas"),),
        (OrgRef(mention="agency"),),
        (OrgRef(mention="Protection Agency", id="epa"),),
    )
    assert corefer(refs) == {}


def test_the_head_must_agree() -> None:
    refs = ((OrgRef(mention="Rights Council of Iraq"),), (OrgRef(mention="council staff"),))
    assert corefer(refs) == {}


def test_apply_keeps_one_reference_per_tuple() -> None:
    full = OrgRef(mention="Teachers Union of Oaxaca")
    found = {"teachers union": full}
    groups = [(full, OrgRef(mention="teachers union")), (OrgRef(mention="teachers union"),)]
    assert apply(groups, found) == [(full,), (full,)]


_NAMES = st.lists(
    st.lists(
        st.sampled_from(["State", "Police", "state", "police", "Ogun", "the", "agency"]),
        min_size=1,
        max_size=4,
    ).map(" ".join),
    max_size=8,
)


@given(_NAMES)
def test_corefer_is_idempotent(names: list[str]) -> None:
    groups = [(OrgRef(mention=n),) for n in names]
    once = apply(groups, corefer(groups))
    assert apply(once, corefer(once)) == once
