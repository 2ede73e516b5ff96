"""Settings › channels with the channels running as in the app: a webhook added, paused and
resumed listens or stops at once, and the State column says what is really so."""

from __future__ import annotations

import socket
from functools import partial

import pytest
import requests

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QSpinBox

from desktop.app import connect_channels
from desktop.channels.host import ChannelHost
from desktop.services.session import open_shop
from desktop.ui.job_events import JobEvents
from tests.ui.keyboard import type_into
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks


@pytest.fixture
def running(window, demo_path):
    """The window with the channels running beside it, wired as the app wires them."""
    events = JobEvents()
    host = ChannelHost(partial(open_shop, demo_path), events.event.emit)
    events.event.connect(window.on_job_event)
    connect_channels(window, host)
    host.start()
    yield window
    host.stop()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answers(port: int) -> bool:
    try:
        return requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok
    except requests.ConnectionError:
        return False


def _fill_webhook_dialog(qtbot, name: str, port: int) -> None:
    """When the "Add webhook" dialog opens: type the name and port, press OK; then close the
    message that follows with Enter."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        edit = dialog.findChildren(QLineEdit)[0]
        type_into(qtbot, edit, name)
        spin = dialog.findChild(QSpinBox)
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), str(port))
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        QTimer.singleShot(0, close_message)

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(20, close_message)
    QTimer.singleShot(0, fill)


def _state(card, name: str) -> str:
    for row in range(card.table.rowCount()):
        if card.table.item(row, 0).text() == name:
            return card.table.item(row, 2).text()
    return ""


def test_a_webhook_added_in_settings_listens_at_once_and_says_so(running, qtbot):
    window = running
    window.nav.setCurrentRow(window.nav.count() - 1)  # Settings
    card = window.settings_page.channels_card
    port = _free_port()
    _fill_webhook_dialog(qtbot, "小店中转", port)
    qtbot.mouseClick(card.add_webhook, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(card, "小店中转") == f"Receiving on port {port}",
                    timeout=10_000)
    assert _answers(port)
    card.table.selectRow(0)
    qtbot.mouseClick(card.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(card, "小店中转") == "Paused" and not _answers(port),
                    timeout=10_000)
    qtbot.mouseClick(card.pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _answers(port), timeout=10_000)
    qtbot.waitUntil(lambda: _state(card, "小店中转") == f"Receiving on port {port}",
                    timeout=10_000)


def test_a_port_in_use_is_shown_as_not_receiving(running, qtbot):
    window = running
    window.set_language("zh_CN")
    window.nav.setCurrentRow(window.nav.count() - 1)
    card = window.settings_page.channels_card
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        _fill_webhook_dialog(qtbot, "relay", port)
        qtbot.mouseClick(card.add_webhook, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: str(port) in _state(card, "relay"), timeout=10_000)
    state = _state(card, "relay")
    assert "已连接" not in state and "未在接收" in state and "占用" in state
    assert "占用" in window.status.connection.text()  # the status bar says it in Chinese too
