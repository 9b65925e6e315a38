"""The places file format: one entry a place, checked field by field.

The built-in ``discrepancy/data/places.json`` and a user's own file hold the same entries;
`discrepancy.places` builds a gazetteer from them.
"""

from __future__ import annotations

import enum
from typing import Any

import attrs

from discrepancy import _placenames as pn
from discrepancy.errors import shorten

__all__ = ["FIELDS", "BadEntry", "Entry", "PlaceKind", "read_entry", "trusted_entry"]


class PlaceKind(enum.StrEnum):
    """What a place is; part of the JSON contract."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    OTHER = "other"


_KINDS = {kind.value: kind for kind in PlaceKind}


@attrs.frozen(kw_only=True, slots=True)
class Entry:
    """One place as the data file gives it: the place and every way it is written."""

    id: str
    name: str
    kind: PlaceKind
    parent: str | None
    country: str | None
    aliases: tuple[str, ...]
    abbrevs: tuple[str, ...]
    population: int
    keys: tuple[str, ...]  # the lookup keys of the name and the aliases


FIELDS = ("id", "name", "kind", "parent", "country", "aliases", "abbrevs", "population")


class BadEntry(ValueError):
    """One entry is invalid: the field and the message travel up to the gazetteer, which
    names the file and the entry."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def read_entry(raw: object) -> Entry:
    """Check one JSON entry and build it.

    Raises:
        BadEntry: naming the bad field.
    """
    bad = BadEntry

    if not isinstance(raw, dict):
        raise bad("", f"must be an object with id, name and kind, not {shorten(raw)}")
    for key in raw:
        if key not in FIELDS:
            raise bad(str(key), f"unknown field (known: {', '.join(FIELDS)})")
    for key in ("id", "name"):
        value = raw.get(key)
        if not isinstance(value, str) or not value.strip():
            raise bad(key, f"must be a non-empty string, not {shorten(value)}")
    if any(ch.isspace() for ch in raw["id"]):
        raise bad("id", f"must not contain spaces: {shorten(raw['id'])}")
    kind = raw.get("kind", PlaceKind.OTHER.value)
    if kind not in {k.value for k in PlaceKind}:
        raise bad("kind", f"must be one of {', '.join(PlaceKind)}, not {shorten(kind)}")
    for key in ("parent", "country"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            raise bad(key, f"must be a non-empty string or null, not {shorten(value)}")
    if raw.get("parent") == raw["id"]:
        raise bad("parent", "a place cannot be its own parent")
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("aliases", "abbrevs"):
        items = raw.get(key, [])
        if not isinstance(items, list):
            raise bad(key, f"must be a list of strings, not {shorten(items)}")
        for k, item in enumerate(items):
            if not isinstance(item, str) or not pn.name_key(item):
                raise bad(f"{key}[{k}]", f"must be a name with letters, not {shorten(item)}")
            if key == "abbrevs" and pn.abbrev_key(item) is None:
                raise bad(f"{key}[{k}]", f"must be written in capitals: {shorten(item)}")
        lists[key] = tuple(items)
    population = raw.get("population", 0)
    if isinstance(population, bool) or not isinstance(population, int) or population < 0:
        raise bad("population", f"must be a whole number ≥ 0, not {shorten(population)}")
    kind = PlaceKind(kind)
    country = raw.get("country")
    parent = raw.get("parent")
    if kind is PlaceKind.COUNTRY and country is None:
        country = raw["id"]
    return Entry(
        id=raw["id"],
        name=raw["name"],
        kind=kind,
        parent=parent,
        country=country,
        aliases=lists["aliases"],
        abbrevs=lists["abbrevs"],
        population=population,
        keys=tuple(pn.name_key(n) for n in (raw["name"], *lists["aliases"])),
    )


def trusted_entry(row: dict[str, Any]) -> Entry:
    """An entry of the package's own data file, which the tests check (no checks here).

    The generator writes aliases already as lookup keys: only the name is folded here.
    """
    aliases = tuple(row.get("aliases", ()))
    return Entry(
        id=row["id"],
        name=row["name"],
        kind=_KINDS[row["kind"]],
        parent=row.get("parent"),
        country=row.get("country"),
        aliases=aliases,
        abbrevs=tuple(row.get("abbrevs", ())),
        population=row.get("population", 0),
        keys=(pn.name_key(row["name"]), *aliases),
    )
