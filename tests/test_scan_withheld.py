"""What `discrepancy scan` does not compare among claims read from text, and why (issue 9).

A figure with no source named is not set against the other figures of its own text; a figure
its text replaces is compared only with what replaced it; a source's breakdown (three or more
figures no one count fits) is not a set of rival counts. Claims not read from text (curated
records, no evidence) are compared as ``check`` compares them. Sentences are our own.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy import Claim, Evidence, OrgRef, Period, Quantity, check, extract
from discrepancy.discrepancies import Kind
from discrepancy.scan import BREAKDOWN, check_extracted, withheld
from tests.strategies import claims as any_claims

DAY = dt.date(2026, 2, 28)
PUBLISHED = dt.date(2026, 3, 4)


def _claim(
    surface: str,
    who: str | None,
    *,
    doc: str = "a.txt",
    metric: str = "deaths",
    supersedes: str | None = None,
    start: int = 0,
) -> Claim:
    return Claim(
        quantity=Quantity.parse(surface),
        metric=metric,
        claimants=(OrgRef(mention=who),) if who else (),
        outlet=OrgRef(mention="Daily Example"),
        as_of=Period.on(DAY),
        published=PUBLISHED,
        supersedes=supersedes,
        evidence=Evidence(doc=doc, start=start, end=start + 10),
    )


def _kinds(claims: list[Claim], *, scan: bool) -> list[Kind]:
    report = check_extracted(claims) if scan else check(claims)
    return [d.kind for d in report.discrepancies]


@pytest.mark.parametrize(
    "text",
    [
        "Police said 3,000 people marched in Lyon on Saturday.\n"
        "About 9,000 people marched in Lyon on Saturday.",
        "La policía dijo que 3.000 personas marcharon en Lyon el sábado.\n"
        "Unas 9.000 personas marcharon en Lyon el sábado.",
    ],
)
def test_an_unattributed_figure_is_not_set_against_its_own_text(text: str) -> None:
    claims = extract(text, published=PUBLISHED, outlet="Daily Example", doc_id="a.txt")
    assert [c.quantity.value for c in claims] == [3000, 9000]
    assert claims[0].claimants
    assert not claims[1].claimants
    assert _kinds(claims, scan=False) == [Kind.SOURCE_DISAGREEMENT]  # check compares them
    report = check_extracted(claims)
    assert report.discrepancies == ()
    noted = {c.id: c.note for c in report.claims}
    assert noted[claims[0].id] is None
    assert "no source is named" in (noted[claims[1].id] or "")
    assert (noted[claims[1].id] or "").startswith("scan does not set it against")


def test_an_unattributed_figure_is_still_compared_with_other_texts() -> None:
    named = _claim("3,000", "Police", doc="a.txt")
    mine = _claim("about 9,000", None, doc="a.txt", start=40)
    other = _claim("about 9,000", None, doc="b.txt")
    assert _kinds([named, mine], scan=True) == []
    assert _kinds([named, other], scan=True) == [Kind.SOURCE_DISAGREEMENT]


@pytest.mark.parametrize(
    ("earlier", "later", "other"),
    [("12", "19", "30"), ("doce", "diecinueve", "treinta")],
)
def test_a_replaced_figure_is_compared_only_with_its_revision(
    earlier: str, later: str, other: str
) -> None:
    old = _claim(earlier, "Health Ministry")
    new = _claim(later, "Health Ministry", supersedes=old.id, start=20)
    rival = _claim(other, "Red Cross", start=60)
    assert withheld([old, new, rival]).reasons.keys() == {old.id}
    report = check_extracted([old, new, rival])
    (item,) = report.discrepancies
    assert set(item.claims) == {new.id, rival.id}  # 19 against 30, not the replaced 12
    assert [r.claim for r in report.revisions] == [new.id]  # the revision is still reported


def test_a_breakdown_is_not_a_set_of_rival_counts() -> None:
    # "The migration service counted 1,200 Haitians, 5,400 Venezuelans and 9,800
    # Ecuadorians" read as three counts of migrants, against a charity's 17,500 in all
    parts = [
        _claim(n, "Migration Service", metric="migrants", start=k * 20)
        for k, n in enumerate(("1,200", "5,400", "9,800"))
    ]
    rival = _claim("17,500", "Open Roads", metric="migrants", start=90)
    assert len(parts) == BREAKDOWN
    assert Kind.SOURCE_DISAGREEMENT in _kinds([*parts, rival], scan=False)
    assert _kinds([*parts, rival], scan=True) == []
    reasons = withheld([*parts, rival]).reasons
    assert set(reasons) == {p.id for p in parts}
    assert "breakdown" in reasons[parts[0].id]


def test_the_whole_of_a_breakdown_is_still_compared() -> None:
    # "2,801 hostages: 700 held by one group, 240 by another, 300 by a third" (a source),
    # against another source's 3,500
    whole = _claim("2,801", "Free Country Foundation", metric="hostages")
    parts = [
        _claim(n, "Free Country Foundation", metric="hostages", start=20 + k * 20)
        for k, n in enumerate(("700", "240", "300"))
    ]
    rival = _claim("about 3,500", "New Hope Foundation", metric="hostages", start=120)
    reasons = withheld([whole, *parts, rival]).reasons
    assert set(reasons) == {p.id for p in parts}
    (item,) = check_extracted([whole, *parts, rival]).discrepancies
    assert set(item.claims) == {whole.id, rival.id}


@pytest.mark.parametrize(
    "surfaces", [("hundreds", "nearly 800", "777"), ("cientos", "casi 800", "777")]
)
def test_one_figure_restated_is_not_a_breakdown(surfaces: tuple[str, ...]) -> None:
    restated = [
        _claim(s, "Penal Forum", metric="political_prisoners", start=k * 20)
        for k, s in enumerate(surfaces)
    ]
    assert withheld(restated).reasons == {}


@settings(max_examples=60, deadline=None)
@given(st.lists(any_claims(), max_size=6, unique_by=lambda c: c.id))
def test_claims_not_read_from_text_are_compared_as_check_compares_them(
    claims: list[Claim],
) -> None:
    curated = [c if c.evidence is None else _without_evidence(c) for c in claims]
    assert withheld(curated).reasons == {}
    assert check_extracted(curated) == check(curated)


@settings(max_examples=60, deadline=None)
@given(st.lists(any_claims(), min_size=2, max_size=6, unique_by=lambda c: c.id))
def test_comparable_is_symmetric(claims: list[Claim]) -> None:
    rules = withheld(claims)
    for a in claims:
        for b in claims:
            assert rules.comparable(a, b) == rules.comparable(b, a)


def _without_evidence(claim: Claim) -> Claim:
    return Claim(
        id=claim.id,
        quantity=claim.quantity,
        metric=claim.metric,
        claimants=claim.claimants,
        claimant_is_outlet=claim.claimant_is_outlet,
        outlet=claim.outlet,
        status=claim.status,
        as_of=claim.as_of,
        published=claim.published,
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(any_claims(), max_size=6, unique_by=lambda c: c.id))
def test_scan_lists_every_claim_and_sets_only_allowed_pairs_against_each_other(
    claims: list[Claim],
) -> None:
    rules = withheld(claims)
    report = check_extracted(claims)
    assert [c.id for c in report.claims] == [c.id for c in check(claims).claims]
    by_id = {c.id: c for c in claims}
    for item in report.discrepancies:
        for pair in getattr(item, "pairs", ()):
            assert rules.comparable(by_id[pair.low], by_id[pair.high])


@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Rosa Elena Marquez", "Marquez"),
        ("the Health Ministry", "the ministry"),
        ("el Ministerio de Salud", "el ministerio"),
        ("la portavoz Ana Ruiz", "Ruiz"),
    ],
)
def test_two_names_of_one_source_in_one_text_are_one_source(full: str, short: str) -> None:
    # "Rosa Elena Marquez said at most 60 died ... Marquez later said 26": one source's two
    # figures in one text, not two sources disagreeing
    first = _claim("at most 60", full)
    later = _claim("26", short, start=50)
    assert _kinds([first, later], scan=True) == []
    elsewhere = _claim("26", short, doc="b.txt")
    assert _kinds([first, elsewhere], scan=True) == [Kind.SOURCE_DISAGREEMENT]


@pytest.mark.parametrize(("metric", "lang"), [("people", "en"), ("personas", "es")])
def test_a_count_of_people_with_no_event_is_not_compared(metric: str, lang: str) -> None:
    # "The Red Cross counted 40,277 people in the town" against "about 50,000 people": the
    # dead, the displaced or a crowd? What is counted is not known
    first = _claim("40,277", "Red Cross", metric=metric)
    other = _claim("about 50,000", "Town Hall", metric=metric, start=50)
    assert _kinds([first, other], scan=False) == [Kind.SOURCE_DISAGREEMENT], lang
    assert _kinds([first, other], scan=True) == []
    assert "counts people with no event" in withheld([first, other]).reasons[first.id]


def test_one_source_given_jointly_and_alone_still_contradicts_itself() -> None:
    # "nearly 1,000, say Provea and JEyP" and "1,085, says JEyP" in one text: the engine
    # takes JEyP for one claimant of both, and scan leaves that to it
    joint = Claim(
        quantity=Quantity.parse("nearly 1,000"),
        metric="political_prisoners",
        claimants=(OrgRef(mention="Provea"), OrgRef(mention="Justicia, Encuentro y Perdón")),
        as_of=Period.on(DAY),
        evidence=Evidence(doc="a.txt", start=0, end=10),
    )
    alone = _claim("1,085", "Justicia Encuentro y Perdón", metric="political_prisoners")
    assert _kinds([joint, alone], scan=True) == _kinds([joint, alone], scan=False)


@pytest.mark.parametrize(
    ("base_a", "base_b", "compared"),
    [
        ("employees", "teachers", False),  # 28% of employees, 70% of teachers
        ("trabajadores", "docentes", False),  # el 28% de los trabajadores, el 70% de los docentes
        ("teachers", "primary teachers", True),  # not told apart: one holds the other
        ("los docentes", "docentes", True),
        ("28%", "teachers", True),  # a share whose population is not stated
    ],
)
def test_shares_of_different_populations_are_not_one_quantity(
    base_a: str, base_b: str, compared: bool
) -> None:
    def share(surface: str, who: str, base: str, start: int) -> Claim:
        return attrs.evolve(
            _claim(surface, who, metric="strikers", start=start),
            quantity=Quantity.parse(surface),
            metric_text=base,
        )

    a = share("28%", "Civil Service Ministry", base_a, 0)
    b = share("70%", "Teachers' Union", base_b, 40)
    assert _kinds([a, b], scan=False) == [Kind.SOURCE_DISAGREEMENT]
    assert _kinds([a, b], scan=True) == ([Kind.SOURCE_DISAGREEMENT] if compared else [])


def test_checks_comparable_predicate_decides_every_pair_and_part() -> None:
    a = _claim("40", "Regional Government")
    b = _claim("90", "Red Cross", start=40)
    part = attrs.evolve(_claim("60", "Red Cross", start=80), part_of=a.id)
    assert check([a, b, part]).discrepancies != ()
    assert check([a, b, part], comparable=lambda x, y: False).discrepancies == ()
    assert check([a, b, part], comparable=lambda x, y: True) == check([a, b, part])
