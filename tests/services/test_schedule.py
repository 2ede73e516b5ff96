"""The shop's hours through the service: defaults, China's calendar, holiday mode, .ics, shifts."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.ics import IcsError
from desktop.services import schedule
from desktop.services.errors import UserError

SH = ZoneInfo("Asia/Shanghai")


def at(*args: int) -> int:
    return int(datetime(*args, tzinfo=SH).timestamp() * 1000)


def test_a_new_shop_opens_nine_to_ten_every_day_in_shanghai(store):
    assert schedule.status(store, at(2026, 11, 23, 9, 0)).open
    late = schedule.status(store, at(2026, 11, 23, 22, 30))
    assert (late.open, late.state, late.next_change) == (False, "off_hours",
                                                        "2026-11-24T09:00:00+08:00")


@pytest.mark.parametrize("day", [date(2025, 1, 26), date(2025, 2, 8)])
def test_china_2025_make_up_working_days_use_weekday_hours(store, day):
    schedule.set_hours(store, ["mon-fri 09:00-18:00", "sat-sun closed"])
    status = schedule.status(store, at(day.year, day.month, day.day, 10))
    assert status.open and status.reason == "make-up working day"


@pytest.mark.parametrize("day", range(1, 9))
def test_china_2025_national_day_week_is_closed(store, day):
    status = schedule.status(store, at(2025, 10, day, 12))
    assert status.state == "public_holiday" and status.reason


def test_2026_is_known_too(store):
    rows = {r.day: r for r in schedule.holiday_list(store, 2026)}
    assert rows[date(2026, 1, 1)].kind == "holiday"
    assert rows[date(2026, 1, 4)].kind == "workday"


def test_a_holiday_can_be_worked(store):
    schedule.switch_holiday(store, date(2025, 10, 3), True)
    assert schedule.status(store, at(2025, 10, 3, 12)).open
    assert next(r for r in schedule.holiday_list(store, 2025) if r.day == date(2025, 10, 3)).open


def test_the_owner_corrects_a_year_the_data_does_not_know(store):
    schedule.correct_year(store, 2027, {"2027-02-08": "春节（店铺自定）"}, ["2027-02-20"])
    assert schedule.status(store, at(2027, 2, 8, 12)).reason == "春节（店铺自定）"
    with pytest.raises(UserError):
        schedule.correct_year(store, 2027, {"2028-01-01": "x"}, [])


def test_holiday_mode_now_and_planned(store):
    schedule.set_holiday_mode(store, True, reply="店铺休假中")
    status = schedule.status(store)
    assert (status.state, status.reason, status.next_change) == ("holiday_mode", "店铺休假中",
                                                                None)
    schedule.set_holiday_mode(store, False)
    assert schedule.status(store, at(2026, 11, 23, 10)).open
    schedule.set_holiday_mode(store, True, "2026-02-14T00:00:00", "2026-02-24T00:00:00")
    assert schedule.status(store, at(2026, 2, 20, 10)).state == "holiday_mode"
    assert schedule.holiday_mode_changes(store, at(2026, 2, 13), at(2026, 2, 15)) == \
        [(at(2026, 2, 14), "starts")]


@pytest.mark.parametrize("call,message", [
    (lambda s: schedule.set_hours(s, ["mon 09:00-12:00,11:00-13:00"]), "overlaps"),
    (lambda s: schedule.set_hours(s, ["tue 18:00-18:00"]), "ends when it starts"),
    (lambda s: schedule.set_hours(s, [], timezone="Mars/Olympus"), "unknown time zone"),
    (lambda s: schedule.set_holiday_mode(s, True, "2026-02-14T00:00:00",
                                         "2026-02-10T00:00:00"), "ends before it starts"),
    (lambda s: schedule.set_hours(s, [], country="XX"), "no public-holiday data"),
])
def test_bad_input_leaves_the_saved_schedule_unchanged(store, call, message):
    before = schedule.current(store).week
    with pytest.raises(Exception, match=message):
        call(store)
    assert schedule.current(store).week == before


def test_days_from_an_ics_file_are_closed(store, tmp_path):
    path = tmp_path / "shop.ics"
    path.write_text("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261111\r\n"
                    "DTEND;VALUE=DATE:20261113\r\nSUMMARY:年中盘点\\, 暂停发货\r\nEND:VEVENT\r\n"
                    "END:VCALENDAR\r\n", encoding="utf-8")
    assert schedule.import_ics(store, path).closed_days == 2
    status = schedule.status(store, at(2026, 11, 12, 10))
    assert (status.state, status.reason) == ("closed_day", "年中盘点, 暂停发货")
    bad = tmp_path / "bad.ics"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(IcsError, match="not an iCalendar"):
        schedule.import_ics(store, bad)


def test_shifts_and_who_is_on_now(store):
    schedule.set_shift(store, "小李", ["daily 08:00-17:00"])
    schedule.set_shift(store, "Amy", ["daily 17:00-24:00"])
    assert schedule.status(store, at(2026, 11, 23, 9)).on_shift == ["小李"]
    assert schedule.status(store, at(2026, 11, 23, 20)).on_shift == ["Amy"]


def test_a_reminder_the_day_before_holiday_mode(store):
    schedule.set_holiday_mode(store, True, "2026-02-14T00:00:00", "2026-02-24T00:00:00")
    assert schedule.notices(store, at(2026, 2, 13, 9)) == ["holiday_mode_starts"]
    assert schedule.notices(store, at(2026, 2, 10, 9)) == []
    assert schedule.notices(store, at(2026, 2, 23, 9)) == ["holiday_mode_ends"]


def test_own_closed_days_and_extra_open_days(store):
    schedule.set_hours(store, ["sun closed"])
    schedule.set_open_day(store, date(2026, 11, 29), True)  # a Sunday before a sale
    assert schedule.status(store, at(2026, 11, 29, 10)).open
    schedule.set_closed_day(store, date(2026, 11, 30), "盘点")
    closed = schedule.status(store, at(2026, 11, 30, 10))
    assert (closed.state, closed.reason) == ("closed_day", "盘点")
    schedule.set_closed_day(store, date(2026, 11, 30), None)
    assert schedule.status(store, at(2026, 11, 30, 10)).open
