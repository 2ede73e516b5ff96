"""The main window's news for someone not looking at it: the tray icon with its count, the
sound and tray notifications of new messages, reminders and reports, and what the
scheduler's thread reports (jobs, channels, sync). Methods of :class:`MainWindow`, kept
here."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon

from desktop.services import notifications
from desktop.services.session import Changes
from desktop.ui.formatting import message_preview
from desktop.ui.icons import draw_badge, nav_icon
from desktop.ui.problem_words import channel_problem
from desktop.ui.reminders_button import describe


class WindowNotices:
    """Mixed into :class:`~desktop.ui.main_window.MainWindow` (its tray, status bar, pages)."""

    tray: QSystemTrayIcon | None
    unread: int
    report_path: str | None

    def _notify(self, notices: list[notifications.Notice]) -> None:
        """A new customer message: the sound (if switched on in Settings) whether or not the
        window is in front, and a tray notification while it is in the background."""
        if not notices:
            return
        if self.settings.value("sound", True, bool):
            self.sound.play()
        if self.tray is None or self.isActiveWindow():
            return
        first = notices[0]
        more = self.tr(" (+{0} more)").format(len(notices) - 1) if len(notices) > 1 else ""
        self.tray.showMessage(first.customer + more, message_preview(first.text),
                              QSystemTrayIcon.MessageIcon.Information, 8000)

    def _counts(self, counts: dict[str, int]) -> None:
        self.unread = counts.get("unassigned", 0) + counts.get("mine", 0)
        self._update_tray()

    def _update_tray(self) -> None:
        if self.tray is None:
            return
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        nav_icon("inbox", "#1677ff", 32).paint(painter, 0, 0, 64, 64)
        if self.unread:
            from PySide6.QtCore import QRectF
            draw_badge(painter, QRectF(30, 0, 34, 30), "#f53f3f",
                       str(self.unread) if self.unread < 100 else "99+")
        painter.end()
        self.tray.setIcon(QIcon(pixmap))
        self.tray.setToolTip(self.tr("ShopDesk — {0} conversation(s) need you").format(
            self.unread))

    # -- the scheduler ---------------------------------------------------------------------
    def on_job_event(self, event: dict[str, Any]) -> None:
        """What the scheduler's thread reports, handed to the GUI thread by a signal."""
        kind = event["kind"]
        if kind == "delivered":  # messages came in through a channel, or went out
            self.on_changed(event["changes"])
            return
        if kind == "channels":
            card = self.settings_page.channels_card
            card.show_news(event)
            self.status.show_channels(event, lambda: {
                **{n: channel_problem(p) for n, p in event["problems"].items()},
                **{n: card.refusal_text(r) for n, r in event.get("refused", {}).items()}})
            return
        if kind == "sync":
            self.status.show_sync(event)
            if event.get("changes"):
                self.on_changed(event["changes"])
            return
        if kind == "started":
            self.status.show_job(self.settings_page.jobs.names().get(event["job"],
                                                                      event["job"]))
            return
        if kind == "idle":
            self.status.show_job(None)
            return
        self.settings_page.jobs.refresh()
        if event["job"] == "backup":
            self.settings_page.backups.refresh()
        reminders = [n for n in event["notices"] if n["kind"] == "reminder"]
        if reminders:
            self.inbox.reminders.refresh()
            self._remind(reminders)
        for notice in event["notices"]:
            if notice["kind"] == "changed":
                self.on_changed(Changes(tables={"conversations": set(), "messages": set()}))
            elif notice["kind"] == "report":
                self._report_ready(notice["path"], notice["date"])
            elif notice["kind"] == "kb_gaps":
                self.notice.show_notice(self.tr(
                    "This week {0} customer questions in {1} groups found no answer in the "
                    "knowledge base.").format(notice["asked"], notice["groups"]),
                    self.tr("Review them"), lambda: self.show_page("kb"))
            elif notice["kind"] == "failed":
                name = self.settings_page.jobs.names().get(notice["job"], notice["job"])
                self.notice.show_notice(self.tr("{0} failed: {1}").format(name,
                                                                          notice["detail"]),
                                        self.tr("Open settings"),
                                        lambda: self.show_page("settings"), alert=True)

    def _remind(self, raised: list[dict[str, Any]]) -> None:
        if self.tray is None:
            return
        first = describe(raised[0], self.context.zone, self.context.reader.clock())
        more = self.tr(" (+{0} more)").format(len(raised) - 1) if len(raised) > 1 else ""
        urgent = any(r["reminder"] == "complaint_surge" for r in raised)
        self.tray.showMessage(self.tr("ShopDesk reminder") + more, first,
                              QSystemTrayIcon.MessageIcon.Warning if urgent
                              else QSystemTrayIcon.MessageIcon.Information, 10_000)

    def _report_ready(self, path: str, day: str) -> None:
        self.report_path = path
        open_it = partial(QDesktopServices.openUrl, QUrl.fromLocalFile(path))
        self.notice.show_notice(self.tr("The daily report for {0} is ready.").format(day),
                                self.tr("Open report"), open_it)
        if self.tray is not None:
            self.tray.showMessage(self.tr("Daily report"),
                                  self.tr("The report for {0} is ready: click to open it"
                                          ).format(day),
                                  QSystemTrayIcon.MessageIcon.Information, 15_000)

    def _tray_message_clicked(self) -> None:
        if self.report_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.report_path))
            self.report_path = None
        else:
            self.showNormal()
            self.activateWindow()
