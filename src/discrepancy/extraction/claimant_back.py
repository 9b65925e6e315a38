"""The look-ups a later mention of a source is read with: a bare noun's article, the body a
person or office belongs to, the name a text introduced a noun with ("the union": "the Union
of Metal Workers"), the last source of a kind, and the office a title names; session 13: the
body a generic body noun refers back to ("dicho organismo").
"""

from __future__ import annotations

import attrs

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant import DEFINITE, NAMED, PLURAL, Attribution, split_names
from discrepancy.extraction.claimant_state import Attributions, State
from discrepancy.extraction.context import _GOV_KINDS, Context
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.orgs import OrgRef

_ARTICLES = frozenset({"the", "el", "la", "los", "las", "a", "an", "un", "una", "unos", "unas"})
_OPENERS = _ARTICLES | tables_en.SOURCE_QUANTIFIERS | tables_es.SOURCE_QUANTIFIERS
"""Words that open an unnamed source and are no part of it: articles, and round 12 the
quantifiers of a plural one ("some activist websites" → "activist websites")."""


def _bare(mention: str) -> str:
    """An unnamed source as written, without its article (or quantifier): "the police" →
    "police"."""
    words = mention.split()
    while len(words) > 1 and words[0].lower() in _OPENERS:
        words = words[1:]
    return " ".join(words)


def _place_like(name: str, ctx: Context) -> bool:
    """A name that is a country or a place the text's words know ("United States")."""
    words = [fold(w) for w in name.split()]
    return any(w in ctx.lex.countries for w in words) or any(
        w in ctx.lex.not_claimants for w in words[:1]
    )


def _holds(refs: tuple[OrgRef, ...], heads: tuple[str, ...]) -> bool:
    """Whether the last claimant's name holds one of ``heads`` ("Interior Ministry" for
    "the ministry"): a generic head refers back only to a source of its kind."""
    if not refs:
        return False
    words = {fold(w) for ref in refs for w in (ref.name or ref.mention).split()}
    return not words.isdisjoint(heads)


def _whole(ctx: Context, att: Attribution) -> OrgRef | None:
    """The whole noun phrase, when the resolver knows it ("the UN refugee agency", "the
    UN's refugee agency"), though its capitalised words alone name another org ("UN")."""
    words = att.text.replace("’s ", " ").replace("'s ", " ").split()
    while len(words) > 1 and words[0].lower() in _ARTICLES and not words[0].isupper():
        words = words[1:]  # "the UN refugee agency": "UN" is no article
    phrase = " ".join(words)
    if len(phrase.split()) <= max((len(n.split()) for n in att.names), default=0):
        return None
    ref = ctx.ref(phrase)
    if ref.id is None:
        return None
    if any(phrase.endswith(n) and ctx.ref(n).id == ref.id for n in att.names):
        return None  # "la fundación de rescate marítimo belga X": the name is X (round 9)
    return attrs.evolve(ref, mention=phrase)


_ROLE_OPENERS = frozenset({"the", "a", "an", "its", "their", "el", "la", "un", "una", "su", "sus"})


def _role_first(att: Attribution, lex: Lexicon) -> bool:
    """ "spokesman Peter Hallam", "la portavoz Ana Ruiz": a role word before the name."""
    words = [fold(w) for w in att.text.split()]
    if words and words[0] in _ROLE_OPENERS:
        words = words[1:]
    # "presidential spokesperson X", "police spokesman X": the modifier says whose
    # spokesperson speaks, not the last source named (round 9)
    return bool(words) and words[0] in lex.role_words


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


_PUBLIC_HEADS = frozenset(
    {"ministerio", "servicio", "secretaria", "instituto", "direccion", "comision", "consejo"}
    | {"agencia", "oficina", "gobierno", "policia", "ministry", "department", "service"}
    | {"agency", "office", "government", "police", "commission", "council", "institute"}
)


def _public(ctx: Context, refs: tuple[OrgRef, ...]) -> bool:
    """The claimants are a public body (a ministry, a service, a government): what "the
    official figures" after them refer to."""
    if not refs:
        return False
    for ref in refs:
        words = {fold(w) for w in (ref.name or ref.mention).split()}
        if words.isdisjoint(_PUBLIC_HEADS) and ctx.kind(ref.mention) not in _GOV_KINDS:
            return False
    return True


def _office_ref(ctx: Context, office: str, state: State, i: int) -> OrgRef:
    """The org a titled person speaks for; a bare generic office ("Chairperson of the
    Commission", "el director del instituto") is the last org named with that head ("the
    National Electoral Commission")."""
    ref = ctx.ref(office)
    full = state.names(ctx.text).acronyms.get(office)
    if ref.id is None and full is not None:  # session 13: "el director de Fondelibertad"
        return attrs.evolve(ctx.ref(full), mention=full)
    words = [fold(w) for w in office.split()]
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    if ref.id is None and (len(words) == 1 or office.islower()):
        heads = ctx.lex.generic_heads.get(words[-1])
        if heads is not None:
            named = state.names(ctx.text).last_with(heads, ctx.sentences[i].start, ctx.lex)
            # "state police spokesman" after "the Katsina State Police": that force
            if named is not None and set(words) <= {fold(w) for w in named.split()}:
                return attrs.evolve(ctx.ref(named), mention=named)
            if named is not None and len(words) == 1:
                return attrs.evolve(ctx.ref(named), mention=named)
    return ref


def _earlier_holding(state: State, heads: tuple[str, ...]) -> tuple[OrgRef, ...]:
    """The claimants of the last of the recent claims whose source holds one of ``heads``."""
    for d in state.drafts[: -_EARLIER_MAX - 1 : -1]:
        if d.claimants and _holds(d.claimants, heads):
            return d.claimants
    return ()


_EARLIER_MAX = 30


def _fuller_before(att: Attribution, words: list[str], atts: Attributions, i: int) -> str | None:
    """A longer unnamed body with the same head in the three sentences before ("the Iraqi
    human rights council said … The council said"): what "the council" stands for."""
    for k in range(i - 1, max(-1, i - 4), -1):
        prev = atts[k]
        if prev is None or prev.kind != DEFINITE or prev.text == att.text:
            continue
        had = [fold(w) for w in prev.text.split()]
        if had[-1:] == words[-1:] and len(had) > len(words):
            return prev.text
    return None


_PLURAL_BACK = tables_en.PLURAL_BACK_OPENERS | tables_es.PLURAL_BACK_OPENERS
_PLURAL_SAME = tables_en.PLURAL_BACK_SAME | tables_es.PLURAL_BACK_SAME
_PLURAL_REACH = 4
"""How many sentences back a definite plural source looks for the fuller one it names."""


def _plural_before(ctx: Context, att: Attribution, i: int) -> str | None:
    """Session 13 (h-who-en): what a definite plural source with no words of its own ("the
    sources", "the same officials", "las fuentes") stands for: the one longer plural source
    with that head among the few sentences before ("Security and medical sources said …");
    ``None`` when none or two different ones fit."""
    words = [fold(w) for w in att.text.split()]
    if len(words) < 2 or words[0] not in _PLURAL_BACK:
        return None
    if any(w not in _PLURAL_SAME for w in words[1:-1]):
        return None
    found: set[str] = set()
    for k in range(i - 1, max(-1, i - 1 - _PLURAL_REACH), -1):
        for prev in ctx.attributions(k):  # every source of the sentence: one only may fit
            if prev.kind != PLURAL or prev.text == att.text:
                continue
            had = [fold(w) for w in prev.text.split()]
            if words[-1] in had and had[0] not in _PLURAL_BACK:  # "fuentes médicas" too
                found.add(prev.text)
    return found.pop() if len(found) == 1 else None


_NAME_GLUE = frozenset({"de", "del", "la", "las", "los", "of", "the", "for", "y", "and", "para"})
_INTRO_GAP = 6
_INTRO_WINDOW = 6000
"""How many lower-case words may come between the noun and the name it introduces ("la
organización de víctimas Semilla")."""


def _introduced_as(ctx: Context, noun: str, before: int) -> str | None:
    """The name the text last introduced with ``noun`` before character ``before`` ("the
    rights group Ventana Libre", "la ONG Justicia Ya"), read word by word after each earlier
    occurrence of the noun (at most five looked at, each at most 120 characters on)."""
    text = ctx.text
    floor = max(0, before - _INTRO_WINDOW)
    lowered = text[floor:before].lower()
    target = noun.lower()
    pos = lowered.rfind(target)
    tries = 0
    while pos >= 0 and tries < 5:
        tries += 1
        at = floor + pos + len(target)
        tail = text[at : min(before, at + 120)]
        name = _first_name(tail)
        if name is not None and not _place_like(name, ctx):
            return name
        pos = lowered.rfind(target, 0, pos)
    return None


def _first_name(tail: str) -> str | None:
    """The first run of capitalised words in ``tail`` (with joiners inside), if it comes
    within a few lower-case words and before any punctuation."""
    words: list[str] = []
    gap = 0
    for raw in tail.split():
        word = raw.strip('"“”«»()')
        stop = raw[-1:] in (",", ".", ";", ":") or raw[-1:] in ("”", "»", ")")
        if word[:1].isupper():
            words.append(word.rstrip(",.;:"))
        elif words and fold(word) in _NAME_GLUE and not stop:
            words.append(word)
        elif words:
            break
        else:
            gap += 1
            if gap > _INTRO_GAP or stop:
                return None
        if stop and words:
            break
    while words and fold(words[-1]) in _NAME_GLUE:
        words.pop()
    return " ".join(words) or None


_BODY_NOUNS = tables_en.BODY_NOUNS | tables_es.BODY_NOUNS
_BODY_OF = frozenset({"de", "del", "of", "the"})
_KIND_BACK = 5
"""How many sentences back a generic head looks for an org of its kind."""


def _last_of_kind(ctx: Context, state: State, kinds: tuple[str, ...], i: int) -> str | None:
    """The last org named in the ``_KIND_BACK`` sentences before ``i`` (a run of capitalised
    words or an acronym) that the resolver knows as one of ``kinds``."""
    text = ctx.text
    for k in range(i - 1, max(-1, i - _KIND_BACK - 1), -1):
        s = ctx.sentences[k]
        found = state.names(text).between(s.start, s.end)
        found += [
            (t.start, text[t.start : t.end])
            for t in ctx.toks(k)
            if t.kind == "w" and t.end - t.start > 2 and text[t.start : t.end].isupper()
        ]
        for _, name in sorted(found, reverse=True):
            if ". " not in name and ctx.kind(name) in kinds:
                return name
    return None


def _body_of(words: list[str]) -> tuple[str, ...] | None:
    """ "la entidad del Gobierno", "the body of the government": a generic body noun and
    whose body it is; the words of the owner a name must hold (``None``: not such a
    phrase)."""
    k = 0
    while k < len(words) and words[k] in _ARTICLES:
        k += 1
    if k >= len(words) - 2 or words[k] not in _BODY_NOUNS or words[k + 1] not in _BODY_OF:
        return None
    owner = [w for w in words[k + 2 :] if w not in _BODY_OF and w not in _ARTICLES]
    return tuple(owner[-1:]) or None


def _office_named(state: State, title: str, ctx: Context) -> tuple[OrgRef, ...]:
    """The claimant of the same office among the current ones ("Kestrel city government"
    for "the mayor", "Alcaldía de Villaverde" for "el alcalde"), or none."""
    pattern = ctx.lex.title_offices[title].replace("{}", "").strip().lower()
    if not pattern:
        return ()
    recent = [state.claimants, *(d.claimants for d in reversed(state.drafts[-_OFFICE_BACK:]))]
    for refs in recent:
        for ref in refs:
            if pattern in ref.mention.lower():
                return (ref,)
    return ()


_OFFICE_BACK = 20
"""How many earlier claims are looked at for the office a bare title names (bounded)."""


_BACK = 3
"""Session 13: how many sentences back the body a `claimant_anaphor.body_anaphor` refers to
may have spoken or been named."""


def referred_body(ctx: Context, state: State, atts: Attributions, i: int) -> tuple[OrgRef, ...]:
    """The body a `body_anaphor` in sentence ``i`` refers back to: the named subject of the
    last sentence before it (at most `_BACK` back) that gave one, else the last name of
    those sentences that is no place; none when they name nothing."""
    text = ctx.text
    for k in range(i - 1, max(-1, i - _BACK - 1), -1):
        att = atts[k]
        if att is not None and att.kind == NAMED and len(att.names) == 1 and not att.office:
            name = att.names[0]
            if not _place(ctx, name):
                return (attrs.evolve(ctx.ref(name), mention=name),)
        s = ctx.sentences[k]
        for _, name in reversed(state.names(text).between(s.start, s.end)):
            if " " in name and ". " not in name and not _place(ctx, name):
                return (attrs.evolve(ctx.ref(name), mention=name),)
    return ()


def _place(ctx: Context, name: str) -> bool:
    return ctx.where is not None and ctx.where.is_place(name) and ctx.ref(name).id is None


_ORGANIZER_NOUNS = tables_en.ORGANIZER_NOUNS | tables_es.ORGANIZER_NOUNS
_CONVENE = tables_en.CONVENE_VERBS | tables_es.CONVENE_VERBS
_CONVENED_BY = tables_en.CONVENED_BY | tables_es.CONVENED_BY
_BY = frozenset({"por", "by"})
_AGENT_REACH = 3
"""Session 13: how many words after "por / by" the body that called the event may start."""
_CONVENER_BACK = 8
"""Session 13: how many sentences back the body that called the event may be named."""


def convener(ctx: Context, state: State, words: list[str], i: int) -> tuple[OrgRef, ...]:
    """Session 13 (h-who-es): "los organizadores", "the organizers" (``words``, folded) in
    sentence ``i`` are the body the text said called the event in the `_CONVENER_BACK`
    sentences before: the name before "convocó / organized" in its sentence, or the one
    right after "convocada por / organized by"; none when no name or two different ones
    are given."""
    if not words or words[-1] not in _ORGANIZER_NOUNS:
        return ()
    names = state.names(ctx.text)
    found: set[str] = set()
    for k in range(max(0, i - _CONVENER_BACK), i + 1):
        s = ctx.sentences[k]
        toks = ctx.toks(k)
        for j, t in enumerate(toks):
            if t.norm in _CONVENED_BY and j + 1 < len(toks) and toks[j + 1].norm in _BY:
                limit = toks[min(j + _AGENT_REACH, len(toks) - 1)].end
                after = names.between(toks[j + 1].end, limit)
                found.update(name.split(". ")[0] for _, name in after[:1])
            elif t.norm in _CONVENE and not (j + 1 < len(toks) and toks[j + 1].norm in _BY):
                before = names.between(s.start, t.start)
                found.update(name.split(". ")[-1] for _, name in before[-1:])
    if len(found) != 1:
        return ()
    name = found.pop()
    parts = [_bare(p) for p in split_names(name)] if " y " in name or " and " in name else [name]
    return tuple(attrs.evolve(ctx.ref(p), mention=p) for p in parts)  # "X y Y": both
