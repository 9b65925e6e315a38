"""What later sentences refer back to, and who stands behind the numbers of a sentence.

The claimant of a sentence: its own attribution; for a quote, the speaker named after it in
the paragraph (or the last quoted speaker of the paragraph); for a first-person post, its
signature line; else the claimant of the sentence before when that one reported with a verb.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence

import attrs

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant import (
    DEFINITE,
    GOVERNMENT,
    INDEFINITE,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
    split_names,
)
from discrepancy.extraction.claimant_phrases import ORDINAL_REFS, classify
from discrepancy.extraction.claims import Draft, Wave
from discrepancy.extraction.context import _GOV_KINDS, Context
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.orgs import OrgRef

__all__ = ["Attributions", "State", "claimants_of", "sentence_claimants"]


class Attributions:
    """The attribution of each sentence (``None``: none), found when first asked for: the
    pass looks a few sentences ahead (a quote's speaker, "a local group" named next)."""

    __slots__ = ("_find", "_found")

    def __init__(self, count: int, find: Callable[[int], Attribution | None]) -> None:
        self._find = find
        self._found: list[Attribution | bool | None] = [False] * count  # False: not yet

    def __len__(self) -> int:
        return len(self._found)

    def __getitem__(self, index: int) -> Attribution | None:
        found = self._found[index]
        if found is False:
            found = self._found[index] = self._find(index)
        assert found is not True
        return found


@attrs.define
class State:
    """What later sentences refer back to."""

    claimants: tuple[OrgRef, ...] = ()
    election: dt.date | None = None
    drafts: list[Draft] = attrs.field(factory=list)
    para_quote: dict[int, tuple[OrgRef, ...]] = attrs.field(factory=dict)
    waves: list[Wave] = attrs.field(factory=list)
    """Where the document says a wave began ("began freeing detainees on Jan. 8")."""
    people: dict[str, tuple[OrgRef, ...]] = attrs.field(factory=dict)
    """A titled person's surname → (office, person), for later mentions by surname."""
    report: tuple[OrgRef, ...] = ()
    """The body whose report the text is summarizing ("The report says … According to the
    document, …"), and the last sentence that went on with it."""
    report_at: int = -1
    _names: list[Names] = attrs.field(factory=list)

    def names(self, text: str) -> Names:
        """The capitalised names of the document (read once, on first use)."""
        if not self._names:
            self._names.append(Names(text))
        return self._names[0]


_CARRY = 2
_DOCUMENT_WORDS = 5
"""At most this many words name a document ("the second day report", "el último informe
oficial"); the body that issued it speaks (round 7: was 3)."""
"""How many sentences back a source carries to numbers no one else is said to give."""
INSTITUTION_HEADS = tables_en.INSTITUTION_HEADS | tables_es.INSTITUTION_HEADS
_VAGUE_HEADS = frozenset(
    {"group", "organization", "organisation", "organizacion", "ong", "organismo", "grupo"}
)
"""Heads that name no source by themselves: "the group" with no group named before."""
_UPPER = "A-ZÁÉÍÓÚÑÜ"
_RUN = re.compile(
    rf"[{_UPPER}][\w'’&.-]*+"
    r"(?:[ \t]++(?:(?:de|del|la|las|los|of|the|for|and|y|on|para)[ \t]++){0,2}+"
    rf"[{_UPPER}][\w'’&.-]*+)++"
)
"""Two or more capitalised words, with up to two joiners between them; possessive
quantifiers only, so the scan never backtracks."""
_ACRONYM = re.compile(rf"\(([{_UPPER}][A-Za-z0-9-]{{1,9}})\)")
_NAME_ARTICLES = frozenset({"the", "el", "la", "los", "las", "a", "an", "un", "una"})


class Names:
    """Runs of capitalised words of a text ("Union of Metal Workers", "Central Única de
    Trabajadores") and the acronyms it defines ("(AAPP)" after a name); found by two
    regular-expression scans, read word by word only when asked about."""

    __slots__ = ("_runs", "_starts", "_text", "_words", "acronyms")

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs = [m.span() for m in _RUN.finditer(text)]
        self._starts = [s for s, _ in self._runs]
        self._words: dict[int, tuple[str, frozenset[str]]] = {}
        ends = {e: k for k, (_, e) in enumerate(self._runs)}
        acronyms: dict[str, str] = {}
        for m in _ACRONYM.finditer(text):
            acronym = m.group(1)
            k = ends.get(m.start() - 1)
            if k is not None and sum(ch.isupper() for ch in acronym) >= 2:
                acronyms.setdefault(acronym, self._name(k)[0])
        self.acronyms = acronyms
        """An acronym the text defines ("(AAPP)" after a name) → the name."""

    def _name(self, k: int) -> tuple[str, frozenset[str]]:
        found = self._words.get(k)
        if found is None:
            start, end = self._runs[k]
            words = self._text[start:end].split()
            while len(words) > 2 and words[0].lower() in _NAME_ARTICLES:
                words = words[1:]
            name = " ".join(words).rstrip(".")
            found = self._words[k] = (name, frozenset(fold(w) for w in words))
        return found

    def opening(self, start: int, limit: int) -> str | None:
        """The name that opens a sentence (starts at or after ``start``, before ``limit``)."""
        k = bisect.bisect_left(self._starts, start)
        if k < len(self._runs) and self._runs[k][0] < limit:
            return self._name(k)[0]
        return None

    def last_with(self, heads: tuple[str, ...], before: int, lex: Lexicon) -> str | None:
        """The last name before character ``before`` that holds one of ``heads``."""
        k = bisect.bisect_left(self._starts, before)
        wanted = frozenset(heads)
        for j in range(k - 1, max(-1, k - 201), -1):
            name, words = self._name(j)
            if not wanted.isdisjoint(words) and not words <= lex.not_claimants:
                if ". " not in name:
                    return name
                found = self._segment(j, wanted, before, lex)
                if found is not None:
                    return found
        return None

    def between(self, start: int, end: int) -> list[tuple[int, str]]:
        """(start, name) of the names that start between characters ``start`` and ``end``."""
        k = bisect.bisect_left(self._starts, start)
        out = []
        while k < len(self._runs) and self._runs[k][0] < end:
            out.append((self._runs[k][0], self._name(k)[0]))
            k += 1
        return out

    def _segment(self, k: int, wanted: frozenset[str], before: int, lex: Lexicon) -> str | None:
        """A run that crosses a sentence end ("Monday. Chairperson of the Commission"):
        its last part that starts before ``before`` and holds a wanted word."""
        start, end = self._runs[k]
        at = start
        parts: list[tuple[int, str]] = []
        for piece in self._text[start:end].split(". "):
            parts.append((at, piece))
            at += len(piece) + 2
        for at, piece in reversed(parts):
            words = piece.split()
            folded = frozenset(fold(w) for w in words)
            if (
                at < before
                and not wanted.isdisjoint(folded)
                and len(words) > 1
                and not folded <= lex.not_claimants
            ):
                return piece.rstrip(".")
        return None


_ARTICLES = frozenset({"the", "el", "la", "los", "las", "a", "an", "un", "una", "unos", "unas"})


def _bare(mention: str) -> str:
    """An unnamed source as written, without its article: "the police" → "police"."""
    words = mention.split()
    while len(words) > 1 and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _place_like(name: str, ctx: Context) -> bool:
    """A name that is a country or a place the text's words know ("United States")."""
    words = [fold(w) for w in name.split()]
    return any(w in ctx.lex.countries for w in words) or any(
        w in ctx.lex.not_claimants for w in words[:1]
    )


_BACK_OPENERS = frozenset(
    {"that", "this", "these", "those", "such", "ese", "esa", "eso", "esos", "esas", "este"}
    | {"esta", "esto", "estos", "estas", "asi", "tal", "dicha", "dicho", "dichas", "dichos"}
)
"""Words that open a sentence by pointing at what the one before said ("That is according to
the Red Cross", "Así lo informó la Policía", "Esa cifra fue dada por el Ministerio")."""
_THE_ABOVE = frozenset({"anterior", "above", "former", "foregoing"})
"""After "lo" / "the", what the text said before ("Lo anterior lo dio a conocer la ONU")."""
_THE_FIGURES = frozenset({"the", "el", "la", "los", "las"})
_POINTED_NOUNS = (
    tables_en.DATA_NOUNS
    | tables_es.DATA_NOUNS
    | tables_en.DOCUMENT_NOUNS
    | tables_es.DOCUMENT_NOUNS
)


def _names_data(words: Sequence[str]) -> bool:
    """The sentence opens with "the figures / the report / los datos": it may speak of the
    figures before, or of others."""
    return len(words) > 1 and words[0] in _THE_FIGURES and words[1] in _POINTED_NOUNS


def _sourced_before(ctx: Context, atts: Attributions, i: int) -> bool:
    """The sentence before, in the same paragraph, names a source that speaks: a clause
    with no source of its own goes on with it rather than with a later sentence."""
    k = i - 1
    if k < 0 or ctx.sentences[k].para != ctx.sentences[i].para:
        return False
    prev = atts[k]
    return prev is not None and prev.say and prev.kind in (NAMED, GOVERNMENT)


def _points_back(words: Sequence[str]) -> bool:
    """Whether the next sentence's source speaks of the sentence before (round 8): it
    names it ("That is according to …", "Así lo informó …") or gives no statement of its
    own but a source ("According to the ministry."); a next sentence that says something
    else ("The army said it had hit a command post") lends its source to nothing before."""
    if not words:
        return False
    if len(words) > 1 and words[0] in ("lo", "the") and words[1] in _THE_ABOVE:
        return True  # "Lo anterior lo dio a conocer la ONU", "The above was reported by …"
    if _names_data(words):
        return True  # "The figures were released by …", "Las cifras fueron difundidas por …"
    return words[0] in _BACK_OPENERS or words[0] in ("according", "segun")


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
    return attrs.evolve(ref, mention=phrase) if ref.id is not None else None


def _role_first(att: Attribution, lex: Lexicon) -> bool:
    """ "spokesman Peter Hallam", "la portavoz Ana Ruiz": a role word before the name."""
    words = [fold(w) for w in att.text.split()]
    return any(w in lex.role_words for w in words[:2])


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].lower() if words else ""


_FROM_PLACE = frozenset({"desde", "en"})
_OFFICIAL = frozenset({"oficial", "oficiales", "official"})
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


_ANAPHOR_HEADS = frozenset(tables_en.ANAPHOR_HEADS | tables_es.ANAPHOR_HEADS)
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


_PAIR_JOINS = frozenset({"y", "e", "and"})
_PAIR_OF = frozenset({"de", "del", "of", "by", "por"})
_PAIR_STOP = frozenset({",", ";", ":", "que", "that", "which", "(", ")"})
_PAIR_REACH = 6


def _pair_before(
    ctx: Context, i: int, at: int, state: State, atts: Attributions
) -> list[tuple[OrgRef, ...]]:
    """The claimants of the last two sources joined by "y / and" before token ``at`` of
    sentence ``i`` (or in the sentence before): "las cifras del Gobierno central y de los
    sindicatos" → [Gobierno central, sindicatos]; empty when there is no such pair."""
    for k, end in ((i, at), (i - 1, -1)):
        if k < 0:
            break
        view = ctx.view(k)
        toks, norms = view.toks, view.norms
        stop = len(norms) if end < 0 else end
        for j in range(stop - 1, 0, -1):
            if norms[j] not in _PAIR_JOINS:
                continue
            left = _pair_side(ctx, toks, norms, range(j - 1, max(-1, j - _PAIR_REACH - 1), -1))
            right = _pair_side(ctx, toks, norms, range(j + 1, min(stop, j + _PAIR_REACH + 1)))
            if left is not None and right is not None:
                return [claimants_of(ctx, a, state, atts, i) for a in (left, right)]
    return []


def _pair_side(
    ctx: Context, toks: Sequence[Tok], norms: Sequence[str], steps: range
) -> Attribution | None:
    """A source on one side of a join: the tokens up to "de / of" or a boundary, the longest
    run of them that reads as a named, governmental, plural or definite source."""
    span: list[int] = []
    for k in steps:
        if norms[k] in _PAIR_STOP or toks[k].kind != "w":
            break
        if norms[k] in _PAIR_OF:
            if span and steps.step < 0:
                break  # "del Gobierno central": the phrase starts after "del"
            if not span:
                continue  # "y de los sindicatos": past the "de"
        span.append(k)
    span.sort()
    for size in range(1, len(span) + 1):  # the shortest that names a source
        part = span[:size] if steps.step > 0 else span[-size:]
        found = classify(ctx.text, toks, part, ctx.lex, ctx.phrases)
        if (
            found is not None
            and found.kind in (NAMED, GOVERNMENT, PLURAL, DEFINITE)
            and not (found.kind == DEFINITE and fold(found.text.split()[-1]) in ORDINAL_REFS)
        ):
            return found
    return None


_BODY_NOUNS = tables_en.BODY_NOUNS | tables_es.BODY_NOUNS
_BODY_OF = frozenset({"de", "del", "of", "the"})
_HEAD_KINDS: dict[str, tuple[str, ...]] = {**tables_en.HEAD_KINDS, **tables_es.HEAD_KINDS}


_DOCUMENT_NOUNS = frozenset(tables_en.DOCUMENT_NOUNS | tables_es.DOCUMENT_NOUNS)
_REPORT_CARRY = 3
"""How many sentences after the last one that named it a summarized report goes on."""
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


def claimants_of(
    ctx: Context, att: Attribution, state: State, atts: Attributions, i: int
) -> tuple[OrgRef, ...]:
    """The orgs behind attribution ``att`` of sentence ``i``."""
    if att.kind == GOVERNMENT:
        words = [fold(w) for w in att.text.split()]
        body = _body_of(words)
        if body is not None and not att.names:
            # "la entidad del Gobierno" after "la Delegación del Gobierno en Sevilla"
            named = state.names(ctx.text).last_with(body, ctx.sentences[i].start, ctx.lex)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)

        if not att.names and not _OFFICIAL.isdisjoint(words) and _public(ctx, state.claimants):
            # "de acuerdo con la información oficial" after the migration service spoke
            return state.claimants
        heads = ctx.lex.generic_heads.get(words[-1]) if words and len(words) <= 3 else None
        if heads is not None and not att.names:
            # "according to data provided by the ministry" → the ministry named earlier
            named = state.names(ctx.text).last_with(heads, ctx.sentences[i].start, ctx.lex)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)
        return (ctx.government(att),)
    if att.kind == NAMED:
        refs: list[OrgRef] = []
        people = state.people
        whole = _whole(ctx, att) if not att.office else None
        if whole is not None:
            return (whole,)
        if (
            not att.office
            and len(att.names) == 1
            and state.claimants
            and ctx.ref(att.names[0]).id is None
            and _role_first(att, ctx.lex)
        ):  # "spokesman Peter Hallam told reporters": he speaks for the source named
            people[_surname(att.names[0])] = state.claimants
            return state.claimants
        if att.office and not any(att.names) and att.office.islower():
            # "a local government official said …" made precise by the titled speaker named
            # next ("Sani Musa, spokesman for Kano state's government, told Reuters")
            for k in range(i + 1, min(i + 4, len(atts))):
                nxt = atts[k]
                if nxt is not None and nxt.kind == NAMED and not nxt.office.islower():
                    return claimants_of(ctx, nxt, state, atts, k)
        if att.office:
            # a titled person: the office they speak for (unless the resolver already knows
            # the person as one who speaks for an org); later mentions by surname too
            person = ctx.ref(att.names[0]) if att.names and att.names[0] else None
            if person is not None and person.id is not None:
                return (person,)
            office = (_office_ref(ctx, att.office, state, i),)
            if person is not None:
                people[_surname(person.mention)] = office
            return office
        if len(att.names) == 1 and ctx.ref(att.names[0]).id is None:
            known = people.get(_surname(att.names[0]))
            if known is not None:  # "Lima said" after "Interior Minister Ana Lima"
                return known
            full = state.names(ctx.text).acronyms.get(att.names[0])
            if full is not None:  # "AAPP said" after "the Assistance Association ... (AAPP)"
                return (attrs.evolve(ctx.ref(full), mention=full),)
        for name in att.names:
            ref = ctx.ref(name)
            if ref.id is None and ("," in name or " y " in name or " and " in name):
                # "Provea, JEyP", "CC.OO. y UGT": two sources the resolver knows apart
                parts = [ctx.ref(p) for p in split_names(name)]
                if any(p.id is not None for p in parts):
                    refs.extend(parts)
                    continue
            if ref.id is None and ctx.where is not None and ctx.where.is_place(name):
                if fold(att.text.split()[0]) in _FROM_PLACE and len(att.names) == 1:
                    # "Desde Oaxaca informaron", "En Tabasco reportaron": its government
                    refs.append(ctx.ref(f"Gobierno de {name}"))
                continue  # "Lara registra": a place, no source
            if ref.id is None and att.refers_back and state.claimants:
                found = state.claimants[0]
                refs.append(attrs.evolve(found, mention=name) if found.id else found)
                continue
            refs.append(ref)
        unique = {r.key: r for r in refs}
        return tuple(unique.values())
    if att.kind == DEFINITE:
        words = [fold(w) for w in att.text.split()]
        if len(words) == 2 and words[-1] in ORDINAL_REFS:
            # "el primero cifró en el 25,8 %, los segundos en el 53 %": one of the pair of
            # sources just named ("del Gobierno central y de los sindicatos")
            pair = _pair_before(ctx, i, att.at, state, atts)
            return pair[ORDINAL_REFS[words[-1]]] if pair else ()
        if words and words[-1] in _DOCUMENT_NOUNS and len(words) <= _DOCUMENT_WORDS:
            # "The report says …", "Según el documento, …": the body that issued it
            issuer = state.report if state.report and state.report == state.claimants else ()
            issuer = issuer or state.claimants
            if issuer:
                state.report, state.report_at = issuer, i
            return issuer
        if words and words[-1] in _ANAPHOR_HEADS:
            # "esta organización registraba" after "la organización de víctimas
            # Semilla": the org the text last introduced with that same noun
            named = _introduced_as(ctx, att.text.split()[-1], ctx.sentences[i].start)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)
        heads = ctx.lex.generic_heads.get(words[-1]) if words else None
        if heads is not None:
            # "the union said" → the union named earlier ("the Union of Metal Workers")
            start = ctx.sentences[i].start
            named = state.names(ctx.text).last_with(heads, start, ctx.lex)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)
            fuller = _fuller_before(att, words, atts, i)
            if fuller is not None:  # "the council" after "the Bolivian human rights council"
                return (ctx.ref(_bare(fuller)),)
            kinds = _HEAD_KINDS.get(words[-1])
            if kinds is not None:
                # "the agency said" after "UNHCR opened two camps": the last org named
                # whose registry kind the head names
                of_kind = _last_of_kind(ctx, state, kinds, i)
                if of_kind is not None:
                    return (attrs.evolve(ctx.ref(of_kind), mention=of_kind),)
            if not _holds(state.claimants, heads):
                earlier = _earlier_holding(state, heads)
                if earlier:  # "los sindicatos" after CCOO y UGT, though another spoke since
                    return earlier
            if words[-1] not in _VAGUE_HEADS and not _holds(state.claimants, heads):
                # "the police said" → "police", also after another source spoke
                return (ctx.ref(_bare(att.text)),)
        if len(words) <= 2 and words[-1] in ctx.lex.title_offices and not att.office:
            # "…, the mayor said": the office holder speaks, not the last source; the
            # office named earlier ("Kestrel city government") when one was (round 7)
            return _office_named(state, words[-1], ctx) or (ctx.ref(_bare(att.text)),)
        if (
            words
            and words[-1] in INSTITUTION_HEADS
            and not _holds(state.claimants, (words[-1],))
            and (words[-1] not in _VAGUE_HEADS or not state.claimants)
        ):
            # "The navy said", "la oposición dijo" (round 8): a body named by its class
            # speaks as written; the last source of another sentence is never borrowed
            return (ctx.ref(_bare(att.text)),)
        return state.claimants
    if att.kind == PRONOUN:
        # "The NGO Mountain Rights Watch published the names of 23 people it says were
        # killed": "it" is the sentence's own named subject
        start = ctx.sentences[i].start
        own = state.names(ctx.text).opening(start, start + 12)
        if own is not None and own not in att.text:
            ref = ctx.ref(own)
            if ref.id is None and (" y " in own or " and " in own):
                pieces = tuple(ctx.ref(p) for p in split_names(own))
                if any(p.id is not None for p in pieces):
                    return pieces  # "UGT y CC.OO. ... han calculado": both unions
            if ref.id is not None or not _place_like(own, ctx):
                return (attrs.evolve(ref, mention=own),)
        return state.claimants
    if att.kind == PLURAL:
        return (ctx.ref(_bare(att.text)),)
    if att.kind == INDEFINITE:
        for k in range(i + 1, min(i + 3, len(atts))):
            nxt = atts[k]
            if nxt is not None and nxt.kind == NAMED:
                return claimants_of(ctx, nxt, state, atts, k)
    return ()


def sentence_claimants(
    ctx: Context,
    i: int,
    att: Attribution | None,
    atts: Attributions,
    state: State,
) -> tuple[tuple[OrgRef, ...], bool]:
    """(the claimants of sentence ``i``'s numbers, whether the sentence attributes them)."""
    s = ctx.sentences[i]
    if att is not None:
        refs = claimants_of(ctx, att, state, atts, i)
        return refs, att.say or att.kind != PLURAL
    inside = ctx.sentence_quotes(i)
    if inside:
        for k in range(i + 1, len(ctx.sentences)):
            nxt = ctx.sentences[k]
            if (nxt.para != s.para and not _wrapped(ctx, k)) or nxt.start >= inside[-1][1] + 200:
                break  # a line that opens in lower case goes on the sentence of the line before
            later = atts[k]
            if later is not None and later.kind in (NAMED, GOVERNMENT, PRONOUN, DEFINITE):
                return claimants_of(ctx, later, state, atts, k), True
        if s.para in state.para_quote:
            return state.para_quote[s.para], True
    if not ctx.lex.first_person.isdisjoint(ctx.view(i).norms):
        name = _signature(ctx, i)
        if name is not None:
            return (ctx.ref(name),), True
    j = i + 1
    if (
        j < len(ctx.sentences)
        and (ctx.sentences[j].para == s.para or _opens_with_source(ctx.words(j)))
        and not ctx.has_digit(j)
    ):
        after = atts[j]
        if (
            after is not None
            and after.kind in (NAMED, GOVERNMENT, PLURAL, DEFINITE)
            and _points_back(ctx.words(j))
            and not (_names_data(ctx.words(j)) and _sourced_before(ctx, atts, i))
        ):
            # "About 300 were arrested. That is according to the Red Cross."
            return claimants_of(ctx, after, state, atts, j), True
    k, budget = i - 1, _CARRY
    while k >= 0 and budget > 0 and i - k <= _LIST_MAX:
        # the source of a sentence just before (its paragraph, or the one before it) goes on
        # until another source speaks: "CCOO y UGT cifraron ... Esta cifra representa ...";
        # the items of a list ("- 6.455 personas en riesgo") and one-word lines between
        # ("PUBLICIDAD") go on with the source of the sentence that opens the list
        prev = atts[k]
        if prev is None:
            if _filler(ctx, k):
                k -= 1
                continue
            if ctx.sentences[k].para != s.para and k < i - 1:
                break
            budget -= 1
            k -= 1
            continue
        if _item(ctx, k):
            break  # headline bullets: each says its own ("- El Gobierno dice … - Más de
            # 170 detenidos"); items borrow only from the sentence that opens their list
        if prev.say and prev.kind in (NAMED, GOVERNMENT):
            if not _stated(ctx, k) and not _item(ctx, i):
                break  # "CCOO y UGT sostienen que el dato no es válido. La jornada dejó 60
                # detenidos": a source that gave no figure lends none to the outlet's own
            if _two_sources(state, k):
                break  # "Según X hay 2.801, pero Y los cifra en 3.500. Las FARC retienen a
                # 700": after two sources, an unattributed number is the outlet's
            if ctx.sentences[k].para != s.para and not _item(ctx, i) and not _spanish(ctx, i):
                break  # English news attributes each paragraph: a new one is the outlet's
            return state.claimants, True
        break
    if (
        state.report
        and 0 < i - state.report_at <= _REPORT_CARRY
        and state.report == state.claimants
    ):  # a report summarized over paragraphs goes on until another source is named
        state.report_at = i
        return state.report, True
    if _spanish(ctx, i):
        sole = _sole_source(state)
        if sole:
            return sole, False
    return (), False


def _sole_source(state: State) -> tuple[OrgRef, ...]:
    """The one source of every attributed number so far, when the text has named just one
    ("según los datos de los sindicatos, 10,4 millones hicieron huelga … Asturias (89%)"):
    a Spanish breakdown that follows goes on with it; two sources leave the outlet's voice."""
    found: tuple[OrgRef, ...] = ()
    keys: frozenset[str] | None = None
    for d in state.drafts:
        if not d.claimants:
            continue
        here = frozenset(r.key for r in d.claimants)
        if keys is None:
            keys, found = here, d.claimants
        elif here != keys:
            return ()
    if not any(r.id is not None or r.mention[:1].isupper() for r in found):
        return ()  # an unnamed "la policía" is no source for the whole text
    return found


def _stated(ctx: Context, k: int) -> bool:
    """Sentence ``k`` gave figures, or announced them ("actualizó las cifras", "released its
    report", "the toll:"): a count the next sentence may go on with. A sentence that says
    something else ("sostienen que el dato del Gobierno no es válido") lends no source."""
    if ctx.has_digit(k):
        return True
    words = ctx.words(k)
    lex = ctx.lex
    return (
        not lex.number_words.isdisjoint(words)
        or not lex.by_report.isdisjoint(words)
        or not _FIGURE_WORDS.isdisjoint(words)
        or ctx.text[ctx.sentences[k].start : ctx.sentences[k].end].rstrip().endswith(":")
    )


_FIGURE_WORDS = frozenset(tables_en.FIGURE_WORDS | tables_es.FIGURE_WORDS)


def _two_sources(state: State, k: int) -> bool:
    """Sentence ``k`` gave its numbers two different sources."""
    keys = set()
    for d in reversed(state.drafts):
        if d.sentence < k:
            break
        if d.sentence == k and d.claimants:
            keys.add(frozenset(r.key for r in d.claimants))
    return len(keys) > 1


def _wrapped(ctx: Context, k: int) -> bool:
    """Sentence ``k`` opens its line in lower case: hard-wrapped text going on from the line
    before ("… Ahmed Bello,\nspokesman for Kano state's government, told AFP")."""
    start = ctx.sentences[k].start
    return ctx.text[start : start + 1].islower() and ctx.text[start - 1 : start] == "\n"


def _spanish(ctx: Context, i: int) -> bool:
    """Sentence ``i`` reads as Spanish (by its marker words; the document's language on a
    tie)."""
    words = ctx.words(i)
    es = sum(map(ctx.lex.spanish_markers.__contains__, words))
    en = sum(map(ctx.lex.english_markers.__contains__, words))
    return es > en if es != en else ctx.spanish_default


_SOURCE_OPENERS = frozenset(tables_en.SOURCE_OPENERS + tables_es.SOURCE_OPENERS)


def _opens_with_source(words: list[str]) -> bool:
    """A sentence that opens by pointing back at what was said ("Lo anterior lo dio a
    conocer la ONU", "The figures were released by the ministry"): its source is that of
    the sentence before, even across a paragraph break."""
    return any(tuple(words[:n]) in _SOURCE_OPENERS for n in (2, 3))


_LIST_MAX = 40
"""How many sentences back the opening of a list is looked for."""
_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})


def _item(ctx: Context, k: int) -> bool:
    """Sentence ``k`` is a list item: "- 6.455 personas en riesgo"."""
    toks = ctx.toks(k)
    return bool(toks) and toks[0].norm in _BULLETS and ctx.text[ctx.sentences[k].start] in _BULLETS


def _filler(ctx: Context, k: int) -> bool:
    """A list item or a line of at most two words ("PUBLICIDAD", "Advertisement")."""
    return _item(ctx, k) or len(ctx.toks(k)) <= 2


def _signature(ctx: Context, i: int) -> str | None:
    """ "— Gonzalo Himiob S. (@HimiobSantome) January 20, 2026" after a tweet: its author."""
    for k in range(i + 1, min(i + 4, len(ctx.sentences))):
        toks = ctx.toks(k)
        if len(toks) > 2 and toks[0].norm in ("—", "-", "–") and toks[1].cap:
            words: list[str] = []
            for t in toks[1:]:
                if t.norm in ("(", "@") or t.kind == "n":
                    break
                if t.kind == "w" and t.cap:
                    words.append(ctx.text[t.start : t.end])
            while words and len(words[-1]) == 1:
                words.pop()
            return " ".join(words) or None
    return None


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
