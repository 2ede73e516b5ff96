"""A team's working day in the inbox, through the real window: hand a conversation over with
a note, tag it from the shop's tags, snooze, close with the rating invitation, reopen — each
leaving a line in the thread — and the window usable at the sizes people's screens have."""

from __future__ import annotations

from functools import partial

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from desktop.domain.model import Priority
from desktop.services import actions, shop, team, threads
from desktop.services.session import open_shop
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.header_menus import AssignDialog, TagMenu
from tests.ui.team_day import (  # noqa: F401 — fixtures
    choose,
    english_afterwards,
    idle,
    inside,
    modal,
    no_errors_in_popups,
    open_conversation,
    popup,
    shows_whole,
    themed,
    thread_text,
    when_shown,
)

pytestmark = pytest.mark.usefixtures("no_errors_in_popups", "english_afterwards")


def test_transfer_with_a_note_shows_status_load_and_a_line(window, qtbot, demo_path):
    view = open_conversation(window, tab=2)  # Open
    entries: list[str] = []

    def in_menu(menu: QMenu) -> None:
        entries.extend(a.text() for a in menu.actions())
        choose(qtbot, menu, "Transfer with a note")

    def in_dialog(dialog: AssignDialog) -> None:
        items = [dialog.agents.item(i).text() for i in range(dialog.agents.count())]
        row = next(i for i, t in enumerate(items) if t.startswith("Amy"))
        dialog.agents.setCurrentRow(row)
        qtbot.keyClicks(dialog.note, "refund promised, please follow up")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    reader = open_shop(demo_path, readonly=True)
    workload = team.workload(reader)
    when_shown(qtbot, popup, in_menu)
    dialog_seen = when_shown(qtbot, modal(AssignDialog), in_dialog)
    qtbot.mouseClick(view.buttons["assign"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog_seen), timeout=5000)
    idle(window)
    # each agent with the status the app knows and the conversations they serve now
    for agent, load in workload:
        status = {"online": "Online", "break": "On a break", "offline": "Offline"}
        plural = "" if load == 1 else "s"
        wanted = f"{agent.name} · {status[agent.status]} · {load} open conversation{plural}"
        assert wanted in entries, entries
    line = "王店长 handed the conversation to Amy: refund promised, please follow up"
    qtbot.waitUntil(lambda: line in thread_text(view), timeout=5000)
    assert "Agent: Amy" in view.subtitle.text()
    stored = threads.detail(open_shop(demo_path, readonly=True), view.detail.id)
    assert stored.assignee == "Amy"


def test_replying_to_an_unassigned_conversation_takes_it(window, qtbot, demo_path):
    view = open_conversation(window, tab=0)  # Unassigned
    assert view.detail.assignee is None
    qtbot.keyClicks(view.composer.editor, "On its way today")
    qtbot.keyClick(view.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    idle(window)
    qtbot.waitUntil(lambda: "王店长 took the conversation" in thread_text(view), timeout=5000)
    assert "Agent: 王店长" in view.subtitle.text()
    stored = threads.detail(open_shop(demo_path, readonly=True), view.detail.id)
    assert stored.assignee == "王店长"


def test_tag_from_the_shops_tags_by_searching(window, qtbot):
    view = open_conversation(window, tab=2)
    offered: list[str] = []

    def in_menu(menu: TagMenu) -> None:
        offered.extend(menu.list.item(i).text() for i in range(menu.list.count()))
        menu.search.insert("换")  # Chinese arrives committed by the input method
        offered.append("|")
        offered.extend(menu.list.item(i).text() for i in range(menu.list.count()))
        qtbot.keyClick(menu.search, Qt.Key.Key_Return)

    seen = when_shown(qtbot, popup, in_menu)
    qtbot.mouseClick(view.buttons["tag"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    idle(window)
    before, after = offered[:offered.index("|")], offered[offered.index("|") + 1:]
    assert {"退换货", "尺码", "投诉"} <= set(before)  # the shop's tags, before any typing
    assert after == ["退换货", 'New tag "换"']  # searched; a new name offered last
    qtbot.waitUntil(lambda: '王店长 added the tag "退换货"' in thread_text(view), timeout=5000)
    assert "退换货" in view.detail.tags and "退换货" in view.subtitle.text()


def test_snooze_close_with_rating_invitation_and_reopen_leave_lines(window, qtbot):
    view = open_conversation(window, tab=2)
    conversation_id = view.detail.id
    seen = when_shown(qtbot, popup, lambda menu: choose(qtbot, menu, "For 1 hour"))
    qtbot.mouseClick(view.buttons["snooze"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    idle(window)
    window.inbox.open_conversation(conversation_id)
    idle(window)
    assert "王店长 snoozed the conversation until" in thread_text(view)

    offered: list[tuple[bool, str]] = []

    def in_close(dialog: CloseDialog) -> None:
        offered.append((dialog.send_invite.isChecked(), dialog.invite.toPlainText()))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    seen = when_shown(qtbot, modal(CloseDialog), in_close)
    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    idle(window)
    window.inbox.open_conversation(conversation_id)
    idle(window)
    text = thread_text(view)
    (invite_on, invite), = offered
    english = view.detail.customer.language.startswith("en")
    assert invite_on and invite == shop.get(window.context.reader,
                                            "replies.rating_invite_en" if english
                                            else "replies.rating_invite_zh")
    assert invite in text  # the rating invitation (邀评) went to the customer
    assert "王店长 closed the conversation (resolved)" in text
    assert view.detail.status == "closed"
    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)  # Reopen
    idle(window)
    window.inbox.open_conversation(conversation_id)
    idle(window)
    assert "王店长 reopened the conversation" in thread_text(view)
    assert view.detail.status == "open"


def test_rating_invitation_off_in_settings_is_not_offered(window, qtbot):
    window.context.db.run(lambda s: shop.set_value(s, "replies.rating_invite_on", False),
                          lambda _r: None)
    idle(window)
    view = open_conversation(window, tab=2)
    states: list[bool] = []

    def in_close(dialog: CloseDialog) -> None:
        states.append(dialog.send_invite.isChecked())
        qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)

    seen = when_shown(qtbot, modal(CloseDialog), in_close)
    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert states == [False]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1440, 900), (1920, 1080)])
@pytest.mark.usefixtures("themed")
def test_everything_reachable_at_common_screen_sizes(window, qtbot, language, size):
    window.set_language(language)
    window.resize(*size)
    view = open_conversation(window, tab=2)
    agent = next(a for a in window.context.agents if a.name == "小李")
    view.assign(agent.id)
    for change in (partial(actions.set_priority, priority=Priority.HIGH),  # a long subtitle
                   partial(actions.set_category, category="退换货-七天无理由")):
        window.context.db.run(partial(change, conversation_id=view.detail.id, actor=None),
                              lambda _c: None)
    idle(window)
    window.inbox.open_conversation(view.detail.id)
    idle(window)
    assert "退换货-七天无理由" in view.subtitle.text()
    QApplication.processEvents()
    assert (window.width(), window.height()) == size
    send = view.composer.button
    assert inside(send, window), "the Send button is off-screen"
    assert inside(window.statusBar(), window), "the status bar is off-screen"
    header, subtitle = view.header, view.subtitle
    assert inside(header, window)
    assert "小李" in subtitle.text()
    assert subtitle.isVisible() and subtitle.height() >= subtitle.fontMetrics().height()
    assert shows_whole(subtitle), "subtitle cut"
    assert inside(subtitle, window)
    for key, button in view.buttons.items():
        assert inside(button, window), key
        assert button.width() >= button.sizeHint().width() - 1, key
    tabs = window.inbox.list.tabs
    for i in range(tabs.count()):  # every view tab shown whole, no scrolling needed
        assert tabs.rect().contains(tabs.tabRect(i)), tabs.tabText(i)
