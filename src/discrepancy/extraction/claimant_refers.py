"""Who an attribution names, read against what came before: a vague noun ("the group", "the
ministry", "los sindicatos") becomes the body named earlier, a surname the titled person, a
document the body that issued it, and two sources joined ("UGT y CCOO") both.
"""

from __future__ import annotations

from collections.abc import Sequence

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
from discrepancy.extraction.claimant_anaphor import body_anaphor, same_source
from discrepancy.extraction.claimant_back import (
    _bare,
    _body_of,
    _earlier_holding,
    _fuller_before,
    _holds,
    _introduced_as,
    _last_of_kind,
    _office_named,
    _office_ref,
    _place_like,
    _plural_before,
    _public,
    _role_first,
    _surname,
    _whole,
    convener,
    referred_body,
)
from discrepancy.extraction.claimant_phrases import (
    ORDINAL_REFS,
    classify,
    complement_head,
    modified_head,
)
from discrepancy.extraction.claimant_state import Attributions, State
from discrepancy.extraction.claimant_subject import title_of
from discrepancy.extraction.context import Context
from discrepancy.extraction.sentences import Tok
from discrepancy.orgs import OrgRef

__all__ = ["INSTITUTION_HEADS", "claimants_of"]

_DOCUMENT_WORDS = 5
"""At most this many words name a document ("the second day report", "el último informe
oficial"); the body that issued it speaks (round 7: was 3)."""
INSTITUTION_HEADS = tables_en.INSTITUTION_HEADS | tables_es.INSTITUTION_HEADS
_VAGUE_HEADS = frozenset(
    {"group", "organization", "organisation", "organizacion", "ong", "organismo", "grupo"}
)
"""Heads that name no source by themselves: "the group" with no group named before."""


_FROM_PLACE = frozenset({"desde", "en"})
_OFFICIAL = frozenset({"oficial", "oficiales", "official"})


_ANAPHOR_HEADS = frozenset(tables_en.ANAPHOR_HEADS | tables_es.ANAPHOR_HEADS)


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


_HEAD_KINDS: dict[str, tuple[str, ...]] = {**tables_en.HEAD_KINDS, **tables_es.HEAD_KINDS}


_DOCUMENT_NOUNS = frozenset(tables_en.DOCUMENT_NOUNS | tables_es.DOCUMENT_NOUNS)


def _place_body(text: str, name: str, ctx: Context) -> bool:
    """ "Costa Rica police", "la policía de Costa Rica": the name and, after it or before it
    with "de / of", one head that names a body of it (police, government, authorities).
    A head just before the name is a descriptor of the name ("la plataforma Aire Limpio")
    (round 9)."""
    head, _, tail = text.partition(name)
    before = [fold(w) for w in head.split() if fold(w) not in _ARTICLE_WORDS]
    after = [fold(w) for w in tail.split()]
    if after and not before and len(after) == 1:
        word = after[0]
    elif not after and len(before) == 2 and before[1] in ("de", "del", "of"):
        word = before[0]
    else:
        return False
    return (
        word in INSTITUTION_HEADS
        or word in ctx.lex.generic_heads
        or word in ctx.lex.government_heads
    )


def _body_apposition(text: str, name: str, ctx: Context) -> bool:
    """ "el colectivo Vigía Ciudadana", "the rights group Kestrel Watch": a body's head (and
    its adjectives) set before a name introduces that body by name; it does not refer back
    to the last source as "its spokesman, X" does (round 9)."""
    head, _, _ = text.partition(name)
    words = [fold(w) for w in head.replace("’s", " s").replace("'s", " s").split()]
    return (
        any(w in ctx.lex.generic_heads or w in _ANAPHOR_HEADS for w in words)
        and not any(w in ctx.lex.role_words or w == "s" for w in words)
        and not any(w in ctx.lex.pronouns and w not in _ARTICLE_WORDS for w in words)
    )


_INDEFINITE_ARTICLES = tables_en.INDEFINITE_ARTICLES | tables_es.INDEFINITE_ARTICLES
_VAGUE_SET = tables_en.VAGUE_QUANTIFIERS | tables_es.VAGUE_QUANTIFIERS
_ARTICLE_WORDS = frozenset({"the", "la", "el", "los", "las"})


_OFFICIALS = tables_en.OFFICIALS_WORDS | tables_es.OFFICIALS_WORDS
_DOMAINS = {**tables_en.OFFICIALS_DOMAINS, **tables_es.OFFICIALS_DOMAINS}


def _officials_domain(words: Sequence[str]) -> tuple[str, ...]:
    """The words of a body's name that officials of a field stand for ("autoridades
    sanitarias", "health authorities" → "salud", "sanidad", "health"), or () when the phrase
    is not two words, officials and their field."""
    if len(words) != 2 or _OFFICIALS.isdisjoint(words):
        return ()
    field = words[1] if words[0] in _OFFICIALS else words[0]
    return _DOMAINS.get(field, ())


def claimants_of(
    ctx: Context, att: Attribution, state: State, atts: Attributions, i: int
) -> tuple[OrgRef, ...]:
    """The orgs behind attribution ``att`` of sentence ``i``."""
    refs = _claimants_of(ctx, att, state, atts, i)
    if att.kind in (NAMED, GOVERNMENT) and refs:
        state.spoke[i] = (att.kind == NAMED or bool(att.names), refs)
    return refs


def _one_word_list(name: str, pieces: Sequence[str]) -> bool:
    """h-who-en: a list of one-word names with a comma ("Unite, GMB and Unison") names as
    many bodies, known or not; a name of several words with a comma in it may be one body's
    portfolio ("Ministry of Labour, Migration and Social Security") and is split only where
    the resolver knows its parts."""
    return "," in name and len(pieces) > 1 and all(" " not in p for p in pieces)


def _previous_subject(
    ctx: Context, state: State, atts: Attributions, i: int, att: Attribution
) -> OrgRef | None:
    """Session 11: a pronoun that opens its sentence ("It gave a figure of 35 percent")
    names the body that opens the sentence before, when that sentence gave no source of its
    own ("The party Civic Front rejected the board's figure."): the previous subject, not
    the last source of a figure further back. ``None`` otherwise."""
    if i == 0 or (i - 1 < len(atts) and atts[i - 1] is not None):
        return None
    start = ctx.sentences[i].start
    if not ctx.text[start : start + _OPENING].lstrip().startswith(att.text):
        return None
    before = ctx.sentences[i - 1].start
    name = state.names(ctx.text).opening(before, before + _OPENING)
    if name is None:
        return None
    ref = ctx.ref(name)
    if ref.id is None and _place_like(name, ctx):
        return None
    return attrs.evolve(ref, mention=name)


_OPENING = 30
"""How far into a sentence (in characters) its opening subject or pronoun is looked for."""

_PERSON_PRONOUNS = tables_en.PERSON_PRONOUNS | tables_es.PERSON_PRONOUNS
_BODY_PRONOUNS = tables_en.BODY_PRONOUNS | tables_es.BODY_PRONOUNS
_GROUP_PRONOUNS = tables_en.GROUP_PRONOUNS | tables_es.GROUP_PRONOUNS
_PERSON_BACK = 8
"""How many sentences back "he" / "she" looks for the person it names."""


def _person_before(state: State, i: int) -> tuple[OrgRef, ...]:
    """Round 12: what "he" / "she" in sentence ``i`` names when the last source that spoke
    was an unnamed body ("election officials said …; "…," he said"): a pronoun of a person
    never stands for officials as a group, but for the last source named before them. Empty
    when the last source was named (the caller keeps it) or none was within reach."""
    last = max((k for k in state.spoke if i - _PERSON_BACK <= k < i), default=None)
    if last is None or state.spoke[last][0]:
        return ()
    for k in range(last - 1, i - _PERSON_BACK - 1, -1):
        found = state.spoke.get(k)
        if found is not None and found[0]:
            return found[1]
    return ()


_EXECUTIVES = tables_en.BARE_EXECUTIVES | tables_es.BARE_EXECUTIVES
_REGIONAL = tuple(sorted(tables_en.REGIONAL_BODY_HEADS | tables_es.REGIONAL_BODY_HEADS))


def _claimants_of(
    ctx: Context, att: Attribution, state: State, atts: Attributions, i: int
) -> tuple[OrgRef, ...]:
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
        if not att.names and words and words[-1] in _EXECUTIVES and len(words) <= 2:
            # session 13: "según ha informado el Ejecutivo" after "La Consejería de Educación
            # ha cifrado": the regional government that spoke, not the country's
            named = state.names(ctx.text).last_with(_REGIONAL, ctx.sentences[i].start, ctx.lex)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)
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
        if (
            len(att.names) == 1
            and ctx.ref(att.names[0]).id is None
            and _place_body(att.text, att.names[0], ctx)
        ):
            # "Costa Rica police put the crowd at …": the place's own body speaks, under its
            # whole phrase, never folded into a longer name that opens with the place (round 9)
            return (ctx.ref(_bare(att.text)),)
        for name in att.names:
            ref = ctx.ref(name)
            if ref.id is None and ("," in name or " y " in name or " and " in name):
                # "Provea, JEyP", "CC.OO. y UGT": two sources the resolver knows apart
                split = split_names(name)
                parts = [ctx.ref(p) for p in split]
                if any(p.id is not None for p in parts) or _one_word_list(name, split):
                    refs.extend(parts)  # h-who-en: "Unite, GMB and Unison": three unions
                    continue
            if ref.id is None and ctx.where is not None and ctx.where.is_place(name):
                if fold(att.text.split()[0]) in _FROM_PLACE and len(att.names) == 1:
                    # "Desde Oaxaca informaron", "En Tabasco reportaron": its government
                    refs.append(ctx.ref(f"Gobierno de {name}"))
                continue  # "Lara registra": a place, no source
            if (
                ref.id is None
                and att.refers_back
                and state.claimants
                and not _body_apposition(att.text, name, ctx)
            ):
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
        organizers = convener(ctx, state, words, i)
        if organizers:  # session 13: "los organizadores" after "X convocó la marcha"
            return organizers
        if body_anaphor(words):
            # session 13: "Dicho organismo señaló", "Según la misma fuente": the body that
            # spoke or was named just before; the last source for "the same source"
            if same_source(words) and state.claimants:
                return state.claimants
            named_before = referred_body(ctx, state, atts, i)
            if named_before:
                return named_before
        heads = (
            ctx.lex.generic_heads.get(words[-1])
            or ctx.lex.generic_heads.get(complement_head(words))
            or ctx.lex.generic_heads.get(modified_head(words))
            if words
            else None
        )  # round 11: "la agencia de emergencias" by its head "agencia"; h-who-en: "the
        # agency responsible for the camps" by "agency"
        if heads is not None:
            # "the union said" → the union named earlier ("the Union of Metal Workers")
            start = ctx.sentences[i].start
            named = state.names(ctx.text).last_with(heads, start, ctx.lex)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)
            fuller = _fuller_before(att, words, atts, i)
            if fuller is not None:  # "the council" after "the Bolivian human rights council"
                return (ctx.ref(_bare(fuller)),)
            wanted = frozenset(heads)
            if any(not wanted.isdisjoint(map(fold, r.mention.split())) for r in state.claimants):
                return state.claimants  # h-who-en: "the agency" after "the UN refugee agency"
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
        title = title_of(words, ctx.lex)
        if title is not None and not att.office:
            # "…, the mayor said": the office holder speaks, not the last source; the
            # office named earlier ("Kestrel city government") when one was (round 7);
            # round 12: also with the office's level ("the regional governor")
            return _office_named(state, title, ctx) or (ctx.ref(_bare(att.text)),)
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
        if att.text.lower() in _PERSON_PRONOUNS:
            return _person_before(state, i) or state.claimants
        subject = _previous_subject(ctx, state, atts, i, att)
        if subject is not None:
            return (subject,)
        if att.text.lower() in _BODY_PRONOUNS:
            return state.body or state.claimants  # "The army said … It added that …"
        if att.text.lower() in _GROUP_PRONOUNS and state.group:
            return state.group  # h-who-en: "…, according to residents. They said …"
        return state.claimants
    if att.kind == PLURAL:
        organizers = convener(ctx, state, [fold(w) for w in att.text.split()], i)
        if organizers:  # session 13: "según los organizadores" after "convocada por X"
            return organizers
        fuller = _plural_before(ctx, att, i)
        if fuller is not None:  # session 13: "The sources said" after "Security and medical
            return (ctx.ref(_bare(fuller)),)  # sources said": the fuller source
        bare = [fold(w) for w in att.text.split()]
        heads = ctx.lex.generic_heads.get(bare[0]) if len(bare) == 1 else None
        if heads is not None:  # session 13: a bare "Police said" after "Kenya Police Service"
            named = state.names(ctx.text).last_with(heads, ctx.sentences[i].start, ctx.lex)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)
        domain = _officials_domain([fold(w) for w in att.text.split()])
        if domain:  # h-who-es: "las autoridades sanitarias" after "la Secretaría de Salud"
            named = state.names(ctx.text).last_with(domain, ctx.sentences[i].start, ctx.lex)
            if named is not None:
                return (attrs.evolve(ctx.ref(named), mention=named),)
        return (ctx.ref(_bare(att.text)),)
    if att.kind == INDEFINITE:
        words = [fold(w) for w in att.text.split()]
        if not _VAGUE_SET.isdisjoint(words):
            return ()  # "according to several media outlets": nobody, not the next source
        for k in range(i + 1, min(i + 3, len(atts))):
            nxt = atts[k]
            if nxt is not None and nxt.kind == NAMED:
                return claimants_of(ctx, nxt, state, atts, k)
        if (
            len(words) > 1
            and words[0] in _INDEFINITE_ARTICLES
            and (words[-1] in ctx.lex.generic_heads or words[1] in ctx.lex.generic_heads)
            and not any(w in ctx.lex.role_words for w in words)
        ):
            # "A university institute said 40,000 took part", named by no later sentence:
            # the body as written (round 9)
            return (ctx.ref(_bare(att.text)),)
    return ()
