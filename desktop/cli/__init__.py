"""The ``shopdesk`` command line: parse, call a service, print.

One module per group of commands; each declares its commands' arguments next to the functions
that run them, in ``register(commands)``. This module only assembles them: a new group is one
line in ``GROUPS`` and its commands' names in ``COMMANDS``. Commands that show no window never
import Qt, each command imports the services it uses when it runs, and a command builds the
parser of its own group only (``shopdesk kb match`` imports the knowledge module and not the
other nine), so ``shopdesk --version`` and a command asking the open window start quickly. Bad
input ends in one line on stderr and a non-zero status, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from pathlib import Path

import desktop
from desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, Commands, db_option
from desktop.services.errors import UserError, describe

__all__ = ["EXIT_FAILED", "EXIT_OK", "EXIT_USAGE", "GROUPS", "build_parser", "guarded", "main",
           "run"]

# The command groups (modules of desktop.cli), in the order `shopdesk --help` lists them.
# Channels come before orders: orders adds ``douyin`` to ``channel add``.
GROUPS = ["shop_data", "knowledge", "schedule", "figures", "jobs", "channels", "orders",
          "aftersales", "team", "translation"]
# The groups a command needs (tests/cli/test_cli_imports.py checks this against GROUPS).
COMMANDS = {
    **dict.fromkeys(("demo", "export", "import", "info", "search", "simulate"), ("shop_data",)),
    "kb": ("knowledge",),
    **dict.fromkeys(("holiday-mode", "holidays", "hours"), ("schedule",)),
    **dict.fromkeys(("metrics", "report"), ("figures",)),
    **dict.fromkeys(("backup", "backups", "jobs", "restore"), ("jobs",)),
    **dict.fromkeys(("channel", "outbox", "order", "orders"), ("channels", "orders")),
    **dict.fromkeys(("aftersales", "feige"), ("aftersales",)),
    **dict.fromkeys(("hub", "join", "sync"), ("team",)),
    **dict.fromkeys(("translate", "translation"), ("translation",)),
}


def _command_word(parser: argparse.ArgumentParser, argv: Sequence[str]) -> str | None:
    """The command ``argv`` names (its first word that is not an option or an option's
    value); ``None`` without one, and ``"--help"`` when help comes first."""
    valued = {flag for action in parser._actions if action.nargs != 0
              for flag in action.option_strings}
    words = iter(argv)
    for word in words:
        if word in ("-h", "--help"):
            return "--help"
        if word in valued:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; given the arguments it is to parse, with only the command group they name
    (every group for ``--help``, no command or a command it does not know)."""
    parser = argparse.ArgumentParser(
        prog="shopdesk",
        description="ShopDesk: the helpdesk for small online shops. "
                    "Without a command, starts the app.")
    parser.add_argument("--version", action="version", version=f"ShopDesk {desktop.__version__}")
    db_option(parser, top=True)
    parser.add_argument("--demo", action="store_true",
                        help="start the app on a demo shop (your own data is not touched)")
    parser.add_argument("--screenshot", metavar="OUT.png", type=Path,
                        help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--page", default="inbox",
                        choices=["inbox", "kb", "templates", "schedule", "dashboard", "settings"],
                        help="the page to show (with --screenshot)")
    parser.add_argument("--size", default="1440x900", help="window size WxH (with --screenshot)")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="user interface language")
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    word = "--help" if argv is None else _command_word(parser, argv)
    if word == "--help":
        wanted: Sequence[str] = GROUPS
    elif word is None:  # no command: the app starts (or --version answers)
        wanted = ()
    else:  # a word that is no command: every group, for argparse to list them
        wanted = COMMANDS.get(word, GROUPS)
    for group in GROUPS:
        if group in wanted:
            import_module(f"desktop.cli.{group}").register(commands)
    return parser


def run(args: argparse.Namespace) -> int:
    """Run a parsed subcommand; expected trouble becomes one line on stderr."""
    _log_to_file()
    return guarded(lambda: args.func(args))


def _log_to_file() -> None:
    """What the services log (a platform's raw answer, a lookup that failed) goes to the log
    file, as the window's does: the console shows only the command's own words. A process
    that set up logging itself (a test run) keeps its own. The file is found and opened at
    the first line logged, so a command that logs nothing pays nothing for it."""
    import logging

    root = logging.getLogger()
    if root.handlers:
        return

    class FirstLineOpensTheFile(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            from desktop.services import crash

            root.removeHandler(self)
            try:
                crash.setup_logging()
            except OSError:  # no log folder to write to: nothing is logged rather than printed
                root.addHandler(logging.NullHandler())
                return
            for handler in root.handlers:
                if record.levelno >= handler.level:
                    handler.handle(record)

    root.addHandler(FirstLineOpensTheFile())
    root.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    """The command line without the window (``desktop.app.main`` adds the window)."""
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
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
