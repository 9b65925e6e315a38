"""Places: the gazetteer that puts a claim's scope on a place, and knows which places nest.

A :class:`Place` is a country, a first-level region (state, province, department...) or a
city; each names its ``parent`` (the region a city lies in where known, else its country) and
its ``country``. A :class:`Gazetteer` finds places by name in English and Spanish
(:meth:`~Gazetteer.resolve`), in running text (:meth:`~Gazetteer.find`), and answers whether
one contains another (:meth:`~Gazetteer.contains`).

The built-in gazetteer ships as ``discrepancy/data/places.json``, generated from pycountry
(ISO 3166) and GeoNames data by ``scripts/build_places.py``; a user's own file is a JSON list
of entries of the same shape, merged over it with :meth:`Gazetteer.merge`.
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any, ClassVar

import attrs

from discrepancy import _placenames as pn
from discrepancy.errors import InputError, shorten

__all__ = ["Gazetteer", "GazetteerError", "Place", "PlaceKind"]


class PlaceKind(enum.StrEnum):
    """What a place is; part of the JSON contract."""

    COUNTRY = "country"
    REGION = "region"
    CITY = "city"
    OTHER = "other"


_KIND_RANK = {PlaceKind.COUNTRY: 0, PlaceKind.REGION: 1, PlaceKind.CITY: 2, PlaceKind.OTHER: 3}


@attrs.frozen(kw_only=True, slots=True)
class Place:
    """A place a count can be about.

    Attributes:
        id: stable id: "VE" (ISO 3166-1 alpha-2), "VE-A" (ISO 3166-2), "city:VE:caracas",
            or a user's id as given.
        name: the canonical (English) name.
        kind: country, region, city or other.
        parent: the id of the place it lies in (its region where known, else its country);
            ``None`` for a country.
        country: the ISO alpha-2 code of the country it lies in (its own for a country).
    """

    id: str
    name: str
    kind: PlaceKind = attrs.field(converter=PlaceKind)
    parent: str | None = None
    country: str | None = None


class GazetteerError(InputError):
    """A places file, or one entry of it, is invalid.

    Attributes:
        entry: the 1-based number of the bad entry, ``None`` for the file as a whole.
        field: the bad field, ``""`` when the entry as a whole is bad.
    """

    def __init__(
        self, message: str, *, source: str = "<places>", entry: int | None = None, field: str = ""
    ) -> None:
        where = []
        if entry is not None:
            where.append(f"entry {entry}")
        if field:
            where.append(field)
        super().__init__(": ".join([*where, message]), source=source)
        self.entry = entry
        self.field = field


@attrs.frozen(kw_only=True, slots=True)
class _Entry:
    """One place as the data file gives it: the place and every way it is written."""

    id: str
    name: str
    kind: PlaceKind
    parent: str | None
    country: str | None
    aliases: tuple[str, ...]
    abbrevs: tuple[str, ...]
    population: int


_FIELDS = ("id", "name", "kind", "parent", "country", "aliases", "abbrevs", "population")


def _entry(raw: object, number: int, source: str) -> _Entry:
    """Check one JSON entry and build it; a bad one raises naming the entry and the field."""

    def bad(field: str, message: str) -> GazetteerError:
        return GazetteerError(message, source=source, entry=number, field=field)

    if not isinstance(raw, dict):
        raise bad("", f"must be an object with id, name and kind, not {shorten(raw)}")
    for key in raw:
        if key not in _FIELDS:
            raise bad(str(key), f"unknown field (known: {', '.join(_FIELDS)})")
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
    return _Entry(
        id=raw["id"],
        name=raw["name"],
        kind=kind,
        parent=parent,
        country=country,
        aliases=lists["aliases"],
        abbrevs=lists["abbrevs"],
        population=population,
    )


def _trusted(row: dict[str, Any]) -> _Entry:
    """An entry of the package's own data file, which the tests check (no checks here)."""
    return _Entry(
        id=row["id"],
        name=row["name"],
        kind=PlaceKind(row["kind"]),
        parent=row.get("parent"),
        country=row.get("country"),
        aliases=tuple(row.get("aliases", ())),
        abbrevs=tuple(row.get("abbrevs", ())),
        population=row.get("population", 0),
    )


class Gazetteer:
    """A set of places with unique ids, their names, and how they nest.

    Build one with :meth:`builtin` or :meth:`load`; combine with :meth:`merge`. A gazetteer
    is immutable: merging returns a new one.
    """

    __slots__ = ("_abbrevs", "_depth", "_entries", "_names", "_places", "_population")

    _builtin: ClassVar[Gazetteer | None] = None

    def __init__(self, entries: Iterable[_Entry], *, source: str = "<places>") -> None:
        self._entries: tuple[_Entry, ...] = tuple(entries)
        by_id: dict[str, _Entry] = {}
        for number, entry in enumerate(self._entries, start=1):
            if entry.id in by_id:
                raise GazetteerError(
                    f"duplicate of the place {entry.id!r} above",
                    source=source,
                    entry=number,
                    field="id",
                )
            by_id[entry.id] = entry
        self._depth: dict[str, int] = {}
        self._places: dict[str, Place] = {}
        for number, entry in enumerate(self._entries, start=1):
            chain = self._chain(entry, by_id)
            if chain is None:
                raise GazetteerError(
                    f"the parents of {entry.id!r} go round in a circle",
                    source=source,
                    entry=number,
                    field="parent",
                )
            country = entry.country
            if country is None:
                known = (by_id[p].country for p in chain if p in by_id)
                country = next((c for c in known if c is not None), None)
                if country is None and chain and chain[-1] not in by_id:
                    country = chain[-1] if len(chain[-1]) == 2 else None
            self._depth[entry.id] = len(chain)
            self._places[entry.id] = Place(
                id=entry.id,
                name=entry.name,
                kind=entry.kind,
                parent=entry.parent,
                country=country,
            )
        self._population = {e.id: e.population for e in self._entries}
        names: dict[str, list[str]] = {}
        abbrevs: dict[str, list[str]] = {}
        for entry in self._entries:
            for name in (entry.name, *entry.aliases):
                key = pn.name_key(name)
                ids = names.setdefault(key, [])
                if entry.id not in ids:
                    ids.append(entry.id)
            for abbrev in entry.abbrevs:
                akey = pn.abbrev_key(abbrev)
                if akey is not None and entry.id not in abbrevs.setdefault(akey, []):
                    abbrevs[akey].append(entry.id)
        self._names: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in names.items()}
        self._abbrevs: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in abbrevs.items()}

    @staticmethod
    def _chain(entry: _Entry, by_id: Mapping[str, _Entry]) -> list[str] | None:
        """The ids above ``entry``, nearest first; ``None`` if they go round in a circle."""
        chain: list[str] = []
        seen = {entry.id}
        parent = entry.parent
        while parent is not None:
            if parent in seen:
                return None
            seen.add(parent)
            chain.append(parent)
            above = by_id.get(parent)
            parent = above.parent if above is not None else None
        return chain

    # --- building --------------------------------------------------------------------------

    @classmethod
    def builtin(cls) -> Gazetteer:
        """The gazetteer that ships with the package (``discrepancy/data/places.json``),
        read once and kept on the class."""
        if cls._builtin is None:
            text = resources.files("discrepancy").joinpath("data", "places.json").read_text("utf-8")
            # generated and checked by the tests through from_data: read without re-checking
            cls._builtin = cls(_trusted(row) for row in json.loads(text)["places"])
        return cls._builtin

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """A gazetteer from a JSON file: a list of place entries, as in the built-in file.

        An entry has ``id``, ``name`` and ``kind`` and may have ``parent``, ``country``,
        ``aliases`` (other names), ``abbrevs`` (abbreviations matched only in capitals) and
        ``population`` (to rank namesakes).

        Raises:
            GazetteerError: the file cannot be read, is not JSON, or an entry is invalid; the
                message names the file, the entry number and the field.
        """
        source = os.fspath(path)
        try:
            with open(source, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise GazetteerError(f"cannot read the places file: {exc}", source=source) from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise GazetteerError(
                f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                source=source,
            ) from exc
        return cls.from_data(data, source=source)

    @classmethod
    def from_data(cls, data: object, *, source: str = "<places>") -> Gazetteer:
        """A gazetteer from JSON-ready data (a list of place entries), checked entry by entry.

        Raises:
            GazetteerError: as :meth:`load`.
        """
        if not isinstance(data, list):
            raise GazetteerError(
                f"must be a JSON list of place entries, not {shorten(data)}", source=source
            )
        return cls([_entry(raw, n, source) for n, raw in enumerate(data, start=1)], source=source)

    def merge(self, other: Gazetteer) -> Gazetteer:
        """This gazetteer with ``other``'s places added; on an id clash ``other``'s entry wins."""
        theirs = {e.id: e for e in other._entries}
        replaced = [theirs.get(e.id, e) for e in self._entries]
        mine = {e.id for e in self._entries}
        added = [e for e in other._entries if e.id not in mine]
        return Gazetteer([*replaced, *added], source="<merged places>")

    # --- looking up ------------------------------------------------------------------------

    def get(self, place_id: str) -> Place | None:
        """The place with id ``place_id``, or ``None``."""
        return self._places.get(place_id)

    def __contains__(self, place_id: object) -> bool:
        return place_id in self._places

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places.values())

    def __len__(self) -> int:
        return len(self._places)

    def ancestors(self, place_id: str) -> tuple[str, ...]:
        """The ids of the places that contain ``place_id``, nearest first, up to its country.

        An unknown id has none; a parent id the gazetteer does not know ends the chain.
        """
        out: list[str] = []
        place = self._places.get(place_id)
        while place is not None and place.parent is not None:
            out.append(place.parent)
            place = self._places.get(place.parent)
        return tuple(out)

    def contains(self, outer_id: str, inner_id: str) -> bool:
        """Whether ``outer_id`` strictly contains ``inner_id`` (is a proper ancestor of it)."""
        return outer_id in self.ancestors(inner_id)

    def resolve(self, text: str, *, country: str | None = None) -> Place | None:
        """The place a name as written refers to, or ``None``.

        Case and accents are folded and descriptors stripped ("the state of", "estado",
        "provincia de", "city of", "Zulia state"...); the lookup is exact, never fuzzy. A name
        that is also an ordinary word ("Central", "Para") resolves only inside ``country``.

        Among namesakes: those inside ``country`` first; then the kind a descriptor asked
        for; then a country over a region over a city (but a city over the region of the
        same name that holds it: "Ciudad de México"); then the most populous; then the id.
        """
        akey = pn.abbrev_key(text.strip())
        if akey is not None and akey in self._abbrevs:
            return self._best(self._abbrevs[akey], country, "")
        key = pn.name_key(text)
        if not key:
            return None
        readings = [
            (key, ""),
            *((" ".join(w), h) for w, h in pn.strip_descriptors(tuple(key.split()))),
        ]
        for reading, hint in readings:
            ids = self._names.get(reading)
            if ids is None:
                continue
            if reading in pn.COMMON_WORDS:
                # "Central" names a region in many countries: only inside a given one
                ids = tuple(i for i in ids if self._places[i].country == country)
                if not ids:
                    return None
            return self._best(ids, country, hint)
        return None

    def _best(self, ids: tuple[str, ...], country: str | None, hint: str) -> Place:
        places = [self._places[i] for i in ids]
        if hint:
            places = [p for p in places if p.kind == hint] or places
        if len(places) > 1 and not hint:
            cities = [p for p in places if p.kind is PlaceKind.CITY]
            holders = {a for c in cities for a in self.ancestors(c.id)}
            narrowed = [p for p in places if not (p.kind is PlaceKind.REGION and p.id in holders)]
            places = narrowed or places

        def rank(place: Place) -> tuple[int, int, int, int, int, str]:
            return (
                0 if country is None or place.country == country else 1,
                0 if not hint or place.kind == hint else 1,
                _KIND_RANK[place.kind],
                -self._population.get(place.id, 0),
                self._depth.get(place.id, 0),
                place.id,
            )

        return min(places, key=rank)

    def find(self, text: str) -> list[tuple[int, int, Place]]:
        """Every place mention in ``text`` as (start, end, place), in text order.

        Longest match first, non-overlapping; at most :data:`MAX_WORDS` words a name. A name
        counts only capitalised ("Turkey", not "turkey"); an abbreviation only in capitals
        ("US", not "us"). One dictionary lookup per word and length: linear in the text.
        """
        spans = pn.tokens(text)
        keys = [pn.word_key(text[s:e]) for s, e in spans]
        found: list[tuple[int, int, Place]] = []
        i, n = 0, len(spans)
        while i < n:
            start = spans[i][0]
            if not text[start].isupper():
                i += 1
                continue
            hit: tuple[int, Place] | None = None
            size = 1
            while size <= pn.MAX_WORDS and i + size <= n:
                last = i + size - 1
                if size > 1 and not pn.gap_ok(text, spans[last - 1][1], spans[last][0]):
                    break
                end = spans[last][1]
                place = self._mention(text[start:end], " ".join(keys[i : last + 1]))
                if place is not None:
                    hit = (size, place)
                size += 1
            if hit is None:
                i += 1
                continue
            size, place = hit
            if self._inside_longer_name(text, spans, keys, i, i + size, place):
                i += size
                continue
            found.append((start, spans[i + size - 1][1], place))
            i += size
        return found

    def _mention(self, surface: str, key: str) -> Place | None:
        akey = pn.abbrev_key(surface)
        if akey is not None:
            ids = self._abbrevs.get(akey)
            if ids is not None:
                return self._best(ids, None, "")
        if key in pn.COMMON_WORDS:
            return None
        ids = self._names.get(key)
        return None if ids is None else self._best(ids, None, "")

    @staticmethod
    def _inside_longer_name(
        text: str,
        spans: list[tuple[int, int]],
        keys: list[str],
        first: int,
        stop: int,
        place: Place,
    ) -> bool:
        """Whether a region or city name found at words ``first:stop`` is part of a longer
        capitalised name ("Carlos Miranda", "Lara Croft"): a capitalised (not all-capitals)
        word right before it or right after it, other than the few that may stand there
        ("In Caracas", "Zulia State", "Texas Governor"). Names in capitals never are."""
        if place.kind is PlaceKind.COUNTRY:
            return False

        def joined(left: int, right: int) -> bool:
            gap = text[spans[left][1] : spans[right][0]]
            return 0 < len(gap) <= 2 and gap.strip() == ""

        def titled(k: int) -> bool:
            word = text[spans[k][0] : spans[k][1]]
            return word[0].isupper() and not word.isupper()

        if text[spans[first][0] : spans[stop - 1][1]].isupper():
            return False  # an abbreviation, or a headline in capitals
        before = (
            first > 0
            and joined(first - 1, first)
            and titled(first - 1)
            and keys[first - 1] not in pn.OPENERS
        )
        after = (
            stop < len(spans)
            and joined(stop - 1, stop)
            and titled(stop)
            and keys[stop] not in pn.FOLLOWERS
        )
        return before or after

    def to_data(self) -> list[dict[str, Any]]:
        """JSON-ready data in the file format :meth:`load` reads."""
        rows: list[dict[str, Any]] = []
        for e in self._entries:
            row: dict[str, Any] = {"id": e.id, "name": e.name, "kind": e.kind.value}
            if e.parent is not None:
                row["parent"] = e.parent
            if e.country is not None:
                row["country"] = e.country
            if e.aliases:
                row["aliases"] = list(e.aliases)
            if e.abbrevs:
                row["abbrevs"] = list(e.abbrevs)
            if e.population:
                row["population"] = e.population
            rows.append(row)
        return rows
