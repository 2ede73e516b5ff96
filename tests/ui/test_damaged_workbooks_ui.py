"""A file named .xlsx that is not a sound workbook, imported in the window (File › Import
history, Knowledge › Import): refused in the user's language, naming the file, with nothing
stored and no crash report."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.store.db import open_store
from tests.damaged_workbooks import damaged, history_workbook
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    return history_workbook(tmp_path_factory.mktemp("sound") / "history.xlsx")


def _count(path, table: str) -> int:
    store = open_store(path, readonly=True)
    try:
        return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        store.close()


def _choose(monkeypatch, path) -> None:
    """The file the agent picks in the open dialog."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))


def _file_import(qtbot, window) -> None:
    """File › Import history…, with the mouse."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton,
                     pos=bar.actionGeometry(window.file_menu.menuAction()).center())
    qtbot.waitUntil(window.file_menu.isVisible)
    menu = window.file_menu
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(window.act_import).center())
    QApplication.processEvents()
    window.context.db.wait_idle()
    QApplication.processEvents()


@pytest.mark.parametrize("kind", ["renamed", "cut", "damaged_late"])
def test_importing_history_from_a_damaged_workbook_says_so_in_chinese(
        qtbot, zh_window, demo_path, tmp_path, monkeypatch, good, kind):
    before = _count(demo_path, "messages")
    path = damaged(kind, good, tmp_path / "聊天记录 11月.xlsx")
    _choose(monkeypatch, path)
    _file_import(qtbot, zh_window)
    message = zh_window.status.currentMessage()
    assert "“聊天记录 11月.xlsx”不是 Excel 工作簿" in message, message
    assert "没有导入" in message and "zip" not in message.lower()
    assert _count(demo_path, "messages") == before


def test_importing_faq_from_a_damaged_workbook_says_so_in_chinese(
        qtbot, zh_window, demo_path, tmp_path, monkeypatch, good):
    before = _count(demo_path, "kb_articles")
    path = damaged("cut", good, tmp_path / "常见问题.xlsx")
    _choose(monkeypatch, path)
    nav = zh_window.nav
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton,
                     pos=nav.visualItemRect(nav.item(1)).center())
    page = zh_window.kb_page
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    zh_window.context.db.wait_idle()
    QApplication.processEvents()
    message = page.msg.text()
    assert "“常见问题.xlsx”不是 Excel 工作簿" in message, message
    assert "没有导入" in message and "zip" not in message.lower()
    assert _count(demo_path, "kb_articles") == before
