"""Small layout pieces the pages share: cards, two columns of cards, labelled forms."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget


def card(title: QLabel, *widgets: QWidget) -> QWidget:
    """A white card with a small section title over its widgets."""
    box = QWidget()
    box.setObjectName("card")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(20, 16, 20, 16)
    title.setObjectName("section")
    layout.addWidget(title)
    for w in widgets:
        layout.addWidget(w)
    return box


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
