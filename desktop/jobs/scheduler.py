"""APScheduler inside the app: each job on its own trigger, all run one at a time off the GUI
thread, plus a wake-up check that notices the machine slept and catches up.

Traps avoided: APScheduler's default 1-second misfire grace silently skips a run missed while
the machine was off (here the run log decides what is due, and triggers coalesce with no
grace limit); 3.11's ``QtScheduler`` leaks a timer on every wake-up (this is a
``BackgroundScheduler``; the UI hears about runs through the ``notify`` callback, which the
app turns into a Qt signal); and a laptop that sleeps fires no timers at all (the wake-up
check sees the wall clock jump and runs whatever fell due meanwhile).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from desktop.services import jobrunner, shop
from desktop.services import sync as team_sync
from desktop.services.errors import UserError
from desktop.services.session import Shop
from desktop.sync import client as sync_client

log = logging.getLogger(__name__)
WAKE_CHECK_S = 30
SYNC_EVERY_S = 60
Event = dict[str, Any]


class Scheduler:
    """Runs the shop's jobs in the background; ``notify`` hears of every start and outcome
    (from the scheduler's thread: the receiver must hand it over to its own thread)."""

    def __init__(self, open_store: Callable[[], Shop], notify: Callable[[Event], None],
                 clock: Callable[[], float] = time.time) -> None:
        self._open_store = open_store
        self._notify = notify
        self._clock = clock
        self._plans: dict[str, str] = {}
        self._last_check = clock()
        self._lock = threading.Lock()
        self._sched = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(1)},  # one job at a time
            job_defaults={"coalesce": True, "misfire_grace_time": None, "max_instances": 1})

    # -- in the scheduler's thread ----------------------------------------------------------
    @contextmanager
    def _shop(self) -> Iterator[Shop]:
        """The shop's database for one piece of work (a connection belongs to its thread,
        so none is kept between runs)."""
        store = self._open_store()
        try:
            yield store
        finally:
            store.close()

    def _run(self, name: str | None) -> None:
        """Whatever is due now (of one job, or of all)."""
        with self._lock, self._shop() as store:
            for job in [name] if name else list(jobrunner.JOBS):
                planned = jobrunner.due(store, job)
                for at in planned:
                    self._notify({"kind": "started", "job": job})
                    outcome = jobrunner.run(store, job, at)
                    self._notify({"kind": "outcome", "job": job, "outcome": outcome.outcome,
                                  "detail": outcome.detail, "notices": outcome.notices})
            self._notify({"kind": "idle"})

    def _startup(self) -> None:
        with self._lock, self._shop() as store:
            interrupted = jobrunner.start(store)
        for run in interrupted:
            log.warning("job %s planned %s was interrupted; doing it again", run["job"],
                        run["planned_at"])
        self._sync_triggers()
        self._run(None)

    def _wake_check(self) -> None:
        """Every half minute: has the wall clock jumped (the machine slept, or the clock
        was changed)? Then catch up. Plans edited in Settings are picked up here too."""
        now = self._clock()
        gap, self._last_check = now - self._last_check, now
        self._sync_triggers()
        if gap > 3 * WAKE_CHECK_S or gap < 0:
            log.info("the clock moved %.0f s in one check: catching up", gap)
            self._run(None)

    def _sync_triggers(self) -> None:
        with self._shop() as store:
            zone = shop.shop_zone(store)
            plans = {name: jobrunner.plan(store, name) for name in jobrunner.JOBS}
        for name, plan in plans.items():
            key = f"{plan.text()} {zone.key}"
            if self._plans.get(name) == key:
                continue
            self._plans[name] = key
            if plan.every_s is not None:
                trigger: Any = IntervalTrigger(seconds=plan.every_s, timezone=zone)
            else:
                assert plan.at is not None
                trigger = CronTrigger(hour=plan.at.hour, minute=plan.at.minute,
                                      day_of_week="*" if plan.weekday is None
                                      else str(plan.weekday), timezone=zone)
            self._sched.add_job(self._run, trigger, args=[name], id=name, replace_existing=True)

    # -- from the app ---------------------------------------------------------------------------
    def start(self) -> None:
        self._sched.add_job(self._wake_check, IntervalTrigger(seconds=WAKE_CHECK_S),
                            id="wake-check", replace_existing=True)
        self._sched.add_job(self._startup, id="startup")  # now, in the scheduler's thread
        self._sched.add_job(self._sync, IntervalTrigger(seconds=SYNC_EVERY_S), id="sync")
        self._sched.start()

    def run_now(self, name: str) -> None:
        """"Run now" from Settings: the job once, whatever its plan, off the GUI thread."""
        def manual() -> None:
            with self._lock, self._shop() as store:
                self._notify({"kind": "started", "job": name})
                outcome = jobrunner.run(store, name, manual=True)
                self._notify({"kind": "outcome", "job": name, "outcome": outcome.outcome,
                              "detail": outcome.detail, "notices": outcome.notices})
                self._notify({"kind": "idle"})
        self._sched.add_job(manual, id=f"manual-{name}-{time.monotonic_ns()}")

    def _sync(self) -> None:
        """With the team's hub: push this desktop's changes and pull the others'."""
        with self._shop() as store:
            if team_sync.joined(store) is None:
                return
            try:
                result = sync_client.sync(store)
            except UserError as exc:
                team_sync.record_error(store, str(exc))
                self._notify({"kind": "sync", **team_sync.status(store)})
                return
            self._notify({"kind": "sync", **team_sync.status(store),
                          "changes": result["changes"]})

    def sync_now(self) -> None:
        """A local write: send it to the team at once (not waiting for the minute)."""
        if self._sched.running:
            self._sched.add_job(self._sync, id="sync-now", replace_existing=True)

    def shutdown(self) -> None:
        """Stop, letting a running job finish (a backup is never cut short by closing)."""
        if self._sched.running:
            self._sched.shutdown(wait=True)
