"""The sector a strike's share is of (round 10): "18% in the health service", "el 27,5% en la
Administración de Justicia", "29% of the whole administration". Shares of different sectors
are shares of different workforces, so `scan` never sets them against each other (the sector
travels in the claim's note, as the weaker default scope does).

The rule: the sector is the one the figure's own phrase names right after it ("del 22% en la
sanidad"), else the nearest one named before it in its sentence ("En la enseñanza, el 25%");
a sentence that breaks a figure down by place ("Por provincias, …") and names no sector
keeps the sector of the sentence before it in its paragraph. No sector named: none (a figure
with no sector is compared as before).

Phrases are found with ``str.find`` on the folded sentence (tables ``SECTOR_NAMES``): linear.
"""

from __future__ import annotations

from discrepancy.extraction import tables_en, tables_es

__all__ = ["SECTOR_METRICS", "SECTOR_NOTE", "sector_after", "sector_mentions"]

SECTOR_NOTE = "sector: "
"""How the note of an extracted claim names its sector ("sector: health")."""
SECTOR_METRICS = frozenset({"strikers"})
"""The metrics whose figures are shares of a sector's workforce."""

_NAMES = {**tables_en.SECTOR_NAMES, **tables_es.SECTOR_NAMES}
_AFTER_WORDS = 4
"""How many words may stand between a figure and the sector its own phrase names."""
_NOT_BETWEEN = frozenset({"y", "and", "e", "while", "mientras", "pero", "but", "que", "that"})
"""Words after which a sector is another figure's ("22% y la justicia un 30%")."""


def sector_mentions(folded: str) -> list[tuple[int, int, str]]:
    """Every sector phrase of ``folded`` as (start, end, sector key), whole words, in text
    order, the longest first where two overlap."""
    found: list[tuple[int, int, str]] = []
    for phrase, key in _NAMES.items():
        k = folded.find(phrase)
        while k >= 0:
            end = k + len(phrase)
            if (k == 0 or not folded[k - 1].isalnum()) and (
                end == len(folded) or not folded[end].isalnum()
            ):
                found.append((k, end, key))
            k = folded.find(phrase, k + 1)
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    return out


def sector_after(folded: str, last: int, mentions: list[tuple[int, int, str]]) -> str | None:
    """The sector the phrase right after a figure ending at ``last`` names ("22% en la
    sanidad", "18% of health service staff"): at most `_AFTER_WORDS` words between, no
    comma, digit or joining word."""
    for start, _, key in mentions:
        if start < last:
            continue
        between = folded[last:start]
        words = between.split()
        if (
            len(words) > _AFTER_WORDS
            or any(ch in between for ch in ",;:.")
            or any(ch.isdecimal() for ch in between)
            or not _NOT_BETWEEN.isdisjoint(words)
        ):
            return None
        return key
    return None
