"""The conversation's header: who the customer is, where the conversation stands (channel,
status, agent …), and what can be done to it (assign, tag, priority, snooze, close, more).

Every action is stored as a conversation event, so the thread shows a line for it."""

from __future__ import annotations

from functools import partial
from types import ModuleType

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.model import Priority
from desktop.services import queues, team
from desktop.services.threads import ConversationDetail
from desktop.ui import agent_status, formatting
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.context import Context
from desktop.ui.header_menus import AssignDialog, TagMenu

KEYS = ("assign", "tag", "snooze", "close", "more")  # priority is under "more"


def _actions() -> ModuleType:
    """The conversation actions, imported when first used (not for the first screen)."""
    from desktop.services import actions

    return actions


class ConversationHeader(QWidget):
    error = Signal(str)
    exportRequested = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("convHeader")
        self.context = context
        self.detail: ConversationDetail | None = None
        self.title = QLabel()
        self.title.setObjectName("convTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        self.subtitle.setWordWrap(True)  # the agent and the status are never cut off
        # a long name never widens the window; the buttons keep their room
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.title.setMinimumWidth(60)
        self.buttons: dict[str, QToolButton] = {}
        self.actions_row = QWidget()
        row = QHBoxLayout(self.actions_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for key in KEYS:
            button = QToolButton()
            button.setObjectName("action")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.buttons[key] = button
            row.addWidget(button)
        self.buttons["close"].setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
        self.buttons["close"].clicked.connect(self.close_or_reopen)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(16, 8, 12, 8)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        self.wide: bool | None = None
        self._arrange(True)

    def _arrange(self, wide: bool) -> None:
        """Wide: the name beside the buttons, the facts under both. Narrow (a small screen):
        name, facts and buttons each on a line of their own, so nothing is cut off."""
        if wide == self.wide:
            return
        self.wide = wide
        for w in (self.title, self.subtitle, self.actions_row):
            self.grid.removeWidget(w)
        if wide:
            self.grid.addWidget(self.title, 0, 0)
            self.grid.addWidget(self.actions_row, 0, 1)
            self.grid.addWidget(self.subtitle, 1, 0, 1, 2)
        else:
            self.grid.addWidget(self.title, 0, 0, 1, 2)
            self.grid.addWidget(self.subtitle, 1, 0, 1, 2)
            self.grid.addWidget(self.actions_row, 2, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)

    def _fits_wide(self, width: int) -> bool:
        margins = self.grid.contentsMargins()
        name = self.title.fontMetrics().horizontalAdvance(self.title.text()) + 8
        return width - margins.left() - margins.right() - self.grid.horizontalSpacing() >= \
            name + self.actions_row.sizeHint().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(self._fits_wide(event.size().width()))
        super().resizeEvent(event)

    def retranslate(self) -> None:
        texts = {"assign": self.tr("Assign"), "tag": self.tr("Tag"), "snooze": self.tr("Snooze"),
                 "close": self.tr("Close"), "more": self.tr("More")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        if self.detail is not None:
            self.show_detail(self.detail)

    def show_detail(self, detail: ConversationDetail) -> None:
        self.detail = detail
        status = {"open": self.tr("Open"), "pending": self.tr("Pending"),
                  "snoozed": self.tr("Snoozed"), "closed": self.tr("Closed")}[detail.status]
        self.title.setText(detail.customer.name + ("  VIP" if detail.customer.vip else ""))
        self.title.setToolTip(self.title.text())
        facts = [formatting.channel_name(detail.channel), status,
                 self.tr("Agent: {0}").format(detail.assignee) if detail.assignee
                 else self.tr("Not assigned")]
        if detail.priority != "normal":
            facts.append(self.priority_name(detail.priority))
        if detail.category:
            facts.append(detail.category)
        facts.extend(detail.tags)
        self.subtitle.setText(" · ".join(facts))
        self.buttons["close"].setText(self.tr("Reopen") if detail.status == "closed"
                                      else self.tr("Close"))
        self._menus(detail)
        self._arrange(self._fits_wide(self.width()))

    def priority_name(self, value: str) -> str:
        return {"low": self.tr("Low priority"), "normal": self.tr("Normal priority"),
                "high": self.tr("High priority"), "urgent": self.tr("Urgent")}[value]

    # -- menus --------------------------------------------------------------------------------
    def _menus(self, detail: ConversationDetail) -> None:
        for button in self.buttons.values():  # the menus of the last showing go
            if button.menu() is not None and not button.menu().isVisible():
                button.menu().deleteLater()
        assign = QMenu(self)
        assign.aboutToShow.connect(partial(self._fill_assign, assign))
        self.buttons["assign"].setMenu(assign)
        tags = TagMenu(queues.filter_choices(self.context.reader)["tags"], detail.tags, self)
        tags.picked.connect(lambda name: self._do("tag", name=name))
        tags.removed.connect(lambda name: self._do("untag", name=name))
        self.buttons["tag"].setMenu(tags)
        more = QMenu(self)
        prio = more.addMenu(self.tr("Priority"))
        for p in Priority:
            act = prio.addAction(self.priority_name(p.value),
                                 partial(self._do, "set_priority", priority=p))
            act.setCheckable(True)
            act.setChecked(detail.priority == p.value)
        snooze = QMenu(self)
        snooze.addAction(self.tr("Until the customer replies"), partial(self.snooze, None))
        snooze.addAction(self.tr("For 1 hour"), partial(self._snooze_choice, "hour"))
        snooze.addAction(self.tr("Until tomorrow 09:00"), partial(self._snooze_choice,
                                                                  "tomorrow"))
        snooze.addAction(self.tr("Until next week"), partial(self._snooze_choice, "next_week"))
        snooze.addAction(self.tr("Choose a time…"), self._snooze_custom)
        self.buttons["snooze"].setMenu(snooze)
        more.addAction(self.tr("Set category…"), self._category)
        more.addAction(self.tr("Remove VIP") if detail.customer.vip else self.tr("Mark VIP"),
                       partial(self.set_vip, not detail.customer.vip))
        more.addSeparator()
        more.addAction(self.tr("Export transcript…"), self.exportRequested.emit)
        self.buttons["more"].setMenu(more)

    def _fill_assign(self, menu: QMenu) -> None:
        """Each agent with their status and how many conversations they serve, read now."""
        menu.clear()
        me = self.context.me_id
        current = self.detail.assignee_id if self.detail else None
        if me:
            menu.addAction(self.tr("Assign to me"), partial(self.assign, me))
            menu.addSeparator()
        for agent, load in team.workload(self.context.reader):
            action = menu.addAction(agent_status.dot(agent.status),
                                    agent_status.describe(agent.name, agent.status, load),
                                    partial(self.assign, agent.id))
            if agent.id == current:  # who has it now, in bold
                font = action.font()
                font.setBold(True)
                action.setFont(font)
        menu.addSeparator()
        menu.addAction(self.tr("Transfer with a note…"), self.transfer)

    # -- actions ------------------------------------------------------------------------------
    def _do(self, action: str, **kwargs) -> None:
        """The conversation action of that name (``actions.assign``, …) on the one shown."""
        if self.detail is None:
            return
        run = getattr(_actions(), action)
        self.context.db.run(partial(run, conversation_id=self.detail.id,
                                    actor=self.context.me_id, **kwargs),
                            lambda _changes: None, self.error.emit)

    def assign(self, agent_id: str, note: str | None = None) -> None:
        self._do("assign", agent_id=agent_id, note=note)

    def transfer(self) -> None:
        if self.detail is None:
            return
        dialog = AssignDialog(team.workload(self.context.reader), self.detail.assignee_id,
                              self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self.assign(dialog.chosen(), dialog.note.text())

    def snooze(self, until_ms: int | None) -> None:
        self._do("snooze", until_ms=until_ms)

    def _snooze_choice(self, key: str) -> None:
        self.context.db.run(_actions().snooze_choices, lambda c: self.snooze(c[key]),
                            self.error.emit)

    def _snooze_custom(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Snooze until"))
        edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                               QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(dialog.accept)
        box.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(box)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.snooze(edit.dateTime().toMSecsSinceEpoch())

    def _category(self) -> None:
        current = self.detail.category if self.detail else ""
        name, ok = QInputDialog.getText(self, self.tr("Category"), self.tr("Category:"),
                                        text=current or "")
        if ok and name.strip():
            self._do("set_category", category=name.strip())

    def set_vip(self, vip: bool) -> None:
        if self.detail is not None:
            self.context.db.run(partial(_actions().set_vip, customer_id=self.detail.customer.id,
                                        vip=vip, actor=self.context.me_id),
                                lambda _c: None, self.error.emit)

    def close_or_reopen(self) -> None:
        if self.detail is None:
            return
        if self.detail.status == "closed":
            self._do("reopen")
            return
        conversation_id = self.detail.id
        self.context.db.run(partial(_actions().closing_texts, conversation_id=conversation_id),
                            partial(self._ask_close, conversation_id), self.error.emit)

    def _ask_close(self, conversation_id: str, texts: dict) -> None:
        dialog = CloseDialog(texts["closing"], self, rating_invite=texts["rating_invite"],
                             invite_on=texts["invite_on"])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.db.run(partial(_actions().close, conversation_id=conversation_id,
                                        resolved=dialog.resolved.isChecked(),
                                        actor=self.context.me_id,
                                        closing_message=dialog.closing_text(),
                                        rating_invite=dialog.invite_text()),
                                lambda _c: None, self.error.emit)
