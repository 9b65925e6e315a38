"""Which numbers of a sentence a date may date (its *reach*), and dates that open a period.

News writing ties a date to the figure of its own clause. Rules, each read once per sentence
after the date expressions are found (`when_find`):

* "since / desde X" opens a period X → the reference date, also when words stand between
  "since" and the day ("since fighting began on 4 March", "desde que empezaron las protestas
  el 4 de marzo", "desde el inicio del proceso, el 8 de enero"); a relative clause that starts
  the counted event ("las protestas, que iniciaron el 28 de abril, …") does too; "desde antes
  de diciembre" is a count so far whose start is not stated.
* A date in a parenthesis or between dashes ("(en 2019 lo cifraron en el 55 %)") dates only
  the figures inside it.
* A date in a comparison ("more than in June", "superiores a las de marzo", "up from 80 in
  June", "against 650,000 on January 19", "contra 537 del año pasado") dates only the figures
  of the comparison.
* A date of another, earlier event named in a relative or participle clause ("respecto a la
  celebrada el 14 de mayo", "the march held on 8 March") dates no figure outside that clause.
* In a running toll ("the death toll from Tuesday's landslide rose to 61", "el balance de
  muertos del terremoto del lunes"), the toll counts the event, so the day the event happened
  dates it; a later day of the sentence ("On Wednesday the ministry put the toll from
  Sunday's fire at 18") is the day of the statement and dates no figure (round 7, audit 3
  P5: a count of one event is dated by the event, not by the day a source spoke).

Every rule reads a few tokens around each date or cue word: linear in the sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from discrepancy.claim import Period
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.when import ANCHOR, CUMULATIVE, DateMention

__all__ = ["NOWHERE", "bind", "event_day_of_toll", "reaches"]

NOWHERE = (0, 0)
"""The reach of a date that dates no figure (the day of the event a toll counts from)."""

_SINCE = frozenset({"since", "desde"})
_SINCE_SPAN = 9
"""How many tokens after "since" the day that opens the period may stand."""
_START_NOUNS = frozenset(
    {
        "start",
        "beginning",
        "outbreak",
        "onset",
        "inicio",
        "comienzo",
        "principio",
        "arranque",
        "estallido",
    }
)
"""Nouns after "since" that name where a period starts ("desde el inicio del proceso, el 8
de enero": the comma does not end the phrase)."""
_START_VERBS = frozenset(
    {"erupted", "broke", "estallo", "estallaron", "iniciaron", "inicio", "comenzaron"}
)
"""Verbs that start the counted event, besides the lexicon's begin words."""
_RELATIVE = frozenset({"que", "which", "that", "who", "cuando", "when"})
_BEFORE = frozenset({"antes", "before"})
_QUOTES = frozenset({'"', "“", "”", "'", "«", "»"})
_STOPS = frozenset({";", ":", "(", ")"})
"""Tokens that end the phrase a "since" opens."""
_CLAUSE_ENDS = frozenset({",", ";", ":", "(", ")", "-", "."})

_THAN = frozenset({"than"})
_COMPARATIVES = frozenset(
    {
        "more",
        "less",
        "fewer",
        "higher",
        "lower",
        "larger",
        "smaller",
        "mas",
        "menos",
        "superior",
        "superiores",
        "inferior",
        "inferiores",
        "mayor",
        "mayores",
        "menor",
        "menores",
        "similar",
        "similares",
        "igual",
        "iguales",
    }
)
_COMPARE_CUES: tuple[tuple[str, ...], ...] = (
    ("compared", "with"),
    ("compared", "to"),
    ("up", "from"),
    ("down", "from"),
    ("versus",),
    ("vs",),
    ("frente", "a"),
    ("frente", "al"),
    ("respecto", "a"),
    ("respecto", "al"),
    ("respecto", "de"),
    ("comparado", "con"),
    ("comparada", "con"),
    ("en", "comparacion", "con"),
    *sorted(tables_en.COMPARE_PHRASES | tables_es.COMPARE_PHRASES),  # h-when
)
"""Phrases that open a comparison whatever precedes them."""
_PLACE_TOO = frozenset({"frente"})
"""First words of comparison cues that also say where ("frente a la costa", "frente al
Congreso"): a comparison only when what stands between them and the date compares."""
_COMPARED = frozenset(
    {"el", "la", "los", "las", "lo", "de", "del", "en", "mismo", "misma", "mismos", "mismas"}
    | {"periodo", "período", "ano", "mes", "semana", "dia", "dato", "datos", "cifra", "cifras"}
)
"""Words between "frente a" and a date that keep it a comparison ("frente a las de marzo",
"frente al mismo periodo de 2019"): an article, "de", "mismo" or a noun of a count or span."""


def _compared_only(norms: Sequence[str], lo: int, hi: int) -> bool:
    """Session 10: whether the words from ``lo`` up to the date at ``hi`` are those of a
    comparison (a figure, an article, a noun of a count or of a span), not a place ("frente a
    Velna el sábado", "frente a la costa de Libia el martes")."""
    return all(w[:1].isdigit() or w in _COMPARED or w in _NUMBER_WORDS for w in norms[lo:hi])


_NUMBER_CUES = tables_en.NUMBER_COMPARE_CUES | tables_es.NUMBER_COMPARE_CUES
"""Cues that compare only when a figure follows ("against 650,000 on January 19")."""
_COMPARE_TIES = frozenset({"a", "al", "que"})
"""After a comparative ("superiores a las de marzo", "más que en 2019"): the comparison
("más de 23.000" is a hedge, not a comparison: "de" is no tie)."""
_APPOSITION = frozenset({"la", "el", "las", "los", "the", "that", "those"})
"""After a comma, a phrase that restates what was just named ("…, la del 29 de marzo")."""
_COMPARE_SPAN = 6
"""How many tokens before a date a comparison cue may stand."""
_HELD = frozenset(
    {
        "held",
        "staged",
        "celebrada",
        "celebrado",
        "celebradas",
        "celebrados",
        "celebro",
        "convocada",
        "convocado",
        "realizada",
        "realizado",
    }
)
"""Participles and verbs of an event that took place ("la celebrada el 14 de mayo")."""
_HELD_SPAN = 3

_TOLL = frozenset({"toll", "balance", "tally"}) | tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS
"""Words of a running count of one event ("the toll from Sunday's fire", "la cifra de muertos
del choque del domingo")."""
_GENITIVE = frozenset({"del", "de"})


def reaches(d: DateMention, at: int) -> bool:
    """Whether date ``d`` may date the number whose first token is ``at``."""
    return d.reach is None or d.reach[0] <= at < d.reach[1]


def bind(
    toks: Sequence[Tok],
    norms: Sequence[str],
    found: list[DateMention],
    ref: dt.date | None,
    lex: Lexicon,
) -> list[DateMention]:
    """The dates of a sentence with their reach set and "since" periods opened."""
    if not found:
        return found
    out = [_superlative_since(norms, d) for d in found]  # round 10: before any opening
    if ref is not None:
        out = _open_periods(toks, norms, out, ref, lex)
    groups = _parentheses(toks, norms)
    toll = not _TOLL.isdisjoint(norms)
    event: dt.date | None = None  # the day of the event a toll counts ("Sunday's fire")
    for k, d in enumerate(out):
        if d.reach is not None:
            continue  # round 10: a superlative's "since" (`_superlative_since`)
        reach = (
            _group_of(toks, groups, d)
            or _comparison(norms, d)
            or _held(norms, d)
            or _later_clause(norms, d)
        )
        if (
            reach is None
            and toll
            and not d.earlier
            and event_day_of_toll(norms, d)
            and d.period.is_point
        ):
            event = d.period.start if event is None else event
        if reach is not None:
            out[k] = attrs.evolve(d, reach=reach)
    if event is not None:
        noun = next(k for k, w in enumerate(norms) if w in _TOLL)
        out = [_statement_day(norms, d, event, noun) for d in out]
    return out


def _statement_day(norms: Sequence[str], d: DateMention, event: dt.date, noun: int) -> DateMention:
    """In a toll of an event named by its day ("On Wednesday the ministry put the toll from
    Sunday's fire at 18"), a later single day before the toll's noun is the day of the
    statement: it dates no figure, and the event's day dates the toll (audit 3 P5). One
    after the noun may be another event's ("… rose to 61 after an aftershock on Wednesday
    killed 5 more")."""
    if (
        d.last <= noun
        and d.reach is None
        and d.kind == ANCHOR
        and d.period.is_point
        and d.period.start is not None
        and d.period.start > event
        and not event_day_of_toll(norms, d)
    ):
        return attrs.evolve(d, reach=NOWHERE)
    return d


# --- "since X" ---------------------------------------------------------------------------


def _open_periods(
    toks: Sequence[Tok],
    norms: Sequence[str],
    found: list[DateMention],
    ref: dt.date,
    lex: Lexicon,
) -> list[DateMention]:
    starts = lex.begin_words | _START_VERBS
    for k, d in enumerate(found):
        if d.opens or d.kind != ANCHOR or d.period.start is None or d.period.start > ref:
            continue
        if d.reach is not None:
            continue  # round 10: "the highest since 1968" opens no period
        since = _since_before(toks, norms, d, lex)
        if since is None and not _started_in_clause(norms, d, starts):
            continue
        if since is not None and norms[since + 1] in _BEFORE:
            # "desde antes de diciembre": so far, from a start the text does not state
            period = Period(start=None, end=ref)
            found[k] = attrs.evolve(d, period=period, kind=CUMULATIVE, to_now=True)
            continue
        period = Period(start=d.period.start, end=ref)
        found[k] = attrs.evolve(d, period=period, kind=CUMULATIVE, opens=True, to_now=True)
    return found


def _since_before(
    toks: Sequence[Tok], norms: Sequence[str], d: DateMention, lex: Lexicon
) -> int | None:
    """The "since"/"desde" that opens the phrase holding date ``d`` ("since fighting began
    on", "desde que empezaron las protestas el"), or ``None``: no number, quote, verb of
    saying or clause end between (a comma only after a start noun: "desde el inicio del
    proceso, el 8"); "desde el Ministerio informaron el lunes" is a source, not a start."""
    comma = False
    start_noun = False
    for k in range(d.first - 1, max(-1, d.first - 1 - _SINCE_SPAN), -1):
        w = norms[k]
        if w in _SINCE:
            if k == d.first - 1:
                return None  # "since Saturday": read as a span by the finder already
            j = k + 1
            while norms[j] in _QUOTES:
                j += 1
            if w == "desde" and norms[j] in ("el", "la", "los", "las"):
                j += 1
            if w == "desde" and toks[j].cap and norms[j] not in _START_NOUNS:
                return None  # "desde Caracas", "desde el Gobierno": where, who
            # the token before the phrase's first word ("antes" of 'desde "antes de"')
            return j - 1 if not comma or start_noun else None
        if w in _STOPS or toks[k].kind == "n" or w == "." or w in lex.say_verbs:
            return None
        if w == ",":
            if comma:
                return None
            comma = True
        if w in _START_NOUNS:
            start_noun = True
    return None


def _started_in_clause(norms: Sequence[str], d: DateMention, starts: frozenset[str]) -> bool:
    """ "las protestas, que iniciaron el 28 de abril", "the war, which began on 24 February":
    a relative clause whose verb starts the counted event, right before the date."""
    k = d.first - 1
    while k >= 0 and norms[k] in ("on", "in", "el", "en", "the", "la", "este", "this"):
        k -= 1
    if k < 0 or norms[k] not in starts:
        return False
    back = norms[max(0, k - 3) : k]
    return not _RELATIVE.isdisjoint(back) or "since" in back or "desde" in back


# --- parentheses, dashes, comparisons, other events --------------------------------------


def _parentheses(toks: Sequence[Tok], norms: Sequence[str]) -> list[tuple[int, int]]:
    """The token spans of the parentheses and dash pairs of a sentence (inner, outer
    bounds included)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    dash: int | None = None
    for k, w in enumerate(norms):
        if w == "(":
            opened = k
        elif w == ")" and opened is not None:
            spans.append((opened, k + 1))
            opened = None
        elif w == "-" and _free_dash(toks, k):
            if dash is None:
                dash = k
            else:
                spans.append((dash, k + 1))
                dash = None
    return spans


def _free_dash(toks: Sequence[Tok], k: int) -> bool:
    """A dash that sets words apart, not a hyphen inside a word ("COVID-19"); one glued to
    a sign ("… en el 70%-.") closes a dash pair."""
    before = k > 0 and toks[k - 1].end == toks[k].start and toks[k - 1].kind in ("w", "n")
    after = (
        k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].kind in ("w", "n")
    )
    return not (before and after)


def _group_of(
    toks: Sequence[Tok], groups: Sequence[tuple[int, int]], d: DateMention
) -> tuple[int, int] | None:
    """The parenthesis holding date ``d`` when it also holds a figure of its own ("(en 2019
    lo cifraron en el 55 %)"); a parenthesis with only a date ("el domingo (8 de marzo)")
    restates the date of the sentence and reaches every figure."""
    for lo, hi in groups:
        if lo < d.first and d.last <= hi:
            inside = range(lo + 1, hi - 1)
            if any(toks[k].kind == "n" and not d.first <= k < d.last for k in inside):
                return (lo, hi)
            return None
    return None


def _clause_end(norms: Sequence[str], k: int) -> int:
    while k < len(norms) and norms[k] not in _CLAUSE_ENDS:
        k += 1
    return k


_SUPERLATIVES = tables_en.SUPERLATIVES_BEFORE_SINCE | tables_es.SUPERLATIVES_BEFORE_SINCE
_LEVEL_ADJECTIVES = frozenset(
    {"bajo", "baja", "bajos", "bajas", "alto", "alta", "altos", "altas", "elevado", "elevada"}
    | {"grave", "graves", "mortal", "mortifera", "numeroso", "numerosa"}
)
"""Spanish adjectives that "más" makes a superlative ("la cifra más alta desde mayo")."""
_SUPERLATIVE_SPAN = 4
"""How many words before "since / desde" a superlative may stand ("la peor racha de
llegadas desde", "the biggest daily crowd since")."""
_WHEN_AFTER = frozenset({"when", "cuando"})


def _superlative_since(norms: Sequence[str], d: DateMention) -> DateMention:
    """Round 10: a date after "since / desde" that a superlative governs ("the biggest crowd
    since 1994", "la peor racha de llegadas desde el naufragio de 2015", "la cifra más alta
    desde mayo, cuando hubo 512") names the last time a figure was as high or low: it is
    no start of the count and dates no figure outside its own "when" clause. A span the
    finder opened from it ("since 1994") dates nothing."""
    since = next(
        (
            k
            for k in range(d.first, max(-1, d.first - _SINCE_SPAN), -1)
            if norms[k] in _SINCE or (k < d.first and norms[k] in _CLAUSE_ENDS)
        ),
        None,
    )
    if since is None or norms[since] not in _SINCE or not _superlative_before(norms, since):
        return d
    if d.kind == CUMULATIVE:
        return attrs.evolve(d, reach=NOWHERE)
    k = d.last + 1 if d.last < len(norms) and norms[d.last] == "," else d.last
    end = _clause_end(norms, k + 1) if k < len(norms) and norms[k] in _WHEN_AFTER else d.last
    return attrs.evolve(d, reach=(since, end))


def _superlative_before(norms: Sequence[str], since: int) -> bool:
    """Whether a superlative stands a few words before the "since" at ``since``, in its
    clause: "the biggest daily crowd since", "the most since", "la cifra más alta desde",
    "la peor racha de llegadas desde"."""
    for k in range(since - 1, max(-1, since - 1 - _SUPERLATIVE_SPAN), -1):
        w = norms[k]
        if w in _CLAUSE_ENDS or w[:1].isdecimal():
            return False
        if w in _SUPERLATIVES:
            return True
        if w == "most" and k > 0 and norms[k - 1] == "the":
            return True
        if w in _LEVEL_ADJECTIVES and k > 0 and norms[k - 1] == "mas":
            return True
    return False


def _compared_end(norms: Sequence[str], k: int) -> int:
    """The end of a comparison's clause from ``k``; h-when: a "when" clause after a comma is
    the compared time's own ("versus el mismo mes del año pasado, cuando registraron 877")."""
    end = _clause_end(norms, k)
    if end + 1 < len(norms) and norms[end] == "," and norms[end + 1] in _WHEN:
        end = _clause_end(norms, end + 1)
    return end


_WHEN = frozenset({"when", "cuando"})


def _comparison(norms: Sequence[str], d: DateMention) -> tuple[int, int] | None:
    """The span of the comparison a date stands in ("more than in June", "superiores a las de
    marzo", "up from 80 in June"): from its cue to the end of the clause."""
    lo = max(0, d.first - _COMPARE_SPAN)
    k = d.first
    while k > lo:
        k -= 1
        w = norms[k]
        if w == "," and norms[k + 1] in _APPOSITION and lo == d.first - _COMPARE_SPAN:
            # "menor que el de la última huelga, la del 29 de septiembre": the compared
            # event restated by its day (one such comma)
            lo = max(0, lo - _COMPARE_SPAN)
            continue
        if w in _CLAUSE_ENDS:
            return None
        if (w in _THAN or w in _COMPARE_TIES) and _hedge(norms, k):
            continue  # "more than 5,000", "más que 300": a hedge on a number, no comparison
        if w in _THAN or (w in _NUMBER_CUES and _hedge(norms, k)):
            return (k, _compared_end(norms, d.last))
        for cue in _COMPARE_CUES:
            if tuple(norms[k : k + len(cue)]) == cue:
                if cue[0] in _PLACE_TOO and not _compared_only(norms, k + len(cue), d.first):
                    break  # session 10: "frente a Velna el sábado" is where, not a comparison
                return (k, _compared_end(norms, d.last))
        if w in _COMPARE_TIES and k > 0 and norms[k - 1] in _COMPARATIVES:
            return (k, _compared_end(norms, d.last))
    return None


def _later_clause(norms: Sequence[str], d: DateMention) -> tuple[int, int] | None:
    """The clause a date stands in when a comma and a coordinator open it after an earlier
    clause (", y que en la manifestación del 8 de marzo de 2018, asistieron 170.000",
    "…, and on Tuesday 30 more"): the date reaches from there on, never back."""
    for k in range(d.first - 1, max(0, d.first - _LATER_SPAN), -1):
        if norms[k] in _COORDINATORS and norms[k - 1] in (",", ";"):
            return (k, len(norms))
        if norms[k] in (";",):
            return (k, len(norms))
    return None


_COORDINATORS = frozenset({"y", "e", "and", "while", "whereas", "mientras", "but", "pero"})
_LATER_SPAN = 16
"""How far back from a date the coordinator opening its clause is looked for."""


def _hedge(norms: Sequence[str], k: int) -> bool:
    """Whether the tie at ``k`` hedges the number right after it ("more than 5,000")."""
    for w in norms[k + 1 : k + 3]:
        if w[:1].isdecimal() or w in _NUMBER_WORDS:
            return True
        if w not in _HEDGE_SKIP:
            return False
    return False


_HEDGE_SKIP = frozenset({"a", "an", "un", "una", "about", "some", "unos", "unas", "el", "la"})
_NUMBER_WORDS = frozenset(
    {
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "half",
        "uno",
        "dos",
        "tres",
        "cuatro",
        "cinco",
        "seis",
        "siete",
        "ocho",
        "nueve",
        "diez",
        "docena",
        "cien",
        "cientos",
        "mil",
        "miles",
        "millon",
        "millones",
        "mitad",
    }
)


def _held(norms: Sequence[str], d: DateMention) -> tuple[int, int] | None:
    """ "la celebrada el 14 de mayo", "the march held on 8 March": the date of another event,
    which dates nothing outside its clause."""
    for k in range(d.first - 1, max(-1, d.first - 1 - _HELD_SPAN), -1):
        if norms[k] in _HELD:
            j = k - 1
            while j >= 0 and norms[j] in ("se", "was", "were", "had", "been"):
                j -= 1
            # "la celebrada", "la huelga celebrada el 14 de mayo", "que se celebró": another
            # event named by its day; set off by a comma, the participle describes the
            # sentence's own event ("The march, held on Saturday, drew 5,000")
            return (k, _clause_end(norms, d.last)) if j >= 0 and norms[j] != "," else None
        if norms[k] in _CLAUSE_ENDS:
            return None
    return None


def event_day_of_toll(norms: Sequence[str], d: DateMention) -> bool:
    """A day that names the event a toll counts ("Monday's earthquake", "el terremoto del
    lunes"): a possessive, or a Spanish "del"/"de" after a noun."""
    if d.last + 1 < len(norms) and norms[d.last] in ("'", "’") and norms[d.last + 1] == "s":
        return True
    k = d.first - 1
    while k >= 0 and norms[k] in ("este", "pasado"):
        k -= 1
    return k > 0 and norms[k] in _GENITIVE and norms[k - 1] not in _CLAUSE_ENDS
