"""The customer's language on their profile: follows their messages, or set by hand."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.domain.language import LANGUAGES
from desktop.services import language, translation
from desktop.services.threads import ConversationDetail
from desktop.ui.context import Context
from desktop.ui.translation_view import language_name


class CustomerLanguage(QComboBox):
    """First item: follow the customer's messages; then each language to pin."""

    changed = Signal()  # the customer's language was set: the conversation reloads

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerLanguage")
        self.context = context
        self.customer_id: str | None = None
        self.conversation_id: str | None = None
        self._filling = False
        self.activated.connect(self._chosen)

    def show_detail(self, detail: ConversationDetail | None) -> None:
        self.setVisible(detail is not None)
        if detail is None:
            self.customer_id = self.conversation_id = None
            return
        self.customer_id, self.conversation_id = detail.customer.id, detail.id
        lang, pinned = translation.customer_language_setting(self.context.reader, detail.id)
        self._filling = True
        self.clear()
        told = language_name(lang) if lang and not pinned else self.tr("not told yet")
        self.addItem(self.tr("As they write ({0})").format(told), "")
        for code in LANGUAGES:
            self.addItem(language_name(code), code)
        self.setCurrentIndex(self.findData(lang) if pinned else 0)
        self._filling = False

    def _chosen(self) -> None:
        if self._filling or self.customer_id is None:
            return
        self.context.db.run(partial(language.set_customer_language,
                                    customer_id=self.customer_id,
                                    language=self.currentData() or ""),
                            lambda _r: self.changed.emit())
