"""``shopdesk jobs|backup|backups|restore``: the scheduled jobs and the backups."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_FAILED, EXIT_OK, Commands, open_shop, print_json, when
from desktop.services.errors import UserError


def register(commands: Commands) -> None:
    command = commands.command
    p = command("jobs", "the scheduled jobs: plan, last and next run; or run one now",
                _cmd_jobs)
    p.add_argument("action", nargs="?", choices=["run"], help="run: run a job now")
    p.add_argument("name", nargs="?", help="the job (reminders, backup, daily_report, "
                   "retention, kb_gaps)")
    p = command("backup", "back the shop database up now (verified, with a checksum)",
                _cmd_backup)
    p.add_argument("--to", type=Path, metavar="DIR", help="the folder (default: the backup "
                   "folder chosen in Settings)")
    command("backups", "the backups taken, newest first", _cmd_backups)
    p = command("restore", "replace the shop's data with a backup's (the current data is "
                "backed up first)", _cmd_restore)
    p.add_argument("file", type=Path)


def _cmd_jobs(args: argparse.Namespace) -> int:
    from desktop.services import jobrunner
    store = open_shop(args)
    if args.action == "run":
        if not args.name:
            raise UserError(f"which job? ({', '.join(jobrunner.JOBS)})")
        outcome = jobrunner.run(store, args.name, manual=True)
        if args.json:
            print_json({"job": outcome.job, "outcome": outcome.outcome,
                         "detail": outcome.detail})
        else:
            print(f"{outcome.job}: {outcome.outcome} — {outcome.detail}")
        return EXIT_OK if outcome.outcome == "ok" else EXIT_FAILED
    jobs = jobrunner.status(store)
    if args.json:
        print_json(jobs)
        return EXIT_OK
    for job in jobs:
        last = job["last"]
        done = "never run" if last is None else \
            f"last {when(last['started_at'], store)} {last['outcome']}: {last['detail']}"
        print(f"{job['name']:13} {job['plan']:18} next {when(job['next'], store)}  {done}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import backup
    made = backup.take(open_shop(args), args.to, reason="manual")
    if args.json:
        print_json({"file": str(made.path), "size": made.size, "sha256": made.sha256,
                     "taken_at": made.taken_at})
    else:
        print(f"Backed up to {made.path} ({made.size / 1_048_576:.1f} MB, verified, "
              f"sha256 {made.sha256[:12]}…)")
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from desktop.services import backup
    store = open_shop(args)
    rows = backup.listing(store)
    if args.json:
        print_json(rows)
        return EXIT_OK
    for b in rows:
        missing = "" if b["exists"] else "  (file missing)"
        print(f"{when(b['taken_at'], store)}  {b['reason']:14} {b['size'] / 1_048_576:8.1f} MB  "
              f"{b['path']}{missing}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services import backup
    safety = backup.restore(open_shop(args), args.file)
    if args.json:
        print_json({"restored": str(args.file), "previous_data_saved_to": str(safety.path)})
    else:
        print(f"Restored {args.file}. The data it replaced was saved to {safety.path}")
    return EXIT_OK
