"""What opens a sentence before the subject of its verb of saying (session 10, g-src).

The walk back from a verb (`claimant_backward`) asks two questions of the words that open the
sentence: is the first of them a day ("Ayer el sindicato minero aseguró", "El martes la Cruz
Roja …", "Late last night the ministry said"), which is when the source spoke and no part of
its name; and is a body's name before an "and / y" the first of a pair of bodies that speak
together ("The regional government and the Red Cross said") rather than a clause of its own
("el efecto es moderado y los sindicatos cifran").
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction.claimant_phrases import ARTICLES
from discrepancy.extraction.claimant_pieces import _COPULAS
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["after_time", "first_conjunct"]

_HAVE = frozenset({"has", "have", "had"})

_TIME_LEADS = frozenset(
    {"el", "este", "esta", "pasado", "por", "la", "de", "on", "this", "last", "early", "late"}
)
"""Words that may open a day or a part of it before the day's word ("el martes", "esta
mañana", "el lunes por la noche", "on Monday", "late last night")."""
_DAY_PARTS = frozenset(
    {"manana", "tarde", "noche", "madrugada", "anoche", "morning", "afternoon", "evening"}
    | {"night", "overnight"}
)
_TIME_LEAD_REACH = 2


def _time_word(toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """A day's word at ``k``: "ayer", "today"; a weekday in lower case or after a lead
    ("el martes", "on Monday", never "The Sunday Ledger"); a part of a day in lower case
    ("por la noche", never "The Evening Ledger")."""
    w = norms[k]
    if w in lex.today or w in lex.yesterday:
        return True
    if w in lex.weekdays:
        return not toks[k].cap or (k > 0 and norms[k - 1] in _TIME_LEADS and not toks[k - 1].cap)
    return w in _DAY_PARTS and not toks[k].cap


def after_time(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> list[int]:
    """ "Ayer el sindicato minero aseguró", "El martes la Cruz Roja aseguró", "Late last
    night the ministry said": the day that opens the sentence before the subject is when it
    spoke, not part of its name (session 10). A lead word ("el", "esta", "on") goes only
    with a day's word at most two words after it; the rest must open with an article or a
    capital."""
    p = 0
    timed = False
    while p < len(span):
        if _time_word(toks, norms, span[p], lex):
            timed = True
            p += 1
            continue
        if norms[span[p]] in _TIME_LEADS and any(
            _time_word(toks, norms, span[q], lex)
            for q in range(p + 1, min(len(span), p + 1 + _TIME_LEAD_REACH))
        ):
            p += 1
            continue
        break
    if not timed or p == 0 or p >= len(span):
        return span
    rest = span[p:]
    if norms[rest[0]] in ARTICLES or toks[rest[0]].cap:
        return rest
    return span


_CONJUNCT_SPAN = 6


_BRACKETS = frozenset({"(", ")"})


def first_conjunct(toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """The words before the "and / y" at ``i`` open the sentence and are a body's name, no
    clause: "The Afghan government and the U.N. said", "El Gobierno regional y la Cruz Roja
    informaron" (session 10): the subject is both; "el efecto es moderado y los sindicatos
    cifran" has a verb before "y" and is two clauses."""
    acronym = 3 if i > 3 and norms[i - 1] == ")" and norms[i - 3] == "(" else 0
    if i < 2 or i - acronym > _CONJUNCT_SPAN:  # "(PDH)" before "y" lengthens no name
        return False
    if not (toks[0].cap or norms[0] in ARTICLES):
        return False
    if not any(
        norms[k] in lex.government_heads or norms[k] in lex.generic_heads or toks[k].cap
        for k in range(1, i)
    ):
        return False
    return all(
        norms[k] in _BRACKETS  # h-who-es: "La Procuraduría (PDH) y el Ministerio reportaron"
        or (
            toks[k].kind == "w"
            and norms[k] not in lex.say_verbs
            and norms[k] not in _COPULAS
            and norms[k] not in _HAVE
            and norms[k] not in lex.auxiliaries
        )
        for k in range(i)
    )
