"""A figure with no noun said to be a kind of people is a breakdown (session 13, h-what).

"Foro Penal counts 711 prisoners: 530 are civilians and 181 are soldiers; 617 are men", "de
los detenidos, 710 son adultos y (94) son mujeres": the figure names no metric of its own,
and the kind after the copula ("civilians", "mujeres") says which part of the count just
given it is, never an event. So it keeps that count's metric, not the nearest event word of
its sentence ("solo hay un adolescente entre las víctimas" is no death toll). Words in the
tables' ``KIND_NOUNS`` and ``KIND_COPULAS`` (same names in both languages).
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es

__all__ = ["said_kind"]

_KINDS = tables_en.KIND_NOUNS | tables_es.KIND_NOUNS
_COPULAS = tables_en.KIND_COPULAS | tables_es.KIND_COPULAS
_CLOSE = frozenset({")", "]"})


def said_kind(norms: Sequence[str], last: int) -> bool:
    """Whether a copula and a kind of people follow the figure ending at token ``last``
    (past a closing bracket: "(617) son hombres")."""
    j = last
    if j < len(norms) and norms[j] in _CLOSE:
        j += 1
    return j + 1 < len(norms) and norms[j] in _COPULAS and norms[j + 1] in _KINDS
