"""A figure that is the value of a toll or count noun, in any order (round 11, issue 9).

The numbers stage finds a figure; what it counts is usually the noun right after it. Three
frames put the counting noun elsewhere, and without them the figure is never read as people
(audit 7, P2):

* the figure is the value of a toll or count noun before it, and a reporting participle
  follows it ("the toll of 18 announced by the governor", "a total of 13,567 reported",
  "la cifra de 80 anunciada por el portavoz"): the participle is no noun; the figure's
  noun is elided, its metric read from its own stretch of the clause only (`reported_after`),
  and the participle's agent is who gave it (`agent_after`);
* the noun of the dead and wounded of a side follows the figure, directly or past an article
  ("los rebeldes tuvieron 64 bajas", "elevó a 80 las bajas", "suffered 64 casualties"): the
  figure counts people under one metric in both languages (`casualty_noun`, the tables'
  `CASUALTY_NOUNS`).

`discrepancy.extraction.reading` calls these on each figure; the words are in the
per-language tables (`TOLL_NOUNS`, `COUNT_HEADS`, `AGENT_LINKS`, `CASUALTY_NOUNS`).
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["agent_after", "casualty_before", "casualty_metric", "casualty_noun", "reported_after"]

_TOLL_HEADS = (
    tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS | tables_en.COUNT_HEADS | tables_es.COUNT_HEADS
)


_HEAD_REACH = 4
"""At most this many words between a toll noun and the "of" before its figure ("la cifra
oficial de muertos de 35")."""


def reported_after(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, head: int, lex: Lexicon
) -> int | None:
    """Where the toll or count noun stands whose value is a figure ("the toll of 18", "a total of
    13,567", "la cifra de 80") and the word right after it is a verb of reporting or a
    status participle ("… announced by the governor", "… reported", "… anunciada por el
    portavoz"): a reduced clause about the figure, not its noun, so the figure's noun is
    elided and its metric is read from the toll noun on (round 11). ``None`` otherwise."""
    if head != last or head >= len(norms) or first < 2 or norms[first - 1] not in ("of", "de"):
        return None
    word = norms[head]
    if word not in lex.say_verbs and word not in lex.status_words:
        return None
    for j in range(first - 2, max(first - 2 - _HEAD_REACH, -1), -1):
        if norms[j] in _TOLL_HEADS:
            return j  # "the toll of 18", "la cifra oficial de muertos de 35"
        if toks[j].kind != "w":
            return None
    return None


CASUALTY_NOUNS = {**tables_en.CASUALTY_NOUNS, **tables_es.CASUALTY_NOUNS}
_CASUALTY_ARTICLES = frozenset({"the", "los", "las"})


def casualty_noun(norms: Sequence[str], last: int) -> int | None:
    """Where a noun of the dead and wounded of a side names the figure ending at ``last``:
    right after it ("tuvieron 64 bajas") or past an article ("elevó a 80 las bajas del
    bombardeo"), else ``None``."""
    k = last + 1 if last < len(norms) and norms[last] in _CASUALTY_ARTICLES else last
    return k if k < len(norms) and norms[k] in CASUALTY_NOUNS else None


_AGENT_LINKS = tables_en.AGENT_LINKS | tables_es.AGENT_LINKS
_AGENT_DETERMINERS = frozenset({"the", "a", "an", "el", "la", "los", "las", "un", "una"})
_AGENT_REACH = 5
"""At most this many words name the agent of a figure's reporting participle."""


def agent_after(
    toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon
) -> tuple[int, int] | None:
    """The words naming the agent of a figure's reporting participle, when ``j`` is "by" /
    "por" ("the toll of 18 announced by the regional governor" → "regional governor"):
    who reported the figure is its source. Words only, up to a stop, a function word or
    `_AGENT_REACH` words; ``None`` when there is no agent or it is a pronoun."""
    n = len(norms)
    if j >= n or norms[j] not in _AGENT_LINKS:
        return None
    start = j + 1
    while start < n and norms[start] in _AGENT_DETERMINERS:
        start += 1
    end = start
    while (
        end < min(start + _AGENT_REACH, n)
        and toks[end].kind == "w"
        and norms[end] not in lex.function_words
    ):
        end += 1
    if end == start or norms[start] in lex.pronouns:
        return None
    return start, end


_CASUALTY_LEADS = tables_en.CASUALTY_DETERMINERS | tables_es.CASUALTY_DETERMINERS
_FATAL = tables_en.FATAL_WORDS | tables_es.FATAL_WORDS
_BEFORE_REACH = 10
"""At most this many words back from a figure with no noun to the casualty noun before it."""
_STOPS = frozenset({".", ";", ":", "!", "?"})


def casualty_metric(norms: Sequence[str], k: int) -> str:
    """The metric of the casualty noun at ``k``: deaths with a word of death beside it ("57
    bajas mortales", "fatal casualties"), else the casualties of its table."""
    near = norms[max(k - 1, 0) : k + 2]
    return "deaths" if not _FATAL.isdisjoint(near) else CASUALTY_NOUNS[norms[k]]


def casualty_before(
    toks: Sequence[Tok], norms: Sequence[str], lo: int, first: int, lex: Lexicon
) -> int | None:
    """Where a casualty noun stands before a figure with no noun of its own, in its clause
    from ``lo`` ("the casualty count rose to 57", "el número de bajas ascendió a 57", "las
    bajas del ejército llegaron a 57"): the figure's count. Never past another number or a
    stop; a Spanish "bajas" only as a noun (`CASUALTY_DETERMINERS` before it)."""
    for j in range(first - 1, max(lo, first - _BEFORE_REACH) - 1, -1):
        w = norms[j]
        if toks[j].kind == "n" or w in _STOPS or w in lex.number_words:
            return None
        if w not in CASUALTY_NOUNS:
            continue
        if w.startswith("casualt") or (j > 0 and norms[j - 1] in _CASUALTY_LEADS) or j == 0:
            return j
        return None
    return None
