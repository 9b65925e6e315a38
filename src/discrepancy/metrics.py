"""What is counted: a small registry of metrics with English and Spanish synonyms.

A stock (people held) is linked to the flows that change it (releases out, arrests in), which
is what lets the stock-flow detector reconcile counts over time. Unknown metric text becomes
a slug that compares only with itself.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator

import attrs

from discrepancy._numbers import fold
from discrepancy.orgs import slug

__all__ = ["Metric", "MetricKind", "MetricRegistry"]


class MetricKind(enum.StrEnum):
    STOCK = "stock"
    FLOW = "flow"
    EVENT_COUNT = "event_count"
    PERCENT_CHANGE = "percent_change"


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


_BUILTIN = (
    Metric(
        id="political_prisoners",
        label="political prisoners",
        kind=MetricKind.STOCK,
        inflow="arrests",
        outflow="releases",
        synonyms=(
            "political prisoners",
            "political prisoner",
            "prisoners of conscience",
            "political detainees",
            "detained for political reasons",
            "imprisoned for political reasons",
            "people imprisoned for political reasons",
            "arbitrarily detained",
            "people arbitrarily detained",
            "political dissidents",
            "dissidents imprisoned",
            "opponents behind bars",
            "presos politicos",
            "preso politico",
            "presos de conciencia",
            "detenidos por motivos politicos",
            "detenidos politicos",
            "personas detenidas por motivos politicos",
            "privados de libertad por motivos politicos",
        ),
    ),
    Metric(
        id="releases",
        label="releases",
        kind=MetricKind.FLOW,
        synonyms=(
            "releases",
            "release",
            "released",
            "freed",
            "people freed",
            "people released",
            "prisoners released",
            "released prisoners",
            "detainees freed",
            "freed detainees",
            "political prisoners released",
            "excarcelations",
            "excarcerations",
            "liberaciones",
            "liberados",
            "excarcelaciones",
            "excarcelados",
            "excarcelaciones",
            "presos liberados",
            "personas excarceladas",
            "excarcelados politicos",
        ),
    ),
    Metric(
        id="arrests",
        label="arrests",
        kind=MetricKind.FLOW,
        synonyms=(
            "arrests",
            "arrested",
            "detentions",
            "detained",
            "people detained",
            "people arrested",
            "taken to prison",
            "incarcerated",
            "jailed",
            "detenciones",
            "detenidos",
            "arrestos",
            "arrestados",
            "encarcelados",
            "personas detenidas",
        ),
    ),
    Metric(
        id="deaths",
        label="deaths",
        kind=MetricKind.FLOW,
        synonyms=(
            "deaths",
            "dead",
            "killed",
            "people killed",
            "death toll",
            "fatalities",
            "died",
            "people dead",
            "lives lost",
            "muertos",
            "muertes",
            "fallecidos",
            "victimas mortales",
            "personas muertas",
            "asesinados",
            "cifra de muertos",
            "balance de muertos",
        ),
    ),
    Metric(
        id="injured",
        label="injured",
        kind=MetricKind.FLOW,
        synonyms=(
            "injured",
            "wounded",
            "injuries",
            "people injured",
            "hurt",
            "heridos",
            "lesionados",
            "personas heridas",
        ),
    ),
    Metric(
        id="protesters",
        label="protesters",
        kind=MetricKind.EVENT_COUNT,
        synonyms=(
            "protesters",
            "protestors",
            "demonstrators",
            "marchers",
            "crowd",
            "participants",
            "people marched",
            "people protested",
            "attendees",
            "manifestantes",
            "asistentes",
            "participantes",
            "personas marcharon",
            "marchantes",
        ),
    ),
    Metric(
        id="displaced",
        label="displaced people",
        kind=MetricKind.STOCK,
        synonyms=(
            "displaced",
            "displaced people",
            "internally displaced",
            "idps",
            "refugees",
            "desplazados",
            "personas desplazadas",
            "refugiados",
        ),
    ),
    Metric(
        id="migrants",
        label="migrants",
        kind=MetricKind.FLOW,
        synonyms=(
            "migrants",
            "migrant",
            "border crossings",
            "crossings",
            "migrantes",
            "cruces fronterizos",
            "personas migrantes",
        ),
    ),
    Metric(
        id="hostages",
        label="hostages",
        kind=MetricKind.STOCK,
        synonyms=("hostages", "captives", "held hostage", "rehenes", "secuestrados", "cautivos"),
    ),
    Metric(
        id="missing",
        label="missing people",
        kind=MetricKind.STOCK,
        synonyms=(
            "missing",
            "missing people",
            "disappeared",
            "unaccounted for",
            "desaparecidos",
            "personas desaparecidas",
        ),
    ),
)


@attrs.define
class MetricRegistry:
    """Metrics by id and by synonym; build with :meth:`builtin`, extend with :meth:`add`.

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

    @classmethod
    def builtin(cls) -> MetricRegistry:
        registry = cls()
        for metric in _BUILTIN:
            registry.add(metric)
        return registry

    def add(self, metric: Metric) -> None:
        """Register a metric; its id, label and synonyms all name it from now on."""
        self._by_id[metric.id] = metric
        for text in (metric.id, metric.label, *metric.synonyms):
            self._by_text[_key(text)] = metric.id

    def __iter__(self) -> Iterator[Metric]:
        return iter(self._by_id.values())

    def __contains__(self, metric_id: object) -> bool:
        return metric_id in self._by_id

    def get(self, metric_id: str) -> Metric | None:
        return self._by_id.get(metric_id)

    def lookup(self, text: str) -> Metric | None:
        """The metric a phrase names, or ``None``."""
        metric_id = self._by_text.get(_key(text))
        return self._by_id[metric_id] if metric_id is not None else None

    def normalize(self, text: str) -> str:
        """The canonical id of a metric phrase; an unknown phrase becomes its own slug."""
        metric = self.lookup(text)
        return metric.id if metric is not None else slug(text)

    def label(self, metric_id: str) -> str:
        metric = self._by_id.get(metric_id)
        return metric.label if metric is not None else metric_id.replace("-", " ")

    def kind(self, metric_id: str) -> MetricKind:
        """Unknown metrics are treated as stocks: a level compared at nearby dates."""
        metric = self._by_id.get(metric_id)
        return metric.kind if metric is not None else MetricKind.STOCK

    def extend(self, metrics: Iterable[Metric]) -> None:
        for metric in metrics:
            self.add(metric)
