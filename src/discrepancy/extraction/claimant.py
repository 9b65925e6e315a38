"""Who states the numbers of a sentence: attribution patterns, English and Spanish.

Patterns, in reading order: "according to X" / "según X", "a report by X", "X said/reported/
found/estimates/told ..." (the subject, past an appositive: "The organization Foro Penal, a
leading authority, had registered"), "said X" after a quote, and "confirmed by X". What the
noun phrase found is (a name, a pronoun, a descriptor, a government) is `claimant_phrases`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence

import attrs

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import (
    ARTICLES,
    CONNECTORS,
    DEFINITE,
    GOVERNMENT,
    INDEFINITE,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
    Memo,
    classify,
    is_name,
    known_names,
)
from discrepancy.extraction.claimant_titles import TITLE_MODIFIERS, titled_person
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.orgs import OrgKind, OrgRegistry

__all__ = [
    "DEFINITE",
    "GOVERNMENT",
    "INDEFINITE",
    "NAMED",
    "PLURAL",
    "PRONOUN",
    "Attribution",
    "Memo",
    "find_attribution",
    "find_attributions",
    "split_names",
    "titled_person",
]

_STOP_BACK = frozenset(
    {
        "where",
        "donde",
        "whose",
        "whom",
        "that",
        "which",
        "who",
        "with",
        "while",
        "but",
        "though",
        "although",
        "when",
        "as",
        "after",
        "since",
        "because",
        "if",
        "que",
        "con",
        "pero",
        "aunque",
        "mientras",
        "cuando",
        "tras",
        "despite",
        "following",
        "so",
        "mas",
        "segun",
    }
)
_SKIP_BACK = frozenset(
    {
        "has",
        "have",
        "had",
        "also",
        "so",
        "far",
        "already",
        "recently",
        "later",
        "then",
        "again",
        "ha",
        "han",
        "habia",
        "tambien",
        "ya",
        "previously",
        "publicly",
        "will",
        "would",
        "did",
        "does",
        "do",
        "is",
        "was",
        "were",
        "are",
        "been",
        "to",
        "once",
        "repeatedly",
    }
)
_QUOTES = frozenset({"“", "”", '"', "«", "»"})
_THE = frozenset({"the", "el", "la", "los", "las"})
_QUOTES_COMMA = _QUOTES | {","}


def _outside(toks: Sequence[Tok], quotes: Sequence[tuple[int, int]]) -> list[bool]:
    """Per token: not inside a quote (``quotes``: sorted spans that do not overlap)."""
    flags = []
    q, nq = 0, len(quotes)
    for t in toks:
        while q < nq and quotes[q][1] <= t.start:
            q += 1
        flags.append(not (q < nq and quotes[q][0] < t.start))
    return flags


def find_attribution(
    text: str,
    toks: Sequence[Tok],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    norms: Sequence[str] | None = None,
    memo: Memo | None = None,
) -> Attribution | None:
    """The first attribution of the sentence (outside quotes), or ``None``.

    ``quotes``: the quoted spans that overlap the sentence, in order; ``memo`` (one per
    document) keeps what each noun phrase was classified as.
    """
    norms = norms if norms is not None else [t.norm for t in toks]
    memo = memo if memo is not None else {}
    if quotes:
        reported = _quoted_subject(text, toks, norms, quotes, lex, memo)
        if reported is not None:
            return reported  # "'El gobierno habla de 116', mencionó Romero": the government's
    every = list(_attributions(text, toks, norms, quotes, lex, memo))
    chosen = _first_source(every, norms, lex)
    if chosen is not None and chosen.kind in _INNER_KINDS:
        return _own_clause(chosen, every, toks, norms)
    return chosen


def _first_source(
    every: Sequence[Attribution], norms: Sequence[str], lex: Lexicon
) -> Attribution | None:
    weak: Attribution | None = None
    strong: Attribution | None = None
    relay: Attribution | None = None
    for found in every:
        if relay is not None:
            if found.at > relay.at and found.kind in _INNER_KINDS and not _media(found, lex):
                return found  # "The Daily Herald reported that organizers counted 80,000"
            continue
        if _passive_figure(norms, found):
            weak = weak or found  # "the official death toll was raised to 94, Xinhua said"
            continue
        if found.kind not in (PRONOUN, DEFINITE, INDEFINITE):
            if found.verb == "citing":
                return found  # "Reuters reported, citing the ministry": the ministry's figure
            strong = strong or found
            if not _CITING.isdisjoint(norms[found.at :]):
                continue
            if _media(strong, lex):
                relay = strong  # a news outlet relays: the source it names speaks
                continue
            return strong
        weak = weak or found
    return strong or weak


_INNER_KINDS = (NAMED, GOVERNMENT, PLURAL, DEFINITE)
_RELATIVE_PASSIVE = frozenset({"que", "that", "which"})
_AGENT_REACH = 12


def _relative_agent(toks: Sequence[Tok], norms: Sequence[str], k: int) -> bool:
    """ "el dato de 80 liberaciones que fue entregado por el gobierno", "the figure of
    116 that was given by the government": the agent of a relative passive on a figure just
    named gives that figure, whoever questions it."""
    part = k - 1
    if len(norms[part]) < 5 or not norms[part].endswith((*_PARTICIPLE_ENDS, "en")):
        return False
    if norms[part - 1] not in _PASSIVE_AUX or norms[part - 2] not in _RELATIVE_PASSIVE:
        return False
    return any(toks[j].kind == "n" for j in range(max(0, k - _AGENT_REACH), part - 2))


_CLAUSE_JOINS = frozenset(
    {"y", "e", "and", "mientras", "while", "whereas", "pero", "but", "aunque", "although"}
)


def _own_clause(
    chosen: Attribution, every: Sequence[Attribution], toks: Sequence[Tok], norms: Sequence[str]
) -> Attribution:
    """The source of the clause the sentence's first number is in: "El Gobierno dice que su
    impacto es moderado y los sindicatos lo cifran en el 77 %" → the unions. Another source
    whose verb comes after the chosen one, before the first number, in a clause joined by
    "y" / "while" / "pero", is that clause's own."""
    first = next((k for k, t in enumerate(toks) if t.kind == "n"), -1)
    if first < 0 or chosen.at >= first:
        return chosen
    best = chosen
    for other in every:
        if (
            best.at < other.at < first
            and other.kind in _INNER_KINDS
            and other.text != best.text
            and other.verb not in ("according", "citing", "report")
            and any(norms[k] in _CLAUSE_JOINS for k in range(best.at + 1, other.at))
        ):
            best = other
    return best


_VERB_STOP = frozenset(
    {"ha", "han", "habia", "habian", "fue", "fueron", "es", "son", "sido", "seria", "sera"}
    | {"has", "have", "had", "is", "are", "was", "were", "will", "would", "been", "could"}
)
"""Auxiliaries and forms of "to be": a source's name never runs on into them."""
_INTENT = frozenset(
    {"declined", "refused", "hoped", "wanted", "expected", "failed", "plans", "plan", "refuses"}
    | {"declines", "hope", "hopes", "wants", "want", "tried", "asked", "urged", "vowed"}
)
_NOUN_VERBS = frozenset(
    {"reports", "estimates", "counts", "records", "claims", "figures", "notes", "documents"}
    | {"lists", "tallies", "finds", "statements", "data"}
)
_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being", "fue", "fueron", "sido"})
_WHEN_PREP = frozenset({"on", "in", "this", "last", "el", "este", "esta", "en", "del"})


def _shouted(text: str, tok: Tok) -> bool:
    """A verb in capitals ("GUESSED COUNTS:") is a headline's word, not a verb of saying."""
    return tok.end - tok.start > 3 and text[tok.start : tok.end].isupper()


def _governed_infinitive(norms: Sequence[str], i: int) -> bool:
    """ "Police declined to estimate the crowd", "organizers had hoped to count": the verb
    of saying is what another verb refused or hoped for; nobody states a figure."""
    return i > 1 and norms[i - 1] == "to" and norms[i - 2] in _INTENT


def _opener_noun(text: str, toks: Sequence[Tok], norms: Sequence[str], i: int) -> bool:
    """ "Initial reports undercounted …", "Official estimates put …": a capitalised sentence
    opener before a plural noun that is also a verb is an adjective and its noun, not a
    source and its verb (an acronym or a known org name stays a source: "UNHCR estimates")."""
    if i != 1 or norms[i] not in _NOUN_VERBS or not toks[0].cap or toks[0].kind != "w":
        return False
    word = text[toks[0].start : toks[0].end]
    return not word.isupper() and norms[0] not in known_names()


def _passive_figure(norms: Sequence[str], found: Attribution) -> bool:
    """The subject of a passive ("the official death toll was raised to 94"): a figure, not
    who gives it; a later source in the sentence ("…, Xinhua reported") wins."""
    at = found.at
    return (
        found.verb not in ("according", "citing", "report")
        and at > 1
        and norms[at - 1] in _PASSIVE_BE
        and at + 1 < len(norms)
        and norms[at + 1] not in ("by", "por")
    )


def _until_when(norms: Sequence[str], span: list[int], lex: Lexicon) -> list[int]:
    """A subject ends before a day or a month ("The Washington Post on Sunday October 25th
    reported" → "The Washington Post")."""
    for pos, k in enumerate(span):
        w = norms[k]
        timed = w in lex.weekdays or w in lex.months
        if pos > 0 and (
            timed
            or (
                w in _WHEN_PREP
                and pos + 1 < len(span)
                and (norms[span[pos + 1]] in lex.weekdays or norms[span[pos + 1]] in lex.months)
            )
        ):
            return span[:pos]
    return span


_GAP_JOINS = frozenset({"y", "e", "and", "while", "whereas", "mientras"})
_GAP_AT = frozenset({"en", "at", "in"})


def _gapped(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """The second subject of a clause that leaves the verb out: "Los sindicatos cifraron el
    seguimiento en el 64 %, y el Gobierno en el 21 %", "Police put the crowd at 12,000, and
    organizers at 40,000": each clause gives its own source."""
    n = len(toks)
    for k in range(v + 1, min(n, v + 30)):
        w = norms[k]
        if w in (".", ";") or (w in lex.say_verbs and k > v + 1):
            return None
        if w not in _GAP_JOINS or k == 0 or norms[k - 1] != ",":
            continue
        j = k + 1
        if j < n and norms[j] == "que":  # "mientras que"
            j += 1
        span: list[int] = []
        while j < n and len(span) < 6 and norms[j] not in _GAP_AT and toks[j].kind == "w":
            if norms[j] in lex.say_verbs or norms[j] in ("that", "que", ","):
                return None  # a clause with its own verb: the ordinary rules read it
            span.append(j)
            j += 1
        if not span or j + 1 >= n or norms[j] not in _GAP_AT:
            return None
        after = j + 1
        if norms[after] in ("el", "la", "un", "the", "a"):
            after += 1
        if after >= n or not (
            toks[after].kind == "n" or _hedge_before_number(toks, norms, after, lex)
        ):
            return None
        found = classify(text, toks, span, lex, memo)
        if found is None or found.kind not in _INNER_KINDS:
            return None
        return attrs.evolve(found, verb=norms[v], at=span[0])
    return None


_REPORTED_SAY = frozenset(tables_en.REPORTED_SAY | tables_es.REPORTED_SAY)


def _quoted_subject(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    memo: Memo,
) -> Attribution | None:
    """A third party the speaker reports on inside a quote ("'Las autoridades hablan de 230
    liberados, pero no dan nombres', dijo la portavoz"; "'The government says 116 were
    freed', he said"): it, not the speaker, is the claimant of the quoted figures. Only a
    subject that opens the quote and a verb of saying in the present tense count, so the
    speaker's own "we counted" stays theirs."""
    outside = _outside(toks, quotes)
    n = len(toks)
    for i in range(1, n):
        if outside[i] or norms[i] not in _REPORTED_SAY:
            continue
        start = i - 1
        while start >= 0 and not outside[start] and norms[start] not in _QUOTES:
            start -= 1
        span = list(range(start + 1, i))
        if not span or len(span) > 6 or any(norms[k] in (",", ";", ":") for k in span):
            continue
        found = classify(text, toks, span, lex, memo)
        if found is not None and found.kind in (NAMED, GOVERNMENT, PLURAL, DEFINITE):
            if any(norms[k] in lex.first_person for k in span):
                continue
            return attrs.evolve(found, verb=norms[i], at=i)
    return None


_MEDIA_WORDS = tables_en.MEDIA_WORDS | tables_es.MEDIA_WORDS


def _media(found: Attribution, lex: Lexicon) -> bool:
    """A news outlet ("The Washington Post", "AFP", "según EFE", "state radio"): when the
    sentence names the source it reports on, the outlet only relays."""
    if found.kind == PLURAL:
        words = found.text.split()
        return bool(words) and fold(words[-1]) in _MEDIA_WORDS
    if found.kind != NAMED or not found.names or found.office:
        return False
    head = found.text.split(found.names[0])[0].split()
    if any(fold(w) in _MEDIA_WORDS for w in head):
        return True  # "el diario La Voz", "the newspaper El Sol"
    for name in found.names:
        words = [fold(w) for w in name.replace(".", " ").split()]
        if not words or (words[-1] not in _MEDIA_WORDS and " ".join(words) not in _outlets()):
            return False
    return True


@functools.cache
def _outlets() -> frozenset[str]:
    """The folded names and aliases of the news outlets the built-in registry knows."""
    out: set[str] = set()
    for org in OrgRegistry.builtin():
        if org.kind is OrgKind.MEDIA:
            for name in (org.name, *org.aliases, *org.translations):
                out.add(" ".join(fold(w) for w in name.replace(".", " ").split()))
    return frozenset(out)


def find_attributions(
    text: str,
    toks: Sequence[Tok],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    norms: Sequence[str] | None = None,
    memo: Memo | None = None,
) -> list[Attribution]:
    """Every attribution of the sentence that names a source (named, government, plural, a
    definite "the union"), in order of the verb or phrase that introduces it: a sentence can
    give two sources for two numbers."""
    norms = norms if norms is not None else [t.norm for t in toks]
    memo = memo if memo is not None else {}
    found = [
        a
        for a in _attributions(text, toks, norms, quotes, lex, memo)
        if a.kind not in (PRONOUN, INDEFINITE)
    ]
    active = [a for a in found if not _passive_figure(norms, a)]
    return sorted(active or found, key=lambda a: a.at)


def _attributions(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    quotes: Sequence[tuple[int, int]],
    lex: Lexicon,
    memo: Memo,
) -> Iterator[Attribution]:
    outside = _outside(toks, quotes) if quotes else None
    n = len(toks)
    cues = lex.attribution_cues
    for i in [k for k, w in enumerate(norms) if w in cues]:
        if outside is not None and not outside[i]:
            continue
        w = norms[i]
        for phrase, _ in lex.according_by_first.get(w, ()):
            if tuple(norms[i : i + len(phrase)]) == phrase:
                at = i + len(phrase)
                if at + 1 < n and norms[at] in lex.say_verbs:
                    at = _past_listener(toks, norms, at + 1)  # "según explicó a la prensa X"
                span = _forward(toks, norms, at, lex)
                found = classify(text, toks, _past_report(norms, span, lex), lex, memo)
                if found is not None:
                    verb = "citing" if w in _CITING else "according"
                    yield attrs.evolve(found, verb=verb, at=i)
        by = _report_by(norms, i, lex) if w in lex.by_report else -1
        if by > 0:
            found = classify(text, toks, _forward(toks, norms, by + 1, lex), lex, memo)
            if found is not None and found.kind in (NAMED, GOVERNMENT, DEFINITE):
                yield attrs.evolve(found, verb="report", at=i)
        if (
            w in lex.say_verbs
            and _verb_like(toks, i)
            and not _governed_infinitive(norms, i)
            and not _shouted(text, toks[i])
            and not _opener_noun(text, toks, norms, i)
            and (w not in _AGENT_VERBS or _object_number(toks, norms, i + 1, lex))
            and not (
                i > 0
                and norms[i - 1] in _DETERMINERS
                and not (i > 1 and toks[i - 1].cap)  # "The UN said": a name, no article
                and w not in _SUBJECT_AFTER
            )
        ):
            found = _verb_subject(text, toks, norms, i, lex, memo)
            if found is not None:
                yield attrs.evolve(found, at=i)
                gapped = _gapped(text, toks, norms, i, lex, memo)
                if gapped is not None:
                    yield gapped
    for k in range(3, n - 1):
        if norms[k] in ("por", "by") and _relative_agent(toks, norms, k):
            found = classify(text, toks, _forward(toks, norms, k + 1, lex), lex, memo)
            if found is not None and found.kind in _INNER_KINDS:
                yield attrs.evolve(found, verb="report", at=k)
    if n > 2 and norms[0] == "para":  # "Para los organizadores, más de 50.000 personas ..."
        span = _forward(toks, norms, 1, lex)
        if span and span[-1] + 1 < n and norms[span[-1] + 1] == ",":
            found = classify(text, toks, span, lex, memo)
            if found is not None and found.kind in (NAMED, GOVERNMENT, PLURAL, DEFINITE):
                yield attrs.evolve(found, verb="according", at=0)


_PASSIVE_AUX = frozenset(
    {"were", "was", "are", "is", "been", "have", "has", "fueron", "fue", "han", "ha", "sido"}
)
_PARTICIPLE_ENDS = ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho")


def _report_by(norms: Sequence[str], i: int, lex: Lexicon) -> int:
    """The index of the "by" / "de" / "por" that names who made the report noun at ``i``:
    "a report by X", "figures compiled Thursday by X", "cifras difundidas el lunes por X"
    (a participle and the day it was done may come between); -1 when there is none."""
    n = len(norms)
    if i + 2 < n and norms[i + 1] in ("by", "de", "por"):
        return i + 1
    k = i + 1
    while k < n and k - i <= 2 and norms[k] in _PASSIVE_AUX:
        k += 1  # "the figures were released by", "las cifras fueron difundidas por"
    if k >= n or not norms[k].endswith(_PARTICIPLE_ENDS) or len(norms[k]) < 5:
        return -1
    k += 1
    while k < n and k - i <= 4:
        w = norms[k]
        if w in ("by", "por"):
            return k if k + 1 < n else -1
        timed = w in lex.weekdays or w in lex.today or w in lex.yesterday or w in _SAID_WHEN
        if not timed and w not in ("el", "on", "la"):
            return -1
        k += 1
    return -1


_REPORT_OF = frozenset({"de", "del", "of", "from", "by", "por"})


def _past_report(norms: Sequence[str], span: list[int], lex: Lexicon) -> list[int]:
    """The source after a report noun: "un balance parcial de organismos de socorro",
    "figures from the health ministry" → the tokens after "de" / "from" (the whole span
    when it opens with no report noun)."""
    k = 0
    while k < len(span) - 1 and norms[span[k]] in ARTICLES:
        k += 1
    if k >= len(span):
        return span
    if norms[span[k]] in _SOURCE_NOUNS:  # "sources at the Interior Ministry", "fuentes de X"
        if k + 2 < len(span) and norms[span[k + 1]] in _SOURCE_AT:
            return span[k + 2 :]
        return span
    if norms[span[k]] not in lex.by_report:
        return span
    for j in range(k + 1, min(len(span) - 1, k + 6)):  # "cifras difundidas el lunes por"
        if norms[span[j]] in _REPORT_OF:
            return span[j + 1 :]
    return span


_SOURCE_NOUNS = frozenset({"source", "sources", "fuente", "fuentes"})
_SOURCE_AT = frozenset({"at", "in", "from", "within", "inside", "de", "del", "en"})


def _verb_like(toks: Sequence[Tok], i: int) -> bool:
    """A capitalised "States" is a name ("United States") unless it ends a headline."""
    if not toks[i].cap or i == 0:
        return True
    return i + 1 >= len(toks) or (toks[i + 1].kind == "p" and toks[i + 1].norm not in ("'", "’"))


def _verb_subject(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    say = lex.status_words.get(norms[v]) is None or norms[v] in ("estimates", "estima")
    verb = norms[v]
    if (
        v + 1 < len(toks)
        and norms[v + 1] in ("by", "por")
        and not (v + 2 < len(toks) and norms[v + 2] in _ASIDE)  # "aseguró por su parte"
    ):
        found = classify(text, toks, _forward(toks, norms, v + 2, lex), lex, memo)
        if found is not None:
            return attrs.evolve(found, verb=verb, say=say)
    if v > 0 and norms[v - 1] in _COORDINATION:
        # "… supervisar con autoridades locales la atención y afirmó", "probable and
        # confirmed cases": the verb shares a subject this rule does not see
        return None
    span, pre = _backward(toks, norms, v - 1, lex)
    span = _until_when(norms, span, lex)
    span = _past_report(norms, span, lex) if span and not pre else span
    found = classify(text, toks, span, lex, memo) if verb not in _SUBJECT_AFTER else None
    if (
        found is None
        and (
            not span
            or verb in _SUBJECT_AFTER
            or norms[v - 1] in _QUOTES_COMMA
            or all(norms[k] in lex.not_claimants or norms[k] in lex.function_words for k in span)
        )
        and verb not in _TOLD
    ):  # "..., said X", "Así lo informó la Cruz Roja": X speaks
        after = _past_report(norms, _forward(toks, norms, v + 1, lex, names_only=True), lex)
        found = classify(text, toks, after, lex, memo)
        span, pre = after, _apposition_after(toks, norms, after, lex)
    if (found is None or found.kind in (INDEFINITE, PLURAL)) and span:
        titled = titled_person(text, toks, span, lex)
        if titled is not None and titled[0] and not titled[1]:
            # "a coast guard spokesperson told reporters", "un portavoz de la policía":
            # the body the unnamed speaker speaks for
            found = Attribution(DEFINITE, (), titled[0])
    if (
        found is None
        and verb in _ES_SAY
        and verb not in _AGENT_VERBS
        and verb not in _NOUN_LIKE
        and not (v > 0 and norms[v - 1] in _DETERMINERS)
        and not _unknown_subject(toks, norms, span, lex)
    ):
        # Spanish drops a subject it has named: "Por su parte, CCOO, que cuenta con cuatro
        # delegados, … ya que ha cifrado el seguimiento en un 13%"; "Desde Oaxaca informaron"
        found = _opening_subject(text, toks, norms, v, lex, memo)
        span, pre = [], []
    if found is None:
        return None
    if pre and found.kind == NAMED and (not span or pre[0] < span[0]):
        # "Its spokesman, X, said" refers back; "X, the main union, said" does not
        pre_kind = classify(text, toks, pre, lex, memo)
        if pre_kind is not None and pre_kind.kind in (PRONOUN, DEFINITE):
            found = attrs.evolve(found, refers_back=True)
    if found.kind in (NAMED, GOVERNMENT):
        titled = titled_person(text, toks, sorted(pre + span) if pre else span, lex)
        if titled is not None:  # an office named: the phrase does not refer back
            office, person = titled
            names = (person,) if person else found.names
            found = attrs.evolve(found, kind=NAMED, names=names, office=office, refers_back=False)
    return attrs.evolve(found, verb=verb, say=say)


def _unknown_subject(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> bool:
    """The verb has a subject of its own that names no source ("mientras que los convocantes
    hablaron de 120.000"): an unrecognised subject blocks borrowing the sentence's opening
    source, it does not invite it."""
    if len(span) < 2 or norms[span[0]] not in ARTICLES or norms[span[0]] in _CLITICS - _THE:
        return False  # "más temprano había estimado": an adverb, the subject was dropped
    return any(
        toks[k].kind == "w"
        and norms[k] not in lex.function_words
        and norms[k] not in lex.not_claimants
        and norms[k] not in ARTICLES
        for k in span[1:]
    )


_SAID_WHEN = frozenset(
    {"este", "esta", "on", "this", "last", "late", "noche", "tarde", "manana", "morning"}
    | {"afternoon", "evening", "night"}
)
"""Words between a reporting verb and the subject after it ("informó esta noche la ...")."""
_DETERMINERS = frozenset(
    {"la", "el", "esta", "este", "una", "un", "su", "the", "this", "a", "an", "its", "their"}
)
"""Before a word that is also a verb, a determiner makes it a noun: "Esta cifra", "the count"."""
_CITING = frozenset({"citing", "quoting", "citando"})
_RELATIVE = frozenset({"who", "which", "que", "quien", "quienes"})
_PLACE_PREP = frozenset({"in", "at", "from", "en", "desde"})
_SUBJECT_AFTER = frozenset({"conocer"})
"""Verbs whose speaker always follows ("lo dio a conocer la ONU")."""
_TOLD = frozenset({"told", "tells"})
"""Verbs whose object is the listener ("told AFP", "told reporters"), never the speaker."""


def _apposition_after(
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


def _backward(
    toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon
) -> tuple[list[int], list[int]]:
    """Token indices of the subject ending at ``i`` (and of a phrase before its apposition)."""
    while i >= 0 and (
        norms[i] in _SKIP_BACK
        or (norms[i].endswith("ly") and len(norms[i]) > 4)
        or (norms[i] == "since" and i > 0 and norms[i - 1] in ("has", "have", "had"))
        or _said_when(norms, i, lex)
        or (norms[i] in _CLITICS and i > 0 and norms[i - 1] not in _CLITIC_NOT_AFTER)
    ):  # "has also", "has since", "had previously", "on Wednesday", "las redujo"
        i -= 1
    span: list[int] = []
    apposed = i >= 0 and norms[i] == ","  # "Its spokesman, Diego Casanova Maita, said"
    if apposed:
        i -= 1
    while i >= 0:
        w = norms[i]
        if w == ",":
            before = _segment_before(toks, i, lex)
            while before and norms[before[0]] in _COORDINATION:
                before = before[1:]  # ", and SNUipp-FSU, the main primary union, speaks"
            if (
                span
                and before
                and apposed
                and all(toks[k].kind != "n" for k in before)
                and _is_apposition(toks, span, lex)
                and is_name(toks, before, lex)
                and (toks[before[0]].cap or toks[before[0]].norm in _THE)
                and toks[before[0]].norm not in lex.not_claimants
            ):
                return before, span  # "Ana Pérez, the director of X, said": X is her office
            if span and is_name(toks, span, lex):
                if any(norms[k] in lex.role_words or norms[k] in lex.title_offices for k in before):
                    return span, before  # "La directora del Servicio … (Senaem), Marta Quiroga,"
                return span, before[-4:]
            break
        if w == ")":  # "The National Electoral Observatory (NEO) said": skip the acronym
            k = i - 1
            while k >= 0 and i - k <= 4 and norms[k] != "(":
                k -= 1
            if k >= 0 and norms[k] == "(" and k > 0 and toks[k - 1].cap and i - k > 1:
                i = k - 1
                continue
            break
        if w == "." and i > 0 and toks[i - 1].cap and _in_acronym(toks, i):
            span.insert(0, i)  # "The U.N. says", "the U.S. Embassy said", "CC.OO. y UGT"
            i -= 1
            continue
        if (
            w in _RELATIVE_BARE
            and span
            and not apposed
            and i > 0
            and norms[i - 1] not in lex.say_verbs
            and not toks[span[0]].cap
            and norms[span[0]] not in ARTICLES
        ):  # a relative clause opens with its verb ("que trabajan"), a reported one with
            # its subject ("agregó que el Comité ha confirmado")
            # "Las ONG que trabajan desde el exilio en Costa Rica señalaron": the relative
            # clause describes the subject before it, which is who speaks
            before = _segment_before(toks, i, lex)
            if (
                before
                and toks[before[-1]].kind == "w"
                and not _verbish(norms[before[-1]])
                and all(norms[k] not in lex.say_verbs for k in before)
            ):
                return before, []
        if w in _RELATIVE and apposed and i > 1 and norms[i - 1] == ",":
            # "WHO spokeswoman Ana Berg, who handed the figures to journalists, said";
            # "Ana Ruiz, who leads the Refugee Council, said": the clause names her office
            before = _segment_before(toks, i - 1, lex)
            if before and is_name(toks, before, lex):
                return before, ([i, *span] if span and norms[span[0]] in _LEAD else [])
        if w in (";", ":", ".", "(", "—", "[", "]") or w in _QUOTES:
            break
        if w in _STOP_BACK and not _who_named(toks, i):
            break
        if span and w in _COPULAS:
            break  # "el impacto es moderado y los sindicatos cifran": no subject holds "es"
        if (
            w in _COORDINATION
            and span
            and norms[span[0]] in ARTICLES
            and not (i > 0 and toks[i - 1].cap)
        ):
            break  # "… moderado y los sindicatos cifran": a new noun phrase opens after "y"
        if w == "-" and _spaced(toks, i):  # a dateline: "BRASILIA, Brazil -- Labor leaders"
            break
        if toks[i].kind == "n":
            break
        span.insert(0, i)
        i -= 1
        if len(span) > 12:
            break
    span = _after_adjunct(toks, norms, span)
    if apposed:
        if i < 0 and any(
            norms[k] in lex.role_words or norms[k] in lex.title_offices for k in span
        ):  # a title opening the sentence: "spokesman for the Lara state government, told"
            return span, []
        return [], []  # "..., said X": the speaker follows the verb
    return span, []


_COORDINATION = frozenset({"y", "e", "and"})
_COPULAS = frozenset({"es", "son", "fue", "fueron", "era", "eran", "is", "are", "was", "were"})
_SHOW_VERBS = frozenset(
    {"showed", "shows", "show", "revealed", "muestran", "muestra", "mostraron", "revelan"}
)
"""Verbs after a source's data ("data from X showed"): the source's name ends before them."""
_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les", "se"})
_CLITIC_NOT_AFTER = frozenset({"de", "a", "en", "por", "con", "para", "entre", "sobre", "y", ","})
"""After these a "la" / "los" is an article ("de las autoridades"), not a clitic."""
_ASIDE = frozenset(
    {"su", "otra", "otro", "ello", "eso", "lo", "tanto", "its", "their", "his", "her"}
)
"""After "por" / "by" following a verb, a discourse aside ("por su parte", "por otra parte"),
not the agent."""
_RELATIVE_BARE = frozenset({"que", "who", "which"})
_ADJUNCT_OPENERS = frozenset({"in", "on", "at", "en", "from", "desde", "during", "durante"})
_INNER_ARTICLES = frozenset({"the", "el", "la", "los", "las"})
_JOINS = frozenset({"of", "for", "de", "del", "y", "and", "e", "para", "en", "in", "'", "’", "s"})


def _in_acronym(toks: Sequence[Tok], i: int) -> bool:
    """The dot at ``i`` closes a letter group of an acronym written with dots ("U.N.",
    "CC.OO."): the capitals before it touch it and are at most two letters."""
    prev = toks[i - 1]
    return prev.end == toks[i].start and len(prev.norm) <= 2 and prev.kind == "w"


_AGENT_VERBS = tables_en.AGENT_VERBS | tables_es.AGENT_VERBS
_LEAD = tables_en.LEAD_VERBS | tables_es.LEAD_VERBS


def _object_number(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A number is the object right after the verb ("arrested 40", "ha detenido a 12",
    "rescued more than 60", "rescued dozens"), not a participle after a noun ("activists
    arrested under the law")."""
    if j < len(toks) and norms[j] in ("a", "al"):
        j += 1
    if j >= len(toks):
        return False
    w = norms[j]
    return (
        toks[j].kind == "n"
        or w in lex.number_words
        or _hedge_before_number(toks, norms, j, lex)
        or w in ("dozens", "hundreds", "thousands", "decenas", "cientos", "miles")
    )


_ES_SAY = tables_es.SAY_VERBS - tables_en.SAY_VERBS
_NOUN_LIKE = frozenset({"cifra", "registro", "denuncia", "calculo", "publica", "conto"})
"""Spanish say verbs that are also nouns ("…, cifra que multiplica por 14")."""
_OPENER_WORDS = frozenset({"por", "parte", "otra", "su", "lado", "cambio", "contrario"})
_PLACE_OPEN = frozenset({"en", "desde"})


def _opening_subject(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """The subject that opens the sentence, past a discourse opener ("Por su parte,",
    "Asimismo,", "También"), for a Spanish verb with no subject of its own; "en X" /
    "desde X" when X is a place gives that place (its authorities speak)."""
    k = 0
    comma = next((j for j in range(min(v, 6)) if norms[j] == ","), None)
    if comma is not None and all(
        norms[j] in lex.not_claimants or norms[j] in _OPENER_WORDS for j in range(comma)
    ):
        k = comma + 1
    while k < v and norms[k] in lex.not_claimants and norms[k] not in _PLACE_OPEN:
        k += 1
    span: list[int] = []
    j = k
    while (
        j < v
        and len(span) < 10
        and norms[j] not in (",", ";", ":", "(")
        and norms[j] not in _QUOTES
        and toks[j].kind != "n"
        and norms[j] not in lex.say_verbs
        and norms[j] not in _STOP_BACK
    ):
        span.append(j)
        j += 1
    if not span or not any(toks[q].cap for q in span):
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT):
        return None
    return found


_LISTENERS = frozenset(
    {"prensa", "periodistas", "medios", "reporteros", "agencia", "emisora", "radio", "television"}
    | {"diario", "periodico", "medio", "cadena", "canal"}
)


def _past_listener(toks: Sequence[Tok], norms: Sequence[str], j: int) -> int:
    """Past the listener after a Spanish reporting verb: "informaron a EFE fuentes de X",
    "explicó a la prensa el alcalde": whom it was told to is never who tells it."""
    n = len(toks)
    if j >= n or norms[j] not in ("a", "al"):
        return j
    k = j + 1
    if k < n and norms[k] in ("la", "las", "los", "el", "este", "esta", "un", "una"):
        k += 1
    if k < n and (norms[k] in _LISTENERS or (toks[k].cap and toks[k].kind == "w")):
        k += 1
        while k < n and toks[k].cap and toks[k].kind == "w" and k - j < 5:
            k += 1  # "a Radio Nacional"
        if k < n and norms[k] not in (",", "."):
            return k
    return j


_QUESTION_AFTER = frozenset(
    {"is", "was", "are", "were", "knows", "knew", "can", "could", "will", "would", "do", "does"}
    | {"did", "has", "had", "should", "might", "may", "else", "cares"}
)


def _who_named(toks: Sequence[Tok], i: int) -> bool:
    """ "The WHO also added", "according to the WHO": the capitalised "WHO" inside a
    sentence is the World Health Organization, not a relative pronoun."""
    if toks[i].norm != "who" or not toks[i].cap:
        return False
    if i == 0 or toks[i - 1].norm == ".":  # "WHO spokesman …" opening the sentence
        return i + 1 < len(toks) and toks[i + 1].norm not in _QUESTION_AFTER
    return True


def _verbish(word: str) -> bool:
    """A word before a relative "que" that is a verb or a conjunction, not a noun: "dijo
    que", "said that" never open a relative clause on a subject."""
    return word in ("dijo", "said", "asi", "ya", "so", "now", "such", "es", "is", "fue", "was")


def _after_adjunct(toks: Sequence[Tok], norms: Sequence[str], span: list[int]) -> list[int]:
    """ "In Lyon the police headquarters", "On Monday the ministry": an opening adjunct
    before an article inside the subject is not part of it."""
    if not span or norms[span[0]] not in _ADJUNCT_OPENERS:
        return span
    for pos in range(len(span) - 2, 0, -1):  # never a clitic before the verb ("los cifra")
        k = span[pos]
        if (
            norms[k] in _INNER_ARTICLES
            and norms[span[pos - 1]] not in _JOINS
            and toks[span[pos - 1]].kind != "p"
        ):
            return span[pos:]
    return span


def _said_when(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """A day between the subject and its verb: "the council on Wednesday said", "el
    Ministerio este lunes informó"."""
    w = norms[i]
    if w in lex.weekdays or w in lex.today or w in lex.yesterday:
        return True
    return w in _SAID_WHEN and i + 1 < len(norms) and norms[i + 1] in lex.weekdays


def _spaced(toks: Sequence[Tok], i: int) -> bool:
    """A dash that stands apart (a dateline's, a parenthesis'), not a hyphen in a word."""
    before = toks[i - 1].end if i > 0 else -1
    after = toks[i + 1].start if i + 1 < len(toks) else toks[i].end + 1
    return before < toks[i].start or after > toks[i].end or (i > 0 and toks[i - 1].norm == "-")


def _segment_before(toks: Sequence[Tok], comma: int, lex: Lexicon) -> list[int]:
    """The tokens between the previous boundary and the comma at ``comma``."""
    out: list[int] = []
    k = comma - 1
    while k >= 0 and len(out) < 12:
        w = toks[k].norm
        if w == ")" and k > 2 and toks[k - 2].norm == "(" and toks[k - 1].cap:
            k -= 3  # "el Instituto de Emergencias (IDE), Juan Pérez"
            continue
        if w in (",", ".", ";", ":", "(", ")") or w in _QUOTES:
            break
        if w in _STOP_BACK and not _who_named(toks, k):
            break  # "WHO spokesman Tarik Jasarevic, who …": the WHO is a name
        out.insert(0, k)
        k -= 1
    return out


def _forward(
    toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon, *, names_only: bool = False
) -> list[int]:
    span: list[int] = []
    n = len(toks)
    if names_only:  # "ha informado este viernes el Ministerio": past the time of saying
        while j < n and (
            norms[j] in lex.weekdays
            or norms[j] in lex.today
            or norms[j] in lex.yesterday
            or norms[j] in _SAID_WHEN
        ):
            j += 1
    if names_only:
        j = _past_listener(toks, norms, j)  # "informaron a EFE fuentes de la Policía"
    if names_only and j < n and norms[j] in _PLACE_PREP:
        return span  # "17,388 were reported in Kashmir": a place, not who reported
    while j < n and len(span) < 14:
        w = norms[j]
        if w == ",":
            if j + 1 < n and toks[j + 1].cap and span and toks[span[-1]].cap:
                span.append(j)
                j += 1
                continue
            break
        if w in (";", ":", ".", "(", ")", "—") or w in _QUOTES or toks[j].kind == "n":
            break
        if span and _hedge_before_number(toks, norms, j, lex):
            break  # "según los organizadores más de 100.000": the hedge opens the number
        if (w in ("that", "which", "who", "que", "quien") and not _who_named(toks, j)) or (
            span and (w in lex.say_verbs or w in _VERB_STOP)
        ):
            break  # "según los sindicatos ha sido secundada por": the name ends at the verb
        if span and (
            w in _SHOW_VERBS
            or (
                (_said_when(norms, j, lex) or w in lex.weekdays)
                and all(norms[k] not in lex.by_report for k in span)
            )
        ):
            break  # "data released by the health ministry on Friday showed": the day ends it
        if w in ("a", "to") and span and not toks[span[-1]].cap and toks[span[-1]].kind == "w":
            break  # "según estadísticas del Servicio X facilitadas a EFE": EFE is told
        if (
            names_only
            and not toks[j].cap
            and not (not span and w in _SOURCE_NOUNS)  # "informaron fuentes de la Policía"
            and w not in lex.generic_heads  # ", said the ministry", "informó la policía"
            and w not in lex.government_heads
            and not (j + 1 < n and toks[j + 1].cap and toks[j].kind == "w" and len(span) < 3)
            # a descriptor before the name: "reconoció la patronal Confemetal"
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


def _hedge_before_number(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
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


def _is_apposition(toks: Sequence[Tok], span: list[int], lex: Lexicon) -> bool:
    """Between two commas before the verb: "a leading authority", "the director of X",
    "controlado por el oficialismo" (a phrase that opens in lower case, never a name)."""
    first = toks[span[0]]
    return not first.cap and first.kind == "w"


def split_names(mention: str) -> list[str]:
    """ "Provea, JEyP" → ["Provea", "JEyP"]: the fallback when the whole does not resolve."""
    parts = [p.strip(" ,") for p in mention.replace(" and ", ",").replace(" y ", ",").split(",")]
    return [p for p in parts if p]
