"""Typing and clicking in the real window as a person does: keys go where Qt sends them (an
open pop-up takes them before the focused widget), with the database answering in between."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def key_target(window) -> QWidget:
    """Where a key pressed now arrives: an open pop-up, else the focused widget."""
    return QApplication.activePopupWidget() or window.focusWidget() or window


def type_text(qtbot, window, text: str, pause_ms: int = 60) -> None:
    """Type ``text`` key by key, ``pause_ms`` apart (typing speed), each to where it goes."""
    for ch in text:
        if ch == "\n":
            qtbot.keyClick(key_target(window), Qt.Key.Key_Return)
        elif not ch.isascii():  # Chinese arrives committed by the input method
            commit(key_target(window), ch)
        else:
            qtbot.keyClicks(key_target(window), ch)
        qtbot.wait(pause_ms)
    window.context.db.wait_idle()


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` (Chinese as the input method commits it)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            commit(widget, ch)


def commit(target: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(target, event)


def press(qtbot, window, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(key_target(window), key, modifier)
    window.context.db.wait_idle()
    window.context.db.wait_idle()


def click_row(qtbot, window, row: int) -> str:
    """Click the conversation in ``row`` of the list; returns its id once it is open."""
    lst = window.inbox.list
    index = lst.model.index(row)
    lst.view.scrollTo(index)
    qtbot.mouseClick(lst.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=lst.view.visualRect(index).center())
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    conversation_id = lst.model.summary(row).id
    assert window.inbox.conversation.detail.id == conversation_id
    return conversation_id


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
