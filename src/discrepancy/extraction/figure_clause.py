"""The clause a figure stands in, the verb of saying that governs it, and that verb's source.

One reader for every stage that asks "whose figure is this?": a sentence is cut into the
clauses of a contrast once (`clause_cuts`, one cut list for both languages), and for a figure
the reader returns a small frozen record (`FigureClause`): the clause's limits, the verb that
reports, estimates, counts or puts the figure in that clause, and that verb's subject or the
"según / according to" phrase of the clause. A clause's source is its own: the subject of the
verb of the figure's own clause, before it ("Police counted 25,000") or after it ("…, police
said"); never the subject of another clause of the same sentence, never a later sentence's.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import (
    INDEFINITE,
    PRONOUN,
    Attribution,
    Memo,
    classify,
    complement_head,
)
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok

__all__ = [
    "CONTRAST",
    "RELATIVE",
    "THOSE",
    "FigureClause",
    "clause_cuts",
    "conjunct_marker",
    "figure_clause",
    "marked_conjunct",
    "official_figure",
    "relative_subject",
    "speaking_body",
]


@attrs.frozen
class FigureClause:
    """A figure's own clause, as the reader found it.

    Attributes:
        start: the clause's first token (a cut word opens the clause it cuts).
        end: one past the clause's last token.
        verb: the token index of the verb (or "según" phrase) that gives the figure in this
            clause, or -1 when the clause has none.
        source: who that verb's subject (or the phrase) names, or ``None``.
    """

    start: int
    end: int
    verb: int = -1
    source: Attribution | None = None


CONTRAST = frozenset(
    {"while", "whereas", "but", "although", "though", "mientras", "pero", "aunque", "sino", ";"}
)
"""Words that set two sources of one sentence apart ("police counted 25,000 while organizers
said 100,000")."""
_AGAINST = frozenset({"against", "versus", "frente", "vs"})
"""Set against a figure only ("2.8 million, against 1.27 million according to X", "frente a
los 80.000 de la Delegación"), not against a thing ("marched against the reform")."""
_AGAINST_REACH = 4
_NOT_OPENING = frozenset({"tanto", "that", "the"})
"""After "mientras" / "while", an adverb or a noun phrase, not a clause: "Mientras tanto",
"while the march went on" is a clause only with a comma to end it."""
_OPENERS = frozenset({"while", "whereas", "although", "though", "mientras", "aunque"})
"""A sentence that opens with these holds two clauses; the first ends at its first comma
after a number ("Mientras los sindicatos hablan del 65 %, la patronal …")."""
_WITH = frozenset({"with", "con"})
_AND = frozenset({"and", "y", "e"})
_WITH_REACH = 6


def _said_before(norms: Sequence[str], start: int, k: int) -> bool:
    """Round 12: a verb of saying stands in the clause before the "and / y" at ``k``: the
    conjunction joins two clauses that each give their own account, not two names of one
    subject ("Police and the organizers said")."""
    return any(norms[j] in _SAY_VERBS for j in range(start, k))


"""How far after "with" the -ing verb of saying may come ("with organizers saying")."""
_WITH_VERBS = tables_en.CLAUSE_WITH_VERBS | tables_es.CLAUSE_WITH_VERBS
_FIGURE_NOUNS = tables_en.CLAUSE_FIGURE_NOUNS | tables_es.CLAUSE_FIGURE_NOUNS
RELATIVE = frozenset({"que", "that", "which"})
_AGENT = frozenset({"por", "by"})
_PARTICIPLE_ENDS = ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_FIGURE_LEAD = frozenset({",", "una", "un", "a", "the", "la", "el", "los", "las"})


_SUBORDINATE = frozenset({"after", "before", "as", "despues", "luego", "antes"})
"""Words that open a clause of time with its own subject and verb of saying ("…, after the
mayor said 75", "poco después de que la Oficina cifrara en 298"): its source is its own."""
_SAY_VERBS = tables_en.SAY_VERBS | tables_es.SAY_VERBS
_SUBORDINATE_REACH = 8
"""How far after "after" the verb of its clause may come ("after the regional civil defence
office said")."""

THOSE = frozenset({"los", "las", "el", "la", "those", "that"})
_OFTHOSE = frozenset({"de", "of"})
_COMPARED = frozenset({"de", "con", "a", "from", "with", "than", "to"})
"""Round 10: "alejadas de las de las centrales, que …", "differ from those of the unions":
figures compared with another source's open a clause of that source."""

_TRIGGERS = (CONTRAST | _AGAINST | _WITH | _AND | _FIGURE_NOUNS | _SUBORDINATE | THOSE) | {
    ",",
    "por",
    "si",
}


def clause_cuts(toks: Sequence[Tok], norms: Sequence[str]) -> list[int]:
    """The token indices where a new clause of a contrast opens, in order."""
    n = len(norms)
    cuts: list[int] = []
    first_number = next((k for k, t in enumerate(toks) if t.kind == "n"), n)
    opened = n > 1 and norms[0] in _OPENERS and norms[1] not in _NOT_OPENING
    fronted = fronted_contrast(norms)
    absolute = False  # inside a "with X saying N" clause
    for k in [k for k, w in enumerate(norms) if w in _TRIGGERS]:
        w = norms[k]
        if (
            w in CONTRAST
            and not (w == "mientras" and k + 1 < n and norms[k + 1] == "tanto")
            and not _while_doing(norms, k)
        ) or (w in _AGAINST and _number_within(toks, k + 1, _AGAINST_REACH)):
            cuts.append(k)
        elif w in _WITH and _with_clause(norms, k):
            cuts.append(k)  # "…, with organizers saying 25,000"
            absolute = True
        elif w in _AND and absolute and _with_clause(norms, k):
            cuts.append(k)  # "with a general claiming 300 and the group putting it at 416"
        elif w in _AND and k > first_number and _and_clause(norms, k):
            cuts.append(k)  # "… killed 11 people and a rights group estimated that 34" (r11)
        elif (
            w in _AND and _said_before(norms, cuts[-1] if cuts else 0, k) and _and_clause(norms, k)
        ):
            cuts.append(k)  # round 12: "X dice que … y los sindicatos lo cifran en el 68 %"
        elif w in _FIGURE_NOUNS and _figure_clause(norms, k):
            cuts.append(k)  # "…, cifra que los sindicatos elevan al 80 %"
        elif w == "," and opened and k > first_number:
            cuts.append(k)  # "Mientras A habla del 65 %, B lo deja en el 8 %"
            opened = False
        elif w == "," and fronted:
            cuts.append(k)  # "Contrary to what the minister said, the mayor counted 23"
            fronted = False
        elif w == "por" and k > 0 and norms[k - 1] == "," and _number_within(toks, k + 1, 2):
            cuts.append(k)  # "La Junta dio 64.000, por 51.000 de la Prefectura"
        elif w == "si" and k + 1 < n and norms[k + 1] == "bien":
            cuts.append(k)  # "ACNUR registra 500.000, si bien las autoridades aseguran …" (9b)
        elif w in _SUBORDINATE and _subordinate_clause(norms, k):
            cuts.append(k)  # "…, poco después de que la Oficina cifrara en 298" (round 8)
        elif (
            w in THOSE
            and 0 < k < n - 1
            and norms[k + 1] in _OFTHOSE
            and norms[k - 1] in _COMPARED
            and k > first_number
        ):
            cuts.append(k)  # "el 33 %, muy lejos de las de las centrales, que …" (round 10)
    return cuts


_FRONTED = (*tables_en.FRONTED_CONTRAST, *tables_es.FRONTED_CONTRAST)


def _while_doing(norms: Sequence[str], k: int) -> bool:
    """Session 13 (h-who-en): "while" before an -ing form is a clause of time, no contrast:
    "88 more were taken while trying to escape, a spokesman told CNN" (the spokesman after it
    still gives the 88)."""
    return norms[k] == "while" and k + 1 < len(norms) and norms[k + 1].endswith("ing")


def fronted_contrast(norms: Sequence[str]) -> bool:
    """Whether the sentence opens with a clause that sets its speaker against the main
    clause's ("Contrary to what X said, …", "A diferencia de lo que dijo X, …"): that clause
    ends at its first comma, and its speaker is not the source of the figures after it."""
    return any(tuple(norms[: len(p)]) == p for p in _FRONTED)


def _subordinate_clause(norms: Sequence[str], k: int) -> bool:
    """ "después de que / antes de que X cifrara", "after X said": a clause of time with
    its own verb of saying, whose subject is the source of that clause's numbers."""
    if norms[k] == "as" and not _as_clause(norms, k):
        return False
    if norms[k] in ("after", "before", "as"):
        end = min(len(norms), k + _SUBORDINATE_REACH)
        return any(norms[j] in _SAY_VERBS for j in range(k + 2, end))
    return k + 2 < len(norms) and norms[k + 1] == "de" and norms[k + 2] == "que"


_AS_SUBJECTS = frozenset({"a", "an", "the", "its", "their", "other", "another"})
_AS_NOT_AFTER = frozenset({"as", "such", "so", "just", "same", "twice", "much", "well"})


def _as_clause(norms: Sequence[str], k: int) -> bool:
    """ "…, as a monitoring group reported that about 4,000 had died": "as" opens a clause with
    its own subject (an article or determiner after it) and, within reach, its own verb of
    saying (round 11); never "as many as", "such as", "twice as high as"."""
    return (
        0 < k < len(norms) - 1
        and norms[k - 1] not in _AS_NOT_AFTER
        and norms[k + 1] in _AS_SUBJECTS
    )


_AND_SUBJECTS = frozenset({"a", "an", "the", "un", "una", "el", "la", "los", "las"})
_AND_REACH = 12


def _and_clause(norms: Sequence[str], k: int) -> bool:
    """ "…, and a rights group estimated that 34 …", "y la Fiscalía informó de 40": "and / y"
    after a figure opens a clause with its own subject (an article next) and its own verb
    of saying within reach; its source is its own, not the earlier figure's (round 11)."""
    if k + 1 >= len(norms) or norms[k + 1] not in _AND_SUBJECTS:
        return False
    end = min(len(norms), k + _AND_REACH)
    return any(norms[j] in _SAY_VERBS for j in range(k + 2, end))


def _with_clause(norms: Sequence[str], k: int) -> bool:
    """ "with organizers saying 25,000", "con los sindicatos cifrando": an absolute clause
    with its own subject and verb of saying."""
    return any(norms[j] in _WITH_VERBS for j in range(k + 2, min(len(norms), k + _WITH_REACH)))


def _figure_clause(norms: Sequence[str], k: int) -> bool:
    """A figure noun that a relative or a participle with its agent describes, after a
    comma: "…, cifra que B eleva", "…, datos rebajados por Interior", "…, a figure that"."""
    if k == 0 or norms[k - 1] not in _FIGURE_LEAD:
        return False
    if k > 1 and norms[k - 1] != "," and norms[k - 2] != ",":
        return False
    nxt = norms[k + 1] if k + 1 < len(norms) else ""
    if nxt in RELATIVE:
        return True
    return (
        len(nxt) > 4
        and nxt.endswith(_PARTICIPLE_ENDS)
        and k + 2 < len(norms)
        and norms[k + 2] in _AGENT
    )


def _number_within(toks: Sequence[Tok], j: int, reach: int) -> bool:
    """A number among the ``reach`` tokens from ``j`` on."""
    return any(toks[k].kind == "n" for k in range(j, min(len(toks), j + reach)))


def figure_clause(
    cuts: Sequence[int], n: int, first: int, sources: Sequence[Attribution]
) -> FigureClause:
    """The clause of the figure at token ``first`` in a sentence of ``n`` tokens cut at
    ``cuts``, with the source that gives it: of ``sources`` (the sentence's attributions,
    ordered by their verb), the last whose verb stands in the clause before the figure ("X
    put it at N"), else the first after it in the clause ("N, police said")."""
    k = bisect.bisect_right(cuts, first)
    start = cuts[k - 1] if k > 0 else 0
    end = cuts[k] if k < len(cuts) else n
    inside = [a for a in sources if start <= a.at < end]
    before = [a for a in inside if a.at <= first]
    chosen = before[-1] if before else (inside[0] if inside else None)
    if chosen is None:
        return FigureClause(start, end)
    return FigureClause(start, end, chosen.at, chosen)


_WHO = frozenset({"that", "who", "which", "que", "quien", "quienes"})
_OPENING = frozenset({",", "that", "que", "however", "sin", "embargo"})
_SUBJECT_SPAN = 8


def relative_subject(
    text: str,
    toks: Sequence[Tok],
    norms: Sequence[str],
    clause: FigureClause,
    first: int,
    lex: Lexicon,
    memo: Memo,
) -> Attribution | None:
    """The subject of the verb of saying of a later clause, read past the relative clause
    that describes it ("…, while a local rights group that has tracked the crossings said
    120", "…, pero un colectivo que reúne a las familias habló de 95"): the noun phrase from
    the clause's opening to the relative, when it names a source (round 11)."""
    if clause.start == 0:
        return None
    start = clause.start + 1
    while start < first and norms[start] in _OPENING:
        start += 1
    verb = next((k for k in range(start + 1, first) if norms[k] in lex.say_verbs), -1)
    rel = next((k for k in range(start + 1, verb) if norms[k] in _WHO), -1)
    if verb < 0 or rel < 0 or rel - start > _SUBJECT_SPAN:
        return None
    if any(toks[k].kind != "w" for k in range(start, rel)):
        return None
    found = classify(text, toks, list(range(start, rel)), lex, memo)
    if found is None or found.kind == PRONOUN:
        return None
    if found.kind == INDEFINITE and not speaking_body(found.text, lex):
        return None
    return attrs.evolve(found, verb=norms[verb], at=verb)


_OF = frozenset({"of", "de", "del"})


def speaking_body(text: str, lex: Lexicon) -> bool:
    """An unnamed phrase whose head names a body or people who speak ("a local rights
    group", "un colectivo de familias", "two witnesses"), not a bare article or number word."""
    words = [fold(w) for w in text.split()]
    head = complement_head(words)
    return len(words) > 1 and (head in lex.generic_heads or head in lex.plural_descriptors)


_OFFICIAL_WORDS = tables_en.OFFICIAL_WORDS | tables_es.OFFICIAL_WORDS
_OFFICIAL_FIGURES = tables_en.OFFICIAL_FIGURES | tables_es.OFFICIAL_FIGURES
_OFFICIAL_REACH = 4


def official_figure(norms: Sequence[str], first: int) -> int:
    """The first token of the phrase that names the figure at ``first`` as the official one:
    "the official toll of 31", "la cifra oficial de 31", "the official death toll of 31"
    (a figure noun and "official" among the few words before its "of / de"); else -1. Such
    a figure, set against another in a comparison, is the government's (round 11)."""
    j = first - 1
    if j < 1 or norms[j] not in _OF:
        return -1
    window = range(max(0, j - _OFFICIAL_REACH), j)
    said = next((k for k in window if norms[k] in _OFFICIAL_WORDS), -1)
    noun = next((k for k in window if norms[k] in _OFFICIAL_FIGURES), -1)
    if said < 0 or noun < 0 or not _modifies(said, noun) or max(said, noun) + 1 != j:
        return -1  # session 13: "las cifras oficiales hablan de 120": a verb, not "of"
    return min(said, noun)


def _modifies(said: int, noun: int) -> bool:
    """Whether "official" qualifies the figure noun itself: right before it or one word
    before ("the official death toll"), or right after it ("la cifra oficial"). "The
    official said a total of 52" names a speaker, not an official figure."""
    return 0 < noun - said <= 2 or said - noun == 1


_CONJUNCTIONS = _AND | CONTRAST | _AGAINST | {"whereas", "mientras"}
"""Words that join two conjuncts of a pair of figures ("N según X y M según Y", "N for X
against M for Y")."""


_ASIDE_SUBJECT = 5
"""Session 10: the most words of a subject between a comma and its verb in a parenthetical
attribution ("…, the city's mayor said, …")."""


def _marker(norms: Sequence[str], a: Attribution, first: int) -> bool:
    """A source phrase that follows a figure and points back at it: "según / according to
    X", a verb of saying right after a comma (", said X", ", dijo la Policía"), or, session
    10, a parenthetical subject and verb between commas (", the mayor said, and …")."""
    if a.at <= first:
        return False
    if a.verb == "according" or norms[a.at - 1] == ",":
        return True
    if a.at + 1 < len(norms) and norms[a.at + 1] not in (",", ";", "."):
        return False
    for j in range(a.at - 1, max(first, a.at - 1 - _ASIDE_SUBJECT), -1):
        if norms[j] == ",":
            return j > first
        if norms[j] in _CONJUNCTIONS or norms[j] in RELATIVE:
            return False
    return False


def conjunct_marker(
    norms: Sequence[str], sources: Sequence[Attribution], first: int, starts: Sequence[int]
) -> Attribution | None:
    """Round 12: the marker of the conjunct the figure at ``first`` stands in, when the
    previous figure of the sentence (``starts``: every figure's first token) already has its
    own marker after it: "300 según X y 380, según Y" gives 380 to Y, never to X.

    A conjunct runs from the conjunction ("y / and / while / mientras / frente a") after the
    previous figure's marker up to the next figure; its marker is a source named inside it
    before the figure ("y la Guardia Civil, 380") or the first marker after the figure with
    no other figure between ("380, según la Guardia Civil"). ``None`` when the figure has no
    such earlier pair or its conjunct names no source: the other readers decide then."""
    before = [s for s in starts if s < first]
    if not before:
        return None
    prev = before[-1]
    taken = [a for a in sources if prev < a.at < first and _marker(norms, a, prev)]
    if not taken:
        return None
    joins = [k for k in range(taken[-1].at + 1, first) if norms[k] in _CONJUNCTIONS]
    if not joins:
        return None
    opened = joins[-1]
    inside = [a for a in sources if opened < a.at < first]
    if inside:
        return inside[-1]
    after = [s for s in starts if s > first]
    limit = after[0] if after else len(norms)
    return next((a for a in sources if first < a.at < limit and _marker(norms, a, first)), None)


_MARKER_CUES = frozenset({"according", "segun"})


def marked_conjunct(norms: Sequence[str], first: int, at: int, starts: Sequence[int]) -> bool:
    """Round 12: whether the figure at ``first`` has a marker of its own ("according to",
    "según") before the conjunction that opens a later figure's conjunct, while the source
    at ``at`` comes after that later figure: "900, according to the county, and 1,400
    according to the Red Cross" — the Red Cross speaks for 1,400 only, even when the
    county's phrase is not read as a source."""
    later = [s for s in starts if first < s < at]
    if not later:
        return False
    join = next((k for k in range(first + 1, later[0]) if norms[k] in _CONJUNCTIONS), -1)
    return join > 0 and any(norms[k] in _MARKER_CUES for k in range(first + 1, join))
