"""Turnout: a share of an electorate that voted, whatever noun names the electorate (round 9).

"35 percent of voters cast a ballot", "64 percent of registered voters took part in the
referendum", "apenas un 31 % del electorado votó" each give the share of the people who
could vote that did: turnout, the quantity an official "turnout of 61 percent" states. A
share of voters followed by whom they voted for ("58% voted for the mayor", "el 40 % votó
por el partido") stays a vote share. Taking part ("took part", "participaron") is voting only
in a sentence about a vote (a strike's participants are strikers).

`discrepancy.extraction.counted` calls `turnout_share` for a percentage with a noun of people,
and `electorate_turnout` (session 13) for a share of an electorate read as a crowd or as the
roll ("just under 60 percent of eligible voters -- the highest turnout since 1968").
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_noun import NounPhrase
from discrepancy.extraction.counted_share import ROLLS
from discrepancy.extraction.sentences import Tok

__all__ = [
    "abstained_from_vote",
    "electorate_turnout",
    "on_roll",
    "turnout_apposition",
    "turnout_share",
]

_ELECTORATES = tables_en.ELECTORATE_NOUNS | tables_es.ELECTORATE_NOUNS
_BALLOT_VERBS = tables_en.BALLOT_VERBS | tables_es.BALLOT_VERBS
_TAKE_PART = tables_en.TAKE_PART_PHRASES + tables_es.TAKE_PART_PHRASES
_VOTING = tables_en.VOTING_WORDS | tables_es.VOTING_WORDS
_VOTE_FOR = tables_en.VOTE_FOR_WORDS | tables_es.VOTE_FOR_WORDS
_TO_VOTE = tables_en.TO_VOTE_WORDS | tables_es.TO_VOTE_WORDS
_STOPS = frozenset({",", ";", ".", ":", "!", "?", "(", ")", "—", "–"})
_NOT = frozenset({"not", "never", "no", "nunca", "didn't"})
_INTENT = tables_en.VOTE_INTENT_WORDS | tables_es.VOTE_INTENT_WORDS
_REACH = 6
"""How many words after the electorate's noun its verb of voting is looked for."""


def _voted_at(norms: Sequence[str], j: int) -> bool:
    """Whether the voting verb at ``j`` says that people voted, not whom they voted for:
    "cast a ballot", "acudió a votar", "fue a las urnas" — not "voted for", "votó por"."""
    after = norms[j + 1 : j + 4]
    if not after or after[0] not in _VOTE_FOR:
        return True
    return not _TO_VOTE.isdisjoint(after[1:])


def turnout_share(norms: Sequence[str], np: NounPhrase) -> bool:
    """Whether a percentage of people (its noun phrase ``np``) is the share of an electorate
    that voted: the head names who may vote ("voters", "registered voters", "citizens", "la
    ciudadanía", "el padrón") and a verb of voting or of taking part in a vote follows in
    its clause."""
    if np.kind not in ("noun", "person") or np.last <= np.first:
        return False
    if norms[np.last - 1] not in _ELECTORATES:
        return False
    stop = min(np.last + _REACH, len(norms))
    for j in range(np.last, stop):
        w = norms[j]
        if w in _STOPS:
            return False
        if w in _NOT or w in _INTENT:
            return False  # "did not vote": abstention; "say they will vote": an intention
        if w in _BALLOT_VERBS and _voted_at(norms, j):
            return True
        for phrase in _TAKE_PART:
            if tuple(norms[j : j + len(phrase)]) == phrase:
                return not _VOTING.isdisjoint(norms)
    return False


_APPOSITION_WORDS = (
    frozenset({"about", "around", "some", "nearly", "almost", "unos", "cerca", "casi", "del", "el"})
    | tables_en.RATE_APPOSITION
    | tables_es.RATE_APPOSITION
)
_APPOSITION_REACH = 5
_SCALES = frozenset({"thousand", "million", "millions", "mil", "millon", "millones"})
"""How many words may stand between the comma and the share ("an actual rate of")."""


def turnout_apposition(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether a percentage with no noun of its own stands in apposition to a count of an
    electorate just before it ("some 450 voters, roughly 15 percent, turned up at the
    school", "unos 300 votantes, cerca del 8 %,", "2.1 million voters, an actual rate of
    19%"): the share of the electorate that came, turnout."""
    j = first - 1
    while j >= 0 and first - j <= _APPOSITION_REACH and norms[j] in _APPOSITION_WORDS:
        j -= 1
    if j < 2 or norms[j] != "," or norms[j - 1] not in _ELECTORATES:
        return False
    k = j - 2
    if k > 0 and toks[k].kind == "w" and norms[k] in _SCALES:
        k -= 1  # "2.1 million voters", "2,1 millones de votantes"
    if k > 0 and norms[k] == "de" and norms[k - 1] in _SCALES:
        k -= 2
    return k >= 0 and toks[k].kind == "n"


_NOT_VOTING = tables_en.NOT_VOTING_PHRASES + tables_es.NOT_VOTING_PHRASES
_ABSTAIN_CONTEXT = _VOTING | frozenset({"abstention", "abstencion", "turnout", "participacion"})
_NOT_VOTING_REACH = 4


def abstained_from_vote(norms: Sequence[str], k: int) -> bool:
    """Whether words of not taking part follow ``k`` closely ("casi dos de cada tres electores
    decidieron no participar", "a third did not take part") in a sentence about a vote or its
    abstention: the figure is abstention. Elsewhere (a strike) they are not."""
    if _ABSTAIN_CONTEXT.isdisjoint(norms):
        return False
    for j in range(k, min(k + _NOT_VOTING_REACH, len(norms))):
        for phrase in _NOT_VOTING:
            if tuple(norms[j : j + len(phrase)]) == phrase:
                return True
    return False


_TURNOUT_CUES = tables_en.TURNOUT_CUES | tables_es.TURNOUT_CUES


def electorate_turnout(
    norms: Sequence[str], np: NounPhrase, combined: str | None, *, percent: bool
) -> bool:
    """Session 13: whether a share of an electorate read as a crowd or as the roll itself
    ("just under 60 percent of eligible voters", "79% of the total registered voters") is
    the turnout: its sentence names a vote taken part in ("turnout", "cast", "urnas"), and
    no side the votes went to."""
    if not percent or np.metric not in ROLLS or combined not in ("protesters", np.metric):
        return False
    return not _TURNOUT_CUES.isdisjoint(norms) and not _voted_for(norms)


def _voted_for(norms: Sequence[str]) -> bool:
    """Whether a voting verb is followed by whom the votes went to ("voted for", "votaron
    por"): a share of the votes, not the turnout."""
    return any(
        w in _VOTE_FOR and k > 0 and norms[k - 1] in _TURNOUT_CUES for k, w in enumerate(norms)
    )


_ON_ROLL = tables_en.ON_ROLL | tables_es.ON_ROLL
_ON_ROLL_LINKS = tables_en.ON_ROLL_LINKS | tables_es.ON_ROLL_LINKS
_ROLL_WORDS = tables_en.VOTER_ROLL_WORDS | tables_es.VOTER_ROLL_WORDS
_ROLL_REACH = 6
"""How many words after the participle its roll or vote is looked for ("inscritas con derecho
a ejercer el voto")."""


def on_roll(norms: Sequence[str], k: int) -> bool:
    """Session 13: whether the people whose noun ends at ``k`` are said to be on a roll: a
    participle of being registered right after them (past "were" / "estaban"), then a roll
    or a vote ("98 millones de personas inscritas con derecho a ejercer el voto", "19,5
    millones de venezolanos estaban inscritos en el padrón electoral")."""
    j = k
    if j < len(norms) and norms[j] in _ON_ROLL_LINKS:
        j += 1
    if j >= len(norms) or norms[j] not in _ON_ROLL:
        return False
    return not _ROLL_WORDS.isdisjoint(norms[j + 1 : j + 1 + _ROLL_REACH])
