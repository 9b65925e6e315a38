"""Evaluate ``discrepancy.extract`` on the seed articles, and on the development set of real news.

A extracted claim matches a gold claim of the same document when their intervals (low, high)
and qualifiers are equal; matching is one to one, pairs with overlapping evidence spans first,
then the nearest. Reported: precision, recall and F1 of the matching, then, among matched
pairs, the share with the same claimants (resolved org ids as sets; gold strings resolved
through the same resolver), status, metric and as_of (period equal), plus the share with the
same as_of end date.

    python benchmarks/extract_eval.py [--json]

The articles are read from ``../shared/seeds`` beside the repository.

With ``--devset [dev|test|all]`` (default ``dev``) it scores the hand-annotated excerpts of
``devset/`` instead (see ``devset/README.md``): each text of ``devset/texts/<id>.txt`` whose
sha256 is the annotation's is extracted with the annotation's ``published``, ``outlet`` and
``lang``; excerpts whose text is absent or differs are skipped and counted.

* An extracted claim is located at its number: the first unused occurrence of its
  ``quantity.surface`` inside its evidence span (the whole evidence span when absent).
* **Numbers**: an extracted claim *matches* a gold number when its located span overlaps the
  gold ``surface`` span and its interval (low, high, unit) is the gold one; precision and
  recall count these one-to-one matches. *Found* relaxes that to the overlap alone (recall
  of numbers found); the field figures below are measured on the found pairs.
* **Fields**, among found pairs: interval, qualifier; claimant (no claimant for the outlet's
  own voice; else every gold org and every extracted claimant pair up, by the resolver's org
  id, by name with a specific word in common containment, an acronym, or the person named in
  the gold ``note``); status class; metric (through ``MetricRegistry.normalize``); scope
  where the gold states one (``discrepancy.places.Gazetteer`` ids when both resolve, else
  folded names); as_of (the period, or inside a gold period with both ends; gold ``null``
  means the publication day), and the end date alone.
* **Scan**: ``check_extracted`` (the check of ``discrepancy scan``, which compares only the
  claims extraction is sure of) runs on each excerpt's claims; an item is *right* when the
  gold numbers of one gold discrepancy are all among its claims (mapped through the found
  pairs), else a *false alarm* (``must_not`` hits are counted too); gold discrepancies no
  item covers are *missed*.

* **Claimant errors**, counted per language on every split (aggregates only): *missing* (no
  claimant where the gold names one), *wrong* (another name), *unwanted* (a name where the
  gold gives the outlet's own voice).

Details (missed numbers, spurious claims, field errors, scan items) are printed and put in
the JSON for ``dev`` excerpts only: the ``test`` split stays unseen.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz import fuzz

from discrepancy._numbers import fold
from discrepancy.claim import Claim, Period
from discrepancy.discrepancies import Discrepancy
from discrepancy.errors import DiscrepancyError, InputError, RecordError
from discrepancy.extraction import extract, extract_paths
from discrepancy.extraction.api import default_resolver
from discrepancy.metrics import MetricRegistry
from discrepancy.records import read_claims
from discrepancy.scan import check_extracted

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


# --- the development set of real news ------------------------------------------------------

DEVSET = REPO / "devset"
DEV_FIELDS = ("interval", "qualifier", "claimant", "status_class", "metric", "scope", "as_of")
# words that name no organization by themselves: "police" alone does not say which police
_GENERIC_WORDS = (
    "the a an of for and de la el los las del y police officials official authorities "
    "authority ministry government agency council commission group groups source sources "
    "spokesman spokesperson organizers organisers union unions local state national said "
    "office department force forces policia gobierno ministerio autoridades fuente fuentes "
    "sindicato sindicatos organizadores portavoz oficina departamento consejo comision "
    "grupo agencia fuerzas"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())


class Gold(NamedTuple):
    """One annotated number: its label, where its surface is, and the annotation record."""

    label: str
    start: int
    end: int
    record: dict[str, Any]


def _annotation_error(ann_id: str, field: str, message: str) -> RecordError:
    return RecordError(source=f"devset/annotations/{ann_id}.json", field=field, message=message)


def gold_numbers(ann: dict[str, Any], text: str) -> list[Gold]:
    """The annotation's numbers with the span of each ``surface`` in ``text``.

    Raises:
        RecordError: a surface that does not occur ``occurrence`` times, naming the field.
    """
    out = []
    for k, rec in enumerate(ann.get("numbers", [])):
        field = f"numbers[{k}].surface"
        surface, occurrence = rec.get("surface"), rec.get("occurrence", 1)
        if not isinstance(surface, str) or not surface or not isinstance(occurrence, int):
            raise _annotation_error(ann.get("id", "?"), field, "needs a surface and occurrence")
        pos = -1
        for _ in range(max(occurrence, 1)):
            pos = text.find(surface, pos + 1)
            if pos < 0:
                message = f"{surface!r} does not occur {occurrence} time(s) in the text"
                raise _annotation_error(ann.get("id", "?"), field, message)
        out.append(Gold(str(rec.get("n", k)), pos, pos + len(surface), rec))
    return out


def _free(text: str, start: int, end: int, used: set[int]) -> bool:
    """Not taken yet, and not a piece of a longer number or word ("5" in "15", "dos" in "todos")."""

    def joined(inner: str, outer: str) -> bool:
        return (inner.isdigit() and outer.isdigit()) or (inner.isalpha() and outer.isalpha())

    return (
        start not in used
        and (start == 0 or start >= len(text) or not joined(text[start], text[start - 1]))
        and (end >= len(text) or end == 0 or not joined(text[end - 1], text[end]))
    )


def locate(claims: Sequence[Claim], text: str) -> list[tuple[int, int]]:
    """Where each claim's number is: its surface inside its evidence span, in order."""
    used: set[int] = set()
    spans = []
    for c in claims:
        ev = c.evidence
        if ev is None:
            spans.append((-1, -1))
            continue
        surface, pos = c.quantity.surface, -1
        if surface:
            stop = max(ev.end, ev.start + len(surface))
            pos = text.find(surface, ev.start, stop)
            while pos >= 0 and not _free(text, pos, pos + len(surface), used):
                pos = text.find(surface, pos + 1, stop)
        if pos < 0:
            spans.append((ev.start, ev.end))
        else:
            used.add(pos)
            spans.append((pos, pos + len(surface)))
    return spans


def same_interval(claim: Claim, gold: dict[str, Any]) -> bool:
    """Equal low, high (``None`` = unbounded) and unit."""
    q = claim.quantity
    if q.unit != gold.get("unit", "people"):
        return False
    g_low, g_high = gold.get("low"), gold.get("high")
    if g_low is None or not math.isclose(q.low, float(g_low), rel_tol=1e-9, abs_tol=1e-6):
        return False
    if g_high is None or q.high is None or math.isinf(q.high):
        return g_high is None and (q.high is None or math.isinf(q.high))
    return math.isclose(q.high, float(g_high), rel_tol=1e-9, abs_tol=1e-6)


def pair_up(
    spans: Sequence[tuple[int, int]],
    claims: Sequence[Claim],
    golds: Sequence[Gold],
    *,
    strict: bool,
) -> list[tuple[int, int]]:
    """One-to-one (claim index, gold index) pairs whose spans overlap; ``strict``: same interval.

    Equal intervals pair first, then the nearest starts.
    """
    candidates = []
    for i, (s, e) in enumerate(spans):
        for j, g in enumerate(golds):
            if not (s < g.end and g.start < e):
                continue
            equal = same_interval(claims[i], g.record)
            if strict and not equal:
                continue
            candidates.append((not equal, abs(s - g.start), i, j))
    candidates.sort()
    used_c: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, _, i, j in candidates:
        if i not in used_c and j not in used_g:
            used_c.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in fold(text)).split()


def names_match(a: str, b: str) -> bool:
    """Two names of one claimant: equal folded, a specific word-set inside the other, acronym."""
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    if wa == wb:
        return True
    sa, sb = set(wa), set(wb)
    small = sa if len(sa) <= len(sb) else sb
    if (sa <= sb or sb <= sa) and small - _GENERIC:
        return True
    for long, short in ((wa, wb), (wb, wa)):
        initials = "".join(w[0] for w in long if w not in _GENERIC or w == "national")
        if len(short) == 1 and len(short[0]) >= 2 and short[0] == initials:
            return True
        if "".join(short) == "".join(w[0] for w in long) and len(long) >= 2:
            return True
    return fuzz.ratio(" ".join(wa), " ".join(wb)) >= 92


CLAIMANT_ERRORS = ("missing", "wrong", "unwanted")
"""How a claimant is wrong: *missing* (the gold names a source, the claim none), *wrong* (the
claim names another source), *unwanted* (the claim names one where the gold gives the outlet's
own voice). The split says which side the next rule should work on: reaching a source that
is not found, or choosing between the ones found."""


def claimant_error(claim: Claim, gold: dict[str, Any]) -> str:
    """The kind of a claimant error (`CLAIMANT_ERRORS`), for a claim whose claimant is wrong."""
    names = gold.get("claimant")
    if names is None or gold.get("claimant_kind") == "outlet":
        return "unwanted"
    return "wrong" if claim.claimants else "missing"


def claimant_right(claim: Claim, gold: dict[str, Any], resolver: Any) -> bool:
    """The gold claimant (org, orgs, or outlet's voice) against the claim's claimants."""
    names = gold.get("claimant")
    if names is None or gold.get("claimant_kind") == "outlet":
        return not claim.claimants
    wanted = [names] if isinstance(names, str) else [str(n) for n in names]
    if not claim.claimants:
        return False
    note_words = set(_words(str(gold.get("note") or "")))

    def matches(ref: Any, name: str) -> bool:
        if resolver is not None and ref.id is not None and resolver.ref(name).id == ref.id:
            return True
        return names_match(ref.mention, name) or (
            ref.name is not None and names_match(ref.name, name)
        )

    def person(ref: Any) -> bool:
        words = set(_words(ref.mention))
        return bool(words - _GENERIC) and words <= note_words

    every_gold = all(any(matches(r, n) or person(r) for r in claim.claimants) for n in wanted)
    every_ref = all(any(matches(r, n) for n in wanted) or person(r) for r in claim.claimants)
    return every_gold and every_ref


class ScopeJudge:
    """Compares scopes: gazetteer place ids where both resolve, else folded names."""

    def __init__(self) -> None:
        self.gazetteer: Any = None
        try:
            from discrepancy.places import Gazetteer  # type: ignore[import-not-found]
        except ImportError:
            return
        self.gazetteer = Gazetteer.builtin()

    def right(self, got: str | None, want: str) -> bool:
        if not got:
            return False
        if self.gazetteer is not None:
            a, b = self.gazetteer.resolve(got), self.gazetteer.resolve(want)
            if a is not None and b is not None:
                # a bare gold name is resolved without the excerpt's context ("Manchester"
                # alone is Jamaica's): the place the extractor chose, named as the gold, is right
                return bool(a.id == b.id) or _words(a.name) == _words(want)
        return names_match(got, want)


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def gold_period(gold: dict[str, Any], published: dt.date | None) -> Period | None:
    """The gold as_of as a period; ``null`` is the publication day (or nothing)."""
    as_of = gold.get("as_of")
    if isinstance(as_of, dict):
        end = _day(as_of.get("end")) or published
        return Period(start=_day(as_of.get("start")), end=end) if end else None
    day = _day(as_of) or published
    return Period.on(day) if day else None


def as_of_right(got: Period | None, want: Period | None) -> bool:
    """Equal periods, or a gold period with both ends that holds the extracted one.

    A gold ``{"start": event day, "end": report day}`` says the count lies somewhere in there
    (a toll of Saturday's quake reported on Sunday); a "so far" period (no start) must match.
    """
    if got == want:
        return True
    if got is None or want is None or want.start is None or got.start is None:
        return False
    return want.start <= got.start and got.end <= want.end


def _covers(item: Discrepancy, labels: dict[str, str], numbers: Sequence[str]) -> bool:
    got = {labels[c] for c in item.claims if c in labels}
    return bool(numbers) and set(numbers) <= got


def scan_items(
    claims: Sequence[Claim], labels: dict[str, str], ann: dict[str, Any], resolver: Any
) -> dict[str, Any]:
    """Run the check of ``discrepancy scan`` (``check_extracted``: the claims extraction is
    sure of) on the excerpt's claims and sort its items against the gold."""
    report = check_extracted(claims, resolver=resolver)
    gold = ann.get("discrepancies", [])
    must_not = ann.get("must_not", [])
    found: set[int] = set()
    items = []
    for item in report.discrepancies:
        hits = [k for k, d in enumerate(gold) if _covers(item, labels, d.get("numbers", []))]
        found.update(hits)
        forbidden = any(_covers(item, labels, m.get("numbers", [])) for m in must_not)
        verdict = "right" if hits else "false_alarm"
        items.append(
            {
                "kind": item.kind.value,
                "verdict": verdict,
                "kind_right": any(gold[k].get("kind") == item.kind.value for k in hits),
                "must_not": forbidden and not hits,
                "gold_numbers": sorted({labels[c] for c in item.claims if c in labels}),
                "summary": item.summary,
            }
        )
    missed = [d for k, d in enumerate(gold) if k not in found]
    return {
        "right": sum(i["verdict"] == "right" for i in items),
        "false_alarm": sum(i["verdict"] == "false_alarm" for i in items),
        "must_not_hit": sum(i["must_not"] for i in items),
        "kind_right": sum(i["kind_right"] for i in items),
        "missed": len(missed),
        "items": items,
        "missed_gold": missed,
    }


def load_devset(
    root: Path, split: str, lang: str
) -> tuple[list[tuple[dict[str, Any], str]], dict[str, list[str]]]:
    """The selected annotations with their texts, and the ids skipped (by reason)."""
    chosen: list[tuple[dict[str, Any], str]] = []
    skipped: dict[str, list[str]] = {"no_text": [], "text_differs": []}
    for path in sorted((root / "annotations").glob("*.json")):
        try:
            ann = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read annotation: {exc}", source=str(path)) from None
        if not isinstance(ann, dict):
            raise InputError("an annotation is a JSON object", source=str(path))
        if split != "all" and ann.get("split") != split:
            continue
        if lang != "all" and ann.get("lang") != lang:
            continue
        text_path = root / "texts" / f"{ann.get('id', path.stem)}.txt"
        if not text_path.is_file():
            skipped["no_text"].append(path.stem)
            continue
        text = text_path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != ann.get("text_sha256"):
            skipped["text_differs"].append(path.stem)
            continue
        chosen.append((ann, text))
    return chosen, skipped


def _ratio(right: int, total: int) -> float | None:
    return round(right / total, 4) if total else None


def _base_metric(metric: str) -> str:
    """The registered metric a qualified id narrows ("cases:cholera" → "cases"): gold that names
    only the base ("cholera cases" annotated `cases`, the English convention) is matched by it;
    gold that names the disease ("casos de dengue") still needs the disease (the words)."""
    return metric.partition(":")[0]


def _excerpt(
    ann: dict[str, Any], text: str, resolver: Any, metrics: MetricRegistry, scopes: ScopeJudge
) -> dict[str, Any]:
    published = _day(ann.get("published"))
    claims = extract(
        text,
        published=published,
        outlet=ann.get("outlet") or None,
        doc_id=str(ann.get("id", "doc")),
        lang=ann.get("lang") if ann.get("lang") in ("en", "es") else "auto",
        resolver=resolver,
        metrics=metrics,
    )
    golds = gold_numbers(ann, text)
    spans = locate(claims, text)
    strict = pair_up(spans, claims, golds, strict=True)
    found = pair_up(spans, claims, golds, strict=False)
    right = dict.fromkeys(DEV_FIELDS, 0)
    total = dict.fromkeys(DEV_FIELDS, 0)
    end_right = 0
    errors = []
    claimant_errors = dict.fromkeys(CLAIMANT_ERRORS, 0)
    for i, j in found:
        c, g = claims[i], golds[j].record
        want = gold_period(g, published)
        ok: dict[str, bool | None] = {
            "interval": same_interval(c, g),
            "qualifier": c.quantity.qualifier.value == g.get("qualifier"),
            "claimant": claimant_right(c, g, resolver),
            "status_class": c.status.status_class.value == g.get("status_class"),
            "metric": metrics.normalize(str(g.get("metric", "")))
            in {c.metric, metrics.normalize(c.metric_text or c.metric), _base_metric(c.metric)},
            "scope": scopes.right(c.scope, g["scope"]) if g.get("scope") else None,
            "as_of": as_of_right(c.as_of, want),
        }
        end_right += c.as_of is not None and want is not None and c.as_of.end == want.end
        if ok["claimant"] is False:
            claimant_errors[claimant_error(c, g)] += 1
        for field, value in ok.items():
            if value is not None:
                total[field] += 1
                right[field] += value
        wrong = [f for f, v in ok.items() if v is False]
        if wrong:
            errors.append(
                {
                    "n": golds[j].label,
                    "surface": g.get("surface"),
                    "wrong": wrong,
                    "got": {
                        "value": [c.quantity.low, c.quantity.high, c.quantity.unit],
                        "qualifier": c.quantity.qualifier.value,
                        "claimant": [r.mention for r in c.claimants],
                        "status": c.status.value,
                        "metric": c.metric,
                        "scope": c.scope,
                        "as_of": c.as_of.describe() if c.as_of else None,
                    },
                }
            )
    found_c = {i for i, _ in found}
    found_g = {j for _, j in found}
    labels = {claims[i].id: golds[j].label for i, j in found}
    non_counts = []
    for nc in ann.get("not_counts", []):
        pos, surface = -1, nc.get("surface", "")
        for _ in range(max(int(nc.get("occurrence", 1)), 1)):
            pos = text.find(surface, pos + 1) if surface else -1
        if pos >= 0:
            non_counts.append((pos, pos + len(surface)))
    spurious = []
    for i, (s, e) in enumerate(spans):
        if i in found_c:
            continue
        as_non_count = any(s < ne and ns < e for ns, ne in non_counts)
        spurious.append(
            {
                "surface": claims[i].quantity.surface,
                "metric": claims[i].metric,
                "non_count": as_non_count,
            }
        )
    return {
        "id": ann.get("id"),
        "lang": ann.get("lang"),
        "split": ann.get("split"),
        "gold": len(golds),
        "extracted": len(claims),
        "matched": len(strict),
        "found": len(found),
        "right": right,
        "total": total,
        "as_of_end_right": end_right,
        "claimant_errors": claimant_errors,
        "non_counts_read": sum(x["non_count"] for x in spurious),
        "missed": [
            {"n": g.label, "surface": g.record.get("surface")}
            for j, g in enumerate(golds)
            if j not in found_g
        ],
        "spurious": spurious,
        "field_errors": errors,
        "scan": scan_items(claims, labels, ann, resolver),
    }


def _totals(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    gold = sum(r["gold"] for r in rows)
    extracted = sum(r["extracted"] for r in rows)
    matched = sum(r["matched"] for r in rows)
    found = sum(r["found"] for r in rows)
    right = {f: sum(r["right"][f] for r in rows) for f in DEV_FIELDS}
    total = {f: sum(r["total"][f] for r in rows) for f in DEV_FIELDS}
    scan = {k: sum(r["scan"][k] for r in rows) for k in ("right", "false_alarm", "missed")}
    reported = scan["right"] + scan["false_alarm"]
    return {
        "excerpts": len(rows),
        "gold": gold,
        "extracted": extracted,
        "matched": matched,
        "found": found,
        "precision": _ratio(matched, extracted),
        "recall": _ratio(matched, gold),
        "found_recall": _ratio(found, gold),
        "found_precision": _ratio(found, extracted),
        "accuracy": {f: _ratio(right[f], total[f]) for f in DEV_FIELDS},
        "scope_stated": total["scope"],
        "as_of_end_accuracy": _ratio(sum(r["as_of_end_right"] for r in rows), found),
        "non_counts_read": sum(r["non_counts_read"] for r in rows),
        "claimant_errors": {k: sum(r["claimant_errors"][k] for r in rows) for k in CLAIMANT_ERRORS},
        "scan": {
            **scan,
            "must_not_hit": sum(r["scan"]["must_not_hit"] for r in rows),
            "false_alarm_share": _ratio(scan["false_alarm"], reported),
        },
    }


def evaluate_devset(split: str = "dev", lang: str = "all", root: Path = DEVSET) -> dict[str, Any]:
    """The development-set figures, as a dict (see the module docstring)."""
    chosen, skipped = load_devset(root, split, lang)
    resolver = default_resolver()
    metrics = MetricRegistry.builtin()
    scopes = ScopeJudge()
    rows = [_excerpt(ann, text, resolver, metrics, scopes) for ann, text in chosen]
    by_lang = {
        code: _totals([r for r in rows if r["lang"] == code])
        for code in sorted({str(r["lang"]) for r in rows})
    }
    for row in rows:
        if row["split"] != "dev":  # the test split stays unseen: counts only
            for key in ("missed", "spurious", "field_errors"):
                row[key] = len(row[key])
            row["scan"] = {k: v for k, v in row["scan"].items() if isinstance(v, int)}
    return {
        "split": split,
        "lang": lang,
        "skipped": {k: v for k, v in skipped.items() if v},
        "scope_method": "gazetteer" if scopes.gazetteer is not None else "folded text",
        "total": _totals(rows),
        "by_lang": by_lang,
        "excerpts": rows,
    }


def _fmt(value: float | None) -> str:
    return "  -  " if value is None else f"{value:.3f}"


def print_devset(result: dict[str, Any]) -> None:
    """The development-set figures as a table, then the details of dev excerpts."""
    skipped = result["skipped"]
    print(f"devset split={result['split']} lang={result['lang']} scope by {result['scope_method']}")
    for reason, ids in skipped.items():
        print(f"skipped {len(ids)} excerpt(s), {reason.replace('_', ' ')}: {' '.join(ids)}")
    groups = {"all": result["total"], **result["by_lang"]}
    names = list(groups)
    print(f"{'':22}" + "".join(f"{n:>10}" for n in names))
    rows: list[tuple[str, str]] = [
        ("excerpts", "excerpts"),
        ("gold numbers", "gold"),
        ("extracted", "extracted"),
        ("matched (interval)", "matched"),
        ("precision", "precision"),
        ("recall", "recall"),
        ("found (span only)", "found"),
        ("found recall", "found_recall"),
    ]
    for label, key in rows:
        cells = [groups[n][key] for n in names]
        print(
            f"{label:22}"
            + "".join(f"{_fmt(v) if isinstance(v, float) or v is None else v:>10}" for v in cells)
        )
    for field in DEV_FIELDS:
        print(
            f"{field + ' accuracy':22}"
            + "".join(f"{_fmt(groups[n]['accuracy'][field]):>10}" for n in names)
        )
    print(
        f"{'as_of end accuracy':22}"
        + "".join(f"{_fmt(groups[n]['as_of_end_accuracy']):>10}" for n in names)
    )
    print(f"{'non-counts read':22}" + "".join(f"{groups[n]['non_counts_read']:>10}" for n in names))
    for key in CLAIMANT_ERRORS:
        print(
            f"{'claimant ' + key:22}"
            + "".join(f"{groups[n]['claimant_errors'][key]:>10}" for n in names)
        )
    for key in ("right", "false_alarm", "missed", "must_not_hit"):
        print(f"{'scan ' + key:22}" + "".join(f"{groups[n]['scan'][key]:>10}" for n in names))
    print(
        f"{'scan false-alarm share':22}"
        + "".join(f"{_fmt(groups[n]['scan']['false_alarm_share']):>10}" for n in names)
    )
    print()
    print(
        f"{'excerpt':9}{'split':>6}{'gold':>6}{'extr':>6}{'match':>6}{'found':>6}"
        f"{'scan ok':>8}{'false':>6}{'missed':>7}"
    )
    for r in result["excerpts"]:
        s = r["scan"]
        print(
            f"{r['id']:9}{r['split']:>6}{r['gold']:>6}{r['extracted']:>6}{r['matched']:>6}"
            f"{r['found']:>6}{s['right']:>8}{s['false_alarm']:>6}{s['missed']:>7}"
        )
    for r in result["excerpts"]:
        if r["split"] != "dev":
            continue
        for miss in r["missed"]:
            print(f"{r['id']} missed {miss['n']}: {miss['surface']!r}")
        for spur in r["spurious"]:
            tag = " (a non-count)" if spur["non_count"] else ""
            print(f"{r['id']} spurious{tag}: {spur['surface']!r} as {spur['metric']}")
        for err in r["field_errors"]:
            print(
                f"{r['id']} {err['n']} {err['surface']!r} wrong {', '.join(err['wrong'])}:"
                f" got {json.dumps(err['got'], ensure_ascii=False)}"
            )
        for item in r["scan"]["items"]:
            print(f"{r['id']} scan {item['verdict']}: {item['kind']} {item['gold_numbers']}")
        for gold in r["scan"]["missed_gold"]:
            print(f"{r['id']} scan missed: {gold.get('kind')} {gold.get('numbers')}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the full result as JSON")
    parser.add_argument(
        "--devset",
        nargs="?",
        const="dev",
        choices=("dev", "test", "fresh", "all"),
        help="score the development set of real news (default split: dev) instead of the seeds",
    )
    parser.add_argument(
        "--lang", default="all", choices=("en", "es", "all"), help="devset excerpts of one language"
    )
    parser.add_argument("--devset-dir", type=Path, default=DEVSET, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.devset:
        try:
            found = evaluate_devset(args.devset, args.lang, args.devset_dir)
        except DiscrepancyError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        if args.json:
            print(json.dumps(found, indent=2, ensure_ascii=False))
        else:
            print_devset(found)
        return 0
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
