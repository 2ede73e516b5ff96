"""Small layout pieces the pages share: cards, two columns of cards, labelled forms."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import Context


def card(title: QLabel, *widgets: QWidget) -> QWidget:
    """A white card with a small section title over its widgets."""
    box = QWidget()
    box.setObjectName("card")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(20, 16, 20, 16)
    title.setObjectName("section")
    layout.addWidget(title)
    for w in widgets:
        if isinstance(w, QPushButton):  # a button keeps its own width, at the left
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            layout.addWidget(w)
    return box


class CardBox(QWidget):
    """A card that is a widget of its own (the Settings cards): ``title`` on top, the rest
    added to ``body``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # draw the card
        self.title = QLabel()
        self.title.setObjectName("section")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 20, 24, 20)
        self.body.addWidget(self.title)


def read_only_table(columns: int, rows_selectable: bool = True) -> QTableWidget:
    """A table to read, not edit: no row numbers, whole rows selected (or none)."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    if rows_selectable:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    else:
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    return table


def two_columns(left: list[QWidget], right: list[QWidget], ratio: tuple[int, int] = (1, 1),
                ) -> QHBoxLayout:
    """Cards stacked in two columns, each column topped up with space below."""
    columns = QHBoxLayout()
    for cards, stretch in ((left, ratio[0]), (right, ratio[1])):
        column = QVBoxLayout()
        for c in cards:
            column.addWidget(c)
        column.addStretch(1)
        columns.addLayout(column, stretch)
    return columns


def labelled_form(fields: list[QWidget]) -> tuple[QFormLayout, list[QLabel]]:
    """A form of fields with a label each (the labels are worded by ``retranslate``)."""
    form = QFormLayout()
    labels = [QLabel() for _ in fields]
    for label, field in zip(labels, fields):
        form.addRow(label, field)
    return form, labels


class ScrollPage(QScrollArea):
    """A page of cards that scrolls: its title, and ``page_layout`` to add the rest to."""

    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        body = QWidget()
        body.setObjectName("pageBody")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.page_layout = QVBoxLayout(body)
        self.page_layout.setContentsMargins(32, 24, 32, 24)
        self.page_layout.setSpacing(16)
        self.setWidget(body)


# What the window must fit in: a 1280×720 screen less a title bar and a taskbar. A page
# taller than this scrolls instead of making the window taller than the screen.
FIT_HEIGHT = 560


def fitting(page: QWidget) -> QWidget:
    """The page as the stack holds it: pages that scroll already, and pages short enough,
    as they are; a taller one (the knowledge base's editor) in a scroll area of its own."""
    if isinstance(page, QScrollArea) or page.minimumSizeHint().height() <= FIT_HEIGHT:
        return page
    area = QScrollArea()
    area.setObjectName("pageScroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(page)
    return area
