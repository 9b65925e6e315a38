"""Word cues read around one figure that make it part of another count, or relate it to one.

A figure opens or sits in a subset ("among the dead were 12 children", "five of the
injured"), adds to a count ("35 new cases"), is a difference ("40,500 more than the day
before"), a total of the figures before it ("a total of 217"), a sector's share ("96 % in
agriculture"), a destination's part ("1,700 have entered Poland"), a partitive whole ("of the
6.6 million who fled, ..."), or a revision of its source's last figure ("revised the toll down
to 42,000"). Each cue is a small predicate over the sentence's normalized words; `reading`
sets the matching `claims.Draft` flags and `claims.finalize` links the drafts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.revision import (
    corrects,
    new_figure,
)
from discrepancy.extraction.sentences import Tok
from discrepancy.metrics import MetricKind

if TYPE_CHECKING:
    from discrepancy.extraction.claims import Draft
    from discrepancy.extraction.indexes import Metrics
    from discrepancy.extraction.lexicon import Lexicon

__all__ = [
    "among_event",
    "bare_opening",
    "is_destination",
    "is_difference",
    "is_increment",
    "is_partitive_whole",
    "is_sector",
    "is_total",
    "mark_figure_part",
    "of_a_group",
    "own_finding",
    "refers_back",
    "relative_part",
    "revision_of",
    "same_voice",
    "sector_start",
    "subset_start",
    "subset_subject",
    "with_part",
]


def _by_first(phrases: Sequence[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases keyed by their first word, for one pass over a sentence's words."""
    found: dict[str, tuple[tuple[str, ...], ...]] = {}
    for phrase in phrases:
        found[phrase[0]] = (*found.get(phrase[0], ()), phrase)
    return found


_OPENERS = _by_first((*tables_en.SUBSET_OPENERS, *tables_es.SUBSET_OPENERS))
_OF_THE = tables_en.SUBSET_OF | tables_es.SUBSET_OF
""""of the" / "de los" / "de las": before a figure, its whole follows ("of the 25 dead, 12 …");
after it, the group it is a part of ("five of the injured"); opening a sentence, a subset
opener only as the sentence's first words ("Of the dead, 17 were children")."""


def subset_start(norms: Sequence[str]) -> int | None:
    """Where a sentence's figures start being parts of a count already given ("Among the
    dead were...", "Entre los fallecidos hay...", "..., including 12 children"): the token
    after the first subset opener (tables ``SUBSET_OPENERS``), or ``None``. One pass."""
    if _OPENERS.keys().isdisjoint(norms):  # most sentences: no opener's first word at all
        return None
    for k, w in enumerate(norms):
        for phrase in _OPENERS.get(w, ()):
            size = len(phrase)
            if tuple(norms[k : k + size]) != phrase:
                continue
            if phrase in _OF_THE and k != 0:
                continue
            return k + size
    return None


_PREDICATES = _by_first((*tables_en.SUBSET_PREDICATES, *tables_es.SUBSET_PREDICATES))
_SUBJECT_BREAKS = frozenset(
    {
        "were",
        "was",
        "are",
        "is",
        "said",
        "says",
        "fueron",
        "eran",
        "son",
        "estan",
        "dijo",
        "dijeron",
    }
)
"""Words that end the subject of a subset predicate, reading back from it: a figure before
one of them belongs to another clause ("32 people were hurt and eight women were among the
injured": the 32 is no part)."""


def subset_subject(norms: Sequence[str]) -> tuple[int, int] | None:
    """The tokens of the subject of a subset predicate (tables ``SUBSET_PREDICATES``: "Eight
    women and three children were among the injured", "Ocho mujeres figuran entre los
    heridos"): from the nearest subject break (or the sentence's start) to the predicate.
    The figures in it are parts of a group already counted. ``None`` where there is no such
    predicate. One pass."""
    if _PREDICATES.keys().isdisjoint(norms):
        return None
    for k, w in enumerate(norms):
        for phrase in _PREDICATES.get(w, ()):
            if tuple(norms[k : k + len(phrase)]) == phrase:
                start = k
                while start > 0 and norms[start - 1] not in _SUBJECT_BREAKS:
                    start -= 1
                return start, k
    return None


_BARE_VERBS = tables_en.PART_PASSIVE_AUXILIARIES | tables_es.PART_PASSIVE_AUXILIARIES


def bare_opening(norms: Sequence[str], first: int, last: int) -> bool:
    """Session 13: a figure with no noun that opens its sentence as the subject of a
    passive or a verb of what befell them ("18 protesters were killed. Nine were shot in
    the head"; "Nueve fueron alcanzados en la cabeza"): it names a part of a count just
    given, unless its sentence gives it its own day or source (the caller checks)."""
    return first == 0 and last < len(norms) and norms[last] in _BARE_VERBS


def same_voice(draft: Draft, before: Draft | None) -> bool:
    """Whether ``draft`` names no source of its own, or the one of the figure ``before`` it
    ("…, he said" read as the same speaker): a part, not a rival's figure."""
    if not draft.claimants:
        return True
    return before is not None and {c.key for c in draft.claimants} == {
        c.key for c in before.claimants
    }


def of_a_group(norms: Sequence[str], last: int, person_nouns: frozenset[str]) -> bool:
    """A figure followed by "of the" / "de los" and a noun of people, perhaps after one
    word ("Five of the injured", "four of the seriously injured", "tres de los detenidos"):
    a part of that group, counted already."""
    if last + 2 >= len(norms) or (norms[last], norms[last + 1]) not in _OF_THE:
        return False
    return norms[last + 2] in person_nouns or (
        last + 3 < len(norms) and norms[last + 2].isalpha() and norms[last + 3] in person_nouns
    )


_BACK = frozenset(
    {"them", "those", "these", "whom", "ellos", "ellas", "estos", "estas", "esos", "esas"}
)


def refers_back(norms: Sequence[str], last: int) -> bool:
    """A figure followed by "of them", "of those cases", "de ellos", "de esos casos": a
    part of a count already given, whatever noun follows."""
    return last + 1 < len(norms) and norms[last] in ("of", "de") and norms[last + 1] in _BACK


_RELATIVES = tables_en.PART_RELATIVES + tables_es.PART_RELATIVES


def relative_part(norms: Sequence[str], last: int) -> bool:
    """Session 13: whether a relative of a part follows the figure ("one of whom has died",
    "12 de las cuales murieron"): the clause after it says what the part did, so a part
    whose own words name an act counts that act, not what its whole counts."""
    return any(tuple(norms[last : last + len(p)]) == p for p in _RELATIVES)


_WITH_PART = tables_en.WITH_PART_WORDS | tables_es.WITH_PART_WORDS


def with_part(norms: Sequence[str], first: int, draft: Draft, before: Draft) -> bool:
    """Session 10: whether the figure at ``first`` (``draft``) opens a "with" clause after a
    comma right after the figure before it (``before``), of its metric and unit and at least
    as large ("the toll has reached 61, with four of the wounded dying in hospital"; "…, con
    12 en la capital"): a part of that count, never its rival. Of another metric it is a count
    of its own ("45 cases, with 25 people dead")."""
    if first < 2 or norms[first - 1] not in _WITH_PART or norms[first - 2] != ",":
        return False
    q, whole = draft.quantity, before.quantity
    return (
        before.metric == draft.metric
        and whole.unit == q.unit
        and whole.interval.low >= q.interval.high
    )


_FIGURE_OPENERS = tables_en.FIGURE_OPENERS | tables_es.FIGURE_OPENERS
"""Openers that name the figure just given, followed by a comma ("De esa cifra, 41 …", "Of
those, 120 …", "Of that number, 120 …"): the figures after them are its parts."""


def mark_figure_part(draft: Draft, norms: Sequence[str], first: int) -> None:
    """Mark ``draft`` a part of the figure just named, given by the same source, when its
    sentence opens with a figure opener and a comma before the number at ``first``."""
    for size in (2, 3):
        if size < first and norms[size] == "," and tuple(norms[:size]) in _FIGURE_OPENERS:
            draft.refers = draft.same_source = True
            return


_INC_BEFORE = tables_en.INCREMENT_BEFORE | tables_es.INCREMENT_BEFORE
_INC_AFTER = tables_en.INCREMENT_AFTER | tables_es.INCREMENT_AFTER
_INC_NOT_BEFORE = frozenset({"than", "de", "que", "del"})  # "more than", "más de", "más que"
_MORE = frozenset({"more", "mas"})
_REVISE = tables_en.REVISE_WORDS | tables_es.REVISE_WORDS
_NOT_VERB_AFTER = tables_es.DURATION_UNITS | frozenset(tables_es.WEEKDAYS)
"""Round 9b: words after which a revising participle is an adjective, not a verb: "la cifra
del año pasado es de 120.000" (last year), "el lunes pasado"."""
_REVISE_GAP = 8
"""At most this many words between a revising verb and its figure ("revised the death toll
down to 42,000")."""


def is_increment(norms: Sequence[str], first: int, last: int, noun_end: int) -> bool:
    """Whether the figure at tokens ``first:last`` (its noun ending at ``noun_end``) counts
    what was added to a count: "another 3", "a further 12", "otros 35" before it; "more",
    "new", "nuevos" right after it ("one more person", "35 nuevos casos"); "más" / "more"
    after its noun ("tres muertos más"). Not "more than" / "más de"."""
    if first > 0 and norms[first - 1] in _INC_BEFORE:
        return True
    for k, words in ((last, _INC_AFTER), (noun_end, _MORE)):
        if k < len(norms) and norms[k] in words:
            after = norms[k + 1] if k + 1 < len(norms) else ""
            if after not in _INC_NOT_BEFORE:
                return True
    return False


_OWN: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase in (*tables_en.OWN_FINDING, *tables_es.OWN_FINDING):
    _OWN[_phrase[0]] = (*_OWN.get(_phrase[0], ()), _phrase)


def own_finding(norms: Sequence[str]) -> bool:
    """Whether a sentence says its figures are the outlet's own finding ("the school's
    register has shown", "one of our reporters", "ha podido saber este diario"; tables
    ``OWN_FINDING``). One pass."""
    if _OWN.keys().isdisjoint(norms):
        return False
    for k, w in enumerate(norms):
        for phrase in _OWN.get(w, ()):
            if tuple(norms[k : k + len(phrase)]) == phrase:
                return True
    return False


_TOTAL_BEFORE = (*tables_en.TOTAL_BEFORE, *tables_es.TOTAL_BEFORE)
_TOTAL_AFTER = (*tables_en.TOTAL_AFTER, *tables_es.TOTAL_AFTER)
_TOTAL_BEFORE_LAST = frozenset(p[-1] for p in _TOTAL_BEFORE)
_TOTAL_AFTER_FIRST = frozenset(p[0] for p in _TOTAL_AFTER)


def is_total(norms: Sequence[str], first: int, last: int, noun_end: int) -> bool:
    """Whether the figure at tokens ``first:last`` is stated as the total of the figures
    before it in its sentence: "a total of 217", "for a total of", "un total de", "en total
    244" right before it, "in all" / "en total" right after it or its noun (tables
    ``TOTAL_BEFORE``, ``TOTAL_AFTER``)."""
    if first > 0 and norms[first - 1] in _TOTAL_BEFORE_LAST:
        for phrase in _TOTAL_BEFORE:
            size = len(phrase)
            if first >= size and tuple(norms[first - size : first]) == phrase:
                return True
    for k in (last, noun_end):
        if k < len(norms) and norms[k] in _TOTAL_AFTER_FIRST:
            for phrase in _TOTAL_AFTER:
                if tuple(norms[k : k + len(phrase)]) == phrase:
                    return True
    return False


_SECTORS = tables_en.SECTORS | tables_es.SECTORS
_SECTOR_LINKS = tables_en.SECTOR_LINKS | tables_es.SECTOR_LINKS
_ARTICLES = frozenset({"the", "el", "la", "los", "las", "its", "su", "sus"})


def is_sector(norms: Sequence[str], last: int, noun_end: int) -> bool:
    """Whether a sector phrase follows the figure or its noun ("88% in transport", "al 96 %
    en la agricultura", "in the public sector"; tables ``SECTORS``, ``SECTOR_LINKS``): an
    opening word, an optional article, then a sector head within two words."""
    for k in {last, noun_end}:
        if k >= len(norms) or norms[k] not in _SECTOR_LINKS:
            continue
        j = k + 1
        if j < len(norms) and norms[j] in _ARTICLES:
            j += 1
        if not _SECTORS.isdisjoint(norms[j : j + 2]):
            return True
    return False


_BY_SECTOR = frozenset({("by", "sector"), ("por", "sectores"), ("by", "sectors")})
_BY = frozenset(p[0] for p in _BY_SECTOR)


def sector_start(norms: Sequence[str]) -> int | None:
    """Where a sentence's figures start being sectors' parts: after "by sector" / "por
    sectores" anywhere, or after an opening sector phrase ("In transport, …", "En la banca,
    …"); ``None`` otherwise."""
    for k in range(len(norms) - 1) if not _BY.isdisjoint(norms) else ():
        if norms[k] in _BY and (norms[k], norms[k + 1]) in _BY_SECTOR:
            return k + 2
    if norms and norms[0] in _SECTOR_LINKS:
        j = 2 if len(norms) > 1 and norms[1] in _ARTICLES else 1
        if not _SECTORS.isdisjoint(norms[j : j + 2]):
            return j + 1
    return None


def is_partitive_whole(norms: Sequence[str], first: int) -> bool:
    """Whether the figure starting at token ``first`` follows "of the" / "de los" / "de las"
    ("of the more than 6.6 million refugees, 2.9 million …"): the whole the figures after
    it in its sentence are parts of."""
    return first >= 2 and (norms[first - 2], norms[first - 1]) in _OF_THE


_DIFF_AFTER = tables_en.DIFFERENCE_AFTER | tables_es.DIFFERENCE_AFTER
_DIFF_WORDS = frozenset({"more", "fewer", "less", "mas", "menos"})
_DIFF_ES = frozenset({"mas", "menos"})


def is_difference(norms: Sequence[str], last: int, noun_end: int | None = None) -> bool:
    """Whether the figure ending before token ``last`` is a difference from another count:
    "more than" / "fewer than" / "más que" / "menos que" right after it ("40,500 more than
    the day before"), or "más que" / "menos que" after its noun ("10.000 personas más que el
    año pasado"; ``noun_end``). Such a figure is added to a count, never a level of it."""

    def at(k: int, words: frozenset[str], after: frozenset[str]) -> bool:
        return k + 1 < len(norms) and norms[k] in words and norms[k + 1] in after

    if at(last, _DIFF_WORDS, _DIFF_AFTER):
        return True
    return (
        noun_end is not None
        and noun_end > last
        and at(noun_end, _DIFF_ES, tables_es.DIFFERENCE_AFTER)
    )


_DEST_VERBS = tables_en.DESTINATION_VERBS | tables_es.DESTINATION_VERBS
_DEST_LINKS = tables_en.DESTINATION_LINKS | tables_es.DESTINATION_LINKS
_DEST_BARE = frozenset({"entered", "reached", "entraron", "ingresaron", "entrado", "ingresado"})
"""Destination verbs whose place may follow with no preposition ("entered Poland")."""
_NOT_PLACES = frozenset(tables_en.MONTHS) | frozenset(tables_es.MONTHS)
_NOT_PLACES |= frozenset(tables_en.WEEKDAYS) | frozenset(tables_es.WEEKDAYS)
_DEST_GAP = 12
"""At most this many tokens between a figure and its destination verb ("840,000 people
who left the war zone have crossed into Romania")."""


def is_destination(toks: Sequence[Tok], norms: Sequence[str], last: int) -> bool:
    """Whether a destination verb after the figure, before any punctuation or other number,
    names a place: "have entered Poland", "crossed into Hungary", "entraron en Polonia",
    "han llegado a Moldavia" (a capitalized word that is no month or weekday). Bounded: at
    most `_DEST_GAP` tokens are looked at."""
    stop = min(len(norms), last + _DEST_GAP + 1)
    for k in range(last, stop):
        if toks[k].kind in ("n", "p"):
            return False
        if norms[k] not in _DEST_VERBS:
            continue
        j = k + 1
        if j < len(norms) and norms[j] in _DEST_LINKS:
            j += 1
        elif norms[k] not in _DEST_BARE:
            continue  # "fled Ukraine" names where they left, "fled to Moldova" where they went
        if j < len(norms) and toks[j].cap and toks[j].kind == "w" and norms[j] not in _NOT_PLACES:
            return True
    return False


def revision_of(norms: Sequence[str], first: int, starts: Sequence[int], k: int) -> int | None:
    """For the figure ``k`` of a sentence (its tokens from ``first``; ``starts``: where each
    figure starts), whether a revising verb governs it ("revised the toll down to 42,000",
    "corrigió la cifra a 31"): ``-1`` for the source's last figure, or the index of the
    figure it replaces in the same sentence ("… to 42,000 from 47,000"); ``None`` when it
    revises nothing."""
    if first == 0:
        return None
    if norms[first - 1] not in ("to", "a", "en"):
        return -1 if _revised_clause(norms, first) else None
    lo = max(0, first - 1 - _REVISE_GAP)
    if not any(_revising(norms, j) for j in range(lo, first - 1)):
        return -1 if _revised_clause(norms, first) else None
    if k + 1 < len(starts) and norms[starts[k + 1] - 1] in ("from", "de", "desde"):
        gap = norms[first : starts[k + 1] - 1]
        if len(gap) <= 3:
            return k + 1  # "to 42,000 from 47,000"
    return -1


_REVISE_VERB_GAP = 6
"""At most this many words between a revising verb and its figure with no "to" ("corrigió y
reportó esta madrugada 525")."""


def _revised_clause(norms: Sequence[str], first: int) -> bool:
    """A figure its clause gives as a body's replacement of its last one, with no "to": a
    "new figures" phrase (`revision.new_figure`), a correction ("should have read 170,000",
    `revision.corrects`), or a revising verb a few words before with no other number or
    punctuation between ("corrigió y reportó esta madrugada 525", "revised data show 600")."""
    if corrects(norms, first) or new_figure(norms, first):
        return True
    for k in range(first - 1, max(first - _REVISE_VERB_GAP, 0) - 1, -1):
        w = norms[k]
        if not w or not w[0].isalpha():
            return False
        if _revising(norms, k):
            return True
    return False


def _revising(norms: Sequence[str], k: int) -> bool:
    """Whether token ``k`` is a revising verb: a revising word not used as an adjective
    (`_NOT_VERB_AFTER`)."""
    return norms[k] in _REVISE and not (k > 0 and norms[k - 1] in _NOT_VERB_AFTER)


def among_event(metric: str, norms: Sequence[str], at: int, lex: Lexicon, table: Metrics) -> str:
    """Session 12: the event of the count a subset opener names ("Among the dead were 41
    protesters", "Entre los fallecidos hay 41 manifestantes": deaths) for a figure whose own
    noun only says who the people were (a crowd's metric or none registered); else
    ``metric``."""
    among = lex.event_words.get(norms[at]) if at < len(norms) else None
    if among is None or among == metric or table.lookup((among,)) is None:
        return metric
    if table.registry.known(metric) and table.kind(metric) is not MetricKind.EVENT_COUNT:
        return metric
    return among
