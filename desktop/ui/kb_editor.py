"""The Knowledge base page's editor card: an article's fields, the answer with its
preview, the offers to merge, the buttons. Its widgets are the page's attributes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.answer_tools import insert_image, insert_link
from desktop.ui.layout import labelled_form

if TYPE_CHECKING:
    from desktop.ui.kb_page import KbPage


def build_editor(page: KbPage) -> QWidget:
    """The editor card, its widgets set as the page's attributes."""
    page.e_title, page.e_category = QLineEdit(), QLineEdit()
    page.e_questions, page.e_answer = QPlainTextEdit(), QPlainTextEdit()
    page.e_from, page.e_to = QLineEdit(), QLineEdit()
    page.e_tags, page.e_products = QLineEdit(), QLineEdit()
    page.e_owner = QComboBox()
    page.e_review = QSpinBox()
    page.e_review.setRange(1, 365)
    page.e_review.setValue(30)
    page.preview = QTextBrowser()
    page.preview.setOpenExternalLinks(True)
    page.preview.setMaximumHeight(160)
    page.e_answer.textChanged.connect(page._preview)
    page.add_image, page.add_link = QPushButton(), QPushButton()
    page.add_image.clicked.connect(lambda: insert_image(page, page.e_answer))
    page.add_link.clicked.connect(lambda: insert_link(page, page.e_answer))
    answer_box = QWidget()
    answer_layout = QVBoxLayout(answer_box)
    answer_layout.setContentsMargins(0, 0, 0, 0)
    answer_tools = QHBoxLayout()
    answer_tools.addWidget(page.add_image)
    answer_tools.addWidget(page.add_link)
    answer_tools.addStretch(1)
    answer_layout.addLayout(answer_tools)
    answer_layout.addWidget(page.e_answer)
    dates = QWidget()
    dates_row = QHBoxLayout(dates)
    dates_row.setContentsMargins(0, 0, 0, 0)
    dates_row.addWidget(page.e_from)
    dates_row.addWidget(QLabel("—"))
    dates_row.addWidget(page.e_to)
    keeper = QWidget()
    keeper_row = QHBoxLayout(keeper)
    keeper_row.setContentsMargins(0, 0, 0, 0)
    keeper_row.addWidget(page.e_owner, 1)
    page.review_label = QLabel()
    keeper_row.addWidget(page.review_label)
    keeper_row.addWidget(page.e_review)
    page.offers = QListWidget()
    page.offers.setMaximumHeight(80)
    page.offers.itemDoubleClicked.connect(page._accept_offer)
    page.save, page.new, page.reviewed = QPushButton(), QPushButton(), QPushButton()
    page.save.setObjectName("primary")
    page.save.clicked.connect(page._save)
    page.new.clicked.connect(page._new)
    page.reviewed.clicked.connect(page._reviewed)
    page.history, page.delete = QPushButton(), QPushButton()
    page.history.clicked.connect(page._history)
    page.delete.clicked.connect(page._delete)
    page.msg = QLabel()
    page.msg.setWordWrap(True)
    form, page.labels = labelled_form([page.e_title, page.e_category, page.e_questions,
                                       page.offers, answer_box, page.preview, dates,
                                       page.e_tags, page.e_products, keeper])
    buttons = QHBoxLayout()
    for b in (page.save, page.new, page.reviewed, page.history, page.delete):
        buttons.addWidget(b)
    buttons.addWidget(page.msg, 1)
    editor = QWidget()
    editor.setObjectName("card")
    ev = QVBoxLayout(editor)
    ev.setContentsMargins(20, 16, 20, 16)
    ev.addLayout(form)
    ev.addLayout(buttons)
    return editor
