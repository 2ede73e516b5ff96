"""The Schedule page: paint or type the week, bad input refused, holidays, holiday mode."""

from __future__ import annotations

import pytest

from PySide6.QtCore import Qt

from desktop.services import schedule, shop
from desktop.services.session import open_shop


def _page(window):
    window.show_page("schedule")
    return window.schedule_page


def test_typing_hours_updates_the_grid_and_saves(window, demo_path):
    page = _page(window)
    page.day_edits[6].setText("closed")
    page.day_edits[0].setText("09:00-12:00,13:30-18:00")
    page._text_to_grid()
    assert page.grid.intervals(0) == [(540, 720), (810, 1080)]
    assert page.grid.intervals(6) == []
    page._save_week()
    window.context.db.wait_idle()
    saved = shop.get(open_shop(demo_path, readonly=True), "schedule.week")
    assert saved["mon"] == "09:00-12:00,13:30-18:00" and saved["sun"] == "closed"


def test_a_day_off_reads_and_types_as_休息_in_chinese(window, demo_path):
    page = _page(window)
    window.set_language("zh_CN")
    try:
        page.day_edits[5].setText("休息")
        page._save_week()
        window.context.db.wait_idle()
        saved = shop.get(open_shop(demo_path, readonly=True), "schedule.week")
        assert saved["sat"] == "closed"  # the store keeps the code
        assert page.day_edits[5].text() == "休息"  # shown again in the user's words
    finally:
        window.set_language("en")


def test_painting_the_grid_writes_the_times(window, qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    page = _page(window)
    grid = page.grid
    grid.set_specs({d: [] for d in range(7)})

    def send(kind, cell, buttons):
        pos = QPointF(grid._cell_rect(2, cell).center())
        event = QMouseEvent(kind, pos, grid.mapToGlobal(pos), Qt.MouseButton.LeftButton,
                            buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(grid, event)

    send(QEvent.Type.MouseButtonPress, 20, Qt.MouseButton.LeftButton)
    for cell in (21, 22, 23):
        send(QEvent.Type.MouseMove, cell, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, 23, Qt.MouseButton.NoButton)
    assert page.day_edits[2].text() == "10:00-12:00"


def test_overlapping_hours_are_refused_and_nothing_changes(window, demo_path):
    page = _page(window)
    before = shop.get(open_shop(demo_path, readonly=True), "schedule.week")
    page.day_edits[1].setText("09:00-12:00,11:00-13:00")
    page._save_week()
    window.context.db.wait_idle()
    assert "overlaps" in page.week_msg.text()
    assert shop.get(open_shop(demo_path, readonly=True), "schedule.week") == before


def test_holiday_mode_and_the_status_bar(window, demo_path):
    page = _page(window)
    page.mode_on.setChecked(True)
    page.mode_reply.setText("春节放假")
    page._save_mode()
    window.context.db.wait_idle()
    window.context.db.wait_idle()
    assert schedule.status(open_shop(demo_path, readonly=True)).state == "holiday_mode"
    assert "Holiday mode" in window.status.hours.text()
    page.mode_on.setChecked(False)
    page._save_mode()
    window.context.db.wait_idle()


def test_holiday_mode_is_on_now_or_planned_never_both(window):
    page = _page(window)
    page.mode_on.setChecked(True)
    assert not page.mode_from.isEnabled()  # dates only matter for a plan
    page.mode_planned.setChecked(True)
    assert not page.mode_on.isChecked() and page.mode_from.isEnabled()
    page.mode_on.setChecked(True)
    assert not page.mode_planned.isChecked() and not page.mode_to.isEnabled()
    page.mode_on.setChecked(False)


def test_a_public_holiday_can_be_worked_from_the_list(window, demo_path):
    page = _page(window)
    row = next(r for r in range(page.table.rowCount())
               if page.table.item(r, 3).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    page.table.item(row, 3).setCheckState(Qt.CheckState.Checked)
    window.context.db.wait_idle()
    switches = shop.get(open_shop(demo_path, readonly=True), "schedule.holiday_switches")
    assert list(switches.values()) == ["open"]


HOLIDAY_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//CN\r\n"
    "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270209\r\n"
    "SUMMARY:春节 休\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=Asia/Shanghai:20270214T090000\r\n"
    "DTEND;TZID=Asia/Shanghai:20270214T180000\r\nSUMMARY:补班\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20200101\r\nSUMMARY:元旦\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n")


def test_importing_a_calendar_says_what_was_read_in_both_languages(window, demo_path, qtbot,
                                                                   tmp_path, monkeypatch):
    from desktop.ui import schedule_page

    page = _page(window)
    good = tmp_path / "holidays.ics"
    good.write_text(HOLIDAY_CALENDAR, encoding="utf-8")
    bad = tmp_path / "bad.ics"
    bad.write_text(HOLIDAY_CALENDAR.replace("20270206", "20271306"), encoding="utf-8")
    chosen = [str(good)]
    monkeypatch.setattr(schedule_page.QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (chosen[0], "")))
    qtbot.mouseClick(page.import_ics, Qt.MouseButton.LeftButton)
    window.context.db.wait_idle()
    assert page.ics_msg.text() == (
        "Read 3 event(s): 3 day(s) closed, 0 time(s) closed for some hours, 1 make-up working "
        "day(s) recognised and kept open. Skipped 1: 1 already over.")
    store = open_shop(demo_path, readonly=True)
    assert schedule.status(store, schedule.instant(store, "2027-02-07T12:00")).state == \
        "closed_day"
    assert schedule.status(store, schedule.instant(store, "2027-02-14T12:00")).open
    window.set_language("zh_CN")
    try:
        qtbot.mouseClick(page.import_ics, Qt.MouseButton.LeftButton)
        window.context.db.wait_idle()
        assert page.ics_msg.text() == ("读取 3 个事件：休息 3 天，0 段时间暂停营业，"
                                       "识别出 1 个调休上班日（照常营业）。"
                                       "跳过 1 个：1 个已经过去。")
        chosen[0] = str(bad)
        qtbot.mouseClick(page.import_ics, Qt.MouseButton.LeftButton)
        window.context.db.wait_idle()
        assert page.ics_msg.text() == \
            "日历第 6 行的日期或重复规则无法识别（DTSTART:20271306），未做任何更改。"
    finally:
        window.set_language("en")


@pytest.mark.parametrize(("language", "said"), [("zh_CN", "休息中：非工作时间 · 明天上午9点开门"),
                                                ("en", "Closed: outside working hours · opens "
                                                       "tomorrow 9:00")])
def test_the_next_opening_is_said_as_people_say_it(qapp, language, said):
    """Not “12-06 09:00”: the status bar and the schedule page say when the shop opens the
    way people do."""
    from datetime import datetime, timedelta
    from zoneinfo import ZoneInfo

    from desktop.services.schedule import HoursStatus
    from desktop.ui import i18n
    from desktop.ui.schedule_page import describe

    zone = ZoneInfo("Asia/Shanghai")
    tomorrow = (datetime.now(zone) + timedelta(days=1)).replace(hour=9, minute=0, second=0,
                                                                  microsecond=0)
    i18n.install(language)
    try:
        text = describe(HoursStatus(False, "off_hours", "outside working hours",
                                    tomorrow.isoformat(), []))
    finally:
        i18n.install("en")
    assert text == said
