"""Asking the platforms (orders, logistics) off the GUI thread: a lookup waits on the network
for seconds, so it runs neither on the GUI thread nor on the database thread (where it would
hold every write up), but on Qt's thread pool with a connection to the shop of its own. The
result comes back to the GUI thread by a queued signal, as the database thread's do; a view
closed meanwhile simply hears nothing."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.services.session import Shop, open_shop
from desktop.ui.dbworker import worded

Op = Callable[[Shop], Any]


class _Relay(QObject):
    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, path: Path, token: int, op: Op, relay: _Relay) -> None:
        super().__init__()
        self.path, self.token, self.op, self.relay = path, token, op, relay

    def run(self) -> None:
        try:
            shop = open_shop(self.path, role="background")
            try:
                result = self.op(shop)
            finally:
                shop.close()
        except Exception as exc:  # noqa: BLE001 - handed to the GUI thread, never lost
            self._emit(self.relay.failed, exc)
            return
        self._emit(self.relay.done, result)

    def _emit(self, signal: Any, value: Any) -> None:
        try:
            signal.emit(self.token, value)
        except RuntimeError:  # the view was closed meanwhile: nobody to tell
            pass


class Lookups(QObject):
    """``run(op, on_done, on_error)`` as :class:`desktop.ui.dbworker.Database` does, on the
    thread pool."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._tokens = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[str], None]]] = {}

    def run(self, op: Op, on_done: Callable[[Any], None],
            on_error: Callable[[str], None]) -> None:
        token = next(self._tokens)
        self._pending[token] = (on_done, on_error)
        QThreadPool.globalInstance().start(_Job(self.path, token, op, self._relay))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @Slot(int, object)
    def _on_done(self, token: int, result: Any) -> None:
        on_done, _ = self._pending.pop(token, (None, None))
        if on_done is not None:
            on_done(result)

    @Slot(int, object)
    def _on_failed(self, token: int, exc: BaseException) -> None:
        _, on_error = self._pending.pop(token, (None, None))
        message = worded(exc)
        if message is None:  # a bug: the crash report, as the database thread does
            from desktop.services import crash

            report = crash.write_report(exc)
            message = self.tr("Something went wrong; a report was saved to {0}").format(report)
        if on_error is not None:
            on_error(message)
