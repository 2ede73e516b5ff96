"""Closing a conversation: resolved or not, with the shop's closing message and the
platform's rating invitation (邀评) offered."""

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
    def __init__(self, closing_message: str, parent: QWidget | None = None, *,
                 rating_invite: str = "", invite_on: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Close conversation"))
        self.resolved = QCheckBox(self.tr("The customer's question is resolved"))
        self.resolved.setChecked(True)
        self.send_closing = QCheckBox(self.tr("Send the closing message first:"))
        self.send_closing.setChecked(bool(closing_message))
        self.message = QPlainTextEdit(closing_message)
        self.message.setMaximumHeight(90)
        self.send_closing.toggled.connect(self.message.setEnabled)
        self.send_invite = QCheckBox(self.tr("Invite the customer to rate the service:"))
        self.send_invite.setChecked(invite_on and bool(rating_invite))
        self.invite = QPlainTextEdit(rating_invite)
        self.invite.setMaximumHeight(70)
        self.invite.setEnabled(self.send_invite.isChecked())
        self.send_invite.toggled.connect(self.invite.setEnabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Close conversation"))
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Closing ends the customer's wait and counts toward "
                                        "your resolution rate.")))
        layout.addWidget(self.resolved)
        layout.addWidget(self.send_closing)
        layout.addWidget(self.message)
        layout.addWidget(self.send_invite)
        layout.addWidget(self.invite)
        layout.addWidget(buttons)

    def closing_text(self) -> str | None:
        return self.message.toPlainText() if self.send_closing.isChecked() else None

    def invite_text(self) -> str | None:
        return self.invite.toPlainText() if self.send_invite.isChecked() else None
