"""Figures written like counts that state no count of people (round 9, audit5 P3).

Each is read from the figure's own sentence in a bounded window (words in the per-language
tables, same names in both):

* a reviewed part that lacks proof ("the board saw no proof that 41 of the 97 deaths on its
  list came from the fumes", "sin pruebas de que 12 de las 40 muertes"): the figure counts deaths
  *not* shown to be of the cause, never a rival toll (`NO_PROOF_NOUNS` after a negation). It
  stays a claim, under its metric with `UNPROVEN_SUFFIX` ("deaths_unproven");
* a range of years ("entre 2018 y 2022", "from 2015 to 2019", "2018-2022");
* a figure in a direct question ("Were two million ballots lost?", "¿Se perdieron 300.000
  votos?"): a question asserts no figure (`QUESTION_OPENERS`, or "¿");
* (session 10) a part of a figure of things ("52,000 claims, of which 70% concern cars",
  "52.000 solicitudes, de las cuales el 70% …"): `PART_OF_WHICH` before it, and the figure
  before that names no people nor an event of people;
* a candidate's share of the vote ("the mayor won with 71%", "her rivals took 4.5% and 6% of
  the ballots", "la candidata obtuvo el 45% de los votos"): `VOTE_WIN_VERBS` before the
  percentage, with a vote noun after it or "by" / "with" / "con" right before it;
* (g-what) a party's place in a count of votes ("the ruling party leads with 61%, followed
  by the bloc with 15%", "lidera con el 61%, seguido del bloque con el 15%"):
  `VOTE_RANK_VERBS` before "with" / "con" right before the percentage, in its clause, and
  nothing but a vote noun after it ("leads with 55% of voters" stays a count), in a
  sentence with no word of turnout (`VOTE_RANK_TURNOUT`: "turnout was highest in the north,
  with 72%, followed by the south with 71%" ranks shares of voters);
* (session 13, h-who-en) the speakers of a figure ("Two army officers said 15 were killed",
  "Three witnesses, who asked not to be named, told AFP"): a number that opens its clause
  before a noun of people who speak (`SPEAKER_HEADS`) and the verb of saying right after it,
  or a comma and a relative (`SPEAKER_RELATIVES`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = [
    "UNPROVEN_SUFFIX",
    "in_question",
    "no_proof",
    "part_of_things",
    "ranked_share",
    "speakers",
    "vote_share",
    "years_range",
]

UNPROVEN_SUFFIX = "_unproven"
"""Added to the metric of a part that lacks proof: "deaths_unproven" is never "deaths"."""

_NO_PROOF = tables_en.NO_PROOF_NOUNS | tables_es.NO_PROOF_NOUNS
_NEGATIONS = tables_en.NO_PROOF_NEGATIONS | tables_es.NO_PROOF_NEGATIONS
_PROOF_REACH = 5
"""At most this many tokens between a proof noun and the figure ("no evidence that 36")."""
_OPENERS = tables_en.QUESTION_OPENERS | tables_es.QUESTION_OPENERS
_QUOTES = frozenset({'"', "'", "“", "”", "«", "»", "‘", "’"})
_WIN = tables_en.VOTE_WIN_VERBS | tables_es.VOTE_WIN_VERBS
_VOTES = tables_en.VOTE_NOUNS | tables_es.VOTE_NOUNS
_WIN_BY = frozenset({"by", "with", "con"})
_WIN_REACH = 12
"""At most this many tokens between a verb of winning and a candidate's percentage (a list:
"took 4.5% and 6%", a gapped clause: "obtuvo el 45% de los votos y la opositora el 30%")."""
_VOTE_REACH = 4
"""At most this many tokens after a percentage where its vote noun stands ("of the votes"),
past a list of percentages."""
_STOPS = frozenset({".", ";", ":", "!", "?", "(", ")"})


def no_proof(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether a negated proof noun stands just before the figure, no other figure between
    ("saw no proof that 41 of the 97": the 41, not the 97 reviewed; "sin pruebas de que
    12")."""
    for k in range(first - 1, max(first - _PROOF_REACH, 0) - 1, -1):
        if norms[k] in _NO_PROOF:
            return not _NEGATIONS.isdisjoint(norms[max(k - 2, 0) : k])
        if norms[k] in _STOPS or toks[k].kind == "n":
            return False
    return False


def years_range(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> bool:
    """Whether every number of the figure is a year and there are at least two ("entre 2018
    y 2022", "2018-2022")."""
    years = 0
    for k in range(first, last):
        if toks[k].kind != "n":
            continue
        w = norms[k]
        if not (len(w) == 4 and w.isdecimal() and 1800 <= int(w) <= 2100):
            return False
        years += 1
    return years >= 2


_SPEAKERS = tables_en.SPEAKER_HEADS | tables_es.SPEAKER_HEADS
_SPEAKER_RELATIVES = tables_en.SPEAKER_RELATIVES | tables_es.SPEAKER_RELATIVES
_CLAUSE_OPENS = frozenset({",", "and", "but", "while", "y", "pero", "mientras"})
_SPEAKER_REACH = 3
"""The most words from the number to the noun of the speakers ("two senior army officers")."""


def speakers(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, say: frozenset[str]
) -> bool:
    """Whether the number at ``first``..``last`` counts the people who speak for a figure:
    it opens its clause, a noun of ``_SPEAKERS`` follows within a few words, and right after
    it a verb of ``say`` or a comma and a relative (session 13, h-who-en)."""
    if first > 0 and norms[first - 1] not in _CLAUSE_OPENS:
        return False
    n = len(norms)
    for k in range(last, min(n - 1, last + _SPEAKER_REACH)):
        if toks[k].kind != "w":
            return False
        if norms[k] in _SPEAKERS:
            nxt = norms[k + 1]
            return nxt in say or (nxt == "," and k + 2 < n and norms[k + 2] in _SPEAKER_RELATIVES)
    return False


def in_question(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """Whether the figure stands in a direct question: the sentence ends with "?" and opens
    with a question word or an auxiliary ("Did", "How", "Is"), or a "¿" opens before it."""
    if "¿" in norms[:first]:
        return True
    end = len(norms) - 1
    while end >= 0 and norms[end] in _QUOTES:
        end -= 1
    if end < 0 or norms[end] != "?":
        return False
    start = 0
    while start < first and norms[start] in _QUOTES:
        start += 1
    return start < first and norms[start] in _OPENERS and toks[start].cap


def vote_share(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether a percentage is a candidate's share of the vote: "by" / "with" right after a
    verb of winning ("won with 71%"), or a verb of winning or receiving before it in its
    clause and a vote noun between them or just after it ("took 4.5% and 6% of the ballots",
    "obtuvo el 45% de los votos y la opositora el 30%")."""
    if first > 1 and norms[first - 1] in _WIN_BY and norms[first - 2] in _WIN:
        return True
    for k in range(first - 1, max(first - _WIN_REACH, 0) - 1, -1):
        if norms[k] in _STOPS:
            return False
        if norms[k] in _WIN:
            stop = min(last + _VOTE_REACH + 4, len(norms))
            for j in range(k + 1, stop):
                if norms[j] in _STOPS:
                    return False
                if norms[j] in _VOTES:
                    return True
            return False
    return False


_RANK = tables_en.VOTE_RANK_VERBS | tables_es.VOTE_RANK_VERBS
_RANK_WITH = frozenset({"with", "con"})
_RANK_TURNOUT = tables_en.VOTE_RANK_TURNOUT | tables_es.VOTE_RANK_TURNOUT
_SENTENCE_REACH = 40
"""At most this many tokens each side of a ranked percentage where a word of turnout is
looked for, within its sentence."""
_OF = frozenset({"of", "de", "del"})
_OF_ARTICLES = frozenset({"the", "all", "los", "las", "el", "la", "its", "sus", "su"})


def ranked_share(norms: Sequence[str], first: int, last: int, person_nouns: frozenset[str]) -> bool:
    """g-what: whether a percentage is a party's place in a count of votes: "with" / "con"
    (and an article) right before it, a verb that ranks in the count (`VOTE_RANK_VERBS`)
    before that in its clause, and nothing but votes after it ("leads with 61%", "followed by
    the bloc with 15% of the vote"; not "leads with 55% of voters", "with 42% of them")."""
    k = first - 1
    if k >= 0 and norms[k] in ("el", "un"):
        k -= 1
    if k < 1 or norms[k] not in _RANK_WITH:
        return False
    j = last
    if j < len(norms) and norms[j] in _OF:
        j += 1
        while j < len(norms) and norms[j] in _OF_ARTICLES:
            j += 1
        if j < len(norms) and (norms[j] in person_nouns or norms[j] not in _VOTES):
            return False  # "with 42% of them / of voters": a share of people
    for i in range(k - 1, max(k - _WIN_REACH, 0) - 1, -1):
        if norms[i] in _STOPS:
            return False
        if norms[i] in _RANK:
            return not _turnout_near(norms, first)
    return False


def _turnout_near(norms: Sequence[str], first: int) -> bool:
    """Whether the sentence around ``first`` speaks of turnout ("donde más se votó")."""
    for step in (-1, 1):
        i = first + step
        while 0 <= i < len(norms) and abs(i - first) <= _SENTENCE_REACH:
            if norms[i] in (".", "!", "?"):
                break
            if norms[i] in _RANK_TURNOUT:
                return True
            i += step
    return False


_OF_WHICH = tables_en.PART_OF_WHICH + tables_es.PART_OF_WHICH
_OF_WHICH_LAST = frozenset(r[-1] for r in _OF_WHICH)
"""The last word of each relative of a part ("which", "cuales"): a relative ends there."""
_PART_REACH = 12
"""At most this many tokens between a relative of a part and a share of its list."""
_WHOLE_REACH = 10
"""At most this many tokens between the figure of a whole and its part's relative."""


def part_of_things(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    person_nouns: frozenset[str],
    event_words: Mapping[str, str],
) -> bool:
    """Session 10: whether the figure at ``first`` is a part of a figure of things ("52,000
    claims, of which 70% concern cars and 20% homes"): a relative of a part before it in its
    clause, and the word after the nearest figure before that relative names neither
    people nor an event of people ("solicitudes", "claims"; not "víctimas", "deaths")."""
    rel: tuple[str, ...] | None = None
    j = first
    while j > 0 and first - j <= _PART_REACH and norms[j - 1] not in (".", ";"):
        if norms[j - 1] in _OF_WHICH_LAST:  # one set test per word before any slicing
            rel = next((r for r in _OF_WHICH if tuple(norms[max(0, j - len(r)) : j]) == r), None)
            if rel is not None:
                break  # "…, of which 70% concern cars and 20% homes": each share of the list
        j -= 1
    if rel is None:
        return False
    for k in range(j - len(rel) - 1, max(j - len(rel) - 1 - _WHOLE_REACH, -1), -1):
        if toks[k].kind == "n":
            after = k + 1
            while after < len(toks) and toks[after].kind == "n":
                after += 1
            noun = norms[after] if after < len(norms) else ""
            if after >= len(toks) or toks[after].kind != "w":
                return False
            return noun not in person_nouns and noun not in event_words
        if norms[k] in (".", ";"):
            return False
    return False


_TALLY = tables_en.TALLY_PROGRESS_WORDS | tables_es.TALLY_PROGRESS_WORDS
_TALLY_BEFORE = tables_en.TALLY_PROGRESS_BEFORE | tables_es.TALLY_PROGRESS_BEFORE
_TALLIED = tables_en.TALLIED_NOUNS | tables_es.TALLIED_NOUNS
_BEFORE_REACH = 4
_AFTER_REACH = 6
"""How many words before and after a share its word of count progress may stand ("se ha
escrutado el 98%", "with 98% of the ballots counted")."""


def tally_progress(norms: Sequence[str], first: int, last: int) -> bool:
    """Session 12 (h-what): whether a share says how much of a vote count is done, not how
    many people: "cuando se ha escrutado el 98 % de las papeletas", "con el cien por cien del
    voto escrutado", "with 95% of precincts reporting". After the share, the word of progress
    follows it at once or a ballot noun between ("98% escrutado", "of the ballots counted"):
    "30,000 people counted by the police" stays a count."""
    for k in range(first - 1, max(first - _BEFORE_REACH, 0) - 1, -1):
        if norms[k] in _STOPS:
            break
        if norms[k] in _TALLY_BEFORE:
            return True
    ballots = False
    for k in range(last, min(last + _AFTER_REACH, len(norms))):
        if norms[k] in _STOPS:
            break
        if norms[k] in _TALLIED:
            ballots = True
        elif norms[k] in _TALLY and (ballots or k == last):
            return True
    return False
