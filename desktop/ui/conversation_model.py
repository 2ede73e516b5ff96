"""The conversation list as a Qt model that pages rows from the store.

Rows arrive a page at a time (``canFetchMore``/``fetchMore``) through a reader
callable handed in by the composition root, so 300,000 conversations cost only
what is on screen. After a write only the changed rows are re-read: updated in
place, moved, dropped from the view, or inserted where they now belong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.services.queues import ConversationSummary
from desktop.ui.formatting import message_preview

PAGE = 50
SummaryRole = Qt.ItemDataRole.UserRole + 1
Reader = Callable[[tuple[Any, ...] | None, int], list[ConversationSummary]]
Refresher = Callable[[list[str]], dict[str, ConversationSummary]]
Precedes = Callable[[tuple[Any, ...], tuple[Any, ...]], bool]
Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ConversationSummary] = []
        self._reader: Reader | None = None
        self._refresher: Refresher | None = None
        self._precedes: Precedes = lambda a, b: a < b
        self._exhausted = True

    # -- set-up ---------------------------------------------------------------------------
    def set_source(self, reader: Reader, refresher: Refresher, precedes: Precedes) -> None:
        """Show another list (a view, filter or sort change): start again from page one."""
        self.beginResetModel()
        self._reader, self._refresher, self._precedes = reader, refresher, precedes
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.customer
        if role == Qt.ItemDataRole.ToolTipRole:
            return message_preview(row.preview)
        if role == SummaryRole:
            return row
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and self._reader is not None

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        assert self._reader is not None
        after = self._rows[-1].sort_key if self._rows else None
        page = self._reader(after, PAGE)
        if len(page) < PAGE:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- helpers ----------------------------------------------------------------------------
    def summary(self, row: int) -> ConversationSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conversation_id: str) -> int:
        for i, r in enumerate(self._rows):
            if r.id == conversation_id:
                return i
        return -1

    def ids(self) -> list[str]:
        return [r.id for r in self._rows]

    def refresh(self, conversation_ids: set[str]) -> None:
        """Re-read only these conversations and put each where it now belongs. A row that
        stays in the list moves (the view's current row and selection go with it, so the
        conversation on screen stays the list's current one)."""
        if not conversation_ids or self._refresher is None:
            return
        fresh = self._refresher(sorted(conversation_ids))
        for cid in conversation_ids:
            row = self.row_of(cid)
            new = fresh.get(cid)
            if row >= 0 and new is None:
                self._remove(row)
            elif row >= 0 and new is not None:
                self._rows[row] = new
                self._move(row)
                if (now := self.row_of(cid)) >= 0:
                    self.dataChanged.emit(self.index(now), self.index(now))
            elif new is not None:
                self._insert(new)

    def _remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def _position(self, sort_key: tuple, skip: int = -1) -> int | None:
        """Where a row with this key belongs among the loaded ones (``skip`` left out), or
        ``None`` when it belongs on a page not loaded yet."""
        for i, r in enumerate(self._rows):
            if i != skip and self._precedes(sort_key, r.sort_key):
                return i if skip < 0 or i < skip else i - 1
        if not self._exhausted:
            return None
        return len(self._rows) - (0 if skip < 0 else 1)

    def _move(self, row: int) -> None:
        target = self._position(self._rows[row].sort_key, skip=row)
        if target is None:  # it now belongs on a page not loaded yet: it comes with that page
            self._remove(row)
            return
        if target == row:
            return
        # Qt counts the destination before the move: below the row it is one further on
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(),
                           target + 1 if target > row else target)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()

    def _insert(self, item: ConversationSummary) -> None:
        position = self._position(item.sort_key)
        if position is None:
            return  # it belongs on a page not loaded yet: it will come with that page
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, item)
        self.endInsertRows()
