"""Templates & auto-reply › closing a conversation: the closing message and the platform's
rating invitation (邀评), in Chinese and English, and whether the close dialog offers the
invitation ticked."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

from desktop.services import shop
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, labelled_form

KEYS = ("replies.closing_zh", "replies.closing_en", "replies.rating_invite_zh",
        "replies.rating_invite_en")


class ClosingCard(CardBox):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title.setWordWrap(True)  # a long title never widens the page
        self.texts = {key: QPlainTextEdit() for key in KEYS}
        for edit in self.texts.values():
            edit.setMaximumHeight(60)
        self.invite_on = QCheckBox()
        form, self.labels = labelled_form([self.texts[KEYS[0]], self.texts[KEYS[1]],
                                           self.invite_on, self.texts[KEYS[2]],
                                           self.texts[KEYS[3]]])
        self.save = QPushButton()
        self.save.setObjectName("primary")
        self.save.clicked.connect(self._save)
        self.msg = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.msg, 1)
        self.body.addLayout(form)
        self.body.addLayout(row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("CLOSING A CONVERSATION — offered in the close dialog"))
        for label, text in zip(self.labels, (
                self.tr("Closing message (Chinese)"), self.tr("Closing message (English)"),
                self.tr("Rating invitation"), self.tr("Invitation (Chinese)"),
                self.tr("Invitation (English)"))):
            label.setText(text)
        self.invite_on.setText(self.tr("Ticked in the close dialog"))
        self.save.setText(self.tr("Save closing texts"))

    def load(self) -> None:
        reader = self.context.reader
        for key, edit in self.texts.items():
            edit.setPlainText(shop.get(reader, key) or "")
        self.invite_on.setChecked(bool(shop.get(reader, "replies.rating_invite_on")))

    def _save(self) -> None:
        values = {key: edit.toPlainText().strip() for key, edit in self.texts.items()}
        values["replies.rating_invite_on"] = self.invite_on.isChecked()
        self.context.db.run(partial(shop.set_values, values=values),
                            lambda _r: self.msg.setText(self.tr("Saved.")), self.msg.setText)

