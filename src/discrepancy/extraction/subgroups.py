"""A part of a group named by a word of origin (session 10, g-count): "35 foreign hostages",
"12 American hostages", "35 rehenes extranjeros", "40 rehenes estadounidenses".

The words of origin say which part of the people its noun names a figure counts; they name
no other quantity. So the figure counts what its noun counts ("hostages", not a metric of its
own, "foreign-hostages", set apart from the hostages as a look-alike), and a part named by a
word of `SUBGROUP_WORDS` ("foreign", "extranjeros") is a subset: a part of the nearest larger
count of its metric when the text gives one, else withheld from being that group's rival
(`claims.PART_NOTE`). A nationality alone ("Syrian refugees") often names the whole group a
text is about: it keeps the noun's metric and stays a count.

The dead of those who carried out an attack ("27 kidnappers died", `ATTACKER_NOUNS`) are
another group again: their own count, never the victims' toll nor a part of it. So are the
dead and the wounded of the security forces ("12 soldiers were killed", "five members of
the Revolutionary Guard", "murieron tres policías": `FORCE_NOUNS`, session 11): a count of
their own, ``deaths:security-forces``, never set against the toll of everyone else (a
civilians' or protesters' count is no rival of the army's count of its own dead).

Table look-ups on the words around the noun phrase only: constant work per figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from discrepancy.extraction import tables_en, tables_es
from discrepancy.extraction.lexicon import Lexicon

__all__ = ["ATTACKERS_KILLED", "FORCES", "attackers_dead", "forces_hit", "origin_part"]

_SUBGROUP = tables_en.SUBGROUP_WORDS | tables_es.SUBGROUP_WORDS
_ATTACKERS = tables_en.ATTACKER_NOUNS | tables_es.ATTACKER_NOUNS
ATTACKERS_KILLED = "attackers_killed"
"""The metric of the dead of those who carried out an attack (`ATTACKER_NOUNS`)."""


def attackers_dead(metric: str, head: str) -> str:
    """The metric of a toll whose noun ``head`` names the attackers ("27 kidnappers were
    shot during the rescue", "murieron 27 secuestradores"): `ATTACKERS_KILLED`, never the victims'
    deaths (a count set beside theirs, not against it); else ``metric``."""
    return ATTACKERS_KILLED if metric == "deaths" and head in _ATTACKERS else metric


_FORCE_NOUNS = tables_en.FORCE_NOUNS | tables_es.FORCE_NOUNS
_MEMBERS = tables_en.MEMBER_NOUNS | tables_es.MEMBER_NOUNS
_FORCE_WORDS = tables_en.FORCE_WORDS | tables_es.FORCE_WORDS
_OF = frozenset({"of", "the", "de", "la", "el", "los", "las", "del"})
_HIT = frozenset({"deaths", "injured"})
FORCES = "security forces"
"""The qualifier of the dead and the wounded of the security forces (`forces_hit`)."""


def forces_hit(metric: str, norms: Sequence[str], last: int) -> bool:
    """Whether a toll of the dead or the wounded (``metric``) whose noun phrase ends at
    ``last`` counts members of the security forces: its head is a noun of `FORCE_NOUNS`
    ("12 soldiers", "tres policías"), or a noun of membership followed by "of" / "de" and a
    force ("five members of the Revolutionary Guard", "elementos de la Guardia Nacional").
    At most four words after the head are read."""
    if metric not in _HIT or last < 1:
        return False
    head = norms[last - 1]
    if head in _FORCE_NOUNS:
        return True
    if head not in _MEMBERS or last >= len(norms) or norms[last] not in _OF:
        return False
    return any(w in _FORCE_WORDS for w in norms[last : last + 5])


def origin_part(
    norms: Sequence[str], first: int, last: int, lex: Lexicon
) -> tuple[str, bool] | None:
    """For a noun phrase of people at tokens ``first:last`` (its head last): (the head noun,
    whether a word of `SUBGROUP_WORDS` names the part) when every word before the head is
    a word of origin ("foreign", "American": English), or a word of `SUBGROUP_WORDS` follows
    it ("extranjeros": Spanish); ``None`` otherwise."""
    if last <= first:
        return None
    head = norms[last - 1]
    if head not in lex.person_nouns:
        return None
    before = norms[first : last - 1]
    if before and all(_origin(w, lex) for w in before):
        return head, any(w in _SUBGROUP for w in before)
    after = norms[last] if last < len(norms) else ""
    if not before and after in _SUBGROUP:
        return head, True  # "35 rehenes extranjeros" (a nationality after it changes nothing)
    return None


def _origin(word: str, lex: Lexicon) -> bool:
    """A word of origin before a noun: of `SUBGROUP_WORDS`, or a nationality adjective
    ("syrian", "american"; never the country's own name)."""
    if word in _SUBGROUP:
        return True
    found = lex.countries.get(word)
    if found is not None:
        return found[0].lower() != word
    return word + "s" in lex.person_nouns and word not in lex.person_nouns
