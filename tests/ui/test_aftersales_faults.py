"""A 抖店 channel whose after-sales list comes back broken (code 10000, no ``items``), on the
real window with the real channel host polling a local 抖店 open platform: the requests stay
in the after-sales view with their deadlines, and the channel says what is wrong, in the
shop's language."""

from __future__ import annotations

import json
import time
from functools import partial

import pytest

from PySide6.QtCore import Qt

from desktop.app import connect_channels
from desktop.channels.host import ChannelHost
from desktop.domain.aftersales import AfterSale, Kind, Stage
from desktop.services import aftersales, channels
from desktop.services.session import open_shop
from desktop.ui.job_events import JobEvents
from tests.channels import douyin_contract
from tests.channels.douyin_contract import DouyinOpen
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks
from tests.ui.team_day import english_afterwards  # noqa: F401 - a fixture

pytestmark = pytest.mark.usefixtures("english_afterwards")
DY = "抖音小店"
SAID = "抖店返回的内容不完整：没有改动任何数据，稍后会重试。"


@pytest.fixture
def broken_platform():
    server = DouyinOpen()
    server._after_sale_list = lambda handler, params: server._ok(handler, {"foo": 1})
    yield server
    server.close()


def test_a_broken_after_sales_answer_closes_nothing_and_the_channel_says_so(
        window, qtbot, demo_path, broken_platform):
    window.set_language("zh_CN")
    store = open_shop(demo_path)
    channels.add(store, "douyin", DY, {"app_key": douyin_contract.APP_KEY,
                                       "shop_id": douyin_contract.SHOP_ID,
                                       "api_base": broken_platform.base},
                 {"secrets": json.dumps({"app_secret": douyin_contract.APP_SECRET,
                                         "access_token": "dy-token-1",
                                         "refresh_token": "dy-refresh-1"})})
    deadline = (int(time.time()) + 3 * 3600) * 1000
    aftersales.save(store, DY, [AfterSale(  # fetched open before the platform broke
        channel=DY, request_id="as-1", order_id="6920001234567", kind=Kind.REFUND_ONLY,
        stage=Stage.TO_REVIEW, platform_status="待商家处理", amount="99.00", currency="CNY",
        reason="不想要了", deadline=deadline, created_at=deadline - 86_400_000)])
    store.close()
    events = JobEvents()
    host = ChannelHost(partial(open_shop, demo_path), events.event.emit)
    events.event.connect(window.on_job_event)
    connect_channels(window, host)
    host.start()
    try:
        qtbot.waitUntil(lambda: "afterSale.List" in broken_platform.calls, timeout=15_000)
        qtbot.waitUntil(lambda: SAID in window.status.connection.toolTip(), timeout=15_000)
    finally:
        host.stop()
    window.show_page("settings")
    card = window.settings_page.channels_card
    card.refresh()
    window.context.db.wait_idle()
    row = next(r for r in range(card.table.rowCount()) if card.table.item(r, 0).text() == DY)
    assert card.table.item(row, 2).text() == SAID
    window.show_page("inbox")
    view = window.inbox.after_sales
    view.refresh()
    window.context.db.wait_idle()
    qtbot.mouseClick(view.button, Qt.MouseButton.LeftButton)
    mine = [i for i in view.items if i.channel == DY]
    assert [(i.request_id, i.deadline, i.handled_at) for i in mine] == [("as-1", deadline,
                                                                         None)]
