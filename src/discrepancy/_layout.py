"""Where a timeline chart puts its labels: none overlaps another label or a mark.

The chart's scales have fixed domains, so the pixel position of every mark is known before
Vega draws it, and labels can be placed here, greedily, with leader lines where they move.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

__all__ = ["CHAR_PX", "HEIGHT", "LINE_PX", "MAX_LABELS", "WIDTH", "Frame", "place_labels"]

WIDTH = 640
HEIGHT = 260
CHAR_PX = 6.3
"""The width of one character of a bold 10px label, generously."""
LINE_PX = 13
"""One row of label text."""
MAX_LABELS = 40
"""A chart labels at most this many claims (those of discrepancies first)."""

_REACH = 1.12  # an open bound's arrow ends this much above the largest stated bound
_HEADROOM = 1.3  # the count axis ends this much above it (room for labels)


@attrs.frozen
class Frame:
    """The chart's data-to-pixel mapping (fixed domains, so labels can be placed here)."""

    x0: int
    x1: int
    reach: float  # where the arrow of an open bound ends
    top: float  # the top of the count axis

    @classmethod
    def around(cls, x0: int, x1: int, largest: float) -> Frame:
        """A frame from ``x0`` to ``x1`` across, up to above ``largest`` (the largest bound)."""
        largest = largest or 1.0
        return cls(x0, x1, largest * _REACH, largest * _HEADROOM)

    def px(self, x: float) -> float:
        return (x - self.x0) / (self.x1 - self.x0) * WIDTH

    def py(self, y: float) -> float:
        return HEIGHT - y / self.top * HEIGHT

    def data_x(self, px: float) -> float:
        return self.x0 + px / WIDTH * (self.x1 - self.x0)

    def data_y(self, py: float) -> float:
        return (HEIGHT - py) / HEIGHT * self.top


_Box = tuple[float, float, float, float]  # left, top, right, bottom in pixels


def _hits(box: _Box, boxes: Iterable[_Box]) -> bool:
    left, top, right, bottom = box
    return any(left < x1 and x0 < right and top < y1 and y0 < bottom for x0, y0, x1, y1 in boxes)


def _slots(mark: _Box, rows_up: int) -> list[tuple[float, float, bool]]:
    """Where a label may go, best first: (baseline, gap from the mark's centre, leader?).

    Just above the mark, beside a tall mark, further above, then below it.
    """
    top, bottom = mark[1], mark[3]
    above = [(top - 2 - LINE_PX * k, 6.0, k > 0) for k in range(rows_up)]
    beside = [(top + LINE_PX * (k + 1), 11.0, False) for k in range(int((bottom - top) // LINE_PX))]
    below = [(bottom + LINE_PX * (k + 1), 6.0, k > 0) for k in range(rows_up)]
    return [above[0], *beside, *above[1:], *below]


def place_labels(rows: list[dict[str, Any]], frame: Frame) -> None:
    """Give each row a label position that overlaps no other label and no mark.

    At most `MAX_LABELS` labels; a claim with no free slot goes unlabelled
    (``label_align`` is ``"none"``).

    Greedy, the claims of discrepancies first, then in date order: the first free slot
    (`_slots()`), left-aligned after the mark or, where that would leave the chart or
    is taken, right-aligned before it. A label moved away from its mark gets a thin leader
    line back to it.
    """
    marks: list[_Box] = []
    for row in rows:
        x = frame.px(row["x"])
        top, bottom = frame.py(row["high"]), frame.py(row["low"])
        marks.append((x - 8, top - 8, x + 8, bottom + 8))
    placed: list[_Box] = []
    rows_up = int(HEIGHT // LINE_PX) + 2
    order = sorted(range(len(rows)), key=lambda n: (not rows[n]["in_discrepancy"], n))
    for row, mark in ((rows[n], marks[n]) for n in order):
        row["label_align"] = "none"  # until a free slot is found
        row["leader"] = False
        row["label_x"], row["label_y"] = row["x"], row["high"]
        if len(placed) >= MAX_LABELS:
            continue
        x = (mark[0] + mark[2]) / 2
        width = len(row["label"]) * CHAR_PX + 4
        chosen = None
        for baseline, gap, leader in _slots(mark, rows_up):
            if not LINE_PX - 24 <= baseline <= HEIGHT:
                continue
            for align, left in (("left", x + gap), ("right", x - gap - width)):
                if left < -40 or left + width > WIDTH + 40:
                    continue
                box = (left, baseline - LINE_PX + 2, left + width, baseline + 2)
                if not _hits(box, placed) and not _hits(box, marks):
                    anchor = x + gap if align == "left" else x - gap
                    chosen = (leader, align, anchor, baseline, box)
                    break
            if chosen is not None:
                break
        if chosen is None:  # no room left: the claim goes unlabelled (the table has it)
            continue
        leader, align, px, baseline, box = chosen
        placed.append(box)
        row["label_x"] = round(frame.data_x(px))
        row["label_y"] = frame.data_y(baseline)
        row["label_align"] = align
        row["leader"] = leader
