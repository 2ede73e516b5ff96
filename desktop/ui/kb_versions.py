"""The knowledge base's earlier versions of an article: read one, make it current again."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services import kb
from desktop.ui.context import Context


class VersionsDialog(QDialog):
    """``restored`` is True after ``exec`` when an earlier version was made current."""

    def __init__(self, context: Context, article: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.article = article
        self.restored = False
        self.setWindowTitle(self.tr("Earlier versions of “{0}”").format(article["title"]))
        self.resize(760, 460)
        heading = QLabel(self.windowTitle())
        heading.setObjectName("pageTitle")
        self.list = QListWidget()
        self.list.setMaximumWidth(240)
        self.list.currentRowChanged.connect(self._show)
        self.view = QTextBrowser()
        self.restore = QPushButton(self.tr("Restore this version"))
        self.restore.setObjectName("primary")
        self.restore.clicked.connect(self._restore)
        self.msg = QLabel()
        self.msg.setObjectName("hint")
        self.msg.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list)
        row.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore)
        buttons.addWidget(self.msg, 1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self.versions = kb.versions(context.reader, article["id"])
        for v in self.versions:
            when = datetime.fromtimestamp(v["saved_at"] / 1000, context.zone)
            self.list.addItem(self.tr("Version {0} · replaced {1}").format(
                v["version"], when.strftime("%Y-%m-%d %H:%M")))
        self.restore.setVisible(bool(self.versions))
        self.list.setVisible(bool(self.versions))
        if self.versions:
            self.list.setCurrentRow(0)
        else:
            self.view.setPlainText(self.tr("This article has not been changed since it was "
                                           "written."))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.versions):
            return
        v = self.versions[row]
        self.view.setPlainText("\n\n".join([
            v["title"], self.tr("Questions:") + "\n" + "\n".join(v["questions"]),
            self.tr("Answer:") + "\n" + v["answer"]]))

    def _restore(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.versions):
            return
        version = self.versions[row]["version"]
        self.context.db.run(partial(kb.restore, article_id=self.article["id"], version=version),
                            self._done, self.msg.setText)

    def _done(self, _version: int) -> None:
        self.restored = True
        self.accept()
