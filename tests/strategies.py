"""Hypothesis strategies for every type of the package, written once and shared by the tests.

Two families:

* ``quantities``/``claims``/... build any valid object of the model (for JSON round trips);
* ``formattable_quantities`` and ``record_claims`` build only what a text or a claim record can
  say, so that ``Quantity.parse(q.format()) == q`` and ``read_claims([claim_to_record(c)])``
  can be asked to give back exactly what went in.
"""

from __future__ import annotations

import datetime as dt
import math
import string

import attrs
from hypothesis import strategies as st

from discrepancy.claim import Claim, Evidence, Period, Status
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    ClaimPair,
    Gap,
    PartsExceedWhole,
    Position,
    SelfContradiction,
    Severity,
    SourceDisagreement,
    StockFlowMismatch,
)
from discrepancy.errors import RecordError
from discrepancy.notes import Note, NoteKind
from discrepancy.orgs import OrgRef, ResolutionMethod
from discrepancy.quantity import DEFAULT_POLICY, Interval, Qualifier, Quantity
from discrepancy.report import Report
from discrepancy.revisions import Revision

MAX_COUNT = 10**7
UNITS = ("people", "percent", "ratio")

# Qualifiers that state a single number ("about n", "more than n", ...).
SINGLE_VALUE = (
    Qualifier.APPROX,
    Qualifier.NEARLY,
    Qualifier.JUST_OVER,
    Qualifier.MORE_THAN,
    Qualifier.AT_LEAST,
    Qualifier.FEWER_THAN,
    Qualifier.AT_MOST,
)

# The vague amounts that both Quantity.parse and Quantity.format know: each policy key alone,
# and "tens"/"hundreds" of thousands or millions. ("dozens of thousands" is read but not
# written back: see test_quantity.py::test_dozens_of_thousands_round_trip.)
VAGUE_READINGS: tuple[tuple[str, int], ...] = (
    *((key, 1) for key in DEFAULT_POLICY.vague),
    ("tens", 1_000),
    ("hundreds", 1_000),
    ("tens", 1_000_000),
    ("hundreds", 1_000_000),
)


# --- scalars ------------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=MAX_COUNT)
dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))


def _is_record_text(s: str) -> bool:
    return bool(s) and s == s.strip() and "\ufffd" not in s


# Text as a record field holds it: non-empty, no surrounding whitespace, not too long.
record_text = st.text(min_size=1, max_size=30).filter(_is_record_text)
# Short readable words, for ids and names the humans in a failing example can read.
words = st.text(alphabet=string.ascii_lowercase + string.digits + "-", min_size=1, max_size=12)
hex12 = st.text(alphabet="0123456789abcdef", min_size=12, max_size=12)
claim_ids = st.builds(lambda s: f"c-{s}", hex12) | words
discrepancy_ids = st.builds(lambda s: f"d-{s}", hex12)
finite_floats = st.floats(allow_nan=False, allow_infinity=False, width=64)
shares = st.floats(min_value=0, max_value=1, allow_nan=False)


# --- quantities ---------------------------------------------------------------------------


def _not_round(n: int) -> bool:
    return not DEFAULT_POLICY.is_round(n)


def _vague(reading: tuple[str, int], unit: str) -> Quantity:
    key, scale = reading
    iv = DEFAULT_POLICY.vague_interval(key, scale)
    q = Quantity(low=iv.low, high=iv.high, qualifier=Qualifier.VAGUE, unit=unit)
    return attrs.evolve(q, surface=q.format())


def _range(a: int, b: int, unit: str) -> Quantity:
    return Quantity.between(min(a, b), max(a, b), unit=unit)


@st.composite
def formattable_quantities(draw: st.DrawFn, units: tuple[str, ...] = ("people", "percent")):
    """Quantities that ``Quantity.format`` writes and ``Quantity.parse`` reads back unchanged.

    Integer values only; EXACT never for a round number (a bare "2,000" reads as ROUND) and
    ROUND only for round numbers of people (a round percentage is exact).
    """
    unit = draw(st.sampled_from(units))
    options = [
        st.builds(lambda n: Quantity.of(n, Qualifier.EXACT, unit=unit), counts.filter(_not_round)),
        st.builds(
            lambda q, n: Quantity.of(n, q, unit=unit),
            st.sampled_from(SINGLE_VALUE),
            counts.filter(lambda n: n > 0),  # "fewer than 0" allows no count
        ),
        st.builds(lambda a, b: _range(a, b, unit), counts, counts),
        st.builds(lambda r: _vague(r, unit), st.sampled_from(VAGUE_READINGS)),
    ]
    if unit == "people":
        options.append(
            st.builds(  # round: at most two significant digits, a multiple of 1,000
                lambda d, e: Quantity.of(d * 10**e, Qualifier.ROUND),
                st.integers(min_value=1, max_value=99),
                st.integers(min_value=3, max_value=len(str(MAX_COUNT)) - 3),
            ).filter(lambda q: q.value is not None and DEFAULT_POLICY.is_round(q.value))
        )
    return draw(st.one_of(options))


@st.composite
def record_quantities(draw: st.DrawFn):
    """Quantities a claim record can state: any stated value, hedge and unit (non-integral
    values included), integer ranges, vague amounts; the surface is the canonical wording.
    """
    if draw(st.booleans()):
        return draw(formattable_quantities(units=UNITS))
    # (tiny values are left out: see test_quantity.py::test_tiny_values_just_over)
    value = draw(
        st.integers(min_value=0, max_value=10**9).map(lambda k: k / 1000)
        | st.integers(min_value=0, max_value=10**9)
        | st.floats(min_value=1e-3, max_value=1e12)
    )
    qualifier = draw(st.sampled_from((Qualifier.EXACT, Qualifier.ROUND, *SINGLE_VALUE)))
    if value == 0 and qualifier is Qualifier.FEWER_THAN:
        qualifier = Qualifier.AT_MOST  # "fewer than 0" allows no count
    return Quantity.of(value, qualifier, unit=draw(st.sampled_from(UNITS)))


@st.composite
def quantities(draw: st.DrawFn):
    """Any valid quantity, with any surface."""
    q = draw(record_quantities())
    if draw(st.booleans()):
        q = attrs.evolve(q, surface=draw(st.text(max_size=20)))
    return q


# --- intervals ----------------------------------------------------------------------------

_bound = st.integers(min_value=-(10**6), max_value=10**6)


@st.composite
def intervals(draw: st.DrawFn, *, infinite: bool = True) -> Interval:
    """Integer-bounded intervals (exact float arithmetic), maybe unbounded, maybe open.

    A single point is never open (that would be the empty set).
    """
    low = draw(_bound)
    high: float = low + draw(st.integers(min_value=0, max_value=10**6))
    if infinite and draw(st.integers(0, 4)) == 0:
        high = math.inf
    low_f: float = float(low)
    if infinite and draw(st.integers(0, 9)) == 0:
        low_f = -math.inf
    degenerate = low_f == high
    low_open = not degenerate and draw(st.booleans())
    high_open = not degenerate and high != math.inf and draw(st.booleans())
    if low_open and high_open and high - low_f < 2:
        high_open = False  # keep an integer point inside, for the membership tests
    return Interval(low=low_f, high=float(high), low_open=low_open, high_open=high_open)


def contains(iv: Interval, x: float) -> bool:
    """Whether ``x`` is a point of ``iv``, open ends respected."""
    above_low = x > iv.low if iv.low_open else x >= iv.low
    below_high = x < iv.high if iv.high_open else x <= iv.high
    return above_low and below_high


@st.composite
def points_in(draw: st.DrawFn, iv: Interval) -> int:
    """An integer point of an interval from :func:`intervals`."""
    lo = iv.low if math.isfinite(iv.low) else (iv.high if math.isfinite(iv.high) else 0) - 10**6
    hi = iv.high if math.isfinite(iv.high) else lo + 10**6
    lo_i = int(lo) + (1 if iv.low_open and math.isfinite(iv.low) else 0)
    hi_i = int(hi) - (1 if iv.high_open else 0)
    x = draw(st.integers(min_value=lo_i, max_value=hi_i))
    assert contains(iv, x)
    return x


@st.composite
def any_intervals(draw: st.DrawFn) -> Interval:
    """Intervals with float bounds as the detectors make them (for serialization)."""
    low = draw(finite_floats | st.just(-math.inf))
    high = draw(st.floats(min_value=max(low, -1e308), allow_nan=False) | st.just(math.inf))
    return Interval(low=low, high=high, low_open=draw(st.booleans()), high_open=draw(st.booleans()))


# --- claims -------------------------------------------------------------------------------


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """A point, a span, or an open start ("until end")."""
    end = draw(dates)
    start = draw(
        st.one_of(
            st.none(),
            st.just(end),
            st.dates(min_value=end - dt.timedelta(days=800), max_value=end),
        )
    )
    return Period(start=start, end=end)


@st.composite
def evidence(draw: st.DrawFn, text: st.SearchStrategy[str] = record_text) -> Evidence:
    start = draw(st.integers(min_value=0, max_value=10**6))
    return Evidence(
        doc=draw(text),
        start=start,
        end=start + draw(st.integers(min_value=0, max_value=5000)),
        sha256=draw(st.none() | st.text(alphabet="0123456789abcdef", min_size=64, max_size=64)),
    )


# An unresolved reference, as a record gives it.
mentions = st.builds(OrgRef, mention=record_text)


@st.composite
def org_refs(draw: st.DrawFn) -> OrgRef:
    """Resolved or not, as ``check`` leaves them."""
    method = draw(st.sampled_from(ResolutionMethod))
    if method is ResolutionMethod.UNRESOLVED:
        return OrgRef(mention=draw(st.text(max_size=20)))
    return OrgRef(
        mention=draw(st.text(max_size=20)),
        id=draw(words),
        name=draw(st.text(min_size=1, max_size=20)),
        score=draw(st.floats(min_value=0, max_value=100, allow_nan=False)),
        method=method,
    )


# Canonical metric ids: built-in ones, and slugs of unknown metrics ("cattle-rustled").
_METRICS = st.sampled_from(
    ("political_prisoners", "releases", "arrests", "deaths", "protesters", "hostages")
) | st.builds(
    lambda a, b: f"{a}-x{b}",
    st.text(alphabet=string.ascii_lowercase, min_size=1, max_size=8),
    st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8),
)


@st.composite
def claims(draw: st.DrawFn) -> Claim:
    """Any valid claim, normalized or not (for the JSON round trip)."""
    text = st.none() | st.text(max_size=20)
    return Claim(
        id=draw(claim_ids),
        quantity=draw(quantities()),
        metric=draw(_METRICS),
        metric_text=draw(st.text(max_size=20)),
        scope=draw(text),
        claimants=draw(st.lists(org_refs(), max_size=3)),
        claimant_is_outlet=draw(st.booleans()),
        outlet=draw(st.none() | org_refs()),
        status=draw(st.sampled_from(Status)),
        as_of=draw(st.none() | periods()),
        as_of_inferred=draw(st.booleans()),
        published=draw(st.none() | dates),
        event=draw(text),
        part_of=draw(st.none() | claim_ids),
        supersedes=draw(st.none() | claim_ids),
        evidence=draw(st.none() | evidence(st.text(max_size=20))),
        note=draw(text),
    )


@st.composite
def record_claims(draw: st.DrawFn) -> Claim:
    """Claims exactly as ``read_claims`` makes them from a record (nothing resolved).

    Stocks may have any period; a flow's point period is written ``{start, end}`` by
    ``claim_to_record``, so it reads back as a point.
    """
    optional = st.none() | record_text
    metric = draw(_METRICS)
    return Claim(
        id=draw(st.just("") | claim_ids),
        quantity=draw(record_quantities()),
        metric=metric,
        metric_text=draw(record_text | st.just(metric)),
        scope=draw(optional),
        claimants=draw(st.lists(mentions, max_size=3)),
        outlet=draw(st.none() | mentions),
        status=draw(st.sampled_from(Status)),
        as_of=draw(st.none() | periods()),
        published=draw(st.none() | dates),
        event=draw(optional),
        part_of=draw(st.none() | claim_ids),
        supersedes=draw(st.none() | claim_ids),
        evidence=draw(st.none() | evidence()),
        note=draw(optional),
    )


# --- discrepancies ------------------------------------------------------------------------

gaps = st.builds(Gap, absolute=any_intervals(), relative=any_intervals())
_claim_list = st.lists(claim_ids, min_size=1, max_size=4)
_pairs = st.lists(
    st.builds(ClaimPair, low=claim_ids, high=claim_ids, gap=st.none() | gaps), max_size=2
)


def _base() -> dict[str, st.SearchStrategy[object]]:
    return {
        "id": discrepancy_ids,
        "severity": st.sampled_from(Severity),
        "claims": _claim_list,
        "metric": _METRICS,
        "gap": gaps,
        "summary": st.text(min_size=1, max_size=60),
    }


announced_vs_confirmed = st.builds(
    AnnouncedVsConfirmed,
    **_base(),
    announced=claim_ids,
    confirmed=claim_ids,
    unconfirmed=any_intervals(),
    confirmed_share=any_intervals(),
    period_mismatch=st.booleans(),
)
source_disagreements = st.builds(
    SourceDisagreement,
    **_base(),
    pairs=_pairs,
    claimants=st.lists(st.text(max_size=12), max_size=3),
    spread=any_intervals(),
    bound_consistent=st.booleans(),
    nested_periods=st.booleans(),
    days_apart=st.integers(0, 30),
    pairs_complete=st.booleans(),
    positions=st.none()
    | st.lists(
        st.builds(
            Position,
            interval=any_intervals(),
            claims=_claim_list,
            claimants=st.integers(1, 50),
            gap=st.none() | gaps,
        ),
        min_size=1,
        max_size=3,
    ),
)
self_contradictions = st.builds(
    SelfContradiction,
    **_base(),
    pairs=_pairs,
    claimant=st.text(max_size=12),
    spread=any_intervals(),
    nested_periods=st.booleans(),
    pairs_complete=st.booleans(),
)
stock_flow_mismatches = st.builds(
    StockFlowMismatch,
    **_base(),
    opening=claim_ids,
    closing=claim_ids,
    outflows=st.lists(claim_ids, max_size=3),
    inflows=st.lists(claim_ids, max_size=3),
    expected=any_intervals(),
    residual=any_intervals(),
    same_claimant=st.booleans(),
)
parts_exceed_whole = st.builds(
    PartsExceedWhole,
    **_base(),
    whole=claim_ids,
    parts=st.lists(claim_ids, max_size=4),
    parts_sum=any_intervals(),
    excess=any_intervals(),
)
DISCREPANCY_STRATEGIES = {
    "announced_vs_confirmed": announced_vs_confirmed,
    "source_disagreement": source_disagreements,
    "self_contradiction": self_contradictions,
    "stock_flow_mismatch": stock_flow_mismatches,
    "parts_exceed_whole": parts_exceed_whole,
}
discrepancies = st.one_of(list(DISCREPANCY_STRATEGIES.values()))


# --- errors and reports -------------------------------------------------------------------

record_errors = st.builds(
    RecordError,
    source=st.text(max_size=20),
    line=st.none() | st.integers(min_value=1, max_value=10**6),
    record=st.none() | st.integers(min_value=1, max_value=10**6),
    field=st.text(max_size=12),
    message=st.text(max_size=40),
    record_id=st.none() | st.text(max_size=12),
)


notes = st.builds(
    Note,
    kind=st.sampled_from(NoteKind),
    metrics=st.lists(_METRICS, min_size=1, max_size=2),
    names=st.lists(st.text(max_size=8), max_size=2),
    claims=st.lists(claim_ids, max_size=2),
    count=st.integers(0, 1000),
    message=st.text(max_size=12),
)
revisions = st.builds(
    Revision,
    claim=claim_ids,
    revises=claim_ids,
    claimant=st.text(max_size=8),
    before=any_intervals(),
    after=any_intervals(),
    explicit=st.booleans(),
    summary=st.text(max_size=12),
)


def reports(*, errors: bool = True) -> st.SearchStrategy[Report]:
    return st.builds(
        Report,
        claims=st.lists(claims(), max_size=4),
        discrepancies=st.lists(discrepancies, max_size=4),
        errors=st.lists(record_errors, max_size=3) if errors else st.just(()),
        notes=st.lists(notes, max_size=1),
        revisions=st.lists(revisions, max_size=1),
    )
