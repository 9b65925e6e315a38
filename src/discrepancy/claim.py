"""A numeric claim: a quantity of a metric, who states it, when it holds, and where it was said."""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Iterable

import attrs

from discrepancy.errors import UsageError, at_least
from discrepancy.orgs import OrgRef
from discrepancy.quantity import Quantity

__all__ = ["Claim", "Evidence", "Period", "Status", "StatusClass"]


class StatusClass(enum.StrEnum):
    """The three classes a [`Status`][discrepancy.claim.Status] falls in; part of the JSON contract.

    ``announced``: a promise or an assertion not yet borne out (announced, authorized, pledged,
    claimed); ``confirmed``: a count someone verified (confirmed, verified, documented,
    registered, carried out); ``neutral``: neither (estimated, reported). The
    announced-vs-confirmed check sets the first against the second.
    """

    ANNOUNCED = "announced"
    CONFIRMED = "confirmed"
    NEUTRAL = "neutral"


class Status(enum.StrEnum):
    """How the claimant stands behind the number; the values are part of the JSON contract."""

    ANNOUNCED = "announced"
    AUTHORIZED = "authorized"
    PLEDGED = "pledged"
    CLAIMED = "claimed"
    CONFIRMED = "confirmed"
    VERIFIED = "verified"
    DOCUMENTED = "documented"
    REGISTERED = "registered"
    CARRIED_OUT = "carried_out"
    ESTIMATED = "estimated"
    REPORTED = "reported"

    @property
    def status_class(self) -> StatusClass:
        """Announced-class (a promise), confirmed-class (a verified count) or neutral."""
        return _STATUS_CLASS[self]


_STATUS_CLASS = {
    **dict.fromkeys(
        (Status.ANNOUNCED, Status.AUTHORIZED, Status.PLEDGED, Status.CLAIMED), StatusClass.ANNOUNCED
    ),
    **dict.fromkeys(
        (
            Status.CONFIRMED,
            Status.VERIFIED,
            Status.DOCUMENTED,
            Status.REGISTERED,
            Status.CARRIED_OUT,
        ),
        StatusClass.CONFIRMED,
    ),
    **dict.fromkeys((Status.ESTIMATED, Status.REPORTED), StatusClass.NEUTRAL),
}


def _refs(items: Iterable[OrgRef]) -> tuple[OrgRef, ...]:
    return tuple(items)


def _check_period(instance: Period, _: attrs.Attribute[dt.date], end: dt.date) -> None:
    if instance.start is not None and instance.start > end:
        raise UsageError(f"the period starts ({instance.start}) after it ends ({end})")


@attrs.frozen(kw_only=True, order=False)
class Period:
    """The time a number refers to: a date (``start == end``), a span, or "until ``end``".

    ``start=None`` is an open start: a cumulative count up to ``end`` ("808 releases so far").
    """

    start: dt.date | None
    end: dt.date = attrs.field(validator=_check_period)

    @classmethod
    def on(cls, day: dt.date) -> Period:
        """The period of one day."""
        return cls(start=day, end=day)

    @property
    def is_point(self) -> bool:
        """Whether the period is one day."""
        return self.start == self.end

    def contains(self, other: Period) -> bool:
        """Whether ``other`` lies inside this period (an open start reaches back forever)."""
        if other.end > self.end:
            return False
        if self.start is None:
            return True
        return other.start is not None and other.start >= self.start

    def describe(self) -> str:
        """The period in words: "on 2026-01-10", "between … and …", "until …".

        Public API kept on the model; the wording lives in `discrepancy.wording.english.period`.
        """
        from discrepancy.wording.english import period  # the wording imports the model

        return period(self)


@attrs.frozen(kw_only=True)
class Evidence:
    """Where a claim was said: a document and a character span in it."""

    doc: str
    start: int = attrs.field(validator=at_least(0))
    end: int = attrs.field()
    sha256: str | None = None

    @end.validator
    def _check_end(self, _: attrs.Attribute[int], end: int) -> None:
        if end < self.start:
            raise UsageError(f"end ({end}) is before start ({self.start})")


@attrs.frozen(kw_only=True)
class Claim:
    """One numeric claim.

    Attributes:
        id: stable id; left empty, it is a hash of the content, so the same input always
            gets the same id.
        quantity: the number as an interval with its hedge.
        metric: the canonical metric id ("political_prisoners"); ``metric_text`` as written.
        scope: the place the count is about, if stated.
        claimants: who states the number (resolved org references); may be empty.
        claimant_is_outlet: the claim had no claimant and is compared as the outlet's own.
        outlet: who published it.
        status: announced, confirmed, ... (see [`Status`][discrepancy.claim.Status]).
        as_of: the period the number refers to; ``as_of_inferred`` when it was taken from
            ``published`` because the record gave none.
        event: a label tying flow claims about one event together.
        part_of: the id of a whole this claim is one part of.
        supersedes: the id of an earlier claim this one revises.
    """

    id: str = ""
    quantity: Quantity
    metric: str
    metric_text: str = ""
    scope: str | None = None
    claimants: tuple[OrgRef, ...] = attrs.field(default=(), converter=_refs)
    claimant_is_outlet: bool = False
    outlet: OrgRef | None = None
    status: Status = attrs.field(default=Status.REPORTED, converter=Status)
    as_of: Period | None = None
    as_of_inferred: bool = False
    published: dt.date | None = None
    event: str | None = None
    part_of: str | None = None
    supersedes: str | None = None
    evidence: Evidence | None = None
    note: str | None = None

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", self.content_id())

    def content_id(self) -> str:
        """A hash of everything but the id: equal content, equal id."""
        fields = attrs.fields(Claim)
        parts = [repr(getattr(self, f.name)) for f in fields if f.name != "id"]
        digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
        return f"c-{digest[:12]}"

    @property
    def period(self) -> Period | None:
        """``as_of``, or the publication date when no as-of date was given."""
        if self.as_of is not None:
            return self.as_of
        return Period.on(self.published) if self.published is not None else None

    @property
    def who(self) -> str:
        """The claimants for a sentence: "Foro Penal", "Provea and JEyP", "an unnamed source".

        Public API kept on the model; the wording lives in
        `discrepancy.wording.english.claimants`.
        """
        from discrepancy.wording.english import claimants  # the wording imports the model

        return claimants(self)
