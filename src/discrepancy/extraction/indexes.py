"""Per-sentence indexes the per-number rules search, and the metric registry's kept answers.

`ClauseIndex` gives a number's clause and `EventIndex` the event word nearest
to it as a walk from the number (at most `REACH` tokens each way) would, in time
logarithmic in the sentence; both are built once per sentence.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.metrics import MetricKind, MetricRegistry

__all__ = [
    "REACH",
    "STOCK_DEFAULT",
    "ClauseIndex",
    "EventIndex",
    "Metrics",
    "closest",
    "event_in",
    "held_default",
    "names_a_thing",
]

STOCK_DEFAULT = "political_prisoners"
REACH = 40
"""How many tokens from a number its clause, status and event words are looked for."""
_BREAKS = frozenset({",", ";", ":"})


class Metrics:
    """The metric registry with its answers kept for one extraction (phrases repeat)."""

    __slots__ = ("_kinds", "_longest", "_names", "_phrases", "registry")

    def __init__(self, registry: MetricRegistry) -> None:
        self.registry = registry
        self._phrases: dict[tuple[str, ...], str | None] = {}
        self._longest: dict[tuple[str, ...], tuple[int, str] | None] = {}
        self._kinds: dict[str, MetricKind] = {}
        self._names: dict[str, str] = {}

    def lookup(self, words: tuple[str, ...]) -> str | None:
        """The id of the metric the folded words name (``registry.lookup``), or ``None``."""
        try:
            return self._phrases[words]
        except KeyError:
            metric = self.registry.lookup(" ".join(words))
            found = metric.id if metric is not None else None
            self._phrases[words] = found
            return found

    def kind(self, metric_id: str) -> MetricKind:
        try:
            return self._kinds[metric_id]
        except KeyError:
            kind = self._kinds[metric_id] = self.registry.kind(metric_id)
            return kind

    def longest(self, words: tuple[str, ...]) -> tuple[int, str] | None:
        """The longest leading phrase of ``words`` the registry knows: (length, metric id)."""
        try:
            return self._longest[words]
        except KeyError:
            found = None
            for length in range(len(words), 0, -1):
                metric = self.lookup(words[:length])
                if metric is not None:
                    found = (length, metric)
                    break
            self._longest[words] = found
            return found

    def normalize(self, text: str) -> str:
        try:
            return self._names[text]
        except KeyError:
            name = self._names[text] = self.registry.normalize(text)
            return name


def closest(
    where: Sequence[int], left: int, right: int, lo: int, hi: int, first: int, last: int
) -> int:
    """Of two candidate positions in the sorted ``where`` — ``left``, the last before a span
    ``[first, last)``, and ``right``, the first after it — the nearer one inside
    ``[lo, hi)``, the left one on a tie; -1 when neither is inside."""
    best = -1
    if left >= 0 and where[left] >= lo:
        best = left
    if (
        right < len(where)
        and where[right] < hi
        and (best < 0 or where[right] - last < first - where[best])
    ):
        best = right
    return best


class ClauseIndex:
    """Where the clauses of a sentence may begin and end, found once per sentence.

    ``bounds`` gives what a token-by-token walk from the number gives (at most `REACH`
    tokens each way), in time logarithmic in the sentence.
    """

    __slots__ = ("_left", "_right")

    def __init__(self, left: list[int], right: list[int]) -> None:
        self._left = left
        self._right = right

    @classmethod
    def build(cls, norms: Sequence[str], lex: Lexicon) -> ClauseIndex:
        n = len(norms)
        left: set[int] = set()  # a clause starts at p: a walk back stops there
        right: list[int] = []  # a clause may end at p (checked against the walk's window)
        always, openers = lex.always_openers, lex.clause_openers
        for p in [p for p, w in enumerate(norms) if w in _BREAKS or w in always]:
            w = norms[p]
            if w in always:
                right.append(p)
                left.update((p, p + 1))
            elif w != "," or (p + 1 < n and norms[p + 1] in openers):
                right.append(p)
                left.add(p + 1)
        left.discard(0)
        return cls(sorted(left), right)

    def bounds(self, norms: Sequence[str], first: int, last: int, lex: Lexicon) -> tuple[int, int]:
        floor = max(0, first - REACH)
        k = bisect.bisect_right(self._left, first) - 1
        lo = self._left[k] if k >= 0 and self._left[k] > floor else floor
        n = min(len(norms), last + REACH)
        hi = n
        for p in self._right[bisect.bisect_left(self._right, last) :]:
            if p >= n:
                break
            w = norms[p]
            if w in (";", ":") or (w in lex.always_openers and p > last):
                hi = p
                break
            if (
                w == ","
                and p + 1 < n
                and norms[p + 1] in lex.clause_openers
                and not (p + 2 < n and norms[p + 1] == "as" and norms[p + 2] in lex.status_words)
            ):
                hi = p
                break
        return lo, hi


def event_in(norms: Sequence[str], k: int, lex: Lexicon) -> tuple[str, bool] | None:
    """An event at ``norms[k]``: (metric, whether it is a stock phrase)."""
    w = norms[k]
    if w in lex.phrase_firsts:
        for phrase, _ in lex.stock_phrases_by_first.get(w, ()):
            if tuple(norms[k : k + len(phrase)]) == phrase:
                return held_default(norms), True
        for phrase, metric in lex.event_phrases_by_first.get(w, ()):
            if tuple(norms[k : k + len(phrase)]) == phrase:
                return metric, False
    event = lex.event_words.get(w)
    if event is None:
        return None
    if w in _PUBLISH and _publishes(norms, k):
        return None  # "released a provisional figure of 61%" publishes a number
    if names_a_thing(norms, k):
        return None  # "death sentences", "amenazas de muerte" count no deaths
    return event, False


_HOSTAGE_WORDS = tables_en.HOSTAGE_WORDS | tables_es.HOSTAGE_WORDS


_POLITICAL = frozenset({"political", "politicos", "politicas"})
"""Session 13: "rehenes políticos", "political hostages": prisoners held for political ends
(a synonym of political prisoners in the registry), no kidnapping."""


def held_default(norms: Sequence[str]) -> str:
    """The stock of people held that names no population of its own: hostages in a sentence
    about a kidnapping ("Seven hostages freed; 5 still held"), else `STOCK_DEFAULT`. Hostages
    called political ("excarcelaciones de rehenes políticos") name no kidnapping."""
    for k, w in enumerate(norms):
        if w in _HOSTAGE_WORDS and not _political(norms, k):
            return "hostages"
    return STOCK_DEFAULT


def _political(norms: Sequence[str], k: int) -> bool:
    before = norms[k - 1] if k > 0 else ""
    after = norms[k + 1] if k + 1 < len(norms) else ""
    return before in _POLITICAL or after in _POLITICAL


_PUBLISH = tables_en.PUBLISH_EVENTS | tables_es.PUBLISH_EVENTS
_PUBLISHED = tables_en.PUBLISHED_OBJECTS | tables_es.PUBLISHED_OBJECTS
_PUBLISH_REACH = max(tables_en.PUBLISH_REACH, tables_es.PUBLISH_REACH)


_NOT_AFTER = tables_en.EVENT_NOT_AFTER | tables_es.EVENT_NOT_AFTER
_NOT_BEFORE = tables_en.EVENT_NOT_BEFORE | tables_es.EVENT_NOT_BEFORE
_LINKS = tables_en.EVENT_NOT_LINKS | tables_es.EVENT_NOT_LINKS


def names_a_thing(norms: Sequence[str], k: int) -> bool:
    """Whether the event word at ``k`` only qualifies a thing: a noun right after it ("death
    sentences", "death threats") or before it, past "de/a/to/the" ("pena de muerte",
    "amenazas de muerte", "sentenced to death"): no event is counted."""
    if k + 1 < len(norms) and norms[k + 1] in _NOT_AFTER:
        return True
    j = k - 1
    while j >= 0 and k - j <= 3 and norms[j] in _LINKS:
        j -= 1
    return j >= 0 and j < k - 1 and norms[j] in _NOT_BEFORE


def _publishes(norms: Sequence[str], k: int) -> bool:
    """Whether the release word at ``k`` has a figure as its object ("released its figures",
    "released a provisional figure") or, round 12, follows a document it puts out ("a study
    released by the institute"): publishing, not a release of people."""
    if k > 0 and norms[k - 1] in _PUBLISHED:
        return True
    return not _PUBLISHED.isdisjoint(norms[k + 1 : k + 2 + _PUBLISH_REACH])


class EventIndex:
    """The event words of a sentence (`event_in()` at every token), found once."""

    __slots__ = ("_found", "_where")

    def __init__(self, where: list[int], found: list[tuple[str, bool]]) -> None:
        self._where = where
        self._found = found

    @classmethod
    def build(cls, norms: Sequence[str], lex: Lexicon) -> EventIndex:
        where: list[int] = []
        found: list[tuple[str, bool]] = []
        starts = lex.event_starts
        for k in [k for k, w in enumerate(norms) if w in starts]:
            hit = event_in(norms, k, lex)
            if hit is not None:
                where.append(k)
                found.append(hit)
        return cls(where, found)

    def __bool__(self) -> bool:
        return bool(self._where)

    def nearest(self, lo: int, hi: int, at: int, skip: tuple[int, int]) -> tuple[str, bool] | None:
        """The event word nearest to ``at`` in ``[lo, hi)`` and at most `REACH` tokens
        away, outside the span ``skip``; on a tie, the earlier one."""
        lo, hi = max(lo, at - REACH), min(hi, at + REACH)
        where = self._where
        split = bisect.bisect_right(where, at)
        left = min(split, bisect.bisect_left(where, hi)) - 1  # the last at or before ``at``
        while left >= 0 and skip[0] <= where[left] < skip[1]:
            left -= 1
        right = max(split, bisect.bisect_left(where, lo))  # the first after ``at``
        while right < len(where) and skip[0] <= where[right] < skip[1]:
            right += 1
        best = closest(where, left, right, lo, hi, at, at)
        return self._found[best] if best >= 0 else None
