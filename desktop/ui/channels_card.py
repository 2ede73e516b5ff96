"""Settings › channels: each channel with its health and queue; add a webhook, test, pause,
remove; name a 抖店 channel's chat bridge."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.channels import registry
from desktop.services import channels
from desktop.ui import formatting, user_messages
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, read_only_table
from desktop.ui.outbox_confirm import OutboxConfirm
from desktop.ui.problem_words import channel_problem


class ChannelsCard(CardBox):
    error = Signal(str)
    channelsChanged = Signal()  # added, paused, resumed, moved or removed: endpoints follow

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = read_only_table(4)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setObjectName("hint")
        self.empty.setMinimumHeight(48)
        self.add_webhook, self.test, self.pause, self.remove = (QPushButton() for _ in range(4))
        self.add_mail, self.add_tiktok, self.receive_here, self.bridge = (
            QPushButton() for _ in range(4))
        self.add_webhook.clicked.connect(self._add_webhook)
        self.add_mail.clicked.connect(self._add_mail)
        self.add_tiktok.clicked.connect(self._add_tiktok)
        self.receive_here.clicked.connect(self._receive_here)
        self.test.clicked.connect(self._test)
        self.pause.clicked.connect(self._pause)
        self.remove.clicked.connect(self._remove)
        self.bridge.clicked.connect(self._choose_bridge)
        self.table.currentCellChanged.connect(lambda *_: self._follow_choice())
        adding, chosen = QHBoxLayout(), QHBoxLayout()  # two rows: they fit in English too
        for row, group in ((adding, (self.add_mail, self.add_tiktok, self.add_webhook)),
                           (chosen, (self.test, self.pause, self.receive_here, self.bridge,
                                     self.remove))):
            for b in group:
                row.addWidget(b)
            row.addStretch(1)
        layout = self.body
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(adding)
        layout.addLayout(chosen)
        self.confirm = OutboxConfirm(context)  # replies queued before a takeover
        self.confirm.error.connect(self.error)
        self.confirm.changed.connect(self.refresh)
        layout.addWidget(self.confirm)
        layout.addWidget(self.hint)
        self.rows: list[dict[str, Any]] = []
        self.news: dict[str, Any] = {}  # what the running channels last said (see show_news)
        self._show([])

    def retranslate(self) -> None:
        self.title.setText(self.tr("CHANNELS"))
        self.table.setHorizontalHeaderLabels([self.tr("Channel"), self.tr("Kind"),
                                              self.tr("State"), self.tr("Waiting to send")])
        self.add_webhook.setText(self.tr("Add webhook…"))
        self.add_mail.setText(self.tr("Add e-mail…"))
        self.add_tiktok.setText(self.tr("Connect TikTok Shop…"))
        self.receive_here.setText(self.tr("Receive on this desktop"))
        self.receive_here.setToolTip(self.tr(
            "Only one desktop of the team fetches a channel and sends its replies, so customers "
            "never get the same answer three times"))
        self.test.setText(self.tr("Test connection"))
        self.pause.setText(self.tr("Pause / resume"))
        self.remove.setText(self.tr("Remove"))
        self.bridge.setText(self.tr("Chat bridge…"))
        self.bridge.setToolTip(self.tr(
            "For a 抖店 shop: the webhook channel its chats arrive through"))
        self.empty.setText(self.tr("No channel yet: add your mailbox, TikTok Shop or a webhook "
                                   "with the buttons below."))
        self.hint.setText(self.tr(
            "E-mail and TikTok Shop are fetched every minute; a webhook lets any bridge (a "
            "Douyin/Feige relay, a website chat) deliver messages to this computer. Passwords "
            "and tokens are kept in the system keychain."))
        self.confirm.retranslate()
        self.refresh()

    def refresh(self) -> None:
        self.context.db.run(channels.listing, self._show, self.error.emit)
        self.confirm.refresh()

    def show_news(self, news: dict[str, Any]) -> None:
        """The channels' news while the app runs: which webhooks listen, on which port, and
        which cannot and why."""
        self.news = news
        self._show(self.rows)

    def refusal_text(self, refused: dict[str, Any]) -> str:
        """Why a webhook endpoint is not up, in the user's words."""
        if refused["why"] == "port":
            return self.tr("Not receiving: port {0} is used by another program").format(
                refused["port"])
        return self.tr("Not receiving: its token is not on this computer; add the channel "
                       "again here")

    def _state(self, c: dict[str, Any]) -> tuple[str, bool]:
        """What the State column says of a channel, and whether it is trouble."""
        if c["config"].get("receiver_device") != self.context.reader.device_id:
            return self.tr("Received on another desktop"), False
        if c["paused"]:
            return self.tr("Paused"), False
        if c["kind"] != "webhook":
            return (channel_problem(c["problem"]), True) if c["last_error"] else \
                (self.tr("OK"), False)
        refused = self.news.get("refused", {}).get(c["name"])
        port = c["config"].get("port", 8765)
        if refused:
            return self.refusal_text(refused), True
        if c["last_error"]:
            return channel_problem(c["problem"]), True
        if c["name"] in self.news.get("listening", ()):
            return self.tr("Receiving on port {0}").format(
                self.news.get("ports", {}).get(c["name"], port)), False
        return self.tr("Not receiving"), True

    def _show(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for n, c in enumerate(rows):
            state, trouble = self._state(c)
            cells = [c["name"], self._kind(c), state, str(c["queued"])]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2 and trouble:
                    item.setForeground(formatting.RED)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        height = self.table.horizontalHeader().height() + \
            sum(self.table.rowHeight(r) for r in range(len(rows))) + 4
        self.table.setFixedHeight(max(height, 60))
        for b in (self.test, self.pause, self.remove, self.receive_here):
            b.setEnabled(bool(rows))
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._follow_choice()

    def _kind(self, c: dict[str, Any]) -> str:
        if c["kind"] != "douyin":
            return formatting.channel_name(c["kind"])
        if c["config"].get("bridge"):  # its orders here, its chats through the bridge
            return self.tr("Douyin shop (orders; chats through {0})").format(
                c["config"]["bridge"])
        return self.tr("Douyin shop (orders)")

    def _follow_choice(self) -> None:
        """The chat bridge is a 抖店 channel's: its button only for one."""
        chosen = self._chosen()
        self.bridge.setEnabled(bool(chosen and chosen["kind"] == "douyin"))

    def _chosen(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            return self.rows[row]
        if self.rows:
            return self.rows[0]
        return None

    def _add_webhook(self) -> None:
        dialog = WebhookDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name, port, url = dialog.values()
        self.context.db.run(partial(channels.add, kind="webhook", name=name,
                                    config={"port": port, "bind": "127.0.0.1",
                                            "reply_url": url or None}),
                            self._added, self.error.emit)

    def _changed(self, _result: object = None) -> None:
        self.refresh()
        self.channelsChanged.emit()

    def _added(self, added: dict[str, Any]) -> None:
        self._changed()
        QMessageBox.information(self, self.tr("Webhook added"), self.tr(
            "Bridges deliver messages to\n  http://127.0.0.1:{0}/messages\nwith the header\n"
            "  Authorization: Bearer {1}\n\nShopDesk receives them while it is open; the "
            "State column shows whether it is receiving."
        ).format(added["config"]["port"], added["token"]))

    def _add_mail(self) -> None:
        dialog = FormDialog(self.tr("Add e-mail"), [
            ("name", self.tr("Name"), "店铺邮箱"), ("user", self.tr("Address / user"), ""),
            ("password", self.tr("Password or app password"), "*"),
            ("imap", self.tr("IMAP server"), "imap.163.com:993"),
            ("smtp", self.tr("SMTP server"), "smtp.163.com:465"),
            ("security", self.tr("Security (ssl / starttls)"), "ssl")], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        v = dialog.values()
        self.context.db.run(partial(channels.add, kind="email", name=v["name"], config={
            "imap": v["imap"], "smtp": v["smtp"], "user": v["user"],
            "security": v["security"] or "ssl"}, secret_values={"password": v["password"]}),
            self._changed, self.error.emit)

    def _add_tiktok(self) -> None:
        from desktop.ui.tiktok_connect import TikTokConnectDialog
        dialog = TikTokConnectDialog(self.context, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.connected:
            self._changed(None)
            self.hint.setText(self.tr("{0} is connected (the shop {1} on TikTok). Its tokens "
                                      "are kept in the system keychain.").format(
                dialog.connected["name"], dialog.connected["shop_name"]))

    def _choose_bridge(self) -> None:
        from desktop.ui.bridge_dialog import BridgeDialog

        chosen = self._chosen()
        if not chosen or chosen["kind"] != "douyin":
            return
        webhooks = [c["name"] for c in self.rows if c["kind"] == "webhook"]
        dialog = BridgeDialog(chosen["name"], webhooks, chosen["config"].get("bridge"), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.context.db.run(partial(channels.set_bridge, name=chosen["name"],
                                    bridge=dialog.chosen()), self._bridge_set,
                            self.hint.setText)

    def _bridge_set(self, changed: dict[str, Any]) -> None:
        self._changed()
        bridge = changed["config"].get("bridge")
        self.hint.setText(self.tr(
            "Order cards arriving through {0} are answered with the orders of {1}.").format(
            bridge, changed["name"]) if bridge else self.tr(
            "{0} has no chat bridge now.").format(changed["name"]))

    def _receive_here(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.context.db.run(partial(channels.receive_here, name=chosen["name"]),
                                self._changed, self.error.emit)

    def _test(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.hint.setText(self.tr("Testing {0}…").format(chosen["name"]))
            self.context.db.run(partial(registry.test, name=chosen["name"]),
                                lambda check: self.hint.setText(
                                    user_messages.channel_check(check)), self.error.emit)

    def _pause(self) -> None:
        chosen = self._chosen()
        if chosen:
            self.context.db.run(partial(channels.set_paused, name=chosen["name"],
                                        paused=not chosen["paused"]),
                                self._changed, self.error.emit)

    def _remove(self) -> None:
        chosen = self._chosen()
        if chosen and QMessageBox.question(self, self.tr("Remove channel"), self.tr(
                "Disconnect {0}? Its conversations stay; nothing more comes in or goes out "
                "through it.").format(chosen["name"])) == QMessageBox.StandardButton.Yes:
            self.context.db.run(partial(channels.remove, name=chosen["name"]),
                                self._changed, self.error.emit)


class WebhookDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add webhook"))
        self.name = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(8765)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://relay.example/replies")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Port on this computer"), self.port)
        form.addRow(self.tr("Replies go to (optional)"), self.url)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _ok(self) -> None:
        if self.name.text().strip():
            self.accept()

    def values(self) -> tuple[str, int, str]:
        return self.name.text().strip(), self.port.value(), self.url.text().strip()


class FormDialog(QDialog):
    """A few labelled fields; a default of "*" marks a hidden (secret) field."""

    def __init__(self, title: str, fields: list[tuple[str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, default in fields:
            edit = QLineEdit()
            if default == "*":
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            else:
                edit.setPlaceholderText(default)
            self.edits[key] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _ok(self) -> None:
        if all(e.text().strip() or e.placeholderText() for e in self.edits.values()):
            self.accept()

    def values(self) -> dict[str, str]:
        return {k: e.text().strip() or e.placeholderText() for k, e in self.edits.items()}
