"""Templates & auto-reply › reply templates: the list, the editor and a live preview filled in
with a real conversation's values."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.domain.templates import TemplateError, render, validate
from desktop.services import autoreply
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, labelled_form

SAMPLE = {"customer_name": "小雨", "order_id": "5790012345", "agent_name": "小李",
          "shop_name": "", "next_open": "明天上午9点", "tracking_no": "SF1234567890",
          "order_status": "运输中", "carrier": "顺丰速运",
          "latest_logistics": "10-02 09:30 【广州】快件已发出"}


class TemplatesCard(CardBox):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title.setWordWrap(True)  # a long title never widens the page
        self.template_list = QListWidget()
        self.template_list.setMaximumHeight(150)
        self.template_list.currentItemChanged.connect(self._pick_template)
        self.t_name, self.t_shortcut = QLineEdit(), QLineEdit()
        self.t_language = QComboBox()
        self.t_language.addItem("中文", "zh")
        self.t_language.addItem("English", "en")
        self.t_body = QPlainTextEdit()
        self.t_body.setMaximumHeight(90)
        self.t_body.textChanged.connect(self._preview)
        self.t_preview = QLabel()
        self.t_preview.setWordWrap(True)
        self.t_preview.setObjectName("facts")
        self.t_save, self.t_new = QPushButton(), QPushButton()
        self.t_save.setObjectName("primary")
        self.t_save.clicked.connect(self._save_template)
        self.t_new.clicked.connect(self._new_template)
        self.t_msg = QLabel()
        form, self.t_labels = labelled_form([self.t_name, self.t_shortcut, self.t_language,
                                             self.t_body, self.t_preview])
        t_buttons = QHBoxLayout()
        t_buttons.addWidget(self.t_save)
        t_buttons.addWidget(self.t_new)
        t_buttons.addWidget(self.t_msg, 1)
        self.body.addWidget(self.template_list)
        self.body.addLayout(form)
        self.body.addLayout(t_buttons)
        self._template_id: str | None = None
        self.values: dict[str, str] = dict(SAMPLE)
        self.preview_of = ""

    def retranslate(self) -> None:
        self.title.setText(self.tr("REPLY TEMPLATES — type “/” and a shortcut or "
                                   "pinyin initials in the composer"))
        for label, text in zip(self.t_labels, (self.tr("Name"), self.tr("Shortcut"),
                                               self.tr("Language"), self.tr("Text"),
                                               self.tr("Preview"))):
            label.setText(text)
        self.t_body.setPlaceholderText(self.tr("Variables: {customer_name} {order_id} "
                                               "{agent_name} {shop_name} {next_open} "
                                               "{tracking_no} {order_status} {carrier} "
                                               "{latest_logistics}"))
        self.t_save.setText(self.tr("Save template"))
        self.t_new.setText(self.tr("New"))

    def load(self) -> None:
        self.template_list.clear()
        for t in autoreply.templates(self.context.reader):
            language = self.t_language.itemText(max(0, self.t_language.findData(t.language)))
            item = QListWidgetItem(f"{t.name}  /{t.shortcut}  · {language}")
            item.setData(Qt.ItemDataRole.UserRole, t)
            self.template_list.addItem(item)
        self.preview_on()

    def preview_on(self, conversation_id: str | None = None) -> None:
        """Preview templates with a real conversation's values (the open one, else the newest)."""
        self.context.db.run(partial(autoreply.preview_values, conversation_id=conversation_id),
                            self._got_values)

    def _got_values(self, result: tuple[str, dict[str, str]]) -> None:
        self.preview_of, self.values = result
        self._preview()

    def _pick_template(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        t = item.data(Qt.ItemDataRole.UserRole)
        self._template_id = t.id
        self.t_name.setText(t.name)
        self.t_shortcut.setText(t.shortcut)
        self.t_language.setCurrentIndex(max(0, self.t_language.findData(t.language)))
        self.t_body.setPlainText(t.body)

    def _new_template(self) -> None:
        self._template_id = None
        for w in (self.t_name, self.t_shortcut):
            w.clear()
        self.t_body.clear()

    def _preview(self) -> None:
        body = self.t_body.toPlainText()
        if not body.strip():
            self.t_preview.setText("")
            return
        try:
            validate(body)
            text = render(body, self.values)
            if self.preview_of:
                text = self.tr("To {0}: {1}").format(self.preview_of, text)
            self.t_preview.setText(text)
        except TemplateError as exc:
            self.t_preview.setText(f'<span style="color:#f53f3f">{exc}</span>')

    def _save_template(self) -> None:
        self.context.db.run(partial(autoreply.save_template, name=self.t_name.text(),
                                    body=self.t_body.toPlainText(),
                                    shortcut=self.t_shortcut.text(),
                                    language=self.t_language.currentData(),
                                    template_id=self._template_id),
                            lambda _id: (self.t_msg.setText(self.tr("Saved.")), self.load()),
                            self.t_msg.setText)
