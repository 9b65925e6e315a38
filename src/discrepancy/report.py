"""The result of a check: the normalized claims, the discrepancies found, the bad records."""

from __future__ import annotations

import functools
import io
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, TextIO

import attrs

from discrepancy.claim import Claim
from discrepancy.discrepancies import Discrepancy, Kind, Severity
from discrepancy.errors import RecordError
from discrepancy.estimate import Estimate, LazyEstimates, SourceRecord
from discrepancy.notes import Note
from discrepancy.revisions import Revision

if TYPE_CHECKING:
    from discrepancy.compare import Places
    from discrepancy.estimate import EstimatePolicy
    from discrepancy.metrics import MetricRegistry
    from discrepancy.policy import Policy

__all__ = ["SCHEMA_VERSION", "Report", "generator"]

SCHEMA_VERSION = 3


@functools.cache
def generator() -> str:
    """``discrepancy <version>``, read from the package metadata once, on first use."""
    from importlib.metadata import version

    return f"discrepancy {version('discrepancy')}"


def __getattr__(name: str) -> str:
    if name == "GENERATOR":  # read lazily: importing the package stays cheap
        return generator()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_KIND_ORDER = {kind: n for n, kind in enumerate(Kind)}


def sort_key(d: Discrepancy) -> tuple[int, int, float, str]:
    """Most severe first, then by kind, then the widest relative gap, then id."""
    return (-d.severity.rank, _KIND_ORDER[d.kind], -d.gap.relative.low, d.id)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _discrepancies(items: Iterable[Discrepancy]) -> tuple[Discrepancy, ...]:
    return tuple(items)


def _errors(items: Iterable[RecordError]) -> tuple[RecordError, ...]:
    return tuple(items)


def _notes(items: Iterable[Note]) -> tuple[Note, ...]:
    return tuple(items)


def _revisions(items: Iterable[Revision]) -> tuple[Revision, ...]:
    return tuple(items)


def _estimates(items: Iterable[Estimate] | None) -> Sequence[Estimate] | None:
    # the estimates of ``check``: built when read (`discrepancy.estimate.LazyEstimates`)
    if items is None or isinstance(items, LazyEstimates):
        return items
    return tuple(items)


def _sources(items: Iterable[SourceRecord] | None) -> tuple[SourceRecord, ...] | None:
    return None if items is None else tuple(items)


@attrs.frozen(kw_only=True)
class Report:
    """What [`discrepancy.check()`][discrepancy.check.check] found.

    Attributes:
        schema_version: the version of the JSON contract.
        generator: the package and version that wrote it.
        claims: every valid claim, normalized (claimants resolved, dates inferred), by id.
        discrepancies: most severe first.
        errors: the records that could not be read, and claims that refer to missing ones.
        notes: what the user should know about the input (metrics that compared with
            nothing, metric names that look alike).
        revisions: claimants' later counts that replace their earlier ones, on the newer
            claim.
        estimates: what the sources agree on, per quantity (``None``: not asked for; see
            [`with_estimates()`][discrepancy.report.Report.with_estimates] and
            ``check(..., estimates=True)``); from ``check``, a sequence that builds each
            estimate when it is read (`discrepancy.estimate.LazyEstimates`).
        sources: how far each source can be trusted (``None``: not asked for).
    """

    schema_version: int = SCHEMA_VERSION
    generator: str = attrs.field(factory=generator)
    claims: tuple[Claim, ...] = attrs.field(converter=_claims)
    discrepancies: tuple[Discrepancy, ...] = attrs.field(converter=_discrepancies)
    errors: tuple[RecordError, ...] = attrs.field(default=(), converter=_errors)
    notes: tuple[Note, ...] = attrs.field(default=(), converter=_notes)
    revisions: tuple[Revision, ...] = attrs.field(default=(), converter=_revisions)
    estimates: Sequence[Estimate] | None = attrs.field(default=None, converter=_estimates)
    sources: tuple[SourceRecord, ...] | None = attrs.field(default=None, converter=_sources)

    def __len__(self) -> int:
        return len(self.discrepancies)

    def __iter__(self) -> Iterator[Discrepancy]:
        """The discrepancies, most severe first."""
        return iter(self.discrepancies)

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id (``KeyError`` if there is none)."""
        for claim in self.claims:
            if claim.id == claim_id:
                return claim
        raise KeyError(claim_id)

    def counts(self) -> dict[str, int]:
        """How many discrepancies of each kind, e.g. ``{"source_disagreement": 3}``."""
        found = Counter(d.kind.value for d in self.discrepancies)
        return {kind.value: found[kind.value] for kind in Kind if found[kind.value]}

    def filter(
        self,
        *,
        kind: Kind | str | Iterable[Kind | str] | None = None,
        severity: Severity | str | None = None,
        claimant: str | None = None,
        metric: str | None = None,
    ) -> Report:
        """A report with only the matching discrepancies (claims and errors are kept).

        Args:
            kind: one kind or several.
            severity: the least severity kept ("medium" keeps medium and high).
            claimant: an org id, canonical name or mention (case-insensitive) that one of
                the discrepancy's claims has as claimant (or as outlet speaking for itself).
            metric: a metric id ("political_prisoners").
        """
        kinds = None
        if kind is not None:
            kinds = {Kind(kind)} if isinstance(kind, str) else {Kind(k) for k in kind}
        floor = Severity(severity).rank if severity is not None else None
        by_id = {c.id: c for c in self.claims}
        wanted = claimant.casefold() if claimant is not None else None

        def keep(d: Discrepancy) -> bool:
            if kinds is not None and d.kind not in kinds:
                return False
            if floor is not None and d.severity.rank < floor:
                return False
            if metric is not None and d.metric != metric:
                return False
            if wanted is not None:
                return any(_speaks(by_id[cid], wanted) for cid in d.claims if cid in by_id)
            return True

        return attrs.evolve(self, discrepancies=[d for d in self.discrepancies if keep(d)])

    def to_json(self) -> str:
        """The versioned JSON document (``discrepancy schema``); equal reports, equal bytes.

        One claim, discrepancy or error per line.
        """
        out = io.StringIO()
        self.write_json(out)
        return out.getvalue()

    def write_json(self, out: TextIO) -> None:
        """Write [`to_json()`][discrepancy.report.Report.to_json]'s text to a stream, item by item
        (for large reports)."""
        from discrepancy.serialize import write_document

        write_document(
            out,
            fields=[("schema_version", self.schema_version), ("generator", self.generator)],
            lists=[
                ("claims", self.claims, Claim),
                ("discrepancies", self.discrepancies, Discrepancy),
                ("errors", self.errors, RecordError),
                ("notes", self.notes, Note),
                ("revisions", self.revisions, Revision),
                *self._estimate_lists(),
            ],
        )

    def _estimate_lists(self) -> list[tuple[str, Iterable[object], object]]:
        """The ``estimates`` and ``sources`` sections, written only when asked for."""
        out: list[tuple[str, Iterable[object], object]] = []
        if self.estimates is not None:
            out.append(("estimates", self.estimates, Estimate))
        if self.sources is not None:
            out.append(("sources", self.sources, SourceRecord))
        return out

    def with_estimates(
        self,
        *,
        policy: Policy | None = None,
        metrics: MetricRegistry | None = None,
        settings: EstimatePolicy | None = None,
        gazetteer: Places | None = None,
    ) -> Report:
        """This report with its ``estimates`` and ``sources`` (see
        [`discrepancy.estimate`][discrepancy.estimate]).

        ``check(claims, estimates=True)`` gives the same at less cost: it reuses the
        comparisons ``check`` has made. Give the ``policy``, ``metrics`` and ``gazetteer``
        the check used.
        """
        from discrepancy.estimate import estimate

        found = estimate(
            self.claims, policy=policy, metrics=metrics, settings=settings, gazetteer=gazetteer
        )
        return attrs.evolve(self, estimates=found.quantities, sources=found.sources)

    def to_jsonl(self) -> str:
        """One JSON object per line: each discrepancy, then each error (``"kind": "error"``),
        then, when asked for, each estimate (``"estimate"``) and source (``"source"``)."""
        from discrepancy.serialize import dumps, to_json_data

        lines = [dumps(to_json_data(d), indent=None) for d in self.discrepancies]
        lines += [dumps({"kind": "error", **to_json_data(e)}, indent=None) for e in self.errors]
        for kind, items in (("estimate", self.estimates), ("source", self.sources)):
            lines += [dumps({"kind": kind, **to_json_data(x)}, indent=None) for x in items or ()]
        return "".join(line + "\n" for line in lines)

    @classmethod
    def from_json(cls, text: str) -> Report:
        """Read a report written by [`to_json()`][discrepancy.report.Report.to_json].

        Raises:
            InputError: the text is not such a report (the message says where it differs).
        """
        import json

        import cattrs

        from discrepancy.errors import InputError
        from discrepancy.serialize import from_json_data

        try:
            report: Report = from_json_data(json.loads(text), cls)
        except json.JSONDecodeError as exc:
            raise InputError(f"is not JSON: {exc.msg}", source="<report>") from None
        except RecursionError:
            raise InputError("is nested too deeply to be a report", source="<report>") from None
        except (cattrs.BaseValidationError, KeyError, ValueError, TypeError) as exc:
            detail = (
                "; ".join(cattrs.transform_error(exc))
                if isinstance(exc, cattrs.BaseValidationError)
                else f"unexpected {exc}"
            )
            raise InputError(f"is not a discrepancy report: {detail}", source="<report>") from None
        return report

    def to_frame(
        self,
        kind: Literal["claims", "discrepancies"] = "claims",
        *,
        library: Literal["pandas", "polars"] = "pandas",
    ) -> Any:
        """The claims or the discrepancies as a DataFrame (``discrepancy[pandas]``).

        See [`discrepancy.frames`][discrepancy.frames] for the columns.
        """
        from discrepancy.frames import to_frame

        return to_frame(self, kind, library=library)

    def to_markdown(self) -> str:
        from discrepancy.render import markdown

        return markdown(self)

    def to_text(self) -> str:
        from discrepancy.render import text

        return text(self)


def _speaks(claim: Claim, wanted: str) -> bool:
    refs = list(claim.claimants)
    if claim.claimant_is_outlet and claim.outlet is not None:
        refs.append(claim.outlet)
    return any(
        wanted in {x.casefold() for x in (ref.id, ref.name, ref.mention) if x} for ref in refs
    )
