"""The reply box as an agent uses it all day: "/" quick replies typed at speed, Ctrl+1…3,
drafts kept per conversation, a blocked word marked in place, note mode per conversation."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import threads
from desktop.services.session import open_shop
from tests.ui.keyboard import click, click_row, press, type_text
from tests.ui.no_crash import no_crash_report  # noqa: F401 - every test here checks

REFUND = "亲，退款已经为您加急处理"  # the demo shop's template "tk"


@pytest.fixture
def composer(window, qtbot):
    window.activateWindow()
    click_row(qtbot, window, 0)
    composer = window.inbox.conversation.composer
    click(qtbot, composer.editor)
    composer.editor.setFocus()
    return composer


def test_slash_typing_goes_on_in_the_box_and_filters_the_list(window, qtbot, composer):
    type_text(qtbot, window, "/tk")
    assert composer.editor.toPlainText() == "/tk"
    assert composer.quick.isVisible()
    assert composer.quick.item(0).text().startswith("tk · ")
    press(qtbot, window, Qt.Key.Key_Escape)
    assert not composer.quick.isVisible()
    assert composer.editor.toPlainText() == "/tk"
    type_text(qtbot, window, "x")  # closed means closed while this "/" is typed on
    assert not composer.quick.isVisible()
    for _ in range(4):
        press(qtbot, window, Qt.Key.Key_Backspace)
    type_text(qtbot, window, "/f")  # a new "/": the list is back, filtered again
    assert composer.quick.isVisible() and composer.quick.item(0).text().startswith("fh")
    press(qtbot, window, Qt.Key.Key_Backspace)
    type_text(qtbot, window, "t")
    shown = [composer.quick.item(i).text() for i in range(composer.quick.count())]
    wanted = next(i for i, text in enumerate(shown) if text.startswith("tk"))
    for _ in range(wanted):
        press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)
    assert not composer.quick.isVisible()
    assert composer.editor.toPlainText().startswith(REFUND)
    assert "/" not in composer.editor.toPlainText()


def test_the_quick_reply_list_stays_inside_the_window(window, qtbot, composer):
    window.resize(1000, 620)
    qtbot.wait(50)
    type_text(qtbot, window, "第一行\n第二行\n第三行\n第四行\n/")
    shown = QApplication.activePopupWidget() or window.findChild(QWidget, "quickReplies")
    assert shown is not None and shown.isVisible()
    at = shown.mapToGlobal(QPoint(0, 0))
    inside = QRect(at, shown.size())
    assert QRect(window.mapToGlobal(QPoint(0, 0)), window.size()).contains(inside)


def test_a_template_goes_in_at_the_cursor(window, qtbot, composer):
    type_text(qtbot, window, "您好！ 谢谢")
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_Left)
    type_text(qtbot, window, "/tk")
    press(qtbot, window, Qt.Key.Key_Return)
    text = composer.editor.toPlainText()
    assert text.startswith("您好！ " + REFUND) and text.endswith("谢谢")


def _open_one_with_suggestions(window, qtbot) -> None:
    view = window.inbox.conversation
    for row in range(window.inbox.list.model.rowCount()):
        click_row(qtbot, window, row)
        if not view.suggestions.isHidden() and len(view._suggested) >= 2:
            return
    pytest.fail("no conversation with two suggestions in the demo shop")


def test_ctrl_1_to_3_put_the_suggested_answer_at_the_cursor(window, qtbot):
    view = window.inbox.conversation
    window.activateWindow()
    _open_one_with_suggestions(window, qtbot)
    assert view._suggest_buttons[0].text().startswith("1. ")
    click(qtbot, view.composer.editor)
    type_text(qtbot, window, "您好，")
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    first = view.composer.editor.toPlainText()
    assert first.startswith("您好，") and len(first) > len("您好，") + 5
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.composer.editor.toPlainText().startswith(first)
    assert len(view.composer.editor.toPlainText()) > len(first)


def test_each_conversation_keeps_its_draft_across_switches_and_restarts(window, qtbot,
                                                                         demo_path):
    window.activateWindow()
    first = click_row(qtbot, window, 0)
    composer = window.inbox.conversation.composer
    click(qtbot, composer.editor)
    type_text(qtbot, window, "hello A")
    second = click_row(qtbot, window, 1)
    assert composer.editor.toPlainText() == ""
    click(qtbot, composer.editor)
    type_text(qtbot, window, "hello B")
    click_row(qtbot, window, 0)
    assert composer.editor.toPlainText() == "hello A"
    click(qtbot, composer.editor)
    type_text(qtbot, window, "!")
    qtbot.wait(1000)  # saved while typing, before any switch or close
    from desktop.ui.drafts import Drafts
    assert Drafts().get(first).text == "hello A!"
    window.close()  # the app closes and starts again
    window.context.db.shutdown()
    from desktop.app import build_window
    again, _ = build_window(demo_path, "en")
    qtbot.addWidget(again)
    again.show()
    again.start()
    again.context.db.wait_idle()
    try:
        again.inbox.open_conversation(first)
        again.context.db.wait_idle()
        assert again.inbox.conversation.composer.editor.toPlainText() == "hello A!"
        again.inbox.open_conversation(second)
        again.context.db.wait_idle()
        assert again.inbox.conversation.composer.editor.toPlainText() == "hello B"
    finally:
        again.context.db.shutdown()


def test_a_blocked_word_keeps_the_text_and_is_marked(window, qtbot, composer, demo_path):
    window.set_language("zh_CN")
    conversation = window.inbox.conversation.detail.id
    type_text(qtbot, window, "亲，加我微信发你链接", pause_ms=0)
    press(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert composer.editor.toPlainText() == "亲，加我微信发你链接"
    assert composer.blocked_words() == ["微信"]
    assert composer.problem.isVisible()
    assert "未发送" in composer.problem.text() and "微信" in composer.problem.text()
    assert window.status.currentMessage() == ""
    stored = threads.detail(open_shop(demo_path, readonly=True), conversation).messages
    assert "微信" not in (stored[-1].text or "")
    type_text(qtbot, window, "。")  # editing clears the marks
    assert composer.blocked_words() == [] and not composer.problem.isVisible()


def test_note_mode_belongs_to_its_conversation(window, qtbot, composer):
    click(qtbot, composer.note)
    assert composer.note.isChecked()
    click_row(qtbot, window, 1)
    assert not composer.note.isChecked()
    assert composer.button.text() == "Send"
    click_row(qtbot, window, 0)
    assert not composer.note.isChecked()  # nothing was written: nothing kept


def test_send_pressed_twice_sends_once_and_what_is_typed_meanwhile_stays(window, qtbot,
                                                                          composer, demo_path):
    conversation = window.inbox.conversation.detail.id
    type_text(qtbot, window, "on its way", pause_ms=0)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    stored = threads.detail(open_shop(demo_path, readonly=True), conversation).messages
    assert [m.text for m in stored].count("on its way") == 1
    assert composer.editor.toPlainText() == ""
    type_text(qtbot, window, "first", pause_ms=0)
    qtbot.keyClick(composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(composer.editor, " and more")  # typed before the first is stored
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert composer.editor.toPlainText() == "first and more"
