"""The command line's Douyin work: ``shopdesk aftersales [--channel NAME] [--json]`` (the open
after-sales requests by nearest deadline) and ``shopdesk feige import FILE.xlsx [--date DATE]``
(Feige's exported service figures)."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop.cli.common import Commands


def _open(args: argparse.Namespace) -> Any:
    from desktop.services import locations
    from desktop.services.session import open_shop  # here: `shopdesk --version` stays quick

    return open_shop(getattr(args, "db", None) or locations.default_db_path())

def register(commands: Commands) -> None:
    """Add the after-sales commands."""
    command = commands.command
    p = command("aftersales", "open after-sales requests (returns, refunds, exchanges…), "
                "nearest deadline first", _cmd_aftersales)
    p.add_argument("--channel", help="only this channel's requests")
    p = command("feige", "Douyin's own service figures, from Feige's 客服数据 export",
                _cmd_feige)
    sub = p.add_subparsers(dest="feige_command", metavar="import", required=True)
    imp = sub.add_parser("import", help="read Feige's export (.xlsx, one row per agent); "
                         "a day imported again is replaced")
    imp.add_argument("file", type=Path)
    imp.add_argument("--date", help="the day of the figures (when the file does not say it)")
    imp.add_argument("--db", metavar="PATH", type=Path, default=argparse.SUPPRESS)
    imp.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                     help="machine-readable output")


def _cmd_aftersales(args: argparse.Namespace) -> int:
    from desktop.domain.aftersales import countdown
    from desktop.services import aftersales, shop
    from desktop.services.aftersale_words import kind_word, shop_language, stage_word

    store = _open(args)
    found = aftersales.open_requests(store, args.channel)
    if args.json:
        print(json.dumps([aftersales.to_json(store, i) for i in found], ensure_ascii=False,
                         indent=2))
        return 0
    if not found:
        print("No open after-sales requests.")
    now, zone, lang = store.clock(), shop.shop_zone(store), shop_language(store)
    for item in found:
        left = countdown(item.deadline, now)
        due = "no deadline" if left is None else \
            datetime.fromtimestamp(item.deadline / 1000, zone).strftime("%Y-%m-%d %H:%M") + \
            (f" (in {left[0]}d {left[1]}h {left[2]}m)" if any(left) else " (passed)")
        print(f"{due}  {item.channel}  order {item.order_id}  {kind_word(item.kind, lang)} · "
              f"{stage_word(item.stage, lang)}  {item.amount} {item.currency}  "
              f"{aftersales.customer_name(store, item)}  {item.reason}".rstrip())
    return 0


def _cmd_feige(args: argparse.Namespace) -> int:
    from desktop.services import feige
    from desktop.services.errors import UserError

    try:
        day = date.fromisoformat(args.date) if args.date else None
    except ValueError:
        raise UserError("dates are written 2026-11-22") from None
    store = _open(args)
    result = feige.import_file(store, args.file, day)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"Feige figures of {result['date']}: {result['agents']} agents "
              f"({', '.join(result['figures']) or 'no figures'})" +
              (f"; the {result['replaced']} rows imported before for that day were replaced"
               if result["replaced"] else ""))
    return 0


def platform_figures(store: Any, first: date, last: date) -> list[dict[str, Any]]:
    """``platform_figures`` of ``shopdesk metrics --json``."""
    from desktop.services import feige

    return feige.figures(store, first, last)
