"""A workbook that would unpack to far too much is refused, in the user's language."""

from __future__ import annotations

import pytest

from tests.services.test_spreadsheets import _bomb


@pytest.fixture
def zh_window(qtbot, demo_path):
    from desktop.app import build_window

    win, _welcome = build_window(demo_path, "zh_CN")
    qtbot.addWidget(win)
    win.show()
    win.start()
    win.context.db.wait_idle()
    yield win
    win.context.db.shutdown()


def test_importing_a_workbook_bomb_says_why_in_chinese_and_stores_nothing(
        zh_window, demo_path, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.store.db import open_store

    def messages() -> int:
        store = open_store(demo_path, readonly=True)
        try:
            return store.conn.execute("SELECT count(*) FROM messages").fetchone()[0]
        finally:
            store.close()

    before = messages()
    bomb = tmp_path / "历史.xlsx"
    _bomb(bomb, 3_000_000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bomb), "")))
    zh_window.act_import.trigger()
    assert zh_window.context.db.wait_idle()
    message = zh_window.status.currentMessage()
    assert "解压" in message and "没有读取" in message, message
    assert messages() == before
