"""The database thread: every write and slow read runs there as ``op(shop) -> result``.

The GUI thread hands an operation over and gets the result back through a queued
signal; it never waits. A write's :class:`Changes` are broadcast on ``changed`` so
each view refreshes only what it shows.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QThread, Signal, Slot

from desktop.services.errors import describe
from desktop.services.session import Changes, Shop, open_shop
from desktop.services.sheets import WorkbookTooLarge
from desktop.ui import user_messages

Op = Callable[[Shop], Any]


class _Worker(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.shop: Shop | None = None

    @Slot(int, object)
    def run(self, token: int, op: Op) -> None:
        try:
            if self.shop is None:
                self.shop = open_shop(self.path)
            self.done.emit(token, op(self.shop))
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self.failed.emit(token, exc)

    @Slot()
    def close(self) -> None:
        if self.shop is not None:
            self.shop.close()
            self.shop = None


class Database(QObject):
    """The GUI's handle on the shop's database thread."""

    changed = Signal(object)  # desktop.store.writer.Changes
    error = Signal(str)  # a friendly, one-line message
    _request = Signal(int, object)
    _close = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._thread = QThread(self)
        self._thread.setObjectName("database")
        self._worker = _Worker(path)
        self._worker.moveToThread(self._thread)
        self._request.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None] | None,
                                       Callable[[str], None] | None]] = {}
        self._thread.start()

    def run(self, op: Op, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[str], None] | None = None) -> None:
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error)
        self._request.emit(token, op)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every operation handed over has come back (tests, screenshots)."""
        timer = QElapsedTimer()
        timer.start()
        while self._pending and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            QThread.msleep(2)
        QCoreApplication.processEvents()
        return not self._pending

    def shutdown(self) -> None:
        self.wait_idle(5_000)
        self._close.emit()
        self._thread.quit()
        self._thread.wait(5_000)

    @Slot(int, object)
    def _on_done(self, token: int, result: Any) -> None:
        on_done, _ = self._pending.pop(token, (None, None))
        if isinstance(result, Changes) and result:
            self.changed.emit(result)
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, token: int, exc: BaseException) -> None:
        _, on_error = self._pending.pop(token, (None, None))
        message = worded(exc)
        if message is None:  # a bug: keep the traceback, tell the user where it is
            from desktop.services import crash

            report = crash.write_report(exc)
            message = QCoreApplication.translate(
                "Database", "Something went wrong; a report was saved to {0}").format(report)
        if on_error is not None:
            on_error(message)
        else:
            self.error.emit(message)


def worded(exc: BaseException) -> str | None:
    """Expected trouble in the user's language (``None`` for a bug)."""
    if isinstance(exc, WorkbookTooLarge):
        return _workbook_too_large(exc)
    return user_messages.explain(exc) or describe(exc)


def _workbook_too_large(exc: WorkbookTooLarge) -> str:
    if exc.limit == "unpacked":
        return QCoreApplication.translate(
            "Database", "This workbook unpacks to {0} MB, more than the {1} MB ShopDesk reads. "
            "Split it, or save it as CSV.").format(exc.found // 1_048_576,
                                                   exc.allowed // 1_048_576)
    if exc.limit == "ratio":
        return QCoreApplication.translate(
            "Database", "This workbook would unpack to far more than its size: it may be "
            "damaged or harmful, and was not read.")
    if exc.limit == "sheets":
        return QCoreApplication.translate(
            "Database", "This workbook has {0} sheets; ShopDesk reads at most {1}."
        ).format(exc.found, exc.allowed)
    return QCoreApplication.translate(
        "Database", "This workbook has {0} rows in one sheet; ShopDesk reads at most {1}. "
        "Split it, or save it as CSV.").format(exc.found, exc.allowed)
