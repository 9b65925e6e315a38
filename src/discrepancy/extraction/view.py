"""One sentence as the per-number rules see it: its tokens, their folded words, and the
indexes those rules search, each built once per sentence on first use.

A sentence holds up to `MAX_SENTENCE` characters and
perhaps dozens of numbers; with these indexes, the work per number does not grow with the
sentence.
"""

from __future__ import annotations

from discrepancy.extraction.indexes import ClauseIndex, EventIndex
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.status import StatusIndex
from discrepancy.extraction.where import scope_cues

__all__ = ["View"]


class View:
    """Sentence ``index``: ``toks``, ``norms`` (the folded words) and lazy indexes."""

    __slots__ = (
        "_clauses",
        "_events",
        "_persons",
        "_scope",
        "_status",
        "index",
        "lex",
        "norms",
        "toks",
    )

    def __init__(self, index: int, toks: list[Tok], lex: Lexicon) -> None:
        self.index = index
        self.toks = toks
        self.norms = [t.norm for t in toks]
        self.lex = lex
        self._clauses: ClauseIndex | None = None
        self._events: EventIndex | None = None
        self._status: StatusIndex | None = None
        self._persons: list[int] | None = None
        self._scope: list[int] | None = None

    @property
    def clauses(self) -> ClauseIndex:
        if self._clauses is None:
            self._clauses = ClauseIndex.build(self.norms, self.lex)
        return self._clauses

    @property
    def events(self) -> EventIndex:
        if self._events is None:
            self._events = EventIndex.build(self.norms, self.lex)
        return self._events

    @property
    def status(self) -> StatusIndex:
        if self._status is None:
            self._status = StatusIndex.build(self.norms, self.lex)
        return self._status

    @property
    def persons(self) -> list[int]:
        """The tokens that are person nouns ("people", "detenidos")."""
        if self._persons is None:
            nouns = self.lex.person_nouns
            self._persons = [k for k, w in enumerate(self.norms) if w in nouns]
        return self._persons

    @property
    def scope_cues(self) -> list[int]:
        if self._scope is None:
            self._scope = scope_cues(self.norms)
        return self._scope
