"""Closing a conversation: resolved or not, with the shop's closing message offered."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class CloseDialog(QDialog):
    def __init__(self, closing_message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close conversation"))
        self.resolved = QCheckBox(self.tr("The customer's question is resolved"))
        self.resolved.setChecked(True)
        self.send_closing = QCheckBox(self.tr("Send the closing message first:"))
        self.send_closing.setChecked(bool(closing_message))
        self.message = QPlainTextEdit(closing_message)
        self.message.setMaximumHeight(90)
        self.send_closing.toggled.connect(self.message.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close conversation"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Closing ends the customer's wait and counts toward "
                                        "your resolution rate.")))
        layout.addWidget(self.resolved)
        layout.addWidget(self.send_closing)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def closing_text(self) -> str | None:
        return self.message.toPlainText() if self.send_closing.isChecked() else None
