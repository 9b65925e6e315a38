"""g-what: a figure whose head names only people takes the metric of the figure before it.

"se registraron 500 migrantes el lunes, 320 personas el martes", "1.246 son indios … y 181
colombianos": after the sentence rules, a figure whose metric is still only its own head
counts what the nearest figure before it counts, when that one has a registered metric (a
document rule, run at the end of `discrepancy.extraction.document.read_document`):

* a head that says "people" ("personas", "people": `GENERIC_PEOPLE`) looks in its own
  sentence only (a figure of people in the next sentence is often another count: a rival of
  the same metric there is a false alarm of the scan, measured on held-out text);
* "others" (`TOPIC_HEADS`) or a nationality in the plural look up to `_SENTENCES` back.

A head that names a role ("teachers", "police") or an unregistered event keeps its words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_generic import is_demonym, is_generic
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.metrics import MetricRegistry

__all__ = ["metric_of_topic"]

_HEADS = tables_en.TOPIC_HEADS | tables_es.TOPIC_HEADS
_REACH = 6
"""At most this many figures back where the topic's metric is looked for."""
_SENTENCES = 2
"""At most this many sentences back where that figure may stand."""


class _Draft(Protocol):
    metric: str
    sentence: int


def _bare(metric: str, lex: Lexicon) -> bool:
    return metric in _HEADS or is_demonym(metric, lex)


def _reach(metric: str) -> int:
    """Sentences back a bare head may look: its own for "people", `_SENTENCES` for others."""
    return 0 if is_generic(metric) else _SENTENCES


def metric_of_topic(drafts: Sequence[_Draft], registry: MetricRegistry, lex: Lexicon) -> None:
    """Give each draft whose metric is only a head of people the registered metric of the
    nearest draft before it (at most `_REACH` drafts and `_reach` sentences back), in
    place."""
    for i, draft in enumerate(drafts):
        if registry.known(draft.metric) or not (
            _bare(draft.metric, lex) or is_generic(draft.metric)
        ):
            continue
        for j in range(i - 1, max(i - _REACH, 0) - 1, -1):
            if draft.sentence - drafts[j].sentence > _reach(draft.metric):
                break
            before = drafts[j].metric
            if registry.known(before):
                draft.metric = before
                break
