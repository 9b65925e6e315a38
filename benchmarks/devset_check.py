"""Check the development set of real news (``devset/``): every annotation against its text.

Each excerpt has a hand annotation ``devset/annotations/<id>.json`` (committed) and its text
``devset/texts/<id>.txt`` (gitignored: news text is not ours to republish). This script checks

* the shape of every annotation: required fields present and well-typed, closed vocabularies
  (qualifier, unit, status, status class, claimant kind, discrepancy kind), the split that
  goes by id (odd ``dev``, even ``test``; ids 101–199 are the held-out ``fresh`` split),
  intervals that follow the qualifier and the project's
  :class:`~discrepancy.quantity.VaguenessPolicy`, and references between numbers (``supersedes``,
  ``discrepancies``, ``must_not``) that name numbers of the same excerpt;
* where the text is present: its sha256, every ``surface`` occurring at least ``occurrence``
  times, and every ``number`` inside its ``surface``.

Texts that are absent are skipped with a message (the shape is checked all the same).

    python benchmarks/devset_check.py [--lang es|en] [--stats] [--json]

Exit status: 0 when every checked annotation is clean, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from discrepancy.claim import Status
from discrepancy.quantity import DEFAULT_POLICY, Qualifier

REPO = Path(__file__).resolve().parents[1]
DEVSET = REPO / "devset"
ANNOTATIONS = DEVSET / "annotations"
TEXTS = DEVSET / "texts"

LANGS = ("en", "es")
SPLITS = ("dev", "test", "fresh")
FRESH_IDS = range(101, 200)
"""Ids numbered 101–199 form the held-out ``fresh`` split (annotated after tuning)."""
UNITS = ("people", "percent", "ratio")
CLAIMANT_KINDS = ("org", "person", "outlet")
DISCREPANCY_KINDS = (
    "announced_vs_confirmed",
    "source_disagreement",
    "self_contradiction",
    "stock_flow_mismatch",
    "parts_exceed_whole",
)
QUALIFIERS = tuple(q.value for q in Qualifier)
STATUSES = tuple(s.value for s in Status)

TOP_FIELDS: Mapping[str, tuple[type, ...]] = {
    "id": (str,),
    "lang": (str,),
    "split": (str,),
    "domain": (str,),
    "url": (str,),
    "outlet": (str,),
    "published": (str, type(None)),
    "text_sha256": (str,),
    "numbers": (list,),
    "not_counts": (list,),
    "discrepancies": (list,),
    "must_not": (list,),
}
NUMBER_FIELDS: Mapping[str, tuple[type, ...]] = {
    "n": (str,),
    "surface": (str,),
    "occurrence": (int,),
    "number": (str,),
    "low": (int, float),
    "high": (int, float, type(None)),
    "qualifier": (str,),
    "unit": (str,),
    "metric": (str,),
    "claimant": (str, list, type(None)),
    "claimant_kind": (str,),
    "status": (str,),
    "status_class": (str,),
    "scope": (str, type(None)),
    "as_of": (str, dict, type(None)),
    "supersedes": (str, type(None)),
}
NOT_COUNT_FIELDS: Mapping[str, tuple[type, ...]] = {
    "surface": (str,),
    "occurrence": (int,),
    "why": (str,),
}

_ID = re.compile(r"(en|es)-(\d{3})")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_SHA = re.compile(r"[0-9a-f]{64}")
# Relative tolerance when an interval is compared with the one its qualifier gives.
_REL_TOL = 1e-6


@attrs.define
class Report:
    """What was checked and what is wrong, per annotation file."""

    files: int = 0
    numbers: int = 0
    texts_checked: int = 0
    texts_missing: list[str] = attrs.Factory(list)
    problems: dict[str, list[str]] = attrs.Factory(dict)
    per_domain: Counter[tuple[str, str]] = attrs.Factory(Counter)
    per_split: Counter[tuple[str, str]] = attrs.Factory(Counter)
    # (lang, what, value): qualifiers, status classes, units, claimant kinds, discrepancy
    # kinds, and the numbers of not-counts and must-not pairs
    tally: Counter[tuple[str, str, str]] = attrs.Factory(Counter)
    texts_dir: str = str(TEXTS)

    @property
    def ok(self) -> bool:
        return not any(self.problems.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "numbers": self.numbers,
            "texts_checked": self.texts_checked,
            "texts_missing": self.texts_missing,
            "problems": {k: v for k, v in self.problems.items() if v},
            "per_domain": {f"{lang}/{d}": n for (lang, d), n in sorted(self.per_domain.items())},
            "per_split": {f"{lang}/{s}": n for (lang, s), n in sorted(self.per_split.items())},
            "tally": {f"{lang}/{what}/{v}": n for (lang, what, v), n in sorted(self.tally.items())},
        }


def occurrence_span(text: str, surface: str, occurrence: int) -> tuple[int, int] | None:
    """The (start, end) of the ``occurrence``-th (1-based) match of ``surface`` in ``text``.

    Matches are counted left to right without overlap, as :meth:`str.count` counts them.
    ``None`` when there are fewer matches (or ``surface`` is empty, or ``occurrence`` < 1).
    """
    if not surface or occurrence < 1:
        return None
    start = -len(surface)
    for _ in range(occurrence):
        start = text.find(surface, start + len(surface))
        if start < 0:
            return None
    return start, start + len(surface)


def number_span(text: str, surface: str, occurrence: int, number: str) -> tuple[int, int] | None:
    """The span of ``number`` inside the ``occurrence``-th ``surface`` (its first match there)."""
    outer = occurrence_span(text, surface, occurrence)
    if outer is None:
        return None
    inner = surface.find(number)
    if inner < 0:
        return None
    return outer[0] + inner, outer[0] + inner + len(number)


def expected_interval(qualifier: str, value: float) -> tuple[float, float | None] | None:
    """The (low, high) a qualifier gives a stated ``value``; ``None`` for range and vague.

    ``high`` is ``None`` for the open-ended hedges (more than, at least).
    """
    q = Qualifier(qualifier)
    if q in (Qualifier.RANGE, Qualifier.VAGUE):
        return None
    low, high = DEFAULT_POLICY.bounds(value, q)
    return low, None if math.isinf(high) else high


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_REL_TOL, abs_tol=1e-9)


def _typed(
    record: Mapping[str, Any], fields: Mapping[str, tuple[type, ...]], where: str
) -> list[str]:
    problems = []
    for name, types in fields.items():
        if name not in record:
            problems.append(f"{where}: missing field {name!r}")
        elif isinstance(record[name], bool) or not isinstance(record[name], types):
            names = " or ".join("null" if t is type(None) else t.__name__ for t in types)
            problems.append(f"{where}: field {name!r} should be {names}, not {record[name]!r}")
    return problems


def _check_date(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return [f"{where}: {value!r} is not a YYYY-MM-DD date"]
    return []


def _check_as_of(value: object, where: str) -> list[str]:
    if isinstance(value, dict):
        problems = []
        if set(value) != {"start", "end"}:
            problems.append(f"{where}: as_of period needs exactly 'start' and 'end'")
        start, end = value.get("start"), value.get("end")
        if start is None and end is None:
            problems.append(f"{where}: as_of period with neither start nor end (use null)")
        problems += _check_date(start, f"{where}: as_of.start")
        problems += _check_date(end, f"{where}: as_of.end")
        if isinstance(start, str) and isinstance(end, str) and start > end:
            problems.append(f"{where}: as_of starts after it ends ({start} > {end})")
        return problems
    return _check_date(value, f"{where}: as_of")


def _check_interval(num: Mapping[str, Any], where: str) -> list[str]:
    low, high, qualifier = num["low"], num["high"], num["qualifier"]
    problems = []
    if low < 0 or not math.isfinite(low):
        problems.append(f"{where}: low {low!r} must be a finite number ≥ 0")
    if high is not None and high < low:
        problems.append(f"{where}: high {high!r} is below low {low!r}")
    if num["unit"] == "percent" and high is not None and high > 100:
        problems.append(f"{where}: a percentage above 100 ({high!r})")
    if qualifier not in QUALIFIERS or problems:
        return problems
    q = Qualifier(qualifier)
    if q in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) and high is not None:
        problems.append(f"{where}: {qualifier} has no upper bound (high must be null)")
    elif q not in (Qualifier.MORE_THAN, Qualifier.AT_LEAST) and high is None:
        problems.append(f"{where}: {qualifier} needs an upper bound (high)")
    if problems or q in (Qualifier.RANGE, Qualifier.VAGUE):
        return problems
    # The stated value: the bound the hedge keeps as it is.
    stated = {
        Qualifier.EXACT: low,
        Qualifier.MORE_THAN: low,
        Qualifier.AT_LEAST: low,
        Qualifier.JUST_OVER: low,
        Qualifier.NEARLY: high,
        Qualifier.FEWER_THAN: high,
        Qualifier.AT_MOST: high,
        Qualifier.ROUND: (low + high) / 2 if high is not None else low,
        Qualifier.APPROX: (low + high) / 2 if high is not None else low,
    }[q]
    want = expected_interval(qualifier, stated)
    if want is not None:
        w_low, w_high = want
        if not _close(low, w_low) or (w_high is None) != (high is None):
            problems.append(f"{where}: {qualifier} {stated:g} should be [{w_low:g}, {w_high}]")
        elif w_high is not None and high is not None and not _close(high, w_high):
            problems.append(f"{where}: {qualifier} {stated:g} should be [{w_low:g}, {w_high:g}]")
    return problems


def _check_number(num: object, where: str) -> list[str]:
    if not isinstance(num, dict):
        return [f"{where}: a number must be an object"]
    problems = _typed(num, NUMBER_FIELDS, where)
    if problems:
        return problems
    if num["occurrence"] < 1:
        problems.append(f"{where}: occurrence must be ≥ 1")
    if num["number"] not in num["surface"]:
        problems.append(f"{where}: number {num['number']!r} is not inside {num['surface']!r}")
    if num["qualifier"] not in QUALIFIERS:
        problems.append(f"{where}: unknown qualifier {num['qualifier']!r}")
    if num["unit"] not in UNITS:
        problems.append(f"{where}: unknown unit {num['unit']!r}")
    if not num["metric"].strip():
        problems.append(f"{where}: empty metric")
    if num["status"] not in STATUSES:
        problems.append(f"{where}: unknown status {num['status']!r}")
    elif num["status_class"] != Status(num["status"]).status_class.value:
        cls = Status(num["status"]).status_class.value
        problems.append(f"{where}: status {num['status']!r} is {cls}, not {num['status_class']!r}")
    claimant, kind = num["claimant"], num["claimant_kind"]
    if kind not in CLAIMANT_KINDS:
        problems.append(f"{where}: unknown claimant_kind {kind!r}")
    elif (claimant is None) != (kind == "outlet"):
        problems.append(f"{where}: claimant null exactly when claimant_kind is 'outlet'")
    if isinstance(claimant, list) and (
        len(claimant) < 2 or not all(isinstance(c, str) and c.strip() for c in claimant)
    ):
        problems.append(f"{where}: a claimant list names two or more organizations")
    if isinstance(claimant, str) and not claimant.strip():
        problems.append(f"{where}: empty claimant (use null for the outlet's voice)")
    if "note" in num and not isinstance(num["note"], str):
        problems.append(f"{where}: note must be a string")
    problems += _check_as_of(num["as_of"], where)
    problems += _check_interval(num, where)
    return problems


def check_shape(ann: object, name: str) -> list[str]:
    """Problems with an annotation's shape (no text needed); ``name`` is its file stem."""
    if not isinstance(ann, dict):
        return [f"{name}: the annotation must be a JSON object"]
    problems = _typed(ann, TOP_FIELDS, name)
    if problems:
        return problems
    m = _ID.fullmatch(ann["id"])
    if m is None:
        problems.append(f"{name}: id {ann['id']!r} is not like 'es-007'")
    else:
        if ann["id"] != name:
            problems.append(f"{name}: id {ann['id']!r} differs from the file name")
        if ann["lang"] != m.group(1):
            problems.append(f"{name}: lang {ann['lang']!r} does not match the id")
        number = int(m.group(2))
        if number in FRESH_IDS:
            if ann["split"] != "fresh":
                problems.append(f"{name}: split must be 'fresh' (ids 101–199)")
        else:
            split = "dev" if number % 2 else "test"
            if ann["split"] != split:
                problems.append(f"{name}: split must be {split!r} (odd ids dev, even test)")
    if ann["lang"] not in LANGS:
        problems.append(f"{name}: unknown lang {ann['lang']!r}")
    if ann["split"] not in SPLITS:
        problems.append(f"{name}: unknown split {ann['split']!r}")
    if not ann["url"].startswith(("http://", "https://")):
        problems.append(f"{name}: url must be http(s)")
    for key in ("domain", "outlet"):
        if not ann[key].strip():
            problems.append(f"{name}: empty {key}")
    problems += _check_date(ann["published"], f"{name}: published")
    if not _SHA.fullmatch(ann["text_sha256"]):
        problems.append(f"{name}: text_sha256 is not 64 lowercase hex digits")
    if not ann["numbers"]:
        problems.append(f"{name}: no numbers annotated")
    ids: list[str] = []
    for i, num in enumerate(ann["numbers"]):
        label = num.get("n", i) if isinstance(num, dict) else i
        problems += _check_number(num, f"{name} number {label}")
        if isinstance(num, dict) and isinstance(num.get("n"), str):
            ids.append(num["n"])
    for dup in sorted(n for n, c in Counter(ids).items() if c > 1):
        problems.append(f"{name}: number id {dup!r} used twice")
    known = set(ids)
    for num in ann["numbers"]:
        sup = num.get("supersedes") if isinstance(num, dict) else None
        if isinstance(sup, str) and (sup not in known or sup == num.get("n")):
            problems.append(f"{name} number {num.get('n')}: supersedes unknown {sup!r}")
    for i, item in enumerate(ann["not_counts"]):
        where = f"{name} not_count {i}"
        if not isinstance(item, dict):
            problems.append(f"{where}: must be an object")
            continue
        problems += _typed(item, NOT_COUNT_FIELDS, where)
        if isinstance(item.get("occurrence"), int) and item["occurrence"] < 1:
            problems.append(f"{where}: occurrence must be ≥ 1")
    for key in ("discrepancies", "must_not"):
        for i, item in enumerate(ann[key]):
            problems += _check_link(item, known, f"{name} {key} {i}", kinded=key == "discrepancies")
    return problems


def _check_link(item: object, known: set[str], where: str, *, kinded: bool) -> list[str]:
    if not isinstance(item, dict):
        return [f"{where}: must be an object"]
    fields: dict[str, tuple[type, ...]] = {"numbers": (list,), "why": (str,)}
    if kinded:
        fields["kind"] = (str,)
    problems = _typed(item, fields, where)
    if problems:
        return problems
    if kinded and item["kind"] not in DISCREPANCY_KINDS:
        problems.append(f"{where}: unknown kind {item['kind']!r}")
    nums = item["numbers"]
    if len(nums) < 2 or len(set(map(str, nums))) != len(nums):
        problems.append(f"{where}: needs two or more distinct numbers")
    for n in nums:
        if n not in known:
            problems.append(f"{where}: unknown number {n!r}")
    return problems


def check_text(ann: Mapping[str, Any], text_bytes: bytes, name: str) -> list[str]:
    """Problems of an annotation against its text (sha256, surfaces, numbers in surfaces)."""
    problems = []
    if hashlib.sha256(text_bytes).hexdigest() != ann.get("text_sha256"):
        problems.append(f"{name}: text sha256 differs from the annotation (text changed?)")
    try:
        text = text_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        return [*problems, f"{name}: text is not UTF-8 ({exc})"]
    spans: list[tuple[str, Any]] = [("number", n) for n in ann.get("numbers", [])]
    spans += [("not_count", n) for n in ann.get("not_counts", [])]
    for kind, item in spans:
        if not isinstance(item, dict):
            continue
        surface, occ = item.get("surface"), item.get("occurrence")
        if not isinstance(surface, str) or not isinstance(occ, int):
            continue
        where = f"{name} {kind} {item.get('n', surface)!r}"
        found = text.count(surface) if surface else 0
        if found < occ:
            problems.append(f"{where}: surface {surface!r} occurs {found}x, not ≥ {occ}")
            continue
        number = item.get("number")
        if kind == "number" and isinstance(number, str) and number not in surface:
            problems.append(f"{where}: number {number!r} is not inside its surface")
    return problems


def load(path: Path) -> object:
    """An annotation file's JSON (a problem is raised as ValueError naming the file)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path.name}: cannot read the annotation ({exc})") from exc


def annotation_paths(directory: Path = ANNOTATIONS, lang: str | None = None) -> list[Path]:
    """The annotation files, sorted by id; only one language when ``lang`` is given."""
    pattern = f"{lang}-*.json" if lang else "*.json"
    return sorted(directory.glob(pattern))


def _tally(report: Report, ann: Mapping[str, Any], lang: str) -> None:
    for key in ("numbers", "not_counts", "discrepancies", "must_not"):
        items = ann.get(key)
        if not isinstance(items, list):
            continue
        report.tally[(lang, key, "items")] += len(items)
        for item in items:
            if not isinstance(item, dict):
                continue
            fields = (
                ("qualifier", "status_class", "unit", "claimant_kind") if key == "numbers" else ()
            )
            for name in (*fields, *(("kind",) if key == "discrepancies" else ())):
                report.tally[(lang, name, str(item.get(name)))] += 1


def check(paths: Iterable[Path], texts: Path = TEXTS) -> Report:
    """Check each annotation file's shape, and its text where ``texts`` has it."""
    report = Report(texts_dir=str(texts))
    for path in paths:
        name = path.stem
        report.files += 1
        try:
            ann = load(path)
        except ValueError as exc:
            report.problems[name] = [str(exc)]
            continue
        problems = check_shape(ann, name)
        if isinstance(ann, dict):
            numbers = ann.get("numbers")
            report.numbers += len(numbers) if isinstance(numbers, list) else 0
            lang = str(ann.get("lang"))
            report.per_domain[(lang, str(ann.get("domain")))] += 1
            report.per_split[(lang, str(ann.get("split")))] += 1
            _tally(report, ann, lang)
            text_path = texts / f"{name}.txt"
            if text_path.is_file():
                report.texts_checked += 1
                problems += check_text(ann, text_path.read_bytes(), name)
            else:
                report.texts_missing.append(name)
        report.problems[name] = problems
    return report


def _print(report: Report, *, stats: bool, out: Any) -> None:
    for _name, problems in sorted(report.problems.items()):
        for problem in problems:
            print(problem, file=out)
    print(
        f"{report.files} annotations, {report.numbers} numbers; "
        f"texts checked: {report.texts_checked}, missing: {len(report.texts_missing)}",
        file=out,
    )
    if report.texts_missing:
        print(
            f"skipped the text checks of {len(report.texts_missing)} excerpts whose text is not "
            f"in {report.texts_dir} (collect them from each annotation's url): "
            + ", ".join(report.texts_missing),
            file=out,
        )
    if stats:
        for (lang, domain), n in sorted(report.per_domain.items()):
            print(f"  {lang}  {domain:<20} {n}", file=out)
        for (lang, split), n in sorted(report.per_split.items()):
            print(f"  {lang}  split {split:<14} {n}", file=out)
        for (lang, what, value), n in sorted(report.tally.items()):
            label = what if value == "items" else f"{what} {value}"
            print(f"  {lang}  {label:<28} {n}", file=out)
    bad = sum(1 for p in report.problems.values() if p)
    print("OK" if report.ok else f"{bad} annotations with problems", file=out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", choices=LANGS, help="check one language only")
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--texts", type=Path, default=TEXTS)
    parser.add_argument("--stats", action="store_true", help="counts per domain and split")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    paths = annotation_paths(args.annotations, args.lang)
    if not paths:
        print(f"no annotations in {args.annotations}", file=sys.stderr)
        return 1
    report = check(paths, args.texts)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
    else:
        _print(report, stats=args.stats, out=sys.stdout)
    return 0 if report.ok else 1


if __name__ == "__main__":
    sys.exit(main())
