"""Importing a calendar (.ics): all-day events close their days, timed ones only their hours in
the shop's zone, repeats expand, make-up working days stay open, and what was read is said."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.ics import IcsError
from desktop.services import errors, schedule

SH = ZoneInfo("Asia/Shanghai")
ROOT = Path(__file__).resolve().parents[2]


def at(*args: int) -> int:
    return int(datetime(*args, tzinfo=SH).timestamp() * 1000)


def _ics(tmp_path, *events: str, name: str = "cal.ics") -> Path:
    path = tmp_path / name
    body = "".join(f"BEGIN:VEVENT\r\n{e}END:VEVENT\r\n" for e in events)
    path.write_text(f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}"
                    "END:VCALENDAR\r\n", encoding="utf-8")
    return path


@pytest.fixture
def shop(store, clock):
    clock.now = at(2026, 9, 1, 9)
    return store


def test_a_one_hour_meeting_closes_only_its_hour(shop, tmp_path):
    path = _ics(tmp_path, "UID:m1\r\nDTSTART;TZID=Asia/Shanghai:20261001T100000\r\n"
                "DTEND;TZID=Asia/Shanghai:20261001T110000\r\nSUMMARY:会议\r\n")
    path2 = _ics(tmp_path, "UID:m2\r\nDTSTART:20261012T100000\r\nDTEND:20261012T110000\r\n"
                 "SUMMARY:培训\r\n", name="floating.ics")
    read = schedule.import_ics(shop, path)
    schedule.import_ics(shop, path2)
    assert (read.closed_days, read.closed_hours) == (0, 1)
    assert schedule.status(shop, at(2026, 10, 12, 9, 30)).open
    meeting = schedule.status(shop, at(2026, 10, 12, 10, 30))
    assert (meeting.open, meeting.state, meeting.reason) == (False, "closed_day", "培训")
    assert meeting.next_change == "2026-10-12T11:00:00+08:00"
    assert schedule.status(shop, at(2026, 10, 12, 11, 0)).open


def test_utc_times_land_on_the_shops_day(shop, tmp_path):
    # 18:00-19:00 UTC on 10-13 is 02:00-03:00 on 10-14 in Shanghai: nothing on the 13th closes
    schedule.set_hours(shop, ["daily 00:00-24:00"])
    schedule.import_ics(shop, _ics(tmp_path, "UID:u1\r\nDTSTART:20261013T180000Z\r\n"
                                   "DTEND:20261013T190000Z\r\nSUMMARY:维护\r\n"))
    assert schedule.status(shop, at(2026, 10, 13, 18, 30)).open
    assert not schedule.status(shop, at(2026, 10, 14, 2, 30)).open
    assert schedule.status(shop, at(2026, 10, 14, 3, 0)).open


def test_repeating_events_expand(shop, tmp_path):
    read = schedule.import_ics(shop, _ics(
        tmp_path, "UID:r1\r\nDTSTART;VALUE=DATE:20261004\r\nDTEND;VALUE=DATE:20261005\r\n"
        "RRULE:FREQ=WEEKLY;BYDAY=SU;COUNT=4\r\nSUMMARY:周日休息\r\n"))
    assert read.closed_days == 4
    for day in (4, 11, 18, 25):
        assert schedule.status(shop, at(2026, 10, day, 12)).state == "closed_day"
    assert schedule.status(shop, at(2026, 11, 1, 12)).open


def test_make_up_working_days_are_never_closed(shop, tmp_path):
    # a subscribed Chinese holiday calendar: the holiday days, and the make-up working day
    # (补班) listed as an event timed 09:00-18:00, plus one written as an all-day 上班
    read = schedule.import_ics(shop, _ics(
        tmp_path,
        "UID:h1\r\nDTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270214\r\n"
        "SUMMARY:春节 休\r\nTRANSP:TRANSPARENT\r\n",
        "UID:h2\r\nDTSTART;TZID=Asia/Shanghai:20270214T090000\r\n"
        "DTEND;TZID=Asia/Shanghai:20270214T180000\r\nSUMMARY:春节 补班\r\n",
        "UID:h3\r\nDTSTART;VALUE=DATE:20270220\r\nDTEND;VALUE=DATE:20270221\r\n"
        "SUMMARY:上班\r\n",
        "UID:h4\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:元旦\r\n",
        "UID:h5\r\nDTSTART;VALUE=DATE:20261001\r\nSUMMARY:取消了\r\nSTATUS:CANCELLED\r\n"))
    assert (read.closed_days, read.closed_hours, read.workdays) == (8, 0, 2)
    assert read.skipped == {"cancelled": 1, "over": 1}
    assert read.events == 5
    assert schedule.status(shop, at(2027, 2, 10, 12)).state == "closed_day"
    sunday = schedule.status(shop, at(2027, 2, 14, 19))  # a working day: the weekday hours
    assert sunday.open and sunday.state == "open"
    assert schedule.status(shop, at(2027, 2, 20, 12)).open
    assert "2 make-up working day(s) recognised" in read.summary()


def test_events_without_a_start_or_repeating_by_the_minute_are_skipped(shop, tmp_path):
    read = schedule.import_ics(shop, _ics(
        tmp_path, "UID:n1\r\nSUMMARY:没有开始\r\n",
        "UID:n2\r\nDTSTART:20261001T100000\r\nDTEND:20261001T100100\r\n"
        "RRULE:FREQ=MINUTELY\r\nSUMMARY:每分钟\r\n",
        "UID:n3\r\nDTSTART;VALUE=DATE:20261001\r\nRRULE:FREQ=DAILY\r\nSUMMARY:每天\r\n"))
    assert read.skipped == {"no_start": 1, "too_often": 1}
    # every day from its start to two years ahead of today (2026-09-01 + 732 days)
    assert read.closed_days == (date(2028, 9, 2) - date(2026, 10, 1)).days
    assert "1 too often" in read.summary()


def test_a_bad_file_is_reported_with_its_line_and_changes_nothing(shop, tmp_path):
    before = schedule.calendar(shop, [2026])
    path = _ics(tmp_path, "UID:b1\r\nDTSTART;VALUE=DATE:20261001\r\nSUMMARY:好的\r\n",
                "UID:b2\r\nDTSTART;VALUE=DATE:20261301\r\nSUMMARY:十三月\r\n")
    with pytest.raises(IcsError) as caught:
        schedule.import_ics(shop, path)
    assert (caught.value.line, caught.value.problem) == (11, "bad_value")
    assert errors.describe(caught.value) == \
        "line 11: a value that cannot be read: “DTSTART:20261301”"
    assert schedule.calendar(shop, [2026]) == before
    broken = tmp_path / "broken.ics"
    broken.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis is not a property\r\n"
                      "END:VCALENDAR\r\n", encoding="utf-8")
    with pytest.raises(IcsError) as caught:
        schedule.import_ics(shop, broken)
    assert (caught.value.line, caught.value.problem) == (3, "bad_line")


def test_the_command_line_says_what_was_read(tmp_path):
    path = _ics(tmp_path, "UID:c1\r\nDTSTART;VALUE=DATE:20990101\r\nDTEND;VALUE=DATE:20990102\r\n"
                "SUMMARY:远\r\n", "UID:c2\r\nDTSTART;VALUE=DATE:20990101\r\n"
                "DTSTART;VALUE=DATE:20991301\r\nSUMMARY:坏\r\n")
    env = {"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8", "SHOPDESK_NO_KEYCHAIN": "1",
           "SHOPDESK_HOME": str(tmp_path / "home")}
    db = str(tmp_path / "shop.sqlite")
    out = subprocess.run([sys.executable, "-m", "desktop", "holidays", "--import-ics", str(path),
                          "--db", db], capture_output=True, text=True, encoding="utf-8",
                         env=env, timeout=120)
    assert out.returncode == 1 and "line 13" in out.stderr and "Traceback" not in out.stderr
    good = _ics(tmp_path, "UID:c3\r\nDTSTART;VALUE=DATE:20990101\r\nSUMMARY:远\r\n",
                name="good.ics")
    out = subprocess.run([sys.executable, "-m", "desktop", "holidays", "--import-ics", str(good),
                          "--db", db], capture_output=True, text=True, encoding="utf-8",
                         env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "0 day(s) closed" in out.stderr and "1 skipped (1 ahead)" in out.stderr
