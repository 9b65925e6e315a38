"""The public entry point: [`extract()`][discrepancy.extraction.api.extract] (one text); files are
read by `discrepancy.scan`."""

from __future__ import annotations

import datetime as dt
import functools

from discrepancy.claim import Claim
from discrepancy.extraction.claims import finalize
from discrepancy.extraction.context import Context, Resolves
from discrepancy.extraction.document import read_document
from discrepancy.extraction.lexicon import LEXICON
from discrepancy.extraction.normal import normalize
from discrepancy.extraction.sentences import split
from discrepancy.extraction.when_carry import carry_span
from discrepancy.extraction.when_lead_period import lead_period
from discrepancy.extraction.when_then import since_then
from discrepancy.extraction.when_toll import grow
from discrepancy.extraction.where_places import Finds, PlaceScope
from discrepancy.metrics import MetricRegistry
from discrepancy.orgs import OrgRef

__all__ = ["extract"]

_LANGS = ("auto", "en", "es")


def default_resolver() -> Resolves | None:
    """``OrgResolver.builtin()`` (built once per process and shared: its tables took 36 ms to
    build, which every ``extract`` call paid) when the resolver module is there, else
    ``None``."""
    try:
        from discrepancy.resolver import OrgResolver
    except ImportError:  # pragma: no cover - the resolver ships with the package
        return None
    resolver: Resolves = OrgResolver.builtin()
    return resolver


@functools.cache
def default_metrics() -> MetricRegistry:
    """``MetricRegistry.builtin()``, built once per process and shared by the calls that
    pass no registry: building it folds every synonym (about 3 ms, a third of the time
    ``extract`` took on a one-sentence text). Extraction only reads the registry."""
    return MetricRegistry.builtin()


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
        metrics=metrics if metrics is not None else default_metrics(),
        resolver=resolver if resolver is not None else default_resolver(),
        sentences=sentences,
        spanish_default=lang == "es",
        where=PlaceScope(places, text, sentences) if places is not None else None,
    )
    state = read_document(ctx)
    grow(state.drafts, ctx)  # g-when: a disaster's toll up to the day it was told
    carry_span(state.drafts, ctx)  # g-when: a breakdown keeps its total's span
    since_then(state.drafts, ctx)  # g-when: "since then" starts on the day named before
    lead_period(state.drafts, ctx)  # h-when: "its death figures for May. … 4,873 deaths"
    return finalize(
        state.drafts,
        waves=state.waves,
        doc_id=doc_id or "doc",
        sha256=sha256,
        outlet=OrgRef(mention=outlet) if outlet else None,
        published=published,
        offsets=normal if normal.pieces else None,
    )
