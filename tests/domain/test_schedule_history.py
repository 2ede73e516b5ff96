"""The schedule as it was: each instant judged by the schedule in force then."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from desktop.domain.hours import HOUR_MS, HolidayMode, Schedule, apply_specs, business_ms
from desktop.domain.schedule_history import OpenTimeline, schedule_as_of

SH = ZoneInfo("Asia/Shanghai")


def ms(*args: int) -> int:
    return int(datetime(*args, tzinfo=SH).timestamp() * 1000)


NINE_TO_SIX = Schedule(SH, apply_specs({}, ["daily 09:00-18:00"]))
NINE_TO_TEN = Schedule(SH, apply_specs({}, ["daily 09:00-22:00"]))
ON_HOLIDAY = Schedule(SH, NINE_TO_TEN.week, holiday_mode=HolidayMode(on=True))


def test_the_schedule_in_force_at_an_instant():
    history = [(0, NINE_TO_TEN), (ms(2026, 11, 20), NINE_TO_SIX), (ms(2026, 11, 25), ON_HOLIDAY)]
    assert schedule_as_of(history, ms(2026, 11, 19, 20)) is NINE_TO_TEN
    assert schedule_as_of(history, ms(2026, 11, 20)) is NINE_TO_SIX
    assert schedule_as_of(history, ms(2026, 12, 1)) is ON_HOLIDAY
    # the first schedule stands for the time before it too
    assert schedule_as_of([(ms(2026, 1, 1), NINE_TO_SIX)], 0) is NINE_TO_SIX


def test_open_time_over_a_change_of_hours_and_holiday_mode():
    history = [(0, NINE_TO_TEN), (ms(2026, 11, 20, 12), NINE_TO_SIX),
               (ms(2026, 11, 22), ON_HOLIDAY)]
    line = OpenTimeline(history, ms(2026, 11, 19), ms(2026, 11, 24))
    assert line.is_open(ms(2026, 11, 19, 20)) and not line.is_open(ms(2026, 11, 20, 20))
    assert not line.in_holiday_mode(ms(2026, 11, 21, 10))
    assert line.in_holiday_mode(ms(2026, 11, 22, 10)) and not line.is_open(ms(2026, 11, 22, 10))
    # 19th: 13 h; 20th: 09-12 under the old hours, 12-18 under the new; 21st: 9 h; then none
    assert line.business_ms(ms(2026, 11, 19), ms(2026, 11, 24)) == (13 + 3 + 6 + 9) * HOUR_MS
    assert line.business_ms(ms(2026, 11, 21), ms(2026, 11, 22)) == \
        business_ms(NINE_TO_SIX, ms(2026, 11, 21), ms(2026, 11, 22))
