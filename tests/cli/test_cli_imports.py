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


GROUP_MODULES = tuple(f"desktop.cli.{group}" for group in
                      ("shop_data", "knowledge", "schedule", "figures", "jobs", "channels",
                       "orders", "aftersales", "team", "translation"))


@pytest.mark.parametrize(("argv", "group"), [
    (["info"], "shop_data"), (["hours"], "schedule"), (["translation"], "translation")])
def test_a_command_builds_the_parser_of_its_own_group_only(argv: list[str], group: str, store,
                                                           db_path: Path) -> None:
    """`shopdesk kb match` asking the open window spends its time starting Python and
    importing: a command imports its own group's module, not the other nine, and not
    platformdirs when --db names the shop."""
    loaded = _loaded([*argv, "--db", str(db_path)], (*GROUP_MODULES, "platformdirs"))
    assert loaded == {f"desktop.cli.{group}"}


def test_each_command_is_found_in_its_group() -> None:
    import argparse

    from desktop import cli
    from desktop.cli.common import Commands

    def commands(groups: list[str]) -> set[str]:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers(dest="command")
        shared = Commands(sub)
        for group in groups:
            __import__(f"desktop.cli.{group}", fromlist=["register"]).register(shared)
        return set(sub.choices)

    assert [f"desktop.cli.{g}" for g in cli.GROUPS] == list(GROUP_MODULES)
    assert set(cli.COMMANDS) == commands(cli.GROUPS)
    for name, groups in cli.COMMANDS.items():
        assert name in commands(list(groups)), name
    parsed = cli.build_parser(["--db", "x.sqlite", "kb", "match", "x"]).parse_args(
        ["--db", "x.sqlite", "kb", "match", "x"])
    assert (parsed.command, parsed.action, parsed.target) == ("kb", "match", "x")
