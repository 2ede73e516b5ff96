"""The inbox: conversation list | thread and composer | customer panel.

The first screen is the list: the conversation's pane (the thread, the composer and the
customer panel, empty until a conversation is chosen) is built just after the first paint
(:meth:`InboxPage.build_pane`, which the window calls), or at once when something needs it
sooner (``conversation``, ``customer``). Its modules and widgets would otherwise delay the
first paint by about a third.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.services import queues
from desktop.services.queues import Sort, View
from desktop.services.session import Changes
from desktop.ui.aftersales_view import AfterSalesView
from desktop.ui.context import Context
from desktop.ui.conversation_list import ConversationList
from desktop.ui.reminders_button import RemindersButton
from desktop.ui.search_box import SearchBox

AFTER_SALES_SHARE = 0.4

if TYPE_CHECKING:
    from desktop.services.threads import ConversationDetail
    from desktop.ui.conversation_view import ConversationView
    from desktop.ui.customer_panel import CustomerPanel


class InboxPage(QWidget):
    error = Signal(str)
    countsChanged = Signal(dict)
    loaded = Signal(object)  # the conversation shown (a ConversationDetail), as it loads

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = SearchBox(context)
        self.search.open.connect(self.open_conversation)
        self.export = QPushButton()
        self.export.clicked.connect(self._export)
        self.reminders = RemindersButton(context)
        self.reminders.openConversation.connect(self.open_conversation)
        top = QHBoxLayout()
        top.setContentsMargins(12, 10, 12, 10)
        top.addWidget(self.search, 1)
        top.addWidget(self.reminders)
        self.after_sales = AfterSalesView(context)  # shown by its button in the bar
        self.after_sales.openConversation.connect(self.open_conversation)
        top.addWidget(self.after_sales.button)
        top.addWidget(self.export)
        bar = QWidget()
        bar.setObjectName("inboxBar")
        bar.setLayout(top)
        self.list = ConversationList(context)
        self.list.selected.connect(self.conversation_chosen)
        self._conversation: ConversationView | None = None  # build_pane() makes them
        self._customer: CustomerPanel | None = None
        self._thread_state: Any = None  # the thread/composer split to restore, until built
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplit")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(QWidget())  # where the conversation goes
        self.splitter.addWidget(QWidget())  # and the customer panel
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([440, 680, 280])
        self.splitter.setChildrenCollapsible(False)
        # the after-sales requests above the conversations, as tall as their rows need (at
        # most AFTER_SALES_SHARE of the height; the agent may drag the line between them)
        self.column = QSplitter(Qt.Orientation.Vertical)
        self.column.setObjectName("afterSalesSplit")
        self.column.addWidget(self.after_sales)
        self.column.addWidget(self.splitter)
        self.column.setStretchFactor(0, 0)
        self.column.setStretchFactor(1, 1)
        self.column.setChildrenCollapsible(False)
        self.after_sales.fit.connect(self._fit_after_sales)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.column, 1)
        self.retranslate()

    def _fit_after_sales(self) -> None:
        total = self.column.height() - self.column.handleWidth()
        pane = min(self.after_sales.wanted_height(), int(total * AFTER_SALES_SHARE))
        self.column.setSizes([pane, total - pane])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.after_sales.isVisible():
            self._fit_after_sales()

    def retranslate(self) -> None:
        self.export.setText(self.tr("Export…"))
        self.export.setToolTip(self.tr("Save the conversations of this view (or the selected "
                                       "ones) as an Excel workbook"))
        self.search.retranslate()
        self.list.retranslate()
        if self._conversation is not None and self._customer is not None:
            self._conversation.retranslate()
            self._customer.retranslate()
        self.reminders.retranslate()
        self.after_sales.retranslate()

    def start(self) -> None:
        self.list.load()
        self.update_counts()

    # -- the conversation's pane ----------------------------------------------------------
    @property
    def conversation(self) -> ConversationView:
        self.build_pane()
        assert self._conversation is not None
        return self._conversation

    @property
    def customer(self) -> CustomerPanel:
        self.build_pane()
        assert self._customer is not None
        return self._customer

    @property
    def pane_built(self) -> bool:
        return self._conversation is not None

    @property
    def shown(self) -> ConversationDetail | None:
        """The conversation shown, if any (without building the pane)."""
        return None if self._conversation is None else self._conversation.detail

    def build_pane(self) -> None:
        """The thread, the composer and the customer panel, in their places (once)."""
        if self._conversation is not None:
            return
        from desktop.ui.conversation_view import ConversationView
        from desktop.ui.customer_panel import CustomerPanel

        conversation = ConversationView(self.context)
        customer = CustomerPanel(self.context)
        self._conversation, self._customer = conversation, customer
        conversation.error.connect(self.error)
        conversation.loaded.connect(customer.show_detail)
        conversation.loaded.connect(self.loaded)
        customer.openConversation.connect(self.open_conversation)
        customer.addNote.connect(conversation.add_customer_note)
        customer.toggleVip.connect(conversation.set_vip)
        customer.language.changed.connect(conversation.reload)
        customer.order_list.summaryReady.connect(conversation.composer.insert)
        sizes = self.splitter.sizes()
        for at, widget in ((1, conversation), (2, customer)):
            self.splitter.replaceWidget(at, widget).deleteLater()
        self.splitter.setSizes(sizes)
        if self._thread_state is not None:
            conversation.split.restoreState(self._thread_state)
        customer.retranslate()

    def restore_thread_split(self, state: QByteArray) -> None:
        """The thread/composer split as the user left it (now, or when the pane is built)."""
        self._thread_state = state
        if self._conversation is not None:
            self._conversation.split.restoreState(state)

    def thread_split(self) -> Any:
        """The thread/composer split to save: as shown, or as restored when never built."""
        return self._thread_state if self._conversation is None else \
            self._conversation.split.saveState()

    def conversation_chosen(self, conversation_id: str) -> None:
        # a click on the one shown (or being opened): as it is
        if self.conversation.wanted != conversation_id:
            self.conversation.open(conversation_id)

    def open_conversation(self, conversation_id: str, message_id: str | None = None) -> None:
        if not self.list.select(conversation_id) or message_id:
            self.conversation.open(conversation_id, highlight=message_id)

    def show_waiting(self, after: int | None = None, until: int | None = None,
                     group: str = "") -> None:
        """The customers waiting for a reply, longest waiting first (the dashboard's "now"):
        all of them, or one group's — waits begun after ``after``, at or before ``until``."""
        self.list.show_all(View.WAITING, Sort.WAITING, after, until, group)

    def on_changed(self, changes: Changes) -> None:
        ids = changes.ids("conversations") | changes.ids("conversation_tags")
        if ids:
            self.list.refresh(ids)
            self.reminders.refresh()  # a wait answered or a conversation closed: put away
        current = self.shown
        if current is not None and (current.id in ids or changes.ids("customer_notes") or
                                    changes.ids("customers")):
            self.conversation.reload()
        if changes.ids("agents") or changes.ids("channels") or changes.ids("conversation_tags"):
            self.list.reload_choices()
        self.update_counts()

    def update_counts(self) -> None:
        self.context.db.run(partial(queues.counts, me=self.context.me_id), self._counts)

    def _counts(self, counts: dict[str, int]) -> None:
        self.list.set_counts(counts)
        self.countsChanged.emit(counts)

    def _export(self) -> None:
        from desktop.ui.exporting import export_view  # here: the first screen does without it

        selected = self.list.selected_ids()
        export_view(self, self.context, self.list.query, selected if len(selected) > 1 else None)

    # keyboard actions
    def next(self) -> None:
        self.list.step(1)

    def previous(self) -> None:
        self.list.step(-1)

    def focus_composer(self) -> None:
        self.conversation.composer.editor.setFocus()

    def assign_to_me(self) -> None:
        if self.context.me_id:
            self.conversation.assign(self.context.me_id)

    def close_current(self) -> None:
        self.conversation.close_or_reopen()
