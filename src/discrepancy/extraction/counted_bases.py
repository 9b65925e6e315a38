"""What is counted: the base of a share is its population, never what the share did (session 13).

A count written as the whole a share is taken of ("half of the country's 2.3 million workers
struck", "about 40% of the 120,000 teachers walked out", "la mitad de los 2,3 millones de
trabajadores secundó el paro") counts the group the share is of: the clause's verb is the
share's, so the whole is no count of strikers (nor of protesters, voters or the dead). Its
metric is its own noun's ("workers", "teachers"), compared only with other counts of that
group. `discrepancy.extraction.reading` calls `share_base()` once the metric stage has read a
figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction.counted_noun import NounPhrase, whole_figure_before
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.numbers import Mention
from discrepancy.extraction.sentences import Tok

__all__ = ["SHARE_UNITS", "share_base"]

SHARE_UNITS = frozenset({"percent", "ratio"})
"""The units of a share ("40%", "half", "two-thirds")."""
_OF = frozenset({"of", "de", "del"})


def share_base(
    toks: Sequence[Tok],
    norms: Sequence[str],
    share: Mention | None,
    figure: Mention,
    np: NounPhrase,
    table: Metrics,
) -> str | None:
    """The metric of ``figure`` where it is the whole of ``share``, the figure right before
    it ("half of the country's 2.3 million workers": the workers), else ``None``: its own
    noun's metric, where its noun phrase is one."""
    if share is None or share.quantity.unit not in SHARE_UNITS:
        return None
    if figure.quantity.unit != "people" or np.kind not in ("person", "noun"):
        return None
    if np.first < figure.last or share.last >= len(norms) or norms[share.last] not in _OF:
        return None  # the noun must follow the figure; "of" must follow the share at once
    if not whole_figure_before(toks, norms, figure.first):
        return None
    return table.normalize(" ".join(norms[np.first : np.last]))
