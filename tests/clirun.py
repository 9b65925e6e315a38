"""Run the command line as a user does: a fresh ``python -m discrepancy`` process."""

from __future__ import annotations

import subprocess
import sys
from typing import Any


def run_cli(
    args: list[str], env: dict[str, str], **kwargs: Any
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "discrepancy", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
        **kwargs,
    )
