"""``shopdesk kb import|export|match|gaps``: the knowledge base."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from desktop.cli.common import EXIT_FAILED, EXIT_OK, Commands, open_shop, print_json
from desktop.services.errors import UserError


def register(commands: Commands) -> None:
    p = commands.command("kb", "the knowledge base: import or export it as Excel, match a "
                         "message", _cmd_kb)
    p.add_argument("action", choices=["import", "export", "match", "gaps"])
    p.add_argument("target", metavar="FILE|TEXT", nargs="?")
    p.add_argument("--limit", type=int, default=3, help="most matches (default 3)")
    p.add_argument("--days", type=int, default=7, help="gaps: how many days back (default 7)")


def _cmd_kb(args: argparse.Namespace) -> int:
    if args.action == "match" and args.target:
        answered = _match_in_window(args)
        if answered is not None:
            return answered
    from desktop.services import kb
    store = open_shop(args)
    if args.action == "gaps":
        found = kb.gaps(store, max(1, args.days))
        if args.json:
            print_json(found)
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
        print_json({"added": report.added, "updated": report.updated,
                     "skipped": [{"row": n, "reason": r} for n, r in report.skipped]})
    else:
        print(f"Added {report.added}, updated {report.updated}, skipped {len(report.skipped)}.")
    return EXIT_FAILED if report.skipped else EXIT_OK


def _match_in_window(args: argparse.Namespace) -> int | None:
    """``kb match`` answered by the window open on this shop, whose matcher is built (tens of
    milliseconds instead of loading the sentence model); None when no window answers."""
    from desktop.services.instance import ask_window

    if (path := getattr(args, "db", None)) is None:  # the user's own shop
        from desktop.services import locations
        path = locations.default_db_path()
    answer = ask_window(path, {"match": args.target, "limit": max(1, args.limit)})
    if answer is None or "matches" not in answer:
        return None
    if answer.get("words_only"):
        print(f"note: matching by words only ({answer['words_only']})", file=sys.stderr)
    _print_matches(answer["matches"], args.json)
    return EXIT_OK


def _print_matches(found: list[dict[str, Any]], as_json: bool) -> None:
    if as_json:
        print_json([{k: f[k] for k in ("id", "title", "score")} for f in found])
        return
    for f in found:
        print(f"{f['score']:.2f}  {f['title']}")
    if not found:
        print("No matching article.")
