"""A working day in the inbox, in Chinese, on the demo shop, with keyboard and mouse: every
view, every filter value and sort; a draft kept while switching; "/" templates typed at speed;
Ctrl+1…3; a reply sent; a blocked word; an internal note. No crash report, nothing lost."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from desktop.services import threads
from desktop.services.session import open_shop
from tests.ui.keyboard import click, click_row, press, type_text

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

    assert not list(logs.glob("crash-*")), "a crash report was written"
    assert window.status.currentMessage() == ""
