"""Find an annotated excerpt inside a saved copy of its page, by the excerpt's sha256.

The development set's texts are gitignored (news text is not ours to republish), so a new
machine has only the annotations. To get a text back, save the stored copy of the page the
annotation's ``url`` names (the ``pages`` corpus of the project's search tool gives a page's
text from its beginning) to ``devset/texts/pages/<id>.txt``, then run

    python benchmarks/devset_recover.py ID [ID ...]

For each id it tries every passage of the page that starts at a line or a sentence and ends
at a line's or a sentence's end, with and without a few whitespace clean-ups, and writes the
one whose sha256 is the annotation's ``text_sha256`` to ``devset/texts/<id>.txt``. A corpus
label such as `` date 2024-05-01 `` glued to the page's first line is not page text and is
dropped first. Where nothing matches it names the surfaces the page lacks (the copy differs
from the annotated one, or the excerpt ran past the stored text).

Exit status: 0 when every id was recovered, 1 otherwise.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = REPO / "devset" / "annotations"
TEXTS = REPO / "devset" / "texts"
PAGES = TEXTS / "pages"

_CORPUS_LABEL = re.compile(r"\A\s*date \d{4}-\d{2}(?:-\d{2})?[ \t]*\n?")
"""The corpus's date label at a page's start (anchored, no nested repeats: linear)."""

_SENTENCE_END = ".!?\"'”’)"


def _copies(page: str) -> Iterator[str]:
    """The page and its whitespace variants, each with and without the corpus label."""
    for text in (page, _CORPUS_LABEL.sub("", page, count=1)):
        text = text.replace("\r\n", "\n")
        lines = text.split("\n")
        yield text
        yield unicodedata.normalize("NFC", text)
        yield "\n".join(line.rstrip() for line in lines)
        yield "\n".join(line.strip() for line in lines)


def _cuts(text: str) -> tuple[list[int], list[int]]:
    """Where a passage may start (a line or a sentence) and end (a line's or a sentence's end)."""
    starts, ends = [0], [len(text)]
    for i, char in enumerate(text):
        if char == "\n" or (char == " " and i and text[i - 1] in _SENTENCE_END):
            ends.append(i)
            starts.append(i + 1)
    return starts, ends


def find(page: str, sha256: str) -> str | None:
    """The passage of ``page`` whose UTF-8 sha256 is ``sha256``, or None."""
    for text in _copies(page):
        starts, ends = _cuts(text)
        for start in starts:
            for end in ends:
                if end <= start:
                    continue
                passage = text[start:end]
                for candidate in {passage, passage.strip()}:
                    if hashlib.sha256(candidate.encode("utf-8")).hexdigest() == sha256:
                        return candidate
    return None


def recover(excerpt_id: str) -> str:
    """Recover one excerpt; a one-line message saying what happened."""
    annotation = json.loads((ANNOTATIONS / f"{excerpt_id}.json").read_text(encoding="utf-8"))
    page_path = PAGES / f"{excerpt_id}.txt"
    if not page_path.exists():
        return f"{excerpt_id}: no saved page at {page_path.relative_to(REPO)}"
    page = page_path.read_text(encoding="utf-8")
    passage = find(page, annotation["text_sha256"])
    if passage is None:
        absent = [n["surface"] for n in annotation["numbers"] if n["surface"] not in page]
        return f"{excerpt_id}: no passage has the annotated sha256; surfaces absent: {absent}"
    (TEXTS / f"{excerpt_id}.txt").write_text(passage, encoding="utf-8", newline="")
    return f"{excerpt_id}: recovered ({len(passage)} characters)"


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 1
    messages = [recover(excerpt_id) for excerpt_id in argv]
    print("\n".join(messages))
    return 0 if all("recovered" in message for message in messages) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
