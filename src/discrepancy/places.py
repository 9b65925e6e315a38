"""Places: the gazetteer that puts a claim's scope on a place, and knows which places nest.

A `Place` is a country, a first-level region (state, province, department...) or a
city; each names its ``parent`` (the region a city lies in where known, else its country) and
its ``country``. A `Gazetteer` finds places by name in English and Spanish
(`resolve()`), in running text (`find()`), and answers whether
one contains another (`contains()`).

The built-in gazetteer ships as ``discrepancy/data/places.json``, generated from pycountry
(ISO 3166) and GeoNames data by ``scripts/build_places.py``; a user's own file is a JSON list
of entries of the same shape, merged over it with `Gazetteer.merge()`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from typing import Any, ClassVar

import attrs

from discrepancy import _placenames as pn
from discrepancy._placedata import BadEntry, Entry, PlaceKind, read_entry, trusted_entry
from discrepancy.errors import InputError, shorten

__all__ = ["OUTSIDE", "Gazetteer", "GazetteerError", "Place", "PlaceKind", "outside_of"]

OUTSIDE = " outside "
"""What joins a wider place to the place a count leaves out, in a scope ("Texas outside
Kerr"; "outside Kerr" when no wider place is known)."""


def outside_of(scope: str) -> str:
    """The place a scope leaves out ("Texas outside Kerr", "outside Kerr": "Kerr"), else "".

    A count outside a place is neither that place's count nor that of the place holding it;
    two counts outside one place count the same people, whatever wider place each names."""
    k = f" {scope}".rfind(OUTSIDE)
    return scope[k + len(OUTSIDE) - 1 :].strip() if k >= 0 else ""


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


class Gazetteer:
    """A set of places with unique ids, their names, and how they nest.

    Build one with `builtin()` or `load()`; combine with `merge()`. A gazetteer
    is immutable: merging returns a new one.
    """

    __slots__ = (
        "_abbrev_prefixes",
        "_abbrevs",
        "_depth",
        "_entries",
        "_names",
        "_places",
        "_population",
        "_prefixes",
    )

    _builtin: ClassVar[Gazetteer | None] = None

    def __init__(self, entries: Iterable[Entry], *, source: str = "<places>") -> None:
        self._entries: tuple[Entry, ...] = tuple(entries)
        by_id: dict[str, Entry] = {}
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
            for key in entry.keys:
                ids = names.setdefault(key, [])
                if entry.id not in ids:
                    ids.append(entry.id)
            for abbrev in entry.abbrevs:
                akey = pn.abbrev_key(abbrev)
                if akey is not None and entry.id not in abbrevs.setdefault(akey, []):
                    abbrevs[akey].append(entry.id)
        self._names: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in names.items()}
        self._abbrevs: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in abbrevs.items()}
        # the first words of every longer name, and the first letters of every abbreviation:
        # find() stops reading on as soon as no name can go on
        prefixes: set[str] = set()
        for key in names:
            if " " in key:
                words = key.split(" ")
                prefixes.update(" ".join(words[:j]) for j in range(1, len(words)))
        self._prefixes = frozenset(prefixes)
        self._abbrev_prefixes = frozenset(key[:j] for key in abbrevs for j in range(1, len(key)))

    @staticmethod
    def _chain(entry: Entry, by_id: Mapping[str, Entry]) -> list[str] | None:
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
            cls._builtin = cls(trusted_entry(row) for row in json.loads(text)["places"])
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
            GazetteerError: as `load()`.
        """
        if not isinstance(data, list):
            raise GazetteerError(
                f"must be a JSON list of place entries, not {shorten(data)}", source=source
            )
        entries: list[Entry] = []
        for number, raw in enumerate(data, start=1):
            try:
                entries.append(read_entry(raw))
            except BadEntry as exc:
                raise GazetteerError(
                    exc.message, source=source, entry=number, field=exc.field
                ) from exc
        return cls(entries, source=source)

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
        same name that holds it when most of the region's people live in the city: "Ciudad
        de México", not "Oaxaca"); then the most populous; then the id.

        A name followed by a place that holds it ("Valencia, Spain", "Huila (Colombia)",
        "Maracaibo, Zulia") is read inside that place, and only there.
        """
        found = self._lookup(text, country)
        return found if found is not None else self._qualified(text)

    def _lookup(self, text: str, country: str | None) -> Place | None:
        """`resolve()` without reading a qualifying place after a comma."""
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

    def _qualified(self, text: str) -> Place | None:
        """A name qualified by the place that holds it, as datelines and lists write it:
        "Valencia, Spain", "Huila (Colombia)", "Maracaibo, Zulia" → the place of that name
        inside the other, or ``None``."""
        head, sep, tail = text.rstrip().rstrip(")").rpartition("(")
        if not sep:
            head, sep, tail = text.rpartition(",")
        if not sep or not head.strip() or not tail.strip():
            return None
        outer = self._lookup(tail, None)
        if outer is None or outer.country is None:
            return None
        inner = self._lookup(head, outer.country)
        return inner if inner is not None and self.contains(outer.id, inner.id) else None

    def _best(self, ids: tuple[str, ...], country: str | None, hint: str) -> Place:
        if len(ids) == 1:
            return self._places[ids[0]]
        places = [self._places[i] for i in ids]
        if hint:
            places = [p for p in places if p.kind == hint] or places
        if len(places) > 1 and not hint:
            # a city over the region of its name that holds it, when most of the region's
            # people live in the city ("Ciudad de México", "Lagos"; not "Oaxaca")
            people = self._population
            held = {
                a
                for c in places
                if c.kind is PlaceKind.CITY
                for a in self.ancestors(c.id)
                if 0 < people.get(a, 0) <= 2 * people.get(c.id, 0)
            }
            places = [p for p in places if not (p.kind is PlaceKind.REGION and p.id in held)]

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

    def find(
        self,
        text: str,
        *,
        country: str | None = None,
        prefer: Callable[[], str | None] | None = None,
    ) -> list[tuple[int, int, Place]]:
        """Every place mention in ``text`` as (start, end, place), in text order.

        Longest match first, non-overlapping; at most `MAX_WORDS` words a name. A name
        counts only capitalised ("Turkey", not "turkey"); an abbreviation only in capitals
        ("US", not "us"). One dictionary lookup per word and length: linear in the text.

        A name that fits several places ("Huila", "Granada", "Bolívar") is read, as
        `resolve()` reads it, inside ``country`` when given, else inside the country the
        text names most often by names that fit one country only; else inside the country
        ``prefer`` gives (asked only then, e.g. the whole document's country: a sentence
        naming only "Granada" in a text about Andalusia), else as `resolve()` with no country.
        """
        hits = self._mentions(text)
        counts = self._homes(hits) if country is None else {}
        return [
            (start, end, self._in_context(ids, country, counts, prefer)) for start, end, ids in hits
        ]

    def _mentions(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """Every name mention in ``text`` as (start, end, the ids it may be) (see `find()`)."""
        spans = pn.tokens(text)
        hits: list[tuple[int, int, tuple[str, ...]]] = []
        names, prefixes, abbrevs = self._names, self._prefixes, self._abbrev_prefixes
        n = len(spans)
        i = 0  # the first word not yet read
        # only a capitalised word starts a name: the others are skipped in one pass
        for i0 in [k for k, (s, _) in enumerate(spans) if text[s].isupper()]:
            if i0 < i:
                continue  # inside the name just found
            i = i0
            start = spans[i][0]
            hit: tuple[int, tuple[str, ...], bool] | None = None
            key = akey = ""
            capitals = True
            for last in range(i, min(i + pn.MAX_WORDS, n)):
                if last > i and not pn.gap_ok(text, spans[last - 1][1], spans[last][0]):
                    break
                word = text[spans[last][0] : spans[last][1]]
                owner = len(word) > 2 and word[-2:] in ("'s", "’s")  # "Venezuela's"
                if owner:
                    word = word[:-2]
                wkey = pn.word_key(word)
                key = wkey if last == i else f"{key} {wkey}"
                capitals = capitals and word.isupper()
                akey = akey + word.upper().replace(".", "") if capitals else ""
                ids = self._mention(key, akey)
                if ids is not None:
                    hit = (last + 1 - i, ids, owner)
                if owner or (key not in prefixes and key not in names and akey not in abbrevs):
                    break
            if hit is None:
                i += 1
                continue
            size, ids, possessive = hit
            country_name = any(self._places[p].kind is PlaceKind.COUNTRY for p in ids)
            end = spans[i + size - 1][1] - (2 if possessive else 0)
            if pn.model_number(text, end):
                i += size  # "AK-47", "F-16": a model, not Alaska or a place
                continue
            if len(ids) > 1 and not possessive:
                # "la ciudad de México": a name that holds its descriptor, written in lower case
                hit_key = " ".join(
                    pn.word_key(text[spans[k][0] : spans[k][1]]) for k in range(i, i + size)
                )
                whole = pn.with_descriptor(text, spans, i, hit_key)
                if whole is not None and whole[1] in names:
                    start, ids = spans[whole[0]][0], names[whole[1]]
                else:
                    # "Katsina State", "the state of Niger": the region, not its namesake city
                    kind = pn.descriptor_kind(text, spans, i, i + size)
                    if kind:
                        ids = tuple(p for p in ids if self._places[p].kind == kind) or ids
            if not pn.inside_longer_name(text, spans, i, i + size, country_name):
                hits.append((start, end, ids))
            i += size
        return hits

    def _homes(self, hits: Iterable[tuple[int, int, tuple[str, ...]]]) -> dict[str, int]:
        """How often each country is named by names that fit that country only."""
        counts: dict[str, int] = {}
        for _, _, ids in hits:
            homes = {self._places[i].country for i in ids}
            home = homes.pop() if len(homes) == 1 else None
            if home is not None:
                counts[home] = counts.get(home, 0) + 1
        return counts

    def home(self, text: str) -> str | None:
        """The country ``text`` names most often by names that fit one country only (its
        code; the first named on a tie), or ``None``."""
        counts = self.home_counts(text)
        return max(counts, key=counts.__getitem__) if counts else None

    def home_counts(self, text: str) -> dict[str, int]:
        """How often ``text`` names each country by names that fit that country only, in
        the order the countries are first named."""
        return self._homes(self._mentions(text))

    def _mention(self, key: str, akey: str) -> tuple[str, ...] | None:
        """The ids a scanned name may be, by its key, or by its abbreviation key when it was
        written in capitals (``akey``, ``""`` otherwise)."""
        if akey:
            ids = self._abbrevs.get(akey)
            if ids is not None:
                return ids
        if key in pn.COMMON_WORDS:
            return None
        return self._names.get(key)

    def _in_context(
        self,
        ids: tuple[str, ...],
        country: str | None,
        counts: Mapping[str, int],
        prefer: Callable[[], str | None] | None = None,
    ) -> Place:
        """The place a found name is: inside ``country``, else inside the country named most
        often in the text (``counts``) among the candidates' countries, else inside the one
        ``prefer`` gives (see `find()`)."""
        if len(ids) == 1:
            return self._places[ids[0]]
        if country is None:
            fits = {c for i in ids if (c := self._places[i].country) is not None and c in counts}
            country = min(fits, key=lambda c: (-counts[c], c)) if fits else None
            if country is None and prefer is not None:
                country = prefer()
        return self._best(ids, country, "")

    def to_data(self) -> list[dict[str, Any]]:
        """JSON-ready data in the file format `load()` reads."""
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
