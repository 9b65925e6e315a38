"""The per-sentence indexes give what a token-by-token walk gives (the walks as they were
before the indexes, kept here as the reference), on random sentences of the words that
matter to them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from discrepancy.claim import Period, Status
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant import _outside
from discrepancy.extraction.indexes import REACH, ClauseIndex, EventIndex, event_in
from discrepancy.extraction.lexicon import LEXICON as LEX
from discrepancy.extraction.reading import _DateChooser
from discrepancy.extraction.sentences import Tok, TokenMemo, tokenize
from discrepancy.extraction.status import _FUTURE, StatusIndex, _adjectival, _place_subject
from discrepancy.extraction.status_cues import (
    active_keeper,
    conditional,
    future_passive_before,
    negated,
    owns_number,
)
from discrepancy.extraction.when import ANCHOR, CUMULATIVE, RELATIVE, DateMention

WORDS = [
    *sorted(LEX.clause_openers)[:12],
    *sorted(LEX.always_openers)[:6],
    ";",
    ":",
    ",",
    ",",
    "as",
    "the",
    "a",
    "these",
    "people",
    "said",
    "300",
    "police",
    "released",
    "releases",
    "freed",
    "arrested",
    "deaths",
    "remain",
    "detained",
    "still",
    "held",
    "let",
    "out",
    "carried",
    "actually",
    "been",
    "announced",
    "confirmed",
    "registered",
    "estimated",
    "estimado",
    "pledged",
    "have",
    "were",
    "authorized",
    # round 5: negations, conditions, possibilities, coordinators
    "not",
    "if",
    "could",
    "and",
]


def _naive_bounds(norms: Sequence[str], first: int, last: int) -> tuple[int, int]:
    lo = first
    floor = max(0, first - REACH)
    while lo > floor:
        w = norms[lo - 1]
        if w in (";", ":") or w in LEX.always_openers:
            break
        if w == "," and lo < len(norms) and norms[lo] in LEX.clause_openers:
            break
        if norms[lo] in LEX.always_openers or (
            w == "," and norms[lo] in LEX.clause_openers and lo != first
        ):
            break
        lo -= 1
    hi = last
    n = min(len(norms), last + REACH)
    while hi < n:
        w = norms[hi]
        if w in (";", ":") or (w in LEX.always_openers and hi > last):
            break
        if (
            w == ","
            and hi + 1 < n
            and norms[hi + 1] in LEX.clause_openers
            and not (hi + 2 < n and norms[hi + 1] == "as" and norms[hi + 2] in LEX.status_words)
        ):
            break
        hi += 1
    return lo, hi


def _naive_nearest(
    norms: Sequence[str], lo: int, hi: int, at: int, skip: tuple[int, int]
) -> tuple[str, bool] | None:
    best: tuple[int, tuple[str, bool]] | None = None
    for k in range(max(lo, at - REACH), min(hi, at + REACH)):
        if skip[0] <= k < skip[1]:
            continue
        found = event_in(norms, k, LEX)
        if found is not None and (best is None or abs(k - at) < best[0]):
            best = (abs(k - at), found)
    return best[1] if best is not None else None


_CHECKED = (Status.CONFIRMED, Status.VERIFIED, Status.DOCUMENTED)
"""Round 3: a checked participle counts even as an adjective ("123 confirmed cases")."""


def _naive_status(
    norms: Sequence[str], lo: int, hi: int, number: tuple[int, int], attributed: bool
) -> Status:
    best: tuple[int, Status, int] | None = None  # distance, status, where the verb is
    left: tuple[int, Status, int] | None = None  # the nearest verb before the number
    done = False
    for k in range(lo, hi):
        w = norms[k]
        distance = number[0] - k if k < number[0] else k - number[1]
        if number[0] <= k < number[1]:
            if w in ("estimated", "estimado", "estimados"):
                return Status.ESTIMATED
            continue
        found: Status | None = None
        for phrase, said in LEX.status_phrases.items() if w in LEX.phrase_firsts else ():
            if tuple(norms[k : k + len(phrase)]) == phrase:
                found = said
                break
        if found is None:
            word = LEX.status_words.get(w)
            if word is Status.REGISTERED and _place_subject(norms, k, LEX):
                word = None  # "el país registra": a place, not a source
            if w in ("estimated", "estimado", "estimados") and k + 1 < len(norms):
                nxt = norms[k + 1]
                if nxt[:1].isdecimal() or nxt in LEX.number_words:
                    word = None  # round 4: "an estimated 60,000" qualifies that number alone
            if word is not None and (word in _CHECKED or not _adjectival(norms, k, LEX)):
                found = word  # round 3: "confirmed cases"
        if found is not None and (negated(norms, k) or conditional(norms, k)):
            found = Status.REPORTED  # round 5: "has not confirmed", "if confirmed"
        if found is not None:
            if best is None or distance < best[0]:
                best = (distance, found, k)
            if k < number[0]:
                left = (distance, found, k)
        if w in LEX.done_release and k >= number[1]:
            # round 5: "will not be freed", "will be released" are not done
            done = done or not (negated(norms, k) or future_passive_before(norms, k))
    if best is not None and best[2] >= number[1]:
        verb = best[2]
        coordinated = any(norms[j] in _COORDINATORS for j in range(number[1], verb))
        if coordinated and owns_number(norms, verb, LEX.number_words):
            best = left  # round 5: "300 were hurt, and the hospital confirmed 12 deaths"
    if best is not None and best[2] < number[0]:
        verb = best[2]
        if any(_is_modal(norms, j) for j in range(verb + 1, number[0])):
            return Status.REPORTED  # round 5: "confirmed the toll could reach 500"
        after = [j for j in range(verb + 1, len(norms)) if norms[j] in _COORDINATORS][:1]
        if after and any(_is_say(norms[j]) for j in range(after[0] + 1, number[0])):
            return Status.REPORTED  # round 5: "confirmed 41 deaths and said 70 ..."
    if best is not None:
        keeper = best[2] < number[0] and active_keeper(norms, best[2])  # round 10
        if best[1] is Status.REGISTERED and not attributed and not keeper:
            return Status.REPORTED
        return best[1]
    listed = _naive_list_item(norms, lo, number[0])  # round 10: "confirmed 300 deaths: 120 …"
    if listed is not None:
        return listed
    for k in range(lo, min(hi, number[0])):
        if any(tuple(norms[k : k + n]) in _FUTURE for n in (1, 2, 3)):
            return Status.ANNOUNCED
    if attributed and done:
        return Status.CARRIED_OUT
    return Status.REPORTED


_COORDINATORS = tables_en.COORDINATORS | tables_es.COORDINATORS


def _naive_list_item(norms: Sequence[str], lo: int, first: int) -> Status | None:
    """Round 10: the nearest status verb before the clause, if checked, lends its status to
    an item of the breakdown a colon opens after its own figure."""
    for verb in range(lo - 1, -1, -1):
        word = LEX.status_words.get(norms[verb])
        if word is None or (word not in _CHECKED and _adjectival(norms, verb, LEX)):
            continue
        if word is Status.REGISTERED and _place_subject(norms, verb, LEX):
            continue
        if negated(norms, verb) or conditional(norms, verb):
            word = Status.REPORTED
        if word not in (*_CHECKED, Status.REGISTERED) or first - verb > 45:
            return None
        if not owns_number(norms, verb, LEX.number_words) or ":" not in norms[verb + 1 : lo]:
            return None
        breaks = tables_en.LIST_BREAKS | tables_es.LIST_BREAKS | {"that", "que"}
        for j in range(verb + 1, first):
            w = norms[j]
            if w in breaks or _is_say(w) or _is_modal(norms, j):
                return None
            if w in tables_en.HEDGES | tables_es.HEDGES:
                return None
            if w in tables_en.OWN_SOURCE_WORDS | tables_es.OWN_SOURCE_WORDS:
                return None
        return word
    return None


def _is_modal(norms: Sequence[str], j: int) -> bool:
    return norms[j] in tables_en.MODALS | tables_es.MODALS or (
        norms[j] == "d" and j > 0 and norms[j - 1] in ("'", "’")
    )


def _is_say(w: str) -> bool:
    return w in LEX.say_verbs and w not in LEX.status_words


sentences = st.lists(st.sampled_from(WORDS), min_size=1, max_size=120)


@settings(max_examples=300, deadline=None)
@given(sentences, st.data())
def test_indexes_match_the_walks(norms: list[str], data: st.DataObject) -> None:
    first = data.draw(st.integers(0, len(norms) - 1))
    last = data.draw(st.integers(first + 1, min(len(norms), first + 3)))
    clauses = ClauseIndex.build(norms, LEX)
    lo, hi = clauses.bounds(norms, first, last, LEX)
    assert (lo, hi) == _naive_bounds(norms, first, last)
    events = EventIndex.build(norms, LEX)
    for a, b in ((lo, hi), (0, len(norms))):
        assert events.nearest(a, b, first, (first, last)) == _naive_nearest(
            norms, a, b, first, (first, last)
        )
    attributed = data.draw(st.booleans())
    status = StatusIndex.build(norms, LEX).status(
        lo, hi, (first, last), attributed=attributed, government=False
    )
    assert status == _naive_status(norms, lo, hi, (first, last), attributed)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(1, 4), st.booleans()), max_size=12),
    st.integers(0, 60),
)
def test_date_chooser_matches_the_walk(spans: list[tuple[int, int, bool]], at: int) -> None:
    """The nearest anchor date (then the nearest relative one), the earlier on a tie."""
    dates, pos = [], 0
    day = Period.on(dt.date(2026, 1, 1))
    for gap, size, strong in spans:
        pos += gap
        dates.append(DateMention(pos, pos + size, day, ANCHOR if strong else RELATIVE))
        pos += size
    best: tuple[int, int, DateMention] | None = None
    for d in dates:
        rank = 0 if d.kind in (ANCHOR, CUMULATIVE) else 1
        distance = abs(at - d.last if d.last <= at else d.first - at)
        if best is None or (rank, distance) < best[:2]:
            best = (rank, distance, d)
    assert _DateChooser(dates, set())(at) is (best[2] if best is not None else None)


_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*\w*|\w+|\S")
_PIECES = [
    "about",
    "Foro",
    "1,345",
    "1.085",
    "300,",
    "(@x)",
    "“",
    "”",
    "—",
    "más",
    "Ñu",
    "9:45",
    "p.m.",
    "#19Ene",
    "1\u00a0085",
    " ",
    "  ",
    "\n",
    "\t",
    "x_y",
    "²",
    "٣",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join) | st.text(max_size=200))
def test_tokenizer_cuts_like_the_regex(text: str) -> None:
    memo = TokenMemo()
    for start, end in ((0, len(text)), (len(text) // 3, len(text))):
        toks = tokenize(text, start, end, memo)
        assert [(t.start, t.end) for t in toks] == [
            m.span() for m in _TOKEN.finditer(text, start, end)
        ]


@given(st.lists(st.integers(0, 100), max_size=20), st.lists(st.integers(0, 100), max_size=30))
def test_outside_quotes_matches_the_walk(bounds: list[int], starts: list[int]) -> None:
    edges = sorted(set(bounds))
    quotes = list(zip(edges[::2], edges[1::2], strict=False))
    toks = [Tok("w", s, s + 1, "w", False) for s in sorted(starts)]
    assert _outside(toks, quotes) == [not any(a < t.start < b for a, b in quotes) for t in toks]
