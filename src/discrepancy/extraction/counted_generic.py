"""Heads that say only who is counted ("people", "personas", "citizens"): what their figure
counts when no event word of its own decides (a crowd verb, "the number of X", the nearest
event of the sentence), and the figures that name the one before again ("esos 20 casos").
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_clause import sentence_event
from discrepancy.extraction.counted_head import count_head_noun
from discrepancy.extraction.counted_noun import demonym_plural
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.where_nationals import nationality

__all__ = ["generic_metric", "is_demonym", "is_generic", "lives_abroad", "refers_back"]

_CROWD_NOUNS = {**tables_en.CROWD_NOUNS, **tables_es.CROWD_NOUNS}
_GENERIC = (
    tables_en.GENERIC_PEOPLE
    | tables_es.GENERIC_PEOPLE
    | {"people", "personas", "citizens", "ciudadanos", "almas", "souls"}
)
"""Heads that say only "people": their figure takes the metric the sentence names."""
_CROWD_VERBS = tables_en.CROWD_VERBS | tables_es.CROWD_VERBS
_THESE = frozenset({"these", "those", "esos", "esas", "estos", "estas", "dichos", "dichas"})
"""Demonstratives that refer a figure back to the one just named ("esos 20 casos")."""
_REFERRED = _GENERIC | frozenset({"casos", "cases", "victims", "victimas", "figure", "cifra"})
"""Heads a demonstrative figure may have while still counting the figure before it."""
_CROWD_REACH = 4
"""How many tokens before a figure a crowd verb is looked for ("drew some 12,000 people",
"movilizaron a más de 17.000 personas")."""


def is_demonym(head: str, lex: Lexicon) -> bool:
    """Whether a counted noun (folded) is a nationality in the plural ("colombianos"), or a
    region's plural demonym ("asturianos", "Texans": session 12)."""
    return (
        demonym_plural(head, lex)
        or head in _REGIONAL_DEMONYMS
        or (len(head) > 4 and head.endswith("s") and nationality(head) is not None)
    )


_REGIONAL_DEMONYMS = frozenset(tables_en.REGIONAL_DEMONYMS) | frozenset(tables_es.REGIONAL_DEMONYMS)


def is_generic(head: str) -> bool:
    """Whether a counted noun (folded) says only "people" ("personas", "citizens")."""
    return head in _GENERIC


def refers_back(norms: Sequence[str], first: int, head: str) -> bool:
    """Whether a figure is "these N <people|cases>" ("esos 20 casos"): the figure just named
    again, so it takes that figure's metric."""
    return first > 0 and norms[first - 1] in _THESE and head in _REFERRED


_AGAIN = tables_en.NAMED_AGAIN_NOUNS | tables_es.NAMED_AGAIN_NOUNS
_AGAIN_ARTICLES = _THESE | frozenset({"the", "that", "this", "la", "esa", "esta", "aquella"})
_AGAIN_OF = frozenset({"of", "de"})


def named_again(norms: Sequence[str], first: int, last: int) -> bool:
    """Session 13: whether a figure with no noun of its own is named as a figure, with an
    article: "the 120 million figure", "that 300 number", "the figure of 120 million", "la
    cifra de 120 millones". Such a figure names again one given before."""
    after = norms[last] if last < len(norms) else ""
    if after in _AGAIN and first > 0 and norms[first - 1] in _AGAIN_ARTICLES:
        return True  # "the 120 million figure"
    return (
        first > 2
        and norms[first - 1] in _AGAIN_OF
        and norms[first - 2] in _AGAIN
        and norms[first - 3] in _AGAIN_ARTICLES
    )  # "the figure of 120 million", "la cifra de 120 millones"


def generic_metric(
    toks: Sequence[Tok],
    norms: Sequence[str],
    first: int,
    lex: Lexicon,
    metrics: Metrics,
) -> str | None:
    """The metric of a figure whose head says only "people", from its own sentence, when no
    event word decided it: a crowd verb governing it ("the rally drew 12,000 people", "la
    marcha reunió a 30.000 personas"), "the number of X … was N people" ("el número de
    asistentes fue de 18.000 personas"), else the nearest word of the sentence that says
    what a generic head counts ("Miles de ciudadanos, 80.000 según X, salieron a la calle"),
    else a gathering the sentence names ("12,000 people at the march"); ``None`` where the
    sentence names none."""
    for j in range(first - 1, max(first - _CROWD_REACH, 0) - 1, -1):
        if toks[j].kind == "p" and norms[j] != "-":
            break
        if norms[j] in _CROWD_VERBS:
            return "protesters"
    head = count_head_noun(toks, norms, first, lex, metrics)
    if head is not None and head.kind in ("noun", "person") and head.last <= first:
        if head.metric is not None:
            return head.metric
        word = norms[head.last - 1]
        if not is_generic(word):
            return metrics.normalize(word)
    found = sentence_event(norms, first, first + 1, lex)
    if found is not None:  # "Miles de ciudadanos, 80.000 según X, salieron a la calle"
        return found
    for w in norms:
        metric = _CROWD_NOUNS.get(w)
        if metric is not None:
            return metric
    return None


_ABROAD = tables_en.ABROAD_AFTER + tables_es.ABROAD_AFTER


def lives_abroad(norms: Sequence[str], last: int) -> bool:
    """Round 12 (f-count): whether the words right after the people counted (ending at
    ``last``) place them outside their country ("4 millones de paraguayos viviendo fuera de su
    país", "2 million nationals living abroad"): such a figure counts emigrants, a stock,
    whatever noun names the people."""
    return any(tuple(norms[last : last + len(p)]) == p for p in _ABROAD)
