"""Figures keep their past: a period's figures use the hours, holidays and holiday mode in
force then, whatever is changed later; one channel's figures are that channel's only."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from desktop.services import interchange, metrics, schedule, schedule_history
from desktop.store import migrations
from desktop.store import schedule_history as history_store
from desktop.store.db import open_store

SH = ZoneInfo("Asia/Shanghai")
WEEK = (date(2026, 11, 16), date(2026, 11, 22))  # Monday to Sunday
ROOT = Path(__file__).resolve().parents[2]


def at(*args: int) -> int:
    return int(datetime(*args, tzinfo=SH).timestamp() * 1000)


def _line(conv, n, direction, author, when, channel="tiktok"):
    return {"channel": channel, "conversation": conv,
            "customer": {"id": f"u-{conv}", "name": conv}, "id": f"{conv}-{n}",
            "direction": direction, "author": author, "kind": "text", "text": "在吗",
            "sent_at": when}


def _import(store, tmp_path, lines):
    path = tmp_path / "week.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                    encoding="utf-8")
    interchange.import_file(store, path)


LAST_WEEK = [
    # Monday 20:00 (open 09-22): a person answered after 10 minutes
    _line("M", 1, "in", "customer", "2026-11-16T20:00:00+08:00"),
    _line("M", 2, "out", "小李", "2026-11-16T20:10:00+08:00"),
    # Tuesday 10:00: answered in a minute
    _line("T", 1, "in", "customer", "2026-11-17T10:00:00+08:00"),
    _line("T", 2, "out", "小李", "2026-11-17T10:01:00+08:00"),
    # Wednesday 10:00: never answered
    _line("W", 1, "in", "customer", "2026-11-18T10:00:00+08:00"),
]


def test_holiday_mode_switched_on_today_leaves_last_weeks_figures(store, clock, tmp_path):
    clock.now = at(2026, 11, 30, 9)
    _import(store, tmp_path, LAST_WEEK)
    before = metrics.compute(store, *WEEK)
    assert before["response_rate_24h"] == 2 / 3  # M and T answered, W missed
    schedule.set_holiday_mode(store, True, reply="店铺休假中")
    clock.now += 60_000
    assert metrics.compute(store, *WEEK)["response_rate_24h"] == 2 / 3
    # this week's inquiries, while holiday mode is on, do not count
    _import(store, tmp_path, [_line("N", 1, "in", "customer", "2026-11-30T09:00:30+08:00")])
    clock.now = at(2026, 12, 2, 9)
    assert metrics.compute(store, date(2026, 11, 30), date(2026, 11, 30))[
        "response_rate_24h"] is None


def test_changing_mondays_hours_leaves_past_mondays_three_minute_rate(store, clock, tmp_path):
    clock.now = at(2026, 11, 30, 9)
    _import(store, tmp_path, LAST_WEEK)
    # in working hours: M (10 min, late), T (1 min) and W (never): one of three on time
    assert metrics.compute(store, *WEEK)["three_min_rate"] == 1 / 3
    schedule.set_hours(store, ["mon 09:00-18:00"])
    clock.now += 60_000
    assert metrics.compute(store, *WEEK)["three_min_rate"] == 1 / 3
    assert schedule_history.as_of(store, at(2026, 11, 16, 20)).week[0] != \
        schedule.current(store).week[0]


def test_a_planned_holiday_switched_off_later_still_excludes_its_inquiries(store, clock,
                                                                            tmp_path):
    clock.now = at(2026, 11, 10, 9)
    schedule.set_holiday_mode(store, True, "2026-11-18T00:00:00", "2026-11-20T00:00:00",
                              reply="盘点休息")
    clock.now = at(2026, 11, 30, 9)
    _import(store, tmp_path, LAST_WEEK)
    assert metrics.compute(store, *WEEK)["response_rate_24h"] == 1.0  # W was in the holiday
    schedule.set_holiday_mode(store, False)
    clock.now += 60_000
    assert metrics.compute(store, *WEEK)["response_rate_24h"] == 1.0


def test_one_channels_figures_have_only_its_closes_and_ratings(store, clock, tmp_path):
    clock.now = at(2026, 11, 30, 9)
    lines = [_line("T", 1, "in", "customer", "2026-11-18T10:00:00+08:00"),
             _line("T", 2, "out", "小李", "2026-11-18T10:01:00+08:00"),
             {"channel": "tiktok", "conversation": "T", "event": "close", "resolved": False,
              "by": "小李", "at": "2026-11-18T10:05:00+08:00"},
             {"channel": "tiktok", "conversation": "T", "event": "rating", "score": 1,
              "at": "2026-11-18T10:06:00+08:00"},
             _line("E", 1, "in", "customer", "2026-11-18T11:00:00+08:00", channel="email"),
             _line("E", 2, "out", "小李", "2026-11-18T11:01:00+08:00", channel="email"),
             {"channel": "email", "conversation": "E", "event": "close", "resolved": True,
              "by": "小李", "at": "2026-11-18T11:05:00+08:00"},
             {"channel": "email", "conversation": "E", "event": "rating", "score": 5,
              "at": "2026-11-18T11:06:00+08:00"}]
    _import(store, tmp_path, lines)
    mail = metrics.compute(store, *WEEK, channel="email")
    assert (mail["csat_mean"], mail["resolution_rate"]) == (5, 1.0)
    tiktok = metrics.compute(store, *WEEK, channel="tiktok")
    assert (tiktok["csat_mean"], tiktok["resolution_rate"]) == (1, 0.0)
    both = metrics.compute(store, *WEEK)
    assert (both["csat_mean"], both["resolution_rate"]) == (3, 0.5)


def test_the_command_line_keeps_last_weeks_rate_after_holiday_mode_today(tmp_path):
    db = str(tmp_path / "shop.sqlite")
    path = tmp_path / "week.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in LAST_WEEK),
                    encoding="utf-8")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        env = {"PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8",
               "SHOPDESK_NO_KEYCHAIN": "1", "SHOPDESK_HOME": str(tmp_path / "home")}
        return subprocess.run([sys.executable, "-m", "desktop", *args, "--db", db],
                              capture_output=True, text=True, encoding="utf-8", env=env,
                              timeout=120)

    assert run("import", str(path)).returncode == 0
    week = ("metrics", "--from", "2026-11-16", "--to", "2026-11-22", "--json")
    assert json.loads(run(*week).stdout)["response_rate_24h"] == 2 / 3
    assert run("holiday-mode", "on").returncode == 0
    assert json.loads(run(*week).stdout)["response_rate_24h"] == 2 / 3


def test_the_upgrade_keeps_the_settings_as_in_force_since_the_beginning(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    migrations.upgrade(conn, stop_before="m014_schedule_history")
    conn.execute("INSERT INTO settings VALUES ('schedule.week', ?, 1, 'd')",
                 (json.dumps({d: "10:00-18:00" for d in
                              ("mon", "tue", "wed", "thu", "fri", "sat", "sun")}),))
    conn.close()
    store = open_store(path)
    assert [(t, key) for t, key, _ in history_store.changes(store.conn)] == \
        [(0, "schedule.week")]
    assert str(schedule_history.as_of(store, at(2020, 1, 1)).week[0][0]) == "10:00-18:00"
    store.close()


def test_a_new_shops_time_zone_holds_for_the_history_it_imports(store, clock, tmp_path):
    from desktop.services import team

    clock.now = at(2026, 11, 30, 9)
    team.first_run(store, "店", "Europe/Berlin", "老板", "owner")
    _import(store, tmp_path, LAST_WEEK)
    assert str(schedule_history.as_of(store, at(2026, 11, 16, 20)).zone) == "Europe/Berlin"
    schedule.set_hours(store, [], timezone="Asia/Shanghai")  # moving later is dated
    clock.now += 60_000
    assert str(schedule_history.as_of(store, at(2026, 11, 16, 20)).zone) == "Europe/Berlin"
    assert str(schedule_history.as_of(store, clock.now).zone) == "Asia/Shanghai"
