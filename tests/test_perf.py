"""No process-wide state: ``check`` leaves the garbage collector alone; import stays lazy."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from discrepancy import Claim, Quantity, check


def _claims() -> list[Claim]:
    return [
        Claim(id=f"c{k}", quantity=Quantity.parse(str(100 * (k + 1))), metric="displaced")
        for k in range(3)
    ]


def test_check_never_switches_the_collector_off(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("check switched the garbage collector off")

    monkeypatch.setattr(gc, "disable", refuse)
    monkeypatch.setattr(gc, "freeze", refuse)
    assert gc.isenabled()
    check(_claims())
    assert gc.isenabled()


def test_import_does_not_read_package_metadata() -> None:
    code = (
        "import sys, discrepancy\n"
        "print('importlib.metadata' in sys.modules)\n"
        "print(discrepancy.__version__ != '')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "True"]
