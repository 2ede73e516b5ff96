"""The conversation header's pickers: hand over to an agent (their status, their load and a
note for the thread), and tag from the shop's own tags, searched as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.services.team import Agent
from desktop.ui import agent_status

NEW_TAG = Qt.ItemDataRole.UserRole + 1


class AssignDialog(QDialog):
    """Pick who takes the conversation over, seeing who is online and how busy; the note
    stays in the thread beside the handover."""

    def __init__(self, agents: list[tuple[Agent, int]], current: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer the conversation"))
        self.agents = QListWidget()
        self.agents.setObjectName("assignAgents")
        for agent, load in agents:
            item = QListWidgetItem(agent_status.dot(agent.status),
                                   agent_status.describe(agent.name, agent.status, load))
            item.setData(Qt.ItemDataRole.UserRole, agent.id)
            self.agents.addItem(item)
            if agent.id == current:
                item.setText(item.text() + self.tr(" (now)"))
        self.agents.setCurrentRow(0)
        self.agents.itemDoubleClicked.connect(lambda _i: self.note.setFocus())
        self.note = QLineEdit()
        self.note.setObjectName("transferNote")
        self.note.setPlaceholderText(self.tr("Note for the colleague (optional, kept in the "
                                             "thread)"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Transfer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Transfer to:")))
        layout.addWidget(self.agents)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(380, 320)

    def chosen(self) -> str | None:
        item = self.agents.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class TagMenu(QMenu):
    """The shop's tags with a search box on top; a name nobody used yet becomes a new tag."""

    picked = Signal(str)
    removed = Signal(str)

    def __init__(self, existing: list[str], on_conversation: tuple[str, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.existing = [t for t in existing if t not in on_conversation]
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(6, 6, 6, 6)
        self.search = QLineEdit()
        self.search.setObjectName("tagSearch")
        self.search.setPlaceholderText(self.tr("Search tags or type a new one"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("tagChoices")
        self.list.setMinimumWidth(220)
        column.addWidget(self.search)
        column.addWidget(self.list)
        holder = QWidgetAction(self)
        holder.setDefaultWidget(box)
        self.addAction(holder)
        if on_conversation:
            self.addSeparator()
        for t in on_conversation:
            self.addAction(self.tr("Remove “{0}”").format(t), lambda t=t: self.removed.emit(t))
        self.search.textChanged.connect(self._fill)
        self.search.returnPressed.connect(self._take_current)
        self.list.itemClicked.connect(self._take)
        self.aboutToShow.connect(self._shown)
        self._fill("")

    def _shown(self) -> None:
        self.search.clear()
        QTimer.singleShot(0, self.search.setFocus)

    def _fill(self, typed: str) -> None:
        typed = typed.strip()
        self.list.clear()
        for t in self.existing:
            if typed.casefold() in t.casefold():
                self.list.addItem(t)
        if typed and typed not in self.existing:
            item = QListWidgetItem(self.tr("New tag “{0}”").format(typed))
            item.setData(NEW_TAG, typed)
            self.list.addItem(item)
        if not self.list.count():
            item = QListWidgetItem(self.tr("No tags yet: type a name"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        rows = self.list.sizeHintForRow(0) * min(self.list.count(), 8)
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 2)

    def _take_current(self) -> None:
        if self.list.currentItem() is not None:
            self._take(self.list.currentItem())

    def _take(self, item: QListWidgetItem) -> None:
        if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        name = item.data(NEW_TAG) or item.text()
        self.close()
        self.picked.emit(name)

    def keyPressEvent(self, event) -> None:
        """Up and Down move in the list while the search box keeps the typing."""
        if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.search.hasFocus():
            row = self.list.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.list.setCurrentRow(max(0, min(row, self.list.count() - 1)))
            return
        super().keyPressEvent(event)
