"""A working day in the inbox, in Chinese, on the demo shop, with keyboard and mouse: every
view, every filter value and sort; a draft kept while switching; "/" templates typed at speed;
Ctrl+1…3; a reply sent; a blocked word; an internal note; a hand-over with a note, a tag from
the shop's tags, snooze, close with the rating invitation, reopen; a search and one of its
hits; every page; the dashboard's "now" card opening who waits; the window at the sizes
people's screens have, in Chinese and English. No crash report, nothing lost."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop.services import threads
from desktop.services.session import open_shop
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.header_menus import AssignDialog, TagMenu
from desktop.ui.main_window import PAGES
from tests.ui.keyboard import click, click_row, press, type_text
from tests.ui.team_day import choose, idle, inside, modal, popup, thread_text, when_shown

REFUND = "亲，退款已经为您加急处理"  # the demo shop's template "tk"


def _walk_views_filters_and_sorts(window, qtbot) -> None:
    lst = window.inbox.list
    for tab in range(lst.tabs.count()):
        qtbot.mouseClick(lst.tabs, Qt.MouseButton.LeftButton,
                         pos=lst.tabs.tabRect(tab).center())
        window.context.db.wait_idle()
        assert lst.tabs.currentIndex() == tab
        shown = lst.stack.currentWidget()
        assert shown is (lst.view if lst.model.rowCount() else lst.empty)
        if shown is lst.empty:
            assert lst.empty.text()
    qtbot.mouseClick(lst.tabs, Qt.MouseButton.LeftButton, pos=lst.tabs.tabRect(2).center())
    everything = lst.model.rowCount()
    for combo in (lst.channel, lst.tag, lst.agent, lst.sort):
        combo.setFocus()
        for _ in range(combo.count() - 1):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
            window.context.db.wait_idle()
        assert combo.currentIndex() == combo.count() - 1
        for _ in range(combo.count() - 1):
            qtbot.keyClick(combo, Qt.Key.Key_Up)
        assert combo.currentIndex() == 0
        assert lst.model.rowCount() == everything
    assert lst.sort.currentText() == "等待最久"


def _open_one_with_suggestions(window, qtbot) -> int:
    view = window.inbox.conversation
    for row in range(window.inbox.list.model.rowCount()):
        click_row(qtbot, window, row)
        if len(view._suggested) >= 3:
            return row
    raise AssertionError("no conversation with three suggestions in the demo shop")


def test_a_working_day_in_the_inbox(window, qtbot, demo_path):
    logs = Path(os.environ["SHOPDESK_HOME"]) / "logs"
    window.set_language("zh_CN")
    window.activateWindow()
    _walk_views_filters_and_sorts(window, qtbot)
    view = window.inbox.conversation
    composer = view.composer
    reader = open_shop(demo_path, readonly=True)

    # a draft survives switching away and back
    first = click_row(qtbot, window, 0)
    click(qtbot, composer.editor)
    type_text(qtbot, window, "亲，在的，")
    click_row(qtbot, window, 1)
    assert composer.editor.toPlainText() == ""
    click_row(qtbot, window, 0)
    assert composer.editor.toPlainText() == "亲，在的，"

    # "/tk" typed at speed into the draft: the template goes in where the cursor is
    click(qtbot, composer.editor)
    composer.editor.moveCursor(composer.editor.textCursor().MoveOperation.End)
    type_text(qtbot, window, "/tk", pause_ms=40)
    assert composer.editor.toPlainText() == "亲，在的，/tk"
    assert composer.quick.isVisible() and composer.quick.item(0).text().startswith("tk")
    press(qtbot, window, Qt.Key.Key_Return)
    assert composer.editor.toPlainText().startswith("亲，在的，" + REFUND)

    # sent with Ctrl+Enter: shown in the thread, the box empty, the draft gone
    sent = composer.editor.toPlainText()
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.context.db.wait_idle()
    assert composer.editor.toPlainText() == ""
    assert sent.splitlines()[0] in view.thread.toPlainText()
    assert threads.detail(reader, first).messages[-1].text == sent

    # Ctrl+1…3 put the knowledge base's answers in at the cursor
    _open_one_with_suggestions(window, qtbot)
    click(qtbot, composer.editor)
    before = composer.editor.toPlainText()
    for n, key in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3)):
        press(qtbot, window, key, Qt.KeyboardModifier.ControlModifier)
        answer = view._suggested[n]["answer"].split("[")[0].strip()[:10]
        assert answer in composer.editor.toPlainText()
    assert composer.editor.toPlainText().startswith(before)
    composer.editor.selectAll()
    press(qtbot, window, Qt.Key.Key_Delete)

    # a blocked word: the text stays, the word is marked, the reason is in Chinese
    type_text(qtbot, window, "亲，加我微信详聊", pause_ms=0)
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert composer.editor.toPlainText() == "亲，加我微信详聊"
    assert composer.blocked_words() == ["微信"]
    assert composer.problem.isVisible() and "未发送" in composer.problem.text()
    composer.editor.selectAll()
    press(qtbot, window, Qt.Key.Key_Delete)

    # an internal note, and the next conversation is back in reply mode
    click(qtbot, composer.note)
    assert composer.button.text() == "添加备注"
    click(qtbot, composer.editor)
    type_text(qtbot, window, "客户要求周五前发货", pause_ms=0)
    qtbot.mouseClick(composer.button, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert "客户要求周五前发货" in view.thread.toPlainText()
    assert view.detail.messages[-1].direction == "note"
    model = window.inbox.list.model
    other = next(r for r in range(model.rowCount()) if model.summary(r).id != view.detail.id)
    click_row(qtbot, window, other)
    assert not composer.note.isChecked() and composer.button.text() == "发送"

    _hand_over_tag_snooze_close_reopen(window, qtbot)
    _search_and_open_a_hit(window, qtbot, reader)
    _every_page_and_who_waits(window, qtbot)
    _the_sizes_of_peoples_screens(window)

    assert not list(logs.glob("crash-*")), "a crash report was written"
    assert window.status.currentMessage() == ""


def _through_the_menu(window, qtbot, button: str, act, find=popup) -> None:
    seen = when_shown(qtbot, find, act)
    qtbot.mouseClick(window.inbox.conversation.buttons[button], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    idle(window)


def _hand_over_tag_snooze_close_reopen(window, qtbot) -> None:
    view = window.inbox.conversation
    conversation_id = view.detail.id

    def transfer(dialog: AssignDialog) -> None:
        items = [dialog.agents.item(i).text() for i in range(dialog.agents.count())]
        dialog.agents.setCurrentRow(next(i for i, t in enumerate(items) if t.startswith("Amy")))
        dialog.note.insert("已承诺退款，请跟进")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    seen = when_shown(qtbot, modal(AssignDialog), transfer)
    _through_the_menu(window, qtbot, "assign", lambda menu: choose(qtbot, menu, "转交并留备注"))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    idle(window)
    qtbot.waitUntil(lambda: "将会话转给 Amy：已承诺退款，请跟进" in thread_text(view), timeout=5000)

    def tag(menu: TagMenu) -> None:
        menu.search.insert("尺码")
        qtbot.keyClick(menu.search, Qt.Key.Key_Return)

    _through_the_menu(window, qtbot, "tag", tag)
    qtbot.waitUntil(lambda: "添加了标签“尺码”" in thread_text(view), timeout=5000)
    _through_the_menu(window, qtbot, "snooze", lambda menu: choose(qtbot, menu, "1 小时"))
    window.inbox.open_conversation(conversation_id)
    idle(window)
    assert "暂缓了会话" in thread_text(view)
    invites: list[str] = []

    def close(dialog: CloseDialog) -> None:
        invites.append(dialog.invite.toPlainText() if dialog.send_invite.isChecked() else "")
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    _through_the_menu(window, qtbot, "close", close, modal(CloseDialog))
    window.inbox.open_conversation(conversation_id)
    idle(window)
    assert "结束了会话（已解决）" in thread_text(view) and view.detail.status == "closed"
    assert invites[0] and invites[0] in thread_text(view)  # the rating invitation (邀评)
    qtbot.mouseClick(view.buttons["close"], Qt.MouseButton.LeftButton)  # now "reopen"
    idle(window)
    window.inbox.open_conversation(conversation_id)
    idle(window)
    assert "重新打开了会话" in thread_text(view) and view.detail.status == "open"


def _search_and_open_a_hit(window, qtbot, reader) -> None:
    box = window.inbox.search
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    commit = QInputMethodEvent()  # Chinese arrives committed by the input method
    commit.setCommitString("退款")
    QApplication.sendEvent(box, commit)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    window.context.db.wait_idle()
    true_count = reader.conn.execute(
        "SELECT count(*) FROM messages WHERE text LIKE '%退款%'").fetchone()[0]
    assert box.status.text() == f"共 {true_count} 条结果"
    hit = box.results.item(0)
    conversation_id, _message = hit.data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.results.visualItemRect(hit).center())
    window.context.db.wait_idle()
    qtbot.waitUntil(lambda: window.inbox.conversation.detail is not None and
                    window.inbox.conversation.detail.id == conversation_id, timeout=5000)


def _every_page_and_who_waits(window, qtbot) -> None:
    for row, key in enumerate(PAGES):
        item = window.nav.item(row)
        qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton,
                         pos=window.nav.visualItemRect(item).center())
        idle(window)
        assert window.stack.currentIndex() == row, key
    card = window.dashboard_page.now_card
    window.show_page("dashboard")
    idle(window)
    qtbot.waitUntil(lambda: card.figures is not None, timeout=5000)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    idle(window)
    assert window.stack.currentIndex() == PAGES.index("inbox")
    assert window.inbox.list.model.rowCount() == card.figures.waiting


def _the_sizes_of_peoples_screens(window) -> None:
    for language in ("zh_CN", "en"):
        window.set_language(language)
        for size in ((1280, 720), (1366, 768), (1440, 900), (1920, 1080)):
            window.resize(*size)
            idle(window)
            assert (window.width(), window.height()) == size
            assert inside(window.inbox.conversation.composer.button, window), (language, size)
            assert inside(window.statusBar(), window), (language, size)
    window.set_language("zh_CN")
