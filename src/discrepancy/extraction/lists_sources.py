"""The claimant stage's hook for lists (round 9, audit5 P2): each entry of a list
(`discrepancy.extraction.lists`) is given the source it names ("la Guardia Urbana de Vic,
8.000"; "la de Reus": the head's body, of Reus; "Vannes (1,750 according to the police)"),
and never a source named for another entry; the other figures keep what the clause reader
gave them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from discrepancy._numbers import fold
from discrepancy.extraction.lists import Entry, Listing, entry_of, find_listing
from discrepancy.extraction.sentences import Tok

if TYPE_CHECKING:
    from discrepancy.extraction.context import Context
    from discrepancy.orgs import OrgRef

__all__ = ["list_sources", "source_of"]

_ARTICLES = frozenset({"la", "el", "los", "las", "that", "those", "the"})


def source_of(
    text: str,
    toks: Sequence[Tok],
    listing: Listing,
    entry: Entry,
    place_name: Callable[[int, int], str] | None = None,
) -> str | None:
    """The name of the source an entry names: its own ("la Guardia Urbana de Vic": "Guardia
    Urbana de Vic"; "(1,750 according to the police)": "police"), or, for "la de Reus", the
    noun of the nearest source named before it in the list, with the entry's place ("policía
    local de Reus"); ``None`` when the entry names none."""
    if entry.source is not None:
        s, e = entry.source
        return text[toks[s].start : toks[e - 1].end]
    if not entry.elided or entry.place is None:
        return None
    before: Entry | None = None
    for other in listing.entries:
        if other.number >= entry.number:
            break
        if (
            other.source is not None
            and other.place is not None
            and other.place[0] > other.source[0]
        ):
            before = other
    if before is None or before.source is None or before.place is None:
        return None
    noun = text[toks[before.source[0]].start : toks[before.place[0] - 1].end]
    ps, pe = entry.place
    return noun + " " + text[toks[ps].start : toks[pe - 1].end]


def list_sources(
    ctx: Context,
    i: int,
    spans: Sequence[tuple[int, int]],
    found: list[tuple[OrgRef, ...]] | None,
    fallback: Callable[[], tuple[OrgRef, ...]],
) -> list[tuple[OrgRef, ...]] | None:
    """The claimant stage's hook: sentence ``i``'s lists, found once (and kept for the
    scope stage), and each entry that names its own source given that source ("la Guardia
    Urbana de Vic, 8.000"; "la de Reus, 12.000": the head's body, of Reus); the other
    figures keep ``found`` (the sources the clauses gave; ``None``: ``fallback()``, the
    sentence's source, for every figure)."""
    view = ctx.view(i)
    listing = find_listing(view.toks, view.norms, spans)
    if not listing:
        return found
    if ctx.where is not None:
        ctx.where.listings[i] = listing
    names = [
        source_of(ctx.text, view.toks, listing, e) if e is not None else None
        for e in (entry_of(listing, k) for k, _ in spans)
    ]
    if not listing.entries:
        return found
    out = list(found) if found is not None else [fallback()] * len(spans)
    asides: set[str] = set()
    for k, name in enumerate(names):
        if name is not None:
            out[k] = (ctx.ref(name),)
            entry = entry_of(listing, spans[k][0])
            if entry is not None and entry.aside:
                asides.add(_bare(out[k][0].mention))
    toks = view.toks
    sentence = ctx.sentences[i]
    last = toks[spans[-1][0]].start
    for k, name in enumerate(names):
        # "Lyon (3,000 to 5,000) or Vannes (1,750 according to the police)": the police
        # speak for Vannes only; better no source than a wrong one
        own = out[k]
        entry = entry_of(listing, spans[k][0])
        if (
            name is None
            and entry is not None
            and entry.elided
            and own
            and (
                _other_towns(ctx.text, toks, listing, entry, own)
                or _head_named(ctx.text, sentence.start, own, toks[spans[k][0]].start)
            )
        ):
            out[k] = ()  # "those of York, 12,000" after "Leeds city police": never Leeds's
            continue
        if name is not None or not own or entry is None:
            continue
        if all(_bare(r.mention) in asides for r in own) or (
            not entry.head
            and _later_clause(ctx.text, sentence.start, own, toks[spans[k][1] - 1].end, last)
        ):
            out[k] = ()
    return out


def _other_towns(
    text: str, toks: Sequence[Tok], listing: Listing, entry: Entry, refs: Sequence[OrgRef]
) -> bool:
    """Whether a source given to ``entry`` is named for another entry's place ("Leeds city
    police" for "those of York, 12,000"): a town's body speaks for its own town only."""
    if entry.place is None:
        return False
    own = text[toks[entry.place[0]].start : toks[entry.place[1] - 1].end]
    others = {
        text[toks[e.place[0]].start : toks[e.place[1] - 1].end]
        for e in listing.entries
        if e.place is not None and e is not entry
    } - {own}
    return any(any(name in r.mention for name in others) for r in refs)


def _head_named(text: str, start: int, refs: Sequence[OrgRef], at: int) -> bool:
    """Whether every source in ``refs`` is named in the sentence before the figure at
    ``at``: the head's own body, which "those of York" / "la de Reus" sets apart from the
    entry's (a source carried from an earlier sentence may still speak for the list)."""
    return all(text.find(r.mention, start, at) >= 0 for r in refs)


def _later_clause(text: str, start: int, refs: Sequence[OrgRef], end: int, last: int) -> bool:
    """Whether every source in ``refs`` is named in the sentence only after the entry that
    ends at ``end`` and before its last figure at ``last``: the source of a later entry
    ("Lyon (3,100 to 9,000) and Rennes, where the local police put the crowd at 7,500"), not
    of this one, nor of the whole list (a source after the last figure speaks for all)."""
    for r in refs:
        at = text.find(r.mention, start, last)
        if at < 0 or at < end:
            return False
    return True


def _bare(mention: str) -> str:
    """A source's name folded, without its articles ("The Police", "police": one name)."""
    return " ".join(w for w in fold(mention).split() if w not in _ARTICLES)
