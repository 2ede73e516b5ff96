"""Templates & auto-reply: reply templates with a live preview, the closing message and the
rating invitation, the ordered rules with their test, the shop's sensitive words, and the
automatic replies across the page's width. Each card is a module of its own."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.closing_card import ClosingCard
from desktop.ui.context import Context
from desktop.ui.layout import ScrollPage, two_columns
from desktop.ui.rules_card import RulesCard
from desktop.ui.scenarios_card import SCENARIOS, ScenariosCard
from desktop.ui.templates_card import TemplatesCard
from desktop.ui.words_card import WordsCard

__all__ = ["SCENARIOS", "AutomationPage"]


class AutomationPage(ScrollPage):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.templates = TemplatesCard(context)
        self.closing = ClosingCard(context)
        self.rules = RulesCard(context)
        self.words = WordsCard(context)
        self.replies = ScenariosCard(context)
        self.cards = (self.templates, self.closing, self.rules, self.words, self.replies)
        for part in self.cards:
            part.error.connect(self.error)
        layout = self.page_layout
        layout.addWidget(self.title)
        layout.addWidget(self.replies)  # the replies' texts get the page's whole width
        layout.addLayout(two_columns([self.templates, self.closing], [self.rules, self.words]))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Templates & auto-reply"))
        for part in self.cards:
            part.retranslate()
        self.load()

    def load(self) -> None:
        for part in self.cards:
            part.load()

    def preview_on(self, conversation_id: str | None = None) -> None:
        """Preview templates with a real conversation's values (the open one, else the newest)."""
        self.templates.preview_on(conversation_id)
