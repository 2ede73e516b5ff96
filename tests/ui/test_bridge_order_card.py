"""An order card a buyer sends through the shop's chat bridge, in the real window with the
channels running as in the app: the 抖店 channel names the bridge, the card's order is looked up
at once from a local open platform, and the card in the thread shows that order inline."""

from __future__ import annotations

import json
import socket
import time
from functools import partial

import pytest
import requests

from PySide6.QtCore import Qt

from desktop.app import connect_channels
from desktop.channels.host import ChannelHost
from desktop.services import channels
from desktop.services.session import open_shop
from desktop.ui.job_events import JobEvents
from tests.channels.douyin_contract import APP_KEY, APP_SECRET, SHOP_ID, DouyinOpen
from tests.ui.keyboard import click_row
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks

ORDER = "6920017788990011"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def platform():
    server = DouyinOpen()
    yield server
    server.close()


@pytest.fixture
def bridged(window, demo_path, platform):
    """The demo shop with a chat bridge (webhook) and the 抖店 channel that names it, the
    channels running beside the window as the app runs them."""
    shop = open_shop(demo_path)
    port = _free_port()
    token = channels.add(shop, "webhook", "抖音中转", {"port": port})["token"]
    channels.add(shop, "douyin", "抖音旗舰店", {"app_key": APP_KEY, "shop_id": SHOP_ID,
                                              "api_base": platform.base, "bridge": "抖音中转"},
                 {"secrets": json.dumps({"app_secret": APP_SECRET, "access_token":
                                         "dy-token-1", "refresh_token": "dy-refresh-1"})})
    shop.close()
    events = JobEvents()
    host = ChannelHost(partial(open_shop, demo_path), events.event.emit)
    events.event.connect(window.on_job_event)
    connect_channels(window, host)
    host.start()
    yield window, port, token
    host.stop()


def _row_on(window, channel: str) -> int | None:
    """The row of the list's first conversation on ``channel`` (the list paged in as needed)."""
    model = window.inbox.list.model
    root = model.index(-1, -1).parent()
    row = 0
    while True:
        while row < model.rowCount():
            if model.summary(row).channel == channel:
                return row
            row += 1
        if not model.canFetchMore(root):
            return None
        model.fetchMore(root)
        window.context.db.wait_idle()


def test_a_bridged_order_card_shows_the_order_looked_up_at_once(bridged, qtbot, platform):
    window, port, token = bridged
    platform.add_order(ORDER)
    platform.routes["YT7788"] = [{"content": "【杭州】派送中，快递员正在派件",
                                  "timestamp": int(time.time()) - 600}]
    card = {"conversation": "c-bridge-1", "customer": {"id": "dy-buyer-1", "name": "小桃"},
            "id": "bridge-card-1", "direction": "in", "author": "customer",
            "kind": "order_card", "text": "", "order_id": ORDER,
            "sent_at": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())}
    qtbot.waitUntil(lambda: _answers(port), timeout=10_000)
    answer = requests.post(f"http://127.0.0.1:{port}/messages", json=card, timeout=30,
                           headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200 and answer.json()["stored"] == 1, answer.text
    assert platform.bad_signatures == 0 and "order.orderDetail" in platform.calls
    qtbot.waitUntil(lambda: _row_on(window, "抖音中转") is not None, timeout=10_000)
    row = _row_on(window, "抖音中转")
    model = window.inbox.list.model  # the list names the card, not its code
    assert model.data(model.index(row), Qt.ItemDataRole.ToolTipRole) == "[Order card]"
    click_row(qtbot, window, row)
    thread = window.inbox.conversation.thread
    qtbot.waitUntil(lambda: "【杭州】派送中，快递员正在派件" in thread.toPlainText(),
                    timeout=5000)
    shown = thread.toPlainText()
    assert ORDER in shown and "In transit" in shown and "59.00" in shown
    assert "已为您查询到包裹最新动态" in shown  # the auto-reply, opening with the live part
    window.set_language("zh_CN")
    window.context.db.wait_idle()
    row = _row_on(window, "抖音中转")
    assert model.data(model.index(row), Qt.ItemDataRole.ToolTipRole) == "[订单卡片]"


def _answers(port: int) -> bool:
    try:
        return requests.get(f"http://127.0.0.1:{port}/health", timeout=2).ok
    except requests.ConnectionError:
        return False


def test_the_status_bar_keeps_what_it_says_when_the_language_changes(bridged, qtbot):
    """The channels' state and the shop's hours are said again in the new language, not
    replaced by "no channel connected yet" nor left in the old one."""
    window, _port, _token = bridged
    status = window.status
    qtbot.waitUntil(lambda: status.connection.text().startswith("●"), timeout=10_000)
    qtbot.waitUntil(lambda: status.hours.text() != "", timeout=5000)
    said = status.connection.text()
    window.set_language("zh_CN")
    window.context.db.wait_idle()
    assert status.connection.text().startswith("●"), status.connection.text()
    assert status.connection.text() != said  # said again, in Chinese
    qtbot.waitUntil(lambda: not any(c.isascii() and c.isalpha() for c in status.hours.text()),
                    timeout=2000)
