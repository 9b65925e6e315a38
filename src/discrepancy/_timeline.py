"""Timelines of one quantity: which claims share a chart, and the Vega-Lite spec that draws them.

A timeline holds the claims of one metric and unit about one place, ordered by the last day
of their period. The grouping is deliberately simpler than the checker's
([`discrepancy.compare`][discrepancy.compare]): a chart should show how a count was stated over
weeks, while the checker decides which pairs are the same quantity. So claims are grouped by
(metric, unit, place) and a group is cut where two consecutive dates lie more than ``gap_days``
apart (claims years apart get charts of their own). Claims with no place join the one place of their
metric when there is exactly one. Parts of a whole (``part_of``) count a sub-quantity and are left
out, as the checker leaves them out of its groups; claims with no date cannot be placed on a
time axis and are left out too (the page says how many).

The spec is plain data built here, with no plotting library: every string from the input
travels as a data value, never as an expression or a format string.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import attrs

from discrepancy._layout import HEIGHT, WIDTH, Frame, place_labels
from discrepancy._numbers import fold
from discrepancy.claim import Claim, StatusClass
from discrepancy.metrics import MetricRegistry
from discrepancy.wording import english

__all__ = ["STATUS_COLOURS", "Timeline", "describe", "labelled", "printable", "spec", "timelines"]

GAP_DAYS = 90
"""Consecutive claims further apart than this start a new timeline."""

STATUS_COLOURS = {
    StatusClass.ANNOUNCED: "#c2410c",  # orange: a promise or an announcement
    StatusClass.CONFIRMED: "#047857",  # green: a verified count
    StatusClass.NEUTRAL: "#4338ca",  # indigo: reported or estimated
}
"""One colour per status class (colour-blind safe against each other, and printable)."""

_DAY_MS = 86_400_000

# C0 controls and DEL as their visible "control pictures" (U+2400...), white space as a space:
# they are not allowed in XML or SVG text, and the SVG renderer aborts the process on them.
_PICTURES = {o: " " if o in (0x09, 0x0A, 0x0D) else chr(0x2400 + o) for o in range(32)} | {
    0x7F: "\u2421"
}
_MAX_NAME = 30  # claimant names are cut to this many characters on the chart


@attrs.frozen(kw_only=True)
class Timeline:
    """The dated claims of one quantity, in date order.

    Attributes:
        metric: the metric id; ``label`` says it in words ("political prisoners").
        unit: people, percent or ratio.
        scope: the place, as the first claim that names one writes it (``None``: no place).
        claims: at least one claim, ordered by the last day of the period, then id.
    """

    metric: str
    label: str
    unit: str
    scope: str | None
    claims: tuple[Claim, ...]

    @property
    def key(self) -> str:
        """A stable anchor for the page: metric, unit (but people), place and first date."""
        first = self.claims[0].period
        day = first.end.isoformat() if first is not None else "undated"
        place = fold(self.scope).replace(" ", "-") if self.scope else "anywhere"
        unit = "" if self.unit == "people" else f"-{self.unit}"
        return f"timeline-{self.metric}{unit}-{place}-{day}"

    @property
    def title(self) -> str:
        """ "Political prisoners in Venezuela, 2025-12-26 to 2026-01-19"."""
        return self.phrase[:1].upper() + self.phrase[1:]

    @property
    def phrase(self) -> str:
        """ "political prisoners in Venezuela, 2025-12-26 to 2026-01-19"."""
        ends = [c.period.end for c in self.claims if c.period is not None]
        where = f" in {self.scope}" if self.scope else ""
        unit = f" ({self.unit})" if self.unit != "people" else ""
        when = ends[0].isoformat()
        if ends[-1] != ends[0]:
            when += f" to {ends[-1].isoformat()}"
        return f"{self.label}{unit}{where}, {when}"


def printable(text: str) -> str:
    """``text`` safe for SVG and HTML text: control characters made visible (``\x1b`` → ␛),
    lone surrogates replaced by U+FFFD."""
    if text.isascii() and text.isprintable():
        return text
    text = text.translate(_PICTURES)
    if any("\ud800" <= c <= "\udfff" for c in text):
        text = "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)
    return text


def _end(claim: Claim) -> dt.date:
    period = claim.period
    assert period is not None
    return period.end


def timelines(
    claims: Iterable[Claim],
    *,
    metrics: MetricRegistry | None = None,
    gap_days: int = GAP_DAYS,
    min_claims: int = 2,
) -> list[Timeline]:
    """The timelines of these claims with at least ``min_claims`` claims each.

    Ordered by metric, unit, place and date, so the same claims always give the same charts.
    """
    registry = metrics or MetricRegistry.builtin()
    groups: dict[tuple[str, str, str | None], list[Claim]] = defaultdict(list)
    places: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[tuple[str, str, str | None], str] = {}
    drawable = [c for c in claims if c.part_of is None and c.period is not None]
    for claim in drawable:
        if claim.scope:
            places[(claim.metric, claim.quantity.unit)].add(fold(claim.scope))
    for claim in drawable:
        base = (claim.metric, claim.quantity.unit)
        place = fold(claim.scope) if claim.scope else None
        if place is None and len(places[base]) == 1:
            place = next(iter(places[base]))
        key = (*base, place)
        groups[key].append(claim)
        if claim.scope and key not in names:
            names[key] = claim.scope
    out: list[Timeline] = []
    for key in sorted(groups, key=lambda k: (k[0], k[1], k[2] or "")):
        members = sorted(groups[key], key=lambda c: (_end(c), c.id))
        for run in _runs(members, gap_days):
            if len(run) >= min_claims:
                out.append(
                    Timeline(
                        metric=key[0],
                        label=registry.label(key[0]),
                        unit=key[1],
                        scope=names.get(key),
                        claims=tuple(run),
                    )
                )
    return out


def _runs(members: Sequence[Claim], gap_days: int) -> list[list[Claim]]:
    runs: list[list[Claim]] = []
    for claim in members:
        if runs and (_end(claim) - _end(runs[-1][-1])).days <= gap_days:
            runs[-1].append(claim)
        else:
            runs.append([claim])
    return runs


# --- the chart -------------------------------------------------------------------------------


def _ms(day: dt.date) -> int:
    return (day - dt.date(1970, 1, 1)).days * _DAY_MS


def _offsets(claims: Sequence[Claim]) -> list[int]:
    """Milliseconds to add to each claim's day so that claims of one day stand side by side."""
    ends = [_end(c) for c in claims]
    span_days = max((ends[-1] - ends[0]).days, 1)
    step = max(span_days * _DAY_MS // 40, _DAY_MS // 6)
    same: dict[dt.date, list[int]] = defaultdict(list)
    for n, day in enumerate(ends):
        same[day].append(n)
    out = [0] * len(claims)
    for members in same.values():
        middle = (len(members) - 1) / 2
        for k, n in enumerate(members):
            out[n] = round((k - middle) * step)
    return out


def _frame(xs: Sequence[int], claims: Sequence[Claim]) -> Frame:
    pad = max((max(xs) - min(xs)) // 12, _DAY_MS)
    finite = [c.quantity.interval.high for c in claims if c.quantity.interval.bounded]
    finite += [c.quantity.interval.low for c in claims]
    return Frame.around(min(xs) - pad, max(xs) + pad, max(finite, default=0.0))


def _row(claim: Claim, x: int, frame: Frame, highlighted: Collection[str]) -> dict[str, Any]:
    iv = claim.quantity.interval
    value = str(claim.quantity)
    who = claim.who
    if len(who) > _MAX_NAME:
        who = who[: _MAX_NAME - 1].rstrip() + "…"
    return {
        "id": claim.id,
        "x": x,
        "when": english.when_claim(claim),
        "low": iv.low,
        "high": iv.high if iv.bounded else frame.reach,
        "shape": "point" if iv.low == iv.high else ("open" if not iv.bounded else "interval"),
        "status": claim.status.value,
        "class": claim.status.status_class.value,
        "claimant": claim.who,
        "value": value,
        "label": f"{who}: {value}",
        "aria": f"{claim.who}: {value}, {claim.status.value.replace('_', ' ')}, "
        + (english.when_claim(claim) or "undated"),
        "in_discrepancy": claim.id in highlighted,
    }


def _colour() -> dict[str, Any]:
    classes = list(STATUS_COLOURS)
    return {
        "field": "class",
        "type": "nominal",
        "title": "status",
        "scale": {
            "domain": [c.value for c in classes],
            "range": [STATUS_COLOURS[c] for c in classes],
        },
        "legend": {"orient": "bottom", "direction": "horizontal"},
    }


def _emphasis(strong: float | str, weak: float | str) -> dict[str, Any]:
    return {"condition": {"test": "datum.in_discrepancy", "value": strong}, "value": weak}


def _label_layer(align: str, strong: bool, x: dict[str, Any], y: dict[str, Any]) -> dict[str, Any]:
    """Labels of one alignment: bold for the claims of a discrepancy, faint for the others."""
    test = f"datum.label_align === '{align}' && {'' if strong else '!'}datum.in_discrepancy"
    return {
        "name": f"labels_{align}" + ("" if strong else "_faint"),
        "transform": [{"filter": test}],
        "mark": {
            "type": "text",
            "align": align,
            "baseline": "alphabetic",
            "fontSize": 10,
            "fontWeight": "bold" if strong else "normal",
            "opacity": 1.0 if strong else 0.7,
            "aria": False,  # the marks themselves carry the description
        },
        "encoding": {
            "x": {**x, "field": "label_x"},
            "y": {**y, "field": "label_y"},
            "text": {"field": "label"},
        },
    }


def spec(timeline: Timeline, highlighted: Collection[str] = ()) -> dict[str, Any]:
    """The Vega-Lite specification of a timeline chart.

    Time runs across, the count up. Each claim is drawn as its interval: a bar from low to
    high, an open bound as a bar ending in an arrow near the top of the chart, an exact count
    as a point; coloured by status class and labelled by claimant and value. Claims whose ids
    are in ``highlighted`` (the claims of a discrepancy) are drawn strong, the others faint.
    """
    claims = timeline.claims
    xs = [_ms(_end(c)) + off for c, off in zip(claims, _offsets(claims), strict=True)]
    frame = _frame(xs, claims)
    rows = [_row(c, x, frame, highlighted) for c, x in zip(claims, xs, strict=True)]
    for row in rows:
        row.update((k, printable(v)) for k, v in row.items() if isinstance(v, str))
    place_labels(rows, frame)
    x = {
        "field": "x",
        "type": "temporal",
        "scale": {"type": "utc", "domain": [frame.x0, frame.x1], "nice": False},
        "axis": {"format": "%Y-%m-%d", "labelOverlap": True, "grid": False, "tickCount": 6},
        "title": None,
    }
    y = {
        "field": "low",
        "type": "quantitative",
        "title": printable(f"{timeline.label} ({timeline.unit})"),
        "scale": {"domain": [0, frame.top], "nice": False},
        "axis": {"format": ",d" if timeline.unit == "people" else ",~g", "tickCount": 6},
    }
    colour = _colour()
    opacity = _emphasis(1.0, 0.45)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": printable(describe(timeline)),
        "width": WIDTH,
        "height": HEIGHT,
        "background": "white",
        "config": {"font": "sans-serif", "view": {"stroke": None}},
        "data": {"values": rows},
        "layer": [
            {
                "name": "leaders",
                "transform": [{"filter": "datum.leader"}],
                "mark": {"type": "rule", "color": "#9ca3af", "strokeWidth": 0.75, "aria": False},
                "encoding": {
                    "x": x,
                    "y": {**y, "field": "high"},
                    "x2": {"field": "label_x"},
                    "y2": {"field": "label_y"},
                },
            },
            {
                "name": "bars",
                "transform": [{"filter": "datum.shape !== 'point'"}],
                "mark": {"type": "rule", "strokeCap": "butt"},
                "encoding": {
                    "x": x,
                    "y": y,
                    "y2": {"field": "high"},
                    "color": colour,
                    "opacity": opacity,
                    "strokeWidth": _emphasis(7, 4),
                    "description": {"field": "aria"},
                },
            },
            {
                "name": "arrows",
                "transform": [{"filter": "datum.shape === 'open'"}],
                "mark": {"type": "point", "shape": "triangle-up", "filled": True, "size": 140},
                "encoding": {
                    "x": x,
                    "y": {**y, "field": "high"},
                    "color": colour,
                    "opacity": opacity,
                    "description": {"field": "aria"},
                },
            },
            {
                "name": "points",
                "transform": [{"filter": "datum.shape === 'point'"}],
                "mark": {"type": "point", "shape": "circle", "filled": True},
                "encoding": {
                    "x": x,
                    "y": y,
                    "color": colour,
                    "opacity": opacity,
                    "size": _emphasis(150, 80),
                    "description": {"field": "aria"},
                },
            },
            *(_label_layer(a, strong, x, y) for a in ("left", "right") for strong in (True, False)),
        ],
    }


def labelled(chart: dict[str, Any]) -> int:
    """How many claims of a chart spec have a label."""
    return sum(1 for row in chart["data"]["values"] if row["label_align"] != "none")


def describe(timeline: Timeline) -> str:
    """The chart in one sentence, for readers who cannot see it (its alt text)."""
    claims = timeline.claims
    lows = [c.quantity.interval.low for c in claims]
    highs = [c.quantity.interval.high for c in claims]
    low, high = min(lows), max(highs)
    reach = (
        f"from {english.count(low)} to {english.count(high)}"
        if math.isfinite(high)
        else f"from {english.count(low)} to an open upper bound"
    )
    who = sorted({c.who for c in claims})
    n = len(claims)
    return (
        f"Timeline of {timeline.phrase}: {n} claim{'s' if n != 1 else ''} by "
        f"{english.join(who)}, {reach}."
    )
