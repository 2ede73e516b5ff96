"""The scheduler's reports, carried from its thread to the GUI thread by a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JobEvents(QObject):
    """``event.emit`` is the scheduler's ``notify``: a queued signal, so the window's slot
    runs on the GUI thread however the scheduler's thread calls it."""

    event = Signal(object)
