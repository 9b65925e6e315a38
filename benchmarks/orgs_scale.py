"""Organization resolution at scale: speed and accuracy on a generated registry.

Builds a registry of plausible generated organizations (NGOs, agencies, ministries and
outlets, in English and Spanish, some with acronyms, translations and spokespeople), writes
mentions of them the ways people do (exact, other case, accents dropped, one typo,
descriptors, acronyms, possessives, translations, spokespeople) plus names that are not in
the registry, and reports in one run:

* mentions per second for ``OrgResolver.resolve_many``;
* the baseline: a plain loop of ``rapidfuzz.process.extractOne`` (WRatio, default
  processing) against the canonical names, timed on a sample and extrapolated;
* the floor: one dict lookup of the folded mention;
* accuracy of each (right, wrong, unresolved), overall and per kind of mention.

Run::

    python benchmarks/orgs_scale.py [--orgs 10000] [--mentions 100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import time
import unicodedata
from collections import Counter
from collections.abc import Callable

from rapidfuzz import fuzz, process, utils

from discrepancy._numbers import fold
from discrepancy.orgs import Org, OrgKind, OrgRegistry
from discrepancy.resolver import OrgResolver

SYLLABLES = (
    "ta",
    "va",
    "rel",
    "qui",
    "mba",
    "ya",
    "lo",
    "ren",
    "sa",
    "mi",
    "ko",
    "tu",
    "ber",
    "an",
    "dor",
    "el",
    "mar",
    "cos",
    "pi",
    "ra",
    "no",
    "zu",
    "gal",
    "ve",
    "ri",
    "do",
    "lan",
    "te",
    "sol",
    "min",
    "cor",
    "pal",
    "bal",
    "tor",
    "qua",
    "ne",
    "li",
    "sen",
    "ca",
    "fer",
    "gua",
    "ju",
    "pe",
    "ro",
    "chi",
    "ma",
    "ti",
)
TOPICS = (  # (English, Spanish)
    ("Human Rights", "Derechos Humanos"),
    ("Press Freedom", "Libertad de Prensa"),
    ("Water", "Agua"),
    ("Health", "Salud"),
    ("Education", "Educación"),
    ("Migration", "Migraciones"),
    ("Prisons", "Prisiones"),
    ("Labour", "Trabajo"),
    ("Environment", "Ambiente"),
    ("Indigenous Peoples", "Pueblos Indígenas"),
    ("Transparency", "Transparencia"),
    ("Children", "Infancia"),
    ("Justice", "Justicia"),
    ("Peace", "Paz"),
    ("Elections", "Elecciones"),
    ("Housing", "Vivienda"),
    ("Food Security", "Seguridad Alimentaria"),
    ("Journalists", "Periodistas"),
    ("Victims", "Víctimas"),
    ("Refugees", "Refugiados"),
    ("Land", "Tierras"),
    ("Energy", "Energía"),
    ("Culture", "Cultura"),
    ("Finance", "Finanzas"),
    ("Women's Rights", "Derechos de la Mujer"),
    ("Public Security", "Seguridad Pública"),
)
TEMPLATES = (  # (kind, English, Spanish)
    ("ngo", "{place} {topic} Observatory", "Observatorio de {topic_es} de {place}"),
    ("ngo", "{name} Foundation for {topic}", "Fundación {name} para {topic_es}"),
    ("ngo", "{place} Committee for {topic}", "Comité de {topic_es} de {place}"),
    ("ngo", "{name} Network", "Red {name}"),
    ("ngo", "{place} Coalition for {topic}", "Coalición por {topic_es} de {place}"),
    ("ngo", "{name} Institute", "Instituto {name}"),
    ("ngo", "{place} {topic} Defenders", "Defensores de {topic_es} de {place}"),
    (
        "official",
        "{place} National Agency for {topic}",
        "Agencia Nacional de {topic_es} de {place}",
    ),
    (
        "official",
        "National Institute of {topic} of {place}",
        "Instituto Nacional de {topic_es} de {place}",
    ),
    ("government", "Ministry of {topic} of {place}", "Ministerio de {topic_es} de {place}"),
    ("government", "Government of {place}", "Gobierno de {place}"),
    ("media", "The {place} {paper}", "{paper_es} de {place}"),
    ("media", "{name} News", "Noticias {name}"),
)
PAPERS = (
    ("Herald", "El Heraldo"),
    ("Times", "El Tiempo"),
    ("Gazette", "La Gaceta"),
    ("Chronicle", "La Crónica"),
    ("Observer", "El Observador"),
    ("Tribune", "La Tribuna"),
)
FIRST = (
    "Ana",
    "Luis",
    "María",
    "José",
    "Carmen",
    "Pedro",
    "Lucía",
    "Javier",
    "Elena",
    "Andrés",
    "Sofía",
    "Tomás",
    "Irene",
    "Raúl",
    "Marta",
    "Diego",
    "Julia",
    "Óscar",
)
LAST = (
    "García",
    "Pérez",
    "Rondón",
    "Salas",
    "Ibáñez",
    "Quintero",
    "Uzcátegui",
    "Lozada",
    "Marcano",
    "Villegas",
    "Peña",
    "Barrios",
    "Castillo",
    "Núñez",
    "Medina",
    "Rojas",
)
DESCRIPTORS = (
    "the NGO {x}",
    "{x}, a local rights group",
    "the organization {x}",
    "the non-profit {x}",
    "la ONG {x}",
    "{x}, the civil association",
    "a separate human rights group, {x}",
    "la organización {x}",
)


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _render(rng: random.Random) -> tuple[str, str, str]:
    kind, en, es = rng.choice(TEMPLATES)
    topic, topic_es = rng.choice(TOPICS)
    paper, paper_es = rng.choice(PAPERS)
    slots = {
        "place": _word(rng),
        "name": _word(rng),
        "topic": topic,
        "topic_es": topic_es,
        "paper": paper,
        "paper_es": paper_es,
    }
    return kind, en.format(**slots), es.format(**slots)


def _initials(name: str) -> str:
    skip = {"of", "for", "the", "de", "del", "la", "el", "para", "por", "y", "and"}
    return "".join(w[0] for w in name.replace("-", " ").split() if w.lower() not in skip).upper()


def make_registry(n: int, rng: random.Random) -> tuple[OrgRegistry, set[str]]:
    """``n`` generated orgs, and the folded spellings they use (to keep absent names absent)."""
    orgs: list[Org] = []
    used: set[str] = set()
    while len(orgs) < n:
        kind, en, es = _render(rng)
        name, other = (en, es) if rng.random() < 0.5 else (es, en)
        if fold(name) in used or fold(other) in used:
            continue
        used |= {fold(name), fold(other)}
        acronym = _initials(name)
        orgs.append(
            Org(
                id=f"org-{len(orgs):05d}",
                name=name,
                kind=OrgKind(kind),
                translations=(other,) if rng.random() < 0.6 else (),
                acronyms=(acronym,) if len(acronym) >= 3 and rng.random() < 0.5 else (),
                people=(f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}",)
                if rng.random() < 0.1
                else (),
            )
        )
    return OrgRegistry(orgs), used


def _typo(text: str, rng: random.Random) -> str:
    words = text.split()
    long_ = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long_:
        return text
    i = rng.choice(long_)
    w = words[i]
    k = rng.randrange(len(w) - 1)  # any letter but the last (a swap needs a neighbour)
    op = rng.choice(("sub", "ins", "del", "swap"))
    letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
    words[i] = {
        "sub": w[:k] + letter + w[k + 1 :],
        "ins": w[:k] + letter + w[k:],
        "del": w[:k] + w[k + 1 :],
        "swap": w[:k] + w[k + 1] + w[k] + w[k + 2 :],
    }[op]
    return " ".join(words)


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _write(org: Org, kind: str, rng: random.Random) -> str:
    """One way of writing ``org``'s name; the canonical name where ``org`` lacks the variant."""
    name = org.name
    if kind == "case":
        return name.upper() if rng.random() < 0.5 else name.lower()
    if kind == "accents":
        return _strip_accents(name)
    if kind == "typo":
        return _typo(name, rng)
    if kind == "descriptor":
        return rng.choice(DESCRIPTORS).format(x=name)
    if kind == "acronym":
        return org.acronyms[0] if org.acronyms else _initials(name)
    if kind == "possessive":
        return name + "'s"
    if kind == "translation" and org.translations:
        return org.translations[0]
    if kind == "person" and org.people:
        return org.people[0]
    return name


def make_mentions(
    registry: OrgRegistry, used: set[str], n: int, rng: random.Random
) -> list[tuple[str, str | None, str]]:
    """(mention, expected org id or None, kind of mention)."""
    orgs = list(registry)
    kinds = (
        "exact",
        "case",
        "accents",
        "typo",
        "descriptor",
        "acronym",
        "possessive",
        "translation",
        "person",
        "absent",
    )
    weights = (20, 10, 5, 15, 10, 8, 5, 8, 4, 10)
    out: list[tuple[str, str | None, str]] = []
    while len(out) < n:
        kind = rng.choices(kinds, weights)[0]
        if kind == "absent":
            _, en, es = _render(rng)
            name = en if rng.random() < 0.5 else es
            if fold(name) not in used:
                out.append((name, None, kind))
            continue
        org = rng.choice(orgs)
        out.append((_write(org, kind, rng), org.id, kind))
    return out


def _accuracy(
    results: list[str | None], mentions: list[tuple[str, str | None, str]]
) -> dict[str, Counter[str]]:
    by_kind: dict[str, Counter[str]] = {"all": Counter()}
    for got, (_, expected, kind) in zip(results, mentions, strict=True):
        verdict = "right" if got == expected else "unresolved" if got is None else "wrong"
        by_kind["all"][verdict] += 1
        by_kind.setdefault(kind, Counter())[verdict] += 1
    return by_kind


def _share(c: Counter[str]) -> str:
    total = sum(c.values()) or 1
    return "  ".join(f"{v} {100 * c[v] / total:5.1f}%" for v in ("right", "wrong", "unresolved"))


def _timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orgs", type=int, default=10_000)
    ap.add_argument("--mentions", type=int, default=100_000)
    ap.add_argument(
        "--baseline-sample",
        type=int,
        default=1_000,
        help="mentions timed for the extractOne loop (extrapolated)",
    )
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"machine: {platform.processor() or platform.machine()}, {cores} cores usable, "
        f"Python {platform.python_version()}"
    )

    registry, used = make_registry(args.orgs, rng)
    mentions = make_mentions(registry, used, args.mentions, rng)
    texts = [m for m, _, _ in mentions]
    print(
        f"registry: {len(registry):,} orgs; mentions: {len(texts):,} "
        f"({len(set(texts)):,} distinct, {sum(e is None for _, e, _ in mentions):,} not in "
        "the registry)"
    )

    build, resolver = _timed(lambda: OrgResolver(registry))
    assert isinstance(resolver, OrgResolver)
    print(f"\nresolver built in {build:.2f} s")
    t_many, resolved = _timed(lambda: resolver.resolve_many(texts))
    assert isinstance(resolved, list)
    ours = [r.org.id if r.org is not None else None for r in resolved]
    rate_many = len(texts) / t_many

    names = [org.name for org in registry]
    ids = [org.id for org in registry]
    sample = mentions[: args.baseline_sample]
    t_base, base = _timed(
        lambda: [
            process.extractOne(m, names, scorer=fuzz.WRatio, processor=utils.default_process)
            for m, _, _ in sample
        ]
    )
    assert isinstance(base, list)
    rate_base = len(sample) / t_base

    def floor() -> list[str | None]:
        table = {fold(org.name): org.id for org in registry}
        return [table.get(fold(m)) for m in texts]

    t_floor, exact = _timed(floor)
    assert isinstance(exact, list)

    print(f"\n{'method':46} {'mentions/s':>12} {'100k takes':>11}")
    print(f"{'OrgResolver.resolve_many':46} {rate_many:12,.0f} {1e5 / rate_many:10.2f}s")
    print(
        f"{'extractOne loop (WRatio), sample of ' + str(len(sample)):46} {rate_base:12,.0f} "
        f"{1e5 / rate_base:10.0f}s  (extrapolated)"
    )
    print(
        f"{'exact-lookup floor (dict of folded names)':46} {rate_floor(t_floor, texts):12,.0f} "
        f"{t_floor * 1e5 / len(texts):10.2f}s"
    )
    print(
        f"\nresolve_many is {rate_many / rate_base:,.0f}x the extractOne loop "
        f"({t_many:.2f} s for {len(texts):,} mentions against {len(registry):,} orgs)"
    )

    print("\naccuracy of resolve_many (right / wrong / unresolved):")
    for kind, counts in sorted(_accuracy(ours, mentions).items()):
        print(f"  {kind:12} {_share(counts)}")
    base_ids = [ids[b[2]] for b in base]
    for cutoff in (0, 85):
        picked = [i if s >= cutoff else None for i, (_, s, _) in zip(base_ids, base, strict=True)]
        print(
            f"extractOne on its sample, score cutoff {cutoff:2}: "
            f"{_share(_accuracy(picked, sample)['all'])}"
        )
    print(f"exact-lookup floor:                    {_share(_accuracy(exact, mentions)['all'])}")
    owners: dict[str, set[str]] = {}
    for org in registry:
        for spelled in (*org.acronyms, *map(_initials, (org.name, *org.translations))):
            owners.setdefault(spelled.upper(), set()).add(org.id)
    acronyms = [m for m, _, kind in mentions if kind == "acronym"]
    shared = sum(len(owners.get(m.upper(), ())) > 1 for m in acronyms)
    print(
        f"\nacronym mentions whose letters are the acronym or initials of two orgs or more: "
        f"{shared:,} of {len(acronyms):,} ({100 * shared / max(len(acronyms), 1):.0f}%)"
    )


def rate_floor(seconds: float, texts: list[str]) -> float:
    return len(texts) / seconds


if __name__ == "__main__":
    main()
