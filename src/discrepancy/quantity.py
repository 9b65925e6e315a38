"""A stated number as an interval: "nearly 800" is [720, 800], "more than 1,345" is (1345, ∞).

The hedge words are read by [`Quantity.parse()`][discrepancy.quantity.Quantity.parse] (English and
Spanish) and turned into an interval by a [`VaguenessPolicy`][discrepancy.quantity.VaguenessPolicy],
whose every number is a setting. Interval arithmetic for the detectors lives in
[`Interval`][discrepancy.quantity.Interval].
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from typing import Self

import attrs

from discrepancy import _numbers
from discrepancy.errors import QuantityError, shorten
from discrepancy.wording.numbers import HEDGES as _HEDGE_WORDS
from discrepancy.wording.numbers import number as _fmt

__all__ = ["Interval", "Qualifier", "Quantity", "VaguenessPolicy"]


class Qualifier(enum.StrEnum):
    """The hedge of a stated number; the string values are part of the JSON contract."""

    EXACT = "exact"
    ROUND = "round"
    APPROX = "approx"
    NEARLY = "nearly"
    JUST_OVER = "just_over"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    FEWER_THAN = "fewer_than"
    AT_MOST = "at_most"
    RANGE = "range"
    VAGUE = "vague"

    @property
    def is_lower_bound(self) -> bool:
        """True for hedges that state only a floor ("at least", "more than")."""
        return self in (Qualifier.AT_LEAST, Qualifier.MORE_THAN)


@attrs.frozen(kw_only=True)
class Interval:
    """A closed-or-open interval of the real line; ``high`` may be ``math.inf``.

    ``low_open``/``high_open`` say that the bound itself is excluded: "more than 1,345"
    is ``Interval(low=1345, high=inf, low_open=True)``.
    """

    low: float
    high: float = attrs.field()
    low_open: bool = False
    high_open: bool = False

    @high.validator
    def _check(self, _: attrs.Attribute[float], high: float) -> None:
        if math.isnan(self.low) or math.isnan(high) or self.low > high or self.low == math.inf:
            raise QuantityError(f"not an interval: [{self.low}, {high}]")

    @classmethod
    def point(cls, value: float) -> Self:
        """The interval of one value, both ends closed."""
        return cls(low=value, high=value)

    @property
    def bounded(self) -> bool:
        """Whether the interval has an upper end (``high`` is finite)."""
        return self.high != math.inf

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share at least one point."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return not (self.high_open or other.low_open)
        if other.high == self.low:
            return not (other.high_open or self.low_open)
        return True

    def above(self, other: Interval) -> bool:
        """Every point of ``self`` lies above every point of ``other``."""
        return not self.overlaps(other) and self.low >= other.high

    def __add__(self, other: Interval) -> Interval:
        return Interval(
            low=self.low + other.low,
            high=self.high + other.high,
            low_open=self.low_open or other.low_open,
            high_open=self.high_open or other.high_open,
        )

    def __sub__(self, other: Interval) -> Interval:
        """All differences ``x - y`` with ``x`` in ``self`` and ``y`` in ``other``."""
        return Interval(
            low=self.low - other.high if other.bounded else -math.inf,
            high=self.high - other.low,
            low_open=self.low_open or other.high_open,
            high_open=self.high_open or other.low_open,
        )

    def gap_to(self, other: Interval) -> Interval:
        """The distances between points of two disjoint intervals: [closest, farthest].

        Zero when they overlap.
        """
        if self.overlaps(other):
            return Interval(low=0.0, high=0.0)
        lo, hi = (self, other) if self.high <= other.low else (other, self)
        return Interval(low=hi.low - lo.high, high=hi.high - lo.low)

    def clamp_low(self, floor: float) -> Interval:
        """The interval with its low end raised to at least ``floor``."""
        if self.low >= floor:
            return self
        return attrs.evolve(self, low=min(floor, self.high), low_open=False)


def _around(n: float, share: float) -> tuple[float, float]:
    """[n·(1−share), n·(1+share)], rounded, never excluding n itself."""
    return min(n, _round6(n * (1 - share))), max(n, _round6(n * (1 + share)))


def _round6(x: float) -> float:
    """Round away binary noise (0.95 * 800 = 759.9999…) so output is stable and readable."""
    if x == math.inf:
        return x
    r = round(x, 6)
    return float(int(r)) if r == int(r) else r


def _sorted_mapping(m: Mapping[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    return dict(sorted(m.items()))


@attrs.frozen(kw_only=True)
class VaguenessPolicy:
    """How wide each hedge is. Every number here is a setting.

    Attributes:
        approx: "about n" is [n·(1−approx), n·(1+approx)].
        nearly: "nearly n" is [n·(1−nearly), n].
        just_over: "just over n" is [n, n·(1+just_over)].
        round_tolerance: an unhedged round number (a large number written in words such as
            "half a million", a figure with a scale word such as "1.27 million", or a figure
            that is a multiple of ``round_unit`` written with at most ``round_digits``
            significant digits: "20,000", "960,000") is read as n ± this share.
        round_unit: the smallest round figure.
        round_digits: how many significant digits a round figure has at most: "962,000" has
            three, so it is read as written (exact; ``Policy.slack`` gives it half its last
            significant place, ±500), not ±5%.
        vague: the interval of each vague amount ("hundreds" → [200, 999]); composed
            amounts ("tens of thousands") multiply out.
    """

    approx: float = 0.05
    nearly: float = 0.10
    just_over: float = 0.10
    round_tolerance: float = 0.05
    round_unit: int = 1000
    round_digits: int = 2
    vague: Mapping[str, tuple[int, int]] = attrs.field(
        factory=lambda: {
            "several": (3, 9),
            "dozens": (24, 99),
            "scores": (40, 99),
            "tens": (20, 99),
            "hundreds": (200, 999),
            "thousands": (2_000, 9_999),
            "millions": (2_000_000, 9_999_999),
        },
        converter=_sorted_mapping,
    )

    def interval(self, value: float, qualifier: Qualifier) -> Interval:
        """The interval a hedge puts around a stated ``value``."""
        low, high = self.bounds(value, qualifier)
        return Interval(
            low=low,
            high=high,
            low_open=qualifier is Qualifier.MORE_THAN,
            high_open=qualifier is Qualifier.FEWER_THAN,
        )

    def bounds(self, value: float, qualifier: Qualifier) -> tuple[float, float]:
        """(low, high) of [`interval()`][discrepancy.quantity.VaguenessPolicy.interval], for callers
        that build many quantities."""
        n = value
        match qualifier:
            case Qualifier.EXACT:
                return n, n
            case Qualifier.ROUND:
                return _around(n, self.round_tolerance)
            case Qualifier.APPROX:
                return _around(n, self.approx)
            case Qualifier.NEARLY:
                return min(n, _round6(n * (1 - self.nearly))), n
            case Qualifier.JUST_OVER:
                return n, max(n, _round6(n * (1 + self.just_over)))
            case Qualifier.MORE_THAN | Qualifier.AT_LEAST:
                return n, math.inf
            case Qualifier.FEWER_THAN | Qualifier.AT_MOST:
                return 0.0, n
        raise QuantityError(f"qualifier {qualifier.value!r} needs a range or vague amount")

    def is_round(self, value: float) -> bool:
        """Whether an unhedged figure is round (n ± ``round_tolerance``).

        A positive multiple of ``round_unit`` with at most ``round_digits`` significant
        digits: 20,000, 960,000 and 1,000,000 are round; 962,000 and 1,500 are not (they
        are read as written, with the check's precision slack).
        """
        if value < self.round_unit or value % self.round_unit != 0:
            return False
        digits = int(value)
        while digits % 10 == 0:
            digits //= 10
        return bool(digits < 10**self.round_digits)

    def vague_interval(self, word: str, scale: int = 1) -> Interval:
        """``vague_interval("tens", 1000)`` is "tens of thousands": [20,000, 99,999]."""
        try:
            lo, hi = self.vague[word]
        except KeyError:
            raise QuantityError(f"{word!r} is not a vague amount of this policy") from None
        return Interval(low=float(lo * scale), high=float((hi + 1) * scale - 1))


DEFAULT_POLICY = VaguenessPolicy()

_UNITS = ("people", "percent", "ratio")


MAX_COUNT = 1e15
"""The largest number a quantity may state: far above any count of people, and low enough
that sums and gaps of any number of claims stay finite floats."""


def _check_bounds(instance: Quantity, _: attrs.Attribute[float | None], high: float | None) -> None:
    low = instance.low
    if not math.isfinite(low) or low < 0:
        raise QuantityError(f"low must be a finite number ≥ 0, not {low!r}")
    if high is not None and (not math.isfinite(high) or high < low):
        raise QuantityError(f"high must be a finite number ≥ low ({low:g}), not {high!r}")
    if max(low, high or 0.0) > 2 * MAX_COUNT:  # a hedge widens a stated number by 10% at most
        raise QuantityError(f"{max(low, high or 0.0):g} is larger than any count (at most 1e15)")


def _stated(*numbers: float) -> None:
    for n in numbers:
        if n > MAX_COUNT:
            raise QuantityError(f"{n:g} is larger than any count (at most 1e15)")


@attrs.frozen(kw_only=True)
class Quantity:
    """A stated number with its hedge, as the interval it allows.

    Attributes:
        low: the smallest value the statement allows.
        high: the largest, or ``None`` when unbounded ("at least 116").
        qualifier: the hedge.
        unit: ``"people"`` (counts), ``"percent"`` or ``"ratio"``.
        surface: the text as written ("nearly 800").
        value: the number as stated, when one was (``None`` for ranges and vague amounts).

    >>> q = Quantity.parse("nearly 800")
    >>> (q.low, q.high, q.qualifier.value)
    (720.0, 800.0, 'nearly')
    >>> Quantity.parse("más de 1.345").interval
    Interval(low=1345.0, high=inf, low_open=True, high_open=False)
    """

    low: float = attrs.field(converter=float)
    high: float | None = attrs.field(
        converter=attrs.converters.optional(float), validator=_check_bounds
    )
    qualifier: Qualifier = attrs.field(converter=Qualifier)
    unit: str = "people"
    surface: str = ""
    value: float | None = attrs.field(default=None, converter=attrs.converters.optional(float))
    interval: Interval = attrs.field(init=False, eq=False, repr=False)
    """The interval the statement allows (derived from the fields above, not serialized)."""

    def __attrs_post_init__(self) -> None:
        interval = Interval(
            low=self.low,
            high=math.inf if self.high is None else self.high,
            low_open=self.qualifier is Qualifier.MORE_THAN,
            high_open=self.qualifier is Qualifier.FEWER_THAN,
        )
        if interval.low == interval.high and (interval.low_open or interval.high_open):
            raise QuantityError(
                f"{self.qualifier.value.replace('_', ' ')} {_fmt(interval.low)} allows no count"
            )
        object.__setattr__(self, "interval", interval)

    @classmethod
    def of(
        cls,
        value: float,
        qualifier: Qualifier | str = Qualifier.EXACT,
        *,
        unit: str = "people",
        surface: str | None = None,
        policy: VaguenessPolicy = DEFAULT_POLICY,
    ) -> Quantity:
        """The quantity for a stated ``value`` and hedge; ``surface`` defaults to its wording."""
        q = Qualifier(qualifier)
        if not math.isfinite(value) or value < 0:
            raise QuantityError(f"{value!r} is not a count (a finite number ≥ 0)")
        _stated(value)
        low, high = policy.bounds(value, q)
        if surface is None:
            surface = _HEDGE_WORDS[q] + _fmt(value) + (" percent" if unit == "percent" else "")
        return cls(
            low=low,
            high=high if high != math.inf else None,
            qualifier=q,
            unit=unit,
            surface=surface,
            value=value,
        )

    @classmethod
    def between(
        cls, low: float, high: float | None, *, unit: str = "people", surface: str | None = None
    ) -> Quantity:
        """A stated range; ``high=None`` reads as "at least ``low``"."""
        if high is None:
            return cls.of(low, Qualifier.AT_LEAST, unit=unit, surface=surface)
        if not (math.isfinite(low) and math.isfinite(high)) or not 0 <= low <= high:
            raise QuantityError(f"[{low!r}, {high!r}] is not a range of counts")
        _stated(low, high)
        quantity = cls(low=low, high=high, qualifier=Qualifier.RANGE, unit=unit)
        return attrs.evolve(quantity, surface=surface if surface is not None else quantity.format())

    @classmethod
    def parse(cls, text: str, *, policy: VaguenessPolicy = DEFAULT_POLICY) -> Quantity:
        """Read a hedged number in English or Spanish.

        Accepts every hedge of the policy table ("nearly 800", "más de 1.345", "between
        800 and 1,200", "entre 800 y 1.200", "800–1,200", "hundreds", "decenas de miles"),
        digits with either thousands separator, number words ("ninety-nine", "a dozen",
        "noventa y nueve", "medio millón") and percentages ("120 percent", "35%").

        Raises:
            QuantityError: the text is not a quantity.
        """
        if not isinstance(text, str):
            raise QuantityError(f"{shorten(text)} is not a quantity")
        try:
            reading = _numbers.read_quantity(text)
        except _numbers.NotANumber:
            raise QuantityError(f"{shorten(text)} is not a quantity") from None
        surface = " ".join(text.split())
        unit = reading.unit
        if reading.vague is not None:
            word, scale = reading.vague
            iv = policy.vague_interval(word, scale)
            return cls(
                low=iv.low, high=iv.high, qualifier=Qualifier.VAGUE, unit=unit, surface=surface
            )
        if reading.high is not None:
            if reading.high < reading.low:
                raise QuantityError(f"{shorten(text)}: the range runs backwards")
            return cls.between(reading.low, reading.high, unit=unit, surface=surface)
        qualifier = Qualifier(reading.hedge)
        if (
            qualifier is Qualifier.EXACT
            and unit == "people"
            and (
                reading.in_words_with_scale
                or policy.is_round(reading.low)
                or (reading.with_scale_word and reading.low % policy.round_unit == 0)
            )
        ):
            qualifier = Qualifier.ROUND
        return cls.of(reading.low, qualifier, unit=unit, surface=surface, policy=policy)

    def format(self) -> str:
        """A canonical English wording that [`parse()`][discrepancy.quantity.Quantity.parse] reads
        back to this quantity.

        Public API kept on the model; the wording itself lives in
        `discrepancy.wording.english.quantity`.
        """
        from discrepancy.wording.english import quantity  # the wording imports the model

        return quantity(self)

    def __str__(self) -> str:
        return self.surface or self.format()
