"""The Schedule page: the week (paint it or type it), shifts, holidays, holiday mode."""

from __future__ import annotations

from datetime import date, datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.domain import hours
from desktop.domain.timefmt import spoken_time
from desktop.services import schedule, shop
from desktop.ui import ics_message
from desktop.ui.context import Context
from desktop.ui.layout import ScrollPage, card, two_columns
from desktop.ui.week_grid import WeekGrid


class SchedulePage(ScrollPage):
    changed = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.now = QLabel()
        self.now.setObjectName("facts")
        week_card = self._week_card()
        mode_card = self._mode_card()
        # holidays
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)  # no grey gap on the right
        self.table.setMinimumHeight(260)
        self.table.itemChanged.connect(self._holiday_switched)
        self.import_ics = QPushButton()
        self.import_ics.clicked.connect(self._import_ics)
        self.holidays_title = QLabel()
        self.ics_msg = QLabel()  # what the last calendar import read
        self.ics_msg.setWordWrap(True)
        holidays_card = card(self.holidays_title, self.table, self.import_ics, self.ics_msg)
        # shifts
        self.shift_agent = QLineEdit()
        self.shift_spec = QLineEdit()
        self.save_shift = QPushButton()
        self.save_shift.setObjectName("primary")
        self.save_shift.clicked.connect(self._save_shift)
        self.shifts_view = QLabel()
        self.shifts_view.setWordWrap(True)
        self.handover = QLineEdit()
        self.handover.returnPressed.connect(self._save_handover)
        shift_row = QHBoxLayout()
        shift_row.addWidget(self.shift_agent, 1)
        shift_row.addWidget(self.shift_spec, 2)
        shift_row.addWidget(self.save_shift)
        shift_box = QWidget()
        shift_box.setLayout(shift_row)
        self.shifts_title = QLabel()
        shifts_card = card(self.shifts_title, shift_box, self.shifts_view, self.handover)
        layout = self.page_layout
        layout.addWidget(self.title)
        layout.addWidget(self.now)
        layout.addLayout(two_columns([week_card, shifts_card], [mode_card, holidays_card], (3, 2)))
        self._loading = False
        self.retranslate()

    def _week_card(self) -> QWidget:
        """The week: the grid, each day's hours as text, save."""
        self.grid = WeekGrid()
        self.grid.edited.connect(self._grid_to_text)
        self.day_edits = [QLineEdit() for _ in range(7)]
        self.day_labels = [QLabel() for _ in range(7)]
        exact = QGridLayout()
        for i, (label, edit) in enumerate(zip(self.day_labels, self.day_edits)):
            edit.editingFinished.connect(self._text_to_grid)
            exact.addWidget(label, i // 4, (i % 4) * 2)
            exact.addWidget(edit, i // 4, (i % 4) * 2 + 1)
        exact_box = QWidget()
        exact_box.setLayout(exact)
        self.week_hint = QLabel()
        self.week_hint.setObjectName("hint")
        self.week_hint.setWordWrap(True)
        self.save_week = QPushButton()
        self.save_week.setObjectName("primary")
        self.save_week.clicked.connect(self._save_week)
        self.week_msg = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.save_week)
        row.addWidget(self.week_msg, 1)
        week_buttons = QWidget()
        week_buttons.setLayout(row)
        self.week_title = QLabel()
        return card(self.week_title, self.grid, exact_box, self.week_hint, week_buttons)

    def _mode_card(self) -> QWidget:
        """Holiday mode: on now, or planned between two dates, with its auto-reply."""
        self.mode_on = QCheckBox()
        self.mode_planned = QCheckBox()
        self.mode_from = QDateTimeEdit()
        self.mode_to = QDateTimeEdit()
        # one or the other (or neither: off); the dates only matter for a plan
        self.mode_on.toggled.connect(self._on_now_toggled)
        self.mode_planned.toggled.connect(self._planned_toggled)
        for edit in (self.mode_from, self.mode_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.mode_reply = QLineEdit()
        self.save_mode = QPushButton()
        self.save_mode.setObjectName("primary")
        self.save_mode.clicked.connect(self._save_mode)
        self.mode_msg = QLabel()
        self.mode_msg.setWordWrap(True)
        mode_form = QFormLayout()
        self.mode_labels = [QLabel() for _ in range(3)]
        mode_form.addRow(self.mode_on)
        mode_form.addRow(self.mode_planned)
        mode_form.addRow(self.mode_labels[0], self.mode_from)
        mode_form.addRow(self.mode_labels[1], self.mode_to)
        mode_form.addRow(self.mode_labels[2], self.mode_reply)
        mode_box = QWidget()
        mode_box.setLayout(mode_form)
        self.mode_title = QLabel()
        return card(self.mode_title, mode_box, self.save_mode, self.mode_msg)

    # -- texts --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(self.tr("Schedule"))
        self.week_title.setText(
            self.tr("WORKING HOURS — drag across the grid, or type exact times")
        )
        names = self.day_names()
        self.grid.day_names = names
        for label, name in zip(self.day_labels, names):
            label.setText(name)
        self.week_hint.setText(
            self.tr(
                "Times like 09:00-12:00,13:30-18:00; “closed” for a day off. A range that ends "
                "before it starts runs past midnight (17:00-01:00); 24:00 ends a day."
            )
        )
        self.save_week.setText(self.tr("Save hours"))
        self.mode_title.setText(self.tr("HOLIDAY MODE"))
        self.mode_on.setText(self.tr("On now, until I switch it off"))
        self.mode_planned.setText(self.tr("Planned for these dates"))
        for label, text in zip(
            self.mode_labels, (self.tr("From"), self.tr("To"), self.tr("Reply to customers"))
        ):
            label.setText(text)
        self.save_mode.setText(self.tr("Save holiday mode"))
        self.holidays_title.setText(
            self.tr("PUBLIC HOLIDAYS — the coming 12 months (tick to work the day anyway)")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Holiday"), self.tr("Kind"), self.tr("Open anyway")]
        )
        self.import_ics.setText(self.tr("Close the shop on the days of a calendar (.ics)…"))
        self.shifts_title.setText(self.tr("SHIFTS AND HANDOVER"))
        self.shift_agent.setPlaceholderText(self.tr("Agent, e.g. 小李"))
        self.shift_spec.setPlaceholderText(self.tr("e.g. daily 08:00-17:00"))
        self.save_shift.setText(self.tr("Save shift"))
        self.handover.setPlaceholderText(
            self.tr("Handover note for the next shift (Enter to save)")
        )
        self.load()

    def day_names(self) -> list[str]:
        return [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")]

    # -- loading ------------------------------------------------------------------------------
    def load(self) -> None:
        reader = self.context.reader
        self._loading = True
        specs = shop.get(reader, "schedule.week")
        for i, day in enumerate(hours.DAYS):
            spec = specs.get(day, "closed")
            self.day_edits[i].setText(self._closed() if spec == "closed" else spec)
        self._text_to_grid()
        mode = shop.get(reader, "schedule.holiday_mode") or {}
        self.mode_on.setChecked(bool(mode.get("on")))
        self.mode_planned.setChecked(bool(mode.get("from")))
        self._planned_toggled(self.mode_planned.isChecked())
        now = QDateTime.currentDateTime()
        self.mode_from.setDateTime(
            QDateTime.fromString(mode["from"][:16], "yyyy-MM-ddTHH:mm") if mode.get("from") else now
        )
        self.mode_to.setDateTime(
            QDateTime.fromString(mode["to"][:16], "yyyy-MM-ddTHH:mm")
            if mode.get("to")
            else now.addDays(7)
        )
        self.mode_reply.setText(mode.get("reply", ""))
        rows = schedule.holiday_list(reader)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            kind = self.tr("holiday") if row.kind == "holiday" else self.tr("make-up working day")
            weekday = self.day_names()[row.day.weekday()]
            cells = [f"{row.day.isoformat()} {weekday}", row.name, kind]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
            check = QTableWidgetItem()
            if row.kind == "holiday":
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Checked if row.open else Qt.CheckState.Unchecked)
                check.setData(Qt.ItemDataRole.UserRole, row.day.isoformat())
            else:
                check.setFlags(Qt.ItemFlag.NoItemFlags)
            self.table.setItem(r, 3, check)
        self.table.resizeColumnsToContents()
        shifts = shop.get(reader, "schedule.shifts") or {}
        self.shifts_view.setText(
            "<br>".join(
                f"<b>{name}</b>: "
                + " · ".join(f"{self.day_names()[hours.DAYS.index(d)]} {t}"
                             for d, t in spec.items() if t != "closed")
                for name, spec in shifts.items()
            )
            or self.tr("No shifts yet.")
        )
        note = shop.get(reader, "schedule.handover") or {}
        self.handover.setText(note.get("text", ""))
        self._loading = False
        self.refresh_now()

    def refresh_now(self) -> None:
        self.context.db.run(schedule.status, self._show_now)

    def _show_now(self, status: schedule.HoursStatus) -> None:
        self.now.setText(describe(status))

    # -- editing ------------------------------------------------------------------------------
    def _text_to_grid(self) -> None:
        specs = {}
        for i, edit in enumerate(self.day_edits):
            try:
                specs[i] = [
                    (x.start, x.start + x.length) for x in hours.parse_intervals(edit.text())
                ]
            except hours.HoursError as exc:
                self.week_msg.setText(str(exc))
                return
        self.week_msg.setText("")
        self.grid.set_specs(specs)

    def _grid_to_text(self) -> None:
        for i, edit in enumerate(self.day_edits):
            edit.setText(
                ",".join(
                    f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}"
                    for a, b in self.grid.intervals(i)
                )
                or self._closed()
            )

    def _closed(self) -> str:
        """A day off as the user writes it (休息 / closed); the store keeps ``closed``."""
        return self.tr("closed", "a day without working hours")

    def _save_week(self) -> None:
        specs = {day: self.day_edits[i].text() for i, day in enumerate(hours.DAYS)}

        def failed(message: str) -> None:
            self.week_msg.setText(message)

        self.context.db.run(
            partial(schedule.set_week, week_specs=specs),
            lambda _r: self._saved(self.week_msg),
            failed,
        )

    def _saved(self, label: QLabel) -> None:
        label.setText(self.tr("Saved."))
        self.changed.emit()
        self.load()

    def _on_now_toggled(self, on: bool) -> None:
        if on:
            self.mode_planned.setChecked(False)

    def _planned_toggled(self, planned: bool) -> None:
        if planned:
            self.mode_on.setChecked(False)
        self.mode_from.setEnabled(planned)
        self.mode_to.setEnabled(planned)

    def _save_mode(self) -> None:
        on = self.mode_on.isChecked() or self.mode_planned.isChecked()
        start = end = None
        if self.mode_planned.isChecked() and not self.mode_on.isChecked():
            start = self.mode_from.dateTime().toString("yyyy-MM-ddTHH:mm:00")
            end = self.mode_to.dateTime().toString("yyyy-MM-ddTHH:mm:00")
        self.context.db.run(
            partial(
                schedule.set_holiday_mode, on=on, start=start, end=end, reply=self.mode_reply.text()
            ),
            lambda _r: self._saved(self.mode_msg),
            self.mode_msg.setText,
        )

    def _holiday_switched(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 3 or not item.data(Qt.ItemDataRole.UserRole):
            return
        day = date.fromisoformat(item.data(Qt.ItemDataRole.UserRole))
        self.context.db.run(
            partial(
                schedule.switch_holiday, day=day, open_=item.checkState() == Qt.CheckState.Checked
            ),
            lambda _r: self.changed.emit(),
            self.error.emit,
        )

    def _import_ics(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import days off"), "",
                                              self.tr("iCalendar (*.ics)"))
        if path:
            self.context.db.run(partial(ics_message.import_calendar, path=path),
                                self._ics_read, self.ics_msg.setText)

    def _ics_read(self, result: ics_message.Result) -> None:
        self.ics_msg.setText(ics_message.words(result))
        if not isinstance(result, Exception):
            self.changed.emit()
            self.load()

    def _save_shift(self) -> None:
        agent = self.shift_agent.text().strip()
        if not agent:
            return
        specs = [self.shift_spec.text()] if self.shift_spec.text().strip() else []
        self.context.db.run(
            partial(schedule.set_shift, agent=agent, specs=specs),
            lambda _r: self.load(),
            self.error.emit,
        )

    def _save_handover(self) -> None:
        me = self.context.me.name if self.context.me else ""
        self.context.db.run(
            partial(schedule.handover, text=self.handover.text(), by=me),
            lambda _r: self.handover.setStyleSheet(""),
            self.error.emit,
        )


def describe(status: schedule.HoursStatus) -> str:
    """“Open · changes at 22:00” in the user's language (shared with the status bar)."""
    names = {
        "open": QCoreApplication.translate("Schedule", "Open"),
        "off_hours": QCoreApplication.translate("Schedule", "Closed: outside working hours"),
        "public_holiday": QCoreApplication.translate("Schedule", "Closed: public holiday"),
        "closed_day": QCoreApplication.translate("Schedule", "Closed day"),
        "holiday_mode": QCoreApplication.translate("Schedule", "Holiday mode"),
    }
    text = names.get(status.state, status.state)
    if status.state in ("public_holiday", "closed_day", "holiday_mode") and status.reason:
        text += f" ({status.reason})"
    if status.next_change:
        # the shop's own wall-clock time, as people say it: 明天上午9点 / tomorrow 9:00
        when = datetime.fromisoformat(status.next_change)
        language = str(QCoreApplication.instance().property("shopdesk_language") or "en")
        spoken = spoken_time(when, datetime.now(when.tzinfo), language)
        text += " · " + (QCoreApplication.translate("Schedule", "closes {0}") if status.open
                         else QCoreApplication.translate("Schedule", "opens {0}")).format(spoken)
    return text
