"""How place names are written: folding, words, descriptors, the token scanner, and where a
name found in running text begins and ends (a model number, a descriptor, a longer name).

Every function is one pass over the text or over a short list of words; the one regular
expression (a word) has no way to backtrack. A name in the gazetteer and a mention in a text
are normalized by the same `name_key()`, so they always meet.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from discrepancy._numbers import fold

__all__ = [
    "COMMON_WORDS",
    "DETERMINERS",
    "FOLLOWERS",
    "LEADING_DESCRIPTORS",
    "MAX_WORDS",
    "OPENERS",
    "TRAILING_DESCRIPTORS",
    "abbrev_key",
    "descriptor_kind",
    "gap_ok",
    "inside_longer_name",
    "model_number",
    "name_key",
    "strip_descriptors",
    "tokens",
    "with_descriptor",
    "word_key",
]

#: The longest name, in words, that `Gazetteer.find()` looks for.
MAX_WORDS = 6

_JOINERS = frozenset(".'’")  # inside a word: "U.S.", "Côte d'Ivoire" ("d'ivoire" is one word)
# A word: letters and digits ([^\W_] is str.isalnum), with single dots or apostrophes inside.
# Every repetition must start with a character the one before cannot take, so the engine never
# has two ways to match: no backtracking, linear in the text.
_WORD = re.compile(r"[^\W_]+(?:[.'’][^\W_]+)*")
_GAP = frozenset(" \t\n\r\u00a0\u202f-‐‑‒–—,.'’")  # may stand between two words of one name

# ASCII punctuation to a space, dots and apostrophes to nothing (one str.translate call).
_ASCII_KEY = {
    ord(ch): (None if ch in _JOINERS else " ")
    for ch in (chr(c) for c in range(128))
    if not ch.isalnum()
} | {ord("’"): None}

# Words of English and Spanish that are also the name of some place somewhere ("Central",
# "Para", "Paro", "Van"). Such a name is never found alone in running text, and resolves
# only inside a given country; the generator keeps no alternate name among them. Folded keys.
# fmt: off
COMMON_WORDS = frozenset({
    # compass points and positions
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "north east", "north west", "south east", "south west", "northeast", "northwest",
    "southeast", "southwest", "nord", "sud", "est", "ouest", "norte", "sur", "este", "oeste",
    "central", "centre", "center", "centro", "upper", "lower", "middle", "interior",
    "oriental", "occidental", "capital", "federal", "national", "city",
    # landscape words
    "coast", "coastal", "island", "islands", "isla", "lake", "lakes", "valley", "valle",
    "mountain", "highlands", "plateau", "plateaux", "savanes", "lagunes", "montagnes",
    "littoral", "frontier", "border", "delta", "river", "rivers", "sea", "mar", "bay", "gulf",
    "pool", "bar",
    # other words and names
    "unity", "union", "la union", "independencia", "libertad", "la libertad", "progreso",
    "el progreso", "distrito federal", "capital district", "distrito capital",
    "federal district", "saint george", "saint john", "saint paul", "saint peter",
    "saint mary", "christ church", "cordillera", "cayo", "acre", "redonda", "guarda",
    "colonia",
    # ordinary English and Spanish words
    "para", "paro", "van", "vas", "rest", "manos", "tanta", "soul", "hang", "caza", "dual",
    "vine", "lion", "genes", "damas", "aman", "tango", "chin", "mon", "mono", "saga", "marcas",
    "male", "salto", "meta", "bono", "batman", "man", "nada", "nice", "reading", "mesa",
    "oral", "bo", "latina", "americana", "commonwealth", "paradise", "plano", "pelotas",
    "morena", "mito", "coro", "anda", "palmas", "cerro", "milagro", "retiro", "tema", "ho",
    "nan", "ig", "sul",
})
# fmt: on

# Capitalised words that may stand just before a place name without making it part of a
# longer name ("In Caracas", "Desde Zulia"), and words that may follow one ("Zulia State",
# "Texas Governor"). Any other capitalised neighbour means the name is part of a longer
# proper name: a person ("Carlos Miranda", "Lara Croft") or an organization.
OPENERS = frozenset(
    {
        "in",
        "en",
        "at",
        "from",
        "desde",
        "to",
        "a",
        "of",
        "de",
        "del",
        "the",
        "el",
        "la",
        "los",
        "las",
        "and",
        "y",
        "for",
        "por",
        "para",
        "across",
        "throughout",
        "outside",
        "inside",
        "near",
        "cerca",
        "hacia",
        "toward",
        "towards",
        "into",
        "on",
        "sobre",
        "entre",
        "between",
        "than",
        "que",
        "but",
        "pero",
        "while",
        "mientras",
        "both",
        "ambos",
        # h-where: an adjective that opens a sentence before a country ("Neighbouring
        # Tanzania has reported 155 deaths", "La vecina Honduras registra …")
        "neighbouring",
        "neighboring",
        "nearby",
        "vecina",
        "vecino",
    }
)
FOLLOWERS = frozenset(
    {
        "state",
        "province",
        "city",
        "department",
        "region",
        "district",
        "county",
        "governor",
        "government",
        "police",
        "mayor",
        "authorities",
        "officials",
        "ministry",
        "president",
        "estado",
        "provincia",
        "ciudad",
        "departamento",
        "gobernador",
        "gobernadora",
        "gobierno",
        "alcalde",
        "alcaldesa",
        "policia",
        # session 13: a day right after a place ("killed in Cairo Sunday", news style)
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)

# Words that may open a mention without naming anything.
DETERMINERS = frozenset({"the", "el", "la", "los", "las", "lo"})

# Descriptors before the name (as folded words), and the kind of place they announce.
# "region"/"city" mean the kinds of the same name; "" announces nothing.
LEADING_DESCRIPTORS: Mapping[tuple[str, ...], str] = MappingProxyType(
    {
        ("state", "of"): "region",
        ("province", "of"): "region",
        ("department", "of"): "region",
        ("region", "of"): "region",
        ("estado", "de"): "region",
        ("estado", "del"): "region",
        ("estado",): "region",
        ("provincia", "de"): "region",
        ("provincia", "del"): "region",
        ("provincia",): "region",
        ("departamento", "de"): "region",
        ("departamento", "del"): "region",
        ("departamento",): "region",
        ("region", "de"): "region",
        ("region", "del"): "region",
        ("city", "of"): "city",
        ("ciudad", "de"): "city",
        ("ciudad", "del"): "city",
        ("capital", "city", "of"): "city",
        ("country", "of"): "country",
        ("pais", "de"): "country",
    }
)
TRAILING_DESCRIPTORS: Mapping[str, str] = MappingProxyType(
    {
        "state": "region",
        "province": "region",
        "department": "region",
        "region": "region",
        "prefecture": "region",
        "governorate": "region",
        "city": "city",
    }
)
#: Longest leading descriptor, in words.
_LONGEST_LEADING = max(len(words) for words in LEADING_DESCRIPTORS)


def _word(text: str) -> str:
    """One word as a key: folded, without the dots and apostrophes inside it."""
    return "".join(ch for ch in fold(text) if ch not in _JOINERS)


def name_key(text: str) -> str:
    """A name as a lookup key: folded, punctuation to spaces, dots and apostrophes dropped.

    "Côte d'Ivoire" → "cote divoire"; "Guinea-Bissau" → "guinea bissau"; "U.S." → "us".
    """
    folded = fold(text).translate(_ASCII_KEY)
    if folded.isascii():
        return " ".join(folded.split())
    out: list[str] = []
    for ch in folded:
        if ch.isalnum():
            out.append(ch)
        elif ch not in _JOINERS:
            out.append(" ")
    return " ".join("".join(out).split())


def abbrev_key(text: str) -> str | None:
    """An abbreviation as written in capitals, without dots and spaces ("EE. UU." → "EEUU");
    ``None`` when the text has a lower-case letter or nothing but punctuation."""
    out = [ch for ch in text if ch.isalnum()]
    if not out or not all(ch.isupper() or ch.isdigit() for ch in out):
        return None
    if any(not (ch.isalnum() or ch in _GAP) for ch in text):
        return None
    return "".join(out)


def tokens(text: str) -> list[tuple[int, int]]:
    """The words of ``text`` as (start, end) offsets: letters and digits, with dots and
    apostrophes inside a word kept in it ("U.S", "d'Ivoire"). Linear: see `_WORD`."""
    return list(map(_SPAN, _WORD.finditer(text)))


_SPAN = re.Match.span
"""A match's (start, end), mapped over the matches without a Python loop."""
_ABBREVIATION = 3
"""The longest word a dot may follow inside one name ("St.", "Gen.", "EE.")."""


def gap_ok(text: str, start: int, end: int) -> bool:
    """Whether the characters between two words may stand inside one name (a space, a hyphen,
    a comma, a dot: "Washington, D.C.", "EE. UU.", "Guinea-Bissau")."""
    if end - start > 3 or not all(ch in _GAP for ch in text[start:end]):
        return False
    gap = text[start:end]
    if gap.count("\n") > 1 or gap.count("\r") > 1:
        return False  # round 12: a name never runs on across a paragraph's break
    if "." in gap:
        # round 12: a dot after a full word ends a sentence ("… in Iguala. Meanwhile"); after
        # a short or upper-case one it ends an abbreviation ("St. Louis", "EE. UU.")
        k = start
        while k > 0 and start - k <= _ABBREVIATION and text[k - 1].isalpha():
            k -= 1
        word = text[k:start]
        if len(word) > _ABBREVIATION and not word.isupper():
            return False
    return True


def word_key(text: str) -> str:
    """One scanned word as a key (see `name_key()`): "U.S" → "us", "d'Ivoire" → "divoire"."""
    if text.isascii():
        return text.lower().translate(_ASCII_KEY)
    return _word(text)


def strip_descriptors(words: tuple[str, ...]) -> list[tuple[tuple[str, ...], str]]:
    """The readings of a folded mention, least stripped first, each with the kind it announces.

    "el estado zulia" → [("zulia",), "region"]; "zulia state" → [("zulia",), "region"];
    "the city of caracas" → [("caracas",), "city"]. A reading is never empty.
    """
    readings: list[tuple[tuple[str, ...], str]] = []
    hint = ""
    current = words
    for _ in range(6):  # each pass strips one thing: a determiner, a descriptor, a kind word
        if len(current) > 1 and current[0] in DETERMINERS:
            current = current[1:]
            readings.append((current, hint))
            continue
        for size in range(min(_LONGEST_LEADING, len(current) - 1), 0, -1):
            kind = LEADING_DESCRIPTORS.get(current[:size])
            if kind is not None:
                current = current[size:]
                hint = hint or kind
                readings.append((current, hint))
                break
        else:
            if len(current) > 1 and current[-1] in TRAILING_DESCRIPTORS:
                hint = hint or TRAILING_DESCRIPTORS[current[-1]]
                current = current[:-1]
                readings.append((current, hint))
                continue
            break
    return readings


def inside_longer_name(
    text: str,
    spans: list[tuple[int, int]],
    first: int,
    stop: int,
    country: bool,
) -> bool:
    """Whether a name found at words ``first:stop`` is part of a longer capitalised name
    ("Carlos Miranda", "Lara Croft", "Central America"): a capitalised (not all-capitals)
    word right before it, or right after it unless it is a ``country`` name (title-case
    headlines: "Venezuela Frees..."), other than the few that may stand there ("In
    Caracas", "Zulia State", "Texas Governor"). Names in capitals never are."""

    def joined(left: int, right: int) -> bool:
        gap = text[spans[left][1] : spans[right][0]]
        return 0 < len(gap) <= 2 and gap.strip() == ""

    def titled(k: int) -> bool:
        word = text[spans[k][0] : spans[k][1]]
        if word.endswith(("'s", "’s")):
            return False  # h-where: "China's Hunan province": an owner, not one longer name
        return word[0].isupper() and not word.isupper()

    if text[spans[first][0] : spans[stop - 1][1]].isupper():
        return False  # an abbreviation, or a headline in capitals
    before = (
        first > 0
        and joined(first - 1, first)
        and titled(first - 1)
        and word_key(text[spans[first - 1][0] : spans[first - 1][1]]) not in OPENERS
    )
    after = (
        not country
        and stop < len(spans)
        and joined(stop - 1, stop)
        and titled(stop)
        and word_key(text[spans[stop][0] : spans[stop][1]]) not in FOLLOWERS
    )
    return before or after


def model_number(text: str, end: int) -> bool:
    """Whether a name ends in a hyphen and a digit ("AK-47", "MIG-29"): a model's name."""
    return text[end : end + 1] in ("-", "\u2011") and text[end + 1 : end + 2].isdecimal()


def with_descriptor(
    text: str, spans: list[tuple[int, int]], first: int, key: str
) -> tuple[int, str] | None:
    """The name with the descriptor written before it ("ciudad de" + "méxico"): (index of
    its first word, its key), or ``None`` when no descriptor stands there."""
    for size in (2, 1):
        if first - size < 0:
            continue
        words = tuple(word_key(text[spans[k][0] : spans[k][1]]) for k in range(first - size, first))
        if words in LEADING_DESCRIPTORS:
            return first - size, " ".join((*words, key))
    return None


def descriptor_kind(text: str, spans: list[tuple[int, int]], first: int, stop: int) -> str:
    """The kind a descriptor right after a found name ("Katsina State", "Zulia province") or
    right before it ("the state of Niger", "estado Zulia") asks for, or ``""``."""
    if stop < len(spans):
        after = word_key(text[spans[stop][0] : spans[stop][1]])
        kind = TRAILING_DESCRIPTORS.get(after, "")
        if kind and gap_ok(text, spans[stop - 1][1], spans[stop][0]):
            return kind
    for size in (2, 1):
        if first - size < 0:
            continue
        words = tuple(word_key(text[spans[k][0] : spans[k][1]]) for k in range(first - size, first))
        kind = LEADING_DESCRIPTORS.get(words, "")
        if kind:
            return kind
    return ""
