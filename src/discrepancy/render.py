"""Reports for people: Markdown (to paste) and plain text (for the terminal). No colour.

Every piece of a report that came from input (ids, claimants, values, summaries that quote
them, error lines) goes through `discrepancy._escape.markdown()` or
`discrepancy._escape.terminal()`: a claimant named ``<script>`` or ``\x1b]0;…`` is shown
as text, never run. Sections added to reports later use the same two functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from discrepancy._escape import markdown as md
from discrepancy._escape import terminal
from discrepancy._estimate_rows import Row, VoteRow, row_of
from discrepancy.claim import Claim
from discrepancy.discrepancies import Discrepancy
from discrepancy.estimate import Estimate, LazyEstimates, LeftOut
from discrepancy.report import Report
from discrepancy.wording import english

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
            cells = [md(cid), md(c.who), md(_value(c)), c.status.value, english.when_claim(c)]
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
    out += _estimates_markdown(report)
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
                f"({c.status.value}, {english.when_claim(c) or 'undated'})"
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
    out += _estimates_text(report)
    if report.errors:
        out.append("Invalid records:")
        out += [f"  {terminal(str(e))}" for e in report.errors]
        out.append("")
    return "\n".join(out)


# --- estimates (check --estimates) ------------------------------------------------------------


def _vote(v: VoteRow, names: dict[str, str], escape: Callable[[str], str]) -> str:
    claimants, claims, interval, weight, agrees = v
    who = " and ".join(names.get(k, k) for k in claimants) or "an unnamed source"
    return (
        f"{escape(who)}: {english.interval(interval)} ({escape(', '.join(claims))}; "
        f"weight {weight:g}, {'agrees' if agrees else 'apart'})"
    )


def _rows(estimates: Sequence[Estimate]) -> Iterator[Row]:
    """The estimates as rows (`discrepancy._estimate_rows`): ``check``'s are read so, with
    no object made; others (a report read back) are turned into rows."""
    if isinstance(estimates, LazyEstimates):
        return estimates.rows()
    return map(row_of, estimates)


def _names(report: Report) -> dict[str, str]:
    return {s.claimant: s.name for s in report.sources or ()}


def _left_out(left_out: tuple[LeftOut, ...], escape: Callable[[str], str]) -> list[str]:
    return [
        f"{escape(x.claim)}: {x.reason.value}" + (f" (by {escape(x.by)})" if x.by else "")
        for x in left_out
    ]


def _estimates_markdown(report: Report) -> list[str]:
    if report.estimates is None:
        return []
    names = _names(report)
    out = ["## Estimates", ""]
    if not report.estimates:
        out += ["No quantity is described by more than one claim.", ""]
    for n, e in enumerate(_rows(report.estimates), start=1):
        out += [f"{n}. {md(e[14])} `{e[0]}`"]
        out += [f"    - {_vote(v, names, md)}" for v in e[12]]
        out += [f"    - not counted: {x}" for x in _left_out(e[13], md)]
    out.append("")
    if report.sources:
        out += [
            "## Sources",
            "",
            "| source | claims | judged | agreed | weight |",
            "|---|---:|---:|---:|---:|",
        ]
        for s in report.sources:
            weight = f"{s.weight:g}" + (" (capped)" if s.capped else "")
            cells = [md(s.name), str(s.claims), str(s.judged), str(s.agreed), weight]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    return out


def _estimates_text(report: Report) -> list[str]:
    if report.estimates is None:
        return []
    names = _names(report)
    out = [f"Estimates ({len(report.estimates)} quantities):", ""]
    for n, e in enumerate(_rows(report.estimates), start=1):
        out += [f"{n}. {e[0]}", f"   {terminal(e[14])}"]
        out += [f"     - {_vote(v, names, terminal)}" for v in e[12]]
        out += [f"     - not counted: {x}" for x in _left_out(e[13], terminal)]
        out.append("")
    if report.sources:
        out.append("Sources (claims, judged, agreed, weight):")
        for s in report.sources:
            capped = " (capped)" if s.capped else ""
            out.append(
                f"  {terminal(s.name)}: {s.claims}, {s.judged}, {s.agreed}, {s.weight:g}{capped}"
            )
        out.append("")
    return out
