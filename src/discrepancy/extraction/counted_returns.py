"""The displaced who went home or were resettled are counted as such (session 10, g-cases).

"4,500 refugees have returned to Burundi", "800 refugiados fueron reasentados en Canadá": the
noun names people displaced, the verb after it says what became of them. Read by the noun,
the returns (and resettlements) were a level of the displaced, set against the displaced of
the same place as a rival. The verb right after the noun (past auxiliaries and adverbs such
as "have", "were", "ya") decides: `DISPLACED_OUTCOME_VERBS` of the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["displaced_outcome"]

_OUTCOMES = {**tables_en.DISPLACED_OUTCOME_VERBS, **tables_es.DISPLACED_OUTCOME_VERBS}
_SKIP = tables_en.DISPLACED_OUTCOME_SKIP | tables_es.DISPLACED_OUTCOME_SKIP
_REACH = 4
"""At most this many words from the noun to its verb ("have since voluntarily returned")."""


def displaced_outcome(norms: Sequence[str], after: int) -> str | None:
    """The metric the verb right after a noun of displaced people gives them (``after`` is
    the token just past the noun): "returnees", "migrants" (resettled), else ``None``."""
    for j in range(after, min(after + _REACH, len(norms))):
        found = _OUTCOMES.get(norms[j])
        if found is not None:
            return found
        if norms[j] not in _SKIP:
            return None
    return None
