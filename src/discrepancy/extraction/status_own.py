"""The status a figure's own words give it (session 10, g-metric).

The status verb of a sentence is read from its clause (`status`); some figures say their
own status in the words right after their noun, and those words win:

* **A suspected count is never a confirmed one.** Outbreak reports set confirmed cases beside
  suspected and probable ones: "confirmed four cases and is investigating seven suspected
  cases", "four cases, all confirmed or suspected", "probable, suspected and confirmed
  infections came to 52", "confirmó 40 casos y 12 sospechosos". A figure whose noun
  phrase or predicate names a suspicion (the tables' ``SUSPECT_WORDS``), or whose confirming
  word is listed with one ("confirmed or suspected"), is reported: the source only counts them.
* **A figure's own participle of reporting or confirming.** In "confirmed a new toll of 83,
  far more than the 31 people reported dead by the mayor" the 31 took the "confirmed" of the
  other clause: its own participle says it was reported. "25 people are confirmed dead",
  "30 were confirmed killed" are confirmed by their own words even where no verb of the
  clause confirms (tables
  ``OWN_REPORTED_WORDS``, ``LISTED_CONFIRM_WORDS``, ``CONFIRMED_STATES``).
* **A crowd still to come is a target.** "the union estimated that 6,000 nurses will rally",
  "the crowd will grow to 50,000", "prevén que 50.000 personas marcharán": a figure of a
  crowd with its own future verb is what its source expects, pledged like "hoped to draw
  50,000", never a count of a crowd that gathered (session 10, lead; tables
  ``FUTURE_AUX``).
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.claim import Status, StatusClass
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.sentences import Tok

__all__ = ["future_crowd", "own_status"]

_SUSPECT = tables_en.SUSPECT_WORDS | tables_es.SUSPECT_WORDS
_CONFIRM = tables_en.LISTED_CONFIRM_WORDS | tables_es.LISTED_CONFIRM_WORDS
_REPORTED = tables_en.OWN_REPORTED_WORDS | tables_es.OWN_REPORTED_WORDS
_STATES = tables_en.CONFIRMED_STATES | tables_es.CONFIRMED_STATES
_LINKS = frozenset({"or", "and", "o", "u", "y", "e", ","})
_PREDICATE_REACH = 3
"""How many words after a figure's noun its own predicate is looked for ("45 cases were
suspected", "25 people are already confirmed dead")."""
_AUX = frozenset(
    {"were", "are", "was", "is", "being", "been", "have", "had", "already", "now", "all"}
    | {"son", "eran", "fueron", "estan", "ya", "han", "sido", "todos", "todas"}
)


def _listed_with_suspicion(norms: Sequence[str], lo: int, hi: int) -> bool:
    """Whether a confirming word of the clause ``[lo, hi)`` is joined to a suspicion by "or",
    "and" or a comma ("confirmed or suspected", "probable, suspected and confirmed")."""
    for k in range(lo, hi):
        if norms[k] not in _CONFIRM:
            continue
        for j in (k - 2, k + 2):
            if lo <= j < hi and norms[j] in _SUSPECT and norms[(k + j) // 2] in _LINKS:
                return True
    return False


def _predicate(toks: Sequence[Tok], norms: Sequence[str], k: int, hi: int) -> int | None:
    """Where the figure's own predicate word stands after its noun (from ``k``, past
    auxiliaries), before any other figure or punctuation; ``None`` where there is none."""
    for j in range(k, min(k + _PREDICATE_REACH, hi)):
        if toks[j].kind in ("n", "p"):
            return None
        if norms[j] not in _AUX:
            return j
    return None


def own_status(
    toks: Sequence[Tok],
    norms: Sequence[str],
    noun: tuple[int, int],
    clause: tuple[int, int],
    status: Status,
) -> Status:
    """``status``, or the one the figure's own words give it (the module's rules). ``noun``
    is the figure's noun phrase (empty where it has none), ``clause`` its clause's bounds."""
    first, last = noun
    lo, hi = clause
    said = _predicate(toks, norms, last, hi) if last > first else None
    word = norms[said] if said is not None else ""
    checked = status.status_class is StatusClass.CONFIRMED
    if checked and any(norms[k] in _SUSPECT for k in range(first, last)):
        return Status.REPORTED  # "seven suspected cases", "12 sospechosos"
    if checked and (word in _SUSPECT or word in _REPORTED):
        return Status.REPORTED  # "45 cases were suspected", "31 people reported dead"
    if checked and _listed_with_suspicion(norms, lo, hi):
        return Status.REPORTED  # "confirmed or suspected"
    if (
        status is Status.REPORTED
        and said is not None
        and word in _CONFIRM
        and said + 1 < hi
        and norms[said + 1] in _STATES
    ):
        return Status.CONFIRMED  # "25 people are confirmed dead"
    return status


_FUTURE_AUX = tables_en.FUTURE_AUX | tables_es.FUTURE_AUX
_FUTURE_ENDINGS = ("ran", "rian", "ra", "ria")  # folded: "marcharán", "llegará", "serían"
_TO = frozenset({"to", "up", "a", "hasta", "los", "las"})
_CROWD_METRICS = frozenset({"protesters", "people", "personas", "attendees", "marchers"})


def _future_verb(tok: Tok) -> bool:
    """A future or conditional verb: "will", "would", or a lowercase Spanish verb in the
    future ("marcharán", "llegará") or the conditional ("asistirían")."""
    word = tok.norm
    if word in _FUTURE_AUX:
        return True
    return (
        tok.kind == "w"
        and not tok.cap
        and len(word) > 5
        and word.endswith(_FUTURE_ENDINGS)
        and word not in _NOT_FUTURE
    )


_NOT_FUTURE = frozenset({"ahora", "fuera", "hora", "afuera", "para", "contra", "cifra", "otra"})


def future_crowd(
    toks: Sequence[Tok], norms: Sequence[str], figure: tuple[int, int], noun_end: int, metric: str
) -> bool:
    """Whether a crowd's figure is one still to come: its own verb after its noun is future
    ("4,500 people will march", "50.000 personas marcharán"), or it is the level a future
    verb reaches ("will grow to 50,000", "llegará a 50.000")."""
    if metric not in _CROWD_METRICS:
        return False
    first, _ = figure
    if noun_end < len(toks) and _future_verb(toks[noun_end]):
        return True
    k = first - 1
    while k >= 0 and norms[k] in _TO:
        k -= 1
    if k < first - 1 and k >= 0 and _future_verb(toks[k]):
        return True  # "llegará a 50.000"
    return k >= 1 and k < first - 1 and norms[k - 1] in _FUTURE_AUX  # "will grow to 50,000"
