"""Settings › agents: who works in the shop (name, role, tier, most chats at once); add, edit,
deactivate; the owner invites a teammate to the team's hub with a join code."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import locations, team
from desktop.sync import hub
from desktop.ui import formatting
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, read_only_table


class AgentsCard(CardBox):
    error = Signal(str)
    changed = Signal()  # an agent was added, edited, deactivated or brought back

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = read_only_table(5)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.cellDoubleClicked.connect(lambda _r, _c: self._edit())
        self.add, self.edit, self.active, self.invite = (QPushButton() for _ in range(4))
        self.add.clicked.connect(self._add)
        self.edit.clicked.connect(self._edit)
        self.active.clicked.connect(self._toggle_active)
        self.invite.clicked.connect(self._invite)
        self.msg = QLabel()
        self.msg.setObjectName("hint")
        self.msg.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add, self.edit, self.active, self.invite):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.body.addWidget(self.table)
        self.body.addLayout(buttons)
        self.body.addWidget(self.msg)
        self.rows: list[team.Agent] = []

    def retranslate(self) -> None:
        self.title.setText(self.tr("AGENTS"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Tier"),
                                              self.tr("Most chats at once"), self.tr("State")])
        self.add.setText(self.tr("Add agent…"))
        self.edit.setText(self.tr("Edit…"))
        self.invite.setText(self.tr("Invite a teammate…"))
        self.invite.setToolTip(self.tr("A join code for a teammate's desktop, so it syncs with "
                                       "the team's hub"))
        self.refresh()

    def refresh(self) -> None:
        self.context.db.run(partial(team.agents, include_inactive=True), self._show,
                            self.error.emit)

    def _show(self, rows: list[team.Agent]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        states = {"online": self.tr("Online"), "break": self.tr("On a break"),
                  "offline": self.tr("Offline")}
        for n, a in enumerate(rows):
            cells = [a.name, self.tr("Owner") if a.role == "owner" else self.tr("Agent"),
                     str(a.tier), str(a.max_concurrent),
                     states[a.status.value] if a.active else self.tr("Deactivated")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not a.active:
                    item.setForeground(formatting.GREY)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        height = self.table.horizontalHeader().height() + \
            sum(self.table.rowHeight(r) for r in range(len(rows))) + 4
        self.table.setFixedHeight(max(height, 60))
        me = self.context.me
        self.invite.setVisible(me is not None and me.role == "owner")
        self._selection()

    def _chosen(self) -> team.Agent | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _selection(self) -> None:
        chosen = self._chosen()
        self.edit.setEnabled(chosen is not None)
        self.active.setEnabled(chosen is not None)
        self.active.setText(self.tr("Bring back") if chosen is not None and not chosen.active
                            else self.tr("Deactivate"))

    def _done(self, message: str) -> None:
        self.msg.setText(message)
        self.refresh()
        self.changed.emit()

    def _add(self) -> None:
        dialog = AgentDialog(None, {a.name for a in self.rows}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self.context.db.run(partial(team.add_agent, **v),
                                lambda _id: self._done(self.tr("{0} added.").format(v["name"])),
                                self._failed)

    def _edit(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        dialog = AgentDialog(chosen, {a.name for a in self.rows} - {chosen.name}, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            v = dialog.values()
            self.context.db.run(partial(team.update_agent, agent_id=chosen.id, **v),
                                lambda _c: self._done(self.tr("Saved.")), self._failed)

    def _toggle_active(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        text = self.tr("{0} is back: they can sign in and be assigned again.") if \
            not chosen.active else self.tr("{0} is deactivated: their conversations and figures "
                                           "stay, nothing new is assigned to them.")
        self.context.db.run(partial(team.set_active, agent_id=chosen.id,
                                    active=not chosen.active),
                            lambda _c: self._done(text.format(chosen.name)), self._failed)

    def _failed(self, message: str) -> None:
        self.msg.setText(message)
        self.error.emit(message)

    def _invite(self) -> None:
        InviteDialog(self.context, self).exec()


class AgentDialog(QDialog):
    """An agent's name, role, tier and most chats at once."""

    def __init__(self, agent: team.Agent | None, taken: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taken = taken  # the other agents' names
        self.setWindowTitle(self.tr("Edit agent") if agent else self.tr("Add agent"))
        self.setMinimumWidth(380)
        self.name = QLineEdit(agent.name if agent else "")
        self.role = QComboBox()
        self.role.addItem(self.tr("Agent"), "agent")
        self.role.addItem(self.tr("Owner"), "owner")
        self.role.setCurrentIndex(max(0, self.role.findData(agent.role if agent else "agent")))
        self.tier = QSpinBox()
        self.tier.setRange(1, 3)
        self.tier.setValue(agent.tier if agent else 1)
        self.tier.setToolTip(self.tr("1 answers first; escalations go to tiers 2 and 3"))
        self.most = QSpinBox()
        self.most.setRange(1, 200)
        self.most.setValue(agent.max_concurrent if agent else 10)
        self.msg = QLabel()
        self.msg.setObjectName("hint")
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Tier"), self.tier)
        form.addRow(self.tr("Most chats at once"), self.most)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.msg)
        layout.addWidget(buttons)

    def _ok(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.msg.setText(self.tr("An agent needs a name."))
        elif name in self.taken:
            self.msg.setText(self.tr("There is already an agent called {0}.").format(name))
        elif name in ("customer", "bot"):
            self.msg.setText(self.tr("“{0}” is a word ShopDesk keeps for itself; choose "
                                     "another name.").format(name))
        else:
            self.accept()
            return
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "role": self.role.currentData(),
                "tier": self.tier.value(), "max_concurrent": self.most.value()}


def _hub_address() -> str:
    """Where teammates reach this computer's hub: the last address used, else this computer's
    address on the local network."""
    saved = QSettings().value("hubUrl")
    if saved:
        return str(saved)
    for address in QNetworkInterface.allAddresses():
        if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and \
                not address.isLoopback():
            return f"http://{address.toString()}:8765"
    return "http://127.0.0.1:8765"


def invite_code(_shop: Any, name: str, url: str) -> str:
    """A join code from the hub in this computer's data folder (as ``shopdesk hub invite``)."""
    store = hub.open_hub(locations.data_dir() / "hub")
    try:
        return hub.invite(store, name, url)
    finally:
        store.close()


class InviteDialog(QDialog):
    """The owner names a teammate and gets the join code to give them."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Invite a teammate"))
        self.setMinimumWidth(520)
        self.name = QLineEdit()
        self.url = QLineEdit(_hub_address())
        self.make = QPushButton(self.tr("Make the join code"))
        self.make.setObjectName("primary")
        self.make.clicked.connect(self._make)
        self.code = QLineEdit()
        self.code.setReadOnly(True)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setEnabled(False)
        self.copy.clicked.connect(self._copy)
        self.msg = QLabel(self.tr(
            "This computer runs the team's hub (shopdesk hub). Give the code to your teammate: "
            "on their desktop, Settings › Team › Join the team."))
        self.msg.setObjectName("hint")
        self.msg.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Teammate's name"), self.name)
        form.addRow(self.tr("Hub address"), self.url)
        form.addRow("", self.make)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.copy)
        form.addRow(self.tr("Join code"), code_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.msg)
        layout.addWidget(close)

    def _make(self) -> None:
        name, url = self.name.text().strip(), self.url.text().strip()
        if not name or not url.startswith(("http://", "https://")):
            self.msg.setText(self.tr("Give the teammate's name and the hub's address "
                                     "(http://… or https://…)."))
            return
        QSettings().setValue("hubUrl", url)
        self.context.db.run(partial(invite_code, name=name, url=url), self._made,
                            self.msg.setText)

    def _made(self, code: str) -> None:
        self.code.setText(code)
        self.copy.setEnabled(True)
        self.msg.setText(self.tr("Copy the code and give it to {0}.").format(
            self.name.text().strip()))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.msg.setText(self.tr("Copied."))
