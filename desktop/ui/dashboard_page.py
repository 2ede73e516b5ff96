"""The Dashboard: who is waiting now, then today or the last days at a glance — tiles coloured
by target with the change against the period before, the days, the hours and the first response
times as charts, the channels and agents as tables. A click on a tile, a bar or a row lists the
inquiries behind it; a click on the "now" card opens the waiting conversations in the inbox.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services import metrics, waiting
from desktop.ui import formatting
from desktop.ui.context import Context
from desktop.ui.dashboard_charts import DayChart, FrtChart, HourChart
from desktop.ui.douyin_card import DouyinCard
from desktop.ui.inquiries_dialog import InquiriesDialog
from desktop.ui.layout import ScrollPage, card, read_only_table
from desktop.ui.now_card import NowCard

BAND_COLOURS = {"green": "#00a870", "yellow": "#d48806", "red": "#f53f3f", None: "#1d2129"}
TILES = ("service_score", "response_rate_24h", "three_min_rate", "frt_median_s",
         "bot_handled_share", "resolution_rate", "csat", "inquiries")
# what a click on a tile lists
TILE_FIGURES = {"response_rate_24h": "missed_24h", "three_min_rate": "missed_3min",
                "bot_handled_share": "bot_handled", "inquiries": "inquiries",
                "frt_median_s": "inquiries"}
# the rates that count an inquiry only once it is answered or its window is over
COUNTED = ("response_rate_24h", "three_min_rate")


class DashboardPage(ScrollPage):
    openConversation = Signal(str)
    # the "now" card: the waiting conversations in the inbox, all or one group's
    # (waits begun after, at or before — ms or None — and the group's name)
    openWaiting = Signal(object, object, str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.period = QComboBox()
        self.period.currentIndexChanged.connect(self.refresh)
        self.range: tuple[date, date] | None = None
        self.figures: dict[str, Any] | None = None
        self.values: dict[str, str] = {}  # each tile's value, before its change is added
        self.tiles: dict[str, tuple[QLabel, QLabel]] = {}
        self.notes: dict[str, QLabel] = {}  # under a rate: how many inquiries it counts
        self.now_card = NowCard()
        self.now_card.clicked.connect(self._open_waiting)
        self._tile_keys: dict[QObject, str] = {}
        grid = QGridLayout()
        grid.setSpacing(12)
        for n, key in enumerate(TILES):
            tile = QWidget()
            tile.setObjectName("card")
            v = QVBoxLayout(tile)
            v.setContentsMargins(18, 14, 18, 14)
            name, value = QLabel(), QLabel()
            name.setObjectName("hint")
            value.setTextFormat(Qt.TextFormat.RichText)
            v.addWidget(name)
            v.addWidget(value)
            if key in COUNTED:
                self.notes[key] = QLabel()
                self.notes[key].setObjectName("hint")
                self.notes[key].setWordWrap(True)
                self.notes[key].setSizePolicy(QSizePolicy.Policy.Ignored,  # the tiles stay
                                              QSizePolicy.Policy.Preferred)  # equally wide
                v.addWidget(self.notes[key])
            v.addStretch(1)  # names and values on one line across a row of tiles
            self.tiles[key] = (name, value)
            if key in TILE_FIGURES:
                tile.setCursor(Qt.CursorShape.PointingHandCursor)
                tile.installEventFilter(self)
                self._tile_keys[tile] = key
            grid.addWidget(tile, n // 4, n % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        self.day_chart = DayChart()
        self.chart = HourChart()
        self.frt_chart = FrtChart()
        for chart in (self.day_chart, self.chart, self.frt_chart):
            chart.figureClicked.connect(self.drill)
        self.channels = _table(4)
        self.channels.cellDoubleClicked.connect(
            lambda row, _c: self.drill(f"channel:{self.channel_codes[row]}"))
        self.channel_codes: list[str] = []
        self.agents = _table(6)
        self.agents.cellDoubleClicked.connect(
            lambda row, _c: self.drill(f"agent:{self.agents.item(row, 0).text()}"))
        self.channels_title, self.agents_title = QLabel(), QLabel()
        self.updated = QLabel()
        self.updated.setObjectName("hint")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.updated)
        top.addWidget(self.period)
        self.day_box = _framed(self.day_chart)
        charts = QHBoxLayout()
        charts.setSpacing(12)
        charts.addWidget(_framed(self.chart), 1)
        charts.addWidget(_framed(self.frt_chart), 1)
        tables = QVBoxLayout()
        tables.setSpacing(12)
        tables.addWidget(card(self.channels_title, self.channels))
        tables.addWidget(card(self.agents_title, self.agents))
        self.douyin = DouyinCard(context)  # the shop's scores, Feige's figures beside ours
        tables.addWidget(self.douyin)
        layout = self.page_layout
        layout.addLayout(top)
        layout.addWidget(self.now_card)
        layout.addLayout(grid)
        layout.addWidget(self.day_box)
        layout.addLayout(charts)
        layout.addLayout(tables)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Dashboard"))
        current = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItem(self.tr("Today so far"), 0)
        self.period.addItem(self.tr("Yesterday"), 1)
        self.period.addItem(self.tr("Last 7 days"), 7)
        self.period.addItem(self.tr("Last 30 days"), 30)
        self.period.setCurrentIndex(max(0, current))
        self.period.blockSignals(False)
        for key, (label, _) in self.tiles.items():
            label.setText(self._tile_name(key))
            if key in TILE_FIGURES:
                label.parentWidget().setToolTip(self.tr("Click to list the inquiries behind it"))
        self.now_card.retranslate()
        self.channels_title.setText(self.tr("Channels"))
        self.channels.setHorizontalHeaderLabels([
            self.tr("Channel"), self.tr("Inquiries"), self.tr("24-hour response rate"),
            self.tr("First response (median)")])
        self.agents_title.setText(self.tr("Agents"))
        self.agents.setHorizontalHeaderLabels([
            self.tr("Agent"), self.tr("Replies"), self.tr("Inquiries answered first"),
            self.tr("First response (median)"), self.tr("3-minute reply rate"),
            self.tr("Closed / resolved")])
        self.refresh()

    def _tile_name(self, key: str) -> str:
        return {"service_score": self.tr("Service score"),
                "response_rate_24h": self.tr("24-hour response rate"),
                "three_min_rate": self.tr("3-minute reply rate"),
                "frt_median_s": self.tr("First response (median)"),
                "bot_handled_share": self.tr("Handled by auto-reply"),
                "resolution_rate": self.tr("Resolution rate"),
                "csat": self.tr("Satisfaction (4–5 stars)"),
                "inquiries": self.tr("Inquiries")}[key]

    def refresh(self) -> None:
        days = self.period.currentData() or 0
        today = datetime.fromtimestamp(self.context.reader.clock() / 1000,
                                       self.context.zone).date()
        first, last = (today, today) if days == 0 else \
            ((today - timedelta(days=1),) * 2 if days == 1 else
             (today - timedelta(days=days - 1), today))
        self.range = (first, last)
        self.context.db.run(waiting.now, self.now_card.show_figures, self.error.emit)
        # the period's figures first; the changes against the period before follow
        self.context.db.run(partial(metrics.compute, first=first, last=last),
                            self._show, self.error.emit)
        self.context.db.run(partial(metrics.before, first=first, last=last),
                            self._show_changes, self.error.emit)

    # -- showing ------------------------------------------------------------------------------
    def _show(self, f: dict[str, Any]) -> None:
        self.figures = f
        bands = f.get("bands", {})
        score = f["service_score"]["score"]
        values = {
            "service_score": "—" if score is None else f"{score:.0f}",
            "response_rate_24h": _pct(f["response_rate_24h"]),
            "three_min_rate": _pct(f["three_min_rate"]),
            "frt_median_s": "—" if f["frt_median_s"] is None
            else formatting.duration(f["frt_median_s"]),
            "bot_handled_share": _pct(f["bot_handled_share"]),
            "resolution_rate": _pct(f["resolution_rate"]),
            "csat": _pct(f["csat"]),
            "inquiries": f"{f['inquiries']:,}",
        }
        for key, text in values.items():
            colour = BAND_COLOURS[bands.get(key)]
            self.values[key] = \
                f"<span style='font-size:26px; font-weight:bold; color:{colour}'>{text}</span>"
            self.tiles[key][1].setText(self.values[key])
        counted = {"response_rate_24h": self.tr("Counts {0} of {1} inquiries: those responded "
                                                "to (an auto reply counts) or waiting over 24 "
                                                "hours"),
                   "three_min_rate": self.tr("Counts {0} inquiries in working hours: those "
                                             "answered or waiting over 3 minutes")}
        for key, note in self.notes.items():
            note.setText(counted[key].format(f"{f['counted'][key]:,}", f"{f['inquiries']:,}"))
        parts = f["service_score"]["parts"]
        self.tiles["service_score"][0].parentWidget().setToolTip(self.tr(
            "30 % response speed ({0}), 50 % resolution ({1}), 20 % satisfaction ({2}); each "
            "scored 0–100 against its target").format(
                *("—" if parts[k] is None else f"{parts[k]:.0f}"
                  for k in ("speed", "resolution", "satisfaction"))))
        days = self.period.currentData() or 0
        against = (self.tr("yesterday at this time") if days == 0 else
                   self.tr("the day before") if days == 1 else
                   self.tr("the %n days before", "", days))
        self.updated.setText(self.tr("Updated {0} · ▲▼ against {1}").format(
            formatting.full_time(self.context.reader.clock(), self.context.zone)[11:16],
            against))
        self.day_chart.show_days(f["by_day"])
        self.day_box.setVisible(len(f["by_day"]) > 1)  # one day: its hours say it all
        self.chart.show_hours(f["by_hour"])
        self.frt_chart.show_buckets(f["frt_buckets"])
        ordered = sorted(f["channels"].items(), key=lambda kv: -kv[1]["inquiries"])
        self.channel_codes = [name for name, _ in ordered]
        _fill(self.channels, [
            [formatting.channel_name(name), f"{c['inquiries']:,}", _pct(c["response_rate_24h"]),
             _time(c["frt_median_s"])] for name, c in ordered])
        _fill(self.agents, [
            [name, f"{a['human_replies']:,}", f"{a['inquiries_first_answered']:,}",
             _time(a["frt_median_s"]), _pct(a["three_min_rate"]),
             f"{a['closed']} / {a['resolved']}"] for name, a in f["agents"].items()])
        self.douyin.show_period(*(date.fromisoformat(f["period"][k]) for k in ("from", "to")), f)

    def _show_changes(self, previous: dict[str, Any]) -> None:
        """The small ▲▼ after each tile's value, once the period before is worked out."""
        f = self.figures
        if f is None or previous["inquiries"] == 0:  # nothing before (a new shop)
            self.updated.setText(self.updated.text().split(" · ")[0])
            return
        for key, value in self.values.items():
            now = f["service_score"]["score"] if key == "service_score" else f.get(key)
            before = previous["service_score"]["score"] if key == "service_score" \
                else previous.get(key)
            self.tiles[key][1].setText(value + _change(key, now, before))

    def showEvent(self, event: Any) -> None:
        """Opening the page shows the figures as they are now."""
        super().showEvent(event)
        if self.range is not None:
            self.refresh()

    # -- what stands behind a figure ----------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and watched in self._tile_keys:
            self.drill(TILE_FIGURES[self._tile_keys[watched]], self._tile_keys[watched])
            return True
        return super().eventFilter(watched, event)

    def _open_waiting(self, figure: str) -> None:
        card = self.now_card
        if card.figures is None:
            return
        after, until = waiting.group_bounds(figure, card.figures.as_of)
        named = after is not None or until is not None
        self.openWaiting.emit(after, until, card.names[figure].text() if named else "")

    def drill(self, figure: str, tile: str | None = None) -> InquiriesDialog | None:
        """List the inquiries behind ``figure`` of the period shown."""
        if self.range is None:
            return None
        kind, _, value = figure.partition(":")
        titles = {"missed_24h": self.tr("Inquiries not responded within 24 hours"),
                  "missed_3min": self.tr("Inquiries without a person's reply within 3 minutes"),
                  "bot_handled": self.tr("Inquiries handled by auto-reply"),
                  "unanswered": self.tr("Inquiries still waiting"),
                  "inquiries": self.tr("Inquiries"),
                  "hour": self.tr("Inquiries begun at {0}:00").format(value.zfill(2)),
                  "day": self.tr("Inquiries of {0}").format(value),
                  "channel": self.tr("Inquiries on {0}").format(formatting.channel_name(value)),
                  "agent": self.tr("Inquiries {0} answered first").format(value),
                  "frt": self.tr("Inquiries by first response time")}
        dialog = InquiriesDialog(self.context, *self.range, figure,
                                 titles.get(kind, self._tile_name(tile or "inquiries")), self)
        dialog.openConversation.connect(self.openConversation)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog


def _framed(widget: QWidget) -> QWidget:
    box = QWidget()
    box.setObjectName("card")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.addWidget(widget)
    return box


def _table(columns: int) -> QTableWidget:
    table = read_only_table(columns)
    # the name as wide as it needs, the figures sharing the rest
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(120)
    table.setToolTip(QCoreApplication.translate(
        "Dashboard", "Double-click a row to list its inquiries"))
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if col:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, col, item)
    for col in range(table.columnCount()):  # headers over their figures
        if (item := table.horizontalHeaderItem(col)) is not None:
            item.setTextAlignment((Qt.AlignmentFlag.AlignRight if col else
                                   Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
    rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(table.horizontalHeader().height() + max(rows_height, 60) + 4)


def _change(key: str, now: float | None, before: float | None) -> str:
    """A small “▲ 2.1 pts” after a tile's value (points for rates, plain for counts)."""
    if now is None or before is None:
        return ""
    delta = now - before
    if abs(delta) < 1e-9:
        return "  <span style='font-size:13px; color:#86909c'>＝</span>"
    arrow = "▲" if delta > 0 else "▼"
    if key.endswith("_rate") or key in ("response_rate_24h", "csat", "bot_handled_share"):
        text = QCoreApplication.translate("Dashboard", "{0:.1f} pts").format(abs(delta) * 100)
    elif key.endswith("_s"):
        text = formatting.duration(abs(delta))
    else:
        text = f"{abs(delta):,.0f}"
    return f"  <span style='font-size:13px; color:#86909c'>{arrow} {text}</span>"


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def _time(seconds: float | None) -> str:
    return "—" if seconds is None else formatting.duration(seconds)
