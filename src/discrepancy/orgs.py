"""Organizations: the canonical record ([`Org`][discrepancy.orgs.Org]), a claim's reference to one
([`OrgRef`][discrepancy.orgs.OrgRef]), and the registry they live in
([`OrgRegistry`][discrepancy.orgs.OrgRegistry]).

The built-in registry ships as one JSON file, ``discrepancy/data/orgs.json``; a user's own
file has the same format (a list of [`Org`][discrepancy.orgs.Org] objects) and is merged over it.
"""

from __future__ import annotations

import enum
import functools
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

import attrs
import cattrs

from discrepancy._numbers import fold
from discrepancy.errors import BadField, InputError, UsageError, shorten

__all__ = ["Org", "OrgKind", "OrgRef", "OrgRegistry", "ResolutionMethod", "slug"]


class OrgKind(enum.StrEnum):
    """What an organization is (the ``kind`` of an org file entry; ``other`` by default)."""

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
        """The org's canonical name when resolved, else the mention as written."""
        return self.name or self.mention


# --- the registry ---------------------------------------------------------------------------

_ORG_FIELDS = ("id", "name", "aliases", "acronyms", "translations", "kind", "country", "people")
_LIST_FIELDS = ("aliases", "acronyms", "translations", "people")


def _check_entry(entry: object) -> None:
    """Check the JSON shape of one org before the converter builds it.

    cattrs would turn ``"aliases": "HRW"`` into three one-letter aliases and a number into
    a name; here every field must have its JSON type, so a bad file fails loudly.
    """
    if not isinstance(entry, dict):
        raise BadField("", f"must be an object with id and name, not {shorten(entry)}")
    for key in entry:
        if key not in _ORG_FIELDS:
            raise BadField(str(key), f"unknown field (known: {', '.join(_ORG_FIELDS)})")
    for key in ("id", "name"):
        value = entry.get(key)
        if not isinstance(value, str) or not value.strip():
            raise BadField(key, f"must be a non-empty string, not {shorten(value)}")
    if any(ch.isspace() for ch in entry["id"]):
        raise BadField("id", f"must not contain spaces: {shorten(entry['id'])}")
    for key in _LIST_FIELDS:
        items = entry.get(key, [])
        if not isinstance(items, list):
            raise BadField(key, f"must be a list of strings, not {shorten(items)}")
        for k, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise BadField(f"{key}[{k}]", f"must be a non-empty string, not {shorten(item)}")
    kind = entry.get("kind", OrgKind.OTHER.value)
    if kind not in {k.value for k in OrgKind}:
        raise BadField(
            "kind", f"must be one of {', '.join(k.value for k in OrgKind)}, not {shorten(kind)}"
        )
    country = entry.get("country")
    if country is not None and not isinstance(country, str):
        raise BadField("country", f"must be a string or null, not {shorten(country)}")


_BUILTIN_SOURCE = "discrepancy/data/orgs.json"


def _builtin_data() -> Any:
    text = resources.files("discrepancy").joinpath("data", "orgs.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _builtin_registry() -> OrgRegistry:
    return OrgRegistry.from_data(_builtin_data(), source=_BUILTIN_SOURCE)


def _orgs(items: Iterable[Org]) -> tuple[Org, ...]:
    return tuple(items)


@attrs.frozen
class OrgRegistry:
    """A set of organizations with unique ids, in a stable order.

    Build one with [`builtin()`][discrepancy.orgs.OrgRegistry.builtin],
    [`load()`][discrepancy.orgs.OrgRegistry.load] or
    [`from_data()`][discrepancy.orgs.OrgRegistry.from_data]; combine with
    [`merge()`][discrepancy.orgs.OrgRegistry.merge]. Registries are immutable: merging returns a new
    one.
    """

    orgs: tuple[Org, ...] = attrs.field(converter=_orgs)
    _by_id: Mapping[str, Org] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_id: dict[str, Org] = {}
        for org in self.orgs:
            if org.id in by_id:
                raise UsageError(f"duplicate org id {org.id!r}")
            by_id[org.id] = org
        object.__setattr__(self, "_by_id", by_id)

    @classmethod
    def builtin(cls) -> OrgRegistry:
        """The registry that ships with the package (``discrepancy/data/orgs.json``).

        Read once per process: registries are immutable, so every caller shares it.
        """
        if cls is not OrgRegistry:  # a subclass builds its own
            return cls.from_data(_builtin_data(), source=_BUILTIN_SOURCE)
        return _builtin_registry()

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> OrgRegistry:
        """A registry from a JSON file: a list of org objects, as in the built-in file.

        Raises:
            InputError: the file cannot be read, is not JSON, or an entry is invalid; the
                message names the file, the entry and the field.
        """
        source = os.fspath(path)
        try:
            with open(source, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read the orgs file: {exc}", source=source) from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                source=source,
            ) from exc
        except RecursionError:
            raise InputError("is nested too deeply to be an orgs file", source=source) from None
        return cls.from_data(data, source=source)

    @classmethod
    def from_data(cls, data: object, *, source: str = "<orgs>") -> OrgRegistry:
        """A registry from JSON-ready data (a list of org objects), checked entry by entry."""
        from discrepancy.serialize import converter  # serialize imports the model: no cycle

        if not isinstance(data, list):
            raise InputError(
                f"must be a JSON list of org objects, not {shorten(data)}", source=source
            )
        orgs: list[Org] = []
        first: dict[str, int] = {}
        for number, entry in enumerate(data, start=1):
            label = f"entry {number}"
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                label += f" (id {entry['id']!r})"
            try:
                _check_entry(entry)
                org = converter.structure(entry, Org)
            except BadField as exc:
                where = f"{label}: {exc.field}" if exc.field else label
                raise InputError(f"{where}: {exc.message}", source=source) from exc
            except (cattrs.BaseValidationError, ValueError, TypeError) as exc:
                # the converter's own errors, rendered with their path
                detail = (
                    "; ".join(cattrs.transform_error(exc))
                    if isinstance(exc, cattrs.BaseValidationError)
                    else str(exc)
                )
                raise InputError(f"{label}: {detail}", source=source) from exc
            if org.id in first:
                raise InputError(f"{label}: id: duplicate of entry {first[org.id]}", source=source)
            first[org.id] = number
            orgs.append(org)
        return cls(orgs)

    def merge(self, other: OrgRegistry) -> OrgRegistry:
        """This registry with ``other``'s orgs added; on an id clash ``other``'s entry wins."""
        replaced = [other._by_id.get(org.id, org) for org in self.orgs]
        added = [org for org in other.orgs if org.id not in self._by_id]
        return OrgRegistry((*replaced, *added))

    def get(self, org_id: str) -> Org | None:
        """The org with id ``org_id``, or ``None``."""
        return self._by_id.get(org_id)

    def __contains__(self, org_id: object) -> bool:
        return org_id in self._by_id

    def __iter__(self) -> Iterator[Org]:
        return iter(self.orgs)

    def __len__(self) -> int:
        return len(self.orgs)

    def to_data(self) -> list[dict[str, Any]]:
        """JSON-ready data in the file format [`load()`][discrepancy.orgs.OrgRegistry.load]
        reads."""
        from discrepancy.serialize import converter

        rows: list[dict[str, Any]] = [converter.unstructure(org) for org in self.orgs]
        return [{k: list(v) if isinstance(v, tuple) else v for k, v in row.items()} for row in rows]
