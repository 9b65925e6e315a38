"""Shares of people: what a percentage is a share of ("turnout was 60%", "el 67% de los
votantes", "la adhesión fue del 95%"), and whether voters voted, abstained or were counted.

The share nouns are the tables' ``SHARE_NOUNS`` (a share noun names its metric, else the
registry's); a share noun of a strike or a vote ("participación") reads by its sentence.
`discrepancy.extraction.counted` and `discrepancy.extraction.counted_noun` call these.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.sentences import Tok

__all__ = [
    "ROLLS",
    "abstained",
    "cast",
    "compared",
    "share_before",
    "share_metric",
    "share_near",
    "share_noun",
    "voted",
]

_SHARE_NOUNS = {**tables_en.SHARE_NOUNS, **tables_es.SHARE_NOUNS}
_CROWD_NOUNS = {**tables_en.CROWD_NOUNS, **tables_es.CROWD_NOUNS}
_STRIKES = frozenset(w for w, m in _CROWD_NOUNS.items() if m == "strikers") | {"paro", "strikes"}
_VOTED = frozenset(
    {"voted", "vote", "cast", "votaron", "voto", "emitio", "emitieron", "sufragaron", "urnas"}
    | {"acudio", "acudieron", "polls", "turned"}
)
_SHARE_BACK = 8
"""How many tokens before a percentage its share noun is looked for ("turnout was 60%")."""


def voted(norms: Sequence[str], k: int) -> bool:
    """A verb of voting within six words from ``k``: "cast ballots", "emitió su voto"."""
    return not _VOTED.isdisjoint(norms[k : k + 6])


def share_noun(toks: Sequence[Tok], norms: Sequence[str], start: int, stop: int) -> int | None:
    """The first share noun ("turnout", "participación") in ``[start, stop)``, before any
    punctuation or number."""
    for j in range(start, min(stop, len(norms))):
        if toks[j].kind in ("p", "n"):
            return None
        if norms[j] in _SHARE_NOUNS:
            return j
    return None


def share_metric(word: str, metrics: Metrics, norms: Sequence[str] = ()) -> str:
    """The metric a share noun names: its own ("seguimiento" of a strike: strikers), else the
    registry's ("participación" and "turnout" are one), else the word. Participation in a
    strike (the sentence names one) is its strikers."""
    own = _SHARE_NOUNS.get(word)
    if own is not None:
        return own
    if not _STRIKES.isdisjoint(norms):
        return "strikers"
    return metrics.normalize(word)


_SHARE_NEAR = 16
"""How far (in words) a percentage with no noun of its own looks for its sentence's share noun."""


def share_near(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> int | None:
    """The share noun nearest to a percentage with no noun of its own, in its sentence, at
    most `_SHARE_NEAR` words away ("the final turnout stood at 62.6%, up from a provisional
    61.4%"): the percentage is another value of that share, never the event a share noun
    may also name ("turnout" of a crowd). A share noun that may be of a strike or a vote
    ("participación") counts only in a sentence about a vote."""
    n = len(norms)
    for d in range(1, _SHARE_NEAR):
        for j in (first - d, last - 1 + d):
            if 0 <= j < n and norms[j] in _SHARE_NOUNS and toks[j].kind == "w":
                if norms[j] in _VOTE_SHARES or not _VOTING.isdisjoint(norms):
                    return j
                return None  # "una participación mayor … Asturias (89%)": of what, unsaid
    return None


_COMPARED = tables_en.COMPARE_WORDS | tables_es.COMPARE_WORDS
_COMPARE_BACK = 4


def compared(norms: Sequence[str], first: int) -> bool:
    """Whether a comparison word just before a figure sets it against another value of one
    quantity ("up from a provisional 61.4%", "frente al 68 % de 2019")."""
    return not _COMPARED.isdisjoint(norms[max(first - _COMPARE_BACK, 0) : first])


ROLLS = frozenset({"voters", "registered_voters"})
_VOTING = tables_en.VOTING_WORDS | tables_es.VOTING_WORDS
_VOTE_SHARES = tables_en.VOTE_SHARE_NOUNS | tables_es.VOTE_SHARE_NOUNS
_VOTE_FOR = tables_en.VOTE_FOR_WORDS | tables_es.VOTE_FOR_WORDS
_CAST_BEFORE = 3


def cast(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether a share of voters is of those who voted at all: a voting verb just before it
    ("votó el 64% del padrón") or in its clause after it ("58 percent cast ballots"), not
    followed by whom they voted for ("58% voted for the mayor" is a vote share)."""
    for j in (*range(max(first - _CAST_BEFORE, 0), first), *range(last, min(last + 6, len(norms)))):
        if norms[j] in _VOTED:
            return j + 1 >= len(norms) or norms[j + 1] not in _VOTE_FOR
    return False


def share_before(toks: Sequence[Tok], norms: Sequence[str], first: int) -> int | None:
    """The share noun a percentage with no noun after it is the value of, named before it in
    its clause ("la abstención fue superior al 87%", "turnout reached 60%"): its index."""
    for j in range(first - 1, max(first - _SHARE_BACK, 0) - 1, -1):
        if toks[j].kind in ("p", "n"):
            return None
        if norms[j] in _SHARE_NOUNS:
            return j
    return None


_ABSTAIN = tables_en.ABSTAIN_PHRASES + tables_es.ABSTAIN_PHRASES
_ABSTAIN_FIRSTS = frozenset(p[0] for p in _ABSTAIN)
_ABSTAIN_REACH = 4
"""How many words after a share of voters its "did not vote" is looked for."""


def abstained(norms: Sequence[str], k: int) -> bool:
    """Whether words saying people did not vote follow ``k`` closely ("85% did not vote",
    "el 40% de los electores no votaron"): the figure is abstention."""
    for j in range(k, min(k + _ABSTAIN_REACH, len(norms))):
        if norms[j] in _ABSTAIN_FIRSTS:
            for phrase in _ABSTAIN:
                if tuple(norms[j : j + len(phrase)]) == phrase:
                    return True
    return False
