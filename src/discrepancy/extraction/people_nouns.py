"""Figures whose noun the metric tables do not list as people, that still count people
(round 8).

`discrepancy.extraction.counted.read_metric` gives a noun it does not know the kind
``"other"``, and such a figure is no claim. Two classes are read back here, each from the
figure's own clause (bounded windows; words in the per-language tables, same names in both):

* documents issued or listed for the dead ("320 burial permits had been issued", "570 names
  on death lists", "140 certificados de defunción"): a noun of `ISSUED_DOCUMENTS` qualified
  by a word of `DOCUMENT_OF_THE_DEAD` counts deaths; unqualified ("300 parking permits") it
  counts documents;
* ballots where the sentence says they were cast ("people cast ballots, including 6 million
  absentee ballots"): votes (`BALLOT_NOUNS`, `CAST_WORDS`);
* an unlisted noun with an ending of nouns of people (`PERSON_SUFFIXES`: "psychologists",
  "defensores") whose clause has an event of people ("were killed", "participated",
  "fueron asesinados"): the event's metric.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.indexes import EventIndex
from discrepancy.extraction.sentences import Tok

__all__ = ["may_stand_for_people", "stands_for_people"]

_DOCUMENTS = tables_en.ISSUED_DOCUMENTS | tables_es.ISSUED_DOCUMENTS
_OF_THE_DEAD = tables_en.DOCUMENT_OF_THE_DEAD | tables_es.DOCUMENT_OF_THE_DEAD
_BALLOTS = tables_en.BALLOT_NOUNS | tables_es.BALLOT_NOUNS
_CAST = tables_en.CAST_WORDS | tables_es.CAST_WORDS
_CAST_REACH = 12
"""At most this many words either side of a ballot count where its casting verb stands."""
VOTES = "votes"
_SUFFIXES = tables_en.PERSON_SUFFIXES + tables_es.PERSON_SUFFIXES
_NOT_PEOPLE = tables_en.NOT_PEOPLE | tables_es.NOT_PEOPLE
_DOCUMENT_REACH = 3
"""At most this many words between a figure and its document noun ("320 burial permits")."""
_QUALIFIER_REACH = 3
"""At most this many words after the document noun where its qualifier may stand ("names on
death lists", "certificados de defunción")."""
DEATHS = "deaths"


_DOCUMENT_HEADS = _DOCUMENTS | _BALLOTS


def may_stand_for_people(norms: Sequence[str], last: int, head: int) -> bool:
    """A cheap first look: a document or ballot noun just after the figure, or a noun with
    an ending of nouns of people; only then is the figure's clause read."""
    if not _DOCUMENT_HEADS.isdisjoint(norms[last : last + _DOCUMENT_REACH + 2]):
        return True
    return last <= head < len(norms) and norms[head].endswith(_SUFFIXES)


def stands_for_people(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    last: int,
    head: int,
    lo: int,
    hi: int,
    events: EventIndex | None,
) -> str | None:
    """The metric of a figure (tokens ``first:last``, its noun at ``head``, its clause
    ``lo:hi``) whose noun is not listed as people, or ``None`` when it counts no people."""
    found = _document_of_the_dead(toks, norms, last, hi)
    if found:
        return DEATHS
    if _cast_ballots(toks, norms, first, last):
        return VOTES
    if head >= len(norms) or head < last:
        return None
    noun = norms[head]
    if noun in _NOT_PEOPLE or not noun.endswith(_SUFFIXES) or events is None:
        return None
    event = events.nearest(lo, hi, first, (first, head + 1))
    return event[0] if event is not None else None


def _document_of_the_dead(toks: Sequence[Tok], norms: Sequence[str], last: int, hi: int) -> bool:
    """A document noun just after the figure with a word of the dead beside it."""
    stop = min(hi, len(norms))
    for k in range(last, min(last + _DOCUMENT_REACH, stop)):
        if toks[k].kind not in ("w", "x"):
            return False
        if norms[k] in _DOCUMENTS:
            window = norms[last : min(k + 1 + _QUALIFIER_REACH, stop)]
            return not _OF_THE_DEAD.isdisjoint(window)
    return False


def _cast_ballots(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> bool:
    """A ballot noun a few words after the figure ("6 million absentee and provisional
    ballots") and a casting word near it in the sentence ("people cast ballots, including")."""
    stop = min(last + _DOCUMENT_REACH + 2, len(norms))
    for k in range(last, stop):
        if toks[k].kind not in ("w", "x"):
            return False
        if norms[k] in _BALLOTS:
            window = norms[max(first - _CAST_REACH, 0) : min(k + _CAST_REACH, len(norms))]
            return not _CAST.isdisjoint(window)
    return False
