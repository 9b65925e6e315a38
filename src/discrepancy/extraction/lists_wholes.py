"""A list's whole (round 9, audit5 P2): the words that name it beside a figure ("in all",
"en su conjunto"), and the figures a clause shares out among the places of a whole it names
("Police in the three towns counted 4,000, 2,500 and 1,200"): parts of that whole, never
rival counts of it. Bounded looks around each figure: linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = ["names_list_whole", "shared_out"]

_JOINS = frozenset({"y", "and", "e", "or", "o"})
_COUNT_WORDS = tables_en.LIST_COUNT_WORDS | tables_es.LIST_COUNT_WORDS
_WHOLE_NOUNS = tables_en.LIST_WHOLE_NOUNS | tables_es.LIST_WHOLE_NOUNS


def shared_out(
    toks: Sequence[Tok], norms: Sequence[str], figures: Sequence[tuple[int, int]]
) -> frozenset[int]:
    """The figures of a bare run ("4,000, 2,500 and 1,200") whose clause names a whole of
    places before it ("in the three towns", "en las cinco ciudades"): parts of that whole."""
    out: set[int] = set()
    run: list[tuple[int, int]] = [figures[0]]
    for a, b in [*figures[1:], (len(toks) + 1, len(toks) + 1)]:
        gap = norms[run[-1][1] : a]
        if a <= len(toks) and 0 < len(gap) <= 2 and all(w in (",", *_JOINS) for w in gap):
            run.append((a, b))
            continue
        if len(run) >= 2:
            lo = run[0][0]
            while lo > 0 and norms[lo - 1] not in (";", ":") and run[0][0] - lo < 30:
                lo -= 1
            head = norms[lo : run[0][0]]
            if any(
                head[k] in _COUNT_WORDS and head[k + 1] in _WHOLE_NOUNS
                for k in range(len(head) - 1)
            ):
                out.update(f for f, _ in run)
        run = [(a, b)]
    return frozenset(out)


_WHOLE_REACH = 6
_TOTAL_PHRASES = tuple(tuple(p.split()) for p in (*tables_en.LIST_TOTALS, *tables_es.LIST_TOTALS))
_TOTAL_FIRST = frozenset(p[0] for p in _TOTAL_PHRASES)


def names_list_whole(norms: Sequence[str], first: int, last: int) -> bool:
    """Whether a phrase of a list's whole (`LIST_TOTALS`: "in all", "en su conjunto")
    stands within a few words of the figure, in its clause ("the organisers said 9,000
    marched in all")."""
    lo = first
    while lo > 0 and first - lo < _WHOLE_REACH and norms[lo - 1] not in (";", ":", "."):
        lo -= 1
    hi = last
    while hi < len(norms) and hi - last < _WHOLE_REACH and norms[hi] not in (";", ":", "."):
        hi += 1
    return any(
        norms[k] in _TOTAL_FIRST
        and not first <= k < last
        and any(tuple(norms[k : k + len(p)]) == p for p in _TOTAL_PHRASES)
        for k in range(lo, hi)
    )
