"""What the team-day GUI tests share: waiting for the database thread, acting on popups and
dialogs while they run their own event loop, opening a conversation, the app's own look."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget


def idle(window) -> None:
    for _ in range(3):
        window.context.db.wait_idle()
        QApplication.processEvents()


def when_shown(qtbot, find: Callable[[], QWidget | None], act: Callable[[QWidget], None]):
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


@pytest.fixture
def no_errors_in_popups():
    _ERRORS.clear()
    yield
    assert not _ERRORS, _ERRORS


@pytest.fixture
def english_afterwards():
    """Tests here switch the language; the next test file starts in English again."""
    yield
    from desktop.ui import i18n

    i18n.install("en")


def popup() -> QWidget | None:
    return QApplication.activePopupWidget()


def modal(kind: type) -> Callable[[], QWidget | None]:
    def find() -> QWidget | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, kind) else None
    return find


def choose(qtbot, menu: QMenu, starts: str) -> None:
    """Walk down a menu with the keyboard to the entry that starts with ``starts``."""
    for _ in range(len(menu.actions()) + 1):
        active = menu.activeAction()
        if active is not None and active.text().startswith(starts):
            qtbot.keyClick(menu, Qt.Key.Key_Return)
            return
        qtbot.keyClick(menu, Qt.Key.Key_Down)
    raise AssertionError(f"no entry {starts!r} in {[a.text() for a in menu.actions()]}")


def open_conversation(window, tab: int = 0):
    lst = window.inbox.list
    lst.tabs.setCurrentIndex(tab)
    idle(window)
    assert lst.model.rowCount() > 0
    lst.view.setCurrentIndex(lst.model.index(0))
    idle(window)
    return window.inbox.conversation


def thread_text(view) -> str:
    return view.thread.toPlainText()



def shows_whole(label) -> bool:
    """The label's text fits in it: on its lines when it wraps, on one line when not."""
    width = label.contentsRect().width()
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.fontMetrics().horizontalAdvance(label.text()) <= width


def inside(widget: QWidget, window: QWidget) -> bool:
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


