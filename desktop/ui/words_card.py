"""Templates & auto-reply › sensitive words: the shop's own, besides the starter list."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.services import guard
from desktop.ui.context import Context
from desktop.ui.layout import CardBox

ACTIONS = ("block", "mask", "warn", "allow")


class WordsCard(CardBox):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title.setWordWrap(True)  # a long title never widens the page
        self.words = QTableWidget(0, 3)
        self.words.verticalHeader().hide()
        self.words.setMinimumHeight(160)
        self.w_add, self.w_save = QPushButton(), QPushButton()
        self.w_add.clicked.connect(lambda: self._add_word("", "block", ""))
        self.w_save.clicked.connect(self._save_words)
        self.w_msg = QLabel()
        w_row = QHBoxLayout()
        w_row.addWidget(self.w_add)
        w_row.addWidget(self.w_save)
        w_row.addWidget(self.w_msg, 1)
        self.body.addWidget(self.words)
        self.body.addLayout(w_row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("SENSITIVE WORDS — your own, besides the starter list "
                                   "(block, mask with *, warn, or allow)"))
        self.words.setHorizontalHeaderLabels([self.tr("Word"), self.tr("Action"),
                                              self.tr("Reason")])
        self.w_add.setText(self.tr("Add word"))
        self.w_save.setText(self.tr("Save words"))

    def load(self) -> None:
        self.words.setRowCount(0)
        for word, action, reason in guard.own_words(self.context.reader):
            self._add_word(word, action, reason)

    def _add_word(self, word: str, action: str, reason: str) -> None:
        row = self.words.rowCount()
        self.words.insertRow(row)
        self.words.setItem(row, 0, QTableWidgetItem(word))
        combo = QComboBox()
        names = {"block": self.tr("block"), "mask": self.tr("mask"), "warn": self.tr("warn"),
                 "allow": self.tr("allow")}
        for value in ACTIONS:
            combo.addItem(names[value], value)
        combo.setCurrentIndex(max(0, combo.findData(action)))
        self.words.setCellWidget(row, 1, combo)
        self.words.setItem(row, 2, QTableWidgetItem(reason))

    def _save_words(self) -> None:
        rows = []
        for r in range(self.words.rowCount()):
            word = (self.words.item(r, 0).text() if self.words.item(r, 0) else "").strip()
            if not word:
                continue
            combo = self.words.cellWidget(r, 1)
            reason = self.words.item(r, 2).text() if self.words.item(r, 2) else ""
            rows.append((word, combo.currentData(), reason))
        self.context.db.run(partial(guard.replace_words, rows=rows),
                            lambda _r: self.w_msg.setText(self.tr("Saved.")), self.w_msg.setText)
