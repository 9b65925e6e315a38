"""The org registry: the built-in file, user files, merging, and errors that say where."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from discrepancy.errors import InputError
from discrepancy.orgs import Org, OrgKind, OrgRegistry, slug
from discrepancy.resolver import OrgResolver
from discrepancy.serialize import converter

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def builtin() -> OrgRegistry:
    return OrgRegistry.builtin()


def test_builtin_registry_is_sizeable_and_well_formed(builtin: OrgRegistry) -> None:
    assert len(builtin) >= 50
    ids = [org.id for org in builtin]
    assert len(set(ids)) == len(ids)
    assert all(slug(i) == i for i in ids), "ids are slugs: lower case, digits and dashes"
    assert all(
        org.country is None or (len(org.country) == 2 and org.country.isupper()) for org in builtin
    )
    kinds = {org.kind for org in builtin}
    assert {OrgKind.NGO, OrgKind.GOVERNMENT, OrgKind.MEDIA, OrgKind.INTERGOVERNMENTAL} <= kinds


def test_builtin_has_the_orgs_the_design_names(builtin: OrgRegistry) -> None:
    for org_id in (
        "foro-penal",
        "justicia-encuentro-y-perdon",
        "provea",
        "clippve",
        "human-rights-watch",
        "comite-de-madres-en-defensa-de-la-verdad",
        "venezuela-government",
        "venezuela-interim-government",
        "us-government",
        "breitbart-news",
        "latin-times",
        "el-pais",
        "la-republica",
        "infobae",
    ):
        assert org_id in builtin
    foro = builtin.get("foro-penal")
    assert foro is not None
    assert {"Alfredo Romero", "Gonzalo Himiob Santomé"} <= set(foro.people)
    assert builtin.get("no-such-org") is None


# seeds/README.md: where an article names only a collective, the claimant is that mention as
# written and stays unresolved; it is not an organization
SEED_COLLECTIVES = frozenset(
    {"NGOs", "human rights groups", "organizations supporting the inmates"}
)


def test_every_seed_claimant_and_outlet_resolves(builtin: OrgRegistry) -> None:
    records = json.loads((ROOT / "seeds" / "claims.json").read_text(encoding="utf-8"))
    names: set[str] = set()
    for record in records:
        claimant = record.get("claimant")
        names.update(claimant if isinstance(claimant, list) else [claimant] if claimant else [])
        if record.get("outlet"):
            names.add(record["outlet"])
    assert len(names - SEED_COLLECTIVES) >= 10, "the seed claims name claimants and outlets"
    resolver = OrgResolver(builtin)
    unresolved = sorted(n for n in names - SEED_COLLECTIVES if resolver.resolve(n).org is None)
    assert not unresolved, f"seed names the registry does not know: {unresolved}"
    forced = sorted(n for n in names & SEED_COLLECTIVES if resolver.resolve(n).org is not None)
    assert not forced, f"collective mentions put on one org: {forced}"


def test_every_registry_spelling_resolves_to_its_own_org(builtin: OrgRegistry) -> None:
    resolver = OrgResolver(builtin)
    wrong = [
        (org.id, spelling, resolver.resolve(spelling).candidates)
        for org in builtin
        for spelling in (org.name, *org.aliases, *org.translations, *org.acronyms, *org.people)
        if (found := resolver.resolve(spelling).org) is None or found.id != org.id
    ]
    assert not wrong, f"spellings that collide or do not resolve: {wrong}"


def test_load_reads_the_file_format_to_data_writes(builtin: OrgRegistry, tmp_path: Path) -> None:
    path = tmp_path / "orgs.json"
    path.write_text(json.dumps(builtin.to_data(), ensure_ascii=False), encoding="utf-8")
    assert OrgRegistry.load(path) == builtin
    assert OrgRegistry.load(str(path)) == builtin


def test_a_minimal_entry_takes_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text('[{"id": "acme-watch", "name": "Acme Watch"}]', encoding="utf-8")
    (org,) = OrgRegistry.load(path)
    assert org == Org(id="acme-watch", name="Acme Watch")
    assert (org.kind, org.aliases, org.country) == (OrgKind.OTHER, (), None)


def test_merge_lets_user_entries_win_and_appends_new_ones(builtin: OrgRegistry) -> None:
    mine = OrgRegistry(
        [
            Org(id="foro-penal", name="Foro Penal", aliases=("FP Venezuela",), kind="ngo"),
            Org(id="acme-watch", name="Acme Watch"),
        ]
    )
    merged = builtin.merge(mine)
    assert len(merged) == len(builtin) + 1
    assert merged.get("foro-penal") == mine.get("foro-penal")
    assert [o.id for o in merged][: len(builtin)] == [o.id for o in builtin]
    assert [o.id for o in merged][-1] == "acme-watch"
    assert ("acme-watch" in merged, "acme-watch" in builtin) == (True, False)
    assert OrgResolver(merged).resolve("FP Venezuela").org == mine.get("foro-penal")


def test_registry_rejects_duplicate_ids() -> None:
    with pytest.raises(ValueError, match="duplicate org id 'x'"):
        OrgRegistry([Org(id="x", name="X"), Org(id="x", name="Y")])


def test_registry_is_immutable(builtin: OrgRegistry) -> None:
    with pytest.raises(AttributeError):
        builtin.orgs = ()  # type: ignore[misc]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "{not json",
            "not valid JSON: Expecting property name enclosed in double quotes at line 1, column 2",
        ),
        ('{"id": "x"}', "must be a JSON list of org objects"),
        ('["x"]', "entry 1: must be an object with id and name, not 'x'"),
        ('[{"name": "X"}]', "entry 1: id: must be a non-empty string, not None"),
        ('[{"id": "x", "name": ""}]', "entry 1 (id 'x'): name: must be a non-empty string"),
        ('[{"id": "a b", "name": "X"}]', "entry 1 (id 'a b'): id: must not contain spaces"),
        (
            '[{"id": "x", "name": "X", "aliases": "XX"}]',
            "entry 1 (id 'x'): aliases: must be a list of strings, not 'XX'",
        ),
        (
            '[{"id": "x", "name": "X", "people": ["Ana", 3]}]',
            "entry 1 (id 'x'): people[1]: must be a non-empty string, not 3",
        ),
        (
            '[{"id": "x", "name": "X", "alias": ["Y"]}]',
            "entry 1 (id 'x'): alias: unknown field (known: id, name, aliases",
        ),
        (
            '[{"id": "x", "name": "X", "kind": "club"}]',
            "entry 1 (id 'x'): kind: must be one of ngo, government",
        ),
        (
            '[{"id": "x", "name": "X", "country": 58}]',
            "entry 1 (id 'x'): country: must be a string or null, not 58",
        ),
        (
            '[{"id": "x", "name": "X"}, {"id": "y", "name": "Y"}, {"id": "x", "name": "Z"}]',
            "entry 3 (id 'x'): id: duplicate of entry 1",
        ),
    ],
)
def test_bad_files_say_which_file_entry_and_field(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "my_orgs.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        OrgRegistry.load(path)
    assert info.value.source == str(path)
    assert str(info.value).startswith(f"{path}: ")
    assert expected in str(info.value)


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read the orgs file") as info:
        OrgRegistry.load(tmp_path / "absent.json")
    assert info.value.source.endswith("absent.json")


def test_orgs_go_through_the_converter_and_back(builtin: OrgRegistry) -> None:
    for org in builtin:
        data = converter.unstructure(org)
        assert data["kind"] == org.kind.value
        assert converter.structure(json.loads(json.dumps(data)), Org) == org
