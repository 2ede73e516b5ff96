"""One conversation: the action bar, the thread and the composer."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QDateTime, QUrl, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kb_match import answer_parts
from desktop.domain.model import Priority
from desktop.services import actions, autoreply, kb, outbox, threads
from desktop.services.threads import ConversationDetail
from desktop.ui import formatting, thread_html
from desktop.ui.close_dialog import CloseDialog
from desktop.ui.composer import Composer
from desktop.ui.context import Context


def _missing_image() -> QImage:
    image = QImage(144, 144, QImage.Format.Format_ARGB32)
    image.fill(QColor("#f2f3f5"))
    painter = QPainter(image)
    painter.setPen(QColor("#c9cdd4"))
    painter.drawRect(0, 0, 143, 143)
    painter.drawLine(24, 110, 60, 60)
    painter.drawLine(60, 60, 86, 92)
    painter.drawLine(86, 92, 100, 76)
    painter.drawLine(100, 76, 124, 110)
    painter.drawEllipse(92, 30, 18, 18)
    painter.end()
    return image


class ConversationView(QWidget):
    loaded = Signal(object)  # ConversationDetail
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ConversationDetail | None = None
        self.expanded: set[str] = set()
        self.highlight: str | None = None
        self.title = QLabel()
        self.title.setObjectName("convTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("hint")
        for label in (self.title, self.subtitle):  # long names never widen the window
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 10, 12, 10)
        names = QVBoxLayout()
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        bar.addLayout(names, 1)
        for key in ("assign", "tag", "priority", "snooze", "close", "more"):
            button = QToolButton()
            button.setObjectName("action")
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            self.buttons[key] = button
            bar.addWidget(button)
        self.buttons["close"].setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
        self.buttons["close"].clicked.connect(self.close_or_reopen)
        header = QWidget()
        header.setObjectName("convHeader")
        header.setLayout(bar)
        self.thread = QTextBrowser()
        self.thread.setObjectName("thread")
        self.thread.setOpenLinks(False)
        self.thread.anchorClicked.connect(self._on_link)
        self.thread.document().addResource(QTextDocument.ResourceType.ImageResource,
                                           QUrl(thread_html.MISSING_IMAGE), _missing_image())
        self.composer = Composer()
        self.composer.send.connect(self._send)
        self.suggestions = QWidget()
        self.suggestions.setObjectName("suggestions")
        self._suggest_row = QHBoxLayout(self.suggestions)
        self._suggest_row.setContentsMargins(8, 4, 8, 0)
        self._suggest_label = QLabel()
        self._suggest_label.setObjectName("hint")
        self._suggest_row.addWidget(self._suggest_label)
        self._suggest_buttons: list[QPushButton] = []
        for n in range(3):
            button = QPushButton()
            button.setShortcut(f"Ctrl+{n + 1}")
            button.clicked.connect(partial(self._use_suggestion, n))
            self._suggest_buttons.append(button)
            self._suggest_row.addWidget(button)
        self._suggest_row.addStretch(1)
        self._suggested: list[dict] = []
        self._used_article: dict | None = None
        self.composer.templateRequested.connect(self._templates)
        split = QSplitter()
        split.setObjectName("threadSplit")
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.thread)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(0)
        bottom_layout.addWidget(self.suggestions)
        bottom_layout.addWidget(self.composer, 1)
        split.addWidget(bottom)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.split = split
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty, 1)
        self.header = header
        self.retranslate()
        self.show_detail(None)

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {"assign": self.tr("Assign"), "tag": self.tr("Tag"),
                 "priority": self.tr("Priority"), "snooze": self.tr("Snooze"),
                 "close": self.tr("Close"), "more": self.tr("More")}
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.empty.setText(self.tr("Choose a conversation on the left to read and answer it.\n"
                                   "New customer messages appear there by themselves."))
        self.composer.retranslate()
        self.show_detail(self.detail)

    # -- loading ------------------------------------------------------------------------------
    def open(self, conversation_id: str, highlight: str | None = None) -> None:
        self.highlight = highlight
        self.context.db.run(partial(threads.detail, conversation_id=conversation_id),
                            self._loaded, self.error.emit)

    def reload(self) -> None:
        if self.detail is not None:
            self.open(self.detail.id, self.highlight)

    def _loaded(self, detail: ConversationDetail) -> None:
        same = self.detail is not None and self.detail.id == detail.id
        bar = self.thread.verticalScrollBar()
        at_bottom = bar.value() >= bar.maximum() - 4
        self.show_detail(detail)
        if self.highlight:
            self.thread.scrollToAnchor(f"m-{self.highlight}")
        elif not same or at_bottom:
            bar.setValue(bar.maximum())
        self.loaded.emit(detail)
        last = next((m.text for m in reversed(detail.messages)
                     if m.direction == "in" and m.text), "")
        self._show_suggestions([])
        if last:
            self.context.db.run(partial(kb.suggestions, message=last), self._show_suggestions)
        if detail.unread:
            self.context.db.run(partial(actions.mark_read, conversation_id=detail.id))

    def show_detail(self, detail: ConversationDetail | None) -> None:
        if detail is not None and self.detail is not None and detail.id != self.detail.id:
            self.expanded.clear()
            self.composer.clear()
        self.detail = detail
        for w in (self.header, self.split):
            w.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            return
        status = {"open": self.tr("Open"), "pending": self.tr("Pending"),
                  "snoozed": self.tr("Snoozed"), "closed": self.tr("Closed")}[detail.status]
        self.title.setText(detail.customer.name + ("  VIP" if detail.customer.vip else ""))
        facts = [formatting.channel_name(detail.channel), status]
        if detail.assignee:
            facts.append(self.tr("Agent: {0}").format(detail.assignee))
        if detail.priority != "normal":
            facts.append(self._priority_name(detail.priority))
        if detail.category:
            facts.append(detail.category)
        self.subtitle.setText(" · ".join(facts))
        self.buttons["close"].setText(self.tr("Reopen") if detail.status == "closed"
                                      else self.tr("Close"))
        self._menus(detail)
        self.thread.setHtml(thread_html.render(detail, self.context.zone, self.expanded,
                                               self.context.attachments_dir, self.highlight))

    def _priority_name(self, value: str) -> str:
        return {"low": self.tr("Low priority"), "normal": self.tr("Normal priority"),
                "high": self.tr("High priority"), "urgent": self.tr("Urgent")}[value]

    # -- menus --------------------------------------------------------------------------------
    def _menus(self, detail: ConversationDetail) -> None:
        me = self.context.me_id
        assign = QMenu(self)
        if me:
            assign.addAction(self.tr("Assign to me"), partial(self.assign, me))
            assign.addSeparator()
        for agent in self.context.agents:
            action = assign.addAction(agent.name, partial(self.assign, agent.id))
            action.setCheckable(True)
            action.setChecked(agent.id == detail.assignee_id)
        self.buttons["assign"].setMenu(assign)
        tags = QMenu(self)
        tags.addAction(self.tr("New tag…"), self._new_tag)
        for t in detail.tags:
            tags.addAction(self.tr("Remove “{0}”").format(t), partial(self._do, actions.untag,
                                                                      name=t))
        self.buttons["tag"].setMenu(tags)
        prio = QMenu(self)
        for p in Priority:
            act = prio.addAction(self._priority_name(p.value),
                                 partial(self._do, actions.set_priority, priority=p))
            act.setCheckable(True)
            act.setChecked(detail.priority == p.value)
        self.buttons["priority"].setMenu(prio)
        snooze = QMenu(self)
        snooze.addAction(self.tr("Until the customer replies"), partial(self.snooze, None))
        snooze.addAction(self.tr("For 1 hour"), partial(self._snooze_choice, "hour"))
        snooze.addAction(self.tr("Until tomorrow 09:00"), partial(self._snooze_choice,
                                                                  "tomorrow"))
        snooze.addAction(self.tr("Until next week"), partial(self._snooze_choice, "next_week"))
        snooze.addAction(self.tr("Choose a time…"), self._snooze_custom)
        self.buttons["snooze"].setMenu(snooze)
        more = QMenu(self)
        more.addAction(self.tr("Set category…"), self._category)
        more.addAction(self.tr("Remove VIP") if detail.customer.vip else self.tr("Mark VIP"),
                       partial(self.set_vip, not detail.customer.vip))
        more.addSeparator()
        more.addAction(self.tr("Export transcript…"), self._export_transcript)
        self.buttons["more"].setMenu(more)

    # -- actions ------------------------------------------------------------------------------
    def _do(self, action, **kwargs) -> None:
        if self.detail is None:
            return
        self.context.db.run(partial(action, conversation_id=self.detail.id,
                                    actor=self.context.me_id, **kwargs),
                            lambda _changes: None, self.error.emit)

    def assign(self, agent_id: str) -> None:
        self._do(actions.assign, agent_id=agent_id)

    def snooze(self, until_ms: int | None) -> None:
        self._do(actions.snooze, until_ms=until_ms)

    def _snooze_choice(self, key: str) -> None:
        self.context.db.run(actions.snooze_choices, lambda c: self.snooze(c[key]),
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

    def _new_tag(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Tag"), self.tr("Tag name:"))
        if ok and name.strip():
            self._do(actions.tag, name=name.strip())

    def _category(self) -> None:
        current = self.detail.category if self.detail else ""
        name, ok = QInputDialog.getText(self, self.tr("Category"), self.tr("Category:"),
                                        text=current or "")
        if ok and name.strip():
            self._do(actions.set_category, category=name.strip())

    def set_vip(self, vip: bool) -> None:
        if self.detail is not None:
            self.context.db.run(partial(actions.set_vip, customer_id=self.detail.customer.id,
                                        vip=vip, actor=self.context.me_id),
                                lambda _c: None, self.error.emit)

    def add_customer_note(self, text: str) -> None:
        if self.detail is not None:
            self.context.db.run(partial(actions.add_customer_note,
                                        customer_id=self.detail.customer.id, text=text,
                                        actor=self.context.me_id),
                                lambda _c: None, self.error.emit)

    def close_or_reopen(self) -> None:
        if self.detail is None:
            return
        if self.detail.status == "closed":
            self._do(actions.reopen)
            return
        conversation_id = self.detail.id
        self.context.db.run(partial(actions.closing_message, conversation_id=conversation_id),
                            partial(self._ask_close, conversation_id), self.error.emit)

    def _ask_close(self, conversation_id: str, message: str) -> None:
        dialog = CloseDialog(message, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.db.run(partial(actions.close, conversation_id=conversation_id,
                                        resolved=dialog.resolved.isChecked(),
                                        actor=self.context.me_id,
                                        closing_message=dialog.closing_text()),
                                lambda _c: None, self.error.emit)

    def _send(self, text: str, note: bool, attachments: list) -> None:
        if self.detail is None:
            return
        self._do(actions.reply, text=text, note=note, attachments=attachments)
        if not note:
            self._learn(text)
        self.composer.clear()

    def _show_suggestions(self, found: list[dict]) -> None:
        """The knowledge base's best answers to the customer's last message (Ctrl+1…3)."""
        self._suggested = [f for f in found if f["score"] >= 0.2]
        self.suggestions.setVisible(bool(self._suggested))
        self._suggest_label.setText(self.tr("Knowledge base:"))
        for n, button in enumerate(self._suggest_buttons):
            if n < len(self._suggested):
                f = self._suggested[n]
                button.setText(f"{n + 1}. {f['title']}")
                button.setToolTip(f"{f['answer']}\n\n" + self.tr("match {0:.0%} · Ctrl+{1}")
                                  .format(f["score"], n + 1))
                button.show()
            else:
                button.hide()

    def _use_suggestion(self, n: int) -> None:
        if n < len(self._suggested):
            self._used_article = self._suggested[n]
            text, images = answer_parts(self._suggested[n]["answer"])
            self.composer.editor.setPlainText(text)
            self.composer.add_attachments(images)
            self.composer.editor.setFocus()

    def _learn(self, sent: str) -> None:
        """An answer sent from an article: offer the customer's words as a new phrasing."""
        used, self._used_article = self._used_article, None
        if used is None or self.detail is None or \
                answer_parts(used["answer"])[0][:20] not in sent:
            return
        last = next((m.text for m in reversed(self.detail.messages)
                     if m.direction == "in" and m.text), "")
        if last:
            self.context.db.run(partial(kb.offer_phrasing, article_id=used["id"],
                                        customer_text=last))

    def _templates(self, typed: str) -> None:
        """“/” plus a few letters or pinyin initials: matching templates, filled in."""
        if self.detail is None:
            return
        self.context.db.run(partial(autoreply.find_templates, typed=typed,
                                    conversation_id=self.detail.id, agent_id=self.context.me_id),
                            self._show_templates, self.error.emit)

    def _show_templates(self, found: list) -> None:
        editor = self.composer.editor
        if not editor.toPlainText().startswith("/"):
            return
        if not found:
            QToolTip.showText(editor.mapToGlobal(editor.cursorRect().bottomLeft()),
                              self.tr("No matching reply template. Templates are set up on the "
                                      "Templates & auto-reply page."), editor)
            return
        menu = QMenu(self)
        for template, text in found:
            label = f"{template.shortcut or template.name} · {text[:40]}"
            menu.addAction(label, partial(self._use_template, text))
        menu.popup(editor.mapToGlobal(editor.cursorRect().bottomLeft()))

    def _use_template(self, text: str) -> None:
        self.composer.editor.setPlainText(text)
        self.composer.editor.setFocus()

    def _export_transcript(self) -> None:
        from desktop.ui.exporting import export_transcript
        if self.detail is not None:
            export_transcript(self, self.context, self.detail.id, self.detail.customer.name)

    def _on_link(self, url: QUrl) -> None:
        text = url.toString()
        kind, _, value = text.partition(":")
        if kind == "expand":
            self.expanded.add(value)
            self.show_detail(self.detail)
        elif kind == "retry":
            self.context.db.run(partial(actions.retry_send, message_id=value),
                                lambda _c: None, self.error.emit)
        elif kind == "confirm":
            self.context.db.run(partial(outbox.confirm, message_id=value),
                                lambda _n: self.reload(), self.error.emit)
        elif kind == "cancel":
            self.context.db.run(partial(outbox.cancel, message_id=value,
                                        actor=self.context.me_id),
                                lambda _c: None, self.error.emit)
