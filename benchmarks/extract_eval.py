"""Evaluate ``discrepancy.extract`` on the five seed articles against the curated claims.

A extracted claim matches a gold claim of the same document when their intervals (low, high)
and qualifiers are equal; matching is one to one, pairs with overlapping evidence spans first,
then the nearest. Reported: precision, recall and F1 of the matching, then, among matched
pairs, the share with the same claimants (resolved org ids as sets; gold strings resolved
through the same resolver), status, metric and as_of (period equal), plus the share with the
same as_of end date.

    python benchmarks/extract_eval.py [--json]

The articles are read from ``../shared/seeds`` beside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from discrepancy.claim import Claim
from discrepancy.extraction import extract_paths
from discrepancy.extraction.api import default_resolver
from discrepancy.records import read_claims

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
MANIFEST = REPO / "seeds" / "documents.json"
GOLD = REPO / "seeds" / "claims.json"
FIELDS = ("claimant", "status", "metric", "as_of")


def _value(c: Claim) -> tuple[float, float | None, str, str]:
    q = c.quantity
    return (q.low, q.high, q.qualifier.value, q.unit)


def _overlap(a: Claim, b: Claim) -> bool:
    ea, eb = a.evidence, b.evidence
    return ea is not None and eb is not None and ea.start < eb.end and eb.start < ea.end


def _distance(a: Claim, b: Claim) -> int:
    ea, eb = a.evidence, b.evidence
    if ea is None or eb is None:
        return 10**9
    return abs(ea.start - eb.start)


def match(extracted: Sequence[Claim], gold: Sequence[Claim]) -> list[tuple[Claim, Claim]]:
    """One-to-one pairs (extracted, gold) of equal value and qualifier in the same document."""
    candidates = []
    for i, e in enumerate(extracted):
        for j, g in enumerate(gold):
            if e.evidence is None or g.evidence is None or e.evidence.doc != g.evidence.doc:
                continue
            if _value(e) != _value(g):
                continue
            candidates.append((not _overlap(e, g), _distance(e, g), i, j))
    candidates.sort()
    used_e: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i in used_e or j in used_g:
            continue
        used_e.add(i)
        used_g.add(j)
        pairs.append((extracted[i], gold[j]))
    return pairs


def evaluate(
    seeds: Path = SEEDS, manifest: Path = MANIFEST, gold_path: Path = GOLD
) -> dict[str, Any]:
    """The figures, as a dict (see the module docstring)."""
    resolver = default_resolver()
    extracted = extract_paths([seeds], manifest=manifest, resolver=resolver)
    gold, errors = read_claims(gold_path)
    if errors:
        raise SystemExit(f"gold claims do not load: {errors[0]}")
    published = {g.evidence.doc: g.published for g in gold if g.evidence is not None}

    def keys(c: Claim, *, resolve: bool) -> set[str]:
        out = set()
        for ref in c.claimants:
            r = resolver.ref(ref.mention) if resolve and resolver is not None else ref
            out.add(r.key)
        return out

    pairs = match(extracted, gold)
    right = dict.fromkeys(FIELDS, 0)
    end_right = 0
    misses: list[dict[str, Any]] = []
    for e, g in pairs:
        g_as_of = g.as_of
        if g_as_of is None and g.evidence is not None and published.get(g.evidence.doc):
            from discrepancy.claim import Period

            g_as_of = Period.on(published[g.evidence.doc])  # type: ignore[arg-type]
        ok = {
            "claimant": keys(e, resolve=False) == keys(g, resolve=True),
            "status": e.status == g.status,
            "metric": e.metric == g.metric,
            "as_of": e.as_of == g_as_of,
        }
        end_right += e.as_of is not None and g_as_of is not None and e.as_of.end == g_as_of.end
        for f in FIELDS:
            right[f] += ok[f]
        wrong = [f for f in FIELDS if not ok[f]]
        if wrong:
            misses.append(
                {
                    "gold": g.id,
                    "wrong": wrong,
                    "got": {
                        "claimant": sorted(keys(e, resolve=False)),
                        "status": e.status.value,
                        "metric": e.metric,
                        "as_of": e.as_of.describe() if e.as_of else None,
                    },
                }
            )
    matched_gold = {g.id for _, g in pairs}
    matched_ext = {id(e) for e, _ in pairs}
    n_match = len(pairs)
    precision = n_match / len(extracted) if extracted else 0.0
    recall = n_match / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "extracted": len(extracted),
        "gold": len(gold),
        "matched": n_match,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "accuracy": {f: round(right[f] / n_match, 4) if n_match else 0.0 for f in FIELDS},
        "as_of_end_accuracy": round(end_right / n_match, 4) if n_match else 0.0,
        "missed_gold": sorted(g.id for g in gold if g.id not in matched_gold),
        "spurious": [
            {
                "doc": e.evidence.doc if e.evidence else None,
                "value": e.quantity.surface,
                "metric": e.metric,
            }
            for e in extracted
            if id(e) not in matched_ext
        ],
        "field_errors": misses,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    args = parser.parse_args(argv)
    if not SEEDS.is_dir():
        print(f"the seed articles are not at {SEEDS}", file=sys.stderr)
        return 2
    result = evaluate()
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print(f"extracted {result['extracted']}, gold {result['gold']}, matched {result['matched']}")
    print(
        f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  F1 {result['f1']:.3f}"
    )
    for field, value in result["accuracy"].items():
        print(f"{field:>9} accuracy {value:.3f}")
    print(f"as_of end-date accuracy {result['as_of_end_accuracy']:.3f}")
    for miss in result["missed_gold"]:
        print("missed:", miss)
    for spurious in result["spurious"]:
        print("spurious:", spurious)
    for err in result["field_errors"]:
        print("field error:", err)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
