"""Bugs in the window: keep the traceback in a report and tell the user where it is."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import crash


def install() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to a crash report."""
    sys.excepthook = _handle


def _handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    try:
        report = crash.write_report(exc.with_traceback(tb))
    except OSError:  # the disk is full or read-only: at least show it
        traceback.print_exception(kind, exc, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Warning,
                      QCoreApplication.translate("Crash", "ShopDesk ran into a problem"),
                      QCoreApplication.translate(
                          "Crash", "Nothing you stored is lost. A report was saved to\n{0}\n"
                          "Please send it to us.").format(report))
    open_folder = box.addButton(QCoreApplication.translate("Crash", "Open the folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.exec()
    if box.clickedButton() is open_folder:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.parent)))
