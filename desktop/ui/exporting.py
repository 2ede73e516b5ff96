"""Save dialogs for exports; the work runs on the database thread."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.services import exports
from desktop.services.queues import ListQuery
from desktop.ui.context import Context


def _language() -> str:
    return "zh" if QCoreApplication.instance().property("shopdesk_language") == "zh_CN" else "en"


def _done(parent: QWidget, path: str, count: int) -> None:
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Exporting", "Exported"),
        QCoreApplication.translate("Exporting", "Saved {0} rows to {1}").format(count, path),
    )


def _failed(parent: QWidget, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Exporting", "Export failed"), message)


def export_transcript(parent: QWidget, context: Context, conversation_id: str, name: str) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exporting", "Export transcript"),
        f"{name}.xlsx",
        QCoreApplication.translate("Exporting", "Excel workbook (*.xlsx);;Text (*.txt)"),
    )
    if path:
        context.db.run(
            partial(
                exports.transcript, conversation_id=conversation_id, path=path, language=_language()
            ),
            partial(_done, parent, path),
            partial(_failed, parent),
        )


def export_view(parent: QWidget, context: Context, query: ListQuery, ids: list[str] | None) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Exporting", "Export conversations"),
        "conversations.xlsx",
        QCoreApplication.translate("Exporting", "Excel workbook (*.xlsx)"),
    )
    if path:
        context.db.run(
            partial(
                exports.conversations_xlsx, query=query, path=path, ids=ids, language=_language()
            ),
            partial(_done, parent, path),
            partial(_failed, parent),
        )
