"""Shared test setup: hypothesis profiles, the seed articles, the org resolver for ``check``.

Hypothesis profiles: ``dev`` (the default; 50 examples) and ``ci`` (300 examples), chosen by
the ``HYPOTHESIS_PROFILE`` environment variable. Every profile has the same deadline policy:
none. Speed is measured by benchmarks/ (budgets included), never by a per-example deadline
or a wall-clock assertion, which a busy shared machine would turn into failures.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from discrepancy.resolver import OrgResolver

PROFILES = {"dev": 50, "ci": 300}
for _name, _examples in PROFILES.items():
    settings.register_profile(_name, max_examples=_examples, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

SEEDS_DIR = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The seed articles (``../shared/seeds/``); tests that need them skip without them."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(
            f"the seed articles (../shared/seeds/) are not here; they are looked for at {SEEDS_DIR}"
        )
    return SEEDS_DIR


@pytest.fixture(scope="session")
def resolver() -> OrgResolver:
    """The package's resolver over the built-in registry (shared: ``OrgResolver.builtin()``)."""
    return OrgResolver.builtin()


@pytest.fixture(scope="session")
def cli_env() -> dict[str, str]:
    """Environment for ``subprocess.run([sys.executable, "-m", "discrepancy", ...])``."""
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONIOENCODING"] = "utf-8"
    return env
