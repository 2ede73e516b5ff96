"""The hub's commands: ``shopdesk hub [serve]`` runs it; ``invite``, ``revoke``, ``changes``
and ``drop`` look after its members and the changes it refused or desktops hold."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from desktop.services.errors import UserError
from desktop.store.hub import HubStore
from desktop.sync import hub, hub_server

EXIT_OK = 0


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def run(args: argparse.Namespace, folder: Path) -> int:
    """``shopdesk hub [serve|invite|revoke|changes|drop]``."""
    if args.action in ("invite", "revoke", "drop") and not args.name:
        raise UserError(f"{'which change' if args.action == 'drop' else 'who'}? "
                        f"shopdesk hub {args.action} {'ID' if args.action == 'drop' else 'NAME'}")
    store = hub.open_hub(folder)
    try:
        if args.action in ("invite", "revoke", "changes", "drop"):
            return _HUB_ACTIONS[args.action](args, store, folder)
        if bool(args.cert) != bool(args.key):
            raise UserError("--cert and --key go together")
        server, where = hub_server.start(store, folder, args.host, args.port, args.cert,
                                         args.key)
        pinned = f"; certificate SHA-256 {where['fingerprint']}" if where["fingerprint"] else ""
        print(f"ShopDesk hub at {where['url']} (data in {folder}{pinned}); Ctrl+C stops it.",
              file=sys.stderr)
        server.serve()
    finally:
        store.close()
    return EXIT_OK


def _hub_invite(args: argparse.Namespace, store: HubStore, folder: Path) -> int:
    where = hub_server.address(folder)
    if where is None and not args.url:
        raise UserError("the hub has not run yet, so its address is not known: start it "
                        "(shopdesk hub serve) or give --url")
    url = args.url or where["url"]  # type: ignore[index]
    pinned = where["fingerprint"] if where and url.startswith("https:") else None
    code = hub.invite(store, args.name, url, pinned)
    if args.json:
        _print_json({"member": args.name, "hub": url, "join_code": code})
    else:
        print(f"Give {args.name} this line; on their desktop: shopdesk join CODE")
        print(code)
    return EXIT_OK


def _hub_revoke(args: argparse.Namespace, store: HubStore, folder: Path) -> int:
    if not store.revoke(args.name, int(time.time() * 1000)):
        raise UserError(f"no active member named {args.name!r}")
    print(f"{args.name} can no longer sync.")
    return EXIT_OK


def _hub_changes(args: argparse.Namespace, store: HubStore, folder: Path) -> int:
    rows = store.set_aside()
    if args.json:
        _print_json({"changes": rows})
        return EXIT_OK
    if not rows:
        print("No refused or held changes.")
    for r in rows:
        who = f"pushed by {r['member']}" if r["member"] else "not at the hub"
        held = f", held by {', '.join(r['held_by'])}" if r["held_by"] else ""
        print(f"{r['id']}  {r['state']}  {r['tbl']} {r['key']}  ({who}{held})\n"
              f"    {r['reason']}{': ' + r['detail'] if r['detail'] else ''}")
    return EXIT_OK


def _hub_drop(args: argparse.Namespace, store: HubStore, folder: Path) -> int:
    if not store.drop(args.name, int(time.time() * 1000)):
        raise UserError(f"the hub has no change {args.name!r} (shopdesk hub changes lists them)")
    if args.json:
        _print_json({"dropped": args.name})
    else:
        print(f"Dropped {args.name}: no desktop receives it from now on.")
    return EXIT_OK


_HUB_ACTIONS = {"invite": _hub_invite, "revoke": _hub_revoke, "changes": _hub_changes,
                "drop": _hub_drop}
