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
    "rate_subject",
    "share_before",
    "share_metric",
    "share_near",
    "share_noun",
    "subject_share",
    "voted",
]

_SHARE_NOUNS = {**tables_en.SHARE_NOUNS, **tables_es.SHARE_NOUNS}
_CROWD_NOUNS = {**tables_en.CROWD_NOUNS, **tables_es.CROWD_NOUNS}
_STRIKES = frozenset(w for w, m in _CROWD_NOUNS.items() if m == "strikers") | {"paro", "strikes"}
_VOTED = frozenset(
    {"voted", "vote", "cast", "votaron", "voto", "emitio", "emitieron", "sufragaron", "urnas"}
    | {"acudio", "acudieron", "polls", "turned", "votado"}  # session 10: "había votado el 30%"
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


# round 8: a share noun (or a strike) as the subject of the clause whose verb governs a
# percentage, read across the subject's complements and a "según X" aside
_SHARE_VERBS = tables_en.SHARE_VERBS | tables_es.SHARE_VERBS
_SHARE_LINKS = frozenset(
    {"del", "al", "el", "de", "a", "en", "un", "the", "at", "to", "of", "around", "about"}
    | {"some", "nearly", "almost", "casi", "cerca", "unos", "ya", "already", "only", "solo"}
)
"""Words between a share's verb and its figure: "fue del 35%", "reached about 70 percent"."""
_ASIDE_OPENERS = tables_en.SHARE_ASIDE_OPENERS | tables_es.SHARE_ASIDE_OPENERS
_SUBJECT_STOPS = frozenset({";", ".", ":", "!", "?", "(", ")", "—", "–"})
_NOT_STRIKE_NEAR = tables_en.NOT_STRIKE_NEAR | tables_es.NOT_STRIKE_NEAR
_SUBJECT_BACK = 16
"""How many words before its verb a share's subject is looked for ("el seguimiento de los
conductores a la huelga provincial del jueves llegó al 62%")."""
_ASIDE_REACH = 8
"""How long a "según X" aside between commas may be."""


def _aside_start(norms: Sequence[str], k: int) -> int | None:
    """For a comma at ``k`` that closes an aside ("…, según el gremio, alcanzó"), the index of
    the comma that opens it, else ``None``."""
    for j in range(k - 1, max(k - _ASIDE_REACH, 0) - 1, -1):
        if norms[j] == ",":
            return j if j + 1 < k and norms[j + 1] in _ASIDE_OPENERS else None
    return None


def _subject(toks: Sequence[Tok], norms: Sequence[str], first: int) -> list[int]:
    """The words of the subject of the copula or level verb right before a percentage (nearest
    first), read back at most `_SUBJECT_BACK` words, never past another number, a clause stop
    or a comma that closes no "según / according to" aside; empty where no such verb governs
    the figure."""
    j = first - 1
    while j >= 0 and norms[j] in _SHARE_LINKS and first - j <= 3:
        j -= 1
    if j < 1 or norms[j] not in _SHARE_VERBS:
        return []
    words: list[int] = []
    k = j - 1
    stop = max(j - _SUBJECT_BACK, 0)
    while k >= stop:
        if norms[k] == ",":
            opened = _aside_start(norms, k)
            if opened is None:
                break
            k = opened - 1
            continue
        if toks[k].kind == "n" or norms[k] in _SUBJECT_STOPS:
            break
        words.append(k)
        k -= 1
    return words


def subject_share(toks: Sequence[Tok], norms: Sequence[str], first: int) -> int | None:
    """The share noun, or the strike, that is the subject of the verb governing a percentage
    with no noun of its own ("la adhesión de los docentes al paro de ayer fue del 35%",
    "turnout in the northern districts was 60 percent", "la huelga, según el gremio, alcanzó
    el 70%"): its index, else ``None``. A share noun heads the subject before a strike it
    names; a rate in the subject ("la tasa de paro") is no share of people (`rate_subject`)."""
    strike: int | None = None
    for k in _subject(toks, norms, first):
        w = norms[k]
        if w in _SHARE_NOUNS:
            return k  # "el acatamiento de los maestros a la huelga … fue del 42%"
        if w in _NOT_STRIKE_NEAR:
            return None
        if strike is None and w in _STRIKES and norms[k + 1] not in _NOT_STRIKE_NEAR:
            strike = k
    return strike


def rate_subject(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether the subject of the verb governing a percentage is a rate ("la tasa de paro fue
    del 14%", "the jobless rate for strike towns was 9 percent"): no count of people."""
    subject = _subject(toks, norms, first)
    return any(norms[k] in _NOT_STRIKE_NEAR for k in subject) and not any(
        norms[k] in _SHARE_NOUNS for k in subject
    )


# round 9: a strike's share named anywhere before its figure in the clause (audit5 P3)
_STRIKE_SHARES = frozenset(w for w, m in _SHARE_NOUNS.items() if m == "strikers") | frozenset(
    tables_en.STRIKE_SHARE_NOUNS | tables_es.STRIKE_SHARE_NOUNS
)
_PERCENT_AFTER = frozenset({"%", "percent", "per", "por", "pct"})
_STRIKE_SHARE_BACK = 24
"""How far (in tokens) before a percentage its strike's share noun may stand ("se observó un
acatamiento al paro durante la mañana del martes 9 de abril del 38%")."""


def strike_share_back(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    blocked: Sequence[bool],
    *,
    across: bool = True,
) -> int | None:
    """The share noun of a strike ("adhesión", "acatamiento", "seguimiento", "compliance")
    that a percentage with no noun of its own is the value of, however long the predicate
    between them ("la adhesión al paro se mantuvo, un día más, muy alta, próxima al 92%",
    "un acatamiento al paro durante la mañana del martes del 41%"): its index, else ``None``.

    Read back at most `_STRIKE_SHARE_BACK` tokens: never past a clause stop, a rate ("la
    tasa de paro"), another share noun ("la asistencia a clases") or a figure that is no
    percentage (a date's digits are passed over). Another percentage of the same share and
    a contrast are passed ("la adhesión fue del 90%, mientras que el gobierno habló de un
    30%": another source's value of the same share). "participación" / "participation" is a
    strike's share only where the sentence names a strike ("paro", "huelga", "strike").
    With ``across`` false no other percentage is passed either.
    """
    for k in range(first - 1, max(first - _STRIKE_SHARE_BACK, 0) - 1, -1):
        if blocked[k]:
            continue
        w = norms[k]
        if toks[k].kind == "n" and (
            not across or k + 1 >= len(norms) or norms[k + 1] not in _PERCENT_AFTER
        ):
            return None
        if w in _SUBJECT_STOPS or w in _NOT_STRIKE_NEAR:
            return None
        if w in _SHARE_NOUNS or w in _STRIKE_SHARES:
            if _SHARE_NOUNS.get(w) == "strikers":
                return k
            if w in _STRIKE_SHARES and not _STRIKES.isdisjoint(norms):
                return k
            return None
    return None
