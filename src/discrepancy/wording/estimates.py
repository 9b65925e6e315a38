"""The sentence of an estimate: "Deaths, event X: at least 27 confirmed by …; 4 of 5 sources
agree on 30 to 37; most likely about 34."."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import TYPE_CHECKING

from discrepancy.claim import Claim, Period
from discrepancy.metrics import MetricRegistry
from discrepancy.quantity import Interval
from discrepancy.wording import english
from discrepancy.wording.numbers import number

if TYPE_CHECKING:
    from discrepancy.estimate import Estimate, Floor, LeftOut, Vote

__all__ = ["summary"]


_FIRMLY = {"carried_out": "carried out"}


def summary(est: Estimate, claims: dict[str, Claim], metrics: MetricRegistry, *, flow: bool) -> str:
    """ "Releases in Venezuela, event X: at least 41 confirmed by Foro Penal; 2 of 3 sources
    agree on 41 to 50; most likely about 45."."""
    return words(
        metrics.label(est.metric),
        est.unit,
        est.scope,
        est.event,
        est.period,
        est.floor,
        None if est.floor is None else claims[est.floor.claim],
        est.consistent,
        est.agree,
        est.independent,
        est.central,
        est.votes,
        est.left_out,
        flow,
    )


def words(
    label: str,
    unit: str,
    scope: str | None,
    event: str | None,
    period: Period | None,
    floor: Floor | None,
    floor_claim: Claim | None,
    consistent: Interval | None,
    agree: int,
    independent: int,
    central: float | None,
    votes: tuple[Vote, ...],
    left_out: tuple[LeftOut, ...],
    flow: bool,
) -> str:
    """`summary()` from an estimate's fields, positionally (``floor_claim``: the claim that
    sets the floor): what ``discrepancy.estimate`` calls for each estimate it makes."""
    where = f" in {scope}" if scope else ""
    if flow and event:
        when = f", event {event!r}"
    elif flow:
        when = f", {english.when(period)}" if period is not None else ""
    elif period is not None:  # as english.span words it: "on A" or "from A to B"
        when = _stock_when(period.start or period.end, period.end)
    else:
        when = ""
    parts = []
    if floor is not None and floor_claim is not None:
        bound = "more than" if floor.open else "at least"
        status = floor_claim.status.value
        firmly = _FIRMLY.get(status, status)
        parts.append(f"{bound} {_count(floor.value)} {firmly} by {english.who(floor_claim)}")
    n = independent
    if n == 0:
        parts.append("no count but announced ones, so no estimate")
    elif n == 1:
        parts.append(f"one source counted {_interval(votes[0].interval)}")
    elif consistent is None:
        parts.append(f"no majority among {n} sources")
    else:
        who = f"{agree} of {n}"
        if agree == n:
            who = "both" if n == 2 else f"all {n}"
        parts.append(f"{who} sources agree on {_interval(consistent)}")
    if central is not None:
        parts.append(f"most likely about {_count(_display(central, unit))}")
    elif n:
        parts.append("nothing bounds it from above")
    if left_out:
        left = Counter(x.reason for x in left_out)
        said = [f"{k} {r.value}" for r, k in sorted(left.items())]
        parts.append(f"not counted: {english.join(said)}")
    percent = " (percent)" if unit == "percent" else ""
    return _sentence(f"{label.capitalize()}{percent}{where}{when}: {'; '.join(parts)}")


def both(
    label: str,
    unit: str,
    scope: str | None,
    event: str | None,
    period: Period | None,
    shared: Interval,
    central: float | None,
    flow: bool,
    n: int = 2,
) -> str:
    """`words()` of ``n`` sources (two or more) that all agree on ``shared``, with no floor
    and nothing left out: most estimates at scale, without `words()`'s branches for the
    others.

    The sentence's start (label, unit, scope) is worked out once per kind; where it is
    plain (`_plain()`), so is the whole sentence (the rest is dates, digits and fixed
    words), which is then written as is, without `_sentence()`'s passes.
    """
    by_unit = _HEADS.get(label)
    if by_unit is None:
        by_unit = _HEADS[label] = {}
    by_scope = by_unit.get(unit)
    if by_scope is None:
        by_scope = by_unit[unit] = {}
    head = by_scope.get(scope)
    if head is None:
        if len(by_scope) >= 16384:
            by_scope.clear()
        where = f" in {scope}" if scope else ""
        percent = " (percent)" if unit == "percent" else ""
        text = f"{label.capitalize()}{percent}{where}"
        # plain: capitalized; else NUL and the text (a plain text never starts with NUL)
        head = by_scope[scope] = text[0].upper() + text[1:] if _plain(text) else "\x00" + text
    if central is not None:
        tail = f"; most likely about {_count(_display(central, unit))}"
    else:
        tail = "; nothing bounds it from above"
    who = "both" if n == 2 else f"all {n}"
    if flow:
        if event:  # the event as written (its repr), which may not be plain
            where = f" in {scope}" if scope else ""
            percent = " (percent)" if unit == "percent" else ""
            start = f"{label.capitalize()}{percent}{where}"  # as the head, before `_sentence()`
            return _sentence(
                f"{start}, event {event!r}: {who} sources agree on {_interval(shared)}{tail}"
            )
        when = f", {english.when(period)}" if period is not None else ""
    elif period is not None:
        when = _stock_when(period.start or period.end, period.end)
    else:
        when = ""
    if head[0] == "\x00":
        return _sentence(f"{head[1:]}{when}: {who} sources agree on {_interval(shared)}{tail}")
    return f"{head}{when}: {who} sources agree on {_interval(shared)}{tail}."


# the start of a sentence by label, unit and scope (few, each repeated many times):
# capitalized where it is plain (then so is the whole sentence), else NUL and the text;
# nested dicts of strings, no tuple per entry (see `_count()`)
_HEADS: dict[str, dict[str, dict[str | None, str]]] = {}


def _plain(text: str) -> bool:
    """Whether `english.sentence()` would only capitalize ``text`` and add its full stop:
    no white space but single ASCII spaces inside (``isprintable()`` is false for every
    other white-space character) and no space before a mark."""
    return bool(
        text
        and text.isprintable()
        and "  " not in text
        and text[0] != " "
        and text[-1] != " "
        and " ;" not in text
        and " :" not in text
        and " ," not in text
        and " ." not in text
    )


def _sentence(text: str) -> str:
    """``english.sentence(text)``, without its splitting and replacing where they would
    change nothing (`_plain()`: most estimates)."""
    if _plain(text):
        text = text[0].upper() + text[1:]
        return text if text.endswith(".") else text + "."
    return english.sentence(text)


def _stock_when(first: dt.date, last: dt.date) -> str:
    """``", on LAST"`` or ``", from FIRST to LAST"``, kept by its two dates (by the last day,
    then the first: few last days, each a dict of dates to text)."""
    by_first = _WHEN.get(last)
    if by_first is None:
        if len(_WHEN) >= 4096:
            _WHEN.clear()
        by_first = _WHEN[last] = {}
    found = by_first.get(first)
    if found is None:
        if len(by_first) >= 4096:
            by_first.clear()
        found = by_first[first] = f", on {last}" if first == last else f", from {first} to {last}"
    return found


_WHEN: dict[dt.date, dict[dt.date, str]] = {}


# Many estimates repeat the same few numbers (a million claims: 210,000 estimates): each is
# written once. The caches are bounded and hold only numbers, dates and their text: no
# object the cycle collector tracks (a tuple per entry would be one, counted towards its
# next collection; reading a million claims' estimates filled them with tens of thousands).


def _count(x: float) -> str:
    """``english.count(x)``, kept in `_NUMBERS` (a count is written as its number)."""
    return _NUMBERS.get(x) or _number(x)


def _interval(iv: Interval) -> str:
    """``english.interval(iv)``; the common interval, bounded from above and not a point,
    without its calls. Not cached: the consistent intervals of a million claims' estimates
    are nearly all different (99% misses at 300,000 claims)."""
    low, high = iv.low, iv.high
    if low != high and low != 0 and high != math.inf:
        get = _NUMBERS.get
        return f"{get(low) or _number(low)} to {get(high) or _number(high)}"
    return english.interval(iv)


# Each end written once: the ends of a million claims' intervals repeat (their values are
# counts), where the intervals do not. Bounded; numbers equal as keys (``5`` and ``5.0``)
# are written alike.
_NUMBERS: dict[float, str] = {}


def _number(x: float) -> str:
    """`number()`, kept in `_NUMBERS`."""
    if len(_NUMBERS) >= 65536:
        _NUMBERS.clear()
    found = _NUMBERS[x] = number(x)
    return found


def _display(x: float, unit: str) -> float:
    return float(round(x)) if unit == "people" or abs(x) >= 100 else round(x, 1)
