"""Settings › team: join the team's hub with a join code; how syncing goes."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.services import sync as team_sync
from desktop.sync.client import sync
from desktop.ui.context import Context
from desktop.ui.layout import CardBox


class TeamCard(CardBox):
    error = Signal(str)
    synced = Signal(object)  # Changes pulled from the team

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.code = QLineEdit()
        self.join = QPushButton()
        self.join.setObjectName("primary")
        self.join.clicked.connect(self._join)
        self.now = QPushButton()
        self.now.clicked.connect(self._sync)
        self.state = QLabel()
        self.state.setObjectName("hint")
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.code, 1)
        row.addWidget(self.join)
        row.addWidget(self.now)
        layout = self.body
        layout.addLayout(row)
        layout.addWidget(self.state)

    def retranslate(self) -> None:
        self.title.setText(self.tr("TEAM"))
        self.code.setPlaceholderText(self.tr("Paste the join code the owner gave you (SD1-…)"))
        self.join.setText(self.tr("Join the team"))
        self.now.setText(self.tr("Sync now"))
        self.refresh()

    def refresh(self) -> None:
        self.context.db.run(team_sync.status, self._show, self.error.emit)

    def _show(self, status: dict[str, Any]) -> None:
        joined = status["hub"] is not None
        self.code.setVisible(not joined)
        self.join.setVisible(not joined)
        self.now.setVisible(joined)
        if not joined:
            self.state.setText(self.tr(
                "Working alone on this desktop. To share one shop with your team, the owner "
                "runs the hub (shopdesk hub) and gives each desktop a join code."))
        elif status["last_error"]:
            self.state.setText(self.tr("Team hub {0}: {1}").format(status["hub"],
                                                                   status["last_error"]))
        else:
            self.state.setText(self.tr("Syncing with {0} every minute; {1} changes waiting to "
                                       "be sent.").format(status["hub"], status["pending"]))

    def _join(self) -> None:
        code = self.code.text().strip()
        if not code:
            return
        self.state.setText(self.tr("Joining and receiving the shop…"))
        self.context.db.run(partial(_join_and_sync, code=code), self._joined, self._failed)

    def _joined(self, result: dict[str, Any]) -> None:
        self.code.clear()
        self.synced.emit(result["changes"])
        self.refresh()

    def _failed(self, message: str) -> None:
        self.state.setText(message)
        self.error.emit(message)

    def _sync(self) -> None:
        self.context.db.run(sync, self._joined, self._failed)


def _join_and_sync(store: Any, code: str) -> dict[str, Any]:
    team_sync.join(store, code)
    return sync(store)
