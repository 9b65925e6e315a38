"""Byte-identity of ``extract``'s output across a change: write it once, compare it after.

Speed work on the extractor must not change what it reads. This script runs ``extract`` on
every text it can find — the dev set's excerpts (all splits), the seed articles, the blind
engine cases' texts, any ``*.txt`` under ``--extra`` (with ``dates.tsv`` beside them giving
``n``, ``lang`` and ``published``), the seeds joined into one long text, and small hostile
inputs — and writes one JSON line per text with every claim as the library's converter
unstructures it (keys sorted). ``--compare`` reads a file written before and names the first
texts whose claims differ. The output holds news text (evidence quotes): keep it out of git
(write it under /tmp).

    python benchmarks/extract_identity.py --write /tmp/base.jsonl [--extra /tmp/audit3]
    python benchmarks/extract_identity.py --compare /tmp/base.jsonl [--extra /tmp/audit3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from discrepancy.extraction import extract
from discrepancy.extraction.api import default_resolver
from discrepancy.serialize import to_json_data

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
DEVSET = REPO / "devset"
ENGINE = REPO / "tests" / "engine_cases"
DAY = dt.date(2026, 1, 20)

Case = tuple[str, str, dt.date | None, str | None, str]  # name, text, published, outlet, lang


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _lang(value: object) -> str:
    low = str(value or "").lower()
    return low if low in ("en", "es") else "auto"


def cases(extra: Path | None) -> Iterator[Case]:
    """Every text to extract from, with its publication date, outlet and language."""
    for ann_path in sorted((DEVSET / "annotations").glob("*.json")):
        ann = json.loads(ann_path.read_text(encoding="utf-8"))
        text_path = DEVSET / "texts" / f"{ann_path.stem}.txt"
        if text_path.is_file():
            text = text_path.read_text(encoding="utf-8")
            yield (
                f"devset/{ann_path.stem}",
                text,
                _day(ann.get("published")),
                ann.get("outlet"),
                _lang(ann.get("lang")),
            )
    manifest = REPO / "seeds" / "documents.json"
    seeds: list[str] = []
    if manifest.is_file() and SEEDS.is_dir():
        for doc in json.loads(manifest.read_text(encoding="utf-8")):
            path = SEEDS / doc["file"]
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                seeds.append(text)
                yield (
                    f"seeds/{doc['file']}",
                    text,
                    _day(doc.get("published")),
                    doc.get("outlet"),
                    _lang(doc.get("language")),
                )
    if seeds:
        one = "\n\n".join(seeds)
        yield ("seeds/joined-twice", one + "\n\n" + one, DAY, None, "auto")
    for case_path in sorted(ENGINE.glob("*.json")):
        text_path = ENGINE / "texts" / f"{case_path.stem}.txt"
        if text_path.is_file():
            case = json.loads(case_path.read_text(encoding="utf-8"))
            text = text_path.read_text(encoding="utf-8")
            yield (f"engine/{case_path.stem}", text, DAY, None, _lang(case.get("lang")))
    if extra is not None:
        dates: dict[str, tuple[str, str]] = {}
        tsv = extra / "dates.tsv"
        if tsv.is_file():
            for line in tsv.read_text(encoding="utf-8").splitlines()[1:]:
                cols = line.split("\t")
                if len(cols) >= 3:
                    dates[cols[0]] = (cols[1], cols[2])
        for path in sorted(extra.glob("*.txt"), key=lambda p: (len(p.stem), p.stem)):
            if dates and path.stem not in dates:
                continue  # a list of urls or names beside the texts
            lang, published = dates.get(path.stem, ("auto", ""))
            text = path.read_text(encoding="utf-8")
            yield (f"extra/{path.name}", text, _day(published), None, _lang(lang))
    hostile = {
        "digits": "1,2,3,4,5,6,7,8,9,0" * 2_000,
        "long number": "9" * 40_000,
        "hedges": "more than " * 4_000,
        "nested quotes": '“‘«"' * 10_000,
        "no sentence ends": "about 300 people said that " * 1_500,
        "mixed scripts": "более 100 человек 約300人 أكثر من 100 شخص près de 500 personnes " * 600,
        "dots": "." * 40_000,
    }
    for name, text in hostile.items():
        yield (f"hostile/{name}", text, DAY, None, "auto")


def run(extra: Path | None) -> Iterator[tuple[str, str, float]]:
    """(name, JSON line, CPU seconds) per text."""
    resolver = default_resolver()
    for name, text, published, outlet, lang in cases(extra):
        c0 = time.process_time()
        claims = extract(
            text,
            published=published,
            outlet=outlet or None,
            doc_id=name,
            lang=lang,
            resolver=resolver,
        )
        cpu = time.process_time() - c0
        line = json.dumps(
            {"doc": name, "claims": [to_json_data(c) for c in claims]},
            ensure_ascii=False,
            sort_keys=True,
        )
        yield name, line, cpu


def main() -> int:
    argp = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = argp.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the output here")
    mode.add_argument("--compare", type=Path, help="compare with a file written before")
    argp.add_argument("--extra", type=Path, help="a folder of *.txt with a dates.tsv")
    args = argp.parse_args()
    total_cpu = 0.0
    chars = 0
    lines: dict[str, str] = {}
    for name, line, cpu in run(args.extra):
        lines[name] = line
        total_cpu += cpu
    chars = sum(len(t) for _, t, *_ in cases(args.extra))
    print(f"{len(lines)} texts, {chars:,} chars, extract CPU {total_cpu:.2f} s", file=sys.stderr)
    if args.write is not None:
        args.write.write_text("".join(line + "\n" for line in lines.values()), encoding="utf-8")
        return 0
    before: dict[str, str] = {}
    for line in args.compare.read_text(encoding="utf-8").splitlines():
        before[json.loads(line)["doc"]] = line
    differ = [n for n in lines if before.get(n) != lines[n]]
    missing = [n for n in before if n not in lines]
    for name in differ[:20]:
        print(f"DIFFERS: {name}")
    for name in missing[:20]:
        print(f"MISSING: {name}")
    if differ or missing:
        print(f"{len(differ)} differ, {len(missing)} missing of {len(before)}")
        return 1
    print(f"identical: {len(lines)} texts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
