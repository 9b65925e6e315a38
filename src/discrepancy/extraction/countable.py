"""Which numbers of a sentence count people: the filter `numbers.find_mentions` applies to
every number it reads.

A number is no count of people when it is a phone or emergency number, a file name's or a web
address's digits, an hour, an age or a span of ages, a day of a range, a percentage change or
a change in points, a rate, a figure of things ("cases" of files, charges), a name's number
("Line 12"), a difference, or a figure a negation sets aside; everything here reads a few
words around the number (constant work per number). Split from `numbers.py` in session 11.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from discrepancy.extraction import nonclaims, noncounts, tables_en, tables_es
from discrepancy.extraction.ages import age_apposition, age_bound
from discrepancy.extraction.capacities import a_capacity
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.populations import a_population
from discrepancy.extraction.sentences import Tok

if TYPE_CHECKING:
    from discrepancy.extraction.numbers import Memo, Mention

__all__ = ["is_count"]

_URLISH = frozenset({"/", "@", "#", "_", "="})

_NEGATED_AFTER = frozenset({"y", ",", "e", "pero"})
"""Words before "no N" that make "no" a negation ("13 y no 15"), not the number sign."""


def is_count(
    toks: Sequence[Tok], norms: Sequence[str], m: Mention, lex: Lexicon, memo: Memo
) -> bool:
    """False for years, times, durations, money, ids, phone numbers and the like."""
    if m.zero_of:
        return True
    first, last = m.first, m.last
    # the number token itself (after any hedge)
    k = first
    while k < last and toks[k].kind != "n" and not memo.is_number_word(norms[k]):
        k += 1
    before = norms[first - 1] if first > 0 else ""
    before2 = norms[first - 2] if first > 1 else ""
    after = norms[last] if last < len(norms) else ""
    after2 = norms[last + 1] if last + 1 < len(norms) else ""
    if before in _URLISH or before in lex.money_signs:
        return False
    if before in lex.id_words and not (before == "no" and before2 in _NEGATED_AFTER):
        return False  # round 9: "murieron 21 y no 24" is a figure set aside, not "No. 24"
    if before in ('"', "'") and before2 in _URLISH:
        return False  # post_id="1202999"
    if before in (".", "º", "°") and before2 in ("no", "n", "nº", "num", "art"):
        return False
    if after in lex.unit_words or after in lex.duration_units or after in lex.money_signs:
        return False
    if after == "-" and (after2 in lex.duration_units or after2 in ("old", "year")):
        return False
    if after in (":", "/", "@", "_", ".") and after2[:1].isdecimal():
        return False
    after3 = norms[last + 2] if last + 2 < len(norms) else ""
    if after in ("/", "-") and after2 in lex.months and (after3 == after or after3[:1].isdecimal()):
        return False  # session 10: a dateline's day ("(20/ENE/2013)", "20-Jan-2013")
    if before in (":", "/") and before2[:1].isdecimal():
        return False
    if before == "," and after == "(" and _dateline_day(toks, first, last):
        return False  # h-where: "SALTA, 4 (NA).-", "MADRID, 21 (EFE)": the dateline's day
    if after in ("a", "p") and after2 == ".":
        return False  # "9 a.m."
    if _not_a_count_of_people(toks, norms, first, last):
        return False
    if k < last and age_bound(toks, norms, k, lex.person_nouns, lex.number_words):
        return False  # g-what: "children under five" is an age
    if k < last and age_apposition(toks, norms, k, lex.person_nouns):
        return False  # g-what: "Merrow, 45, and his wife, 39," are ages
    if _not_people(norms, first, last, lex, percent=m.quantity.unit != "people"):
        return False
    if _a_name_or_a_difference(toks, norms, first, last, lex):
        return False
    if noncounts.not_a_level(toks, norms, first, last, lex):
        return False  # round 8: a change, a correction amount or a name's number
    if nonclaims.part_of_things(toks, norms, first, lex.person_nouns, lex.event_words):
        return False  # session 10: "52,000 claims, of which 70% concern cars"
    if a_population(toks, norms, first, last):
        return False  # session 10: "a town of 25,000 residents" is no count of the struck
    if a_capacity(norms, first):
        return False  # session 13: "shelters for 600 people", "con capacidad para 9.500"
    if nonclaims.years_range(toks, norms, first, last) or nonclaims.in_question(toks, norms, first):
        return False  # round 9: a span of years, a figure asked about
    if nonclaims.speakers(toks, norms, first, last, lex.say_verbs):
        return False  # session 13: "Two army officers said": the speakers, no count
    if nonclaims.tally_progress(norms, first, last):
        return False  # session 12: "con el 98% del voto escrutado": how much is counted
    if m.quantity.unit != "people":  # a percentage or a share of people
        if m.quantity.unit == "percent" and nonclaims.vote_share(norms, first, last):
            return False  # round 9: "took 4.5% and 6% of the ballots": a candidate's share
        if m.quantity.unit == "percent" and nonclaims.ranked_share(
            norms, first, last, lex.person_nouns
        ):
            return False  # g-what: "leads with 61%, followed by the bloc with 15%"
        return not _percent_change(toks, norms, first, lex)
    if before in ("by", "en") and before2 in lex.revision_verbs and before2 not in _AGENT_VERBS:
        return False  # "se redujo en 600 personas", "fell by 200": a change, not a level
    if k < last and toks[k].kind == "n":
        token = norms[k]
        digits = token.replace(",", "").replace(".", "")
        if len(digits) > 9:
            return False
        is_plain_year = len(token) == 4 and token.isdecimal() and 1800 <= int(token) <= 2100
        if is_plain_year and after not in lex.person_nouns and first == k:
            return False
        if token.startswith("0") and len(digits) > 1:
            return False
    return True


def _dateline_day(toks: Sequence[Tok], first: int, last: int) -> bool:
    """Whether the number at ``[first, last)`` is a dateline's day of the month: it opens its
    sentence after a place's capitalised words and a comma, and an agency's capitalised name
    in brackets follows it ("SALTA, 4 (NA).-", "BUENOS AIRES, 12 (EFE) –"; h-where)."""
    if first < 2 or first > 5 or not all(t.cap for t in toks[: first - 1]):
        return False
    inside = toks[last + 1 : last + 5]
    return bool(inside) and inside[0].cap and any(t.norm == ")" for t in inside)


_EMERGENCY_NUMBERS = frozenset({"112", "911", "999"})
"""Emergency phone numbers (Europe, the Americas, the UK): "llamaron al 112", "call 911"."""
_CALL_WORDS = tables_en.CALL_WORDS | tables_es.CALL_WORDS
"""Words before an emergency number that make it the number dialled ("calls to 911")."""
_CALL_REACH = 4
_FILE_SUFFIXES = frozenset(
    {"bmp", "doc", "docx", "gif", "htm", "html", "jpeg", "jpg", "mp3", "mp4", "pdf", "php"}
    | {"png", "svg", "tif", "tiff", "webp", "xls", "xlsx"}
)
_POINTS = tables_en.POINT_WORDS | tables_es.POINT_WORDS
_PERCENTAGE = tables_en.PERCENTAGE_POINT_WORDS | tables_es.PERCENTAGE_POINT_WORDS


def _not_a_count_of_people(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int
) -> bool:
    """A number that names or measures something other than people: an emergency number
    ("llamaron al 112", "servicio de emergencias 112", "calls to 911"), a phone number's
    later digit groups ("0800 123 456"), a file name ("tea party dc 1.jpg") and a difference
    in points ("two percentage points higher")."""
    after = norms[last] if last < len(norms) else ""
    after2 = norms[last + 1] if last + 1 < len(norms) else ""
    if after == "." and after2 in _FILE_SUFFIXES and toks[last].start == toks[last - 1].end:
        return True  # "dc 1.jpg": a file name, a caption between paragraphs
    if after in _POINTS or (after in _PERCENTAGE and after2 in _POINTS):
        return True  # "two percentage points higher": a difference, not a share
    if _after_a_breakdown_of_files(norms, first) and after not in _PERSON_AFTER:
        return True  # "De esas investigaciones, 98 son por abuso": files, not people
    before = norms[first - 1] if first > 0 else ""
    if first > 0 and toks[first - 1].kind == "n" and before[:1] == "0" and len(before) > 1:
        return True  # "0800 123 456": the rest of a phone number
    if last - first != 1 or norms[first] not in _EMERGENCY_NUMBERS:
        return False
    return before in ("al", "el") or not _CALL_WORDS.isdisjoint(
        norms[max(first - _CALL_REACH, 0) : first]
    )


_FILES = tables_en.FILE_NOUNS | tables_es.FILE_NOUNS
"""Things a breakdown may open with ("De esas investigaciones, 98 …"): not people."""
_FILES_DEMONSTRATIVES = tables_en.FILE_DEMONSTRATIVES | tables_es.FILE_DEMONSTRATIVES
_PERSON_AFTER = tables_en.PERSON_AFTER | tables_es.PERSON_AFTER


def _after_a_breakdown_of_files(norms: Sequence[str], first: int) -> bool:
    """Whether the sentence opens with a breakdown of files or calls ("De esas
    investigaciones, 98 …", "Of those calls, 40 …") before the number at ``first``."""
    return (
        first > 3
        and norms[0] in ("de", "of")
        and norms[1] in _FILES_DEMONSTRATIVES
        and norms[2] in _FILES
        and norms[3] == ","
    )


_AGENT_VERBS = tables_en.CHANGE_AGENT_VERBS | tables_es.CHANGE_AGENT_VERBS
"""Change verbs whose "by" may name an agent ("moved by 30 volunteers"), or no change."""
_CHANGE_BY = frozenset({"by", "un", "una", "en"})
"""Between a change verb and its percentage: "fell by 12%", "cayó un 50%", "subió en un 5%"."""


def _percent_change(toks: Sequence[Tok], norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """A percentage of change, not a share of people: a sign before it ("+34.8%", "-5%") or
    a change verb with "by" / "un" ("fell by 12 percent", "cayó un 50,9 %"); a change verb
    with "to" / "al" ("rose to 60%", "subió al 60%") gives a level, which is a share."""
    if first > 0:
        before = toks[first - 1]
        if before.norm == "+" or (before.norm == "-" and before.end == toks[first].start):
            return True
    if first > 0 and norms[first - 1] in _DIRECT_CHANGE:
        return True  # g-what: "prices rose 5%"
    k = first - 1
    steps = 0
    while k >= 0 and norms[k] in _CHANGE_BY and steps < 2:
        k -= 1
        steps += 1
    return steps > 0 and k >= 0 and norms[k] in lex.revision_verbs and norms[k] != "se"


_DIRECT_CHANGE = tables_en.DIRECT_CHANGE_VERBS | tables_es.DIRECT_CHANGE_VERBS
_MONTH_VERBS = frozenset({"may", "march"})
"""Month names that are also verbs after a count ("30 may have died", "20 march")."""
_BRIDGES = frozenset(
    {"as", "above", "over", "under", "than", "of", "de", "del", "por", "a", "by", "from", ","}
)
"""Words between a context word and its number: "as young as 5", "aged above 60",
"multiplied by 14", "the retirement age, from 62 to 64" ("joined by 70,000" stays a count)."""
_RATES = frozenset({"rate", "tasa", "ratio"})
_TIME_BEFORE = frozenset({"a", "desde", "hasta", "sobre", "entre", "para"})
"""Before "las" and a number, words that make it an hour ("a las 15.00", "desde las 8")."""
"""Context words that block a count but not a percentage ("a rate of 65% of teachers")."""


def _not_people(
    norms: Sequence[str], first: int, last: int, lex: Lexicon, *, percent: bool = False
) -> bool:
    """Magnitudes, ages, ranks, factors, hours, decades and days: "magnitude 7.1", "grado 8",
    "as young as 5", "aged above 60", "a las 15.00", "los años 80", "el jueves 23", "del 20
    al 24", "6.9 on the Richter scale", "April 7", "27 de febrero" (a text with no
    publication date gives the date reader no year: its days must not become counts)."""
    before = norms[first - 1] if first > 0 else ""
    before2 = norms[first - 2] if first > 1 else ""
    if (
        before in ("las", "la")
        and _can_be_hour(norms[first] if first < len(norms) else "")
        and (
            before2 in _TIME_BEFORE
            or norms[last : last + 2] == ["a", "las"]
            or _hour_after_opener(norms, first, last)
        )
    ):
        return True  # "a las 15.00", "desde las 8", "de las 8 a las 10" (not "de las 400")
    words = lex.not_count_before
    if before in words or (
        before in _BRIDGES and before2 in words and not _unit_before_comma(norms, first, lex)
    ):
        return not (percent and (before in _RATES or before2 in _RATES))
    if before in _CLASS_NAMES or (before == "-" and before2 in _CLASS_NAMES):
        return True  # "pupils of JSS 3": a class, not a count
    if _age_range(norms, first, last, words):
        return True  # "between ages 10 and 18", "entre 10 y 18 años"
    after = norms[last] if last < len(norms) else ""
    if after in lex.not_count_after or "richter" in norms[last : last + 4]:
        return True
    if percent and after in _OF and _own_body(norms, last + 1):
        return True  # session 12: "burns on up to 40 percent of their bodies"
    value = norms[first] if first < len(norms) else ""
    day = value.isdecimal() and 1 <= int(value) <= 31
    if day and before in lex.weekdays:
        return True  # "el jueves 23", "Monday 23"
    alone = last - first == 1  # "febrero 21 mil 93" is a count, "febrero 21" a day
    if (
        day
        and alone
        and (before in lex.months or (after in lex.months and after not in _MONTH_VERBS))
    ):
        return True  # "April 7", "7 April": a day, even where no date could be read
    if day and alone and after == "de" and last + 1 < len(norms) and norms[last + 1] in lex.months:
        return True  # "el pasado 27 de febrero"
    if day and before == "del" and after == "al":
        return True  # "del 20 al 24"
    if not alone and _days_before_month(norms, first, last, lex):
        return True  # "between 7 and 9 March", "del 3 al 5 de mayo"
    if day and alone and _day_of_range(norms, last, lex):
        return True  # "entre el 7 y el 26 de octubre", "between 7 and 9 March"
    if before in ("en", "by") and _compared(norms, first):
        return True  # "supera el mismo período de 2019 en 21 casos": a difference
    if (
        before in ("in", "en")
        and after in ("cases", "casos")
        and not _cases_of_a_toll(norms, first, lex)
    ):
        return True  # "pardoned in two cases": files, not patients
    if before in ("in", "en") and after in _OTHERS and not _FILE_CASES.isdisjoint(norms[:first]):
        return True  # round 9: "charges dropped in two cases … jail terms served in four others"
    return day and before == "al" and before2[:1].isdecimal() and "del" in norms[first - 3 : first]


_OF = frozenset({"of", "de", "del"})
_POSSESSIVES = tables_en.POSSESSIVES | tables_es.POSSESSIVES
_BODY_NOUNS = tables_en.BODY_PART_NOUNS | tables_es.BODY_PART_NOUNS


def _own_body(norms: Sequence[str], k: int) -> bool:
    """Whether a possessive and a noun of the body start at ``k`` ("their bodies", "su
    cuerpo"): a share of it measures a wound, not people."""
    return k + 1 < len(norms) and norms[k] in _POSSESSIVES and norms[k + 1] in _BODY_NOUNS


_OTHERS = frozenset({"others", "otros", "otras"})
_FILE_CASES = frozenset({"cases", "casos", "charges", "cargos", "causas"})
"""Round 9: files named earlier in the sentence that "in N others" goes on counting."""
_HOUR_OPENERS = tables_en.HOUR_OPENERS | tables_es.HOUR_OPENERS
_HOUR_OPENER_LASTS = frozenset(p[-1] for p in _HOUR_OPENERS)


def _cases_of_a_toll(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """Round 11: "2,413 deaths in 6,535 cases", "36 muertes en 410 casos": the cases of an
    outbreak whose toll the figure before gives are patients, not files."""
    return first >= 3 and norms[first - 2] in lex.event_words and norms[first - 3][:1].isdecimal()


def _can_be_hour(value: str) -> bool:
    """A figure that can be a clock time: 0 to 24, with two digits of minutes after a dot or
    a colon ("15.00", "8:30"); "hasta las 41.300 personas" and "a las 8.000" are counts."""
    head, _, minutes = value.replace(":", ".").partition(".")
    return (
        head.isdecimal()
        and int(head) <= 24
        and (not minutes or (len(minutes) == 2 and minutes.isdecimal() and int(minutes) < 60))
    )


def _hour_after_opener(norms: Sequence[str], first: int, last: int) -> bool:
    """Round 8: "poco después de las 17", "pasadas las 20", "a eso de las 9": a time opener
    before "las" and a figure that can be an hour (0 to 24, "17.30" too)."""
    if first < 2 or norms[first - 2] not in _HOUR_OPENER_LASTS or last - first != 1:
        return False
    if not _can_be_hour(norms[first]):
        return False
    for phrase in _HOUR_OPENERS:
        k = first - 1 - len(phrase)
        if k >= 0 and tuple(norms[k : first - 1]) == phrase:
            return True
    return False


def _unit_before_comma(norms: Sequence[str], first: int, lex: Lexicon) -> bool:
    """ "Pasadas las 17 horas, unas 2.000 personas", "after 20 years, 300 prisoners": the
    word before the comma is the unit of an earlier number, not a label of this one."""
    if first < 3 or norms[first - 1] != ",":
        return False
    w = norms[first - 3]
    return w[:1].isdecimal() or w in lex.number_words


_RANGE_JOINS = frozenset({"and", "to", "y", "a", "-", "e"})
_AGE_BEFORE = frozenset({"ages", "aged", "age", "edades", "edad"})
_AGE_AFTER = frozenset({"years", "year", "anos"})
_CLASS_NAMES = tables_en.CLASS_WORDS | tables_es.CLASS_WORDS


def _age_range(norms: Sequence[str], first: int, last: int, before_words: frozenset[str]) -> bool:
    """Whether the figure is one end of a range of ages: "between ages 10 and 18" (the first
    end is an age by the word before it, so the second is too), "entre 10 y 18 años", "10 to
    18 years old" (the second end's unit makes the first an age)."""
    if (
        first >= 3
        and norms[first - 1] in _RANGE_JOINS
        and norms[first - 2][:1].isdecimal()
        and (norms[first - 3] in _AGE_BEFORE or norms[first - 3] in before_words)
    ):
        return True
    return (
        last + 2 < len(norms)
        and norms[last] in _RANGE_JOINS
        and norms[last + 1][:1].isdecimal()
        and norms[last + 2] in _AGE_AFTER
    )


_RANGE_DAY_JOINS = (("y", "el"), ("y",), ("al",), ("a",), ("and",), ("to",), ("-",))
_COMPARED = frozenset(
    {"supera", "supero", "superan", "superaron", "exceeds", "exceeded", "outnumbered"}
)
"""Verbs after which "en N" / "by N" is the difference between two counts."""


def _day_of_range(norms: Sequence[str], last: int, lex: Lexicon) -> bool:
    """Whether the number before ``last`` opens a range of days whose second day carries
    the month: "entre el 7 y el 26 de octubre", "between 7 and 9 March"."""
    for join in _RANGE_DAY_JOINS:
        k = last + len(join)
        if tuple(norms[last:k]) != join or k >= len(norms):
            continue
        second = norms[k]
        if not (second.isdecimal() and 1 <= int(second) <= 31):
            return False
        rest = norms[k + 1 : k + 3]
        return bool(rest) and (
            rest[0] in lex.months or (rest[0] == "de" and rest[1:] != [] and rest[1] in lex.months)
        )
    return False


_LABEL_ARTICLES = frozenset({"la", "el", "del", "al"})
"""Singular articles: "la zona 18" is a label; English "the remaining 20" is a count."""
_MORE = frozenset({"mas", "more", "menos", "fewer", "less"})
_DECADE = frozenset({"decada", "decade", "decadas", "decades"})


def _a_name_or_a_difference(
    toks: Sequence[Tok], norms: Sequence[str], first: int, last: int, lex: Lexicon
) -> bool:
    """A number that is part of a name or the difference between two counts, not a count:
    "Covid-19", "F-16", "a magnitude-6.2 quake", "a 5.8-magnitude quake" (a hyphen joins it
    to a word); "la zona 18", "el vuelo 370", "la carretera 101" (a noun with its article
    right before it); "la década de los 90"; "un 20% más que el año pasado" (a change)."""
    if first > 1 and norms[first - 1] == "-":
        hyphen, word = toks[first - 1], toks[first - 2]
        if word.kind in ("w", "x") and word.end == hyphen.start and hyphen.end == toks[first].start:
            return True
    after = norms[last] if last < len(norms) else ""
    after2 = norms[last + 1] if last + 1 < len(norms) else ""
    if after == "-" and (after2 in lex.not_count_after or after2 in lex.not_count_before):
        return True
    if after in _MORE and after2 in ("que", "than") and norms[last - 1] in ("%", "percent", "cent"):
        return True  # a change: "un 20% más que el año pasado"
    if last - first == 1 and first > 1 and norms[first - 2] in _LABEL_ARTICLES:
        label = toks[first - 1]
        if (
            label.kind == "w"
            and not label.cap
            and norms[first - 1] not in lex.not_nouns
            and norms[first - 1] not in lex.event_words
            and norms[first - 1] not in lex.number_words
            and norms[first - 1] not in lex.person_nouns
            and norms[first - 1] not in lex.status_cues
            and norms[first - 1] not in lex.say_verbs
            and (after == "" or after not in lex.person_nouns)
        ):
            return True
    decade = norms[first] if last - first == 1 else ""
    return (
        decade.isdecimal()
        and decade.endswith("0")
        and len(decade) in (2, 4)
        and norms[first - 1] in ("los", "the")
        and not _DECADE.isdisjoint(norms[max(first - 4, 0) : first])
    )  # "la década de los 90", "the decade of the 1980s"


def _days_before_month(norms: Sequence[str], first: int, last: int, lex: Lexicon) -> bool:
    """A range of day numbers right before a month name: "between 7 and 9 March"."""
    numbers = [w for w in norms[first:last] if w[:1].isdecimal()]
    if not numbers or not all(w.isdecimal() and 1 <= int(w) <= 31 for w in numbers):
        return False
    after = norms[last : last + 2]
    return bool(after) and (
        (after[0] in lex.months and after[0] not in _MONTH_VERBS)
        or (after[0] == "de" and after[1:] != [] and after[1] in lex.months)
    )


def _compared(norms: Sequence[str], first: int) -> bool:
    """A comparison verb in the eight words before the number ("supera ... en 34")."""
    return not _COMPARED.isdisjoint(norms[max(first - 12, 0) : first - 1])
