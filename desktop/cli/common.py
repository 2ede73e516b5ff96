"""What every command module shares: exit codes, the ``--db``/``--json`` options, opening the
shop, printing. Nothing here imports a service at import time: `shopdesk --version` stays quick."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # each command imports what it uses: `shopdesk --version` stays quick
    from desktop.services.session import Shop

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Run = Callable[[argparse.Namespace], int]


def db_option(parser: argparse.ArgumentParser, top: bool = False) -> None:
    """``--db PATH``; on a subcommand it is left out of the namespace unless given."""
    parser.add_argument("--db", metavar="PATH", type=Path,
                        default=None if top else argparse.SUPPRESS,
                        help="the shop database (default: the one in your user data folder)")


def db_and_json(*parsers: argparse.ArgumentParser) -> None:
    """``--db`` and ``--json`` on nested subcommands (``channel add email`` and the like)."""
    for parser in parsers:
        db_option(parser)
        parser.add_argument("--json", action="store_true", help="machine-readable output")


class Commands:
    """Where a command module adds its commands: ``command()`` makes a top-level command with
    ``--db`` (and ``--json``); ``groups`` holds nested sub-command groups one module opens for
    another (``channel add`` gets ``douyin`` from the orders module)."""

    def __init__(self, sub: Any) -> None:
        self.sub = sub
        self.groups: dict[str, Any] = {}

    def command(self, name: str, help_text: str, func: Run,
                json_flag: bool = True) -> argparse.ArgumentParser:
        p = self.sub.add_parser(name, help=help_text, description=help_text)
        db_option(p)
        if json_flag:
            p.add_argument("--json", action="store_true", help="machine-readable output")
        p.set_defaults(func=func)
        return p


def open_shop(args: argparse.Namespace) -> Shop:
    """The shop named by ``--db``, or the one in the user data folder."""
    from desktop.services.session import open_shop as open_

    if (path := getattr(args, "db", None)) is None:
        from desktop.services import locations
        path = locations.default_db_path()
    return open_(path)


def platform_secrets() -> str:
    """A platform app's keys from stdin (JSON with ``app_secret``, ``access_token`` and
    ``refresh_token``), as the keychain keeps them; a clear message when they are not there."""
    import sys

    from desktop.services.errors import UserError

    try:
        values = json.loads(sys.stdin.read())
        return json.dumps({k: str(values[k]) for k in
                           ("app_secret", "access_token", "refresh_token")})
    except (ValueError, KeyError, TypeError):
        raise UserError("stdin must hold a JSON object with app_secret, access_token "
                        "and refresh_token") from None


def print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=_plain))


def _plain(value: Any) -> Any:
    """What JSON output shows of a value ``json`` does not know: a channel's problem as its
    code and values (beside the English ``error`` / ``last_error`` of the same rows)."""
    from desktop.domain.problems import Problem

    if isinstance(value, Problem):
        return value.as_dict()
    raise TypeError(f"{type(value).__name__} is not JSON")


def print_pairs(pairs: dict[str, Any], as_json: bool, width: int) -> None:
    if as_json:
        print_json(pairs)
        return
    for key, value in pairs.items():
        print(f"{key:{width}} {value}")


def when(ms: int | None, store: Shop, missing: str = "—") -> str:
    """An instant in the shop's time zone."""
    from datetime import datetime

    from desktop.services import shop
    return missing if ms is None else \
        datetime.fromtimestamp(ms / 1000, shop.shop_zone(store)).strftime("%Y-%m-%d %H:%M")
