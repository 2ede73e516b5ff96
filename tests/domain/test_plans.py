"""Job plans: parsing, DST days neither skipped nor doubled, catch-up, backup rotation."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from desktop.domain.plans import Catchup, Plan, PlanError, missed, next_planned, planned_between
from desktop.domain.rotation import keep

LA, SH = ZoneInfo("America/Los_Angeles"), ZoneInfo("Asia/Shanghai")


def ms(zone, *args):
    return int(datetime(*args, tzinfo=zone).timestamp() * 1000)


def local(zone, t):
    return datetime.fromtimestamp(t / 1000, zone).strftime("%m-%d %H:%M")


@pytest.mark.parametrize("text", ["daily 08:00", "weekly mon 09:30", "every 60s", "every 5m"])
def test_plans_read_back_as_written(text):
    assert Plan.parse(text).text() in (text, "every 300s")


@pytest.mark.parametrize("text", ["", "daily 25:00", "hourly", "every 1s", "weekly xyz 09:00"])
def test_bad_plans_are_refused_with_an_example(text):
    with pytest.raises(PlanError, match=r"e\.g\." if text != "every 1s" else "10 seconds"):
        Plan.parse(text)


def test_a_run_in_the_spring_gap_happens_once_just_after_it():
    runs = planned_between(Plan.parse("daily 02:30"), LA, ms(LA, 2026, 3, 7), ms(LA, 2026, 3, 10))
    assert [local(LA, t) for t in runs] == ["03-07 02:30", "03-08 03:00", "03-09 02:30"]


def test_a_repeated_hour_in_autumn_runs_once():
    runs = planned_between(Plan.parse("daily 01:30"), LA, ms(LA, 2026, 10, 31),
                           ms(LA, 2026, 11, 3))
    assert [local(LA, t) for t in runs] == ["10-31 01:30", "11-01 01:30", "11-02 01:30"]
    assert runs[2] - runs[1] == 25 * 3_600_000  # the day with the repeated hour is 25 h long


def test_missed_runs_each_or_once():
    plan = Plan.parse("daily 08:00")
    since, now = ms(SH, 2026, 11, 20, 9), ms(SH, 2026, 11, 23, 10)
    assert [local(SH, t) for t in missed(plan, SH, Catchup.EACH, since, now)] == \
        ["11-21 08:00", "11-22 08:00", "11-23 08:00"]
    assert [local(SH, t) for t in missed(plan, SH, Catchup.ONCE, since, now)] == ["11-23 08:00"]
    every = Plan.parse("every 60s")
    assert len(missed(every, SH, Catchup.EACH, since, now)) == 1  # intervals never pile up
    assert next_planned(plan, SH, now) == ms(SH, 2026, 11, 24, 8)


def test_weekly_plans_run_on_their_day():
    runs = planned_between(Plan.parse("weekly mon 09:00"), SH, ms(SH, 2026, 11, 1),
                           ms(SH, 2026, 12, 1))
    assert [local(SH, t) for t in runs] == ["11-02 09:00", "11-09 09:00", "11-16 09:00",
                                            "11-23 09:00", "11-30 09:00"]


def test_rotation_keeps_days_weeks_and_months():
    start = datetime(2025, 1, 1, 2, tzinfo=SH)
    backups = [(f"b{n}", int((start + timedelta(days=n)).timestamp() * 1000)) for n in range(400)]
    kept = keep(backups, SH)
    newest = [f"b{n}" for n in range(393, 400)]  # the last 7 days
    assert set(newest) <= kept
    assert len(kept) <= 7 + 4 + 12
    months = {datetime.fromtimestamp(t / 1000, SH).strftime("%Y-%m") for name, t in backups
              if name in kept}
    assert len(months) == 12
    assert keep([], SH) == set()
