"""The public entry points: :func:`extract` (one text) and :func:`extract_paths` (files)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from discrepancy.claim import Claim
from discrepancy.errors import InputError
from discrepancy.extraction.claims import finalize
from discrepancy.extraction.context import Context, Resolves
from discrepancy.extraction.document import read_document
from discrepancy.extraction.lexicon import LEXICON
from discrepancy.extraction.normal import normalize
from discrepancy.extraction.sentences import split
from discrepancy.extraction.where_places import Finds, PlaceScope
from discrepancy.metrics import MetricRegistry
from discrepancy.orgs import OrgRef

__all__ = ["extract", "extract_paths"]

_LANGS = ("auto", "en", "es")
_SUFFIXES = (".txt", ".md")


def default_resolver() -> Resolves | None:
    """``OrgResolver(OrgRegistry.builtin())`` when the resolver module is there, else ``None``."""
    try:
        from discrepancy.orgs import OrgRegistry
        from discrepancy.resolver import OrgResolver
    except ImportError:  # pragma: no cover - the resolver ships with the package
        return None
    resolver: Resolves = OrgResolver(OrgRegistry.builtin())
    return resolver


def default_gazetteer() -> Finds | None:
    """``Gazetteer.builtin()`` when the places module is there, else ``None``."""
    try:
        from discrepancy.places import Gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return None
    gazetteer: Finds = Gazetteer.builtin()
    return gazetteer


def extract(
    text: str,
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
    lang: str = "auto",
    resolver: Resolves | None = None,
    metrics: MetricRegistry | None = None,
    sha256: str | None = None,
    gazetteer: Finds | None = None,
) -> list[Claim]:
    """Read the numeric claims about people in ``text``.

    Args:
        text: the article (any length; work is linear in it).
        published: the publication date: relative dates ("last Friday") resolve against it,
            never against today; undated claims get it as ``as_of`` (``as_of_inferred``).
        outlet: who published the text (recorded on every claim).
        doc_id: the document id for the evidence spans (default ``"doc"``).
        lang: ``"auto"`` (each paragraph by its words), ``"en"`` or ``"es"``: the language
            of paragraphs whose words do not tell. Both languages' rules always apply.
        resolver: puts claimant mentions on canonical orgs; default: the built-in registry.
        metrics: the metric registry (default: built in).
        sha256: the document's hash, copied into each claim's evidence.
        gazetteer: the places a scope is read from (default: ``Gazetteer.builtin()``).

    Returns:
        The claims in reading order.

    Raises:
        ValueError: ``lang`` is not one of auto, en, es.
    """
    if lang not in _LANGS:
        raise ValueError(f"lang must be one of {', '.join(_LANGS)}, not {lang!r}")
    if not isinstance(text, str):
        raise TypeError(f"text must be a string, not {type(text).__name__}")
    normal = normalize(text)  # NFC; evidence offsets map back to ``text``
    text = normal.text
    sentences = split(text)
    places = gazetteer if gazetteer is not None else default_gazetteer()
    ctx = Context(
        text=text,
        published=published,
        lex=LEXICON,
        metrics=metrics or MetricRegistry.builtin(),
        resolver=resolver if resolver is not None else default_resolver(),
        sentences=sentences,
        spanish_default=lang == "es",
        where=PlaceScope(places, text, sentences) if places is not None else None,
    )
    state = read_document(ctx)
    return finalize(
        state.drafts,
        waves=state.waves,
        doc_id=doc_id or "doc",
        sha256=sha256,
        outlet=OrgRef(mention=outlet) if outlet else None,
        published=published,
        offsets=normal if normal.pieces else None,
    )


def _manifest(path: str | Path) -> dict[str, Mapping[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"is not valid JSON: {exc.msg}", source=str(path)) from None
    if not isinstance(data, list) or not all(
        isinstance(d, Mapping) and isinstance(d.get("file"), str) for d in data
    ):
        raise InputError("must be a JSON list of objects with a 'file'", source=str(path))
    return {str(d["file"]): d for d in data}


def _files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(f for f in path.iterdir() if f.suffix in _SUFFIXES and f.is_file()))
        else:
            out.append(path)
    return out


def _date(value: object, source: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD)", source=source) from None


def extract_paths(
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    published: dt.date | None = None,
    outlet: str | None = None,
    lang: str = "auto",
    resolver: Resolves | None = None,
) -> list[Claim]:
    """Extract from files; a directory means its ``*.txt`` and ``*.md`` files, sorted by name.

    ``manifest`` is a JSON list like ``seeds/documents.json``: per file (by name) its
    ``outlet``, ``published`` and ``language``, which win over the arguments. Each claim's
    ``evidence.doc`` is the file name and ``evidence.sha256`` the file's hash.

    Raises:
        InputError: a file or the manifest cannot be read.
    """
    entries = _manifest(manifest) if manifest is not None else {}
    resolver = resolver if resolver is not None else default_resolver()
    claims: list[Claim] = []
    for path in _files(paths):
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", source=str(path)) from None
        text = data.decode("utf-8", errors="replace")
        entry = entries.get(path.name, {})
        language = entry.get("language", lang)
        claims.extend(
            extract(
                text,
                published=_date(entry.get("published"), str(manifest)) or published,
                outlet=entry.get("outlet", outlet),
                doc_id=path.name,
                lang=language if language in _LANGS else lang,
                resolver=resolver,
                sha256=hashlib.sha256(data).hexdigest(),
            )
        )
    return claims
