"""Cues the status stage reads around a status verb: negations, conditions, possibilities,
periphrases, impersonal counts, plans of an act, where a second clause starts, a place as
the subject of "registers", and participles used as adjectives.

Each is a small look at the words next to one position, over the per-language tables
(``NEGATIONS``, ``MODALS``, ``PERIPHRASES``, ``STATUS_INFINITIVES``, ``IMPERSONAL_COUNTS``,
``COORDINATORS``, ``PLAN_MARKERS``, ``PLEDGE_NOUNS``, ``ACT_VERBS``, ``ACT_NOUNS``,
``FUTURE_PASSIVES``, ``ACT_PARTICIPLES``,
``OBJECT_LEADS``, ``CONDITIONALS``, ``CONDITIONAL_OPENERS``, ``NOT_CONDITION_AFTER`` in
``tables_en`` / ``tables_es``; ``HEDGES`` is read in `status`); every look is bounded by a
few words, so reading a sentence stays linear.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from discrepancy.claim import Status
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon

__all__ = [
    "CUE_WORDS",
    "act_noun_objects",
    "act_objects",
    "active_keeper",
    "adjectival",
    "conditional",
    "coordinators",
    "extra_status",
    "future_passive_before",
    "modals",
    "negated",
    "number_follows",
    "owns_number",
    "place_subject",
]

_NEGATIONS = tables_en.NEGATIONS | tables_es.NEGATIONS
_CONDITIONALS = tables_en.CONDITIONALS | tables_es.CONDITIONALS
_CONDITIONAL_OPENERS = tables_en.CONDITIONAL_OPENERS | tables_es.CONDITIONAL_OPENERS
_NOT_CONDITION_AFTER = tables_en.NOT_CONDITION_AFTER | tables_es.NOT_CONDITION_AFTER
_CONDITION_REACH = 8
"""How far back from a status verb its condition's "if" may stand ("if the reports from the
north are confirmed")."""
_CLAUSE_ENDS = frozenset({",", ";", ":", "."})
_NEGATION_SKIP = tables_en.NEGATION_SKIP | tables_es.NEGATION_SKIP
_NEGATION_REACH = 6
"""How many words may stand between a negation and its verb ("no se ha podido confirmar")."""
_MODALS = tables_en.MODALS | tables_es.MODALS
_APOSTROPHES = frozenset({"'", "’"})
_PERIPHRASES = tables_en.PERIPHRASES | tables_es.PERIPHRASES
_INFINITIVES = {**tables_en.STATUS_INFINITIVES, **tables_es.STATUS_INFINITIVES}
_IMPERSONAL = tables_en.IMPERSONAL_COUNTS | tables_es.IMPERSONAL_COUNTS
_COORDINATORS = tables_en.COORDINATORS | tables_es.COORDINATORS
_PLANS = tables_en.PLAN_MARKERS | tables_es.PLAN_MARKERS
_PLAN_CUES = frozenset(p[0] for p in _PLANS)
_ACTS = tables_en.ACT_VERBS | tables_es.ACT_VERBS
_PLEDGE_NOUNS = tables_en.PLEDGE_NOUNS | tables_es.PLEDGE_NOUNS
_FUTURE_PASSIVES = tables_en.FUTURE_PASSIVES | tables_es.FUTURE_PASSIVES
_FUTURE_CUES = frozenset(p[0] for p in _FUTURE_PASSIVES)
_PARTICIPLES = tables_en.ACT_PARTICIPLES | tables_es.ACT_PARTICIPLES
_SUBJECT_REACH = 5
"""How far before a future passive its subject's number may start ("some 500 political
detainees are due to be freed")."""
_ACT_NOUNS = tables_en.ACT_NOUNS | tables_es.ACT_NOUNS
_OF = frozenset({"of", "de", "a"})
_QUOTES = frozenset({'"', "“", "”", "«", "»", "'", "‘", "’"})

CUE_WORDS = frozenset(_INFINITIVES) | _IMPERSONAL
"""Words that are status verbs only in a frame: an infinitive after a periphrasis, a count
after an impersonal "se"."""

_BEFORE_NUMBER = tables_en.OBJECT_LEADS | tables_es.OBJECT_LEADS
_OBJECT_REACH = 4


def is_number(norms: Sequence[str], j: int, number_words: frozenset[str]) -> bool:
    """The word at ``j`` is a number ("56", "1.200", "three")."""
    return 0 <= j < len(norms) and (norms[j][:1].isdecimal() or norms[j] in number_words)


def number_follows(norms: Sequence[str], k: int, number_words: frozenset[str]) -> int:
    """Where the number the word at ``k`` governs starts, ``-1`` if none: the first number
    after it, with at most a few articles and hedges between ("se contaron 691", "se
    contabilizan un total de 56")."""
    j = k + 1
    while j < len(norms) and j - k <= _OBJECT_REACH:
        if is_number(norms, j, number_words):
            return j
        if norms[j] not in _BEFORE_NUMBER:
            return -1
        j += 1
    return -1


def negated(norms: Sequence[str], k: int) -> bool:
    """A negation stands before the verb at ``k``, with only auxiliaries, modals and adverbs
    between ("has not confirmed", "didn't verify", "no se ha podido confirmar")."""
    j = k - 1
    while j >= 0 and k - j <= _NEGATION_REACH:
        w = norms[j]
        if w in _NEGATIONS:
            return True
        if w not in _NEGATION_SKIP:
            return False
        j -= 1
    return False


def conditional(norms: Sequence[str], k: int) -> bool:
    """The verb at ``k`` is in a condition: "if" / "si" before it in its clause (no comma
    between), or an inverted condition opening the sentence ("Should the figures be
    verified, …")."""
    j = k - 1
    while j >= 0 and k - j <= _CONDITION_REACH and norms[j] not in _CLAUSE_ENDS:
        if (norms[j] in _CONDITIONALS and norms[j + 1] not in _NOT_CONDITION_AFTER) or (
            j == 0 and norms[j] in _CONDITIONAL_OPENERS
        ):
            return True  # "if confirmed", "si se confirman"; not "si bien" (although)
        j -= 1
    return False


def extra_status(norms: Sequence[str], k: int, number_words: frozenset[str]) -> Status | None:
    """The status of a word that is a status verb only in a frame, else None.

    An infinitive after a periphrasis ("ha podido confirmar", "logró verificar", "managed
    to document"); a count after an impersonal "se" with its number right after ("se
    contaron 691 personas").
    """
    w = norms[k]
    status = _INFINITIVES.get(w)
    if status is not None:
        j = k - 1
        if j >= 0 and norms[j] == "to":
            j -= 1
        return status if j >= 0 and norms[j] in _PERIPHRASES else None
    if w in _IMPERSONAL and k > 0 and norms[k - 1] == "se":
        return Status.REGISTERED if number_follows(norms, k, number_words) >= 0 else None
    return None


def modals(norms: Sequence[str]) -> list[int]:
    """Where the sentence says a thing may be ("could", "podría", the "'d" of "you'd")."""
    if _MODALS.isdisjoint(norms) and "d" not in norms:
        return []
    return [
        j
        for j, w in enumerate(norms)
        if w in _MODALS or (w == "d" and j > 0 and norms[j - 1] in _APOSTROPHES)
    ]


def coordinators(norms: Sequence[str]) -> list[int]:
    """Where a second clause may start ("and", "while", "y", "mientras", ";")."""
    if _COORDINATORS.isdisjoint(norms):
        return []
    return [j for j, w in enumerate(norms) if w in _COORDINATORS]


def owns_number(norms: Sequence[str], k: int, number_words: frozenset[str]) -> bool:
    """The verb at ``k`` has its own number right after it ("the hospital confirmed 12
    deaths", "confirmed the deaths of 12"): it is that number's verb."""
    j = k + 1
    while j < len(norms) and j - k <= _OBJECT_REACH:
        if is_number(norms, j, number_words):
            return True
        if norms[j] in (",", ".", ";", ":"):
            return False
        j += 1
    return False


def act_objects(
    norms: Sequence[str], number_words: frozenset[str], words: Mapping[str, Status]
) -> dict[int, Status]:
    """Numbers governed by an act the source says it will do: a plan ("plans to", "will",
    "prevé", "va a") right before an act verb ("evacuate", "liberar"), the number right
    after it ("plans to evacuate 3,000 residents"). Keyed by where the number starts; the
    status is the plan's own where it is a status word ("decided to release 99" is
    authorized, "promised to free" pledged), else announced."""
    found: dict[int, Status] = {}
    if not _PARTICIPLES.isdisjoint(norms):
        for at in _passive_subjects(norms, number_words):
            found[at] = Status.ANNOUNCED
        if found and not _EXCHANGE_CUES.isdisjoint(norms):
            for at in _exchanged(norms, number_words, min(found)):
                found.setdefault(at, Status.ANNOUNCED)
    if not _FUTURE_ACT_CUES.isdisjoint(norms):
        _future_acts(norms, number_words, found)
    if _PLAN_CUES.isdisjoint(norms) or _ACTS.isdisjoint(norms):
        return found
    for k in [k for k, w in enumerate(norms) if w in _PLAN_CUES]:
        for n in (1, 2, 3):
            phrase = tuple(norms[k : k + n])
            if phrase in _PLANS and k + n < len(norms) and norms[k + n] in _ACTS:
                at = number_follows(norms, k + n, number_words)
                if at >= 0 and not negated(norms, k):
                    own = [words[w] for w in phrase if w in words]
                    if phrase[0] in _PLEDGE_NOUNS:
                        own = [Status.PLEDGED]  # "its pledge to release 700"
                    found[at] = own[0] if own else Status.ANNOUNCED
                break
    return found


_FUTURE_ACT_VERBS = tables_en.FUTURE_ACT_VERBS | tables_es.FUTURE_ACT_VERBS
_FUTURE_ACT_CUES = frozenset(p[0] for p in _FUTURE_ACT_VERBS)


def _future_acts(
    norms: Sequence[str], number_words: frozenset[str], found: dict[int, Status]
) -> None:
    """A future act right before its number ("indultará a 400 reos", "dará la libertad a
    200 presos"): announced, whatever noun it counts."""
    for k in [k for k, w in enumerate(norms) if w in _FUTURE_ACT_CUES]:
        for n in (1, 4):
            if tuple(norms[k : k + n]) in _FUTURE_ACT_VERBS:
                at = number_follows(norms, k + n - 1, number_words)
                if at >= 0 and not negated(norms, k):
                    found.setdefault(at, Status.ANNOUNCED)
                break


_EXCHANGE = tables_en.EXCHANGE_PHRASES | tables_es.EXCHANGE_PHRASES
_EXCHANGE_CUES = frozenset(p[0] for p in _EXCHANGE)


def _exchanged(norms: Sequence[str], number_words: frozenset[str], start: int) -> list[int]:
    """Where the numbers start that an exchange phrase after ``start`` names ("33 hostages are
    to be freed in exchange for 1,900 prisoners", "a cambio de 1.900 presos"): the other side
    of a deal to come is to come too."""
    found: list[int] = []
    for k in range(start, len(norms)):
        if norms[k] in _CLAUSE_ENDS and norms[k] != ",":
            break
        for n in (2, 3):
            phrase = tuple(norms[k : k + n])
            if phrase in _EXCHANGE:
                at = number_follows(norms, k + n - 1, number_words)
                if at >= 0:
                    found.append(at)
    return found


def future_passive_before(norms: Sequence[str], k: int) -> bool:
    """The participle at ``k`` closes a future passive ("will be released", "serán
    liberados"): an act to come, not one done."""
    return any(tuple(norms[max(0, k - n) : k]) in _FUTURE_PASSIVES for n in (1, 2, 3, 4))


def _passive_subjects(norms: Sequence[str], number_words: frozenset[str]) -> list[int]:
    """Where the numbers start that a future passive of an act follows ("300 prisoners will
    be released", "otros 300 presos serán liberados"): the nearest number at most a few
    words before the passive, with no punctuation between."""
    found: list[int] = []
    for k in [k for k, w in enumerate(norms) if w in _FUTURE_CUES]:
        for n in (1, 2, 3, 4):
            if tuple(norms[k : k + n]) in _FUTURE_PASSIVES:
                if k + n < len(norms) and norms[k + n] in _PARTICIPLES and not negated(norms, k):
                    j = k - 1
                    while j >= 0 and k - j <= _SUBJECT_REACH and norms[j] not in _CLAUSE_ENDS:
                        if is_number(norms, j, number_words):
                            while j > 0 and is_number(norms, j - 1, number_words):
                                j -= 1  # "1 millón": the number's first word
                            found.append(j)
                            break
                        j -= 1
                break
    return found


def act_noun_objects(norms: Sequence[str], number_words: frozenset[str]) -> frozenset[int]:
    """Where the numbers named by an act noun start: "the release of 99", "la liberación de
    \"decenas\" de opositores", "el indulto a 200 presos". An announcement of such an act
    keeps its class whatever the number counts."""
    if _ACT_NOUNS.isdisjoint(norms):
        return frozenset()
    found: set[int] = set()
    for k in [k for k, w in enumerate(norms) if w in _ACT_NOUNS]:
        if k + 1 < len(norms) and norms[k + 1] in _OF:
            j = k + 2
            while j < len(norms) and j - k <= _OBJECT_REACH + 1 and norms[j] in _QUOTES:
                j += 1
            at = (
                j
                if is_number(norms, j, number_words)
                else number_follows(norms, j - 1, number_words)
            )
            if at >= 0:
                found.add(at)
    return frozenset(found)


_PLACE_NOUNS = frozenset(
    {
        "pais",
        "archipielago",
        "region",
        "provincia",
        "estado",
        "ciudad",
        "comunidad",
        "municipio",
        "departamento",
        "isla",
        "islas",
        "territorio",
        "capital",
        "zona",
        "country",
        "province",
        "state",
        "city",
        "island",
        "islands",
        "territory",
        "area",
    }
    | tables_en.ADMIN_PLACE_NOUNS
    | tables_es.ADMIN_PLACE_NOUNS
)
_SUBJECT_SKIP = frozenset(
    {"se", "ha", "han", "habia", "has", "have", "had", "que", "which", "also"}
)


def place_subject(norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """The word before a "registers" verb (past auxiliaries) is a place: "el país
    registra", "la provincia que registró", "Spain recorded"."""
    j = k - 1
    while j >= 0 and k - j <= 4 and norms[j] in _SUBJECT_SKIP:
        j -= 1
    if j < 0 or not (norms[j] in _PLACE_NOUNS or norms[j] in lex.countries):
        return False
    i = j - 1 if j > 0 and norms[j - 1] in _PLACE_ARTICLES else j
    # session 10: a place after "de" / "of" is the complement of the subject, not the subject:
    # "la Defensoría del Pueblo registró", "los hospitales del país registraron"
    return not (i > 1 and norms[i - 1] in _OF_PLACE)


_PLACE_ARTICLES = frozenset({"el", "la", "los", "las", "the"})
_OF_PLACE = frozenset({"de", "del", "of", "in", "en", "across", "throughout"})


def adjectival(norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """ "announced releases", "registered voters": a participle before the noun it describes."""
    if k + 1 >= len(norms):
        return False
    nxt = norms[k + 1]
    prev = norms[k - 1] if k > 0 else ""
    if prev in ("the", "these", "those", "las", "los", "an", "a") and nxt in lex.event_words:
        return True
    if (prev in lex.person_nouns or prev in lex.event_words) and norms[k].endswith(("dos", "das")):
        return True  # "45 muertos confirmados", "las muertes registradas": after its noun
    if (
        norms[k].endswith(_ES_PARTICIPLE)
        and prev not in lex.auxiliaries
        and prev not in _ES_AUX
        and not (k > 1 and is_number(norms, k - 2, lex.number_words))
    ):  # "las cifras registradas", "la liberación anunciada": no auxiliary; but "317
        return True  # decesos registrados" says how its own number was counted
    if (nxt in lex.person_nouns or nxt in _COUNTED) and prev not in lex.auxiliaries:
        return True  # "registered voters", "confirmed cases", "recorded deaths"
    return nxt in lex.event_words and nxt.endswith("s") and prev not in lex.auxiliaries


_ES_PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
_ES_AUX = frozenset(
    {"se", "lo", "la", "los", "las", "le", "les", "he", "has", "hemos", "habia", "habian"}
    | {"habra", "habria", "hubiera", "hubieran", "haya", "hayan", "haber", "habiendo"}
    | {"era", "eran", "estaba", "estaban", "esta", "estan", "quedo", "quedaron"}
    | {"resultaron", "resulto"}
    | tables_en.HAVE_PARTICIPLE
    | tables_es.HAVE_PARTICIPLE  # session 10: "lleva registrados 45"
)
"""Words before a Spanish participle that make it a verb ("se han registrado", "lo ha
documentado", "quedaron registradas"); without one the participle describes a noun."""

_COUNTED = frozenset({"cases", "deaths", "dead", "casos", "muertes", "fallecimientos"})


_BE = tables_en.PASSIVE_BE | tables_es.PASSIVE_BE
_NOT_KEEPERS = (
    tables_en.TIME_SUBJECTS
    | tables_es.TIME_SUBJECTS
    | tables_en.SUBJECT_PRONOUNS
    | tables_es.SUBJECT_PRONOUNS
)
_KEEPER_SKIP = frozenset(
    {"se", "ha", "han", "habia", "habian", "has", "have", "had", "also", "already", "ya"}
    | {"tambien", "hasta", "ahora", "now", "so", "far"}
    | tables_es.HAVE_PARTICIPLE  # session 10: "el observatorio lleva registradas"
)


def active_keeper(norms: Sequence[str], k: int) -> bool:
    """The registering verb at ``k`` is active, with a subject that can keep a tally: "el
    organismo registró 8.000 fallecidos", "hospitals recorded 300 deaths", "la ONU ha
    registrado". Not a passive ("45 cases are recorded", "fueron registrados"), nor a bare
    Spanish participle ("las muertes registradas"), nor a time as subject ("enero registró
    300 homicidios", "the week recorded"): those say what was seen, not who counted; nor a
    pronoun ("we have recorded", "who registered on arrival"), which names nobody by itself.
    A place as subject is ruled out before (`place_subject`). A register itself keeps a
    tally: "según el registro de la ONU, 300", "the records show 40"."""
    j = k - 1
    while j >= 0 and k - j <= 4 and norms[j] in _KEEPER_SKIP:
        j -= 1
    if j < 0 or norms[j] in _BE or norms[j] in _CLAUSE_ENDS or norms[j] in _NOT_KEEPERS:
        return False
    if norms[k].endswith(_ES_PARTICIPLE) and norms[k - 1] not in _HABER_ALL:
        return False  # "registradas": a participle with no "ha" is an adjective or passive
    w = norms[j]
    if w in _DETERMINERS:
        return norms[k] in _REGISTER_NOUNS  # "según el registro de la ONU, 300 …": a kept tally
    return w[:1].isalpha() and not w.endswith("ly")


_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "all"}
    | {"el", "la", "los", "las", "un", "una", "su", "sus", "estos", "estas", "todos"}
)
"""Words before a participle that make it an adjective ("the registered 300", "its officially
recorded 40"): no subject of a verb."""
_REGISTER_NOUNS = tables_en.REGISTER_NOUNS | tables_es.REGISTER_NOUNS


_HABER_ALL = frozenset({"ha", "han", "habia", "habian", "he", "hemos", "habra", "habria"}) | (
    tables_es.HAVE_PARTICIPLE  # session 10: "tiene contabilizadas 120 muertes"
)
