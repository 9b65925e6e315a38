"""Which of a sentence's attributions speaks for its numbers.

A sentence can name several sources: a news outlet that relays another ("The Daily Herald
reported that organizers counted 80,000"), the subject of a passive that is a figure, not a
source ("the official toll was raised to 94, Xinhua said"), and a second clause with its own
source ("El Gobierno dice que … y los sindicatos lo cifran en el 77 %"). Finding the
attributions is `claimant`; this module chooses among them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from discrepancy._numbers import fold
from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.claimant_phrases import (
    DEFINITE,
    GOVERNMENT,
    INDEFINITE,
    NAMED,
    PLURAL,
    PRONOUN,
    Attribution,
)
from discrepancy.extraction.figure_clause import clause_cuts, figure_clause
from discrepancy.extraction.lexicon import Lexicon
from discrepancy.extraction.sentences import Tok
from discrepancy.orgs import OrgKind, OrgRegistry

__all__ = [
    "CITING",
    "INNER_KINDS",
    "first_source",
    "own_clause",
    "passive_figure",
    "relayed_subject",
]


def first_source(
    every: Sequence[Attribution], norms: Sequence[str], lex: Lexicon
) -> Attribution | None:
    weak: Attribution | None = None
    strong: Attribution | None = None
    relay: Attribution | None = None
    body: Attribution | None = None
    for found in every:
        if relay is not None:
            if found.at > relay.at and found.kind in INNER_KINDS and not _media(found, lex):
                return found  # "The Daily Herald reported that organizers counted 80,000"
            continue
        if passive_figure(norms, found):
            weak = weak or found  # "the official death toll was raised to 94, Xinhua said"
            continue
        if found.kind not in (PRONOUN, DEFINITE, INDEFINITE):
            if found.verb == "citing":
                if strong is not None and _witnesses(found) and not _media(strong, lex):
                    # session 13: "The IOM said, citing survivors' testimony": a body that
                    # weighs unnamed witnesses gives the figure; an outlet relays them
                    return strong
                return found  # "Reuters reported, citing the ministry": the ministry's figure
            strong = strong or found
            if not CITING.isdisjoint(norms[found.at :]):
                continue
            if _media(strong, lex):
                if body is not None and _relayed_after(norms, body, strong):
                    return body  # "The commission declared 2,000 ballots void, AFP reported"
                relay = strong  # a news outlet relays: the source it names speaks
                continue
            return _told_after(every, strong, norms, lex) or strong
        if found.kind == DEFINITE and body is None:
            body = found
        weak = weak or found
    return strong or weak


_AGENT_VERBS = tables_en.AGENT_VERBS | tables_es.AGENT_VERBS
_AS_SAID = tables_en.AS_SAID_OPENERS | tables_es.AS_SAID_OPENERS


def _told_after(
    every: Sequence[Attribution], strong: Attribution, norms: Sequence[str], lex: Lexicon
) -> Attribution | None:
    """Session 13 (h-who-es): the subject of an act ("Salvamento Marítimo rescató a 98",
    "Police arrested 40") gives its figure only when no source tells it after: "…, según
    informó el 112", "…, informó el Ayuntamiento" name who gives it (a news outlet there
    only relays: `relayed_subject`)."""
    if strong.verb not in _AGENT_VERBS:
        return None
    return next(
        (
            a
            for a in every
            if a.at > strong.at
            and a.kind in INNER_KINDS
            and (a.verb == "according" or norms[a.at - 1] == ",")
            and norms[a.at] not in _AS_SAID  # "y no 80, como dijo X": the 80's only
            and not _media(a, lex)
        ),
        None,
    )


def relayed_subject(
    every: Sequence[Attribution],
    chosen: Attribution,
    first: int,
    norms: Sequence[str],
    lex: Lexicon,
) -> Attribution | None:
    """h-who-en: when the source chosen for the figure at ``first`` is a news agency that
    closes the sentence after it ("…, reported ANI"), the source of the clause before the
    comma, which gave the figure ("the police arrested the mayor along with 15 others");
    else ``None``."""
    if chosen.at <= first or not _media(chosen, lex):
        return None
    for found in every:
        if (
            found.at < first
            and found.kind in INNER_KINDS
            and not _media(found, lex)
            and not passive_figure(norms, found)
            and _relayed_after(norms, found, chosen)
        ):
            return found
    return None


def _relayed_after(norms: Sequence[str], body: Attribution, media: Attribution) -> bool:
    """h-who-en: a news outlet's verb that closes the sentence after a comma ("…, AFP
    reported", "…, reported ANI", "…, according to AFP") relays the clause before it, whose
    subject ("the electoral commission declared", "the police arrested") is the one who
    gave the figure: the outlet is the reporter, not the claimant."""
    return body.at < media.at and "," in norms[body.at : media.at]


INNER_KINDS = (NAMED, GOVERNMENT, PLURAL, DEFINITE)


def own_clause(
    chosen: Attribution, every: Sequence[Attribution], toks: Sequence[Tok], norms: Sequence[str]
) -> Attribution:
    """The source of the clause the sentence's first number is in: "El Gobierno dice que su
    efecto es limitado y los sindicatos lo cifran en el 68 %" → the unions. The clause is the
    one reader's (`figure_clause`): of the sources after the chosen one, before the first
    number, the one whose verb stands in that number's clause speaks for it (round 12: the
    cut list of `clause_cuts` decides, no list of this module's own)."""
    first = next((k for k, t in enumerate(toks) if t.kind == "n"), -1)
    if first < 0 or chosen.at >= first:
        return chosen
    others = [
        other
        for other in every
        if chosen.at < other.at < first
        and other.kind in INNER_KINDS
        and other.text != chosen.text
        and other.verb not in ("according", "citing", "report")
    ]
    if not others:
        return chosen
    clause = figure_clause(clause_cuts(toks, norms), len(norms), first, [chosen, *others])
    if clause.source is None or clause.start <= chosen.at:
        return chosen  # the chosen source's own clause holds the number: it speaks
    return clause.source


_PASSIVE_BE = frozenset({"was", "were", "is", "are", "been", "being", "fue", "fueron", "sido"})


def passive_figure(norms: Sequence[str], found: Attribution) -> bool:
    """The subject of a passive ("the official death toll was raised to 94"): a figure, not
    who gives it; a later source in the sentence ("…, Xinhua reported") wins."""
    at = found.at
    return (
        found.verb not in ("according", "citing", "report")
        and at > 1
        and norms[at - 1] in _PASSIVE_BE
        and at + 1 < len(norms)
        and norms[at + 1] not in ("by", "por")
    )


_MEDIA_WORDS = tables_en.MEDIA_WORDS | tables_es.MEDIA_WORDS


def _media(found: Attribution, lex: Lexicon) -> bool:
    """A news outlet ("The Washington Post", "AFP", "según EFE", "state radio"): when the
    sentence names the source it reports on, the outlet only relays."""
    if found.kind == PLURAL:
        words = found.text.split()
        return bool(words) and fold(words[-1]) in _MEDIA_WORDS
    if found.kind != NAMED or not found.names or found.office:
        return False
    head = found.text.split(found.names[0])[0].split()
    if any(fold(w) in _MEDIA_WORDS for w in head):
        return True  # "el diario La Voz", "the newspaper El Sol"
    for name in found.names:
        words = [fold(w) for w in name.replace(".", " ").split()]
        if not words or (words[-1] not in _MEDIA_WORDS and " ".join(words) not in _outlets()):
            return False
    return True


@functools.cache
def _outlets() -> frozenset[str]:
    """The folded names and aliases of the news outlets the built-in registry knows."""
    out: set[str] = set()
    for org in OrgRegistry.builtin():
        if org.kind is OrgKind.MEDIA:
            for name in (org.name, *org.aliases, *org.translations):
                out.add(" ".join(fold(w) for w in name.replace(".", " ").split()))
    return frozenset(out)


CITING = frozenset({"citing", "quoting", "citando"})
_WITNESSES = tables_en.WITNESS_SOURCES | tables_es.WITNESS_SOURCES


def _witnesses(found: Attribution) -> bool:
    """Whether a cited source is unnamed people's accounts ("survivors' testimony")."""
    if found.kind != PLURAL:
        return False
    return any(fold(w).strip("'’") in _WITNESSES for w in found.text.split())
