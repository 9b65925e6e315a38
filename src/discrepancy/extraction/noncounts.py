"""Numbers that are no level of a count, read from the words that govern them (round 8).

A figure can be written like a count and still measure something else. Three classes, each
read from the figure's own clause (bounded windows, one pass; words in the per-language
tables, same names in both):

* the size of a change between two counts: a change noun before it ("a difference of 120",
  "un aumento de 16 mil 747", "the increase in turnout by 6 percent"; `CHANGE_NOUNS`), or a
  comparison with another figure after it or its noun ("1,500 more than the company said",
  "5.200 muertes más que las registradas"; `COMPARATIVES` … `THAN_WORDS`). A comparison with
  the same count at another time ("40,500 more than the day before", `COMPARED_TIMES`) is
  what was added since: it is left to the parts rules of `discrepancy.extraction.claims`;
* the size of a correction: a correction adverb beside a tally verb before or after it
  ("300 deaths wrongly attributed", "wrongly added 1,000 deaths"; `CORRECTION_ADVERBS`,
  `TALLY_VERBS`; "wrongly arrested 40" counts people), a counting-twice phrase after it
  ("400 deaths were double-counted"; `CORRECTION_PHRASES`),
  or a removal verb before it with a tally noun after it ("removed 210 deaths from its
  tally"; `REMOVAL_VERBS`, `TALLY_NOUNS`);
* a number inside a capitalised name of a body ("Local 1199", "the Ardent-TWU 4410 union";
  `ORG_NAME_NOUNS`), or a number word written with a capital inside a name ("la Marcha del
  Millón", "the Million Mask March"; round 11);
* the measure in a compound modifier (round 11): a figure hyphened to a singular noun that,
  with it, qualifies the noun after ("the 40-member parliament", "a 12-storey block"). A
  unit of people (`COMPOUND_PEOPLE_UNITS`: "a 2,000-strong crowd", "a 300-person march")
  and a hedge before a noun of people ("40-odd people") stay counts.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_threshold import threshold
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = ["not_a_level"]

_CHANGE_NOUNS = tables_en.CHANGE_NOUNS | tables_es.CHANGE_NOUNS
_OF = frozenset({"of", "de", "del"})
_BY = frozenset({"by", "en"})
_BY_REACH = 6
"""At most this many words between a change noun and the "by" of its figure."""
_ARTICLES = frozenset({"a", "an", "the", "un", "una", "el", "la"})
_COMPARATIVES = tables_en.COMPARATIVES | tables_es.COMPARATIVES
_THAN = tables_en.THAN_WORDS | tables_es.THAN_WORDS
_NOT_COMPARED = frozenset({"se", "ya", "no"})
"""After Spanish "que": a relative clause ("tres muertos más que se suman"), no comparison."""
_TIMES = tables_en.COMPARED_TIMES | tables_es.COMPARED_TIMES
_TIME_LEADS = frozenset({"the", "el", "la", "in", "en", "on", "at"})
"""Words that may open the compared phrase before its time word ("than the day before",
"que el año pasado"); "que los registrados aquel día" compares with another figure."""
_ADVERBS = tables_en.CORRECTION_ADVERBS | tables_es.CORRECTION_ADVERBS
_PHRASES = tables_en.CORRECTION_PHRASES | tables_es.CORRECTION_PHRASES
_PHRASE_FIRSTS = frozenset(p[0] for p in _PHRASES)
_TALLY_VERBS = tables_en.TALLY_VERBS | tables_es.TALLY_VERBS
_REMOVAL = tables_en.REMOVAL_VERBS | tables_es.REMOVAL_VERBS
_TALLY = tables_en.TALLY_NOUNS | tables_es.TALLY_NOUNS
_ORG_NOUNS = tables_en.ORG_NAME_NOUNS | tables_es.ORG_NAME_NOUNS
_NOUN_REACH = 3
"""At most this many words of the figure's noun between it and a comparative or mark."""
_THAN_REACH = 4
"""At most this many words between a comparative and its "than" / "que"."""
_MARK_REACH = 6
"""At most this many words after a figure where a correction mark is looked for."""
_REMOVAL_REACH = 3
_TALLY_REACH = 8


def not_a_level(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, lex: Lexicon
) -> bool:
    """Whether the figure at tokens ``first:last`` is a change, a correction, a name, the
    measure of a compound modifier or a rule's bar
    (`counted_threshold`)."""
    return (
        _rate_of_things(norms, first)
        or _changed(toks, norms, first)
        or _compared(toks, norms, last, lex)
        or _corrected(toks, norms, first, last)
        or _named(toks, norms, first, last)
        or _capital_number_word(toks, norms, first, last, lex)
        or _compound_measure(toks, norms, last, lex)
        or threshold(norms, first, last)  # session 13: "a 5% threshold"
    )


_RATES = frozenset({"rate", "rates", "tasa", "tasas", "ratio", "indice"})
_RATE_OF_THINGS = tables_en.RATE_OF_THINGS | tables_es.RATE_OF_THINGS
_RATE_REACH = 5
"""At most this many words before a figure where its rate and the rate's qualifier stand
("the case fatality rate stood at 2%", "la tasa de letalidad es del 2%")."""


def _rate_of_things(norms: Sequence[str], first: int) -> bool:
    """g-what: a rate that is no share of people ("a fatality rate of 2%", "la tasa de
    letalidad del 2%", "unemployment rate of 12%"): a rate noun and a qualifier of
    `RATE_OF_THINGS` in the few words before the figure, in its clause."""
    rate = qualifier = False
    for k in range(first - 1, max(first - _RATE_REACH, 0) - 1, -1):
        w = norms[k]
        if w in (".", ";", ",", ":"):
            break
        rate = rate or w in _RATES
        qualifier = qualifier or w in _RATE_OF_THINGS
    return rate and qualifier


def _changed(toks: Sequence[Tok], norms: Sequence[str], first: int) -> bool:
    """ "a difference of 120", "un aumento de 16 mil 747": a change noun, then "of" / "de";
    "the increase in turnout by more than 6 percent": a change noun earlier in the clause,
    then "by" / "en" right before the figure."""
    if first < 2:
        return False
    before = norms[first - 1]
    if before in _OF:
        return norms[first - 2] in _CHANGE_NOUNS
    if before not in _BY:
        return False
    for k in range(first - 2, max(first - 2 - _BY_REACH, -1), -1):
        if norms[k] in _CHANGE_NOUNS:
            return True
        if toks[k].kind in ("p", "n"):
            return False
    return False


def _plain(tok: Tok) -> bool:
    return tok.kind in ("w", "x")


def _compared(toks: Sequence[Tok], norms: Sequence[str], last: int, lex: Lexicon) -> bool:
    """ "1,500 more than …", "5.200 muertes más que …", "4 mil fallecidos más en la provincia que
    …": a comparative after the figure or its noun (no event, verb or punctuation between),
    then "than" / "que" within a few words; not a Spanish relative "que se …"."""
    n = len(norms)
    if _COMPARATIVES.isdisjoint(norms[last : last + _NOUN_REACH + 1]):
        return False  # the common case, one C-level scan
    k = last
    while k < n and k - last <= _NOUN_REACH and norms[k] not in _COMPARATIVES:
        w = norms[k]
        if not _plain(toks[k]) or w in lex.auxiliaries:
            return False
        if k > last and w in lex.event_words:
            return False  # "300 were killed more than …"; the noun itself may be one ("muertos")
        if w in lex.say_verbs:
            return False
        k += 1
    if k >= n or norms[k] not in _COMPARATIVES:
        return False
    for m in range(k + 1, min(k + 2 + _THAN_REACH, n)):
        if norms[m] in _THAN:
            after = norms[m + 1] if m + 1 < n else ""
            if after in _NOT_COMPARED or after in lex.auxiliaries:
                return False
            j = m + 1
            while j < n and j - m <= 2 and norms[j] in _TIME_LEADS:
                j += 1
            return j >= n or not (norms[j] in _TIMES or norms[j][:1].isdecimal())
        if not _plain(toks[m]):
            return False
    return False


def _corrected(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> bool:
    """The size of a correction: a correction adverb or phrase a few words after the figure
    ("300 deaths wrongly attributed", "400 were double-counted", "contadas dos veces"), or a
    removal verb just before it and a tally noun after it ("removed 210 deaths from its
    tally", "restó 1.043 del total")."""
    n = len(norms)
    before = norms[max(first - _REMOVAL_REACH, 0) : first]
    after = norms[last : last + _MARK_REACH]
    if (
        _ADVERBS.isdisjoint(before)
        and _REMOVAL.isdisjoint(before)
        and _ADVERBS.isdisjoint(after)
        and _PHRASE_FIRSTS.isdisjoint(after)
    ):
        return False  # the common case, C-level scans only
    for k in range(max(first - _REMOVAL_REACH, 0), first):
        if norms[k] in _ADVERBS and _beside_tally(norms, k):
            return True  # "wrongly added 1,000 deaths"
    for k in range(last, min(last + _MARK_REACH, n)):
        w = norms[k]
        if w in _ADVERBS and _beside_tally(norms, k):
            return True
        if w in _PHRASE_FIRSTS:
            for phrase in _PHRASES:
                if tuple(norms[k : k + len(phrase)]) == phrase:
                    return True
        if toks[k].kind == "p" and w != "-":
            break
    if _REMOVAL.isdisjoint(before):
        return False
    for k in range(last, min(last + _TALLY_REACH, n)):
        if norms[k] in _TALLY:
            return True
        if toks[k].kind == "p":
            return False
    return False


def _beside_tally(norms: Sequence[str], k: int) -> bool:
    """Whether the correction adverb at ``k`` modifies a tally verb just before or after it
    ("wrongly attributed", "atribuidas erróneamente"): "wrongly arrested" is no correction."""
    before = norms[k - 1] if k > 0 else ""
    after = norms[k + 1] if k + 1 < len(norms) else ""
    return before in _TALLY_VERBS or after in _TALLY_VERBS


def _named(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> bool:
    """A number inside a capitalised name: "Local 1199" (a body's noun, capitalised, just
    before it), "the Ardent-TWU 4410 union" (a capitalised word before it and a body's noun
    just after it)."""
    if last - first != 1 or first == 0:
        return False
    before = toks[first - 1]
    if before.cap and norms[first - 1] in _ORG_NOUNS and first > 1:
        return True
    after = norms[last] if last < len(norms) else ""
    return (
        after in _ORG_NOUNS
        and before.cap
        and before.kind in ("w", "x")
        and not _sentence_start(toks, first - 1)
    )


def _sentence_start(toks: Sequence[Tok], k: int) -> bool:
    return k == 0 or toks[k - 1].norm in (".", ":", "\n")


_PEOPLE_UNITS = tables_en.COMPOUND_PEOPLE_UNITS | tables_es.COMPOUND_PEOPLE_UNITS
_NAME_LINKS = frozenset({"of", "the", "de", "del", "la", "el"})


def _compound_measure(toks: Sequence[Tok], norms: Sequence[str], last: int, lex: Lexicon) -> bool:
    """ "the 40-member parliament": the figure, a hyphen and a singular noun, all touching,
    then a noun: the pair qualifies that noun, it counts no people. "-strong", "-person"
    (a unit of people) and a hedge before a noun of people ("40-odd people") stay counts."""
    if last + 2 >= len(norms) or norms[last] != "-":
        return False
    hyphen, unit, after = toks[last], toks[last + 1], toks[last + 2]
    if not (toks[last - 1].end == hyphen.start and hyphen.end == unit.start):
        return False
    word, noun = norms[last + 1], norms[last + 2]
    if unit.kind != "w" or word.endswith("s") or word in _PEOPLE_UNITS:
        return False
    if word in lex.person_nouns or word in lex.event_words:
        return False
    if after.kind != "w" or noun in lex.function_words or noun in lex.not_nouns:
        return False
    return noun not in lex.person_nouns and noun not in lex.event_words


def _capital_number_word(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, lex: Lexicon
) -> bool:
    """ "la Marcha del Millón", "the Million Mask March": a number word written with a capital
    inside a sentence, beside a capitalised word (past "de", "del", "of the"), is part of a
    name, not a count."""
    if last - first != 1 or _sentence_start(toks, first) or first == 0:
        return False
    tok = toks[first]
    if tok.kind != "w" or not tok.cap or norms[first] not in lex.number_words:
        return False
    nxt = toks[first + 1] if first + 1 < len(toks) else None
    if nxt is not None and nxt.cap and nxt.kind == "w":
        word = norms[first + 1]  # "the Million Mask March"; not a headline's "Kills Ten People"
        return word not in lex.person_nouns and word not in lex.event_words
    j = first - 1
    while j > 0 and norms[j] in _NAME_LINKS:
        j -= 1
    return j < first - 1 and toks[j].cap and toks[j].kind == "w"  # "la Marcha del Millón"
