"""``check``: normalize claims, find the comparable ones, run every detector, collect a report."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Protocol, runtime_checkable

import attrs

from discrepancy._rows import builder
from discrepancy.claim import Claim, Period
from discrepancy.compare import ClaimIndex, Places, Relation
from discrepancy.detectors import DETECTORS, Comparisons
from discrepancy.discrepancies import Discrepancy, Kind
from discrepancy.errors import RecordError
from discrepancy.estimate import EstimatePolicy, estimate_checked
from discrepancy.metrics import MetricKind, MetricRegistry
from discrepancy.notes import metrics_compared_with_nothing, metrics_look_alike
from discrepancy.orgs import OrgRef, ResolutionMethod
from discrepancy.policy import Policy
from discrepancy.report import Report, sort_key

__all__ = ["Resolves", "check", "normalize"]


class Resolves(Protocol):
    """What ``check`` needs of an org resolver: a mention in, a resolved reference out."""

    def ref(self, mention: str) -> OrgRef: ...


@runtime_checkable
class Clusters(Protocol):
    """A resolver that can also group the mentions it cannot resolve (optional)."""

    def cluster_unresolved(self, mentions: Iterable[str]) -> dict[str, str]: ...


def _default_gazetteer() -> Places:
    from discrepancy.places import Gazetteer

    return Gazetteer.builtin()


def _inferred_kinds(
    claims: Sequence[Claim],
    named: Iterable[str],
    metrics: MetricRegistry,
    aliases: dict[str, str],
) -> dict[str, MetricKind]:
    """Unknown metrics counted over a multi-day period somewhere in the input are flows."""
    unknown = {
        m
        for m in {*aliases, *named}
        if not metrics.known(aliases.get(m, m))
        and metrics.kind(aliases.get(m, m)) is MetricKind.STOCK
    }
    found: dict[str, MetricKind] = {}
    if not unknown:
        return found
    for claim in claims:
        as_of = claim.as_of
        if (
            claim.metric in unknown
            and as_of is not None
            and as_of.start != as_of.end
            and not claim.as_of_inferred
        ):
            found[aliases.get(claim.metric, claim.metric)] = MetricKind.FLOW
    return found


def _default_resolver() -> Resolves:
    from discrepancy.resolver import OrgResolver

    return OrgResolver.builtin()


@attrs.define
class _Normalizer:
    """Normalizes claims one by one, remembering each mention's, claimant list's and metric
    name's answer (claims repeat their sources: each distinct one is worked out once)."""

    resolver: Resolves
    metrics: MetricRegistry
    aliases: dict[str, str] = attrs.field(factory=dict)
    _refs: dict[str, OrgRef] = attrs.field(factory=dict)
    _lists: dict[tuple[OrgRef, ...], tuple[OrgRef, ...]] = attrs.field(factory=dict)
    _by_id: dict[int, tuple[tuple[OrgRef, ...], tuple[OrgRef, ...]]] = attrs.field(factory=dict)
    _metric_ids: dict[str, str] = attrs.field(factory=dict)
    _flows: dict[str, bool] = attrs.field(factory=dict)
    _outlets: dict[int, tuple[OrgRef, OrgRef]] = attrs.field(factory=dict)
    _inferred: dict[tuple[dt.date, bool], Period] = attrs.field(factory=dict)

    def ref(self, ref: OrgRef) -> OrgRef:
        if ref.method is not ResolutionMethod.UNRESOLVED or ref.id is not None:
            return ref  # already resolved (e.g. a report read back)
        return self.mention(ref.mention)

    def mention(self, mention: str) -> OrgRef:
        found = self._refs.get(mention)
        if found is None:
            found = self._refs[mention] = self.resolver.ref(mention)
        return found

    def claimants(self, refs: tuple[OrgRef, ...]) -> tuple[OrgRef, ...]:
        # reading shares one tuple per distinct claimant text: looked up by identity first
        # (hashing a tuple of refs runs each ref's hash in Python), then by value
        known = self._by_id.get(id(refs))
        if known is not None and known[0] is refs:
            return known[1]
        found = self._lists.get(refs)
        if found is None:
            found = tuple(self.ref(ref) for ref in refs)
            found = self._lists[refs] = refs if found == refs else found
        self._by_id[id(refs)] = (refs, found)  # refs kept alive: its id stays its own
        return found

    def prepare(self, claims: Sequence[Claim]) -> None:
        """Resolve every mention once; put the unresolved ones in provisional clusters.

        "Acme Watch" and "ACME Watch's" then count as one claimant, with the provisional
        org id the resolver gives them (method ``cluster``).
        """
        counts: Counter[str] = Counter()
        for claim in claims:
            outlet = claim.outlet
            if outlet is not None and outlet.id is None:
                counts[outlet.mention] += 1
            for ref in claim.claimants:
                if ref.id is None:
                    counts[ref.mention] += 1
        unresolved = [m for m in counts if self.mention(m).id is None]
        if not unresolved or not isinstance(self.resolver, Clusters):
            return
        every = [m for m in unresolved for _ in range(counts[m])]  # how often each was said
        for mention, cluster in self.resolver.cluster_unresolved(every).items():
            self._refs[mention] = OrgRef(
                mention=mention, id=cluster, method=ResolutionMethod.CLUSTER
            )

    def metric(self, text: str) -> str:
        found = self._metric_ids.get(text)
        if found is None:
            found = self.metrics.normalize(text)
            found = self._metric_ids[text] = self.aliases.get(found, found)
        return found

    def _flow(self, metric: str) -> bool:
        found = self._flows.get(metric)
        if found is None:
            found = self._flows[metric] = self.metrics.kind(metric) is MetricKind.FLOW
        return found

    def outlet(self, ref: OrgRef) -> OrgRef:
        # reading shares one ref per distinct outlet text: looked up by identity
        known = self._outlets.get(id(ref))
        if known is not None and known[0] is ref:
            return known[1]
        found = self.ref(ref)
        self._outlets[id(ref)] = (ref, found)  # ref kept alive: its id stays its own
        return found

    def inferred(self, published: dt.date, flow: bool) -> Period:
        """The period a claim dated only by its publication stands for (one per day)."""
        found = self._inferred.get((published, flow))
        if found is None:
            found = Period(start=None if flow else published, end=published)
            self._inferred[(published, flow)] = found
        return found

    def __call__(self, claim: Claim) -> Claim:
        refs = claim.claimants
        if refs:
            known = self._by_id.get(id(refs))
            claimants = known[1] if known is not None and known[0] is refs else self.claimants(refs)
        else:
            claimants = refs
        outlet = claim.outlet
        if outlet is not None:
            outlet = self.outlet(outlet)
        metric = self._metric_ids.get(claim.metric) or self.metric(claim.metric)
        as_of, inferred = claim.as_of, claim.as_of_inferred
        # a flow dated only by publication is a count so far; an event count (a crowd, a
        # strike's turnout) is of one occasion, so it stays on its day
        if as_of is None:
            if claim.published is not None:
                as_of = self.inferred(claim.published, self._flow(metric))
                inferred = True
        elif inferred and as_of.start is not None and self._flow(metric):
            as_of = Period(start=None, end=as_of.end)  # a flow dated by publication: so far
        own_voice = claim.claimant_is_outlet or (not claimants and outlet is not None)
        if (
            claimants is refs
            and outlet is claim.outlet
            and metric == claim.metric
            and as_of is claim.as_of
            and own_voice == claim.claimant_is_outlet
        ):
            return claim
        return _renewed(claim, claimants, outlet, metric, as_of, inferred, own_voice)


_CLAIM_FIELDS = (
    "id", "quantity", "metric", "metric_text", "scope", "claimants", "claimant_is_outlet",
    "outlet", "status", "as_of", "as_of_inferred", "published", "event", "part_of",
    "supersedes", "evidence", "note",
)  # fmt: skip
_BUILD = builder(Claim, _CLAIM_FIELDS)


def _renewed(
    claim: Claim,
    claimants: tuple[OrgRef, ...],
    outlet: OrgRef | None,
    metric: str,
    as_of: Period | None,
    inferred: bool,
    own_voice: bool,
) -> Claim:
    """``claim`` with its normalized fields: what ``attrs.evolve`` gives, without running
    its converters and validators again on values that already passed them (`_rows`)."""
    if _BUILD is None:
        return attrs.evolve(
            claim,
            claimants=claimants,
            outlet=outlet,
            metric=metric,
            as_of=as_of,
            as_of_inferred=inferred,
            claimant_is_outlet=own_voice,
        )
    c = claim
    return _BUILD(
        c.id, c.quantity, metric, c.metric_text, c.scope, claimants, own_voice, outlet,
        c.status, as_of, inferred, c.published, c.event, c.part_of, c.supersedes,
        c.evidence, c.note,
    )  # fmt: skip


def normalize(claim: Claim, *, resolver: Resolves, metrics: MetricRegistry) -> Claim:
    """The claim as the detectors read it.

    Claimants and outlet resolved; the metric on its canonical id; a missing as-of date
    taken from the publication date (``as_of_inferred``; cumulative for a flow); a claim
    with no claimant but an outlet compared as the outlet's own (``claimant_is_outlet``).
    """
    return _Normalizer(resolver, metrics)(claim)


def _compared(context: Comparisons) -> set[str]:
    """The metrics of which some claim met another."""
    index = context.index
    compared = {n.claim.metric for n in index.nodes.values() if n.claim.part_of is not None}
    compared |= {clique[0].claim.metric for clique in index.cliques}
    compared |= {window[0].claim.metric for window in index.windows}
    return compared | context.paired


def _reference_errors(claims: Sequence[Claim], by_id: dict[str, Claim]) -> list[RecordError]:
    errors = []
    for claim in claims:
        if claim.part_of is None and claim.supersedes is None:
            continue  # most claims refer to none
        for field in ("part_of", "supersedes"):
            target = getattr(claim, field)
            if target is None:
                continue
            problem = None
            if target not in by_id:
                problem = f"refers to {target!r}, which is not among the claims"
            elif target == claim.id:
                problem = "refers to the claim itself"
            elif field == "part_of" and by_id[target].quantity.unit != claim.quantity.unit:
                problem = f"the whole {target!r} is counted in another unit"
            if problem is not None:
                errors.append(
                    RecordError(source="<check>", field=field, message=problem, record_id=claim.id)
                )
    return errors


def _unique(
    claims: list[Claim], normalizer: _Normalizer, errors: list[RecordError]
) -> dict[str, Claim]:
    """Each claim normalized, by id; a second claim with one id is an error."""
    unique: dict[str, Claim] = {}
    for claim in claims:
        if claim.id in unique:
            errors.append(
                RecordError(
                    source="<check>",
                    field="id",
                    message="is used by another claim",
                    record_id=claim.id,
                )
            )
            continue
        unique[claim.id] = normalizer(claim)
    return unique


def check(
    claims: Iterable[Claim],
    *,
    policy: Policy | None = None,
    metrics: MetricRegistry | None = None,
    resolver: Resolves | None = None,
    errors: Iterable[RecordError] = (),
    kinds: Iterable[Kind | str] | None = None,
    gazetteer: Places | None = None,
    estimates: bool | EstimatePolicy = False,
    comparable: Callable[[Claim, Claim], bool] | None = None,
) -> Report:
    """Find the discrepancies among ``claims``.

    The result does not depend on the order of the claims, and the same claims always give
    the same report (ids included).

    While it runs, the cyclic garbage collector's last threshold is raised (fewer full
    collections over the objects it keeps; it is interpreter-wide) and then put back,
    unless the caller switched the collector off or set a higher one (docs/performance.md).

    Args:
        claims: the claims (e.g. from
            [`discrepancy.read_claims()`][discrepancy.records.read_claims]).
        policy: thresholds; the defaults of [`Policy`][discrepancy.policy.Policy] otherwise.
        metrics: the metric registry; the built-in one otherwise.
        resolver: puts claimant and outlet names on canonical orgs; the built-in registry
            otherwise.
        errors: errors from reading the claims, carried into the report.
        kinds: run only these detectors (all by default).
        gazetteer: resolves each ``scope`` to a place, so that places nest; the built-in
            gazetteer otherwise.
        estimates: also say what the sources agree on (the report's ``estimates`` and
            ``sources``); an [`EstimatePolicy`][discrepancy.estimate.EstimatePolicy] sets how.
        comparable: if given, two claims the engine would compare are set against each
            other only when it says so (``discrepancy scan`` keeps a text's unattributed
            figures from its other figures this way).
    """
    with _few_full_collections():
        return _check(
            claims, policy, metrics, resolver, errors, kinds, gazetteer, estimates, comparable
        )


FULL_EVERY = 1000
"""The collector's third threshold while ``check`` runs: a full collection after this many
collections of the middle generation (the default is 10), i.e. after about seven million
new tracked objects with the default first two thresholds."""


@contextlib.contextmanager
def _few_full_collections() -> Iterator[None]:
    """Raise the collector's last threshold for the duration; put it back after.

    ``check`` keeps about three tracked objects per claim alive to its end, and every full
    collection walks them all: a quarter of its CPU time at 300,000 claims
    (docs/performance.md). Young collections run as before, and a full one still runs
    after ``FULL_EVERY`` middle ones. The threshold is process-wide: while ``check`` runs,
    garbage cycles of another thread that reached the oldest generation wait longer. The
    collector is left alone where the caller switched it off or set a higher threshold, and
    the thresholds are not put back if another thread changed them meanwhile.
    """
    before = gc.get_threshold()
    if not gc.isenabled() or before[2] >= FULL_EVERY:
        yield
        return
    raised = (before[0], before[1], FULL_EVERY)
    gc.set_threshold(*raised)
    try:
        yield
    finally:
        if gc.get_threshold() == raised:
            gc.set_threshold(*before)


def _check(
    claims: Iterable[Claim],
    policy: Policy | None,
    metrics: MetricRegistry | None,
    resolver: Resolves | None,
    errors: Iterable[RecordError],
    kinds: Iterable[Kind | str] | None,
    gazetteer: Places | None,
    estimates: bool | EstimatePolicy = False,
    comparable: Callable[[Claim, Claim], bool] | None = None,
) -> Report:
    policy = policy or Policy()
    metrics = metrics or MetricRegistry.builtin()
    resolver = resolver or _default_resolver()
    places = gazetteer if gazetteer is not None else _default_gazetteer()
    all_errors = list(errors)
    claims = list(claims)
    named = {m: metrics.normalize(m) for m in {c.metric for c in claims}}
    aliases = metrics.aliases(named.values())
    aliases |= {m: aliases.get(n, n) for m, n in named.items() if aliases.get(n, n) != m}
    inferred = _inferred_kinds(claims, named, metrics, aliases)
    if inferred:
        metrics = metrics.with_kinds(inferred)
    normalizer = _Normalizer(resolver, metrics, aliases)
    normalizer.prepare(claims)
    unique = _unique(claims, normalizer, all_errors)
    # the claims as given are not needed again: a caller that handed them over (the
    # command line passes an iterator) gets their memory back before the comparison
    del claims
    normalized = [unique[k] for k in sorted(unique)]
    all_errors += _reference_errors(normalized, unique)
    index = ClaimIndex.build(normalized, metrics, policy, places)
    context = Comparisons(index=index, pairs=[], comparable=comparable)
    context.measure(index.grouped_pairs(lean=comparable is None), same=estimates is not False)
    selected = [Kind(k) for k in kinds] if kinds is not None else list(DETECTORS)
    found: list[Discrepancy] = []
    for kind in selected:
        found += DETECTORS[kind](context)
    found.sort(key=sort_key)
    compared = _compared(context)
    withheld = context.withheld - compared  # metrics whose pairs the hook all withheld
    notes = metrics_compared_with_nothing(normalized, compared, metrics, withheld)
    notes += metrics_look_alike(normalized, metrics, {metric for metric, _ in index.groups})
    report = Report(
        claims=normalized,
        discrepancies=found,
        errors=all_errors,
        notes=notes,
        revisions=context.revisions(),
    )
    if estimates is False:
        return report
    settings = estimates if isinstance(estimates, EstimatePolicy) else None
    # the SAME pairs ``measure()`` met are in ``context.partners`` already; the estimates
    # read the others: a clique's stars, an announced count and another of its event
    same_relation = Relation.SAME
    others = [pair for pair in context.pairs if pair[2] is not same_relation]
    same = itertools.chain(others, index.clique_pairs())
    agreed = estimate_checked(
        normalized, index, same, settings=settings, partners=context.partners, shown=context.shown
    )
    return attrs.evolve(report, estimates=agreed.quantities, sources=agreed.sources)
