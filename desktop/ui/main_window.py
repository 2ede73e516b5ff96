"""The main window: navigation, pages, status bar, tray, menus and shortcuts."""

from __future__ import annotations

import threading
from functools import partial
from importlib import import_module
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.services import notifications, team
from desktop.services.session import Changes
from desktop.ui import i18n
from desktop.ui.context import Context
from desktop.ui.icons import nav_icon
from desktop.ui.inbox_page import InboxPage
from desktop.ui.layout import fitting
from desktop.ui.notice_bar import NoticeBar
from desktop.ui.preload import AfterFirstPaint, after_first_paint
from desktop.ui.sound import NotificationSound
from desktop.ui.status_bar import StatusBar
from desktop.ui.window_notices import WindowNotices

PAGES = ("inbox", "kb", "templates", "schedule", "dashboard", "settings")
# The pages besides the inbox are built (and their modules imported) when first shown or
# first asked for: the first screen is the inbox, and the other pages' imports (holidays,
# charts, the channels' connectors) and first queries would only delay it.
LAZY_PAGES = {"kb": ("desktop.ui.kb_page", "KbPage"),
              "templates": ("desktop.ui.automation_page", "AutomationPage"),
              "schedule": ("desktop.ui.schedule_page", "SchedulePage"),
              "dashboard": ("desktop.ui.dashboard_page", "DashboardPage"),
              "settings": ("desktop.ui.settings_page", "SettingsPage")}


class MainWindow(WindowNotices, QMainWindow):
    openDemo = Signal()
    channelsChanged = Signal()  # Settings added, paused, moved or removed a channel

    def __init__(self, context: Context, language: str) -> None:
        super().__init__()
        self.context = context
        self.language = language
        self.settings = QSettings()
        self.brand = QLabel("ShopDesk")
        self.brand.setObjectName("brand")
        self.brand.setFixedWidth(88)
        self.brand.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setFixedWidth(88)
        self.nav.setViewMode(QListWidget.ViewMode.IconMode)
        self.nav.setFlow(QListWidget.Flow.TopToBottom)
        self.nav.setMovement(QListWidget.Movement.Static)
        self.nav.setWrapping(False)
        self.nav.setSpacing(0)
        self.nav.setGridSize(QSize(84, 66))
        self.nav.setTextElideMode(Qt.TextElideMode.ElideNone)
        for key in PAGES:
            item = QListWidgetItem(nav_icon(key), "")
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setSizeHint(QSize(80, 64))  # room for "Knowledge" inside the highlight
            self.nav.addItem(item)
        self.inbox = InboxPage(context)
        self.pages: dict[str, QWidget] = {"inbox": self.inbox}  # the pages built so far
        self.stack = QStackedWidget()
        for key in PAGES:
            self.stack.addWidget(fitting(self.inbox) if key == "inbox" else QWidget())
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.brand)
        side.addWidget(self.nav, 1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addLayout(side)
        self.notice = NoticeBar()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.notice)
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(body)
        self.status = StatusBar(context)
        self.setStatusBar(self.status)
        self.tray = QSystemTrayIcon(self) if QSystemTrayIcon.isSystemTrayAvailable() else None
        if self.tray is not None:
            self.tray.activated.connect(lambda *_: (self.showNormal(), self.activateWindow()))
            self.tray.messageClicked.connect(self._tray_message_clicked)
            self.tray.show()
        self.sound = NotificationSound(self)
        self.unread = 0
        self.report_path: str | None = None  # the daily report the tray message announces
        self.preloaded: threading.Thread | None = None  # what the first screen left out
        self._menus()
        self._wire()
        self.retranslate()
        self._restore()

    # -- pages --------------------------------------------------------------------------------
    @property
    def settings_page(self) -> Any:
        return self.page("settings")

    @property
    def schedule_page(self) -> Any:
        return self.page("schedule")

    @property
    def automation_page(self) -> Any:
        return self.page("templates")

    @property
    def kb_page(self) -> Any:
        return self.page("kb")

    @property
    def dashboard_page(self) -> Any:
        return self.page("dashboard")

    def page(self, key: str) -> QWidget:
        """The page, built now if it was not yet."""
        if key not in self.pages:
            module, name = LAZY_PAGES[key]
            cls = getattr(import_module(module), name)
            built = cls(self.context, self.language, self.context.run_job) \
                if key == "settings" else cls(self.context)
            self.pages[key] = built
            at = PAGES.index(key)
            placeholder = self.stack.widget(at)
            self.stack.insertWidget(at, fitting(built))  # a page taller than the window scrolls
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.stack.setCurrentIndex(self.nav.currentRow())
            self._wire_page(key, built)
            built.retranslate()
        return self.pages[key]

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.page(PAGES[row])
            self.stack.setCurrentIndex(row)

    def _wire_page(self, key: str, page: Any) -> None:
        if hasattr(page, "error"):
            page.error.connect(self.show_error)
        if key == "settings":
            page.languageChosen.connect(self.set_language)
            page.meChosen.connect(self.set_me)
            page.teamChanged.connect(self.reload_team)
            page.restored.connect(self._restored)
            page.team.synced.connect(self.on_changed)
            page.channels_card.channelsChanged.connect(self.channelsChanged)
        elif key == "schedule":
            page.changed.connect(self.status.refresh)
        elif key == "dashboard":
            page.openConversation.connect(self._open_conversation)
            page.openWaiting.connect(lambda *group: (self.show_page("inbox"),
                                                     self.inbox.show_waiting(*group)))
        elif key == "templates" and self.inbox.shown is not None:
            page.preview_on(self.inbox.shown.id)

    # -- wiring -------------------------------------------------------------------------------
    def _wire(self) -> None:
        self.context.db.changed.connect(self.on_changed)
        self.context.db.error.connect(self.show_error)
        self.inbox.error.connect(self.show_error)
        self.inbox.countsChanged.connect(self._counts)
        self.status.statusChanged.connect(self.reload_team)
        self.status.openSchedule.connect(lambda: self.show_page("schedule"))
        self.inbox.loaded.connect(
            lambda d: "templates" in self.pages and self.automation_page.preview_on(d.id))

    def _menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_import = self.file_menu.addAction("", self.import_history)
        self.act_export = self.file_menu.addAction("", self.export_all)
        self.file_menu.addSeparator()
        self.act_demo = self.file_menu.addAction("", self.openDemo.emit)
        self.file_menu.addSeparator()
        self.act_quit = self.file_menu.addAction("", self.close)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.go_menu = bar.addMenu("")
        self.shortcuts: dict[str, QAction] = {}
        for key, seq, slot in (
                ("next", "Alt+Down", self.inbox.next),
                ("previous", "Alt+Up", self.inbox.previous),
                ("reply", "Ctrl+R", self.inbox.focus_composer),
                ("assign_me", "Ctrl+Shift+A", self.inbox.assign_to_me),
                ("close", "Ctrl+Shift+W", self.inbox.close_current),
                ("search", "Ctrl+F", self._focus_search)):
            action = self.go_menu.addAction("", slot)
            action.setShortcut(QKeySequence(seq))
            self.shortcuts[key] = action
        self.help_menu = bar.addMenu("")
        self.act_about = self.help_menu.addAction("", self.about)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("ShopDesk — customer service desk"))
        names = [self.tr("Inbox"), self.tr("Knowledge"), self.tr("Auto-reply"),
                 self.tr("Schedule"), self.tr("Dashboard"), self.tr("Settings")]
        for i, name in enumerate(names):
            self.nav.item(i).setText(name)
        self.file_menu.setTitle(self.tr("&File"))
        self.act_import.setText(self.tr("Import history…"))
        self.act_export.setText(self.tr("Export everything…"))
        self.act_demo.setText(self.tr("Open the demo shop"))
        self.act_quit.setText(self.tr("Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        texts = {"next": self.tr("Next conversation"), "previous": self.tr("Previous conversation"),
                 "reply": self.tr("Write a reply"), "assign_me": self.tr("Assign to me"),
                 "close": self.tr("Close conversation"), "search": self.tr("Search")}
        for key, action in self.shortcuts.items():
            action.setText(texts[key])
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_about.setText(self.tr("About ShopDesk"))
        for page in self.pages.values():
            page.retranslate()
        self.status.retranslate()
        self._update_tray()

    # -- start and changes --------------------------------------------------------------------
    def start(self) -> None:
        self.inbox.start()
        if self.isVisible():  # the first paint comes next (the status bar is on every page)
            AfterFirstPaint(self.status, partial(after_first_paint, self))
        else:
            self.status.refresh()

    def on_changed(self, changes: Changes) -> None:
        self.inbox.on_changed(changes)
        self.status.refresh()
        if changes.ids("agents"):
            self.reload_team()
        new_messages = changes.ids("messages")
        if new_messages:
            self.context.db.run(partial(notifications.for_new_messages,
                                        message_ids=new_messages, me=self.context.me_id),
                                self._notify)

    def reload_team(self) -> None:
        def loaded(result: tuple) -> None:
            self.context.agents, self.context.me = result
            self.status.show_me()
            if "settings" in self.pages:
                self.settings_page.load()
        self.context.db.run(lambda shop: (team.agents(shop), team.me(shop)), loaded)

    # -- commands -----------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.status.showMessage(message, 12_000)

    def set_language(self, language: str) -> None:
        self.language = i18n.install(language)
        self.settings.setValue("language", self.language)
        self.retranslate()

    def set_me(self, agent_id: str) -> None:
        if agent_id:
            self.context.db.run(partial(team.set_me, agent_id=agent_id),
                                lambda _r: self._me_changed(), self.show_error)

    def _me_changed(self) -> None:
        self.reload_team()
        self.inbox.list.load()
        self.inbox.update_counts()

    def import_history(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import history"), "",
            self.tr("ShopDesk interchange (*.jsonl *.csv *.xlsx)"))
        if not path:
            return
        self.status.showMessage(self.tr("Importing {0}…").format(path))
        from desktop.services import interchange  # here: the first screen does without it

        def done(report: interchange.ImportReport) -> None:
            text = self.tr("Imported {0} messages and {1} events; {2} lines refused.").format(
                report.added_messages, report.added_events, len(report.errors))
            if report.errors:
                first = "\n".join(self.tr("Line {0}: {1}").format(n, r)
                                  for n, r in report.errors[:10])
                QMessageBox.warning(self, self.tr("Import finished with problems"),
                                    text + "\n\n" + first)
            self.status.showMessage(text, 15_000)
            self.inbox.list.load()
            self.inbox.list.reload_choices()
            self.inbox.update_counts()
            self.status.refresh()

        self.context.db.run(partial(interchange.import_file, path=path), done, self.show_error)

    def export_all(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export everything"),
                                              "shopdesk-export.jsonl",
                                              self.tr("JSON Lines (*.jsonl);;CSV (*.csv);;"
                                                      "Excel workbook (*.xlsx)"))
        if path:
            from desktop.services import interchange
            self.context.db.run(
                partial(interchange.export_file, path=path),
                lambda n: self.status.showMessage(self.tr("Exported {0} lines.").format(n),
                                                  15_000), self.show_error)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About ShopDesk"),
                          self.tr("ShopDesk {0}\nThe helpdesk for small online shops.").format(
                              desktop.__version__))

    def _focus_search(self) -> None:
        self.nav.setCurrentRow(0)
        self.inbox.search.setFocus()
        self.inbox.search.selectAll()

    def tell_about_crash(self, report: Any) -> None:
        """ShopDesk stopped unexpectedly last time: say so, with the way to the report."""
        self.notice.show_notice(
            self.tr("ShopDesk closed unexpectedly last time. Nothing you stored was lost; a "
                    "report was saved to {0}.").format(report),
            self.tr("Open the folder"),
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(report.parent))),
            alert=True)

    def _restored(self) -> None:
        """After a restore every view shows the data it brought back."""
        self.notice.show_notice(self.tr("The backup was restored."), self.tr("OK"),
                                lambda: None)
        self.inbox.list.load()
        self.inbox.update_counts()
        self.reload_team()
        self.status.refresh()

    def _open_conversation(self, conversation_id: str) -> None:
        self.show_page("inbox")
        self.inbox.open_conversation(conversation_id)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    # -- window state -------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # a first start fits the screen (a 1366×768 laptop too)
            screen = self.screen().availableGeometry()
            self.resize(min(1440, screen.width()), min(900, screen.height()))
        split = self.settings.value("inboxSplit")
        if split is not None:
            self.inbox.splitter.restoreState(split)
        thread = self.settings.value("threadSplit")
        if thread is not None:
            self.inbox.restore_thread_split(thread)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.inbox.shown is not None:
            self.inbox.conversation.composer.save_draft()
        self.settings.setValue("geometry", self.saveGeometry())
        self.settings.setValue("inboxSplit", self.inbox.splitter.saveState())
        if (thread := self.inbox.thread_split()) is not None:
            self.settings.setValue("threadSplit", thread)
        if self.tray is not None:
            self.tray.hide()
        super().closeEvent(event)


