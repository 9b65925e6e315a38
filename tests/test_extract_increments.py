"""Increments and revisions stated with a verb (issue 9, class 4; our own sentences).

"One more person died", "35 new cases", "otros 12 heridos", "tres personas más" count what was
added to a count, so each is a part of that count, never a rival to it. "Revised the toll
down to 42,000 (from 47,000)" replaces the source's earlier figure (``supersedes``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from discrepancy import Claim, Quantity, Status, extract
from discrepancy.extraction.claims import Draft, finalize
from discrepancy.scan import check_extracted

PUBLISHED = dt.date(2026, 3, 4)


def _by_value(claims: list[Claim]) -> dict[float | None, Claim]:
    return {c.quantity.value: c for c in claims}


@pytest.mark.parametrize(
    ("text", "added", "total"),
    [
        ("The Health Ministry said one more person died, bringing the toll to 27.", 1, 27),
        ("The Health Ministry said the toll reached 27. Another 3 people died overnight.", 3, 27),
        (
            "Health officials reported 35 new cases on Monday, bringing the total to 412 cases.",
            35,
            412,
        ),
        (
            "Las autoridades sanitarias notificaron 35 nuevos casos el lunes, con lo que el "
            "total llega a 412 casos.",
            35,
            412,
        ),
        (
            "El ministerio contabilizó 60 muertos. Después murieron tres personas más, "
            "informó el ministerio.",
            3,
            60,
        ),
        (
            "La Defensa Civil contabilizó 80 heridos. Otros 12 heridos fueron atendidos el "
            "martes, según la Defensa Civil.",
            12,
            80,
        ),
    ],
)
def test_an_increment_is_a_part_of_the_count_it_adds_to(text: str, added: int, total: int) -> None:
    claims = _by_value(extract(text, published=PUBLISHED))
    assert claims[added].part_of == claims[total].id
    assert claims[total].part_of is None
    assert check_extracted(list(claims.values())).discrepancies == ()


@pytest.mark.parametrize(
    "text",
    [
        "More than 300 people died, and 12 more than expected were injured.",
        "Más de 300 personas murieron y 12 más de las previstas resultaron heridas.",
        # an announced new wave is a flow of its own, not an increment of a toll
        "The regime authorized the release of another 87 political prisoners, after 99 on "
        "Christmas.",
    ],
)
def test_more_than_and_a_new_wave_are_not_increments(text: str) -> None:
    assert all(c.part_of is None for c in extract(text, published=PUBLISHED))


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        ("Officials revised the death toll down to 42,000 from 47,000.", 47000, 42000),
        (
            "The ministry said 47,000 people had died. The ministry later revised the death "
            "toll down to 42,000.",
            47000,
            42000,
        ),
        (
            "El Ministerio de Salud revisó a la baja el número de muertos a 42.000 desde 47.000.",
            47000,
            42000,
        ),
    ],
)
def test_a_revised_figure_supersedes_the_earlier_one(text: str, old: int, new: int) -> None:
    claims = _by_value(extract(text, published=PUBLISHED))
    assert claims[new].supersedes == claims[old].id
    assert claims[old].supersedes is None
    assert claims[old].quantity.qualifier.value != "range"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 47,000 people had died. The Red Cross later revised its own count "
        "of injured people down to 900.",
        "Officials said 50 were injured in the blast, up to 30 of them seriously.",
    ],
)
def test_a_revision_needs_the_same_source_and_quantity(text: str) -> None:
    assert all(c.supersedes is None for c in extract(text, published=PUBLISHED))


def _draft(value: str, sentence: int) -> Draft:
    return Draft(
        quantity=Quantity.parse(value),
        metric="deaths",
        metric_text="people",
        claimants=(),
        status=Status.REPORTED,
        as_of=None,
        dated=False,
        event=None,
        scope=None,
        sub_scope=False,
        start=sentence * 10,
        end=sentence * 10 + 9,
        sentence=sentence,
    )


def test_links_that_would_loop_are_cut() -> None:
    # each document rule links drafts its own way; together they must never make a loop,
    # or a claim's id would need its own id
    drafts = [_draft(v, k) for k, v in enumerate(("5", "7", "9"))]
    drafts[0].part_of_draft, drafts[1].part_of_draft, drafts[2].part_of_draft = 1, 2, 0
    drafts[0].supersedes_draft, drafts[1].supersedes_draft = 1, 0
    claims = finalize(drafts, doc_id="d", sha256=None, outlet=None, published=PUBLISHED)
    ids = {c.id for c in claims}
    assert len(ids) == 3
    assert {c.part_of for c in claims} - {None} <= ids
    assert sum(c.supersedes is not None for c in claims) == 1
    # of the two part links the loop leaves, the one from the revising claim to the claim it
    # revises goes too: a revision of a figure is never a part of it (round 8)
    revising = next(c for c in claims if c.supersedes is not None)
    assert revising.part_of != revising.supersedes
    assert sum(c.part_of is not None for c in claims) in (1, 2)
