"""Who the claims of a text name: the readings the claimant tests compare."""

from __future__ import annotations

import datetime as dt

from discrepancy import extract

PUBLISHED = dt.date(2026, 3, 4)


def mentions(text: str) -> list[list[str]]:
    """Each claim's claimant mentions, in reading order."""
    return [[c.mention for c in claim.claimants] for claim in extract(text, published=PUBLISHED)]


def surfaces_and_mentions(text: str) -> list[tuple[str, list[str]]]:
    """(the number as written, its claimants' mentions) for each claim, in reading order."""
    return [
        (claim.quantity.surface, [c.mention for c in claim.claimants])
        for claim in extract(text, published=PUBLISHED)
    ]
