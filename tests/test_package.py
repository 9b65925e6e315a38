"""Packaging promises: one version source, typed, and a light import."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata, resources

import discrepancy


def test_version_matches_the_metadata() -> None:
    assert discrepancy.__version__ == metadata.version("discrepancy")


def test_ships_py_typed_schemas_and_seed_claims() -> None:
    data = resources.files("discrepancy")
    for name in (
        "py.typed",
        "data/report.schema.json",
        "data/record.schema.json",
        "data/seed_claims.json",
    ):
        assert data.joinpath(name).is_file(), name


def test_public_names_exist() -> None:
    for name in discrepancy.__all__:
        assert hasattr(discrepancy, name), name


def test_import_stays_light() -> None:
    """Importing the package must not load the fuzzy matcher or the CLI machinery."""
    code = (
        "import sys, discrepancy; "
        "heavy = {'rapidfuzz', 'argparse', 'discrepancy.cli', 'discrepancy.extraction'}; "
        "print(sorted(heavy & set(sys.modules)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "discrepancy", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == f"discrepancy {discrepancy.__version__}"


def test_every_hypothesis_profile_has_the_same_deadline_policy() -> None:
    """No per-example deadline in any profile: speed is measured by benchmarks/, not here."""
    from hypothesis import settings

    from .conftest import PROFILES

    assert PROFILES
    for name in PROFILES:
        assert settings.get_profile(name).deadline is None, name
