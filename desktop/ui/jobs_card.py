"""Settings › scheduled jobs and backups: each job's plan, last run and outcome, next run and
"run now"; the backup folder, taking and restoring a backup, how long messages are kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from desktop.services import backup, jobrunner, shop
from desktop.ui import formatting
from desktop.ui.context import Context
from desktop.ui.layout import CardBox, read_only_table

RunNow = Callable[[str], None]


class JobsCard(CardBox):
    """The jobs table. ``run_now`` hands a job to the scheduler (or runs it on the database
    thread when there is none, e.g. in a screenshot)."""

    error = Signal(str)

    def __init__(self, context: Context, run_now: RunNow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.run_now = run_now
        self.table = read_only_table(6, rows_selectable=False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.body.addWidget(self.table)
        self.jobs: list[dict[str, Any]] = []

    def retranslate(self) -> None:
        self.title.setText(self.tr("SCHEDULED JOBS"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Job"), self.tr("When"), self.tr("Last run"), self.tr("Outcome"),
            self.tr("Detail"), ""])
        self.refresh()

    def names(self) -> dict[str, str]:
        return {"reminders": self.tr("Reminders"), "backup": self.tr("Backup"),
                "daily_report": self.tr("Daily report"),
                "retention": self.tr("Remove old messages"),
                "kb_gaps": self.tr("Unanswered questions digest")}

    def refresh(self) -> None:
        self.context.db.run(jobrunner.status, self._show, self.error.emit)

    def plan_text(self, plan: str) -> str:
        words = plan.split()
        if words[0] == "every":
            return self.tr("every {0} s").format(words[1].rstrip("s"))
        if words[0] == "daily":
            return self.tr("daily at {0}").format(words[1])
        days = dict(zip(("mon", "tue", "wed", "thu", "fri", "sat", "sun"),
                        (self.tr("Mondays"), self.tr("Tuesdays"), self.tr("Wednesdays"),
                         self.tr("Thursdays"), self.tr("Fridays"), self.tr("Saturdays"),
                         self.tr("Sundays")), strict=True))
        return self.tr("{0} at {1}").format(days[words[1]], words[2])

    def detail(self, name: str, run: dict[str, Any]) -> str:
        """What a run did, in the user's language (its log line when there are no figures)."""
        summary = run.get("summary") or {}
        if run["outcome"] != "ok" or not summary:
            return run["detail"]
        if name == "reminders":
            parts = [self.tr("%n new reminder(s)", "", summary.get("raised", 0))
                     if summary.get("raised") else self.tr("No new reminders")]
            if summary.get("closed"):
                parts.append(self.tr("%n conversation(s) closed with the closing message", "",
                                     summary["closed"]))
            if summary.get("nudged"):
                parts.append(self.tr("%n waiting customer(s) nudged", "", summary["nudged"]))
            return self.tr("; ").join(parts)
        if name == "kb_gaps":
            return self.tr("%n question(s) the knowledge base could not answer", "",
                           summary.get("asked", 0))
        return run["detail"]

    def _show(self, jobs: list[dict[str, Any]]) -> None:
        self.jobs = jobs
        zone, now = self.context.zone, self.context.reader.clock()
        names = self.names()
        outcomes = {"ok": self.tr("OK"), "failed": self.tr("Failed"),
                    "running": self.tr("Running…"), "interrupted": self.tr("Interrupted")}
        self.table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            last = job["last"]
            next_at = formatting.when(job["next"], zone, now)
            cells = [names.get(job["name"], job["name"]),
                     self.tr("{0} · next {1}").format(self.plan_text(job["plan"]), next_at),
                     "—" if last is None else formatting.when(last["started_at"], zone, now),
                     "—" if last is None else outcomes.get(last["outcome"], last["outcome"]),
                     "" if last is None else self.detail(job["name"], last)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3 and last is not None and last["outcome"] in ("failed",
                                                                         "interrupted"):
                    item.setForeground(formatting.RED)
                if col == 4:
                    item.setToolTip(text)
                self.table.setItem(row, col, item)
            button = QPushButton(self.tr("Run now"))
            button.clicked.connect(partial(self._run, job["name"]))
            self.table.setCellWidget(row, 5, button)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        height = self.table.horizontalHeader().height() + \
            sum(self.table.rowHeight(r) for r in range(len(jobs))) + 4
        self.table.setFixedHeight(height)

    def _run(self, name: str) -> None:
        if self.run_now is not None:
            self.run_now(name)
        else:
            self.context.db.run(partial(jobrunner.run, name=name, manual=True),
                                lambda _o: self.refresh(), self.error.emit)


class BackupCard(CardBox):
    """The backup folder, a backup now, a restore; how long messages are kept."""

    error = Signal(str)
    restored = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose = QPushButton()
        self.choose.clicked.connect(self._choose)
        self.now = QPushButton()
        self.now.clicked.connect(self._backup_now)
        self.restore = QPushButton()
        self.restore.clicked.connect(self._restore)
        self.retention = QSpinBox()
        self.retention.setRange(shop.MIN_RETENTION_DAYS, 3650)
        self.retention.editingFinished.connect(self._save_retention)
        self.retention_label = QLabel()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #f53f3f;")
        self.warning.hide()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now)
        buttons.addWidget(self.restore)
        buttons.addStretch(1)
        buttons.addWidget(self.retention_label)
        buttons.addWidget(self.retention)
        layout = self.body
        layout.addLayout(folder_row)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.warning)

    def retranslate(self) -> None:
        self.title.setText(self.tr("BACKUPS"))
        self.choose.setText(self.tr("Change folder…"))
        self.now.setText(self.tr("Back up now"))
        self.restore.setText(self.tr("Restore from a backup…"))
        self.retention_label.setText(self.tr("Keep messages for (days)"))
        self.refresh()

    def refresh(self) -> None:
        self.context.db.run(_backup_state, self._show, self.error.emit)

    def _show(self, state: dict[str, Any]) -> None:
        self.folder.setText(self.tr("Backups go to {0}").format(state["folder"]))
        self.retention.setValue(int(state["retention_days"]))
        newest = state["backups"][0] if state["backups"] else None
        if newest is None:
            self.status.setText(self.tr("No backup yet. One is taken every day and when you "
                                        "quit; a synced folder (OneDrive, Dropbox, 坚果云) "
                                        "keeps a copy off this computer."))
        else:
            taken = datetime.fromtimestamp(newest["taken_at"] / 1000, self.context.zone)
            self.status.setText(self.tr(
                "{0} backups kept (7 daily, 4 weekly, 12 monthly). Newest: {1}, {2:.1f} MB, "
                "verified, SHA-256 {3}…").format(
                    len(state["backups"]), taken.strftime("%Y-%m-%d %H:%M"),
                    newest["size"] / 1_048_576, newest["sha256"][:12]))
        synced = state["live_synced"]
        self.warning.setVisible(bool(synced))
        if synced:
            self.warning.setText(self.tr(
                "The shop database itself is in {0}. Syncing a live database can damage it: "
                "move it to a local folder and let backups go to the synced folder instead."
            ).format(synced))

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"))
        if path:
            self.context.db.run(partial(backup.set_folder, path=path),
                                lambda _p: self.refresh(), self.error.emit)

    def _backup_now(self) -> None:
        self.now.setEnabled(False)
        self.status.setText(self.tr("Backing up…"))

        def done(_b: Any) -> None:
            self.now.setEnabled(True)
            self.refresh()

        def failed(message: str) -> None:
            self.now.setEnabled(True)
            self.status.setText(message)
            self.error.emit(message)

        self.context.db.run(partial(backup.take, reason="manual"), done, failed)

    def _restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"),
                                              self.folder.text(),
                                              self.tr("ShopDesk backups (*.sqlite)"))
        if not path:
            return
        answer = QMessageBox.question(self, self.tr("Restore from a backup"), self.tr(
            "Replace all of the shop's data with this backup's? The current data is backed "
            "up first, so this can be undone."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.context.db.run(partial(backup.restore, source=path),
                            lambda _s: (self.refresh(), self.restored.emit()), self.error.emit)

    def _save_retention(self) -> None:
        self.context.db.run(partial(shop.set_value, key="retention.days",
                                    value=self.retention.value()), None, self.error.emit)


def _backup_state(store: Any) -> dict[str, Any]:
    return {"folder": str(backup.folder(store)), "backups": backup.listing(store),
            "retention_days": shop.get(store, "retention.days"),
            "live_synced": backup.synced_folder(store.path)}
