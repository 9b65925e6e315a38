"""What is counted: a small registry of metrics with English and Spanish synonyms.

A stock (people held) is linked to the flows that change it (releases out, arrests in), which
is what lets the stock-flow detector reconcile counts over time.

Metric text is read by its head noun and modifiers: a phrase that names a registered metric
with words that do not change what is counted ("prisoner releases", "presos excarcelados",
"homicidios en las protestas") is that metric; a phrase with a restricting modifier
("civilian deaths") or no registered word becomes a slug that compares only with itself. An
unknown metric named by an event noun ("killed", "detenidos", "striking") is a flow.

A registered metric may be narrowed by a qualifier after a colon ("cases:dengue", the cases of
one disease): the id counts what its base counts, of that one thing only, so it compares only
with itself, as its base's kind (session 10, g-cases).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator

import attrs

from discrepancy import _metric_words as words
from discrepancy._metric_table import BUILTIN
from discrepancy._numbers import fold
from discrepancy.orgs import slug

__all__ = ["Metric", "MetricKind", "MetricRegistry", "qualified"]

QUALIFIER = ":"
"""Between a registered metric's id and what narrows it ("cases:dengue")."""


def qualified(base: str, qualifier: str) -> str:
    """The id of ``base`` narrowed to ``qualifier``: ("cases", "yellow fever") gives
    "cases:yellow-fever"."""
    return f"{base}{QUALIFIER}{'-'.join(_words(qualifier))}"


class MetricKind(enum.StrEnum):
    """What kind of number a metric counts, which decides how two of its claims compare.

    ``stock``: a level on a date (political prisoners held): two dates, two levels.
    ``flow``: a count over a period (releases, arrests): a longer period holds a shorter one.
    ``event_count``: people or events counted at occasions (protesters), compared as flows.
    ``percent_change``: a change in percent, compared as a stock is.
    """

    STOCK = "stock"
    FLOW = "flow"
    EVENT_COUNT = "event_count"
    PERCENT_CHANGE = "percent_change"

    @property
    def compares_as_flow(self) -> bool:
        """Whether claims of this kind compare over periods (``flow``, ``event_count``)."""
        return self is MetricKind.FLOW or self is MetricKind.EVENT_COUNT


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Metric:
    """A counted quantity.

    Attributes:
        id: canonical id ("political_prisoners").
        label: how sentences name it ("political prisoners").
        kind: stock (a level at a date), flow (a count over a period), ...
        synonyms: noun phrases that mean it, English and Spanish.
        inflow, outflow: for a stock, the flow metrics that raise and lower it.
    """

    id: str
    label: str
    kind: MetricKind = attrs.field(converter=MetricKind)
    synonyms: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    inflow: str | None = None
    outflow: str | None = None


def _key(text: str) -> str:
    return " ".join(fold(text).replace("-", " ").replace("_", " ").split())


def _words(text: str) -> list[str]:
    """Folded words of a phrase: letters and digits only."""
    folded = fold(text)
    return "".join(ch if ch.isalnum() else " " for ch in folded).split()


def is_event_word(word: str) -> bool:
    """Whether a folded word names an event (killed, released, muertos, detenidos...)."""
    return word.startswith(words.EVENT_STEMS)


def concepts(text: str) -> frozenset[str]:
    """The ideas a metric phrase names, across languages: "huelguistas" → {"strike"}."""
    found = set()
    for word in _words(text):
        for concept, stems in words.CONCEPTS:
            if word.startswith(stems):
                found.add(concept)
    return frozenset(found)


_BUILTIN = tuple(Metric(**row) for row in BUILTIN)


@attrs.define
class MetricRegistry:
    """Metrics by id and by synonym; build with `builtin()`, extend with
    [`add()`][discrepancy.metrics.MetricRegistry.add].

    >>> metrics = MetricRegistry.builtin()
    >>> metrics.normalize("presos políticos")
    'political_prisoners'
    >>> metrics.normalize("people killed")
    'deaths'
    >>> metrics.normalize("cattle rustled")
    'cattle-rustled'
    """

    _by_id: dict[str, Metric] = attrs.field(factory=dict)
    _by_text: dict[str, str] = attrs.field(factory=dict)
    _kinds: dict[str, MetricKind] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def builtin(cls) -> MetricRegistry:
        """A new registry of the built-in metrics (a fresh one each call: ``add`` changes it)."""
        registry = cls()
        for metric in _BUILTIN:
            registry.add(metric)
        return registry

    def add(self, metric: Metric) -> None:
        """Register a metric; its id, label and synonyms all name it from now on."""
        self._by_id[metric.id] = metric
        self._kinds.pop(metric.id, None)
        for text in (metric.id, metric.label, *metric.synonyms):
            self._by_text[_key(text)] = metric.id

    def __iter__(self) -> Iterator[Metric]:
        return iter(self._by_id.values())

    def __contains__(self, metric_id: object) -> bool:
        return metric_id in self._by_id

    def get(self, metric_id: str) -> Metric | None:
        """The metric with this id (a qualified id: its base's, under its own id), or ``None``."""
        found = self._by_id.get(metric_id)
        if found is None and (base := self._base(metric_id)) is not None:
            return Metric(id=metric_id, label=self._qualified_label(metric_id), kind=base.kind)
        return found

    def _base(self, metric_id: str) -> Metric | None:
        """The registered metric a qualified id ("cases:dengue") narrows, else ``None``."""
        base, colon, qualifier = metric_id.partition(QUALIFIER)
        if not colon or not qualifier or metric_id in self._by_id:
            return None
        return self._by_id.get(base)

    def _qualified_label(self, metric_id: str) -> str:
        base, _, qualifier = metric_id.partition(QUALIFIER)
        return f"{qualifier.replace('-', ' ')} {self._by_id[base].label}"

    def lookup(self, text: str) -> Metric | None:
        """The metric a phrase names, or ``None``."""
        metric_id = self._by_text.get(_key(text))
        return self._by_id[metric_id] if metric_id is not None else None

    def normalize(self, text: str) -> str:
        """The canonical id of a metric phrase; an unknown phrase becomes its own slug.

        A phrase names a registered metric when its words, after the part that says where
        or when ("in the protests", "durante la marcha") and words that count nothing ("the
        number of", "cifra de") are set aside, are that metric's synonym plus nouns for the
        people it happened to ("prisoner releases", "presos excarcelados"). Several metrics
        named: the one event (flow) among them wins ("protesters killed" are deaths); any
        other word ("civilian deaths") makes the phrase a metric of its own: the slug of
        the whole text, as written.
        """
        metric = self.lookup(text)
        if metric is not None:
            return metric.id
        if self._base(text) is not None and text == qualified(*text.split(QUALIFIER, 1)):
            return text  # already a qualified id: "cases:dengue"
        tokens = _words(text)
        for start in range(len(tokens)):  # after "the number of", "la cifra de"...
            found = self._before_cut(tokens[start:])
            if found is not None:
                return found
            if tokens[start] not in words.NEUTRAL:
                break
        while len(tokens) > 1 and tokens[0] in words.NEUTRAL:
            tokens = tokens[1:]
        cuts = [i for i, w in enumerate(tokens) if i > 0 and w in words.CUT]
        core = tokens[: cuts[0]] if cuts else tokens
        core = [w for w in core if w not in words.NEUTRAL] or tokens
        found = self._by_text.get(" ".join(core))
        if found is not None:
            return found
        found = self._by_head(core)
        return found if found is not None else slug(text)

    def _before_cut(self, tokens: list[str]) -> str | None:
        """The metric the words name up to a preposition, the longest reading first."""
        cuts = [i for i, w in enumerate(tokens) if i > 0 and w in words.CUT]
        for end in reversed([*cuts, len(tokens)]):
            found = self._by_text.get(" ".join(tokens[:end]))
            if found is not None:
                return found
        return None

    def _by_head(self, core: list[str]) -> str | None:
        """The one metric the words name, reading the longest synonyms first."""
        named: set[str] = set()
        i = 0
        while i < len(core):
            for n in range(min(4, len(core) - i), 0, -1):
                found = self._phrase(core[i : i + n])
                if found is not None:
                    named.add(found)
                    i += n
                    break
            else:
                if core[i] not in words.GENERIC:
                    return None  # a modifier we cannot set aside: another quantity
                i += 1
        if len(named) > 1:
            named = {m for m in named if self.kind(m) is MetricKind.FLOW}
        return named.pop() if len(named) == 1 else None

    def _phrase(self, tokens: list[str]) -> str | None:
        text = " ".join(tokens)
        found = self._by_text.get(text)
        if found is None and len(tokens) == 1 and len(text) > 3:
            # number and (Spanish) gender: "death", "fallecidas", "detenida"
            forms = [text + "s", text[:-1], text[:-2]]
            if text.endswith("as"):
                forms.append(text[:-2] + "os")
            elif text.endswith("a"):
                forms.append(text[:-1] + "os")
            for form in forms:
                found = self._by_text.get(form)
                if found is not None:
                    break
        return found

    def label(self, metric_id: str) -> str:
        """The metric's label for sentences; an unknown id with its hyphens as spaces."""
        metric = self._by_id.get(metric_id)
        if metric is None and self._base(metric_id) is not None:
            return self._qualified_label(metric_id)
        return metric.label if metric is not None else metric_id.replace("-", " ")

    def kind(self, metric_id: str) -> MetricKind:
        """The kind of a metric; an unknown one named by an event noun is a flow.

        Other unknown metrics are treated as stocks: a level compared at nearby dates
        (``check`` also reads one counted over multi-day periods as a flow).
        """
        metric = self._by_id.get(metric_id) or self._base(metric_id)
        if metric is not None:
            return metric.kind
        found = self._kinds.get(metric_id)
        if found is None:
            flow = any(is_event_word(w) for w in _words(metric_id))
            found = self._kinds[metric_id] = MetricKind.FLOW if flow else MetricKind.STOCK
        return found

    def aliases(self, metric_ids: Iterable[str]) -> dict[str, str]:
        """Unknown metric ids that name one thing, each mapped to the first of its kind.

        Two unknown metrics are one when their words are the same in any order, once
        registered synonyms are put on their ids and words that count nothing are set
        aside: "schools closed or partially closed" and "schools partially closed or
        closed"; "Syrian refugees landed" and "Syrian refugees arrived".
        """
        by_key: dict[tuple[str, ...], list[str]] = {}
        for metric_id in sorted(set(metric_ids)):
            if self.known(metric_id):
                continue
            by_key.setdefault(self._canonical(metric_id), []).append(metric_id)
        return {m: ids[0] for ids in by_key.values() if len(ids) > 1 for m in ids[1:]}

    def _canonical(self, metric_id: str) -> tuple[str, ...]:
        tokens = [w for w in _words(metric_id.replace("-", " ")) if w not in words.NEUTRAL]
        out: list[str] = []
        i = 0
        while i < len(tokens):
            for n in range(min(4, len(tokens) - i), 0, -1):
                found = self._phrase(tokens[i : i + n])
                if found is not None:
                    out.append(found)
                    i += n
                    break
            else:
                out.append(tokens[i])
                i += 1
        return tuple(sorted(out))

    def known(self, metric_id: str) -> bool:
        """Whether the id names a registered metric, or one narrowed by a qualifier
        ("cases:dengue"), not a slug of unknown text."""
        return metric_id in self._by_id or self._base(metric_id) is not None

    def with_kinds(self, kinds: dict[str, MetricKind]) -> MetricRegistry:
        """A copy that also knows these unknown metrics' kinds (labels from their ids)."""
        copy = MetricRegistry(dict(self._by_id), dict(self._by_text))
        for metric_id in sorted(kinds):
            if metric_id not in copy._by_id:
                label = metric_id.replace("-", " ")
                copy._by_id[metric_id] = Metric(id=metric_id, label=label, kind=kinds[metric_id])
        return copy

    def extend(self, metrics: Iterable[Metric]) -> None:
        """Register each of ``metrics`` (see ``add``)."""
        for metric in metrics:
            self.add(metric)
