"""The Knowledge base page: categories, search, the editor with preview, review, Excel."""

from __future__ import annotations

import re
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import kb
from desktop.ui.context import Context
from desktop.ui.kb_editor import build_editor
from desktop.ui.kb_versions import VersionsDialog

# The page's search shows articles close in words or clearly close in meaning, not every
# article the sentence model finds faintly related.
SEARCH_LEAST = 0.15


class KbPage(QWidget):
    error = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("pageBody")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        left = self._article_list()
        editor = build_editor(self)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(editor)
        split.setSizes([340, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        self._id: str | None = None
        self.retranslate()

    def _article_list(self) -> QWidget:
        """Search, the articles by category, what is due for review, unanswered questions."""
        self.search = QLineEdit()
        self.search.textChanged.connect(self._filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setDragDropMode(QTreeWidget.DragDropMode.InternalMove)
        self.tree.currentItemChanged.connect(self._pick)
        self.tree.model().rowsMoved.connect(self._reordered)
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setObjectName("hint")
        self.gaps_title = QLabel()
        self.gaps_title.setObjectName("section")
        self.gaps = QListWidget()
        self.gaps.setMaximumHeight(150)
        self.gaps.itemActivated.connect(self._draft)
        self.gaps.itemClicked.connect(self._draft)
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.search)
        lv.addWidget(self.tree, 1)
        lv.addWidget(self.review)
        lv.addWidget(self.gaps_title)
        lv.addWidget(self.gaps)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        lv.addLayout(row)
        return left

    def retranslate(self) -> None:
        self.title.setText(self.tr("Knowledge base"))
        self.search.setPlaceholderText(self.tr("Search articles, or paste a customer's message"))
        self.import_button.setText(self.tr("Import Excel…"))
        self.export_button.setText(self.tr("Export Excel…"))
        for label, text in zip(self.labels, (self.tr("Title"), self.tr("Category"),
                                             self.tr("Questions (one per line)"),
                                             self.tr("Offered by agents' answers"),
                                             self.tr("Answer"), self.tr("Preview"),
                                             self.tr("Valid"), self.tr("Tags"),
                                             self.tr("Linked products"), self.tr("Owner"))):
            label.setText(text)
        self.offers.setToolTip(self.tr(
            "When an agent answers a customer with this article, the customer's words are "
            "offered here as a new way of asking; double-click one to add it"))
        self.add_image.setText(self.tr("Image…"))
        self.add_link.setText(self.tr("Link…"))
        self.e_answer.setPlaceholderText(self.tr(
            "The answer customers get. Images and links are sent with it."))
        self.e_tags.setPlaceholderText(self.tr("e.g. 物流, 大促 (comma-separated)"))
        self.e_products.setPlaceholderText(self.tr("product ids, comma-separated"))
        self.review_label.setText(self.tr("review every (days)"))
        self.e_owner.clear()
        self.e_owner.addItem(self.tr("(nobody)"), None)
        for agent in self.context.agents:
            self.e_owner.addItem(agent.name, agent.name)
        self.e_from.setPlaceholderText(self.tr("from (YYYY-MM-DD, optional)"))
        self.e_to.setPlaceholderText(self.tr("until (YYYY-MM-DD, optional)"))
        self.save.setText(self.tr("Save article"))
        self.new.setText(self.tr("New"))
        self.reviewed.setText(self.tr("Mark reviewed"))
        self.history.setText(self.tr("Earlier versions…"))
        self.delete.setText(self.tr("Delete…"))
        self.gaps_title.setText(self.tr("QUESTIONS THE BASE MISSED THIS WEEK — click one to "
                                        "draft an article"))
        self.load()

    def load(self) -> None:
        reader = self.context.reader
        self.tree.clear()
        by_category: dict[str, QTreeWidgetItem] = {}
        for a in kb.articles(reader):
            parent = by_category.get(a["category"])
            if parent is None:
                parent = QTreeWidgetItem([a["category"] or self.tr("(no category)")])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
                self.tree.addTopLevelItem(parent)
                by_category[a["category"]] = parent
            item = QTreeWidgetItem([a["title"]])
            item.setData(0, Qt.ItemDataRole.UserRole, a)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            parent.addChild(item)
        self.tree.expandAll()
        self.context.db.run(partial(kb.gaps, days=7), self._show_gaps)
        queue = kb.review_queue(reader)
        if not by_category:
            self.review.setText(self.tr("No articles yet. Write your first answer on the right, "
                                        "or import an FAQ from Excel."))
        else:
            self.review.setText(self.tr("{0} article(s) due for review or expired.")
                                .format(len(queue)) if queue else self.tr("All articles are "
                                                                          "up to date."))

    def _show_gaps(self, found: list[dict]) -> None:
        self.gaps.clear()
        for g in found:
            item = QListWidgetItem(self.tr("{0}× {1}").format(g["asked"], g["examples"][0]))
            item.setData(Qt.ItemDataRole.UserRole, g["draft"])
            self.gaps.addItem(item)

    def _draft(self, item: QListWidgetItem) -> None:
        draft = item.data(Qt.ItemDataRole.UserRole)
        self._new()
        self.e_title.setText(draft["title"])
        self.e_questions.setPlainText("\n".join(draft["questions"]))
        self.e_answer.setPlainText(draft["answer"])
        self.msg.setText(self.tr("A draft from the customers' own words: check it and save."))

    def select_first(self) -> None:
        top = self.tree.topLevelItem(0)
        if top is not None and top.childCount():
            self.tree.setCurrentItem(top.child(0))

    def _filter(self, text: str) -> None:
        """Matching runs on the database thread (the index may have to be built first)."""
        text = text.strip()
        if not text:
            self._show_filtered("", {})
            return
        self.context.db.run(partial(kb.match, text=text, limit=50, least=SEARCH_LEAST),
                            lambda found: self._show_filtered(
                                text, {m["id"]: m["score"] for m in found}))

    def _show_filtered(self, text: str, ranked: dict[str, float]) -> None:
        if text != self.search.text().strip():
            return  # the user has typed on since
        for i in range(self.tree.topLevelItemCount()):
            category = self.tree.topLevelItem(i)
            visible = 0
            for j in range(category.childCount()):
                item = category.child(j)
                a = item.data(0, Qt.ItemDataRole.UserRole)
                show = not text or a["id"] in ranked or text.lower() in a["title"].lower()
                item.setHidden(not show)
                visible += show
            category.setHidden(visible == 0)

    def _pick(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        a = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if not a:
            return
        self._id = a["id"]
        self.e_title.setText(a["title"])
        self.e_category.setText(a["category"])
        self.e_questions.setPlainText("\n".join(a["questions"]))
        self.e_answer.setPlainText(a["answer"])
        self.e_from.setText(a["valid_from"] or "")
        self.e_to.setText(a["valid_to"] or "")
        self.e_tags.setText(", ".join(a["tags"]))
        self.e_products.setText(", ".join(a["products"]))
        self.e_owner.setCurrentIndex(max(0, self.e_owner.findData(a["owner"])))
        self.e_review.setValue(int(a["review_every_days"] or 30))
        self.offers.clear()
        for text in kb.offers(self.context.reader, a["id"]):
            self.offers.addItem(text)
        self.offers.setToolTip(self.tr("Double-click to add as a question phrasing"))

    def _accept_offer(self, item: QListWidgetItem) -> None:
        if self._id:
            self.context.db.run(partial(kb.accept_offer, article_id=self._id, text=item.text()),
                                lambda _r: (self.e_questions.appendPlainText(item.text()),
                                            self.offers.takeItem(self.offers.row(item))),
                                self.msg.setText)

    def _preview(self) -> None:
        """The answer as the customer sees it: Markdown, so images show and links work."""
        self.preview.setMarkdown(self.e_answer.toPlainText().replace("\n", "  \n"))

    def _new(self) -> None:
        self._id = None
        for w in (self.e_title, self.e_category, self.e_from, self.e_to, self.e_tags,
                  self.e_products):
            w.clear()
        self.e_owner.setCurrentIndex(0)
        self.e_review.setValue(30)
        self.e_questions.clear()
        self.e_answer.clear()

    def _save(self) -> None:
        item = kb.ArticleInput(self.e_title.text(), self.e_questions.toPlainText().splitlines(),
                               self.e_answer.toPlainText(), self.e_category.text().strip(),
                               tags=_split(self.e_tags.text()),
                               valid_from=self.e_from.text().strip() or None,
                               valid_to=self.e_to.text().strip() or None,
                               products=_split(self.e_products.text()),
                               owner=self.e_owner.currentData(),
                               review_every_days=self.e_review.value())
        self.context.db.run(partial(kb.save, a=item, article_id=self._id),
                            self._saved, self.msg.setText)

    def _saved(self, article_id: str) -> None:
        self.msg.setText(self.tr("Saved."))
        self.load()
        self.show_article(article_id)
        self._id = article_id

    def _current(self) -> dict | None:
        item = self.tree.currentItem()
        a = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return a if a and a["id"] == self._id else None

    def _history(self) -> None:
        article = self._current()
        if article is None:
            self.msg.setText(self.tr("Choose an article first."))
            return
        dialog = VersionsDialog(self.context, article, self)
        if dialog.exec() and dialog.restored:
            self.msg.setText(self.tr("Restored (kept as a new version)."))
            self.load()
            self.show_article(article["id"])

    def _delete(self) -> None:
        article = self._current()
        if article is None:
            self.msg.setText(self.tr("Choose an article first."))
            return
        if QMessageBox.question(self, self.tr("Delete article"), self.tr(
                "Delete “{0}” and its earlier versions? Customers' questions it answered will "
                "go unanswered.").format(article["title"])) != QMessageBox.StandardButton.Yes:
            return
        self.context.db.run(partial(kb.delete, article_id=article["id"]),
                            lambda _r: (self._new(), self.load(), self.msg.setText(
                                self.tr("“{0}” was deleted.").format(article["title"]))),
                            self.msg.setText)

    def show_article(self, article_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            category = self.tree.topLevelItem(i)
            for j in range(category.childCount()):
                if category.child(j).data(0, Qt.ItemDataRole.UserRole)["id"] == article_id:
                    self.tree.setCurrentItem(category.child(j))
                    return

    def _reviewed(self) -> None:
        if self._id:
            self.context.db.run(partial(kb.mark_reviewed, article_id=self._id),
                                lambda _r: self.load(), self.msg.setText)

    def _reordered(self, *_args: object) -> None:
        ids = []
        for i in range(self.tree.topLevelItemCount()):
            category = self.tree.topLevelItem(i)
            ids += [category.child(j).data(0, Qt.ItemDataRole.UserRole)["id"]
                    for j in range(category.childCount())]
        self.context.db.run(partial(kb.reorder, ids=ids), lambda _r: None, self.msg.setText)

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import FAQ"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.context.db.run(partial(kb.import_xlsx, path=path), self._imported,
                                self.msg.setText)

    def _imported(self, report: kb.KbImportReport) -> None:
        lines = [self.tr("Added {0}, updated {1}, skipped {2}.").format(
            report.added, report.updated, len(report.skipped))]
        lines += [self.tr("Row {0}: {1}").format(n, r) for n, r in report.skipped[:8]]
        self.msg.setText("\n".join(lines))
        self.load()

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export FAQ"), "faq.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.context.db.run(partial(kb.export_xlsx, path=path),
                                lambda n: self.msg.setText(self.tr("Exported {0} articles.")
                                                           .format(n)), self.msg.setText)


def _split(text: str) -> list[str]:
    """Words separated by commas (Chinese or English) or 、."""
    return [w.strip() for w in re.split(r"[,，、]", text) if w.strip()]
