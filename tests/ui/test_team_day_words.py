"""The team's day in words and signals: status colours, the new-message chime, automatic
replies shown whole, the rule test in words, and Chinese where the app spoke English."""

from __future__ import annotations

import re

import pytest

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableWidget, QWidget

from desktop.services import actions, shop
from desktop.services.session import open_shop
from tests.ui.team_day import (  # noqa: F401 — fixtures
    english_afterwards,
    idle,
    no_errors_in_popups,
    open_conversation,
    themed,
    thread_text,
)

pytestmark = pytest.mark.usefixtures("no_errors_in_popups", "english_afterwards")


def _has_colour(widget: QWidget, colour: str) -> bool:
    """Whether the widget as drawn shows this colour (a few pixels of it, give or take)."""
    image = widget.grab().toImage()
    want = QColor(colour)
    hits = 0
    for x in range(image.width()):
        for y in range(image.height()):
            got = image.pixelColor(x, y)
            if abs(got.red() - want.red()) + abs(got.green() - want.green()) + \
                    abs(got.blue() - want.blue()) < 40:
                hits += 1
    return hits >= 6


def test_my_status_dot_has_the_states_colour(window, qtbot):
    combo = window.status.mine
    assert combo.isVisible()
    colours = {"online": "#00b42a", "break": "#ff9a2e", "offline": "#a9aeb8"}
    for status, colour in colours.items():
        combo.setCurrentIndex(combo.findData(status))  # as shown, not stored
        assert _has_colour(combo, colour), status
        for other in ("online", "break"):  # the vivid colours only for their own state
            if other != status:
                assert not _has_colour(combo, colours[other]), (status, other)


def _customer_writes(demo_path, text: str):
    from desktop.domain.model import CustomerRef, Direction, MessageKind, MessageRecord
    from desktop.domain.timefmt import moment_in_zone
    from desktop.services import inbox
    from desktop.services import shop as shop_service

    store = open_shop(demo_path)
    now = store.clock()
    record = MessageRecord("tiktok", "team-day-new", CustomerRef("team-day-c", "小周"),
                           f"team-day-{now}", Direction.IN, "customer", MessageKind.TEXT, text,
                           moment_in_zone(now, shop_service.shop_zone(store)))
    return inbox.receive(store, [record]).changes


def test_a_new_customer_message_plays_the_shipped_sound(window, qtbot, demo_path, monkeypatch):
    import wave

    from desktop.ui import sound

    with wave.open(str(sound.NEW_MESSAGE)) as chime:  # a real, short WAV file ships
        assert 0.1 < chime.getnframes() / chime.getframerate() < 2
    played: list[str] = []
    window.sound.load()
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: played.append("beep")))
    if window.sound.effect is not None:
        monkeypatch.setattr(window.sound.effect, "play", lambda: played.append("chime"))
    window.activateWindow()
    window.on_job_event({"kind": "delivered", "changes": _customer_writes(demo_path, "在吗")})
    idle(window)
    assert played == ["chime" if window.sound.effect is not None else "beep"]
    # switched off in Settings: silence
    page = window.settings_page
    window.show_page("settings")
    page.sound.setChecked(True)
    page.sound.setFocus()
    qtbot.keyClick(page.sound, Qt.Key.Key_Space)
    assert not page.sound.isChecked()
    window.on_job_event({"kind": "delivered", "changes": _customer_writes(demo_path, "人呢")})
    idle(window)
    assert len(played) == 1


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.usefixtures("themed")
def test_automatic_replies_are_shown_whole_at_1280x720(window, qtbot, language):
    window.set_language(language)
    window.resize(1280, 720)
    window.show_page("templates")
    idle(window)
    page = window.automation_page
    # the page fits the window's width: nothing to scroll sideways for
    assert page.widget().minimumSizeHint().width() <= page.viewport().width()
    table = page.findChildren(QTableWidget)[0]  # the automatic replies, first on the page
    assert table.rowCount() == 8
    for row in range(table.rowCount()):
        for column in (1, 2):
            item = table.item(row, column)
            cell = table.visualItemRect(item)
            needed = table.fontMetrics().boundingRect(
                QRect(0, 0, max(cell.width() - 8, 1), 10_000),
                int(Qt.TextFlag.TextWordWrap), item.text())
            assert cell.width() >= table.fontMetrics().horizontalAdvance(item.text()[:12]), \
                (row, column, cell.width())
            assert cell.height() >= needed.height(), (row, column, item.text())


def test_the_rule_test_says_what_would_happen_in_words(window, qtbot):
    window.show_page("templates")
    idle(window)
    page = window.automation_page
    edit = next(e for e in page.findChildren(QLineEdit)
                if "Test on a message" in e.placeholderText())
    edit.setFocus()
    qtbot.keyClicks(edit, "hello, when will my order ship?")
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Test")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    idle(window)
    results = next(label for label in page.findChildren(QLabel)
                   if "Auto-reply (" in label.text() or "reply [" in label.text())
    text = results.text()
    assert "reply [" not in text
    # no scenario's code (in working hours the welcome reply is named "welcome", and "all
    # agents busy" says busy: words of their own, whatever the hour the test runs at)
    assert not re.search(r"\b(off_hours|public_holiday|holiday_mode|media_only|order_card)\b",
                         text), text
    assert re.search(r"Auto-reply \((welcome|outside working hours|public holiday|holiday "
                     r"mode|all agents busy)\): ", text), text


def test_in_chinese_the_guard_the_webhook_test_and_the_thread_speak_chinese(window, qtbot):
    import socket

    from desktop.services import channels, guard

    window.set_language("zh_CN")
    with socket.socket() as s:  # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = window.context.db
    db.run(lambda store: guard.set_word(store, "微信", "block", "站外联系"), lambda _r: None)
    db.run(lambda store: channels.add(store, "webhook", "小红书桥", {
        "port": 0, "bind": "127.0.0.1", "reply_url": f"http://127.0.0.1:{port}/reply"}),
        lambda _r: None)
    idle(window)
    view = open_conversation(window, tab=2)
    view.composer.editor.insertPlainText("亲，加我微信聊")
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(window)
    message = view.composer.problem.text()  # said above the box, the text kept and marked
    assert message.startswith("未发送：不能发送“微信”（站外联系）"), message
    assert view.composer.editor.toPlainText() == "亲，加我微信聊"
    amy = next(a for a in window.context.agents if a.name == "Amy")
    view.assign(amy.id)
    idle(window)
    qtbot.waitUntil(lambda: "王店长 将会话转给 Amy" in thread_text(view), timeout=5000)
    window.show_page("settings")
    card = window.settings_page.channels_card
    card.refresh()
    idle(window)
    row = next(r for r in range(card.table.rowCount())
               if card.table.item(r, 0).text() == "小红书桥")
    card.table.selectRow(row)
    qtbot.mouseClick(card.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "无法连接回复地址" in card.hint.text(), timeout=10_000)
    assert f"http://127.0.0.1:{port}/reply" in card.hint.text()
    assert "cannot reach" not in card.hint.text()


def test_in_chinese_a_webhook_that_cannot_deliver_says_so_in_chinese(window, qtbot, demo_path):
    import socket

    from desktop.channels import dispatcher, registry
    from desktop.domain.model import CustomerRef, Direction, MessageKind, MessageRecord
    from desktop.domain.timefmt import moment_in_zone
    from desktop.services import channels, inbox
    from desktop.store import conversations, directory

    window.set_language("zh_CN")
    with socket.socket() as s:  # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/reply"
    store = open_shop(demo_path)
    channels.add(store, "webhook", "小红书桥", {"port": 0, "bind": "127.0.0.1",
                                                "reply_url": url})
    now = store.clock()
    inbox.receive(store, [MessageRecord(
        "小红书桥", "xhs-1", CustomerRef("xhs-c", "小鹿"), "xhs-m1", Direction.IN, "customer",
        MessageKind.TEXT, "发货了吗", moment_in_zone(now, shop.shop_zone(store)))])
    channel_id = directory.channel_ids(store.conn)["小红书桥"]
    actions.reply(store, conversations.find(store.conn, channel_id, "xhs-1").id,
                  "亲，已经发货了", None)
    # the channel host's round, run here: the real dispatcher and webhook sender
    report = dispatcher.dispatch(store, registry.connectors(store, {"小红书桥"}))
    assert report.errors["小红书桥"].startswith("cannot reach")
    window.on_job_event({"kind": "channels", "listening": [], "problems": report.problems})
    text = window.status.connection.text()
    assert f"无法送达回复：连接不上回复地址 {url}" in text, text
    assert "cannot reach" not in window.status.connection.toolTip()
