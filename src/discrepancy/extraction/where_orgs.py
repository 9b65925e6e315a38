"""The countries of the national bodies a text cites (`OrgCountries`): where a count is when
the text names no place ("según UGT y CCOO": Spain). A relay or outlet ("Reuters", "EFE")
gives no country: it says who reports, not where.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar, Protocol

from discrepancy import _placenames as pn

__all__ = ["OrgCountries", "Ref"]


class Ref(Protocol):
    @property
    def id(self) -> str | None: ...


class OrgCountries:
    """The country of each org of a registry (``discrepancy.orgs.OrgRegistry``), by id, and
    the acronyms, names and spokespeople that name a national body in running text."""

    __slots__ = ("_acronyms", "_countries", "_names")
    _builtin: ClassVar[OrgCountries | None] = None

    def __init__(
        self,
        countries: Mapping[str, str],
        acronyms: Mapping[str, str] | None = None,
        names: Sequence[tuple[str, str]] = (),
    ) -> None:
        self._countries = dict(countries)
        self._acronyms = dict(acronyms or {})
        self._names = tuple(names)

    @classmethod
    def builtin(cls) -> OrgCountries:
        """The countries of the built-in registry's orgs (read once)."""
        if cls._builtin is None:
            from discrepancy.orgs import OrgRegistry

            countries: dict[str, str] = {}
            acronyms: dict[str, str] = {}
            names: list[tuple[str, str]] = []
            for org in OrgRegistry.builtin():
                if not org.country or str(org.kind) == "media":
                    continue  # a relay ("Reuters", "EFE") says who reports, not where
                countries[org.id] = org.country
                for acronym in org.acronyms:
                    key = "".join(ch for ch in acronym if ch.isalnum())
                    if len(key) >= 3 and key.isupper():
                        acronyms[key] = org.country
                names.extend(
                    (n, org.country)
                    for n in (org.name, *org.aliases, *org.people)
                    if len(n) > 4 and not _country_name(n)
                )
            cls._builtin = cls(countries, acronyms, names)
        return cls._builtin

    def country(self, org_id: str) -> str | None:
        return self._countries.get(org_id)

    def named_in(self, text: str) -> str | None:
        """The country of the national bodies ``text`` names most (acronyms in capitals,
        "CCOO", "AAPP"; full names; their spokespeople), or ``None``."""
        counts = self.counts_in(text)
        return max(counts, key=counts.__getitem__) if counts else None

    def counts_in(self, text: str) -> dict[str, int]:
        """How often ``text`` names a national body of each country (see `named_in()`)."""
        counts: dict[str, int] = {}
        for start, end in pn.tokens(text):
            key = text[start:end].replace(".", "")
            code = self._acronyms.get(key) if key.isupper() else None
            if code is not None:
                counts[code] = counts.get(code, 0) + 1
        for name, code in self._names:
            if name in text:
                counts[code] = counts.get(code, 0) + 1
        return counts


def _country_name(name: str) -> bool:
    """Round 12: whether an org's name is a country's own ("United States" for its
    government): the text's places already weigh a country named as such, and a country
    named only on those who act for it ("the United States military") is no place of the
    count, so the name never makes a text that country's by the bodies it names."""
    from discrepancy.places import Gazetteer

    found = list(Gazetteer.builtin().find(name))
    return (
        len(found) == 1
        and found[0][0] == 0
        and found[0][1] == len(name)
        and str(found[0][2].kind) == "country"
    )
