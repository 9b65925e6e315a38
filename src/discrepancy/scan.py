"""Article files in: which files a scan reads, what a manifest says of each, an error per bad file.

`scan_paths()` is to article files what [`read_claims()`][discrepancy.records.read_claims] is to
claim records: it returns the claims of every file it could read and one
[`RecordError`][discrepancy.errors.RecordError] per file it could not (``source`` is the file),
so one bad article never costs the others.

Which files are read:

* a file named on the command line is always read;
* a folder with a manifest: the files the manifest names (by their name in the folder), and
  an error for each it names that is not there;
* a folder without a manifest: its ``*.txt`` files, sorted by name (a ``README.md`` beside
  the articles is not an article);
* a file in a folder that is a symbolic link to a place outside the folder is not followed:
  an error says so (a manifest entry such as ``../../etc/passwd`` likewise).

A manifest is a JSON list like ``seeds/documents.json``: per document its ``file`` and,
optionally, ``outlet``, ``published`` (YYYY-MM-DD) and ``language`` (``en``, ``es`` or
``auto``), which win over the arguments; other keys (a title, a note) are ignored. An entry
with a field of the wrong type is an error on that entry, naming it and the field.

`check_extracted()` is the ``check`` of a scan: it compares only the extracted claims
the extractor is sure of (see `withheld()`); the others stay in the report's claims with
a note saying why they were not compared.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from discrepancy._escape import clean
from discrepancy._formats import load_json
from discrepancy._numbers import fold
from discrepancy._scan_rules import (
    SHARE_LIKE,
    dated_apart_only,
    default_scope_apart,
    earlier_grown,
    linked_part,
    one_breakdown,
    one_collective,
    one_voice,
    running_growth,
    sectors_apart,
    share_like,
    sizes_apart,
    told_growth,
    unlinked_part,
)
from discrepancy.claim import Claim, Period
from discrepancy.compare import claimant_keys
from discrepancy.errors import DiscrepancyError, InputError, RecordError, UsageError, shorten
from discrepancy.metrics import MetricRegistry
from discrepancy.quantity import Interval
from discrepancy.records import date_hint, read_claims

if TYPE_CHECKING:
    from discrepancy.check import Resolves
    from discrepancy.compare import Places
    from discrepancy.discrepancies import Kind
    from discrepancy.estimate import EstimatePolicy
    from discrepancy.policy import Policy
    from discrepancy.report import Report

__all__ = [
    "BREAKDOWN",
    "Document",
    "Withheld",
    "check_extracted",
    "documents",
    "extract_paths",
    "one_breakdown",
    "read_manifest",
    "scan_paths",
    "withheld",
]

LANGS = ("auto", "en", "es")
_SUFFIX = ".txt"


@attrs.frozen
class Document:
    """One article to read: its file, the name its evidence cites, and what is known of it."""

    path: Path
    name: str
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None


def _error(source: str, message: str, *, record: int | None = None, field: str = "") -> RecordError:
    return RecordError(source=clean(source), record=record, field=field, message=message)


def _entry(item: object, number: int, source: str) -> Document | RecordError:
    if not isinstance(item, Mapping):
        return _error(source, "must be an object with a 'file'", record=number)
    file = item.get("file")
    if not isinstance(file, str) or not file.strip():
        return _error(
            source, f"must be a file name, not {shorten(file)}", record=number, field="file"
        )
    texts: dict[str, str | None] = {}
    for key in ("outlet", "published", "language"):
        value = item.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            return _error(
                source, f"must be a string, not {shorten(value)}", record=number, field=key
            )
        texts[key] = value.strip() if isinstance(value, str) else None
    language = texts["language"]
    if language is not None and language not in LANGS:
        return _error(
            source,
            f"{shorten(language)} is not one of {', '.join(LANGS)}",
            record=number,
            field="language",
        )
    published = None
    if texts["published"] is not None:
        try:
            published = parse_date(texts["published"])
        except ValueError as exc:
            return _error(source, str(exc), record=number, field="published")
    return Document(
        path=Path(file), name=file, outlet=texts["outlet"], published=published, language=language
    )


def parse_date(text: str) -> dt.date:
    """A YYYY-MM-DD date; anything else is a ``UsageError`` that says what was expected."""
    try:
        if len(text) != 10 or text[4] != "-" or text[7] != "-":
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{shorten(text)} is not a date: {date_hint(text)}") from None


def read_manifest(path: str | Path) -> tuple[dict[str, Document], list[RecordError]]:
    """The entries of a manifest by file name, and one error per bad entry.

    Raises:
        InputError: the manifest cannot be read, is not UTF-8 JSON, or is not a list.
    """
    source = clean(str(path))
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=source) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not valid UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start})",
            source=source,
        ) from None
    items = load_json(text, source, what="a manifest")
    if not isinstance(items, list):
        raise InputError(
            f"must be a JSON list of objects with a 'file', not {type(items).__name__}",
            source=source,
        )
    entries: dict[str, Document] = {}
    errors: list[RecordError] = []
    for number, item in enumerate(items, start=1):
        entry = _entry(item, number, source)
        if isinstance(entry, RecordError):
            errors.append(entry)
        elif entry.name in entries:
            errors.append(
                _error(source, f"{entry.name!r} is listed twice", record=number, field="file")
            )
        else:
            entries[entry.name] = entry
    return entries, errors


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return False


def documents(
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
) -> tuple[list[Document], list[RecordError]]:
    """The documents a scan reads (see the module's rules), and one error per bad entry."""
    entries, errors = read_manifest(manifest) if manifest is not None else ({}, [])
    found: list[Document] = []
    used: set[str] = set()
    folders = 0
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            entry = entries.get(path.name, Document(path=path, name=path.name))
            used.add(path.name)
            found.append(attrs.evolve(entry, path=path, name=path.name))
            continue
        folders += 1
        if manifest is not None:
            names = [name for name in entries if (path / name).exists()]
        else:
            names = sorted(p.name for p in path.iterdir() if p.suffix.lower() == _SUFFIX)
        for name in names:
            used.add(name)
            file = path / name
            if not _inside(file, path):
                errors.append(_error(str(file), f"is outside {path}: links out are not followed"))
            elif file.is_file():
                entry = entries.get(name, Document(path=file, name=name))
                found.append(attrs.evolve(entry, path=file, name=file.name))
            elif manifest is not None:
                errors.append(_error(str(file), "is named in the manifest but is not a file"))
    if folders and manifest is not None:
        folder_names = ", ".join(str(p) for p in paths if Path(p).is_dir())
        for name in entries:
            if name not in used:
                errors.append(
                    _error(str(manifest), f"names {name!r}, which is not in {folder_names}")
                )
    seen: set[Path] = set()
    unique = []
    for doc in found:
        key = doc.path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(doc)
    return unique, errors


def _text(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise InputError("holds NUL bytes: a binary file, not text", source=name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"is not UTF-8 text (byte {data[exc.start]:#04x} at offset {exc.start})",
            source=name,
        ) from None


def _checked(claims: Sequence[Claim], name: str) -> tuple[list[Claim], list[RecordError]]:
    """The claims whose records ``check`` reads back; an error for any it would refuse."""
    from discrepancy.records import claim_to_record

    records = [claim_to_record(c) for c in claims]
    _, errors = read_claims(records, name=name)
    bad = {e.record for e in errors}
    return [c for k, c in enumerate(claims, start=1) if k not in bad], [
        attrs.evolve(e, message=f"extracted a claim that cannot be written: {e.message}")
        for e in errors
    ]


def scan_paths(
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    lang: str = "auto",
    resolver: Resolves | None = None,
    metrics: MetricRegistry | None = None,
) -> tuple[list[Claim], list[RecordError]]:
    """Extract the claims of article files; one error per file or manifest entry that fails.

    ``manifest`` entries win over ``published``, ``outlet`` and ``lang``. Each claim's
    ``evidence.doc`` is the file name and ``evidence.sha256`` the file's hash.

    Raises:
        InputError: the manifest cannot be read at all.
        UsageError: ``lang`` is not one of auto, en, es.
    """
    from discrepancy.errors import UsageError
    from discrepancy.extraction import api  # the extractor loads only when a scan needs it

    if lang not in LANGS:
        raise UsageError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    docs, errors = documents(list(paths), manifest=manifest)
    resolver = resolver if resolver is not None else api.default_resolver()
    claims: list[Claim] = []
    for doc in docs:
        source = clean(str(doc.path))
        try:
            data = doc.path.read_bytes()
            found = api.extract(
                _text(data, source),
                published=doc.published or published,
                outlet=doc.outlet or outlet,
                doc_id=doc.name,
                lang=doc.language or lang,
                resolver=resolver,
                metrics=metrics,
                sha256=hashlib.sha256(data).hexdigest(),
            )
            good, bad = _checked(found, source)
        except OSError as exc:
            errors.append(_error(source, f"cannot read: {exc.strerror or exc}"))
        except InputError as exc:
            errors.append(_error(source, exc.message))
        except DiscrepancyError as exc:
            errors.append(_error(source, str(exc)))
        except Exception as exc:  # one article must never stop a scan
            errors.append(_error(source, _internal(exc)))
        else:
            claims.extend(good)
            errors.extend(bad)
    return claims, errors


def _internal(exc: BaseException) -> str:
    return (
        f"could not be read: {type(exc).__name__}: {shorten(str(exc))[1:-1]}"
        " (a bug in discrepancy: please report it with this file)"
    )


def extract_paths(
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    lang: str = "auto",
    resolver: Resolves | None = None,
) -> list[Claim]:
    """`scan_paths()` for callers that want every file read or an error.

    Raises:
        RecordError: the first file or manifest entry that failed.
        InputError: the manifest cannot be read at all.
    """
    claims, errors = scan_paths(
        paths, manifest=manifest, published=published, outlet=outlet, lang=lang, resolver=resolver
    )
    if errors:
        raise errors[0]
    return claims


UNNAMED = (
    "scan does not set it against the other figures of its own text: no source is named for it"
)
SUPERSEDED = "scan compares it only with the figure its text replaces it with"
GENERIC = (
    "scan does not compare it: it counts people with no event or known noun, so what it "
    "counts is not known"
)
SEATS = (
    "scan does not compare it: it counts the seats of a body (delegates, deputies) with no "
    "event, its holder's share of that body, never a toll two sources dispute"
)
BREAKDOWN = 3
"""A source giving this many figures of one metric, place and date in one text, no one count
fitting any two of them, is giving a breakdown (by group, place or period)."""
_BREAKDOWN_REASON = (
    "scan does not compare it: its source gives {n} figures of this metric, place and date "
    "in this text that no one count fits (a breakdown, not rival counts)"
)

_Key = tuple[str, frozenset[str], str, str, str | None, Period | None]


@attrs.frozen
class Withheld:
    """What a scan does not compare, and why (see `withheld()`).

    Attributes:
        reasons: claim id → why it is withheld, for every claim withheld in any way.
        unnamed: claim id → its document, for the figures no source is named for: not
            compared with the claims of that document.
        names: claim id → the words of each claimant name (two names of one text, one
            holding the other's words, are one source).
        bases: claim id → the words of the population a share is of, where stated.
    """

    reasons: Mapping[str, str]
    unnamed: Mapping[str, str]
    names: Mapping[str, tuple[frozenset[str], ...]] = attrs.field(factory=dict)
    bases: Mapping[str, frozenset[str]] = attrs.field(factory=dict)

    def comparable(self, a: Claim, b: Claim) -> bool:
        """Whether a scan sets ``a`` against ``b``.

        A pair the text links as a revision (one ``supersedes`` the other: "corrected the
        toll to 640", "should have read 170,000") is always set against each other, even when
        both are one body's figures or one voice: the engine reports it as a revision, never
        a contradiction, and no rule for rival figures applies to it."""
        if a.supersedes == b.id or b.supersedes == a.id:
            return a.metric == b.metric and a.quantity.unit == b.quantity.unit
        if one_breakdown(a, b) or one_collective(a, b) or one_voice(a, b):
            return False
        if dated_apart_only(a, b) or default_scope_apart(a, b) or sizes_apart(a, b):
            return False
        if unlinked_part(a, b) or linked_part(a, b):  # "five of the injured": a subset
            return False
        if sectors_apart(a, b):  # round 10: shares of two sectors' workforces
            return False
        if running_growth(a, b) or told_growth(a, b):  # session 10: one toll told twice
            return False
        if earlier_grown(a, b):  # session 13: "officials earlier reported six dead"
            return False
        reasons = self.reasons
        if a.id not in reasons and b.id not in reasons:
            return not self._one_source(a, b) and self._same_base(a, b)
        doc_a, doc_b = self.unnamed.get(a.id), self.unnamed.get(b.id)
        if (a.id in reasons and doc_a is None) or (b.id in reasons and doc_b is None):
            return False  # replaced, or part of a breakdown: compared with nothing
        own = a.evidence.doc if a.evidence is not None else None
        other = b.evidence.doc if b.evidence is not None else None
        return own != other

    def _same_base(self, a: Claim, b: Claim) -> bool:
        """Two shares of stated populations that differ ("28% of employees", "70% of
        teachers") are shares of two things; one holding the other's words is not told
        apart ("teachers", "primary teachers")."""
        x, y = self.bases.get(a.id), self.bases.get(b.id)
        return x is None or y is None or x <= y or y <= x

    def _one_source(self, a: Claim, b: Claim) -> bool:
        """Two single sources of one text, named so that one name holds every word of the
        other ("Alejandro" and "Rafaelito Alejandro", "the ministry" and "the Health
        Ministry"), that the engine would take for two sources: one source."""
        if a.evidence is None or b.evidence is None or a.evidence.doc != b.evidence.doc:
            return False
        x, y = self.names.get(a.id, ()), self.names.get(b.id, ())
        if len(x) != 1 or len(y) != 1 or not x[0] or not y[0]:
            return False
        if not (x[0] <= y[0] or y[0] <= x[0]):
            return False
        return claimant_keys(a).isdisjoint(claimant_keys(b))  # else the engine knows


def withheld(claims: Iterable[Claim]) -> Withheld:
    """The extracted claims a scan does not compare, or compares only with other texts.

    A claim read from news text is compared only when extraction is sure what it counts and
    whose it is. Per document (``evidence.doc``):

    * a figure no source is named for (neither a claimant nor the outlet's own voice) is not
      set against the other figures of its own text: a headline or background figure may
      restate one of them, count a part of it or be an earlier running total, and the
      article gives no second source that disagrees. It is still compared with the figures
      of other texts (another outlet's count of the same day);
    * a figure whose metric says only "people" (``GENERIC_PEOPLE`` in the extraction
      tables: no event, no noun the metric registry knows) is compared with nothing: what
      it counts (the dead, the displaced, a crowd) is not known;
    * a figure its text replaces ("rose from 9 to 12": the 9, which another claim
      ``supersedes``) is compared with nothing but the claim replacing it (a revision);
    * the figures of a source that gives `BREAKDOWN` or more figures of one metric,
      place and date in one text, no one count fitting any two ("1,246 Indians, 7,874
      Venezuelans, 11,070 Ecuadorians"; not "nearly 800" and "777", one figure restated),
      are parts of a breakdown extraction could not tell apart: compared with nothing. The
      whole of the breakdown (its first figure, when at least the sum of the others:
      "2,801, of whom 700 …, 240 … and 300 …") is still compared.

    Figures of one source and one metric in one sentence are one breakdown
    (`one_breakdown()`): never set against each other, unless one replaces or holds the other.
    A "count" of at most 100 with a fraction is a share whose "%" was left out, compared
    with nothing (`share_like()`); a generic collective ("los sindicatos") and its named
    members in one text are one source (`one_collective()`). A precise count and a figure
    of its text at least ten times larger or smaller are a part and a whole, never rivals
    (`sizes_apart()`; two estimates that far apart are still a dispute).

    And two claims of one text whose claimant names hold one another's words ("Rosa Elena
    Marquez" and later "Marquez", "the Health Ministry" and "the ministry") are one
    source's figures, never two sources disagreeing; two shares of different stated
    populations ("28% of employees", "70% of teachers") are never one quantity
    (`Withheld.comparable()`).

    Claims without evidence (curated records, not read from text) are never withheld. The
    rules read the claims only, so claims read back from JSON get the same answer.
    """
    items = sorted(
        (c for c in claims if c.evidence is not None),
        key=lambda c: (c.evidence.doc, c.evidence.start) if c.evidence is not None else ("", 0),
    )
    reasons: dict[str, str] = {}
    unnamed: dict[str, str] = {}
    replaced = {c.supersedes for c in items if c.supersedes is not None}
    memo: dict[str, str] = {}
    values: dict[_Key, list[Interval]] = defaultdict(list)
    keys: dict[str, _Key] = {}
    generic = _generic_people()
    seats = _seat_holders()
    for c in items:
        assert c.evidence is not None
        if c.metric in generic:
            reasons[c.id] = GENERIC
            continue
        if c.metric in seats:  # session 13: "30 de los 37 delegados", "cuatro delegados"
            reasons[c.id] = SEATS
            continue
        if share_like(c):
            reasons[c.id] = SHARE_LIKE
            continue
        if not c.claimants and not c.claimant_is_outlet:
            reasons[c.id] = UNNAMED
            unnamed[c.id] = c.evidence.doc
            continue
        if c.id in replaced:
            reasons[c.id] = SUPERSEDED
            continue
        key: _Key = (
            c.evidence.doc,
            claimant_keys(c, memo),
            c.metric,
            c.quantity.unit,
            c.scope,
            c.as_of,
        )
        keys[c.id] = key
    for c in items:
        key_of = keys.get(c.id)
        if key_of is None or (c.part_of is not None and keys.get(c.part_of) == key_of):
            continue  # a part of a whole in its own group: set against that whole, as a part
        values[key_of].append(c.quantity.interval)
    apart = {key: _disjoint(found) for key, found in values.items() if len(found) >= BREAKDOWN}
    wholes = {key: _whole(values[key]) for key, n in apart.items() if n >= BREAKDOWN}
    for c in items:
        group = keys.get(c.id)
        if group is None or group not in wholes or keys.get(c.part_of or "") == group:
            continue
        whole = wholes[group]
        if whole is None or not whole.overlaps(c.quantity.interval):
            reasons[c.id] = _BREAKDOWN_REASON.format(n=apart[group])
    names = {c.id: tuple(_name_words(r.mention) for r in c.claimants) for c in items if c.claimants}
    unstated = generic | _share_nouns()  # round 8: "la adhesión fue del 95%" names no base
    bases = {c.id: base for c in items if (base := _base(c, unstated))}
    return Withheld(reasons=reasons, unnamed=unnamed, names=names, bases=bases)


def _base(claim: Claim, generic: frozenset[str]) -> frozenset[str]:
    """The population a share is of, as its counted words ("65% of teachers": teachers);
    empty when it is not a share or the text names none ("77%", "70 percent of people")."""
    if claim.quantity.unit != "percent" or not claim.metric_text:
        return frozenset()
    words = _name_words(claim.metric_text) - _OWNERS
    if any(w[:1].isdigit() for w in words) or words <= generic:
        return frozenset()
    return frozenset(_STAFF.get(w, w) for w in (w.removesuffix("s") for w in words))


_OWNERS = frozenset({"its", "their", "his", "her", "su", "sus"})
"""Possessives before a share's population ("11% of its employees"): whose, not which people."""
_STAFF = dict.fromkeys(
    # "trabajadore": "trabajadores" less the plural "s" that `_base` takes off
    (
        "employee",
        "staff",
        "personnel",
        "workforce",
        "empleado",
        "plantilla",
        "personal",
        "trabajadore",
    ),
    "worker",
)
"""Session 12: the nouns of a workforce are one population ("75% of public sector workers"
and "11% of its employees" are shares of one thing, set against each other)."""


def _share_nouns() -> frozenset[str]:
    """Nouns that name a share itself ("adhesión", "turnout"), not the population it is of."""
    from discrepancy.extraction import tables_en, tables_es  # only when a scan runs

    return frozenset(tables_en.SHARE_NOUNS) | frozenset(tables_es.SHARE_NOUNS)


def _generic_people() -> frozenset[str]:
    from discrepancy.extraction import tables_en, tables_es  # only when a scan runs

    return tables_en.GENERIC_PEOPLE | tables_es.GENERIC_PEOPLE


def _seat_holders() -> frozenset[str]:
    from discrepancy.extraction import tables_en, tables_es  # only when a scan runs

    return tables_en.SEAT_HOLDERS | tables_es.SEAT_HOLDERS


_NAME_STOP = frozenset(
    {"the", "of", "for", "and", "in", "de", "del", "la", "las", "el", "los", "y", "en", "s"}
)


def _name_words(mention: str) -> frozenset[str]:
    """The words of a claimant's name that tell it apart (folded, no articles)."""
    words = "".join(ch if ch.isalnum() else " " for ch in fold(mention)).split()
    return frozenset(w for w in words if w not in _NAME_STOP)


def _whole(intervals: Sequence[Interval]) -> Interval | None:
    """The whole of a breakdown, in text order: its first figure, when that is at least the
    sum of the figures that do not restate it ("2,801 hostages: 700 held by one group, 240
    by another, 300 by a third"); ``None`` otherwise (a list of parts: "1,200 Haitians,
    5,400 Venezuelans and 9,800 Ecuadorians")."""
    first = intervals[0]
    rest = sum(i.low for i in intervals if not i.overlaps(first))
    return first if first.low >= rest else None


def _disjoint(intervals: Sequence[Interval]) -> int:
    """How many of ``intervals`` at most share no point: "nearly 800", "777" and "hundreds"
    are one figure restated; 1,246, 7,874 and 11,070 are three (a greedy sweep by upper
    end, which finds the largest such set)."""
    count = 0
    last: Interval | None = None
    for interval in sorted(intervals, key=lambda i: (i.high, i.low)):
        if last is None or not last.overlaps(interval):
            count += 1
            last = interval
    return count


def check_extracted(
    claims: Iterable[Claim],
    *,
    policy: Policy | None = None,
    metrics: MetricRegistry | None = None,
    resolver: Resolves | None = None,
    errors: Iterable[RecordError] = (),
    kinds: Iterable[Kind | str] | None = None,
    gazetteer: Places | None = None,
    estimates: bool | EstimatePolicy = False,
) -> Report:
    """[`check()`][discrepancy.check.check] for claims read from text (the arguments are its own).

    Only the comparisons `withheld()` allows are made; the report still lists every
    claim, a withheld one with a note saying what scan did not compare it with, and why.
    """
    from discrepancy.check import check

    items = list(claims)
    skip = withheld(items)
    report = check(
        items,
        policy=policy,
        metrics=metrics,
        resolver=resolver,
        errors=errors,
        kinds=kinds,
        gazetteer=gazetteer,
        estimates=estimates,
        comparable=skip.comparable if skip.reasons or skip.names or _read(items) else None,
    )
    if not skip.reasons:
        return report
    noted = tuple(
        attrs.evolve(c, note=_noted(c.note, skip.reasons[c.id])) if c.id in skip.reasons else c
        for c in report.claims
    )
    return attrs.evolve(report, claims=noted)


def _read(claims: Iterable[Claim]) -> bool:
    return any(c.evidence is not None for c in claims)


def _noted(note: str | None, reason: str) -> str:
    return f"{note}; {reason}" if note else reason
