"""``shopdesk hours [set]|holiday-mode|holidays``: when the shop is open."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from desktop.cli.common import EXIT_OK, Commands, db_and_json, open_shop, print_json, print_pairs
from desktop.services.errors import UserError


def register(commands: Commands) -> None:
    command = commands.command
    p = command("hours", "whether the shop is open at an instant, and until when", _cmd_hours)
    p.add_argument("--at", metavar="ISO-8601", help="the instant (default: now)")
    hours_sub = p.add_subparsers(dest="hours_command", metavar="set")
    hs = hours_sub.add_parser("set", help="change working hours, e.g. "
                              "\"mon-fri 09:00-12:00,13:30-18:00\" \"sun closed\"",
                              description="Days not named keep their hours. A range that ends "
                              "before it starts crosses midnight (17:00-01:00); 24:00 ends a "
                              "day.")
    db_and_json(hs)
    hs.add_argument("--tz", help="the shop's IANA time zone, e.g. Asia/Shanghai")
    hs.add_argument("--country", help="country for public holidays, e.g. CN")
    hs.add_argument("specs", nargs="*", metavar="SPEC")
    hs.set_defaults(func=_cmd_hours_set)
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


def _cmd_hours(args: argparse.Namespace) -> int:
    from desktop.services import schedule
    store = open_shop(args)
    status = schedule.status(store, schedule.instant(store, args.at) if args.at else None)
    if args.json:
        print_json(status.as_dict())
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
    week = schedule.set_hours(open_shop(args), args.specs, args.tz, args.country)
    print_pairs(week, args.json, width=4)
    return EXIT_OK


def _cmd_holiday_mode(args: argparse.Namespace) -> int:
    from desktop.services import schedule
    if args.switch == "off" and (args.start or args.end):
        raise UserError("--from and --to go with “on”")
    value = schedule.set_holiday_mode(open_shop(args), args.switch == "on", args.start, args.end,
                                      args.reply)
    if args.json:
        print_json(value)
    elif value["on"]:
        print("Holiday mode is on until you switch it off.")
    elif value["from"]:
        print(f"Holiday mode from {value['from']} to {value['to']}.")
    else:
        print("Holiday mode is off.")
    return EXIT_OK


def _cmd_holidays(args: argparse.Namespace) -> int:
    from desktop.services import schedule
    store = open_shop(args)
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
        print_json([r.as_dict() for r in rows])
        return EXIT_OK
    for r in rows:
        what = ("make-up working day" if r.kind == "workday"
                else f"{r.name}{' (open anyway)' if r.open else ''}")
        print(f"{r.day.isoformat()}  {r.day.strftime('%a')}  {what}")
    return EXIT_OK
