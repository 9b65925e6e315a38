"""The text the stages read: the input in Unicode NFC, with a map back to the input's offsets.

Decomposed text ("ma\u0301s" for "más") would otherwise defeat every table lookup, so
`normalize()` composes it first; evidence spans are mapped back, so they still index the
text as given. Only the runs of non-ASCII characters (with the ASCII character before each)
can change under NFC, and an ASCII character never composes with what comes before it, so
each run is normalized on its own: the work is linear in the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

import attrs

__all__ = ["Normalized", "normalize"]

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@attrs.frozen
class Normalized:
    """``text`` (NFC) and where its pieces start in the original: ``(new, old, changed)``
    for each piece, in order; an unchanged piece maps offset by offset."""

    text: str
    pieces: tuple[tuple[int, int, bool], ...] = ()

    def start(self, offset: int) -> int:
        """The original offset of a span starting at ``offset`` of `text`."""
        return self._map(offset, up=False)

    def end(self, offset: int) -> int:
        """The original offset of a span ending at ``offset`` of `text`."""
        return self._map(offset, up=True)

    def _map(self, offset: int, *, up: bool) -> int:
        pieces = self.pieces
        if not pieces:
            return offset
        k = bisect.bisect_right(pieces, (offset, len(self.text) * 4 + 4, True)) - 1
        new, old, changed = pieces[k]
        if not changed or offset == new:
            return old + (offset - new)
        # inside a piece NFC changed: the span covers the whole piece
        if up and k + 1 < len(pieces):
            return pieces[k + 1][1]
        return old


def normalize(text: str) -> Normalized:
    """``text`` in NFC, with the offset map (empty when the text is already NFC)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return Normalized(text)
    out: list[str] = []
    pieces: list[tuple[int, int, bool]] = []
    new = old = 0
    for m in _NON_ASCII.finditer(text):
        start = max(m.start() - 1, old)  # the ASCII character before can compose with the run
        if start > old:
            pieces.append((new, old, False))
            out.append(text[old:start])
            new += start - old
        segment = text[start : m.end()]
        composed = unicodedata.normalize("NFC", segment)
        pieces.append((new, start, composed != segment))
        out.append(composed)
        new += len(composed)
        old = m.end()
    if old < len(text):
        pieces.append((new, old, False))
        out.append(text[old:])
        new += len(text) - old
    pieces.append((new, len(text), False))  # the end
    return Normalized("".join(out), tuple(pieces))
