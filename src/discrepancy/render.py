"""Reports for people: Markdown (to paste) and plain text (for the terminal). No colour.

Every piece of a report that came from input (ids, claimants, values, summaries that quote
them, error lines) goes through :func:`discrepancy._escape.markdown` or
:func:`discrepancy._escape.terminal`: a claimant named ``<script>`` or ``\x1b]0;…`` is shown
as text, never run. Sections added to reports later use the same two functions.
"""

from __future__ import annotations

from collections.abc import Callable

from discrepancy import phrases
from discrepancy._escape import markdown as md
from discrepancy._escape import terminal
from discrepancy.claim import Claim
from discrepancy.discrepancies import Discrepancy
from discrepancy.report import Report

__all__ = ["markdown", "text"]


def _value(claim: Claim) -> str:
    q = claim.quantity
    return q.surface or q.format()


def _source(claim: Claim, escape: Callable[[str], str]) -> str:
    bits = []
    if claim.outlet is not None:
        bits.append(escape(claim.outlet.display))
    if claim.evidence is not None:
        ev = claim.evidence
        bits.append(f"{escape(ev.doc)} [{ev.start}:{ev.end}]")
    return ", ".join(bits)


def _headline(report: Report) -> str:
    n = len(report.discrepancies)
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.counts().items())
    claims = len(report.claims)
    line = f"{n} discrepanc{'y' if n == 1 else 'ies'} in {claims} claim{'' if claims == 1 else 's'}"
    if counts:
        line += f" ({counts})"
    if report.errors:
        line += f"; {len(report.errors)} invalid record{'s' if len(report.errors) > 1 else ''}"
    return line


def markdown(report: Report) -> str:
    """A Markdown document: one section per discrepancy with a table of its claims."""
    by_id = {c.id: c for c in report.claims}
    out = ["# Discrepancy report", "", _headline(report) + ".", ""]
    for n, d in enumerate(report.discrepancies, start=1):
        heading = f"## {n}. {d.kind.value.replace('_', ' ')} ({d.severity.value})"
        out += [heading, "", md(d.summary), ""]
        out += [
            "| claim | claimant | value | status | as of | source |",
            "|---|---|---|---|---|---|",
        ]
        for cid in d.claims:
            c = by_id.get(cid)
            if c is None:
                continue
            cells = [md(cid), md(c.who), md(_value(c)), c.status.value, phrases.when_claim(c)]
            out.append("| " + " | ".join([*cells, _source(c, md)]) + " |")
        out.append("")
    if report.revisions:
        out += ["## Revisions", ""]
        out += [
            f"- {md(r.claim)} (replaces {md(r.revises)}): {md(r.summary)}" for r in report.revisions
        ]
        out.append("")
    if report.notes:
        out += ["## Notes", ""]
        out += [f"- {md(n.message)}" for n in report.notes]
        out.append("")
    if report.errors:
        out += ["## Invalid records", ""]
        out += [f"- {md(str(e))}" for e in report.errors]
        out.append("")
    return "\n".join(out)


def _text_item(n: int, d: Discrepancy, by_id: dict[str, Claim]) -> list[str]:
    lines = [
        f"{n}. [{d.severity.value.upper()}] {d.kind.value}  {terminal(d.id)}",
        f"   {terminal(d.summary)}",
    ]
    for cid in d.claims:
        c = by_id.get(cid)
        if c is not None:
            lines.append(
                f"     - {terminal(cid)}: {terminal(c.who)}: {terminal(_value(c))} "
                f"({c.status.value}, {phrases.when_claim(c) or 'undated'})"
            )
    return lines


def text(report: Report) -> str:
    """Plain text for a terminal: the headline, then each discrepancy and its claims."""
    by_id = {c.id: c for c in report.claims}
    out = [_headline(report), ""]
    for n, d in enumerate(report.discrepancies, start=1):
        out += [*_text_item(n, d, by_id), ""]
    if report.revisions:
        out.append("Revisions:")
        out += [
            f"  {terminal(r.claim)} (replaces {terminal(r.revises)}): {terminal(r.summary)}"
            for r in report.revisions
        ]
        out.append("")
    if report.notes:
        out.append("Notes:")
        out += [f"  - {terminal(n.message)}" for n in report.notes]
        out.append("")
    if report.errors:
        out.append("Invalid records:")
        out += [f"  {terminal(str(e))}" for e in report.errors]
        out.append("")
    return "\n".join(out)
