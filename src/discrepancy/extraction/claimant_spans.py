"""Where a source's noun phrase starts and ends, read from the tokens of a sentence.

Forward from a cue to the name after it (`forward`: "según los sindicatos", ", said the
ministry"), an apposition after a name, a hedge before a number. Walking back from a verb of
saying to its subject is `claimant_backward` (`backward`), and the pieces around a name that
are not part of it (a report noun, a listener, a day) are `claimant_pieces`; both are
re-exported here. What the span names is `claimant_phrases`; which verb or cue opens it is
`claimant`.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_backward import CLITICS, COORDINATION, backward
from discrepancy.extraction.claimant_phrases import ARTICLES, CONNECTORS
from discrepancy.extraction.claimant_pieces import (
    _COPULAS,
    _SOURCE_NOUNS,
    QUOTES,
    SAID_WHEN,
    STOP_BACK,
    THE,
    _report_of,
    _said_when,
    _who_named,
    listener_at,
    past_listener,
    past_medium,
    past_report,
    until_when,
)
from discrepancy.extraction.claimant_titles import TITLE_MODIFIERS
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "CLITICS",
    "COORDINATION",
    "QUOTES",
    "SAID_WHEN",
    "STOP_BACK",
    "THE",
    "apposition_after",
    "backward",
    "forward",
    "hedge_before_number",
    "past_listener",
    "past_report",
    "split_names",
    "until_when",
]


_VERB_STOP = frozenset(
    {"ha", "han", "habia", "habian", "fue", "fueron", "es", "son", "sido", "seria", "sera"}
    | {"has", "have", "had", "is", "are", "was", "were", "will", "would", "been", "could"}
)
"""Auxiliaries and forms of "to be": a source's name never runs on into them."""
_PLACE_PREP = frozenset({"in", "at", "from", "en", "desde"})


def apposition_after(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> list[int]:
    """ "said Ana Ruiz, the Refugee Council's envoy in the region": the title after the name."""
    if not span or span[-1] + 2 >= len(toks) or norms[span[-1] + 1] != ",":
        return []
    out: list[int] = []
    k = span[-1] + 2
    while k < len(toks) and len(out) < 16 and norms[k] not in (",", ".", ";", ":"):
        out.append(k)
        k += 1
    if any(norms[j] in lex.role_words or norms[j] in lex.title_offices for j in out):
        return out
    return []


_STANDS = tables_en.SRC_FIGURE_STANDS | tables_es.SRC_FIGURE_STANDS
_FIGURE_MOVES = (tables_en.REVISION_VERBS | tables_es.REVISION_VERBS) - {"up", "down", "se"}
"""Session 10: verbs a figure does ("rose to 45", "ascendió a 45", "stands at 45"): a source's
name read forward ends before them."""
_SHOW_VERBS = frozenset(
    {"showed", "shows", "show", "revealed", "muestran", "muestra", "mostraron", "revelan"}
)
"""Verbs after a source's data ("data from X showed"): the source's name ends before them."""


_RELAY_PARTICIPLES = tables_en.RELAY_PARTICIPLES | tables_es.RELAY_PARTICIPLES
_SOURCE_KINDS = tables_en.SOURCE_KINDS | tables_es.SOURCE_KINDS


_OWNER_PLACES = tables_en.OWNER_PLACE_NOUNS | tables_es.OWNER_PLACE_NOUNS
_OWNER_OF = tables_en.OWNER_JOINERS | tables_es.OWNER_JOINERS


def _owner_place(toks: Sequence[Tok], norms: Sequence[str], j: int, span: list[int]) -> bool:
    """Session 13 (h-who-es): the lowercase place noun that ends a capitalised body's name
    after "de/del" ("informó la Fiscalía del estado", "the Attorney General of the state")."""
    if norms[j] not in _OWNER_PLACES or len(span) < 2:
        return False
    k = len(span) - 1
    while k >= 0 and norms[span[k]] in _OWNER_OF:
        k -= 1
    return k < len(span) - 1 and k >= 0 and toks[span[k]].cap


def forward(
    toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon, *, names_only: bool = False
) -> list[int]:
    span: list[int] = []
    n = len(toks)
    if names_only:  # "ha detallado este lunes el Ministerio": past the time of saying
        while j < n and (
            norms[j] in lex.weekdays
            or norms[j] in lex.today
            or norms[j] in lex.yesterday
            or norms[j] in SAID_WHEN
            or _day_article(norms, j, lex)
        ):
            j += 1
    if names_only:
        j = past_medium(norms, j)  # "precisó en rueda de prensa el ministro"
        j = past_listener(toks, norms, j)  # "informaron a EFE fuentes de la Policía"
    if names_only and j < n and norms[j] in _PLACE_PREP:
        return span  # "17,388 were reported in Kashmir": a place, not who reported
    while j < n and len(span) < 14:
        w = norms[j]
        if span and not toks[j].cap and j + 1 < n and toks[j + 1].kind == "n":
            break  # "according to the ministry another 640": a determiner of the number
        if w == ",":
            if j + 1 < n and toks[j + 1].cap and span and toks[span[-1]].cap:
                span.append(j)
                j += 1
                continue
            break
        if w == "." and span and _acronym_dot(toks, j):
            span.append(j)  # "by the U.K. government": an abbreviation's stop ends no name (9b)
            j += 1
            continue
        if w == "(" and span:
            close = _title_parenthesis(toks, norms, span, j, lex)
            if close > 0:
                j = close + 1  # session 10: "said Joint Director General (Rail Safety)
                continue  # Mohan Varadkar": the title's branch, then the name
        if toks[j].kind == "n" and _counted_bodies(toks, norms, span, j):
            span.append(j)  # h-who-en: "according to the 10 central trade unions"
            j += 1
            continue
        if w in (";", ":", ".", "(", ")", "—") or w in QUOTES or toks[j].kind == "n":
            break
        if span and hedge_before_number(toks, norms, j, lex):
            break  # "según los organizadores más de 100.000": the hedge opens the number
        if span and w in _COPULAS and not toks[j].cap:
            break  # "el balance de la Fiscalía era de 18": the name ends at the verb (round 8)
        if span and w in _RELAY_PARTICIPLES:
            break  # h-who-es: "cifras del Ministerio citadas por el diario X": X relays
        if span and not toks[j].cap and (w in _FIGURE_MOVES or w in _STANDS):
            break  # session 10: "the toll given by the health ministry rose to 45"
        if (w in ("that", "which", "who", "que", "quien") and not _who_named(toks, j)) or (
            span
            and (w in lex.say_verbs or w in _VERB_STOP)
            and not _report_of(norms, j)
            and not (toks[j].cap and toks[span[-1]].cap)  # "Seguridad Pública": a name's word
        ):
            break  # "según los sindicatos ha sido apoyada por": the name ends at the verb
        if span and (
            w in _SHOW_VERBS
            or (
                (_said_when(norms, j, lex) or w in lex.weekdays or _day_article(norms, j, lex))
                and all(norms[k] not in lex.by_report for k in span)
            )
        ):
            break  # "data released by the health ministry on Friday showed": the day ends it
        if (
            span
            and w in _ADJUNCT_PREPS
            and j + 1 < n
            and toks[j + 1].kind == "w"
            and not toks[j + 1].cap
        ):
            break  # round 11: "dijo el alcalde en una rueda de prensa": how he said it
        if w in ("a", "to") and span and not toks[span[-1]].cap and toks[span[-1]].kind == "w":
            break  # "según estadísticas del Servicio X facilitadas a EFE": EFE is told
        if span and listener_at(toks, norms, j):
            break  # "según informaron dirigentes de X a la prensa": the press is told (round 10)
        if (
            names_only
            and not toks[j].cap
            and not (not span and w in _SOURCE_NOUNS)  # "informaron fuentes de la Policía"
            and not (  # h-who-es: "informaron fuentes policiales": the sources' kind
                w in _SOURCE_KINDS and span and norms[span[-1]] in _SOURCE_NOUNS
            )
            and w not in lex.generic_heads  # ", said the ministry", "informó la policía"
            and w not in lex.government_heads
            and not (  # session 10: "que dijeron los convocantes", ", said organizers"
                w in lex.plural_descriptors and all(norms[k] in ARTICLES for k in span)
            )
            and not (j + 1 < n and toks[j + 1].cap and toks[j].kind == "w" and len(span) < 3)
            # a descriptor before the name: "reconoció la patronal Confemetal"
            and not _descriptor_run(toks, norms, j, span, lex)
            and not _modifies_head(toks, norms, j, lex)
            and not (toks[j].kind == "x" and span and toks[span[-1]].cap)  # "Justicia 11J"
            and not _head_complement(norms, j, span, lex)
            and not _owner_place(toks, norms, j, span)
            and w not in CONNECTORS
            and w not in ARTICLES
            and w not in lex.role_words
            and w not in lex.title_offices
            and w not in TITLE_MODIFIERS
        ):
            break
        span.append(j)
        j += 1
    return span


_PLURAL_ARTICLES = frozenset({"the", "los", "las"})


def _counted_bodies(toks: Sequence[Tok], norms: Sequence[str], span: list[int], j: int) -> bool:
    """h-who-en: a number right after a plural article and before a lower-case word counts
    the bodies the phrase names ("according to the 10 central trade unions", "según los 10
    sindicatos convocantes"): it is a word of the source's name, not a figure after it."""
    return (
        len(span) == 1
        and norms[span[0]] in _PLURAL_ARTICLES
        and j + 1 < len(toks)
        and toks[j + 1].kind == "w"
        and not toks[j + 1].cap
    )


def _head_complement(norms: Sequence[str], j: int, span: list[int], lex: Lexicon) -> bool:
    """h-who-es: the noun after "de" that completes a descriptor head read after a verb of
    saying ("informaron los servicios de rescate", "los equipos de emergencia"): one word, so
    the name keeps its kind instead of ending on "de"."""
    if len(span) < 2 or span[-1] != j - 1 or norms[j - 1] not in ("de", "del", "of"):
        return False
    head = norms[j - 2]  # session 13: "informó el ministerio del interior"
    return (
        head in lex.plural_descriptors or head in lex.generic_heads or head in lex.government_heads
    )


_PARENTHESIS_REACH = 6


def _title_parenthesis(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], j: int, lex: Lexicon
) -> int:
    """The ")" that closes a parenthesis opened at ``j`` inside a title, before the
    holder's name: "Joint Director General (Rail Safety) Mohan Varadkar", "el comisario
    jefe (Policía Judicial) Luis Pérez" (session 10); -1 when the span before it ends in no
    title word, the parenthesis is long or holds a figure, or no capitalised name follows."""
    last = norms[span[-1]]
    if not (last in lex.role_words or last in lex.title_offices or last in TITLE_MODIFIERS):
        return -1
    for k in range(j + 1, min(len(toks), j + _PARENTHESIS_REACH)):
        if toks[k].kind == "n" or norms[k] in ("(", ",", ";", ".") or norms[k] in QUOTES:
            return -1
        if norms[k] == ")":
            after = k + 1
            ok = k > j + 1 and after < len(toks) and toks[after].cap and toks[after].kind == "w"
            return k if ok else -1
    return -1


def _acronym_dot(toks: Sequence[Tok], j: int) -> bool:
    """The dot at ``j`` closes a letter group of an abbreviation ("U.K.", "EE.UU."): a
    capital group of at most two letters touches it, and a word follows it in the sentence."""
    prev = toks[j - 1]
    return (
        prev.end == toks[j].start
        and prev.kind == "w"
        and prev.cap
        and len(prev.norm) <= 2
        and j + 1 < len(toks)
        and toks[j + 1].kind == "w"
    )


_DAY_ARTICLES = frozenset({"el", "the", "pasado"})
_ADJUNCT_PREPS = frozenset({"en", "in", "at", "durante", "during"})
"""Prepositions that, before a lower-case word, open how or where a source spoke ("dijo el
alcalde en una rueda de prensa", "the ministry said in a statement"), never part of its name
("la Embajada en Managua" keeps its place name)."""


def _day_article(norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """ "que había difundido el martes el colectivo X", "informó el pasado jueves la ONG": an
    article of a day after the verb is the time of saying, not the subject (round 9)."""
    if norms[j] not in _DAY_ARTICLES:
        return False
    k = j + 1
    if k < len(norms) and norms[k] == "pasado":
        k += 1
    return k < len(norms) and norms[k] in lex.weekdays


_DESCRIPTOR_REACH = 5
"""Lower-case words a long descriptor may hold between its head and the name (round 9)."""
_DESCRIPTOR_STOP = frozenset(
    {"en", "a", "al", "con", "in", "at", "with", "by", "to", "from", "y", "e", "o", "and", "or"}
)
_DESCRIPTOR_PREPS = frozenset({"de", "sobre", "por", "para", "of", "on", "for"})
"""Prepositions a descriptor may hold when lower-case words follow them ("el grupo sobre
desapariciones forzadas X", "the group for migrant rights X")."""


_BODY_HEADS = tables_en.ANAPHOR_HEADS | tables_es.ANAPHOR_HEADS


def _body_head(word: str, lex: Lexicon) -> bool:
    """A noun that heads a body's descriptor: "organización", "grupo", "the group"."""
    return word in lex.generic_heads or word in _BODY_HEADS


_MODIFIER_REACH = 2
"""How many lower-case words may stand before the head of a body named after a verb of saying
(", said the interior ministry", ", said the state health department")."""


def _modifies_head(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """Session 13: whether the lower-case word at ``j`` modifies the head of a body within
    `_MODIFIER_REACH` words after it (", said the interior ministry", ", said health
    ministry spokesman X"): a part of the name after the verb, not the end of it."""
    for k in range(j, min(len(toks), j + _MODIFIER_REACH + 1)):
        if toks[k].kind != "w" or toks[k].cap:
            return False
        if norms[k] in lex.generic_heads or norms[k] in lex.government_heads:
            return k > j
    return False


def _descriptor_run(
    toks: Sequence[Tok], norms: Sequence[str], j: int, span: list[int], lex: Lexicon
) -> bool:
    """ "comunicó la fundación de rescate marítimo belga Mar Abierto": after a
    body's head ("organización", "group"), up to `_DESCRIPTOR_REACH` lower-case words that
    describe it (a preposition among them only before lower-case words) and then a
    capitalised name belong to the name's phrase (round 9)."""
    if not any(_body_head(norms[k], lex) for k in span) and not (
        span and _body_head(norms[j], lex)
    ):
        return False
    n = len(toks)
    for k in range(j + _body_head(norms[j], lex), min(n, j + _DESCRIPTOR_REACH + 1)):
        if toks[k].kind != "w":
            return False
        if toks[k].cap:
            return norms[k - 1] not in _DESCRIPTOR_PREPS
        w = norms[k]
        if w in _DESCRIPTOR_PREPS:
            if k + 1 >= n or toks[k + 1].cap or norms[k + 1] in ARTICLES:
                return False
            continue
        if (
            w in _DESCRIPTOR_STOP
            or w in ARTICLES
            or w in lex.say_verbs
            or w in _VERB_STOP
            or w in STOP_BACK
        ):
            return False
    return False


def hedge_before_number(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A hedge ("más de", "more than", "about") at ``j`` that a number follows."""
    for phrase, _ in lex.hedges_by_first.get(norms[j], ()):
        end = j + len(phrase)
        if (
            end < len(toks)
            and tuple(norms[j:end]) == phrase
            and (toks[end].kind == "n" or norms[end] in lex.number_words)
        ):
            return True
    return False


def split_names(mention: str) -> list[str]:
    """ "Provea, JEyP" → ["Provea", "JEyP"]: the fallback when the whole does not resolve."""
    parts = [p.strip(" ,") for p in mention.replace(" and ", ",").replace(" y ", ",").split(",")]
    return [p for p in parts if p]


_MAIN_VERBS = (
    tables_en.TOLL_REPORT_VERBS
    | tables_es.TOLL_REPORT_VERBS
    | tables_en.RELEASED_FIGURE_VERBS
    | tables_es.RELEASED_FIGURE_VERBS
)


def gerund(verb: str) -> bool:
    """Whether a verb of saying is a gerund or participle that hangs on a clause before it
    ("…, saying", "…, adding", "…, señalando", "…, asegurando")."""
    return verb.endswith(("ing", "ando", "iendo"))


def before_main_verb(
    text: str, toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> list[int]:
    """The subject of the clause that a gerund of saying hangs on ("Top emergency official Ana
    Ruiz released the updated toll on Tuesday, saying …"): ``span`` cut before its own verb,
    a verb of telling or of a toll, or a lowercase past form right after a capitalized name
    ("Ruiz released", "Ruiz publicó") or right before its object ("the minister dismissed the
    strike"). Session 12: the whole clause was read as the name."""
    for m in range(1, len(span)):
        k = span[m]
        word = text[toks[k].start : toks[k].end]
        if not word[:1].islower():
            continue
        w = norms[k]
        after_name = text[toks[span[m - 1]].start : toks[span[m - 1]].end][:1].isupper()
        past = w.endswith("ed") or word.endswith(("ó", "aron", "ieron"))
        before_object = m + 1 < len(span) and norms[span[m + 1]] in _OBJECT_DETERMINERS
        if w in lex.say_verbs or w in _MAIN_VERBS or (past and (after_name or before_object)):
            return span[:m]
    return span


_OBJECT_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "el", "la", "los", "las", "un", "una", "su", "sus"}
)
"""Words that open an object right after a past form ("dismissed the strike", "publicó el
balance"): that past form is the clause's verb, not an adjective of its subject."""
