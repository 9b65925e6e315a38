"""Measure the engine on the blind real-world cases of issue 8 (``tests/engine_cases``).

For each case: expected gaps found / expected, must-not pairs flagged (with the summaries
that flagged them), and every reported discrepancy that accounts for no expected gap
("unexpected": not scored, but worth reading). Then the totals, overall and per language.
The matching rules are in ``tests/engine_cases/scoring.py``.

    python benchmarks/engine_cases.py             # per case and totals
    python benchmarks/engine_cases.py --totals    # totals only
    python benchmarks/engine_cases.py --coverage  # cases per class and language
    python benchmarks/engine_cases.py --json      # everything, as JSON

Targets (issue 8): at least 90% of expected gaps found, 0 must-not pairs flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.engine_cases.scoring import (  # noqa: E402
    CLASSES,
    Case,
    CaseScore,
    load_cases,
    run,
    score,
    totals,
)

from discrepancy.orgs import OrgRegistry  # noqa: E402
from discrepancy.resolver import OrgResolver  # noqa: E402


def _coverage(cases: Sequence[Case]) -> str:
    seen = Counter((cls, c.lang) for c in cases for cls in c.classes)
    langs = Counter(c.lang for c in cases)
    lines = [f"{'class':16} {'en':>4} {'es':>4}"]
    lines += [f"{cls:16} {seen[(cls, 'en')]:4} {seen[(cls, 'es')]:4}" for cls in CLASSES]
    lines.append(f"{'cases':16} {langs['en']:4} {langs['es']:4}")
    lines.append(
        f"expected gaps: {sum(len(c.expect) for c in cases)}, "
        f"must-not pairs: {sum(len(c.must_not) for c in cases)}"
    )
    return "\n".join(lines)


def _case_lines(s: CaseScore) -> list[str]:
    out = [
        f"{s.case} [{s.lang}]  found {s.found}/{s.expected}  flagged {len(s.flagged)}/{s.must_not}"
    ]
    out += [f"  MISSED {m['claims']} ({'/'.join(m['kinds'])}): {m['why']}" for m in s.missed]
    out += [f"  FLAGGED {a}+{b}: {hit}" for (a, b), hits in s.flagged for hit in hits]
    out += [f"  unexpected {u}" for u in s.unexpected]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--totals", action="store_true", help="totals only")
    group.add_argument("--coverage", action="store_true", help="cases per class and language")
    group.add_argument("--json", action="store_true", help="everything as JSON")
    args = parser.parse_args(argv)

    cases = load_cases()
    if args.coverage:
        print(_coverage(cases))
        return 0
    resolver = OrgResolver(OrgRegistry.builtin())
    scores = [score(case, run(case, resolver)) for case in cases]
    overall = totals(scores)
    by_lang = {lang: totals(s for s in scores if s.lang == lang) for lang in ("en", "es")}
    if args.json:
        out = {
            "cases": [asdict(s) for s in scores],
            "totals": asdict(overall) | {"found_share": overall.found_share},
            "by_lang": {k: asdict(v) | {"found_share": v.found_share} for k, v in by_lang.items()},
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    if not args.totals:
        for s in scores:
            print("\n".join(_case_lines(s)))
        print()
    for name, t in (("all", overall), *by_lang.items()):
        print(
            f"{name:4} cases {sum(1 for s in scores if name in ('all', s.lang)):3}  "
            f"found {t.found}/{t.expected} ({t.found_share:.1%})  "
            f"must-not flagged {t.flagged}/{t.must_not}  unexpected {t.unexpected}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
