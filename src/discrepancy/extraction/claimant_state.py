"""What the pass over a document's sentences keeps for later sentences to refer back to: each
sentence's attribution (found when first asked for) and the sources, reports, people and
waves named so far.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

from discrepancy.extraction.claimant import Attribution
from discrepancy.extraction.claimant_names import Names
from discrepancy.extraction.claims import Draft, Wave
from discrepancy.orgs import OrgRef

__all__ = ["Attributions", "State"]


class Attributions:
    """The attribution of each sentence (``None``: none), found when first asked for: the
    pass looks a few sentences ahead (a quote's speaker, "a local group" named next)."""

    __slots__ = ("_find", "_found")

    def __init__(self, count: int, find: Callable[[int], Attribution | None]) -> None:
        self._find = find
        self._found: list[Attribution | bool | None] = [False] * count  # False: not yet

    def __len__(self) -> int:
        return len(self._found)

    def __getitem__(self, index: int) -> Attribution | None:
        found = self._found[index]
        if found is False:
            found = self._found[index] = self._find(index)
        assert found is not True
        return found


@attrs.define
class State:
    """What later sentences refer back to."""

    claimants: tuple[OrgRef, ...] = ()
    election: dt.date | None = None
    drafts: list[Draft] = attrs.field(factory=list)
    para_quote: dict[int, tuple[OrgRef, ...]] = attrs.field(factory=dict)
    waves: list[Wave] = attrs.field(factory=list)
    """Where the document says a wave began ("began freeing detainees on Jan. 8")."""
    people: dict[str, tuple[OrgRef, ...]] = attrs.field(factory=dict)
    """A titled person's surname → (office, person), for later mentions by surname."""
    report: tuple[OrgRef, ...] = ()
    """The body whose report the text is summarizing ("The report says … According to the
    document, …"), and the last sentence that went on with it."""
    report_at: int = -1
    spoke: dict[int, tuple[bool, tuple[OrgRef, ...]]] = attrs.field(factory=dict)
    """Round 12: for each sentence whose named or governmental source was read, whether it
    was named (a person or a body by name, not "officials") and its claimants: what "he" or
    "she" refers back to."""
    body: tuple[OrgRef, ...] = ()
    """g-who: the last body a sentence gave as its source, named, governmental or definite
    ("the disaster agency"): what "it" refers back to."""
    group: tuple[OrgRef, ...] = ()
    """h-who-en: the source of the last sentence that spoke, when a plural group of people
    ("officials and defence lawyers", "residents"); empty once a named or governmental
    source speaks after it: what "they" refers back to."""
    _names: list[Names] = attrs.field(factory=list)

    def names(self, text: str) -> Names:
        """The capitalised names of the document (read once, on first use)."""
        if not self._names:
            self._names.append(Names(text))
        return self._names[0]
