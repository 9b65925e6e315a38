"""Shared test setup: hypothesis profiles, the seed articles, an org resolver for ``check``.

Hypothesis profiles: ``dev`` (the default; 50 examples) and ``ci`` (300 examples, no
deadline), chosen by the ``HYPOTHESIS_PROFILE`` environment variable.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest
from hypothesis import settings

from discrepancy.orgs import OrgRef

settings.register_profile("dev", max_examples=50)
settings.register_profile("ci", max_examples=300, deadline=None)
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


# --- an org resolver for check() ----------------------------------------------------------
#
# ``check`` and the CLI need the org resolver (``discrepancy.resolver``). Where it cannot be
# imported (it was written alongside these tests), a stub that resolves nothing stands in, so
# that the reading, checking and serializing tested here do not depend on it.


class StubResolver:
    """Resolves nothing: every mention stays an unresolved reference."""

    def ref(self, mention: str) -> OrgRef:
        return OrgRef(mention=mention)


def real_resolver() -> object | None:
    """The package's resolver over the built-in registry, or ``None`` if it is not there."""
    try:
        from discrepancy.orgs import OrgRegistry  # type: ignore[attr-defined]
        from discrepancy.resolver import OrgResolver  # type: ignore[import-not-found]
    except ImportError:
        return None
    return OrgResolver(OrgRegistry.builtin())


@pytest.fixture(scope="session")
def resolver() -> object:
    """The real resolver when importable, else :class:`StubResolver`."""
    return real_resolver() or StubResolver()


@pytest.fixture
def cli_resolver(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``discrepancy.cli.main`` runnable in-process (stub resolver if needed)."""
    if real_resolver() is None:
        import discrepancy.cli

        monkeypatch.setattr(discrepancy.cli, "_resolver", lambda orgs: StubResolver())


_SITECUSTOMIZE = textwrap.dedent(
    '''
    """Test shim: the stub org resolver for ``python -m discrepancy`` (see conftest.py)."""
    import discrepancy.cli
    from discrepancy.orgs import OrgRef


    class StubResolver:
        def ref(self, mention):
            return OrgRef(mention=mention)


    discrepancy.cli._resolver = lambda orgs: StubResolver()
    '''
)


@pytest.fixture(scope="session")
def cli_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Environment for ``subprocess.run([sys.executable, "-m", "discrepancy", ...])``.

    Without the real resolver, a ``sitecustomize`` on ``PYTHONPATH`` installs the stub.
    """
    env = dict(os.environ)
    env.pop("PYTHONSTARTUP", None)
    if real_resolver() is None:
        shim = tmp_path_factory.mktemp("resolver-shim")
        (shim / "sitecustomize.py").write_text(_SITECUSTOMIZE, encoding="utf-8")
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(shim), env.get("PYTHONPATH", "")) if p)
    env["PYTHONIOENCODING"] = "utf-8"
    return env
