"""Settings › Channels › Connect TikTok Shop, against a local stand-in for the Partner API."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from desktop.channels.poll import poll
from desktop.services import channels
from desktop.services.session import open_shop
from desktop.ui.tiktok_connect import TikTokConnectDialog
from tests.channels.tiktok_contract import APP_KEY, APP_SECRET, CIPHER, TikTokShop


@pytest.fixture
def api():
    server = TikTokShop()
    yield server
    server.close()


def _connect(qtbot, window, api, opened, pasted):
    """Fill the dialog by keyboard and mouse; returns what it said when it closed or gave up."""
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TikTokConnectDialog)
        try:
            dialog.api_base = dialog.auth_base = api.base  # the stand-in, not TikTok
            for edit, text in ((dialog.app_key, APP_KEY), (dialog.app_secret, APP_SECRET),
                               (dialog.service_id, "7123456")):
                qtbot.keyClicks(edit, text)
            qtbot.mouseClick(dialog.open_page, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(dialog.pasted, pasted)
            qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
            window.context.db.wait_idle()
            seen["msg"] = dialog.msg.text()
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, fill)
    card = window.settings_page.channels_card
    qtbot.mouseClick(card.add_tiktok, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    return seen


def test_tiktok_shop_is_connected_by_authorising_it(qtbot, window, demo_path, api,
                                                    monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.show_page("settings")
    redirected = "https://myshop.example/callback?app_key=app-key-1&code=code-1&locale=zh-CN" \
                 "&shop_region=US&state=x"
    _connect(qtbot, window, api, opened, redirected)
    assert opened and opened[0].startswith("https://services.tiktokshop.com/open/authorize?")
    assert "service_id=7123456" in opened[0]
    store = open_shop(demo_path)
    channel = channels.get(store, "TikTok Shop")
    assert channel["kind"] == "tiktok" and channel["config"]["shop_cipher"] == CIPHER
    kept = json.loads(channels.secret("TikTok Shop", "secrets"))
    assert kept == {"app_secret": APP_SECRET, "access_token": api.access_token,
                    "refresh_token": api.refresh_token}
    card = window.settings_page.channels_card
    assert "TikTok Shop" in [card.table.item(r, 0).text() for r in range(card.table.rowCount())]
    assert "小雨服饰 US" in card.hint.text()
    api.buyer_says("c1", "在吗", 1_760_540_400)
    [report] = poll(store, "TikTok Shop")  # the connected channel works
    assert report["error"] == "" and report["stored"] == 1 and api.bad_signatures == 0


@pytest.mark.parametrize("pasted,says", [
    ("https://myshop.example/callback?state=x&locale=zh-CN", "holds no authorisation code"),
    ("code-7", "did not connect the shop"),  # not a code TikTok gave
])
def test_a_bad_paste_says_why_and_adds_nothing(qtbot, window, demo_path, api, monkeypatch,
                                               pasted, says):
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: None)
    window.show_page("settings")
    seen = _connect(qtbot, window, api, [], pasted)
    assert says in seen["msg"]
    names = [c["name"] for c in channels.listing(open_shop(demo_path, readonly=True))]
    assert "TikTok Shop" not in names
