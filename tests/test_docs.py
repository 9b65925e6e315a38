"""Every example in the docs runs: ``pycon`` blocks as doctests, ``console`` blocks as commands.

A ``console`` block is a series of ``$ command`` lines, each followed by the output it must
print (stdout and stderr together). Docstring examples in the package run too.
"""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import discrepancy

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted([*ROOT.glob("docs/*.md"), ROOT / "README.md"])
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def _console_blocks(text: str) -> list[list[str]]:
    blocks, current, inside = [], [], False
    for line in text.splitlines():
        if line.strip() == "```console":
            inside, current = True, []
        elif inside and line.strip() == "```":
            inside = False
            blocks.append(current)
        elif inside:
            current.append(line)
    return blocks


def _commands(block: list[str]) -> list[tuple[str, str]]:
    runs: list[tuple[str, list[str]]] = []
    for line in block:
        if line.startswith("$ "):
            runs.append((line[2:], []))
        elif runs:
            runs[-1][1].append(line)
    return [(cmd, "\n".join(out).rstrip()) for cmd, out in runs]


CONSOLE = [
    pytest.param(cmd, out, id=f"{page.name}:{cmd[:50]}")
    for page in PAGES
    for block in _console_blocks(page.read_text(encoding="utf-8"))
    for cmd, out in _commands(block)
]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pycon_examples(page: Path) -> None:
    result = doctest.testfile(str(page), module_relative=False, optionflags=FLAGS, verbose=False)
    assert result.failed == 0, f"{result.failed} example(s) in {page.name} failed (see above)"


@pytest.mark.parametrize(("command", "expected"), CONSOLE)
def test_console_examples(command: str, expected: str) -> None:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )
    output = done.stdout.rstrip()
    lines = [line.rstrip() for line in output.splitlines()]
    assert "\n".join(lines) == expected, f"$ {command}\n{output}"


MODULES = sorted(
    m.name
    for m in pkgutil.walk_packages(discrepancy.__path__, "discrepancy.")
    if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, verbose=False)
    assert result.failed == 0, f"{result.failed} docstring example(s) in {name} failed"
