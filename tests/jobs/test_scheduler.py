"""The real APScheduler in the background: catch-up on start, and after the machine slept."""

from __future__ import annotations

import threading
from functools import partial

from desktop.jobs.scheduler import Scheduler
from desktop.services import jobrunner
from desktop.services.session import open_shop
from desktop.store import settings

DAY = 86_400_000


def _shop_off_for_three_days(path):
    store = open_shop(path)
    with store.write() as w:  # the scheduler last ran three days ago
        settings.write_local(w, jobrunner.SINCE_KEY, str(store.clock() - 3 * DAY))
    store.close()


def test_on_start_every_missed_report_and_one_backup_run_off_the_calling_thread(tmp_path):
    path = tmp_path / "shop.sqlite"
    _shop_off_for_three_days(path)
    events, idle, threads = [], threading.Event(), set()

    def notify(event):
        events.append(event)
        threads.add(threading.get_ident())
        if event["kind"] == "idle":
            idle.set()

    scheduler = Scheduler(partial(open_shop, path), notify)
    scheduler.start()
    try:
        assert idle.wait(60)
    finally:
        scheduler.shutdown()
    runs = [(e["job"], e["outcome"]) for e in events if e["kind"] == "outcome"]
    assert runs.count(("daily_report", "ok")) == 3
    assert runs.count(("backup", "ok")) == 1
    assert threading.get_ident() not in threads
    store = open_shop(path)
    assert jobrunner.due(store, "daily_report") == [] and jobrunner.due(store, "backup") == []


def test_a_jump_of_the_clock_is_noticed_and_caught_up(tmp_path):
    path = tmp_path / "shop.sqlite"
    open_shop(path).close()
    now = [1_000.0]
    events = []
    scheduler = Scheduler(partial(open_shop, path), events.append, clock=lambda: now[0])
    scheduler._wake_check()  # awake: checks come 30 s apart
    assert not [e for e in events if e["kind"] == "outcome"]
    now[0] += 8 * 3600  # the laptop slept through the night
    _shop_off_for_three_days(path)
    scheduler._wake_check()
    scheduler.shutdown()
    assert ("daily_report", "ok") in [(e.get("job"), e.get("outcome")) for e in events]
