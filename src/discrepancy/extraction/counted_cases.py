"""Cases of a disease: the words a case count is counted under keep the disease's name.

Health bulletins give several diseases in one sentence ("210 casos de dengue contra 480 del año
anterior, 35 de paludismo contra 12"): read as bare "casos", every figure was one count, the
dengue cases set against the malaria ones and a bare figure after "contra" given the deaths
named at the end of the sentence. The rule (session 10, g-metric): a case head ("cases",
"casos", the singular "case" / "caso") followed by "of" / "de" and a disease of the tables'
``DISEASE_NAMES`` ("cases of measles", "casos confirmados de sarampión") is counted under the
whole phrase; a figure of a list whose head was left out ("35 de paludismo") is counted under
that head and its own disease. Infections and "contagios" are cases only where their disease
is named ("40 measles infections", "contagios de sarampión"). The words keep the
disease, so a reader sees which disease, and so does the registry's slug of a narrowed count
("suspected cases of cholera").

Session 10 (g-cases): the metric of a count of cases of a named disease is the registry's
`cases` narrowed to that disease ("cases:dengue", `DISEASE_METRIC_KEYS` putting "sarampión"
and "measles" on one name), also where the disease is a modifier ("45 cholera cases"): two
sources' dengue and malaria cases for one place and time are no longer rivals. Bare "cases"
stay `cases`, unless the whole document names one disease only (`document_disease`): then
"567 cases" in a cholera bulletin are cholera cases.

Session 13 (h-scan): cases of an offence or abuse (`CASE_OFFENCES`: "35 casos de tortura",
"cases of enforced disappearance", "12 torture cases") are counted under ``cases:<offence>``:
never cases of a disease, nor of the one disease the document names (scan set a count of
torture cases against the health ministry's cholera cases).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_noun import NounPhrase
from discrepancy.extraction.indexes import Metrics
from discrepancy.extraction.sentences import Tok
from discrepancy.metrics import qualified

__all__ = ["CaseWords", "disease_cases", "document_disease"]

_HEADS = tables_en.CASE_HEADS | tables_es.CASE_HEADS | frozenset({"case", "caso"})
_INFECTIONS = tables_en.DISEASE_CASE_HEADS | tables_es.DISEASE_CASE_HEADS
_NARROWERS = tables_en.CASE_NARROWERS | tables_es.CASE_NARROWERS
_OFFENCES = tables_en.CASE_OFFENCES | tables_es.CASE_OFFENCES
_OF = frozenset({"of", "de", "del"})
_ARTICLES = frozenset({"the", "la", "el"})
_NARROWER_REACH = 2
"""At most this many narrowing words between a case head and its disease ("casos confirmados
de sarampión")."""


def _by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for name in tables_en.DISEASE_NAMES + tables_es.DISEASE_NAMES:
        found.setdefault(name[0], []).append(name)
    return {w: tuple(sorted(names, key=len, reverse=True)) for w, names in found.items()}


_DISEASES = _by_first()
_KEYS = tables_en.DISEASE_METRIC_KEYS | tables_es.DISEASE_METRIC_KEYS
_CASES = "cases"


class CaseWords(NamedTuple):
    """The words a case figure is counted under, and its metric (``None``: keep the one read)."""

    text: str
    metric: str | None


def _disease_end(toks: Sequence[Tok], norms: Sequence[str], k: int) -> int | None:
    """Just past the name of a disease that starts at ``k`` ("dengue", "fiebre amarilla",
    "COVID-19"), else ``None``."""
    n = len(norms)
    for name in _DISEASES.get(norms[k], ()) if k < n else ():
        end = k + len(name)
        if tuple(norms[k:end]) == name:
            if end + 1 < n and norms[end] == "-" and toks[end + 1].kind == "n":
                end += 2  # "COVID-19"
            return end
    return None


def _disease_key(norms: Sequence[str], k: int) -> str:
    """The name the cases of the disease named at ``k`` are counted under ("sarampión": measles)."""
    for name in _DISEASES.get(norms[k], ()):
        if tuple(norms[k : k + len(name)]) == name:
            words = " ".join(name)
            return _KEYS.get(words, words)
    return norms[k]


def _disease_after(toks: Sequence[Tok], norms: Sequence[str], k: int) -> int | None:
    """Just past "of / de [the] <disease>" from ``k`` (narrowing words first), else ``None``."""
    n = len(norms)
    j = k
    while j < n and j - k < _NARROWER_REACH and norms[j] in _NARROWERS:
        j += 1
    if j + 1 >= n or norms[j] not in _OF:
        return None
    j += 1
    if j + 1 < n and norms[j] in _ARTICLES:
        j += 1
    return _disease_end(toks, norms, j)


def _disease_in(toks: Sequence[Tok], norms: Sequence[str], first: int, last: int) -> int | None:
    """Where a disease is named among the words ``[first, last)`` ("measles infections")."""
    return next((j for j in range(first, last) if _disease_end(toks, norms, j) is not None), None)


def _start_of(norms: Sequence[str], end: int) -> int:
    """The first word of the disease name that ends at ``end`` (a "-19" after it set aside)."""
    if end >= 2 and norms[end - 2] == "-":
        end -= 2
    for start in range(max(0, end - 4), end):
        if tuple(norms[start:end]) in _DISEASES.get(norms[start], ()):
            return start
    return end - 1


def disease_cases(
    toks: Sequence[Tok],
    norms: Sequence[str],
    text: str,
    np: NounPhrase,
    figure: tuple[int, int],
    metric: str | None,
    metrics: Metrics,
) -> CaseWords | None:
    """The words (and metric) of a case figure that names its disease, per the module's rule;
    ``None`` where the figure is no case count or names no disease."""
    first, last = figure
    if np.kind not in ("noun", "person") or np.last <= np.first:
        return None
    head = norms[np.last - 1]
    start = toks[np.first].start
    if np.first >= last:  # the noun after the figure: "63 casos de cólera"
        if head not in _HEADS and head not in _INFECTIONS:
            return None
        end = _disease_after(toks, norms, np.last)
        if end is not None:
            disease = _disease_key(norms, _start_of(norms, end))
        elif (inside := _disease_in(toks, norms, np.first, np.last - 1)) is not None:
            end = np.last  # "40 measles infections", "45 cholera cases"
            disease = _disease_key(norms, inside)
        elif head in _HEADS:  # session 13: "35 cases of torture", "12 torture cases"
            return _offence_cases(toks, norms, text, np)
        else:
            return None
        words = text[start : toks[end - 1].end]
    elif head in _HEADS and np.last <= first:  # a list's head left out: "35 de paludismo"
        end = _disease_after(toks, norms, last)
        if end is None:
            return None
        disease = _disease_key(norms, _start_of(norms, end))
        own = text[toks[last].start : toks[end - 1].end]
        words = f"{text[start : toks[np.last - 1].end]} {own}"
    else:
        return None
    if head in _INFECTIONS or metric is None or metric == _CASES:
        return CaseWords(words, qualified(_CASES, disease))
    if not metrics.registry.known(metric):  # a narrowed count keeps its disease apart
        return CaseWords(words, metrics.normalize(words))
    return CaseWords(words, None)


def _offence_cases(
    toks: Sequence[Tok], norms: Sequence[str], text: str, np: NounPhrase
) -> CaseWords | None:
    """Cases of an offence or abuse (`CASE_OFFENCES`) named after the case head ("35 casos de
    tortura", "cases of ill-treatment") or right before it ("12 torture cases"): counted under
    ``cases:<offence>``, never as cases of a disease (session 13)."""
    j, n = np.last, len(norms)
    while j < n and j - np.last < _NARROWER_REACH and norms[j] in _NARROWERS:
        j += 1
    if j + 1 < n and norms[j] in _OF:
        j += 1 + (norms[j + 1] in _ARTICLES and j + 2 < n)
        if norms[j] not in _OFFENCES and j + 1 < n and toks[j].kind == "w":
            j += 1  # one modifier first: "cases of enforced disappearance", "sexual abuse"
        if norms[j] in _OFFENCES:
            words = text[toks[np.first].start : toks[j].end]
            return CaseWords(words, qualified(_CASES, norms[j]))
    before = np.last - 2
    if before >= np.first and norms[before] in _OFFENCES:
        words = text[toks[np.first].start : toks[np.last - 1].end]
        return CaseWords(words, qualified(_CASES, norms[before]))
    return None


def document_disease(text: str) -> str | None:
    """The one disease a document names, as cases are counted under it, or ``None`` where it
    names none or several: bare "cases" in a bulletin about cholera are cholera cases."""
    folded = fold(text)
    norms = "".join(ch if ch.isalnum() else " " for ch in folded).split()
    found: set[str] = set()
    for k, word in enumerate(norms):
        if word in _DISEASES and _disease_end_words(norms, k):
            found.add(_disease_key(norms, k))
            if len(found) > 1:
                return None
    return found.pop() if found else None


def _disease_end_words(norms: Sequence[str], k: int) -> bool:
    return any(tuple(norms[k : k + len(name)]) == name for name in _DISEASES.get(norms[k], ()))
