"""The blind engine cases of issue 8: loading them and scoring a report against them.

Each case (``<id>.json`` beside this module) holds claim records typed from real news
reports, the gaps a fact-checker would flag (``expect``) and the pairs that must not be
flagged (``must_not``); see ``README.md`` here for the format. The rules:

* an expected gap is **found** when some discrepancy whose kind is in its ``kinds``
  involves all its claims: for kinds that list ``pairs``, the two claims form one listed
  pair; for the other kinds, they are all among the discrepancy's ``claims``;
* a must-not pair is **flagged** when some discrepancy has both claims in one listed pair
  (kinds with ``pairs``), the whole and one of its parts (``parts_exceed_whole``: parts are
  added up, never set against each other), or both among its ``claims`` (the other kinds);
* a discrepancy that accounts for no expected gap is **unexpected** (reported, not scored).

Used by ``tests/test_engine_cases.py`` and ``benchmarks/engine_cases.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from discrepancy import Report, check, read_claims

CASES_DIR = Path(__file__).resolve().parent
TEXTS_DIR = CASES_DIR / "texts"

LANGS = frozenset({"en", "es"})
#: The eight failure classes of issue 8, then plain disagreements and plain restatements.
CLASSES = (
    "immaterial",
    "metrics",
    "parts",
    "running_totals",
    "pledges",
    "places",
    "headlines",
    "revisions",
    "disagreement",
    "consistent",
)
FAILURE_CLASSES = CLASSES[:8]
KINDS = frozenset(
    {
        "announced_vs_confirmed",
        "source_disagreement",
        "self_contradiction",
        "stock_flow_mismatch",
        "parts_exceed_whole",
    }
)
#: Kinds whose discrepancies list the conflicting claim pairs.
PAIR_KINDS = frozenset({"source_disagreement", "self_contradiction"})
CASE_KEYS = ("id", "lang", "domain", "classes", "sources", "claims", "expect", "must_not")


@dataclass(frozen=True)
class Case:
    """One case file, as read."""

    id: str
    lang: str
    domain: str
    classes: tuple[str, ...]
    sources: tuple[Mapping[str, Any], ...]
    claims: tuple[Mapping[str, Any], ...]
    expect: tuple[Mapping[str, Any], ...]
    must_not: tuple[Mapping[str, Any], ...]
    path: Path


def load_case(path: Path) -> Case:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Case(
        id=data["id"],
        lang=data["lang"],
        domain=data["domain"],
        classes=tuple(data["classes"]),
        sources=tuple(data["sources"]),
        claims=tuple(data["claims"]),
        expect=tuple(data["expect"]),
        must_not=tuple(data["must_not"]),
        path=path,
    )


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    """Every ``*.json`` case in ``directory``, by file name."""
    return [load_case(p) for p in sorted(directory.glob("*.json"))]


def problems(case: Case) -> list[str]:
    """What is wrong with a case's form (empty when it is well formed)."""
    out: list[str] = []
    data = json.loads(case.path.read_text(encoding="utf-8"))
    if tuple(data) != CASE_KEYS:
        out.append(f"keys are {list(data)}, expected {list(CASE_KEYS)}")
    if case.path.stem != case.id:
        out.append(f"file name {case.path.name} does not match id {case.id!r}")
    if case.lang not in LANGS:
        out.append(f"lang {case.lang!r} is not one of {sorted(LANGS)}")
    out += [f"unknown class {c!r}" for c in case.classes if c not in CLASSES]
    if not any(c in FAILURE_CLASSES for c in case.classes):
        out.append("exercises none of issue 8's failure classes")
    surfaces = [s for src in case.sources for s in src.get("surfaces", ())]
    if not case.sources or any(not src.get("url") or not src.get("outlet") for src in case.sources):
        out.append("every source needs a url and an outlet")
    if len(surfaces) < len(case.claims):
        out.append(f"{len(surfaces)} surfaces for {len(case.claims)} claims (one per claim)")
    ids = [str(r.get("id")) for r in case.claims]
    if len(set(ids)) != len(ids) or "None" in ids:
        out.append(f"claim ids must be present and unique: {ids}")
    _, errors = read_claims(list(case.claims), name=case.id)
    out += [f"invalid record: {e}" for e in errors]
    for entry in case.expect:
        kinds = list(entry.get("kinds", ()))
        if not kinds or any(k not in KINDS for k in kinds):
            out.append(f"expect {entry.get('claims')}: kinds {kinds} are not all known kinds")
        if set(kinds) & PAIR_KINDS and len(entry.get("claims", ())) != 2:
            out.append(f"expect {entry.get('claims')}: a pair kind needs exactly two claims")
    for entry in (*case.expect, *case.must_not):
        claims = list(entry.get("claims", ()))
        if len(claims) < 2 or len(set(claims)) != len(claims):
            out.append(f"{claims}: at least two distinct claims")
        out += [f"{claims}: no claim {i!r}" for i in claims if i not in ids]
        if not entry.get("why"):
            out.append(f"{claims}: say why")
    for entry in case.must_not:
        if len(entry.get("claims", ())) != 2:
            out.append(f"must_not {entry.get('claims')}: exactly two claims")
    return out


def run(case: Case, resolver: Any = None) -> Report:
    """``check`` on the case's claims (the records must be valid)."""
    claims, errors = read_claims(list(case.claims), name=case.id)
    if errors:
        raise ValueError(f"{case.id}: invalid records: {[str(e) for e in errors]}")
    return check(claims, resolver=resolver)


def _pairs(d: Any) -> list[frozenset[str]] | None:
    pairs = getattr(d, "pairs", None)
    return None if pairs is None else [frozenset(p) for p in pairs]


def accounts_for(d: Any, entry: Mapping[str, Any]) -> bool:
    """Whether discrepancy ``d`` is the expected gap ``entry``."""
    if d.kind.value not in entry["kinds"]:
        return False
    wanted = frozenset(entry["claims"])
    pairs = _pairs(d)
    if pairs is not None:
        return wanted in pairs
    return wanted <= set(d.claims)


def flags(d: Any, a: str, b: str) -> bool:
    """Whether discrepancy ``d`` flags the pair ``a``, ``b`` together."""
    pairs = _pairs(d)
    if pairs is not None:
        return frozenset((a, b)) in pairs
    whole = getattr(d, "whole", None)
    if whole is not None:  # parts are added up, not set against each other: whole vs part
        return whole in (a, b) and {a, b} <= set(d.claims)
    return {a, b} <= set(d.claims)


@dataclass
class CaseScore:
    """How a report fares on one case."""

    case: str
    lang: str
    expected: int = 0
    found: int = 0
    missed: list[Mapping[str, Any]] = field(default_factory=list)
    must_not: int = 0
    flagged: list[tuple[tuple[str, str], list[str]]] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)


def score(case: Case, report: Report) -> CaseScore:
    """Score ``report`` (of this case's claims) against the case."""
    out = CaseScore(case=case.id, lang=case.lang)
    ds = list(report.discrepancies)
    for entry in case.expect:
        out.expected += 1
        if any(accounts_for(d, entry) for d in ds):
            out.found += 1
        else:
            out.missed.append(entry)
    for entry in case.must_not:
        out.must_not += 1
        a, b = entry["claims"]
        hits = [f"{d.kind.value}: {d.summary}" for d in ds if flags(d, a, b)]
        if hits:
            out.flagged.append(((a, b), hits))
    out.unexpected = [
        f"{d.kind.value} {sorted(d.claims)}: {d.summary}"
        for d in ds
        if not any(accounts_for(d, e) for e in case.expect)
    ]
    return out


@dataclass(frozen=True)
class Totals:
    expected: int
    found: int
    must_not: int
    flagged: int
    unexpected: int

    @property
    def found_share(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def totals(scores: Iterable[CaseScore]) -> Totals:
    s: Sequence[CaseScore] = list(scores)
    return Totals(
        expected=sum(x.expected for x in s),
        found=sum(x.found for x in s),
        must_not=sum(x.must_not for x in s),
        flagged=sum(len(x.flagged) for x in s),
        unexpected=sum(len(x.unexpected) for x in s),
    )
