"""The head named before a figure: "the number of X" / "la cifra de X" ("the number of
confirmed cases had reached 21,614", "el número de familias desplazadas pasó a 3.915"), whose
X says what a figure with no noun of its own counts, or that it counts no people.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_clause import LIFTABLE
from discrepancy.extraction.counted_govern import combine
from discrepancy.extraction.counted_noun import NounPhrase, Reading, noun_phrase
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "count_head_noun",
    "counted_before",
    "names_other_count",
    "not_people",
]

_STOP = frozenset({",", ";", ".", ":", "!", "?", "—"})
_COUNT_HEADS = tables_en.COUNT_HEADS | tables_es.COUNT_HEADS
_CASUALTIES = tables_en.CASUALTY_NOUNS.keys() | tables_es.CASUALTY_NOUNS.keys()
_COUNT_BACK = 12
"""How many tokens before a number "the number of X" is looked for."""


def counted_before(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    lex: Lexicon,
    metrics: Metrics,
    text: str,
) -> Reading | None:
    """What "the number of X" / "la cifra (oficial) de X" before an elided figure counts
    ("the number of confirmed cases had reached 21,614"): X's metric and text, else ``None``.
    At most `_COUNT_BACK` tokens back, never past another number or a clause stop."""
    np = count_head_noun(toks, norms, first, lex, metrics)
    if np is None or np.kind not in ("noun", "person") or np.last > first:
        return None
    said = text[toks[np.first].start : toks[np.last - 1].end]
    metric = np.metric
    if metric is None and np.kind == "person" and norms[np.last - 1] in LIFTABLE:
        # "el número de personas secuestradas", "the number of people kidnapped"
        metric = combine(np, toks, norms, None, np.last, lex, metrics)
    metric = metric or metrics.normalize(said)
    return Reading(metric, said) if metric else None


def not_people(np: NounPhrase, norms: Sequence[str]) -> bool:
    """Whether the noun of "the number of X" is a plural that names no people, no event and
    no metric ("llamadas", "calls", "votes"): its figure counts those things."""
    if np.kind != "other" or np.last <= np.first:
        return False
    word = norms[np.first]
    return (
        len(word) > 3
        and word.endswith("s")
        and word not in _COUNT_HEADS
        and word not in _CASUALTIES  # round 11: "el número de bajas" counts people
    )


def names_other_count(
    toks: Sequence[Tok], norms: Sequence[str], first: int, lex: Lexicon, metrics: Metrics
) -> bool:
    """Whether "the number of X" before a figure names something that is not people ("el
    número de denuncias recibidas subió a nueve"): the figure counts X, so it never
    takes the article's topic."""
    np = count_head_noun(toks, norms, first, lex, metrics)
    return np is not None and np.kind == "other"


def count_head_noun(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    lex: Lexicon,
    metrics: Metrics,
    stops: frozenset[str] = _STOP,
    *,
    past_numbers: bool = False,
) -> NounPhrase | None:
    """The noun phrase X of "the number of X" / "la cifra de X" before ``first`` (at most
    `_COUNT_BACK` tokens back, never past a word of ``stops`` nor, unless ``past_numbers``,
    another number), else ``None``."""
    for j in range(first - 1, max(first - _COUNT_BACK, 1) - 1, -1):
        w = norms[j]
        if (toks[j].kind == "n" and not past_numbers) or w in stops:
            return None
        if w not in ("of", "de"):
            continue
        if norms[j - 1] not in _COUNT_HEADS and (j < 2 or norms[j - 2] not in _COUNT_HEADS):
            continue
        return noun_phrase(toks, norms, j + 1, lex, metrics, percent=False)
    return None
