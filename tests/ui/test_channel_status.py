"""The status bar's channel words with the channels running beside the window as in the app:
never blank — connected, connecting, paused, received on another desktop or none yet, in
English and Chinese."""

from __future__ import annotations

import socket
from functools import partial

import pytest

from PySide6.QtCore import Qt

from desktop.app import connect_channels
from desktop.channels.host import ChannelHost
from desktop.services import channels
from desktop.services.session import open_shop
from desktop.ui.job_events import JobEvents
from tests.channels.conftest import USERS, Dovecot
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks


@pytest.fixture
def start_channels(qtbot, window, demo_path):
    """Starts the channel host beside the window, wired as the app wires it; returns once
    the window has had the channels' first news."""
    started: list[tuple[ChannelHost, JobEvents]] = []

    def start() -> None:
        events = JobEvents()
        host = ChannelHost(partial(open_shop, demo_path), events.event.emit)
        events.event.connect(window.on_job_event)
        heard: list[dict] = []
        events.event.connect(lambda e: e["kind"] == "channels" and heard.append(e))
        connect_channels(window, host)
        started.append((host, events))
        host.start()
        qtbot.waitUntil(lambda: bool(heard), timeout=10_000)

    yield start
    for host, _events in started:
        host.stop()


def _add_mail(demo_path, name: str, port: int, password: str = "secret",
              **config: object) -> None:
    store = open_shop(demo_path)
    try:
        channels.add(store, "email", name, {"imap": f"127.0.0.1:{port}",
                                            "smtp": f"127.0.0.1:{port}",
                                            "user": "shop@example.com", "security": "none",
                                            **config}, {"password": password})
    finally:
        store.close()


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _in_chinese(qtbot, window) -> None:
    """Settings › Language › 中文, with the keyboard."""
    window.show_page("settings")
    combo = window.settings_page.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Up)  # English → 中文（简体）
    assert window.language == "zh_CN"


def test_a_shop_without_channels_is_told_to_add_one(start_channels, window):
    start_channels()
    assert window.status.connection.text() == "○ No channel connected yet (Settings › Channels)"


def test_with_every_channel_paused_the_bar_says_so(start_channels, window, demo_path, qtbot):
    _add_mail(demo_path, "店铺邮箱", _unused_port())
    store = open_shop(demo_path)
    channels.set_paused(store, "店铺邮箱", True)
    store.close()
    start_channels()
    bar = window.status.connection
    assert bar.text() == ("○ No channel connected: every channel is paused (Settings › "
                          "Channels)")
    assert bar.toolTip() == "店铺邮箱"
    _in_chinese(qtbot, window)
    assert bar.text() == "○ 未连接渠道：所有渠道都已暂停（设置 › 渠道）"


def test_channels_received_on_another_desktop_are_said(start_channels, window, demo_path):
    _add_mail(demo_path, "店铺邮箱", _unused_port(), receiver_device="front-desk")
    start_channels()
    assert window.status.connection.text() == (
        "○ No channel connected here: the channels are received on another desktop of the "
        "team")


@pytest.fixture
def dovecot():
    import shutil

    if shutil.which("dovecot") is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd; .ci/run does)")
    server = Dovecot()
    yield server
    server.stop()


def test_a_shop_with_only_a_mailbox_is_connected_once_fetched(start_channels, window,
                                                               demo_path, qtbot, dovecot):
    user = "shop@example.com"
    _add_mail(demo_path, "店铺邮箱", dovecot.port, USERS[user])
    start_channels()
    bar = window.status.connection
    assert bar.text() in ("○ Connecting to 店铺邮箱…", "● 1 channel connected")
    qtbot.waitUntil(lambda: bar.text() == "● 1 channel connected", timeout=15_000)
    assert bar.toolTip() == "店铺邮箱"
    _in_chinese(qtbot, window)
    assert bar.text() == "● 已连接 1 个渠道"
