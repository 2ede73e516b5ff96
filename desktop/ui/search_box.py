"""Search over all history from the inbox; a result opens the conversation at the message."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import search
from desktop.services.search import SearchPage
from desktop.ui import formatting
from desktop.ui.context import Context

PAGE = 30  # results fetched at a time


def marked(snippet: str, ranges: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in ranges:
        out += [html.escape(snippet[last:start]),
                '<b style="color:#1677ff">', html.escape(snippet[start:end]), "</b>"]
        last = end
    out.append(html.escape(snippet[last:]))
    return "".join(out)


class SearchBox(QLineEdit):
    """The search field; its popup says how many results there are and pages through all of
    them as the list is scrolled to its end (or with "Show more")."""

    open = Signal(str, object)  # conversation id, message id or None

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("search")
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.run)
        self.popup = QWidget(self, Qt.WindowType.Popup)
        self.popup.setObjectName("searchPopup")
        self.results = QListWidget()
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.results.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.more = QPushButton()
        self.more.clicked.connect(self.fetch_more)
        self.more.hide()
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        layout.addWidget(self.more)
        self.query = ""
        self.total = 0
        self._loading = False
        self._generation = 0  # a page of an earlier search that arrives late is dropped
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search all history: words, names, order ids (Ctrl+F)"))

    def run(self) -> None:
        query = self.text()
        if not query.strip():
            return
        self.query, self.total = query, 0
        self._generation += 1
        self.results.clear()
        self.more.hide()
        self.status.setText(self.tr("Searching…"))
        self._show_popup()
        self._fetch(0)

    def has_more(self) -> bool:
        return self.results.count() < self.total

    def fetch_more(self) -> None:
        """The next page of results, unless one is on its way or all are shown."""
        if self.has_more() and not self._loading:
            self._fetch(self.results.count())

    def _fetch(self, offset: int) -> None:
        self._loading = True
        self.context.db.run(partial(search.search_page, query=self.query, offset=offset,
                                    limit=PAGE),
                            partial(self._show, self._generation), self._failed)

    def _failed(self, message: str) -> None:
        self._loading = False
        self.status.setText(message)

    def _scrolled(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value >= bar.maximum() - 2 * max(1, bar.singleStep()):
            self.fetch_more()

    def _show_popup(self) -> None:
        width = max(self.width(), 460)
        self.popup.setFixedSize(width, 420)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height() + 2)))
        self.popup.show()

    def _show(self, generation: int, page: SearchPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.total = page.total
        self.status.setText(self.tr("%n result(s)", "", page.total) if page.total
                            else self.tr("No results. Try fewer or shorter words."))
        for hit in page.hits:
            when = (hit.time or "")[:16].replace("T", " ")
            label = QLabel(f'<span style="color:#86909c">{html.escape(hit.customer)} · '
                           f'{html.escape(formatting.channel_name(hit.channel))} · {when}'
                           f'</span><br>{marked(hit.snippet, hit.highlights)}')
            label.setContentsMargins(6, 5, 6, 5)  # a little air between hits
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (hit.conversation_id, hit.message_id))
            item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        left = self.total - self.results.count()
        self.more.setVisible(left > 0)
        self.more.setText(self.tr("Show more (%n left)", "", left))
        if left > 0 and not self.results.verticalScrollBar().maximum():
            self.fetch_more()  # the page fits without a scroll bar: there is room for more

    def _activate(self, item: QListWidgetItem) -> None:
        conversation_id, message_id = item.data(Qt.ItemDataRole.UserRole)
        self.popup.hide()
        self.open.emit(conversation_id, message_id)
