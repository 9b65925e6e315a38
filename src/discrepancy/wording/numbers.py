"""A number in words, and the hedge written before it: no import from the model.

[`Quantity`][discrepancy.quantity.Quantity] uses these while it is built (its default surface,
its error messages), so this module imports nothing of the package.
"""

from __future__ import annotations

import math

__all__ = ["HEDGES", "number"]

HEDGES: dict[str, str] = {
    "exact": "",
    "round": "",
    "approx": "about ",
    "nearly": "nearly ",
    "just_over": "just over ",
    "more_than": "more than ",
    "at_least": "at least ",
    "fewer_than": "fewer than ",
    "at_most": "at most ",
}
"""The words before a hedged figure, by [`Qualifier`][discrepancy.quantity.Qualifier] value."""


def number(x: float | None) -> str:
    """1085 → "1,085"; 2.5 → "2.5"; None → "∞"."""
    if x is None or x == math.inf:
        return "∞"
    if x == -math.inf:
        return "-∞"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6f}".rstrip("0").rstrip(".")
