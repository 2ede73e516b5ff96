"""The scheduled jobs: what each does, when it is due, and the run log that says so.

The run log in the store is the single source of truth. A job is due for every planned time
after its last finished run (or only the latest of them, for jobs where one run covers all);
a run cut short by a crash or power cut stays "running" in the log, is marked interrupted on
the next start and done again. Whatever wakes the runner — the scheduler's trigger, the
wake-up check after sleep, the app starting, ``shopdesk jobs run`` — asks the same question,
so a run is neither skipped nor doubled.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.domain.plans import Catchup, Plan, PlanError, missed, next_planned
from desktop.services import autoreply, backup, kb, reminders, report, retention, shop
from desktop.services.errors import UserError
from desktop.store import jobs as job_store
from desktop.store import settings
from desktop.store.db import Store
from desktop.store.errors import StorageError

log = logging.getLogger(__name__)
SINCE_KEY = "jobs.since"  # when this desktop's scheduler first ran: nothing before is missed


@dataclass
class Result:
    """What a run did: a line for the log, notices for the people at the desk, and the
    figures the window words in the user's language (``summary``)."""

    detail: str
    notices: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable[[Store, int, bool], Result]  # (store, planned time, manual) -> what it did
    catchup: Catchup


def _reminders(store: Store, planned: int, manual: bool) -> Result:
    raised = reminders.scan(store)
    sent = autoreply.send_due(store)
    notices = [{"kind": "reminder", "key": r.key, "reminder": r.kind,
                "conversation_id": r.conversation_id, "data": r.data} for r in raised]
    changed = bool(sent) or any(r.kind == "snooze_due" for r in raised)
    closed = sum(1 for s in sent if s["action"] == "close")
    summary = {"raised": len(raised), "closed": closed, "nudged": len(sent) - closed}
    return Result(f"reminders raised: {len(raised)}; closed with the closing message: {closed}; "
                  f"nudged: {len(sent) - closed}",
                  notices + ([{"kind": "changed"}] if changed else []), summary)


def _backup(store: Store, planned: int, manual: bool) -> Result:
    return Result(backup.scheduled(store))


def _daily_report(store: Store, planned: int, manual: bool) -> Result:
    """The report of the day before the planned run (each missed day gets its own). A day
    already reported is not written again by the schedule (after the shop's time zone
    changed, its 08:00 can come round twice for one date); "run now" always writes it."""
    zone = shop.shop_zone(store)
    day = datetime.fromtimestamp(planned / 1000, zone).date() - timedelta(days=1)
    if not manual and report.default_path(store, day).is_file():
        return Result(f"{report.default_path(store, day)} already written")
    path = report.write(store, day)
    return Result(str(path), [{"kind": "report", "path": str(path), "date": day.isoformat()}])


def _retention(store: Store, planned: int, manual: bool) -> Result:
    return Result(retention.run(store))


def _kb_gaps(store: Store, planned: int, manual: bool) -> Result:
    gaps = kb.gaps(store)
    asked = sum(g["asked"] for g in gaps)
    notices = [{"kind": "kb_gaps", "groups": len(gaps), "asked": asked}] if gaps else []
    return Result(f"{len(gaps)} groups of unanswered questions ({asked} asked)", notices,
                  {"groups": len(gaps), "asked": asked})


JOBS: dict[str, Job] = {job.name: job for job in (
    Job("reminders", _reminders, Catchup.ONCE),
    Job("backup", _backup, Catchup.ONCE),
    Job("daily_report", _daily_report, Catchup.EACH),
    Job("retention", _retention, Catchup.ONCE),
    Job("kb_gaps", _kb_gaps, Catchup.ONCE),
)}


@dataclass(frozen=True)
class Outcome:
    job: str
    planned_at: int
    outcome: str  # ok / failed
    detail: str
    notices: list[dict[str, Any]]


def plan(store: Store, name: str) -> Plan:
    plans = shop.get(store, "jobs.plans") or {}
    default = shop.DEFAULTS["jobs.plans"][name]
    try:
        return Plan.parse(plans.get(name, default))
    except PlanError:
        log.warning("job %s: bad plan %r, using %r", name, plans.get(name), default)
        return Plan.parse(default)


def set_plan(store: Store, name: str, text: str) -> None:
    if name not in JOBS:
        raise UserError(f"no job named {name!r} (jobs: {', '.join(JOBS)})")
    try:
        parsed = Plan.parse(text)
    except PlanError as exc:
        raise UserError(str(exc)) from exc
    shop.set_value(store, "jobs.plans", {**(shop.get(store, "jobs.plans") or {}),
                                         name: parsed.text()})


def start(store: Store) -> list[dict[str, Any]]:
    """At the start of the app: runs the last process left unfinished become 'interrupted'
    (and are due again); the first start ever sets the point from which runs count."""
    if settings.read_local(store.conn, SINCE_KEY) is None:
        with store.write() as w:
            settings.write_local(w, SINCE_KEY, str(store.clock()))
    return job_store.mark_interrupted(store.conn)


def _since(store: Store) -> int:
    value = settings.read_local(store.conn, SINCE_KEY)
    return int(value) if value else store.clock()


def due(store: Store, name: str, now: int | None = None) -> list[int]:
    """The planned times of ``name`` to run now: missed ones (coalesced as the job says)
    and interrupted ones, oldest first."""
    now = store.clock() if now is None else now
    job = JOBS[name]
    last = job_store.last_done(store.conn, name)
    since = max(last, _since(store)) if last is not None else _since(store)
    times = set(missed(plan(store, name), shop.shop_zone(store), job.catchup, since, now))
    redo = [t for t in job_store.interrupted(store.conn, name) if t <= now]
    if job.catchup is Catchup.ONCE and redo and not times:
        times.add(max(redo))
    elif job.catchup is Catchup.EACH:
        times.update(redo)
    return sorted(times)


def run(store: Store, name: str, planned_at: int | None = None,
        manual: bool = False) -> Outcome:
    """Run one job now and log it; a failure is logged and reported, never raised."""
    if name not in JOBS:
        raise UserError(f"no job named {name!r} (jobs: {', '.join(JOBS)})")
    planned = store.clock() if planned_at is None else planned_at
    run_id = job_store.start_run(store.conn, name, planned, store.clock(), manual)
    try:
        result = JOBS[name].run(store, planned, manual)
    except (UserError, StorageError, OSError) as exc:
        job_store.end_run(store.conn, run_id, store.clock(), "failed", str(exc))
        return Outcome(name, planned, "failed", str(exc),
                       [{"kind": "failed", "job": name, "detail": str(exc)}])
    except Exception as exc:  # a bug: keep the scheduler alive, log it, tell the user
        log.exception("job %s failed", name)
        detail = f"{type(exc).__name__}: {exc}"
        job_store.end_run(store.conn, run_id, store.clock(), "failed", detail)
        return Outcome(name, planned, "failed", detail,
                       [{"kind": "failed", "job": name, "detail": detail}])
    job_store.end_run(store.conn, run_id, store.clock(), "ok", result.detail, result.summary)
    return Outcome(name, planned, "ok", result.detail, result.notices)


def run_due(store: Store, name: str | None = None, now: int | None = None) -> list[Outcome]:
    """Run what is due (of one job, or of all), oldest planned time first."""
    out = []
    for job in [name] if name else list(JOBS):
        for planned in due(store, job, now):
            out.append(run(store, job, planned))
    return out


def status(store: Store) -> list[dict[str, Any]]:
    """Each job: its plan, last run and outcome, next planned run."""
    now = store.clock()
    zone = shop.shop_zone(store)
    out = []
    for name in JOBS:
        p = plan(store, name)
        out.append({"name": name, "plan": p.text(), "last": job_store.last_run(store.conn, name),
                    "next": next_planned(p, zone, now)})
    return out


def history(store: Store, name: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    return job_store.runs(store.conn, name, limit)
