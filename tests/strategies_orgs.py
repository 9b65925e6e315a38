"""Hypothesis strategies for organization names: registry spellings and ways to mangle them."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from discrepancy.orgs import Org, OrgRegistry

BUILTIN = OrgRegistry.builtin()

DESCRIPTORS = (
    "the NGO {}",
    "{}, a local rights monitor",
    "the organization {}",
    "la ONG {}",
    "the non-profit {}",
    "{}'s",
    "{}, the civil association",
    "la organización {}",
)

# words unrelated to any registry name: none is within one typo of a registry word
UNRELATED = (
    "zebra",
    "quantum",
    "lantern",
    "orchid",
    "pumpkin",
    "glacier",
    "saxophone",
    "tornillo",
    "mariposa",
    "ventilador",
    "almohada",
    "kettle",
)

TEXT = st.text(
    alphabet=st.sampled_from(
        "abcdefghijklmnopqrstuvwxyzáéíóúñüABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÑ .,'’&-()/"
    ),
    max_size=40,
)


def spellings(org: Org) -> tuple[str, ...]:
    """Every way the registry writes ``org``: name, aliases, translations, acronyms, people."""
    return (org.name, *org.aliases, *org.translations, *org.acronyms, *org.people)


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@st.composite
def org_spellings(draw: st.DrawFn) -> tuple[Org, str]:
    """An org of the built-in registry and one of its spellings."""
    org = draw(st.sampled_from(BUILTIN.orgs))
    return org, draw(st.sampled_from(spellings(org)))


@st.composite
def typo(draw: st.DrawFn, text: str) -> str:
    """``text`` with one edit in one word of five letters or more, the first letter kept."""
    words = text.split(" ")
    long_ = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not long_:
        return text
    i = draw(st.sampled_from(long_))
    w = words[i]
    k = draw(st.integers(1, len(w) - 2))
    letter = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    words[i] = draw(
        st.sampled_from(
            (
                w[:k] + letter + w[k + 1 :],  # substitution
                w[:k] + letter + w[k:],  # insertion
                w[:k] + w[k + 1 :],  # deletion
                w[:k] + w[k + 1] + w[k] + w[k + 2 :],  # transposition
            )
        )
    )
    return " ".join(words)


@st.composite
def mentions(draw: st.DrawFn) -> str:
    """Mentions as they turn up: registry spellings, mangled or dressed, and random text."""
    _, spelling = draw(org_spellings())
    return draw(
        st.one_of(
            st.just(spelling),
            st.sampled_from(DESCRIPTORS).map(lambda d: d.format(spelling)),
            typo(spelling),
            st.sampled_from((str.upper, str.lower, str.title, strip_accents)).map(
                lambda f: f(spelling)
            ),
            TEXT,
        )
    )
