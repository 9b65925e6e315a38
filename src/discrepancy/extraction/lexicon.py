"""The English and Spanish tables merged into one read-only lexicon the rules consult."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TypeVar

import attrs

from discrepancy import _numbers
from discrepancy.claim import Status
from discrepancy.extraction import tables_en as en
from discrepancy.extraction import tables_es as es

__all__ = ["LEXICON", "Lexicon"]

_V = TypeVar("_V")


_NUMBER_WORDS = (
    frozenset(_numbers._SMALL)
    | frozenset(_numbers._MULTIPLIERS)
    | frozenset(_numbers._SCALES)
    | frozenset(_numbers.VAGUE_WORDS)
    | frozenset(_numbers._HALF)
    | frozenset(w for words in _numbers.FRACTIONS for w in words)
    | frozenset(_numbers.GROUPS)
) - {"a", "an", "un", "una", "uno", "one", "la", "las", "parte", "partes", "-"}
"""Words that can start a number ("two", "noventa", "dozen", "hundreds", "half")."""


def _merge(a: Mapping[str, str], b: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType({**a, **b})


def _by_word(
    phrases: Iterable[tuple[tuple[str, ...], _V]], at: int
) -> Mapping[str, tuple[tuple[tuple[str, ...], _V], ...]]:
    """Phrases (with their values) indexed by their first (``at=0``) or last (``-1``) word,
    in table order: a rule that tries "the first phrase that matches" tries only these."""
    out: dict[str, list[tuple[tuple[str, ...], _V]]] = {}
    for phrase, value in phrases:
        out.setdefault(phrase[at], []).append((phrase, value))
    return MappingProxyType({w: tuple(v) for w, v in out.items()})


_PARTICIPLE_PLURALS = (("ados", "adas"), ("idos", "idas"))


def _plural_participles(words: Mapping[str, str]) -> dict[str, str]:
    """Spanish event participles in both genders of the plural: a table that lists
    "fallecidos" also knows "fallecidas" ("6 personas fallecidas"), and "evacuadas" knows
    "evacuados". The singular is left as listed (it often qualifies another noun: "470
    personas, una de ellas fallecida")."""
    out = dict(words)
    for word, metric in words.items():
        for masc, fem in _PARTICIPLE_PLURALS:
            for have, want in ((masc, fem), (fem, masc)):
                if word.endswith(have) and len(word) > len(have) + 2:
                    out.setdefault(word[: -len(have)] + want, metric)
    return out


@attrs.frozen
class Lexicon:
    """Every table of `tables_en` and `tables_es`, merged (both languages at once)."""

    say_verbs: frozenset[str]
    by_report: frozenset[str]
    first_person: frozenset[str]
    pronouns: frozenset[str]
    descriptors: frozenset[str]
    plural_descriptors: frozenset[str]
    government_heads: frozenset[str]
    person_nouns: frozenset[str]
    event_words: Mapping[str, str]
    stock_of: Mapping[str, str]
    change_words: frozenset[str]
    status_words: Mapping[str, Status]
    status_phrases: Mapping[tuple[str, ...], Status]
    done_release: frozenset[str]
    begin_words: frozenset[str]
    status_cues: frozenset[str]
    not_nouns: frozenset[str]
    auxiliaries: frozenset[str]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    today: frozenset[str]
    yesterday: frozenset[str]
    duration_units: frozenset[str]
    unit_words: frozenset[str]
    money_signs: frozenset[str]
    id_words: frozenset[str]
    skip_before_number: frozenset[str]
    function_words: frozenset[str]
    clause_openers: frozenset[str]
    always_openers: frozenset[str]
    also_words: frozenset[str]
    existential: frozenset[str]
    no_words: frozenset[str]
    no_skip: frozenset[str]
    countries: Mapping[str, tuple[str, str]]
    not_names: frozenset[str]
    date_heads: frozenset[str]
    phrase_firsts: frozenset[str]
    number_words: frozenset[str]
    number_starts: frozenset[str]
    spanish_markers: frozenset[str]
    english_markers: frozenset[str]
    # indexes of the phrase tables above by first (or last) word, in table order
    event_phrases_by_first: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    event_phrases_by_last: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    stock_phrases_by_first: Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]]
    status_phrases_by_first: Mapping[str, tuple[tuple[tuple[str, ...], Status], ...]]
    occasions_by_first: Mapping[str, tuple[tuple[tuple[str, ...], tuple[str, int, int]], ...]]
    so_far_by_first: Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]]
    according_by_first: Mapping[str, tuple[tuple[tuple[str, ...], bool], ...]]
    hedges_by_first: Mapping[str, tuple[tuple[tuple[str, ...], str], ...]]
    attribution_cues: frozenset[str]
    title_offices: Mapping[str, str]
    role_words: frozenset[str]
    not_claimants: frozenset[str]
    generic_heads: Mapping[str, tuple[str, ...]]
    not_count_before: frozenset[str]
    not_count_after: frozenset[str]
    revision_verbs: frozenset[str]
    event_starts: frozenset[str] = attrs.field(init=False)
    """``event_words`` and ``phrase_firsts`` in one set: the words an event may start at."""

    @event_starts.default
    def _event_starts(self) -> frozenset[str]:
        return frozenset(self.event_words) | self.phrase_firsts

    @classmethod
    def build(cls) -> Lexicon:
        event_phrases = {**en.EVENT_PHRASES, **es.EVENT_PHRASES}
        stock_phrases = en.STOCK_PHRASES + es.STOCK_PHRASES
        status_phrases = {**en.STATUS_PHRASES, **es.STATUS_PHRASES}
        occasions = {**en.OCCASIONS, **es.OCCASIONS}
        return cls(
            event_phrases_by_first=_by_word(event_phrases.items(), 0),
            event_phrases_by_last=_by_word(event_phrases.items(), -1),
            stock_phrases_by_first=_by_word(((p, True) for p in stock_phrases), 0),
            status_phrases_by_first=_by_word(status_phrases.items(), 0),
            occasions_by_first=_by_word(occasions.items(), 0),
            so_far_by_first=_by_word(((p, True) for p in en.SO_FAR + es.SO_FAR), 0),
            according_by_first=_by_word(((p, True) for p in en.ACCORDING + es.ACCORDING), 0),
            hedges_by_first=_by_word(
                sorted(_numbers.HEDGES.items(), key=lambda item: -len(item[0])), 0
            ),
            attribution_cues=frozenset(p[0] for p in en.ACCORDING + es.ACCORDING)
            | en.BY_REPORT
            | es.BY_REPORT
            | (en.SAY_VERBS - en.ACTION_ONLY)
            | (es.SAY_VERBS - {"segun"})
            | en.SRC_GIVEN_NOUNS  # session 10: "the toll given by X", "la cifra aportada por X"
            | es.SRC_GIVEN_NOUNS
            | en.SRC_GIVING_VERBS  # session 10: "X aportó la cifra de N", "X gave a figure of N"
            | es.SRC_GIVING_VERBS
            | en.SRC_THAT_SAY_VERBS  # session 10: "the groups charged that …"
            | es.SRC_THAT_SAY_VERBS
            | en.TOLL_RAISING_VERBS  # h-who-en: "officials increased the toll to 228"
            | es.TOLL_RAISING_VERBS
            | en.ACT_COUNT_VERBS  # session 13: "Police have made 20 arrests"
            | es.ACT_COUNT_VERBS,
            say_verbs=(en.SAY_VERBS - en.ACTION_ONLY) | es.SAY_VERBS - {"segun"},
            by_report=en.BY_REPORT | es.BY_REPORT,
            first_person=en.FIRST_PERSON | es.FIRST_PERSON,
            pronouns=en.PRONOUNS | es.PRONOUNS,
            descriptors=en.DESCRIPTOR_WORDS | es.DESCRIPTOR_WORDS,
            plural_descriptors=en.PLURAL_DESCRIPTORS | es.PLURAL_DESCRIPTORS,
            government_heads=en.GOVERNMENT_HEADS | es.GOVERNMENT_HEADS,
            person_nouns=en.PERSON_NOUNS | es.PERSON_NOUNS,
            event_words=_merge(en.EVENT_WORDS, _plural_participles(es.EVENT_WORDS)),
            stock_of=MappingProxyType({**en.STOCK_OF}),
            change_words=en.CHANGE_WORDS | es.CHANGE_WORDS,
            status_words=MappingProxyType({**en.STATUS_WORDS, **es.STATUS_WORDS}),
            status_phrases=MappingProxyType(status_phrases),
            done_release=en.DONE_RELEASE | es.DONE_RELEASE,
            begin_words=en.BEGIN_WORDS | es.BEGIN_WORDS,
            not_nouns=en.FUNCTION_WORDS
            | es.FUNCTION_WORDS
            | en.NUMBER_VERBS
            | es.NUMBER_VERBS
            | frozenset(en.MONTHS)
            | frozenset(es.MONTHS)
            | frozenset(en.WEEKDAYS)
            | frozenset(es.WEEKDAYS)
            | en.TODAY
            | es.TODAY,
            status_cues=frozenset(p[0] for p in status_phrases)
            | frozenset(en.STATUS_WORDS)
            | frozenset(es.STATUS_WORDS)
            | en.DONE_RELEASE
            | es.DONE_RELEASE
            | {"estimated", "estimado", "estimados"},
            auxiliaries=en.AUXILIARIES | es.AUXILIARIES,
            months=MappingProxyType({**en.MONTHS, **es.MONTHS}),
            weekdays=MappingProxyType({**en.WEEKDAYS, **es.WEEKDAYS}),
            today=en.TODAY | es.TODAY,
            yesterday=en.YESTERDAY | es.YESTERDAY,
            duration_units=en.DURATION_UNITS | es.DURATION_UNITS,
            unit_words=en.MONEY_WORDS | es.MONEY_WORDS,
            money_signs=en.MONEY_SIGNS,
            id_words=en.ID_WORDS | es.ID_WORDS,
            skip_before_number=en.SKIP_BEFORE_NUMBER | es.SKIP_BEFORE_NUMBER,
            function_words=en.FUNCTION_WORDS | es.FUNCTION_WORDS,
            clause_openers=en.CLAUSE_OPENERS | es.CLAUSE_OPENERS,
            always_openers=en.ALWAYS_OPENERS | es.ALWAYS_OPENERS,
            also_words=en.ALSO_WORDS | es.ALSO_WORDS,
            existential=en.EXISTENTIAL | es.EXISTENTIAL,
            no_words=en.NO_WORDS | es.NO_WORDS,
            no_skip=en.NO_SKIP | es.NO_SKIP,
            countries=MappingProxyType(dict(en.COUNTRIES)),
            not_names=en.NOT_NAMES | es.NOT_NAMES,
            title_offices=MappingProxyType({**en.TITLE_OFFICES, **es.TITLE_OFFICES}),
            role_words=en.ROLE_WORDS | es.ROLE_WORDS,
            not_claimants=en.NOT_CLAIMANTS | es.NOT_CLAIMANTS,
            generic_heads=MappingProxyType({**en.GENERIC_HEADS, **es.GENERIC_HEADS}),
            not_count_before=en.NOT_COUNT_BEFORE | es.NOT_COUNT_BEFORE,
            not_count_after=en.NOT_COUNT_AFTER | es.NOT_COUNT_AFTER,
            revision_verbs=en.REVISION_VERBS | es.REVISION_VERBS,
            date_heads=frozenset(en.MONTHS)
            | frozenset(es.MONTHS)
            | frozenset(en.WEEKDAYS)
            | frozenset(es.WEEKDAYS)
            | {w[0] for w in {**en.OCCASIONS, **es.OCCASIONS}}
            | {w[0] for w in en.SO_FAR + es.SO_FAR}
            | en.TODAY
            | es.TODAY
            | en.YESTERDAY
            | es.YESTERDAY
            | frozenset(
                {
                    "past",
                    "last",
                    "this",
                    "earlier",
                    "second",
                    "first",
                    "segundo",
                    "primer",
                    "semestre",
                    "half",
                    "year",
                    "ano",
                    "mes",
                    "semana",
                    "month",
                    "week",
                    "pasado",
                    "ultimo",
                    "since",
                    "desde",
                }
            ),
            phrase_firsts=frozenset(
                ph[0]
                for ph in (
                    *en.STOCK_PHRASES,
                    *es.STOCK_PHRASES,
                    *en.EVENT_PHRASES,
                    *es.EVENT_PHRASES,
                    *en.STATUS_PHRASES,
                    *es.STATUS_PHRASES,
                )
            ),
            number_words=_NUMBER_WORDS,
            number_starts=_NUMBER_WORDS
            | {k[0] for k in _numbers.HEDGES}
            | en.NO_WORDS
            | es.NO_WORDS
            | {"between", "entre", "from", "de", "%", "a", "an", "un", "una", "uno", "one", "medio"}
            | _numbers.FRACTION_FIRSTS
            | _numbers.VAGUE_PREFIXES,
            spanish_markers=frozenset(
                {
                    "de",
                    "la",
                    "el",
                    "los",
                    "las",
                    "que",
                    "por",
                    "del",
                    "y",
                    "en",
                    "con",
                    "para",
                    "una",
                    "segun",
                    "siguen",
                    "hay",
                }
            ),
            english_markers=frozenset(
                {
                    "the",
                    "of",
                    "and",
                    "to",
                    "in",
                    "that",
                    "with",
                    "by",
                    "for",
                    "was",
                    "were",
                    "have",
                    "has",
                    "is",
                    "are",
                }
            ),
        )


LEXICON = Lexicon.build()
"""The built-in lexicon (read-only: frozensets and mapping proxies)."""
