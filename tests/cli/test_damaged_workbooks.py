"""Every command that reads an .xlsx refuses a file that is not a sound workbook in one line
that names it and says what is wrong (not the reader's "File is not a zip file"), and stores
nothing from it — not even the rows before the damage."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from desktop import cli
from tests.conftest import DATA
from tests.damaged_workbooks import KINDS, damaged, history_workbook

COMMANDS = {
    "import": ["import"],
    "orders import": ["orders", "import", "--channel", "tiktok"],
    "kb import": ["kb", "import"],
    "feige import": ["feige", "import"],
}


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    return history_workbook(tmp_path_factory.mktemp("sound") / "history.xlsx")


def _rows(db: str) -> dict[str, int]:
    """How many rows each table holds."""
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def _crash_reports() -> set[Path]:
    return set((Path(os.environ["SHOPDESK_HOME"]) / "logs").glob("crash-*"))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_damaged_workbook_is_named_refused_whole_and_stores_nothing(
        tmp_path, capsys, good, command, kind):
    db = str(tmp_path / "shop.sqlite")
    assert cli.main(["import", str(DATA / "sample.jsonl"), "--db", db]) == 0
    capsys.readouterr()
    before, reports = _rows(db), _crash_reports()
    path = damaged(kind, good, tmp_path / "店铺数据 12月.xlsx")
    words = COMMANDS[command]
    code = cli.main([*words[:2], str(path), *words[2:], "--db", db])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("shopdesk: 店铺数据 12月.xlsx is not an Excel workbook (.xlsx), or "
                          "it is damaged; nothing was imported from it"), err
    assert err.count("\n") == 1 and "zip" not in err.lower() and "Traceback" not in err
    assert _rows(db) == before
    assert _crash_reports() == reports, "a crash report was written"


def test_the_sound_workbook_imports(tmp_path, capsys, good):
    """The same file undamaged is read whole: the damage, not the file, is refused."""
    db = str(tmp_path / "shop.sqlite")
    assert cli.main(["import", str(good), "--db", db]) == 0
    assert "Imported 11,000 messages" in capsys.readouterr().out
