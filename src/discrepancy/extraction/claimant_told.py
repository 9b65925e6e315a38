"""Session 13 (h-who-es): who tells a figure after it, where the sentence's subject does not.

"y no 2.800, como lo afirmaron varias ONG" (a "como" clause right after a figure:
`as_said`); "Salvamento rescató a 98 …, según informó el 112" (the subject only did the act:
`told_later`); "“El Gobierno dice que 200 …, pero hay 11 …”, agregó Solís" (a quote that
reports a third party: `quoted_third_party`). `claimant_clauses.per_number` asks these for
each figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant import Attribution
from discrepancy.extraction.claimant_choice import INNER_KINDS
from discrepancy.extraction.context import Context

__all__ = ["AGENT_VERBS", "as_said", "as_said_follows", "quoted_third_party", "told_later"]

AGENT_VERBS = tables_en.AGENT_VERBS | tables_es.AGENT_VERBS
"""Verbs of an act whose subject gives its figure only when no source tells it after."""
_AS_SAID = tables_en.AS_SAID_OPENERS | tables_es.AS_SAID_OPENERS
_AS_SAID_GAP = 4
"""Session 13: how many tokens (its noun, a comma) may stand between a figure and the "como"
that opens its source."""


def as_said(
    norms: Sequence[str], found: Sequence[Attribution], last: int, starts: Sequence[int]
) -> Attribution | None:
    """Session 13 (h-who-es): "79 secuestrados y no 2.800 como lo afirmaron varias ONG", "35
    detenidos, como informó la Fiscalía": the source a "como" clause names right after the
    figure (`_AS_SAID_GAP` tokens at most, no other figure between) is that figure's, before
    the sentence's subject, which speaks for the figures before it."""
    for a in found:
        if a.verb != "according" or norms[a.at] not in _AS_SAID:
            continue
        if last <= a.at <= last + _AS_SAID_GAP and not any(last <= s < a.at for s in starts):
            return a
    return None


_REPORTED_SAY = tables_en.REPORTED_SAY | tables_es.REPORTED_SAY


def quoted_third_party(ctx: Context, i: int, att: Attribution | None) -> bool:
    """Session 13: the sentence's source is a third party a quote reports on ("“El Gobierno
    dice que …"), its verb inside the quote (`claimant.find_attribution`)."""
    if att is None or att.verb not in _REPORTED_SAY or att.at < 0:
        return False
    view = ctx.view(i)
    at = view.toks[att.at].start
    return any(a <= at < b for a, b in ctx.sentence_quotes(i))


def told_later(
    norms: Sequence[str], found: Sequence[Attribution], first: int
) -> Attribution | None:
    """Session 13 (h-who-es): the first "según X" after the figure at ``first`` names who
    gives a figure whose clause's subject only did the act ("Salvamento rescató cinco pateras
    con 503 personas, …, según reportó el 112"; "rescató a 98 …, y a 31 …, según informó X":
    both X's)."""
    return next(
        (
            a
            for a in found
            if a.at > first
            and a.verb == "according"
            and a.kind in INNER_KINDS
            and norms[a.at] not in _AS_SAID  # "y no a 150, como informó X": the 150's only
        ),
        None,
    )


_AS_SAID_SKIP = tables_en.AS_SAID_SKIP | tables_es.AS_SAID_SKIP


def as_said_follows(norms: Sequence[str], last: int, say_verbs: frozenset[str]) -> bool:
    """Whether a "como (lo) VERB" source opens right after the figure ending at ``last``
    ("y no 2.800 como lo afirmaron varias ONG"): that figure is the other source's current
    one, set against the speaker's, not an earlier figure the speaker replaced."""
    for k in range(last, min(len(norms), last + _AS_SAID_GAP + 1)):
        if norms[k] in _AS_SAID:
            j = k + 1
            while j < len(norms) and norms[j] in _AS_SAID_SKIP:
                j += 1
            return j < len(norms) and norms[j] in say_verbs
    return False
