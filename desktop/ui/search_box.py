"""Search over all history from the inbox; a result opens the conversation at the message."""

from __future__ import annotations

import html
from functools import partial

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services import search
from desktop.services.search import SearchHit
from desktop.ui.context import Context


def marked(snippet: str, ranges: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in ranges:
        out += [html.escape(snippet[last:start]),
                '<b style="color:#1677ff">', html.escape(snippet[start:end]), "</b>"]
        last = end
    out.append(html.escape(snippet[last:]))
    return "".join(out)


class SearchBox(QLineEdit):
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
        self.status = QLabel()
        self.status.setObjectName("hint")
        layout = QVBoxLayout(self.popup)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.results)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search all history: words, names, order ids (Ctrl+F)"))

    def run(self) -> None:
        query = self.text()
        if not query.strip():
            return
        self.status.setText(self.tr("Searching…"))
        self._show_popup()
        self.context.db.run(partial(search.search, query=query, limit=30), self._show,
                            self.status.setText)

    def _show_popup(self) -> None:
        width = max(self.width(), 460)
        self.popup.setFixedSize(width, 380)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height() + 2)))
        self.popup.show()

    def _show(self, hits: list[SearchHit]) -> None:
        self.results.clear()
        self.status.setText(self.tr("{0} result(s)").format(len(hits)) if hits
                            else self.tr("No results. Try fewer or shorter words."))
        for hit in hits:
            when = (hit.time or "")[:16].replace("T", " ")
            label = QLabel(f'<span style="color:#86909c">{html.escape(hit.customer)} · '
                           f'{html.escape(hit.channel)} · {when}</span><br>'
                           f"{marked(hit.snippet, hit.highlights)}")
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (hit.conversation_id, hit.message_id))
            item.setSizeHint(label.sizeHint().expandedTo(label.minimumSizeHint()))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)

    def _activate(self, item: QListWidgetItem) -> None:
        conversation_id, message_id = item.data(Qt.ItemDataRole.UserRole)
        self.popup.hide()
        self.open.emit(conversation_id, message_id)
