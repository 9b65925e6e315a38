"""Who states the numbers of a sentence: attribution patterns, English and Spanish.

Patterns, in reading order: "according to X" / "según X", "a report by X", "X said/reported/
found/estimates/told ..." (the subject, past an appositive: "The organization Foro Penal, a
leading authority, had registered"), "said X" after a quote, and "confirmed by X". What the
noun phrase found is (a name, a pronoun, a descriptor, a government) is `claimant_phrases`;
where that noun phrase starts and ends is `claimant_spans`; which of several attributions
speaks for the sentence's numbers is `claimant_choice`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_choice import (
    CITING,
    INNER_KINDS,
    first_source,
    own_clause,
    passive_figure,
)
from discrepancy.extraction.claimant_phrases import (
    ARTICLES,
    DEFINITE,
    GOVERNMENT,
    INDEFINITE,
    NAMED,
    ORDINAL_REFS,
    PLURAL,
    PRONOUN,
    Attribution,
    Memo,
    classify,
    known_names,
)
from discrepancy.extraction.claimant_spans import (
    CLITICS,
    COORDINATION,
    QUOTES,
    SAID_WHEN,
    STOP_BACK,
    THE,
    apposition_after,
    backward,
    forward,
    hedge_before_number,
    past_listener,
    past_report,
    split_names,
    until_when,
)
from discrepancy.extraction.claimant_titles import titled_person
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

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
    "own_source_cue",
    "split_names",
    "titled_person",
]

_QUOTES_COMMA = QUOTES | {","}


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
    chosen = first_source(every, norms, lex)
    if chosen is not None and chosen.kind in INNER_KINDS:
        return own_clause(chosen, every, toks, norms)
    return chosen


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


_INTENT = frozenset(
    {"declined", "refused", "hoped", "wanted", "expected", "failed", "plans", "plan", "refuses"}
    | {"declines", "hope", "hopes", "wants", "want", "tried", "asked", "urged", "vowed"}
)
_NOUN_VERBS = frozenset(
    {"reports", "estimates", "counts", "records", "claims", "figures", "notes", "documents"}
    | {"lists", "tallies", "finds", "statements", "data"}
)


def _shouted(text: str, tok: Tok) -> bool:
    """A verb in capitals ("GUESSED COUNTS:") is a headline's word, not a verb of saying."""
    return tok.end - tok.start > 3 and text[tok.start : tok.end].isupper()


_OWNERS = frozenset({"its", "their", "his", "her", "su", "sus"})


def _owned_noun(norms: Sequence[str], i: int, lex: Lexicon) -> bool:
    """ "released its annual report", "publicó su informe", "the ministry's report": a report
    noun after a possessive (and an adjective) is a noun, not a verb of saying."""
    if norms[i] not in lex.by_report or i < 2:
        return False
    return norms[i - 2] in _OWNERS or (norms[i - 1] == "s" and norms[i - 2] in ("'", "’"))


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


_GAP_JOINS = frozenset({"y", "e", "and", "while", "whereas", "mientras"})
_GAP_AT = frozenset({"en", "at", "in"})


def _gapped(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Iterator[Attribution]:
    """The further subjects of clauses that leave the verb out: "Los sindicatos cifraron el
    seguimiento en el 64 %, y el Gobierno en el 21 %", "Police put the crowd at 12,000, and
    organizers at 40,000", "el primero cifró en el 25,8 %, los segundos en el 53 % y el
    Ejecutivo en el 20 %": each clause gives its own source. A joined clause that does not
    read so ends the search; a bare comma only when a source follows it."""
    n = len(toks)
    listing = False  # a list of gapped clauses has begun: its last item needs no comma
    for k in range(v + 1, min(n, v + 30)):
        w = norms[k]
        if w in (".", ";") or (w in lex.say_verbs and k > v + 1):
            return
        joined = w in _GAP_JOINS and k > 0 and (norms[k - 1] == "," or listing)
        listed = w == "," and k + 1 < n and norms[k + 1] not in _GAP_JOINS
        bare = w in _GAP_JOINS and not joined  # "Police counted 8,000 and the unions 30,000"
        if not joined and not listed and not bare:
            continue
        found = _gap_clause(text, toks, norms, k + 1, lex, memo)
        if found is not None:
            listing = True
            yield attrs.evolve(found, verb=norms[v])
        elif joined:
            return


_BARE_SPAN = 4
_BARE_TAIL = 3
_BARE_INSIDE = frozenset({"de", "del", "of"})


def _bare_gap(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    span: list[int],
    j: int,
    lex: Lexicon,
    memo: Memo,
) -> Attribution | None:
    """ "… and the unions 30,000.", "… y los sindicatos, más de 20.000": a clause that
    leaves out its verb and gives only a source and a figure (round 7). The source
    is short, opens with an article or is a known body or a plural descriptor ("organizers"),
    and the figure ends the clause (a list "artes, conservatorios y CEPAs 40 %" is not one)."""
    if len(span) > _BARE_SPAN or not _figure_at(toks, norms, j, lex):
        return None
    if any(
        toks[k].kind != "w"
        or (
            not toks[k].cap
            and norms[k] in lex.function_words
            and norms[k] not in ARTICLES
            and norms[k] not in _BARE_INSIDE
        )
        for k in span
    ):
        return None  # "and Basra for the past 24 hours": a preposition, not a source
    k = j
    while k < len(toks) and toks[k].kind != "n":
        k += 1  # past the hedge
    end = k + 1
    while end < len(toks) and end - k <= _BARE_TAIL and toks[end].kind == "w":
        end += 1
    if end < len(toks) and norms[end] not in (".", ",", ";", ")"):
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    opened = norms[span[0]] in ARTICLES
    if found.kind == NAMED and not opened and norms[span[0]] not in known_names():
        return None  # an unknown capitalised word after "y": a list item, not a source
    return attrs.evolve(found, at=span[0])


def _figure_at(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A figure opens at ``j``: a number, or a hedge before one."""
    return j < len(toks) and (toks[j].kind == "n" or hedge_before_number(toks, norms, j, lex))


def _ordinal_next(norms: Sequence[str], k: int) -> bool:
    """ "… y los segundos en el 53 %": a join before an ordinal that refers back."""
    return k + 2 < len(norms) and norms[k + 2] in ORDINAL_REFS


def _gap_clause(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    j: int,
    lex: Lexicon,
    memo: Memo,
) -> Attribution | None:
    """The subject of a clause from token ``j`` that goes straight to "en / at" a figure,
    or to the figure itself (round 7): "and the unions 30,000", "y los sindicatos,
    30.000"."""
    n = len(toks)
    if j < n and norms[j] == "que":  # "mientras que"
        j += 1
    span: list[int] = []
    while j < n and len(span) < 6 and norms[j] not in _GAP_AT and toks[j].kind == "w":
        if norms[j] == "," and span and _figure_at(toks, norms, j + 1, lex):
            break  # "and the unions, 30,000"
        if hedge_before_number(toks, norms, j, lex) and span:
            break  # "and the unions more than 30,000"
        if norms[j] in lex.say_verbs or norms[j] in ("that", "que", ","):
            return None  # a clause with its own verb: the ordinary rules read it
        span.append(j)
        j += 1
    if (
        span
        and j < n
        and (toks[j].kind == "n" or hedge_before_number(toks, norms, j, lex) or norms[j] == ",")
    ):
        return _bare_gap(text, toks, norms, span, j + (norms[j] == ","), lex, memo)
    if not span or j + 1 >= n or norms[j] not in _GAP_AT:
        return None
    after = j + 1
    if norms[after] in ("el", "la", "un", "the", "a"):
        after += 1
    if after >= n or not (toks[after].kind == "n" or hedge_before_number(toks, norms, after, lex)):
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, at=span[0])


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
        while start >= 0 and not outside[start] and norms[start] not in QUOTES:
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
    active = [a for a in found if not passive_figure(norms, a)]
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
    for i in [k for k, w in enumerate(norms) if w in cues or w in _EXTRA_CUES]:
        if outside is not None and not outside[i]:
            continue
        w = norms[i]
        if w in _RELAY_VERBS:
            relayed = _relayed(text, toks, norms, i, lex, memo)
            if relayed is not None:
                yield relayed
            continue
        if w in _RELEASE_VERBS:
            if _report_object(norms, i + 1, lex):  # "X released its annual report"
                found = _verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        if w in _CLITIC_SAY:
            if i > 0 and norms[i - 1] in _OBJECT_CLITICS:  # "la patronal lo deja en el 8 %"
                found = _verb_subject(text, toks, norms, i, lex, memo)
                if found is not None:
                    yield attrs.evolve(found, at=i)
            continue
        cited = False  # "The network cited the commission's report that …": the commission
        for phrase, _ in lex.according_by_first.get(w, ()):
            if tuple(norms[i : i + len(phrase)]) == phrase:
                at = i + len(phrase)
                if at + 1 < n and norms[at] in lex.say_verbs:
                    at = past_listener(toks, norms, at + 1)  # "según explicó a la prensa X"
                span = forward(toks, norms, at, lex)
                found = classify(text, toks, past_report(norms, span, lex), lex, memo)
                if found is not None:
                    verb = "citing" if w in CITING else "according"
                    cited = w in _CITE_VERBS and found.kind in INNER_KINDS
                    yield attrs.evolve(
                        _apposed_office(text, toks, norms, span, found, lex), verb=verb, at=i
                    )
        by = _report_by(norms, i, lex) if w in lex.by_report else -1
        if by > 0:
            found = classify(text, toks, forward(toks, norms, by + 1, lex), lex, memo)
            if found is not None and found.kind in INNER_KINDS:
                # "figures compiled on Monday by a news agency" (an outlet's own count)
                yield attrs.evolve(found, verb="report", at=i)
        if (
            w in lex.say_verbs
            and not cited
            and _verb_like(toks, i)
            and not _governed_infinitive(norms, i)
            and not _shouted(text, toks[i])
            and not _opener_noun(text, toks, norms, i)
            and not _owned_noun(norms, i, lex)
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
                yield from _gapped(text, toks, norms, i, lex, memo)
    for k in range(3, n - 1):
        if norms[k] in ("por", "by") and _relative_agent(toks, norms, k):
            found = classify(text, toks, forward(toks, norms, k + 1, lex), lex, memo)
            if found is not None and found.kind in INNER_KINDS:
                yield attrs.evolve(found, verb="report", at=k)
    if n > 3 and not any(w in lex.say_verbs for w in norms):
        found = _verbless(text, toks, norms, lex, memo)
        if found is not None:
            yield found
    if n > 3 and ":" in norms[1 : _HEADLINE_SPAN + 1]:
        found = _headline_source(text, toks, norms, lex, memo)
        if found is not None:
            yield found
    for k in [k for k, w in enumerate(norms[: n - 2]) if w in _SET_AGAINST]:
        found = _against_owner(text, toks, norms, k, lex, memo)
        if found is not None:
            yield found
    for k in [k for k, w in enumerate(norms[: n - 2]) if w in _RELATIVE_PASSIVE]:
        found = _relative_giver(text, toks, norms, k, lex, memo)
        if found is not None:
            yield found
    for k in [k for k, w in enumerate(norms[: n - 2]) if w in _FOR]:
        if k == 0 or norms[k - 1] == ",":
            found = _for_source(text, toks, norms, k, lex, memo)
            if found is not None:
                yield found


_FOR = frozenset({"para", "for"})
_VERBLESS_AT = frozenset({"en", "at", "de", "in"})
_VERBLESS_SPAN = 6
_VERBLESS_ASIDE = 10


def own_source_cue(norms: Sequence[str], lex: Lexicon) -> bool:
    """A cheap gate (the document reader looks for attributions only in sentences with a cue)
    for the forms that name a source with no verb of saying (round 7): "en / at / de"
    before a digit within the sentence's first words ("Los organizadores, de 20.000."), a
    headline's "UN: …", a report noun and its source ("Data from the commission shows")."""
    n = len(norms)
    reach = min(n - 1, _VERBLESS_SPAN + _VERBLESS_ASIDE + 3)
    if any(norms[k] in _VERBLESS_AT and norms[k + 1][:1].isdigit() for k in range(1, reach)):
        return True
    if ":" in norms[1 : _HEADLINE_SPAN + 1]:
        return True
    return any(norms[k] in lex.by_report and norms[k + 1] in _REPORT_FROM for k in range(n - 1))


_REPORT_FROM = frozenset({"from", "of", "de", "del"})
_HEADLINE_SPAN = 3
_HEADLINE_KINDS = (GOVERNMENT, PLURAL, DEFINITE)


def _headline_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "UN: amnesty includes about 300 political prisoners", "Policía: 3 muertos": a
    headline opens with its source and a colon (round 7). Only a body the words
    surely name (an acronym, a registry name, police or a government), since a headline
    also opens with a topic ("Kestrel shooting: 3 dead")."""
    colon = next((k for k in range(1, min(len(norms), _HEADLINE_SPAN + 1)) if norms[k] == ":"), 0)
    if not colon or not any(t.kind == "n" for t in toks[colon + 1 :]):
        return None
    found = classify(text, toks, list(range(colon)), lex, memo)
    if found is None:
        return None
    if found.kind == NAMED:
        sure = all(fold(nm) in known_names() for nm in found.names)
        # "READ MORE: 222 killed", "VIDEO: …" are links, not sources
        if not sure or found.office:
            return None
    elif found.kind not in _HEADLINE_KINDS or found.names or found.country:
        return None  # "Nigeria: gunmen abduct 300": the country is the topic, not the source
    return attrs.evolve(found, verb="according", at=0)


def _verbless(
    text: str, toks: Sequence[Tok], norms: Sequence[str], lex: Lexicon, memo: Memo
) -> Attribution | None:
    """A sentence that leaves out the verb of the one before and gives only a source and its
    figure (round 7): "Los organizadores, de 20.000.", "The organizers, at 20,000.",
    "Los convocantes, de la plataforma Aire Limpio, en 9.000 asistentes." The source opens
    the sentence; one aside between commas may follow it."""
    n = len(toks)
    span: list[int] = []
    j = 0
    while j < n and len(span) < _VERBLESS_SPAN and toks[j].kind == "w" and norms[j] != ",":
        if norms[j] in _VERBLESS_AT and span:
            break
        span.append(j)
        j += 1
    if not span or j >= n:
        return None
    comma = norms[j] == ","
    if comma:
        j += 1
    if (
        j < n
        and (comma or norms[j] in _VERBLESS_AT)
        and not (norms[j] in _VERBLESS_AT and _figure_after(toks, norms, j + 1, lex))
    ):
        aside = j  # ", de la plataforma Aire Limpio,", ", del sindicato X," then the figure
        while j < n and j - aside < _VERBLESS_ASIDE and norms[j] != "," and toks[j].kind == "w":
            j += 1
        if j >= n or norms[j] != ",":
            return None
        j += 1
    if j >= n or norms[j] not in _VERBLESS_AT or not _figure_after(toks, norms, j + 1, lex):
        return None
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb="according", at=0)


def _figure_after(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A figure at ``j``, past an article ("en el 20 %", "at the 20,000")."""
    if j < len(toks) and norms[j] in ("el", "la", "los", "las", "the", "un", "una", "unos"):
        j += 1
    return j < len(toks) and (toks[j].kind == "n" or hedge_before_number(toks, norms, j, lex))


_SET_AGAINST = frozenset({"frente", "against", "versus", "vs"})
_AGAINST_LEAD = frozenset({"a", "al", "los", "las", "el", "la", "the", "unos", "unas", "some"})
_OWNER_OF = frozenset({"de", "del", "of", "from"})
_OWNER_REACH = 3


def _against_owner(
    text: str, toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "frente a los 9.000 de la Policía Local", "against the 650,000 of the ministry": the
    body after the figure set against another is that figure's source (round 7)."""
    n = len(toks)
    j = k + 1
    while (
        j < n
        and j - k <= _OWNER_REACH
        and (norms[j] in _AGAINST_LEAD or hedge_before_number(toks, norms, j, lex))
    ):
        j += 1
    while j < n and toks[j].kind != "n" and j - k <= _OWNER_REACH + 2:
        j += 1  # past a hedge's words ("más de")
    if j >= n or toks[j].kind != "n":
        return None
    j += 1
    if j < n and norms[j] == "%":
        j += 1  # "frente al 3,5 % de Educación"
    if j < n and toks[j].kind == "w" and norms[j] not in _OWNER_OF:
        j += 1  # the counted noun: "los 9.000 asistentes de la Policía"
    if j + 1 >= n or norms[j] not in _OWNER_OF:
        return None
    found = classify(text, toks, forward(toks, norms, j + 1, lex), lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb="according", at=j)


_CITE_VERBS = frozenset({"cited", "cites", "cito", "cita"})
_GIVE_VERBS = tables_en.GIVE_VERBS | tables_es.GIVE_VERBS
_GIVER_REACH = 5
"""How far before the relative the figure it describes may end ("cerca del 75 % que")."""


def _relative_giver(
    text: str, toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """The subject of a relative clause that gives the figure just named (round 7):
    "la cifra de cerca del 75 % que dan los sindicatos", "the 20,000 that the organizers
    gave" → the sindicatos, the organizers, whoever else speaks in the sentence."""
    if not any(toks[j].kind == "n" for j in range(max(0, k - _GIVER_REACH), k)):
        return None
    n = len(toks)
    if norms[k + 1] in _GIVE_VERBS:  # Spanish order: "que dan los sindicatos"
        span = forward(toks, norms, k + 2, lex, names_only=True)
    else:  # "that the organizers gave": a short subject, then the verb
        end = next((j for j in range(k + 1, min(n, k + 6)) if norms[j] in _GIVE_VERBS), -1)
        if end < 0 or any(toks[j].kind != "w" for j in range(k + 1, end)):
            return None
        span = list(range(k + 1, end))
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb="report", at=k)


def _apposed_office(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    span: list[int],
    found: Attribution,
    lex: Lexicon,
) -> Attribution:
    """ "according to Ana Ruiz, a spokeswoman for the army": the office her title names
    speaks ("según Ana Ruiz, portavoz del Ejército" → the army)."""
    if found.kind != NAMED or not span:
        return found
    title = apposition_after(toks, norms, span, lex)
    titled = titled_person(text, toks, span + title, lex) if title else None
    if titled is None or not titled[0]:
        return found
    office, person = titled
    names = (person,) if person else found.names
    return attrs.evolve(found, names=names, office=office, refers_back=False)


def _for_source(
    text: str, toks: Sequence[Tok], norms: Sequence[str], k: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "Para los organizadores, más de 50.000 personas …", "…, para las Juntas de Andalucía,
    un 90 %", "For the ministry, turnout was 40 %"; with no comma, only a name that a verb
    follows: "Para el Ministerio de Trabajo paró el 12 %"."""
    n = len(toks)
    span = forward(toks, norms, k + 1, lex)
    if span and span[-1] + 1 < n and norms[span[-1] + 1] == ",":
        found = classify(text, toks, span, lex, memo)
        if found is not None and found.kind in INNER_KINDS:
            return attrs.evolve(found, verb="according", at=k)
        return None
    if k != 0 or norms[0] != "para":
        return None
    span = forward(toks, norms, 1, lex, names_only=True)
    after = span[-1] + 1 if span else n
    if after >= n or toks[after].kind != "w" or toks[after].cap or not toks[span[-1]].cap:
        return None
    found = classify(text, toks, span, lex, memo)
    if found is not None and found.kind in (NAMED, GOVERNMENT):
        return attrs.evolve(found, verb="according", at=0)
    return None


_RELAY_VERBS = frozenset({"has", "had", "have"})
_RELAY_AT = frozenset({"at"})
_THE_EN = frozenset({"the"})
_RELAY_NOT = frozenset({"been", "being", "for", "in", "on", "to", "with", "by", "from", "into"})
_RELAY_REACH = 6
_CLITIC_SAY = tables_en.CLITIC_SAY_VERBS | tables_es.CLITIC_SAY_VERBS
_OBJECT_CLITICS = frozenset({"lo", "la", "los", "las"})
_RELEASE_VERBS = tables_en.RELEASE_VERBS | tables_es.RELEASE_VERBS
_EXTRA_CUES = _RELAY_VERBS | _CLITIC_SAY | _RELEASE_VERBS
_REPORT_REACH = 4


def _report_object(norms: Sequence[str], j: int, lex: Lexicon) -> bool:
    """A report noun is the object ("released its annual report", "presentó su informe")."""
    return any(
        norms[k] in lex.by_report or norms[k] in _DOCUMENT_NOUNS
        for k in range(j, min(len(norms), j + _REPORT_REACH))
    )


_DOCUMENT_NOUNS = tables_en.DOCUMENT_NOUNS | tables_es.DOCUMENT_NOUNS


def _relayed(
    text: str, toks: Sequence[Tok], norms: Sequence[str], i: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "Reuters has the police at 4,000", "the Times had organizers putting it at 20,000":
    an outlet that "has" a source at a figure relays it; the source speaks."""
    n = len(toks)
    span: list[int] = []
    k = i + 1
    while k < n and len(span) < _RELAY_REACH and toks[k].kind == "w":
        w = norms[k]
        if w in _RELAY_AT or w in lex.say_verbs or w in _WITH_SAYING:
            break
        span.append(k)
        k += 1
    if not span or k >= n or not (toks[span[0]].cap or norms[span[0]] in _THE_EN):
        return None
    if any(norms[j] in _RELAY_NOT for j in span):
        return None  # "have been set up for …", "has the police in a corner"
    if norms[k] in _RELAY_AT:
        if not (
            k + 1 < n and (toks[k + 1].kind == "n" or hedge_before_number(toks, norms, k + 1, lex))
        ):
            return None
    elif not any(toks[j].kind == "n" for j in range(k + 1, min(n, k + 5))):
        return None  # "has the police saying 3,000", "has organizers putting numbers at"
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in INNER_KINDS:
        return None
    return attrs.evolve(found, verb=norms[i], at=i + 1)


_WITH_SAYING = tables_en.CLAUSE_WITH_VERBS | tables_es.CLAUSE_WITH_VERBS


_PASSIVE_AUX = frozenset(
    {"were", "was", "are", "is", "been", "have", "has", "fueron", "fue", "han", "ha", "sido"}
)
_PARTICIPLE_ENDS = ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "cho")


def _report_by(norms: Sequence[str], i: int, lex: Lexicon) -> int:
    """The index of the "by" / "de" / "por" that names who made the report noun at ``i``:
    "a report by X", "figures compiled Thursday by X", "cifras difundidas el lunes por X"
    (a participle and the day it was done may come between); -1 when there is none."""
    n = len(norms)
    if i + 2 < n and norms[i + 1] in ("by", "de", "por", "from"):
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
        timed = w in lex.weekdays or w in lex.today or w in lex.yesterday or w in SAID_WHEN
        if not timed and w not in ("el", "on", "la"):
            return -1
        k += 1
    return -1


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
        found = classify(text, toks, forward(toks, norms, v + 2, lex), lex, memo)
        if found is not None:
            return attrs.evolve(found, verb=verb, say=say)
    antecedent = _relative_antecedent(text, toks, norms, v, lex, memo)
    if antecedent is not None:
        return attrs.evolve(antecedent, verb=verb, say=say)
    if v > 0 and norms[v - 1] in COORDINATION:
        # "… coordinar con los alcaldes la ayuda y aseguró", "probable and
        # confirmed cases": the verb shares a subject this rule does not see
        return None
    span, pre = backward(toks, norms, v - 1, lex)
    span = until_when(norms, span, lex)
    span = past_report(norms, span, lex) if span and not pre else span
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
        after = past_report(norms, forward(toks, norms, v + 1, lex, names_only=True), lex)
        if not after and verb in _ES_SAY:
            after = _after_figure(toks, norms, v + 1, lex)  # "elevan al 80 % las centrales"
        found = classify(text, toks, after, lex, memo)
        if (found is None or found.kind == PRONOUN) and _bare_title(norms, after, lex):
            found = Attribution(DEFINITE, (), text[toks[after[0]].start : toks[after[-1]].end])
        span, pre = after, apposition_after(toks, norms, after, lex)
    if (found is None or found.kind == PRONOUN) and _bare_title(norms, span, lex):
        # "…, the mayor said", "dijo el alcalde": an office holder the sentence names by
        # title alone speaks, not the previous sentence's source (round 7)
        found = Attribution(DEFINITE, (), text[toks[span[0]].start : toks[span[-1]].end])
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
        # Spanish drops a subject it has named: "Por su parte, UGT, que tiene tres
        # delegados, … ya que ha cifrado el seguimiento en un 21%"; "Desde Oaxaca informaron"
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


def _bare_title(norms: Sequence[str], span: list[int], lex: Lexicon) -> bool:
    """ "the mayor", "el gobernador": an article and a title of a state office, nothing else."""
    return (
        0 < len(span) <= 2
        and norms[span[-1]] in lex.title_offices
        and all(norms[k] in _THE_TITLE for k in span[:-1])
    )


_THE_TITLE = frozenset({"the", "el", "la"})


_RELATIVE_SKIP = CLITICS | frozenset(
    {"ha", "han", "habia", "habian", "hubo", "has", "have", "had", "also", "tambien"}
)
_RELATIVE_REACH = 4


def _relative_antecedent(
    text: str, toks: Sequence[Tok], norms: Sequence[str], v: int, lex: Lexicon, memo: Memo
) -> Attribution | None:
    """ "para el Ayuntamiento de Villaverde, que lo ha cifrado en un 12 %", "the unions,
    which put it at 80 %": the subject of a relative clause set off by a comma is the noun
    phrase before the comma (round 7)."""
    k = v - 1
    while k > 0 and v - k <= _RELATIVE_REACH and norms[k] in _RELATIVE_SKIP:
        k -= 1
    if k < 2 or norms[k] not in ("que", "which", "who") or norms[k - 1] != ",":
        return None
    span, _ = backward(toks, norms, k - 2, lex)
    span = until_when(norms, span, lex)
    if not span or (span[0] > 0 and toks[span[0] - 1].kind == "n"):
        return None  # "…, que aglutinan a 30 de los 37 delegados, que …": not a body
    found = classify(text, toks, span, lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT):
        return None
    return found


_FIGURE_GLUE = frozenset(
    {"a", "al", "en", "hasta", "llegar", "el", "la", "lo", "un", "una", "y", "e", "%", ","}
    | {"por", "ciento", "respectivamente", "entre", "unos", "unas", "cerca", "de", "del"}
)
_FIGURE_REACH = 14
_SUBJECT_OPEN = frozenset({"el", "la", "los", "las"})


def _after_figure(toks: Sequence[Tok], norms: Sequence[str], j: int, lex: Lexicon) -> list[int]:
    """The subject after a verb's figure, Spanish word order: "datos que elevan al 88 % y
    91 %, respectivamente, las centrales sindicales", "rebaja a 9.000 la Delegación".
    Empty when no figure comes first or no article opens a noun phrase after it."""
    n = len(toks)
    k, numbers = j, 0
    while k < n and k - j < _FIGURE_REACH:
        if toks[k].kind == "n":
            numbers += 1
        elif norms[k] not in _FIGURE_GLUE and not hedge_before_number(toks, norms, k, lex):
            break
        k += 1
    while k > j and norms[k - 1] in _SUBJECT_OPEN:
        k -= 1  # "… al 80 % las centrales": the article opens the subject
    if not numbers or k >= n or norms[k] not in _SUBJECT_OPEN:
        return []
    return forward(toks, norms, k, lex)


def _unknown_subject(
    toks: Sequence[Tok], norms: Sequence[str], span: list[int], lex: Lexicon
) -> bool:
    """The verb has a subject of its own that names no source ("mientras que los convocantes
    hablaron de 120.000"): an unrecognised subject blocks borrowing the sentence's opening
    source, it does not invite it."""
    if len(span) < 2 or norms[span[0]] not in ARTICLES or norms[span[0]] in CLITICS - THE:
        return False  # "más temprano había estimado": an adverb, the subject was dropped
    return any(
        toks[k].kind == "w"
        and norms[k] not in lex.function_words
        and norms[k] not in lex.not_claimants
        and norms[k] not in ARTICLES
        for k in span[1:]
    )


_DETERMINERS = frozenset(
    {"la", "el", "esta", "este", "una", "un", "su", "the", "this", "a", "an", "its", "their"}
)
"""Before a word that is also a verb, a determiner makes it a noun: "Esta cifra", "the count"."""
_SUBJECT_AFTER = frozenset({"conocer"})
"""Verbs whose speaker always follows ("lo dio a conocer la ONU")."""
_TOLD = frozenset({"told", "tells"})
"""Verbs whose object is the listener ("told AFP", "told reporters"), never the speaker."""
_ASIDE = frozenset(
    {"su", "otra", "otro", "ello", "eso", "lo", "tanto", "its", "their", "his", "her"}
)
"""After "por" / "by" following a verb, a discourse aside ("por su parte", "por otra parte"),
not the agent."""


_AGENT_VERBS = tables_en.AGENT_VERBS | tables_es.AGENT_VERBS


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
        or hedge_before_number(toks, norms, j, lex)
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
        and norms[j] not in QUOTES
        and toks[j].kind != "n"
        and norms[j] not in lex.say_verbs
        and norms[j] not in STOP_BACK
    ):
        span.append(j)
        j += 1
    if not span or not any(toks[q].cap for q in span):
        return None
    found = classify(text, toks, past_report(norms, span, lex), lex, memo)
    if found is None or found.kind not in (NAMED, GOVERNMENT):
        return None
    return found
