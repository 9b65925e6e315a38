"""Revisions stage, second part: a figure its clause gives as revised ("the ministry
revised the toll down to 42,000", "the updated release: 63 percent") replaces its source's
last figure of the same quantity. Moved out of `discrepancy.extraction.claims` in round 12;
`discrepancy.extraction.revision` reads the earlier-figure cues.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from discrepancy.extraction.partial_day import day_metric, day_text
from discrepancy.extraction.revision import GENERIC_NOUNS, same_noun

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft

__all__ = ["REVISED_AT_MOST", "revised_links", "revised_scopes"]


def revised_links(
    drafts: list[Draft], published: dt.date | None, candidates: int, window: int
) -> None:
    """A figure a revising verb governs with no earlier figure in its sentence ("the
    ministry revised the toll down to 42,000") supersedes its source's last figure of the
    same metric and unit, within ``window`` sentences (among ``candidates`` drafts back),
    that it differs from, unless its text dates it before that figure (`_predates`).

    Round 12: a figure its text gives up to an hour of its day ("58 percent at 6 PM",
    `partial_day`) is replaced by the same source's figure the text calls revised or new
    ("the updated release: 63 percent"): the cue says it was an earlier version, so it
    takes the new figure's metric and the two meet as a revision."""
    for k, d in enumerate(drafts):
        if not d.revises or d.supersedes_draft is not None:
            continue
        keys = {c.key for c in d.claimants}
        for w in range(k - 1, max(k - candidates, 0) - 1, -1):
            old = drafts[w]
            if d.sentence - old.sentence > window:
                break
            if day_metric(old.metric) != d.metric or old.quantity.unit != d.quantity.unit:
                continue
            if keys != {c.key for c in old.claimants}:
                continue
            if old.subset or old.part_of_draft is not None or not same_noun(old, d):
                continue  # round 9: "30 pupils" never revised to "25 fighters"
            if _predates(d, old, published):
                break  # "en 2017 subió la cifra a 1,3 millones": another year's event
            if _revisable(old, d) and (
                not old.quantity.interval.overlaps(d.quantity.interval)
                or (old.earlier and old.quantity.interval != d.quantity.interval)
            ):  # round 9: "an initial inquiry found up to 50 … the new report: under 25"
                d.supersedes_draft = w
                old.metric, old.metric_text = d.metric, day_text(old.metric_text)
            break
        if d.supersedes_draft is None:
            _explicit_pair(drafts, k, candidates, window)


def _predates(new: Draft, old: Draft, published: dt.date | None) -> bool:
    """Whether the text dates ``new`` to a period that ends before ``old`` begins (``old``
    with no date is the publication's): a figure for an earlier event ("last year the
    police raised the figure to 1.8 million") does not revise this one's count."""
    if not new.dated or new.copied or new.as_of is None:
        return False
    if old.as_of is not None and old.dated:
        begins = old.as_of.start if old.as_of.start is not None else old.as_of.end
        return new.as_of.end < begins
    day = old.as_of.end if old.as_of is not None else published
    return day is not None and new.as_of.end < day - dt.timedelta(days=_FEW_DAYS)


_FEW_DAYS = 3
"""A figure dated up to this many days before the publication may still be today's revision
of an undated figure ("on Friday the toll was raised to 45")."""


def _explicit_pair(drafts: list[Draft], k: int, candidates: int, window: int) -> None:
    """Round 9: a new finding ("the new report finds that under 25 fighters died") replaces
    the nearest earlier finding of the same noun marked as such ("an initial inquiry found
    that up to 50 fighters …"), whoever the new clause was read to quote: the body that gave
    the earlier finding revised it."""
    d = drafts[k]
    noun = [w for w in d.metric_text.lower().split() if w.isalpha()]
    if not noun or noun[-1] in GENERIC_NOUNS:
        return
    for w in range(k - 1, max(k - candidates, 0) - 1, -1):
        old = drafts[w]
        if d.sentence - old.sentence > window:
            return
        if not old.earlier or old.denied or not old.claimants or old.metric != d.metric:
            continue
        words = [x for x in old.metric_text.lower().split() if x.isalpha()]
        if not words or words[-1] != noun[-1] or old.quantity.unit != d.quantity.unit:
            continue
        if old.quantity.interval != d.quantity.interval and _revisable(old, d):
            d.supersedes_draft = w
            d.claimants = old.claimants
        return


def revised_scopes(drafts: list[Draft]) -> None:
    """A revision counts the quantity of the figure it supersedes, so its place (h-where):
    where the revision has no place of its own, or only a default (the text's country or
    dateline: "After saying at least 80 Kentuckians had died, the governor revised that
    number to 64"), it takes the place the text ties to the earlier figure. Never the other
    way: a later figure with a place of its own may be a part ("la Junta cifró el 20%; los
    sindicatos, en Teruel, lo elevaron al 61%"), not the whole's place."""
    for d in drafts:
        w = d.supersedes_draft
        if w is None:
            continue
        old = drafts[w]
        if (d.scope is None or d.scope_default) and old.scope is not None and not old.scope_default:
            d.scope, d.sub_scope, d.scope_default = old.scope, old.sub_scope, False


REVISED_AT_MOST = 5.0
"""How many times a body's last figure a revision of it may be at most, either way: one
further apart is another quantity (a part, an amount corrected, another place: "about 1,000
deaths wrongly ascribed … the revised data show 5,987"), not the same count revised."""


def _revisable(old: Draft, new: Draft) -> bool:
    """Whether ``new`` is near enough ``old`` to be its revision (`REVISED_AT_MOST`)."""
    a, b = old.quantity.interval, new.quantity.interval
    low, high = min(a.high, b.high), max(a.low, b.low)
    return low > 0 and high <= REVISED_AT_MOST * low
