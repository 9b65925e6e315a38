"""Check that every ``surfaces`` string of every engine case occurs in its saved excerpt.

The excerpts (``texts/<id>.txt``) are the parts of the news pages the cases were typed
from. They are not ours to republish and stay out of git, so this check runs only where
they were collected::

    python tests/engine_cases/check_surfaces.py

Exit code 0 when every surface is found, 1 otherwise; cases without a saved text are
listed as skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"


def surface_problems(
    cases_dir: Path = HERE, texts_dir: Path = TEXTS
) -> tuple[list[str], list[str]]:
    """(problems, skipped case ids): surfaces missing from their case's saved text."""
    problems: list[str] = []
    skipped: list[str] = []
    for path in sorted(cases_dir.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        text_path = texts_dir / f"{case['id']}.txt"
        if not text_path.is_file():
            skipped.append(case["id"])
            continue
        text = text_path.read_text(encoding="utf-8")
        for source in case["sources"]:
            for surface in source["surfaces"]:
                if surface not in text:
                    problems.append(
                        f"{case['id']}: {surface!r} ({source['outlet']}) not in {text_path.name}"
                    )
    return problems, skipped


def main() -> int:
    problems, skipped = surface_problems()
    for line in problems:
        print(line)
    if skipped:
        print(f"skipped (no saved text): {', '.join(skipped)}")
    print(f"{len(problems)} surface(s) not found")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
