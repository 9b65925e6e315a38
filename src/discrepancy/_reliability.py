"""How far each source can be trusted: agreement with the consensus, corrected for few claims.

A source's record is counted over the quantities with enough independent sources to have a
consensus (see [`discrepancy.estimate`][discrepancy.estimate]). Two long-tail corrections are
offered, so that a
source with one claim gets a weight close to what it would get with none, either way:

* ``shrunk`` (the default): the agreement rate shrunk towards the pooled rate of all sources,
  ``(agreed + k·p) / (judged + k)``, divided by ``p`` so that an unknown source weighs 1;
* ``chi2``: CATD's weight (Li et al., VLDB 2015), the lower ``α/2`` quantile of the
  chi-square distribution with as many degrees of freedom as the source made claims, over the
  sum of its squared relative errors (plus a smoothing term per claim), scaled so that a
  source that is never wrong over many claims weighs ``max_weight``.

Either way a weight is capped at ``max_weight``: one prolific source cannot decide alone.
``benchmarks/estimate_synth.py`` measures both; docs/estimates.md says which was chosen.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from statistics import NormalDist

import attrs

__all__ = ["Method", "Tally", "weights"]


class Method(enum.StrEnum):
    """The long-tail correction of source weights."""

    SHRUNK = "shrunk"
    CHI2 = "chi2"


@attrs.define
class Tally:
    """What is known of one source: its claims, and how it fared where it could be judged."""

    claims: int = 0
    judged: int = 0
    agreed: int = 0
    squared_error: float = 0.0


def _chi2_lower(p: float, dof: int) -> float:
    """The ``p`` quantile of chi-square with ``dof`` degrees of freedom (Wilson–Hilferty).

    Accurate to a few percent from one degree of freedom up, which is all a weight needs.
    """
    z = NormalDist().inv_cdf(p)
    k = float(dof)
    base = 1 - 2 / (9 * k) + z * math.sqrt(2 / (9 * k))
    return k * max(base, 0.0) ** 3 if base > 0 else k * 1e-6


def weights(
    tallies: Mapping[str, Tally],
    *,
    method: Method,
    prior: float,
    max_weight: float,
    alpha: float,
    smoothing: float,
) -> dict[str, tuple[float, bool]]:
    """Each source's weight and whether the cap cut it, by source key.

    Args:
        tallies: what is known of each source.
        method: the long-tail correction.
        prior: ``shrunk``: how many judged claims the pooled rate counts as.
        max_weight: no weight is larger.
        alpha: ``chi2``: the quantile is ``alpha / 2``.
        smoothing: ``chi2``: the squared relative error every claim counts at least.
    """
    out: dict[str, tuple[float, bool]] = {}
    if method is Method.SHRUNK:
        judged = sum(t.judged for t in tallies.values())
        agreed = sum(t.agreed for t in tallies.values())
        pooled = agreed / judged if judged else 1.0
        for key, t in tallies.items():
            # where nobody agrees with anybody, no source is better than another
            raw = 1.0 if pooled <= 0 else (t.agreed + prior * pooled) / (t.judged + prior) / pooled
            out[key] = (min(raw, max_weight), raw > max_weight)
        return out
    for key, t in tallies.items():
        n = max(t.claims, 1)
        raw = _chi2_lower(alpha / 2, n) / (t.squared_error + smoothing * n)
        scaled = raw * smoothing * max_weight  # never wrong over many claims: max_weight
        out[key] = (min(scaled, max_weight), scaled > max_weight)
    return out
