"""The customer's orders beside the conversation, used as an agent uses them: the saved orders
at once, newest first; "Send to customer" into the reply box; refresh in a worker (the window
keeps working while the platform answers); a failed lookup keeps the saved orders; an order
card in the thread shows its order."""

from __future__ import annotations

import json
import time

import pytest

from PySide6.QtCore import Qt

from desktop.domain.orders import Status
from desktop.services import channels, orders
from desktop.services.session import open_shop
from desktop.ui.order_words import status_name
from tests.channels.douyin_contract import APP_KEY, APP_SECRET, SHOP_ID, DouyinOpen
from tests.ui.keyboard import click_row
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks


def _row_of(window, kind: str | None, with_card: bool = False) -> int:
    """The first conversation on a channel of ``kind`` (any: None), with an order card when
    asked: in the list as it opens, else in the other views in turn (a small demo built at
    night may have no open conversation on a platform); each list is scrolled on (paged in)
    until there is one."""
    lst = window.inbox.list
    reader = window.context.reader
    for tab in [lst.tabs.currentIndex(), *range(lst.tabs.count())]:
        lst.tabs.setCurrentIndex(tab)
        window.context.db.wait_idle()
        model, row = lst.model, 0
        while True:
            while row < model.rowCount():
                summary = model.summary(row)
                if (kind is None or summary.channel_kind == kind) and \
                        (not with_card or orders.card_orders(reader, summary.id)):
                    return row
                row += 1
            if not model.canFetchMore(model.index(-1, -1).parent()):
                break
            model.fetchMore(model.index(-1, -1).parent())
            window.context.db.wait_idle()
    raise AssertionError(f"no {kind} conversation in any list")


def test_the_saved_orders_show_newest_first_and_go_to_the_reply_box(window, qtbot):
    click_row(qtbot, window, _row_of(window, "douyin"))
    panel = window.inbox.customer.order_list
    detail = window.inbox.conversation.detail
    started = time.perf_counter()
    panel.show_customer(detail.customer.id, "zh")  # as on every switch: the saved orders
    assert time.perf_counter() - started < 0.05
    saved = orders.for_customer(window.context.reader, detail.customer.id)
    assert saved and [c.order.order_id for c in panel.cards] == [o.order_id for o in saved]
    assert [o.created_at for o in saved] == sorted((o.created_at for o in saved), reverse=True)
    first = panel.cards[0]
    assert status_name(first.order.status) in first.status.text()
    assert first.order.items[0].name in first.items.text()
    composer = window.inbox.conversation.composer
    composer.editor.setPlainText("亲，")
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    qtbot.mouseClick(first.send, Qt.MouseButton.LeftButton)
    text = composer.editor.toPlainText()
    assert text.startswith("亲，订单 " + first.order.order_id)
    assert first.order.total in text
    if first.copy is not None:
        qtbot.mouseClick(first.copy, Qt.MouseButton.LeftButton)
        from PySide6.QtGui import QGuiApplication
        assert QGuiApplication.clipboard().text() == first.order.tracking[0].number


def test_a_channel_that_cannot_look_orders_up_says_so_and_keeps_them(window, qtbot):
    click_row(qtbot, window, _row_of(window, "tiktok"))
    panel = window.inbox.customer.order_list
    before = [c.order.order_id for c in panel.cards]
    assert before
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.problem.text() != "", timeout=5000)
    assert "cannot look orders up" in panel.problem.text()
    assert [c.order.order_id for c in panel.cards] == before


def test_a_douyin_customers_panel_says_the_platform_cannot_list_a_buyers_orders(window, qtbot):
    panel = window.inbox.customer.order_list
    click_row(qtbot, window, _row_of(window, "douyin"))
    assert panel.note.isVisible()
    assert panel.note.text().startswith("The Douyin shop platform cannot list a buyer's orders")
    click_row(qtbot, window, _row_of(window, "tiktok"))  # TikTok Shop can: nothing said
    assert not panel.note.isVisible()


def _not_shipped_yet(window) -> int:
    """A row of the list whose customer has an order not shipped yet (made so: the demo's
    orders depend on the hour it was built), as a platform would say it."""
    from dataclasses import replace

    model, reader = window.inbox.list.model, window.context.reader
    for row in range(model.rowCount()):
        customer = reader.conn.execute("SELECT customer_id FROM conversations WHERE id = ?",
                                       (model.summary(row).id,)).fetchone()[0]
        mine = orders.for_customer(reader, customer)
        if mine:
            shop = open_shop(window.context.db.path)
            orders.save(shop, [replace(mine[0], status=Status.AWAITING_SHIPMENT,
                                       platform_status="待发货", tracking=(),
                                       shipped_at=None)])
            shop.close()
            return row
    raise AssertionError("no customer with an order in the list")


def test_an_order_without_logistics_says_so_in_the_shops_language(qtbot, demo_path):
    from desktop.app import build_window

    win, _welcome = build_window(demo_path, "zh_CN")
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    win.start()
    win.context.db.wait_idle()
    try:
        panel = win.inbox.customer.order_list
        click_row(qtbot, win, _not_shipped_yet(win))
        qtbot.waitUntil(lambda: any(not c.order.tracking for c in panel.cards), timeout=5000)
        waiting = next(c for c in panel.cards if not c.order.tracking)
        assert "暂无物流信息" in waiting.latest.text()
        assert "No logistics yet" not in waiting.latest.text()
    finally:
        win.context.db.shutdown()


def test_an_order_card_in_the_thread_shows_its_order(window, qtbot):
    tabs = window.inbox.list.tabs
    closed = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Closed")
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(closed).center())
    window.context.db.wait_idle()
    click_row(qtbot, window, _row_of(window, None, with_card=True))
    detail = window.inbox.conversation.detail
    order = next(iter(orders.card_orders(window.context.reader, detail.id).values()))
    shown = window.inbox.conversation.thread.toPlainText()
    assert status_name(order.status) in shown and order.total in shown


@pytest.fixture
def platform():
    server = DouyinOpen()
    yield server
    server.close()


def _connected(qtbot, demo_path, platform, lang: str):
    from desktop.app import build_window

    shop = open_shop(demo_path)
    channels.add(shop, "douyin", "douyin", {"app_key": APP_KEY, "shop_id": SHOP_ID,
                                            "api_base": platform.base},
                 {"secrets": json.dumps({"app_secret": APP_SECRET, "access_token":
                                         "dy-token-1", "refresh_token": "dy-refresh-1"})})
    for (order_id,) in shop.conn.execute(
            "SELECT order_id FROM orders o JOIN channels c ON c.id = o.channel_id "
            "WHERE c.name = 'douyin'"):
        platform.add_order(order_id, status=5, desc="已完成")
    shop.close()
    win, _welcome = build_window(demo_path, lang)
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    win.start()
    win.context.db.wait_idle()
    return win


@pytest.fixture
def connected_window(qtbot, demo_path, platform):
    """The demo shop with its 抖店 channel connected to a local, slow open platform that knows
    the demo's orders as completed."""
    win = _connected(qtbot, demo_path, platform, "en")
    yield win
    win.context.db.shutdown()


@pytest.fixture(params=["en", "zh_CN"])
def connected_window_in(request, qtbot, demo_path, platform):
    win = _connected(qtbot, demo_path, platform, request.param)
    yield win, request.param
    win.context.db.shutdown()


WORDS = {
    "en": ("The platform asks us to slow down; try again in a minute.",
           "The shop's authorisation has ended; authorise ShopDesk again in the platform's "
           "back office."),
    "zh_CN": ("平台提示查询太频繁，请一分钟后再试。",
              "店铺授权已失效，请到平台后台重新授权 ShopDesk。"),
}


def test_a_rate_limit_and_an_ended_authorisation_are_said_in_the_shops_language(
        connected_window_in, qtbot, platform):
    """抖店's own codes (60000; 40003 isv.access-token-expired whose renewal fails with
    50001): each in words in the panel, the saved orders kept, nothing stored half."""
    window, lang = connected_window_in
    click_row(qtbot, window, _row_of(window, "douyin"))
    panel = window.inbox.customer.order_list
    before = [(c.order.order_id, c.order.status) for c in panel.cards]
    assert before
    platform.throttle_next = 1000
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=15000)
    assert panel.problem.text() == WORDS[lang][0]
    assert [(c.order.order_id, c.order.status) for c in panel.cards] == before
    platform.throttle_next = 0
    platform.access_token, platform.refresh_fails = "dy-token-9", True  # expired, for good
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=15000)
    assert panel.problem.text() == WORDS[lang][1]
    assert [(c.order.order_id, c.order.status) for c in panel.cards] == before
    assert platform.calls.count("token.refresh") == 1 and platform.bad_signatures == 0


def test_refresh_asks_the_platform_in_a_worker_while_the_window_keeps_working(
        connected_window, qtbot, platform):
    window = connected_window
    click_row(qtbot, window, _row_of(window, "douyin"))
    panel = window.inbox.customer.order_list
    platform.delay = 0.4
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert not panel.refresh_button.isEnabled()  # asked, not waited for: the click returned
    composer = window.inbox.conversation.composer
    composer.editor.setFocus()
    qtbot.keyClicks(composer.editor, "ok")  # typing goes on meanwhile
    assert composer.editor.toPlainText().endswith("ok")
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=15000)
    assert panel.problem.text() == ""
    assert all(c.order.status is Status.COMPLETED for c in panel.cards)
    assert "Completed" in panel.cards[0].status.text()
    assert platform.bad_signatures == 0 and "order.orderDetail" in platform.calls
    # the platform down now: said in words, the orders as last saved stay
    platform.delay = 0
    platform.failures += [(502, "<html>Bad Gateway</html>")] * 50
    qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.refresh_button.isEnabled(), timeout=15000)
    assert "error page" in panel.problem.text()
    assert panel.cards and all(c.order.status is Status.COMPLETED for c in panel.cards)


def test_item_pictures_show_as_thumbnails_when_online(window, qtbot, tmp_path):
    import threading
    from dataclasses import replace
    from functools import partial
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    from PySide6.QtGui import QColor, QImage

    image = QImage(80, 80, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff7d00"))
    image.save(str(tmp_path / "shirt.png"))
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        row = _row_of(window, "tiktok")
        customer_id = window.inbox.list.model.summary(row).customer_id
        shop = open_shop(window.context.db.path)
        order = orders.for_customer(shop, customer_id)[0]
        base = f"http://127.0.0.1:{server.server_address[1]}"
        items = (replace(order.items[0], picture=f"{base}/shirt.png"),
                 *order.items[1:])
        second = replace(order, order_id="P-2", items=(replace(
            order.items[0], picture=f"{base}/missing.png"),))
        orders.save(shop, [replace(order, items=items), second])
        shop.close()
        click_row(qtbot, window, row)
        panel = window.inbox.customer.order_list
        card = next(c for c in panel.cards if c.order.order_id == order.order_id)
        qtbot.waitUntil(lambda: card.thumbnail is not None and card.thumbnail.isVisible(),
                        timeout=5000)
        assert card.thumbnail.pixmap().width() == 40
        missing = next(c for c in panel.cards if c.order.order_id == "P-2")
        qtbot.wait(300)
        assert not missing.thumbnail.isVisible()  # no picture there: the card goes without
    finally:
        server.shutdown()
        server.server_close()


def test_a_douyin_channel_is_named_in_the_shops_words_in_settings(connected_window, qtbot):
    window = connected_window
    window.nav.setCurrentRow(window.nav.count() - 1)  # Settings
    card = window.settings_page.channels_card

    def kind_of(name: str) -> str:
        rows = range(card.table.rowCount())
        return next((card.table.item(r, 1).text() for r in rows
                     if card.table.item(r, 0).text() == name), "")

    qtbot.waitUntil(lambda: kind_of("douyin") == "Douyin shop (orders)", timeout=5000)
    window.set_language("zh_CN")
    qtbot.waitUntil(lambda: kind_of("douyin") == "抖店（订单）", timeout=5000)


def test_the_customer_panel_offers_nothing_before_a_conversation_is_open(window, qtbot):
    panel = window.inbox.customer
    assert window.inbox.conversation.detail is None
    assert not panel.order_list.refresh_button.isVisible()
    for title in (panel.orders_title, panel.tags_title, panel.earlier_title, panel.notes_title):
        assert not title.isVisible()
    inbox = window.inbox
    inbox.list.view.setCurrentIndex(inbox.list.model.index(0))
    window.context.db.wait_idle()
    qtbot.waitUntil(lambda: panel.order_list.refresh_button.isVisible())
    assert panel.orders_title.isVisible() and panel.notes_title.isVisible()
