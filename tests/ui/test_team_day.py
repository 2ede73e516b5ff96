"""A team's working day in the inbox, through the real window: hand a conversation over with
a note, tag it from the shop's tags, snooze, close with the rating invitation, reopen — each
leaving a line in the thread — and the window usable at the sizes people's screens have."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

import pytest

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QWidget,
)

from desktop.domain.model import Priority
from desktop.services import actions, shop, team, threads
from desktop.services.session import open_shop
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.header_menus import AssignDialog, TagMenu


def _idle(window) -> None:
    for _ in range(3):
        window.context.db.wait_idle()
        QApplication.processEvents()


def _when_shown(qtbot, find: Callable[[], QWidget | None], act: Callable[[QWidget], None]):
    """Act on a popup or dialog as soon as it is on screen (menus and dialogs run their own
    event loop while open); returns a list that holds the widget once acted on."""
    seen: list[QWidget] = []
    timer = QTimer()

    def poll() -> None:
        found = find()
        if found is not None and found.isVisible() and not seen:
            seen.append(found)
            timer.stop()
            try:
                act(found)
            except Exception as exc:  # noqa: BLE001 — reported by the test, not lost
                _ERRORS.append(exc)
                found.close()  # never leave a popup or dialog waiting for ever

    timer.timeout.connect(poll)
    timer.start(30)
    _TIMERS.append(timer)
    return seen


_TIMERS: list[QTimer] = []
_ERRORS: list[BaseException] = []


@pytest.fixture(autouse=True)
def _no_errors_in_popups():
    _ERRORS.clear()
    yield
    assert not _ERRORS, _ERRORS


@pytest.fixture(autouse=True)
def _english_afterwards():
    """Tests here switch the language; the next test file starts in English again."""
    yield
    from desktop.ui import i18n

    i18n.install("en")


def _popup() -> QWidget | None:
    return QApplication.activePopupWidget()


def _modal(kind: type) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, kind) else None
    return find


def _choose(qtbot, menu: QMenu, starts: str) -> None:
    """Walk down a menu with the keyboard to the entry that starts with ``starts``."""
    for _ in range(len(menu.actions()) + 1):
        active = menu.activeAction()
        if active is not None and active.text().startswith(starts):
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    raise AssertionError(f"no entry {starts!r} in {[a.text() for a in menu.actions()]}")


def _open(window, tab: int = 0):
    lst = window.inbox.list
    lst.tabs.setCurrentIndex(tab)
    _idle(window)
    assert lst.model.rowCount() > 0
    lst.view.setCurrentIndex(lst.model.index(0))
    _idle(window)
    return window.inbox.conversation


def _thread(view) -> str:
    return view.thread.toPlainText()


def test_transfer_with_a_note_shows_status_load_and_a_line(window, qtbot, demo_path):
    view = _open(window, tab=2)  # Open
    entries: list[str] = []

    def in_menu(menu: QMenu) -> None:
        entries.extend(a.text() for a in menu.actions())
        _choose(qtbot, menu, "Transfer with a note")

    def in_dialog(dialog: AssignDialog) -> None:
        items = [dialog.agents.item(i).text() for i in range(dialog.agents.count())]
        row = next(i for i, t in enumerate(items) if t.startswith("Amy"))
        dialog.agents.setCurrentRow(row)
        qtbot.keyClicks(dialog.note, "refund promised, please follow up")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    reader = open_shop(demo_path, readonly=True)
    workload = team.workload(reader)
    _when_shown(qtbot, _popup, in_menu)
    dialog_seen = _when_shown(qtbot, _modal(AssignDialog), in_dialog)
    qtbot.mouseClick(view.buttons["assign"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog_seen), timeout=5000)
    _idle(window)
    # each agent with the status the app knows and the conversations they serve now
    for agent, load in workload:
        status = {"online": "Online", "break": "On a break", "offline": "Offline"}
        plural = "" if load == 1 else "s"
        wanted = f"{agent.name} · {status[agent.status]} · {load} open conversation{plural}"
        assert wanted in entries, entries
    line = "王店长 handed the conversation to Amy: refund promised, please follow up"
    qtbot.waitUntil(lambda: line in _thread(view), timeout=5000)
    assert "Agent: Amy" in view.subtitle.text()
    stored = threads.detail(open_shop(demo_path, readonly=True), view.detail.id)
    assert stored.assignee == "Amy"


def test_replying_to_an_unassigned_conversation_takes_it(window, qtbot, demo_path):
    view = _open(window, tab=0)  # Unassigned
    assert view.detail.assignee is None
    qtbot.keyClicks(view.composer.editor, "On its way today")
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _idle(window)
    qtbot.waitUntil(lambda: "王店长 took the conversation" in _thread(view), timeout=5000)
    assert "Agent: 王店长" in view.subtitle.text()
    stored = threads.detail(open_shop(demo_path, readonly=True), view.detail.id)
    assert stored.assignee == "王店长"


def test_tag_from_the_shops_tags_by_searching(window, qtbot):
    view = _open(window, tab=2)
    offered: list[str] = []

    def in_menu(menu: TagMenu) -> None:
        offered.extend(menu.list.item(i).text() for i in range(menu.list.count()))
        menu.search.insert("换")  # Chinese arrives committed by the input method
        offered.append("|")
        offered.extend(menu.list.item(i).text() for i in range(menu.list.count()))
        qtbot.keyClick(menu.search, Qt.Key.Key_Return)

    seen = _when_shown(qtbot, _popup, in_menu)
    qtbot.mouseClick(view.buttons["tag"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    _idle(window)
    before, after = offered[:offered.index("|")], offered[offered.index("|") + 1:]
    assert {"退换货", "尺码", "投诉"} <= set(before)  # the shop's tags, before any typing
    assert after == ["退换货", 'New tag "换"']  # searched; a new name offered last
    qtbot.waitUntil(lambda: '王店长 added the tag "退换货"' in _thread(view), timeout=5000)
    assert "退换货" in view.detail.tags and "退换货" in view.subtitle.text()


def test_snooze_close_with_rating_invitation_and_reopen_leave_lines(window, qtbot):
    view = _open(window, tab=2)
    conversation_id = view.detail.id
    seen = _when_shown(qtbot, _popup, lambda menu: _choose(qtbot, menu, "For 1 hour"))
    qtbot.mouseClick(view.buttons["snooze"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    _idle(window)
    window.inbox.open_conversation(conversation_id)
    _idle(window)
    assert "王店长 snoozed the conversation until" in _thread(view)

    offered: list[tuple[bool, str]] = []

    def in_close(dialog: CloseDialog) -> None:
        offered.append((dialog.send_invite.isChecked(), dialog.invite.toPlainText()))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    seen = _when_shown(qtbot, _modal(CloseDialog), in_close)
    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    _idle(window)
    window.inbox.open_conversation(conversation_id)
    _idle(window)
    text = _thread(view)
    (invite_on, invite), = offered
    english = view.detail.customer.language.startswith("en")
    assert invite_on and invite == shop.get(window.context.reader,
                                            "replies.rating_invite_en" if english
                                            else "replies.rating_invite_zh")
    assert invite in text  # the rating invitation (邀评) went to the customer
    assert "王店长 closed the conversation (resolved)" in text
    assert view.detail.status == "closed"
    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)  # Reopen
    _idle(window)
    window.inbox.open_conversation(conversation_id)
    _idle(window)
    assert "王店长 reopened the conversation" in _thread(view)
    assert view.detail.status == "open"


def test_rating_invitation_off_in_settings_is_not_offered(window, qtbot):
    window.context.db.run(lambda s: shop.set_value(s, "replies.rating_invite_on", False),
                          lambda _r: None)
    _idle(window)
    view = _open(window, tab=2)
    states: list[bool] = []

    def in_close(dialog: CloseDialog) -> None:
        states.append(dialog.send_invite.isChecked())
        qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)

    seen = _when_shown(qtbot, _modal(CloseDialog), in_close)
    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert states == [False]


def _shows_whole(label) -> bool:
    """The label's text fits in it: on its lines when it wraps, on one line when not."""
    width = label.contentsRect().width()
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.fontMetrics().horizontalAdvance(label.text()) <= width


def _inside(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(top_left, widget.size()))


@pytest.fixture
def themed(qapp):
    """The app's own fonts and style sheet, as people see it (restored afterwards)."""
    from desktop.ui import theme

    font, sheet = qapp.font(), qapp.styleSheet()
    theme.apply(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1440, 900), (1920, 1080)])
def test_everything_reachable_at_common_screen_sizes(themed, window, qtbot, language, size):
    window.set_language(language)
    window.resize(*size)
    view = _open(window, tab=2)
    agent = next(a for a in window.context.agents if a.name == "小李")
    view.assign(agent.id)
    for change in (partial(actions.set_priority, priority=Priority.HIGH),  # a long subtitle
                   partial(actions.set_category, category="退换货-七天无理由")):
        window.context.db.run(partial(change, conversation_id=view.detail.id, actor=None),
                              lambda _c: None)
    _idle(window)
    window.inbox.open_conversation(view.detail.id)
    _idle(window)
    assert "退换货-七天无理由" in view.subtitle.text()
    QApplication.processEvents()
    assert (window.width(), window.height()) == size
    send = view.composer.button
    assert _inside(send, window), "the Send button is off-screen"
    assert _inside(window.statusBar(), window), "the status bar is off-screen"
    header, subtitle = view.header, view.subtitle
    assert _inside(header, window)
    assert "小李" in subtitle.text()
    assert subtitle.isVisible() and subtitle.height() >= subtitle.fontMetrics().height()
    assert _shows_whole(subtitle), "subtitle cut"
    assert _inside(subtitle, window)
    for key, button in view.buttons.items():
        assert _inside(button, window), key
        assert button.width() >= button.sizeHint().width() - 1, key
    tabs = window.inbox.list.tabs
    for i in range(tabs.count()):  # every view tab shown whole, no scrolling needed
        assert tabs.rect().contains(tabs.tabRect(i)), tabs.tabText(i)


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
    _idle(window)
    assert played == ["chime" if window.sound.effect is not None else "beep"]
    # switched off in Settings: silence
    page = window.settings_page
    window.show_page("settings")
    page.sound.setChecked(True)
    page.sound.setFocus()
    qtbot.keyClick(page.sound, Qt.Key.Key_Space)
    assert not page.sound.isChecked()
    window.on_job_event({"kind": "delivered", "changes": _customer_writes(demo_path, "人呢")})
    _idle(window)
    assert len(played) == 1


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_automatic_replies_are_shown_whole_at_1280x720(themed, window, qtbot, language):
    window.set_language(language)
    window.resize(1280, 720)
    window.show_page("templates")
    _idle(window)
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
    _idle(window)
    page = window.automation_page
    edit = next(e for e in page.findChildren(QLineEdit)
                if "Test on a message" in e.placeholderText())
    edit.setFocus()
    qtbot.keyClicks(edit, "hello, when will my order ship?")
    button = next(b for b in page.findChildren(QPushButton) if b.text() == "Test")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    _idle(window)
    results = next(label for label in page.findChildren(QLabel)
                   if "Auto-reply (" in label.text() or "reply [" in label.text())
    text = results.text()
    assert "reply [" not in text
    assert not re.search(r"\b(off_hours|public_holiday|holiday_mode|media_only|welcome|"
                         r"order_card|busy)\b", text), text
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
    _idle(window)
    view = _open(window, tab=2)
    view.composer.editor.insertPlainText("亲，加我微信聊")
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    _idle(window)
    message = window.status.currentMessage()
    assert message.startswith("未发送：不能使用“微信”（站外联系）"), message
    amy = next(a for a in window.context.agents if a.name == "Amy")
    view.assign(amy.id)
    _idle(window)
    qtbot.waitUntil(lambda: "王店长 将会话转给 Amy" in _thread(view), timeout=5000)
    window.show_page("settings")
    card = window.settings_page.channels_card
    card.refresh()
    _idle(window)
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
    window.on_job_event({"kind": "channels", "listening": [], "problems": report.errors})
    text = window.status.connection.text()
    assert f"无法送达回复：连接不上回复地址 {url}" in text, text
    assert "cannot reach" not in window.status.connection.toolTip()
