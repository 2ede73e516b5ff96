"""The inquiries behind a figure of the Dashboard: a click on a tile, a bar or a row lists
them here, and a double-click opens the conversation in the inbox."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import metrics_behind
from desktop.ui import formatting
from desktop.ui.context import Context

LIMIT = 500


class InquiriesDialog(QDialog):
    openConversation = Signal(str)

    def __init__(self, context: Context, first: date, last: date, figure: str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(title)
        self.resize(860, 520)
        self.hint = QLabel(self.tr("Loading…"))
        self.hint.setObjectName("hint")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Began"), self.tr("Customer"), self.tr("Channel"),
            self.tr("First reply by a person"), self.tr("Agent"), self.tr("Status")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._ids: list[str] = []
        context.db.run(partial(metrics_behind.behind, first=first, last=last, figure=figure,
                               limit=LIMIT), self.show_rows, self._failed)

    def _failed(self, message: str) -> None:
        self.hint.setText(message)

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        zone, now = self.context.zone, self.context.reader.clock()
        self.hint.setText(
            self.tr("None.") if not rows else
            self.tr("The newest %n inquiries; double-click one to open its conversation.", "",
                    len(rows)) if len(rows) >= LIMIT else
            self.tr("%n inquiries; double-click one to open its conversation.", "", len(rows)))
        self.table.setRowCount(len(rows))
        self._ids = [r["conversation_id"] for r in rows]
        for n, r in enumerate(rows):
            i = r["inquiry"]
            if i.first_human_at is not None:
                reply = formatting.duration((i.first_human_at - i.start) / 1000)
            else:
                reply = "—"
            status = (self.tr("Waiting") if i.responded_at is None else
                      self.tr("Auto reply") if i.responded_by_bot and i.first_human_at is None
                      else self.tr("Answered"))
            cells = [formatting.full_time(i.start, zone)[:16], r["customer"],
                     formatting.channel_name(r["channel"]), reply, r["agent"] or "—", status]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and i.first_human_at is None and now - i.start > 86_400_000:
                    item.setForeground(formatting.RED)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self._ids):
            self.openConversation.emit(self._ids[row])
            self.accept()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentRow() >= 0:
            self._open(self.table.currentRow(), 0)
            return
        super().keyPressEvent(event)
