"""Headless Chromium for the page tests: Debian's ``chromium``, never a downloaded browser.

``playwright install`` cannot fetch a browser here, so pytest-playwright is pointed at the
system Chromium (``/usr/bin/chromium``, or ``$CHROMIUM``). Where Chromium, Playwright or
pytest-playwright is missing, every test here skips and says which.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pytest_playwright", reason="pytest-playwright is not installed")

LAUNCH_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def chromium() -> str | None:
    """The system Chromium: ``$CHROMIUM``, else ``chromium`` on the PATH."""
    found = os.environ.get("CHROMIUM") or shutil.which("chromium")
    return found if found and Path(found).is_file() else None


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """pytest-playwright's launch arguments, with the system Chromium, headless."""
    exe = chromium()
    if exe is None:
        pytest.skip("no system Chromium (apt-get install chromium, or set $CHROMIUM)")
    return {
        **browser_type_launch_args,
        "executable_path": exe,
        "headless": True,
        "args": LAUNCH_ARGS,
    }


@pytest.fixture(scope="session")
def base_url() -> None:
    """No base URL: pages are files. (Overrides pytest-base-url's fixture, whose session
    fixture as an instance method is deprecated in this pytest and fails under -W error.)"""


class Watch:
    """What a page did: the requests it tried that were not file://, its console errors."""

    def __init__(self) -> None:
        self.blocked: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []


@pytest.fixture
def watch(page: Any) -> Watch:
    """Block every request that is not ``file://`` and record it; record console errors."""
    seen = Watch()

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            seen.blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.errors.append(str(e)))

    def dialog(d: Any) -> None:
        seen.dialogs.append(d.message)
        d.dismiss()

    page.on("dialog", dialog)
    return seen
