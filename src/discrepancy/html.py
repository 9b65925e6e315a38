"""A report as one self-contained HTML page a fact-checker can share.

The page opens with the headline and counts, then each discrepancy (severity, sentence, its
claims), then, where they were asked for, the estimates (each drawn as a number line: its
sources' intervals, the consistent interval with how many agree, the floor and the central
value; `discrepancy._estimate_html`) and the sources' records, then a timeline chart per
quantity, then the records that could not be read. It
loads nothing from anywhere: no script, font, style sheet or image comes from a server, and a
Content-Security-Policy forbids it. Charts are static SVG drawn from a Vega-Lite spec by
``vl-convert-python`` (the ``html`` extra); without it the page is complete but for the charts,
and says so where each chart would be. Every string from the input is escaped.

>>> from discrepancy import check, read_claims
>>> claims, _ = read_claims([
...     {"id": "a", "value": 10, "metric": "arrests", "claimant": "<b>Bold</b> Watch"},
...     {"id": "b", "value": 30, "metric": "arrests", "claimant": "Police"},
... ])
>>> page = to_html(check(claims), charts=False)
>>> "&lt;b&gt;Bold&lt;/b&gt; Watch" in page and "<b>Bold</b>" not in page
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from discrepancy._estimate_html import ESTIMATE_STYLE, estimates_section
from discrepancy._timeline import Timeline, describe, labelled, printable, spec, timelines
from discrepancy.claim import Claim
from discrepancy.discrepancies import Discrepancy
from discrepancy.errors import UsageError
from discrepancy.metrics import MetricRegistry
from discrepancy.render import _headline as headline
from discrepancy.report import Report
from discrepancy.wording import english

__all__ = ["charts_available", "render_chart", "to_html"]

EXCERPT_CHARS = 320
"""Evidence excerpts longer than this are cut, with an ellipsis."""

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = """
:root { --fg: #111827; --muted: #4b5563; --line: #d1d5db; --high: #b91c1c; --medium: #b45309;
  --low: #1d4ed8; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; color: var(--fg); background: #fff; line-height: 1.45; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 0 0 0.4rem; }
.headline { font-size: 1.1rem; }
.meta, .note { color: var(--muted); font-size: 0.9rem; }
.discrepancy { border-left: 5px solid var(--line); padding: 0.5rem 0 0.5rem 0.9rem;
  margin: 1.2rem 0; break-inside: avoid; }
.severity-high { border-color: var(--high); }
.severity-medium { border-color: var(--medium); }
.severity-low { border-color: var(--low); }
.badge { display: inline-block; font-size: 0.75rem; font-weight: 700; letter-spacing: 0.04em;
  text-transform: uppercase; color: #fff; border-radius: 3px; padding: 0.05rem 0.4rem;
  margin-right: 0.4rem; vertical-align: 0.1em; }
.severity-high .badge { background: var(--high); }
.severity-medium .badge { background: var(--medium); }
.severity-low .badge { background: var(--low); }
.summary { font-size: 1.02rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.88rem; margin: 0.4rem 0; min-width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 0.25rem 0.5rem;
  border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: #f3f4f6; }
td.value { white-space: nowrap; }
blockquote { margin: 0.2rem 0 0; padding-left: 0.6rem; border-left: 3px solid var(--line);
  color: var(--muted); font-size: 0.85rem; }
figure { margin: 1rem 0 2rem; break-inside: avoid; }
figure .chart { overflow-x: auto; }
figure .chart svg { width: 100%; min-width: 34rem; height: auto; display: block; }
figcaption { font-weight: 600; margin-bottom: 0.3rem; }
code { font-size: 0.85em; }
nav ol { padding-left: 1.4rem; }
@media (max-width: 40rem) { main { padding: 0.6rem; } h1 { font-size: 1.35rem; }
  th, td { padding: 0.2rem 0.3rem; } }
@media print { nav { display: none; } main { max-width: none; padding: 0; }
  figure .chart svg { min-width: 0; }
  a { color: inherit; text-decoration: none; } h2 { break-after: avoid; } }
"""


def charts_available() -> bool:
    """Whether ``vl-convert-python`` (the ``html`` extra) is installed to draw the charts."""
    try:
        import vl_convert  # noqa: F401
    except ImportError:
        return False
    return True


def render_chart(timeline: Timeline, highlighted: Collection[str] = ()) -> str:
    """The timeline chart as SVG text (needs the ``html`` extra).

    Raises:
        UsageError: ``vl-convert-python`` is not installed.
    """
    return _svg(spec(timeline, highlighted))


def _svg(chart: dict[str, Any]) -> str:
    try:
        import vl_convert
    except ImportError:
        raise UsageError(
            "drawing charts needs vl-convert-python: pip install 'discrepancy[html]'"
        ) from None
    svg: str = vl_convert.vegalite_to_svg(chart)
    return svg


def _e(text: object) -> str:
    return escape(printable(str(text)), quote=True)


class _Documents:
    """The evidence documents at hand: a mapping, or a folder read on demand.

    A name that would leave the folder (``../x``) is simply not at hand.
    """

    def __init__(self, source: Path | str | Mapping[str, str] | None) -> None:
        self._texts: dict[str, str | None] = {}
        self._root: Path | None = None
        if isinstance(source, Mapping):
            self._texts.update(source)
        elif source is not None:
            self._root = Path(source).resolve()

    def get(self, name: str) -> str | None:
        if name in self._texts or self._root is None:
            return self._texts.get(name)
        path = (self._root / name).resolve()
        text = None
        if path.is_relative_to(self._root) and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
        self._texts[name] = text
        return text


def _excerpt(claim: Claim, documents: _Documents) -> str:
    ev = claim.evidence
    text = documents.get(ev.doc) if ev is not None else None
    if ev is None or text is None:
        return ""
    if ev.sha256 is not None:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest != ev.sha256:
            return (
                '<p class="note">The document at hand differs from the one this claim was '
                "taken from (sha256), so no excerpt is shown.</p>"
            )
    if ev.end > len(text):
        return ""
    piece = " ".join(text[ev.start : ev.end].split())
    if len(piece) > EXCERPT_CHARS:
        piece = piece[: EXCERPT_CHARS - 1].rstrip() + "…"
    return f"<blockquote>{_e(piece)}</blockquote>" if piece else ""


def _claim_rows(claims: Iterable[Claim], documents: _Documents) -> list[str]:
    rows = []
    for c in claims:
        outlet = c.outlet.display if c.outlet is not None else ""
        when = english.when_claim(c) or "undated"
        rows.append(
            "<tr>"
            f"<td>{_e(c.who)}{_excerpt(c, documents)}</td>"
            f'<td class="value">{_e(c.quantity)}</td>'
            f"<td>{_e(c.status.value.replace('_', ' '))}</td>"
            f"<td>{_e(when)}</td>"
            f"<td>{_e(outlet)}</td>"
            f"<td><code>{_e(c.id)}</code></td>"
            "</tr>"
        )
    return rows


def _claims_table(claims: Iterable[Claim], documents: _Documents) -> str:
    head = (
        "<tr><th>claimant</th><th>value as written</th><th>status</th><th>when</th>"
        "<th>outlet</th><th>claim</th></tr>"
    )
    body = "".join(_claim_rows(claims, documents))
    return f'<div class="scroll"><table><thead>{head}</thead><tbody>{body}</tbody></table></div>'


def _discrepancy(
    d: Discrepancy,
    by_id: Mapping[str, Claim],
    documents: _Documents,
    charts: list[tuple[str, str]],
) -> str:
    kind = d.kind.value.replace("_", " ")
    claims = [by_id[cid] for cid in d.claims if cid in by_id]
    see = ""
    if charts:
        links = ", ".join(f'<a href="#{_e(key)}">{_e(title)}</a>' for key, title in charts)
        see = f'<p class="note">On the timeline: {links}.</p>'
    return (
        f'<article class="discrepancy severity-{_e(d.severity.value)}" id="{_e(d.id)}">'
        f'<h3><span class="badge">{_e(d.severity.value)}</span>{_e(kind.capitalize())}</h3>'
        f'<p class="summary">{_e(d.summary)}</p>'
        f"{_claims_table(claims, documents)}{see}"
        f'<p class="meta">Discrepancy <code>{_e(d.id)}</code></p>'
        "</article>"
    )


def _figure(timeline: Timeline, highlighted: Collection[str], charts: bool) -> str:
    """A timeline's chart, its alt text and legend, and a table of its claims (no excerpts:
    the discrepancies above quote them)."""
    alt = describe(timeline)
    n = len(timeline.claims)
    legend = (
        "Bars are intervals, arrows open upper bounds, dots exact counts; bold labels mark the "
        "claims of a discrepancy."
    )
    if charts:
        chart_spec = spec(timeline, highlighted)
        chart = f'<div class="chart" role="img" aria-label="{_e(alt)}">'
        chart += _svg(chart_spec) + "</div>"
        shown = labelled(chart_spec)
        if shown < n:
            legend += f" {shown} of the {n} claims are labelled (no room for more)."
    else:
        chart = (
            '<p class="note">The chart is not drawn: it needs vl-convert-python '
            "(<code>pip install 'discrepancy[html]'</code>).</p>"
        )
    return (
        f'<figure id="{_e(timeline.key)}" data-claims="{n}">'
        f"<figcaption>{_e(timeline.title)}</figcaption>{chart}"
        f'<p class="note">{_e(alt)} {_e(legend)}</p>'
        f"<details><summary>The {n} claims</summary>"
        f"{_claims_table(timeline.claims, _Documents(None))}</details>"
        "</figure>"
    )


def to_html(
    report: Report,
    *,
    charts: bool = True,
    documents: Path | str | Mapping[str, str] | None = None,
    metrics: MetricRegistry | None = None,
    title: str = "Discrepancy report",
) -> str:
    """The report as one self-contained HTML page.

    Args:
        report: what [`discrepancy.check()`][discrepancy.check.check] found.
        charts: draw a timeline chart per quantity (needs the ``html`` extra).
        documents: where the claims' evidence documents are: a folder, or a mapping from
            document name to its text. Where a claim's document is at hand, its evidence
            excerpt is shown under the claim.
        metrics: the metric registry, for the metrics' names (default: the built-in one).
        title: the page's title and heading.

    Raises:
        UsageError: ``charts`` is true and ``vl-convert-python`` is not installed.
    """
    if charts and not charts_available():
        raise UsageError(
            "the HTML charts need vl-convert-python: pip install 'discrepancy[html]' "
            "(or leave the charts out)"
        )
    docs = _Documents(documents)
    by_id = {c.id: c for c in report.claims}
    highlighted = {cid for d in report.discrepancies for cid in d.claims}
    lines = timelines(report.claims, metrics=metrics)
    on_chart: dict[str, list[tuple[str, str]]] = {}
    for t in lines:
        for c in t.claims:
            on_chart.setdefault(c.id, []).append((t.key, t.title))
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        f'<meta name="generator" content="{_e(report.generator)}">',
        f"<title>{_e(title)}: {_e(headline(report))}</title>",
        f"<style>{_STYLE}{ESTIMATE_STYLE if report.estimates is not None else ''}</style>",
        "</head>",
        "<body>",
        "<main>",
        f'<header><h1>{_e(title)}</h1><p class="headline">{_e(headline(report))}.</p>',
        f'<p class="meta">Written by {_e(report.generator)}; JSON schema version '
        f"{_e(report.schema_version)}. This page loads nothing from the network.</p></header>",
    ]
    if report.discrepancies:
        out.append('<nav aria-label="Contents"><ol>')
        out += [
            f'<li><a href="#{_e(d.id)}">{_e(d.kind.value.replace("_", " "))}</a> '
            f"({_e(d.severity.value)})</li>"
            for d in report.discrepancies
        ]
        out.append("</ol></nav>")
    out.append('<section id="discrepancies"><h2>Discrepancies</h2>')
    if not report.discrepancies:
        out.append("<p>No discrepancies: the claims agree with each other.</p>")
    for d in report.discrepancies:
        charts_of = sorted({pair for cid in d.claims for pair in on_chart.get(cid, ())})
        out.append(_discrepancy(d, by_id, docs, charts_of))
    out.append("</section>")
    out.append(estimates_section(report.estimates, report.sources, _e))
    out.append(_timelines_section(report, lines, highlighted, charts))
    if report.errors:
        out.append('<section id="errors"><h2>Records that could not be read</h2><ul>')
        out += [f"<li>{_e(e)}</li>" for e in report.errors]
        out.append("</ul></section>")
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


def _timelines_section(
    report: Report, lines: list[Timeline], highlighted: Collection[str], charts: bool
) -> str:
    out = ['<section id="timelines"><h2>Timelines</h2>']
    undated = sum(1 for c in report.claims if c.period is None)
    parts = sum(1 for c in report.claims if c.part_of is not None)
    notes = []
    if undated:
        notes.append(f"{undated} claim{'s have' if undated > 1 else ' has'} no date")
    if parts:
        notes.append(f"{parts} claim{'s count' if parts > 1 else ' counts'} a part of a whole")
    intro = (
        "One chart per quantity with more than one claim: the claims of one metric about one "
        "place, by date (claims months apart get charts of their own)."
    )
    if notes:
        intro += f" Not drawn: {english.join(notes)}."
    out.append(f'<p class="note">{_e(intro)}</p>')
    if not lines:
        out.append("<p>No quantity has more than one dated claim.</p>")
    out += [_figure(t, highlighted, charts) for t in lines]
    out.append("</section>")
    return "".join(out)
