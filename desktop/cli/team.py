"""``shopdesk hub|join|sync``: the team's hub and this desktop's place in it."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import EXIT_OK, Commands, open_shop, print_json


def register(commands: Commands) -> None:
    command = commands.command
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


def _cmd_hub(args: argparse.Namespace) -> int:
    from desktop.services import locations
    from desktop.sync import hub_cli

    return hub_cli.run(args, args.data or locations.data_dir() / "hub")


def _cmd_join(args: argparse.Namespace) -> int:
    from desktop.services import sync as team_sync
    from desktop.sync.client import sync

    store = open_shop(args)
    team = team_sync.join(store, args.code)
    result = sync(store)
    if args.json:
        print_json({**team, "pushed": result["pushed"], "pulled": result["pulled"]})
    else:
        print(f"Joined the team at {team['hub']} as {team['member']}: sent {result['pushed']} "
              f"changes, received {result['pulled']}.")
    return EXIT_OK


def _cmd_sync(args: argparse.Namespace) -> int:
    import time

    from desktop.sync.client import sync

    store = open_shop(args)
    while True:
        result = sync(store)
        line = {"pushed": result["pushed"], "pulled": result["pulled"],
                "applied": result["applied"], "held": result["held"]}
        if args.json:
            print_json(line)
        else:
            print(f"sent {line['pushed']} changes, received {line['pulled']} "
                  f"({line['applied']} new here)")
            for held in line["held"]["reasons"]:
                print(f"  set aside: {held['count']} ({held['reason']})")
        if args.once:
            return EXIT_OK
        time.sleep(60)
