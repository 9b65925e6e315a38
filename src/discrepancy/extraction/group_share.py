"""Shares of a group whose clause says what the share did (round 9, audit5 P3).

A percentage or a fraction of a named group is a count of what its clause says the share
did, however the group is written between them ("roughly 81 percent of the 1,460 union
members did not report for their shifts", "some 12% of nurses at the county hospital failed to
show up", "el 30% de los docentes no acudió a las aulas"; "55 percent of all depot workers,
who belong to three unions, stayed home"):

* workers or members (`GROUP_WORKERS`) who stayed away from work (`ABSENT_FROM_WORK`) are
  strikers where a strike is named in the sentence or in the few sentences before it (a
  hospital's nurses off sick are not strikers);
* a citizenry or an electorate (`GROUP_VOTERS`) that went to vote is the turnout ("apenas un
  31 % del electorado votó").

A share whose group is written past a possessive or a number ("about half of the school's 800
students were missing") is read as its group would be (`whole_noun`), where a word of its
clause governs it. A count of workers that stayed away in a strike ("some 640 drivers did
not report") is strikers too, and so is a bare figure followed at once by a verb of staying
away ("between 140 and 150 stayed home during the walkout"). Everything
else is left to the metric stage. Each look is a bounded window of the figure's clause.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = [
    "STRIKERS",
    "STRIKE_WORDS",
    "WORKERS",
    "bare_absence",
    "group_share",
    "strike_participation",
    "whole_noun",
    "workers_absent",
]

WORKERS = tables_en.GROUP_WORKERS | tables_es.GROUP_WORKERS
"""Nouns of workers or members: their share that stayed away in a strike is strikers."""
_VOTERS = tables_en.GROUP_VOTERS | tables_es.GROUP_VOTERS
_ABSENT = tables_en.ABSENT_FROM_WORK + tables_es.ABSENT_FROM_WORK
_ABSENT_FIRSTS = frozenset(p[0] for p in _ABSENT)
_RIGHT_AFTER = tables_en.ABSENT_RIGHT_AFTER | tables_es.ABSENT_RIGHT_AFTER
STRIKE_WORDS = tables_en.STRIKE_CONTEXT_WORDS | tables_es.STRIKE_CONTEXT_WORDS
_VOTE_FOR = tables_en.VOTE_FOR_WORDS | tables_es.VOTE_FOR_WORDS
_VOTED = tables_en.GROUP_VOTED + tables_es.GROUP_VOTED
_VOTED_FIRSTS = frozenset(p[0] for p in _VOTED)
_VOTE_REACH = 8
"""At most this many tokens between a citizenry and its verb of voting."""
_OF = frozenset({"of", "de", "del"})
_ARTICLES = frozenset({"the", "its", "their", "los", "las", "sus"})
_APOSTROPHES = frozenset({"'", "’", "-"})
_RELATIVES = frozenset({"which", "who", "that", "que", "quienes", "cuyo", "cuya", "whose"})
_GROUP_REACH = 8
"""At most this many tokens between the figure and its group noun ("of the district's 42,000
students", "de los 3.100 enfermeros del hospital")."""
_VERB_REACH = 10
"""At most this many tokens between the group noun and what it did ("nurses at the
county hospital on the east side failed to show up")."""
_ASIDE_REACH = 16
"""How long a relative clause between commas may be (", which is represented by …,")."""
STRIKERS = "strikers"
TURNOUT = "turnout"


def group_share(
    toks: Sequence[Tok],
    norms: Sequence[str],
    last: int,
    strike_near: Callable[[], bool],
) -> tuple[int, str] | None:
    """For a share (a percentage or fraction ending before token ``last``) of a group
    written after it, the index of the group noun and the metric its clause gives it
    (strikers or turnout), else ``None``. ``strike_near`` says (lazily) whether a strike is
    named in the sentence or just before it."""
    if last >= len(norms) or norms[last] not in _OF:
        return None
    group = _group_noun(toks, norms, last + 1)
    if group is None:
        return None
    noun = norms[group]
    if noun in WORKERS:
        at = _absence_after(toks, norms, group + 1, group)
        if at is not None and strike_near():
            return group, STRIKERS
        return None
    if noun in _VOTERS and _went_to_vote(norms, group + 1):
        return group, TURNOUT
    return None


def workers_absent(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    noun: int,
    strike_near: Callable[[], bool],
) -> bool:
    """Whether a count of workers (its noun at ``noun``) stayed away from work in a strike
    ("some 640 union drivers did not report"); never the whole of a share ("81 percent of the
    1,460 members did not report": the 1,460 did not all stay away)."""
    if norms[noun] not in WORKERS:
        return False
    if first >= 2 and norms[first - 1] in _ARTICLES and norms[first - 2] in _OF:
        return False
    return _absence_after(toks, norms, noun + 1, noun) is not None and strike_near()


def bare_absence(
    toks: Sequence[Tok], norms: Sequence[str], last: int, strike_near: Callable[[], bool]
) -> bool:
    """Whether a figure with no noun is followed at once by a verb of staying away from work
    in a strike ("between 140 and 150 stayed home during the walkout")."""
    return _phrase_at(norms, last, last) and strike_near()


def whole_noun(
    toks: Sequence[Tok], norms: Sequence[str], last: int, person_nouns: frozenset[str]
) -> int | None:
    """For a share ending before token ``last``, the person noun of its "of" phrase written
    past a possessive or a number ("about half of the school's 800 students"), else
    ``None``: what the share is a share of."""
    if last >= len(norms) or norms[last] not in _OF:
        return None
    for k in range(last + 1, min(last + 1 + _GROUP_REACH, len(norms))):
        if norms[k] in person_nouns:
            return k
        if toks[k].kind == "p" and norms[k] not in _APOSTROPHES:
            return None
    return None


def _group_noun(toks: Sequence[Tok], norms: Sequence[str], start: int) -> int | None:
    """The first group noun in the figure's "of" phrase: past articles, a possessive, a
    number (the whole) and names; never past other punctuation."""
    for k in range(start, min(start + _GROUP_REACH, len(norms))):
        w = norms[k]
        if w in WORKERS or w in _VOTERS:
            return k
        if toks[k].kind == "p" and w not in _APOSTROPHES:
            return None
    return None


def _absence_after(toks: Sequence[Tok], norms: Sequence[str], start: int, group: int) -> int | None:
    """Where a verb of staying away from work starts after the group noun, in its clause (a
    relative clause between commas is passed over), else ``None``."""
    k = start
    stop = min(start + _VERB_REACH, len(norms))
    while k < stop:
        w = norms[k]
        if w == ",":
            k = _past_aside(norms, k)
            if k < 0:
                return None
            stop = min(k + _VERB_REACH, len(norms))
            continue
        if toks[k].kind == "p" and w not in _APOSTROPHES:
            return None
        if _phrase_at(norms, k, group + 1):
            return k
        k += 1
    return None


def _past_aside(norms: Sequence[str], comma: int) -> int:
    """For a comma opening a relative clause (", which is represented by …,"), the token after
    the comma that closes it; -1 when the comma opens no such clause or it does not close."""
    if comma + 1 >= len(norms) or norms[comma + 1] not in _RELATIVES:
        return -1
    for k in range(comma + 2, min(comma + _ASIDE_REACH, len(norms))):
        if norms[k] == ",":
            return k + 1
        if norms[k] in (".", ";", ":"):
            return -1
    return -1


def _phrase_at(norms: Sequence[str], k: int, right_after: int) -> bool:
    """Whether a phrase of `ABSENT_FROM_WORK` starts at ``k``; a one-word phrase that is
    also a noun (`ABSENT_RIGHT_AFTER`: "paró" / "paro") only right after the group."""
    if k >= len(norms) or norms[k] not in _ABSENT_FIRSTS:
        return False
    for phrase in _ABSENT:
        if tuple(norms[k : k + len(phrase)]) == phrase:
            return phrase[0] not in _RIGHT_AFTER or k == right_after
    return False


def _went_to_vote(norms: Sequence[str], start: int) -> bool:
    """A phrase of voting at all (`GROUP_VOTED`) a few words after the group noun ("los
    electores acudieron a las urnas"); a one-word verb followed by whom it voted for ("el 40% del
    electorado votó por Ana Ruiz") is a vote share, not the turnout."""
    for k in range(start, min(start + _VOTE_REACH, len(norms))):
        if norms[k] not in _VOTED_FIRSTS:
            continue
        for phrase in _VOTED:
            end = k + len(phrase)
            if tuple(norms[k:end]) == phrase:
                return len(phrase) > 1 or end >= len(norms) or norms[end] not in _VOTE_FOR
    return False


_TAKE_PART = tables_en.STRIKE_SHARE_NOUNS | tables_es.STRIKE_SHARE_NOUNS
_VOTING = tables_en.VOTING_WORDS | tables_es.VOTING_WORDS


def strike_participation(
    norms: Sequence[str], words: tuple[int, int], strike_near: Callable[[], bool]
) -> bool:
    """Round 11: whether a share read as turnout, named by a noun of taking part (tokens
    ``words``: "en la sanidad la participación bajó al 40%", "participation fell to 40%"), is the
    following of a strike: the sentence names no vote and a strike is named near it. A
    strike's participation is one quantity with its "seguimiento" (strikers), never the
    turnout of a vote."""
    first, last = words
    if _TAKE_PART.isdisjoint(norms[first:last]) or not _VOTING.isdisjoint(norms):
        return False
    return strike_near()
