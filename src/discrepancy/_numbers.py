"""Reading numbers and hedges, English and Spanish: the word tables and a linear tokenizer.

Everything here is a table or a single left-to-right pass; there is no regular expression
that could backtrack. `read_quantity()` reads a whole quantity phrase; the tokenizer and
`read_number()` are shared with the extractor, which scans running text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import attrs

__all__ = [
    "HEDGES",
    "NotANumber",
    "QuantityReading",
    "fold",
    "read_number",
    "read_quantity",
    "tokenize",
]


class NotANumber(ValueError):
    """Internal: the tokens are not the expected number form."""


# --- hedges: token sequences (folded: lower case, no accents) → qualifier value ------------

# fmt: off
_HEDGE_TABLE: dict[str, tuple[str, ...]] = {
    "exact": (
        "exactly", "just", "only", "precisely", "exactamente", "solo", "apenas",
    ),
    "approx": (
        "about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
        "circa", "approx", "unos", "unas", "alrededor de", "aproximadamente", "cerca de",
        "en torno a", "aprox", "un estimado de", "unos estimados",
        # a preposition fused with the article before a percentage: "cerca del 25%"
        "cerca del", "alrededor del", "en torno al",
        # the article before a figure: "cerca de los 300", "rondan los 3.000"
        "cerca de los", "cerca de las", "alrededor de los", "alrededor de las",
        "en torno a los", "en torno a las", "ronda los", "ronda las", "rondan los",
        "rondan las", "rondaron los", "rondo los",
    ),
    "nearly": (
        "nearly", "almost", "close to", "just under", "just shy of", "casi", "poco menos de",
        "cerca de casi", "casi el", "poco menos del", "casi los", "casi las",
        "just below", "slightly less than", "slightly fewer than", "a little under",
        "a little less than",
        # a verb of approaching a figure: "the strike came close to 50%", "se acercó al 50%"
        "se acerco al", "se acerca al", "se acercaron al", "rozo el", "roza el", "rozaron el",
    ),
    "just_over": (
        "just over", "slightly more than", "a little over", "a little more than",
        "just more than", "slightly over", "poco mas de", "algo mas de", "un poco mas de",
        "ligeramente mas de",
    ),
    "more_than": (
        "more than", "over", "upwards of", "in excess of", "mas de", "por encima de",
        "superior a", "sobre", "exceeded", "exceeds", "exceeding", "surpassed",
        "supera el", "supera la", "supera los", "supera las", "superan el", "superan los",
        "superan las", "supero el", "supero los", "superaron los", "superaron el",
        "superior al", "mas del", "por encima del", "por encima de los", "por encima de las",
        "well over", "well above", "north of", "mas de los", "mas de las",
    ),
    "at_least": (
        "at least", "no fewer than", "no less than", "a minimum of", "al menos", "por lo menos",
        "como minimo", "no menos de", "un minimo de", "al menos el", "por lo menos el",
    ),
    "fewer_than": (
        "fewer than", "less than", "under", "menos de", "por debajo de",
        "menos del", "por debajo del", "inferior al", "inferior a",
        # a negated verb of reaching a figure: "el seguimiento no alcanza el 20%"
        "no alcanza el", "no alcanza la", "no alcanza los", "no alcanza las", "no alcanzan el",
        "no alcanzan los", "no alcanzan las", "no alcanzo el", "no alcanzo los",
        "no alcanzaron los", "no llega al", "no llega a", "no llega a los", "no llegan a",
        "no llegan a los", "no llegan al", "no llego al", "no llego a", "no llegaron a",
        "did not reach", "does not reach", "do not reach", "did not reach even",
    ),
    "at_most": (
        "at most", "up to", "no more than", "as many as", "a maximum of", "hasta",
        "as high as",
        "como maximo", "no mas de", "un maximo de", "a lo sumo",
        # a negated verb of passing a figure: "la cifra no supera los 300"
        "no supera el", "no supera la", "no supera los", "no supera las", "no superan el",
        "no superan los", "no superan las", "no supero el", "no supero los",
        "did not exceed", "does not exceed", "do not exceed",
    ),
}
# fmt: on
HEDGES: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): qualifier
    for qualifier, phrases in _HEDGE_TABLE.items()
    for phrase in phrases
}
_LONGEST_HEDGE = max(len(k) for k in HEDGES)

# --- number words ---------------------------------------------------------------------------

# fmt: off
_SMALL: dict[str, int] = {
    # English
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen":
    19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
    # Spanish (folded: no accents)
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece":
    13, "catorce": 14, "quince": 15, "dieciseis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21, "veintiuna": 21,
    "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40,
    "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100,
    "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
    "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500,
    "seiscientos": 600, "seiscientas": 600, "setecientos": 700, "setecientas": 700,
    "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
}
# fmt: on
_MULTIPLIERS: dict[str, int] = {"hundred": 100, "dozen": 12, "docena": 12}
_SCALES: dict[str, int] = {
    "thousand": 1_000,
    "mil": 1_000,
    "million": 1_000_000,
    "millon": 1_000_000,
    "millones": 1_000_000,
    "billion": 1_000_000_000,
    # session 12: the Indian numbering of South Asian news ("18 lakh workers", "1.5 crore")
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
SCALE_WORDS = _SCALES
"""The scale words and their values ("million": 1,000,000), for readers of digits."""
ABBREVIATED: dict[str, int] = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
"""Scales written as a letter after digits: "1.5m people", "2bn", "6K" (read only after
digits)."""
_SPANISH_SCALES = frozenset({"mil", "millon", "millones"})
"""Scales after which Spanish writes the rest in digits: "31 mil 604", "1 millón 642 mil 442"."""
GROUPS: dict[str, int] = {
    "decena": 10,
    "decenas": 10,
    "docenas": 12,
    "centenar": 100,
    "centenares": 100,
    "millar": 1_000,
    "millares": 1_000,
    "veintena": 20,
    "treintena": 30,
    "cincuentena": 50,
}
"""Group nouns a number counts ("tres decenas" = 30, "un centenar" = 100): approximate."""
GROUP_ONE = frozenset({"un", "una", "medio", "media", "a", "half"})
VAGUE_PREFIXES = frozenset({"several", "varios", "varias", "unos", "unas", "some", "few"})
"""Words that make a scale vague: "several thousand", "varios miles" (never 1,000)."""
_VAGUE_OF_SCALE = {
    "thousand": "thousands",
    "thousands": "thousands",
    "mil": "thousands",
    "miles": "thousands",
    "hundred": "hundreds",
    "hundreds": "hundreds",
    "cientos": "hundreds",
    "centenares": "hundreds",
    "million": "millions",
    "millions": "millions",
    "millones": "millions",
    "dozen": "dozens",
    "decenas": "tens",
}
_CONNECTORS = frozenset({"and", "y", "-"})
_HALF = frozenset({"half", "medio", "media"})

# --- vague amounts: word → policy key; scale words for "X of thousands" --------------------

VAGUE_WORDS: dict[str, str] = {
    "several": "several",
    "varios": "several",
    "varias": "several",
    "scores": "scores",
    "dozens": "dozens",
    "docenas": "dozens",
    "tens": "tens",
    "decenas": "tens",
    "hundreds": "hundreds",
    "cientos": "hundreds",
    "centenares": "hundreds",
    "thousands": "thousands",
    "miles": "thousands",
    "millions": "millions",
    "millones": "millions",
}
VAGUE_SCALES: dict[str, int] = {
    "thousands": 1_000,
    "miles": 1_000,
    "millions": 1_000_000,
    "millones": 1_000_000,
}
_COMPOSING = ("dozens", "tens", "hundreds")  # "tens of thousands"; not "thousands of ..."
_SCALE_NAMES = {1_000: "thousands", 1_000_000: "millions"}

_PERCENT_WORDS: tuple[tuple[str, ...], ...] = (
    ("percent",),
    ("per", "cent"),
    ("pct",),
    ("por", "ciento"),
    ("porciento",),
    ("%",),
)


# --- shares of a whole written in words: "about half", "a third", "la mitad" -------------

_THIRD, _TWO_THIRDS = 1 / 3, 2 / 3
# fmt: off
FRACTIONS: dict[tuple[str, ...], float] = {
    ("half",): 0.5, ("one", "half"): 0.5, ("la", "mitad"): 0.5,
    ("a", "third"): _THIRD, ("one", "third"): _THIRD, ("one", "-", "third"): _THIRD,
    ("two", "thirds"): _TWO_THIRDS, ("two", "-", "thirds"): _TWO_THIRDS,
    ("a", "quarter"): 0.25, ("one", "quarter"): 0.25, ("one", "-", "quarter"): 0.25,
    ("three", "quarters"): 0.75, ("three", "-", "quarters"): 0.75,
    ("a", "fifth"): 0.2, ("one", "fifth"): 0.2, ("one", "-", "fifth"): 0.2,
    ("a", "tenth"): 0.1, ("one", "tenth"): 0.1,
    ("un", "tercio"): _THIRD, ("dos", "tercios"): _TWO_THIRDS,
    ("la", "tercera", "parte"): _THIRD, ("una", "tercera", "parte"): _THIRD,
    ("dos", "terceras", "partes"): _TWO_THIRDS, ("las", "dos", "terceras", "partes"): _TWO_THIRDS,
    ("la", "cuarta", "parte"): 0.25, ("una", "cuarta", "parte"): 0.25,
    ("tres", "cuartas", "partes"): 0.75, ("las", "tres", "cuartas", "partes"): 0.75,
    ("la", "quinta", "parte"): 0.2, ("una", "quinta", "parte"): 0.2,
    ("la", "decima", "parte"): 0.1, ("una", "decima", "parte"): 0.1,
}
# fmt: on
"""Fractions written in words; read as a share (unit ``ratio``): "about half" is 0.5 ± 5%."""
FRACTION_FIRSTS = frozenset(words[0] for words in FRACTIONS)
_LONGEST_FRACTION = max(len(words) for words in FRACTIONS)
_PER: tuple[tuple[str, ...], ...] = (
    ("out", "of"),
    ("in", "every"),
    ("of", "every"),
    ("de", "cada"),
    ("in",),
)
"""Between the figures of "three out of ten", "one in five", "nueve de cada diez"."""
PER_FIRSTS = frozenset(words[0] for words in _PER)


def match_fraction(tokens: Sequence[str], i: int) -> tuple[float, int] | None:
    """A share at ``tokens[i]``: "half", "a third", "la mitad", "three out of ten", "one in
    five", "9 de cada 10" → (share, index after it). "N in D" needs 0 < N < D and D at most
    10, or 100 ("one in 100"): "30 out of 37" is a count, "10 in 2020" a year."""
    n = len(tokens)
    first = tokens[i]
    if first in FRACTION_FIRSTS:
        for length in range(min(_LONGEST_FRACTION, n - i), 0, -1):
            share = FRACTIONS.get(tuple(tokens[i : i + length]))
            if share is not None:
                return share, i + length
    if not (first[:1].isdecimal() or first in _SMALL) or first in ("a", "an", "un", "una"):
        return None
    if i + 1 >= n or tokens[i + 1] not in PER_FIRSTS:
        return None
    part = read_number(tokens, i)
    if part is None or part.end != i + 1:
        return None
    for words in _PER:
        k = i + 1 + len(words)
        if tuple(tokens[i + 1 : k]) == words:
            whole = read_number(tokens, k)
            if whole is None or not (whole.value <= 10 or whole.value == 100):
                return None
            if not 0 < part.value < whole.value or whole.value != int(whole.value):
                return None
            return part.value / whole.value, whole.end
    return None


def _not_decimal_table() -> dict[int, str]:
    """Superscripts, subscripts, circled and other "number" signs that NFKD would turn into
    plain digits ("10³" → "103"): each becomes U+FFFD, which no rule reads as part of a number."""
    blocks = (
        (0x00B2, 0x00BA),
        (0x2070, 0x209F),
        (0x2150, 0x215F),
        (0x2460, 0x24FF),
        (0x2776, 0x2793),
        (0x3220, 0x325F),
        (0x3280, 0x32BF),
        (0x1F100, 0x1F10C),
    )
    return {
        cp: "\ufffd"
        for low, high in blocks
        for cp in range(low, high + 1)
        if unicodedata.category(chr(cp)) == "No"
    }


_NOT_DECIMAL = _not_decimal_table()


def fold(text: str) -> str:
    """Lower-case, strip accents, unify dashes: "Más de 1.345" → "mas de 1.345".

    Only decimal digits stay digits: a superscript or circled digit ("10³", "③") becomes
    U+FFFD, never a digit of the number before it.
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def _fold_steps(text: str) -> str:
    """`fold()` as its steps: case folding, the non-decimal digits, NFKD, the marks' table."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_NOT_DECIMAL))
    return decomposed.translate(_MARKS)


class _Marks(dict[int, int | str | None]):
    """The last step of `fold()` as a ``str.translate`` table: a combining mark is dropped, a
    dash becomes "-", any other character stays. Each code point's answer is worked out the
    first time it is met and kept (the table grows to the characters seen, at most Unicode's
    size, and never changes an answer)."""

    def __missing__(self, cp: int) -> int | str | None:
        ch = chr(cp)
        found: int | str | None = (
            None if unicodedata.combining(ch) else "-" if ch in "‐‑‒–—―−" else cp
        )
        self[cp] = found
        return found


_MARKS = _Marks()


class _Fold(dict[int, int | str | None]):
    """`fold()` of a text as one ``str.translate`` table: each code point's fold, worked out
    the first time it is met and kept (the table grows to the characters seen).

    Folding a text is folding each of its characters and joining them: case folding, the
    non-decimal table and NFKD map one character at a time; NFKD's one step across
    characters, the canonical reordering of combining marks, moves only marks, which the
    last step drops (a test compares it with the steps on random text)."""

    def __missing__(self, cp: int) -> int | str | None:
        ch = chr(cp)
        folded = _fold_steps(ch)
        found: int | str | None = cp if folded == ch else folded or None
        self[cp] = found
        return found


_FOLD = _Fold()


def tokenize(folded: str) -> list[tuple[str, int, int]]:
    """Split folded text into (token, start, end): words, digit runs, ``%`` and ``-``.

    A digit run keeps its inner separators ("1.085", "1,345"); a separator not followed by a
    digit ends the run. One pass, linear in the text.
    """
    tokens: list[tuple[str, int, int]] = []
    i, n = 0, len(folded)
    while i < n:
        ch = folded[i]
        if ch.isdecimal():
            j = i + 1
            while j < n and (
                folded[j].isdecimal()
                or (folded[j] in ".,'’\u00a0\u202f" and j + 1 < n and folded[j + 1].isdecimal())
            ):
                j += 1
            if j - i <= 3 and folded[i] != "0" and folded[i:j].isdecimal():
                j = space_groups(folded, j)
            tokens.append((folded[i:j], i, j))
            i = j
        elif ch.isalpha():
            j = i + 1
            while j < n and folded[j].isalpha():
                j += 1
            tokens.append((folded[i:j], i, j))
            i = j
        elif ch in "%-":
            tokens.append((ch, i, i + 1))
            i += 1
        else:
            i += 1
    return tokens


def space_groups(text: str, j: int) -> int:
    """Where a number written with single spaces between groups of three ends: "1 500",
    "12 345 678" (``text[:j]`` ends with a head of one to three digits). A group is exactly
    three digits after exactly one space; "in 2019 150" never joins (the head is four
    digits), and a chain followed by another number ("555 123 4567") is not one number."""
    n = len(text)
    k = j
    while k + 4 <= n and text[k] == " " and text[k + 1 : k + 4].isdecimal():
        after = text[k + 4] if k + 4 < n else ""
        if after.isdecimal() or (after in ".,'’" and text[k + 5 : k + 6].isdecimal()):
            return j  # "1 5000", "1 500.000": not groups of three
        k += 4
    if k > j and k + 1 < n and text[k] == " " and text[k + 1].isdecimal():
        return j  # "555 123 4567": a phone number or a list, not one number
    return k


def parse_digits(token: str) -> float:
    """ "1,085" and "1.085" → 1085; "2.5" → 2.5; "1.234,5" → 1234.5; "1 085" → 1085."""
    if " " in token or "\u00a0" in token or "\u202f" in token:
        _check_spaced(token.replace("\u00a0", " ").replace("\u202f", " "))
    s = token.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "'" in s or "’" in s:
        s = _apostrophes(s.replace("’", "'"))
    commas, dots = s.count(","), s.count(".")
    if not commas and not dots:
        return float(s)
    if commas and dots:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        whole, _, frac = s.rpartition(decimal)
        _check_groups(whole, thousands)
        return float(whole.replace(thousands, "") + "." + frac)
    sep = "," if commas else "."
    parts = s.split(sep)
    if len(parts) > 2 or (len(parts[1]) == 3 and not parts[0].startswith("0")):
        _check_groups(s, sep)
        return float(s.replace(sep, ""))
    return float(parts[0] + "." + parts[1])


def _check_spaced(s: str) -> None:
    """Groups of digits after (no-break) spaces are thousands only as a head of one to three
    digits and groups of exactly three ("1 500", "12 345 678", "1 500,5"): "2019 150" is two
    numbers, never 2,019,150."""
    head, *groups = s.split(" ")
    if not (1 <= len(head) <= 3 and head.isdecimal() and head[0] != "0"):
        raise NotANumber(s)
    for g in groups[:-1]:
        if len(g) != 3 or not g.isdecimal():
            raise NotANumber(s)
    last = groups[-1]
    if len(last) < 3 or not last[:3].isdecimal() or (len(last) > 3 and last[3] not in ".,"):
        raise NotANumber(s)


def _apostrophes(s: str) -> str:
    """ "30'000" → "30000"; "6'024.351" → "6024351"; "1'234.5" → "1234.5" (Swiss style)."""
    head, *groups = s.split("'")
    if not (1 <= len(head) <= 3) or not head.isdecimal() or head.startswith("0"):
        raise NotANumber(s)
    for g in groups[:-1]:
        if len(g) != 3 or not g.isdecimal():
            raise NotANumber(s)
    last = groups[-1]
    if len(last) < 3 or not last[:3].isdecimal():
        raise NotANumber(s)
    tail = last[3:]
    if not tail:
        return head + "".join(groups)
    if tail[0] not in ".," or not tail[1:].isdecimal():
        raise NotANumber(s)
    digits = head + "".join(groups[:-1]) + last[:3]
    if len(tail) == 4:  # "6'024.351": the last group of thousands
        return digits + tail[1:]
    return digits + "." + tail[1:]


def _check_groups(s: str, sep: str) -> None:
    head, *groups = s.split(sep)
    if not (1 <= len(head) <= 3) or head.startswith("0") or any(len(g) != 3 for g in groups):
        raise NotANumber(s)


@attrs.frozen
class NumberReading:
    value: float
    end: int  # index of the first token after the number
    words_with_scale: bool  # written with a scale word ("two million", "medio millón")
    in_words: bool


def read_number(tokens: Sequence[str], i: int) -> NumberReading | None:
    """Read one number starting at ``tokens[i]``: digits (with an optional scale word) or words.

    Returns ``None`` when no number starts there.
    """
    if i >= len(tokens):
        return None
    tok = tokens[i]
    if tok[0].isdecimal():
        try:
            value = parse_digits(tok)
        except (NotANumber, ValueError):
            return None
        j = i + 1
        scaled = False
        if j < len(tokens) and tokens[j] in ABBREVIATED:  # "1.5m", "2bn"
            return NumberReading(value * ABBREVIATED[tokens[j]], j + 1, True, in_words=False)
        if j < len(tokens) and tokens[j] in _SCALES:
            value *= _SCALES[tokens[j]]
            j += 1
            scaled = True
            half = half_after(tokens, j) if value.is_integer() else 0
            if half:  # round 9: "2 millones y medio"
                return NumberReading(value + _SCALES[tokens[j - 1]] / 2, j + half, True, False)
            if tokens[j - 1] in _SPANISH_SCALES:
                value, j = _compound(tokens, j, value, _SCALES[tokens[j - 1]])
        return NumberReading(value, j, scaled, in_words=False)
    return _read_words(tokens, i)


def _read_words(tokens: Sequence[str], i: int) -> NumberReading | None:
    n = len(tokens)
    # "a quarter of a million", "three quarters of a million", "a third of a million"
    for length in (3, 2, 1):
        share = FRACTIONS.get(tuple(tokens[i : i + length]))
        k = i + length
        if (
            share is not None
            and k + 2 < n
            and tokens[k] == "of"
            and tokens[k + 1] in ("a", "one")
            and tokens[k + 2] in _SCALES
        ):
            return NumberReading(share * _SCALES[tokens[k + 2]], k + 3, True, in_words=True)
    # "half a million" / "medio millón" / "a half-million"
    if tokens[i] in ("a", "one") and i + 2 < n and tokens[i + 1] == "half":
        i += 1
    if tokens[i] in _HALF:
        j = i + 1
        if j < n and tokens[j] in ("a", "un", "-"):
            j += 1
        if j < n and tokens[j] in _SCALES:
            return NumberReading(_SCALES[tokens[j]] / 2, j + 1, True, in_words=True)
        if j < n and tokens[j] in ("dozen", "docena"):
            return NumberReading(6, j + 1, False, in_words=True)
        return None
    total = current = 0  # the finished scale groups; the group being read (< 1,000)
    read = i
    last_scale = 0  # scale words must come in falling order: "two million three thousand"
    j = i
    seen = False
    while j < n:
        tok = tokens[j]
        if tok in _SMALL:
            v = _SMALL[tok]
            if tok in ("a", "an", "un", "una") and not (
                j + 1 < n and _is_multiplier(tokens[j + 1])
            ):
                break
            if not _follows(current, v):
                break  # "one two", "twenty twenty": two numbers, not one
            current += v
        elif tok in _MULTIPLIERS:
            if current >= 100:
                break  # "hundred hundred"
            current = (current or 1) * _MULTIPLIERS[tok]
        elif tok in _SCALES:
            scale = _SCALES[tok]
            if last_scale and scale >= last_scale:
                break  # "thousand thousand"
            total += (current or 1) * scale
            current = 0
            last_scale = scale
        elif tok in _CONNECTORS and seen and j + 1 < n and _is_word_number(tokens[j + 1]):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
        read = j
    if not seen:
        return None
    j = read  # not past a connector that no number word continued ("five and six")
    if not last_scale and current and tuple(tokens[j : j + 3]) == _AND_A_HALF:
        scale = _SCALES.get(tokens[j + 3], 0) if j + 3 < n else 0
        if scale:  # round 9: "one and a half million", "two and a half thousand"
            return NumberReading((current + 0.5) * scale, j + 4, True, in_words=True)
    value = float(total + current)
    scaled = last_scale > 0
    if scaled and not current:
        half = half_after(tokens, j)
        if half:  # round 9: "un millón y medio", "dos millones y medio", "a million and a half"
            return NumberReading(value + last_scale / 2, j + half, True, in_words=True)
    if scaled and not current and tokens[j - 1] in _SPANISH_SCALES:
        end = j
        value, j = _compound(tokens, j, value, last_scale)  # "mil 208", "dos mil 300"
        scaled = j == end  # a number with its last digits written is not a round one
    return NumberReading(value, j, scaled, in_words=True)


# round 9: a half of the scale word just read (audit5 P3)
_AND_A_HALF = ("and", "a", "half")
_HALF_AFTER = (("y", "medio"), ("and", "a", "half"))
"""After a number that ends on its scale word: "un millón y medio" is 1,500,000, "a million
and a half" too; "dos millones y medio" 2,500,000."""


def half_after(tokens: Sequence[str], j: int) -> int:
    """How many tokens at ``j`` say "and a half" of the scale before them (0 if none)."""
    for words in _HALF_AFTER:
        if tuple(tokens[j : j + len(words)]) == words:
            return len(words)
    return 0


def _compound(tokens: Sequence[str], j: int, value: float, scale: int) -> tuple[float, int]:
    """The rest of a Spanish number written in digits after a scale word: "31 mil 604",
    "1 millón 642 mil 442", "mil 208" (each part below the scale before it)."""
    n = len(tokens)
    while j < n and tokens[j].isdecimal() and len(tokens[j]) <= 3:
        part = int(tokens[j])
        k = j + 1
        if k < n and tokens[k] in _SPANISH_SCALES and _SCALES[tokens[k]] < scale:
            part *= _SCALES[tokens[k]]
            scale = _SCALES[tokens[k]]
            k += 1
        elif part >= scale:
            break
        else:
            scale = 1
        value += part
        j = k
        if scale == 1:
            break
    return value, j


def _follows(current: int, v: int) -> bool:
    """May the word for ``v`` continue a number whose group so far is ``current``?

    "ninety" + "nine", "ciento" + "cinco", "doscientos" + "mil" do; "one" + "two" does not.
    """
    if v >= 100:  # Spanish hundreds: "doscientos" starts a group
        return current == 0
    rest = current % 100
    return rest == 0 or (v < 10 and rest >= 20 and rest % 10 == 0)


def _is_multiplier(tok: str) -> bool:
    return tok in _MULTIPLIERS or tok in _SCALES


def _is_word_number(tok: str) -> bool:
    return (tok in _SMALL and tok not in ("a", "an")) or _is_multiplier(tok)


@attrs.frozen
class QuantityReading:
    """What `read_quantity()` found; the policy turns it into an interval."""

    low: float
    high: float | None = None
    hedge: str = "exact"
    unit: str = "people"
    vague: tuple[str, int] | None = None
    in_words_with_scale: bool = False
    with_scale_word: bool = False  # round 9: "1.27 million", "35,5 millones"


def match_hedge(tokens: Sequence[str], i: int) -> tuple[str, int] | None:
    """The longest hedge phrase at ``tokens[i]``: (qualifier value, index after it)."""
    for length in range(min(_LONGEST_HEDGE, len(tokens) - i), 0, -1):
        qualifier = HEDGES.get(tuple(tokens[i : i + length]))
        if qualifier is not None:
            return qualifier, i + length
    return None


def _read_group(tokens: Sequence[str]) -> QuantityReading | None:
    """ "tres decenas" (30), "un centenar" (100), "unas tres decenas", "medio millar" (500):
    a number of groups, approximate."""
    i = 0
    hedge = "approx"
    found = match_hedge(tokens, 0)
    if found is not None:
        hedge, i = found
    if len(tokens) - i < 2 or tokens[-1] not in GROUPS:
        return None
    size = GROUPS[tokens[-1]]
    if len(tokens) - i == 2 and tokens[i] in GROUP_ONE:
        count = 0.5 if tokens[i] in ("medio", "media", "half") else 1.0
    else:
        number = read_number(tokens, i)
        if number is None or number.end != len(tokens) - 1:
            return None
        count = number.value
    if hedge == "exact":
        hedge = "approx"
    return QuantityReading(low=count * size, hedge=hedge, unit="people")


def match_vague(tokens: Sequence[str], i: int) -> tuple[tuple[str, int], int] | None:
    """A vague amount at ``tokens[i]``: ((policy key, scale), index after it)."""
    if i + 1 < len(tokens) and tokens[i] in VAGUE_PREFIXES and tokens[i + 1] in _VAGUE_OF_SCALE:
        return (_VAGUE_OF_SCALE[tokens[i + 1]], 1), i + 2  # "several thousand", "varios miles"
    if (
        i + 2 < len(tokens)
        and tokens[i] == "a"
        and tokens[i + 1] == "few"
        and tokens[i + 2] in _VAGUE_OF_SCALE
    ):
        return (_VAGUE_OF_SCALE[tokens[i + 2]], 1), i + 3  # "a few hundred", "a few dozen"
    if i >= len(tokens) or tokens[i] not in VAGUE_WORDS:
        return None
    key = VAGUE_WORDS[tokens[i]]
    j = i + 1
    if (
        key in ("tens", "hundreds", "dozens")
        and j + 1 < len(tokens)
        and tokens[j] in ("of", "de")
        and tokens[j + 1] in VAGUE_SCALES
    ):
        return (key, VAGUE_SCALES[tokens[j + 1]]), j + 2
    return (key, 1), j


def _strip_unit(tokens: list[str]) -> tuple[list[str], str]:
    for words in _PERCENT_WORDS:
        k = len(words)
        if len(tokens) > k and tuple(tokens[-k:]) == words:
            rest = tokens[:-k]
            if rest and rest[-1] == "-":
                rest = rest[:-1]
            return rest, "percent"
    return tokens, "people"


def read_quantity(text: str) -> QuantityReading:
    """Read a whole quantity phrase, or raise `NotANumber`."""
    tokens, unit = _strip_unit([t for t, _, _ in tokenize(fold(text))])
    if not tokens:
        raise NotANumber(text)
    if tokens in (["un"], ["una"]):  # "una (persona murió)": the extractor reads it in context
        return QuantityReading(low=1.0, unit=unit)
    vague = match_vague(tokens, 0)
    if vague is not None and vague[1] == len(tokens):
        return QuantityReading(low=0.0, unit=unit, vague=vague[0])
    group = _read_group(tokens)
    if group is not None:
        return group
    found = match_hedge(tokens, 0)
    at = found[1] if found is not None else 0
    share = match_fraction(tokens, at) if at < len(tokens) else None
    if share is not None and share[1] == len(tokens) and unit == "people":
        hedge = found[0] if found is not None else "exact"
        return QuantityReading(low=share[0], hedge=hedge, unit="ratio")
    # ranges: "between A and B", "entre A y B", "from A to B", "de A a B", "A to B", "A-B",
    # also after a hedge ("unos 5.000 o 6.000": the range says it all)
    i = 1 if tokens[0] in ("between", "entre", "from", "de") else 0
    if tokens[0] == "entre":
        tokens = _range_articles(tokens, unit)  # "entre el 70 y el 75 por ciento"
    if i == 0:
        found = match_hedge(tokens, 0)
        if found is not None and found[1] < len(tokens) and tokens[found[1]][:1].isdecimal():
            i = found[1]
    first = read_number(tokens, i)
    if (
        first is not None
        and first.end < len(tokens)
        and tokens[first.end]
        in (
            "and",
            "y",
            "e",
            "to",
            "a",
            "-",
            "hasta",
            "or",
            "o",
            "u",
        )
    ):
        second = read_number(tokens, first.end + 1)
        if (
            second is not None
            and second.end == len(tokens)
            and (
                i == 1
                or tokens[first.end]
                in (
                    "to",
                    "-",
                    "a",
                    "hasta",
                    "or",
                    "o",
                    "u",
                )
            )
        ):
            low = _scaled_like(first, second, tokens)
            return QuantityReading(low=low, high=second.value, hedge="range", unit=unit)
    hedge = "exact"
    i = 0
    found = match_hedge(tokens, 0)
    if found is not None:
        hedge, i = found
    number = read_number(tokens, i)
    if number is None or number.end != len(tokens):
        raise NotANumber(text)
    return QuantityReading(
        low=number.value,
        hedge=hedge,
        unit=unit,
        in_words_with_scale=number.words_with_scale and number.in_words,
        with_scale_word=number.words_with_scale,
    )


RANGE_ARTICLES = frozenset({"el", "la", "los", "las"})
"""Articles a Spanish range may set before each end ("entre el 70 y el 75 %", "entre los
800 y los 1.200")."""


def _range_articles(tokens: list[str], unit: str) -> list[str]:
    """The tokens of "entre el A(%) y el B" without the articles before each end (nor a
    percent sign after the first end of a percentage): "entre A y B"."""
    out: list[str] = []
    for k, tok in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        if (
            tok in RANGE_ARTICLES
            and k > 0
            and tokens[k - 1] in ("entre", "y")
            and after[:1].isdecimal()
        ):
            continue
        if tok == "%" and unit == "percent" and after == "y":
            continue
        out.append(tok)
    return out


def _scaled_like(first: NumberReading, second: NumberReading, tokens: Sequence[str]) -> float:
    """The low end of a range whose scale word is written once, after the high end:
    "between 5 and 6 million" is 5,000,000 to 6,000,000 ("entre 5 y 6 millones"); a scale
    letter too ("5-6K" is 5,000 to 6,000, "2-3m" two to three million)."""
    last = tokens[second.end - 1]
    scale = _SCALES.get(last, ABBREVIATED.get(last, 0)) if second.words_with_scale else 0
    if scale and not first.words_with_scale and first.value * scale <= second.value:
        return first.value * scale
    return first.value


def vague_wording(low: float, high: float | None) -> str:
    """The English name of a vague interval of the default policy, for ``Quantity.format``.

    An interval no name fits (another policy's) is written as the range it is.
    """
    from discrepancy.quantity import DEFAULT_POLICY  # quantity imports us
    from discrepancy.wording.numbers import number as format_number

    for key, (lo, hi) in DEFAULT_POLICY.vague.items():
        if (lo, hi) == (low, high):
            return key
        if key in _COMPOSING:
            for scale, name in _SCALE_NAMES.items():
                if (lo * scale, (hi + 1) * scale - 1) == (low, high):
                    return f"{key} of {name}"
    return f"between {format_number(low)} and {format_number(high)}"
