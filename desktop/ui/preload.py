"""What the first screen leaves out, imported in the background once the inbox is painted.

The inbox's first screen shows the list and no conversation, so the modules a conversation's
actions use (replies, suggestions, templates, the knowledge base, the guard) are imported
where they are first used rather than with the window. Importing them then would put their
~50 ms on the first conversation opened; :func:`after_first_paint` imports them on a thread of
their own as soon as the inbox has been painted, while the agent looks at the list.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from importlib import import_module
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer

# what opening and answering a conversation import (desktop/ui/conversation_view.py,
# conversation_header.py) and the first screen does not: the suggestions (with the auto-reply
# rules and the knowledge base) and the conversation actions
AFTER_PAINT = ("desktop.services.answers", "desktop.services.actions", "desktop.services.kb")
# The conversation's pane (empty until a conversation is chosen) is built this long after the
# first paint: the first frame is on screen by then.
PANE_AFTER_MS = 50


def after_first_paint(window: Any) -> None:
    """The main window is on screen: the status bar reads the shop's hours (the holiday
    tables' import on the database thread would slow the first paint), what opening a
    conversation needs is imported in the background, and the conversation's pane is built
    once the first frame is shown (``window.preloaded``: that import's thread)."""
    window.status.refresh()
    if window.preloaded is None:
        window.preloaded = import_in_background()
        QTimer.singleShot(PANE_AFTER_MS, window, window.inbox.build_pane)


def import_in_background(names: Iterable[str] = AFTER_PAINT) -> threading.Thread:
    """Import ``names`` on a daemon thread (an import asked for meanwhile on another thread
    waits for this one: Python's import lock is per module)."""
    wanted = tuple(names)

    def work() -> None:
        for name in wanted:
            import_module(name)

    thread = threading.Thread(target=work, name="preload", daemon=True)
    thread.start()
    return thread


class AfterFirstPaint(QObject):
    """Calls ``then`` once, on the event loop's next turn after ``widget`` is first painted."""

    def __init__(self, widget: QObject, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self, self._then)
        return False
