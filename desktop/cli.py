"""The ``shopdesk`` command line: parse, call a service, print.

Commands that show no window never import Qt, so they start quickly. Bad
input ends in one line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import desktop
from desktop import cli_orders, cli_translation
from desktop.services.errors import UserError, describe

if TYPE_CHECKING:  # each command imports what it uses: `shopdesk --version` stays quick
    from desktop.services.session import Shop

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _db_option(parser: argparse.ArgumentParser, top: bool) -> None:
    parser.add_argument("--db", metavar="PATH", type=Path,
                        default=None if top else argparse.SUPPRESS,
                        help="the shop database (default: the one in your user data folder)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shopdesk",
        description="ShopDesk: the helpdesk for small online shops. "
                    "Without a command, starts the app.")
    parser.add_argument("--version", action="version", version=f"ShopDesk {desktop.__version__}")
    _db_option(parser, top=True)
    parser.add_argument("--demo", action="store_true",
                        help="start the app on a demo shop (your own data is not touched)")
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path,
                        help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--page", default="inbox",
                        choices=["inbox", "kb", "templates", "schedule", "dashboard", "settings"],
                        help="the page to show (with --screenshot)")
    parser.add_argument("--size", default="1440x900", help="window size WxH (with --screenshot)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_text: str, func: Callable[[argparse.Namespace], int],
                json_flag: bool = True) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _db_option(p, top=False)
        if json_flag:
            p.add_argument("--json", action="store_true", help="machine-readable output")
        p.set_defaults(func=func)
        return p

    p = command("import", "import messages and events (.jsonl, .csv or .xlsx)", _cmd_import)
    p.add_argument("file", type=Path)
    p = command("export", "export every message and event (.jsonl, .csv or .xlsx)", _cmd_export)
    p.add_argument("file", type=Path)
    p = command("search", "search all history: message text, customer names, order ids",
                _cmd_search)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20, help="most results to show (default 20)")
    p = command("demo", "fill a database with a realistic demo shop", _cmd_demo)
    p.add_argument("--days", type=int, default=30, help="days of history (default 30)")
    p.add_argument("--seed", type=int, default=1, help="random seed (same seed, same shop)")
    p.add_argument("--messages", type=int, default=20_000,
                   help="about how many messages (default 20000)")
    command("info", "what the database holds", _cmd_info)

    p = command("hours", "whether the shop is open at an instant, and until when", _cmd_hours)
    p.add_argument("--at", metavar="ISO-8601", help="the instant (default: now)")
    hours_sub = p.add_subparsers(dest="hours_command", metavar="set")
    hs = hours_sub.add_parser("set", help="change working hours, e.g. "
                              "\"mon-fri 09:00-12:00,13:30-18:00\" \"sun closed\"",
                              description="Days not named keep their hours. A range that ends "
                              "before it starts crosses midnight (17:00-01:00); 24:00 ends a "
                              "day.")
    _db_option(hs, top=False)
    hs.add_argument("--json", action="store_true", help="machine-readable output")
    hs.add_argument("--tz", help="the shop's IANA time zone, e.g. Asia/Shanghai")
    hs.add_argument("--country", help="country for public holidays, e.g. CN")
    hs.add_argument("specs", nargs="*", metavar="SPEC")
    hs.set_defaults(func=_cmd_hours_set)
    p = command("kb", "the knowledge base: import or export it as Excel, match a message",
                _cmd_kb)
    p.add_argument("action", choices=["import", "export", "match", "gaps"])
    p.add_argument("target", metavar="FILE|TEXT", nargs="?")
    p.add_argument("--limit", type=int, default=3, help="most matches (default 3)")
    p.add_argument("--days", type=int, default=7, help="gaps: how many days back (default 7)")
    p = command("metrics", "the figures platforms judge the shop by, for a period", _cmd_metrics)
    p.add_argument("--from", dest="first", required=True, metavar="DATE")
    p.add_argument("--to", dest="last", required=True, metavar="DATE")
    p.add_argument("--as-of", metavar="ISO", help="count as if it were then (default: now)")
    p.add_argument("--agent", help="one agent's figures")
    p.add_argument("--channel", help="one channel's figures")
    p = command("report", "write the daily Excel report", _cmd_report)
    p.add_argument("--date", required=True, metavar="DATE", help="the day, e.g. 2026-11-22")
    p.add_argument("--out", type=Path, metavar="FILE.xlsx",
                   help="where (default: ShopDesk-DATE.xlsx in the reports folder)")
    p = command("simulate", "what the current rules, hours and templates would have done with "
                "a file's incoming messages (nothing is stored or sent)", _cmd_simulate)
    p.add_argument("file", type=Path)
    p = command("holiday-mode", "switch holiday mode on (now or for dates) or off",
                _cmd_holiday_mode)
    p.add_argument("switch", choices=["on", "off"])
    p.add_argument("--from", dest="start", metavar="ISO", help="planned start")
    p.add_argument("--to", dest="end", metavar="ISO", help="planned end")
    p.add_argument("--reply", help="the auto-reply customers get during the holiday")
    p = command("holidays", "public holidays and make-up working days in force", _cmd_holidays)
    p.add_argument("--year", type=int, help="a calendar year (default: the coming 12 months)")
    p.add_argument("--holiday", action="append", default=[], metavar="DATE=NAME",
                   help="with --year: the year's holidays as you know them (repeat), for a year "
                        "the built-in calendar does not know yet")
    p.add_argument("--workday", action="append", default=[], metavar="DATE",
                   help="with --year: a make-up working day (repeat)")
    p.add_argument("--import-ics", type=Path, metavar="FILE",
                   help="close the shop on the days of an iCalendar file's events")
    p.add_argument("--close", action="append", default=[], metavar="DATE[=NAME]",
                   help="a day the shop itself closes (repeat)")
    p.add_argument("--open", action="append", default=[], metavar="DATE",
                   help="an extra day the shop opens with weekday hours (repeat)")
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
    p = command("channel", "the shop's channels: add one, list them, fetch now", _cmd_channel)
    channel_sub = p.add_subparsers(dest="channel_command", metavar="add|list|poll")
    add = channel_sub.add_parser("add", help="add a channel")
    add_sub = add.add_subparsers(dest="kind", metavar="email|tiktok|webhook|douyin")
    tiktok = add_sub.add_parser("tiktok", help="a TikTok Shop (Partner API, polled)")
    tiktok.add_argument("name")
    tiktok.add_argument("--app-key", required=True)
    tiktok.add_argument("--shop-cipher", required=True)
    tiktok.add_argument("--api-base", help="default: TikTok's production API (or the sandbox)")
    tiktok.add_argument("--auth-base", help="default: TikTok's production auth host")
    tiktok.add_argument("--secrets-stdin", action="store_true", required=True,
                        help="read {\"app_secret\", \"access_token\", \"refresh_token\"} as "
                             "JSON from stdin")
    mail = add_sub.add_parser("email", help="a mailbox: IMAP in, SMTP out")
    mail.add_argument("name")
    mail.add_argument("--imap", required=True, metavar="HOST:PORT")
    mail.add_argument("--smtp", required=True, metavar="HOST:PORT")
    mail.add_argument("--user", required=True)
    mail.add_argument("--security", choices=["ssl", "starttls", "none"], default="ssl",
                      help="ssl (default), starttls, or none (servers on 127.0.0.1 only)")
    mail.add_argument("--address", help="the shop's address (default: the user name)")
    mail.add_argument("--password-stdin", action="store_true",
                      help="read the password (or app password) from stdin")
    hook = add_sub.add_parser("webhook", help="a local HTTP endpoint any bridge can deliver "
                              "messages to, in the interchange format")
    hook.add_argument("name")
    hook.add_argument("--port", type=int, default=8765, help="the port (default 8765)")
    hook.add_argument("--bind", default="127.0.0.1",
                      help="the address to listen on (default 127.0.0.1: this computer only)")
    hook.add_argument("--reply-url", metavar="URL", help="where replies are POSTed")
    hook.add_argument("--reply-token-stdin", action="store_true",
                      help="read the bearer token the reply URL expects from stdin")
    cli_orders.register(command, add_sub)  # order, orders, channel add douyin
    for sp in (add, hook, mail, tiktok):
        _db_option(sp, top=False)
        sp.add_argument("--json", action="store_true", help="machine-readable output")
    listing = channel_sub.add_parser("list", help="the channels with their health")
    poll = channel_sub.add_parser("poll", help="fetch new messages once")
    poll.add_argument("name", nargs="?", help="one channel (default: all that are due)")
    poll.add_argument("--now", action="store_true", help="fetch every channel now, due or not")
    for sp in (listing, poll):
        _db_option(sp, top=False)
        sp.add_argument("--json", action="store_true", help="machine-readable output")
    p = command("hub", "run the team's hub (where the desktops sync), invite or revoke a "
                "member, list or drop the changes it refused or desktops hold", _cmd_hub)
    p.add_argument("action", nargs="?", choices=["serve", "invite", "revoke", "changes", "drop"])
    p.add_argument("name", nargs="?", help="the member (invite, revoke) or the change (drop)")
    p.add_argument("--data", type=Path, metavar="DIR",
                   help="the hub's folder (default: 'hub' in the data folder)")
    p.add_argument("--host", default="127.0.0.1",
                   help="the address to listen on (0.0.0.0: the whole network, with TLS)")
    p.add_argument("--port", type=int, default=8765, help="0: any free port")
    p.add_argument("--cert", metavar="FILE", help="TLS certificate (with --key; default beyond "
                   "this computer: the hub's own, made on first start)")
    p.add_argument("--key", metavar="FILE", help="TLS private key")
    p.add_argument("--url", help="invite: the address desktops reach the hub at "
                   "(default: where the hub serves)")
    p = command("join", "join the team: this desktop syncs through the hub in the join code",
                _cmd_join)
    p.add_argument("code", help="the one-line code from `shopdesk hub invite`")
    p = command("sync", "push this desktop's changes to the team's hub and pull the others'",
                _cmd_sync)
    p.add_argument("--once", action="store_true", help="once, then exit (default: every "
                   "minute until Ctrl+C)")
    p = command("outbox", "messages waiting to be sent (or failed); 'send' dispatches now",
                _cmd_outbox)
    p.add_argument("action", nargs="?", choices=["send", "confirm"],
                   help="confirm: send the replies queued before this desktop took their "
                   "channel over (another desktop may have sent them)")
    p.add_argument("--message", help="with confirm: only this message (its id)")
    cli_translation.register(sub, command)
    return parser


# --- commands ------------------------------------------------------------------------------

def _open(args: argparse.Namespace) -> Shop:
    from desktop.services import locations
    from desktop.services.session import open_shop

    return open_shop(args.db or locations.default_db_path())


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop.services import interchange
    shop = _open(args)
    show = sys.stderr.isatty() and not args.json
    def progress(lines: int) -> None:
        print(f"\r{lines:,} lines read", end="", file=sys.stderr)

    report = interchange.import_file(shop, args.file, progress=progress if show else None)
    if show:
        print(file=sys.stderr)
    for number, reason in report.errors:
        print(f"{args.file}:{number}: {reason}", file=sys.stderr)
    if args.json:
        _print_json(report.as_dict())
    else:
        print(f"Imported {report.added_messages:,} messages and {report.added_events:,} events "
              f"from {report.lines:,} lines; {report.duplicates:,} already there, "
              f"{len(report.errors):,} refused.")
    return EXIT_FAILED if report.errors else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.services import interchange
    count = interchange.export_file(_open(args), args.file)
    if args.json:
        _print_json({"file": str(args.file), "lines": count})
    else:
        print(f"Exported {count:,} lines to {args.file}.")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from desktop.services import search
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    from desktop.domain.channel_names import channel_name
    found = search.search_page(_open(args), args.query, limit=args.limit)
    hits = found.hits
    if args.json:
        _print_json([h.as_dict() for h in hits])
        return EXIT_OK
    print(f"{found.total:,} result{'' if found.total == 1 else 's'}" if hits else "No results.")
    for h in hits:
        marked = _mark(h.snippet, h.highlights)
        when = (h.time or "")[:16].replace("T", " ")
        print(f"{when:16}  {channel_name(h.channel):11} {h.conversation:12} {h.customer}: "
              f"{marked}")
    if found.more:
        print(f"(the first {len(hits):,}; --limit {found.total} shows them all)")
    return EXIT_OK


def _mark(text: str, ranges: Sequence[tuple[int, int]]) -> str:
    bold, plain = ("\033[1;33m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    out, last = [], 0
    for start, end in ranges:
        out += [text[last:start], bold, text[start:end], plain]
        last = end
    out.append(text[last:])
    return "".join(out)


def _cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services import demo
    if args.days < 1 or args.messages < 1:
        raise UserError("--days and --messages must be at least 1")
    show = sys.stderr.isatty() and not args.json
    summary = demo.build_demo(
        _open(args), days=args.days, seed=args.seed, messages=args.messages,
        progress=(lambda n, total: print(f"\r{n:,} / {total:,} messages", end="",
                                         file=sys.stderr)) if show else None)
    if show:
        print(file=sys.stderr)
    if args.json:
        _print_json(summary.as_dict())
    else:
        print(f"Demo shop ready: {summary.messages:,} messages in {summary.conversations:,} "
              f"conversations with {summary.customers:,} customers.")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from desktop.services import session
    shop = _open(args)
    info = session.describe_shop(shop)
    _print_pairs(info, args.json, width=16)
    return EXIT_OK


def _print_pairs(pairs: dict[str, Any], as_json: bool, width: int) -> None:
    if as_json:
        _print_json(pairs)
        return
    for key, value in pairs.items():
        print(f"{key:{width}} {value}")


def _cmd_hours(args: argparse.Namespace) -> int:
    from desktop.services import schedule
    store = _open(args)
    status = schedule.status(store, schedule.instant(store, args.at) if args.at else None)
    if args.json:
        _print_json(status.as_dict())
        return EXIT_OK
    state = "Open" if status.open else f"Closed ({status.state.replace('_', ' ')})"
    print(f"{state}: {status.reason}")
    print(f"Next change: {status.next_change or 'none within a year'}")
    print(f"On shift: {', '.join(status.on_shift) or 'nobody'}")
    return EXIT_OK


def _cmd_hours_set(args: argparse.Namespace) -> int:
    from desktop.services import schedule
    if not (args.specs or args.tz or args.country):
        raise UserError('give day specs like "mon-fri 09:00-18:00", --tz or --country')
    week = schedule.set_hours(_open(args), args.specs, args.tz, args.country)
    _print_pairs(week, args.json, width=4)
    return EXIT_OK


def _cmd_kb(args: argparse.Namespace) -> int:
    if args.action == "match" and args.target:
        answered = _match_in_window(args)
        if answered is not None:
            return answered
    from desktop.services import kb
    store = _open(args)
    if args.action == "gaps":
        found = kb.gaps(store, max(1, args.days))
        if args.json:
            _print_json(found)
        else:
            for g in found:
                print(f"{g['asked']:4}×  {' / '.join(g['examples'][:3])}")
            if not found:
                print("Every question of the period found a confident answer.")
        return EXIT_OK
    if not args.target:
        needed = "message" if args.action == "match" else "file"
        raise UserError(f"kb {args.action} needs a {needed}")
    if args.action == "match":
        found = kb.match(store, args.target, max(1, args.limit))
        if (reason := kb.meaning_unavailable()) is not None:
            print(f"note: matching by words only ({reason})", file=sys.stderr)
        _print_matches(found, args.json)
        return EXIT_OK
    if args.action == "export":
        count = kb.export_xlsx(store, args.target)
        print(f"Exported {count} articles to {args.target}.")
        return EXIT_OK
    report = kb.import_xlsx(store, args.target)
    for number, reason in report.skipped:
        print(f"{args.target}:{number}: {reason}", file=sys.stderr)
    if args.json:
        _print_json({"added": report.added, "updated": report.updated,
                     "skipped": [{"row": n, "reason": r} for n, r in report.skipped]})
    else:
        print(f"Added {report.added}, updated {report.updated}, skipped {len(report.skipped)}.")
    return EXIT_FAILED if report.skipped else EXIT_OK


def _match_in_window(args: argparse.Namespace) -> int | None:
    """``kb match`` answered by the window open on this shop, whose matcher is built (tens of
    milliseconds instead of loading the sentence model); None when no window answers."""
    from desktop.services import locations
    from desktop.services.instance import ask_window

    answer = ask_window(args.db or locations.default_db_path(),
                        {"match": args.target, "limit": max(1, args.limit)})
    if answer is None or "matches" not in answer:
        return None
    if answer.get("words_only"):
        print(f"note: matching by words only ({answer['words_only']})", file=sys.stderr)
    _print_matches(answer["matches"], args.json)
    return EXIT_OK


def _print_matches(found: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        _print_json([{k: f[k] for k in ("id", "title", "score")} for f in found])
        return
    for f in found:
        print(f"{f['score']:.2f}  {f['title']}")
    if not found:
        print("No matching article.")


def _cmd_metrics(args: argparse.Namespace) -> int:
    from desktop.services import metrics, schedule
    store = _open(args)
    try:
        first, last = date.fromisoformat(args.first), date.fromisoformat(args.last)
    except ValueError:
        raise UserError("dates are written 2026-11-22") from None
    as_of = schedule.instant(store, args.as_of) if args.as_of else None
    figures = metrics.compute(store, first, last, as_of, args.agent, args.channel)
    if args.json:
        _print_json(figures)
        return EXIT_OK
    for key in ("inquiries", "buyer_messages", "response_rate_24h", "response_rate_12h",
                "frt_mean_s", "frt_median_s", "frt_p90_s", "three_min_rate",
                "bot_handled_share", "resolution_rate", "csat", "csat_mean"):
        value = figures[key]
        shown = "—" if value is None else (f"{value:.1%}" if "rate" in key or key in (
            "csat", "bot_handled_share") else f"{value:,.1f}" if isinstance(value, float)
            else f"{value:,}")
        print(f"{key:20} {shown}")
    return EXIT_OK


def _cmd_report(args: argparse.Namespace) -> int:
    from desktop.services import report
    try:
        day = date.fromisoformat(args.date)
    except ValueError:
        raise UserError("dates are written 2026-11-22") from None
    path = report.write(_open(args), day, args.out)
    if args.json:
        _print_json({"file": str(path)})
    else:
        print(f"Report written to {path}")
    return EXIT_OK


def _when(ms: int | None, store: Shop) -> str:
    """An instant in the shop's time zone."""
    from datetime import datetime

    from desktop.services import shop
    return "—" if ms is None else \
        datetime.fromtimestamp(ms / 1000, shop.shop_zone(store)).strftime("%Y-%m-%d %H:%M")


def _cmd_jobs(args: argparse.Namespace) -> int:
    from desktop.services import jobrunner
    store = _open(args)
    if args.action == "run":
        if not args.name:
            raise UserError(f"which job? ({', '.join(jobrunner.JOBS)})")
        outcome = jobrunner.run(store, args.name, manual=True)
        if args.json:
            _print_json({"job": outcome.job, "outcome": outcome.outcome,
                         "detail": outcome.detail})
        else:
            print(f"{outcome.job}: {outcome.outcome} — {outcome.detail}")
        return EXIT_OK if outcome.outcome == "ok" else EXIT_FAILED
    jobs = jobrunner.status(store)
    if args.json:
        _print_json(jobs)
        return EXIT_OK
    for job in jobs:
        last = job["last"]
        done = "never run" if last is None else \
            f"last {_when(last['started_at'], store)} {last['outcome']}: {last['detail']}"
        print(f"{job['name']:13} {job['plan']:18} next {_when(job['next'], store)}  {done}")
    return EXIT_OK


def _cmd_backup(args: argparse.Namespace) -> int:
    from desktop.services import backup
    made = backup.take(_open(args), args.to, reason="manual")
    if args.json:
        _print_json({"file": str(made.path), "size": made.size, "sha256": made.sha256,
                     "taken_at": made.taken_at})
    else:
        print(f"Backed up to {made.path} ({made.size / 1_048_576:.1f} MB, verified, "
              f"sha256 {made.sha256[:12]}…)")
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from desktop.services import backup
    store = _open(args)
    rows = backup.listing(store)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for b in rows:
        missing = "" if b["exists"] else "  (file missing)"
        print(f"{_when(b['taken_at'], store)}  {b['reason']:14} {b['size'] / 1_048_576:8.1f} MB  "
              f"{b['path']}{missing}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services import backup
    safety = backup.restore(_open(args), args.file)
    if args.json:
        _print_json({"restored": str(args.file), "previous_data_saved_to": str(safety.path)})
    else:
        print(f"Restored {args.file}. The data it replaced was saved to {safety.path}")
    return EXIT_OK


def _cmd_channel(args: argparse.Namespace) -> int:
    from desktop.services import channels
    store = _open(args)
    command = getattr(args, "channel_command", None)
    if command == "add":
        if getattr(args, "kind", None) == "email":
            password = sys.stdin.readline().rstrip("\n") if args.password_stdin else ""
            added = channels.add(store, "email", args.name,
                                 {"imap": args.imap, "smtp": args.smtp, "user": args.user,
                                  "security": args.security, "address": args.address},
                                 {"password": password} if password else {})
            if args.json:
                _print_json(added)
            else:
                print(f"Added e-mail channel {added['name']} (the password is kept in "
                      f"{added['secrets_in']}). Try it: shopdesk channel poll {args.name}")
            return EXIT_OK
        if getattr(args, "kind", None) == "tiktok":
            try:
                values = json.loads(sys.stdin.read())
                secret_json = json.dumps({k: str(values[k]) for k in
                                          ("app_secret", "access_token", "refresh_token")})
            except (ValueError, KeyError, TypeError):
                raise UserError("stdin must hold a JSON object with app_secret, access_token "
                                "and refresh_token") from None
            added = channels.add(store, "tiktok", args.name,
                                 {"app_key": args.app_key, "shop_cipher": args.shop_cipher,
                                  "api_base": args.api_base, "auth_base": args.auth_base},
                                 {"secrets": secret_json})
            if args.json:
                _print_json(added)
            else:
                print(f"Added TikTok Shop channel {added['name']} (keys kept in "
                      f"{added['secrets_in']}). Try it: shopdesk channel poll {args.name}")
            return EXIT_OK
        if getattr(args, "kind", None) != "webhook":
            raise UserError("add which kind? shopdesk channel add email|tiktok|webhook NAME")
        secret_values = {}
        if args.reply_token_stdin:
            secret_values["reply_token"] = sys.stdin.readline().strip()
        added = channels.add(store, "webhook", args.name,
                             {"port": args.port, "bind": args.bind,
                              "reply_url": args.reply_url}, secret_values)
        if args.json:
            _print_json(added)
        else:
            print(f"Added webhook channel {added['name']}: POST interchange JSON to "
                  f"http://{args.bind}:{args.port}/messages with the header\n"
                  f"  Authorization: Bearer {added['token']}\n"
                  f"(the token is kept in {added['secrets_in']})")
        return EXIT_OK
    if command == "poll":
        from desktop.channels.poll import describe, poll
        from desktop.services import shop
        results = poll(store, args.name, now_all=args.now)
        if args.json:
            _print_json(results)
        else:
            for r in results:
                print(describe(r, store.clock(), shop.shop_zone(store)))
                for what, why in r["skipped"]:
                    print(f"  skipped {what}: {why}")
        return EXIT_FAILED if any(r["error"] for r in results) else EXIT_OK
    rows = channels.listing(store)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        print("No channels yet: shopdesk channel add webhook NAME")
    for c in rows:
        health = "paused" if c["paused"] else c["last_error"] or "ok"
        print(f"{c['name']:16} {c['kind']:8} {c['queued']:4} queued  {health}")
    return EXIT_OK


def _cmd_hub(args: argparse.Namespace) -> int:
    from desktop.services import locations
    from desktop.sync import hub_cli

    return hub_cli.run(args, args.data or locations.data_dir() / "hub")


def _cmd_join(args: argparse.Namespace) -> int:
    from desktop.services import sync as team_sync
    from desktop.sync.client import sync

    store = _open(args)
    team = team_sync.join(store, args.code)
    result = sync(store)
    if args.json:
        _print_json({**team, "pushed": result["pushed"], "pulled": result["pulled"]})
    else:
        print(f"Joined the team at {team['hub']} as {team['member']}: sent {result['pushed']} "
              f"changes, received {result['pulled']}.")
    return EXIT_OK


def _cmd_sync(args: argparse.Namespace) -> int:
    import time

    from desktop.sync.client import sync

    store = _open(args)
    while True:
        result = sync(store)
        line = {"pushed": result["pushed"], "pulled": result["pulled"],
                "applied": result["applied"], "held": result["held"]}
        if args.json:
            _print_json(line)
        else:
            print(f"sent {line['pushed']} changes, received {line['pulled']} "
                  f"({line['applied']} new here)")
            for held in line["held"]["reasons"]:
                print(f"  set aside: {held['count']} ({held['reason']})")
        if args.once:
            return EXIT_OK
        time.sleep(60)


def _cmd_outbox(args: argparse.Namespace) -> int:
    from desktop.services import outbox
    store = _open(args)
    if args.action == "send":
        from desktop.channels import dispatcher, registry
        report = dispatcher.dispatch(store, registry.connectors(store))
        result = {"sent": report.sent, "retrying": report.retrying, "failed": report.failed,
                  "errors": report.errors}
        if args.json:
            _print_json(result)
        else:
            print(f"sent {report.sent}, retrying {report.retrying}, failed {report.failed}")
            for channel, error in report.errors.items():
                print(f"  {channel}: {error}")
        return EXIT_OK
    if args.action == "confirm":
        count = outbox.confirm(store, args.message)
        if args.json:
            _print_json({"confirmed": count})
        else:
            print(f"{count} replies will be sent.")
        return EXIT_OK
    rows = outbox.pending(store)
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for m in rows:
        why = f"  ({m['last_error']})" if m["last_error"] else ""
        print(f"{_when(m['sent_at'], store)}  {m['status']:7} {m['channel']:12} "
              f"{m['customer']}: {m['text'][:40]}{why}")
    if not rows:
        print("Nothing waiting to be sent.")
    return EXIT_OK


def _cmd_simulate(args: argparse.Namespace) -> int:
    from desktop.services import autoreply
    done, errors = autoreply.simulate(_open(args), args.file)
    for number, reason in errors:
        print(f"{args.file}:{number}: {reason}", file=sys.stderr)
    if args.json:
        _print_json(done)
        return EXIT_FAILED if errors else EXIT_OK
    for a in done:
        what = a.get("text") or a.get("agent") or a.get("tag") or a.get("priority") or \
            a.get("reason") or ""
        scenario = f" [{a['scenario']}]" if a.get("scenario") else ""
        print(f"{a['at'][:19].replace('T', ' ')}  {a['action']}{scenario}  {what}")
    if not done:
        print("Nothing would have been done.")
    return EXIT_FAILED if errors else EXIT_OK


def _cmd_holiday_mode(args: argparse.Namespace) -> int:
    from desktop.services import schedule
    if args.switch == "off" and (args.start or args.end):
        raise UserError("--from and --to go with “on”")
    value = schedule.set_holiday_mode(_open(args), args.switch == "on", args.start, args.end,
                                      args.reply)
    if args.json:
        _print_json(value)
    elif value["on"]:
        print("Holiday mode is on until you switch it off.")
    elif value["from"]:
        print(f"Holiday mode from {value['from']} to {value['to']}.")
    else:
        print("Holiday mode is off.")
    return EXIT_OK


def _cmd_holidays(args: argparse.Namespace) -> int:
    from desktop.services import schedule
    store = _open(args)
    if args.holiday or args.workday:
        if not args.year:
            raise UserError("--holiday and --workday need --year")
        pairs = [h.partition("=") for h in args.holiday]
        if any(not sep or not name.strip() for _, sep, name in pairs):
            raise UserError("write holidays as DATE=NAME, e.g. 2027-02-08=春节")
        try:
            schedule.correct_year(store, args.year, {d: n.strip() for d, _, n in pairs},
                                  args.workday)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    if args.import_ics:
        read = schedule.import_ics(store, args.import_ics)
        print(f"{args.import_ics}: {read.summary()}.", file=sys.stderr)
    try:
        for item in args.close:
            day, _, name = item.partition("=")
            schedule.set_closed_day(store, date.fromisoformat(day), name.strip() or "closed")
        for day in args.open:
            schedule.set_open_day(store, date.fromisoformat(day), True)
    except ValueError as exc:
        raise UserError(f"dates are written 2026-11-11: {exc}") from None
    rows = schedule.holiday_list(store, args.year)
    if args.json:
        _print_json([r.as_dict() for r in rows])
        return EXIT_OK
    for r in rows:
        what = ("make-up working day" if r.kind == "workday"
                else f"{r.name}{' (open anyway)' if r.open else ''}")
        print(f"{r.day.isoformat()}  {r.day.strftime('%a')}  {what}")
    return EXIT_OK


# --- entry point ---------------------------------------------------------------------------

def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; expected trouble becomes one line on stderr."""
    return guarded(lambda: args.func(args))


def main(argv: Sequence[str] | None = None) -> int:
    """The command line without the window (``desktop.app.main`` adds the window)."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        print("shopdesk: no command given (see --help)", file=sys.stderr)
        return EXIT_USAGE
    return run(args)


def guarded(action: Callable[[], int]) -> int:
    try:
        return action()
    except UserError as exc:
        print(f"shopdesk: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("shopdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - expected trouble is worded, the rest reported
        message = describe(exc)
        if message is not None:
            print(f"shopdesk: {message}", file=sys.stderr)
            return EXIT_FAILED
        from desktop.services import crash
        report = crash.write_report(exc)
        print(f"shopdesk: unexpected error ({type(exc).__name__}: {exc}); "
              f"details saved to {report}", file=sys.stderr)
        return EXIT_FAILED
