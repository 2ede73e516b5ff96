"""Settings › Channels › Chat bridge: a 抖店 channel added before its webhook bridge names the
bridge later, by the rules of adding one (one 抖店 channel per bridge), through the window."""

from __future__ import annotations

import json

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import channels
from desktop.services.session import open_shop
from desktop.ui.bridge_dialog import BridgeDialog
from tests.channels.douyin_contract import APP_KEY
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks
from tests.ui.team_day import english_afterwards  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("english_afterwards")

KEYS = {"secrets": json.dumps({"app_secret": "s", "access_token": "t", "refresh_token": "r"})}


@pytest.fixture
def shop(demo_path):
    """Two 抖店 channels (paused: no platform is asked here), the second already bridged by
    网站客服, and the webhook 抖音中转 added after them."""
    store = open_shop(demo_path)
    for name, bridge in (("抖音旗舰店", None), ("网站客服", None), ("抖音二店", "网站客服")):
        if name == "网站客服":
            channels.add(store, "webhook", name, {"port": 0})
            continue
        channels.add(store, "douyin", name, {"app_key": APP_KEY, "shop_id": "1",
                                             "api_base": "http://127.0.0.1:9",
                                             "bridge": bridge}, KEYS)
        channels.set_paused(store, name, True)
    channels.add(store, "webhook", "抖音中转", {"port": 0})
    return store


@pytest.fixture
def card(qtbot, shop, demo_path):
    from desktop.app import build_window

    window, _welcome = build_window(demo_path, "zh_CN")
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    window.start()
    window.show_page("settings")
    window.context.db.wait_idle()
    yield window.settings_page.channels_card
    window.context.db.shutdown()


def _click_row(qtbot, card, name):
    table = card.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    table.scrollToItem(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(row, 0)).center())
    return row


def _choose(qtbot, card, wanted):
    """Open the chat bridge dialog, pick ``wanted`` with the keyboard (Home, then Down) and
    press OK; returns what the dialog offered and showed first."""
    seen = {}

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BridgeDialog)
        try:
            box = dialog.bridge
            seen["before"] = box.currentText()
            seen["choices"] = [box.itemText(i) for i in range(box.count())]
            box.setFocus()
            qtbot.keyClick(box, Qt.Key.Key_Home)
            for _ in range(box.count()):
                if box.currentText() == wanted:
                    break
                qtbot.keyClick(box, Qt.Key.Key_Down)
            ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(50, pick)
    qtbot.mouseClick(card.bridge, Qt.MouseButton.LeftButton)
    card.context.db.wait_idle()
    return seen


def _bridge(demo_path, name):
    return channels.get(open_shop(demo_path, readonly=True), name)["config"].get("bridge")


def _kind(card, name):
    table = card.table
    return next(table.item(r, 1).text() for r in range(table.rowCount())
                if table.item(r, 0).text() == name)


def test_a_douyin_channel_names_its_bridge_later_in_settings(qtbot, card, demo_path):
    _click_row(qtbot, card, "抖音中转")
    assert not card.bridge.isEnabled()  # a webhook has no bridge of its own
    _click_row(qtbot, card, "抖音旗舰店")
    assert card.bridge.isEnabled() and card.bridge.text() == "聊天转接…"
    seen = _choose(qtbot, card, "抖音中转")
    assert seen["before"] == "没有转接"
    assert sorted(seen["choices"]) == sorted(["没有转接", "网站客服", "抖音中转"])
    assert _bridge(demo_path, "抖音旗舰店") == "抖音中转"
    assert card.hint.text() == "经由 抖音中转 进来的订单卡片，将用 抖音旗舰店 的订单来回复。"
    assert _kind(card, "抖音旗舰店") == "抖店（订单；聊天经由 抖音中转）"
    _click_row(qtbot, card, "抖音旗舰店")
    seen = _choose(qtbot, card, "没有转接")  # and back: no bridge
    assert seen["before"] == "抖音中转"
    assert _bridge(demo_path, "抖音旗舰店") is None
    assert card.hint.text() == "抖音旗舰店 现在没有聊天转接。"
    assert _kind(card, "抖音旗舰店") == "抖店（订单）"


def test_naming_a_bridge_keeps_one_douyin_channel_per_bridge(qtbot, card, demo_path):
    _click_row(qtbot, card, "抖音旗舰店")
    _choose(qtbot, card, "网站客服")  # 抖音二店's bridge already
    assert card.hint.text() == ("“网站客服”的聊天已经通过“抖音二店”查询订单：一个转接只服务一家"
                                "抖店。请先在“抖音二店”上取消它。")
    assert _bridge(demo_path, "抖音旗舰店") is None and _bridge(demo_path, "抖音二店") == "网站客服"
