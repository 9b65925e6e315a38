"""Reports for people: Markdown (to paste) and plain text (for the terminal). No colour."""

from __future__ import annotations

from discrepancy import phrases
from discrepancy.claim import Claim
from discrepancy.discrepancies import Discrepancy
from discrepancy.report import Report

__all__ = ["markdown", "text"]


def _value(claim: Claim) -> str:
    q = claim.quantity
    return q.surface or q.format()


def _source(claim: Claim) -> str:
    bits = []
    if claim.outlet is not None:
        bits.append(claim.outlet.display)
    if claim.evidence is not None:
        bits.append(f"{claim.evidence.doc} [{claim.evidence.start}:{claim.evidence.end}]")
    return ", ".join(bits)


def _headline(report: Report) -> str:
    n = len(report.discrepancies)
    counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.counts().items())
    line = f"{n} discrepanc{'y' if n == 1 else 'ies'} in {len(report.claims)} claims"
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
        out += [f"## {n}. {d.kind.value.replace('_', ' ')} ({d.severity.value})", "", d.summary, ""]
        out += [
            "| claim | claimant | value | status | as of | source |",
            "|---|---|---|---|---|---|",
        ]
        for cid in d.claims:
            c = by_id.get(cid)
            if c is None:
                continue
            cells = [cid, c.who, _value(c), c.status.value, phrases.when_claim(c), _source(c)]
            out.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
        out.append("")
    if report.revisions:
        out += ["## Revisions", ""]
        out += [f"- {r.claim} (replaces {r.revises}): {r.summary}" for r in report.revisions]
        out.append("")
    if report.notes:
        out += ["## Notes", ""]
        out += [f"- {n.message}" for n in report.notes]
        out.append("")
    if report.errors:
        out += ["## Invalid records", ""]
        out += [f"- {e}" for e in report.errors]
        out.append("")
    return "\n".join(out)


def _text_item(n: int, d: Discrepancy, by_id: dict[str, Claim]) -> list[str]:
    lines = [f"{n}. [{d.severity.value.upper()}] {d.kind.value}  {d.id}", f"   {d.summary}"]
    for cid in d.claims:
        c = by_id.get(cid)
        if c is not None:
            lines.append(
                f"     - {cid}: {c.who}: {_value(c)} ({c.status.value}, "
                f"{phrases.when_claim(c) or 'undated'})"
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
        out += [f"  {r.claim} (replaces {r.revises}): {r.summary}" for r in report.revisions]
        out.append("")
    if report.notes:
        out.append("Notes:")
        out += [f"  - {n.message}" for n in report.notes]
        out.append("")
    if report.errors:
        out.append("Invalid records:")
        out += [f"  {e}" for e in report.errors]
        out.append("")
    return "\n".join(out)
