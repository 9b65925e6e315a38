"""The sentence of an estimate: "Deaths, event X: at least 27 confirmed by …; 4 of 5 sources
agree on 30 to 37; most likely about 34."."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from discrepancy.claim import Claim
from discrepancy.metrics import MetricRegistry
from discrepancy.quantity import Interval
from discrepancy.wording import english

if TYPE_CHECKING:
    from discrepancy.estimate import Estimate, _Fields

__all__ = ["summary"]


_FIRMLY = {"carried_out": "carried out"}


def summary(
    est: Estimate | _Fields, claims: dict[str, Claim], metrics: MetricRegistry, *, flow: bool
) -> str:
    """ "Releases in Venezuela, event X: at least 41 confirmed by Foro Penal; 2 of 3 sources
    agree on 41 to 50; most likely about 45."."""
    label = metrics.label(est.metric)
    unit = " (percent)" if est.unit == "percent" else ""
    where = f" in {est.scope}" if est.scope else ""
    if flow and est.event:
        when = f", event {est.event!r}"
    elif flow:
        when = f", {english.when(est.period)}" if est.period is not None else ""
    else:
        when = ""
        if est.period is not None:  # as english.span words it: "on A" or "from A to B"
            first, last = est.period.start or est.period.end, est.period.end
            span = f"on {last}" if first == last else f"from {first} to {last}"
            when = f", {span}"
    parts = []
    if est.floor is not None:
        c = claims[est.floor.claim]
        bound = "more than" if est.floor.open else "at least"
        firmly = _FIRMLY.get(c.status.value, c.status.value)
        parts.append(f"{bound} {_count(est.floor.value)} {firmly} by {english.who(c)}")
    n = est.independent
    if n == 0:
        parts.append("no count but announced ones, so no estimate")
    elif n == 1:
        parts.append(f"one source counted {_interval(est.votes[0].interval)}")
    elif est.consistent is None:
        parts.append(f"no majority among {n} sources")
    else:
        who = f"{est.agree} of {n}"
        if est.agree == n:
            who = "both" if n == 2 else f"all {n}"
        parts.append(f"{who} sources agree on {_interval(est.consistent)}")
    if est.central is not None:
        parts.append(f"most likely about {_count(_display(est.central, est.unit))}")
    elif n:
        parts.append("nothing bounds it from above")
    if est.left_out:
        left = Counter(x.reason for x in est.left_out)
        said = [f"{k} {r.value}" for r, k in sorted(left.items())]
        parts.append(f"not counted: {english.join(said)}")
    return english.sentence(f"{label.capitalize()}{unit}{where}{when}: {'; '.join(parts)}")


# Many estimates repeat the same few numbers (a million claims: 210,000 estimates): each is
# written once. The caches are bounded and hold only numbers and their text.
_count = lru_cache(maxsize=8192)(english.count)


@lru_cache(maxsize=8192)
def _interval(iv: Interval) -> str:
    return english.interval(iv)


def _display(x: float, unit: str) -> float:
    return float(round(x)) if unit == "people" or abs(x) >= 100 else round(x, 1)
