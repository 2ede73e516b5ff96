"""The "/" quick-reply list: shown beside the reply box while typing goes on in the box.

It never takes the keyboard: the box keeps the focus (typing filters the list) and hands it
only the keys that choose (Up, Down, Enter, Tab, Esc). It is a child of the window, placed
under the cursor or, when there is no room there, above it, and always inside the window.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

TextRole = Qt.ItemDataRole.UserRole + 1
ROWS = 8  # at most this many lines before the list scrolls
WIDTH = 440


class QuickReplies(QListWidget):
    chosen = Signal(str)  # the template's text, filled in for this customer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickReplies")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setMouseTracking(True)
        self.itemClicked.connect(self._clicked)
        self.hide()

    def show_choices(self, choices: list[tuple[str, str]], empty_text: str,
                     anchor: QWidget, cursor: QRect) -> None:
        """``choices`` as (label, text); ``cursor`` is the text cursor's rectangle in
        ``anchor``, which the list is placed next to."""
        self.clear()
        for label, text in choices:
            item = QListWidgetItem(label)
            item.setData(TextRole, text)
            item.setToolTip(text)
            self.addItem(item)
        if not choices:
            item = QListWidgetItem(empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
        else:
            self.setCurrentRow(0)
        self._place(anchor, cursor)
        self.show()
        self.raise_()

    def _place(self, anchor: QWidget, cursor: QRect) -> None:
        window = anchor.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        area = window.rect().adjusted(4, 4, -4, -4)
        row = max(self.sizeHintForRow(0), 18)
        height = min(ROWS, max(1, self.count())) * row + 2 * self.frameWidth() + 2
        width = min(WIDTH, area.width())
        below = anchor.mapTo(window, cursor.bottomLeft() + QPoint(0, 4))
        above = anchor.mapTo(window, cursor.topLeft() - QPoint(0, 4 + height))
        top = below.y() if below.y() + height <= area.bottom() else above.y()
        top = max(area.top(), min(top, area.bottom() - height))
        left = max(area.left(), min(below.x(), area.right() - width))
        self.setGeometry(left, top, width, min(height, area.height()))

    @property
    def has_choice(self) -> bool:
        return self.isVisible() and self.currentItem() is not None and \
            bool(self.currentItem().flags() & Qt.ItemFlag.ItemIsEnabled)

    def handle_key(self, event: QKeyEvent) -> bool:
        """A key pressed in the reply box while the list shows: True when the list used it."""
        if not self.isVisible():
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.has_choice:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.setCurrentRow((self.currentRow() + step) % self.count())
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab) and \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.has_choice:
                self._clicked(self.currentItem())
                return True
            self.hide()
        return False

    def _clicked(self, item: QListWidgetItem) -> None:
        text = item.data(TextRole)
        if text is not None:
            self.hide()
            self.chosen.emit(str(text))
