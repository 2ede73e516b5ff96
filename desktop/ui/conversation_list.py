"""The left column of the inbox: views, filters, sort, and the paged conversation list."""

from __future__ import annotations

import html
from dataclasses import replace
from functools import partial

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedLayout,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services import queues
from desktop.services.queues import ListQuery, Sort, View
from desktop.ui import formatting
from desktop.ui.context import Context
from desktop.ui.conversation_delegate import ConversationDelegate
from desktop.ui.conversation_model import ConversationListModel, SummaryRole

VIEWS = [View.UNASSIGNED, View.MINE, View.OPEN, View.WAITING, View.SNOOZED, View.CLOSED,
         View.VIP]
SORTS = [Sort.WAITING, Sort.NEWEST, Sort.PRIORITY]  # in the order the drop-down offers them


class ConversationList(QWidget):
    selected = Signal(str)  # conversation id

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.query = ListQuery(view=View.OPEN, me=context.me_id)
        self.counts: dict[str, int] = {}
        self.tabs = QTabBar()
        self.tabs.setObjectName("views")
        self.tabs.setExpanding(False)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDrawBase(False)
        for _ in VIEWS:
            self.tabs.addTab("")
        self.tabs.setCurrentIndex(VIEWS.index(View.OPEN))
        self.tabs.currentChanged.connect(self._on_view)
        self.channel = QComboBox()
        self.tag = QComboBox()
        self.agent = QComboBox()
        self.sort = QComboBox()
        for combo in (self.channel, self.tag, self.agent, self.sort):
            combo.currentIndexChanged.connect(self._on_filter)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(3)
        filters = QHBoxLayout()
        filters.setContentsMargins(10, 6, 10, 6)
        filters.setSpacing(6)
        for combo in (self.channel, self.tag, self.agent):
            filters.addWidget(combo, 1)  # the filters share what the sort leaves
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filters.addWidget(self.sort)
        self.band = QLabel()  # which group of the waiting the list shows, if only one
        self.band.setObjectName("hint")
        self.band.setContentsMargins(10, 0, 10, 6)
        self.band.setTextFormat(Qt.TextFormat.RichText)
        self.band.linkActivated.connect(self._all_waiting)
        self.band.hide()
        self._group = ""
        self.model = ConversationListModel(self)
        self.view = QListView()
        self.view.setObjectName("conversations")
        self.view.setModel(self.model)
        self.view.setItemDelegate(ConversationDelegate(context.zone, self.view))
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self._refreshing = False  # rows re-read: the current row moving is no choice
        self.view.selectionModel().currentChanged.connect(self._on_current)
        # a click on the row already current opens it again: the conversation shown may be
        # another one, opened from search or the dashboard
        self._pressed_current = QModelIndex()
        self.view.viewport().installEventFilter(self)
        self.view.clicked.connect(self._on_click)
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        layout.addLayout(filters)
        layout.addWidget(self.band)
        layout.addLayout(self.stack, 1)
        self.model.rowsInserted.connect(self._update_empty)
        self.model.rowsRemoved.connect(self._update_empty)
        self.model.modelReset.connect(self._update_empty)
        self.ticker = QTimer(self)  # the waiting timers count up every second
        self.ticker.timeout.connect(self.view.viewport().update)
        self.ticker.start(1000)
        self._filling = False
        self.retranslate()  # reads the filters' choices too

    # -- texts and choices --------------------------------------------------------------------
    def view_names(self) -> dict[View, str]:
        return {View.UNASSIGNED: self.tr("Unassigned"), View.MINE: self.tr("Mine"),
                View.OPEN: self.tr("All open"), View.WAITING: self.tr("Waiting on us"),
                View.SNOOZED: self.tr("Snoozed"), View.CLOSED: self.tr("Closed"),
                View.VIP: self.tr("VIP")}

    def retranslate(self) -> None:
        names = self.view_names()
        for i, v in enumerate(VIEWS):
            count = self.counts.get(v.value)
            self.tabs.setTabText(i, f"{names[v]} {count}" if count else names[v])
        # the list is never narrower than its view tabs: every view stays in sight
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(sum(self.tabs.tabSizeHint(i).width() for i in range(len(VIEWS)))
                             + margins.left() + margins.right() + 8)  # 8: the bold current tab
        self._filling = True
        # a drop-down hands its data back as plain strings: the sort is its position in SORTS
        names = {Sort.WAITING: self.tr("Longest waiting"), Sort.NEWEST: self.tr("Newest"),
                 Sort.PRIORITY: self.tr("Priority")}
        self.sort.clear()
        for sort in SORTS:
            self.sort.addItem(names[sort])
        self.sort.setCurrentIndex(SORTS.index(self.query.sort))
        self._filling = False
        self.reload_choices(getattr(self, "_choices", None))  # new words, the same choices
        if getattr(self, "_group", ""):
            self._show_band(self._group)
        self._update_empty()

    def reload_choices(self, choices: dict | None = None) -> None:
        """The filters' channels, tags and agents, read again unless ``choices`` are given
        (the tags in use are a scan of every conversation's tags: ~50 ms on a big shop)."""
        choices = choices or queues.filter_choices(self.context.reader)
        self._choices = choices
        self._filling = True
        for combo, everything, items in (
                (self.channel, self.tr("All channels"),
                 [(i, formatting.channel_name(n)) for i, n, _ in choices["channels"]]),
                (self.tag, self.tr("All tags"), [(t, t) for t in choices["tags"]]),
                (self.agent, self.tr("All agents"), choices["agents"])):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for value, text in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self._filling = False

    def set_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        names = self.view_names()
        for i, v in enumerate(VIEWS):
            count = counts.get(v.value)
            self.tabs.setTabText(i, f"{names[v]} {count}" if count else names[v])
        # the list is never narrower than its view tabs: every view stays in sight
        margins = self.layout().contentsMargins()
        self.setMinimumWidth(sum(self.tabs.tabSizeHint(i).width() for i in range(len(VIEWS)))
                             + margins.left() + margins.right() + 8)  # 8: the bold current tab

    # -- list ---------------------------------------------------------------------------------
    def load(self) -> None:
        reader = self.context.reader
        query = replace(self.query, me=self.context.me_id)
        self.query = query
        self.model.set_source(partial(self._page, query),
                              partial(queues.rows_by_id, reader, query),
                              partial(queues.precedes, query))

    def _page(self, query: ListQuery, after: tuple | None,
              limit: int) -> list[queues.ConversationSummary]:
        return queues.page(self.context.reader, query, limit, after)

    def refresh(self, conversation_ids: set[str]) -> None:
        """Rows changed elsewhere read again. The current row stays the current one; one that
        left the view (assigned, closed) leaves no other conversation opened in its place:
        the rows moving under it choose nothing."""
        current = self.current_id()
        self._refreshing = True
        try:
            self.model.refresh(conversation_ids)
            if current is not None and self.current_id() != current:
                row = self.model.row_of(current)
                if row >= 0:
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self._refreshing = False

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        row = index.data(SummaryRole) if index.isValid() else None
        return row.id if row else None

    def selected_ids(self) -> list[str]:
        return [i.data(SummaryRole).id for i in self.view.selectionModel().selectedIndexes()]

    def select(self, conversation_id: str) -> bool:
        """Make the conversation the list's current row; ``False`` when that opens nothing
        (not in the list, or already its current row — the view may show another one,
        opened from search or the dashboard)."""
        row = self.model.row_of(conversation_id)
        if row < 0 or self.view.currentIndex().row() == row:
            return False
        self.view.setCurrentIndex(self.model.index(row))
        return True

    def step(self, delta: int) -> None:
        """Next / previous conversation (keyboard)."""
        row = self.view.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row))
        elif row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
            self.step(0 if self.view.currentIndex().row() + delta >= self.model.rowCount()
                      else delta)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._refreshing:
            return
        row = current.data(SummaryRole) if current.isValid() else None
        if row is not None:
            self.selected.emit(row.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed_current = QPersistentModelIndex(self.view.currentIndex())
        return super().eventFilter(watched, event)

    def _on_click(self, index: QModelIndex) -> None:
        if index.isValid() and index == self._pressed_current:
            self._on_current(index, index)

    def show_all(self, view: View, sort: Sort, after: int | None = None,
                 until: int | None = None, group: str = "") -> None:
        """A view with no filter, in this order (e.g. every waiting customer, longest first);
        of the waiting, only those whose wait began after ``after`` / at or before ``until``
        (the dashboard's groups, named ``group`` above the list)."""
        self._filling = True
        for combo in (self.channel, self.tag, self.agent):
            combo.setCurrentIndex(0)
        self.sort.setCurrentIndex(max(0, self.sort.findData(sort)))
        self.tabs.blockSignals(True)
        self.tabs.setCurrentIndex(VIEWS.index(view))
        self.tabs.blockSignals(False)
        self._filling = False
        self.query = replace(self.query, view=view, sort=sort, channel=None, tag=None,
                             agent=None, waiting_after=after, waiting_until=until)
        self._show_band(group if after is not None or until is not None else "")
        self.load()

    def _show_band(self, group: str) -> None:
        self._group = group
        only = self.tr("Only: %1").replace("%1", html.escape(group))
        everyone = self.tr("Show everyone waiting")
        self.band.setText(f"{only} · <a href='all'>{everyone}</a>" if group else "")
        self.band.setVisible(bool(group))

    def _all_waiting(self, _link: str = "") -> None:
        self._show_band("")
        self.query = replace(self.query, waiting_after=None, waiting_until=None)
        self.load()

    def _on_view(self, index: int) -> None:
        self._show_band("")
        self.query = replace(self.query, view=VIEWS[index], waiting_after=None,
                             waiting_until=None)
        self.load()

    def _on_filter(self) -> None:
        if self._filling:
            return
        self.query = replace(self.query, channel=self.channel.currentData(),
                             tag=self.tag.currentData(), agent=self.agent.currentData(),
                             sort=SORTS[max(0, self.sort.currentIndex())])
        self.load()

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        if empty:
            texts = {
                View.UNASSIGNED: self.tr("No one is waiting for an agent. Well done!"),
                View.MINE: self.tr("Nothing assigned to you. Take one from “Unassigned”.")
                if self.context.me_id else
                self.tr("Choose who works at this desktop in Settings to see your own "
                        "conversations here."),
                View.WAITING: self.tr("No customer is waiting for an answer."),
                View.SNOOZED: self.tr("Nothing snoozed. Snooze a conversation to hide it "
                                      "until a time or until the customer replies."),
                View.CLOSED: self.tr("Closed conversations will be listed here."),
                View.VIP: self.tr("No open conversations with VIP customers. Mark a customer "
                                  "as VIP from the customer panel."),
            }
            self.empty.setText(texts.get(
                self.query.view,
                self.tr("No open conversations. New messages appear here as they arrive; "
                        "to bring in history use File › Import, or try the demo shop.")))
        self.stack.setCurrentWidget(self.empty if empty else self.view)
