"""The estimates of a report on the HTML page: a drawing, the votes and the sources.

Each estimate gets a small number line drawn here as inline SVG (no plotting library, no
``html`` extra needed): one row per vote (its source's interval, solid where it agrees with
the consistent interval, faint where it does not; an arrow where the interval has no upper
end), the consistent interval as a shaded band labelled "n of m agree", the floor as a dashed
line and the central estimate as a solid one. The numbers are also written out beside it,
in the sentence and in a table of the votes, so the drawing is never the only place they are.
Every string from the input is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from discrepancy.estimate import Estimate, SourceRecord, Vote
from discrepancy.quantity import Interval
from discrepancy.wording import english

__all__ = ["ESTIMATE_STYLE", "estimates_section", "number_line"]

ESTIMATE_STYLE = """
.estimate { border-left: 5px solid #047857; padding: 0.5rem 0 0.5rem 0.9rem; margin: 1.2rem 0;
  break-inside: avoid; }
.estimate .figures { display: flex; flex-wrap: wrap; gap: 0.3rem 1.5rem; margin: 0.3rem 0;
  padding: 0; list-style: none; font-size: 0.9rem; }
.estimate .figures b { font-weight: 600; }
.estimate .line svg { width: 100%; min-width: 30rem; height: auto; display: block; }
.estimate .line { overflow-x: auto; }
@media print { .estimate .line svg { min-width: 0; } }
"""

WIDTH = 640
"""The drawing's width in SVG units (it scales to the page)."""
_NAMES = 170  # room on the left for the sources' names
_RIGHT = 24  # room on the right for an arrow's head
_TOP = 44  # room above the rows: a row each for the consistent, floor and central labels
_ROW = 18
_AXIS = 24
_MAX_NAME = 26
_CHAR_PX = 6.5  # the width of one character of an 11px label, generously

_AGREE = "#047857"  # green, as confirmed counts on the timelines
_APART = "#9ca3af"  # grey
_BAND = "#d1fae5"
_FLOOR = "#b45309"
_CENTRAL = "#111827"


class _Scale:
    """Data values to x positions over the room between the names and the right edge."""

    def __init__(self, values: Sequence[float]) -> None:
        lo, hi = min(values), max(values)
        pad = (hi - lo) * 0.08 if hi > lo else (abs(lo) * 0.1 or 1.0)
        self.lo, self.hi = lo - pad, hi + pad
        if lo >= 0 > self.lo:  # counts: the axis need not go below zero
            self.lo = 0.0

    def x(self, v: float) -> float:
        if v == math.inf:
            return float(WIDTH - 4)
        span = self.hi - self.lo
        left, right = _NAMES, WIDTH - _RIGHT
        return round(left + (v - self.lo) / span * (right - left), 1)


def _finite(iv: Interval) -> list[float]:
    return [x for x in (iv.low, iv.high) if math.isfinite(x)]


def _cut(name: str) -> str:
    return name if len(name) <= _MAX_NAME else name[: _MAX_NAME - 1] + "…"


def number_line(est: Estimate, names: Mapping[str, str], escape: Callable[[object], str]) -> str:
    """The estimate drawn as inline SVG: a row per vote, the band, the floor and the centre.

    Args:
        est: the estimate.
        names: each source key's name (a key without one is shown as it is).
        escape: escapes a value for HTML and SVG text.
    """
    values = [x for v in est.votes for x in _finite(v.interval)]
    if est.floor is not None:
        values.append(est.floor.value)
    if est.central is not None:
        values.append(est.central)
    if est.consistent is not None:
        values += _finite(est.consistent)
    if not values:  # only announced claims: nothing was counted
        return ""
    scale = _Scale(values)
    rows = len(est.votes)
    height = _TOP + rows * _ROW + _AXIS
    bottom = _TOP + rows * _ROW
    parts: list[str] = []
    if est.consistent is not None:
        c = est.consistent
        x0, x1 = scale.x(c.low), scale.x(c.high)
        parts.append(
            f'<rect class="consistent" x="{x0}" y="{_TOP - 4}" width="{max(x1 - x0, 2.0)}" '
            f'height="{rows * _ROW + 4}" fill="{_BAND}"/>'
        )
        label = f"{est.agree} of {est.independent} agree"
        parts.append(_label(x0, 11, label, _AGREE, escape))
    for k, vote in enumerate(est.votes):
        parts.append(_vote_row(k, vote, scale, names, escape))
    if est.floor is not None:
        x = scale.x(est.floor.value)
        parts.append(
            f'<line class="floor" x1="{x}" y1="15" x2="{x}" y2="{bottom}" '
            f'stroke="{_FLOOR}" stroke-width="2" stroke-dasharray="4 3"/>'
        )
        bound = "more than" if est.floor.open else "at least"
        floor_label = f"{bound} {english.count(est.floor.value)}"
        parts.append(_label(x + 3, 24, floor_label, _FLOOR, escape))
    if est.central is not None:
        x = scale.x(est.central)
        parts.append(
            f'<line class="central" x1="{x}" y1="28" x2="{x}" y2="{bottom + 4}" '
            f'stroke="{_CENTRAL}" stroke-width="2"/>'
        )
        central_label = f"about {english.count(est.central)}"
        parts.append(_label(x + 3, 37, central_label, _CENTRAL, escape))
    parts.append(_axis(scale, bottom, escape))
    label = escape(est.summary)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="{label}" '
        f'font-family="system-ui, sans-serif" font-size="11">'
        f"<title>{label}</title>{''.join(parts)}</svg>"
    )


def _text(
    x: float, y: float, text: str, anchor: str, colour: str, escape: Callable[[object], str]
) -> str:
    return (
        f'<text x="{round(x, 1)}" y="{y}" text-anchor="{anchor}" fill="{colour}">'
        f"{escape(text)}</text>"
    )


def _label(x: float, y: float, text: str, colour: str, escape: Callable[[object], str]) -> str:
    """A label on a row of its own, after ``x``, or before it where it would leave the drawing."""
    if x + len(text) * _CHAR_PX > WIDTH:
        return _text(x - 6, y, text, "end", colour, escape)
    return _text(x, y, text, "start", colour, escape)


def _vote_row(
    k: int, vote: Vote, scale: _Scale, names: Mapping[str, str], escape: Callable[[object], str]
) -> str:
    y = _TOP + k * _ROW + _ROW / 2
    colour = _AGREE if vote.agrees else _APART
    who = " and ".join(names.get(key, key) for key in vote.claimants) or "an unnamed source"
    iv = vote.interval
    x0, x1 = scale.x(iv.low), scale.x(iv.high)
    tip = f"{who}: {english.interval(iv)} (weight {vote.weight:g})"
    out = [
        f'<g class="vote{" agrees" if vote.agrees else ""}">',
        f"<title>{escape(tip)}</title>",
        _text(_NAMES - 8, y + 4, _cut(who), "end", "#374151", escape),
    ]
    if iv.low == iv.high:
        out.append(f'<circle cx="{x0}" cy="{y}" r="4" fill="{colour}"/>')
    else:
        width = max(x1 - x0, 2.0)
        out.append(
            f'<rect x="{x0}" y="{y - 4}" width="{width}" height="8" rx="2" fill="{colour}"/>'
        )
        if iv.high == math.inf:
            out.append(
                f'<path class="open" d="M{x1 - 8},{y - 7} L{x1},{y} L{x1 - 8},{y + 7} Z" '
                f'fill="{colour}"/>'
            )
    out.append("</g>")
    return "".join(out)


def _axis(scale: _Scale, y: float, escape: Callable[[object], str]) -> str:
    left, right = scale.x(scale.lo), float(WIDTH - _RIGHT)
    out = [f'<line x1="{left}" y1="{y + 4}" x2="{right}" y2="{y + 4}" stroke="#d1d5db"/>']
    for k in range(5):
        v = scale.lo + (scale.hi - scale.lo) * k / 4
        shown = round(v) if abs(scale.hi - scale.lo) >= 20 else round(v, 1)
        x = scale.x(v)
        out.append(f'<line x1="{x}" y1="{y + 4}" x2="{x}" y2="{y + 8}" stroke="#9ca3af"/>')
        out.append(_text(x, y + 19, english.count(shown), "middle", "#4b5563", escape))
    return "".join(out)


def _figures(est: Estimate) -> list[tuple[str, str]]:
    """The floor, the consistent interval and the central value, in words."""
    floor = "none confirmed"
    if est.floor is not None:
        bound = "more than" if est.floor.open else "at least"
        floor = f"{bound} {english.count(est.floor.value)} ({est.floor.claim})"
    if est.consistent is not None:
        agreed = f"{english.interval(est.consistent)} ({est.agree} of {est.independent})"
    elif est.independent:
        agreed = f"no majority among {est.independent}"
    else:
        agreed = "nothing counted"
    central = "none" if est.central is None else f"about {english.count(est.central)}"
    return [("floor", floor), ("consistent", agreed), ("central", central)]


def _votes_table(est: Estimate, names: Mapping[str, str], escape: Callable[[object], str]) -> str:
    rows = []
    for v in est.votes:
        who = " and ".join(names.get(k, k) for k in v.claimants) or "an unnamed source"
        rows.append(
            "<tr>"
            f"<td>{escape(who)}</td>"
            f'<td class="value">{escape(english.interval(v.interval))}</td>'
            f"<td>{escape(f'{v.weight:g}')}</td>"
            f"<td>{'agrees' if v.agrees else 'apart'}</td>"
            f"<td>{', '.join(f'<code>{escape(c)}</code>' for c in v.claims)}</td>"
            "</tr>"
        )
    for x in est.left_out:
        by = f" (by <code>{escape(x.by)}</code>)" if x.by else ""
        rows.append(
            f'<tr><td colspan="4">not counted: {escape(x.reason.value)}{by}</td>'
            f"<td><code>{escape(x.claim)}</code></td></tr>"
        )
    head = "<tr><th>source</th><th>says</th><th>weight</th><th>vote</th><th>claims</th></tr>"
    return (
        f'<div class="scroll"><table><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _estimate(est: Estimate, names: Mapping[str, str], escape: Callable[[object], str]) -> str:
    line = number_line(est, names, escape)
    drawing = f'<div class="line">{line}</div>' if line else ""
    n = len(est.votes)
    votes = "The vote" if n == 1 else f"The {n} votes"
    figures = "".join(f"<li><b>{k}:</b> {escape(v)}</li>" for k, v in _figures(est))
    return (
        f'<article class="estimate" id="{escape(est.id)}" data-votes="{len(est.votes)}">'
        f'<p class="summary">{escape(est.summary)}</p>'
        f'<ul class="figures">{figures}</ul>{drawing}'
        f"<details><summary>{votes} and what was not counted</summary>"
        f"{_votes_table(est, names, escape)}</details>"
        f'<p class="meta">Estimate <code>{escape(est.id)}</code></p>'
        "</article>"
    )


def _sources_table(sources: Sequence[SourceRecord], escape: Callable[[object], str]) -> str:
    head = "<tr><th>source</th><th>claims</th><th>judged</th><th>agreed</th><th>weight</th></tr>"
    rows = [
        "<tr>"
        f"<td>{escape(s.name)}</td><td>{s.claims}</td><td>{s.judged}</td><td>{s.agreed}</td>"
        f"<td>{escape(f'{s.weight:g}')}{' (capped)' if s.capped else ''}</td>"
        "</tr>"
        for s in sources
    ]
    return (
        f'<div class="scroll"><table><thead>{head}</thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def estimates_section(
    estimates: Sequence[Estimate] | None,
    sources: Sequence[SourceRecord] | None,
    escape: Callable[[object], str],
) -> str:
    """The page's "Estimates" and "Sources" sections ("" where they were not asked for)."""
    if estimates is None:
        return ""
    names = {s.claimant: s.name for s in sources or ()}
    out = ['<section id="estimates"><h2>Estimates</h2>']
    out.append(
        '<p class="note">What the sources agree on, per quantity described by more than one '
        "claim. Each drawing has a row per independent source: its interval, green where it "
        "shares a point with the interval most sources agree on (the shaded band), grey where "
        "it does not; an arrow where it has no upper end. The dashed line is the floor (the "
        "highest confirmed lower bound), the solid line the most likely value. Announced "
        "counts are shown but not counted.</p>"
    )
    if not estimates:
        out.append("<p>No quantity is described by more than one claim.</p>")
    out += [_estimate(e, names, escape) for e in estimates]
    out.append("</section>")
    if sources:
        out.append('<section id="sources"><h2>Sources</h2>')
        out.append(
            '<p class="note">How often each source agreed with the majority where at least '
            "three independent sources counted a quantity, and its weight in the most likely "
            "values (1: an unknown source; a weight from few claims stays near 1).</p>"
        )
        out.append(_sources_table(sources, escape))
        out.append("</section>")
    return "".join(out)
