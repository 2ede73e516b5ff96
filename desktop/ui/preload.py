"""What the first screen leaves out, imported in the background once the inbox is painted.

The inbox's first screen shows the list and no conversation, so the modules a conversation's
actions use (replies, suggestions, templates, the knowledge base, the guard) are imported
where they are first used rather than with the window. Importing them then would put their
~50 ms on the first conversation opened; :class:`AfterFirstPaint` imports them on a thread of
their own as soon as the inbox has been painted, while the agent looks at the list.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from importlib import import_module

from PySide6.QtCore import QEvent, QObject, QTimer

# what opening and answering a conversation import (desktop/ui/conversation_view.py,
# conversation_header.py) and the first screen does not: the suggestions (with the auto-reply
# rules and the knowledge base) and the conversation actions
AFTER_PAINT = ("desktop.services.answers", "desktop.services.actions", "desktop.services.kb")


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
