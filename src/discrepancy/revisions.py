"""Revisions: a claimant's later count that replaces its earlier one is not a contradiction."""

from __future__ import annotations

import attrs

from discrepancy.quantity import Interval

__all__ = ["Revision"]


@attrs.frozen(kw_only=True)
class Revision:
    """A claimant's newer count of a quantity that replaces an older one.

    Attributes:
        claim: the newer claim's id (the revision is reported on it).
        revises: the older claim's id.
        claimant: who revised its count.
        before, after: the two counts as intervals.
        explicit: the input said so (``supersedes``); otherwise the same claimant gave a
            different count of the same quantity at a later date.
        summary: one sentence ("Acme updated its count of deaths from 9 (on 2026-03-01)
            to 12 (on 2026-03-04).").
    """

    claim: str
    revises: str
    claimant: str
    before: Interval
    after: Interval
    explicit: bool
    summary: str
