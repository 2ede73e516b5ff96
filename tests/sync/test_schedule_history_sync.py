"""The dated history of hours and holiday mode travels with team sync, so every desktop
works out the same figures for a past period."""

from __future__ import annotations

from desktop.services import schedule, sync
from desktop.store import schedule_history as history_store
from desktop.store.db import open_store
from desktop.sync import hub
from desktop.sync.client import sync as sync_now
from tests.sync.test_hub import running  # noqa: F401 - the hub fixture


def test_the_schedules_history_reaches_every_desktop(running, tmp_path, monkeypatch):  # noqa: F811
    hub_store, url = running
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-a"))
    a = open_store(tmp_path / "a.sqlite")
    schedule.set_hours(a, ["mon 09:00-18:00"])
    a.conn.execute("DELETE FROM change_log")  # as if written before team sync existed
    sync.join(a, hub.invite(hub_store, "店长", url))
    schedule.set_holiday_mode(a, True, reply="店铺休假中")
    sync_now(a)
    monkeypatch.setenv("SHOPDESK_HOME", str(tmp_path / "home-b"))
    b = open_store(tmp_path / "b.sqlite")
    sync.join(b, hub.invite(hub_store, "小李", url))
    sync_now(b)
    kept = history_store.changes(a.conn)
    assert [key for _, key, _ in kept] == ["schedule.week", "schedule.holiday_mode"]
    assert history_store.changes(b.conn) == kept
