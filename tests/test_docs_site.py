"""The API reference renders: no Sphinx-style role (``:class:`X```) is left as raw text.

mkdocstrings writes docstrings as Markdown, where a Sphinx role is not markup: it shows up on
the page as ``:class:`` before the name. Docstrings cross-reference with
``[`Name`][discrepancy.module.Name]`` instead (plain backticks where no page documents the
target). The source check runs everywhere; the built-site check needs mkdocs (the ``docs``
extra). CI builds the site once and points ``DISCREPANCY_SITE`` at it (see .ci/run).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ROLES = "class|func|meth|attr|mod|data|exc|obj|const|ref|py:[a-z]+"
SOURCE_ROLE = re.compile(rf":(?:{ROLES}):`")
# On a built page a role is its name, then the target as inline code (or still in backticks).
HTML_ROLE = re.compile(rf":(?:{ROLES}):(?:<code>|`)")
# A cross-reference that autorefs could not resolve is left as its Markdown text.
UNRESOLVED = re.compile(r"\[<code>[^<]*</code>\]\[[\w.]+\]")


def raw_roles_in_source() -> list[str]:
    """Each ``file:line`` under src/ whose text holds a Sphinx role."""
    found = []
    for path in sorted((ROOT / "src").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SOURCE_ROLE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def raw_roles_in_site(site: Path) -> list[str]:
    """Each page of a built site, with the raw roles and unresolved references on it."""
    found = []
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        hits = HTML_ROLE.findall(html) + UNRESOLVED.findall(html)
        if hits:
            found.append(f"{page.relative_to(site)}: {sorted(set(hits))}")
    return found


def test_no_sphinx_role_in_the_source() -> None:
    assert raw_roles_in_source() == []


def test_the_checks_see_a_raw_role(tmp_path: Path) -> None:
    page = tmp_path / "reference" / "index.html"
    page.parent.mkdir()
    page.write_text("<p>Build one with :meth:<code>builtin</code>.</p>", encoding="utf-8")
    (tmp_path / "ok.html").write_text('<p><a href="#x"><code>Claim</code></a></p>')
    assert raw_roles_in_site(tmp_path) == ["reference/index.html: [':meth:<code>']"]
    page.write_text("<p>see [<code>Claim</code>][discrepancy.Claim]</p>", encoding="utf-8")
    assert len(raw_roles_in_site(tmp_path)) == 1
    assert SOURCE_ROLE.search('"""See :class:`Claim`."""')


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = os.environ.get("DISCREPANCY_SITE")
    if built:
        return Path(built)
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is not installed (pip install '.[docs]'); CI runs this check")
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stdout[-3000:]
    return out


def test_no_raw_role_on_the_built_pages(site: Path) -> None:
    assert (site / "reference" / "index.html").is_file(), f"no built site at {site}"
    assert raw_roles_in_site(site) == []
