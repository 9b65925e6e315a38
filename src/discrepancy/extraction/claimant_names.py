"""The capitalised names of a text: runs of capitalised words ("Union of Metal Workers",
"Central Única de Trabajadores") and the acronyms it defines ("(AAPP)" after a name), read once
per document for later mentions to be matched against.
"""

from __future__ import annotations

import bisect
import re

from discrepancy._numbers import fold
from discrepancy.extraction.lexicon import Lexicon

__all__ = ["Names"]

_UPPER = "A-ZÁÉÍÓÚÑÜ"
_RUN = re.compile(
    rf"[{_UPPER}][\w'’&.-]*+"
    r"(?:[ \t]++(?:(?:de|del|la|las|los|of|the|for|and|y|on|para)[ \t]++){0,2}+"
    rf"[{_UPPER}][\w'’&.-]*+)++"
)
"""Two or more capitalised words, with up to two joiners between them; possessive
quantifiers only, so the scan never backtracks."""
_ACRONYM = re.compile(rf"\(([{_UPPER}][A-Za-z0-9-]{{1,9}})\)")
_SHORT_NAME = re.compile(rf"\(([{_UPPER}][a-záéíóúñü]{{3,19}}+)\)")
"""Session 13 (h-who-es): a syllabic short name in brackets after a name ("Fondo Nacional para
la Defensa de la Libertad Personal (Fondelibertad)", "(Cecoes)"): one capital, then lowercase."""
_SHORT_PREFIX = 2
"""How many first letters a syllabic short name shares with the first word of the name."""
_NAME_ARTICLES = frozenset({"the", "el", "la", "los", "las", "a", "an", "un", "una"})


class Names:
    """Runs of capitalised words of a text ("Union of Metal Workers", "Central Única de
    Trabajadores") and the acronyms it defines ("(AAPP)" after a name); found by two
    regular-expression scans, read word by word only when asked about."""

    __slots__ = ("_runs", "_starts", "_text", "_words", "acronyms")

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs = [m.span() for m in _RUN.finditer(text)]
        self._starts = [s for s, _ in self._runs]
        self._words: dict[int, tuple[str, frozenset[str]]] = {}
        ends = {e: k for k, (_, e) in enumerate(self._runs)}
        acronyms: dict[str, str] = {}
        for m in _ACRONYM.finditer(text):
            acronym = m.group(1)
            k = ends.get(m.start() - 1)
            if k is not None and sum(ch.isupper() for ch in acronym) >= 2:
                acronyms.setdefault(acronym, self._name(k)[0])
        for m in _SHORT_NAME.finditer(text):
            k = ends.get(m.start() - 1)
            if k is None:
                continue
            short, full = m.group(1), self._name(k)[0]
            if fold(short[:_SHORT_PREFIX]) == fold(full[:_SHORT_PREFIX]) and short not in full:
                acronyms.setdefault(short, full)  # it opens as the name does: its short form
        self.acronyms = acronyms
        """An acronym the text defines ("(AAPP)" after a name) → the name."""

    def _name(self, k: int) -> tuple[str, frozenset[str]]:
        found = self._words.get(k)
        if found is None:
            start, end = self._runs[k]
            words = self._text[start:end].split()
            while len(words) > 2 and words[0].lower() in _NAME_ARTICLES:
                words = words[1:]
            name = " ".join(words).rstrip(".")
            found = self._words[k] = (name, frozenset(fold(w) for w in words))
        return found

    def opening(self, start: int, limit: int) -> str | None:
        """The name that opens a sentence (starts at or after ``start``, before ``limit``)."""
        k = bisect.bisect_left(self._starts, start)
        if k < len(self._runs) and self._runs[k][0] < limit:
            return self._name(k)[0]
        return None

    def last_with(self, heads: tuple[str, ...], before: int, lex: Lexicon) -> str | None:
        """The last name before character ``before`` that holds one of ``heads``."""
        k = bisect.bisect_left(self._starts, before)
        wanted = frozenset(heads)
        for j in range(k - 1, max(-1, k - 201), -1):
            name, words = self._name(j)
            if not wanted.isdisjoint(words) and not words <= lex.not_claimants:
                if ". " not in name:
                    return name
                found = self._segment(j, wanted, before, lex)
                if found is not None:
                    return found
        return None

    def between(self, start: int, end: int) -> list[tuple[int, str]]:
        """(start, name) of the names that start between characters ``start`` and ``end``."""
        k = bisect.bisect_left(self._starts, start)
        out = []
        while k < len(self._runs) and self._runs[k][0] < end:
            out.append((self._runs[k][0], self._name(k)[0]))
            k += 1
        return out

    def _segment(self, k: int, wanted: frozenset[str], before: int, lex: Lexicon) -> str | None:
        """A run that crosses a sentence end ("Monday. Chairperson of the Commission"):
        its last part that starts before ``before`` and holds a wanted word."""
        start, end = self._runs[k]
        at = start
        parts: list[tuple[int, str]] = []
        for piece in self._text[start:end].split(". "):
            parts.append((at, piece))
            at += len(piece) + 2
        for at, piece in reversed(parts):
            words = piece.split()
            folded = frozenset(fold(w) for w in words)
            if (
                at < before
                and not wanted.isdisjoint(folded)
                and len(words) > 1
                and not folded <= lex.not_claimants
            ):
                return piece.rstrip(".")
        return None
