"""``announced_vs_confirmed``: an announced count of an event exceeds a confirmed count of it.

Rule: for every comparable pair of claims (same metric, unit and event, compatible scope),
one announced-class (announced, authorized, pledged, claimed) and one confirmed-class
(confirmed, verified, documented, registered, carried_out), flag it when every reading of
the confirmed count lies below every reading of the announced one. The claimants may be
the same or not. ``unconfirmed`` = announced − confirmed and ``confirmed_share`` =
confirmed ÷ announced, both as intervals; ``period_mismatch`` when the announcement's
explicit period strictly contains the count's, or when an announced "so far" total (open
start) is set against a confirmed count over a period ending within ``window_days`` of it
(then the severity is at most medium: the two need not cover the same days). A pledge
(pledged, authorized) is a target: it meets the counts of what was carried out for the
same event — each source's latest count, whatever its status but announced — never as a
count over the period ending on the pledge's date. The unconfirmed part must be material
(see [`Policy`][discrepancy.policy.Policy]).

A figure restated by the same claimant (a headline and the body, or two articles) is one
figure: such restatements of either side are reported together, as one discrepancy whose
``claims`` lists them all; ``announced`` and ``confirmed`` name the first by id.
"""

from __future__ import annotations

from collections import defaultdict

from discrepancy.claim import Period
from discrepancy.compare import Node, Relation
from discrepancy.conflicts import announced_confirmed
from discrepancy.detectors._comparisons import Comparisons
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    Discrepancy,
    Gap,
    Kind,
    Severity,
    discrepancy_id,
)
from discrepancy.quantity import Interval
from discrepancy.wording import summaries

__all__ = ["detect"]

_Figure = tuple[frozenset[str], Interval, Period | None, str | None]


def _figure(node: Node) -> _Figure:
    """What makes two claims one figure: claimants, interval, period, event."""
    return (node.claimants, node.interval, node.period, node.claim.event)


def detect(ctx: Comparisons) -> list[Discrepancy]:
    matches: dict[tuple[_Figure, _Figure], list[tuple[Node, Node]]] = defaultdict(list)
    covers: set[tuple[_Figure, _Figure]] = set()
    for pair in ctx.pairs:
        ac = announced_confirmed(pair)
        if ac is None or not ac[0].interval.above(ac[1].interval):
            continue
        gap = ac[0].interval.low - ac[1].interval.high
        if not ctx.material(ac[1], ac[0], gap):
            continue
        key = (_figure(ac[0]), _figure(ac[1]))
        matches[key].append(ac)
        if pair.relation is Relation.COVERS:
            covers.add(key)
    found = [_discrepancy(ctx, group, key in covers) for key, group in matches.items()]
    return sorted(found, key=lambda d: d.id)


def _discrepancy(ctx: Comparisons, group: list[tuple[Node, Node]], covers: bool) -> Discrepancy:
    announced = min((a for a, _ in group), key=lambda n: n.id)
    confirmed = min((c for _, c in group), key=lambda n: n.id)
    a, c = announced.interval, confirmed.interval
    unconfirmed = (a - c).clamp_low(0.0)
    share = Interval(
        low=round(c.low / a.high, 4) if a.bounded else 0.0,
        high=round(min(c.high / a.low, 1.0), 4) if a.low > 0 else 1.0,
    )
    relative = Interval(low=round(1 - share.high, 4), high=round(1 - share.low, 4))
    mismatch = covers or (
        announced.explicit_period
        and confirmed.explicit_period
        and announced.period is not None
        and confirmed.period is not None
        and announced.period != confirmed.period
        and announced.period.contains(confirmed.period)
    )
    ids = tuple(sorted({n.id for pair in group for n in pair}))
    ac, cc = announced.claim, confirmed.claim
    label = ctx.index.metrics.label(ac.metric)
    summary = summaries.announced_confirmed(
        ac, cc, unconfirmed, share, label=label, covers=covers, mismatch=mismatch
    )
    severity = ctx.policy.severity(relative.low)
    if covers and severity is Severity.HIGH:
        severity = Severity.MEDIUM
    return AnnouncedVsConfirmed(
        id=discrepancy_id(Kind.ANNOUNCED_VS_CONFIRMED, ids),
        severity=severity,
        claims=ids,
        metric=ac.metric,
        gap=Gap(absolute=unconfirmed, relative=relative),
        summary=summary,
        announced=announced.id,
        confirmed=confirmed.id,
        unconfirmed=unconfirmed,
        confirmed_share=share,
        period_mismatch=bool(mismatch),
    )
