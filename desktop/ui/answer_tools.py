"""The answer editor's tools: insert an image or a link as Markdown (the knowledge base's
answers are Markdown, so the preview and the reply show them). Their words belong to the
Knowledge base page (context "KbPage")."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPlainTextEdit, QWidget


def insert_image(parent: QWidget, edit: QPlainTextEdit) -> None:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("KbPage", "Insert an image"), "",
        QCoreApplication.translate("KbPage", "Images (*.png *.jpg *.jpeg *.gif *.webp)"))
    if path:
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        edit.insertPlainText(f"\n![{name}]({Path(path).as_uri()})\n")


def insert_link(parent: QWidget, edit: QPlainTextEdit) -> None:
    title = QCoreApplication.translate("KbPage", "Insert a link")
    url, ok = QInputDialog.getText(parent, title,
                                   QCoreApplication.translate("KbPage", "Address:"),
                                   text="https://")
    if ok and url.strip() and url.strip() != "https://":
        words, ok = QInputDialog.getText(parent, title, QCoreApplication.translate(
            "KbPage", "Words to show:"))
        edit.insertPlainText(f"[{words.strip() or url.strip()}]({url.strip()})")
