"""The one-sentence summary of each discrepancy kind, and of a revision.

The detectors measure; these functions only word what they measured. Every figure keeps its
hedge and every interval stays an interval (see `english`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from operator import attrgetter
from typing import TYPE_CHECKING

from discrepancy.claim import Claim, Period
from discrepancy.places import outside_of
from discrepancy.quantity import Interval
from discrepancy.wording import english

if TYPE_CHECKING:
    from discrepancy.compare import Node
    from discrepancy.conflicts import Conflict
    from discrepancy.discrepancies import Gap, Position
    from discrepancy.metrics import MetricRegistry

__all__ = [
    "announced_confirmed",
    "conflict_group",
    "parts_exceed_place",
    "parts_exceed_whole",
    "revision",
    "stock_flow",
]


def conflict_group(
    claims: Sequence[Claim],
    conflicts: Sequence[Conflict],
    gap: Gap,
    *,
    label: str,
    flow: bool,
    top: Conflict,
    sides: tuple[int, int],
    subject: str = "",
    positions: Sequence[Position] | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """ "[subject] counts of … disagree — who: what; … — how far apart."

    ``top``: the headline conflict; ``sides``: the sources on each side of its gap;
    ``positions``: a large group's positions, said instead of every source's figures
    ("3 positions: 800–850 (4 sources), 1,000–1,085 (3) and 2,000 (1)"); ``names``: each
    claim's ``who`` by id, if known (`discrepancy.detectors._groups.speakers`).
    """
    opening = _describe_group(claims, label=label, flow=flow, positions=positions, names=names)
    clause = _gap_clause(conflicts, gap)
    low, high = sides
    if not subject and not top.bound and max(low, high) > 1:
        clause = f"{_sources(low)} on the lower side and {high} on the higher: {clause}"
    if top.days:
        clause += f"; running totals {top.days} day{'s' if top.days > 1 else ''} apart"
    return english.sentence(f"{subject}{opening} {clause}")


def _sources(n: int) -> str:
    return f"{n} source{'s' if n > 1 else ''}"


def _by_speaker(claims: Sequence[Claim], dated: bool, names: dict[str, str] | None = None) -> str:
    """ "Foro Penal: 777 and nearly 800; Clippve: more than 1,345" (with periods if ``dated``;
    ``names``: each claim's ``who`` by id, if known)."""
    said: dict[str, tuple[str, list[str]]] = {}  # by the name folded: "parents" is "Parents"
    for claim in claims:
        value = english.stated(claim.quantity)
        if dated:
            value += f" ({english.when(claim.period)})"
        who = claim.who if names is None else names[claim.id]
        said.setdefault(who.casefold(), (who, []))[1].append(value)
    return "; ".join(f"{who}: {english.join(list(dict.fromkeys(v)))}" for who, v in said.values())


POSITIONS_SAID = 6
"""A summary names at most this many positions: the lowest and the highest."""


def _by_position(positions: Sequence[Position]) -> str:
    """ "3 positions: 800–850 (4 sources), 1,000–1,085 (3) and 2,000 (1)"; beyond
    `POSITIONS_SAID`, the lowest three, "…", and the highest two."""

    def said(k: int, p: Position) -> str:
        iv = p.interval
        if iv.high == math.inf or iv.low == iv.high or iv.low == 0:
            figure = english.interval(iv)
        else:
            figure = f"{english.count(iv.low)}–{english.count(iv.high)}"
        sources = english.count(p.claimants)
        if k == 0:
            sources += " source" if p.claimants == 1 else " sources"
        return f"{figure} ({sources})"

    items = [said(k, p) for k, p in enumerate(positions)]
    if len(items) > POSITIONS_SAID:
        items = [*items[:3], "…", *items[-2:]]
        listed = ", ".join(items)
    else:
        listed = english.join(items)
    return f"{english.count(len(positions))} positions: {listed}"


def _describe_group(
    claims: Sequence[Claim],
    *,
    label: str,
    flow: bool,
    positions: Sequence[Position] | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """The opening of a group summary: what was counted, where, when, and who said what
    (or, for a large group, which positions its sources take). ``names``: each claim's
    ``who`` by id, if known."""
    first = claims[0]
    scopes = set(map(_SCOPE, claims))
    where = f" in {first.scope}" if len(scopes) == 1 and first.scope else ""
    if not where and first.scope:  # "Texas outside Kerr" and "outside Kerr": one count
        left = {outside_of(c.scope or "") for c in claims}
        where = f" outside {left.pop()}" if len(left) == 1 and "" not in left else ""
    events = sorted(e for e in set(map(_EVENT, claims)) if e)
    periods = _distinct(list(map(_PERIOD, claims)))
    if flow and events:
        when = f"for the event {english.join([repr(e) for e in events])}"
    elif flow:
        when = english.when(next(iter(periods))) if len(periods) == 1 else ""
    else:
        when = english.span(periods)
    dated = flow and len(periods) > 1
    unit = " (percent)" if first.quantity.unit == "percent" else ""
    head = f"counts of {label}{unit}{where} {when}".rstrip()
    said = _by_speaker(claims, dated, names) if positions is None else _by_position(positions)
    return f"{head} disagree — {said} —"


def _distinct(periods: list[Period | None]) -> set[Period | None]:
    """The distinct periods, each object hashed once (claims share their periods)."""
    return set(dict(zip(map(id, periods), periods, strict=True)).values())


_SCOPE = attrgetter("scope")
_EVENT = attrgetter("event")
_PERIOD = attrgetter("period")


def _gap_clause(group: Sequence[Conflict], gap: Gap) -> str:
    """How far apart, for the headline gap: never "0 apart" (materiality keeps it out)."""
    if all(c.bound for c in group):
        return (
            f"the count lies {english.interval(gap.absolute)} above the lower bound "
            f"({english.share(gap.relative)} of the count): consistent as intervals, "
            "not as counts"
        )
    if all(c.nested for c in group):
        return (
            f"the count over the longer period is {english.interval(gap.absolute)} smaller "
            "than a count over a period inside it"
        )
    share = english.share(gap.relative, unbounded=gap.absolute.high == math.inf)
    return f"{english.interval(gap.absolute)} apart ({share} of the larger count)"


def stock_flow(
    metrics: MetricRegistry,
    s1: Node,
    s2: Node,
    outs: Sequence[Node],
    ins: Sequence[Node],
    residual: Interval,
    same: bool,
) -> str:
    """Two stock counts and the flows between them that do not explain the change."""
    a, b = s1.claim, s2.claim
    label = metrics.label(a.metric)
    flows = [
        f"{english.stated(n.claim.quantity)} {metrics.label(n.claim.metric)} "
        f"{english.when(n.period)}"
        for n in (*outs, *ins)
    ]
    whose = "its own recorded" if same else "the recorded"
    more = residual.low >= 0
    size = residual if more else Interval(low=-residual.high, high=-residual.low)
    who_b = "" if b.who == a.who else f"{english.who(b)} "
    sources = sorted({english.who(n.claim) for n in (*outs, *ins)})
    recorded = "recorded" if same else f"{english.join(sources)} recorded"
    text = (
        f"{english.who(a)} counted {english.stated(a.quantity)} {label} "
        f"{english.when(s1.period)} and {who_b}{english.stated(b.quantity)} "
        f"{english.when(s2.period)}, yet {recorded} {english.join(flows)}: "
        f"{english.interval(size)} {'more' if more else 'fewer'} people than "
        f"{whose} {english.join(sorted({metrics.label(n.claim.metric) for n in (*outs, *ins)}))}"
        " explain"
    )
    return english.sentence(text)


def parts_exceed_place(
    whole: Claim, parts: Sequence[Claim], total: Interval, excess: Interval, label: str
) -> str:
    """The counts for places inside a place add up to more than its own count."""
    listed = english.join([f"{p.scope}: {english.stated(p.quantity)}" for p in parts])
    return english.sentence(
        f"{english.who(whole)} gave {english.stated(whole.quantity)} {label} in {whole.scope} "
        f"{english.when_claim(whole)}, but the counts for places inside it ({listed}) add up "
        f"to {english.interval(total)}: {english.interval(excess)} more than the whole"
    )


def parts_exceed_whole(
    whole: Claim, parts: Sequence[Claim], total: Interval, excess: Interval, label: str
) -> str:
    """A breakdown whose parts add up to more than its whole."""
    listed = english.join([english.stated(p.quantity) for p in parts])
    return english.sentence(
        f"{whole.who} gave {english.stated(whole.quantity)} {label} {english.when_claim(whole)}, "
        f"but its parts ({listed}) add up to {english.interval(total)}: "
        f"{english.interval(excess)} more than the whole"
    )


def announced_confirmed(
    announced: Claim,
    confirmed: Claim,
    unconfirmed: Interval,
    share: Interval,
    *,
    label: str,
    covers: bool,
    mismatch: bool,
) -> str:
    """An announced figure and the smaller count confirmed of it."""
    ac, cc = announced, confirmed
    summary = (
        f"{english.who(ac)} {english.says(ac, label)} {english.when_claim(ac)}; "
        f"{english.who(cc)} {english.says(cc)} {english.when_claim(cc)}: "
        f"{english.interval(unconfirmed)} unconfirmed ({english.share(share)} confirmed)"
    )
    if covers:
        summary += (
            ", though the announcement is a total so far and the count covers a shorter period"
        )
    elif mismatch:
        summary += ", though the announcement covers a longer period than the count"
    return english.sentence(summary)


def revision(newer: Claim, older: Claim, label: str) -> str:
    """A claimant's later count of a quantity it counted before."""
    return english.sentence(
        f"{english.who(newer)} updated its count of {label} from "
        f"{english.stated(older.quantity)} ({english.when_claim(older)}) to "
        f"{english.stated(newer.quantity)} ({english.when_claim(newer)})"
    )
