"""Organizations: the canonical record (:class:`Org`) and a claim's reference (:class:`OrgRef`)."""

from __future__ import annotations

import enum
from collections.abc import Iterable

import attrs

from discrepancy._numbers import fold

__all__ = ["Org", "OrgKind", "OrgRef", "ResolutionMethod", "slug"]


class OrgKind(enum.StrEnum):
    NGO = "ngo"
    GOVERNMENT = "government"
    OFFICIAL = "official"
    MEDIA = "media"
    INTERGOVERNMENTAL = "intergovernmental"
    OTHER = "other"


class ResolutionMethod(enum.StrEnum):
    """How a mention was put on an org; part of the JSON contract."""

    EXACT = "exact"
    ALIAS = "alias"
    ACRONYM = "acronym"
    TRANSLATION = "translation"
    PERSON = "person"
    FUZZY = "fuzzy"
    CLUSTER = "cluster"
    UNRESOLVED = "unresolved"


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def slug(text: str) -> str:
    """ "Justicia, Encuentro y Perdón" → "justicia-encuentro-y-perdon"."""
    out: list[str] = []
    dash = False
    for ch in fold(text):
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif out and not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


@attrs.frozen(kw_only=True)
class Org:
    """A canonical organization, with every way people write its name.

    Attributes:
        id: stable id ("foro-penal").
        name: the canonical spelling.
        aliases: other spellings and descriptive names.
        acronyms: "JEyP", "HRW".
        translations: the name in other languages ("Justice, Encounter and Forgiveness").
        kind: ngo, government, official, media, intergovernmental, other.
        country: ISO 3166 alpha-2 code, or ``None`` for international bodies.
        people: spokespeople whose words are the org's ("Alfredo Romero").
    """

    id: str
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    acronyms: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    translations: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    kind: OrgKind = attrs.field(default=OrgKind.OTHER, converter=OrgKind)
    country: str | None = None
    people: tuple[str, ...] = attrs.field(default=(), converter=_strs)


@attrs.frozen(kw_only=True)
class OrgRef:
    """A mention of an organization in a claim, with how it was resolved.

    An unresolved reference has ``id=None``; it still identifies its claimant by the
    mention's slug, so two claims by "Acme Watch" are one claimant.
    """

    mention: str
    id: str | None = None
    name: str | None = None
    score: float = 0.0
    method: ResolutionMethod = attrs.field(
        default=ResolutionMethod.UNRESOLVED, converter=ResolutionMethod
    )

    @property
    def key(self) -> str:
        """The identity the detectors compare: the org id, else the mention's slug."""
        return self.id if self.id is not None else f"?{slug(self.mention)}"

    @property
    def display(self) -> str:
        return self.name or self.mention
