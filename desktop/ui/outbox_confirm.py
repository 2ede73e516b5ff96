"""Replies that wait for a person's word before they go out: queued on this desktop before it
took a channel over (another desktop may have sent them meanwhile). Shown in Settings ›
channels, beside the channels' "Waiting to send"; each can be sent or cancelled."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import outbox
from desktop.ui import formatting
from desktop.ui.context import Context
from desktop.ui.layout import read_only_table


def waiting_for_word(store: Any) -> list[dict[str, Any]]:
    """The replies that wait for confirmation (``shopdesk outbox`` lists them as confirm)."""
    return [m for m in outbox.pending(store) if m["status"] == "confirm"]


class OutboxConfirm(QWidget):
    """The list of replies waiting for confirmation, with "Send" and "Cancel"; hidden when
    there is none."""

    error = Signal(str)
    changed = Signal()  # a reply was released or cancelled

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.table = read_only_table(4)
        self.send, self.cancel = QPushButton(), QPushButton()
        self.send.clicked.connect(partial(self._act, "send"))
        self.cancel.clicked.connect(partial(self._act, "cancel"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.send)
        buttons.addWidget(self.cancel)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.rows: list[dict[str, Any]] = []
        self._show([])

    def retranslate(self) -> None:
        self.label.setText(self.tr(
            "Replies written before this desktop took these channels over. Another desktop "
            "may have sent them already, so they go out only when you say so."))
        self.table.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Customer"),
                                              self.tr("Written"), self.tr("Reply")])
        self.send.setText(self.tr("Send it"))
        self.cancel.setText(self.tr("Don't send"))

    def refresh(self) -> None:
        self.context.db.run(waiting_for_word, self._show, self.error.emit)

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        now = self.context.reader.clock()
        for n, m in enumerate(rows):
            cells = [m["channel"], m["customer"] or "",
                     formatting.when(m["sent_at"], self.context.zone, now), m["text"] or ""]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(" ".join(text.split())[:80] if col == 3 else text)
                item.setToolTip(text)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        if rows and self.table.currentRow() < 0:
            self.table.selectRow(0)
        self.setVisible(bool(rows))

    def _act(self, what: str) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            return
        message_id = self.rows[row]["id"]
        work = partial(outbox.confirm, message_id=message_id) if what == "send" else \
            partial(outbox.cancel, message_id=message_id, actor=self.context.me_id)
        self.context.db.run(work, lambda _r: self._done(), self.error.emit)

    def _done(self) -> None:
        self.changed.emit()
        self.refresh()

