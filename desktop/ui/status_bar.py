"""The status bar: connection, holiday mode, sync, scheduler, the queue, my status."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QComboBox, QLabel, QStatusBar, QToolButton, QWidget

from desktop.domain.protocol import CLOCK_WARN_MS
from desktop.services import queues, team
from desktop.services.queues import QueueStats
from desktop.ui import agent_status, formatting
from desktop.ui.context import Context

if TYPE_CHECKING:
    from desktop.services.schedule import HoursStatus


class ElidedLabel(QLabel):
    """A status bar label that gives way with “…” when space is short (the whole text in its
    tooltip), instead of being cut off mid-word."""

    def paintEvent(self, event: QPaintEvent) -> None:
        full = self.text()
        shown = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        if shown == full:
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)
        painter.end()
        if self.toolTip() in ("", self.property("autoTip")):  # ours, not one set by the bar
            self.setProperty("autoTip", full)
            self.setToolTip(full)


class StatusBar(QStatusBar):
    statusChanged = Signal()
    openSchedule = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setSizeGripEnabled(False)
        # what the bar was last told, said again in the new language when it changes
        self._channels: tuple[dict[str, Any], Callable[[], dict[str, str]]] | None = None
        self._sync: dict | None = None
        self.connection, self.sync, self.scheduler = (ElidedLabel() for _ in range(3))
        self.hours = QToolButton()
        self.hours.setAutoRaise(True)
        self.hours.clicked.connect(self.openSchedule)
        self.queue = QLabel()
        self.mine = QComboBox()
        self.mine.activated.connect(self._set_status)
        for w in (self.connection, self.hours, self.sync, self.scheduler):
            # the bar never makes the window wider: these give way first
            w.setMinimumWidth(1)
            self.addWidget(w)
        self.addPermanentWidget(self.queue)
        self.addPermanentWidget(self.mine)
        self.stats = QueueStats(0, None)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.timer.start(1000)
        self.minute = QTimer(self)  # the shop opens and closes while the app runs
        self.minute.timeout.connect(self.refresh)
        self.minute.start(60_000)
        self.retranslate()

    def retranslate(self) -> None:
        if self._channels is None:
            self.connection.setText(self.tr("○ No channel connected yet (Settings › Channels)"))
        else:
            self.show_channels(*self._channels)
        self.hours.setToolTip(self.tr("Working hours and holiday mode — click to change"))
        if self._sync is None:
            self.sync.setText(self.tr("Sync: this desktop only"))
        else:
            self.show_sync(self._sync)
        if self.hours.text():  # the hours as told before, in the new language
            from desktop.services import schedule

            self.context.db.run(schedule.status, self._hours)
        self.show_job(None)
        self.mine.clear()
        for status in team.AgentStatus:  # a dot in the status's colour, then its name
            self.mine.addItem(agent_status.dot(status), agent_status.name(status), status)
        self.show_me()
        self._tick()

    def show_channels(self, news: dict[str, Any], words: Callable[[], dict[str, str]]) -> None:
        """How the channels are, from the channel host's news (desktop/channels/host.py):
        which one is in trouble and why, how many are connected, or why none is — none added
        yet, waiting for its first fetch, all paused, received on another desktop. ``words``
        gives each troubled channel's reason in the interface's language (asked again when
        the language changes)."""
        self._channels = (news, words)
        worded = words()
        connected = sorted({*news.get("listening", ()), *news.get("fetching", ())})
        if worded:
            name, why = next(iter(worded.items()))
            self.connection.setText(self.tr("● {0}: {1}").format(name, why))
            self.connection.setStyleSheet("color: #f53f3f;")
            self.connection.setToolTip("\n".join(f"{n}: {w}" for n, w in worded.items()))
            return
        if connected:
            self.connection.setText(self.tr("● %n channel(s) connected", "", len(connected)))
            self.connection.setStyleSheet("color: #00a870;")
            self.connection.setToolTip("、".join(connected))
            return
        self.connection.setStyleSheet("")  # nothing connected: said, in the bar's own colour
        waiting, elsewhere, paused = (list(news.get(k, ())) for k in
                                      ("waiting", "elsewhere", "paused"))
        if waiting:
            text = self.tr("○ Connecting to {0}…").format("、".join(waiting))
        elif elsewhere:
            text = self.tr("○ No channel connected here: the channels are received on another "
                           "desktop of the team")
        elif paused:
            text = self.tr("○ No channel connected: every channel is paused (Settings › "
                           "Channels)")
        else:
            text = self.tr("○ No channel connected yet (Settings › Channels)")
        self.connection.setText(text)
        self.connection.setToolTip("、".join(waiting or elsewhere or paused))

    def show_sync(self, status: dict) -> None:
        """Last sync with the team's hub, changes waiting, or what went wrong."""
        self._sync = status
        if status.get("last_error"):
            self.sync.setText(self.tr("Sync: {0}").format(status["last_error"]))
            self.sync.setStyleSheet("color: #f53f3f;")
            return
        self.sync.setStyleSheet("")
        last = status.get("last_sync")
        when = formatting.when(int(last), self.context.zone, self.context.reader.clock()) \
            if last else "—"
        text = self.tr("Synced {0} · {1} waiting").format(when, status["pending"])
        held = status.get("held") or {"count": 0, "reasons": []}
        if held["count"]:  # changes that could not apply here: set aside, the rest went on
            text += self.tr(" · %n change(s) set aside", "", held["count"])
            self.sync.setToolTip(self.tr(
                "Changes from the team this desktop cannot apply yet (for example made by a "
                "newer ShopDesk). Everything else is in sync; they are tried again at every "
                "sync, and the owner sees them with 'shopdesk hub changes'."))
        off = status.get("clock_offset_ms") or 0
        if abs(off) > CLOCK_WARN_MS:
            text += self.tr(" · this computer's clock is %n minute(s) off the team's", "",
                            round(abs(off) / 60_000))
        if held["count"] or abs(off) > CLOCK_WARN_MS:
            self.sync.setStyleSheet("color: #ff7d00;")
        self.sync.setText(text)

    def show_job(self, name: str | None) -> None:
        """The job the scheduler is running, or idle."""
        self.scheduler.setText(self.tr("Scheduler: idle") if name is None else
                               self.tr("Scheduler: running {0}…").format(name))

    def show_me(self) -> None:
        me = self.context.me
        self.mine.setVisible(me is not None)
        if me is not None:
            self.mine.setCurrentIndex(max(0, self.mine.findData(me.status)))

    def refresh(self) -> None:
        from desktop.services import schedule  # here: read after the first paint

        self.context.db.run(queues.queue_stats, self._stats)
        self.context.db.run(schedule.status, self._hours)

    def _hours(self, status: HoursStatus) -> None:
        from desktop.services import schedule
        from desktop.ui.schedule_page import describe  # here: the page is built when shown

        self.hours.setText(("● " if status.open else "○ ") + describe(status))
        self.context.db.run(schedule.notices, self._notices)

    def _notices(self, notices: list[str]) -> None:
        texts = {
            "holiday_mode_starts": self.tr(
                "Holiday mode starts within a day: switch on the platforms' own holiday mode "
                "too (TikTok Shop's takes about an hour to apply)."),
            "holiday_mode_ends": self.tr(
                "Holiday mode ends within a day: remember to switch the platforms' holiday "
                "mode off."),
        }
        if notices:
            self.showMessage(texts[notices[0]], 60_000)

    def _stats(self, stats: QueueStats) -> None:
        self.stats = stats
        self._tick()

    def _tick(self) -> None:
        s = self.stats
        if not s.unassigned_waiting or s.oldest_wait_since is None:
            self.queue.setText(self.tr("Queue: nobody waiting"))
            self.queue.setObjectName("")
        else:
            seconds = time.time() - s.oldest_wait_since / 1000
            self.queue.setText(self.tr("Queue: {0} waiting · longest {1}").format(
                s.unassigned_waiting, formatting.duration(seconds)))
            self.queue.setObjectName("queueWarn" if seconds >= 600 else "")
        self.queue.style().unpolish(self.queue)
        self.queue.style().polish(self.queue)

    def _set_status(self) -> None:
        me = self.context.me
        if me is None:
            return
        wanted = self.mine.currentData()

        def refused(message: str) -> None:
            self.show_me()
            self.showMessage(message, 10_000)

        def changed(_c: object) -> None:
            from desktop.channels import registry  # here: the connectors import requests

            self.statusChanged.emit()
            # platforms that route chats to online shops hear of it too (TikTok Shop)
            self.context.db.run(partial(registry.announce_status,
                                        online=wanted is team.AgentStatus.ONLINE),
                                lambda problems: problems and self.showMessage(
                                    "; ".join(problems), 10_000))

        self.context.db.run(partial(team.set_status, agent_id=me.id, status=wanted),
                            changed, refused)
