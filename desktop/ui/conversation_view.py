"""One conversation: the header (conversation_header.py), the thread and the composer.

The services a conversation's actions call (replies, suggestions, templates, orders) are
imported when first used: the first screen shows no conversation, and their imports (the
auto-reply rules, the knowledge base, the guard, …) would only delay it. After the first
paint :func:`desktop.ui.preload.after_first_paint` imports them in the background, so the
first conversation opened does not wait for them either.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.guard import Verdict
from desktop.services import threads
from desktop.services.session import Shop
from desktop.services.threads import ConversationDetail
from desktop.ui import thread_html
from desktop.ui.composer import Composer
from desktop.ui.context import Context
from desktop.ui.conversation_header import ConversationHeader
from desktop.ui.translation_view import ThreadTranslator


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


def _reply(shop: Shop, **kwargs) -> object:
    """Queue a reply; a text the guard refuses comes back as its verdict (not an error), so
    the reply box can mark the words."""
    from desktop.services import actions, guard

    try:
        return actions.reply(shop, **kwargs)
    except guard.Blocked as refused:
        return refused.verdict


class ConversationView(QWidget):
    loaded = Signal(object)  # ConversationDetail
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.detail: ConversationDetail | None = None
        self.expanded: set[str] = set()
        self.highlight: str | None = None
        self.wanted: str | None = None  # the conversation last asked for
        self._page = ""  # the thread's HTML as last drawn
        self.header = ConversationHeader(context)
        self.header.error.connect(self.error.emit)
        self.header.exportRequested.connect(self._export_transcript)
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
            button.clicked.connect(partial(self._use_suggestion, n))
            # a shortcut of its own: a button's shortcut is reset whenever its text is set
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self, partial(self._use_suggestion, n))
            self._suggest_buttons.append(button)
            self._suggest_row.addWidget(button)
        self._suggest_row.addStretch(1)
        self._suggested: list[dict] = []
        self._used_article: dict | None = None
        self.composer.templateRequested.connect(self._templates)
        self.translator = ThreadTranslator(context, self)  # translations, and the reply preview
        self.translator.changed.connect(self._rerender)
        self.translator.text = self.composer.editor.toPlainText
        self.composer.editor.textChanged.connect(self.translator.typed)
        self.loaded.connect(self.translator.on_loaded)
        split = QSplitter()
        split.setObjectName("threadSplit")
        split.setOrientation(split.orientation().Vertical)
        split.addWidget(self.thread)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(0)
        bottom_layout.addWidget(self.suggestions)
        bottom_layout.addWidget(self.translator.preview)
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
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()
        self.show_detail(None)

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.header.retranslate()
        self.empty.setText(self.tr("Choose a conversation on the left to read and answer it.\n"
                                   "New customer messages appear there by themselves."))
        self.composer.retranslate()
        self.show_detail(self.detail)

    # -- loading ------------------------------------------------------------------------------
    def open(self, conversation_id: str, highlight: str | None = None) -> None:
        self.highlight = highlight
        self.wanted = conversation_id  # a later answer for another conversation is stale
        self.context.db.run(partial(threads.detail, conversation_id=conversation_id),
                            self._loaded, self.error.emit)

    def reload(self) -> None:
        """The conversation on screen again — or the one being opened, never the one left."""
        if self.wanted is not None:
            self.open(self.wanted, self.highlight)

    def _loaded(self, detail: ConversationDetail) -> None:
        if detail.id != self.wanted:  # another conversation was asked for since
            return
        from desktop.services import actions, answers

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
            self.context.db.run(partial(answers.suggestions, message=last,
                                        conversation_id=detail.id, agent_id=self.context.me_id),
                                self._show_suggestions)
        if detail.unread:
            self.context.db.run(partial(actions.mark_read, conversation_id=detail.id))

    def show_detail(self, detail: ConversationDetail | None) -> None:
        if detail is not None and (self.detail is None or detail.id != self.detail.id):
            self.expanded.clear()
            self.composer.switch_to(detail.id)
        self.detail = detail
        for w in (self.header, self.split):
            w.setVisible(detail is not None)
        self.empty.setVisible(detail is None)
        if detail is None:
            return
        from desktop.services import orders

        self.header.show_detail(detail)
        page = thread_html.render(detail, self.context.zone, self.expanded,
                                  self.context.attachments_dir, self.highlight,
                                  orders.card_orders(self.context.reader, detail.id),
                                  self.translator.below(detail))
        if page != self._page:  # the same thread read again (marked read, no translation to
            self._page = page   # add) is not drawn again: a long one takes Qt a while
            self.thread.setHtml(page)

    def _rerender(self) -> None:
        """New translations: the thread again, scrolled where it was."""
        bar = self.thread.verticalScrollBar()
        at_bottom, value = bar.value() >= bar.maximum() - 4, bar.value()
        self.show_detail(self.detail)
        bar.setValue(bar.maximum() if at_bottom else value)

    # -- the header's actions, for the keyboard shortcuts and the customer panel -----------
    @property
    def title(self) -> QLabel:
        return self.header.title

    @property
    def subtitle(self) -> QLabel:
        return self.header.subtitle

    @property
    def buttons(self) -> dict[str, QToolButton]:
        return self.header.buttons

    def assign(self, agent_id: str, note: str | None = None) -> None:
        self.header.assign(agent_id, note)

    def snooze(self, until_ms: int | None) -> None:
        self.header.snooze(until_ms)

    def set_vip(self, vip: bool) -> None:
        self.header.set_vip(vip)

    def close_or_reopen(self) -> None:
        self.header.close_or_reopen()

    def _do(self, action, **kwargs) -> None:
        if self.detail is None:
            return
        self.context.db.run(partial(action, conversation_id=self.detail.id,
                                    actor=self.context.me_id, **kwargs),
                            lambda _changes: None, self.error.emit)

    def add_customer_note(self, text: str) -> None:
        from desktop.services import actions

        if self.detail is not None:
            self.context.db.run(partial(actions.add_customer_note,
                                        customer_id=self.detail.customer.id, text=text,
                                        actor=self.context.me_id),
                                lambda _c: None, self.error.emit)

    def _send(self, text: str, note: bool, attachments: list) -> None:
        if self.detail is None:
            return
        conversation_id = self.detail.id
        # in the customer's language when they read another (the original kept with it)
        self.translator.before_send(
            text, note, partial(self._send_as, conversation_id, text, note, attachments),
            self.composer.not_sent)

    def _send_as(self, conversation_id: str, text: str, note: bool, attachments: list,
                 sent_text: str, extra: dict | None) -> None:
        self.context.db.run(partial(_reply, conversation_id=conversation_id,
                                    actor=self.context.me_id, text=sent_text, note=note,
                                    attachments=attachments, extra=extra),
                            partial(self._sent, conversation_id, text, note),
                            partial(self._not_sent, conversation_id))

    def _not_sent(self, conversation_id: str, message: str) -> None:
        if conversation_id == self.composer.conversation_id:
            self.composer.not_sent()
        self.error.emit(message)

    def _sent(self, conversation_id: str, text: str, note: bool, result: object) -> None:
        if isinstance(result, Verdict):  # refused by the guard: the text stays, marked
            if conversation_id == self.composer.conversation_id:
                self.composer.mark_blocked(result)
            return
        self.composer.sent(conversation_id, text)
        if not note:
            self._learn(text)

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
        from desktop.domain.kb_match import answer_parts

        if n < len(self._suggested):
            self._used_article = self._suggested[n]
            text, images = answer_parts(self._suggested[n]["answer"])
            self.composer.insert(text)
            self.composer.add_attachments(images)

    def _learn(self, sent: str) -> None:
        """An answer sent from an article: offer the customer's words as a new phrasing."""
        from desktop.domain.kb_match import answer_parts
        from desktop.services import kb

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
        from desktop.services import autoreply

        if self.detail is None:
            return
        self.context.db.run(partial(autoreply.find_templates, typed=typed,
                                    conversation_id=self.detail.id, agent_id=self.context.me_id),
                            partial(self._show_templates, typed), self.error.emit)

    def _show_templates(self, typed: str, found: list) -> None:
        self.composer.show_templates(typed, [
            (f"{template.shortcut or template.name} · {' '.join(text.split())[:40]}", text)
            for template, text in found])

    def _export_transcript(self) -> None:
        from desktop.ui.exporting import export_transcript
        if self.detail is not None:
            export_transcript(self, self.context, self.detail.id, self.detail.customer.name)

    def _on_link(self, url: QUrl) -> None:
        from desktop.services import actions, outbox

        text = url.toString()
        kind, _, value = text.partition(":")
        if kind == "expand":
            self.expanded.add(value)
            self.show_detail(self.detail)
        elif kind == "translate" and self.detail is not None:
            line = next((m.text for m in self.detail.messages if m.id == value), "")
            self.translator.ask(value, line)
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
