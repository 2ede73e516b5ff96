"""Composition root: open the shop, build the window, run the Qt event loop."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.services import demo, locations
from desktop.services.session import open_shop


def _demo_path() -> Path:
    """The demo shop, created on first use in its own folder."""
    path = locations.demo_db_path()
    if not path.exists():
        shop = open_shop(path)
        demo.build_demo(shop, days=30, messages=20_000)
        shop.close()
    return path


def main(argv: list[str] | None = None) -> int:
    """``shopdesk``: a subcommand runs without Qt; no subcommand starts the window."""
    from desktop import cli

    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    return cli.guarded(lambda: run_app(args))


def run_app(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    path = _demo_path() if args.demo else (args.db or locations.default_db_path())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ShopDesk")
    shop = open_shop(path)
    window = MainWindow(shop)
    if args.screenshot:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
        window.show()
        app.processEvents()
        window.grab().save(str(args.screenshot))
        return 0
    window.show()
    return app.exec()
