"""``shopdesk import|export|search|demo|info|simulate``: the shop's data in and out."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    Commands,
    open_shop,
    print_json,
    print_pairs,
)
from desktop.services.errors import UserError


def register(commands: Commands) -> None:
    command = commands.command
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
    p = command("simulate", "what the current rules, hours and templates would have done with "
                "a file's incoming messages (nothing is stored or sent)", _cmd_simulate)
    p.add_argument("file", type=Path)


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop.services import interchange
    shop = open_shop(args)
    show = sys.stderr.isatty() and not args.json
    def progress(lines: int) -> None:
        print(f"\r{lines:,} lines read", end="", file=sys.stderr)

    report = interchange.import_file(shop, args.file, progress=progress if show else None)
    if show:
        print(file=sys.stderr)
    for number, reason in report.errors:
        print(f"{args.file}:{number}: {reason}", file=sys.stderr)
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"Imported {report.added_messages:,} messages and {report.added_events:,} events "
              f"from {report.lines:,} lines; {report.duplicates:,} already there, "
              f"{len(report.errors):,} refused.")
    return EXIT_FAILED if report.errors else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.services import interchange
    count = interchange.export_file(open_shop(args), args.file)
    if args.json:
        print_json({"file": str(args.file), "lines": count})
    else:
        print(f"Exported {count:,} lines to {args.file}.")
    return EXIT_OK


def _cmd_search(args: argparse.Namespace) -> int:
    from desktop.services import search
    if args.limit < 1:
        raise UserError("--limit must be at least 1")
    from desktop.domain.channel_names import channel_name
    found = search.search_page(open_shop(args), args.query, limit=args.limit)
    hits = found.hits
    if args.json:
        print_json([h.as_dict() for h in hits])
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
    from desktop.services import demo, demo_setup
    if args.days < 1 or args.messages < 1:
        raise UserError("--days and --messages must be at least 1")
    show = sys.stderr.isatty() and not args.json
    store = open_shop(args)
    summary = demo.build_demo(
        store, days=args.days, seed=args.seed, messages=args.messages,
        progress=(lambda n, total: print(f"\r{n:,} / {total:,} messages", end="",
                                         file=sys.stderr)) if show else None)
    demo_setup.seat_owner(store)  # opened with --db, the demo shop shows its inbox
    if show:
        print(file=sys.stderr)
    if args.json:
        print_json(summary.as_dict())
    else:
        print(f"Demo shop ready: {summary.messages:,} messages in {summary.conversations:,} "
              f"conversations with {summary.customers:,} customers.")
    return EXIT_OK


def _cmd_info(args: argparse.Namespace) -> int:
    from desktop.services import session
    shop = open_shop(args)
    info = session.describe_shop(shop)
    print_pairs(info, args.json, width=16)
    return EXIT_OK


def _cmd_simulate(args: argparse.Namespace) -> int:
    from desktop.services import simulation
    done, errors = simulation.simulate(open_shop(args), args.file)
    for number, reason in errors:
        print(f"{args.file}:{number}: {reason}", file=sys.stderr)
    if args.json:
        print_json(done)
        return EXIT_FAILED if errors else EXIT_OK
    for a in done:
        what = a.get("text") or a.get("agent") or a.get("tag") or a.get("priority") or \
            a.get("reason") or ""
        scenario = f" [{a['scenario']}]" if a.get("scenario") else ""
        print(f"{a['at'][:19].replace('T', ' ')}  {a['action']}{scenario}  {what}")
    if not done:
        print("Nothing would have been done.")
    return EXIT_FAILED if errors else EXIT_OK
