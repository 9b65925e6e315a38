"""One source, one name per document: a short form of a name the text gave in full.

News names a body in full once and shortly after that ("Katsina State Police … the state
police said"; "el Comité de Huelga de Metro … el comité de huelga"). Read alone, the two
mentions are two claimants, and `check` would compare the body with itself. Within one
document, a claimant mention whose words all appear in one fuller claimant mention (at least
two words, the same first or last word — the head, in Spanish or English order — and the
fuller one names more) is that body; so is a one-word mention that is the head of a body
("la Fiscalía", "the Agency", round 10: `BODY_SHORT_HEADS`), and mentions with
the same words are one name. Possessives and articles do not count ("Niger State's
government" is "Niger State government"). Mentions the registry resolved keep their
reference; a short form that fits two different fuller names is left as written (never
forced).

Round 12: a person is one source under every name the text gives them. A title written as
its acronym before the rest of a fuller name ("CFO Whitcombe" after "Chief Fire Officer Dana
Whitcombe": the acronym's letters open the fuller name's first words, and its other words
end it) and a surname alone ("Whitcombe") after one titled full name ending in it are that
person (`_titled`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.orgs import OrgRef

__all__ = ["apply", "corefer"]

_SKIP = frozenset(["a", "an", "and", "de", "del", "el", "la", "las", "los", "of", "the", "y"])
"""Words that do not tell two names apart."""
_SHORT_HEADS = tables_en.BODY_SHORT_HEADS | tables_es.BODY_SHORT_HEADS
"""Round 10: one-word mentions that may stand for a fuller name ("la Fiscalía" for "la Fiscalía
General del Estado"): the head of a body, never a name of its own (an acronym, a surname)."""
_BUCKET = 64
"""At most this many mentions sharing a first or last word are compared with each other
(hostile text could hold thousands; news holds a handful), so the pass stays linear."""


def _words(mention: str) -> tuple[str, ...]:
    out = []
    for raw in mention.split():
        w = fold(raw).strip(".,;:()\"'’")
        for tail in ("'s", "’s"):
            if w.endswith(tail):
                w = w[: -len(tail)]
        w = w.rstrip("'’")
        if w and w not in _SKIP:
            out.append(w)
    return tuple(out)


_ROUNDS = 8
"""At most this many passes: a pass that merges names can settle a short form another pass
found ambiguous; each pass merges at least one mention, so news settles in one or two."""


def corefer(groups: Sequence[tuple[OrgRef, ...]]) -> dict[str, OrgRef]:
    """Map the mention of each short form in ``groups`` to the fuller reference it stands for
    (`_corefer_once`), repeated on the merged names until nothing more merges, so that
    applying the map and reading again maps nothing new (round 9: one pass was not)."""
    out: dict[str, OrgRef] = {}
    current = list(groups)
    for _ in range(_ROUNDS):
        found = {m: r for m, r in _corefer_once(current).items() if r.mention != m}
        if not found:
            break
        for mention, target in list(out.items()):
            out[mention] = found.get(target.mention, target)
        for mention, target in found.items():
            out.setdefault(mention, target)
        current = apply(current, found)
    return out


def _corefer_once(groups: Sequence[tuple[OrgRef, ...]]) -> dict[str, OrgRef]:
    """Map the mention of each short form in ``groups`` (a document's claimant tuples, in
    text order) to the fuller reference it stands for; other mentions are left out.

    Mentions with the same words are one name (the first written stands for the others). A
    short form goes to the fullest name that holds it; where two fullest names hold it, it is
    left alone. Applying the map and reading again maps nothing new (tested)."""
    refs: dict[str, OrgRef] = {}
    for group in groups:
        for ref in group:
            refs.setdefault(ref.mention, ref)
    first: dict[frozenset[str], str] = {}
    variants: dict[str, list[str]] = {}
    by_head: dict[tuple[bool, str], list[tuple[str, frozenset[str]]]] = {}
    keys: dict[str, tuple[tuple[bool, str], ...]] = {}
    heads: list[tuple[str, frozenset[str]]] = []
    for mention, ref in refs.items():
        words = _words(mention)
        held = frozenset(words)
        if ref.id is not None or not (len(held) > 1 or (held and held <= _SHORT_HEADS)):
            continue
        if held in first:
            variants[first[held]].append(mention)
            continue
        first[held] = mention
        variants[mention] = [mention]
        keys[mention] = ((True, words[0]), (False, words[-1]))
        heads.append((mention, held))
        for key in keys[mention]:
            by_head.setdefault(key, []).append((mention, held))
    out: dict[str, OrgRef] = {}
    for name, others in variants.items():
        for other in others[1:]:
            out[other] = refs[name]
    for mention, held in heads:
        fuller = {
            m: h
            for key in keys[mention]
            if len(by_head[key]) <= _BUCKET
            for m, h in by_head[key]
            if held < h
        }
        fullest = [m for m, h in fuller.items() if not any(h < h2 for h2 in fuller.values())]
        if len(fullest) == 1:
            for variant in variants[mention]:
                out[variant] = refs[fullest[0]]
    for mention, target in _titled(refs).items():
        out.setdefault(mention, target)
    for mention, target in out.items():  # a chain of short forms ends at its fullest name
        seen = {mention}
        while target.mention in out and target.mention not in seen:
            seen.add(target.mention)
            target = out[target.mention]
        out[mention] = target
    return out


def apply(
    groups: Iterable[tuple[OrgRef, ...]], found: dict[str, OrgRef]
) -> list[tuple[OrgRef, ...]]:
    """``groups`` with each short form replaced by its fuller reference (once per tuple)."""
    result = []
    for group in groups:
        seen: set[str] = set()
        new = []
        for ref in group:
            ref = found.get(ref.mention, ref)
            if ref.key not in seen:
                seen.add(ref.key)
                new.append(ref)
        result.append(tuple(new))
    return result


_TITLE_WORDS = (
    tables_en.ROLE_WORDS
    | tables_es.ROLE_WORDS
    | frozenset(tables_en.TITLE_OFFICES)
    | frozenset(tables_es.TITLE_OFFICES)
)
"""Words of a title ("commissioner", "minister", "portavoz"): a name holding one names a
titled person, whose surname alone may stand for them."""
_ACRONYM = range(2, 7)
"""How many letters a title's acronym has ("EC", "CEC")."""


def _titled(refs: dict[str, OrgRef]) -> dict[str, OrgRef]:
    """Round 12: the short forms among ``refs`` (the document's claimant mentions) that name
    one titled person a fuller mention names: an acronym of the title's words with the rest
    of the name ("CFO Whitcombe"), or the surname alone ("Whitcombe") of a fuller name that holds a
    title word. The fuller name must be the only one that fits; resolved mentions keep their
    reference. Linear: mentions are bucketed by their last word."""
    by_last: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for mention, ref in refs.items():
        words = tuple(fold(w).strip(".,;:()\"'’") for w in mention.split())
        if ref.id is None and len(words) > 2 and words[-1]:
            by_last.setdefault(words[-1], []).append((mention, words))
    out: dict[str, OrgRef] = {}
    for mention, ref in refs.items():
        raw = mention.split()
        if ref.id is not None or not raw or len(raw) > 3:
            continue
        words = tuple(fold(w).strip(".,;:()\"'’") for w in raw)
        fuller = by_last.get(words[-1], [])
        if len(fuller) > _BUCKET:
            continue
        if len(raw) == 1:
            fits = [m for m, ws in fuller if not _TITLE_WORDS.isdisjoint(ws[:-1])]
        elif raw[0].isupper() and raw[0].isalpha() and len(raw[0]) in _ACRONYM:
            letters, rest = words[0], words[1:]
            fits = [
                m
                for m, ws in fuller
                if len(ws) >= len(letters) + len(rest)
                and "".join(w[0] for w in ws[: len(letters)] if w) == letters
                and ws[len(ws) - len(rest) :] == rest
            ]
        else:
            continue
        fits = [m for m in fits if m != mention]
        if len(fits) == 1:
            out[mention] = refs[fits[0]]
    return out
