"""The shapes of words around a long subject (round 9): which word is a verb of saying and
which a noun ("the rally", "informe … publicado", "according to several press reports"),
where a relative clause that holds commas opens, and the pieces of a name that are not
capitalised words ("L'Observateur", "kestrelnews.com", "France's X"). Read by `claimant`,
`claimant_backward` and `claimant_phrases`; every word is in the language tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "according_noun",
    "adverb",
    "bare_participle",
    "country_owner",
    "dangling_gerund",
    "elided",
    "relative_open",
    "vague_media",
    "web_address",
]

_QUOTES = frozenset({"“", "”", '"', "«", "»"})
_CLITICS = frozenset({"lo", "la", "los", "las"})


_PARTICIPLE_ENDS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_AUXILIARIES = frozenset(tables_es.PARTICIPLE_AUXILIARIES)


def bare_participle(norms: Sequence[str], i: int) -> bool:
    """ "una memoria al Parlamento difundida en la web": a Spanish participle with no
    auxiliary before it ("ha publicado", "había informado") and no agent after it ("publicado
    por la ONU") modifies the noun before it; the noun is not the subject of a verb of
    saying (round 9)."""
    w = norms[i]
    if not w.endswith(_PARTICIPLE_ENDS) or w not in _ES_ONLY_SAY or i == 0:
        return False
    if i + 1 < len(norms) and norms[i + 1] in ("por", "by"):
        return False
    k = i - 1
    while k > 0 and norms[k] in _PARTICIPLE_SKIP:
        k -= 1  # "ha también informado", "lo han cifrado"
    return norms[k] not in _AUXILIARIES


_GERUND_SKIP = frozenset(tables_en.SUBJECT_ADVERBS) | {"also", "now"}
_GERUND_PLACES = frozenset({"across", "at", "from", "in", "inside", "into", "near"})
_GERUND_REACH = 4


def dangling_gerund(norms: Sequence[str], i: int) -> bool:
    """ "Five more people died in the town raising the toll to 30": an English gerund of
    saying right after a phrase a preposition of place governs ("in the town") hangs on the
    clause before; that phrase is where, not who, and the gerund has no source of its own
    ("police saying", "with the ministry reporting" keep theirs)."""
    if not norms[i].endswith("ing"):
        return False
    k = i - 1
    while k > 0 and norms[k] in _GERUND_SKIP:
        k -= 1
    if norms[k] == "as":  # "were quoted on Monday as saying": the quoted speak
        return False
    for j in range(k, max(-1, k - _GERUND_REACH), -1):
        if norms[j] in _GERUND_PLACES:
            return j < k
        if not norms[j].isalpha():
            return False
    return False


_ACCORDING_WORDS = frozenset({"according", "segun", "acuerdo"})
_ACCORDING_REACH = 6


def according_noun(norms: Sequence[str], i: int) -> bool:
    """ "according to several press reports", "según los informes": a word after "according
    to / según" in its own phrase is the source's noun, not a verb (round 9)."""
    for k in range(i - 1, max(-1, i - _ACCORDING_REACH - 1), -1):
        if norms[k] in _ACCORDING_WORDS:
            # "según ha informado la Consejería": only auxiliaries between, a verb
            between = [w for w in norms[k + 1 : i] if w not in ("to", "con")]
            return any(w not in _AUXILIARIES and w not in _CLITICS for w in between)
        if norms[k] in (",", ";", ":", ".") or norms[k] in _QUOTES:
            return False
    return False


_ES_ONLY_SAY = tables_es.SAY_VERBS - tables_en.SAY_VERBS
_PARTICIPLE_SKIP = frozenset({"ya", "tambien", "finalmente", "hoy", "ayer", "no"})


_LY_NOUNS = tables_en.LY_NOUNS | tables_es.LY_NOUNS
_NOUN_LEADS = frozenset({"the", "a", "an", "this", "that", "its", "their", "s", "his", "her"})


def adverb(norms: Sequence[str], i: int) -> bool:
    """ "has previously said": an adverb in -ly before the verb is passed over; "the rally",
    "Saturday's rally", "the family" are nouns of the subject (round 9). Round 10: so is a
    Spanish adverb in -mente ("la policía posteriormente elevó"; never a short name such as
    "Clemente") and an adverb of later time ("la policía local luego / más tarde elevó", "the
    ministry afterwards raised"): the subject before it speaks, the adverb is no part of it."""
    w = norms[i]
    if w in _LATER_ADVERBS:
        return True
    if w == _LATER_PAIR[1] and i > 0 and norms[i - 1] == _LATER_PAIR[0]:
        return True  # "más tarde": both words are passed over, "tarde" first
    if w == _LATER_PAIR[0] and i + 1 < len(norms) and norms[i + 1] == _LATER_PAIR[1]:
        return True
    if w.endswith(_MENTE) and len(w) >= _MENTE_MIN:
        return True
    return (
        w.endswith("ly")
        and len(w) > 4
        and w not in _LY_NOUNS
        and not (i > 0 and norms[i - 1] in _NOUN_LEADS)
    )


_LATER_ADVERBS = tables_en.LATER_ADVERBS | tables_es.LATER_ADVERBS
_LATER_PAIR = ("mas", "tarde")
_MENTE = "mente"
_MENTE_MIN = 9


_RELATIVE_REACH = 30
_RELATIVE_OPENERS = (
    frozenset({"who", "which", "quien", "quienes"})
    | tables_en.POSSESSIVE_RELATIVES
    | tables_es.POSSESSIVE_RELATIVES
)


def relative_open(toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon) -> int:
    """The comma before ", who / which / quien" that opens a relative clause closed by the
    comma ``i``, however many commas the clause holds ("X, who leads the rescue, relief and
    recovery unit of the council, reported" → the comma after X); -1 when there is none
    within `_RELATIVE_REACH` words, or a figure, a quote, a clause mark or a verb of saying
    stands between (round 9)."""
    if i < 3 or norms[i] != ",":
        return -1
    for c in range(i - 1, max(0, i - _RELATIVE_REACH) - 1, -1):
        w = norms[c]
        if w in lex.say_verbs and c > 2 and norms[c - 1] in _RELATIVE_OPENERS:
            # session 13: "Two officers, who spoke on condition of anonymity, said": the
            # relative's own verb, right after its opener
            return c - 2 if norms[c - 2] == "," else -1
        if toks[c].kind == "n" or w in _QUOTES or w in (";", ":") or w in lex.say_verbs:
            return -1
        if w in _RELATIVE_OPENERS and c > 1 and norms[c - 1] == ",":
            return c - 1
    return -1


_WEB_DOMAINS = tables_en.WEB_DOMAINS | tables_es.WEB_DOMAINS
_VAGUE_QUANTIFIERS = tables_en.VAGUE_QUANTIFIERS | tables_es.VAGUE_QUANTIFIERS


def web_address(norms: Sequence[str], phrase: str) -> bool:
    """ "kestrelnews.com", "infobae.com": one word, a dot, a top-level domain, no spaces."""
    return (
        len(norms) == 3
        and norms[1] == "."
        and norms[2] in _WEB_DOMAINS
        and " " not in phrase
        and phrase[:1].isalnum()
    )


def vague_media(norms: Sequence[str], media: frozenset[str]) -> bool:
    """ "several media reports", "some news outlets", "varios medios": an uncounted set of
    media names no source (round 9)."""
    return bool(norms) and norms[0] in _VAGUE_QUANTIFIERS and not media.isdisjoint(norms)


_APOSTROPHES = frozenset({"'", "’"})


def elided(toks: Sequence[Tok], span: list[int], j: int, end: int) -> bool:
    """A one-letter capital, an apostrophe and a capitalised word: one elided name
    ("L'Observateur")."""
    return (
        j + 2 < end
        and len(toks[span[j]].norm) == 1
        and toks[span[j]].cap
        and toks[span[j + 1]].norm in _APOSTROPHES
        and toks[span[j + 2]].cap
    )


def hyphened(toks: Sequence[Tok], span: list[int], j: int, end: int) -> bool:
    """h-who-en: two capitalised words joined by a hyphen with no space are one name
    ("Al-Wefaq", "Guinea-Bissau"): its first word is no article to drop."""
    if j + 2 >= end:
        return False
    a, dash, b = toks[span[j]], toks[span[j + 1]], toks[span[j + 2]]
    return a.cap and dash.norm == "-" and b.cap and a.end == dash.start and dash.end == b.start


def country_owner(toks: Sequence[Tok], span: list[int], last: int, end: int, lex: Lexicon) -> bool:
    """The run ending at ``last`` is a country that owns the name after it ("France's
    L'Observateur"): the owner is not a second source (round 9)."""
    return (
        last + 3 < end
        and toks[span[last + 1]].norm in _APOSTROPHES
        and toks[span[last + 2]].norm == "s"
        and toks[span[last + 3]].cap
        and toks[span[last]].norm in lex.countries
    )
