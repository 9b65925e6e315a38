"""``announced_vs_confirmed``: an announced count of an event exceeds a confirmed count of it.

Rule: for every comparable pair of claims (same metric, unit and event, compatible scope),
one announced-class (announced, authorized, pledged, claimed) and one confirmed-class
(confirmed, verified, documented, registered, carried_out), flag it when every reading of
the confirmed count lies below every reading of the announced one. The claimants may be
the same or not. ``unconfirmed`` = announced − confirmed and ``confirmed_share`` =
confirmed ÷ announced, both as intervals; ``period_mismatch`` when the announcement's
explicit period strictly contains the count's.

A figure restated by the same claimant (a headline and the body, or two articles) is one
figure: such restatements of either side are reported together, as one discrepancy whose
``claims`` lists them all; ``announced`` and ``confirmed`` name the first by id.
"""

from __future__ import annotations

from collections import defaultdict

from discrepancy import phrases
from discrepancy.claim import Period
from discrepancy.compare import Node, announced_confirmed
from discrepancy.detectors._context import Context
from discrepancy.discrepancies import (
    AnnouncedVsConfirmed,
    Discrepancy,
    Gap,
    Kind,
    discrepancy_id,
)
from discrepancy.quantity import Interval

__all__ = ["detect"]

_Figure = tuple[frozenset[str], Interval, Period | None, str | None]


def _figure(node: Node) -> _Figure:
    """What makes two claims one figure: claimants, interval, period, event."""
    return (node.claimants, node.interval, node.period, node.claim.event)


def detect(ctx: Context) -> list[Discrepancy]:
    matches: dict[tuple[_Figure, _Figure], list[tuple[Node, Node]]] = defaultdict(list)
    for pair in ctx.pairs:
        ac = announced_confirmed(pair)
        if ac is not None and ac[0].interval.above(ac[1].interval):
            matches[(_figure(ac[0]), _figure(ac[1]))].append(ac)
    found = [_discrepancy(ctx, group) for group in matches.values()]
    return sorted(found, key=lambda d: d.id)


def _discrepancy(ctx: Context, group: list[tuple[Node, Node]]) -> Discrepancy:
    announced = min((a for a, _ in group), key=lambda n: n.id)
    confirmed = min((c for _, c in group), key=lambda n: n.id)
    a, c = announced.interval, confirmed.interval
    unconfirmed = (a - c).clamp_low(0.0)
    share = Interval(
        low=round(c.low / a.high, 4) if a.bounded else 0.0,
        high=round(min(c.high / a.low, 1.0), 4) if a.low > 0 else 1.0,
    )
    relative = Interval(low=round(1 - share.high, 4), high=round(1 - share.low, 4))
    mismatch = (
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
    summary = (
        f"{phrases.who(ac)} {phrases.says(ac, label)} {phrases.when_claim(ac)}; "
        f"{phrases.who(cc)} {phrases.says(cc)} {phrases.when_claim(cc)}: "
        f"{phrases.interval(unconfirmed)} unconfirmed ({phrases.share(share)} confirmed)"
    )
    if mismatch:
        summary += ", though the announcement covers a longer period than the count"
    return AnnouncedVsConfirmed(
        id=discrepancy_id(Kind.ANNOUNCED_VS_CONFIRMED, ids),
        severity=ctx.policy.severity(relative.low),
        claims=ids,
        metric=ac.metric,
        gap=Gap(absolute=unconfirmed, relative=relative),
        summary=phrases.sentence(summary),
        announced=announced.id,
        confirmed=confirmed.id,
        unconfirmed=unconfirmed,
        confirmed_share=share,
        period_mismatch=bool(mismatch),
    )
