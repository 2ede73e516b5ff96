"""Connect TikTok Shop: the app's key and secret, the seller authorises the shop in the browser,
the code TikTok gives (or the whole address) is pasted back, and the shop is connected."""

from __future__ import annotations

import secrets
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.channels import tiktok, tiktok_connect
from desktop.channels.base import ChannelError
from desktop.services.errors import UserError
from desktop.services.session import Shop
from desktop.ui import connect_words
from desktop.ui.context import Context


def _attempt(shop: Shop, **values: str) -> dict[str, Any] | UserError:
    """Connect, on the database thread; a refusal comes back as itself, for the dialog to say
    it in the user's words with the platform's own words apart (a bug still raises)."""
    try:
        return tiktok_connect.connect(shop, **values)
    except UserError as exc:
        return exc


class TikTokConnectDialog(QDialog):
    """``connected`` after ``exec``: the channel added (``channels.add``'s answer), or None."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.connected: dict[str, Any] | None = None
        self.api_base, self.auth_base = tiktok.API_BASE, tiktok.AUTH_BASE
        self.authorize_page = tiktok.AUTHORIZE_PAGE
        self.state = secrets.token_urlsafe(12)
        self.setWindowTitle(self.tr("Connect TikTok Shop"))
        self.setMinimumWidth(620)
        self.name = QLineEdit("TikTok Shop")
        self.app_key, self.app_secret, self.service_id = QLineEdit(), QLineEdit(), QLineEdit()
        self.app_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.pasted = QLineEdit()
        self.pasted.setPlaceholderText(self.tr("The code, or the whole address the browser "
                                               "showed after you authorised"))
        self.open_page = QPushButton(self.tr("1. Open the authorisation page"))
        self.open_page.clicked.connect(self._open_page)
        self.connect_button = QPushButton(self.tr("2. Connect"))
        self.connect_button.setObjectName("primary")
        self.connect_button.clicked.connect(self._connect)
        self.msg = QLabel()
        self.msg.setWordWrap(True)
        self.platform_words = QLabel()  # what the platform said, apart and smaller
        self.platform_words.setObjectName("hint")
        self.platform_words.setWordWrap(True)
        self.platform_words.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.platform_words.hide()
        help_text = QLabel(self.tr(
            "Where to find these: sign in to the TikTok Shop Partner Center "
            "(partner.tiktokshop.com), open App & Service and your app. The App key and App "
            "secret are under its basic information (the secret shows after “View”); the "
            "Service ID is on the same page (it is also the service_id in the app's "
            "authorisation link)."))
        help_text.setObjectName("hint")
        help_text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name in ShopDesk"), self.name)
        form.addRow(self.tr("App key"), self.app_key)
        form.addRow(self.tr("App secret"), self.app_secret)
        form.addRow(self.tr("Service ID"), self.service_id)
        steps = QLabel(self.tr(
            "Then open the authorisation page, sign in as the shop and authorise. TikTok sends "
            "the browser to your app's redirect address: copy that whole address (or just its "
            "code) and paste it here."))
        steps.setObjectName("hint")
        steps.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(help_text)
        layout.addLayout(form)
        layout.addWidget(steps)
        layout.addWidget(self.open_page, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pasted)
        layout.addWidget(self.connect_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.msg)
        layout.addWidget(self.platform_words)
        layout.addWidget(close)

    def _missing(self, fields: list[tuple[QLineEdit, str]]) -> bool:
        for edit, what in fields:
            if not edit.text().strip():
                self.msg.setText(self.tr("Fill in the {0} first.").format(what))
                edit.setFocus()
                return True
        return False

    def _open_page(self) -> None:
        if self._missing([(self.service_id, self.tr("Service ID"))]):
            return
        url = tiktok.authorize_url(self.service_id.text(), self.state, self.authorize_page)
        QDesktopServices.openUrl(QUrl(url))
        self.msg.setText(self.tr("The authorisation page is open in your browser. After "
                                 "authorising, paste the address here."))
        self.pasted.setFocus()

    def _connect(self) -> None:
        if self._missing([(self.name, self.tr("name")), (self.app_key, self.tr("App key")),
                          (self.app_secret, self.tr("App secret")),
                          (self.pasted, self.tr("code or address"))]):
            return
        try:
            tiktok.auth_code_from(self.pasted.text())
        except ChannelError:
            self.msg.setText(self.tr("That holds no authorisation code (code=…): paste the "
                                     "whole address the browser shows after you authorise, or "
                                     "just its code."))
            self.pasted.setFocus()
            return
        self.msg.setText(self.tr("Connecting…"))
        self.platform_words.hide()
        self.connect_button.setEnabled(False)
        self.context.db.run(partial(_attempt, name=self.name.text(),
                                    app_key=self.app_key.text(),
                                    app_secret=self.app_secret.text(),
                                    pasted=self.pasted.text(), api_base=self.api_base,
                                    auth_base=self.auth_base),
                            self._connected, self._failed)

    def _connected(self, added: dict[str, Any] | UserError) -> None:
        if isinstance(added, UserError):
            sentence, said = connect_words.refusal(added)
            self._failed(sentence, said)
            return
        self.connected = added
        self.accept()

    def _failed(self, message: str, said: str = "") -> None:
        """Not connected: why, in the user's words; the platform's words on a line apart."""
        self.connect_button.setEnabled(True)
        self.msg.setText(message)
        self.platform_words.setText(said)
        self.platform_words.setVisible(bool(said))
