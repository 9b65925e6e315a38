"""What the noun phrase of an attribution is: proper names ("Foro Penal", "Alfredo Romero"),
a pronoun or a definite descriptor that refers back ("it", "the group"), an indefinite
descriptor the next named source makes precise ("a local rights monitoring group"), a plural
of unnamed sources ("human rights groups") or a government ("the government", "official
figures", "Venezuela")."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Literal

import attrs

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_anaphor import body_anaphor
from discrepancy.extraction.claimant_shapes import (
    country_owner,
    elided,
    hyphened,
    vague_media,
    web_address,
)
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.orgs import OrgRegistry

__all__ = [
    "DEFINITE",
    "GOVERNMENT",
    "INDEFINITE",
    "NAMED",
    "ORDINAL_REFS",
    "PLURAL",
    "PRONOUN",
    "Attribution",
    "Memo",
    "classify",
    "is_name",
    "names_a_place",
]

NAMED = "named"
PRONOUN = "pronoun"
DEFINITE = "definite"
INDEFINITE = "indefinite"
PLURAL = "plural"
GOVERNMENT = "government"


CONNECTORS = frozenset(
    {"de", "del", "la", "las", "los", "y", "e", "en", "of", "the", "for", "on", "in", "&", ",", "-"}
    | {"para"}  # "Oficina Nacional para la Gestión de Emergencias"
)
ARTICLES = frozenset(
    {"the", "a", "an", "el", "la", "los", "las", "un", "una", "this", "its", "their", "su", "sus"}
)
_POSSESSIVE = frozenset({"'", "’"})
_MEDIA = frozenset(
    {"media", "medios", "press", "prensa", "television", "outlets", "newspapers", "diarios"}
    | {"radio", "tv", "broadcaster", "emisora", "televisora"}  # "State radio said": unnamed
)
_DEFINITE_ARTICLES = frozenset({"the", "this", "el", "la", "los", "las", "este", "esta"})
_LEVELS = tables_en.TITLE_LEVELS | tables_es.TITLE_LEVELS
"""Round 12: an office's level ("local", "regional") beside a name qualifies it; it does not
refer back to a body named before ("el Ministerio de Educación local")."""
ORDINAL_REFS: dict[str, int] = {**tables_en.ORDINAL_REFS, **tables_es.ORDINAL_REFS}
"""Which of a pair just named an ordinal refers to: "the former" (0), "los segundos" (1)."""
_ACRONYM_LIKE = frozenset({"un", "eu", "us", "oms", "oim", "onu", "ue", "who"})


@attrs.frozen
class Attribution:
    """An attribution found in a sentence.

    Attributes:
        kind: named, pronoun, definite, indefinite, plural or government.
        names: the proper names in it, as written ("Foro Penal", "Alfredo Romero").
        text: the whole noun phrase as written ("the legal aid group Foro Penal").
        verb: the folded verb or phrase that introduced it ("reported", "according").
        say: a reporting verb or "according to" (the claimant speaks), as opposed to an
            announcing one ("authorized", "decided"): both name the claimant.
        country: the country of a government mention ("Venezuela"), when it names one.
        refers_back: a pronoun or descriptor beside the names ("Its spokesman, X").
        at: the token index of the verb or phrase that introduced it in its sentence.
        office: the office a titled person speaks for ("Interior Ministry" for "Interior
            Minister Ana Pérez", "Cruz Roja" for "el director de la Cruz Roja, Juan Díaz").
    """

    kind: str
    names: tuple[str, ...] = ()
    text: str = ""
    verb: str = ""
    say: bool = True
    country: str | None = None
    refers_back: bool = False
    at: int = -1
    office: str = ""


Memo = dict[str, Attribution | None]
"""Noun phrase text → what it was classified as (one per document)."""


def _is_proper(tok: Tok, k: int, span_start: int, lex: Lexicon, text: str = "") -> bool:
    if not tok.cap or (tok.kind != "w" and tok.kind != "x"):
        return False
    w = tok.norm
    if tok.end - tok.start > 1 and w in _ACRONYM_LIKE:
        # "UN", "EU", "OMS"; with the text at hand, never the article "Un portavoz"
        return not text or text[tok.start : tok.end].isupper()
    if w in lex.number_words:
        return False
    if w in lex.descriptors or w in lex.pronouns or w in lex.government_heads:
        return False
    if w in lex.person_nouns or w in lex.function_words or w in lex.months:
        return False
    if w in lex.not_names or w in lex.not_claimants:
        return False
    return not (w in lex.say_verbs or w in lex.weekdays or w in lex.plural_descriptors)


def is_name(toks: Sequence[Tok], span: list[int], lex: Lexicon) -> bool:
    return any(_is_proper(toks[k], k, span[0], lex) for k in span)


def classify(
    text: str, toks: Sequence[Tok], span: list[int], lex: Lexicon, memo: Memo
) -> Attribution | None:
    """What the noun phrase of the tokens ``span`` (contiguous) is; the answer depends on
    the phrase's text alone, so it is kept in ``memo`` for the document."""
    if not span:
        return None
    phrase = text[toks[span[0]].start : toks[span[-1]].end]
    try:
        return memo[phrase]
    except KeyError:
        found = memo[phrase] = _classify_phrase(text, toks, span, phrase, lex)
        return found


_FIGURE_HEADS = (tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS) - {"balance"}
"""A toll's nouns ("the toll in Malta", "la cifra en Perú"): what is counted, never who counts."""
_PLACE_PREPOSITIONS = frozenset(
    {"de", "del", "en", "of", "in", "from", "desde", "a", "al", "to", "at", "into", "hacia"}
)


def _place_after_head(toks: Sequence[Tok], span: list[int]) -> bool:
    """The span's first capitalised word past its articles follows a preposition, after a
    lowercase word of its own: "los muertos en Perú", "the doctors of Malta"."""
    head = False
    for i, k in enumerate(span):
        tok = toks[k]
        if tok.norm in ARTICLES and not head:
            continue
        if tok.cap and i > 0:
            return head and toks[span[i - 1]].norm in _PLACE_PREPOSITIONS
        if tok.kind != "w" or tok.cap:
            return False
        if tok.norm not in _PLACE_PREPOSITIONS:
            head = True
    return False


@functools.cache
def _a_metric(word: str) -> bool:
    """Whether the registry counts people under this noun ("llegadas", "casos")."""
    from discrepancy.metrics import MetricRegistry

    return MetricRegistry.builtin().lookup(word) is not None


def _headed_by_place(
    toks: Sequence[Tok], span: list[int], phrase: str, lex: Lexicon
) -> Attribution | Literal[False] | None:
    """A common noun qualified by a place: what is counted ("los muertos en Perú", "la cifra
    de muertos en Malta", "arrivals to Malta") is no source at all (None); unnamed people who
    speak ("los médicos de Malta", "residents of Fiji") are a source as written, never the
    bare place; ``False`` where the readers below decide (titles, offices, bodies)."""
    head = next(toks[k].norm for k in span if toks[k].norm not in ARTICLES)
    if head in lex.plural_descriptors:
        return Attribution(PLURAL, (), _strip_articles(phrase))
    if head in _FIGURE_HEADS or head in lex.event_words or _a_metric(head):
        return None
    return False


_OFFICIALS = tables_en.OFFICIALS_WORDS | tables_es.OFFICIALS_WORDS
_OF_THE_NATION = tables_en.NATIONAL_MODIFIERS | tables_es.NATIONAL_MODIFIERS


def _body_officials(toks: Sequence[Tok], span: list[int], heads: list[str], lex: Lexicon) -> bool:
    """Whether the phrase is the officials of another body: "officials" / "autoridades" with
    a word of its own beside it that is no article, no country or its adjective and no word
    of the national government ("school officials", "election officials", "las autoridades
    sanitarias locales"; not "Nigerian officials", "government officials", "las autoridades
    federales")."""
    if len(heads) != 1 or heads[0] not in _OFFICIALS:
        return False
    for k in span:
        word = toks[k].norm
        if word == heads[0] or word in ARTICLES or word in CONNECTORS or word in _OF_THE_NATION:
            continue
        if toks[k].kind != "w" or word in lex.countries or (toks[k].cap and _demonym(word, lex)):
            continue
        return True
    return False


_NEGATIONS = frozenset({"no", "not", "non"})


def _classify_phrase(
    text: str, toks: Sequence[Tok], span: list[int], phrase: str, lex: Lexicon
) -> Attribution | None:
    norms = [toks[k].norm for k in span]
    if web_address(norms, phrase):  # "kestrelnews.com": an outlet by its address (round 9)
        return Attribution(NAMED, (phrase,), phrase)
    if len(norms) == 2 and norms[0] in _DEFINITE_ARTICLES and norms[1] in ORDINAL_REFS:
        return Attribution(DEFINITE, (), phrase)  # "the latter", "el primero": of a pair
    if body_anaphor(norms):
        # session 13: "dicho organismo", "esa entidad del Estado", "la misma fuente": the
        # body named before (`claimant_back.referred_body`), never "Estado" as a name
        return Attribution(DEFINITE, (), phrase)
    names = _name_runs(text, toks, span, lex)
    if not names:
        modified = _past_modifier(text, toks, span, lex) or _body_document(text, toks, span, lex)
        if modified is not None:
            return modified
    if not names and vague_media(norms, _MEDIA):  # "several media reports", "varios medios"
        return Attribution(INDEFINITE, (), phrase)
    heads = [
        w
        for m, w in enumerate(norms)
        if w in lex.government_heads and not (m and norms[m - 1] in _NEGATIONS)
    ]  # session 12: "fuentes no oficiales" are no official source
    country = next((lex.countries[w][0] for w in norms if w in lex.countries), None)
    if norms[-1] in _MEDIA or (not names and not _MEDIA.isdisjoint(norms)):
        # "official Iranian media", "la prensa local": unnamed, as written
        return Attribution(PLURAL, (), _strip_articles(phrase))
    if heads and _body_officials(toks, span, heads, lex):
        # session 10: "school officials", "hospital officials", "las autoridades escolares":
        # the officials of a body the phrase names, not the country's government
        return Attribution(PLURAL, (), _strip_articles(phrase))
    if heads:
        return Attribution(GOVERNMENT, tuple(names), _strip_articles(phrase), country=country)
    if (
        len(names) == 1
        and (" " not in names[0] or _place_named(names[0]))  # h-who-en: "West Bengal police"
        and norms[-1] in lex.plural_descriptors
        and not toks[span[-1]].cap
    ):
        return Attribution(
            PLURAL, (), _strip_articles(phrase)
        )  # "Labor leaders", "Opposition activists"
    if (
        names
        and norms[0] in _DEFINITE_ARTICLES
        and not toks[span[-1]].cap
        and _org_head(norms, lex)
        and all(" " not in nm and _demonym(nm, lex) for nm in names)
    ):  # "the Bolivian human rights council", "the Italian coast guard": unnamed, as written
        return Attribution(DEFINITE, (), phrase)
    if names:
        if _place_after_head(toks, span) and all(_place_named(nm) for nm in names):
            # "Los muertos en Perú", "los médicos de Malta": the place qualifies a common
            # noun; it is not its government speaking (session 10)
            headed = _headed_by_place(toks, span, phrase, lex)
            if not isinstance(headed, bool):
                return headed
        only_country = all(_fold_name(nm) in lex.countries for nm in names)
        if only_country and any(
            w in lex.descriptors and w not in ARTICLES and w not in ("of", "de", "s") for w in norms
        ):  # "a Chilean human rights organization": unnamed, not the government
            return Attribution(PLURAL, (), _strip_articles(phrase))
        if only_country:
            country = lex.countries[_fold_name(names[0])][0]
            return Attribution(GOVERNMENT, (), phrase, country=country)
        refers = any(w in lex.pronouns and w not in _DEFINITE_ARTICLES for w in norms) or (
            # "El Observatorio …": the article "el" is no pronoun "él"
            norms[0] in ("the", "el", "la")
            and any(  # "the group's director, X"; never a word of the name ("The Red Cross")
                toks[k].norm in lex.descriptors
                and toks[k].norm not in ARTICLES
                and toks[k].norm not in CONNECTORS  # "El Observatorio de …": "de" joins
                and toks[k].norm not in _LEVELS  # round 12: "el Ministerio … local"
                and not toks[k].cap
                for k in span
            )
        )
        return Attribution(NAMED, tuple(names), phrase, refers_back=refers)
    if len(norms) <= 4 and norms[-1] in lex.generic_heads and norms[0] in _DEFINITE_ARTICLES:
        return Attribution(DEFINITE, (), phrase)  # "the union", "el sindicato", "la policía"
    if (
        norms[0] in _DEFINITE_ARTICLES
        and len(norms) <= _COMPLEMENT_SPAN
        and complement_head(norms) in lex.generic_heads
        and all(toks[k].kind == "w" and not toks[k].cap for k in span[1:])
    ):  # round 11: "la agencia de emergencias", "the board of elections": the head first
        return Attribution(DEFINITE, (), phrase)
    if (
        norms[0] in _DEFINITE_ARTICLES
        and len(norms) <= _MODIFIED_SPAN
        and modified_head(norms) in lex.generic_heads
        and all(toks[k].kind == "w" and not toks[k].cap for k in span[1:])
    ):  # h-who-en: "the agency responsible for the camps", "la agencia a cargo de"
        return Attribution(DEFINITE, (), phrase)
    if (
        1 < len(norms) <= _COMPLEMENT_SPAN
        and norms[-1] in REPORT_SOURCES
        and norms[0] not in _DEFINITE_ARTICLES
        and all(toks[k].kind == "w" and not toks[k].cap for k in span[1:])
    ):  # round 11: "other reports put the toll at 150", "otras estimaciones elevan a"
        return Attribution(PLURAL, (), phrase)
    if (
        len(norms) <= 6
        and norms[0] in _DEFINITE_ARTICLES
        and _org_head(norms, lex)
        and all(toks[k].kind == "w" for k in span)
    ):  # "the regional civil defence agency", "the Bolivian human rights council"
        return Attribution(DEFINITE, (), phrase)
    if _institution(toks, span, norms, lex):
        return Attribution(DEFINITE, (), phrase)  # "the navy", "the state", "Carabineros"
    if _report_series(norms):
        # round 12: "el reporte diario", "the weekly bulletin": a series of reports speaks
        # under its own generic label, never merged with a body named before it
        return Attribution(PLURAL, (), _strip_articles(phrase))
    if norms[-1] in lex.pronouns or (
        norms[0] in lex.pronouns
        and len(norms) <= 3
        and not (
            _article_el(text, toks[span[0]])
            and (
                norms[-1] in lex.plural_descriptors or _head_then_adjective(toks, span, norms, lex)
            )
        )
    ):
        return Attribution(PRONOUN, (), phrase)
    if any(w in lex.plural_descriptors for w in norms):
        k = 0  # "On Monday rescuers" → "rescuers"
        while k < len(norms) - 1 and (
            norms[k] in lex.not_claimants
            or norms[k] in lex.weekdays
            or norms[k] in lex.months
            or norms[k] in ("and", "y", "e")  # "…, and organizers counted"
        ):
            k += 1
        return Attribution(PLURAL, (), text[toks[span[k]].start : toks[span[-1]].end])
    if (
        1 < len(norms) <= _CLASS_SPAN
        and norms[0] in _INDEFINITE_ARTICLES
        and (norms[-1] in lex.generic_heads or norms[1] in lex.generic_heads)
        and all(toks[k].kind == "w" and not toks[k].cap for k in span[1:])
    ):  # "a university institute", "un instituto universitario": a body by its class
        return Attribution(INDEFINITE, (), phrase)
    content = [w for w in norms if w not in _POSSESSIVE and w != "s"]
    if content and all(w in lex.descriptors for w in content):
        if content[0] in ("the", "this", "el", "la", "esta", "este"):
            return Attribution(DEFINITE, (), phrase)
        return Attribution(INDEFINITE, (), phrase)
    if _head_then_adjective(toks, span, norms, lex):
        return Attribution(PLURAL, (), _strip_articles(phrase))  # "la coalición organizadora"
    return None


_DOCUMENTS = tables_en.REPORT_SERIES_NOUNS | tables_es.REPORT_SERIES_NOUNS
_SERIES = tables_en.REPORT_SERIES | tables_es.REPORT_SERIES


def _report_series(norms: Sequence[str]) -> bool:
    """Round 12: an article, a document noun and the adjective of its period, in either
    order ("el reporte diario", "the daily report", "el boletín semanal")."""
    return (
        len(norms) == 3
        and norms[0] in _DEFINITE_ARTICLES
        and (
            (norms[1] in _DOCUMENTS and norms[2] in _SERIES)
            or (norms[1] in _SERIES and norms[2] in _DOCUMENTS)
        )
    )


INSTITUTION_HEADS = tables_en.INSTITUTION_HEADS | tables_es.INSTITUTION_HEADS
REPORT_SOURCES = tables_en.REPORT_SOURCES | tables_es.REPORT_SOURCES
_COMPLEMENT_SPAN = 8
_OF = frozenset({"of", "de", "del"})


def complement_head(norms: Sequence[str]) -> str:
    """The head of a noun phrase whose complement follows it ("agencia" of "la agencia de
    emergencias", "board" of "the board of elections"): the word before the first "de / of"
    after the article and head; the last word when there is none (round 11)."""
    for j in range(2, len(norms)):
        if norms[j] in _OF:
            if j > 2 and norms[j - 1] in _LEVELS:
                return norms[j - 2]  # g-who: "la agencia provincial de desastres"
            return norms[j - 1]
    return norms[-1] if norms else ""


_POSTMODIFIERS = tables_en.POSTMODIFIER_OPENERS | tables_es.POSTMODIFIER_OPENERS
_MODIFIED_SPAN = 10


def modified_head(norms: Sequence[str]) -> str:
    """h-who-en: the head of a noun phrase a modifier follows ("agency" of "the agency
    responsible for the camps", "the agency in charge of", "la agencia encargada de"): the
    word after the article, before the first word that opens the modifier; "" when none."""
    if len(norms) > 3 and norms[2] in _POSTMODIFIERS:
        return norms[1]
    return ""


_INDEFINITE_ARTICLES = tables_en.INDEFINITE_ARTICLES | tables_es.INDEFINITE_ARTICLES
_CLASS_SPAN = 5
_INSTITUTION_SPAN = 4


def _head_then_adjective(
    toks: Sequence[Tok], span: list[int], norms: list[str], lex: Lexicon
) -> bool:
    """A definite article, a generic head and one lower-case word after it: the Spanish order
    of an adjective ("la coalición organizadora", "el sindicato mayoritario"), which the
    readers of a head at the end did not take (session 9). Not a function word nor a verb
    of saying."""
    return (
        len(norms) == 3
        and norms[0] in _DEFINITE_ARTICLES
        and norms[1] in lex.generic_heads
        and toks[span[2]].kind == "w"
        and not toks[span[2]].cap
        and norms[2] not in lex.function_words
        and norms[2] not in lex.say_verbs
    )


def _article_el(text: str, tok: Tok) -> bool:
    """Whether the token is the article "el" ("El concejal dijo"), not the pronoun "él": the
    two fold to one norm, so only the written accent tells them apart (session 9). Only a
    noun of people after it ("El testigo", "El forense") makes the phrase a source here."""
    return text[tok.start : tok.end].lower() == "el"


def _institution(toks: Sequence[Tok], span: list[int], norms: list[str], lex: Lexicon) -> bool:
    """A noun phrase that names a body or a collective by its class (round 8): a definite
    article, at most two lower-case modifiers and a head of the class ("the navy", "the
    Italian navy", "la oposición", "the state"), or the head alone with a capital
    ("Carabineros", "Gendarmería")."""
    if norms[-1] not in INSTITUTION_HEADS or len(norms) > _INSTITUTION_SPAN:
        return False
    if norms[-1] in lex.plural_descriptors:
        return False  # "Organizers", "police": unnamed plurals, read as such
    if len(norms) == 1:
        return toks[span[0]].cap
    return norms[0] in _DEFINITE_ARTICLES and all(
        toks[k].kind == "w" and norms[j] not in lex.function_words
        for j, k in enumerate(span[1:-1], start=1)
    )


def _opener_adjective(
    text: str, toks: Sequence[Tok], span: list[int], run: list[int], k: int
) -> bool:
    """ "Initial reports said": one capitalised word that opens the sentence, before a
    lower-case noun of the same phrase, is the sentence's capital, not a name (an acronym or a
    known org's name stays one: "UNICEF officials", "Reuters journalists")."""
    if len(run) != 1 or run[0] != 0 or k + 1 >= len(span):
        return False
    nxt = toks[span[k + 1]]
    if nxt.cap or nxt.kind != "w" or nxt.norm in CONNECTORS or nxt.norm in ("and", "y", "e"):
        return False
    word = text[toks[0].start : toks[0].end]
    return not word.isupper() and fold(word) not in known_names()


@functools.cache
def known_names() -> frozenset[str]:
    """Single-word names, aliases and acronyms of the built-in registry's orgs, folded."""
    out: set[str] = set()
    for org in OrgRegistry.builtin():
        for name in (org.name, *org.aliases, *org.acronyms):
            if " " not in name.strip():
                out.add(fold(name.strip()))
    return frozenset(out)


def _joins_names(toks: Sequence[Tok], span: list[int], j: int, end: int) -> bool:
    """ "and" / "&" inside one name ("Centre for Democracy and Human Rights"): capitals on
    both sides, and a connector word ("for", "of") earlier in the run, so two names joined
    ("UNHCR and IOM") stay two."""
    if j + 1 >= end or not toks[span[j + 1]].cap or not toks[span[j - 1]].cap:
        return False
    if toks[span[j]].norm == "&":
        return True  # "Kestrel Survey & Mapping Service": an ampersand joins one name (round 9)
    k = j - 1
    while k >= 0 and (toks[span[k]].cap or toks[span[k]].norm in CONNECTORS):
        if toks[span[k]].norm in ("of", "for", "de", "del", "para"):
            return True
        k -= 1
    return False


def _headless_before(
    toks: Sequence[Tok], span: list[int], start: int, j: int, end: int, lex: Lexicon
) -> bool:
    """Session 13 (h-who-en): "and" inside one name whose capitals before it name no body and
    end in no body's head, while the capitals after it end in one ("National Disaster Risk
    Reduction and Management Council"); "UNHCR and IOM", "Oxfam and the Red Cross" stay
    two (one word before, or the head before)."""
    if j - start < 2 or j + 2 >= end:
        return False
    after = j + 1
    while after + 1 < end and toks[span[after + 1]].cap:
        after += 1
    if after == j + 1 or not all(toks[span[m]].cap for m in range(j + 1, after + 1)):
        return False
    before = [toks[span[m]].norm for m in range(start, j)]
    if not all(toks[span[m]].cap for m in range(start, j)) or _org_head(before, lex):
        return False
    return _org_head([toks[span[m]].norm for m in range(j + 1, after + 1)], lex)


def _org_head(norms: Sequence[str], lex: Lexicon) -> bool:
    """The phrase ends in a word that names a body ("agency", "council", "ministerio", and
    the round-8 institutions: "navy", "armada")."""
    return (
        norms[-1] in lex.generic_heads
        or norms[-1] in lex.government_heads
        or (norms[-1] in INSTITUTION_HEADS and norms[-1] not in ("state", "estado"))
    )


_DEMONYM_ENDS = ("an", "ian", "ese", "i", "ish", "ano", "ana", "ense", "eno", "ena")


def _demonym(name: str, lex: Lexicon) -> bool:
    """A country's adjective ("Iraqi", "Italian", "Lebanese", "paraguayo"): from the
    country table, else by its ending (a capitalised word, not an acronym)."""
    folded = fold(name)
    if folded in lex.countries:
        return True
    return len(folded) > 4 and not name.isupper() and folded.endswith(_DEMONYM_ENDS)


_MODIFIER_JOINS = frozenset({"and", "y", "e", "or", "o", ",", "&"})


def _demonym_modifier(
    text: str, toks: Sequence[Tok], span: list[int], last: int, lex: Lexicon
) -> bool:
    """h-who-en: a lone country adjective that only modifies the noun after it, before the
    name that speaks ("the Syrian state news agency SANA", "the French news agency AFP"):
    lower-case words follow it, then a capitalised name; not a coordination ("Italy and
    UNHCR") and not a country's own name."""
    word = toks[span[last]]
    if last + 2 >= len(span) or (last > 0 and toks[span[last - 1]].cap):
        return False
    name = text[word.start : word.end]
    country = lex.countries.get(fold(name))
    if (country is not None and fold(country[0]) == fold(name)) or not _demonym(name, lex):
        return False  # "Italy" is the country itself; "Syrian", "Kenyan" only describe
    nxt = toks[span[last + 1]]
    if nxt.cap or nxt.kind != "w" or nxt.norm in _MODIFIER_JOINS:
        return False
    return any(toks[k].cap for k in span[last + 2 :])


def _dotted(tok: Tok, dot: Tok) -> bool:
    """A capital group of at most two letters that the dot after it touches: "U." of
    "U.N.", "CC." of "CC.OO."."""
    return tok.cap and tok.kind == "w" and len(tok.norm) <= 2 and tok.end == dot.start


def _fold_name(name: str) -> str:
    return fold(name)


def _strip_articles(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in ARTICLES:
        words = words[1:]
    return " ".join(words) or phrase


_EL_AFTER = frozenset({"para", "por", "y"})
"""After these, "el" goes on inside one name: "Instituto de Estudios para el Desarrollo y la
Paz", "Comisión Económica para América Latina y el Caribe" (a run stops at a bare "el")."""
_NAME_OF = frozenset({"de", "del", "of"})
_NAME_HEADS = tables_en.NAME_HEADS | tables_es.NAME_HEADS


def _lower_head(toks: Sequence[Tok], span: list[int], k: int, first: int, lex: Lexicon) -> int:
    """The start of a name whose head noun is written in lower case: "el ministerio de
    Salud", "la conselleria de Innovación, Interior y Justicia" (round 7) name the
    ministry, not "Salud". Only when the run opens the capitalised words right after "de /
    of" and the run is not a registry name on its own ("la oficina de UNICEF" stays UNICEF)."""
    if k < 2 or first != span[k] or toks[span[k - 1]].norm not in _NAME_OF:
        return first
    head = toks[span[k - 2]]
    if head.cap or head.norm not in _NAME_HEADS or toks[span[k]].norm in known_names():
        return first
    return span[k - 2]


_BASED = frozenset({"based", "headquartered", "registered", "run", "backed", "funded"}) | {
    "led",
    "owned",
    "controlled",
    "sponsored",
    "allied",
}


_IN = frozenset({"in", "en", "inside", "across"})
_PLATFORMS = tables_en.SOCIAL_PLATFORMS | tables_es.SOCIAL_PLATFORMS
_RUN_ARTICLES = ARTICLES | _INDEFINITE_ARTICLES


def _place_in(toks: Sequence[Tok], span: list[int], run: list[int], k: int) -> bool:
    """Session 13: "a group run by activists in Syria", "un grupo de Facebook": a place the
    phrase puts something in, or a social network a group or page lives on, is not who
    speaks (the phrase's head is)."""
    words = " ".join(toks[i].norm for i in run if toks[i].norm not in _RUN_ARTICLES)
    if words in _PLATFORMS:
        return True
    if k < 2 or toks[span[k - 1]].norm not in _IN:
        return False
    head = toks[span[k - 2]]  # "activists in Syria"; not "También en Tabasco, reportaron"
    return head.kind == "w" and not head.cap


def _based(toks: Sequence[Tok], span: list[int], last: int) -> bool:
    """ "A US-based rights group", "the Paris-based group X": a place or a name that only
    modifies the noun after it is not the source (round 7); h-who-en: "the U.S.-led
    coalition", "the Kurdish-led forces" (the last stop of "U.S." before the hyphen)."""
    if last + 1 < len(span) and toks[span[last + 1]].norm == ".":
        last += 1
    return (
        last + 2 < len(span)
        and toks[span[last + 1]].norm == "-"
        and toks[span[last + 2]].norm in _BASED
    )


def _past_modifier(
    text: str, toks: Sequence[Tok], span: list[int], lex: Lexicon
) -> Attribution | None:
    """h-who-en: "the U.S.-led coalition", "a Paris-based monitor", "Kurdish-led forces": a
    name or a place that only modifies the noun after it; the noun phrase is a body by its
    class, as "the coalition" is, and keeps its words as written."""
    hyphen = next(
        (
            i
            for i in range(1, len(span) - 2)
            if toks[span[i]].norm == "-" and toks[span[i + 1]].norm in _BASED
        ),
        -1,
    )
    if hyphen < 0:
        return None
    rest = span[hyphen + 2 :]
    head = [toks[k].norm for k in rest]
    if not all(toks[k].kind == "w" and not toks[k].cap for k in rest):
        return None
    phrase = text[toks[span[0]].start : toks[span[-1]].end]
    if head[-1] in lex.plural_descriptors:
        return Attribution(PLURAL, (), _strip_articles(phrase))
    if head[-1] in lex.generic_heads or _org_head(head, lex):
        return Attribution(DEFINITE, (), phrase)
    return None


_NOUN_ARTICLES = frozenset({"a", "an", "the"})


def _body_document(
    text: str, toks: Sequence[Tok], span: list[int], lex: Lexicon
) -> Attribution | None:
    """h-who-en: "a coalition statement said", "an army report said": a document that a body
    noun before it names the author of; the body speaks ("the coalition"), as in "a
    statement from the coalition", and a later "it said" refers to it."""
    norms = [toks[k].norm for k in span]
    if len(norms) < 3 or norms[0] not in _NOUN_ARTICLES or norms[-1] not in lex.by_report:
        return None
    middle = span[1:-1]
    if not all(toks[k].kind == "w" and not toks[k].cap for k in middle):
        return None
    if not _org_head(norms[:-1], lex) or norms[-2] in lex.by_report:
        return None
    body = text[toks[middle[0]].start : toks[middle[-1]].end]
    if norms[-2] in lex.government_heads:
        return Attribution(GOVERNMENT, (), body)
    return Attribution(DEFINITE, (), f"the {body}")


def _opening_article_name(toks: Sequence[Tok], capitals: list[int]) -> bool:
    """h-who-es: "La Defensa Civil informó …": a sentence's opening article (capitalised as
    every first word is) before two capitalised common words; they are a name, as "la
    Defensa Civil" is inside a sentence."""
    return (
        len(capitals) >= 3
        and capitals[0] == 0
        and toks[0].norm in _DEFINITE_ARTICLES
        and capitals[1] == 1
        and capitals[2] == 2
    )


def _arabic_al(toks: Sequence[Tok], run: list[int], i: int, lex: Lexicon) -> bool:
    """Session 12: a capitalised "Al" before a capitalised name that is no head of a body
    ("Al Arabiya", "Al Shabaab") is the Arabic article of the name, not Spanish "al"
    ("Al Gobierno le preocupa …")."""
    if toks[i].norm != "al" or i + 1 not in run or not toks[i + 1].cap:
        return False
    nxt = toks[i + 1].norm
    return not (nxt in lex.government_heads or nxt in lex.generic_heads or nxt in ARTICLES)


def _name_runs(text: str, toks: Sequence[Tok], span: list[int], lex: Lexicon) -> list[str]:
    """Runs of capitalised words (with connectors) holding at least one proper word."""
    runs: list[str] = []
    k, end = 0, len(span)
    while k < end:
        t = toks[span[k]]
        if not t.cap:
            k += 1
            continue
        j = k
        last_cap = k
        while j + 1 < end:
            nxt = toks[span[j + 1]]
            if nxt.cap or (nxt.kind == "x" and any(c.isalpha() for c in nxt.norm)):
                j += 1
                last_cap = j
            elif (
                (nxt.norm in CONNECTORS and nxt.norm != "&")
                or (nxt.norm in ("and", "&") and _joins_names(toks, span, j + 1, end))
                or (nxt.norm == "and" and _headless_before(toks, span, k, j + 1, end, lex))
                or (nxt.norm == "el" and toks[span[j]].norm in _EL_AFTER)
            ) or (nxt.norm == "." and _dotted(toks[span[j]], nxt)):  # "U.N.", "U.S.", "CC.OO."
                j += 1
            elif elided(toks, span, j, end) or hyphened(toks, span, j, end):
                j += 2  # "L'Observateur", "D'Artagnan" (round 9); "Al-Wefaq" (h-who-en)
                last_cap = j
            else:
                break
        run = span[k : last_cap + 1]
        if country_owner(toks, span, last_cap, end, lex):
            k = last_cap + 1  # "France's L'Observateur", "Nigeria's NEMA": the owned name speaks
            continue
        if (
            all(toks[i].norm in lex.not_claimants for i in run)
            or _place_in(toks, span, run, k)
            or _opener_adjective(text, toks, span, run, k)
            or _based(toks, span, last_cap)
            or _demonym_modifier(text, toks, span, last_cap, lex)
        ):
            k = last_cap + 1
            continue
        capitals = [i for i in run if toks[i].cap]
        if (
            any(_is_proper(toks[i], i, span[0], lex, text) for i in run)
            or (
                len(capitals) >= 2
                and capitals[0] > 0
                and toks[capitals[0] - 1].kind == "w"
                and not toks[capitals[0] - 1].cap  # not in a title-case headline
            )
            or _opening_article_name(toks, capitals)
        ):  # "la Defensa Civil": capitalised common words inside a sentence are a name
            first = next(
                (
                    i
                    for i in run
                    if toks[i].cap
                    and (
                        (toks[i].norm not in lex.not_names and toks[i].norm not in ARTICLES)
                        or _arabic_al(toks, run, i, lex)
                    )
                ),
                None,
            )
            if first is None:
                first = next(
                    (i for i in run if _is_proper(toks[i], i, span[0], lex, text)), capitals[0]
                )
            first = _lower_head(toks, span, k, first, lex)
            if first - 2 >= span[k] and hyphened(toks, [first - 2, first - 1, first], 0, 3):
                first -= 2  # h-who-en: "Al-Wefaq", not "Wefaq"
            stop = toks[run[-1]].end
            if text.startswith(".", stop) and (
                len(toks[run[-1]].norm) == 1 or (len(run) > 1 and toks[run[-2]].norm == ".")
            ):
                stop += 1  # the last dot of "U.N.", "CC.OO."
            runs.append(text[toks[first].start : stop])
        k = last_cap + 1
    return runs


def names_a_place(found: Attribution) -> bool:
    """A bare name that the gazetteer knows as a place ("Madrid", "Paris"): in a clause that
    leaves out its verb ("… in Lyon but Paris 21,000") it is where the figure was counted,
    not who counted it (round 10). A name that opens with a place ("Paris saw") is one too."""
    if found.kind != NAMED:
        return False
    words = found.text.split()
    return _place_named(found.text) or (bool(words) and _place_named(words[0]))


@functools.cache
def _place_named(name: str) -> bool:
    try:
        from discrepancy.places import Gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return False
    return Gazetteer.builtin().resolve(name) is not None
