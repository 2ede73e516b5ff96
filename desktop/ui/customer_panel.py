"""The customer beside the thread: who they are, their orders, history, tags and notes."""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.services.threads import ConversationDetail
from desktop.ui import formatting
from desktop.ui.context import Context
from desktop.ui.customer_language import CustomerLanguage
from desktop.ui.order_cards import OrderList
from desktop.ui.translation_view import language_name


class CustomerPanel(QScrollArea):
    openConversation = Signal(str)
    addNote = Signal(str)
    toggleVip = Signal(bool)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("customerPanel")
        self.setWidgetResizable(True)
        self.setMinimumWidth(220)
        body = QWidget()
        body.setObjectName("panelBody")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(16, 16, 16, 16)
        self.layout_.setSpacing(8)
        self.name = QLabel()
        self.name.setObjectName("panelTitle")
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.vip = QPushButton()
        self.vip.clicked.connect(lambda: self.toggleVip.emit(not self._vip))
        self.orders_title = QLabel()
        self.order_list = OrderList(context)
        self.earlier_title, self.earlier = QLabel(), QLabel()
        self.earlier.linkActivated.connect(lambda link: self.openConversation.emit(link))
        self.tags_title, self.tags = QLabel(), QLabel()
        self.notes_title, self.notes = QLabel(), QLabel()
        for title in (self.orders_title, self.earlier_title, self.tags_title, self.notes_title):
            title.setObjectName("section")
        for label in (self.earlier, self.tags, self.notes):
            label.setWordWrap(True)
            label.setTextFormat(label.textFormat().RichText)
        self.language = CustomerLanguage(context)  # follows their messages, or set here
        self.note_edit = QLineEdit()
        self.note_edit.returnPressed.connect(self._add_note)
        row = QHBoxLayout()
        row.addWidget(self.name, 1)
        row.addWidget(self.vip)
        self.layout_.addLayout(row)
        for w in (self.facts, self.language, self.orders_title, self.order_list,
                  self.tags_title, self.tags, self.earlier_title, self.earlier,
                  self.notes_title, self.note_edit,
                  self.notes):
            self.layout_.addWidget(w)
        self.layout_.addStretch(1)
        self.setWidget(body)
        self._vip = False
        self._detail: ConversationDetail | None = None
        self.retranslate()
        self.show_detail(None)

    def retranslate(self) -> None:
        self.orders_title.setText(self.tr("Orders"))
        self.order_list.retranslate()
        self.earlier_title.setText(self.tr("Earlier conversations"))
        self.tags_title.setText(self.tr("Tags"))
        self.notes_title.setText(self.tr("Notes"))
        self.note_edit.setPlaceholderText(self.tr("Add a note about this customer…"))
        self.show_detail(self._detail)

    def show_detail(self, detail: ConversationDetail | None) -> None:
        self._detail = detail
        self.language.show_detail(detail)
        for w in (self.vip, self.note_edit, self.orders_title, self.tags_title,
                  self.earlier_title, self.notes_title):
            w.setVisible(detail is not None)
        if detail is None:
            self.name.setText("")
            self.facts.setText(self.tr("Select a conversation to see the customer here."))
            for w in (self.earlier, self.tags, self.notes):
                w.setText("")
            self.order_list.show_customer(None)
            return
        c = detail.customer
        self._vip = c.vip
        self.name.setText(c.name or c.external_id)
        self.vip.setText(self.tr("Remove VIP") if c.vip else self.tr("Mark VIP"))
        language = language_name(c.language[:2]) if c.language else self.tr("unknown")
        lines = [self.tr("Channel: {0}").format(html.escape(formatting.channel_name(c.channel))),
                 self.tr("Customer id: {0}").format(html.escape(c.external_id)),
                 self.tr("Language: {0}").format(language)]
        if c.vip:
            lines.insert(0, '<span style="color:#ff9a2e"><b>VIP</b></span>')
        self.facts.setText("<br>".join(lines))
        none = '<span style="color:#86909c">' + self.tr("None") + "</span>"
        self.order_list.show_customer(c.id, c.language[:2] or "zh", detail.channel_kind)
        self.tags.setText(" ".join(
            f'<span style="background-color:#f2f3f5">&nbsp;{html.escape(t)}&nbsp;</span>'
            for t in detail.tags) or none)
        now = self.context.reader.clock()
        self.earlier.setText("<br>".join(
            f'<a style="color:#1677ff; text-decoration:none" href="{e["id"]}">'
            f'{formatting.when(e["opened_at"], self.context.zone, now)}</a> '
            f'{html.escape(e["preview"][:24])}' for e in c.earlier) or none)
        self.notes.setText("<br>".join(
            f'{html.escape(n["text"])} <span style="color:#86909c">— '
            f'{html.escape(n["author"])} {formatting.when(n["at"], self.context.zone, now)}'
            "</span>" for n in c.notes))  # none yet: the box above says what to do

    def _add_note(self) -> None:
        text = self.note_edit.text().strip()
        if text:
            self.addNote.emit(text)
            self.note_edit.clear()
