"""Business time, exhaustively: midnight, 24:00, 调休, DST, and the properties that tie it up."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.hours import (
    HOUR_MS,
    Calendar,
    HolidayMode,
    HoursError,
    Interval,
    OpenTime,
    Schedule,
    State,
    apply_specs,
    business_ms,
    deadline,
    next_change,
    next_closing,
    next_opening,
    on_shift,
    parse_days,
    parse_intervals,
    status_at,
)

SH = ZoneInfo("Asia/Shanghai")
LA = ZoneInfo("America/Los_Angeles")
LONDON = ZoneInfo("Europe/London")
DAILY = {d: (Interval(9 * 60, 22 * 60),) for d in range(7)}


def ms(zone: ZoneInfo, *args: int) -> int:
    return int(datetime(*args, tzinfo=zone).timestamp() * 1000)


def test_the_default_shop_is_open_nine_to_ten():
    shop = Schedule(SH, DAILY)
    assert status_at(shop, ms(SH, 2025, 11, 3, 10, 0)).state is State.OPEN
    assert status_at(shop, ms(SH, 2025, 11, 3, 22, 0)).state is State.OFF_HOURS
    assert next_change(shop, ms(SH, 2025, 11, 3, 10, 0)) == ms(SH, 2025, 11, 3, 22, 0)
    assert next_opening(shop, ms(SH, 2025, 11, 3, 23, 0)) == ms(SH, 2025, 11, 4, 9, 0)
    assert next_closing(shop, ms(SH, 2025, 11, 3, 8, 0)) == ms(SH, 2025, 11, 3, 22, 0)


def test_an_interval_across_midnight_belongs_to_the_day_it_starts():
    week = apply_specs({}, ["mon 17:00-01:00"])
    shop = Schedule(SH, week)
    assert status_at(shop, ms(SH, 2025, 11, 4, 0, 30)).open  # Tuesday 00:30
    assert not status_at(shop, ms(SH, 2025, 11, 4, 1, 0)).open
    assert business_ms(shop, ms(SH, 2025, 11, 3), ms(SH, 2025, 11, 5)) == 8 * HOUR_MS


def test_a_day_can_end_at_24_00():
    shop = Schedule(SH, apply_specs({}, ["daily 18:00-24:00"]))
    assert status_at(shop, ms(SH, 2025, 11, 3, 23, 59)).open
    assert not status_at(shop, ms(SH, 2025, 11, 4, 0, 0)).open
    assert next_change(shop, ms(SH, 2025, 11, 3, 20, 0)) == ms(SH, 2025, 11, 4, 0, 0)


def test_adjacent_intervals_across_midnight_are_one_open_span():
    shop = Schedule(SH, apply_specs({}, ["daily 00:00-24:00"]))
    assert next_change(shop, ms(SH, 2025, 11, 3, 12)) is None
    assert business_ms(shop, ms(SH, 2025, 11, 3), ms(SH, 2025, 11, 10)) == 7 * 24 * HOUR_MS


CN_2025 = Calendar(
    holidays={date(2025, 10, d): "国庆节" for d in range(1, 9)} | {date(2025, 1, 28): "春节"},
    workdays=frozenset({date(2025, 1, 26), date(2025, 2, 8), date(2025, 9, 28),
                        date(2025, 10, 11)}))


def test_china_2025_make_up_working_days_and_national_day():
    week = apply_specs({}, ["mon-fri 09:00-18:00", "sat-sun closed"])
    shop = Schedule(SH, week, CN_2025)
    assert status_at(shop, ms(SH, 2025, 1, 26, 10)).open  # Sunday, 调休 working day
    assert status_at(shop, ms(SH, 2025, 2, 8, 10)).open  # Saturday, 调休 working day
    holiday = status_at(shop, ms(SH, 2025, 10, 3, 10))
    assert holiday.state is State.PUBLIC_HOLIDAY and holiday.reason == "国庆节"
    # the holiday ends at midnight (then it is simply before opening time)
    assert next_change(shop, ms(SH, 2025, 10, 1, 10)) == ms(SH, 2025, 10, 9, 0)
    assert next_opening(shop, ms(SH, 2025, 10, 1, 10)) == ms(SH, 2025, 10, 9, 9)
    assert business_ms(shop, ms(SH, 2025, 10, 1), ms(SH, 2025, 10, 9)) == 0


def test_the_owner_can_work_a_holiday_or_close_a_day():
    cal = Calendar(holidays={date(2025, 10, 1): "国庆节"}, open_holidays=frozenset(
        {date(2025, 10, 1)}), closed_days={date(2025, 11, 11): "盘点"})
    shop = Schedule(SH, DAILY, cal)
    assert status_at(shop, ms(SH, 2025, 10, 1, 10)).open
    closed = status_at(shop, ms(SH, 2025, 11, 11, 10))
    assert (closed.state, closed.reason) == (State.CLOSED_DAY, "盘点")


def test_holiday_mode_closes_everything_and_is_not_working_time():
    start, end = ms(SH, 2026, 2, 14), ms(SH, 2026, 2, 24)
    shop = Schedule(SH, DAILY, holiday_mode=HolidayMode(start=start, end=end, reply="春节放假"))
    during = status_at(shop, ms(SH, 2026, 2, 15, 10))
    assert (during.state, during.reason) == (State.HOLIDAY_MODE, "春节放假")
    assert business_ms(shop, start, end) == 0
    assert next_change(shop, ms(SH, 2026, 2, 15, 10)) == end  # then: before opening time
    assert next_opening(shop, ms(SH, 2026, 2, 15, 10)) == end + 9 * HOUR_MS
    assert status_at(Schedule(SH, DAILY, holiday_mode=HolidayMode(on=True)),
                     ms(SH, 2026, 3, 1, 10)).state is State.HOLIDAY_MODE


def test_dst_spring_forward_in_los_angeles():
    shop = Schedule(LA, apply_specs({}, ["daily 00:00-24:00"]))
    day = business_ms(shop, ms(LA, 2025, 3, 9), ms(LA, 2025, 3, 10))
    assert day == 23 * HOUR_MS
    shop = Schedule(LA, apply_specs({}, ["daily 01:00-04:00"]))
    assert business_ms(shop, ms(LA, 2025, 3, 9), ms(LA, 2025, 3, 10)) == 2 * HOUR_MS
    assert deadline(shop, ms(LA, 2025, 3, 9, 1), 2) == ms(LA, 2025, 3, 9, 4)


def test_dst_fall_back_in_london():
    shop = Schedule(LONDON, apply_specs({}, ["daily 00:00-24:00"]))
    assert business_ms(shop, ms(LONDON, 2025, 10, 26), ms(LONDON, 2025, 10, 27)) == 25 * HOUR_MS


NEW_YORK = ZoneInfo("America/New_York")


def test_hours_inside_the_skipped_hour_open_for_the_time_that_exists():
    # 2026-03-08: New York's clocks go from 02:00 to 03:00
    spans = {}
    for spec in ("daily 02:30-03:30", "daily 02:30-05:00", "daily 02:00-02:45"):
        shop = Schedule(NEW_YORK, apply_specs({}, [spec]))
        spans[spec] = business_ms(shop, ms(NEW_YORK, 2026, 3, 8), ms(NEW_YORK, 2026, 3, 9))
    assert spans == {"daily 02:30-03:30": HOUR_MS // 2, "daily 02:30-05:00": 2 * HOUR_MS,
                     "daily 02:00-02:45": 0}
    shop = Schedule(NEW_YORK, apply_specs({}, ["daily 02:30-03:30"]))
    assert status_at(shop, ms(NEW_YORK, 2026, 3, 8, 3, 10)).open
    assert next_opening(shop, ms(NEW_YORK, 2026, 3, 8, 1)) == ms(NEW_YORK, 2026, 3, 8, 3)
    assert next_closing(shop, ms(NEW_YORK, 2026, 3, 8, 1)) == ms(NEW_YORK, 2026, 3, 8, 3, 30)


def test_the_repeated_autumn_hour_is_counted_once():
    # 2026-11-01: New York's clocks go from 02:00 back to 01:00; 01:00-01:59 comes twice
    shop = Schedule(NEW_YORK, apply_specs({}, ["daily 00:30-01:30"]))
    day = ms(NEW_YORK, 2026, 11, 1)
    assert business_ms(shop, day, day + 25 * HOUR_MS) == HOUR_MS
    first = datetime(2026, 11, 1, 1, 15, tzinfo=NEW_YORK)
    second = first.replace(fold=1)
    assert status_at(shop, int(first.timestamp() * 1000)).open
    assert not status_at(shop, int(second.timestamp() * 1000)).open
    # an evening shift across the change is open all of the real time it lasts
    overnight = Schedule(NEW_YORK, apply_specs({}, ["daily 22:00-02:00"]))
    start = ms(NEW_YORK, 2026, 10, 31, 22)
    assert business_ms(overnight, start, start + 6 * HOUR_MS) == 5 * HOUR_MS


def test_a_deadline_skips_closed_time():
    shop = Schedule(SH, DAILY)
    assert deadline(shop, ms(SH, 2025, 11, 3, 21), 2) == ms(SH, 2025, 11, 4, 10)


def test_across_the_year_end():
    shop = Schedule(SH, DAILY, Calendar(holidays={date(2026, 1, 1): "元旦"}))
    assert next_change(shop, ms(SH, 2025, 12, 31, 10)) == ms(SH, 2025, 12, 31, 22)
    assert next_opening(shop, ms(SH, 2025, 12, 31, 23)) == ms(SH, 2026, 1, 2, 9)


def test_shifts_including_one_past_midnight():
    shifts = {"小李": apply_specs({}, ["daily 08:00-17:00"]),
              "Amy": apply_specs({}, ["daily 17:00-01:00"])}
    assert on_shift(shifts, SH, ms(SH, 2025, 11, 3, 9)) == ["小李"]
    assert on_shift(shifts, SH, ms(SH, 2025, 11, 3, 17)) == ["Amy"]
    assert on_shift(shifts, SH, ms(SH, 2025, 11, 4, 0, 30)) == ["Amy"]
    assert on_shift(shifts, SH, ms(SH, 2025, 11, 4, 3)) == []


@pytest.mark.parametrize("specs,message", [
    (["mon 09:00-12:00,11:00-13:00"], "overlaps"),
    (["mon 09:00-09:00"], "ends when it starts"),
    (["mon 25:00-26:00"], "not a time of day"),
    (["mon 9am-5pm"], "not a time like"),
    (["funday 09:00-10:00"], "not a day"),
    (["mon 20:00-10:00", "tue 09:00-18:00"], "overlap"),
    (["mon"], "needs days and hours"),
])
def test_bad_schedules_are_refused_with_a_reason(specs, message):
    with pytest.raises(HoursError, match=message):
        apply_specs(DAILY, specs)


def test_days_not_named_keep_their_hours():
    week = apply_specs(DAILY, ["mon-fri 09:00-12:00,13:30-18:00", "sun closed"])
    assert week[0] == parse_intervals("09:00-12:00,13:30-18:00")
    assert week[5] == DAILY[5] and week[6] == ()


# --- properties ------------------------------------------------------------------------------

@st.composite
def schedules(draw):
    week = {}
    for day in range(7):
        cuts = sorted(draw(st.sets(st.integers(0, 47), max_size=4)))
        intervals = [Interval(a * 30, b * 30) for a, b in zip(cuts[::2], cuts[1::2])]
        week[day] = tuple(intervals)
    zone = draw(st.sampled_from([SH, LA, LONDON]))
    holidays = {date(2025, 1, 1) + timedelta(days=d): "h"
                for d in draw(st.sets(st.integers(0, 500), max_size=6))}
    return Schedule(zone, week, Calendar(holidays=holidays))


instants = st.integers(ms(SH, 2025, 1, 1), ms(SH, 2026, 6, 1))


@settings(max_examples=40, deadline=None)
@given(schedules(), instants, st.floats(0, 1))
def test_state_is_constant_between_reported_changes(schedule, t, fraction):
    change = next_change(schedule, t)
    if change is None:
        return
    inside = t + int((change - t) * fraction)
    if inside < change:
        assert status_at(schedule, inside) == status_at(schedule, t)
    assert status_at(schedule, change) != status_at(schedule, t)


@settings(max_examples=60, deadline=None)
@given(schedules(), instants, st.integers(0, 30 * 24 * HOUR_MS), st.integers(0, 30 * 24 * HOUR_MS))
def test_business_time_is_additive(schedule, a, d1, d2):
    b, c = a + d1, a + d1 + d2
    assert business_ms(schedule, a, b) + business_ms(schedule, b, c) == business_ms(schedule, a, c)


@settings(max_examples=60, deadline=None)
@given(schedules(), instants, st.integers(1, 200))
def test_a_deadline_is_exactly_n_business_hours_away(schedule, t, hours):
    due = deadline(schedule, t, hours)
    if due is None:  # a shop with (almost) no hours
        return
    assert business_ms(schedule, t, due) == hours * HOUR_MS


@settings(max_examples=60, deadline=None)
@given(schedules(), instants, st.lists(st.integers(0, 40 * 24 * HOUR_MS), min_size=2,
                                       max_size=6), st.booleans())
def test_open_time_answers_as_the_plain_queries_do(schedule, a, offsets, holiday_mode):
    if holiday_mode:
        schedule = replace(schedule, holiday_mode=HolidayMode(
            start=a + offsets[0], end=a + offsets[0] + 3 * 24 * HOUR_MS))
    window = OpenTime(schedule, a, a + 30 * 24 * HOUR_MS)  # some instants fall outside it
    points = sorted(a + d for d in offsets)
    for t in points:
        assert window.is_open(t) == status_at(schedule, t).open
    for x, y in pairwise(points):
        assert window.business_ms(x, y) == business_ms(schedule, x, y)


@pytest.mark.parametrize("text,days", [
    ("周一至周五", [0, 1, 2, 3, 4]), ("周六、周日", [5, 6]), ("星期天", [6]),
    ("每天", list(range(7))), ("周五-周一", [4, 5, 6, 0]), ("mon-fri", [0, 1, 2, 3, 4]),
    ("礼拜六，sun", [5, 6]),
])
def test_days_are_read_as_a_chinese_shop_writes_them(text, days):
    assert parse_days(text) == days


def test_an_unknown_day_is_refused_with_both_spellings_in_the_message():
    with pytest.raises(HoursError, match="周一 … 周日"):
        parse_days("周八")
