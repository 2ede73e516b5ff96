"""Composition root: open the shop, build the window, run the Qt event loop."""

from __future__ import annotations

import argparse
import sys
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported where used: `shopdesk --version` and the commands stay quick
    from desktop.services.instance import ShopLock


def main(argv: list[str] | None = None) -> int:
    """``shopdesk``: a subcommand runs without Qt; no subcommand starts the window."""
    from desktop import cli

    argv = sys.argv[1:] if argv is None else argv
    args = cli.build_parser(argv).parse_args(argv)
    if args.command is not None:
        return cli.run(args)
    return cli.guarded(lambda: run_app(args))


def ensure_demo(path: Path | None = None, messages: int = 20_000) -> Path:
    """The demo shop, created on first use in its own folder, with its owner at this desk."""
    from desktop.services import locations
    from desktop.services.session import open_shop

    path = path or locations.demo_db_path()
    if not path.exists():
        from desktop.services import demo, demo_setup  # here: the generator's corpora are big

        print("Preparing the demo shop…", file=sys.stderr)
        store = open_shop(path)
        demo.build_demo(store, days=30, messages=messages)
        demo_setup.seat_owner(store)
        store.close()
    return path


def build_window(path: Path, language: str | None, run_job: Any = None):
    """The window on the shop at ``path`` (shared by the app, screenshots and tests);
    ``run_job`` is the scheduler's "run now" when the app runs one."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.services import shop, team
    from desktop.services.session import open_shop
    from desktop.ui import i18n, wheel_guard
    from desktop.ui.context import Context
    from desktop.ui.dbworker import Database
    from desktop.ui.main_window import MainWindow

    writer = open_shop(path)  # creates or upgrades the file before anyone reads it
    zone = shop.shop_zone(writer)
    agents, me = team.agents(writer), team.me(writer)
    welcome = team.needs_welcome(writer)
    writer.close()
    chosen = language or QSettings().value("language") or \
        i18n.system_language()
    language = i18n.install(str(chosen))
    context = Context(db=Database(path), reader=open_shop(path, readonly=True), zone=zone,
                      me=me, agents=agents, attachments_dir=path.parent / "attachments",
                      run_job=run_job)
    wheel_guard.install(QApplication.instance())  # before any page is built
    window = MainWindow(context, language)
    return window, welcome


def warm_up(path: Path) -> threading.Thread:
    """Load the sentence model and build the knowledge base's matcher in the background, on
    a connection of its own: the matcher then stays ready while the app runs (it is rebuilt,
    with only the changed phrasings encoded, when an article changes)."""
    def work() -> None:
        from desktop.services import kb
        from desktop.services.session import open_shop
        from desktop.store.errors import StorageError

        try:
            store = open_shop(path, readonly=True, role="background")
        except StorageError as exc:  # the window says what is wrong with the shop
            import logging  # here: the command line does without it

            logging.getLogger(__name__).warning(
                "the knowledge base's matcher is built when first used (%s)", exc)
            return
        try:
            kb.index(store)
        finally:
            store.close()

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    return thread


class WarmUpOnFirstOpen:
    """Starts :func:`warm_up` when the first conversation is opened, not at start: until
    then the app holds no model (~150 MB with its runtime and matcher), and a desk that
    only looks at its inbox never loads it. The model loads while the agent reads the
    thread, so the suggestions under it and those of later conversations come at once.
    ``shopdesk kb match`` asked of the window before that loads it on the first request
    (a cold call, answered by the window); later requests find it warm."""

    def __init__(self, window: Any, path: Path) -> None:
        self.path = path
        self.thread: threading.Thread | None = None
        self._inbox = window.inbox
        self._inbox.loaded.connect(self._opened)

    def _opened(self, _detail: Any = None) -> None:
        if self.thread is None:
            self._inbox.loaded.disconnect(self._opened)
            self.thread = warm_up(self.path)


def beside_window(path: Path) -> Callable[[], Any]:
    """How the scheduler's jobs and the channels open the shop: connections with a small
    page cache (the window's two keep the large one search and the inbox use)."""
    from desktop.services.session import open_shop

    return partial(open_shop, path, role="background")


def run_app(args: argparse.Namespace) -> int:
    from desktop.ui import system_libraries

    if args.screenshot:  # offscreen by its nature: no display needed
        system_libraries.render_offscreen()
    # before Qt is loaded: without the libraries it needs, or without a display, Qt would
    # abort with no word of them
    if (problem := system_libraries.check()) is not None:
        print(problem, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from desktop.services import locations
    from desktop.services.instance import ShopLock
    from desktop.ui import theme

    path = ensure_demo() if args.demo else Path(args.db or locations.default_db_path())
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ShopDesk")
    app.setOrganizationName("ShopDesk")
    theme.apply(app)
    if not args.screenshot:
        from desktop.services import crash
        from desktop.ui import crash_dialog
        crash.setup_logging()
        crash_dialog.install()
    if args.screenshot:
        import tempfile

        from PySide6.QtCore import QSettings

        from desktop.ui.screenshot import save_screenshot

        # A screenshot shows the default layout and leaves the user's saved one alone.
        with tempfile.TemporaryDirectory() as settings_dir:
            QSettings.setDefaultFormat(QSettings.Format.IniFormat)
            QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
            window, _ = build_window(path, args.lang)
            return save_screenshot(window, args.screenshot, args.page, args.size)
    lock = ShopLock(path)  # one window per shop file; the system frees it if we crash
    if not lock.acquire():
        return _already_open(lock)
    try:
        return _run_window(app, args, path, lock)
    finally:
        lock.release()


def _run_window(app: Any, args: argparse.Namespace, path: Path, lock: ShopLock) -> int:
    from desktop.channels.host import ChannelHost
    from desktop.jobs.scheduler import Scheduler
    from desktop.ui.job_events import JobEvents

    events = JobEvents()
    scheduler = Scheduler(beside_window(path), events.event.emit)
    host = ChannelHost(beside_window(path), events.event.emit)
    window, welcome = build_window(path, args.lang, scheduler.run_now)
    events.event.connect(window.on_job_event)
    connect_channels(window, host)
    from desktop.ui.instance import InstanceServer, server_name
    instance = InstanceServer(server_name(lock.key), partial(_bring_forward, window),
                              partial(answer_request, window))
    window.context.db.changed.connect(lambda _changes: scheduler.sync_now())
    window.show()
    window.start()
    window.warm_up = WarmUpOnFirstOpen(window, path)
    from desktop.services import crash as crash_reports
    if (report := crash_reports.unseen_report()) is not None:
        window.tell_about_crash(report)
    scheduler.start()
    host.start()
    if welcome:
        from desktop.ui.first_run import run_welcome
        choice = run_welcome(window)
        if choice == "demo":
            host.stop()
            scheduler.shutdown()
            window.context.db.shutdown()
            window.close()
            instance.server.close()
            lock.release()
            return run_app(argparse.Namespace(**{**vars(args), "demo": True}))
    code = app.exec()
    instance.server.close()
    host.stop()
    scheduler.shutdown()  # a job that is running finishes first
    window.context.db.shutdown()
    _backup_on_exit(path)
    return code


def connect_channels(window: Any, host: Any) -> None:
    """The window and the channels running beside it: a queued reply is sent at once, and a
    channel changed in Settings starts or stops listening at once."""
    window.context.db.changed.connect(lambda changes: changes.ids("messages") and host.kick())
    window.channelsChanged.connect(host.channels_changed)


def answer_request(window: Any, request: dict[str, Any], reply: Any) -> None:
    """What the command line asks the running window: ``{"match": text, "limit": n}``,
    answered by the knowledge base's matcher the window keeps ready (on its database
    thread, like the composer's suggestions)."""
    from desktop.services import kb

    if not isinstance(request.get("match"), str):
        reply({"error": "unknown request"})
        return
    limit = max(1, int(request.get("limit") or 3))

    def found(matches: list[dict[str, Any]]) -> None:
        reply({"matches": [{k: m[k] for k in ("id", "title", "score")} for m in matches],
               "words_only": kb.meaning_unavailable()})

    window.context.db.run(partial(kb.match, text=request["match"], limit=limit), found,
                          lambda message: reply({"error": message}))


def _bring_forward(window: Any) -> None:
    if window.isMinimized():
        window.showNormal()
    else:
        window.show()
    window.raise_()
    window.activateWindow()


def _already_open(lock: ShopLock) -> int:
    """Another window has this shop open: it comes forward, and this start ends."""
    from desktop.ui.instance import ask_to_show, server_name
    if ask_to_show(server_name(lock.key)):
        print("shopdesk: this shop is already open; its window was brought forward",
              file=sys.stderr)
        return 0
    print(f"shopdesk: this shop is already open in another ShopDesk that does not answer "
          f"({lock.shop}); close it, then start again", file=sys.stderr)
    return 1


def _backup_on_exit(path: Path) -> None:
    """The backup taken when the app closes (unless one was taken in the last hour)."""
    from desktop.services import backup
    from desktop.services.errors import UserError
    from desktop.services.session import open_shop
    store = open_shop(path)
    try:
        if backup.due_on_exit(store):
            backup.take(store, reason="exit")
    except UserError as exc:
        print(f"shopdesk: {exc}", file=sys.stderr)
    finally:
        store.close()
