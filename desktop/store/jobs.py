"""This desktop's run log of scheduled jobs, the reminders it raised, the backups it took."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

RUN_COLUMNS = ("id", "job", "planned_at", "started_at", "ended_at", "outcome", "detail",
               "manual", "summary")


def _run(row: tuple) -> dict[str, Any]:
    run = dict(zip(RUN_COLUMNS, row))
    run["summary"] = json.loads(run["summary"] or "{}")
    return run


def _local(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> sqlite3.Cursor:
    """A write to a local table: one statement, committed by itself (connections are in
    autocommit mode) unless it is part of a transaction already open."""
    return conn.execute(sql, params)


def start_run(conn: sqlite3.Connection, job: str, planned_at: int, now: int,
              manual: bool = False) -> int:
    return _local(conn, "INSERT INTO job_runs (job, planned_at, started_at, outcome, manual) "
                        "VALUES (?, ?, ?, 'running', ?)",
                  (job, planned_at, now, int(manual))).lastrowid or 0


def end_run(conn: sqlite3.Connection, run_id: int, now: int, outcome: str, detail: str,
            summary: dict[str, Any] | None = None) -> None:
    _local(conn, "UPDATE job_runs SET ended_at = ?, outcome = ?, detail = ?, summary = ? "
                 "WHERE id = ?",
           (now, outcome, detail[:2000], json.dumps(summary or {}, ensure_ascii=False), run_id))


def mark_interrupted(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Runs left 'running' by a process that is gone: now 'interrupted'. Returns them."""
    rows = [_run(r) for r in conn.execute(
        f"SELECT {', '.join(RUN_COLUMNS)} FROM job_runs WHERE outcome = 'running'")]
    if rows:
        _local(conn, "UPDATE job_runs SET outcome = 'interrupted', detail = "
                     "'the app stopped during this run' WHERE outcome = 'running'")
    return rows


def last_done(conn: sqlite3.Connection, job: str) -> int | None:
    """The newest planned time of a scheduled run that finished (well or not)."""
    row = conn.execute("SELECT max(planned_at) FROM job_runs WHERE job = ? AND manual = 0 "
                       "AND outcome IN ('ok', 'failed')", (job,)).fetchone()
    return row[0]


def interrupted(conn: sqlite3.Connection, job: str) -> list[int]:
    """Planned times whose run was interrupted and not done since."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT i.planned_at FROM job_runs i WHERE i.job = ? AND i.manual = 0 AND "
        "i.outcome = 'interrupted' AND NOT EXISTS (SELECT 1 FROM job_runs d WHERE d.job = i.job "
        "AND d.planned_at = i.planned_at AND d.outcome IN ('ok', 'failed', 'running'))", (job,))]


def last_run(conn: sqlite3.Connection, job: str) -> dict[str, Any] | None:
    row = conn.execute(f"SELECT {', '.join(RUN_COLUMNS)} FROM job_runs WHERE job = ? "
                       "ORDER BY started_at DESC, id DESC LIMIT 1", (job,)).fetchone()
    return _run(row) if row else None


def runs(conn: sqlite3.Connection, job: str | None = None, limit: int = 50) -> list[dict]:
    where, params = ("WHERE job = ?", (job,)) if job else ("", ())
    return [_run(r) for r in conn.execute(
        f"SELECT {', '.join(RUN_COLUMNS)} FROM job_runs {where} ORDER BY id DESC LIMIT ?",
        (*params, limit))]


def first_start(conn: sqlite3.Connection) -> int | None:
    row = conn.execute("SELECT min(started_at) FROM job_runs").fetchone()
    return row[0]


# -- reminders ---------------------------------------------------------------------------------

def raise_reminder(conn: sqlite3.Connection, key: str, kind: str, conversation_id: str | None,
                   data: dict[str, Any], now: int) -> bool:
    """Raise a reminder unless one with this key was ever raised; True when new."""
    cur = _local(conn, "INSERT OR IGNORE INTO reminders (key, kind, conversation_id, data, "
                       "raised_at) VALUES (?, ?, ?, ?, ?)",
                 (key, kind, conversation_id, json.dumps(data, ensure_ascii=False), now))
    return cur.rowcount == 1


def open_reminders(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [{"key": k, "kind": kind, "conversation_id": c, "data": json.loads(d),
             "raised_at": at} for k, kind, c, d, at in conn.execute(
        "SELECT key, kind, conversation_id, data, raised_at FROM reminders "
        "WHERE dismissed_at IS NULL ORDER BY raised_at DESC")]


def dismiss(conn: sqlite3.Connection, keys: list[str], now: int) -> None:
    for key in keys:
        _local(conn, "UPDATE reminders SET dismissed_at = ? WHERE key = ? "
                     "AND dismissed_at IS NULL", (now, key))


# -- backups -----------------------------------------------------------------------------------

BACKUP_COLUMNS = ("path", "taken_at", "size", "sha256", "schema_version", "reason", "removed_at")


def record_backup(conn: sqlite3.Connection, path: str, taken_at: int, size: int, sha256: str,
                  schema_version: int, reason: str) -> None:
    _local(conn, "INSERT OR REPLACE INTO backups (path, taken_at, size, sha256, schema_version, "
                 "reason) VALUES (?, ?, ?, ?, ?, ?)",
           (path, taken_at, size, sha256, schema_version, reason))


def backups(conn: sqlite3.Connection, include_removed: bool = False) -> list[dict[str, Any]]:
    where = "" if include_removed else "WHERE removed_at IS NULL"
    return [dict(zip(BACKUP_COLUMNS, r)) for r in conn.execute(
        f"SELECT {', '.join(BACKUP_COLUMNS)} FROM backups {where} ORDER BY taken_at DESC")]


def mark_removed(conn: sqlite3.Connection, path: str, now: int) -> None:
    _local(conn, "UPDATE backups SET removed_at = ? WHERE path = ?", (now, path))
