"""How the claimant stands behind a number, read from the verbs of its clause.

Explicit verbs win, nearest first: announced/authorized/decided/pledged/claimed (announced
class), confirmed/verified/documented/registered/recorded/"carried out" (confirmed class),
estimates (estimated). A participle used as an adjective ("announced releases") does not
count. Without one, a release reported as done inside an attribution ("X reported that 33
people have been freed") is ``carried_out``, or ``claimed`` when the government reports its
own releases ("the government stating that 116 have been freed"). Otherwise ``reported``.

A verb binds to its own clause only (the cues are in `status_cues`): a negated verb ("has
not confirmed") or one in a condition ("if the reports are confirmed") checks nothing; a
possibility between verb and number ("confirmed the toll could reach 500", "you'd expect
2,000") lends nothing; a verb followed by its own number, or a second clause with a verb of
saying of its own, keeps its status from the other clause's number ("A confirmed 41 and said
70 were missing"). Spanish periphrases ("ha podido confirmar") and impersonal counts ("se
contaron 691") are status verbs. An act the source plans ("plans to evacuate 3,000") is
announced whatever it counts; a subset of a checked count is checked too (`inherit`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol

from discrepancy.claim import Status
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.counted_share import ROLLS
from discrepancy.extraction.indexes import closest
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.status_cues import (
    CUE_WORDS,
    act_noun_objects,
    act_objects,
    active_keeper,
    conditional,
    coordinators,
    extra_status,
    future_passive_before,
    modals,
    negated,
    number_follows,
    owns_number,
)
from discrepancy.extraction.status_cues import adjectival as _adjectival
from discrepancy.extraction.status_cues import place_subject as _place_subject

__all__ = ["ANNOUNCED_ACTIONS", "StatusIndex", "inherit", "settle"]

ANNOUNCED_ACTIONS = frozenset(
    {"releases", "pardons", "deportations", "evacuations", "hostage_releases", "transfers"}
)
"""Metrics of acts a source can announce (a release, a pardon): "announced" the release of
99 is a promise (announced-class); "announced 31,000 demonstrators" is a count (reported)."""

_DIRECT = {**tables_en.DIRECT_STATUS, **tables_es.DIRECT_STATUS}
_DIRECT_BY_FIRST: dict[str, list[tuple[tuple[str, ...], Status]]] = {}
for _phrase, _status in _DIRECT.items():
    _DIRECT_BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _status))
_DIRECT_CUES = frozenset(_DIRECT_BY_FIRST)
_CHECKED = frozenset({Status.CONFIRMED, Status.VERIFIED, Status.DOCUMENTED})
"""Statuses a participle gives its noun even as an adjective: "123 confirmed cases", "45
muertos confirmados", "se confirmaron 12 casos" count what was checked."""
_ESTIMATED = frozenset({"estimated", "estimado", "estimados"})
_FUTURE = tables_en.FUTURE_ACTS | tables_es.FUTURE_ACTS
_FUTURE_CUES = frozenset(p[0] for p in _FUTURE)


_ALL_CUES: dict[frozenset[str], frozenset[str]] = {}
_SAID_WORDS: dict[frozenset[str], frozenset[str]] = {}
"""A lexicon's verbs of saying and status words, joined once per lexicon (session 13)."""
"""A lexicon's status cues joined with `CUE_WORDS`, by the lexicon's set."""


class StatusIndex:
    """The status verbs of one sentence, found once; `status()` reads a number's clause.

    Per token: the first status phrase that starts there, else a status word that is not an
    adjective. The nearest such token to the number wins (before it, on a tie).
    """

    __slots__ = (
        "_act_nouns",
        "_acts",
        "_breaks",
        "_coord",
        "_direct",
        "_done",
        "_estimated",
        "_future",
        "_gov",
        "_hedges",
        "_modal",
        "_norms",
        "_numbers",
        "_own_source",
        "_relatives",
        "_said",
        "_said_words",
        "_says",
        "_target",
        "_that",
        "_where",
    )

    def __init__(
        self,
        where: list[int],
        said: list[Status],
        estimated: list[int],
        done: list[int],
        future: list[int] | None = None,
        direct: dict[int, Status] | None = None,
        that: list[int] | None = None,
        target: list[int] | None = None,
    ) -> None:
        self._target = target or []
        self._direct = direct or {}
        self._that = that or []
        self._where = where
        self._said = said
        self._estimated = estimated
        self._done = done
        self._future = future or []
        self._norms: Sequence[str] = ()
        self._numbers: frozenset[str] = frozenset()
        self._modal: list[int] = []
        self._hedges: list[int] = []
        self._coord: list[int] = []
        self._says: list[int] = []
        self._acts: dict[int, Status] = {}
        self._act_nouns: frozenset[int] = frozenset()
        self._own_source: list[int] = []
        self._relatives: list[int] = []
        self._said_words: frozenset[str] = frozenset()
        self._breaks: list[int] = []
        self._gov: list[int] = []

    @classmethod
    def build(cls, norms: Sequence[str], lex: Lexicon) -> StatusIndex:
        where: list[int] = []
        said: list[Status] = []
        estimated: list[int] = []
        done: list[int] = []
        words, phrases = lex.status_words, lex.status_phrases_by_first
        cues = _ALL_CUES.get(lex.status_cues)
        if cues is None:  # the lexicon's cues and the extra ones, joined once per lexicon
            cues = _ALL_CUES[lex.status_cues] = lex.status_cues | CUE_WORDS
        numbers = lex.number_words
        for k in [k for k, w in enumerate(norms) if w in cues]:
            w = norms[k]
            found = None
            for phrase, status in phrases.get(w, ()):
                if tuple(norms[k : k + len(phrase)]) == phrase:
                    found = status
                    break
            if found is None and w in CUE_WORDS:
                found = extra_status(norms, k, numbers)  # "logró verificar", "se contaron 691"
            if found is None:
                word = words.get(w)
                if (
                    word is not None
                    and (word in _CHECKED or not _adjectival(norms, k, lex))
                    and not (
                        k > 0
                        and norms[k - 1] == "se"
                        and word is Status.REGISTERED
                        and number_follows(norms, k, numbers) < 0
                    )
                ):  # "se registró una participación" counts nobody; "confirmed cases" do
                    found = word
            if found is Status.REGISTERED and _place_subject(norms, k, lex):
                found = None  # "el archipiélago registra 20.752 llegadas": a place sees them
            if found is not None and (negated(norms, k) or conditional(norms, k)):
                found = Status.REPORTED  # "has not confirmed the 30", "if confirmed": no check
            if found is not None and not (w in _ESTIMATED and _before_number(norms, k, lex)):
                where.append(k)  # "an estimated 60,000" qualifies that number alone
                said.append(found)
            if w in _ESTIMATED:
                estimated.append(k)
            if w in lex.done_release and not (
                negated(norms, k) or future_passive_before(norms, k)
            ):  # "will be released", "will not be freed": not done
                done.append(k)
        future: list[int] = []
        if not _FUTURE_CUES.isdisjoint(norms):
            future = [
                k
                for k, w in enumerate(norms)
                if w in _FUTURE_CUES and any(tuple(norms[k : k + n]) in _FUTURE for n in (1, 2, 3))
            ]
        direct: dict[int, Status] = {}
        if not _DIRECT_CUES.isdisjoint(norms):
            for k in [k for k, w in enumerate(norms) if w in _DIRECT_CUES]:
                for phrase, status in _DIRECT_BY_FIRST[norms[k]]:
                    if tuple(norms[k : k + len(phrase)]) == phrase:
                        direct[k + len(phrase)] = status
        that = [k for k, w in enumerate(norms) if w in _THAT] if where else []
        if not _ROLL.isdisjoint(norms):  # "17 million registered voters on the roll"
            for k in [k for k, w in enumerate(norms) if w in _ON_ROLL]:
                direct.setdefault(-1 - k, Status.REGISTERED)  # negative: after the number
        target: list[int] = []
        maybe = modals(norms)
        if not _TARGET_CUES.isdisjoint(norms):
            for k in [k for k, w in enumerate(norms) if w in _TARGET_CUES]:
                if _after_modal(maybe, k):
                    continue  # "you'd expect 2,000 on a march like that": no target
                for n in (1, 2, 3):
                    if tuple(norms[k : k + n]) in _TARGETS:
                        target.append(k + n)  # where the target's verb phrase ends
                        break
        index = cls(where, said, estimated, done, future, direct, that, target)
        index._norms = norms
        index._numbers = numbers
        index._modal = maybe
        if not _OFFICE.isdisjoint(norms):
            gov = next(j for j, w in enumerate(norms) if w in _OFFICE)
            if not any(w in _THAT for w in norms[:gov]):
                index._gov = [gov]  # an office as the main clause's subject, before any "that"
        if where:  # what ends a list that continues a status verb's object
            saying, words = lex.say_verbs, lex.status_words
            index._breaks = [
                j
                for j, w in enumerate(norms)
                if w in _LIST_BREAKS or w in _THAT or (w in saying and w not in words)
            ]
        if where and not _OWN_SOURCE.isdisjoint(norms):
            index._own_source = [j for j, w in enumerate(norms) if w in _OWN_SOURCE]
        if where:
            said_words = _SAID_WORDS.get(lex.say_verbs)
            if said_words is None:  # joined once per lexicon
                said_words = _SAID_WORDS[lex.say_verbs] = lex.say_verbs | frozenset(
                    lex.status_words
                )
            index._said_words = said_words
        if len(where) > 1 and not _PERSON_RELATIVES.isdisjoint(norms):
            index._relatives = [j for j, w in enumerate(norms) if w in _PERSON_RELATIVES]
        if not _HEDGES.isdisjoint(norms):
            index._hedges = [j for j, w in enumerate(norms) if w in _HEDGES]
        coord = coordinators(norms) if where else []
        if coord:
            saying = lex.say_verbs
            index._coord = coord
            index._says = [j for j, w in enumerate(norms) if w in saying and w not in words]
        index._acts = act_objects(norms, numbers, words)
        if where:
            index._act_nouns = act_noun_objects(norms, numbers)
        return index

    def _targets(self, lo: int, first: int) -> bool:
        """A target's verb ("hoped to draw", "will draw", "se espera") ends in the number's
        clause, at most a few words before it, with no status verb between."""
        target = self._target
        k = bisect.bisect_right(target, first) - 1
        if k < 0 or target[k] < max(lo, first - _TARGET_REACH):
            return False
        w = bisect.bisect_left(self._where, target[k])
        return not (w < len(self._where) and self._where[w] < first)

    def _promised_before(self, lo: int, first: int) -> bool:
        """A promise or a stated goal governs the number: a pledge verb or a goal phrase
        before it in its clause, with no other status verb between ("promised to resettle
        2,000", "a goal of rehousing 6,500"); not a hope or an expectation ("expect the toll
        to reach 300"), and not a promise after it ("admitted 1,285 of the 10,000 it promised
        to take": the promise is the 10,000's)."""
        if any(self._direct.get(first - gap) is Status.PLEDGED for gap in range(3)):
            return True
        where = self._where
        k = bisect.bisect_left(where, first) - 1
        return (
            k >= 0
            and where[k] >= lo
            and self._said[k] is Status.PLEDGED
            and not self._targets(lo, first)
        )

    def _belongs_after(self, last: int, verb: int) -> bool:
        """The status verb at ``verb``, after the number ending at ``last``, is another
        clause's: a coordinator between them, and the verb's own number after it ("300 were
        hurt, and the hospital confirmed 12 deaths")."""
        return _between_that(self._coord, last - 1, verb) and owns_number(
            self._norms, verb, self._numbers
        )

    def _belongs_before(self, verb: int, first: int) -> bool:
        """The status verb at ``verb``, before the number starting at ``first``, does not
        reach it: a possibility between them ("confirmed that the toll could reach 500"), a
        source of the number's own ("verified 80 deaths, a figure that according to the
        government is 30"), or a second clause with a verb of saying of its own ("confirmed
        41 deaths and said 70 were missing")."""
        if _between_that(self._modal, verb, first) or self._hedged(verb, first):
            return True
        k = bisect.bisect_right(self._own_source, verb)
        if k < len(self._own_source) and self._own_source[k] < first:
            opener = self._own_source[k]  # a clause of its own: a relative or a coordinate
            if self._between(verb + 1, opener) or _between_that(self._coord, verb, opener):
                return True  # "verificó 80 muertes, cifra que según el gobierno es de 30"
        k = bisect.bisect_right(self._coord, verb)
        return k < len(self._coord) and _between_that(self._says, self._coord[k], first)

    def _list_continues(self, verb: int, lo: int, first: int) -> bool:
        """The number starting at ``first``, in a clause ``lo`` … with no status verb, is an
        item of the breakdown a colon opens after the checked count right after the status
        verb at ``verb`` ("confirmó 300 muertes: 120 en Guerrero, 100 en Michoacán"): nothing
        between them opens a clause of its own — no verb of saying, no "that", no contrast
        ("while", "pero"), no possibility, no hedge, no source of its own — and the list is
        short. Without the colon a later figure may be another clause's ("confirmed 30
        deaths; rescuers are searching for 200 missing")."""
        if not (verb < lo <= first and first - verb <= _LIST_REACH):
            return False
        if not owns_number(self._norms, verb, self._numbers):
            return False  # the verb's own figure is the list's whole
        if ":" not in self._norms[verb + 1 : lo]:
            return False  # a breakdown opens with a colon after the whole
        return not any(
            _between_that(marks, verb, first)
            for marks in (self._breaks, self._modal, self._hedges, self._own_source)
        )

    def _office_speaks(self, first: int) -> bool:
        """An office of government is the subject of the sentence the number at ``first``
        is reported in: a government word before the first "that" / "que" ahead of the
        number ("El ministro del Interior, D. C., informó que 88 presos han sido
        excarcelados"), or before the number where there is none."""
        return bool(self._gov) and self._gov[0] < first

    def _hedged(self, verb: int, first: int) -> bool:
        """A hedge between the status verb at ``verb`` and the number at ``first``, outside a
        relative on a noun that closes before the number (session 13: "confirmó que de las
        2.800 que se creía cautivas, 2.126 …": the belief is the 2.800's)."""
        hedges = self._hedges
        k = bisect.bisect_right(hedges, verb)
        while k < len(hedges) and hedges[k] < first:
            if not self._closed_relative(hedges[k], first):
                return True
            k += 1
        return False

    def _closed_relative(self, verb: int, first: int) -> bool:
        """The status verb at ``verb`` opens (past "se", an auxiliary) a relative clause on a
        noun ("personas que se creía …", "y que se creía …": its "que" follows no verb of
        saying or status) that a comma closes before the number at ``first``."""
        norms = self._norms
        j = verb - 1
        while j > 0 and verb - j <= _RELATIVE_REACH and norms[j] in _RELATIVE_SKIP:
            j -= 1
        if j < 1 or norms[j] not in _RELATIVE_THAT or "," not in norms[verb + 1 : first]:
            return False
        before = norms[j - 1]
        return before not in self._said_words and before not in _THAT_NOT_RELATIVE

    def _impersonal(self, verb: int) -> bool:
        """The status verb at ``verb`` is an impersonal count ("se contabilizan 214
        fallecidos", "se han registrado 887"): the tally of whoever keeps it."""
        norms = self._norms
        j = verb - 1
        if j >= 0 and norms[j] in _HABER:
            j -= 1
        return j >= 0 and norms[j] == "se"

    def _between(self, a: int, b: int) -> bool:
        """A "that" / "que" between tokens ``a`` and ``b``: the verb at ``a`` reports the
        clause the number is in."""
        return _between_that(self._that, a, b)

    def status(
        self, lo: int, hi: int, number: tuple[int, int], *, attributed: bool, government: bool
    ) -> Status:
        """The status of the number at tokens ``number`` in the clause ``[lo, hi)``: an
        "estimated" inside the number wins; else the nearest status verb; else a release
        reported as done inside an attribution; else ``reported``."""
        if not (
            self._where
            or self._estimated
            or self._done
            or self._future
            or self._direct
            or self._target
        ):
            return Status.REPORTED
        first, last = number
        government = government or (attributed and self._office_speaks(first))
        for gap in range(3):  # "identified 223", "the names of 67", "identificado a 34"
            direct = self._direct.get(first - gap)
            if direct is not None:
                return direct
        for k in range(last, last + 4):  # "98 millones de personas inscritas" (a roll)
            on_roll = self._direct.get(-1 - k)
            if on_roll is not None:
                return on_roll
        est = self._estimated
        k = bisect.bisect_left(est, max(lo, first))
        if k < len(est) and est[k] < min(hi, last):
            return Status.ESTIMATED
        if self._targets(lo, first):
            return Status.PLEDGED  # "organizers had hoped to draw 50,000": a target
        where = self._where
        left = bisect.bisect_left(where, min(first, hi)) - 1
        right = bisect.bisect_left(where, max(last, lo))
        best = closest(where, left, right, lo, hi, first, last)
        if (
            best >= 0
            and best == left
            and right < len(where)
            and where[right] < hi
            and self._between(where[best], first)
            and not _between_that(self._relatives, last - 1, where[right])
        ):  # "announced that four cases have been confirmed": the number's own verb; not a
            # verb past a relative about the people counted ("confirmó que 13 de los
            # liberados …, a quienes les prometieron un indulto": session 13, h-who-es)
            best = right
        while best >= 0 and best == left and self._closed_relative(where[best], first):
            # session 13: "de las 2.800 personas que se creía cautivas, 2.126 no lo están":
            # the verb of a relative closed before the number is its noun's; the one before
            left -= 1
            best = left if left >= 0 and where[left] >= lo else -1
        if best >= 0 and best == right and self._belongs_after(last, where[best]):
            best = left if left >= 0 and where[left] >= lo else -1  # its own number's verb
        if best >= 0 and best == left and self._belongs_before(where[best], first):
            return Status.REPORTED  # "confirmed the toll could reach 500", "... and said 70"
        if best >= 0:
            said = self._said[best]
            if said is Status.CLAIMED and not government:
                # a union's or a monitor's "claims" is its figure, not a claim of an act
                return Status.REPORTED
            if (
                said is Status.REGISTERED
                and not attributed
                and not self._impersonal(where[best])
                and not (where[best] < first and active_keeper(self._norms, where[best]))
            ):
                # "45 cases are recorded", "el archipiélago registra 20.752 llegadas", "300
                # victims registered": the outlet or a place sees a count, or the counted
                # register themselves; no keeper of a tally says it registered them
                return Status.REPORTED
            return said
        if (
            best < 0
            and left >= 0
            and self._said[left] in _LENDS_TO_LIST
            and self._list_continues(where[left], lo, first)
        ):
            return self._said[left]  # "confirmó 300 muertes: 120 en Guerrero, 100 en …"
        future = self._future
        k = bisect.bisect_left(future, lo)
        if k < len(future) and future[k] < min(hi, first):
            return Status.ANNOUNCED  # "said it was releasing 2,100", "liberará a 300"
        done = self._done
        k = bisect.bisect_left(done, max(last, lo))
        at = done[k] if k < len(done) and done[k] < hi else -1
        if at < 0 and 0 < k <= len(done) and lo <= done[k - 1] < first:
            # session 13: "dijo haber liberado a 300", "informó que el gobierno excarceló a
            # 80": the act right before its object (not "los liberados son 20")
            before = done[k - 1]
            if (
                before > 0
                and self._norms[before - 1] in _PERFECT
                and all(w in _PERSONAL_A for w in self._norms[before + 1 : first])
            ):  # a perfect ("ha liberado a 300"); "Hamás liberó a 33, según X" stays reported
                at = before
        if attributed and at >= 0:
            if _between_that(self._hedges, lo - 1, at):
                return Status.REPORTED  # "said it understood 85 had been released"
            return Status.CLAIMED if government else Status.CARRIED_OUT
        return Status.REPORTED

    def settled(
        self,
        lo: int,
        hi: int,
        number: tuple[int, int],
        *,
        attributed: bool,
        government: bool,
        metric: str | None,
    ) -> Status:
        """The status of the number as `status()` reads it, `settle`d by what it counts; a
        number that is the object of an act the source plans ("plans to evacuate 3,000
        residents", "prevé liberar a 200") is announced whatever noun it counts."""
        for k in range(number[0], number[1]):
            act = self._acts.get(k)
            if act is not None:
                return act
        status = self.status(lo, hi, number, attributed=attributed, government=government)
        if status is Status.PLEDGED and self._promised_before(lo, number[0]):
            return status  # a promise or a stated goal ("promised to resettle 2,000"): any count
        if status in _ACT_STATUSES and not self._act_nouns.isdisjoint(range(*number)):
            return status  # "announced the release of dozens of opponents": an act's number
        return settle(status, metric)


def _after_modal(maybe: list[int], k: int) -> bool:
    """A possibility ("could", the "'d" of "you'd") right before the word at ``k``."""
    j = bisect.bisect_left(maybe, k - 2)
    return j < len(maybe) and maybe[j] < k


_OWN_SOURCE = tables_en.OWN_SOURCE_WORDS | tables_es.OWN_SOURCE_WORDS
_OFFICE = tables_en.OFFICE_SPEAKERS | tables_es.OFFICE_SPEAKERS
_PERSON_RELATIVES = tables_en.PERSON_RELATIVES | tables_es.PERSON_RELATIVES
_LIST_BREAKS = tables_en.LIST_BREAKS | tables_es.LIST_BREAKS
_LENDS_TO_LIST = frozenset(
    {Status.CONFIRMED, Status.VERIFIED, Status.DOCUMENTED, Status.REGISTERED}
)
"""A checked count lends its check to the items listed after it; an estimate or an
announcement does not (each item may be the source's own guess)."""
_LIST_REACH = 45
"""How many words after its status verb a list item may stand."""

_PERSONAL_A = tables_en.RELEASE_OBJECT_MARKERS | tables_es.RELEASE_OBJECT_MARKERS
_PERFECT = tables_en.PERFECT_AUXILIARIES | tables_es.PERFECT_AUXILIARIES
_HABER = frozenset({"ha", "han", "habia", "habian"})
_RELATIVE_SKIP = tables_en.RELATIVE_VERB_SKIP | tables_es.RELATIVE_VERB_SKIP
_RELATIVE_REACH = 3
_THAT_NOT_RELATIVE = tables_en.NOT_RELATIVE_BEFORE | tables_es.NOT_RELATIVE_BEFORE
_RELATIVE_THAT = tables_en.RELATIVE_THAT | tables_es.RELATIVE_THAT
"""The Spanish perfect's auxiliary, between "se" and its participle ("se han registrado")."""
_HEDGES = tables_en.HEDGES | tables_es.HEDGES
_THAT = frozenset({"that", "que"})
_CROWDS = frozenset({"protesters", "people", "personas", "attendees", "marchers"})
"""Crowd counts: a target for a crowd ("had hoped to draw 50,000") is never a count of it."""
_TARGETS = tables_en.TARGET_PHRASES | tables_es.TARGET_PHRASES
_TARGET_CUES = frozenset(p[0] for p in _TARGETS)
_TARGET_REACH = 6
"""How many words a target's verb phrase may end before its number ("hoped to draw as many
as 50,000")."""


def _before_number(norms: Sequence[str], k: int, lex: Lexicon) -> bool:
    """The word at ``k`` comes right before a number ("an estimated 60,000")."""
    return k + 1 < len(norms) and (norms[k + 1][:1].isdecimal() or norms[k + 1] in lex.number_words)


_ON_ROLL = frozenset(tables_en.ON_ROLL | tables_es.ON_ROLL)
_ROLL = frozenset(tables_en.ROLL_WORDS | tables_es.ROLL_WORDS)


def _between_that(that: list[int], a: int, b: int) -> bool:
    k = bisect.bisect_right(that, a)
    return k < len(that) and that[k] < b


_ROLL_METRICS = tuple(sorted(ROLLS))
"""Counts on a roll ("registered_voters", and their marked forms): registered, but lending
that to none of their parts."""

_ACT_STATUSES = frozenset(
    {
        Status.ANNOUNCED,
        Status.AUTHORIZED,
        Status.PLEDGED,
        Status.CLAIMED,
        Status.CARRIED_OUT,
    }
)


def settle(status: Status, metric: str | None) -> Status:
    """The status of a number counted by ``metric``: announcing, claiming or carrying out is
    said of acts (releases, pardons); for any other count ("police announced 31,000
    demonstrators", "el Gobierno aseguró que 20 personas murieron", "63 were killed when
    forces carried out a crackdown") the number is reported. A pledge or a target ("had
    hoped to draw 50,000", "promised to resettle 2,000") stays pledged whatever it counts:
    it is never a count of what happened (`StatusIndex.settled` keeps a promise or a stated goal
    whatever it counts; a hope or an expectation stays pledged only for a crowd)."""
    if status is Status.PLEDGED and metric in _CROWDS:
        return status
    if status in _ACT_STATUSES and metric not in ANNOUNCED_ACTIONS:
        return Status.REPORTED
    return status


class _Part(Protocol):
    status: Status
    part_of_draft: int | None
    subset: bool
    metric: str

    @property
    def claimants(self) -> Sequence[object]: ...


def inherit(drafts: Sequence[_Part]) -> None:
    """A subset of a checked count (confirmed, verified, documented, registered), with no
    status verb of its own and no other source, is held as its whole is: "Foro Penal verified
    80 releases, including 20 women", "El comité ha confirmado 300 muertes. De ellas, 40 eran
    niños", "la Defensoría registró 300 asesinatos; de ellos, 40 eran mujeres". A count on a
    roll lends nothing: of "17 million registered voters", the 13 million who voted are not
    on a roll for voting. Wholes come before their parts, so a part of a part inherits in
    turn."""
    for d in drafts:
        w = d.part_of_draft
        if w is None or not d.subset or d.status is not Status.REPORTED:
            continue  # "otros 58 cuerpos" adds to a count: not a part that was checked
        whole = drafts[w]
        lends = whole.status in _CHECKED or (
            whole.status is Status.REGISTERED and not whole.metric.startswith(_ROLL_METRICS)
        )
        if lends and (not d.claimants or list(d.claimants) == list(whole.claimants)):
            d.status = whole.status
