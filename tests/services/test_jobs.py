"""Scheduled jobs with a clock moved by hand: catch-up, coalescing, interrupted runs,
reminders raised once, backups rotated, restored and cut short by a real kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.services import actions, backup, demo, interchange, jobrunner, locations, reminders
from desktop.services.errors import UserError
from desktop.store import copies, directory, jobs, settings
from desktop.store.db import open_store
from tests.conftest import FakeClock

SH = ZoneInfo("Asia/Shanghai")
HOUR = 3_600_000
ROOT = Path(__file__).resolve().parents[2]


def local(t):
    return datetime.fromtimestamp(t / 1000, SH).strftime("%m-%d %H:%M")


def at(*args):
    return int(datetime(*args, tzinfo=SH).timestamp() * 1000)


def test_missed_days_are_caught_up_each_report_and_one_backup(store, clock):
    clock.now = at(2025, 10, 2, 20, 0)  # a Thursday evening; the scheduler first runs
    jobrunner.start(store)
    clock.now = at(2025, 10, 5, 10, 0)  # the machine was off until Sunday morning
    assert [local(t) for t in jobrunner.due(store, "daily_report")] == \
        ["10-03 08:00", "10-04 08:00", "10-05 08:00"]
    assert [local(t) for t in jobrunner.due(store, "backup")] == ["10-05 02:00"]
    outcomes = jobrunner.run_due(store)
    assert all(o.outcome == "ok" for o in outcomes), outcomes
    reports = sorted(p.name for p in (locations.data_dir() / "reports").glob("*.xlsx"))
    assert reports == ["ShopDesk-2025-10-02.xlsx", "ShopDesk-2025-10-03.xlsx",
                       "ShopDesk-2025-10-04.xlsx"]
    assert len(backup.listing(store)) == 1
    assert jobrunner.run_due(store) == []  # nothing runs twice
    clock.now = at(2025, 10, 6, 8, 0, 30)
    assert [o.job for o in jobrunner.run_due(store)] == ["reminders", "backup", "daily_report",
                                                         "retention"]


def test_a_run_cut_short_is_marked_interrupted_and_done_again(store, clock):
    clock.now = at(2025, 10, 2, 1, 0)
    jobrunner.start(store)
    clock.now = at(2025, 10, 2, 2, 0, 5)
    planned = jobrunner.due(store, "backup")[0]
    jobs.start_run(store.conn, "backup", planned, clock.now)  # ...and the power goes
    clock.advance(HOUR)
    interrupted = jobrunner.start(store)  # the next start
    assert [r["job"] for r in interrupted] == ["backup"]
    assert jobrunner.due(store, "backup") == [planned]
    assert jobrunner.run(store, "backup", planned).outcome == "ok"
    assert jobrunner.due(store, "backup") == []
    log = jobrunner.history(store, "backup")
    assert [r["outcome"] for r in log] == ["ok", "interrupted"]


def test_a_failed_backup_is_logged_and_reported_and_the_shop_untouched(store, clock, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(UserError):
        backup.set_folder(store, blocker / "backups")
    with store.write() as w:  # as if the folder had gone since (a USB disk pulled out)
        settings.write_local(w, backup.FOLDER_KEY, str(blocker / "backups"))
    before = store.conn.execute("SELECT count(*) FROM messages").fetchone()
    outcome = jobrunner.run(store, "backup", manual=True)
    assert outcome.outcome == "failed" and "backup folder" in outcome.detail
    assert outcome.notices[0]["kind"] == "failed"
    assert jobrunner.history(store, "backup")[0]["outcome"] == "failed"
    assert store.conn.execute("SELECT count(*) FROM messages").fetchone() == before


def _line(conv, n, direction, author, when, **extra):
    return {"channel": "tiktok", "conversation": conv, "customer": {"id": f"u-{conv}",
            "name": f"客户{conv}"}, "id": f"{conv}-{n}", "direction": direction,
            "author": author, "kind": "text", "text": "在吗", "sent_at": when, **extra}


def _import(store, tmp_path, lines, name="lines.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    interchange.import_file(store, path)


def test_each_reminder_is_raised_once(store, clock, tmp_path):
    clock.now = at(2025, 10, 15, 15, 0)  # a Wednesday, working hours (09:00-22:00)
    _import(store, tmp_path, [_line("A", 1, "in", "customer", "2025-10-15T14:58:00+08:00")])
    first = reminders.scan(store)
    assert [(r.kind, r.data["customer"]) for r in first] == [("waiting", "客户A")]
    assert reminders.scan(store) == []  # the same wait: not again
    clock.advance(40_000)  # 160 s: close to the 3-minute target
    assert [r.kind for r in reminders.scan(store)] == ["three_min"]
    clock.now = at(2025, 10, 16, 11, 0)  # 20 h into the 24-hour window
    assert [r.kind for r in reminders.scan(store)] == ["deadline_24h"]
    reminders.dismiss(store, [r["key"] for r in reminders.open_reminders(store)])
    assert reminders.open_reminders(store) == [] and reminders.scan(store) == []
    # answered, then the customer writes again: a new wait, a new reminder
    _import(store, tmp_path, [_line("A", 2, "out", "小李", "2025-10-16T11:00:10+08:00"),
                              _line("A", 3, "in", "customer", "2025-10-16T11:01:00+08:00")],
            "more.jsonl")
    clock.now = at(2025, 10, 16, 11, 3)
    assert [r.kind for r in reminders.scan(store)] == ["waiting"]


def test_a_complaint_surge_is_raised_to_the_owner_once(store, clock, tmp_path):
    clock.now = at(2025, 10, 15, 15, 0)
    _import(store, tmp_path, [_line(c, 1, "in", "customer", "2025-10-15T14:59:59+08:00")
                              for c in "BCDEF"])
    ids = [r[0] for r in store.conn.execute("SELECT id FROM conversations")]
    for cid in ids[:4]:
        actions.tag(store, cid, "投诉", None)
    assert "complaint_surge" not in [r.kind for r in reminders.scan(store)]
    actions.tag(store, ids[4], "投诉", None)
    assert [r.data["count"] for r in reminders.scan(store) if r.kind == "complaint_surge"] == [5]
    clock.advance(10 * 60_000)
    assert "complaint_surge" not in [r.kind for r in reminders.scan(store)]
    clock.advance(48 * HOUR)  # and complaints still open after 48 h
    assert sorted(r.kind for r in reminders.scan(store)).count("complaint_open") == 5


def _tag(conv, tag, when):
    return {"channel": "tiktok", "conversation": conv, "event": "tag", "tag": tag, "at": when}


def test_imported_history_raises_no_complaint_surge_and_tags_count_when_they_happened(
        store, clock, tmp_path):
    clock.now = at(2025, 10, 15, 15, 0)
    # last week's history, imported now: six complaints tagged three days ago
    _import(store, tmp_path, [x for c in "BCDEFG" for x in (
        _line(c, 1, "in", "customer", "2025-10-12T10:00:00+08:00"),
        _tag(c, "投诉", "2025-10-12T10:05:00+08:00"))])
    raised = reminders.scan(store)
    assert "complaint_surge" not in [r.kind for r in raised]
    # those complaints have been open for three days: that is what the reminder says
    complaints = [r for r in raised if r.kind == "complaint_open"]
    assert len(complaints) == 6
    assert {r.data["since"] for r in complaints} == {at(2025, 10, 12, 10, 5)}
    # five complaints that really came in the last hour are a surge
    _import(store, tmp_path, [x for c in "HIJKL" for x in (
        _line(c, 1, "in", "customer", "2025-10-15T14:30:00+08:00"),
        _tag(c, "投诉", "2025-10-15T14:40:00+08:00"))], "today.jsonl")
    assert [r.data["count"] for r in reminders.scan(store) if r.kind == "complaint_surge"] == [5]


def test_a_wait_reminder_goes_away_once_answered_or_closed(store, clock, tmp_path):
    clock.now = at(2025, 10, 15, 15, 0)
    # she has waited 61 hours (the bot's reply does not stop the clock)
    _import(store, tmp_path, [_line("M", 1, "in", "customer", "2025-10-13T02:00:00+08:00"),
                              _line("M", 2, "out", "bot", "2025-10-13T02:00:02+08:00"),
                              _line("N", 1, "in", "customer", "2025-10-15T14:58:00+08:00"),
                              _line("Q", 1, "in", "customer", "2025-10-13T10:00:00+08:00"),
                              _line("Q", 2, "out", "小李", "2025-10-13T10:01:00+08:00")])
    raised = {r.kind: r for r in reminders.scan(store)}
    assert raised["deadline_24h"].data["since"] == at(2025, 10, 13, 2, 0)
    assert set(raised) == {"deadline_24h", "waiting", "closing_due"}
    cids = {r.kind: r.conversation_id for r in raised.values()}
    # the 3-minute mark passes: that reminder takes the place of the first one
    clock.now = at(2025, 10, 15, 15, 0, 40)
    assert [r.kind for r in reminders.scan(store)] == ["three_min"]
    assert sorted(r["kind"] for r in reminders.open_reminders(store)) == \
        ["closing_due", "deadline_24h", "three_min"]
    # answered and closed; the quiet one closed too: nothing is left to remind of
    agent = next(iter(directory.agent_names(store.conn)))  # 小李
    actions.reply(store, cids["deadline_24h"], "亲，久等了", agent)
    actions.close(store, cids["deadline_24h"], True, agent)
    actions.reply(store, cids["waiting"], "您好", agent)
    actions.close(store, cids["closing_due"], True, None)
    assert reminders.open_reminders(store) == []
    assert reminders.scan(store) == []


def test_backups_rotate_over_two_months(store, clock, tmp_path):
    backup.set_folder(store, tmp_path / "backups")
    clock.now = at(2025, 10, 1, 2, 0)
    for _ in range(60):
        backup.scheduled(store)
        clock.advance(24 * HOUR)
    files = sorted(p.name for p in (tmp_path / "backups").glob("*.sqlite"))
    listed = backup.listing(store)
    assert len(files) == len(listed) <= 7 + 4 + 12
    assert all(b["exists"] for b in listed)
    newest = max(b["taken_at"] for b in listed)
    assert newest == at(2025, 11, 29, 2, 0)


def _export(store, path):
    interchange.export_file(store, path)
    return sorted(path.read_text("utf-8").splitlines())


def test_restore_round_trip_and_refusals(tmp_path):
    store = open_store(tmp_path / "shop.sqlite", clock=FakeClock())
    demo.build_demo(store, days=3, messages=600, seed=3)
    original = _export(store, tmp_path / "before.jsonl")
    taken = backup.take(store, tmp_path / "backups")
    assert copies.check(taken.path) >= 1 and len(taken.sha256) == 64
    _import(store, tmp_path, [_line("Z", 1, "in", "customer", "2025-10-02T10:00:00+08:00")])
    assert len(_export(store, tmp_path / "changed.jsonl")) == len(original) + 1
    safety = backup.restore(store, taken.path)
    assert _export(store, tmp_path / "after.jsonl") == original
    assert safety.path.is_file() and copies.check(safety.path)  # what was replaced is kept
    with pytest.raises(UserError, match=r"not a database|not a ShopDesk"):
        backup.restore(store, tmp_path / "before.jsonl")
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes(taken.path.read_bytes())
    import sqlite3
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    with pytest.raises(UserError, match="newer ShopDesk"):
        backup.restore(store, newer)


KILLED_RUN = """
import sys
from desktop.services import jobrunner
from desktop.services.session import open_shop
store = open_shop(sys.argv[1])
jobrunner.start(store)
jobrunner.run(store, "backup", int(sys.argv[2]))
"""


def test_killing_the_app_during_a_backup_leaves_nothing_that_looks_complete(tmp_path):
    shop_path, folder = tmp_path / "shop.sqlite", tmp_path / "backups"
    store = open_store(shop_path)
    demo.build_demo(store, days=20, messages=30_000, seed=4)
    backup.set_folder(store, folder)
    planned = store.clock() - 1000
    store.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_RUN, str(shop_path), str(planned)],
                             env=env)
    deadline = time.monotonic() + 60
    while not list(folder.glob("*.part")) and time.monotonic() < deadline:
        if child.poll() is not None:
            break
        time.sleep(0.001)
    assert child.poll() is None, "the backup finished before it could be cut short"
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert not list(folder.glob("*.sqlite"))  # no finished-looking file
    store = open_store(shop_path)
    assert [r["job"] for r in jobrunner.start(store)] == ["backup"]
    assert jobrunner.due(store, "backup") == [planned]
    assert [o.outcome for o in jobrunner.run_due(store, "backup")] == ["ok"]
    made = list(folder.glob("*.sqlite"))
    assert len(made) == 1 and not list(folder.glob("*.part"))
    copies.check(made[0])


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KB file system (a real full disk); skipped where mounting is not allowed."""
    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    yield mount
    subprocess.run(["umount", str(mount)], capture_output=True)


def test_a_full_disk_is_reported_and_the_shop_untouched(tiny_disk, tmp_path):
    store = open_store(tmp_path / "shop.sqlite", clock=FakeClock())
    demo.build_demo(store, days=3, messages=1_500, seed=5)
    backup.set_folder(store, tiny_disk)
    before = _export(store, tmp_path / "before.jsonl")
    outcome = jobrunner.run(store, "backup", manual=True)
    assert outcome.outcome == "failed" and "full" in outcome.detail, outcome.detail
    assert jobrunner.history(store, "backup")[0]["outcome"] == "failed"
    assert list(tiny_disk.iterdir()) == []  # no partial copy left behind
    assert _export(store, tmp_path / "after.jsonl") == before


def test_moving_the_shop_to_another_time_zone_does_not_report_a_day_twice(store, clock):
    from desktop.services import shop
    clock.now = at(2025, 10, 2, 20, 0)
    jobrunner.start(store)
    clock.now = at(2025, 10, 3, 8, 0, 30)  # Shanghai 08:00: the report of 10-02
    assert [o.detail.endswith("ShopDesk-2025-10-02.xlsx") for o in jobrunner.run_due(
        store, "daily_report")] == [True]
    shop.set_value(store, "shop.timezone", "Europe/London")  # 08:00 London is 7 hours later
    clock.now = at(2025, 10, 3, 15, 0, 30)
    outcomes = jobrunner.run_due(store, "daily_report")
    assert [o.detail.endswith("already written") for o in outcomes] == [True]
    assert not any(n["kind"] == "report" for o in outcomes for n in o.notices)
