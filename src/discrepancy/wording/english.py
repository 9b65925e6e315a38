"""The words for values: quantities with their hedges, intervals, shares, dates, names.

Every function here states exactly what the data says: a hedge is never dropped ("more than
1,345" stays "more than 1,345") and an interval is never shown as a point.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from discrepancy import _numbers
from discrepancy.claim import Claim, Period, Status
from discrepancy.quantity import Interval, Qualifier, Quantity
from discrepancy.wording.numbers import HEDGES, number

__all__ = [
    "claimants",
    "count",
    "interval",
    "join",
    "period",
    "quantity",
    "says",
    "sentence",
    "share",
    "span",
    "stated",
    "when",
    "when_claim",
    "who",
]

_SAYS = {
    Status.ANNOUNCED: "announced {n}",
    Status.AUTHORIZED: "authorized {n}",
    Status.PLEDGED: "pledged {n}",
    Status.CLAIMED: "claimed {n}",
    Status.CONFIRMED: "confirmed {n}",
    Status.VERIFIED: "verified {n}",
    Status.DOCUMENTED: "documented {n}",
    Status.REGISTERED: "registered {n}",
    Status.CARRIED_OUT: "reported {n} carried out",
    Status.ESTIMATED: "estimated {n}",
    Status.REPORTED: "reported {n}",
}

# Capitalized names that end in a common noun take "the": "the Venezuelan government".
_COMMON_HEADS = frozenset(
    {
        "government",
        "authorities",
        "ministry",
        "police",
        "army",
        "military",
        "office",
        "regime",
        "administration",
        "presidency",
        "prosecutor",
        "court",
        "council",
        "ngos",
    }
)


def says(claim: Claim, label: str = "") -> str:
    """What the claimant did with the number: "announced 99 releases", "reported 33 carried out"."""
    number = f"{stated(claim.quantity)} {label}".strip()
    return _SAYS[claim.status].format(n=number)


def claimants(claim: Claim) -> str:
    """The claimants as a name: "Foro Penal", "Provea and JEyP", "an unnamed source"."""
    names = [ref.display for ref in claim.claimants]
    if not names:
        return claim.outlet.display if claim.outlet is not None else "an unnamed source"
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def who(claim: Claim) -> str:
    """The claimant(s) as the subject of a sentence: "Foro Penal", "the Venezuelan government"."""
    name = claimants(claim)
    words = name.split()
    if words and words[0][:1].isupper() and words[-1].casefold() in _COMMON_HEADS:
        return f"the {name}"
    return name


def quantity(q: Quantity) -> str:
    """A canonical English wording that `Quantity.parse` reads back to ``q``: "nearly 800",
    "more than 1,345", "between 5 and 6", "hundreds", "35 percent"."""
    if q.qualifier is Qualifier.RANGE:
        text = f"between {number(q.low)} and {number(q.high)}"
    elif q.qualifier is Qualifier.VAGUE:
        text = _numbers.vague_wording(q.low, q.high)
    else:
        n = q.value if q.value is not None else q.low
        text = f"{HEDGES[q.qualifier]}{number(n)}"
    if q.unit == "percent":
        text += " percent"
    return text


def stated(q: Quantity) -> str:
    """The number with its hedge, in English: "nearly 800", "more than 1,345", "hundreds"."""
    return quantity(q)


def count(x: float) -> str:
    """A count: 1085 → "1,085"."""
    return number(x)


def interval(iv: Interval) -> str:
    """[75, 75] → "75"; [75, ∞) → "at least 75"; (75, ∞) → "more than 75"."""
    if iv.high == math.inf:
        return f"{'more than' if iv.low_open else 'at least'} {count(iv.low)}"
    if iv.low == iv.high:
        return count(iv.low)
    if iv.low == 0:
        return f"{'fewer than' if iv.high_open else 'at most'} {count(iv.high)}"
    return f"{count(iv.low)} to {count(iv.high)}"


def share(iv: Interval, *, unbounded: bool = False) -> str:
    """A share as whole percents: [0.35, 0.35] → "35%"; [0, 0.35] → "at most 35%".

    ``unbounded``: the share's high end only reflects an open-ended claim, so say
    "at least 12%" instead of "12% to 100%".
    """
    lo, hi = _pct(iv.low), _pct(iv.high)
    if unbounded:
        return f"at least {lo}%"
    if lo == hi:
        return f"{lo}%"
    if iv.low == 0:
        return f"at most {hi}%"
    return f"{lo}% to {hi}%"


def _pct(x: float) -> int:
    return round(100 * x)


def period(p: Period) -> str:
    """The period in words: "on 2026-01-10", "between … and …", "until …"."""
    if p.start is None:
        return f"until {p.end.isoformat()}"
    if p.is_point:
        return f"on {p.end.isoformat()}"
    return f"between {p.start.isoformat()} and {p.end.isoformat()}"


def when(p: Period | None) -> str:
    """ "on 2026-01-19", "between 2026-01-08 and 2026-01-19", "until 2025-12-30", ""."""
    return period(p) if p is not None else ""


def when_claim(claim: Claim) -> str:
    """The claim's period in words; an inferred one says so: "(the publication date)" only
    when it ends on the claim's publication date, else "(inferred)" (the text's event day,
    or a total given by an earlier day)."""
    text = when(claim.period)
    if text and claim.as_of_inferred:
        period = claim.period
        if period is not None and period.end == claim.published:
            return f"{text} (the publication date)"
        return f"{text} (inferred)"
    return text


def span(periods: Iterable[Period | None]) -> str:
    """The dates a group of stock counts were taken: "on 2026-01-19" or "from A to B"."""
    ends = sorted({p.end for p in periods if p is not None})
    if not ends:
        return ""
    if len(ends) == 1:
        return f"on {ends[0].isoformat()}"
    return f"from {ends[0].isoformat()} to {ends[-1].isoformat()}"


def join(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def sentence(text: str) -> str:
    """Capitalize the first letter, end with one full stop."""
    text = " ".join(text.split())
    for mark in ";:,.":
        text = text.replace(f" {mark}", mark)  # left by an empty date or name
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith(".") else text + "."
