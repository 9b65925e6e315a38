"""Find the hedged numbers of a sentence and drop the ones that are not counts.

A mention is a hedge (the tables of `discrepancy._numbers`), a number (digits, words,
a range or a vague amount) and an optional percent unit. The surface is the text as written,
and the quantity is ``Quantity.parse(surface)``, so the interval semantics stay in one place.
Not counts: dates, times, years, ages and durations ("30 years in prison", "12 months"),
money and other units, article numbers, phone numbers, ids, hashtags, URLs and a lone "one".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from discrepancy import _numbers
from discrepancy.errors import QuantityError
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.quantity import Qualifier, Quantity

__all__ = ["Memo", "Mention", "find_mentions"]

_RANGE_OPEN = frozenset({"between", "entre", "from", "de"})
_RANGE_JOIN = frozenset({"and", "y", "e", "to", "-", "a", "hasta"})
_RANGE_JOIN_BARE = frozenset({"to", "-"})
_LONE_ONE = frozenset({"a", "an", "one", "un", "una", "uno"})
_ONE = frozenset({"one"})
_SPANISH_SCALES = frozenset({"mil", "millon", "millones"})
_GROUPS = frozenset(_numbers.GROUPS)
_PERCENT = (("percent",), ("per", "cent"), ("pct",), ("por", "ciento"), ("porciento",), ("%",))
_PERCENT_FIRSTS = frozenset(words[0] for words in _PERCENT)
_URLISH = frozenset({"/", "@", "#", "_", "="})
_ENGLISH_ONLY_BLOCK = frozenset({"once"})
_ZERO_NOUNS = frozenset(
    {
        "releases",
        "arrests",
        "deaths",
        "liberaciones",
        "detenciones",
        "excarcelaciones",
        "muertes",
        "fatalities",
        "detentions",
    }
)


_NEW = tuple.__new__  # builds a NamedTuple without its Python-level ``__new__``


class _Number(NamedTuple):
    """What `discrepancy._numbers.read_number()` read: value, token after, in words."""

    value: float
    end: int
    in_words: bool


class Mention(NamedTuple):
    """A number found in a sentence: token span ``[first, last)`` and the quantity read."""

    first: int
    last: int
    quantity: Quantity
    in_words: bool = False
    zero_of: bool = False  # "no new releases": a zero stated with "no"
    revised: bool = False  # "rose from 9 to 12": the next number of the sentence replaces it


def find_mentions(
    text: str,
    toks: Sequence[Tok],
    blocked: Sequence[bool],
    lex: Lexicon,
    *,
    spanish: bool,
    norms: Sequence[str] | None = None,
    memo: Memo | None = None,
) -> list[Mention]:
    """Every count-like number of a sentence; ``blocked`` marks tokens inside dates.

    ``memo`` (one per document) keeps what repeats: the quantity of each surface read.
    """
    norms = norms if norms is not None else [t.norm for t in toks]
    memo = memo if memo is not None else Memo()
    reader = _Reader(text, toks, norms, blocked, lex, spanish, memo.quantities, memo.digits)
    out: list[Mention] = []
    starts = lex.number_starts
    i = 0
    for k in [k for k, t in enumerate(toks) if t.kind == "n" or t.norm in starts]:
        if k < i or blocked[k]:
            continue
        found = reader.read_at(k)
        if found is None:
            continue
        if _is_count(toks, norms, found, lex, memo):
            out.append(found)
        i = found.last
    return out


class _Reader:
    """Reads the number at a token of one sentence."""

    __slots__ = ("blocked", "digits", "lex", "norms", "quantities", "spanish", "text", "toks")

    def __init__(
        self,
        text: str,
        toks: Sequence[Tok],
        norms: Sequence[str],
        blocked: Sequence[bool],
        lex: Lexicon,
        spanish: bool,
        quantities: dict[str, Quantity | None],
        digits: dict[tuple[str, str], _Number | None],
    ) -> None:
        self.text = text
        self.toks = toks
        self.norms = norms
        self.blocked = blocked
        self.lex = lex
        self.spanish = spanish
        self.quantities = quantities
        self.digits = digits

    def read_at(self, i: int) -> Mention | None:
        text, toks, norms, blocked, lex = self.text, self.toks, self.norms, self.blocked, self.lex
        w = norms[i]
        if w in lex.no_words:
            k = i + 1
            while k < len(norms) and norms[k] in lex.no_skip:
                k += 1
            if k < len(norms) and norms[k] in _ZERO_NOUNS:
                q = Quantity.of(0, Qualifier.EXACT, surface=text[toks[i].start : toks[i].end])
                return Mention(i, i + 1, q, in_words=True, zero_of=True)
            return None
        start = i
        hedge = None
        for phrase, qualifier in lex.hedges_by_first.get(w, ()):  # the longest first
            if tuple(norms[i : i + len(phrase)]) == phrase:
                hedge = qualifier, i + len(phrase)
                break
        j = hedge[1] if hedge is not None else i
        if j >= len(norms) or blocked[j]:
            return None
        # ranges: "between 800 and 1,200", "entre 800 y 1.200"
        if norms[j] in _RANGE_OPEN and hedge is None:
            first = self._number(j + 1)
            if (
                first is not None
                and norms[j] in ("from", "de")
                and self._revision_to(first.end)
                and not lex.revision_verbs.isdisjoint(norms[max(0, j - 3) : j])
            ):  # "rose from 9 to 12", "pasó de 79 en el informe anterior a 56": two figures
                found = self._make(j + 1, first.end, in_words=first.in_words)
                return None if found is None else found._replace(revised=True)
            if first is not None and first.end < len(norms) and norms[first.end] in _RANGE_JOIN:
                second = self._number(first.end + 1)
                if second is not None and second.value >= first.value:
                    return self._make(start, second.end, in_words=first.in_words)
            if norms[j] in ("between", "entre"):
                return None
            if norms[j] in ("from", "de"):
                return None
        vague = (
            _numbers.match_vague(norms, j)
            if norms[j] in _numbers.VAGUE_WORDS or norms[j] in _numbers.VAGUE_PREFIXES
            else None
        )
        if vague is not None and (hedge is None or j == i):
            k = vague[1]
            return self._make(start, k, in_words=True)
        if norms[j] in _numbers.GROUP_ONE and j + 1 < len(norms) and norms[j + 1] in _GROUPS:
            return self._make(start, j + 2, in_words=True)  # "un centenar", "medio millar"
        number = self._number(j)
        if number is None:
            return None
        end = number.end
        if end < len(norms) and norms[end] in _GROUPS and not blocked[end]:
            return self._make(start, end + 1, in_words=True)  # "tres decenas", "dos centenares"
        if (
            number.in_words
            and number.value == 1
            and norms[j] in _LONE_ONE
            and not (hedge is None and norms[j] in _ONE and self._counted_one(end))
        ):
            return None
        # bare ranges: "800-1,200", "800 to 1,200"
        if end + 1 < len(norms) and norms[end] in _RANGE_JOIN_BARE and not blocked[end + 1]:
            second = self._number(end + 1)
            if second is not None and second.value > number.value:
                if second.end < len(norms) and norms[second.end] == "-":
                    return None  # "555-123-4567": a phone number or a date
                return self._make(start, second.end, in_words=number.in_words)
        return self._make(start, end, in_words=number.in_words)

    def _revision_to(self, k: int) -> bool:
        """Whether "to" / "a" follows token ``k``, at once or after a few words that say
        when ("from 79 in the last report to 56"): no number or punctuation between."""
        norms, toks = self.norms, self.toks
        for m in range(k, min(k + _REVISION_GAP + 1, len(norms))):
            if norms[m] in ("to", "a", "hasta"):
                return True
            if toks[m].kind in ("n", "p"):
                return False
        return False

    def _counted_one(self, k: int) -> bool:
        """ "One student was killed", "one more person died": "one" before a counted noun."""
        norms, lex = self.norms, self.lex
        if k < len(norms) and norms[k] in lex.no_skip:
            k += 1
        if k >= len(norms) or (k + 1 < len(norms) and norms[k + 1] in ("of", "de")):
            return False
        w = norms[k]
        return w in lex.person_nouns or w + "s" in lex.person_nouns or w in lex.event_words

    def _number(self, i: int) -> _Number | None:
        norms = self.norms
        if i >= len(norms):
            return None
        tok = norms[i]
        if not self.spanish and tok in _ENGLISH_ONLY_BLOCK:
            return None
        if tok[0].isdecimal():  # digits read only themselves and a scale word after them
            key = (tok, norms[i + 1] if i + 1 < len(norms) else "")
            if key[1] in _SPANISH_SCALES and i + 2 < len(norms) and norms[i + 2][:1].isdecimal():
                reading = _numbers.read_number(norms, i)  # "31 mil 604", "1 millón 642 mil"
                if reading is not None:
                    return _Number(reading.value, reading.end, False)
            try:
                found = self.digits[key]
            except KeyError:
                reading = _numbers.read_number(key, 0)
                found = self.digits[key] = (
                    None if reading is None else _Number(reading.value, reading.end, False)
                )
            return None if found is None else _NEW(_Number, (found[0], found[1] + i, False))
        reading = _numbers.read_number(norms, i)
        return None if reading is None else _Number(reading.value, reading.end, reading.in_words)

    def _make(self, first: int, last: int, *, in_words: bool) -> Mention | None:
        norms, toks = self.norms, self.toks
        end = last
        k = end + 1 if end < len(norms) and norms[end] == "-" else end
        if k < len(norms) and norms[k] in _PERCENT_FIRSTS:
            for words in _PERCENT:
                if tuple(norms[k : k + len(words)]) == words:
                    end = k + len(words)
                    break
        surface = self.text[toks[first].start : toks[end - 1].end]
        try:
            quantity = self.quantities[surface]
        except KeyError:
            try:
                quantity = Quantity.parse(surface)
            except QuantityError:
                quantity = None
            self.quantities[surface] = quantity
        if quantity is None:
            if first + 1 < end:
                return self._make(first + 1, last, in_words=in_words)
            return None
        return _NEW(Mention, (first, end, quantity, in_words, False, False))


def _is_count(
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
    if before in _URLISH or before in lex.money_signs or before in lex.id_words:
        return False
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
    if before in (":", "/") and before2[:1].isdecimal():
        return False
    if after in ("a", "p") and after2 == ".":
        return False  # "9 a.m."
    if _not_people(norms, first, last, lex):
        return False
    if m.quantity.unit == "percent":
        return True
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


_REVISION_GAP = 5
"""At most this many words between the figures of a revision: "de 79 en el pasado informe a"."""
_MONTH_VERBS = frozenset({"may", "march"})
"""Month names that are also verbs after a count ("30 may have died", "20 march")."""
_BRIDGES = frozenset({"as", "above", "over", "under", "than", "of", "de", "del", "por", "a"})
"""Words between a context word and its number: "as young as 5", "aged above 60"."""


def _not_people(norms: Sequence[str], first: int, last: int, lex: Lexicon) -> bool:
    """Magnitudes, ages, ranks, factors, hours, decades and days: "magnitude 7.1", "grado 8",
    "as young as 5", "aged above 60", "a las 15.00", "los años 80", "el jueves 23", "del 20
    al 24", "6.9 on the Richter scale", "April 7", "27 de febrero" (a text with no
    publication date gives the date reader no year: its days must not become counts)."""
    before = norms[first - 1] if first > 0 else ""
    before2 = norms[first - 2] if first > 1 else ""
    words = lex.not_count_before
    if before in words or (before in _BRIDGES and before2 in words):
        return True
    after = norms[last] if last < len(norms) else ""
    if after in lex.not_count_after or "richter" in norms[last : last + 4]:
        return True
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
    return day and before == "al" and before2[:1].isdecimal() and "del" in norms[first - 3 : first]


class Memo:
    """What the number readers keep for one document (surfaces and words repeat)."""

    __slots__ = ("_number_words", "digits", "quantities")

    def __init__(self) -> None:
        self.quantities: dict[str, Quantity | None] = {}
        self.digits: dict[tuple[str, str], _Number | None] = {}
        self._number_words: dict[str, bool] = {}

    def is_number_word(self, norm: str) -> bool:
        try:
            return self._number_words[norm]
        except KeyError:
            found = self._number_words[norm] = (
                _numbers.read_number([norm], 0) is not None or norm in _numbers.VAGUE_WORDS
            )
            return found
