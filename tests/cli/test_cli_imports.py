"""A command imports only what it uses: `shopdesk --version` and the quick commands start
without the database layer's or the heavy libraries' imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("PySide6", "numpy", "onnxruntime", "openpyxl", "pypinyin", "requests", "holidays",
         "sqlite_utils", "apscheduler", "desktop.services.demo")

CHILD = """
import sys
from desktop.app import main
try:
    main(sys.argv[1].split("|"))
except SystemExit:
    pass
print("LOADED", " ".join(m for m in sys.argv[2:] if m in sys.modules))
"""


def _loaded(argv: list[str], watched: tuple[str, ...]) -> set[str]:
    out = subprocess.run([sys.executable, "-c", CHILD, "|".join(argv), *watched],
                         capture_output=True, text=True, cwd=ROOT,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = next(li for li in out.stdout.splitlines() if li.startswith("LOADED"))
    return set(line.split()[1:])


def test_version_imports_neither_the_database_nor_a_library() -> None:
    assert _loaded(["--version"], (*HEAVY, "desktop.services.session",
                                   "desktop.store.db", "platformdirs")) == set()


@pytest.mark.parametrize(("argv", "needed"), [
    (["info"], set()), (["search", "发货"], set()), (["hours"], {"holidays"}),
    (["kb", "gaps"], {"numpy", "onnxruntime"})])
def test_a_command_imports_only_what_it_uses(argv: list[str], needed: set[str], store,
                                             db_path: Path) -> None:
    # the shop is up to date (made by the fixture): nothing to upgrade, no sqlite-utils
    assert _loaded([*argv, "--db", str(db_path)], HEAVY) <= needed
