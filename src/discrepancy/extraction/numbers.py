"""Find the hedged numbers of a sentence and drop the ones that are not counts.

A mention is a hedge (the tables of `discrepancy._numbers`), a number (digits, words,
a range or a vague amount) and an optional percent unit. The surface is the text as written,
and the quantity is ``Quantity.parse(surface)``, so the interval semantics stay in one place.
Not counts: dates, times, years, ages and durations ("30 years in prison", "12 months"),
money and other units, article numbers, phone numbers, ids, hashtags, URLs and a lone "one".
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from discrepancy import _numbers
from discrepancy.errors import QuantityError
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.countable import is_count
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.extraction.zeros import zero_span
from discrepancy.quantity import Qualifier, Quantity

__all__ = ["Memo", "Mention", "find_mentions"]

_RANGE_OPEN = frozenset({"between", "entre", "from", "de"})
_RANGE_JOIN = frozenset({"and", "y", "e", "to", "-", "a", "hasta"})
_RISE_TO = tables_en.RISE_TO_WORDS | tables_es.RISE_TO_WORDS
_CLIPPED = tables_en.CLIPPED_HEDGES | tables_es.CLIPPED_HEDGES
_LEVEL_VERBS = tables_en.LEVEL_VERBS | tables_es.LEVEL_VERBS
_RANGE_JOIN_BARE = frozenset({"to", "-"})
_RANGE_OR = frozenset({"or", "o", "u"})
_LONE_ONE = frozenset({"a", "an", "one", "un", "una", "uno"})
_ONE = frozenset({"one"})
_SPANISH_SCALES = frozenset({"mil", "millon", "millones"})
_SCALE_WORDS = _numbers.SCALE_WORDS
_GROUPS = frozenset(_numbers.GROUPS)
_PERCENT = (("percent",), ("per", "cent"), ("pct",), ("por", "ciento"), ("porciento",), ("%",))
_PERCENT_FIRSTS = frozenset(words[0] for words in _PERCENT)
_ENGLISH_ONLY_BLOCK = frozenset({"once"})
_FRACTION_FIRSTS = _numbers.FRACTION_FIRSTS
_ARTICLES = frozenset({"la", "las"})
"""Fraction openers that are only articles when no fraction follows ("la mitad")."""
_SHARE_OF = frozenset({"of", "de", "del"})
_UN = frozenset({"un", "una"})
_ONE_IN = frozenset({"one", "uno", "una"})
_ONE_PRONOUN_BEFORE = tables_en.ONE_PRONOUN_BEFORE | tables_es.ONE_PRONOUN_BEFORE
_PARTICIPLE_ENDS = tables_en.PARTICIPLE_ENDS + tables_es.PARTICIPLE_ENDS


def _pronoun_one(norms: Sequence[str], j: int, after: str) -> bool:
    """Whether "one" at ``j`` is a pronoun, not a count: a determiner before it and a
    participle after it ("the one released on Monday", "that one freed last"; session 12)."""
    return j > 0 and norms[j - 1] in _ONE_PRONOUN_BEFORE and after.endswith(_PARTICIPLE_ENDS)


_ONE_EVENTS = frozenset(
    {
        "murio",
        "fallecio",
        "muere",
        "fallece",
        "herido",
        "herida",
        "detenido",
        "detenida",
        "asesinado",
        "asesinada",
        "secuestrado",
        "secuestrada",
        "desaparecido",
        "desaparecida",
        "mas",
    }
)
"""Singular events after "un/una" and a person noun that make the article a count."""
_ONE_OF = frozenset({"whom", "them", "ellos", "ellas", "quienes"})
"""After "one of": who the one is among ("one of those released was X" names a person)."""
_ONE_OF_SKIP = frozenset(
    {"later", "since", "subsequently", "reportedly", "posteriormente", "luego"}
)
_SCORED = frozenset(
    {"test", "exam", "credit", "average", "high", "low", "top", "final", "the", "their", "its"}
)
"""Words before "scores" that make it a noun of marks, not "scores of" (many) people."""
_SHARE_VERBS = frozenset({"voted", "votaron", "eran", "estaban", "joined", "secundaron"})
"""Verbs right after a share with no noun ("half voted"): the share counts its context."""
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
    for k in [
        k
        for k, t in enumerate(toks)
        if t.kind == "n" or t.norm in starts or (t.kind == "x" and _abbreviated(t.norm))
    ]:
        if k < i or blocked[k]:
            continue
        found = reader.read_at(k)
        if found is None:
            continue
        if is_count(toks, norms, found, lex, memo):
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

    def _past_article(self, k: int) -> int:
        """Past an article before a range's end ("entre el 70 y el 75 %"), if a number follows."""
        norms = self.norms
        if (
            k + 1 < len(norms)
            and norms[k] in _numbers.RANGE_ARTICLES
            and norms[k + 1][:1].isdecimal()
        ):
            return k + 1
        return k

    def read_at(self, i: int) -> Mention | None:
        text, toks, norms, blocked, lex = self.text, self.toks, self.norms, self.blocked, self.lex
        w = norms[i]
        hedge = None
        for phrase, qualifier in lex.hedges_by_first.get(w, ()):  # the longest first
            if tuple(norms[i : i + len(phrase)]) == phrase:
                after = i + len(phrase)
                if phrase[-1] in _CLIPPED and after < len(norms) and norms[after] == ".":
                    after += 1  # session 13: "approx. 250", "aprox. 250": the stop is the hedge's
                hedge = qualifier, after
                break
        if hedge is not None and w == "mas" and self.spanish and self._closes_increment(i):
            return None  # session 10: "dos cadáveres más de los cinco": "más" is the two's
        if w in lex.no_words and hedge is None:  # "no" opens a hedge only as "no alcanza el"
            nobody = zero_span(norms, i)  # round 12: "no one had died", "ninguna muerte"
            if nobody is not None:
                surface = text[toks[i].start : toks[nobody - 1].end]
                q = Quantity.of(0, Qualifier.EXACT, surface=surface)
                return Mention(i, nobody, q, in_words=True, zero_of=True)
            k = i + 1
            while k < len(norms) and norms[k] in lex.no_skip:
                k += 1
            if k < len(norms) and norms[k] in _ZERO_NOUNS:
                if toks[k].cap and toks[i].cap and i > 0:
                    return None  # round 8: "the group No Más Detenciones": a name, no zero
                q = Quantity.of(0, Qualifier.EXACT, surface=text[toks[i].start : toks[i].end])
                return Mention(i, i + 1, q, in_words=True, zero_of=True)
            return None
        start = i
        j = hedge[1] if hedge is not None else i
        if j >= len(norms) or blocked[j]:
            return None
        if hedge is not None and w in _RISE_TO and i > 0 and self._rises(i - 1):
            hedge, start = None, j  # session 10: "ascendió hasta 2.410" is the level reached
        if hedge is not None and w == "up" and self._revised_before(i):
            return None  # "revised the toll up to 57": the figure it was revised to, at "57"
        if norms[j] in _FRACTION_FIRSTS or (
            j + 1 < len(norms) and norms[j + 1] in _numbers.PER_FIRSTS
        ):  # "about half of", "la mitad de", "three out of ten", "9 de cada 10"
            share = _numbers.match_fraction(norms, j)
            if share is not None:
                whole = _numbers.read_number(norms, j)
                if whole is not None and whole.end > share[1]:
                    share = None  # "a quarter of a million": a number, not a share
            if share is not None and self._share_counts(j, share[1]):
                return self._make(start, share[1], in_words=True)
            if norms[j] in _ARTICLES:
                return None
        # ranges: "between 800 and 1,200", "entre 800 y 1.200"
        if norms[j] in _RANGE_OPEN and hedge is None:
            a = self._past_article(j + 1) if norms[j] == "entre" else j + 1
            first = self._number(a)
            if (
                first is not None
                and norms[j] in ("from", "de")
                and self._revision_to(first.end)
                and self._revision_verb_before(j)
            ):  # "rose from 9 to 12", "pasó de 79 en el informe anterior a 56": two figures
                found = self._make(j + 1, first.end, in_words=first.in_words)
                return None if found is None else found._replace(revised=True)
            join = first.end if first is not None else 0
            if a > j + 1 and join + 1 < len(norms) and norms[join] == "%":
                join += 1  # "entre el 70% y el 75%"
            if first is not None and join < len(norms) and norms[join] in _RANGE_JOIN:
                b = join + 1
                second = self._number(self._past_article(b) if a > j + 1 else b)
                if second is not None and second.value >= first.value:
                    return self._make(start, second.end, in_words=first.in_words)
            if norms[j] in ("between", "entre"):
                return None
            if norms[j] in ("from", "de"):
                return None
        vague = (
            _numbers.match_vague(norms, j)
            if norms[j] in _numbers.VAGUE_WORDS
            or norms[j] in _numbers.VAGUE_PREFIXES
            or (norms[j] == "a" and norms[j + 1 : j + 2] == ["few"])
            else None
        )
        if vague is not None and (hedge is None or j == i):
            if self._surname(j):
                return None  # round 8: "(Reporting by Ana Miles)": a name, not "miles"
            if j > 0 and norms[j - 1][:1].isdigit():
                return None  # session 12: "(18 miles)": a unit after a number, never "miles"
            k = vague[1]
            if vague[0][0] == "scores" and (
                k >= len(norms) or norms[k] != "of" or (j > 0 and norms[j - 1] in _SCORED)
            ):
                return None  # "scores of students", never "test scores of pupils"
            return self._make(start, k, in_words=True)
        if norms[j] in _numbers.GROUP_ONE and j + 1 < len(norms) and norms[j + 1] in _GROUPS:
            return self._make(start, j + 2, in_words=True)  # "un centenar", "medio millar"
        if norms[j] in _UN and hedge is None and self._one_died(j + 1):
            return self._make(start, j + 1, in_words=True)  # "una persona murió"
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
            and not (hedge is None and self._one_of_whom(end))
            and not (hedge is None and norms[j] in _ONE_IN and self._one_in_a_list(j))
        ):
            return None
        # bare ranges: "800-1,200", "800 to 1,200"; not "rose by 40 to 300" (a change, then
        # the new level: two figures, round 8)
        if (
            end + 1 < len(norms)
            and norms[end] in _RANGE_JOIN_BARE
            and not blocked[end + 1]
            and not self._changed_by(start)
        ):
            second = self._number(end + 1)
            if second is not None and second.value != number.value and self._toll_revised(start):
                # session 10: "raised its toll of 37 to 54": the earlier figure, then the new
                found = self._make(start, end, in_words=number.in_words)
                return None if found is None else found._replace(revised=True)
            if second is not None and second.value > number.value:
                if second.end < len(norms) and norms[second.end] == "-":
                    return None  # "555-123-4567": a phone number or a date
                return self._make(start, second.end, in_words=number.in_words)
        if end + 1 < len(norms) and norms[end] in _RANGE_OR and not blocked[end + 1]:
            second = self._number(end + 1)  # "5,000 or 6,000", "cinco o seis": a close range
            if second is not None and second.value > number.value:
                both = self._make(start, second.end, in_words=number.in_words)
                if (
                    both is not None
                    and both.quantity.qualifier is Qualifier.RANGE
                    and both.quantity.high is not None
                    and both.quantity.high <= 3 * both.quantity.low
                ):
                    return both
        return self._make(start, end, in_words=number.in_words)

    def _rises(self, k: int) -> bool:
        """Whether token ``k`` is a verb of a count rising or reaching a level ("ascendió",
        "se elevó", "llegó"): "hasta" after it says "to", not "at most"."""
        return self.norms[k] in self.lex.revision_verbs or self.norms[k] in _LEVEL_VERBS

    def _closes_increment(self, i: int) -> bool:
        """Whether Spanish "más" at ``i`` closes an increment before it ("dos más de los
        cinco", "dos cadáveres más de los cinco mineros"): a figure, or a figure and its
        noun of people, right before it, so it is no hedge of the figure after it."""

        def figure(k: int) -> bool:
            return k >= 0 and (self.toks[k].kind == "n" or self.norms[k] in self.lex.number_words)

        if figure(i - 1):
            return True  # "dos más de los cinco"
        before = self.norms[i - 1] if i > 0 else ""
        return (
            figure(i - 2)
            and self.toks[i - 1].kind == "w"
            and before in self.lex.person_nouns
            and before not in _LINK_WORDS
        )  # "dos cadáveres más de los cinco"

    def _toll_revised(self, start: int) -> bool:
        """ "raised its previous death toll of 37 to 54", "rebajó su balance de 40 a 35": a
        revising verb, then a toll's value and "to" / "a" the new one: two figures, never a
        range (session 10)."""
        norms = self.norms
        if start < 3 or norms[start - 1] not in ("of", "de") or norms[start - 2] not in _TOLLS:
            return False
        return self._revision_verb_before(start - 2)

    def _changed_by(self, start: int) -> bool:
        """ "rose by 40 to 300": a change verb, then "by" right before the figure."""
        norms = self.norms
        return (
            start >= 2 and norms[start - 1] == "by" and norms[start - 2] in self.lex.revision_verbs
        )

    def _surname(self, j: int) -> bool:
        """A capitalised vague word right after a capitalised word that does not open the
        sentence: a surname ("Ana Miles", "Luis Cientos"), not an amount."""
        toks = self.toks
        return (
            toks[j].cap
            and j >= 2
            and toks[j - 1].cap
            and toks[j - 1].kind == "w"
            and toks[j - 2].kind == "w"
        )

    def _revised_before(self, i: int) -> bool:
        """A revising verb a few words before token ``i`` ("revised the toll up to")."""
        norms, toks = self.norms, self.toks
        for k in range(i - 1, max(i - _REVISION_REACH, 0) - 1, -1):
            if norms[k] in _REVISED_UP:
                return True
            if toks[k].kind in ("n", "p"):
                return False
        return False

    def _revision_verb_before(self, j: int) -> bool:
        """A change verb in the words before "from" / "de" at ``j`` ("rose from", "han pasado
        de", "elevó la cifra de muertos de"): up to `_REVISION_REACH` words, no number or
        punctuation between."""
        norms, toks, verbs = self.norms, self.toks, self.lex.revision_verbs
        for k in range(j - 1, max(j - _REVISION_REACH, 0) - 1, -1):
            if norms[k] in verbs:
                return True
            if toks[k].kind in ("n", "p"):
                return False
        return False

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

    def _share_counts(self, j: int, k: int) -> bool:
        """Whether the share read from token ``j`` to ``k`` is a share of people written as
        such: "half of", "la mitad de", "half were children"; "N in D" always is."""
        if tuple(self.norms[j:k]) not in _numbers.FRACTIONS:
            return True  # "three out of ten", "one in five"
        if k >= len(self.norms):
            return False
        after = self.norms[k]
        return after in _SHARE_OF or after in self.lex.auxiliaries or after in _SHARE_VERBS

    def _one_died(self, k: int) -> bool:
        """ "una persona murió", "un policía resultó herido", "un cuerpo más": the Spanish
        article is a count where a singular person noun and its own event follow."""
        norms, lex = self.norms, self.lex
        if k >= len(norms) or not (
            norms[k] in lex.person_nouns or norms[k] + "s" in lex.person_nouns
        ):
            return False
        for m in range(k + 1, min(k + 5, len(norms))):
            if norms[m] in _ONE_EVENTS:
                return True
            if self.toks[m].kind != "w":
                return False
        return False

    def _one_in_a_list(self, j: int) -> bool:
        """ "four in Abuja and one in Lagos", "cuatro en El Carmen; uno en Tzibanay": one
        more entry of a list of counts by place (a number before it in the sentence)."""
        norms, toks = self.norms, self.toks
        if j + 1 >= len(norms) or norms[j + 1] not in ("in", "en"):
            return False
        return any(
            toks[m].kind == "n" or (norms[m] in self.lex.number_words and norms[m] not in _ONE)
            for m in range(max(j - 30, 0), j)
        )

    def _one_of_whom(self, k: int) -> bool:
        """ "one of whom has died", "una de ellas fallecida": one of the people just counted,
        with an event of its own (a death, a release) a few words on."""
        norms, lex = self.norms, self.lex
        if k + 2 >= len(norms) or norms[k] not in _SHARE_OF or norms[k + 1] not in _ONE_OF:
            return False
        for m in range(k + 2, min(k + 6, len(norms))):
            w = norms[m]
            if w in lex.event_words:
                return True
            if w not in lex.auxiliaries and w not in _ONE_OF_SKIP:
                return False
        return False

    def _counted_one(self, k: int) -> bool:
        """ "One student was killed", "one more person died": "one" before a counted noun;
        not "One veteran consultant said …" (round 8: "one" opens a speaker)."""
        norms, lex = self.norms, self.lex
        if k < len(norms) and norms[k] in lex.no_skip:
            k += 1
        if k >= len(norms) or (k + 1 < len(norms) and norms[k + 1] in ("of", "de")):
            return False
        w = norms[k]
        if w in lex.event_words and w not in lex.person_nouns:
            # session 12: "the one released on Monday": a pronoun with its participle, no count
            return not _pronoun_one(norms, k - 1, w)

        person = w in lex.person_nouns or w + "s" in lex.person_nouns
        return person and not self._speaker(k)

    def _speaker(self, k: int) -> bool:
        """Whether a verb of saying follows the noun phrase at ``k`` within a few words, with
        no punctuation between ("one official said", "one veteran consultant told")."""
        norms, toks, says = self.norms, self.toks, self.lex.say_verbs
        for m in range(k, min(k + _SPEAKER_REACH, len(norms))):
            if toks[m].kind in ("p", "n"):
                return False
            if norms[m] in says:
                return True
        return False

    def _number(self, i: int) -> _Number | None:
        norms = self.norms
        if i >= len(norms):
            return None
        tok = norms[i]
        if not self.spanish and tok in _ENGLISH_ONLY_BLOCK:
            return None
        if tok[0].isdecimal() and self.toks[i].kind == "x":  # "1.5m people", "2bn"
            split = _abbreviated(tok)
            if split is None:
                return None
            reading = _numbers.read_number(split, 0)
            return None if reading is None else _Number(reading.value, i + 1, False)
        if tok[0].isdecimal():  # digits read only themselves and a scale word after them
            spaced = self._spaced(i)
            if spaced is not None:
                return spaced
            key = (tok, norms[i + 1] if i + 1 < len(norms) else "")
            if key[1] in _numbers.ABBREVIATED:
                key = (tok, "")  # "1.5 m" apart is metres; "1.5m" is one token, above
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
            if found is None:
                return None
            end = found[1] + i
            if end == i + 2 and key[1] in _SCALE_WORDS and found[0] % _SCALE_WORDS[key[1]] == 0:
                half = _numbers.half_after(norms, end)  # round 9: "2 millones y medio"
                if half:
                    return _Number(found[0] + _SCALE_WORDS[key[1]] / 2, end + half, False)
            return _NEW(_Number, (found[0], end, False))
        reading = _numbers.read_number(norms, i)
        return None if reading is None else _Number(reading.value, reading.end, reading.in_words)

    def _spaced(self, i: int) -> _Number | None:
        """ "1 500", "12 345 678": digit groups of three after single spaces, one number
        (`discrepancy._numbers.space_groups`); ``None`` when token ``i`` starts no such
        number. A plain space is in no token, so the groups are separate tokens here."""
        toks = self.toks
        head = toks[i]
        if not (
            i + 1 < len(toks)
            and toks[i + 1].kind == "n"
            and head.end - head.start <= 3
            and head.norm.isdecimal()
            and head.norm[0] != "0"
            and toks[i + 1].start == head.end + 1
        ):
            return None
        end = _numbers.space_groups(self.text, head.end)
        if end == head.end:
            return None
        k = i + 1
        while k < len(toks) and toks[k].end <= end:
            if self.blocked[k]:
                return None
            k += 1
        value = _numbers.parse_digits(self.text[head.start : end])
        reading = _numbers.read_number(["1", self.norms[k] if k < len(toks) else ""], 0)
        if reading is not None and reading.end == 2:  # "1 500 millones"
            return _NEW(_Number, (value * reading.value, k + 1, False))
        return _NEW(_Number, (value, k, False))

    def _make(self, first: int, last: int, *, in_words: bool) -> Mention | None:
        norms, toks = self.norms, self.toks
        end = last
        k = end + 1 if end < len(norms) and norms[end] == "-" else end
        if k < len(norms) and norms[k] in _PERCENT_FIRSTS:
            for words in _PERCENT:
                if tuple(norms[k : k + len(words)]) == words:
                    end = k + len(words)
                    break
        elif k + 2 < len(norms) and norms[k] == "(" and norms[k + 1] in _PERCENT_FIRSTS:
            for words in _PERCENT:  # "77.84 (percent)"
                close = k + 1 + len(words)
                if tuple(norms[k + 1 : close]) == words and norms[close : close + 1] == [")"]:
                    end = close + 1
                    break
        share = end == last and self._share_context(first, last)
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
        if share and quantity.unit == "people" and (quantity.high or quantity.low) <= 100:
            # "the polling percentage was 26": a share written without "%"
            with contextlib.suppress(QuantityError):
                quantity = attrs.evolve(Quantity.parse(surface + " %"), surface=surface)
        if quantity.unit == "percent" and not self.spanish and quantity.low > 100:
            quantity = self._decimal_point(first, end, surface, quantity)
        return _NEW(Mention, (first, end, quantity, in_words, False, False))

    def _share_context(self, first: int, last: int) -> bool:
        """Whether the figure at ``first:last`` follows a share noun with only linking words
        between ("turnout was as low as 22", "la participación fue del 26"), and no counted
        noun or scale follows it ("turnout of 26 million voters" is a count)."""
        norms = self.norms
        k = first - 1
        while k >= 0 and first - k <= _SHARE_GAP and norms[k] in _SHARE_LINKS:
            k -= 1
        if k < 0 or norms[k] not in _SHARE_NOUNS:
            return False
        after = norms[last] if last < len(norms) else ""
        return not (after in self.lex.person_nouns or after in self.lex.number_words)

    def _decimal_point(self, first: int, end: int, surface: str, quantity: Quantity) -> Quantity:
        """English writes "2.333 per cent" for two and a third percent, where the Spanish
        "1.306 %" is one thousand three hundred and six: one dot before three digits, in an
        English sentence, is a decimal point."""
        toks, text = self.toks, self.text
        for k in range(first, end):
            raw = text[toks[k].start : toks[k].end]
            _, dot, tail = raw.partition(".")
            if (
                toks[k].kind == "n"
                and dot
                and len(tail) == 3
                and "." not in tail
                and "," not in raw
            ):
                at = toks[k].end - toks[first].start
                try:
                    fixed = Quantity.parse(surface[:at] + "0" + surface[at:])
                except QuantityError:
                    return quantity
                return attrs.evolve(fixed, surface=surface)
        return quantity


def _abbreviated(norm: str) -> tuple[str, str] | None:
    """ "1.5m" → ("1.5", "m"), "2bn" → ("2", "bn"), "6K" → ("6", "k"): digits and a scale
    letter in one token."""
    for suffix in ("m", "bn", "k"):
        head = norm[: -len(suffix)]
        if (
            norm.endswith(suffix)
            and head[:1].isdecimal()
            and head[-1:].isdecimal()
            and all(c.isdecimal() or c in ".," for c in head)
        ):
            return head, suffix
    return None


_SHARE_NOUNS = tables_en.PERCENT_NOUNS | tables_es.PERCENT_NOUNS
_SHARE_LINKS = tables_en.PERCENT_LINKS | tables_es.PERCENT_LINKS
_SHARE_GAP = 5
"""At most this many linking words between a share noun and its figure."""
_REVISION_GAP = 5
"""At most this many words between the figures of a revision: "de 79 en el pasado informe a"."""
_SPEAKER_REACH = 5
"""At most this many words from "one" to the verb of saying that makes it a speaker."""
_REVISION_REACH = 6
"""At most this many words between a change verb and the "from" of its revision ("elevó la
cifra de muertos de 40 a 52")."""
_TOLLS = tables_en.TOLL_NOUNS | tables_es.TOLL_NOUNS
_LINK_WORDS = frozenset({"and", "or", "y", "e", "o", "u"})
_REVISED_UP = tables_en.REVISED_UP | tables_es.REVISED_UP


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
